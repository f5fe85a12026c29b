"""Counters in a time window shared by every instance, for the flood guard: one statement per hit."""

from __future__ import annotations

import functools

from sqlalchemy import bindparam, case

from bot.store.clock import db_now, seconds
from bot.store.database import Database, dialect_insert
from bot.store.purge import Purge
from bot.store.tables import WindowCounter

COUNTERS = WindowCounter.__table__


@functools.cache
def _hit(dialect: str):
    """Built once (see bot.store.send_slots._claim)."""
    row = {"key": bindparam("key"), "count": 1, "window_ends_at": db_now() + seconds("window")}
    statement = dialect_insert(dialect, COUNTERS, row)
    running = COUNTERS.c.window_ends_at > db_now()
    return statement.on_conflict_do_update(
        index_elements=["key"],
        set_={
            "count": case((running, COUNTERS.c.count + 1), else_=1),
            "window_ends_at": case(
                (running, COUNTERS.c.window_ends_at), else_=statement.excluded.window_ends_at
            ),
        },
    ).returning(COUNTERS.c.count)


class WindowCounters:
    def __init__(self, db: Database, purge_every: int = 500) -> None:
        self._db = db
        self._purge = Purge(db, WindowCounter.window_ends_at, every=purge_every)

    async def hit(self, key: str, window_seconds: float) -> int:
        """Count one hit on `key`; the hits in its current window, this one included. A window starts
        at the first hit after the previous one ended and lasts `window_seconds`."""
        statement = _hit(self._db.engine_dialect)
        async with self._db.engine.begin() as conn:
            count = (await conn.execute(statement, {"key": key, "window": window_seconds})).scalar_one()
        await self._purge.now_and_then()
        return count

    async def purge(self) -> int:
        """Delete the counters whose window has ended; how many went."""
        return await self._purge.run()
