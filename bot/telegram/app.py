"""Builds the Telegram Application (the whole routing table in one place) and runs it."""

from __future__ import annotations

import asyncio
import logging
import socket
import sys
from urllib.parse import urlparse

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    Update,
)
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    PollAnswerHandler,
    PollHandler,
    TypeHandler,
    filters,
)

from bot.content import ContentError
from bot.logs import RedactingFormatter, configure_logging
from bot.settings import Settings, StartupError
from bot.store import Cluster, Database
from bot.telegram.handlers import Handlers
from bot.telegram.limits import TelegramLimits
from bot.telegram.measure import MeasuredUpdates
from bot.tutor import Tutor
from bot.tutor.build import build_tutor

log = logging.getLogger(__name__)

NO_TOKEN = """TELEGRAM_BOT_TOKEN is not set.
Get a token from @BotFather in Telegram (send /newbot and follow the steps), then put it in
a .env file next to this project (TELEGRAM_BOT_TOKEN=123456:ABC...) or export it.
Without a token you can still try the tutor in this terminal: tutorbot chat"""

CONCURRENT_UPDATES = 64


def build_application(
    settings: Settings,
    tutor: Tutor,
    *,
    rate_limits: bool = True,
    db: Database | None = None,
    cluster: Cluster | None = None,
) -> Application:
    """The Application with every handler registered; `rate_limits=False` only for capacity benchmarks.
    With a `cluster` (PostgreSQL) several instances share updates, tournaments and Telegram's limits."""
    assert settings.telegram_bot_token is not None
    handlers = Handlers(tutor, settings.admin_ids, cluster=cluster)
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_base_url.replace("/bot", "/file/bot"))
        .concurrent_updates(MeasuredUpdates(CONCURRENT_UPDATES))
        .post_init(lambda app: _start(app, tutor, handlers, db))
        .post_stop(lambda app: handlers.tournaments.stop())
    )
    if db is not None:
        builder = builder.post_shutdown(lambda app: _close(db, cluster))
    if rate_limits:
        builder = builder.rate_limiter(TelegramLimits(cluster.send_slots if cluster else None))
    app = builder.build()

    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    new_message = filters.UpdateType.MESSAGE
    app.add_handler(TypeHandler(Update, handlers.skip_duplicate), group=-2)
    app.add_handler(TypeHandler(Update, handlers.hold_flood), group=-1)
    app.add_handlers(
        [
            CommandHandler("start", handlers.start),
            CommandHandler("help", handlers.show_help),
            CommandHandler("topik", handlers.browse_topics),
            CommandHandler("banding", handlers.compare),
            CommandHandler("tanya", handlers.ask_command),
            CommandHandler("belumterjawab", handlers.list_unanswered),
            CommandHandler("kuis", handlers.start_quiz),
            CommandHandler("ulang", handlers.review_mistakes),
            CommandHandler("skor", handlers.show_progress),
            CommandHandler("klasemen", handlers.show_leaderboard),
            CommandHandler("stop", handlers.stop_tournament),
            MessageHandler(filters.COMMAND & new_message, handlers.unknown_command),
            MessageHandler(filters.TEXT & private & new_message, handlers.ask_private),
            MessageHandler(filters.TEXT & groups & new_message, handlers.ask_in_group),
            MessageHandler(filters.UpdateType.EDITED_MESSAGE & private, handlers.edited),
            MessageHandler(~filters.TEXT & private & new_message, handlers.not_text),
            CallbackQueryHandler(handlers.press_button),
            InlineQueryHandler(handlers.look_up_inline),
            ChatMemberHandler(handlers.joined_group, ChatMemberHandler.MY_CHAT_MEMBER),
            PollAnswerHandler(handlers.receive_poll_answer),
            PollHandler(handlers.receive_poll),
        ]
    )
    app.add_error_handler(handlers.on_error)
    return app


async def _start(app: Application, tutor: Tutor, handlers: Handlers, db: Database | None) -> None:
    """Inside the bot's event loop: open the database, learn our username, register the menu,
    and carry on with any tournament a restart interrupted."""
    if db is not None:
        await db.open()
    tutor.bot_username = app.bot.username
    await asyncio.to_thread(tutor.comparison.render_pictures)
    await handlers.tournaments.start(app.bot)
    menus = tutor.messages.commands
    for scope, commands in ((BotCommandScopeAllPrivateChats(), menus.private),
                            (BotCommandScopeAllGroupChats(), menus.group)):  # fmt: skip
        try:
            await app.bot.set_my_commands([BotCommand(c, d) for c, d in commands.items()], scope=scope)
        except TelegramError as exc:
            log.warning("the command menu was not registered (%s); carrying on", exc)


async def _close(db: Database, cluster: Cluster | None) -> None:
    if cluster is not None:
        await cluster.send_slots.close()
    await db.close()


def run_bot(settings: Settings) -> int:
    token = settings.telegram_bot_token
    logs = configure_logging(settings.log_level, [token.get_secret_value()] if token else [])
    if token is None:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    if settings.webhook_url and settings.webhook_secret is None:
        print("WEBHOOK_URL is set but WEBHOOK_SECRET is not: set a secret so that only "
              "Telegram can post updates.", file=sys.stderr)  # fmt: skip
        return 2
    try:
        db = Database(settings.database_url)
        cluster = Cluster.on(db)
        app = build_application(
            settings, build_tutor(settings.content_dir, db, cluster), db=db, cluster=cluster
        )
    except ContentError as exc:
        log.error("content has errors, not starting:\n%s", exc)
        return 1
    asyncio.run(_check_before_start(settings, app, db, logs))
    if settings.webhook_url:
        assert settings.webhook_secret is not None
        app.run_webhook(
            listen="0.0.0.0",
            port=settings.port,
            url_path=urlparse(settings.webhook_url).path.lstrip("/"),
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret.get_secret_value(),
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0


async def _check_before_start(
    settings: Settings, app: Application, db: Database, logs: RedactingFormatter
) -> None:
    """Every setting that cannot work fails here, in one line, before anything is started."""
    try:
        await db.open()
    finally:
        await db.engine.dispose()  # its connections belong to this event loop, not the bot's
    try:
        await app.bot.initialize()
    except InvalidToken:
        raise StartupError(
            "TELEGRAM_BOT_TOKEN: Telegram refused this token. Copy it again from @BotFather "
            "(/mybots, your bot, API Token) into .env"
        ) from None
    except NetworkError as exc:
        api = urlparse(settings.telegram_api_base_url)
        raise StartupError(
            f"TELEGRAM_API_BASE_URL: cannot reach the Bot API at {api.scheme}://{api.netloc} "
            f"({logs.redact(exc.message)}). Check the network, or correct the URL"
        ) from None
    finally:
        await app.bot.shutdown()
    if settings.webhook_url:
        _check_port_free("PORT", settings.port)


def _check_port_free(setting: str, port: int) -> None:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("0.0.0.0", port))
        except OSError as exc:
            raise StartupError(
                f"{setting}: port {port} cannot be used ({exc.strerror}). Stop the program using it, "
                f"or set {setting} to a free port"
            ) from None
