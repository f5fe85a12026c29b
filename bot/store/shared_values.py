"""Small JSON values with an expiry that every instance sees, such as a chat's conversation context."""

from __future__ import annotations

import functools
import json
from typing import Any

from sqlalchemy import bindparam, delete, select

from bot.store.clock import db_now, seconds
from bot.store.database import Database, upsert_all
from bot.store.purge import Purge
from bot.store.tables import SharedValue

VALUES = SharedValue.__table__
# Built once (see bot.store.send_slots._claim).
_GET = select(VALUES.c.value).where(VALUES.c.key == bindparam("key"), VALUES.c.expires_at > db_now())


@functools.cache
def _put(dialect: str):
    row = {"key": bindparam("key"), "value": bindparam("value"), "expires_at": db_now() + seconds("ttl")}
    return upsert_all(dialect, VALUES, ["key"], [row])


class SharedValues:
    def __init__(self, db: Database, purge_every: int = 500) -> None:
        self._db = db
        self._purge = Purge(db, SharedValue.expires_at, every=purge_every)

    async def get(self, key: str) -> Any | None:
        """The value put under `key`, or None when there is none or it has expired."""
        async with self._db.engine.connect() as conn:
            found = (await conn.execute(_GET, {"key": key})).scalar()
        return json.loads(found) if found is not None else None

    async def put(self, key: str, value: Any, ttl: float) -> None:
        """Keep `value` (anything JSON can hold) under `key` for `ttl` seconds, replacing what was there."""
        parameters = {"key": key, "value": json.dumps(value, ensure_ascii=False), "ttl": ttl}
        async with self._db.engine.begin() as conn:
            await conn.execute(_put(self._db.engine_dialect), parameters)
        await self._purge.now_and_then()

    async def delete(self, key: str) -> None:
        async with self._db.engine.begin() as conn:
            await conn.execute(delete(VALUES).where(VALUES.c.key == key))

    async def purge(self) -> int:
        """Delete the expired values; how many went."""
        return await self._purge.run()
