"""Short follow-ups ("contohnya?", "kalau regional?", "jelaskan lagi") resolved against the last topic."""

from __future__ import annotations

import itertools

from bot.content import Content
from bot.content.models import COMPARISON_INTENT
from bot.nlp import Analysis, ConceptMention, Normaliser, clean
from bot.nlp.subjects import DEFINITION, Subjects
from bot.tutor.points import ordinal

# "yang soal pangan?", "yg multilateral?": the one that ..., another of the same sort. The word is a
# stopword, so it is read from the text.
DESCRIBING = frozenset({"yang", "yg"})
# "multilateral juga?": the same of another kind, as "kalau multilateral?" asks. Also a stopword.
ALSO = "juga"
# "kalau regional masuk juga?", "tambah regional dong", "trus regional masuk mana" after a comparison:
# that kind added to it.
_ADDING = frozenset({"masuk", "tambah", "sekali"})
_WHERE = "mana"
# "contoh masing2?", "contoh tiap jenisnya dong biar lengkap tabelnya" after a comparison: that row of
# the table, each kind's, not one kind's lesson to choose.
_EACH_KIND = frozenset({"masing", "tiap"})
# "sama negara lain ada juga?", "ada lagi yg kayak gitu sama negara lain?": the same asked of another partner.
_ANOTHER_PARTY = ("negara", "lain")
# "aku lagi bete", "kita lagi jaga kios": "lagi" after who is at it says what they are doing now, not
# "again" (the pronouns read as these words).
_NOW = "lagi"
_DOERS = frozenset({"saya", "kita", "kami", "dia"})


class FollowupResolver:
    def __init__(self, content: Content, normaliser: Normaliser, subjects: Subjects) -> None:
        words = content.lexicon.followups

        def stems(phrase: str) -> tuple[str, ...]:
            return normaliser.analyse(phrase).stems

        self._aspects = {stem: aspect for aspect, phrases in words.aspects.items()
                         for phrase in phrases for stem in stems(phrase)}  # fmt: skip
        self._again = {stem for phrase in words.again for stem in stems(phrase)}
        self._leads = {stem for phrase in words.leads for stem in stems(phrase)}
        self._questions = {stem for phrase in words.questions for stem in stems(phrase)}
        self._cooperation = set(stems("kerja sama"))
        self._concept_stems = {
            stem: concept.id
            for concept in content.comparison.concepts
            for keyword in concept.keywords
            for stem in stems(keyword)
        }
        self._by_kind_aspect = subjects.by_kind_aspect
        self._intents = content.intents
        self._normaliser = normaliser

    def kind_picked(self, question: str, analysis: Analysis, compared: tuple[str, ...]) -> str | None:
        """ "yang kedua contohnya apa" after the kinds were compared: what is asked of the n-th kind
        in the comparison (its definition when nothing is)."""
        number = ordinal(clean(question))
        if number is None or not compared or number > len(compared):
            return None
        aspects = {self._aspects[s] for s in analysis.stems if s in self._aspects}
        if len(aspects) > 1:
            return None
        kind = compared[number - 1 if number > 0 else -1]
        return self._by_kind_aspect.get((kind, next(iter(aspects), DEFINITION)))

    def resolve(
        self, question: str, analysis: Analysis, mention: ConceptMention, previous: str | None
    ) -> str | None:
        """The intent a short follow-up points to, or None when the text is a question of its own."""
        if previous is None or previous not in self._intents or not analysis.stems:
            return None
        stems = set(analysis.stems)
        tokens = clean(question)
        words = self._normaliser.words(question, stopwords=True)
        doing = sum(doer in _DOERS and now == _NOW for doer, now in itertools.pairwise(words))
        if doing and doing == words.count(_NOW):
            stems.discard(_NOW)
        # "multilateral jg dong": "jg" is "juga" once the slang is read.
        also = ALSO in words
        # "multilateralnya", "multilateral nya" after "contoh regionalnya": the kind's one, as the topic was.
        its = any(t == "nya" or (t.endswith("nya") and t[:-3] in mention.concepts) for t in tokens)
        led = bool(stems & self._leads or DESCRIBING.intersection(tokens[:1]) or also or its)
        if stems <= self._again | self._leads and stems & self._again:
            return previous
        if (
            _ANOTHER_PARTY in itertools.pairwise(analysis.stems)
            and stems - set(_ANOTHER_PARTY) <= self._leads
        ):
            return previous
        aspects = {self._aspects[s] for s in stems if s in self._aspects}
        named = set(mention.concepts)
        leftover = stems - self._aspects.keys() - self._leads - self._concept_stems.keys()
        if aspects:
            leftover -= self._questions
        if named - {self._intents[previous].concept}:
            leftover -= self._cooperation  # "kalau dr kerja sama regional?": another kind by its full name
        adding = leftover - {_WHERE}
        if previous == COMPARISON_INTENT and named and not aspects and adding and adding <= _ADDING:
            return COMPARISON_INTENT
        if previous == COMPARISON_INTENT and not named and stems & _EACH_KIND:
            return COMPARISON_INTENT
        # "kalau regional deng multilateral?" after a comparison: the kinds it names are compared too.
        if previous == COMPARISON_INTENT and len(named) > 1 and not aspects and not leftover:
            return COMPARISON_INTENT
        if leftover or len(aspects) > 1 or len(named) > 1:
            return None
        # "regional" alone is a new question; "kalau regional?", or "regional?" right after "bilateral
        # contohnya?", asks the same of another kind.
        if named and not aspects and not led and not question.rstrip().endswith("?"):
            return None
        if previous == COMPARISON_INTENT:
            if len(named) == 1 and stems & self._again and not aspects:  # "yang regional jelasin lagi"
                return self._by_kind_aspect.get((next(iter(named)), DEFINITION))
            return COMPARISON_INTENT if named and not aspects else None  # "kalau yg multilateral?"
        before = self._intents[previous]
        concept = next(iter(named), before.concept)
        aspect = next(iter(aspects), before.aspect)
        if not (aspects or named) or concept is None or aspect is None:
            return None
        return self._by_kind_aspect.get((concept, aspect))
