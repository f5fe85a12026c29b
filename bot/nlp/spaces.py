"""The TF-IDF spaces the matcher scores in: word stems and their pairs (phrasing), and character
n-grams (typos and morphology the stemmer misses).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from bot.nlp.normalise import Analysis


def word_features(analysis: Analysis) -> list[str]:
    stems = analysis.stems
    return [*stems, *(f"{a} {b}" for a, b in itertools.pairwise(stems))]


def char_features(analysis: Analysis) -> list[str]:
    grams = []
    for word in analysis.words:
        padded = f" {word} "
        for n in (3, 4, 5):
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


class FeatureSpace:
    """A TF-IDF space; IDF counts intents, not examples, so a word in one intent weighs most."""

    def __init__(self, docs: Sequence[Sequence[str]], doc_intent: np.ndarray, n_intents: int):
        self.vocab: dict[str, int] = {}
        index = self.vocab.setdefault
        per_doc = [[index(f, len(self.vocab)) for f in set(feats)] for feats in docs]
        rows_a = np.repeat(np.arange(len(docs), dtype=np.int32), [len(c) for c in per_doc])
        cols_a = np.fromiter((c for cols in per_doc for c in cols), dtype=np.int32, count=len(rows_a))
        shape = (len(docs), len(self.vocab))
        # Document frequency over intents: (intent x example) @ (example x feature), nonzeros per column.
        owner = sparse.csr_matrix(
            (np.ones(len(docs), dtype=np.float32), (doc_intent, np.arange(len(docs)))),
            shape=(n_intents, len(docs)),
        )
        present = sparse.csr_matrix((np.ones(len(rows_a), dtype=np.float32), (rows_a, cols_a)), shape=shape)
        df = (owner @ present).getnnz(axis=0)
        self.idf = np.log((1 + n_intents) / (1 + df)) + 1.0
        self.unknown_idf = math.log(1 + n_intents) + 1.0
        self.by_feature = self._normalised(rows_a, cols_a, np.ones(len(rows_a)), shape)

    def _normalised(self, rows, cols, tf, shape) -> sparse.csr_matrix:
        weights = tf * self.idf[cols]
        norms = np.sqrt(np.bincount(rows, weights=weights**2, minlength=shape[0]))
        weights = weights / np.where(norms > 0, norms, 1.0)[rows]
        return sparse.csr_matrix((weights, (cols, rows)), shape=(shape[1], shape[0]))

    def weighted(self, docs: Sequence[Sequence[str]]) -> sparse.csr_matrix:
        """Another set of documents (intent centroids) in this space, sublinear tf."""
        rows, cols, tf = [], [], []
        for row, feats in enumerate(docs):
            for f, count in Counter(feats).items():
                if f in self.vocab:
                    rows.append(row)
                    cols.append(self.vocab[f])
                    tf.append(1.0 + math.log(count))
        shape = (len(docs), len(self.vocab))
        return self._normalised(np.array(rows), np.array(cols), np.array(tf), shape)

    def cosine(self, feats: Sequence[str], matrix: sparse.csr_matrix) -> np.ndarray:
        """Cosine of the query with every document; unknown features still count in its norm."""
        distinct = set(feats)
        cols = np.array([c for f in distinct if (c := self.vocab.get(f)) is not None], dtype=np.int64)
        if not len(cols):
            return np.zeros(matrix.shape[1])
        weights = self.idf[cols]
        norm = math.sqrt(float(weights @ weights) + (len(distinct) - len(cols)) * self.unknown_idf**2)
        # The query's rows gathered in one go, as index arithmetic: slicing row by row, or scipy's
        # own product, costs more than the sums for a query of a few dozen features (RESULTS §1).
        firsts = matrix.indptr[cols]
        lengths = matrix.indptr[cols + 1] - firsts
        at = np.repeat(firsts - (np.cumsum(lengths) - lengths), lengths) + np.arange(lengths.sum())
        return np.bincount(
            matrix.indices[at],
            weights=matrix.data[at] * np.repeat(weights / norm, lengths),
            minlength=matrix.shape[1],
        )
