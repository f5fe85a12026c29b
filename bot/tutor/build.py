"""Puts a tutor together from the content folder and the database: the one place that wires it."""

from __future__ import annotations

from pathlib import Path

from bot.content import load_content
from bot.nlp.build import build_matcher
from bot.store import Cluster, Database, Stores
from bot.tutor.shared_topics import SharedTopics
from bot.tutor.tutor import Tutor


def build_tutor(content_dir: Path, db: Database, cluster: Cluster | None = None) -> Tutor:
    """Load and check the content (ContentError if broken), index it, and wire the stores; with a
    `cluster` (several instances) the chat's topic is shared through the database."""
    content = load_content(content_dir)
    shared_topics = SharedTopics(cluster.values) if cluster is not None else None
    return Tutor(content, build_matcher(content), Stores.on(db), shared_topics=shared_topics)
