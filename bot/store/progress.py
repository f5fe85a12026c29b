"""A student's practice: solo rounds, every scored answer, and the Leitner schedule of mistakes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select

from bot.store.database import Database, insert_once
from bot.store.tables import Answer, LeitnerCard, Player, QuizRound

# (current box or None, answered right) -> (new box, due at), or None to drop the card.
Schedule = Callable[[int | None, bool], tuple[int, datetime] | None]


@dataclass(frozen=True)
class RoundRecord:
    id: int
    user_id: int
    kind: str
    topic: str
    question_ids: tuple[str, ...]
    results: tuple[bool, ...]  # one per answered question, in order

    @property
    def finished(self) -> bool:
        return len(self.results) >= len(self.question_ids)


@dataclass(frozen=True)
class AnswerRecord:
    question_id: str
    correct: bool
    answered_at: datetime


class Progress:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def remember_name(self, user_id: int, name: str) -> None:
        async with self._db.session() as session, session.begin():
            stored = await session.get(Player, user_id)
            if stored is None:
                await session.execute(
                    insert_once(self._db.engine_dialect, Player, user_id=user_id, name=name[:100])
                )
            elif stored.name != name[:100]:
                stored.name = name[:100]

    async def name(self, user_id: int) -> str | None:
        async with self._db.session() as session:
            stored = await session.get(Player, user_id)
            return stored.name if stored else None

    async def start_round(
        self, user_id: int, kind: str, topic: str, question_ids: list[str], now: datetime
    ) -> int:
        async with self._db.session() as session, session.begin():
            row = QuizRound(
                user_id=user_id, kind=kind, topic=topic, question_ids=",".join(question_ids), started_at=now
            )
            session.add(row)
            await session.flush()
            return row.id

    async def round(self, round_id: int) -> RoundRecord | None:
        async with self._db.session() as session:
            row = await session.get(QuizRound, round_id)
            if row is None:
                return None
            results = (
                await session.execute(
                    select(Answer.correct).where(Answer.round_id == round_id).order_by(Answer.id)
                )
            ).scalars()
            return RoundRecord(
                row.id, row.user_id, row.kind, row.topic, tuple(row.question_ids.split(",")), tuple(results)
            )

    async def answer_in_round(
        self,
        round_id: int,
        position: int,
        user_id: int,
        question_id: str,
        correct: bool,
        now: datetime,
        schedule: Schedule,
    ) -> bool:
        """Score one answer of a round; False when that question was already answered (a second tap)."""
        key = f"r:{round_id}:{position}"
        return await self._score(key, user_id, question_id, correct, now, schedule, round_id=round_id)

    async def answer_poll(
        self,
        poll_id: str,
        tournament_id: int,
        user_id: int,
        question_id: str,
        correct: bool,
        points: int,
        now: datetime,
        schedule: Schedule,
    ) -> bool:
        """Score a tournament poll answer; False for a duplicate delivery of the same answer."""
        key = f"p:{poll_id}:{user_id}"
        return await self._score(
            key, user_id, question_id, correct, now, schedule, points=points, tournament_id=tournament_id
        )

    async def _score(
        self,
        key: str,
        user_id: int,
        question_id: str,
        correct: bool,
        now: datetime,
        schedule: Schedule,
        *,
        points: int = 0,
        round_id: int | None = None,
        tournament_id: int | None = None,
    ) -> bool:
        """Insert the answer (once, by its unique key) and move its Leitner card in one transaction."""
        async with self._db.session() as session, session.begin():
            inserted = await session.execute(
                insert_once(
                    self._db.engine_dialect,
                    Answer,
                    dedupe_key=key,
                    user_id=user_id,
                    question_id=question_id,
                    correct=correct,
                    points=points,
                    round_id=round_id,
                    tournament_id=tournament_id,
                    answered_at=now,
                )
            )
            if inserted.rowcount == 0:
                return False
            card = await session.get(LeitnerCard, (user_id, question_id))
            moved = schedule(card.box if card else None, correct)
            if moved is None:
                if card is not None:
                    await session.delete(card)
            elif card is None:
                session.add(
                    LeitnerCard(user_id=user_id, question_id=question_id, box=moved[0], due_at=moved[1])
                )
            else:
                card.box, card.due_at = moved
            return True

    async def due(self, user_id: int, now: datetime, limit: int) -> list[str]:
        async with self._db.session() as session:
            query = (
                select(LeitnerCard.question_id)
                .where(LeitnerCard.user_id == user_id, LeitnerCard.due_at <= now)
                .order_by(LeitnerCard.due_at, LeitnerCard.box)
                .limit(limit)
            )
            return list((await session.execute(query)).scalars())

    async def next_due(self, user_id: int) -> datetime | None:
        async with self._db.session() as session:
            query = select(func.min(LeitnerCard.due_at)).where(LeitnerCard.user_id == user_id)
            return (await session.execute(query)).scalar_one_or_none()

    async def answers(self, user_id: int) -> list[AnswerRecord]:
        async with self._db.session() as session:
            query = select(Answer.question_id, Answer.correct, Answer.answered_at).where(
                Answer.user_id == user_id
            )
            return [AnswerRecord(q, c, a) for q, c, a in (await session.execute(query)).all()]

    async def forget_cards(self, user_id: int, question_ids: set[str]) -> None:
        """Drop cards of questions the content no longer has."""
        async with self._db.session() as session, session.begin():
            await session.execute(
                delete(LeitnerCard).where(
                    LeitnerCard.user_id == user_id, LeitnerCard.question_id.in_(question_ids)
                )
            )
