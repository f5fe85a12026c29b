"""The tutor: takes what a student typed or pressed and returns replies. Pure Python, no Telegram."""

from __future__ import annotations

import contextlib
import html
import random
from collections.abc import Awaitable, Callable

from bot.content import Content
from bot.content.markup import visible_text
from bot.content.models import CONVERSATION_GROUP, fill
from bot.nlp import Matcher
from bot.store import Stores
from bot.tutor import actions as act
from bot.tutor.asking import Asking
from bot.tutor.authoring import AuthoringMenu
from bot.tutor.comparison import ComparisonFlow
from bot.tutor.dashboard import Dashboard
from bot.tutor.exports import Exports
from bot.tutor.learning import Learning
from bot.tutor.more import full_text, more_reply
from bot.tutor.quiz import Clock, SoloQuiz, now_utc
from bot.tutor.replies import Button, Document, InlineArticle, Reply, Who, rows
from bot.tutor.schedule import Planner
from bot.tutor.shared_topics import SharedTopics
from bot.tutor.tournament import GroupQuiz

INLINE_RESULTS = 10
INLINE_MIN_SCORE = 30.0

PressHandler = Callable[[Who, act.Action], Awaitable[list[Reply]]]


class Tutor:
    def __init__(
        self,
        content: Content,
        matcher: Matcher,
        stores: Stores,
        *,
        clock: Clock = now_utc,
        rng: random.Random | None = None,
        bot_username: str = "nama_bot",
        shared_topics: SharedTopics | None = None,
    ) -> None:
        rng = rng or random.Random()
        self.content = content
        self.messages = content.messages
        self.bot_username = bot_username
        self._unanswered = stores.unanswered
        self.comparison = ComparisonFlow(content, rng)
        self.asking = Asking(content, matcher, stores.unanswered, self.comparison)
        self.learning = Learning(
            content, matcher, stores.unanswered, stores.learned, clock, on_new_matcher=self.asking.reader.use
        )
        self.authoring = AuthoringMenu(content, self.learning)
        self.quiz = SoloQuiz(content, stores.progress, clock, rng)
        self.tournament = GroupQuiz(content, stores.tournaments, stores.progress, clock, rng)
        self.dashboard = Dashboard(content, stores.dashboard, clock)
        self.exports = Exports(content, stores.results)
        self.schedules = Planner(content, stores.schedules, self.tournament, clock)
        self._shared_topics = shared_topics
        self._press: dict[str, PressHandler] = {
            act.ANSWER: self._press_answer,
            act.MORE: self._press_more,
            act.GROUP: self._press_group,
            act.TOPICS: self._press_topics,
            act.HELP: self._press_help,
            act.COMPARE_PICK: self._press_pick,
            act.COMPARE_SUMMARY: self._press_summary,
            act.COMPARE_ASPECT: self._press_aspect,
            act.GUESS_START: self._press_guess_start,
            act.GUESS_ANSWER: self._press_guess_answer,
            act.QUIZ_MENU: self._press_quiz_menu,
            act.QUIZ_TOPIC: self._press_quiz_topic,
            act.QUIZ_START: self._press_quiz_start,
            act.QUIZ_ANSWER: self._press_quiz_answer,
            act.QUIZ_REVIEW: self._press_quiz_review,
            act.LOBBY_QUESTIONS: self._press_lobby_questions,
            act.LOBBY_SECONDS: self._press_lobby_seconds,
            act.LOBBY_JOIN: self._press_lobby_join,
            act.LOBBY_BEGIN: self._press_lobby_begin,
            act.SCHEDULE_CANCEL: self._press_schedule_cancel,
            act.LEARN_LIST: self._press_learn_list,
            act.LEARN_GROUP: self._press_learn_group,
            act.LEARN_ADD: self._press_learn_add,
            act.LEARN_DISMISS: self._press_learn_dismiss,
            act.LEARN_CHAPTERS: self._press_learn_chapters,
            act.LEARN_CHAPTER: self._press_learn_chapter,
        }

    @property
    def matcher(self) -> Matcher:
        """The content's matcher plus the examples authors added (kept current by `learning`)."""
        return self.learning.matcher

    # What a student can start with.

    def welcome(self, first_name: str | None = None, payload: str | None = None) -> list[Reply]:
        deep_link = (payload or "").strip().lower()
        if deep_link in ("banding", "bandingkan", "compare"):
            return [self.comparison.pick([])]
        if deep_link in ("kuis", "quiz"):
            return self.quiz.menu()
        name = f", {html.escape(first_name)}" if first_name else ""
        menu = rows(
            [
                Button("📚 Topik", act.TOPICS),
                Button("📝 Kuis", act.QUIZ_MENU),
                Button("⚖️ Bandingkan", act.encode(act.COMPARE_PICK, "")),
                Button("❓ Bantuan", act.HELP),
            ],
            per_row=2,
        )
        return [Reply(self._fill(self.messages.welcome, name=name), menu)]

    def help(self) -> list[Reply]:
        return [Reply(self._fill(self.messages.help))]

    def topics(self) -> list[Reply]:
        buttons = [Button(g.title, act.encode(act.GROUP, g.id)) for g in self.content.groups]
        return [Reply(self.messages.topics, rows(buttons))]

    def compare(self, concepts: list[str] | None = None) -> list[Reply]:
        if concepts and len(concepts) >= 2:
            return [self.comparison.summary(concepts)]
        return [self.comparison.pick(concepts or [])]

    def group_intro(self) -> list[Reply]:
        return [Reply(self._fill(self.messages.group_intro))]

    # Quizzes.

    async def start_quiz(self, who: Who) -> list[Reply]:
        """/kuis: practice alone in a private chat, a tournament lobby in a group."""
        return await self.tournament.lobby.open(who) if who.in_group else self.quiz.menu()

    async def review(self, who: Who) -> list[Reply]:
        return await self.quiz.review(who) if not who.in_group else [Reply(self.messages.private_only)]

    async def progress(self, who: Who) -> list[Reply]:
        return await self.quiz.score(who) if not who.in_group else [Reply(self.messages.private_only)]

    async def leaderboard(self, who: Who) -> list[Reply]:
        return (
            await self.tournament.leaderboard(who.chat_id)
            if who.in_group
            else [Reply(self.messages.group_only)]
        )

    async def stop_tournament(self, who: Who) -> list[Reply]:
        return await self.tournament.stop(who) if who.in_group else [Reply(self.messages.group_only)]

    async def export_results(self, who: Who) -> list[Reply]:
        """/ekspor: the group's results as two CSV documents, for the asking admin's private chat."""
        answers, summary = await self.exports.files(who.chat_id)
        return [
            Reply(self._fill(self.messages.export_caption, title=title), document=Document(f.name, f.data))
            for title, f in (("Hasil per soal", answers), ("Ringkasan per siswa", summary))
        ]

    def export_sent(self, who: Who, delivered: bool) -> list[Reply]:
        """What the group hears: the files are in the private chat, or the teacher must start one first."""
        template = self.messages.export_sent if delivered else self.messages.export_start_private
        return [Reply(self._fill(template, name=html.escape(who.name or "Bapak/Ibu")))]

    # Free text.

    async def ask(self, chat_id: int, text: str) -> list[Reply]:
        """Answer a question, two in one, or a pasted worksheet; follow-ups keep the chat's topic."""
        async with self._topic_of(chat_id):
            return await self.asking.ask(chat_id, text)

    def answer(self, chat_id: int, intent_id: str, concepts: list[str] | None = None) -> list[Reply]:
        return self.asking.answer(chat_id, intent_id, concepts or ())

    # Buttons.

    async def press(self, who: Who, data: str) -> list[Reply]:
        """A button was pressed; an old, unknown or forged payload gets a polite answer."""
        action = act.decode(data)
        handler = self._press.get(action.verb)
        if handler is None:
            return [Reply(self.messages.stale_button)]
        try:
            async with self._topic_of(who.chat_id):
                return await handler(who, action)
        except (KeyError, ValueError, IndexError):
            return [Reply(self.messages.stale_button)]

    async def _press_answer(self, who: Who, action: act.Action) -> list[Reply]:
        return self.answer(who.chat_id, action.arg(0))

    async def _press_more(self, who: Who, action: act.Action) -> list[Reply]:
        intent_id = action.arg(0)
        intent = self.content.intents[intent_id]
        self.asking.reader.remember(who.chat_id, intent_id)
        return [more_reply(intent, [self._intent_button(r) for r in intent.related])]

    async def _press_group(self, who: Who, action: act.Action) -> list[Reply]:
        group = self.content.group(action.arg(0))
        buttons = [self._intent_button(i.id) for i in self.content.intents_in(group.id)]
        buttons.append(Button("⬅️ Semua bab", act.TOPICS))
        text = self._fill(self.messages.topics_in_group, title=html.escape(group.title))
        return [Reply(text, rows(buttons), edit=True)]

    async def _press_topics(self, who: Who, action: act.Action) -> list[Reply]:
        return [Reply(r.text, r.buttons, edit=True) for r in self.topics()]

    async def _press_help(self, who: Who, action: act.Action) -> list[Reply]:
        return self.help()

    async def _press_pick(self, who: Who, action: act.Action) -> list[Reply]:
        return [self.comparison.pick(act.concepts_of(action.arg(0)), edit=True)]

    async def _press_summary(self, who: Who, action: act.Action) -> list[Reply]:
        return [self.comparison.summary(act.concepts_of(action.arg(0)))]

    async def _press_aspect(self, who: Who, action: act.Action) -> list[Reply]:
        return [self.comparison.aspect(act.concepts_of(action.arg(0)), action.arg(1))]

    async def _press_guess_start(self, who: Who, action: act.Action) -> list[Reply]:
        return self.comparison.guess_start(act.concepts_of(action.arg(0)))

    async def _press_guess_answer(self, who: Who, action: act.Action) -> list[Reply]:
        code, numbers, position, score, answered = (action.arg(i) for i in range(5))
        act.concepts_of(code)
        return self.comparison.guess_answer(code, numbers, int(position), int(score), answered)

    async def _press_quiz_menu(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.start_quiz(who)

    async def _press_quiz_topic(self, who: Who, action: act.Action) -> list[Reply]:
        topic = action.arg(0)
        if topic != "campuran":
            self.content.group(topic)
        return self.quiz.pick_length(topic)

    async def _press_quiz_start(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.quiz.start(who, action.arg(0), int(action.arg(1)))

    async def _press_quiz_answer(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.quiz.answer(who, int(action.arg(0)), int(action.arg(1)), int(action.arg(2)))

    async def _press_quiz_review(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.review(who)

    async def _press_lobby_questions(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.tournament.lobby.change(who, int(action.arg(0)), questions=int(action.arg(1)))

    async def _press_lobby_seconds(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.tournament.lobby.change(who, int(action.arg(0)), seconds=int(action.arg(1)))

    async def _press_lobby_join(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.tournament.lobby.join(who, int(action.arg(0)))

    async def _press_lobby_begin(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.tournament.lobby.begin(who, int(action.arg(0)))

    async def _press_schedule_cancel(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.schedules.press_cancel(who, int(action.arg(0)))

    async def _press_learn_list(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.authoring.back(who)

    async def _press_learn_group(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.authoring.show(who, int(action.arg(0)))

    async def _press_learn_add(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.authoring.add(who, int(action.arg(0)), action.arg(1))

    async def _press_learn_dismiss(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.authoring.dismiss(who, int(action.arg(0)))

    async def _press_learn_chapters(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.authoring.chapters(who, int(action.arg(0)))

    async def _press_learn_chapter(self, who: Who, action: act.Action) -> list[Reply]:
        return await self.authoring.chapter(who, int(action.arg(0)), action.arg(1))

    # Look-ups.

    def search(self, query: str, limit: int = INLINE_RESULTS) -> list[InlineArticle]:
        """Topics for an inline query; an empty query lists the most useful ones."""
        if query.strip():
            found = self.matcher.rank(query, limit)
            ids = [c.intent for c in found if c.score >= INLINE_MIN_SCORE]
        else:
            ids = list(self.messages.suggestions) + [
                i.id for i in self.content.intents.values() if i.group != CONVERSATION_GROUP
            ]
        unique = list(dict.fromkeys(ids))[:limit]
        return [self._article(i) for i in unique]

    async def unanswered_report(self, who: Who) -> list[Reply]:
        """For the authors, in a private chat only (students' questions are not for the class to
        read): the unanswered questions in groups of the same meaning, most asked first."""
        if who.in_group:
            return [Reply(self.messages.private_only)]
        return await self.authoring.overview()

    # Helpers.

    def _article(self, intent_id: str) -> InlineArticle:
        intent = self.content.intents[intent_id]
        first_line = visible_text(intent.answer).strip().split("\n")[0]
        description = first_line if len(first_line) <= 120 else first_line[:117].rstrip() + "…"
        return InlineArticle(intent.id, intent.title, description, full_text(intent))

    def _intent_button(self, intent_id: str) -> Button:
        return self.asking.intent_button(intent_id)

    def _topic_of(self, chat_id: int) -> contextlib.AbstractAsyncContextManager[None]:
        """Several instances: the chat's topic comes from and goes back to the database."""
        if self._shared_topics is None:
            return contextlib.nullcontext()
        conversation = self.asking.memory[chat_id]

        def set_(intent: str | None) -> None:
            conversation.last_intent = intent

        return self._shared_topics.around(chat_id, lambda: conversation.last_intent, set_)

    def _fill(self, template: str, **values: object) -> str:
        return fill(template, bot_username=self.bot_username, **values)
