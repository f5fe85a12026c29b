"""Sending limits held by the bot as a whole: each instance claims a send slot in the database.

A bucket (say "global" at 30/s, or "chat:42" at 1/s) keeps the time its next message may go (the
"theoretical arrival time" of GCRA with no burst). A claim moves it one interval on and says how long
to wait, in one INSERT ... ON CONFLICT DO UPDATE ... RETURNING, so claims from every instance are
spaced evenly, whoever makes them.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import bindparam
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.store.clock import db_now, greatest, seconds
from bot.store.database import Database, dialect_insert
from bot.store.purge import Purge
from bot.store.tables import SendSlot

SLOTS = SendSlot.__table__


@dataclass(frozen=True)
class Bucket:
    """At most `limit` messages in `period` seconds, evenly spaced."""

    name: str
    limit: int
    period: float


class SlotClaimer(Protocol):
    async def claim(self, bucket: str, limit: int, period: float) -> float:
        """Reserve the bucket's next send slot; the seconds to wait before sending."""
        ...


async def take_turn(claimer: SlotClaimer, buckets: Iterable[Bucket]) -> float:
    """Wait for a slot in every bucket, narrowest first (a chat before "global"), so that a slot of the
    overall limit is not spent waiting for the chat's; the seconds waited in all."""
    waited = 0.0
    for bucket in buckets:
        wait = await claimer.claim(bucket.name, bucket.limit, bucket.period)
        if wait > 0:
            await asyncio.sleep(wait)
            waited += wait
    return waited


@functools.cache
def _claim(dialect: str):
    """Built once: SQLAlchemy then skips rebuilding and re-keying it, which costs more than the
    round trip on a busy machine."""
    interval = seconds("interval")
    row = {"bucket": bindparam("bucket"), "next_at": db_now() + interval}
    statement = dialect_insert(dialect, SLOTS, row)
    return statement.on_conflict_do_update(
        index_elements=["bucket"], set_={"next_at": greatest(SLOTS.c.next_at, db_now()) + interval}
    ).returning(SLOTS.c.next_at - interval - db_now())


class SharedSendSlots:
    """Slots shared through the database by every instance: limits hold for the bot as a whole."""

    def __init__(self, db: Database, purge_every: int = 1000) -> None:
        self._db = db
        # Claims go one at a time over a connection of their own, in autocommit: one round trip each,
        # no checkout or ping, and a burst queues here in order instead of taking every pooled
        # connection and piling onto the row lock of "global".
        self._one_at_a_time = asyncio.Lock()
        self._conn: AsyncConnection | None = None
        # A slot in the past means the same as no row: the next claim starts from now.
        self._purge = Purge(db, SendSlot.next_at, every=purge_every)

    async def claim(self, bucket: str, limit: int, period: float) -> float:
        async with self._one_at_a_time:
            wait = await self._execute({"bucket": bucket, "interval": period / limit})
        await self._purge.now_and_then()
        return max(0.0, wait)

    async def _execute(self, parameters: dict[str, object]) -> float:
        if self._conn is None:
            conn = await self._db.engine.connect()
            self._conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        try:
            return (await self._conn.execute(_claim(self._db.engine_dialect), parameters)).scalar_one()
        except DBAPIError:
            conn, self._conn = self._conn, None
            await conn.invalidate()  # the next claim opens a new connection
            raise

    async def close(self) -> None:
        """Return the claims' connection (before `Database.close()`)."""
        if self._conn is not None:
            conn, self._conn = self._conn, None
            await conn.close()

    async def purge(self) -> int:
        """Delete the buckets whose next slot has passed; how many went."""
        return await self._purge.run()
