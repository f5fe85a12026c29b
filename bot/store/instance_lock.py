"""With SQLite only one instance may run on a database file: an exclusive lock on a file beside it,
held for the life of the process, turns a second one away with one clear line."""

from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass
from typing import IO

from sqlalchemy.engine import make_url

# The open lock files, by path: a lock lives as long as its file is open, so it must not depend on
# the caller keeping the InstanceLock.
_HELD: dict[str, IO[str]] = {}


class InstanceAlreadyRunning(Exception):
    """Another process holds the lock; the message is one line that names DATABASE_URL and the fix
    (`tutorbot run` reports it as a StartupError)."""


@dataclass
class InstanceLock:
    """Held until `release()` or the process ends (the kernel drops the lock with the file)."""

    path: str | None

    def release(self) -> None:
        held = _HELD.pop(self.path, None) if self.path else None
        if held is not None:
            held.close()


def hold_instance_lock(database_url: str) -> InstanceLock:
    """Lock the SQLite file of `database_url` for this process; nothing to lock for PostgreSQL or an
    in-memory database. Raises InstanceAlreadyRunning when another process holds it."""
    url = make_url(database_url)
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return InstanceLock(None)
    path = f"{database}.instance-lock"
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    lock = open(path, "a+")  # noqa: SIM115 - stays open for the life of the process
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.seek(0)
        holder = lock.read().strip()
        lock.close()
        running = f"another tutorbot (pid {holder})" if holder.isdigit() else "another tutorbot"
        raise InstanceAlreadyRunning(
            f"DATABASE_URL: {running} is already running on {database}; with SQLite only one instance "
            "can run — stop it, or use PostgreSQL for several instances"
        ) from None
    lock.truncate(0)
    lock.write(str(os.getpid()))
    lock.flush()
    _HELD[path] = lock
    return InstanceLock(path)
