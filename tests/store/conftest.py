"""Each storage test runs on SQLite and on PostgreSQL (when TEST_POSTGRES_URL names a server)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.store import Database
from tests.support.postgres import empty_postgres


@pytest.fixture(params=["sqlite", "postgresql"])
async def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """The URL of an empty database, never opened (so never migrated)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
        return
    async with empty_postgres("the storage tests on PostgreSQL") as url:
        yield url


@pytest.fixture
async def empty_db(empty_db_url: str) -> AsyncIterator[Database]:
    db = Database(empty_db_url)
    yield db
    await db.close()


@pytest.fixture
async def store_db(empty_db: Database) -> Database:
    return await empty_db.open()


@pytest.fixture
async def second_instance(store_db: Database) -> AsyncIterator[Database]:
    """Another instance's connection pool on the same database, as a second process would have."""
    other = Database(store_db.url)
    yield other
    await other.close()


@pytest.fixture
async def instances(store_db: Database) -> AsyncIterator[list[Database]]:
    """Three instances' pools on the same database, to race one another. Each pool may open 30
    connections, so three fit under PostgreSQL's default limit of 100."""
    pools = [Database(store_db.url) for _ in range(3)]
    yield pools
    for pool in pools:
        await pool.close()
