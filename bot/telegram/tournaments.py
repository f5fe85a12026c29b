"""Runs group tournaments as background tasks: started from the lobby, resumed after a restart."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from telegram import Bot
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError

from bot.telegram.render import Renderer
from bot.tutor import Reply, Tutor

log = logging.getLogger(__name__)


class TelegramChannel:
    """What a tournament needs from Telegram: send a reply (a poll gives back its id), and wait."""

    def __init__(self, bot: Bot, renderer: Renderer) -> None:
        self._bot = bot
        self._renderer = renderer

    async def send(self, chat_id: int, reply: Reply) -> str | None:
        sent = await self._renderer.send_one(self._bot, chat_id, reply)
        return sent.poll.id if sent.poll else None

    async def wait(self, done: asyncio.Event, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(done.wait(), seconds)


class TournamentRunner:
    """One task per running tournament. On shutdown the tasks are cancelled, not awaited: a
    tournament can last minutes, and the store lets the next start carry on where this one was."""

    def __init__(self, tutor: Tutor, renderer: Renderer) -> None:
        self._tutor = tutor
        self._renderer = renderer
        self._tasks: set[asyncio.Task] = set()
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

        quiz.is_admin = is_admin
        quiz.on_started = self.run
        for tournament_id in await quiz.running():
            log.info("resuming tournament %s", tournament_id)
            self.run(tournament_id)

    def run(self, tournament_id: int) -> None:
        task = asyncio.create_task(self._play(tournament_id))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _play(self, tournament_id: int) -> None:
        assert self._channel is not None
        try:
            await self._tutor.tournament.play(tournament_id, self._channel)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("tournament %s stopped after an error; it resumes at the next start", tournament_id)

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
