"""Spots which of bilateral / regional / multilateral a question names, and whether it compares."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from bot.content.models import Comparison
from bot.nlp.normalise import Normaliser

COMPARES = ""  # marks a comparison word among the phrases; never a concept id
MAX_KIND_WORDS = 3  # "kerja sama regional" only names a kind; "hanya dua negara yang diuntungkan" says more
THREE = frozenset({"3", "tiga", "ketiga"})  # "perbandingan 3 jenis kerja sama": all three kinds
FORMS = "bentuk"  # what "jenis", "macam" and "bentuk" normalise to
COOPERATION = ("kerja", "sama")  # the words of "kerja sama", as a pair of a text's words
KIND_NAMES = frozenset({"bilateral", "regional", "multilateral"})  # the kinds' own words
ORGANISATION = "organisasi"  # a body a kind's cooperation goes through ("ikut organisasi2 kayak gini")


@dataclass(frozen=True)
class ConceptMention:
    concepts: tuple[str, ...]  # sorted concept ids
    compares: bool  # a comparison word ("beda", "vs", ...) is present

    @property
    def is_comparison(self) -> bool:
        """Two or more concepts with a comparison word: a question for the comparison flow."""
        return self.compares and len(self.concepts) >= 2


class ConceptSpotter:
    def __init__(self, comparison: Comparison, normaliser: Normaliser) -> None:
        self._phrases: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for concept in comparison.concepts:
            for keyword in concept.keywords:
                self._add(normaliser.words(keyword), concept.id)
        for word in comparison.comparison_words:
            self._add(normaliser.words(word), COMPARES)
        self._kinds = tuple(sorted(c.id for c in comparison.concepts))
        self._three_kinds = len(self._kinds) == 3  # the words in THREE count three

    def _add(self, phrase: tuple[str, ...], meaning: str) -> None:
        if phrase:
            self._phrases[phrase[0]].append((phrase, meaning))

    def spot(self, words: tuple[str, ...]) -> ConceptMention:
        """Every keyword phrase found in `words`, looked up by its first word."""
        found = {
            meaning
            for i, word in enumerate(words)
            for phrase, meaning in self._phrases.get(word, ())
            if words[i : i + len(phrase)] == phrase
        }
        concepts = tuple(sorted(found - {COMPARES}))
        compares = COMPARES in found
        if compares and not concepts and self._names_the_three_forms(words):
            concepts = self._kinds
        return ConceptMention(concepts, compares)

    def _names_the_three_forms(self, words: tuple[str, ...]) -> bool:
        """ "bandingkan ketiga bentuk kerja sama", "tabel perbandingan 3 jenis kerja sama", "perbedaan 3
        kerja sama internasional", "perbandingan bentuk kerja sama internasional": every kind."""
        return self._three_kinds and any(
            (word in THREE and (words[i + 1 : i + 2] == (FORMS,) or words[i + 1 : i + 3] == COOPERATION))
            or (word == FORMS and words[i + 1 : i + 3] == COOPERATION)
            for i, word in enumerate(words)
        )

    def kind_named(self, words: tuple[str, ...]) -> str | None:
        """The kind a short phrase only names ("b. bilateral", "kerja sama multilateral"), as options do;
        not "diplomasi multilateral", a kind of diplomacy."""
        if len(words) > MAX_KIND_WORDS or "diplomasi" in words:
            return None
        concepts = self.spot(words).concepts
        return concepts[0] if len(concepts) == 1 else None
