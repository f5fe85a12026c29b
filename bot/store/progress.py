"""A student's practice: solo rounds, every scored answer, and the Leitner schedule of mistakes."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.database import Database, insert_all_once, upsert_all
from bot.store.tables import Answer, LeitnerCard, Player, QuizRound, TournamentPlayer

MAX_BATCH = 500
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


@dataclass(frozen=True)
class AnswerRecord:
    question_id: str
    correct: bool
    answered_at: datetime


@dataclass(frozen=True)
class ScoredAnswer:
    key: str  # unique: the same tap or poll answer delivered twice has the same key
    user_id: int
    question_id: str
    correct: bool
    now: datetime
    schedule: Schedule
    points: int = 0
    round_id: int | None = None
    tournament_id: int | None = None
    name: str | None = None
    chosen_option: int | None = None  # as numbered in the content
    seconds: float | None = None  # how long the student took


class Progress:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._waiting: list[tuple[ScoredAnswer, asyncio.Future[bool]]] = []
        self._writer: asyncio.Task | None = None

    async def remember_name(self, user_id: int, name: str) -> None:
        async with self._db.session() as session, session.begin():
            await session.execute(self._players({user_id: name}))

    def _players(self, names: dict[int, str]):
        rows = [{"user_id": u, "name": n[:100] or "?"} for u, n in names.items()]
        return upsert_all(self._db.engine_dialect, Player, ["user_id"], rows)

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
        chosen_option: int | None = None,
    ) -> bool:
        """Score one answer of a round; False when that question was already answered (a second tap)."""
        answer = ScoredAnswer(
            f"r:{round_id}:{position}", user_id, question_id, correct, now, schedule,
            round_id=round_id, chosen_option=chosen_option,
        )  # fmt: skip
        async with self._db.session() as session, session.begin():
            [scored] = await self._score_all(session, [answer])
            return scored

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
        name: str,
        chosen_option: int | None = None,
        seconds: float | None = None,
    ) -> bool:
        """Score a tournament poll answer, joining its player to the tournament on the way;
        False for a duplicate delivery of the same answer. Answers that arrive together (a
        class answering the same poll) are committed together, in one transaction."""
        answer = ScoredAnswer(
            f"p:{poll_id}:{user_id}", user_id, question_id, correct, now, schedule,
            points=points, tournament_id=tournament_id, name=name, chosen_option=chosen_option,
            seconds=seconds,
        )  # fmt: skip
        done = asyncio.get_running_loop().create_future()
        self._waiting.append((answer, done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_waiting())
        return await done

    async def _write_waiting(self) -> None:
        """Commit what is waiting, batch after batch; answers arriving meanwhile join the next."""
        while self._waiting:
            batch, self._waiting = self._waiting[:MAX_BATCH], self._waiting[MAX_BATCH:]
            try:
                async with self._db.session() as session, session.begin():
                    results = await self._score_all(session, [answer for answer, _ in batch])
            except Exception as exc:
                for _, done in batch:
                    if not done.done():  # its caller may have given up waiting
                        done.set_exception(exc)
            else:
                for (_, done), scored in zip(batch, results, strict=True):
                    if not done.done():
                        done.set_result(scored)

    async def _score_all(self, session: AsyncSession, answers: list[ScoredAnswer]) -> list[bool]:
        """Insert the answers (each once, by its unique key) and move their Leitner cards, with a
        handful of statements for the whole batch rather than a handful per answer."""
        dialect = self._db.engine_dialect
        names = {a.user_id: a.name for a in answers if a.name is not None}
        if names:
            await session.execute(self._players(names))
        joined = {(a.tournament_id, a.user_id) for a in answers if a.tournament_id is not None}
        if joined:
            rows = [{"tournament_id": t, "user_id": u} for t, u in sorted(joined)]
            await session.execute(insert_all_once(dialect, TournamentPlayer, rows))
        first: dict[str, ScoredAnswer] = {}
        for answer in answers:
            first.setdefault(answer.key, answer)  # a key twice in one batch counts once
        rows = [
            {
                "dedupe_key": a.key,
                "user_id": a.user_id,
                "question_id": a.question_id,
                "correct": a.correct,
                "points": a.points,
                "round_id": a.round_id,
                "tournament_id": a.tournament_id,
                "answered_at": a.now,
                "chosen_option": a.chosen_option,
                "seconds": a.seconds,
            }
            for a in first.values()
        ]
        stored = await session.execute(insert_all_once(dialect, Answer, rows).returning(Answer.dedupe_key))
        new_keys = set(stored.scalars())
        scored = [a for a in first.values() if a.key in new_keys]
        await self._move_cards(session, scored)
        counted: set[str] = set()
        results = []
        for answer in answers:
            results.append(answer.key in new_keys and answer.key not in counted)
            counted.add(answer.key)
        return results

    async def _move_cards(self, session: AsyncSession, scored: list[ScoredAnswer]) -> None:
        if not scored:
            return
        pairs = {(a.user_id, a.question_id) for a in scored}
        found = await session.execute(
            select(LeitnerCard).where(tuple_(LeitnerCard.user_id, LeitnerCard.question_id).in_(pairs))
        )
        cards = {(c.user_id, c.question_id): c for c in found.scalars()}
        for answer in scored:
            pair = (answer.user_id, answer.question_id)
            card = cards.get(pair)
            moved = answer.schedule(card.box if card else None, answer.correct)
            if moved is None:
                if card is not None:
                    await session.delete(card)
                    del cards[pair]
            elif card is None:
                cards[pair] = LeitnerCard(user_id=pair[0], question_id=pair[1], box=moved[0], due_at=moved[1])
                session.add(cards[pair])
            else:
                card.box, card.due_at = moved

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
