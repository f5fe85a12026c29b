"""The matcher against two simple baselines on both labelled sets (dev and holdout).

Methods:
  ours     matcher.match(text).intent (answered = an intent, not a clarifying question or "belum tahu");
  WRatio   rapidfuzz.process.extractOne(text, all_examples, scorer=fuzz.WRatio) on the raw text,
           the winning example's intent, answered when its score >= cutoff;
  TF-IDF   scikit-learn TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True)
           over all examples, the cosine-nearest example's intent, answered when cosine >= cutoff.
"all_examples" are the examples of every intent in content/intents. The "+ off-topic" rows add
the content's out-of-scope questions (content/out_of_scope.yaml, which ours also uses) as
examples of a class that is never answered.

Each baseline's cutoff is the one that maximises accuracy + rejection on dev (the lowest such
cutoff on a tie); the same cutoff is then applied to holdout. Accuracy: in-scope questions
answered with their labelled intent. Rejection: out-of-scope questions not answered. Latency:
mean per question over one pass (time.perf_counter per call).

Run from the repository root:
    .venv/bin/python benchmarks/bench_baselines.py
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from common import CONTENT, LABELLED

Predict = Callable[[str], tuple[str | None, float]]  # text -> (nearest intent, score)


def ours(content) -> Predict:
    from bot.nlp.build import build_matcher

    matcher = build_matcher(content)

    def predict(text: str) -> tuple[str | None, float]:
        match = matcher.match(text)
        return match.intent, match.score

    return predict


def examples(content, off_topic: bool) -> tuple[list[str], list[str | None]]:
    texts = [e for i in content.intents.values() for e in i.examples]
    owners: list[str | None] = [i.id for i in content.intents.values() for _ in i.examples]
    if off_topic:
        texts += content.out_of_scope
        owners += [None] * len(content.out_of_scope)
    return texts, owners


def wratio(content, off_topic: bool) -> Predict:
    from rapidfuzz import fuzz, process

    texts, owners = examples(content, off_topic)

    def predict(text: str) -> tuple[str | None, float]:
        _, score, index = process.extractOne(text, texts, scorer=fuzz.WRatio)
        return owners[index], score

    return predict


def tfidf(content, off_topic: bool) -> Predict:
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts, owners = examples(content, off_topic)
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True)
    matrix = vectorizer.fit_transform(texts)  # rows are L2-normalised: a dot product is the cosine

    def predict(text: str) -> tuple[str | None, float]:
        cosines = (matrix @ vectorizer.transform([text]).T).toarray().ravel()
        best = int(cosines.argmax())
        return owners[best], float(cosines[best])

    return predict


def run(predict: Predict, items) -> list[tuple[str | None, str | None, float, float]]:
    """(label, nearest intent, score, seconds) per labelled question."""
    rows = []
    for item in items:
        start = time.perf_counter()
        intent, score = predict(item.text)
        rows.append((item.intent, intent, score, time.perf_counter() - start))
    return rows


def scores(rows, cutoff: float | None) -> tuple[float, float]:
    """Accuracy and rejection; with cutoff None a prediction is answered when it is an intent."""

    def answered(intent, score) -> str | None:
        return intent if cutoff is None or score >= cutoff else None

    in_scope = [answered(i, s) == label for label, i, s, _ in rows if label is not None]
    out_scope = [answered(i, s) is None for label, i, s, _ in rows if label is None]
    return sum(in_scope) / len(in_scope), sum(out_scope) / len(out_scope)


def best_cutoff(rows) -> float:
    candidates = [*sorted({score for _, _, score, _ in rows}), float("inf")]
    return max(candidates, key=lambda c: (sum(scores(rows, c)), -c))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.parse_args()
    from bot.content import load_content
    from bot.evaluation import read_labelled

    content = load_content(CONTENT)
    sets = {name: read_labelled(path) for name, path in LABELLED.items()}
    methods: dict[str, tuple[Predict, bool]] = {
        "ours (matcher.match)": (ours(content), False),
        "WRatio": (wratio(content, False), True),
        "WRatio + off-topic": (wratio(content, True), True),
        "TF-IDF char 2-5": (tfidf(content, False), True),
        "TF-IDF char 2-5 + off-topic": (tfidf(content, True), True),
    }
    counts = ", ".join(
        f"{name} {sum(i.intent is not None for i in items)} in scope / "
        f"{sum(i.intent is None for i in items)} out of scope"
        for name, items in sets.items()
    )
    n_examples = sum(len(i.examples) for i in content.intents.values())
    print(f"{len(content.intents)} intents, {n_examples} examples; {counts}\n")
    header = (f"{'method':<28} {'cutoff':>7} | {'dev acc':>7} {'dev rej':>7} {'sum':>6} | "
              f"{'hold acc':>8} {'hold rej':>8} {'sum':>6} | {'ms/q dev':>8} {'ms/q hold':>9}")  # fmt: skip
    print(header)
    print("-" * len(header))
    for name, (predict, needs_cutoff) in methods.items():
        predict("apa itu kerja sama bilateral")  # warm-up call
        rows = {set_name: run(predict, items) for set_name, items in sets.items()}
        cutoff = best_cutoff(rows["dev"]) if needs_cutoff else None
        (dev_acc, dev_rej), (hold_acc, hold_rej) = (scores(rows[s], cutoff) for s in ("dev", "holdout"))
        dev_ms, hold_ms = (1e3 * sum(r[3] for r in rows[s]) / len(rows[s]) for s in ("dev", "holdout"))
        shown = "-" if cutoff is None else f"{cutoff:.3g}"
        print(f"{name:<28} {shown:>7} | {dev_acc:>7.1%} {dev_rej:>7.1%} {dev_acc + dev_rej:>6.3f} | "
              f"{hold_acc:>8.1%} {hold_rej:>8.1%} {hold_acc + hold_rej:>6.3f} | "
              f"{dev_ms:>8.2f} {hold_ms:>9.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
