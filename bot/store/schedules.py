"""Planned group tournaments: kept so that every start of the bot puts them back on its timer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select, update

from bot.store.database import Database
from bot.store.tables import ScheduledTournament

DAILY, WEEKDAYS, ONCE = "harian", "kerja", "sekali"


@dataclass(frozen=True)
class ScheduleRecord:
    id: int
    chat_id: int
    repeat: str  # DAILY, WEEKDAYS or ONCE
    day: date | None  # the date of a ONCE schedule
    at: time  # WIB
    questions: int
    seconds: int
    topic: str | None  # a chapter (group id), or None for any question
    created_by: int


def _record(row: ScheduledTournament) -> ScheduleRecord:
    return ScheduleRecord(
        row.id,
        row.chat_id,
        row.repeat,
        row.day,
        row.at,
        row.questions,
        row.seconds,
        row.topic,
        row.created_by,
    )


class Schedules:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(
        self,
        chat_id: int,
        repeat: str,
        day: date | None,
        at: time,
        questions: int,
        seconds: int,
        topic: str | None,
        created_by: int,
        now: datetime,
    ) -> ScheduleRecord:
        async with self._db.session() as session, session.begin():
            row = ScheduledTournament(
                chat_id=chat_id, repeat=repeat, day=day, at=at, questions=questions, seconds=seconds,
                topic=topic, created_by=created_by, created_at=now,
            )  # fmt: skip
            session.add(row)
            await session.flush()
            return _record(row)

    async def active(self, chat_id: int | None = None) -> list[ScheduleRecord]:
        """Schedules not cancelled, of one group or of all; in the order they were made."""
        query = select(ScheduledTournament).where(ScheduledTournament.cancelled_at.is_(None))
        if chat_id is not None:
            query = query.where(ScheduledTournament.chat_id == chat_id)
        async with self._db.session() as session:
            rows = (await session.execute(query.order_by(ScheduledTournament.id))).scalars()
            return [_record(r) for r in rows]

    async def get(self, schedule_id: int) -> ScheduleRecord | None:
        async with self._db.session() as session:
            row = await session.get(ScheduledTournament, schedule_id)
            return _record(row) if row and row.cancelled_at is None else None

    async def cancel(self, schedule_id: int, chat_id: int, now: datetime) -> bool:
        """False when it was not this group's, or already cancelled (a second tap)."""
        async with self._db.session() as session, session.begin():
            done = await session.execute(
                update(ScheduledTournament)
                .where(
                    ScheduledTournament.id == schedule_id,
                    ScheduledTournament.chat_id == chat_id,
                    ScheduledTournament.cancelled_at.is_(None),
                )
                .values(cancelled_at=now)
            )
            return done.rowcount == 1
