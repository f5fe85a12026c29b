"""What the dashboard may ask Telegram about a group: its administrators and its title, cached."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import Bot
from telegram.error import TelegramError

log = logging.getLogger(__name__)
T = TypeVar("T")
CACHE_SECONDS = 300.0  # an admin who was just removed can still look for up to five minutes


class TelegramDirectory:
    """getChatAdministrators and getChat behind a short cache; a group the bot cannot see has no admins."""

    def __init__(
        self, bot: Bot, ttl: float = CACHE_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._bot = bot
        self._ttl = ttl
        self._clock = clock
        self._admins: dict[int, tuple[float, set[int]]] = {}
        self._titles: dict[int, tuple[float, str]] = {}

    async def admins_of(self, chat_id: int) -> set[int]:
        return await self._cached(self._admins, chat_id, self._ask_admins, set())

    async def title_of(self, chat_id: int) -> str:
        return await self._cached(self._titles, chat_id, self._ask_title, str(chat_id))

    async def _ask_admins(self, chat_id: int) -> set[int]:
        return {member.user.id for member in await self._bot.get_chat_administrators(chat_id)}

    async def _ask_title(self, chat_id: int) -> str:
        return (await self._bot.get_chat(chat_id)).title or str(chat_id)

    async def _cached(
        self, cache: dict[int, tuple[float, T]], chat_id: int, ask: Callable[[int], Awaitable[T]], fallback: T
    ) -> T:
        now = self._clock()
        kept = cache.get(chat_id)
        if kept is not None and now - kept[0] < self._ttl:
            return kept[1]
        try:
            value = await ask(chat_id)
        except TelegramError as exc:
            log.info("no answer from Telegram about chat %s (%s)", chat_id, exc)
            value = fallback
        cache[chat_id] = (now, value)
        return value
