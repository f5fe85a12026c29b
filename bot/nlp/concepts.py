"""Spots which of bilateral / regional / multilateral a question names, and whether it compares."""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.models import Comparison
from bot.nlp.normalise import Normaliser


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
        self._keywords = [
            (normaliser.words(keyword), concept.id)
            for concept in comparison.concepts
            for keyword in concept.keywords
        ]
        self._comparison_words = [normaliser.words(w) for w in comparison.comparison_words]
        self._keywords = [(k, c) for k, c in self._keywords if k]
        self._comparison_words = [w for w in self._comparison_words if w]

    def spot(self, words: tuple[str, ...]) -> ConceptMention:
        concepts = sorted({c for keyword, c in self._keywords if _contains(words, keyword)})
        compares = any(_contains(words, w) for w in self._comparison_words)
        return ConceptMention(tuple(concepts), compares)


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))
