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
from bot.telegram.dashboard import DEEP_LINK, GuruCommand, web_server
from bot.telegram.handlers import Handlers
from bot.telegram.limits import TelegramLimits
from bot.telegram.measure import MeasuredUpdates
from bot.telegram.tournaments import TelegramChannel
from bot.tutor import Tutor
from bot.tutor.build import build_tutor
from bot.web import WebServer
from bot.web.ops import Health

log = logging.getLogger(__name__)

NO_TOKEN = """TELEGRAM_BOT_TOKEN is not set.
Get a token from @BotFather in Telegram (send /newbot and follow the steps), then put it in
a .env file next to this project (TELEGRAM_BOT_TOKEN=123456:ABC...) or export it.
Without a token you can still try the tutor in this terminal: tutorbot chat"""

CONCURRENT_UPDATES = 64
LEARNED_POLL_SECONDS = 5.0  # how soon an example added by another instance reaches this one


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
    handlers = Handlers(
        tutor, settings.admin_ids, schedule_join_seconds=settings.schedule_join_seconds, cluster=cluster
    )
    guru = GuruCommand(tutor, settings)
    life = Lifecycle(tutor, handlers, db, cluster)
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_base_url.replace("/bot", "/file/bot"))
        .concurrent_updates(MeasuredUpdates(CONCURRENT_UPDATES))
        .post_init(life.start)
        .post_stop(life.stop)
        .post_shutdown(life.shut_down)
    )
    if rate_limits:
        builder = builder.rate_limiter(TelegramLimits(cluster.send_slots if cluster else None))
    app = builder.build()
    health = Health(db, receiving=lambda: app.updater is not None and app.updater.running) if db else None
    life.web = web_server(settings, tutor, app.bot, health)

    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    new_message = filters.UpdateType.MESSAGE
    app.add_handler(TypeHandler(Update, handlers.skip_duplicate), group=-2)
    app.add_handler(TypeHandler(Update, handlers.hold_flood), group=-1)
    app.add_handlers(
        [
            CommandHandler("start", guru.open_dashboard, filters.Regex(rf"^/start {DEEP_LINK}$")),
            CommandHandler("start", handlers.start),
            CommandHandler("guru", guru.open_dashboard),
            CommandHandler("help", handlers.show_help),
            CommandHandler("topik", handlers.browse_topics),
            CommandHandler("banding", handlers.compare),
            CommandHandler(("tanya", "ask"), handlers.ask_command),  # "/ask": the habit of Discord bots
            CommandHandler("belumterjawab", handlers.list_unanswered),
            CommandHandler("kuis", handlers.start_quiz),
            CommandHandler("ulang", handlers.review_mistakes),
            CommandHandler("skor", handlers.show_progress),
            CommandHandler("klasemen", handlers.show_leaderboard),
            CommandHandler("stop", handlers.stop_tournament),
            CommandHandler("ekspor", handlers.export_results),
            CommandHandler("jadwal", handlers.plan_tournament),
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


class Lifecycle:
    """What starts and stops with the bot, inside its event loop: the database, the tournaments
    a restart interrupted, the command menu, and the web server when WEB_PORT is set."""

    def __init__(
        self, tutor: Tutor, handlers: Handlers, db: Database | None, cluster: Cluster | None = None
    ) -> None:
        self._tutor = tutor
        self._handlers = handlers
        self._db = db
        self._cluster = cluster
        self.web: WebServer | None = None

    async def start(self, app: Application) -> None:
        if self._db is not None:
            await self._db.open()
        self._tutor.bot_username = app.bot.username
        await asyncio.to_thread(self._tutor.comparison.render_pictures)
        await self._handlers.tournaments.start(app.bot)
        tutor = self._tutor

        async def take_up_learned_examples(_: object) -> None:
            await tutor.learning.refresh()

        assert app.job_queue is not None, "python-telegram-bot[job-queue] is a dependency"
        app.job_queue.run_repeating(take_up_learned_examples, LEARNED_POLL_SECONDS, first=0)
        await self._handlers.schedules.start(app.job_queue, TelegramChannel(app.bot, self._handlers.render))
        menus = tutor.messages.commands
        for scope, commands in ((BotCommandScopeAllPrivateChats(), menus.private),
                                (BotCommandScopeAllGroupChats(), menus.group)):  # fmt: skip
            try:
                await app.bot.set_my_commands([BotCommand(c, d) for c, d in commands.items()], scope=scope)
            except TelegramError as exc:
                log.warning("the command menu was not registered (%s); carrying on", exc)
        if self.web is not None:
            await self.web.start()

    async def stop(self, app: Application) -> None:
        await self._handlers.tournaments.stop()

    async def shut_down(self, app: Application) -> None:
        if self.web is not None:
            await self.web.stop()
        if self._cluster is not None:
            await self._cluster.send_slots.close()  # its own connection, before the pool goes
        if self._db is not None:
            await self._db.close()


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
    if settings.web_port is not None:
        _check_port_free("WEB_PORT", settings.web_port)


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
