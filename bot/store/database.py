"""The database connection and its schema migrations (an explicit version table)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

from bot.store.tables import (
    Answer,
    Base,
    LearnedExample,
    LeitnerCard,
    Player,
    QuizRound,
    ScheduledTournament,
    SchemaVersion,
    Tournament,
    TournamentPlayer,
    TournamentPoll,
    UnansweredQuestion,
)


def _create(*tables: type[Base]) -> Callable[[Connection], None]:
    def migrate(conn: Connection) -> None:
        Base.metadata.create_all(conn, tables=[t.__table__ for t in tables])

    return migrate


# Append only: each step takes the schema from version N to N+1.
MIGRATIONS: list[Callable[[Connection], None]] = [
    _create(SchemaVersion, UnansweredQuestion),
    _create(Player, QuizRound, Tournament, Answer, LeitnerCard, TournamentPlayer, TournamentPoll),
    _create(LearnedExample, ScheduledTournament),
]


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
        async with self.engine.begin() as conn:
            await conn.run_sync(_migrate)
        return self

    async def close(self) -> None:
        await self.engine.dispose()


def _migrate(conn: Connection) -> None:
    SchemaVersion.__table__.create(conn, checkfirst=True)
    current = conn.execute(select(SchemaVersion.version).where(SchemaVersion.id == 1)).scalar_one_or_none()
    for version in range(current or 0, len(MIGRATIONS)):
        MIGRATIONS[version](conn)
    table = SchemaVersion.__table__
    if current is None:
        conn.execute(table.insert().values(id=1, version=len(MIGRATIONS)))
    elif current < len(MIGRATIONS):
        conn.execute(table.update().where(table.c.id == 1).values(version=len(MIGRATIONS)))


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL lets readers work during a write; NORMAL sync survives a crash of the bot process
    (every committed answer stays), only a power cut can lose the last transactions."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _insert(dialect: str, table, rows: dict | list[dict]):
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table).values(rows)


def insert_once(dialect: str, table, **values):
    """An INSERT that does nothing when a unique key already exists (a duplicate delivery)."""
    return _insert(dialect, table, values).on_conflict_do_nothing()


def insert_all_once(dialect: str, table, rows: list[dict]):
    """Many rows in one INSERT; rows whose unique key exists already are left out."""
    return _insert(dialect, table, rows).on_conflict_do_nothing()


def upsert_all(dialect: str, table, keys: list[str], rows: list[dict]):
    """INSERT rows, or UPDATE the other columns of those whose `keys` exist: one statement.
    Each key may appear once (PostgreSQL refuses to change a row twice in one statement)."""
    statement = _insert(dialect, table, rows)
    changes = {k: statement.excluded[k] for k in rows[0] if k not in keys}
    return statement.on_conflict_do_update(index_elements=keys, set_=changes)
