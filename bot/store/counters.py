"""Counters in a time window shared by every instance, for the flood guard: one statement per hit."""

from __future__ import annotations

from sqlalchemy import case

from bot.store.clock import db_now
from bot.store.database import Database, dialect_insert
from bot.store.purge import Purge
from bot.store.tables import WindowCounter

COUNTERS = WindowCounter.__table__


class WindowCounters:
    def __init__(self, db: Database, purge_every: int = 500) -> None:
        self._db = db
        self._purge = Purge(db, WindowCounter.window_ends_at, every=purge_every)

    async def hit(self, key: str, window_seconds: float) -> int:
        """Count one hit on `key`; the hits in its current window, this one included. A window starts
        at the first hit after the previous one ended and lasts `window_seconds`."""
        row = {"key": key, "count": 1, "window_ends_at": db_now() + window_seconds}
        statement = dialect_insert(self._db.engine_dialect, COUNTERS, row)
        running = COUNTERS.c.window_ends_at > db_now()
        statement = statement.on_conflict_do_update(
            index_elements=["key"],
            set_={
                "count": case((running, COUNTERS.c.count + 1), else_=1),
                "window_ends_at": case(
                    (running, COUNTERS.c.window_ends_at), else_=statement.excluded.window_ends_at
                ),
            },
        ).returning(COUNTERS.c.count)
        async with self._db.autocommit.connect() as conn:
            count = (await conn.execute(statement)).scalar_one()
        await self._purge.now_and_then()
        return count

    async def purge(self) -> int:
        """Delete the counters whose window has ended; how many went."""
        return await self._purge.run()
