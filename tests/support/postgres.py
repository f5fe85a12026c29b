"""The PostgreSQL server tests may use: TEST_POSTGRES_URL, wiped before and after each use. Unset,
the test is skipped, or fails when REQUIRE_POSTGRES is set (as in CI)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from sqlalchemy import text

from bot.store import Database


async def wipe(url: str) -> None:
    """Tables, Alembic's version table and sequences alike: every test starts from nothing."""
    db = Database(url)
    try:
        async with db.engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    finally:
        await db.close()


@asynccontextmanager
async def empty_postgres(needed_for: str) -> AsyncIterator[str]:
    url = os.environ.get("TEST_POSTGRES_URL", "")
    if not url:
        if os.environ.get("REQUIRE_POSTGRES"):
            pytest.fail("REQUIRE_POSTGRES is set but TEST_POSTGRES_URL is not")
        pytest.skip(f"TEST_POSTGRES_URL not set: {needed_for} need PostgreSQL")
    await wipe(url)
    try:
        yield url
    finally:
        await wipe(url)
