"""A group's tournament answers, one row per student per question: for exports and the class view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from bot.store.database import Database
from bot.store.tables import Answer, Player, Tournament


@dataclass(frozen=True)
class ResultRow:
    tournament_id: int
    played_at: datetime  # when the tournament was opened
    user_id: int
    name: str
    question_id: str
    chosen_option: int | None  # as numbered in the content; None for answers kept before it was
    correct: bool
    points: int
    seconds: float | None
    answered_at: datetime


class ClassResults:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def answers(self, chat_id: int) -> list[ResultRow]:
        """Every tournament answer given in a group, oldest tournament first, then by student."""
        name = func.coalesce(Player.name, "?")
        query = (
            select(
                Tournament.id,
                Tournament.created_at,
                Answer.user_id,
                name,
                Answer.question_id,
                Answer.chosen_option,
                Answer.correct,
                Answer.points,
                Answer.seconds,
                Answer.answered_at,
            )
            .join(Tournament, Tournament.id == Answer.tournament_id)
            .outerjoin(Player, Player.user_id == Answer.user_id)
            .where(Tournament.chat_id == chat_id)
            .order_by(Tournament.created_at, Tournament.id, name, Answer.user_id, Answer.answered_at)
        )
        async with self._db.session() as session:
            return [ResultRow(*row) for row in (await session.execute(query)).all()]
