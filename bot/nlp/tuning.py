"""The matcher's tuning: how its four measures are blended, how many intents are re-ranked, and
where its answer / clarify / unknown decisions fall."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MatcherConfig:
    """Decision thresholds, calibrated with `tutorbot eval` (see benchmarks/RESULTS.md)."""

    answer_at: float = 34.0  # a winner this strong is answered ...
    margin: float = 1.0  # ... when it leads the runner-up by this much (a near tie is asked about),
    sure_at: float = 60.0  # or without a margin when this strong
    clarify_at: float = 26.0  # below this: "belum tahu"
    clarify_window: float = 12.0  # choices offered: within this of the best
    max_choices: int = 3
    shortlist: int = 8  # intents re-ranked with rapidfuzz
    off_topic_margin: float = -5.0  # "belum tahu" when the off-topic class comes this close
    # A long question (a case study, a worksheet item) spreads its score over many words: a winner
    # this far ahead of the runner-up is answered even below `answer_at`.
    long_question: int = 10  # distinct words
    clear_lead: float = 6.0
    long_floor: float = 22.0  # ... and is asked about (or answered, with that lead) from this score
    named_floor: float = 20.0  # a worksheet item naming one organisation is about it from this score
    weights: tuple[float, float, float, float] = (0.30, 0.25, 0.25, 0.20)
