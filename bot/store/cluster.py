"""What the instances of one bot share through PostgreSQL. With SQLite there is one instance, and
its state stays in memory: `Cluster.on` gives None."""

from __future__ import annotations

import os
import secrets
import socket
from dataclasses import dataclass

from bot.store.counters import WindowCounters
from bot.store.database import Database
from bot.store.leases import Leases
from bot.store.send_slots import SharedSendSlots
from bot.store.shared_values import SharedValues
from bot.store.updates import UpdateLedger


def new_instance_id() -> str:
    """Unique per process, and readable in the leases table: which machine and process holds what."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


@dataclass(frozen=True)
class Cluster:
    instance_id: str
    updates: UpdateLedger
    leases: Leases
    values: SharedValues
    counters: WindowCounters
    send_slots: SharedSendSlots

    @classmethod
    def on(cls, db: Database) -> Cluster | None:
        if db.engine_dialect != "postgresql":
            return None
        return cls(
            new_instance_id(), UpdateLedger(db), Leases(db), SharedValues(db), WindowCounters(db),
            SharedSendSlots(db),
        )  # fmt: skip
