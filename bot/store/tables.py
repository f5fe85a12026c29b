"""The database schema: one table per thing the tutor must remember across restarts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    metadata = MetaData()


class SchemaVersion(Base):
    """One row: which migration the database has reached."""

    __tablename__ = "schema_version"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class UnansweredQuestion(Base):
    """A question the tutor could not answer, kept for the content authors."""

    __tablename__ = "unanswered_questions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    text: Mapped[str] = mapped_column(Text)
    normalised: Mapped[str] = mapped_column(String(500), index=True)
    chat_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    asked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
