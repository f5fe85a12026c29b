"""Persistence: progress, quiz scores, leaderboards and unanswered questions (SQLAlchemy, async)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.store.database import Database, DatabaseUnavailable
from bot.store.progress import AnswerRecord, Progress, RoundRecord
from bot.store.tournaments import PollRecord, Standing, TournamentRecord, Tournaments
from bot.store.unanswered import UnansweredLog, UnansweredSummary


@dataclass(frozen=True)
class Stores:
    """Every repository the tutor uses, on one database."""

    unanswered: UnansweredLog
    progress: Progress
    tournaments: Tournaments

    @classmethod
    def on(cls, db: Database) -> Stores:
        return cls(UnansweredLog(db), Progress(db), Tournaments(db))


__all__ = [
    "AnswerRecord",
    "Database",
    "DatabaseUnavailable",
    "PollRecord",
    "Progress",
    "RoundRecord",
    "Standing",
    "Stores",
    "TournamentRecord",
    "Tournaments",
    "UnansweredLog",
    "UnansweredSummary",
]
