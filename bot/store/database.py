"""The database connection; `open()` brings the schema to the newest migration (bot.store.migrate)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

from bot.store.migrate import current_revision, sqlite_file_lock, upgrade_to_head


class DatabaseUnavailable(Exception):
    """The database cannot be reached or opened; the message is one line, without the password."""


def async_url(url: str) -> str:
    """Accept the plain URLs people paste (postgresql://, sqlite:///) and pick the async driver."""
    parsed = make_url(url)
    driver = {"postgresql": "postgresql+asyncpg", "postgres": "postgresql+asyncpg",
              "sqlite": "sqlite+aiosqlite"}.get(parsed.drivername)  # fmt: skip
    return parsed.set(drivername=driver).render_as_string(hide_password=False) if driver else url


class Database:
    """Owns the engine; `open()` creates or migrates the schema on first start."""

    def __init__(self, url: str) -> None:
        self.url = async_url(url)
        self.engine: AsyncEngine = create_async_engine(self.url, **self._engine_options())
        if self.engine_dialect == "sqlite":
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self.session = async_sessionmaker(self.engine, expire_on_commit=False)

    def _engine_options(self) -> dict[str, object]:
        if self.engine_dialect == "sqlite":
            database = make_url(self.url).database
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            return {"connect_args": {"timeout": 30}}
        return {"pool_size": 10, "max_overflow": 20, "pool_pre_ping": True}

    @property
    def engine_dialect(self) -> str:
        return make_url(self.url).get_backend_name()

    async def open(self) -> Database:
        """Migrate to the newest revision (under a lock shared by every instance), then serve."""
        database = make_url(self.url).database if self.engine_dialect == "sqlite" else None
        with self._unavailable_as_one_line():
            async with sqlite_file_lock(database), self.engine.begin() as conn:
                await conn.run_sync(upgrade_to_head)
        return self

    async def revision(self) -> str | None:
        """The migration this database has reached (None: an empty database)."""
        with self._unavailable_as_one_line():
            async with self.engine.connect() as conn:
                return await conn.run_sync(current_revision)

    @contextlib.contextmanager
    def _unavailable_as_one_line(self) -> Iterator[None]:
        try:
            yield
        except (OSError, DBAPIError) as exc:
            reason = exc.orig if isinstance(exc, DBAPIError) else exc
            where = make_url(self.url).set(drivername=self.engine_dialect)
            where = where.render_as_string(hide_password=True)
            raise DatabaseUnavailable(f"cannot use the database {where}: {reason}") from None

    async def close(self) -> None:
        await self.engine.dispose()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL lets readers work during a write; NORMAL sync survives a crash of the bot process
    (every committed answer stays), only a power cut can lose the last transactions."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def dialect_insert(dialect: str, table, rows: dict | list[dict]):
    """An INSERT with ON CONFLICT clauses, which both databases spell alike."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table).values(rows)


def insert_once(dialect: str, table, **values):
    """An INSERT that does nothing when a unique key already exists (a duplicate delivery)."""
    return dialect_insert(dialect, table, values).on_conflict_do_nothing()


def insert_all_once(dialect: str, table, rows: list[dict]):
    """Many rows in one INSERT; rows whose unique key exists already are left out."""
    return dialect_insert(dialect, table, rows).on_conflict_do_nothing()


def upsert_all(dialect: str, table, keys: list[str], rows: list[dict]):
    """INSERT rows, or UPDATE the other columns of those whose `keys` exist: one statement.
    Each key may appear once (PostgreSQL refuses to change a row twice in one statement)."""
    statement = dialect_insert(dialect, table, rows)
    changes = {k: statement.excluded[k] for k in rows[0] if k not in keys}
    return statement.on_conflict_do_update(index_elements=keys, set_=changes)
