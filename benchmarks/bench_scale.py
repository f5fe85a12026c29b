"""How the matcher's build time, latency and memory grow with the size of the curriculum.

A synthetic curriculum of N intents x 10 examples is generated from a few thousand
Indonesian-like pseudo-words (syllables such as "ba", "ngu", "tir", some with me-/ber-/-kan
affixes) plus real question words (apa, bagaimana, jelaskan, contoh, manfaat, ...). Each intent
is an aspect ("manfaat", "ciri", ...) of a two-word topic whose first word is drawn from a
skewed distribution, so many intents share words and aspects, as real ones do.

The intents are real `bot.content.models.Intent` objects; the matcher is built by the shipped
`build_matcher` on the shipped content with its intents replaced, so the shipped lexicon,
Normaliser, typo vocabulary, ConceptSpotter and out-of-scope class are wired as in production.

Per size, in its own fresh process (so peak RSS is per size): build time, latency p50/p99/max
over --queries perturbed examples (one of: a word dropped, a typo, the words shuffled), each
matched once after a warm-up on 100 other queries, and RSS: peak before the build (imports,
content, generated intents), resident just after the build, and peak over the whole run
(ru_maxrss). Target: p99 <= 50 ms at 10,000 intents. "top-1" is a sanity figure: perturbed
queries answered with their own intent.

Run from the repository root:
    .venv/bin/python benchmarks/bench_scale.py [--sizes 100,1000,10000] [--queries 1000]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import time
from dataclasses import replace
from pathlib import Path

from common import CONTENT, current_rss_mb, peak_rss_mb, percentile, run_child

TARGET_P99_MS = 50.0
EXAMPLES_PER_INTENT = 10
ONSETS = ["b", "c", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "ng", "ny", ""]
VOWELS = "aaaiiuueo"
CODAS = ["", "", "", "", "n", "ng", "r", "t", "k", "s", "h", "l", "m"]
PREFIXES = ["me", "mem", "ber", "di", "ter", "pe", "per", "ke"]
SUFFIXES = ["an", "kan", "i", "nya"]
ASPECTS = [
    "pengertian", "contoh", "manfaat", "tujuan", "ciri", "bentuk", "peran", "dampak",
    "fungsi", "sejarah", "kelebihan", "kekurangan", "syarat", "jenis", "proses", "prinsip",
]  # fmt: skip
TEMPLATES = [
    "apa {a} {t}",
    "{a} {t} itu apa",
    "jelaskan {a} {t}",
    "sebutkan {a} {t}",
    "apa yang dimaksud {a} {t}",
    "bagaimana {a} {t} dalam {e}",
    "{a} dari {t} apa saja",
    "apakah {t} punya {a} untuk {e}",
    "{t} {a}nya apa",
    "tolong jelaskan {a} {t} dengan {e}",
    "{a} {t}",
    "mengapa {a} {t} penting bagi {e}",
    "bisa kasih tahu {a} {t}",
    "kenapa {t} ada {a} {e}",
]


def pseudo_words(count: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < count:
        root = "".join(
            rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(rng.choice((2, 2, 3)))
        )
        if len(root) < 4:
            continue
        if rng.random() < 0.15:
            root = rng.choice(PREFIXES) + root
        if rng.random() < 0.15:
            root += rng.choice(SUFFIXES)
        words.add(root)
    return sorted(words)


def synthetic_intents(n: int, vocab: list[str], rng: random.Random) -> list:
    from bot.content.models import Intent

    # Zipf-like weights: a few topic words are in hundreds of intents, most in a handful.
    heads = rng.choices(vocab, weights=[1 / (rank + 1) for rank in range(len(vocab))], k=n)
    intents = []
    for index in range(n):
        aspect, topic = rng.choice(ASPECTS), f"{heads[index]} {rng.choice(vocab)}"
        examples = [
            template.format(a=aspect, t=topic, e=rng.choice(vocab))
            for template in rng.sample(TEMPLATES, EXAMPLES_PER_INTENT)
        ]
        answer = " ".join([topic, *rng.choices(vocab, k=15)]).capitalize() + "."
        intents.append(
            Intent(
                id=f"s{index:05d}",
                group="sintetis",
                title=f"{aspect.capitalize()} {topic}"[:40],
                examples=examples,
                answer=answer,
            )
        )
    return intents


def perturb(text: str, rng: random.Random) -> str:
    words = text.split()
    kind = rng.choice(("drop", "typo", "shuffle"))
    if kind == "drop" and len(words) > 1:
        del words[rng.randrange(len(words))]
    elif kind == "typo":
        i = max(range(len(words)), key=lambda j: (len(words[j]) >= 5, rng.random()))
        w, k = words[i], rng.randrange(1, len(words[i]))
        op = rng.choice(("sub", "del", "ins", "swap"))
        letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
        words[i] = {
            "sub": w[:k] + letter + w[k + 1 :],
            "del": w[:k] + w[k + 1 :],
            "ins": w[:k] + letter + w[k:],
            "swap": w[: k - 1] + w[k] + w[k - 1] + w[k + 1 :],
        }[op]
    else:
        rng.shuffle(words)
    return " ".join(words)


def queries(intents: list, count: int, rng: random.Random) -> list[tuple[str, str]]:
    picked = rng.choices(intents, k=count)
    return [(perturb(rng.choice(i.examples), rng), i.id) for i in picked]


def child(n: int, n_queries: int, vocab_size: int, seed: int) -> dict:
    from bot.content import load_content
    from bot.nlp.build import build_matcher

    rng = random.Random(seed)
    content = load_content(CONTENT)
    intents = synthetic_intents(n, pseudo_words(vocab_size, rng), rng)
    rss_before = peak_rss_mb()
    start = time.perf_counter()
    matcher = build_matcher(replace(content, intents={i.id: i for i in intents}))
    build = time.perf_counter() - start
    rss_built = current_rss_mb()
    for text, _ in queries(intents, 100, rng):  # warm-up on other queries
        matcher.match(text)
    times, correct = [], 0
    for text, expected in queries(intents, n_queries, rng):
        start = time.perf_counter()
        match = matcher.match(text)
        times.append(time.perf_counter() - start)
        correct += match.intent == expected
    return {
        "intents": n,
        "examples": n * EXAMPLES_PER_INTENT,
        "build_s": build,
        "p50_ms": percentile(times, 50) * 1e3,
        "p99_ms": percentile(times, 99) * 1e3,
        "max_ms": max(times) * 1e3,
        "top1": correct / n_queries,
        "rss_before_build": rss_before,
        "rss_built": rss_built,  # resident after the build: the matcher's steady size
        "rss_peak": peak_rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="100,1000,10000", help="numbers of intents, comma-separated")
    parser.add_argument("--queries", type=int, default=1000, help="timed queries per size")
    parser.add_argument("--vocab", type=int, default=4000, help="pseudo-words in the generated vocabulary")
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.queries, args.vocab, args.seed)))
        return

    print(f"{'intents':>8} {'examples':>9} {'build s':>8} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} "
          f"{'RSS MB: pre-build':>17} {'built':>6} {'peak':>6} {'top-1':>6}")  # fmt: skip
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        r = run_child(Path(__file__), str(size), "--queries", str(args.queries), "--vocab", str(args.vocab),
                      "--seed", str(args.seed))  # fmt: skip
        rows.append(r)
        print(f"{r['intents']:>8,} {r['examples']:>9,} {r['build_s']:>8.2f} {r['p50_ms']:>7.2f} "
              f"{r['p99_ms']:>7.2f} {r['max_ms']:>7.2f} {r['rss_before_build']:>17.0f} "
              f"{r['rss_built']:>6.0f} {r['rss_peak']:>6.0f} {r['top1']:>6.1%}", flush=True)  # fmt: skip

    if len(rows) > 1:
        print("\ngrowth from one size to the next")
    for a, b in itertools.pairwise(rows):
        print(f"  {a['intents']:,} -> {b['intents']:,} intents (x{b['intents'] / a['intents']:.0f}): "
              f"build x{b['build_s'] / a['build_s']:.1f}, p50 x{b['p50_ms'] / a['p50_ms']:.1f}, "
              f"p99 x{b['p99_ms'] / a['p99_ms']:.1f}, "
              f"peak RSS +{b['rss_peak'] - a['rss_peak']:.0f} MB")  # fmt: skip
    for r in rows:
        if r["intents"] == 10_000:
            verdict = "met" if r["p99_ms"] <= TARGET_P99_MS else "NOT MET"
            print(f"\np99 at 10,000 intents: {r['p99_ms']:.1f} ms, target <= 50 ms: {verdict}")


if __name__ == "__main__":
    main()
