"""The tutor: takes what a student typed or pressed and returns replies. Pure Python, no Telegram."""

from __future__ import annotations

import html
import random
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from bot.content import Content
from bot.content.markup import visible_text
from bot.content.models import fill
from bot.nlp import Matcher, Outcome
from bot.store import UnansweredLog
from bot.tutor import actions as act
from bot.tutor.comparison import ComparisonFlow
from bot.tutor.followups import FollowupResolver
from bot.tutor.replies import Button, Conversation, InlineArticle, Reply, rows

MAX_QUESTION_LENGTH = 600  # longer than any real question; Telegram allows 4096
REMEMBERED_CHATS = 10_000
INLINE_RESULTS = 10
INLINE_MIN_SCORE = 30.0
COMPARISON_INTENT = "perbandingan"

PressHandler = Callable[[int, act.Action], Awaitable[list[Reply]]]


class Tutor:
    def __init__(
        self,
        content: Content,
        matcher: Matcher,
        unanswered: UnansweredLog | None = None,
        *,
        rng: random.Random | None = None,
        bot_username: str = "nama_bot",
    ) -> None:
        self.content = content
        self.messages = content.messages
        self.matcher = matcher
        self.bot_username = bot_username
        self._unanswered = unanswered
        self.comparison = ComparisonFlow(content, rng)
        self._followups = FollowupResolver(content, matcher.normaliser)
        self._conversations: OrderedDict[int, Conversation] = OrderedDict()
        self._press: dict[str, PressHandler] = {
            act.ANSWER: self._press_answer,
            act.GROUP: self._press_group,
            act.TOPICS: self._press_topics,
            act.HELP: self._press_help,
            act.COMPARE_PICK: self._press_pick,
            act.COMPARE_SUMMARY: self._press_summary,
            act.COMPARE_ASPECT: self._press_aspect,
            act.GUESS_START: self._press_guess_start,
            act.GUESS_ANSWER: self._press_guess_answer,
        }

    def on_press(self, verb: str, handler: PressHandler) -> None:
        """Let another part of the tutor (the quiz) own the buttons whose payload starts with `verb`."""
        self._press[verb] = handler

    # What a student can start with.

    def welcome(self, first_name: str | None = None, payload: str | None = None) -> list[Reply]:
        if payload and payload.strip().lower() in ("banding", "bandingkan", "compare"):
            return [self.comparison.pick([])]
        name = f", {html.escape(first_name)}" if first_name else ""
        menu = rows(
            [
                Button("📚 Topik", act.TOPICS),
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

    # Free text.

    async def ask(self, chat_id: int, text: str) -> list[Reply]:
        """Answer a question; a short follow-up resolves against this chat's last topic."""
        text = text.strip()
        if not text:
            return [Reply(self.messages.empty)]
        if len(text) > MAX_QUESTION_LENGTH:
            return [Reply(self.messages.too_long)]
        analysis = self.matcher.normaliser.analyse(text)
        if not analysis.words:
            return [Reply(self.messages.no_words)]
        mention = self.matcher.spotter.spot(analysis.words)
        previous = self._conversation(chat_id).last_intent
        if followup := self._followups.resolve(analysis, mention, previous):
            return self.answer(chat_id, followup)
        match = self.matcher.match_analysis(analysis, mention)
        if match.outcome is Outcome.ANSWER and match.intent:
            return self.answer(chat_id, match.intent, list(match.concepts))
        if match.outcome is Outcome.CLARIFY:
            choices = [self._intent_button(c.intent) for c in match.candidates]
            return [Reply(self.messages.clarify, rows(choices))]
        if self._unanswered is not None:
            await self._unanswered.record(text, analysis.text, chat_id)
        suggestions = [self._intent_button(i) for i in self.messages.suggestions]
        return [Reply(self.messages.fallback, rows(suggestions))]

    def answer(self, chat_id: int, intent_id: str, concepts: list[str] | None = None) -> list[Reply]:
        intent = self.content.intents[intent_id]
        self._conversation(chat_id).last_intent = intent_id
        if intent_id == COMPARISON_INTENT:
            return (
                self.compare(concepts)
                if concepts and len(concepts) >= 2
                else [Reply(intent.answer), self.comparison.pick(concepts or [])]
            )
        related = [self._intent_button(r) for r in intent.related]
        return [Reply(intent.answer, rows(related))]

    # Buttons.

    async def press(self, chat_id: int, data: str) -> list[Reply]:
        """A button was pressed; an old, unknown or forged payload gets a polite answer."""
        action = act.decode(data)
        handler = self._press.get(action.verb)
        if handler is None:
            return [Reply(self.messages.stale_button)]
        try:
            return await handler(chat_id, action)
        except (KeyError, ValueError, IndexError, StopIteration):
            return [Reply(self.messages.stale_button)]

    async def _press_answer(self, chat_id: int, action: act.Action) -> list[Reply]:
        return self.answer(chat_id, action.arg(0))

    async def _press_group(self, chat_id: int, action: act.Action) -> list[Reply]:
        group = self.content.group(action.arg(0))
        buttons = [self._intent_button(i.id) for i in self.content.intents_in(group.id)]
        buttons.append(Button("⬅️ Semua bab", act.TOPICS))
        text = self._fill(self.messages.topics_in_group, title=html.escape(group.title))
        return [Reply(text, rows(buttons), edit=True)]

    async def _press_topics(self, chat_id: int, action: act.Action) -> list[Reply]:
        return [Reply(r.text, r.buttons, edit=True) for r in self.topics()]

    async def _press_help(self, chat_id: int, action: act.Action) -> list[Reply]:
        return self.help()

    async def _press_pick(self, chat_id: int, action: act.Action) -> list[Reply]:
        return [self.comparison.pick(act.concepts_of(action.arg(0)), edit=True)]

    async def _press_summary(self, chat_id: int, action: act.Action) -> list[Reply]:
        return [self.comparison.summary(act.concepts_of(action.arg(0)))]

    async def _press_aspect(self, chat_id: int, action: act.Action) -> list[Reply]:
        return [self.comparison.aspect(act.concepts_of(action.arg(0)), action.arg(1))]

    async def _press_guess_start(self, chat_id: int, action: act.Action) -> list[Reply]:
        return self.comparison.guess_start(act.concepts_of(action.arg(0)))

    async def _press_guess_answer(self, chat_id: int, action: act.Action) -> list[Reply]:
        code, numbers, position, score, answered = (action.arg(i) for i in range(5))
        act.concepts_of(code)
        return self.comparison.guess_answer(code, numbers, int(position), int(score), answered)

    # Look-ups.

    def search(self, query: str, limit: int = INLINE_RESULTS) -> list[InlineArticle]:
        """Topics for an inline query; an empty query lists the most useful ones."""
        if query.strip():
            found = self.matcher.rank(query, limit)
            ids = [c.intent for c in found if c.score >= INLINE_MIN_SCORE]
        else:
            ids = list(self.messages.suggestions) + [
                i.id for i in self.content.intents.values() if i.group != "percakapan"
            ]
        unique = list(dict.fromkeys(ids))[:limit]
        return [self._article(i) for i in unique]

    async def unanswered_report(self, limit: int = 20) -> list[Reply]:
        if self._unanswered is None:
            return [Reply(self.messages.unanswered_none)]
        found = await self._unanswered.most_frequent(limit)
        if not found:
            return [Reply(self.messages.unanswered_none)]
        lines = [self.messages.unanswered_title]
        lines += [f"{n}. {html.escape(q.text[:200])} <i>({q.count}×)</i>" for n, q in enumerate(found, 1)]
        return [Reply("\n".join(lines))]

    # Helpers.

    def _article(self, intent_id: str) -> InlineArticle:
        intent = self.content.intents[intent_id]
        first_line = visible_text(intent.answer).strip().split("\n")[0]
        description = first_line if len(first_line) <= 120 else first_line[:117].rstrip() + "…"
        return InlineArticle(intent.id, intent.title, description, intent.answer)

    def _intent_button(self, intent_id: str) -> Button:
        return Button(self.content.intents[intent_id].title, act.encode(act.ANSWER, intent_id))

    def _conversation(self, chat_id: int) -> Conversation:
        conversation = self._conversations.pop(chat_id, None) or Conversation()
        self._conversations[chat_id] = conversation
        if len(self._conversations) > REMEMBERED_CHATS:
            self._conversations.popitem(last=False)
        return conversation

    def _fill(self, template: str, **values: object) -> str:
        return fill(template, bot_username=self.bot_username, **values)
