"""Persistence: progress, quiz scores, leaderboards and unanswered questions (SQLAlchemy, async)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.store.dashboard import DashboardStore
from bot.store.database import Database, DatabaseUnavailable
from bot.store.learned import LearnedExamples, LearnedRecord
from bot.store.progress import AnswerRecord, Progress, RoundRecord
from bot.store.results import ClassResults, ResultRow
from bot.store.schedules import ScheduleRecord, Schedules
from bot.store.tournaments import PollRecord, Standing, TournamentRecord, Tournaments
from bot.store.unanswered import UnansweredLog, UnansweredRecord, UnansweredSummary


@dataclass(frozen=True)
class Stores:
    """Every repository the tutor uses, on one database."""

    unanswered: UnansweredLog
    progress: Progress
    tournaments: Tournaments
    learned: LearnedExamples
    results: ClassResults
    schedules: Schedules
    dashboard: DashboardStore

    @classmethod
    def on(cls, db: Database) -> Stores:
        return cls(
            UnansweredLog(db),
            Progress(db),
            Tournaments(db),
            LearnedExamples(db),
            ClassResults(db),
            Schedules(db),
            DashboardStore(db),
        )


__all__ = [
    "AnswerRecord",
    "ClassResults",
    "DashboardStore",
    "Database",
    "DatabaseUnavailable",
    "LearnedExamples",
    "LearnedRecord",
    "PollRecord",
    "Progress",
    "ResultRow",
    "RoundRecord",
    "ScheduleRecord",
    "Schedules",
    "Standing",
    "Stores",
    "TournamentRecord",
    "Tournaments",
    "UnansweredLog",
    "UnansweredRecord",
    "UnansweredSummary",
]
