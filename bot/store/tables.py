"""The database schema: one table per thing the tutor must remember across restarts."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Double,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes on every database (SQLite would hand back naive ones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData()


class UnansweredQuestion(Base):
    """A question the tutor could not answer, kept for the content authors."""

    __tablename__ = "unanswered_questions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    text: Mapped[str] = mapped_column(Text)
    normalised: Mapped[str] = mapped_column(String(500), index=True)
    chat_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # None while waiting for an author; "learned" (became an example) or "dismissed".
    resolution: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)


class LearnedExample(Base):
    """A wording an author added to an intent from the unanswered questions; the running matcher
    uses it at once, and `tutorbot learned export` writes it into the content YAML."""

    __tablename__ = "learned_examples"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    intent_id: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(String(500))
    added_by: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Player(Base):
    """A student's display name, for leaderboards."""

    __tablename__ = "players"
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


class QuizRound(Base):
    """A solo practice round: its questions in order; progress is its answers."""

    __tablename__ = "quiz_rounds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    kind: Mapped[str] = mapped_column(String(20))  # "latihan" or "ulang"
    topic: Mapped[str] = mapped_column(String(40))
    question_ids: Mapped[str] = mapped_column(Text)  # comma-separated quiz item ids
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Answer(Base):
    """One scored answer. `dedupe_key` is unique: a repeated tap or poll answer scores once."""

    __tablename__ = "answers"
    # Covering indexes for the dashboard: a group's answers by tournament, a student's by question.
    __table_args__ = (
        Index("ix_answers_tournament_questions", "tournament_id", "question_id", "chosen_option", "correct"),
        Index(
            "ix_answers_user_questions", "user_id", "question_id", "correct", "answered_at", "tournament_id",
            "points",
        ),
    )  # fmt: skip
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dedupe_key: Mapped[str] = mapped_column(String(120), unique=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)
    question_id: Mapped[str] = mapped_column(String(40))
    correct: Mapped[bool] = mapped_column(Boolean)
    points: Mapped[int] = mapped_column(Integer, default=0)
    # The option picked, numbered as in the content (not as shuffled on screen); None before it was kept.
    chosen_option: Mapped[int | None] = mapped_column(Integer, nullable=True)
    seconds: Mapped[float | None] = mapped_column(Float, nullable=True)  # from the poll to the answer
    round_id: Mapped[int | None] = mapped_column(ForeignKey("quiz_rounds.id"), nullable=True, index=True)
    tournament_id: Mapped[int | None] = mapped_column(ForeignKey("tournaments.id"), nullable=True, index=True)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LeitnerCard(Base):
    """A question a student got wrong, in its Leitner box, due again at `due_at`."""

    __tablename__ = "leitner_cards"
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    question_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    box: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Tournament(Base):
    """A group quiz. `active_chat_id` is unique and set only while it runs: one per group."""

    __tablename__ = "tournaments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    active_chat_id: Mapped[int | None] = mapped_column(BigInteger, unique=True, nullable=True)
    starter_id: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(10))  # lobby, running, finished
    questions: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[int] = mapped_column(Integer)
    question_ids: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    topic: Mapped[str | None] = mapped_column(String(40), nullable=True)  # a chapter, or any question


class TournamentPlayer(Base):
    __tablename__ = "tournament_players"
    tournament_id: Mapped[int] = mapped_column(ForeignKey("tournaments.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)


class TournamentPoll(Base):
    """A quiz poll sent for a tournament; poll answers carry no chat id, so this maps them back."""

    __tablename__ = "tournament_polls"
    poll_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    tournament_id: Mapped[int] = mapped_column(ForeignKey("tournaments.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(String(40))
    correct_option: Mapped[int] = mapped_column(Integer)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when Telegram had accepted it
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime)


class UsedLink(Base):
    """A one-time dashboard link already opened; kept in the database so it holds in every instance."""

    __tablename__ = "used_links"
    link_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    used_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class ScheduledTournament(Base):
    """A tournament a group's admin planned: daily, on weekdays or once, at a time in WIB."""

    __tablename__ = "scheduled_tournaments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    repeat: Mapped[str] = mapped_column(String(10))  # harian, kerja, sekali
    day: Mapped[date | None] = mapped_column(Date, nullable=True)  # for "sekali"
    at: Mapped[time] = mapped_column(Time)  # WIB
    questions: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[int] = mapped_column(Integer)
    topic: Mapped[str | None] = mapped_column(String(40), nullable=True)  # a chapter, or any
    created_by: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


# Shared by several instances on one database. Times are epoch seconds of the database's clock
# (bot.store.clock), so that instances on different machines agree on them.


class SeenUpdate(Base):
    """A Telegram update some instance has taken; kept a few minutes against redelivery."""

    __tablename__ = "seen_updates"
    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    seen_at: Mapped[float] = mapped_column(Double, index=True)


class Lease(Base):
    """A job (such as running one tournament) that one instance at a time may do, until `expires_at`."""

    __tablename__ = "leases"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder: Mapped[str] = mapped_column(String(100))
    expires_at: Mapped[float] = mapped_column(Double)


class SharedValue(Base):
    """A small JSON value every instance reads, such as a chat's conversation context."""

    __tablename__ = "shared_values"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    expires_at: Mapped[float] = mapped_column(Double, index=True)


class WindowCounter(Base):
    """Hits on a key in its current window (the flood guard), counted by every instance together."""

    __tablename__ = "window_counters"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    window_ends_at: Mapped[float] = mapped_column(Double, index=True)


class SendSlot(Base):
    """A sending limit shared by every instance: when the bucket's next message may go."""

    __tablename__ = "send_slots"
    bucket: Mapped[str] = mapped_column(String(100), primary_key=True)
    next_at: Mapped[float] = mapped_column(Double, index=True)


class LiveInstance(Base):
    """An instance of the bot and its last heartbeat."""

    __tablename__ = "live_instances"
    instance_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    seen_at: Mapped[float] = mapped_column(Double, index=True)
