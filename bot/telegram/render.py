"""Turns the tutor's replies into Bot API calls: messages, edits, pictures and inline results."""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
)
from telegram.constants import ParseMode, PollType
from telegram.error import BadRequest

from bot.telegram.bounds import split_html, trim_html
from bot.telegram.limits import delivered
from bot.tutor import InlineArticle, Poll, Reply

log = logging.getLogger(__name__)
KEPT_UPLOADS = 512  # file ids of pictures sent, by content; the oldest is forgotten first
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in reply.buttons]
    )


def article(found: InlineArticle) -> InlineQueryResultArticle:
    return InlineQueryResultArticle(
        id=found.id,
        title=found.title,
        description=found.description,
        input_message_content=InputTextMessageContent(
            trim_html(found.text), parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
        ),
    )


class Renderer:
    """Sends replies in order; uploads a picture once per content and reuses Telegram's file id after."""

    def __init__(self) -> None:
        self._uploaded: OrderedDict[str, str] = OrderedDict()  # picture key -> file id

    async def send(
        self, bot: Bot, chat_id: int, replies: list[Reply], *, pressed: Message | None = None
    ) -> None:
        for reply in replies:
            if reply.edit and pressed is not None and await self._edit(pressed, reply):
                pressed = None  # only the first edit replaces the pressed message
                continue
            await self.send_one(bot, chat_id, reply)

    async def send_one(self, bot: Bot, chat_id: int, reply: Reply) -> Message:
        """One reply (a picture first when it has one), as several messages when the text is over
        Telegram's limit, the buttons under the last; the last message sent."""
        if reply.poll is not None:
            return await self._send_poll(bot, chat_id, reply.poll)
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
                chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup, link_preview_options=NO_PREVIEW
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
            )
        )

    async def _edit(self, message: Message, reply: Reply) -> bool:
        """Replace the message whose button was pressed; False when Telegram cannot (a photo, too old)
        or one message cannot hold the text."""
        if not message.text or reply.picture is not None or len(split_html(reply.text)) > 1:
            return False
        try:
            await delivered(
                lambda: message.edit_text(
                    reply.text,
                    parse_mode=ParseMode.HTML,
                    reply_markup=keyboard(reply),
                    link_preview_options=NO_PREVIEW,
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
        sent = await delivered(lambda: bot.send_photo(chat_id, photo, filename=picture.name))
        if file_id is None and sent.photo:
            self._uploaded[picture.key] = sent.photo[-1].file_id
            if len(self._uploaded) > KEPT_UPLOADS:
                self._uploaded.popitem(last=False)
