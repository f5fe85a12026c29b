"""Puts a tutor together from the content folder and the database: the one place that wires it."""

from __future__ import annotations

from pathlib import Path

from bot.content import load_content
from bot.nlp.build import build_matcher
from bot.store import Database, Stores
from bot.tutor.tutor import Tutor


def build_tutor(content_dir: Path, db: Database) -> Tutor:
    """Load and check the content (ContentError if broken), index it, and wire the stores."""
    content = load_content(content_dir)
    return Tutor(content, build_matcher(content), Stores.on(db))
