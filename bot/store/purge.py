"""Deletes expired rows now and then, done by whichever instance happens to be writing."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete
from sqlalchemy.orm import InstrumentedAttribute

from bot.store.clock import db_now
from bot.store.database import Database


@dataclass
class Purge:
    """Rows whose `column` (epoch seconds) is more than `after` seconds in the past go, on every
    `every`-th call of `now_and_then()`: one DELETE on an indexed column, rarely."""

    db: Database
    column: InstrumentedAttribute[float]
    after: float = 0.0
    every: int = 500
    _calls: int = field(default=0, init=False)

    async def now_and_then(self) -> None:
        self._calls += 1
        if self._calls % self.every == 0:
            await self.run()

    async def run(self) -> int:
        """Delete the expired rows now; how many went."""
        statement = delete(self.column.class_).where(self.column < db_now() - self.after)
        async with self.db.engine.begin() as conn:
            return (await conn.execute(statement)).rowcount
