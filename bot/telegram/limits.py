"""Telegram's sending limits and faults: paced turns per chat, an overall rate, and the one
place a 429 is retried."""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
import math
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from aiolimiter import AsyncLimiter
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

from bot.metrics import BOT_API_REQUESTS, FLOOD_WAITS, RETRIES
from bot.store import Bucket, SlotClaimer, take_turn

log = logging.getLogger(__name__)
T = TypeVar("T")

# Smoothed rather than bursty: a burst of 30 draws 429s that pause every chat. 28/s with a
# burst of 1 stays under Telegram's 30 in any second even when the event loop stalls a little.
OVERALL_PER_SECOND = 28
GROUP_SECONDS_PER_MESSAGE = 3.05  # 20 per minute, evenly spaced: one pacing slot
PRIVATE_SECONDS_PER_MESSAGE = 1.0
# Several instances: a slot is claimed a moment before Telegram sees the request, and that moment
# varies from one instance to another; the margin keeps two sends to a chat a whole pace apart.
SHARED_PACE_MARGIN = 0.15
RETRY_AFTER_RETRIES = 3
KEPT_CHAT_PACES = 10_000

# What Telegram's per-chat limits count: messages sent or changed. A look-up (getChatMember)
# or "typing…" takes no turn.
PACED_METHODS = frozenset(
    {"sendMessage", "sendPhoto", "sendPoll", "sendDocument", "sendMediaGroup", "copyMessage",
     "forwardMessage", "editMessageText", "editMessageCaption", "editMessageReplyMarkup", "stopPoll"}
)  # fmt: skip

# A request's place in its chat's queue: a question goes before the standings, and both go
# before a lobby edit, which only shows how many have joined so far.
FIRST, NORMAL, LAST = 0, 1, 2


def chat_spacing(chat_id: int | str) -> float:
    """Seconds between two messages to a chat: private chats have positive ids."""
    private = isinstance(chat_id, int) and chat_id > 0
    return PRIVATE_SECONDS_PER_MESSAGE if private else GROUP_SECONDS_PER_MESSAGE


class ChatTurns:
    """One chat's sends, one at a time, each at least `spacing` seconds after the previous one
    finished, in priority order (FIRST before NORMAL before LAST, then first come first served).

    A turn is held through the request, so the spacing is the one Telegram sees; a 429 pushes
    the next turn back by its retry_after."""

    def __init__(self, spacing: float) -> None:
        self._spacing = spacing
        self._next = -math.inf
        self._queue: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._free = asyncio.Event()
        self._free.set()
        self._granting: asyncio.Task | None = None

    @property
    def busy(self) -> bool:
        return bool(self._queue) or not self._free.is_set()

    @contextlib.asynccontextmanager
    async def turn(self, priority: int = NORMAL):
        loop = asyncio.get_running_loop()
        granted: asyncio.Future[None] = loop.create_future()
        heapq.heappush(self._queue, (priority, next(self._order), granted))
        if self._granting is None or self._granting.done():
            self._granting = asyncio.create_task(self._grant())
        try:
            await granted
        except asyncio.CancelledError:
            if granted.done() and not granted.cancelled():
                self._free.set()  # granted just as its sender gave up: pass the turn on
            raise
        try:
            yield
        finally:
            self._next = max(self._next, loop.time() + self._spacing)
            self._free.set()

    def pause(self, seconds: float) -> None:
        self._next = max(self._next, asyncio.get_running_loop().time() + seconds)

    async def _grant(self) -> None:
        loop = asyncio.get_running_loop()
        while self._queue:
            await self._free.wait()
            wait = self._next - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
                continue  # a 429 may have pushed the next turn back meanwhile
            _, _, granted = heapq.heappop(self._queue)
            if granted.done():  # its sender gave up waiting
                continue
            self._free.clear()
            granted.set_result(None)


class TelegramLimits(BaseRateLimiter[int]):
    """Paces every message sent to or changed in a chat: per group one per pacing slot, per
    private chat one a second, and 28 a second overall. A 429 is retried here and only here,
    after its retry_after, at most RETRY_AFTER_RETRIES times; the chat waits meanwhile.

    With a shared `claimer` (several instances on PostgreSQL), each send also claims a slot of its
    chat and of the overall limit in the database, inside its chat's turn: the limits then hold for
    the bot as a whole, whichever instance sends.

    `rate_limit_args` is the request's priority in its chat (FIRST, NORMAL or LAST)."""

    def __init__(self, claimer: SlotClaimer | None = None) -> None:
        self._overall = AsyncLimiter(1, 1 / OVERALL_PER_SECOND)
        self._claimer = claimer
        self._chats: OrderedDict[int | str, ChatTurns] = OrderedDict()

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    def _turns(self, chat_id: int | str) -> ChatTurns:
        turns = self._chats.pop(chat_id, None)
        if turns is None:
            turns = ChatTurns(chat_spacing(chat_id))
        self._chats[chat_id] = turns
        if len(self._chats) > KEPT_CHAT_PACES:
            oldest_id, oldest = next(iter(self._chats.items()))
            if not oldest.busy:
                del self._chats[oldest_id]
        return turns

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args) -> Any:
        chat_id = data.get("chat_id")
        if chat_id is None or endpoint not in PACED_METHODS:
            return await self._retried(callback, args, kwargs, endpoint, None)
        with contextlib.suppress(TypeError, ValueError):
            chat_id = int(chat_id)
        turns = self._turns(chat_id)
        async with turns.turn(NORMAL if rate_limit_args is None else rate_limit_args):
            return await self._retried(callback, args, kwargs, endpoint, turns, chat_id)

    async def _wait_for_slot(self, chat_id: int | str) -> None:
        if self._claimer is None:
            async with self._overall:
                return
        chat = Bucket(f"chat:{chat_id}", 1, chat_spacing(chat_id) + SHARED_PACE_MARGIN)
        await take_turn(self._claimer, (chat, Bucket("global", OVERALL_PER_SECOND, 1.0)))

    async def _retried(
        self, callback, args, kwargs, endpoint: str, turns: ChatTurns | None, chat_id: int | str = 0
    ) -> Any:
        for attempt in range(RETRY_AFTER_RETRIES + 1):
            if turns is not None:
                await self._wait_for_slot(chat_id)
            BOT_API_REQUESTS.labels(endpoint).inc()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                FLOOD_WAITS.inc()
                if attempt == RETRY_AFTER_RETRIES:
                    raise
                RETRIES.labels("429").inc()
                wait = exc.retry_after.total_seconds()
                log.warning("Telegram asked to wait %.0f s (%s); retrying once after it", wait, endpoint)
                if turns is not None:
                    turns.pause(wait)
                await asyncio.sleep(wait)
        raise AssertionError("unreachable")


async def delivered(
    call: Callable[[], Awaitable[T]], *, attempts: int = 6, first_wait: float = 0.5, resend_on_timeout=True
) -> T:
    """Run a Bot API call until it goes through: 5xx, refused connections and (unless
    `resend_on_timeout` is off) timeouts are retried with growing waits. A request Telegram
    rejects as wrong (400, 403) is not; a 429 was already retried by TelegramLimits.

    A timeout leaves the outcome unknown (Telegram may have done it): a call that must not
    happen twice, such as a poll, turns `resend_on_timeout` off and deals with TimedOut itself."""
    wait = first_wait
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except (BadRequest, Forbidden, RetryAfter):
            raise
        except TimedOut:
            if not resend_on_timeout or attempt == attempts:
                raise
            RETRIES.labels("timeout").inc()
            log.warning("Bot API call timed out; retry %d in %.1f s", attempt, wait)
        except NetworkError as exc:
            if attempt == attempts:
                raise
            RETRIES.labels("network").inc()
            log.warning("Bot API call failed (%s); retry %d in %.1f s", exc.__class__.__name__, attempt, wait)
        await asyncio.sleep(wait)
        wait = min(wait * 2, 8.0)
    raise AssertionError("unreachable")
