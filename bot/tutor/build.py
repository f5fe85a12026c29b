"""Puts a tutor together from the content folder and the database: the one place that wires it."""

from __future__ import annotations

from pathlib import Path

from bot.content import load_content
from bot.nlp.build import build_matcher
from bot.store import Database, UnansweredLog
from bot.tutor.tutor import Tutor


def build_tutor(content_dir: Path, db: Database | None = None) -> Tutor:
    """Load and check the content (ContentError if broken), index it, and wire the store."""
    content = load_content(content_dir)
    unanswered = UnansweredLog(db) if db is not None else None
    return Tutor(content, build_matcher(content), unanswered)
