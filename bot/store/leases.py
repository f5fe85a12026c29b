"""Named leases in the database: a job (such as running one tournament) done by one instance at a time,
taken over by another when its holder stops renewing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, or_, select, update

from bot.store.clock import db_now
from bot.store.database import Database, dialect_insert
from bot.store.tables import Lease

LEASES = Lease.__table__
# For a tournament: its runner renews every RENEW_EVERY_SECONDS; the others try to acquire as often,
# so a dead runner is replaced within LEASE_TTL_SECONDS + RENEW_EVERY_SECONDS (13 s; 15 s allowed).
LEASE_TTL_SECONDS = 10.0
RENEW_EVERY_SECONDS = 3.0


@dataclass(frozen=True)
class HeldLease:
    name: str
    holder: str
    expires_in: float  # seconds, by the database's clock


class Leases:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def acquire(self, name: str, holder: str, ttl: float) -> bool:
        """Take the lease for `ttl` seconds if it is free, expired or already ours; one atomic statement,
        so of several instances asking at once exactly one gets it."""
        row = {"name": name, "holder": holder, "expires_at": db_now() + ttl}
        statement = dialect_insert(self._db.engine_dialect, LEASES, row)
        statement = statement.on_conflict_do_update(
            index_elements=["name"],
            set_={"holder": statement.excluded.holder, "expires_at": statement.excluded.expires_at},
            where=or_(LEASES.c.expires_at <= db_now(), LEASES.c.holder == statement.excluded.holder),
        ).returning(LEASES.c.holder)
        async with self._db.engine.begin() as conn:
            return (await conn.execute(statement)).first() is not None

    async def renew(self, name: str, holder: str, ttl: float) -> bool:
        """Extend our lease to `ttl` seconds from now; False when it is lost (expired or taken), and
        then the caller must stop the job."""
        statement = (
            update(LEASES)
            .where(LEASES.c.name == name, LEASES.c.holder == holder, LEASES.c.expires_at > db_now())
            .values(expires_at=db_now() + ttl)
        )
        async with self._db.engine.begin() as conn:
            return (await conn.execute(statement)).rowcount == 1

    async def release(self, name: str, holder: str) -> None:
        """Give the lease up, if we still hold it, so another instance need not wait for it to expire."""
        async with self._db.engine.begin() as conn:
            await conn.execute(delete(LEASES).where(LEASES.c.name == name, LEASES.c.holder == holder))

    async def held(self, name: str) -> HeldLease | None:
        """Who holds the lease now, or None when it is free or expired."""
        query = select(LEASES.c.holder, LEASES.c.expires_at - db_now()).where(
            LEASES.c.name == name, LEASES.c.expires_at > db_now()
        )
        async with self._db.engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return HeldLease(name, row[0], row[1]) if row else None
