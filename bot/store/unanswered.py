"""Questions the tutor could not answer, counted so authors see what students ask most."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from bot.store.database import Database
from bot.store.tables import UnansweredQuestion


@dataclass(frozen=True)
class UnansweredSummary:
    text: str  # the most recent wording of the question
    count: int
    last_asked: datetime


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
        """The questions asked most often, grouped by their normalised form."""
        count = func.count().label("n")
        latest = func.max(UnansweredQuestion.id).label("latest")
        grouped = (
            select(UnansweredQuestion.normalised, count, latest)
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
