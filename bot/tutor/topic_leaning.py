"""Follow-ups with no pointer that still lean on the chat's topic: a short question the matcher alone
takes for something near it ("indonesia gabung kapan?"), or a short case put to it ("kalau makin parah?").
"""

from __future__ import annotations

import itertools

from bot.content import Content
from bot.content.models import ABOUT_BOT_INTENT, CONVERSATION_GROUP, HELP_INTENT
from bot.nlp import Analysis, Match, Matcher, Outcome, clean
from bot.nlp.subjects import QUESTION_STEMS
from bot.tutor.pointing import asks
from bot.tutor.points import YES_NO_TAGS
from bot.tutor.topic_family import TopicFamilies

_EVER = frozenset({"pernah", "indonesia"})  # "indonesia pernah ngalamin?"
# Words that put a question to the bot itself ("kamu siapa", "ini bot apa"); slang "lu", "side",
# "rika" reach here as "kamu".
_ADDRESSING_BOT = frozenset({"kamu", "bot", "tutor", "tutorbot", "robot", "ai", "chatgpt", "admin"})
# Ambonese and Manado "kaka pung nama sapa": the older sibling addressed is the bot, "pung" (its) whose.
_ADDRESSED_AS_KIN = frozenset({"kak", "kaka", "kakak", "kk"})
_POSSESSING = frozenset({"pung", "punya", "pe"})
_SUPPOSING = frozenset({"kalau", "kalo", "klo", "kalu", "nek", "lek"})  # Javanese "nek", "lek"
# "provinsi boleh gak", "perusahaan bisa?": whether a case is allowed, put to the topic.
_PERMITTING = frozenset({"boleh", "bisa", "iso", "biso", "can"})
OPENERS = _SUPPOSING | {"terus", "trus", "lalu", "nah"}
MAX_SUPPOSING_WORDS = 5  # "kalau masih ga beres jg?"; "kalo cuaca besok di padang gimana" asks something else
_WHERE_WHEN_WHO = frozenset({"mana", "kapan", "siapa"})
MAX_BARE_WORDS = 2  # "kantor", "kantor pusat": a bare word or two, after a named topic
MAX_IMPLICIT_WORDS = 5  # a longer question without a pointer is a question of its own


class ImplicitLeaning:
    def __init__(self, content: Content, matcher: Matcher, families: TopicFamilies) -> None:
        self._matcher = matcher
        self._intents = content.intents
        self._families = families
        self._aspect_stems = frozenset(families.aspect_by_stem)

    def leans(self, question: str, analysis: Analysis, match: Match, family: list[str], marked: bool) -> bool:
        """A short question with no pointer that the matcher alone takes for something near the topic:
        an intent of the family or of the topic's group, not sure of it."""
        if match.outcome is Outcome.UNKNOWN or not match.candidates:
            return self.asks_bare_of(analysis, family)
        named_subjects = self._families.named_subjects
        guess = match.candidates[0].intent
        # Sure of an organisation the question does not name ("kapan indo gabung" reads like IMF's
        # wording): not sure at all, after another organisation.
        unnamed = guess in named_subjects and not self._matcher.title_names[guess] & set(analysis.words)
        # "yg bikin siapa" after the forms of agreement reads like "siapa yang bikin bot ini", but says
        # nothing of the bot.
        unaddressed = guess == ABOUT_BOT_INTENT and not (
            _ADDRESSING_BOT & set(self._matcher.normaliser.words(question, stopwords=True))
            or any(
                a in _ADDRESSED_AS_KIN and b in _POSSESSING for a, b in itertools.pairwise(clean(question))
            )
        )
        sure = match.outcome is Outcome.ANSWER and match.score >= self._matcher.config.sure_at
        if sure and not unnamed and not unaddressed:
            return False
        # An organisation guessed from wording alone, after a named topic: "tahun berapa itu dibuat"
        # after the Vienna Convention reads like the UN's "berdiri tahun berapa"; so does a lesson none
        # of whose title words are asked ("kapan mulai" after AFTA is no question on Indonesia's first
        # foreign relations, "mulai berlaku kapan" none on bilateral examples).
        untitled = self._intents[guess].group != CONVERSATION_GROUP and not set(analysis.stems) & set(
            self._families.anchor(guess).split()
        )
        # "fase perlambatan tu apa" after bilateral diplomacy: the dispute's own words, far from the topic's.
        lesson = guess not in named_subjects and self._intents[guess].group != CONVERSATION_GROUP
        answered = match.outcome is Outcome.ANSWER and lesson and guess not in family
        # ... when the topic's own answer says all the question does ("berlaku" of AFTA's), not "kedutaan
        # bisa bantu kah" after the ILO.
        after_a_name = (
            untitled
            and family[0] in named_subjects
            and self._families.says_all(set(analysis.stems) - QUESTION_STEMS, family[0])
        )
        if answered and not after_a_name and self._far_from(question, guess, family):
            return False
        # An aspect asks too: "contoh yg diikutin indo" after multilateral benefits.
        asking = asks(analysis, marked) or bool(self._aspect_stems & set(analysis.stems))
        # "kantor" alone after the FAO, as a Deaf student writes it: a bare word naming no organisation, and
        # asked of several, asks of the one just named, not of another whose wording it shares.
        bare = unnamed and len(analysis.stems) <= MAX_BARE_WORDS and family[0] in named_subjects
        asking = asking or (bare and set(analysis.stems) <= self._families.asked_of_subjects)
        if not asking or len(analysis.stems) > MAX_IMPLICIT_WORDS:
            return False
        # "indonesia pernah ngalamin?", "pernah kejadian sama indonesia gak": whether the topic ever
        # happened to Indonesia, which a named organisation's wording does not decide.
        if set(analysis.stems) >= _EVER and (unnamed or guess not in named_subjects):
            return True
        # "sekarang sudah berapa negara" after Indonesia's first relations reads like ASEAN's members,
        # but names no ASEAN: it asks on about the topic.
        named_topic = unnamed or (untitled and family[0] in named_subjects)
        # Small talk the matcher is unsure of: "yg tanda tangan siapa aja" reads a little like "siapa yang
        # bikin bot ini", but after a topic it asks about the topic.
        small_talk = match.outcome is Outcome.CLARIFY and self._intents[guess].group == CONVERSATION_GROUP
        # "bisa bantu pr matematika gak" asks how the bot helps, whatever the topic; "pernah bantu
        # indonesia?" after the IMF speaks of the topic.
        helped = guess == HELP_INTENT and not self._families.speaks_of(set(analysis.stems), family)
        small_talk = (small_talk and not helped) or unaddressed
        same_group = self._intents[guess].group == self._intents[family[0]].group
        return guess in family or same_group or named_topic or small_talk

    def asks_bare_of(self, analysis: Analysis, family: list[str]) -> bool:
        """ "where is the headquarters" after the WTO, read as "mana markas": a question word and a thing
        asked of every organisation, which the matcher alone cannot place, asks it of the one just named."""
        stems = set(analysis.stems)
        asked = stems - QUESTION_STEMS
        # "di mana" alone after ASEAN's founding year: where, when or who of it, nothing more said.
        bare = not asked and stems <= _WHERE_WHEN_WHO
        return (
            family[0] in self._families.named_subjects
            and bool(stems & QUESTION_STEMS)
            and (bare or 0 < len(asked) <= MAX_BARE_WORDS)
            and asked <= self._families.asked_of_subjects
        )

    def supposes(self, question: str, tokens: list[str], classifies: bool, match: Match, topic: str) -> bool:
        """ "kalau makin parah?", "provinsi boleh gak", "pendidikan termasuk?": a short case put to the
        topic that the matcher alone makes nothing of; and "trus biar baikan lagi gmn" after a dispute,
        which carries on and is nearest to the topic itself, though not near enough to be answered alone."""
        short = 0 < len(tokens) <= MAX_SUPPOSING_WORDS and match.outcome is Outcome.UNKNOWN
        if not short:
            return False
        if set(tokens[:2]) & _SUPPOSING or classifies or self._asks_leave(tokens):
            return True
        if tokens[0] not in OPENERS:
            return False
        # Near enough that the matcher alone would offer it: "terus cara bikin rendang gmn" is not.
        nearest = self._matcher.rank(question, limit=1)
        return (
            bool(nearest)
            and nearest[0].intent == topic
            and nearest[0].score >= self._matcher.config.clarify_at
        )

    @staticmethod
    def _asks_leave(tokens: list[str]) -> bool:
        """ "provinsi boleh gak", "perusahaan bisa?": a case, then whether it is allowed and nothing
        more; not "bisa bantu pr matematika gak", which asks something of its own."""
        k = next((k for k, token in enumerate(tokens) if token in _PERMITTING), 0)
        return k > 0 and set(tokens[k + 1 :]) <= YES_NO_TAGS

    def _far_from(self, question: str, guess: str, family: list[str]) -> bool:
        """Whether the question, read alone, is far nearer the matcher's guess than any of the family."""
        alone = {c.intent: c.score for c in self._matcher.rank(question)}
        nearest = max((alone.get(i, 0.0) for i in family), default=0.0)
        return alone.get(guess, 0.0) - nearest >= self._matcher.config.clarify_window
