"""A chat's current topic kept in the database, so that a follow-up ("contohnya?") reaching another
instance of the bot still knows what the chat was talking about."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable

from bot.store import SharedValues

KEEP_SECONDS = 3600.0  # a follow-up comes within minutes; a lesson lasts an hour at most


class SharedTopics:
    def __init__(self, values: SharedValues, keep_seconds: float = KEEP_SECONDS) -> None:
        self._values = values
        self._keep = keep_seconds

    @contextlib.asynccontextmanager
    async def around(
        self, chat_id: int, get: Callable[[], str | None], set_: Callable[[str | None], None]
    ) -> AsyncIterator[None]:
        """Load the chat's topic into this instance's memory (`set_`) before handling a message, and
        keep what it is after (`get`)."""
        before = await self._values.get(f"topic:{chat_id}")
        set_(before)
        yield
        after = get()
        if after is not None and after != before:
            await self._values.put(f"topic:{chat_id}", after, self._keep)
