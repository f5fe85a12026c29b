"""Shared fixtures: the shipped content, its matcher, a tutor on a fresh database."""

from __future__ import annotations

import random
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.content import Content, load_content
from bot.nlp import Matcher
from bot.nlp.build import build_matcher
from bot.store import Database, Stores
from bot.tutor import Tutor

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
DEV_SET = ROOT / "tests" / "data" / "dev.jsonl"


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content(CONTENT)


@pytest.fixture(scope="session")
def matcher(content: Content) -> Matcher:
    return build_matcher(content)


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped content, for tests that break it on purpose."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


@pytest.fixture
async def db(tmp_path: Path):
    database = await Database(f"sqlite:///{tmp_path / 'test.sqlite3'}").open()
    yield database
    await database.close()


class FakeClock:
    """Time that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)  # 10:00 in Jakarta

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def tutor(content: Content, matcher: Matcher, db: Database, clock: FakeClock) -> Tutor:
    return Tutor(
        content, matcher, Stores.on(db), clock=clock, rng=random.Random(7), bot_username="tutor_test_bot"
    )
