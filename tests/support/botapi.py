"""A local Telegram Bot API emulator for end-to-end tests and load benchmarks: an aiohttp
server inside the test's event loop that a real python-telegram-bot Application polls.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import dataclasses
import inspect
import itertools
import json
import logging
import math
import re
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, TypedDict, Unpack

import aiohttp
from aiohttp import web

__all__ = [
    "BOT_FIRST_NAME",
    "BOT_USERNAME",
    "DEFAULT_GROUP_CHAT_ID",
    "DEFAULT_TOKEN",
    "DEFAULT_USER_ID",
    "FLOOD_LIMIT_GROUP_CHAT",
    "FLOOD_LIMIT_OVERALL",
    "FLOOD_LIMIT_PRIVATE_CHAT",
    "RATE_LIMITED_METHODS",
    "ApiCall",
    "BotAPIEmulator",
    "CallbackAnswer",
    "FormattedText",
    "InlineAnswer",
    "QueuedUpdate",
    "Sender",
    "SentMessage",
    "parse_formatted",
]

_LOGGER = logging.getLogger(__name__)

Json = dict[str, Any]
ChatId = int | str

DEFAULT_TOKEN = "123456:TEST-token"
BOT_FIRST_NAME = "Tutor Test"
BOT_USERNAME = "tutor_test_bot"
DEFAULT_USER_ID = 1001
DEFAULT_FIRST_NAME = "Siswa"
DEFAULT_GROUP_CHAT_ID = -1001001
DEFAULT_GROUP_TITLE = "Kelas Uji"

MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_CALLBACK_ANSWER_LENGTH = 200
MAX_INLINE_RESULTS = 50
MAX_POLL_QUESTION_LENGTH = 300
MAX_POLL_OPTION_LENGTH = 100
MAX_POLL_EXPLANATION_LENGTH = 200
POLL_OPTION_COUNT = range(2, 11)
POLL_OPEN_PERIOD = range(5, 601)

# Flood limits as (messages, seconds) of a sliding window; see BotAPIEmulator.
FLOOD_LIMIT_OVERALL = (30, 1.0)
FLOOD_LIMIT_PRIVATE_CHAT = (3, 3.0)
FLOOD_LIMIT_GROUP_CHAT = (20, 60.0)

# Methods that deliver or change a message and therefore count towards flood limits.
RATE_LIMITED_METHODS = frozenset(
    {"sendMessage", "sendPhoto", "sendDocument", "sendPoll", "editMessageText", "editMessageReplyMarkup"}
)

# Form fields whose values PTB sends as plain strings; every other field is JSON-encoded.
_STRING_PARAMS = frozenset(
    {
        "action",
        "business_connection_id",
        "callback_query_id",
        "caption",
        "explanation",
        "explanation_parse_mode",
        "inline_message_id",
        "inline_query_id",
        "language_code",
        "message_effect_id",
        "next_offset",
        "parse_mode",
        "photo",
        "document",
        "question",
        "question_parse_mode",
        "secret_token",
        "text",
        "url",
    }
)

# Telegram leaves these out unless allowed_updates asks for them explicitly.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)

_MEMBER_STATUSES = frozenset({"creator", "administrator", "member", "restricted", "left", "kicked"})
_ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
)
_RESTRICTED_PERMISSIONS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
    "can_edit_tag",
)

_TOKEN_RE = re.compile(r"(\d+):[\w-]+")
_INTEGER_RE = re.compile(r"-?\d+")
_COMMAND_RE = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{5,32})?")
_BOT_MENTION_RE = re.compile(rf"(?<![\w/@])@{BOT_USERNAME}\b", re.IGNORECASE)
_BOT_COMMAND_NAME_RE = re.compile(r"[a-z0-9_]{1,32}")


def _now() -> float:
    return time.monotonic()


def _unix_time() -> int:
    return int(time.time())


def _utf16_length(text: str) -> int:
    # Telegram measures entity offsets and lengths in UTF-16 code units.
    return len(text.encode("utf-16-le")) // 2


# --------------------------------------------------------------------------- errors


class _ApiError(Exception):
    """An error answer of the Bot API: the HTTP status and Telegram's description."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def response(self) -> web.Response:
        body: Json = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return web.json_response(body, status=self.status)


def _bad_request(reason: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {reason}")


def _too_many_requests(retry_after: int) -> _ApiError:
    return _ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)


def _http_error(status: int, description: str | None) -> _ApiError:
    return _ApiError(status, description or HTTPStatus(status).phrase)


# --------------------------------------------------------------------------- records


@dataclass
class ApiCall:
    """One HTTP request the bot made, with its parameters decoded to Python values."""

    method: str
    params: Json
    files: dict[str, bytes]
    at: float
    file_names: dict[str, str] = dataclasses.field(default_factory=dict)  # upload part -> file name
    status: int | None = None  # None while the request is in flight (e.g. a long poll)
    description: str | None = None  # Telegram's error description when status != 200

    @property
    def ok(self) -> bool:
        return self.status == 200

    def __str__(self) -> str:
        if self.status is None:
            return f"{self.method}({self.params}) in flight"
        outcome = "ok" if self.ok else f"{self.status} {self.description}"
        return f"{self.method}({self.params}) -> {outcome}"


@dataclass(frozen=True)
class SentMessage:
    """A message the bot sent or edited, as recorded by the emulator.

    ``text`` is exactly what the bot sent (HTML source when ``parse_mode="HTML"``; the
    caption for photos, the question for polls); ``message`` is the Bot API Message object
    the emulator answered with, so ``plain_text`` is what the user would see.
    """

    method: str
    chat_id: ChatId
    message_id: int
    text: str | None
    parse_mode: str | None
    reply_markup: Json | None
    message: Json
    received_at: float
    poll: Json | None = None
    photo: bytes | str | None = None  # uploaded bytes, or the file_id / URL the bot passed
    document: bytes | None = None  # an uploaded document's bytes (its name is in message["document"])

    @property
    def is_edit(self) -> bool:
        return self.method.startswith("edit")

    @property
    def plain_text(self) -> str | None:
        return self.message.get("text", self.message.get("caption"))

    @property
    def reply_to_message_id(self) -> int | None:
        replied = self.message.get("reply_to_message")
        return replied["message_id"] if replied else None

    @property
    def buttons(self) -> list[list[tuple[str, str | None]]]:
        """Keyboard rows as (text, callback_data); callback_data is None for other buttons."""
        markup = self.reply_markup or {}
        rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
        return [[_button_tuple(button) for button in row] for row in rows]

    @property
    def button_texts(self) -> list[str]:
        return [text for row in self.buttons for text, _ in row]

    def callback_data(self, button_text: str) -> str:
        """The callback_data of the inline button labelled ``button_text``."""
        for text, data in itertools.chain.from_iterable(self.buttons):
            if text == button_text and data is not None:
                return data
        raise KeyError(f"no callback button {button_text!r} in {self.buttons}")


def _button_tuple(button: Json | str) -> tuple[str, str | None]:
    # Reply keyboards may be sent as plain strings instead of KeyboardButton objects.
    if isinstance(button, str):
        return button, None
    return button.get("text", ""), button.get("callback_data")


@dataclass(frozen=True)
class CallbackAnswer:
    """An answerCallbackQuery call."""

    callback_query_id: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int
    at: float


@dataclass(frozen=True)
class InlineAnswer:
    """An answerInlineQuery call."""

    inline_query_id: str
    results: list[Json]
    cache_time: int
    is_personal: bool
    next_offset: str
    button: Json | None
    at: float


@dataclass
class QueuedUpdate:
    """An update pushed by the test, with the times it was queued and handed to the bot."""

    update: Json
    pushed_at: float
    served_at: float | None = None  # last time getUpdates returned it

    @property
    def update_id(self) -> int:
        return int(self.update["update_id"])

    @property
    def kind(self) -> str:
        return next(key for key in self.update if key != "update_id")

    @property
    def chat_id(self) -> ChatId | None:
        """The chat a reply to this update is expected in (None for inline queries)."""
        payload = self.update[self.kind]
        if self.kind == "callback_query":
            payload = payload.get("message") or {}
        elif self.kind == "poll_answer":
            return (payload.get("user") or {}).get("id")
        chat = payload.get("chat")
        return chat["id"] if chat else None


class Sender(TypedDict, total=False):
    """Who sends a fake user update; accepted as keyword arguments by the factories.

    In private chats (the default) the chat id equals the user id, so passing either is
    enough. Other chat types default to ``DEFAULT_GROUP_CHAT_ID`` and ``DEFAULT_USER_ID``.
    A user's first_name/username and a group's title are remembered once given.
    """

    chat_id: ChatId
    user_id: int
    chat_type: str  # "private", "group" or "supergroup"
    first_name: str
    username: str
    chat_title: str


MessageRef = SentMessage | Json | int
"""A message given as a SentMessage, a Message dict (or an update containing one), or an id."""


# --------------------------------------------------------------------------- formatting


@dataclass(frozen=True)
class FormattedText:
    """Text after entity parsing, with its MessageEntity dicts."""

    text: str
    entities: list[Json]

    def fields(self, text_key: str, entities_key: str) -> Json:
        content: Json = {text_key: self.text}
        if self.entities:
            content[entities_key] = self.entities
        return content


def parse_formatted(text: str, parse_mode: str | None) -> FormattedText:
    """Apply ``parse_mode`` like Telegram: only HTML is parsed, Markdown passes through."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        return _HtmlParser(text).parse()
    if mode not in ("", "markdown", "markdownv2"):
        raise _bad_request("unsupported parse_mode")
    return FormattedText(text, [])


_HTML_TAG_ENTITIES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "tg-emoji": "custom_emoji",
}
_NAMED_HTML_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_HTML_ENTITY_RE = re.compile(r"&(?:(lt|gt|amp|quot)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_HTML_TAG_RE = re.compile(r"""<(/?)([^\s>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")
_HTML_ATTRIBUTE_RE = re.compile(r"""([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']*)))?""")


def _html_entity_char(match: re.Match[str]) -> str | None:
    named, decimal, hexadecimal = match.groups()
    if named:
        return _NAMED_HTML_ENTITIES[named]
    code_point = int(decimal) if decimal else int(hexadecimal, 16)
    return chr(code_point) if 0 < code_point <= 0x10FFFF else None


def _decode_html_entities(text: str) -> str:
    return _HTML_ENTITY_RE.sub(lambda match: _html_entity_char(match) or match.group(), text)


@dataclass
class _OpenTag:
    name: str
    attributes: dict[str, str]
    offset: int  # UTF-16 offset in the parsed text where the tag's content starts
    language: str | None = None  # set on <pre> by a nested <code class="language-…">


class _HtmlParser:
    """Telegram's HTML parse mode: a fixed tag set, strict nesting, few named entities.

    Like Telegram, an ``&`` that does not start a known entity is kept literally, while a
    ``<`` that does not start a well-formed supported tag is an error.
    """

    def __init__(self, source: str) -> None:
        self._source = source
        self._position = 0
        self._output: list[str] = []
        self._utf16_offset = 0
        self._open: list[_OpenTag] = []
        self._entities: list[Json] = []

    def parse(self) -> FormattedText:
        while self._position < len(self._source):
            char = self._source[self._position]
            if char == "<":
                self._read_tag()
            elif char == "&":
                self._read_entity()
            else:
                self._emit(char)
                self._position += 1
        if self._open:
            name = self._open[-1].name
            raise self._error(f'Can\'t find end tag corresponding to start tag "{name}"')
        self._entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
        return FormattedText("".join(self._output), self._entities)

    def _emit(self, text: str) -> None:
        self._output.append(text)
        self._utf16_offset += _utf16_length(text)

    def _error(self, reason: str) -> _ApiError:
        return _bad_request(f"can't parse entities: {reason}")

    def _byte_offset(self) -> int:
        return len(self._source[: self._position].encode())

    def _read_entity(self) -> None:
        match = _HTML_ENTITY_RE.match(self._source, self._position)
        char = _html_entity_char(match) if match else None
        if match is None or char is None:
            self._emit("&")
            self._position += 1
        else:
            self._emit(char)
            self._position = match.end()

    def _read_tag(self) -> None:
        match = _HTML_TAG_RE.match(self._source, self._position)
        if match is None:
            kind = "end" if self._source.startswith("</", self._position) else "start"
            raise self._error(f"Unclosed {kind} tag at byte offset {self._byte_offset()}")
        is_end, name, attributes = match.groups()
        if is_end:
            self._close_tag(name.lower())
        else:
            self._open_tag(name.lower(), _parse_html_attributes(attributes))
        self._position = match.end()

    def _open_tag(self, name: str, attributes: dict[str, str]) -> None:
        at = f"at byte offset {self._byte_offset()}"
        if name not in _HTML_TAG_ENTITIES:
            raise self._error(f'Unsupported start tag "{name}" {at}')
        if name == "span" and attributes.get("class") != "tg-spoiler":
            raise self._error(f'Tag "span" must have class "tg-spoiler" {at}')
        if name == "tg-emoji" and not attributes.get("emoji-id"):
            raise self._error(f'Tag "tg-emoji" must have attribute "emoji-id" {at}')
        self._open.append(_OpenTag(name, attributes, self._utf16_offset))

    def _close_tag(self, name: str) -> None:
        at = f"at byte offset {self._byte_offset()}"
        if not self._open:
            raise self._error(f"Unexpected end tag {at}")
        tag = self._open.pop()
        if tag.name != name:
            raise self._error(f'Unmatched end tag {at}, expected "</{tag.name}>", found "</{name}>"')
        parent = self._open[-1] if self._open else None
        if tag.name == "code" and parent is not None and parent.name == "pre":
            # Telegram folds <pre><code class="language-x"> into a single pre entity.
            parent.language = tag.attributes.get("class", "").removeprefix("language-") or None
            return
        if entity := self._entity(tag, self._utf16_offset - tag.offset):
            self._entities.append(entity)

    @staticmethod
    def _entity(tag: _OpenTag, length: int) -> Json | None:
        href = tag.attributes.get("href")
        if length == 0 or (tag.name == "a" and not href):
            return None  # Telegram silently drops empty entities and links without a URL
        entity: Json = {
            "type": _HTML_TAG_ENTITIES[tag.name],
            "offset": tag.offset,
            "length": length,
        }
        if tag.name == "a":
            entity["url"] = href
        elif tag.name == "pre" and tag.language:
            entity["language"] = tag.language
        elif tag.name == "tg-emoji":
            entity["custom_emoji_id"] = tag.attributes["emoji-id"]
        elif tag.name == "blockquote" and "expandable" in tag.attributes:
            entity["type"] = "expandable_blockquote"
        return entity


def _parse_html_attributes(source: str) -> dict[str, str]:
    attributes = {}
    for match in _HTML_ATTRIBUTE_RE.finditer(source):
        name, *values = match.groups()
        value = next((v for v in values if v is not None), "")
        attributes[name.lower()] = _decode_html_entities(value)
    return attributes


def _check_length(text: FormattedText, limit: int, *, too_long: str, empty: str | None) -> None:
    if empty is not None and not text.text.strip():
        raise _bad_request(empty)
    if len(text.text) > limit:
        raise _bad_request(too_long)


def _auto_entities(text: str) -> list[Json]:
    """The entities a Telegram client adds to a user's text: a leading command, bot mentions."""
    entities = []
    if command := _COMMAND_RE.match(text):
        entities.append({"type": "bot_command", "offset": 0, "length": _utf16_length(command[0])})
    for mention in _BOT_MENTION_RE.finditer(text):
        offset = _utf16_length(text[: mention.start()])
        entities.append({"type": "mention", "offset": offset, "length": _utf16_length(mention[0])})
    return entities


# --------------------------------------------------------------------------- flood limits


class _SlidingWindow:
    """At most ``limit`` events in any ``period`` seconds."""

    def __init__(self, limit: int, period: float) -> None:
        self.limit = limit
        self.period = period
        self._times: deque[float] = deque()

    def wait_time(self, now: float) -> float:
        while self._times and self._times[0] <= now - self.period:
            self._times.popleft()
        if len(self._times) < self.limit:
            return 0.0
        return self._times[0] + self.period - now

    def record(self, now: float) -> None:
        self._times.append(now)


class _FloodControl:
    """Telegram's flood limits for outgoing messages."""

    def __init__(self) -> None:
        self._overall = _SlidingWindow(*FLOOD_LIMIT_OVERALL)
        self._chats: dict[ChatId, _SlidingWindow] = {}

    def check(self, chat_id: ChatId | None, is_private: bool) -> None:
        now = _now()
        wait = max(window.wait_time(now) for window in self._windows(chat_id, is_private))
        if wait > 0:
            raise _too_many_requests(max(1, math.ceil(wait)))

    def record(self, chat_id: ChatId | None, is_private: bool) -> None:
        now = _now()
        for window in self._windows(chat_id, is_private):
            window.record(now)

    def _windows(self, chat_id: ChatId | None, is_private: bool) -> list[_SlidingWindow]:
        if chat_id is None:  # inline messages belong to no chat
            return [self._overall]
        if chat_id not in self._chats:
            limit = FLOOD_LIMIT_PRIVATE_CHAT if is_private else FLOOD_LIMIT_GROUP_CHAT
            self._chats[chat_id] = _SlidingWindow(*limit)
        return [self._overall, self._chats[chat_id]]


# --------------------------------------------------------------------------- waiting & faults


class _Signal:
    """Wakes every coroutine waiting for "something changed"."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self) -> None:
        await self._event.wait()


def _deadline(seconds: float) -> float:
    """``seconds`` from now on the event loop's clock, for asyncio.timeout_at."""
    return asyncio.get_running_loop().time() + seconds


async def _wait_until(signal: _Signal, condition: Callable[[], bool], deadline: float) -> bool:
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout_at(deadline):
            while not condition():
                await signal.wait()
    return condition()


@dataclass
class _Injection:
    """A fault applied to the next ``remaining`` calls of ``method`` ("*" for any)."""

    method: str
    remaining: int
    error: _ApiError | None = None
    delay: float = 0.0

    def __post_init__(self) -> None:
        if self.remaining < 1:
            raise ValueError("count must be at least 1")


def _take_injection(injections: list[_Injection], method: str) -> _Injection | None:
    for injection in injections:
        if injection.method in ("*", method.lower()):
            injection.remaining -= 1
            if injection.remaining == 0:
                injections.remove(injection)
            return injection
    return None


# --------------------------------------------------------------------------- update queue


class _UpdateQueue:
    """Telegram's update queue for one bot, served by getUpdates long polling."""

    def __init__(self) -> None:
        self.log: list[QueuedUpdate] = []
        self.allowed_updates: list[str] | None = None
        self._pending: list[QueuedUpdate] = []
        self._next_update_id = 1
        self._arrived = _Signal()
        self._newest_poll = 0
        self._closed = False

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    def push(self, update: Json) -> QueuedUpdate:
        update = copy.deepcopy(update)
        if "update_id" not in update:
            update = {"update_id": self._next_update_id, **update}
        self._next_update_id = max(self._next_update_id, update["update_id"] + 1)
        queued = QueuedUpdate(update, pushed_at=_now())
        self.log.append(queued)
        self._pending.append(queued)
        self._arrived.notify()
        return queued

    def clear(self) -> None:
        self._pending.clear()

    def close(self) -> None:
        self._closed = True
        self._arrived.notify()

    async def get(self, offset: int | None, limit: int, deadline: float) -> list[Json]:
        """Long polling: answer as soon as updates are pending, or with [] at ``deadline``."""
        self._confirm(offset)
        self._newest_poll += 1
        this_poll = self._newest_poll
        self._arrived.notify()  # lets an older long poll notice it has been superseded
        batch = self._take(limit)
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout_at(deadline):
                while not batch and not self._closed:
                    await self._arrived.wait()
                    if this_poll != self._newest_poll:
                        raise _ApiError(
                            409,
                            "Conflict: terminated by other getUpdates request; "
                            "make sure that only one bot instance is running",
                        )
                    batch = self._take(limit)
        return batch

    async def next_for_webhook(self) -> QueuedUpdate | None:
        """The oldest pending update not yet in flight to a webhook (None once closed)."""
        while not self._closed:
            self._pending = [queued for queued in self._pending if self._is_allowed(queued.kind)]
            waiting = [queued for queued in self._pending if queued.served_at is None]
            if waiting:
                queued = min(waiting, key=lambda q: q.update_id)
                queued.served_at = _now()
                return queued
            await self._arrived.wait()
        return None

    def delivered(self, queued: QueuedUpdate) -> None:
        """A webhook answered 2xx: Telegram forgets the update."""
        self._pending = [pending for pending in self._pending if pending is not queued]

    def undelivered(self, queued: QueuedUpdate) -> None:
        """No webhook took it: it waits for the next attempt."""
        queued.served_at = None
        self._arrived.notify()

    def _confirm(self, offset: int | None) -> None:
        if offset is None:
            return
        if offset < 0:  # Telegram: keep only the last -offset updates
            self._pending.sort(key=lambda queued: queued.update_id)
            del self._pending[:offset]
            return
        self._pending = [
            queued for queued in self._pending if queued.served_at is None or queued.update_id >= offset
        ]

    def _take(self, limit: int) -> list[Json]:
        self._pending = [queued for queued in self._pending if self._is_allowed(queued.kind)]
        self._pending.sort(key=lambda queued: queued.update_id)
        batch = self._pending[:limit]
        now = _now()
        for queued in batch:
            queued.served_at = now
        return [queued.update for queued in batch]

    def _is_allowed(self, kind: str) -> bool:
        if not self.allowed_updates:
            return kind not in _OPT_IN_UPDATES
        return kind in self.allowed_updates


# --------------------------------------------------------------------------- request decoding


def _decode_form_value(name: str, raw: str) -> Any:
    if name in _STRING_PARAMS:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw  # e.g. chat_id="@channel", which PTB does not JSON-encode


async def _read_params(request: web.Request) -> tuple[Json, dict[str, bytes], dict[str, str]]:
    params: Json = {name: _decode_form_value(name, value) for name, value in request.query.items()}
    files: dict[str, bytes] = {}
    names: dict[str, str] = {}
    if not request.can_read_body:
        return params, files, names
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError as error:
            raise _bad_request("can't parse JSON object") from error
        if not isinstance(body, dict):
            raise _bad_request("can't parse JSON object")
        return {**params, **body}, files, names
    for name, value in (await request.post()).items():
        if isinstance(value, web.FileField):
            files[name] = value.file.read()
            names[name] = value.filename
        else:
            params[name] = _decode_form_value(name, str(value))
    return params, files, names


def _chat_id_param(params: Json, name: str = "chat_id") -> ChatId:
    value = params.get(name)
    if value is None or value == "":
        raise _bad_request(f"{name} is empty")
    if isinstance(value, int):
        return value
    text = str(value)
    return int(text) if _INTEGER_RE.fullmatch(text) else text


def _int_param(params: Json, name: str, default: int = 0) -> int:
    try:
        return int(params.get(name, default))
    except (TypeError, ValueError) as error:
        raise _bad_request(f"wrong parameter {name} in request") from error


def _inline_markup(markup: Json | None) -> Json:
    # Only inline keyboards are part of the Message object Telegram returns.
    return {"reply_markup": markup} if markup and "inline_keyboard" in markup else {}


def _validated_markup(params: Json) -> Json | None:
    markup = params.get("reply_markup")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise _bad_request("can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA_BYTES:
                raise _bad_request("BUTTON_DATA_INVALID")
    return markup


def _message_of(ref: Json) -> Json:
    """The Message dict in ``ref``, which is either a Message or an update holding one."""
    if "message_id" in ref:
        return ref
    for key in ("message", "edited_message", "channel_post"):
        if key in ref:
            return ref[key]
    raise ValueError(f"no message in {ref!r}")


def _without_reply(message: Json) -> Json:
    # Telegram never nests reply_to_message inside a reply_to_message.
    return {key: value for key, value in message.items() if key != "reply_to_message"}


def _poll_option_text(option: Json | str) -> str:
    return option if isinstance(option, str) else str(option.get("text", ""))


def _chat_member(status: str, user: Json) -> Json:
    member: Json = {"status": status, "user": user}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member.update(dict.fromkeys(_ADMIN_RIGHTS, True), can_be_edited=False, is_anonymous=False)
    elif status == "restricted":
        member.update(dict.fromkeys(_RESTRICTED_PERMISSIONS, False), is_member=True, until_date=0)
    elif status == "kicked":
        member["until_date"] = 0
    return member


def _commands_key(scope: Json | None, language_code: str | None) -> tuple[str, str]:
    return json.dumps(scope or {"type": "default"}, sort_keys=True), language_code or ""


def _validated_commands(commands: Any) -> list[Json]:
    if not isinstance(commands, list) or not all(isinstance(c, dict) for c in commands):
        raise _bad_request("can't parse commands JSON object")
    if len(commands) > 100:
        raise _bad_request("BOT_COMMANDS_TOO_MUCH")
    for command in commands:
        if not _BOT_COMMAND_NAME_RE.fullmatch(str(command.get("command", ""))):
            raise _bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", ""))) <= 256:
            raise _bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    return [{"command": c["command"], "description": c["description"]} for c in commands]


# --------------------------------------------------------------------------- the emulator

Handler = Callable[[ApiCall], Any | Awaitable[Any]]


class BotAPIEmulator:
    """An in-process Telegram Bot API server for one bot token; single use.

    Usage::

        async with BotAPIEmulator() as api:
            app = ApplicationBuilder().token(api.token).base_url(api.base_url).build()
            ...  # start the application with polling
            api.send_text("/start", user_id=42)
            [reply] = await api.wait_for_messages(42)
            api.press_button(reply, reply.callback_data("Mulai"), user_id=42)

    Push fake user updates with the factories (``send_text``, ``press_button``, …), then
    await the bot's reaction with ``wait_for_messages`` / ``wait_for_call`` or inspect
    ``calls``, ``sent``, ``messages()``, ``callback_answers`` and ``inline_answers``.
    Inject faults with ``fail_next`` / ``delay_next``.

    Behaviour worth knowing, all modelled on the real Bot API:

    * ``parse_mode="HTML"`` is validated like Telegram does (allowed tags, nesting,
      entities); the Message returned to the bot carries the parsed text and entities,
      while ``SentMessage.text`` keeps what the bot sent. Markdown is not checked.
    * Sending to an unknown numeric chat id works: positive ids become private chats,
      negative ids groups (``-100…`` supergroups).
    * Updates stay pending until confirmed with a higher ``offset``; an update never handed
      out is always delivered, even with an old ``update_id``, which is how pushing the same
      update twice simulates duplicate delivery. ``allowed_updates`` filters like Telegram.
    * ``enforce_limits=True`` applies flood limits to ``RATE_LIMITED_METHODS``: 30 per
      sliding second overall, 20 per 60 s per group, and per private chat a burst of 3
      within any 3 s (1/s on average: Telegram tolerates short bursts, not a sustained
      rate above 1/s). A refused request gets 429 and is not recorded as sent.
    * A poll sent with ``open_period`` closes by itself when it runs out; answers to a closed
      poll are refused (``poll_answer`` raises). For every change of a poll the bot sent (a
      vote, its close) the bot gets a ``poll`` update, as Telegram does.
    * ``hold_response_next`` carries a call out and then holds its answer back: a client
      that times out never learns that Telegram accepted it.
    * ``remove_bot_from_group`` kicks the bot: a my_chat_member update, then 403 "bot was
      kicked" for anything sent to that group.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        port: int = 0,
        enforce_limits: bool = False,
        allow_http_webhook: bool = False,
    ) -> None:
        token_match = _TOKEN_RE.fullmatch(token)
        if token_match is None:
            raise ValueError(f"not a bot token: {token!r}")
        self.token = token
        self.bot_id = int(token_match[1])
        self.port = port
        self.webhook_url = ""
        self.webhook_secret: str | None = None
        self.webhook_deliveries: list[tuple[str, int, int]] = []  # (target, update_id, HTTP status or 0)
        self._webhook_task: asyncio.Task | None = None
        self._webhook_changed = _Signal()
        # A local Bot API server (`telegram-bot-api --local`) accepts plain-http webhooks.
        self.allow_http_webhook = allow_http_webhook

        self.calls: list[ApiCall] = []
        self.sent: list[SentMessage] = []
        self.callback_answers: list[CallbackAnswer] = []
        self.inline_answers: list[InlineAnswer] = []
        self.too_many_requests = 0

        self._updates = _UpdateQueue()
        self._activity = _Signal()
        self._stopping = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._flood_control = _FloodControl() if enforce_limits else None
        self._failures: list[_Injection] = []
        self._delays: list[_Injection] = []
        self._holds: list[_Injection] = []
        self._poll_closers: list[asyncio.TimerHandle] = []
        self._poll_chats: dict[str, tuple[ChatId, int]] = {}  # poll id -> its message

        self._users: dict[int, Json] = {}
        self._chats: dict[ChatId, Json] = {}
        self._messages: dict[tuple[ChatId, int], Json] = {}
        self._bot_messages: dict[tuple[ChatId, int], SentMessage] = {}
        self._sent_by_chat: dict[ChatId, list[SentMessage]] = {}
        self._wait_cursors: dict[ChatId, int] = {}
        self._claimed_calls: set[int] = set()
        self._last_message_ids: dict[ChatId, int] = {}
        self._open_queries: dict[str, str] = {}  # query id -> "callback_query" | "inline_query"
        self._polls: dict[str, Json] = {}  # poll id -> the poll as sent, without votes
        self._poll_votes: dict[str, dict[int, list[int]]] = {}
        self._member_statuses: dict[tuple[ChatId, int], str] = {}
        self._not_started: set[int] = set()  # users who never opened a private chat with the bot
        self._commands: dict[tuple[str, str], list[Json]] = {}
        self._menu_buttons: dict[ChatId | None, Json] = {}  # None: the bot's default
        self._ids = itertools.count(1)
        self._handlers = self._build_handlers()

    # ----------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        app = web.Application(client_max_size=50 * 2**20)  # room for photo uploads
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("*", "/{path:.*}", self._handle_unknown_path)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", self.port).start()
        self._runner = runner
        self.port = runner.addresses[0][1]

    async def stop(self) -> None:
        """Answer pending long polls and delayed requests at once, then shut down."""
        if self._runner is None:
            return
        self._updates.close()
        self._stopping.set()
        for closer in self._poll_closers:
            closer.cancel()
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            await asyncio.gather(self._webhook_task, return_exceptions=True)
        await self._runner.cleanup()
        self._runner = None

    async def __aenter__(self) -> BotAPIEmulator:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"{self._origin()}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self._origin()}/file/bot"

    def _origin(self) -> str:
        if self._runner is None:
            raise RuntimeError("the emulator is not running; use `async with` or start()")
        return f"http://127.0.0.1:{self.port}"

    @property
    def bot_user(self) -> Json:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": BOT_FIRST_NAME,
            "username": BOT_USERNAME,
        }

    # ----------------------------------------------------------------- update factories

    def push_update(self, update: Json) -> Json:
        """Queue a raw update; an update_id is assigned unless present.

        Pushing an update that already has an update_id (e.g. one returned by a factory)
        delivers it again: Telegram's duplicate delivery.
        """
        queued = self._updates.push(update)
        for kind in ("callback_query", "inline_query"):
            if kind in queued.update:
                self._open_queries[queued.update[kind]["id"]] = kind
        return queued.update

    def send_text(self, text: str, *, reply_to: MessageRef | None = None, **sender: Unpack[Sender]) -> Json:
        """A user's text message; a leading /command and @bot mentions get their entities."""
        content: Json = {"text": text}
        if entities := _auto_entities(text):
            content["entities"] = entities
        return self._push_user_message(content, sender, reply_to)

    def send_sticker(self, emoji: str = "👍", **sender: Unpack[Sender]) -> Json:
        file_id = self._new_file_id("CAACAg")
        sticker = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self._push_user_message({"sticker": sticker}, sender)

    def send_photo_message(self, caption: str | None = None, **sender: Unpack[Sender]) -> Json:
        content: Json = {"photo": self._photo_sizes(file_size=48_000)}
        if caption is not None:
            content["caption"] = caption
        return self._push_user_message(content, sender)

    def send_location(
        self, latitude: float = -6.2, longitude: float = 106.816666, **sender: Unpack[Sender]
    ) -> Json:
        return self._push_user_message({"location": {"latitude": latitude, "longitude": longitude}}, sender)

    def send_voice(self, duration: int = 3, **sender: Unpack[Sender]) -> Json:
        file_id = self._new_file_id("AwACAg")
        voice = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": duration * 4_000,
        }
        return self._push_user_message({"voice": voice}, sender)

    def edit_text(self, message: MessageRef, new_text: str, *, chat_id: ChatId | None = None) -> Json:
        """The user edits one of their text messages (an edited_message update)."""
        original = self._stored_message(message, chat_id)
        if original.get("from", {}).get("id") == self.bot_id:
            raise ValueError("users can only edit their own messages")
        edited = {key: value for key, value in original.items() if key != "entities"}
        edited.update(text=new_text, edit_date=_unix_time())
        if entities := _auto_entities(new_text):
            edited["entities"] = entities
        self._store_message(edited)
        return self.push_update({"edited_message": edited})

    def press_button(
        self,
        message: MessageRef,
        callback_data: str,
        *,
        user_id: int | None = None,
        chat_id: ChatId | None = None,
        first_name: str | None = None,
        username: str | None = None,
    ) -> Json:
        """A user presses an inline button; the callback carries the message's current state.

        ``callback_data`` is checked against the keyboard of the message as given (so a
        stale SentMessage can be pressed to simulate a race with an edit).
        """
        key = self._message_key(message, chat_id)
        # Telegram sends an InaccessibleMessage (date 0) for messages it no longer has.
        current = self._messages.get(key) or {
            "message_id": key[1],
            "date": 0,
            "chat": self._chat(key[0]),
        }
        self._check_button_exists(current if isinstance(message, int) else message, callback_data)
        is_private = current["chat"]["type"] == "private"
        presser = user_id if user_id is not None else (key[0] if is_private else DEFAULT_USER_ID)
        query = {
            "id": str(next(self._ids)),
            "from": self._register_user(int(presser), first_name, username),
            "message": current,
            "chat_instance": f"instance{key[0]}",
            "data": callback_data,
        }
        return self.push_update({"callback_query": query})

    def inline_query(
        self,
        query: str,
        *,
        user_id: int = DEFAULT_USER_ID,
        offset: str = "",
        chat_type: str = "sender",
        first_name: str | None = None,
        username: str | None = None,
    ) -> Json:
        """A user types ``@tutor_test_bot query`` in a chat of type ``chat_type``."""
        inline_query = {
            "id": str(next(self._ids)),
            "from": self._register_user(user_id, first_name, username),
            "query": query,
            "offset": offset,
            "chat_type": chat_type,
        }
        return self.push_update({"inline_query": inline_query})

    def poll_answer(
        self, poll_id: str, user_id: int, option_ids: list[int], *, first_name: str | None = None
    ) -> Json:
        """A user votes (an empty ``option_ids`` retracts the vote).

        For polls the bot sent, refuses what Telegram never delivers: answers to anonymous
        or closed polls, out-of-range options and changed answers where revoting is off.
        """
        if poll_id in self._polls:
            votes = self._poll_votes.setdefault(poll_id, {})
            self._check_vote(self._current_poll(poll_id), option_ids, revote=user_id in votes)
            votes[user_id] = list(option_ids)
            self.push_update({"poll": self._current_poll(poll_id)})
        answer = {
            "poll_id": poll_id,
            "user": self._register_user(user_id, first_name, None),
            "option_ids": option_ids,
            "option_persistent_ids": [f"{poll_id}:{option}" for option in option_ids],
        }
        return self.push_update({"poll_answer": answer})

    def bot_added_to_group(
        self,
        chat_id: ChatId = DEFAULT_GROUP_CHAT_ID,
        *,
        chat_type: str = "group",
        title: str | None = None,
        user_id: int = DEFAULT_USER_ID,
        first_name: str | None = None,
        status: str = "member",
    ) -> Json:
        """A my_chat_member update: ``user_id`` adds the bot to a group with ``status``."""
        adder = self._register_user(user_id, first_name, None)
        chat = self._register_chat(chat_id, chat_type, adder, title)
        self.set_member_status(chat_id, self.bot_id, status)
        change = {
            "chat": chat,
            "from": adder,
            "date": _unix_time(),
            "old_chat_member": _chat_member("left", self.bot_user),
            "new_chat_member": _chat_member(status, self.bot_user),
        }
        return self.push_update({"my_chat_member": change})

    def remove_bot_from_group(
        self, chat_id: ChatId = DEFAULT_GROUP_CHAT_ID, *, user_id: int = DEFAULT_USER_ID
    ) -> Json:
        """``user_id`` removes the bot from the group: a my_chat_member update; from then on
        Telegram answers 403 to anything the bot sends there."""
        remover = self._register_user(user_id, None, None)
        chat = self._chat(chat_id)
        old = self._member_statuses.get((chat_id, self.bot_id), "member")
        self.set_member_status(chat_id, self.bot_id, "kicked")
        change = {
            "chat": chat,
            "from": remover,
            "date": _unix_time(),
            "old_chat_member": _chat_member(old, self.bot_user),
            "new_chat_member": _chat_member("kicked", self.bot_user),
        }
        return self.push_update({"my_chat_member": change})

    # ----------------------------------------------------------------- test-side setup

    def set_member_status(self, chat_id: ChatId, user_id: int, status: str) -> None:
        """What getChatMember answers for this user (default "member")."""
        if status not in _MEMBER_STATUSES:
            raise ValueError(f"status must be one of {sorted(_MEMBER_STATUSES)}")
        self._member_statuses[(chat_id, user_id)] = status

    def never_started(self, user_id: int) -> None:
        """This user has not opened a private chat with the bot: sending them anything gets 403
        Forbidden, as on Telegram, until they write to the bot privately."""
        self._not_started.add(user_id)

    def fail_next(
        self,
        method: str,
        *,
        status: int = 429,
        retry_after: int = 1,
        count: int = 1,
        description: str | None = None,
    ) -> None:
        """Fail the next ``count`` calls of ``method`` ("*": any method, getUpdates included).

        429 carries ``retry_after`` like Telegram's flood control; other statuses use
        ``description`` or the HTTP reason (500 "Internal Server Error", 502 "Bad Gateway").
        """
        error = _too_many_requests(retry_after) if status == 429 else _http_error(status, description)
        self._failures.append(_Injection(method.lower(), count, error=error))

    def delay_next(self, method: str, seconds: float, *, count: int = 1) -> None:
        """Hold the next ``count`` calls of ``method`` for ``seconds`` before handling them.

        If the client gives up first the call is still handled, as on a slow real server.
        """
        self._delays.append(_Injection(method.lower(), count, delay=seconds))

    def heal(self) -> None:
        """Drop every fault still waiting to be injected: the network is back."""
        self._failures.clear()
        self._delays.clear()
        self._holds.clear()

    def hold_response_next(self, method: str, seconds: float, *, count: int = 1) -> None:
        """Carry out the next ``count`` calls of ``method`` at once but answer only after
        ``seconds``: a client with a shorter read timeout never learns they were done."""
        self._holds.append(_Injection(method.lower(), count, delay=seconds))

    # ----------------------------------------------------------------- inspection

    def messages(self, chat_id: ChatId) -> list[SentMessage]:
        """The bot's messages currently in the chat, edits applied and deletions removed."""
        in_chat = [message for key, message in self._bot_messages.items() if key[0] == chat_id]
        return sorted(in_chat, key=lambda message: message.message_id)

    def menu_button(self, chat_id: ChatId | None = None) -> Json:
        """The menu button a private chat shows (the bot's default when none was set for it)."""
        return self._menu_buttons.get(chat_id) or self._menu_buttons.get(None) or {"type": "commands"}

    def poll_is_open(self, poll_id: str) -> bool:
        return not self._polls[poll_id]["is_closed"]

    def bot_commands(self, scope: Json | None = None, language_code: str = "") -> list[Json]:
        return list(self._commands.get(_commands_key(scope, language_code), []))

    @property
    def updates(self) -> list[QueuedUpdate]:
        """Every pushed update in push order, with pushed_at / served_at times."""
        return list(self._updates.log)

    @property
    def updates_served(self) -> int:
        """How many pushed updates getUpdates has handed to the bot."""
        return sum(1 for queued in self._updates.log if queued.served_at is not None)

    @property
    def pending_update_count(self) -> int:
        return self._updates.pending_count

    def reply_latencies(self) -> list[float]:
        """Seconds from handing each update to the bot to the first message (or edit) in its
        chat after that; matched first-in-first-out per chat, unanswered updates left out."""
        replies = {chat: deque(m.received_at for m in sent) for chat, sent in self._sent_by_chat.items()}
        served = sorted(
            (
                (queued.served_at, queued.chat_id)
                for queued in self._updates.log
                if queued.served_at is not None
            ),
            key=lambda pair: pair[0],
        )
        latencies = []
        for served_at, chat_id in served:
            times = replies.get(chat_id) if chat_id is not None else None
            while times and times[0] < served_at:
                times.popleft()  # answers to earlier updates, or unsolicited messages
            if times:
                latencies.append(times.popleft() - served_at)
        return latencies

    # A timeout argument, rather than asyncio.timeout around the call, keeps tests short and
    # lets the failure message say what was sent instead of a bare TimeoutError.
    async def wait_for_messages(
        self,
        chat_id: ChatId,
        count: int = 1,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> list[SentMessage]:
        """Wait until ``count`` messages (sends or edits) arrived in the chat since the last
        wait for it, and return all of those."""
        start = self._wait_cursors.get(chat_id, 0)

        def arrived() -> bool:
            return len(self._sent_by_chat.get(chat_id, [])) - start >= count

        if not await _wait_until(self._activity, arrived, _deadline(timeout)):
            new = self._sent_by_chat.get(chat_id, [])[start:]
            raise AssertionError(
                f"expected {count} new message(s) in chat {chat_id} within {timeout}s, "
                f"got {len(new)}: {[m.text for m in new]}\n{self._activity_report()}"
            )
        new = self._sent_by_chat[chat_id][start:]
        self._wait_cursors[chat_id] = start + len(new)
        return new

    async def wait_for_call(
        self,
        method: str,
        timeout: float = 5.0,  # noqa: ASYNC109
        predicate: Callable[[ApiCall], bool] | None = None,
    ) -> ApiCall:
        """Wait for a call of ``method`` (matching ``predicate``) not returned by an earlier
        wait_for_call, and return it; calls still in flight count."""

        def unclaimed_match() -> int | None:
            for index, call in enumerate(self.calls):
                if (
                    index not in self._claimed_calls
                    and call.method.lower() == method.lower()
                    and (predicate is None or predicate(call))
                ):
                    return index
            return None

        await _wait_until(self._activity, lambda: unclaimed_match() is not None, _deadline(timeout))
        index = unclaimed_match()
        if index is None:
            raise AssertionError(f"no matching {method} call within {timeout}s\n{self._activity_report()}")
        self._claimed_calls.add(index)
        return self.calls[index]

    def _activity_report(self) -> str:
        sent = "\n".join(f"  chat {m.chat_id}: {m.method} {m.text!r}" for m in self.sent) or "  none"
        calls = "\n".join(f"  {call}" for call in self.calls[-20:]) or "  none"
        return f"messages sent:\n{sent}\nlast calls:\n{calls}"

    # ----------------------------------------------------------------- HTTP layer

    async def _handle(self, request: web.Request) -> web.Response:
        name = request.match_info["method"]
        canonical, handler = self._handlers.get(name.lower(), (name, None))
        try:
            params, files, names = await _read_params(request)
        except _ApiError as error:
            return error.response()
        call = ApiCall(canonical, params, files, at=_now(), file_names=names)
        self.calls.append(call)
        self._activity.notify()  # lets wait_for_call see requests still in flight
        try:
            if request.match_info["token"] != self.token:
                raise _ApiError(401, "Unauthorized")
            result = await self._dispatch(call, handler)
        except _ApiError as error:
            call.status, call.description = error.status, error.description
            if error.status == 429:
                self.too_many_requests += 1
            return error.response()
        else:
            call.status = 200
            return web.json_response({"ok": True, "result": result})
        finally:
            self._activity.notify()

    async def _handle_unknown_path(self, request: web.Request) -> web.Response:
        return _ApiError(404, "Not Found").response()

    async def _dispatch(self, call: ApiCall, handler: Handler | None) -> Any:
        if delay := _take_injection(self._delays, call.method):
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), delay.delay)
        if (failure := _take_injection(self._failures, call.method)) and failure.error:
            raise failure.error
        if handler is None:
            _LOGGER.warning("BotAPIEmulator: %s is not an emulated Bot API method", call.method)
            raise _ApiError(404, "Not Found")
        # Rate-limited handlers never await, so no other request slips in between the flood
        # check and its record.
        self._check_not_kicked(call)
        flood_key = self._flood_key(call)
        if flood_key is not None and self._flood_control is not None:
            self._flood_control.check(*flood_key)
        result = handler(call)
        if inspect.isawaitable(result):
            result = await result
        if flood_key is not None and self._flood_control is not None:
            self._flood_control.record(*flood_key)
        if hold := _take_injection(self._holds, call.method):
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), hold.delay)
        return result

    def _check_not_kicked(self, call: ApiCall) -> None:
        if "chat_id" not in call.params or call.method == "getUpdates":
            return
        chat_id = _chat_id_param(call.params)
        if self._member_statuses.get((chat_id, self.bot_id)) in ("kicked", "left"):
            raise _ApiError(403, "Forbidden: bot was kicked from the group chat")

    def _flood_key(self, call: ApiCall) -> tuple[ChatId | None, bool] | None:
        if call.method not in RATE_LIMITED_METHODS:
            return None
        if "chat_id" not in call.params:
            return None, False
        chat = self._chat(_chat_id_param(call.params))
        return chat["id"], chat["type"] == "private"

    def _build_handlers(self) -> dict[str, tuple[str, Handler]]:
        handlers: dict[str, Handler] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "sendPoll": self._send_poll,
            "stopPoll": self._stop_poll,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
            "sendChatAction": self._send_chat_action,
            "getChat": self._get_chat,
            "getChatMember": self._get_chat_member,
            "getChatAdministrators": self._get_chat_administrators,
            "setChatMenuButton": self._set_chat_menu_button,
            "getChatMenuButton": self._get_chat_menu_button,
            "close": lambda call: True,
            "logOut": lambda call: True,
        }
        # Telegram matches method names case-insensitively.
        return {name.lower(): (name, handler) for name, handler in handlers.items()}

    # ----------------------------------------------------------------- Bot API: bot & updates

    def _get_me(self, call: ApiCall) -> Json:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, call: ApiCall) -> list[Json]:
        if self.webhook_url:
            raise _ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        params = call.params
        if "allowed_updates" in params:  # otherwise Telegram keeps the previous setting
            self._updates.allowed_updates = params["allowed_updates"]
        offset = params.get("offset")
        limit = min(max(_int_param(params, "limit", 100), 1), 100)
        deadline = _deadline(float(params.get("timeout") or 0))
        return await self._updates.get(None if offset is None else int(offset), limit, deadline)

    def _set_webhook(self, call: ApiCall) -> bool:
        url = str(call.params.get("url", ""))
        if url and not url.startswith("https://") and not self.allow_http_webhook:
            raise _bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if "allowed_updates" in call.params:
            self._updates.allowed_updates = call.params["allowed_updates"]
        self.webhook_secret = call.params.get("secret_token")
        return self._change_webhook(url, call.params)

    def _delete_webhook(self, call: ApiCall) -> bool:
        return self._change_webhook("", call.params)

    def _change_webhook(self, url: str, params: Json) -> bool:
        self.webhook_url = url
        self._webhook_changed.notify()
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def deliver_webhooks(
        self, targets: list[str], *, connections: int = 40, retry_delay: float = 0.2
    ) -> None:
        """Push updates to ``targets`` in turn, as Telegram and a load balancer in front of several
        instances would: each update goes to the next target; a refused connection or a non-2xx
        answer sends it on to the one after (after ``retry_delay``), so no update is lost while
        one instance is down. Up to ``connections`` deliveries at once (Telegram's
        ``max_connections`` default is 40). Delivery starts once the bot has called setWebhook."""
        if self._webhook_task is not None:
            raise RuntimeError("webhook delivery is already running")
        self._webhook_task = asyncio.create_task(self._deliver_webhooks(targets, connections, retry_delay))

    async def _deliver_webhooks(self, targets: list[str], connections: int, retry_delay: float) -> None:
        turn = itertools.count()
        slots = asyncio.Semaphore(connections)
        in_flight: set[asyncio.Task] = set()
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as http:

            async def deliver(queued: QueuedUpdate) -> None:
                try:
                    for _ in range(len(targets) * 50):
                        target = targets[next(turn) % len(targets)]
                        headers = {"X-Telegram-Bot-Api-Secret-Token": self.webhook_secret or ""}
                        try:
                            async with http.post(target, json=queued.update, headers=headers) as answer:
                                status = answer.status
                        except (aiohttp.ClientError, TimeoutError):
                            status = 0
                        self.webhook_deliveries.append((target, queued.update_id, status))
                        if 200 <= status < 300:
                            self._updates.delivered(queued)
                            return
                        await asyncio.sleep(retry_delay)
                    self._updates.undelivered(queued)
                finally:
                    slots.release()

            while True:
                await slots.acquire()
                while not self.webhook_url:
                    await self._webhook_changed.wait()
                queued = await self._updates.next_for_webhook()
                if queued is None:
                    return
                task = asyncio.create_task(deliver(queued))
                in_flight.add(task)
                task.add_done_callback(in_flight.discard)

    def _get_webhook_info(self, call: ApiCall) -> Json:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": self._updates.pending_count,
        }

    def _set_my_commands(self, call: ApiCall) -> bool:
        key = _commands_key(call.params.get("scope"), call.params.get("language_code"))
        self._commands[key] = _validated_commands(call.params.get("commands"))
        return True

    def _get_my_commands(self, call: ApiCall) -> list[Json]:
        return self._commands.get(
            _commands_key(call.params.get("scope"), call.params.get("language_code")), []
        )

    def _delete_my_commands(self, call: ApiCall) -> bool:
        self._commands.pop(_commands_key(call.params.get("scope"), call.params.get("language_code")), None)
        return True

    # ----------------------------------------------------------------- Bot API: sending

    def _send_message(self, call: ApiCall) -> Json:
        params = call.params
        text = parse_formatted(str(params.get("text", "")), params.get("parse_mode"))
        _check_length(text, MAX_MESSAGE_LENGTH, too_long="message is too long", empty="message text is empty")
        content = text.fields("text", "entities")
        if "link_preview_options" in params:
            content["link_preview_options"] = params["link_preview_options"]
        message = self._new_bot_message(call, content)
        return self._record(call, message, text=params.get("text")).message

    def _send_photo(self, call: ApiCall) -> Json:
        photo = self._photo_input(call)
        caption = parse_formatted(str(call.params.get("caption", "")), call.params.get("parse_mode"))
        _check_length(caption, MAX_CAPTION_LENGTH, too_long="message caption is too long", empty=None)
        size = len(photo) if isinstance(photo, bytes) else 48_000
        content: Json = {"photo": self._photo_sizes(file_size=size)}
        if caption.text:
            content.update(caption.fields("caption", "caption_entities"))
        message = self._new_bot_message(call, content)
        return self._record(call, message, text=call.params.get("caption"), photo=photo).message

    def _send_document(self, call: ApiCall) -> Json:
        value = call.params.get("document")
        part = value.removeprefix("attach://") if isinstance(value, str) else "document"
        data = call.files.get(part)
        if not data:
            raise _bad_request("there is no document in the request")
        caption = parse_formatted(str(call.params.get("caption", "")), call.params.get("parse_mode"))
        _check_length(caption, MAX_CAPTION_LENGTH, too_long="message caption is too long", empty=None)
        document = {
            "file_id": self._new_file_id("BQACAg"),
            "file_unique_id": f"u{next(self._ids)}",
            "file_name": call.file_names.get(part, "document"),
            "file_size": len(data),
        }
        content: Json = {"document": document}
        if caption.text:
            content.update(caption.fields("caption", "caption_entities"))
        message = self._new_bot_message(call, content)
        return self._record(call, message, text=call.params.get("caption"), document=data).message

    def _photo_input(self, call: ApiCall) -> bytes | str:
        value = call.params.get("photo")
        if isinstance(value, str) and value.startswith("attach://"):
            value = call.files.get(value.removeprefix("attach://"))
        elif value is None:
            value = call.files.get("photo")  # PTB uploads sendPhoto's file as a "photo" part
        if not value:
            raise _bad_request("there is no photo in the request")
        return value

    def _send_poll(self, call: ApiCall) -> Json:
        poll = self._validated_poll(call.params)
        message = self._new_bot_message(call, {"poll": poll})
        self._polls[poll["id"]] = copy.deepcopy(poll)
        self._poll_chats[poll["id"]] = (message["chat"]["id"], message["message_id"])
        if "open_period" in poll:
            closer = asyncio.get_running_loop().call_later(poll["open_period"], self._close_poll, poll["id"])
            self._poll_closers.append(closer)
        return self._record(call, message, text=call.params.get("question")).message

    def _close_poll(self, poll_id: str) -> Json:
        """Close a poll (its open period ran out, or stopPoll); the bot gets its final state."""
        self._polls[poll_id]["is_closed"] = True
        poll = self._current_poll(poll_id)
        key = self._poll_chats[poll_id]
        if (message := self._messages.get(key)) is not None:
            self._store_message({**message, "poll": poll})
        if sent := self._bot_messages.get(key):
            closed = {**sent.message, "poll": poll}
            self._bot_messages[key] = dataclasses.replace(sent, message=closed, poll=poll)
        self.push_update({"poll": poll})
        self._activity.notify()
        return poll

    def _validated_poll(self, params: Json) -> Json:
        question = parse_formatted(str(params.get("question", "")), params.get("question_parse_mode"))
        _check_length(
            question,
            MAX_POLL_QUESTION_LENGTH,
            too_long=f"poll question length must not exceed {MAX_POLL_QUESTION_LENGTH}",
            empty="poll question must be non-empty",
        )
        options = [_poll_option_text(option) for option in params.get("options") or []]
        if len(options) not in POLL_OPTION_COUNT:
            raise _bad_request(
                f"poll must have {POLL_OPTION_COUNT.start}-{POLL_OPTION_COUNT.stop - 1} options"
            )
        if any(not option.strip() or len(option) > MAX_POLL_OPTION_LENGTH for option in options):
            raise _bad_request(f"poll options length must be 1-{MAX_POLL_OPTION_LENGTH}")
        poll_type = params.get("type", "regular")
        if poll_type not in ("regular", "quiz"):
            raise _bad_request("wrong poll type specified")
        poll_id = str(5_000_000_000 + next(self._ids))
        poll: Json = {
            "id": poll_id,
            "question": question.text,
            "options": [
                {"text": option, "voter_count": 0, "persistent_id": f"{poll_id}:{index}"}
                for index, option in enumerate(options)
            ],
            "total_voter_count": 0,
            "is_closed": bool(params.get("is_closed", False)),
            "is_anonymous": bool(params.get("is_anonymous", True)),
            "type": poll_type,
            "allows_multiple_answers": bool(params.get("allows_multiple_answers", False)),
            "allows_revoting": bool(params.get("allows_revoting", poll_type == "regular")),
            "members_only": bool(params.get("members_only", False)),
        }
        if question.entities:
            poll["question_entities"] = question.entities
        if poll_type == "quiz":
            poll.update(self._quiz_fields(params, len(options)))
        if "open_period" in params:
            poll.update(self._open_period_fields(params))
        return poll

    @staticmethod
    def _quiz_fields(params: Json, option_count: int) -> Json:
        # Bot API 9.6 replaced correct_option_id by correct_option_ids; older clients still
        # send the former.
        correct = params.get("correct_option_ids", [params.get("correct_option_id")])
        valid = (
            isinstance(correct, list)
            and correct
            and all(isinstance(option, int) and 0 <= option < option_count for option in correct)
            and correct == sorted(set(correct))
        )
        if not valid:
            raise _bad_request("wrong correct option IDs specified")
        fields: Json = {"correct_option_ids": correct}
        if "explanation" in params:
            explanation = parse_formatted(str(params["explanation"]), params.get("explanation_parse_mode"))
            _check_length(
                explanation,
                MAX_POLL_EXPLANATION_LENGTH,
                too_long="explanation is too long",
                empty=None,
            )
            fields.update(explanation.fields("explanation", "explanation_entities"))
        return fields

    @staticmethod
    def _open_period_fields(params: Json) -> Json:
        open_period = _int_param(params, "open_period")
        if open_period not in POLL_OPEN_PERIOD:
            raise _bad_request("wrong open period specified")
        return {"open_period": open_period, "close_date": _unix_time() + open_period}

    def _stop_poll(self, call: ApiCall) -> Json:
        key = (_chat_id_param(call.params), _int_param(call.params, "message_id"))
        message = self._messages.get(key)
        if message is None or "poll" not in message:
            raise _bad_request("message with poll to stop not found")
        poll_id = message["poll"]["id"]
        if self._polls[poll_id]["is_closed"]:
            raise _bad_request("poll has already been closed")
        return self._close_poll(poll_id)

    def _send_chat_action(self, call: ApiCall) -> bool:
        self._chat(_chat_id_param(call.params))  # refuses an unknown @username
        if call.params.get("action") not in _CHAT_ACTIONS:
            raise _bad_request("wrong parameter action in request")
        return True

    # ----------------------------------------------------------------- Bot API: editing

    def _edit_message_text(self, call: ApiCall) -> Json | bool:
        params = call.params
        text = parse_formatted(str(params.get("text", "")), params.get("parse_mode"))
        _check_length(text, MAX_MESSAGE_LENGTH, too_long="message is too long", empty="message text is empty")
        markup = _validated_markup(params)
        if "inline_message_id" in params:
            return True  # inline messages live in other chats; the call is in api.calls
        old = self._editable_message(params)
        if "text" not in old:
            raise _bad_request("there is no text in the message to edit")
        content = {**text.fields("text", "entities"), **_inline_markup(markup)}
        if "link_preview_options" in params:
            content["link_preview_options"] = params["link_preview_options"]
        edited = self._edited(old, content, ("text", "entities", "reply_markup", "link_preview_options"))
        return self._record(call, edited, text=params.get("text")).message

    def _edit_message_reply_markup(self, call: ApiCall) -> Json | bool:
        markup = _validated_markup(call.params)
        if "inline_message_id" in call.params:
            return True
        old = self._editable_message(call.params)
        edited = self._edited(old, _inline_markup(markup), ("reply_markup",))
        previous = self._bot_messages[(old["chat"]["id"], old["message_id"])]
        return self._record(call, edited, text=previous.text, parse_mode=previous.parse_mode).message

    def _editable_message(self, params: Json) -> Json:
        key = (_chat_id_param(params), _int_param(params, "message_id"))
        message = self._messages.get(key)
        if message is None:
            raise _bad_request("message to edit not found")
        if message.get("from", {}).get("id") != self.bot_id:
            raise _bad_request("message can't be edited")
        return message

    @staticmethod
    def _edited(old: Json, content: Json, replaced: tuple[str, ...]) -> Json:
        edited = {key: value for key, value in old.items() if key not in replaced}
        edited.update(content)
        if all(old.get(key) == edited.get(key) for key in replaced):
            raise _bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        edited["edit_date"] = _unix_time()
        return edited

    def _delete_message(self, call: ApiCall) -> bool:
        key = (_chat_id_param(call.params), _int_param(call.params, "message_id"))
        if self._messages.pop(key, None) is None:
            raise _bad_request("message to delete not found")
        self._bot_messages.pop(key, None)
        return True

    # ----------------------------------------------------------------- Bot API: queries

    def _answer_callback_query(self, call: ApiCall) -> bool:
        params = call.params
        text = params.get("text")
        if text is not None and len(text) > MAX_CALLBACK_ANSWER_LENGTH:
            raise _bad_request("MESSAGE_TOO_LONG")
        query_id = self._close_query(params, "callback_query_id", "callback_query")
        answer = CallbackAnswer(
            callback_query_id=query_id,
            text=text,
            show_alert=bool(params.get("show_alert", False)),
            url=params.get("url"),
            cache_time=_int_param(params, "cache_time"),
            at=_now(),
        )
        self.callback_answers.append(answer)
        return True

    def _answer_inline_query(self, call: ApiCall) -> bool:
        params = call.params
        results = params.get("results")
        if not isinstance(results, list):
            raise _bad_request("can't parse inline query results JSON object")
        if len(results) > MAX_INLINE_RESULTS:
            raise _bad_request("RESULTS_TOO_MUCH")
        result_ids = [result.get("id") for result in results]
        if len(set(result_ids)) != len(result_ids):
            raise _bad_request("RESULT_ID_DUPLICATE")
        query_id = self._close_query(params, "inline_query_id", "inline_query")
        answer = InlineAnswer(
            inline_query_id=query_id,
            results=results,
            cache_time=_int_param(params, "cache_time", 300),
            is_personal=bool(params.get("is_personal", False)),
            next_offset=str(params.get("next_offset", "")),
            button=params.get("button"),
            at=_now(),
        )
        self.inline_answers.append(answer)
        return True

    def _close_query(self, params: Json, param: str, kind: str) -> str:
        query_id = str(params.get(param, ""))
        # Telegram refuses unknown ids and answering the same query twice alike.
        if self._open_queries.get(query_id) != kind:
            raise _bad_request("query is too old and response timeout expired or query ID is invalid")
        del self._open_queries[query_id]
        return query_id

    # ----------------------------------------------------------------- Bot API: chats

    def _get_chat(self, call: ApiCall) -> Json:
        chat = self._chat(_chat_id_param(call.params))
        gift_types = dict.fromkeys(
            (
                "unlimited_gifts",
                "limited_gifts",
                "unique_gifts",
                "premium_subscription",
                "gifts_from_channels",
            ),
            False,
        )
        return {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": gift_types,
        }

    def _get_chat_member(self, call: ApiCall) -> Json:
        chat = self._chat(_chat_id_param(call.params))
        user_id = _int_param(call.params, "user_id")
        status = self._member_statuses.get((chat["id"], user_id), "member")
        return _chat_member(status, self._user(user_id))

    def _get_chat_administrators(self, call: ApiCall) -> list[Json]:
        chat = self._chat(_chat_id_param(call.params))
        if chat["type"] == "private":
            raise _bad_request("there are no administrators in the private chat")
        return [
            _chat_member(status, self._user(user_id))
            for (chat_id, user_id), status in self._member_statuses.items()
            if chat_id == chat["id"] and status in ("creator", "administrator")
        ]

    def _set_chat_menu_button(self, call: ApiCall) -> bool:
        button = call.params.get("menu_button") or {"type": "default"}
        if not isinstance(button, dict) or button.get("type") not in ("commands", "web_app", "default"):
            raise _bad_request("can't parse menu button JSON object")
        if button["type"] == "web_app" and not (
            button.get("text") and (button.get("web_app") or {}).get("url")
        ):
            raise _bad_request("BUTTON_INVALID")
        chat_id = _chat_id_param(call.params) if "chat_id" in call.params else None
        if chat_id is not None and self._chat(chat_id)["type"] != "private":
            raise _bad_request("chat is not a private chat")
        self._menu_buttons[chat_id] = button
        return True

    def _get_chat_menu_button(self, call: ApiCall) -> Json:
        chat_id = _chat_id_param(call.params) if "chat_id" in call.params else None
        return self.menu_button(chat_id)

    # ----------------------------------------------------------------- world state

    def _user(self, user_id: int) -> Json:
        if user_id == self.bot_id:
            return self.bot_user
        return dict(
            self._users.get(user_id) or {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"}
        )

    def _register_user(self, user_id: int, first_name: str | None, username: str | None) -> Json:
        user = self._users.setdefault(
            user_id, {"id": user_id, "is_bot": False, "first_name": DEFAULT_FIRST_NAME}
        )
        if first_name is not None:
            user["first_name"] = first_name
        if username is not None:
            user["username"] = username
        return dict(user)

    def _chat(self, chat_id: ChatId) -> Json:
        """A known chat, or one made up from the id's sign like Telegram's id ranges."""
        if chat_id not in self._chats:
            if isinstance(chat_id, str):
                raise _bad_request("chat not found")
            if chat_id > 0:
                self._chats[chat_id] = {
                    "id": chat_id,
                    "type": "private",
                    "first_name": f"User {chat_id}",
                }
            else:
                chat_type = "supergroup" if str(chat_id).startswith("-100") else "group"
                self._chats[chat_id] = {
                    "id": chat_id,
                    "type": chat_type,
                    "title": DEFAULT_GROUP_TITLE,
                }
        return dict(self._chats[chat_id])

    def _register_chat(self, chat_id: ChatId, chat_type: str, user: Json, title: str | None) -> Json:
        if chat_type == "private":
            chat = {"id": chat_id, "type": "private", "first_name": user["first_name"]}
            if "username" in user:
                chat["username"] = user["username"]
        else:
            known_title = self._chats.get(chat_id, {}).get("title")
            chat = {
                "id": chat_id,
                "type": chat_type,
                "title": title or known_title or DEFAULT_GROUP_TITLE,
            }
        self._chats[chat_id] = chat
        return dict(chat)

    def _participants(self, sender: Sender) -> tuple[Json, Json]:
        chat_type = sender.get("chat_type", "private")
        chat_id, user_id = sender.get("chat_id"), sender.get("user_id")
        if chat_type == "private":
            user_id = (
                user_id if user_id is not None else int(chat_id if chat_id is not None else DEFAULT_USER_ID)
            )
            chat_id = user_id if chat_id is None else chat_id
            if chat_id != user_id:
                raise ValueError(f"a private chat's id is its user's id: chat {chat_id} != user {user_id}")
        else:
            user_id = DEFAULT_USER_ID if user_id is None else user_id
            chat_id = DEFAULT_GROUP_CHAT_ID if chat_id is None else chat_id
        user = self._register_user(user_id, sender.get("first_name"), sender.get("username"))
        if chat_type == "private":
            self._not_started.discard(user_id)
        return self._register_chat(chat_id, chat_type, user, sender.get("chat_title")), user

    def _next_message_id(self, chat_id: ChatId) -> int:
        # Message ids count per chat, as in private chats and groups on Telegram.
        self._last_message_ids[chat_id] = self._last_message_ids.get(chat_id, 0) + 1
        return self._last_message_ids[chat_id]

    def _new_file_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids):06d}"

    def _photo_sizes(self, file_size: int) -> list[Json]:
        file_id = self._new_file_id("AgACAg")
        return [
            {
                "file_id": f"{file_id}s",
                "file_unique_id": f"u{file_id}s",
                "width": 90,
                "height": 68,
                "file_size": file_size // 20,
            },
            {
                "file_id": f"{file_id}m",
                "file_unique_id": f"u{file_id}m",
                "width": 800,
                "height": 600,
                "file_size": file_size,
            },
        ]

    def _store_message(self, message: Json) -> None:
        self._messages[(message["chat"]["id"], message["message_id"])] = message

    def _message_key(self, ref: MessageRef, chat_id: ChatId | None) -> tuple[ChatId, int]:
        if isinstance(ref, SentMessage):
            return ref.chat_id, ref.message_id
        if isinstance(ref, dict):
            message = _message_of(ref)
            return message["chat"]["id"], message["message_id"]
        if chat_id is None:
            raise ValueError("pass chat_id when giving the message as a bare message_id")
        return chat_id, ref

    def _stored_message(self, ref: MessageRef, chat_id: ChatId | None) -> Json:
        key = self._message_key(ref, chat_id)
        if key not in self._messages:
            raise ValueError(f"no message {key[1]} in chat {key[0]}")
        return self._messages[key]

    def _push_user_message(self, content: Json, sender: Sender, reply_to: MessageRef | None = None) -> Json:
        chat, user = self._participants(sender)
        message = {
            "message_id": self._next_message_id(chat["id"]),
            "date": _unix_time(),
            "chat": chat,
            "from": user,
        }
        message.update(content)
        if reply_to is not None:
            message["reply_to_message"] = _without_reply(self._stored_message(reply_to, chat["id"]))
        self._store_message(message)
        return self.push_update({"message": message})

    def _new_bot_message(self, call: ApiCall, content: Json) -> Json:
        chat = self._chat(_chat_id_param(call.params))
        if chat["id"] in self._not_started:
            raise _ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        markup = _validated_markup(call.params)
        web_apps = [b for row in (markup or {}).get("inline_keyboard", []) for b in row if "web_app" in b]
        if web_apps and chat["type"] != "private":
            raise _bad_request("BUTTON_TYPE_INVALID")  # Telegram allows web-app buttons in private chats only
        message = {
            "message_id": self._next_message_id(chat["id"]),
            "date": _unix_time(),
            "chat": chat,
            "from": self.bot_user,
            **content,
            **_inline_markup(markup),
        }
        if replied := self._replied_message(call.params, chat["id"]):
            message["reply_to_message"] = replied
        return message

    def _replied_message(self, params: Json, chat_id: ChatId) -> Json | None:
        reply = params.get("reply_parameters") or {}
        if "reply_to_message_id" in params:
            reply = {
                "message_id": params["reply_to_message_id"],
                "allow_sending_without_reply": params.get("allow_sending_without_reply", False),
            }
        if not reply:
            return None
        target_chat = _chat_id_param(reply) if "chat_id" in reply else chat_id
        target = self._messages.get((target_chat, int(reply["message_id"])))
        if target is None:
            if reply.get("allow_sending_without_reply"):
                return None
            raise _bad_request("message to be replied not found")
        return _without_reply(target)

    def _record(
        self,
        call: ApiCall,
        message: Json,
        *,
        text: str | None,
        parse_mode: str | None = None,
        photo: bytes | str | None = None,
        document: bytes | None = None,
    ) -> SentMessage:
        sent = SentMessage(
            method=call.method,
            chat_id=message["chat"]["id"],
            message_id=message["message_id"],
            text=text,
            parse_mode=parse_mode or call.params.get("parse_mode"),
            reply_markup=call.params.get("reply_markup"),
            message=message,
            received_at=_now(),
            poll=message.get("poll"),
            photo=photo,
            document=document,
        )
        self._store_message(message)
        self._bot_messages[(sent.chat_id, sent.message_id)] = sent
        self.sent.append(sent)
        self._sent_by_chat.setdefault(sent.chat_id, []).append(sent)
        return sent

    @staticmethod
    def _check_button_exists(message: SentMessage | Json, callback_data: str) -> None:
        if isinstance(message, SentMessage):
            markup = message.reply_markup or {}
        else:
            markup = _message_of(message).get("reply_markup") or {}
        keyboard = markup.get("inline_keyboard")
        if keyboard and callback_data not in {
            button.get("callback_data") for row in keyboard for button in row
        }:
            raise ValueError(f"no button with callback_data {callback_data!r} in {keyboard}")

    def _current_poll(self, poll_id: str) -> Json:
        """The poll as the bot sent it, with the votes cast since."""
        poll = copy.deepcopy(self._polls[poll_id])
        votes = self._poll_votes.get(poll_id, {})
        for option_ids in votes.values():
            for option_id in option_ids:
                poll["options"][option_id]["voter_count"] += 1
        poll["total_voter_count"] = sum(1 for option_ids in votes.values() if option_ids)
        return poll

    @staticmethod
    def _check_vote(poll: Json, option_ids: list[int], *, revote: bool) -> None:
        if poll["is_anonymous"]:
            raise ValueError(
                "Telegram sends no poll_answer for anonymous polls; send it with is_anonymous=False"
            )
        if poll["is_closed"]:
            raise ValueError("the poll is closed")
        if revote and not poll["allows_revoting"]:
            raise ValueError("the poll does not allow changing an answer")
        if any(not 0 <= option < len(poll["options"]) for option in option_ids):
            raise ValueError(f"option ids {option_ids} out of range for {len(poll['options'])} options")
        if len(option_ids) > 1 and not poll["allows_multiple_answers"]:
            raise ValueError("the poll allows a single answer")
