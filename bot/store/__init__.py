"""Persistence: progress, quiz scores, leaderboards and unanswered questions (SQLAlchemy, async)."""

from bot.store.database import DEFAULT_URL, Database
from bot.store.unanswered import UnansweredLog, UnansweredSummary

__all__ = ["DEFAULT_URL", "Database", "UnansweredLog", "UnansweredSummary"]
