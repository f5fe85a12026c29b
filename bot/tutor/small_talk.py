"""A greeting or goodbye said around a remark about oneself: "sore kak aku lagi dayoff nih" greets,
"mau jemput anak majikan dulu dadah" takes leave. The remark asks nothing, so the small talk is the reply.
And "selamat malam" or "assalamualaikum" right after thanks takes leave, though each greets when it
opens a chat.
"""

from __future__ import annotations

from bot.content.models import FAREWELL_INTENT, GREETING_INTENT, THANKS_INTENT
from bot.nlp import Analysis, Match, Matcher, Outcome, clean
from bot.tutor.pointing import asks, marked_as_question

_EDGE_WORDS = 2  # "halo", "sore kak"; "dadah", "bye semua"
# Greetings also said on leaving: by the time of day, and the salam.
_PARTING_GREETINGS = frozenset({"pagi", "siang", "sore", "malam", "assalamualaikum"})


class SmallTalkAround:
    def __init__(self, matcher: Matcher) -> None:
        self._matcher = matcher
        self._names = matcher.subjects.every_title_name
        self._small_talk = matcher.subjects.conversation

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
        for words, intent in edges:
            said = self._matcher.match(" ".join(words))
            if said.intent == intent and said.outcome is Outcome.ANSWER:
                return intent
        return None

    def closing(self, question: str, intent: str, previous: str | None) -> str:
        """The intent a greeting by the time of day, or a salam, has after thanks: a goodbye ("Terima
        kasih banyak", then "Selamat malam" or "assalamualaikum"); any other intent as it is."""
        if intent != GREETING_INTENT or previous != THANKS_INTENT:
            return intent
        words = set(self._matcher.normaliser.words(question, stopwords=True))
        return FAREWELL_INTENT if _PARTING_GREETINGS & words else intent
