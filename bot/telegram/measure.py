"""Counts every update by type and times it from arrival to the end of its handling (replies sent)."""

from __future__ import annotations

import time
from collections.abc import Awaitable

from telegram import Update
from telegram.ext import SimpleUpdateProcessor

from bot.metrics import UPDATE_SECONDS, UPDATES


def update_type(update: object) -> str:
    if not isinstance(update, Update):
        return "other"
    return next((kind for kind in Update.ALL_TYPES if getattr(update, kind, None) is not None), "other")


class MeasuredUpdates(SimpleUpdateProcessor):
    """PTB's update processor (up to N updates at once), measured."""

    async def do_process_update(self, update: object, coroutine: Awaitable) -> None:
        UPDATES.labels(update_type(update)).inc()
        started = time.perf_counter()
        try:
            await coroutine
        finally:
            UPDATE_SECONDS.observe(time.perf_counter() - started)
