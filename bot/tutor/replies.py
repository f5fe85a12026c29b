"""Transport-neutral replies: what the tutor says, rendered by Telegram and by the terminal alike."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

CALLBACK_DATA_LIMIT = 64  # bytes, Telegram's limit for a button's payload


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # what comes back when the button is pressed

    def __post_init__(self) -> None:
        if len(self.data.encode()) > CALLBACK_DATA_LIMIT:
            raise ValueError(f"button data over {CALLBACK_DATA_LIMIT} bytes: {self.data!r}")


@dataclass(frozen=True)
class Picture:
    """A picture described by what it shows; `draw(*data)` makes the PNG.

    Drawing is slow, so a transport reads `png` off its event loop, and only when it has not
    sent a picture with the same `key` before.
    """

    draw: Callable[..., bytes]
    data: tuple
    name: str  # the file name; never a cache key, the content is

    @cached_property
    def key(self) -> str:
        """The same for the same content, whatever the name: what uploads are reused by."""
        drawn = (self.draw.__module__, self.draw.__qualname__, self.data)
        return hashlib.sha256(repr(drawn).encode()).hexdigest()

    @cached_property
    def png(self) -> bytes:
        return self.draw(*self.data)


@dataclass(frozen=True)
class Document:
    name: str
    data: bytes


@dataclass(frozen=True)
class Reply:
    """One message. `edit` asks to replace the message whose button was pressed; `latest_only`
    says only the newest state of that message matters, so a transport may skip stale edits:
    of two such edits the one with the higher `version` is newer, whichever arrives last.
    `toast` is a short private note to whoever pressed the button; a reply with only a toast
    sends no message."""

    text: str  # Telegram HTML
    buttons: tuple[tuple[Button, ...], ...] = ()
    picture: Picture | None = None
    poll: Poll | None = None
    document: Document | None = None  # a file; `text` is its caption
    edit: bool = False
    latest_only: bool = False
    version: int = 0
    toast: str = ""

    @property
    def is_message(self) -> bool:
        return bool(self.text or self.picture or self.poll)

    @property
    def button_list(self) -> list[Button]:
        return [b for row in self.buttons for b in row]


@dataclass(frozen=True)
class Poll:
    """A quiz poll: Telegram shows the timer and the explanation; answers come back by poll id."""

    question: str
    options: tuple[str, ...]
    correct_option: int
    explanation: str
    open_period: int  # seconds


@dataclass(frozen=True)
class Who:
    """Who pressed or typed, and where."""

    chat_id: int
    user_id: int
    name: str = ""
    in_group: bool = False
    author: bool = False  # one of ADMIN_IDS: may turn unanswered questions into examples


@dataclass(frozen=True)
class InlineArticle:
    """A result for an inline look-up (`@bot kata` in any chat)."""

    id: str
    title: str
    description: str
    text: str  # Telegram HTML, the message sent when the result is chosen


@dataclass
class Conversation:
    """What the tutor remembers of a chat between two messages."""

    last_intent: str | None = None
    listed: str | None = None  # the answer whose numbered points the chat is going through
    picked: bool = False  # the last answer was one of them: "yang ketiga?" next asks the same of the third
    compared: tuple[str, ...] = ()  # the kinds of the last comparison, in the order shown
    last_said: str | None = None  # the last answer's intent, small talk too: "selamat malam" after thanks
    classed: frozenset[str] = frozenset()  # the names whose kind the last answer gave: "kalau asean?" next


def rows(buttons: list[Button], per_row: int = 1) -> tuple[tuple[Button, ...], ...]:
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))
