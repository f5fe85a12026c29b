"""Telegram's sending limits and faults: pacing per bot, per group and per private chat, plus retries."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)
T = TypeVar("T")

# Smoothed rather than bursty: a burst of 30 draws 429s that pause every chat. 28/s with a
# burst of 1 stays under Telegram's 30 in any second even when the event loop stalls a little.
OVERALL_PER_SECOND = 28
GROUP_SECONDS_PER_MESSAGE = 3.05  # 20 per minute, evenly spaced
PRIVATE_SECONDS_PER_MESSAGE = 1.0
RETRY_AFTER_RETRIES = 3
KEPT_CHAT_PACES = 10_000


@dataclass
class _ChatPace:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    last_sent: float = -math.inf


class TelegramLimits(AIORateLimiter):
    """PTB's limiter (overall and per group) plus the per-private-chat limit it lacks.

    A private chat's messages go one at a time, each at least a second after the previous
    one was sent; the chat holds its turn through the shared queue, so the spacing is the
    one Telegram sees, not the one at which messages entered the queue.
    """

    def __init__(self) -> None:
        super().__init__(
            overall_max_rate=1,
            overall_time_period=1 / OVERALL_PER_SECOND,
            group_max_rate=1,
            group_time_period=GROUP_SECONDS_PER_MESSAGE,
            max_retries=RETRY_AFTER_RETRIES,
        )
        self._private: OrderedDict[int, _ChatPace] = OrderedDict()

    def _pace(self, chat_id: int) -> _ChatPace:
        pace = self._private.pop(chat_id, None) or _ChatPace()
        self._private[chat_id] = pace
        if len(self._private) > KEPT_CHAT_PACES:
            _, oldest = next(iter(self._private.items()))
            if not oldest.lock.locked():
                self._private.popitem(last=False)
        return pace

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args) -> Any:
        chat_id = data.get("chat_id")
        with contextlib.suppress(TypeError, ValueError):
            chat_id = int(chat_id)
        if not (isinstance(chat_id, int) and chat_id > 0):
            return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        pace = self._pace(chat_id)
        loop = asyncio.get_running_loop()
        async with pace.lock:
            await asyncio.sleep(max(0.0, pace.last_sent + PRIVATE_SECONDS_PER_MESSAGE - loop.time()))
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            finally:
                pace.last_sent = loop.time()


async def delivered(call: Callable[[], Awaitable[T]], *, attempts: int = 6, first_wait: float = 0.5) -> T:
    """Run a Bot API call until it goes through: 429s, 5xx, timeouts and refused connections
    are retried with growing waits; a request Telegram rejects as wrong (400, 403) is not."""
    wait = first_wait
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except (BadRequest, Forbidden):
            raise
        except RetryAfter as exc:
            if attempt == attempts:
                raise
            await asyncio.sleep(exc.retry_after.total_seconds())
        except (TimedOut, NetworkError) as exc:
            if attempt == attempts:
                raise
            log.warning(
                "Bot API call failed (%s); retry %d in %.1f s",
                exc.__class__.__name__,
                attempt,
                wait,
            )
            await asyncio.sleep(wait)
            wait = min(wait * 2, 8.0)
    raise AssertionError("unreachable")
