"""Questions the tutor could not answer, counted so authors see what students ask most."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, update

from bot.store.database import Database
from bot.store.tables import UnansweredQuestion


@dataclass(frozen=True)
class UnansweredSummary:
    text: str  # the most recent wording of the question
    count: int
    last_asked: datetime


@dataclass(frozen=True)
class UnansweredRecord:
    id: int
    text: str
    normalised: str
    asked_at: datetime


LEARNED, DISMISSED = "learned", "dismissed"


class UnansweredLog:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def record(self, text: str, normalised: str, chat_id: int | None = None) -> None:
        async with self._db.session() as session, session.begin():
            session.add(
                UnansweredQuestion(
                    text=text[:2000],
                    normalised=(normalised or text.strip().casefold())[:500],
                    chat_id=chat_id,
                    asked_at=datetime.now(UTC),
                )
            )

    async def most_frequent(self, limit: int = 20) -> list[UnansweredSummary]:
        """The questions asked most often and not yet dealt with, grouped by their normalised form."""
        count = func.count().label("n")
        latest = func.max(UnansweredQuestion.id).label("latest")
        grouped = (
            select(UnansweredQuestion.normalised, count, latest)
            .where(UnansweredQuestion.resolution.is_(None))
            .group_by(UnansweredQuestion.normalised)
            .order_by(count.desc(), latest.desc())
            .limit(limit)
            .subquery()
        )
        query = (
            select(UnansweredQuestion.text, grouped.c.n, UnansweredQuestion.asked_at)
            .join(grouped, UnansweredQuestion.id == grouped.c.latest)
            .order_by(grouped.c.n.desc(), grouped.c.latest.desc())
        )
        async with self._db.session() as session:
            rows = (await session.execute(query)).all()
        return [UnansweredSummary(text, n, asked) for text, n, asked in rows]

    async def waiting(self, limit: int = 5000) -> list[UnansweredRecord]:
        """Questions no author has dealt with yet, newest first."""
        query = (
            select(UnansweredQuestion)
            .where(UnansweredQuestion.resolution.is_(None))
            .order_by(UnansweredQuestion.id.desc())
            .limit(limit)
        )
        async with self._db.session() as session:
            rows = (await session.execute(query)).scalars()
            return [UnansweredRecord(r.id, r.text, r.normalised, r.asked_at) for r in rows]

    async def resolve(self, ids: list[int], resolution: str) -> int:
        """Mark questions as learned or dismissed; the number still waiting that were marked."""
        async with self._db.session() as session, session.begin():
            done = await session.execute(
                update(UnansweredQuestion)
                .where(UnansweredQuestion.id.in_(ids), UnansweredQuestion.resolution.is_(None))
                .values(resolution=resolution)
            )
            return done.rowcount
