"""Puts planned tournaments on PTB's JobQueue (APScheduler): restored from the store at start,
added and removed as admins plan and cancel them; at the time the lobby opens, and after the
joining window the tournament starts by itself."""

from __future__ import annotations

import logging
from datetime import datetime

from telegram.error import TelegramError
from telegram.ext import CallbackContext, JobQueue

from bot.store import ScheduleRecord
from bot.store.schedules import DAILY, ONCE
from bot.telegram.tournaments import TelegramChannel
from bot.tutor import Reply, Tutor
from bot.tutor.quiz import WIB

log = logging.getLogger(__name__)
EVERY_DAY, MONDAY_TO_FRIDAY = tuple(range(7)), (1, 2, 3, 4, 5)  # PTB counts days from Sunday = 0


def job_name(schedule_id: int) -> str:
    return f"jadwal:{schedule_id}"


class ScheduleRunner:
    def __init__(self, tutor: Tutor, join_seconds: float) -> None:
        self._tutor = tutor
        self._join_seconds = join_seconds
        self._jobs: JobQueue | None = None
        self._channel: TelegramChannel | None = None

    async def start(self, jobs: JobQueue, channel: TelegramChannel) -> None:
        self._jobs, self._channel = jobs, channel
        planner = self._tutor.schedules
        planner.on_planned = self.add
        planner.on_cancelled = self.remove
        for record in await planner.active():
            self.add(record)

    def add(self, record: ScheduleRecord) -> None:
        assert self._jobs is not None
        name = job_name(record.id)
        if record.repeat == ONCE:
            assert record.day is not None
            when = datetime.combine(record.day, record.at, WIB)
            if when > datetime.now(WIB):
                self._jobs.run_once(self._open, when, data=record.id, name=name)
            return
        days = EVERY_DAY if record.repeat == DAILY else MONDAY_TO_FRIDAY
        self._jobs.run_daily(self._open, record.at.replace(tzinfo=WIB), days=days, data=record.id, name=name)

    def remove(self, schedule_id: int) -> None:
        assert self._jobs is not None
        for job in self._jobs.get_jobs_by_name(job_name(schedule_id)):
            job.schedule_removal()

    async def _open(self, context: CallbackContext) -> None:
        assert context.job is not None
        assert self._jobs is not None
        opened = await self._tutor.schedules.fire(int(context.job.data))  # type: ignore[arg-type]
        if opened is None:
            return
        await self._send(opened.chat_id, opened.replies)
        if opened.tournament_id is not None:
            self._jobs.run_once(self._begin, self._join_seconds, data=(opened.chat_id, opened.tournament_id))

    async def _begin(self, context: CallbackContext) -> None:
        assert context.job is not None
        chat_id, tournament_id = context.job.data  # type: ignore[misc]
        await self._send(chat_id, await self._tutor.schedules.begin(tournament_id))

    async def _send(self, chat_id: int, replies: list[Reply]) -> None:
        assert self._channel is not None
        try:
            for reply in replies:
                await self._channel.send(chat_id, reply)
        except TelegramError as exc:
            log.warning("scheduled tournament in %s: the group was not told (%s)", chat_id, exc)
