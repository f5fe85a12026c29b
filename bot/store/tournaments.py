"""Group tournaments: the lobby, who plays, the polls sent, and the points they earned."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from bot.store.database import Database, insert_once
from bot.store.tables import Answer, Player, Tournament, TournamentPlayer, TournamentPoll

# A tournament goes lobby -> running -> closed -> finished; "closed" means its results are
# still to be announced (the group could not be reached), "finished" that they were, or that
# there was nobody to tell.
LOBBY, RUNNING, CLOSED, FINISHED = "lobby", "running", "closed", "finished"


@dataclass(frozen=True)
class TournamentRecord:
    id: int
    chat_id: int
    starter_id: int
    status: str
    questions: int
    seconds: int
    question_ids: tuple[str, ...]
    created_at: datetime
    topic: str | None = None  # questions from this chapter only (a scheduled tournament)


@dataclass(frozen=True)
class PollRecord:
    poll_id: str
    tournament_id: int
    position: int
    question_id: str
    correct_option: int
    opened_at: datetime  # when Telegram had accepted the poll: the window students see
    closes_at: datetime


@dataclass(frozen=True)
class Standing:
    user_id: int
    name: str
    points: int
    correct: int


def _record(row: Tournament) -> TournamentRecord:
    ids = tuple(row.question_ids.split(",")) if row.question_ids else ()
    return TournamentRecord(
        row.id, row.chat_id, row.starter_id, row.status, row.questions, row.seconds, ids, row.created_at,
        row.topic,
    )  # fmt: skip


def _poll(row: TournamentPoll) -> PollRecord:
    return PollRecord(
        row.poll_id,
        row.tournament_id,
        row.position,
        row.question_id,
        row.correct_option,
        row.sent_at,
        row.closes_at,
    )


class Tournaments:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def open_lobby(
        self,
        chat_id: int,
        starter_id: int,
        questions: int,
        seconds: int,
        now: datetime,
        topic: str | None = None,
    ) -> TournamentRecord | None:
        """A new lobby, or None when the group already has a tournament (the unique key decides)."""
        try:
            async with self._db.session() as session, session.begin():
                row = Tournament(
                    chat_id=chat_id, active_chat_id=chat_id, starter_id=starter_id, status=LOBBY,
                    questions=questions, seconds=seconds, question_ids="", created_at=now, topic=topic,
                )  # fmt: skip
                session.add(row)
                await session.flush()
                return _record(row)
        except IntegrityError:
            return None

    async def active(self, chat_id: int) -> TournamentRecord | None:
        async with self._db.session() as session:
            row = (
                await session.execute(select(Tournament).where(Tournament.active_chat_id == chat_id))
            ).scalar_one_or_none()
            return _record(row) if row else None

    async def get(self, tournament_id: int) -> TournamentRecord | None:
        async with self._db.session() as session:
            row = await session.get(Tournament, tournament_id)
            return _record(row) if row else None

    async def with_status(self, status: str) -> list[TournamentRecord]:
        async with self._db.session() as session:
            query = select(Tournament).where(Tournament.status == status).order_by(Tournament.id)
            rows = (await session.execute(query)).scalars()
            return [_record(r) for r in rows]

    async def running(self) -> list[TournamentRecord]:
        return await self.with_status(RUNNING)

    async def change_settings(self, tournament_id: int, *, questions: int, seconds: int) -> bool:
        async with self._db.session() as session, session.begin():
            done = await session.execute(
                update(Tournament)
                .where(Tournament.id == tournament_id, Tournament.status == LOBBY)
                .values(questions=questions, seconds=seconds)
            )
            return done.rowcount == 1

    async def join(self, tournament_id: int, user_id: int) -> bool:
        """True when the player is new to this tournament."""
        async with self._db.session() as session, session.begin():
            done = await session.execute(
                insert_once(
                    self._db.engine_dialect, TournamentPlayer, tournament_id=tournament_id, user_id=user_id
                )
            )
            return done.rowcount == 1

    async def players(self, tournament_id: int) -> list[tuple[int, str]]:
        async with self._db.session() as session:
            query = (
                select(TournamentPlayer.user_id, func.coalesce(Player.name, "?"))
                .outerjoin(Player, Player.user_id == TournamentPlayer.user_id)
                .where(TournamentPlayer.tournament_id == tournament_id)
                .order_by(TournamentPlayer.user_id)
            )
            return [(u, n) for u, n in (await session.execute(query)).all()]

    async def begin(self, tournament_id: int, question_ids: list[str]) -> bool:
        """Lobby to running; False when it already started or ended (a second tap on "Mulai")."""
        async with self._db.session() as session, session.begin():
            done = await session.execute(
                update(Tournament)
                .where(Tournament.id == tournament_id, Tournament.status == LOBBY)
                .values(status=RUNNING, question_ids=",".join(question_ids), questions=len(question_ids))
            )
            return done.rowcount == 1

    async def close(self, tournament_id: int, *, to: str = CLOSED) -> bool:
        """Close a lobby or a running tournament (its points stay) and free the group for the
        next one; False when it was already closed."""
        async with self._db.session() as session, session.begin():
            done = await session.execute(
                update(Tournament)
                .where(Tournament.id == tournament_id, Tournament.status.in_((LOBBY, RUNNING)))
                .values(status=to, active_chat_id=None)
            )
            return done.rowcount == 1

    async def close_lobby(self, tournament_id: int) -> bool:
        """A lobby nobody started: closed with nothing to announce; False when it had started."""
        async with self._db.session() as session, session.begin():
            done = await session.execute(
                update(Tournament)
                .where(Tournament.id == tournament_id, Tournament.status == LOBBY)
                .values(status=FINISHED, active_chat_id=None)
            )
            return done.rowcount == 1

    async def announced(self, tournament_id: int) -> None:
        async with self._db.session() as session, session.begin():
            await session.execute(
                update(Tournament)
                .where(Tournament.id == tournament_id, Tournament.status == CLOSED)
                .values(status=FINISHED)
            )

    async def record_poll(self, poll: PollRecord) -> None:
        async with self._db.session() as session, session.begin():
            session.add(
                TournamentPoll(
                    poll_id=poll.poll_id,
                    tournament_id=poll.tournament_id,
                    position=poll.position,
                    question_id=poll.question_id,
                    correct_option=poll.correct_option,
                    sent_at=poll.opened_at,
                    closes_at=poll.closes_at,
                )
            )

    async def poll(self, poll_id: str) -> PollRecord | None:
        async with self._db.session() as session:
            row = await session.get(TournamentPoll, poll_id)
            return _poll(row) if row else None

    async def last_poll(self, tournament_id: int) -> PollRecord | None:
        async with self._db.session() as session:
            row = (
                await session.execute(
                    select(TournamentPoll)
                    .where(TournamentPoll.tournament_id == tournament_id)
                    .order_by(TournamentPoll.position.desc())
                    .limit(1)
                )
            ).scalar_one_or_none()
            return _poll(row) if row else None

    async def everyone_answered(self, tournament_id: int, question_id: str) -> bool:
        async with self._db.session() as session:
            players = select(func.count()).where(TournamentPlayer.tournament_id == tournament_id)
            answers = select(func.count()).where(
                Answer.tournament_id == tournament_id, Answer.question_id == question_id
            )
            return (await session.execute(answers)).scalar_one() >= (
                await session.execute(players)
            ).scalar_one()

    async def standings(self, tournament_id: int) -> list[Standing]:
        """Everyone who joined or answered, best first."""
        points = func.coalesce(func.sum(Answer.points), 0)
        correct = func.coalesce(func.sum(func.cast(Answer.correct, type_=Answer.points.type)), 0)
        async with self._db.session() as session:
            query = (
                select(TournamentPlayer.user_id, func.coalesce(Player.name, "?"), points, correct)
                .outerjoin(Player, Player.user_id == TournamentPlayer.user_id)
                .outerjoin(
                    Answer,
                    (Answer.tournament_id == TournamentPlayer.tournament_id)
                    & (Answer.user_id == TournamentPlayer.user_id),
                )
                .where(TournamentPlayer.tournament_id == tournament_id)
                .group_by(TournamentPlayer.user_id, Player.name)
                .order_by(points.desc(), TournamentPlayer.user_id)
            )
            return [Standing(u, n, int(p), int(c)) for u, n, p, c in (await session.execute(query)).all()]

    async def leaderboard(self, chat_id: int, limit: int = 10) -> list[Standing]:
        """All-time points of a group, over every tournament it played."""
        points = func.sum(Answer.points)
        correct = func.sum(func.cast(Answer.correct, type_=Answer.points.type))
        async with self._db.session() as session:
            query = (
                select(Answer.user_id, func.coalesce(Player.name, "?"), points, correct)
                .join(Tournament, Tournament.id == Answer.tournament_id)
                .outerjoin(Player, Player.user_id == Answer.user_id)
                .where(Tournament.chat_id == chat_id)
                .group_by(Answer.user_id, Player.name)
                .order_by(points.desc(), Answer.user_id)
                .limit(limit)
            )
            return [Standing(u, n, int(p), int(c)) for u, n, p, c in (await session.execute(query)).all()]
