"""Checks before any handler: drop duplicate deliveries, and slow down a user who floods the bot."""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable
from enum import Enum

from bot.store import SharedValues, WindowCounters


class Verdict(Enum):
    PASS = "pass"
    WARN = "warn"  # first message over the limit: tell the user once
    DROP = "drop"  # ignored while the user is quiet-listed


class FloodGuard:
    """More than `limit` messages in `window` seconds: one notice, then silence for `quiet` seconds."""

    def __init__(
        self,
        limit: int = 20,
        window: float = 30.0,
        quiet: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        kept_users: int = 50_000,
    ) -> None:
        self.limit, self.window, self.quiet = limit, window, quiet
        self._clock = clock
        self._kept = kept_users
        self._seen: OrderedDict[int, deque[float]] = OrderedDict()
        self._quiet_until: dict[int, float] = {}

    def check(self, user_id: int) -> Verdict:
        now = self._clock()
        until = self._quiet_until.get(user_id)
        if until is not None:
            if now < until:
                return Verdict.DROP
            del self._quiet_until[user_id]
        times = self._seen.pop(user_id, None) or deque()
        self._seen[user_id] = times
        if len(self._seen) > self._kept:
            self._seen.popitem(last=False)
        while times and now - times[0] > self.window:
            times.popleft()
        times.append(now)
        if len(times) > self.limit:
            times.clear()
            self._quiet_until[user_id] = now + self.quiet
            return Verdict.WARN
        return Verdict.PASS


class SeenUpdates:
    """Telegram delivers at least once: remember recent update ids and skip repeats."""

    def __init__(self, size: int = 10_000) -> None:
        self._ids: OrderedDict[int, None] = OrderedDict()
        self._size = size

    def first_time(self, update_id: int) -> bool:
        if update_id in self._ids:
            return False
        self._ids[update_id] = None
        if len(self._ids) > self._size:
            self._ids.popitem(last=False)
        return True


class SharedFloodGuard:
    """FloodGuard's rule counted in the database (several instances): a user who floods is held back
    whichever instance his messages reach. Two round trips per message."""

    def __init__(
        self, counters: WindowCounters, values: SharedValues, limit: int = 20, window: float = 30.0,
        quiet: float = 60.0,
    ) -> None:  # fmt: skip
        self._counters, self._values = counters, values
        self.limit, self.window, self.quiet = limit, window, quiet

    async def check(self, user_id: int) -> Verdict:
        if await self._values.get(f"quiet:{user_id}") is not None:
            return Verdict.DROP
        count = await self._counters.hit(f"flood:{user_id}", self.window)
        if count <= self.limit:
            return Verdict.PASS
        if count > self.limit + 1:  # handled at once by another instance, which gives the notice
            return Verdict.DROP
        await self._values.put(f"quiet:{user_id}", True, self.quiet)
        return Verdict.WARN
