"""Read-only figures for the teacher's dashboard: a group's class record and a student's own record.

A few grouped queries per view, whatever the size of the class, read in parallel and served by
covering indexes (benchmarks/bench_dashboard.py times a class of 40 after 50 tournaments).
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from sqlalchemy import Integer, case, delete, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.database import Database, insert_once
from bot.store.tables import Answer, LeitnerCard, Player, Tournament, TournamentPlayer, UsedLink


@dataclass(frozen=True)
class TournamentSummary:
    id: int
    started_at: datetime
    status: str
    questions: int
    players: int


@dataclass(frozen=True)
class ClassScore:
    """A student's all-time points in the group's tournaments."""

    user_id: int
    name: str
    points: int
    correct: int


@dataclass
class QuestionTally:
    """How a class answered one question: counts per option chosen, right or wrong."""

    question_id: str
    asked: int = 0
    right: int = 0
    wrong_options: dict[int, int] = field(default_factory=dict)  # option index -> times chosen


@dataclass
class StudentRecord:
    """Everything a student answered (practice and tournaments), per question."""

    user_id: int
    name: str
    answers: int = 0
    right: int = 0
    last_active: datetime | None = None
    mastered: set[str] = field(default_factory=set)  # questions answered right at least once


@dataclass(frozen=True)
class ClassRecord:
    chat_id: int
    leaderboard: list[ClassScore]
    tournaments: list[TournamentSummary]
    questions: list[QuestionTally]
    students: list[StudentRecord]


@dataclass(frozen=True)
class Missed:
    question_id: str
    wrong: int


@dataclass(frozen=True)
class OwnRecord:
    """A student's own record, for the student view."""

    user_id: int
    name: str | None
    student: StudentRecord
    days_active: set[datetime]  # answer times; the tutor turns them into calendar days
    boxes: dict[int, int]  # Leitner box -> cards in it
    due_now: int
    missed: list[Missed]


_AS_INT = Integer()
T = TypeVar("T")


def _right(column=Answer.correct):
    return func.sum(func.cast(column, _AS_INT))


def _tournaments_of(chat_id: int):
    return select(Tournament.id).where(Tournament.chat_id == chat_id)


def _joined(dialect: str, column):
    """The non-null values of a group, comma-separated: one string rather than a row each (repeats
    are dropped by the caller, cheaper than DISTINCT in the database)."""
    if dialect == "postgresql":
        return func.string_agg(column, literal(","))
    return func.group_concat(column)


async def _rows(session: AsyncSession, query) -> list:
    """Plain rows, without the ORM's per-row bookkeeping (these are read-only figures)."""
    return list((await (await session.connection()).execute(query)).all())


class DashboardStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def use_link_once(self, link_id: str, now: datetime, expired_before: datetime) -> bool:
        """True the first time a one-time link is opened, in whichever instance opens it. Links
        used before `expired_before` have expired anyway: their ids are forgotten on the way."""
        async with self._db.session() as session, session.begin():
            await session.execute(delete(UsedLink).where(UsedLink.used_at < expired_before))
            done = await session.execute(
                insert_once(self._db.engine_dialect, UsedLink, link_id=link_id, used_at=now)
            )
            return done.rowcount == 1

    async def groups_with_tournaments(self, limit: int = 100) -> list[int]:
        """Groups that have played, most recently active first."""
        latest = func.max(Tournament.created_at)
        query = select(Tournament.chat_id).group_by(Tournament.chat_id).order_by(latest.desc()).limit(limit)
        async with self._db.session() as session:
            return list((await session.execute(query)).scalars())

    async def class_record(self, chat_id: int) -> ClassRecord:
        """The three parts are read at once, each on its own connection (SQLite in WAL mode and
        PostgreSQL both serve concurrent readers), so the view takes as long as its slowest part."""

        async def read(part: Callable[[AsyncSession, int], Awaitable[T]]) -> T:
            async with self._db.session() as session:
                return await part(session, chat_id)

        tournaments, questions, (board, students) = await asyncio.gather(
            read(self._tournaments), read(self._questions), read(self._students)
        )
        return ClassRecord(chat_id, board, tournaments, questions, students)

    async def _tournaments(self, session: AsyncSession, chat_id: int) -> list[TournamentSummary]:
        players = (
            select(func.count())
            .where(TournamentPlayer.tournament_id == Tournament.id)
            .correlate(Tournament)
            .scalar_subquery()
        )
        query = (
            select(Tournament.id, Tournament.created_at, Tournament.status, Tournament.questions, players)
            .where(Tournament.chat_id == chat_id)
            .order_by(Tournament.created_at.desc(), Tournament.id.desc())
        )
        return [TournamentSummary(*row) for row in await _rows(session, query)]

    async def _questions(self, session: AsyncSession, chat_id: int) -> list[QuestionTally]:
        query = (
            select(Answer.question_id, Answer.chosen_option, Answer.correct, func.count())
            .where(Answer.tournament_id.in_(_tournaments_of(chat_id)))
            .group_by(Answer.question_id, Answer.chosen_option, Answer.correct)
        )
        tallies: dict[str, QuestionTally] = {}
        for question_id, option, correct, count in await _rows(session, query):
            tally = tallies.setdefault(question_id, QuestionTally(question_id))
            tally.asked += count
            if correct:
                tally.right += count
            elif option is not None:
                tally.wrong_options[option] = tally.wrong_options.get(option, 0) + count
        return list(tallies.values())

    async def _students(
        self, session: AsyncSession, chat_id: int
    ) -> tuple[list[ClassScore], list[StudentRecord]]:
        """Everyone who played in the group (answering joins a player too) with all their answers,
        and the group's leaderboard: one pass over the students' answers, one row per student, the
        questions they got right as one list, their points in this group's tournaments beside."""
        in_group = _tournaments_of(chat_id)
        members = select(TournamentPlayer.user_id).where(TournamentPlayer.tournament_id.in_(in_group))
        # Every player has a name: joining a lobby or answering a poll stores it.
        names = select(Player.user_id, Player.name).where(Player.user_id.in_(members))
        students = {u: StudentRecord(u, n) for u, n in await _rows(session, names)}
        here = Answer.tournament_id.in_(in_group)
        query = (
            select(
                Answer.user_id,
                func.count(),
                _right(),
                func.max(Answer.answered_at),
                _joined(self._db.engine_dialect, case((Answer.correct, Answer.question_id))),
                func.sum(case((here, 1), else_=0)),
                func.sum(case((here, Answer.points), else_=0)),
                func.sum(case((here & Answer.correct, 1), else_=0)),
            )
            .where(Answer.user_id.in_(members))
            .group_by(Answer.user_id)
        )
        board: list[ClassScore] = []
        for user_id, answers, right, last, mastered, played, points, scored in await _rows(session, query):
            student = students.setdefault(user_id, StudentRecord(user_id, "?"))
            student.answers, student.right, student.last_active = answers, int(right), last
            student.mastered = set(mastered.split(",")) if mastered else set()
            if played:
                board.append(ClassScore(user_id, student.name, int(points), int(scored)))
        board.sort(key=lambda s: (-s.points, s.user_id))
        return board, sorted(students.values(), key=lambda s: (s.name.casefold(), s.user_id))

    async def own_record(self, user_id: int, now: datetime, missed: int = 5) -> OwnRecord:
        async with self._db.session() as session:
            name = (await session.execute(select(Player.name).where(Player.user_id == user_id))).scalar()
            student = StudentRecord(user_id, name or "?")
            per_question = (
                select(Answer.question_id, func.count(), _right(), func.max(Answer.answered_at))
                .where(Answer.user_id == user_id)
                .group_by(Answer.question_id)
            )
            wrong_counts: dict[str, int] = {}
            for question_id, answers, right, last in (await session.execute(per_question)).all():
                _add(student, question_id, answers, int(right), last)
                if answers > right:
                    wrong_counts[question_id] = answers - int(right)
            times = select(Answer.answered_at).where(Answer.user_id == user_id)
            days = set((await session.execute(times)).scalars())
            due = func.sum(case((LeitnerCard.due_at <= now, 1), else_=0))
            cards = (
                select(LeitnerCard.box, func.count(), due)
                .where(LeitnerCard.user_id == user_id)
                .group_by(LeitnerCard.box)
            )
            boxes: dict[int, int] = defaultdict(int)
            due_now = 0
            for box, count, due_count in (await session.execute(cards)).all():
                boxes[box] += count
                due_now += int(due_count or 0)
        worst = sorted(wrong_counts.items(), key=lambda pair: (-pair[1], pair[0]))[:missed]
        return OwnRecord(user_id, name, student, days, dict(boxes), due_now, [Missed(q, n) for q, n in worst])


def _add(student: StudentRecord, question_id: str, answers: int, right: int, last: datetime) -> None:
    student.answers += answers
    student.right += right
    if right:
        student.mastered.add(question_id)
    if student.last_active is None or last > student.last_active:
        student.last_active = last
