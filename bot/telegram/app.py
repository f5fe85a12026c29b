"""Builds the Telegram Application (the whole routing table in one place) and runs it."""

from __future__ import annotations

import asyncio
import logging
import sys
from urllib.parse import urlparse

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    Update,
)
from telegram.error import TelegramError
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
from bot.logs import configure_logging
from bot.settings import Settings
from bot.store import Database
from bot.telegram.handlers import Handlers
from bot.telegram.limits import TelegramLimits
from bot.telegram.tournaments import TelegramChannel
from bot.tutor import Tutor
from bot.tutor.build import build_tutor

log = logging.getLogger(__name__)

NO_TOKEN = """TELEGRAM_BOT_TOKEN is not set.
Get a token from @BotFather in Telegram (send /newbot and follow the steps), then put it in
a .env file next to this project (TELEGRAM_BOT_TOKEN=123456:ABC...) or export it.
Without a token you can still try the tutor in this terminal: tutorbot chat"""

PRIVATE_COMMANDS = [
    ("start", "Mulai dan menu utama"),
    ("topik", "Jelajahi materi per bab"),
    ("tanya", "Tanya sesuatu: /tanya apa itu bilateral"),
    ("banding", "Bandingkan bilateral, regional, multilateral"),
    ("kuis", "Latihan soal"),
    ("ulang", "Ulangi soal yang pernah salah"),
    ("skor", "Kemajuan belajarmu"),
    ("help", "Cara memakai bot"),
]
GROUP_COMMANDS = [
    ("tanya", "Tanya sesuatu: /tanya apa itu bilateral"),
    ("kuis", "Buka turnamen kuis untuk grup"),
    ("stop", "Hentikan turnamen dan umumkan hasil"),
    ("klasemen", "Papan skor grup sepanjang masa"),
    ("jadwal", "Admin: jadwalkan turnamen (harian, Senin–Jumat, sekali)"),
    ("ekspor", "Admin: hasil turnamen sebagai CSV ke chat pribadi"),
    ("banding", "Bandingkan bilateral, regional, multilateral"),
    ("help", "Cara memakai bot"),
]
CONCURRENT_UPDATES = 64
LEARNED_POLL_SECONDS = 5.0  # how soon an example added by another instance reaches this one


def build_application(
    settings: Settings, tutor: Tutor, *, rate_limits: bool = True, db: Database | None = None
) -> Application:
    """The Application with every handler registered; `rate_limits=False` only for capacity benchmarks."""
    assert settings.telegram_bot_token is not None
    handlers = Handlers(tutor, settings.admin_ids, schedule_join_seconds=settings.schedule_join_seconds)
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_base_url.replace("/bot", "/file/bot"))
        .concurrent_updates(CONCURRENT_UPDATES)
        .post_init(lambda app: _start(app, tutor, handlers, db))
        .post_stop(lambda app: handlers.tournaments.stop())
    )
    if db is not None:
        builder = builder.post_shutdown(lambda app: db.close())
    if rate_limits:
        builder = builder.rate_limiter(TelegramLimits())
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


async def _start(app: Application, tutor: Tutor, handlers: Handlers, db: Database | None) -> None:
    """Inside the bot's event loop: open the database, learn our username, register the menu,
    and carry on with any tournament a restart interrupted."""
    if db is not None:
        await db.open()
    tutor.bot_username = app.bot.username
    await asyncio.to_thread(tutor.comparison.render_pictures)
    await handlers.tournaments.start(app.bot)

    async def take_up_learned_examples(_: object) -> None:
        await tutor.learning.refresh()

    assert app.job_queue is not None, "python-telegram-bot[job-queue] is a dependency"
    app.job_queue.run_repeating(take_up_learned_examples, LEARNED_POLL_SECONDS, first=0)
    await handlers.schedules.start(app.job_queue, TelegramChannel(app.bot, handlers.render))
    for scope, commands in ((BotCommandScopeAllPrivateChats(), PRIVATE_COMMANDS),
                            (BotCommandScopeAllGroupChats(), GROUP_COMMANDS)):  # fmt: skip
        try:
            await app.bot.set_my_commands([BotCommand(c, d) for c, d in commands], scope=scope)
        except TelegramError as exc:
            log.warning("the command menu was not registered (%s); carrying on", exc)


def run_bot(settings: Settings) -> int:
    token = settings.telegram_bot_token
    configure_logging(settings.log_level, [token.get_secret_value()] if token else [])
    if token is None:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    if settings.webhook_url and settings.webhook_secret is None:
        print("WEBHOOK_URL is set but WEBHOOK_SECRET is not: set a secret so that only "
              "Telegram can post updates.", file=sys.stderr)  # fmt: skip
        return 2
    try:
        db = Database(settings.database_url)
        app = build_application(settings, build_tutor(settings.content_dir, db), db=db)
    except ContentError as exc:
        log.error("content has errors, not starting:\n%s", exc)
        return 1
    try:
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
    except Exception:
        log.exception("the bot stopped after an error")
        return 1
    return 0
