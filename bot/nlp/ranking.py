"""Ranks the intents for a question by four measures that fail differently.

Word TF-IDF against each example (phrasing), word TF-IDF against the intent as a whole
(paraphrases that mix words from several examples), character n-grams (typos and
morphology the stemmer misses), and a rapidfuzz re-rank of a shortlist (word order and
near-copies). Their blend is what the matcher decides on.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from bot.content.models import Intent
from bot.nlp.normalise import Analysis, Normaliser
from bot.nlp.spaces import FeatureSpace, char_features, word_features
from bot.nlp.tuning import MatcherConfig

OUT_OF_SCOPE = ""  # the class of questions the tutor must not answer; never a valid intent id


@dataclass(frozen=True)
class Candidate:
    intent: str
    score: float  # 0..100


class Ranker:
    """Every intent's examples (and its title) in the spaces, plus the out-of-scope questions as one
    more class, `OUT_OF_SCOPE`, ranked like an intent."""

    def __init__(self, intents: Sequence[Intent], normaliser: Normaliser, out_of_scope: Sequence[str]):
        classes = [(intent.id, (intent.title, *intent.examples)) for intent in intents]
        if out_of_scope:
            classes.append((OUT_OF_SCOPE, tuple(out_of_scope)))
        self._classes = [intent_id for intent_id, _ in classes]
        analyses: list[Analysis] = []
        owners: list[int] = []
        for index, (_, texts) in enumerate(classes):
            for text in texts:
                analyses.append(normaliser.analyse(text))
                owners.append(index)
        n = len(classes)
        stems: list[set[str]] = [set() for _ in range(n)]
        openers: list[set[str]] = [set() for _ in range(n)]
        for analysis, index in zip(analyses, owners, strict=True):
            stems[index].update(analysis.stems)
            openers[index].update(analysis.stems[:1])
        self._stems = [frozenset(class_stems) for class_stems in stems]
        self._openers = [frozenset(class_openers) for class_openers in openers]
        owner = np.array(owners, dtype=np.int64)
        self._starts = np.searchsorted(owner, np.arange(n))
        # Token-sorted once here, so the re-rank is a plain ratio: rapidfuzz's token_sort_ratio would sort
        # every example's words again for every question (the same scores, five times the time).
        sorted_texts = [_sorted_words(a.text) for a in analyses]
        ends = [*self._starts[1:], len(sorted_texts)]
        self._class_texts = [sorted_texts[a:b] for a, b in zip(self._starts, ends, strict=True)]
        self._class_sizes = np.array([len(texts) for texts in self._class_texts])
        word_docs = [word_features(a) for a in analyses]
        self._words = FeatureSpace(word_docs, owner, n)
        merged: list[list[str]] = [[] for _ in range(n)]
        for feats, index in zip(word_docs, owners, strict=True):
            merged[index].extend(feats)
        self._centroids = self._words.weighted(merged)
        self._chars = FeatureSpace([char_features(a) for a in analyses], owner, n)

    def stems(self, intent_id: str) -> frozenset[str]:
        """The stems of an intent's title and examples."""
        return self._stems[self._classes.index(intent_id)]

    def openers(self, intent_id: str) -> frozenset[str]:
        """The stems its title and examples open with ("halo", "selamat", "punten" for the greeting)."""
        return self._openers[self._classes.index(intent_id)]

    def rank(
        self, analysis: Analysis, config: MatcherConfig, left_out: tuple[str, int] | None = None
    ) -> list[Candidate]:
        """Every shortlisted class, best first; `left_out` (intent id, example number) ranks as if that
        example were not in the content."""
        doc = None if left_out is None else self._example_doc(*left_out)
        if not analysis.words or not self._classes:
            return []
        w_ex, w_cent, w_char, w_fuzz = config.weights
        feats = word_features(analysis)
        per_example = self._words.cosine(feats, self._words.by_feature)
        chars = self._chars.cosine(char_features(analysis), self._chars.by_feature)
        if doc is not None:
            per_example[doc] = chars[doc] = 0.0
        scores = (
            w_ex * np.maximum.reduceat(per_example, self._starts)
            + w_cent * self._words.cosine(feats, self._centroids)
            + w_char * np.maximum.reduceat(chars, self._starts)
        )
        top = np.argsort(-scores, kind="stable")[: config.shortlist]
        fuzzy = self._fuzzy(_sorted_words(analysis.text), top, doc)
        final = scores[top] + w_fuzz * fuzzy
        order = np.argsort(-final, kind="stable")
        return [Candidate(self._classes[top[i]], round(float(final[i]) * 100, 1)) for i in order]

    def _example_doc(self, intent_id: str, example: int) -> int:
        return int(self._starts[self._classes.index(intent_id)]) + 1 + example  # after the title

    def _fuzzy(self, query: str, intents: np.ndarray, left_out: int | None = None) -> np.ndarray:
        """Best token-sort ratio of the query (its words sorted) against each shortlisted intent's
        examples, 0..1; every intent has its title at least."""
        choices = list(itertools.chain.from_iterable(self._class_texts[i] for i in intents))
        row = process.cdist([query], choices, scorer=fuzz.ratio, dtype=np.float32)[0]
        sizes = self._class_sizes[intents]
        offsets = np.cumsum(sizes) - sizes
        if left_out is not None:
            for intent, offset in zip(intents, offsets, strict=True):
                if 0 <= left_out - self._starts[intent] < self._class_sizes[intent]:
                    row[offset + left_out - self._starts[intent]] = 0.0
        return np.maximum.reduceat(row, offsets) / 100.0


def _sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))
