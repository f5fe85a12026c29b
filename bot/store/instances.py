"""Which instances of the bot are alive, so that the instance count can be found in the database."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from bot.store.clock import db_now
from bot.store.database import Database, upsert_all
from bot.store.purge import Purge
from bot.store.tables import LiveInstance

INSTANCES = LiveInstance.__table__
# Heartbeats older than this are deleted now and then; `alive` ignores them long before.
FORGET_AFTER_SECONDS = 3600.0


class InstanceRegistry:
    def __init__(self, db: Database, purge_every: int = 100) -> None:
        self._db = db
        self._purge = Purge(db, LiveInstance.seen_at, after=FORGET_AFTER_SECONDS, every=purge_every)

    async def heartbeat(self, instance_id: str) -> None:
        """This instance is alive now (call it every few seconds)."""
        row = {"instance_id": instance_id, "seen_at": db_now()}
        async with self._db.engine.begin() as conn:
            await conn.execute(upsert_all(self._db.engine_dialect, INSTANCES, ["instance_id"], [row]))
        await self._purge.now_and_then()

    async def alive(self, within_seconds: float) -> int:
        """How many instances have sent a heartbeat in the last `within_seconds`."""
        query = (
            select(func.count()).select_from(INSTANCES).where(INSTANCES.c.seen_at > db_now() - within_seconds)
        )
        async with self._db.engine.connect() as conn:
            return (await conn.execute(query)).scalar_one()

    async def leave(self, instance_id: str) -> None:
        """This instance stops: the others count it out at once."""
        async with self._db.engine.begin() as conn:
            await conn.execute(delete(INSTANCES).where(INSTANCES.c.instance_id == instance_id))
