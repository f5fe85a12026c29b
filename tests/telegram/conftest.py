"""The real Application, polling a Bot API emulator on 127.0.0.1, and students who talk to it."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest

from bot.nlp import Matcher
from bot.settings import Settings
from bot.store import Database, Stores
from bot.telegram.app import build_application
from bot.telegram.limits import GROUP_SECONDS_PER_MESSAGE, PRIVATE_SECONDS_PER_MESSAGE
from bot.tutor import Tutor
from tests.support.botapi import BotAPIEmulator, SentMessage

ADMIN_ID = 9001
HANDLING_SECONDS = 1.5  # time to handle an update on a busy machine, before the reply waits its turn


def silence_wait(chat_type: str) -> float:
    """How long to listen before calling the bot silent: a reply may wait a whole pacing slot."""
    pace = PRIVATE_SECONDS_PER_MESSAGE if chat_type == "private" else GROUP_SECONDS_PER_MESSAGE
    return pace + HANDLING_SECONDS


def settings_for(api: BotAPIEmulator, **extra: object) -> Settings:
    return Settings(
        telegram_bot_token=api.token,
        telegram_api_base_url=api.base_url,
        admin_ids=frozenset({ADMIN_ID}),
        **extra,
    )


@dataclass
class RunningBot:
    """A started Application; `restart()` replaces it with a fresh one, as after a deploy."""

    api: BotAPIEmulator
    make_tutor: object
    app: object = None
    tutors: list[Tutor] = field(default_factory=list)

    async def start(self) -> None:
        tutor = self.make_tutor()
        self.tutors.append(tutor)
        self.app = build_application(settings_for(self.api), tutor)
        await self.app.initialize()
        await self.app.post_init(self.app)
        await self.app.start()
        await self.app.updater.start_polling(poll_interval=0.0, timeout=1)

    async def stop(self) -> None:
        """The same steps, in the same order, as Application.run_polling on SIGTERM."""
        await self.app.updater.stop()
        await self.app.stop()
        await self.app.post_stop(self.app)
        await self.app.shutdown()

    async def restart(self) -> None:
        await self.stop()
        await self.start()


@dataclass
class Student:
    """Someone typing to the bot; each method returns what the bot sent back."""

    api: BotAPIEmulator
    user_id: int
    chat_id: int
    chat_type: str = "private"
    patience: float = 5.0  # seconds to wait for replies; groups are paced at 20 messages a minute
    name: str = "Siswa"

    @property
    def sender(self) -> dict:
        return {
            "user_id": self.user_id,
            "chat_id": self.chat_id,
            "chat_type": self.chat_type,
            "first_name": self.name,
        }

    async def says(
        self, text: str, *, replies: int = 1, reply_to: SentMessage | None = None
    ) -> list[SentMessage]:
        self.api.send_text(text, reply_to=reply_to, **self.sender)
        return await self.api.wait_for_messages(self.chat_id, replies, timeout=self.patience)

    async def taps(self, message: SentMessage, label: str, *, replies: int = 1) -> list[SentMessage]:
        self.api.press_button(
            message, message.callback_data(label), user_id=self.user_id, first_name=self.name
        )
        return await self.api.wait_for_messages(self.chat_id, replies, timeout=self.patience)

    async def hears_nothing(self) -> None:
        """The bot stays silent, checked for longer than it may hold a reply back to pace the chat."""
        try:
            [late, *_] = await self.api.wait_for_messages(
                self.chat_id, 1, timeout=silence_wait(self.chat_type)
            )
        except AssertionError:
            return  # nothing came
        raise AssertionError(f"the bot should have stayed silent, but sent {late.text!r}")


@pytest.fixture
async def api() -> AsyncIterator[BotAPIEmulator]:
    async with BotAPIEmulator() as emulator:
        yield emulator


@pytest.fixture
async def running(api: BotAPIEmulator, content, matcher: Matcher, db: Database) -> AsyncIterator[RunningBot]:
    def make_tutor() -> Tutor:
        return Tutor(content, matcher, Stores.on(db), rng=random.Random(3))

    bot = RunningBot(api, make_tutor)
    await bot.start()
    yield bot
    await bot.stop()


@pytest.fixture
def student(api: BotAPIEmulator, running: RunningBot) -> Student:
    return Student(api, user_id=1001, chat_id=1001)
