"""Turns the tutor's replies into Bot API calls: messages, edits, pictures and inline results."""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
)
from telegram.constants import ParseMode, PollType
from telegram.error import BadRequest, TelegramError

from bot.telegram.bounds import split_html, trim_html
from bot.telegram.limits import FIRST, LAST, NORMAL, delivered
from bot.tutor import InlineArticle, Poll, Reply

log = logging.getLogger(__name__)
KEPT_UPLOADS = 512  # file ids of pictures sent, by content; the oldest is forgotten first
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
KEPT_MESSAGES = 10_000


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in reply.buttons]
    )


def paced(bot: Bot, priority: int) -> dict:
    """The request's place in its chat's queue, for a bot that paces its requests."""
    return {"rate_limit_args": priority} if getattr(bot, "rate_limiter", None) is not None else {}


def article(found: InlineArticle) -> InlineQueryResultArticle:
    return InlineQueryResultArticle(
        id=found.id,
        title=found.title,
        description=found.description,
        input_message_content=InputTextMessageContent(
            trim_html(found.text), parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
        ),
    )


class LatestEdits:
    """Edits where only the newest state matters (a lobby filling up): one edit in flight per
    message and at most one waiting, which the newest state replaces. Under a group's pacing
    that is at most one edit per slot however fast the taps come, and never a backlog."""

    def __init__(self, edit: Callable[[Message, Reply], Awaitable[bool]]) -> None:
        self._edit = edit
        self._waiting: dict[tuple[int, int], Reply] = {}
        self._editing: dict[tuple[int, int], asyncio.Task] = {}
        self._newest: OrderedDict[tuple[int, int], int] = OrderedDict()  # message -> newest version
        self.edits = 0  # edits sent, for the benchmark

    def submit(self, message: Message, reply: Reply) -> None:
        key = (message.chat_id, message.message_id)
        if reply.version < self._newest.get(key, 0):
            return  # computed before a state already on its way: it would put the old one back
        self._newest[key] = reply.version
        self._newest.move_to_end(key)
        if len(self._newest) > KEPT_MESSAGES:
            self._newest.popitem(last=False)
        self._waiting[key] = reply
        if key not in self._editing:
            self._editing[key] = asyncio.create_task(self._drain(key, message))

    async def _drain(self, key: tuple[int, int], message: Message) -> None:
        try:
            while (reply := self._waiting.pop(key, None)) is not None:
                self.edits += 1
                try:
                    await self._edit(message, reply)
                except TelegramError as exc:
                    log.warning("could not update message %s: %s", message.message_id, exc)
        finally:
            del self._editing[key]


class Renderer:
    """Sends replies in order; uploads a picture once per content and reuses Telegram's file id after."""

    def __init__(self) -> None:
        self._uploaded: OrderedDict[str, str] = OrderedDict()  # picture key -> file id
        self.latest = LatestEdits(self._edit)

    async def send(
        self, bot: Bot, chat_id: int, replies: list[Reply], *, pressed: Message | None = None
    ) -> None:
        for reply in replies:
            if not reply.is_message:
                continue
            if reply.edit and reply.latest_only and pressed is not None and pressed.text:
                self.latest.submit(pressed, reply)
                pressed = None
                continue
            if reply.edit and pressed is not None and await self._edit(pressed, reply):
                pressed = None  # only the first edit replaces the pressed message
                continue
            await self.send_one(bot, chat_id, reply)

    async def answer_press(self, query: CallbackQuery, replies: list[Reply]) -> None:
        """Stop the button's spinner at once, with the tutor's private note when it has one."""
        toast = next((r.toast for r in replies if r.toast), None)
        try:
            await query.answer(toast)
        except BadRequest as exc:  # a tap Telegram has already given up on: the replies still go
            log.info("could not answer a button tap: %s", exc)

    async def send_one(self, bot: Bot, chat_id: int, reply: Reply) -> Message:
        """One reply (a picture first when it has one), as several messages when the text is over
        Telegram's limit, the buttons under the last; the last message sent."""
        if reply.poll is not None:
            return await self._send_poll(bot, chat_id, reply.poll)
        if reply.document is not None:
            return await self._send_document(bot, chat_id, reply)
        if reply.picture is not None:
            await self._send_picture(bot, chat_id, reply)
        *first, last = split_html(reply.text)
        for text in first:
            await self._send_text(bot, chat_id, text, None)
        return await self._send_text(bot, chat_id, last, keyboard(reply))

    async def _send_text(
        self, bot: Bot, chat_id: int, text: str, markup: InlineKeyboardMarkup | None
    ) -> Message:
        return await delivered(
            lambda: bot.send_message(
                chat_id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                link_preview_options=NO_PREVIEW,
                **paced(bot, NORMAL),
            )
        )

    async def _send_poll(self, bot: Bot, chat_id: int, poll: Poll) -> Message:
        return await delivered(
            lambda: bot.send_poll(
                chat_id,
                poll.question,
                list(poll.options),
                type=PollType.QUIZ,
                is_anonymous=False,  # answers reach the bot only from non-anonymous polls
                correct_option_ids=[poll.correct_option],
                explanation=poll.explanation,
                open_period=poll.open_period,
                **paced(bot, FIRST),
            ),
            resend_on_timeout=False,  # it may be in the group already: the tournament finds out
        )

    async def _send_document(self, bot: Bot, chat_id: int, reply: Reply) -> Message:
        document = reply.document
        assert document is not None
        return await delivered(
            lambda: bot.send_document(
                chat_id,
                document.data,
                filename=document.name,
                caption=reply.text or None,
                parse_mode=ParseMode.HTML,
            )
        )

    async def _edit(self, message: Message, reply: Reply) -> bool:
        """Replace the message whose button was pressed; False when Telegram cannot (a photo, too old)
        or one message cannot hold the text."""
        if not message.text or reply.picture is not None or len(split_html(reply.text)) > 1:
            return False
        try:
            await delivered(
                lambda: message.get_bot().edit_message_text(
                    reply.text,
                    chat_id=message.chat_id,
                    message_id=message.message_id,
                    parse_mode=ParseMode.HTML,
                    reply_markup=keyboard(reply),
                    link_preview_options=NO_PREVIEW,
                    **paced(message.get_bot(), LAST if reply.latest_only else NORMAL),
                )
            )
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return True  # a second tap on the same button: nothing changes, on purpose
            log.info("could not edit message %s: %s", message.message_id, exc)
            return False
        return True

    async def _send_picture(self, bot: Bot, chat_id: int, reply: Reply) -> None:
        picture = reply.picture
        assert picture is not None
        file_id = self._uploaded.get(picture.key)
        if file_id is not None:
            self._uploaded.move_to_end(picture.key)
        photo = file_id or await asyncio.to_thread(lambda: picture.png)
        sent = await delivered(
            lambda: bot.send_photo(chat_id, photo, filename=picture.name, **paced(bot, NORMAL))
        )
        if file_id is None and sent.photo:
            self._uploaded[picture.key] = sent.photo[-1].file_id
            if len(self._uploaded) > KEPT_UPLOADS:
                self._uploaded.popitem(last=False)
