"""The dashboard from Telegram's side: /guru's web-app button, menu button and one-time link, and the
web server started and stopped with the bot in its own event loop."""

from __future__ import annotations

import html
import logging
from datetime import UTC, datetime

from telegram import (
    Bot,
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MenuButtonWebApp,
    Update,
    WebAppInfo,
)
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.content.models import fill
from bot.settings import Settings
from bot.telegram.directory import TelegramDirectory
from bot.tutor import Tutor
from bot.web import WebServer, build_web_app
from bot.web.auth import Signer, Viewer
from bot.web.dashboard import DashboardRoutes
from bot.web.ops import Health, ops_routes

log = logging.getLogger(__name__)
BUTTON = "📊 Dasbor"
DEEP_LINK = "guru"


def web_server(settings: Settings, tutor: Tutor, bot: Bot, health: Health | None) -> WebServer | None:
    """The server for WEB_PORT: the dashboard's routes, and /healthz and /metrics when the bot has
    a database; None when WEB_PORT is unset."""
    if settings.web_port is None or settings.telegram_bot_token is None:
        return None
    routes = DashboardRoutes(
        tutor,
        TelegramDirectory(bot),
        bot_token=settings.telegram_bot_token.get_secret_value(),
        admin_ids=settings.admin_ids,
    )
    tables = [routes.routes()] + ([ops_routes(health)] if health is not None else [])
    return WebServer(build_web_app(*tables), settings.web_port)


class GuruCommand:
    """/guru: in a private chat, the dashboard button and a link for a computer; in a group, a way there."""

    def __init__(self, tutor: Tutor, settings: Settings) -> None:
        self._messages = tutor.content.messages
        self._page = f"{settings.web_url}/app" if settings.web_url else None
        token = settings.telegram_bot_token
        self._signer = Signer(token.get_secret_value()) if token else None

    async def open_dashboard(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None:
            return
        if chat.type != Chat.PRIVATE:
            there = InlineKeyboardButton(BUTTON, url=f"https://t.me/{context.bot.username}?start={DEEP_LINK}")
            await context.bot.send_message(
                chat.id, self._messages.guru_in_group, reply_markup=InlineKeyboardMarkup([[there]])
            )
            return
        if self._page is None or self._signer is None:
            await context.bot.send_message(chat.id, self._messages.guru_disabled, parse_mode=ParseMode.HTML)
            return
        link = (
            f"{self._page}#link={self._signer.issue_link(Viewer(user.id, user.full_name), datetime.now(UTC))}"
        )
        app = WebAppInfo(url=self._page)
        await context.bot.send_message(
            chat.id,
            fill(self._messages.guru_open, link=html.escape(link)),
            parse_mode=ParseMode.HTML,
            reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton(BUTTON, web_app=app)]]),
        )
        try:
            await context.bot.set_chat_menu_button(chat.id, MenuButtonWebApp(BUTTON, app))
        except TelegramError as exc:
            log.warning("the dashboard menu button was not set (%s)", exc)
