"""Examples learned from unanswered questions: what an author added, and what is in the YAML already."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from bot.store.database import Database
from bot.store.tables import LearnedExample


@dataclass(frozen=True)
class LearnedRecord:
    id: int
    intent_id: str
    text: str
    added_by: int | None
    added_at: datetime
    exported_at: datetime | None


def _record(row: LearnedExample) -> LearnedRecord:
    return LearnedRecord(row.id, row.intent_id, row.text, row.added_by, row.added_at, row.exported_at)


class LearnedExamples:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, intent_id: str, text: str, added_by: int | None, now: datetime) -> LearnedRecord:
        async with self._db.session() as session, session.begin():
            row = LearnedExample(intent_id=intent_id, text=text[:500], added_by=added_by, added_at=now)
            session.add(row)
            await session.flush()
            return _record(row)

    async def newest_id(self) -> int:
        """The id of the last example added (0 for none): one indexed look-up, cheap to poll."""
        async with self._db.session() as session:
            return (await session.execute(select(func.max(LearnedExample.id)))).scalar_one_or_none() or 0

    async def all(self) -> list[LearnedRecord]:
        async with self._db.session() as session:
            rows = (await session.execute(select(LearnedExample).order_by(LearnedExample.id))).scalars()
            return [_record(r) for r in rows]

    async def not_exported(self) -> list[LearnedRecord]:
        async with self._db.session() as session:
            query = (
                select(LearnedExample).where(LearnedExample.exported_at.is_(None)).order_by(LearnedExample.id)
            )
            return [_record(r) for r in (await session.execute(query)).scalars()]

    async def mark_exported(self, ids: list[int], now: datetime) -> None:
        async with self._db.session() as session, session.begin():
            await session.execute(
                update(LearnedExample).where(LearnedExample.id.in_(ids)).values(exported_at=now)
            )
