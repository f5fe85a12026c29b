"""Update handlers, named after what the user did: each unpacks the update, asks the tutor, renders."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from telegram import Chat, ChatMemberUpdated, Message, Update
from telegram.constants import ChatAction, ChatMemberStatus
from telegram.error import Forbidden
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.store import Cluster
from bot.telegram.admins import is_group_admin
from bot.telegram.guards import FloodGuard, SeenUpdates, SharedFloodGuard, Verdict
from bot.telegram.render import Renderer, article
from bot.telegram.schedules import ScheduleRunner
from bot.telegram.tournaments import TournamentRunner
from bot.tutor import Reply, Tutor, Who
from bot.tutor.tournament import SeenPoll

log = logging.getLogger(__name__)
TYPING_AFTER = 0.3  # seconds: show "typing…" only when a reply is slow
INLINE_CACHE_SECONDS = 300


@contextlib.asynccontextmanager
async def typing_when_slow(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> AsyncIterator[None]:
    async def later() -> None:
        await asyncio.sleep(TYPING_AFTER)
        with contextlib.suppress(Exception):
            await context.bot.send_chat_action(chat_id, ChatAction.TYPING)

    task = asyncio.create_task(later())
    try:
        yield
    finally:
        task.cancel()


def who_sent(update: Update, authors: frozenset[int] = frozenset()) -> Who:
    chat, user = update.effective_chat, update.effective_user
    user_id = user.id if user else (chat.id if chat else 0)
    chat_id = chat.id if chat else user_id
    in_group = chat is not None and chat.type != Chat.PRIVATE
    return Who(chat_id, user_id, user.full_name if user else "", in_group, user_id in authors)


def text_for_bot(message: Message, bot_username: str, bot_id: int) -> str | None:
    """In a group: the text addressed to the bot (mention removed), or None for chatter."""
    text = message.text or ""
    mention = f"@{bot_username}".lower()
    if mention in text.lower():
        start = text.lower().index(mention)
        return (text[:start] + text[start + len(mention) :]).strip()
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text
    return None


class Handlers:
    def __init__(
        self,
        tutor: Tutor,
        admin_ids: frozenset[int],
        flood: FloodGuard | None = None,
        *,
        schedule_join_seconds: float = 120.0,
        cluster: Cluster | None = None,
    ) -> None:
        self.tutor = tutor
        self.admin_ids = admin_ids
        self.flood = flood or FloodGuard()
        self.seen = SeenUpdates()
        self.cluster = cluster
        self.shared_flood = SharedFloodGuard(cluster.counters, cluster.values) if cluster else None
        self.render = Renderer()
        self.tournaments = TournamentRunner(tutor, self.render, cluster)
        self.schedules = ScheduleRunner(tutor, schedule_join_seconds)

    async def reply(self, update: Update, context: ContextTypes.DEFAULT_TYPE, replies: list[Reply]) -> None:
        chat = update.effective_chat
        if chat is not None:
            pressed = update.callback_query.message if update.callback_query else None
            await self.render.send(context.bot, chat.id, replies, pressed=pressed)  # type: ignore[arg-type]

    # Guards (handler groups before the rest).

    async def skip_duplicate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if self.cluster is not None:  # several instances: the first to record the id handles it
            first = await self.cluster.updates.first_delivery(update.update_id)
        else:
            first = self.seen.first_time(update.update_id)
        if not first:
            log.info("duplicate update %s ignored", update.update_id)
            raise ApplicationHandlerStop

    async def hold_flood(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user = update.effective_user
        if user is None or update.poll_answer or update.inline_query or update.chosen_inline_result:
            return  # a vote is not a message; inline queries come at every keystroke
        if self.shared_flood is not None:
            verdict = await self.shared_flood.check(user.id)
        else:
            verdict = self.flood.check(user.id)
        if verdict is Verdict.WARN and update.effective_chat is not None:
            await self.reply(update, context, [Reply(self.tutor.messages.flood)])
        if verdict is not Verdict.PASS:
            if update.callback_query:
                await update.callback_query.answer()
            raise ApplicationHandlerStop

    # Commands.

    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.effective_chat and update.effective_chat.type != Chat.PRIVATE:
            await self.reply(update, context, self.tutor.group_intro())
            return
        user = update.effective_user
        payload = context.args[0] if context.args else None
        await self.reply(update, context, self.tutor.welcome(user.first_name if user else None, payload))

    async def show_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.reply(update, context, self.tutor.help())

    async def browse_topics(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.reply(update, context, self.tutor.topics())

    async def compare(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.reply(update, context, self.tutor.compare())

    async def ask_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        question = " ".join(context.args or [])
        if not question.strip():
            await self.reply(update, context, [Reply(self.tutor.messages.ask_usage)])
            return
        await self.answer(update, context, question)

    async def list_unanswered(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user = update.effective_user
        if user is None or user.id not in self.admin_ids:
            await self.reply(update, context, [Reply(self.tutor.messages.admin_only)])
            return
        await self.reply(update, context, await self.tutor.unanswered_report(who_sent(update)))

    async def unknown_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        chat = update.effective_chat
        if (
            chat
            and chat.type != Chat.PRIVATE
            and message
            and f"@{context.bot.username}" not in (message.text or "")
        ):
            return  # in a group, a bare /command may be meant for another bot
        await self.reply(update, context, [Reply(self.tutor.messages.unknown_command)])

    # Messages.

    async def ask_private(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.answer(update, context, update.effective_message.text or "")  # type: ignore[union-attr]

    async def ask_in_group(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None:
            return
        text = text_for_bot(message, context.bot.username, context.bot.id)
        if text is not None:  # everything else is the class talking among themselves
            await self.answer(update, context, text)

    async def answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
        chat_id = update.effective_chat.id  # type: ignore[union-attr]
        async with typing_when_slow(context, chat_id):
            replies = await self.tutor.ask(chat_id, text)
        await self.reply(update, context, replies)

    async def not_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.reply(update, context, [Reply(self.tutor.messages.not_text)])

    async def edited(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.reply(update, context, [Reply(self.tutor.messages.edited)])

    async def press_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        replies = await self.tutor.press(who_sent(update, self.admin_ids), query.data or "")
        await self.render.answer_press(query, replies)
        await self.reply(update, context, replies)

    async def start_quiz(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.reply(update, context, await self.tutor.start_quiz(who_sent(update)))

    async def review_mistakes(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.reply(update, context, await self.tutor.review(who_sent(update)))

    async def show_progress(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.reply(update, context, await self.tutor.progress(who_sent(update)))

    async def show_leaderboard(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.reply(update, context, await self.tutor.leaderboard(who_sent(update)))

    async def stop_tournament(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.reply(update, context, await self.tutor.stop_tournament(who_sent(update)))

    async def plan_tournament(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        who = who_sent(update)
        if not await self.refuse_unless_group_admin(update, context, who):
            await self.reply(update, context, await self.tutor.schedules.command(who, context.args or []))

    async def export_results(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        who = who_sent(update)
        if await self.refuse_unless_group_admin(update, context, who):
            return
        try:
            await self.render.send(context.bot, who.user_id, await self.tutor.export_results(who))
        except Forbidden:  # the teacher never started a private chat with the bot
            await self.reply(update, context, self.tutor.export_sent(who, delivered=False))
        else:
            await self.reply(update, context, self.tutor.export_sent(who, delivered=True))

    async def refuse_unless_group_admin(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, who: Who
    ) -> bool:
        """Teacher commands: only in a group, only from its administrators; True when refused."""
        if not who.in_group:
            await self.reply(update, context, [Reply(self.tutor.messages.group_only)])
        elif not await is_group_admin(context.bot, who.chat_id, who.user_id):
            await self.reply(update, context, [Reply(self.tutor.messages.group_admins_only)])
        else:
            return False
        return True

    async def receive_poll_answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        answer = update.poll_answer
        assert answer is not None
        user = answer.user
        who = Who(0, user.id if user else 0, user.full_name if user else "")
        await self.tutor.tournament.scoring.answer(answer.poll_id, who, tuple(answer.option_ids))

    async def receive_poll(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Telegram reports a poll the bot sent: how a tournament learns a poll whose send timed out."""
        poll = update.poll
        assert poll is not None
        closes_at = poll.close_date if poll.open_period else None
        seen = SeenPoll(poll.id, poll.question, tuple(o.text for o in poll.options), closes_at)
        self.tutor.tournament.scoring.seen(seen)

    async def look_up_inline(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.inline_query
        assert query is not None
        results = [article(found) for found in self.tutor.search(query.query)]
        await query.answer(results, cache_time=INLINE_CACHE_SECONDS, is_personal=False)

    async def joined_group(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        change: ChatMemberUpdated | None = update.my_chat_member
        if change is None or change.chat.type == Chat.PRIVATE:
            return
        was_in = change.old_chat_member.status in (
            ChatMemberStatus.MEMBER,
            ChatMemberStatus.ADMINISTRATOR,
        )
        is_in = change.new_chat_member.status in (
            ChatMemberStatus.MEMBER,
            ChatMemberStatus.ADMINISTRATOR,
        )
        if is_in and not was_in:
            await self.reply(update, context, self.tutor.group_intro())
        elif was_in and not is_in:
            await self.tutor.tournament.left_group(change.chat.id)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """One place for every failure: log it (the log formatter masks the token), tell the user."""
        log.error("update %s failed", getattr(update, "update_id", "?"), exc_info=context.error)
        if isinstance(update, Update) and update.effective_chat is not None and update.poll_answer is None:
            with contextlib.suppress(Exception):
                await context.bot.send_message(update.effective_chat.id, self.tutor.messages.error)
