"""Which kind of cooperation a described situation shows: "Hanya kedua negara itu yang terlibat ...
Termasuk jenis kerja sama apakah kegiatan ini?" is bilateral. Read from the comparison's own text:
the "tebak jenisnya" scenarios and each kind's row of the table; and from the countries it names.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from bot.content.models import Comparison

# The table's rows that describe a kind by its parties and reach, and name its examples.
DESCRIBING_ASPECTS = ("definisi", "pihak", "cakupan", "contoh_dunia", "contoh_indonesia")
BILATERAL = "bilateral"  # the kind of two parties: a situation between two countries shows it
REGIONAL = "regional"  # the kind of one region: a body with more members than any region's shows another
# More countries than the largest regional body has (the African Union, 55): "lebih dari 190 negara".
_MORE_THAN_ANY_REGION = 55
KIND_LEAD = 2.0  # a kind this far ahead of the next (0..100) is the one the situation shows
_PARTS = frozenset({"bagian", "utara", "selatan", "timur", "barat"})  # "Thailand selatan": part of a country
# Countries counted past two ("hampir 200 negara", "sepuluh negara ASEAN", "190 lebih negara"): no two
# parties, whatever the words of signing an agreement lean to.
_COUNTED_COUNTRIES = re.compile(
    r"\b(\d{1,3}|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|ratusan)"
    r"\s+(?:lebih\s+)?negara\b",
    re.IGNORECASE,
)


class KindReader:
    """Scores a situation against each kind's words, weighted by how few kinds use them."""

    def __init__(
        self,
        comparison: Comparison,
        features: Callable[[str], Sequence[str]],
        words: Callable[[str], Sequence[str]],
    ) -> None:
        self._features = features
        self._countries = {name for country in comparison.countries if (name := tuple(words(country)))}
        self._longest_country = max(map(len, self._countries), default=0)
        counts: dict[str, Counter[str]] = {concept.id: Counter() for concept in comparison.concepts}
        for scenario in comparison.scenarios:
            counts[scenario.answer].update(features(scenario.text))
        for kind, row in comparison.table.items():
            for aspect in DESCRIBING_ASPECTS:
                if kind in counts and aspect in row:
                    counts[kind].update(features(row[aspect]))
        spread = Counter(f for words in counts.values() for f in words)
        self._idf = {f: math.log((1 + len(counts)) / (1 + n)) + 1.0 for f, n in spread.items()}
        self._kinds = {
            kind: {f: (1.0 + math.log(n)) * self._idf[f] for f, n in words.items()}
            for kind, words in counts.items()
        }
        self._norms = {kind: math.hypot(*weights.values()) for kind, weights in self._kinds.items()}

    def scores(self, text: str) -> dict[str, float]:
        """Cosine (0..100) of the text with each kind."""
        feats = set(self._features(text))
        norm = math.hypot(*(self._idf.get(f, 0.0) for f in feats))
        if not norm:
            return dict.fromkeys(self._kinds, 0.0)
        return {
            kind: 100
            * sum(weights.get(f, 0.0) * self._idf.get(f, 0.0) for f in feats)
            / norm
            / self._norms[kind]
            for kind, weights in self._kinds.items()
            if self._norms[kind]
        }

    def kind_of(self, text: str) -> str | None:
        """The kind the situation shows, when one clearly leads."""
        scores = self.scores(text)
        counted = _COUNTED_COUNTRIES.findall(text)
        if any(not m.isdigit() or int(m) > 2 for m in counted):
            scores.pop(BILATERAL, None)
        if any(m == "ratusan" or (m.isdigit() and int(m) > _MORE_THAN_ANY_REGION) for m in counted):
            scores.pop(REGIONAL, None)
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] == 0.0:
            return None
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < KIND_LEAD:
            return None
        return ranked[0][0]

    def is_country(self, words: Sequence[str]) -> bool:
        """Whether the words are one country's name, as the comparison lists them."""
        return tuple(words) in self._countries

    def names_only_countries(self, words: Sequence[str]) -> bool:
        """Whether the words are countries' names and nothing else ("indonesia belanda", "korea selatan")."""
        return bool(words) and sum(len(name) for name, _ in self._countries_in(words)) == len(words)

    def countries_named(self, words: Sequence[str]) -> set[tuple[str, ...]]:
        """The countries the words name, each once."""
        return {name for name, _ in self._countries_in(words)}

    def between_two_countries(self, words: Sequence[str]) -> bool:
        """Whether the words name two countries, and neither only in part ("Malaysia bagian utara dan
        Thailand selatan" are the regions of a growth triangle; "Korea Selatan" is a country)."""
        spans = list(self._countries_in(words))
        in_part = any(end < len(words) and words[end] in _PARTS for _, end in spans)
        return len({name for name, _ in spans}) == 2 and not in_part

    def _countries_in(self, words: Sequence[str]) -> Iterator[tuple[tuple[str, ...], int]]:
        """Each country named and where its name ends; a longer name before a shorter one it starts
        with ("Korea Selatan" is one country, not Korea and another)."""
        start = 0
        while start < len(words):
            for size in range(min(self._longest_country, len(words) - start), 0, -1):
                if (name := tuple(words[start : start + size])) in self._countries:
                    yield name, start + size
                    start += size
                    break
            else:
                start += 1
