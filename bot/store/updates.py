"""Each Telegram update is handled once, whichever instance it reaches: the first to record its id wins."""

from __future__ import annotations

import functools

from sqlalchemy import bindparam

from bot.store.clock import db_now
from bot.store.database import Database, insert_once
from bot.store.purge import Purge
from bot.store.tables import SeenUpdate

# Telegram redelivers an update it got no answer for within seconds to minutes, not hours.
KEEP_SECONDS = 600.0


@functools.cache
def _first_delivery(dialect: str):
    """Built once (see bot.store.send_slots._claim)."""
    seen = insert_once(dialect, SeenUpdate.__table__, update_id=bindparam("update_id"), seen_at=db_now())
    return seen.returning(SeenUpdate.update_id)


class UpdateLedger:
    def __init__(self, db: Database, keep_seconds: float = KEEP_SECONDS, purge_every: int = 500) -> None:
        self._db = db
        self._purge = Purge(db, SeenUpdate.seen_at, after=keep_seconds, every=purge_every)

    async def first_delivery(self, update_id: int) -> bool:
        """True for exactly one call per update id across every instance (while the id is kept)."""
        async with self._db.engine.begin() as conn:
            seen = await conn.execute(_first_delivery(self._db.engine_dialect), {"update_id": update_id})
            first = seen.first() is not None
        await self._purge.now_and_then()
        return first

    async def purge(self) -> int:
        """Forget the ids older than `keep_seconds`; how many went."""
        return await self._purge.run()
