"""What a student's message asks: one question, two in one sentence, or a pasted worksheet.

Each question is read against the chat's current topic (follow-ups), then matched; the topic
moves with every answer, so "2. Berikan contohnya!" on a worksheet means the topic of question 1.
Pure: nothing is recorded or rendered here.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace

from bot.content import Content
from bot.content.models import COMPARISON_INTENT, CONVERSATION_GROUP, GREETING_INTENT
from bot.nlp import Analysis, ConceptMention, Match, Matcher, Outcome, clean
from bot.nlp.compound import split_compound
from bot.nlp.deciding import meant_in_another_subject
from bot.nlp.prompts import (
    MAX_QUESTIONS,
    Option,
    Prompt,
    asks_to_go_on,
    parse_prompt,
    split_worksheet,
)
from bot.nlp.subjects import DEFINITION, EXAMPLES
from bot.tutor.followups import FollowupResolver
from bot.tutor.kind_of_a_name import KindOfAName
from bot.tutor.multiple_choice import OptionPicker
from bot.tutor.pointing import names_a_class
from bot.tutor.points import ordinal
from bot.tutor.replies import Conversation
from bot.tutor.small_talk import SmallTalkAround
from bot.tutor.topic import TopicFollowups
from bot.tutor.topic_answer import TopicAnswer

_ASKING = frozenset({"tanya", "bertanya"})
_AGAIN = frozenset({"lagi"})  # "mau tanya lagi": another question, not the topic again
# "kak mau nanya LKS", "mau tanya pr ppkn": what the question will be from, not yet the question.
_SCHOOLWORK = frozenset({"lks", "lkpd", "pr", "tugas", "soal", "ppkn", "pkn"})

REMEMBERED_CHATS = 10_000
# Words asking for more examples than the one named: "contoh lain", "apa lagi".
_MORE_OF_THEM = frozenset({EXAMPLES, "lain", "lagi"})


@dataclass(frozen=True)
class Reading:
    """What the tutor made of one question."""

    question: str  # as the student wrote it, without its number and options
    number: int | None = None  # its number on a worksheet
    intent: str | None = None  # answered with this intent
    choices: tuple[str, ...] = ()  # not sure: these are offered
    concepts: tuple[str, ...] = ()  # for a comparison: the kinds compared
    option: Option | None = None  # a multiple-choice question: the option that fits
    passage: str | None = None  # "yang pertama maksudnya apa": the point of the last answer meant
    listed: str | None = None  # the answer whose list that point was picked from

    @property
    def understood(self) -> bool:
        return self.intent is not None or bool(self.choices)


@dataclass(frozen=True)
class Message:
    """A whole message read: its questions in order, and whether it was a worksheet."""

    readings: tuple[Reading, ...]
    worksheet: bool = False
    left_out: int = 0  # questions past MAX_QUESTIONS, not read


class ChatMemory:
    """The conversation of each chat, the least recently used forgotten first."""

    def __init__(self, limit: int = REMEMBERED_CHATS) -> None:
        self._limit = limit
        self._chats: OrderedDict[int, Conversation] = OrderedDict()

    def __getitem__(self, chat_id: int) -> Conversation:
        conversation = self._chats.pop(chat_id, None) or Conversation()
        self._chats[chat_id] = conversation
        if len(self._chats) > self._limit:
            self._chats.popitem(last=False)
        return conversation


class Reader:
    def __init__(self, content: Content, matcher: Matcher, memory: ChatMemory) -> None:
        self._content = content
        self._memory = memory
        self._intents = content.intents
        self._kinds = tuple(c.id for c in content.comparison.concepts)  # in the order a comparison shows
        self._followups = FollowupResolver(content, matcher.normaliser, matcher.subjects)
        self._options = OptionPicker(content, matcher.normaliser, matcher.spotter)
        self._kind_of_a_name = KindOfAName(matcher.subjects, matcher.normaliser)
        self.use(matcher)

    def use(self, matcher: Matcher) -> None:
        """Read with this matcher from now on (one that knows the examples authors added)."""
        self._matcher = matcher
        self._topic = TopicFollowups(self._content, matcher)
        self._small_talk = SmallTalkAround(matcher, self._content.intents[GREETING_INTENT].examples)

    def read(self, chat_id: int, text: str) -> Message:
        prompts = split_worksheet(text)
        if len(prompts) > 1:
            readings = tuple(self.read_one(chat_id, p) for p in prompts[:MAX_QUESTIONS])
            return Message(readings, worksheet=True, left_out=max(0, len(prompts) - MAX_QUESTIONS))
        [prompt] = prompts
        parts = (
            [] if prompt.options else self._without_guesses(split_compound(prompt.asked or prompt.question))
        )
        if len(parts) == 1 and (opened := self._small_talk.opening(parts[0])):
            parts = list(opened)
        if len(parts) > MAX_QUESTIONS:  # "apa itu wto? apa itu pbb? ..." past ten: read as a worksheet is
            readings = tuple(self.read_one(chat_id, parse_prompt(part)) for part in parts[:MAX_QUESTIONS])
            return Message(readings, worksheet=True, left_out=len(parts) - MAX_QUESTIONS)
        if len(parts) > 1 and (compound := self._read_parts(chat_id, parts)):
            return Message(compound)
        if len(parts) == 1 and parts[0] != (prompt.asked or prompt.question):
            prompt = parse_prompt(parts[0])  # "oke lanjut, ...": only what follows the acknowledgement
        return Message((self.read_one(chat_id, prompt),))

    def read_one(self, chat_id: int, prompt: Prompt) -> Reading:
        conversation = self._memory[chat_id]
        topic = conversation.last_intent
        reading = self._understand(prompt, conversation)
        conversation.classed = (
            self._kind_of_a_name.classed(prompt.question, reading.intent, topic)
            if reading.intent
            else frozenset()
        )
        if reading.intent == COMPARISON_INTENT:
            compared = set(reading.concepts) or set(self._kinds)
            conversation.compared = tuple(k for k in self._kinds if k in compared)
        if reading.intent is not None:
            conversation.last_said = reading.intent
            # "yang kedua maksudnya apa", "manfaatnya apa", then "terus yang ketiga?": the list is still the
            # one being gone through while the chat stays on the kind of the point picked from it.
            kept = conversation.listed if self._same_kind(conversation.last_intent, reading.intent) else None
            self.remember(chat_id, reading.intent)
            conversation.listed = reading.listed or kept
            conversation.picked = reading.listed is not None
        elif len(reading.choices) == 1:
            # "bilatreal tu apa" offered only the definition: "mnfaatnya apa" next asks of bilateral,
            # whether or not the one button was tapped.
            self.remember(chat_id, reading.choices[0])
            conversation.listed, conversation.picked = None, False
        return reading

    def _same_kind(self, before: str | None, after: str) -> bool:
        kind = self._intents[before].concept if before in self._intents else None
        return kind is not None and self._intents[after].concept == kind

    def remember(self, chat_id: int, intent_id: str) -> None:
        """The chat's topic moves to an answer; "makasih" or "halo" leave it where it was."""
        if self._intents[intent_id].group != CONVERSATION_GROUP:
            self._memory[chat_id].last_intent = intent_id

    def _without_guesses(self, parts: list[str]) -> list[str]:
        """ "ASEAN termasuk kerja sama apa? bilateral?": a kind alone after a question on which kind something
        is, the student's guess at the answer, asks nothing of its own (not what bilateral is)."""
        if len(parts) < 2:
            return parts  # most messages: nothing to join, nothing to clean again
        kept = parts[:1]
        # Whether the question being read asks which kind: worked out once per question, not again on the
        # question and its guesses joined ("... apa? bilateral? bilateral? ..." over 4,096 characters).
        classing = names_a_class(clean(parts[0]))
        for part in parts[1:]:
            words = self._matcher.normaliser.words(part)
            if classing and words and self._matcher.spotter.spot(words).concepts == words:
                kept[-1] = f"{kept[-1]}? {part}"
            else:
                kept.append(part)
                classing = names_a_class(clean(part))
        return kept

    def _read_parts(self, chat_id: int, parts: list[str]) -> tuple[Reading, ...] | None:
        """Two questions in one: the first answered, the others answered or offered as choices, a topic
        asked twice answered once; None when the message is better read whole."""
        conversation = self._memory[chat_id]
        before = replace(conversation)
        readings = tuple(self.read_one(chat_id, parse_prompt(part)) for part in parts)
        answered = readings[0].intent is not None and all(r.understood for r in readings)
        if answered and not any(
            self._small_talk_naming_a_kind(p, r) for p, r in zip(parts, readings, strict=True)
        ):
            # "Apa nama PBB dalam bahasa Inggris dan apa tujuan utamanya?": both asked of one topic,
            # whose answer says both; it is given once.
            by_intent = {str(r.intent or r.choices): r for r in reversed(readings)}
            return tuple(r for r in readings if by_intent[str(r.intent or r.choices)] is r)
        vars(conversation).update(vars(before))  # as it was: the whole message is read instead
        return None

    def _small_talk_naming_a_kind(self, part: str, reading: Reading) -> bool:
        """Whether a part read as small talk names a kind: "bilateral dulu deh, artinya apa" says which kind
        to start with, then asks of it, and takes no leave."""
        if reading.intent is None or self._intents[reading.intent].group != CONVERSATION_GROUP:
            return False
        return bool(self._matcher.spotter.spot(self._matcher.normaliser.words(part)).concepts)

    def _understand(self, prompt: Prompt, conversation: Conversation) -> Reading:
        previous, listed = conversation.last_intent, conversation.listed
        question = prompt.question
        analysis = self._matcher.normaliser.analyse(question)
        base = Reading(prompt.asked or question, prompt.number)
        if previous in self._intents and asks_to_go_on(prompt.asked or question):
            return self._answered(base, prompt, previous)  # "jelasin dong" after a topic: that topic again
        if self._asks_to_ask(question, analysis):
            return self._answered(base, prompt, GREETING_INTENT)
        if not analysis.words:
            return base
        # "kalo di kedokteran bilateral artinya apa? ... pneumonia bilateral" after bilateral's definition:
        # the word in another subject's sense, which the chat's topic does not answer ("hai kak, sy suka
        # olahraga" still greets).
        if meant_in_another_subject(analysis):
            match = self._matcher.match_prompt(prompt)
            if match.outcome is Outcome.UNKNOWN:
                small_talk = self._small_talk.read(question, analysis, match)
                return self._answered(base, prompt, small_talk) if small_talk else base
        mention = self._matcher.spotter.spot(analysis.words)
        if diplomacy := self._topic.diplomacies_compared(mention, previous):
            return self._answered(base, prompt, diplomacy)
        if concepts := self._topic.comparison(mention, previous, analysis):
            return replace(base, intent=COMPARISON_INTENT, concepts=concepts)
        if previous == COMPARISON_INTENT and (
            kind := self._followups.kind_picked(question, analysis, conversation.compared)
        ):
            return self._answered(base, prompt, kind)
        # "yang kedua maksudnya apa" after a list, or while going through one, picks its point, not the
        # topic's definition.
        in_a_list = listed is not None or self._topic.lists(previous)
        picks_point = in_a_list and ordinal(clean(question)) is not None
        if not picks_point and (followup := self._followups.resolve(question, analysis, mention, previous)):
            if followup == COMPARISON_INTENT:  # a kind added to a comparison: all three side by side
                return replace(base, intent=COMPARISON_INTENT, concepts=self._topic.all_kinds)
            return self._answered(base, prompt, followup)
        if kind := self._kind_of_a_name.asked_again(analysis, bool(conversation.classed), previous):
            return self._answered(base, prompt, kind)
        if kind := self._kind_of_a_name.classed_again(analysis, mention, conversation.classed):
            return self._answered(base, prompt, kind)
        match = self._matcher.match_prompt(prompt)
        topical = self._topic.resolve(
            question, analysis, mention, previous, match, listed, conversation.picked
        )
        if topical and (kept := self._still_classed(prompt, analysis, mention, match, conversation, topical)):
            topical = kept
        if topical:
            answered = self._answered(base, prompt, topical.intent)
            return replace(answered, passage=topical.passage, listed=topical.listed)
        if match.outcome is Outcome.ANSWER and match.intent:
            intent = self._small_talk.closing(question, match.intent, conversation.last_said)
            return replace(self._answered(base, prompt, intent), concepts=match.concepts)
        if small_talk := self._small_talk.read(question, analysis, match):
            return self._answered(base, prompt, small_talk)
        if match.outcome is Outcome.CLARIFY:
            return replace(base, choices=tuple(c.intent for c in match.candidates))
        return base

    def _still_classed(
        self,
        prompt: Prompt,
        analysis: Analysis,
        mention: ConceptMention,
        match: Match,
        conversation: Conversation,
        topical: TopicAnswer,
    ) -> TopicAnswer | None:
        """ "GNB termasuk yang mana", then "berdirinya kapan": the kind's examples were shown, but the
        organisation is still the one spoken of; a follow-up its own lesson answers is asked of it, not
        of another organisation among the examples (the PBB, their first point) nor of the kind itself
        ("ASEAN itu kerja sama apa", then "dibentuk kapan" is not regional cooperation's definition)."""
        subject = self._kind_of_a_name.subject(conversation.classed)
        picked = topical.intent
        subjects = self._matcher.subjects
        if subject is None or picked == subject:
            return None
        # The examples themselves, kept on for a follow-up of the example named ("anggotanya siapa aja"
        # after "ASEAN masuk kerja sama apa"), may be the organisation's lesson too.
        kinds_lesson = subjects.aspect_of.get(picked) in (DEFINITION, EXAMPLES)
        if not subjects.title_names.get(picked) and not kinds_lesson:
            return None  # "kalau manfaatnya bagi indonesia?": the kind's benefits, asked on
        if subjects.aspect_of.get(picked) == EXAMPLES and _MORE_OF_THEM & {*analysis.words, *analysis.stems}:
            return None  # "contoh lain yg sejenis", "yang sejenis apa lagi": more of the examples
        if ordinal(clean(prompt.question)) is not None:
            return None  # "yang kedua?" picks a point of the examples shown
        asked = self._topic.resolve(prompt.question, analysis, mention, subject, match)
        return asked if asked and asked.intent == subject else None

    def _asks_to_ask(self, question: str, analysis: Analysis) -> bool:
        """ "kak mau tanya", "bang, gue mau nanya lagi", "mau nanya LKS": asking to ask, which a greeting
        invites."""
        if not set(analysis.words) <= _AGAIN | _SCHOOLWORK:
            return False
        return bool(_ASKING & set(self._matcher.normaliser.words(question, stopwords=True)))

    def _answered(self, base: Reading, prompt: Prompt, intent: str) -> Reading:
        option = self._options.pick(prompt.question, prompt.options, intent) if prompt.options else None
        return replace(base, intent=intent, option=option)
