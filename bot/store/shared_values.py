"""Small JSON values with an expiry that every instance sees, such as a chat's conversation context."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select

from bot.store.clock import db_now
from bot.store.database import Database, upsert_all
from bot.store.purge import Purge
from bot.store.tables import SharedValue

VALUES = SharedValue.__table__


class SharedValues:
    def __init__(self, db: Database, purge_every: int = 500) -> None:
        self._db = db
        self._purge = Purge(db, SharedValue.expires_at, every=purge_every)

    async def get(self, key: str) -> Any | None:
        """The value put under `key`, or None when there is none or it has expired."""
        query = select(VALUES.c.value).where(VALUES.c.key == key, VALUES.c.expires_at > db_now())
        async with self._db.autocommit.connect() as conn:
            found = (await conn.execute(query)).scalar()
        return json.loads(found) if found is not None else None

    async def put(self, key: str, value: Any, ttl: float) -> None:
        """Keep `value` (anything JSON can hold) under `key` for `ttl` seconds, replacing what was there."""
        row = {"key": key, "value": json.dumps(value, ensure_ascii=False), "expires_at": db_now() + ttl}
        async with self._db.autocommit.connect() as conn:
            await conn.execute(upsert_all(self._db.engine_dialect, VALUES, ["key"], [row]))
        await self._purge.now_and_then()

    async def delete(self, key: str) -> None:
        async with self._db.autocommit.connect() as conn:
            await conn.execute(delete(VALUES).where(VALUES.c.key == key))

    async def purge(self) -> int:
        """Delete the expired values; how many went."""
        return await self._purge.run()
