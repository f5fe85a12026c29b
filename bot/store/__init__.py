"""Persistence: progress, quiz scores, leaderboards, unanswered questions, and the state several
instances share (SQLAlchemy, async)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.store.cluster import Cluster
from bot.store.counters import WindowCounters
from bot.store.dashboard import DashboardStore
from bot.store.database import Database, DatabaseUnavailable
from bot.store.instance_lock import InstanceAlreadyRunning, InstanceLock, hold_instance_lock
from bot.store.instances import InstanceRegistry
from bot.store.learned import LearnedExamples, LearnedRecord
from bot.store.leases import HeldLease, Leases
from bot.store.progress import AnswerRecord, Progress, RoundRecord
from bot.store.results import ClassResults, ResultRow
from bot.store.schedules import ScheduleRecord, Schedules
from bot.store.send_slots import Bucket, SharedSendSlots, SlotClaimer, take_turn
from bot.store.shared_values import SharedValues
from bot.store.split_slots import SplitSendSlots
from bot.store.tournaments import PollRecord, Standing, TournamentRecord, Tournaments
from bot.store.unanswered import UnansweredLog, UnansweredRecord, UnansweredSummary
from bot.store.updates import UpdateLedger


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
    "Bucket",
    "ClassResults",
    "Cluster",
    "DashboardStore",
    "Database",
    "DatabaseUnavailable",
    "HeldLease",
    "InstanceAlreadyRunning",
    "InstanceLock",
    "InstanceRegistry",
    "LearnedExamples",
    "LearnedRecord",
    "Leases",
    "PollRecord",
    "Progress",
    "ResultRow",
    "RoundRecord",
    "ScheduleRecord",
    "Schedules",
    "SharedSendSlots",
    "SharedValues",
    "SlotClaimer",
    "SplitSendSlots",
    "Standing",
    "Stores",
    "TournamentRecord",
    "Tournaments",
    "UnansweredLog",
    "UnansweredRecord",
    "UnansweredSummary",
    "UpdateLedger",
    "WindowCounters",
    "hold_instance_lock",
    "take_turn",
]
