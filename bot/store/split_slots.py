"""Sending limits split by a configured count: each of N instances keeps 1/N of every limit to itself,
in memory, with no database round trip."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

# Buckets whose next slot has passed carry no state; they are dropped when this many are kept.
KEPT_BUCKETS = 10_000


@dataclass
class SplitSendSlots:
    """The same claims as `SharedSendSlots`, each limit divided by `instances`."""

    instances: int
    _next_at: dict[str, float] = field(default_factory=dict, init=False)

    async def claim(self, bucket: str, limit: int, period: float) -> float:
        interval = period * self.instances / limit
        now = time.monotonic()
        start = max(self._next_at.get(bucket, now), now)
        self._next_at[bucket] = start + interval
        if len(self._next_at) > KEPT_BUCKETS:
            self._next_at = {name: at for name, at in self._next_at.items() if at > now}
        return start - now
