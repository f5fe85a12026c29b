"""Free text in, replies out: a question, two questions in one message, or a pasted worksheet."""

from __future__ import annotations

from bot.content import Content
from bot.content.models import COMPARISON_INTENT, fill
from bot.metrics import QUESTIONS
from bot.nlp import Matcher
from bot.store import UnansweredLog
from bot.tutor import actions as act
from bot.tutor.comparison import ComparisonFlow
from bot.tutor.more import answer_reply
from bot.tutor.reading import ChatMemory, Reader, Reading
from bot.tutor.replies import Button, Reply, rows
from bot.tutor.worksheet import option_line, worksheet_replies

# A pasted worksheet of ten questions fits (about 2,000 characters); Telegram allows 4096.
MAX_MESSAGE_LENGTH = 2500


class Asking:
    def __init__(
        self, content: Content, matcher: Matcher, unanswered: UnansweredLog, comparison: ComparisonFlow
    ) -> None:
        self.content = content
        self.messages = content.messages
        self.memory = ChatMemory()
        self.reader = Reader(content, matcher, self.memory)
        self._normaliser = matcher.normaliser
        self._unanswered = unanswered
        self._comparison = comparison

    async def ask(self, chat_id: int, text: str) -> list[Reply]:
        """Answer every question in the message, in order, each against the chat's current topic."""
        text = text.strip()
        if not text:
            return [Reply(self.messages.empty)]
        if len(text) > MAX_MESSAGE_LENGTH:
            return [Reply(self.messages.too_long)]
        if not self._normaliser.tokens(text):  # symbols only; "jelasin dong" is words, though none to match
            return [Reply(self.messages.no_words)]
        message = self.reader.read(chat_id, text)
        for reading in message.readings:
            QUESTIONS.labels(outcome(reading)).inc()
            if not reading.understood:
                await self._unanswered.record(
                    reading.question if message.worksheet else text,
                    self._normaliser.normalise(reading.question),
                    chat_id,
                )
        if message.worksheet:
            return worksheet_replies(message, self.content)
        replies: list[Reply] = []
        for position, reading in enumerate(message.readings, 1):
            answers = self._replies(chat_id, reading)
            # Two answers in a row: the follow-up buttons of the last one are enough.
            keep = position == len(message.readings) or reading.choices or reading.intent == COMPARISON_INTENT
            replies += answers if keep else [Reply(r.text, picture=r.picture) for r in answers]
        return replies

    def answer(self, chat_id: int, intent_id: str, concepts: list[str] | tuple[str, ...] = ()) -> list[Reply]:
        """An intent's answer with its follow-up buttons; it becomes the chat's topic."""
        intent = self.content.intents[intent_id]
        self.reader.remember(chat_id, intent_id)
        if intent_id == COMPARISON_INTENT:
            if len(concepts) >= 2:
                return [self._comparison.summary(list(concepts))]
            return [Reply(intent.answer), self._comparison.pick(list(concepts))]
        return [answer_reply(intent, [self.intent_button(r) for r in intent.related])]

    def intent_button(self, intent_id: str) -> Button:
        return Button(self.content.intents[intent_id].title, act.encode(act.ANSWER, intent_id))

    def _replies(self, chat_id: int, reading: Reading) -> list[Reply]:
        if reading.intent is not None:
            replies = self.answer(chat_id, reading.intent, reading.concepts)
            first = replies[0]
            if reading.passage:
                text = fill(self.messages.passage, passage=reading.passage)
                return [Reply(text, first.buttons)]
            if reading.option is not None:
                return [Reply(first.text + option_line(reading, self.content), first.buttons), *replies[1:]]
            return replies
        if reading.choices:
            return [Reply(self.messages.clarify, rows([self.intent_button(c) for c in reading.choices]))]
        suggestions = [self.intent_button(i) for i in self.messages.suggestions]
        return [Reply(self.messages.fallback, rows(suggestions))]


def outcome(reading: Reading) -> str:
    if reading.intent is not None:
        return "answered"
    return "clarified" if reading.choices else "unanswered"
