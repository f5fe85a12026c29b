"""Each storage test runs on SQLite and on PostgreSQL (when TEST_POSTGRES_URL names a server)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.store import Database
from bot.store.tables import Base


async def _drop_everything(db: Database) -> None:
    async with db.engine.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)
        await conn.execute(text("DROP TABLE IF EXISTS schema_version"))


@pytest.fixture(params=["sqlite", "postgresql"])
async def store_db(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    else:
        url = os.environ.get("TEST_POSTGRES_URL", "")
        if not url:
            if os.environ.get("REQUIRE_POSTGRES"):
                pytest.fail("REQUIRE_POSTGRES is set but TEST_POSTGRES_URL is not")
            pytest.skip("TEST_POSTGRES_URL not set: no PostgreSQL server for this run")
        leftover = Database(url)
        await _drop_everything(leftover)
        await leftover.close()
    db = await Database(url).open()
    yield db
    if request.param == "postgresql":
        await _drop_everything(db)
    await db.close()
