"""Runs group tournaments as background tasks: started from the lobby, resumed after a restart,
carried through network faults, and closed in the store when the group is gone."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine
from typing import Any

from telegram import Bot
from telegram.constants import ChatMemberStatus
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.metrics import TOURNAMENTS_RUNNING
from bot.store import Cluster, Leases
from bot.store.leases import LEASE_TTL_SECONDS, RENEW_EVERY_SECONDS
from bot.telegram.render import Renderer
from bot.tutor import Reply, Tutor
from bot.tutor.tournament import SendUncertain

log = logging.getLogger(__name__)
FIRST_BACKOFF, LAST_BACKOFF = 1.0, 30.0  # seconds between attempts while the network is down
SCAN_EVERY_SECONDS = RENEW_EVERY_SECONDS  # several instances: how often to look for orphaned tournaments
STORE_CHECK_SECONDS = 1.0  # several instances: the answers may reach another one


def is_transient(exc: Exception) -> bool:
    """A fault of the network or of Telegram's servers, which passes: worth waiting out."""
    return isinstance(exc, (RetryAfter, TimedOut)) or (
        isinstance(exc, NetworkError) and not isinstance(exc, BadRequest)
    )


def chat_is_gone(exc: TelegramError) -> bool:
    """Removed from the group, group deleted or upgraded: nothing sent there will arrive."""
    if isinstance(exc, Forbidden):
        return True
    text = str(exc).lower()
    return isinstance(exc, BadRequest) and ("chat not found" in text or "upgraded to a supergroup" in text)


class TelegramChannel:
    """What a tournament needs from Telegram: send a reply (a poll gives back its id), and wait."""

    def __init__(self, bot: Bot, renderer: Renderer) -> None:
        self._bot = bot
        self._renderer = renderer

    async def send(self, chat_id: int, reply: Reply) -> str | None:
        try:
            sent = await self._renderer.send_one(self._bot, chat_id, reply)
        except TimedOut as exc:
            if reply.poll is not None:
                raise SendUncertain from exc
            raise
        return sent.poll.id if sent.poll else None

    async def wait(self, done: asyncio.Event, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(done.wait(), seconds)


class TournamentRunner:
    """One task per running tournament and one timer per open lobby. On shutdown the tasks are
    cancelled, not played to their end: the store lets the next start carry on where this one was.
    `stop` waits for them to unwind, so none is still in a query when the database closes.

    With a `cluster` (several instances), a tournament is played by the instance holding its lease,
    and every instance scans for running tournaments whose lease has expired and takes them over."""

    def __init__(self, tutor: Tutor, renderer: Renderer, cluster: Cluster | None = None) -> None:
        self._tutor = tutor
        self._renderer = renderer
        self._cluster = cluster
        self._tasks: set[asyncio.Task] = set()
        self._held: set[int] = set()  # tournaments whose lease this instance holds
        self._channel: TelegramChannel | None = None

    async def start(self, bot: Bot) -> None:
        self._channel = TelegramChannel(bot, self._renderer)
        quiz = self._tutor.tournament

        async def is_admin(chat_id: int, user_id: int) -> bool:
            try:
                member = await bot.get_chat_member(chat_id, user_id)
            except TelegramError:
                return False
            return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)

        quiz.lobby.is_admin = is_admin
        quiz.lobby.on_started = self.run
        quiz.lobby.on_opened = self.expire_later
        for closed in await quiz.play.unannounced():
            log.info("announcing the results of tournament %s", closed.id)
            self._spawn(self._leased(closed.id, self._announce(closed.id)))
        for tournament_id in await quiz.running():
            log.info("resuming tournament %s", tournament_id)
            self.run(tournament_id)
        for lobby, seconds_left in await quiz.lobby.waiting():
            self.expire_later(lobby.id, seconds_left)
        if self._cluster is not None:
            quiz.play.check_store_every = STORE_CHECK_SECONDS
            self._spawn(self._take_over_orphans())

    def run(self, tournament_id: int) -> None:
        if tournament_id not in self._held:
            self._spawn(self._leased(tournament_id, self._play(tournament_id)))

    async def _take_over_orphans(self) -> None:
        """Another instance died while playing: its lease expires and one of us carries on."""
        while True:
            await asyncio.sleep(SCAN_EVERY_SECONDS)
            try:
                for tournament_id in await self._tutor.tournament.running():
                    self.run(tournament_id)
            except Exception:
                log.exception("looking for tournaments to take over failed; trying again")

    async def _leased(self, tournament_id: int, work: Coroutine[Any, Any, None]) -> None:
        """Do `work` for a tournament only while holding its lease (with several instances)."""
        if self._cluster is None:
            await work
            return
        leases, me, name = self._cluster.leases, self._cluster.instance_id, f"tournament:{tournament_id}"
        if tournament_id in self._held:  # the lobby's start and a scan may ask at once
            work.close()
            return
        self._held.add(tournament_id)
        try:
            if not await leases.acquire(name, me, LEASE_TTL_SECONDS):
                work.close()
                return
            log.info("tournament %s: lease taken by %s", tournament_id, me)
            await self._renewing(tournament_id, asyncio.create_task(work), leases, name, me)
        finally:
            self._held.discard(tournament_id)

    async def _renewing(
        self, tournament_id: int, playing: asyncio.Task, leases: Leases, name: str, me: str
    ) -> None:
        """Renew the lease while `playing` runs; stop it if the lease is lost; give the lease up after."""
        try:
            while not playing.done():
                await asyncio.wait([playing], timeout=RENEW_EVERY_SECONDS)
                if not playing.done() and not await self._renewed(leases, name, me):
                    log.warning("tournament %s: lease lost; another instance carries on", tournament_id)
                    playing.cancel()
                    await asyncio.gather(playing, return_exceptions=True)
                    return
            playing.result()
        finally:
            playing.cancel()
            with contextlib.suppress(Exception):
                await leases.release(name, me)

    @staticmethod
    async def _renewed(leases: Leases, name: str, me: str) -> bool:
        try:
            return await leases.renew(name, me, LEASE_TTL_SECONDS)
        except Exception:  # the database is unreachable: the lease will expire, so stop at once
            log.exception("renewing %s failed", name)
            return False

    def expire_later(self, tournament_id: int, seconds_left: float) -> None:
        self._spawn(self._expire(tournament_id, seconds_left))

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _play(self, tournament_id: int) -> None:
        with TOURNAMENTS_RUNNING.track_inprogress():
            await self._play_to_the_end(tournament_id)

    async def _play_to_the_end(self, tournament_id: int) -> None:
        """Network faults: back off and carry on from the store. The group gone: closed with its
        points. Anything else: closed and announced, never left running."""
        assert self._channel is not None
        quiz = self._tutor.tournament
        backoff = FIRST_BACKOFF
        while True:
            try:
                await quiz.play.play(tournament_id, self._channel)
                return
            except Exception as exc:
                if isinstance(exc, TelegramError) and chat_is_gone(exc):
                    log.warning("tournament %s: the group is gone (%s); closed", tournament_id, exc)
                    await quiz.abandon(tournament_id)
                    return
                if not is_transient(exc):
                    log.exception("tournament %s stopped after an error; closing it", tournament_id)
                    if await quiz.close_after_error(tournament_id):
                        await self._announce(tournament_id)
                    return
                log.warning("tournament %s: network fault (%s); again in %.0f s", tournament_id, exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, LAST_BACKOFF)

    async def _announce(self, tournament_id: int) -> None:
        """Announce the results of a closed tournament; a group that is gone is not retried."""
        assert self._channel is not None
        quiz = self._tutor.tournament
        try:
            await quiz.announce(tournament_id, self._channel)
        except TelegramError as exc:
            if chat_is_gone(exc):
                await quiz.abandon(tournament_id)
            else:
                log.warning("tournament %s: results not announced (%s); retried at start", tournament_id, exc)

    async def _expire(self, tournament_id: int, seconds_left: float) -> None:
        assert self._channel is not None
        await asyncio.sleep(max(0.0, seconds_left))
        quiz = self._tutor.tournament
        try:
            for reply in await quiz.lobby.expire(tournament_id):
                current = await quiz.get(tournament_id)
                if current is not None:
                    await self._channel.send(current.chat_id, reply)
        except TelegramError as exc:
            log.info("lobby %s closed; the group was not told (%s)", tournament_id, exc)

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
