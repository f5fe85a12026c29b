"""Persistence: progress, quiz scores, leaderboards and unanswered questions (SQLAlchemy, async)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.store.dashboard import DashboardStore
from bot.store.database import Database
from bot.store.progress import AnswerRecord, Progress, RoundRecord
from bot.store.tournaments import PollRecord, Standing, TournamentRecord, Tournaments
from bot.store.unanswered import UnansweredLog, UnansweredSummary


@dataclass(frozen=True)
class Stores:
    """Every repository the tutor uses, on one database."""

    unanswered: UnansweredLog
    progress: Progress
    tournaments: Tournaments
    dashboard: DashboardStore

    @classmethod
    def on(cls, db: Database) -> Stores:
        return cls(UnansweredLog(db), Progress(db), Tournaments(db), DashboardStore(db))


__all__ = [
    "AnswerRecord",
    "DashboardStore",
    "Database",
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
