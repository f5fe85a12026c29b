"""A greeting or goodbye said around a remark about oneself: "sore kak aku lagi dayoff nih" greets,
"mau jemput anak majikan dulu dadah" and "pamit ya bot, hp mau dikumpul" take leave. The remark asks
nothing, so the small talk is the reply.
A greeting opening a question with no comma after it ("hey tutor jelasin diplomasi bilateral") is one
part of the message and the question another.
And "selamat malam" or "assalamualaikum" right after thanks takes leave, though each greets when it
opens a chat.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.content.models import FAREWELL_INTENT, GREETING_INTENT, THANKS_INTENT
from bot.nlp import Analysis, Match, Matcher, Outcome, clean
from bot.nlp.compound import ADDRESSING
from bot.tutor.pointing import asks, marked_as_question

_EDGE_WORDS = 2  # "halo", "sore kak"; "dadah", "bye semua"
_OPENING_WORDS = 3  # "halo", "hey tutor", "selamat pagi kak"
MIN_QUESTION_WORDS = 2  # after the greeting: "halo bilateral" greets and names a kind, it asks nothing
# Greetings also said on leaving: by the time of day, the salam, and "permisi" (excuse me, I'll go).
_PARTING_GREETINGS = frozenset({"pagi", "siang", "sore", "malam", "assalamualaikum", "permisi"})
_TAKING_LEAVE = frozenset({"pamit", "dadah"})  # words that say nothing but goodbye


class SmallTalkAround:
    def __init__(self, matcher: Matcher, greetings: Iterable[str]) -> None:
        self._matcher = matcher
        self._names = matcher.subjects.every_title_name
        self._small_talk = matcher.subjects.conversation
        # The words a greeting opens with ("halo", "hai", "selamat", "assalamualaikum"): a message opening
        # with none of them is not read for a greeting before its question, which costs a match or three.
        words = (matcher.normaliser.words(greeting) for greeting in greetings)
        self._openers = frozenset(said[0] for said in words if said)

    def read(self, question: str, analysis: Analysis, match: Match) -> str | None:
        """The greeting opening the message or the goodbye closing it, when the words between ask nothing
        the matcher knows; None otherwise."""
        if match.outcome is Outcome.ANSWER or set(match.alternatives) - self._small_talk:
            return None
        tokens = clean(question)
        if len(tokens) <= _EDGE_WORDS or asks(analysis, marked_as_question(question, tokens)):
            return None
        if self._matcher.spotter.spot(analysis.words).concepts or self._names & set(analysis.words):
            return None  # "halo kak, aku bingung soal bilateral" says what the student needs
        edges = [(tokens[:n], GREETING_INTENT) for n in range(1, _EDGE_WORDS + 1)]
        edges += [(tokens[-n:], FAREWELL_INTENT) for n in range(1, _EDGE_WORDS + 1)]
        # "pamit ya bot, hp mau dikumpul pengasuh": the goodbye first, then why; a word that only takes leave,
        # for "besok ..." or "sik, ..." opening a remark may mean anything.
        edges += [
            (tokens[:n], FAREWELL_INTENT)
            for n in range(1, _EDGE_WORDS + 1)
            if _TAKING_LEAVE & set(self._matcher.normaliser.words(" ".join(tokens[:n])))
        ]
        for words, intent in edges:
            if set(words) <= ADDRESSING:
                continue  # "kak" alone calls and so greets, but "kak aku lagi galau" calls before a remark
            said = self._matcher.match(" ".join(words))
            if said.intent == intent and said.outcome is Outcome.ANSWER:
                return intent
        return None

    def opening(self, question: str) -> tuple[str, str] | None:
        """The greeting and the question after it, when a greeting opens the message with no comma ("halo
        kak apa itu bilateral"); None otherwise."""
        tokens = question.split()
        first = self._matcher.normaliser.words(tokens[0]) if tokens else ()
        if not (first and first[0] in self._openers):
            return None
        whole = self._matcher.match(question)
        # Read as a lesson's question, the greeting is answered only before that same question
        # ("selamat pagi kak bilateral itu apa"); read as small talk, before whatever the rest asks.
        lesson = (
            whole.intent if whole.outcome is Outcome.ANSWER and whole.intent not in self._small_talk else None
        )
        for n in range(min(_OPENING_WORDS, len(tokens) - MIN_QUESTION_WORDS), 0, -1):
            last = clean(tokens[n - 1])
            if not (last and (set(last) <= ADDRESSING or self._matcher.normaliser.words(" ".join(last)))):
                continue  # the greeting ends on a word that says something: not "jelasin", "apa"
            greeting = " ".join(tokens[:n])
            if set(clean(greeting)) <= ADDRESSING:
                continue  # "bot ini bisa apa": calling the bot before the question is no greeting
            said = self._matcher.match(greeting)
            if said.intent != GREETING_INTENT or said.outcome is not Outcome.ANSWER:
                continue
            rest = " ".join(tokens[n:])
            asked = self._matcher.match(rest)
            answered = asked.outcome is Outcome.ANSWER and asked.intent not in self._small_talk
            if answered and lesson in (None, asked.intent):
                return greeting, rest
            # Read as a lesson, the message may have a shorter greeting: "assalamualaikum kak regional"
            # took a word of "regional itu apa ya".
            if lesson is None:
                return None
        return None

    def closing(self, question: str, intent: str, previous: str | None) -> str:
        """The intent a greeting by the time of day, or a salam, has after thanks: a goodbye ("Terima
        kasih banyak", then "Selamat malam" or "assalamualaikum"); any other intent as it is."""
        if intent != GREETING_INTENT or previous != THANKS_INTENT:
            return intent
        words = set(self._matcher.normaliser.words(question, stopwords=True))
        return FAREWELL_INTENT if _PARTING_GREETINGS & words else intent
