"""Brings the database schema to the newest Alembic revision, under a lock so that of several
instances starting at once only one migrates; adopts databases made before Alembic."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
from collections.abc import AsyncIterator
from pathlib import Path
from typing import IO

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

# Any fixed number: the key of the PostgreSQL advisory lock held while migrating.
ADVISORY_LOCK_KEY = 7_236_118_003
# The hand-written migrations before Alembic counted versions; revision N is the same schema.
LEGACY_VERSIONS = {1: "0001", 2: "0002"}


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "bot.store:migrations")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(connection: Connection) -> None:
    """Run inside one transaction; on PostgreSQL the advisory lock is held until it commits."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
    config = alembic_config(connection)
    _adopt_legacy_schema(connection, config)
    command.upgrade(config, "head")


def _adopt_legacy_schema(connection: Connection, config: Config) -> None:
    tables = inspect(connection).get_table_names()
    if "schema_version" not in tables or "alembic_version" in tables:
        return
    version = connection.execute(text("SELECT version FROM schema_version WHERE id = 1")).scalar_one()
    command.stamp(config, LEGACY_VERSIONS[version])


@contextlib.asynccontextmanager
async def sqlite_file_lock(database: str | None) -> AsyncIterator[None]:
    """SQLite has no advisory locks: a lock file beside the database serialises migrations."""
    if not database or database == ":memory:":
        yield
        return
    lock = await asyncio.to_thread(_locked, Path(f"{database}.migrate-lock"))
    try:
        yield
    finally:
        lock.close()  # closing the file releases the lock


def _locked(path: Path) -> IO[str]:
    lock = path.open("a")
    fcntl.flock(lock, fcntl.LOCK_EX)
    return lock
