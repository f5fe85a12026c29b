"""Learning from unanswered questions, measured: students ask a sample of realistic questions
(benchmarks/data/unanswered_sample.jsonl, written for this and in neither labelled set); those
the bot cannot answer are recorded, grouped, and an author adds each group's wording as an
example of the intent it was about (the label). Prints the matcher's accuracy on the dev set and
on the sample before and after, and what keeping the matcher current costs.

    .venv/bin/python benchmarks/bench_learning.py
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import utils

from benchmarks.common import CONTENT, DEV, LABELLED, percentile
from bot.content import load_content
from bot.evaluation import Labelled, evaluate, read_labelled
from bot.nlp.build import build_matcher
from bot.store import Database, Stores, UnansweredRecord
from bot.tutor import Tutor
from bot.tutor.learning import GROUPED, group_similar

SAMPLE = Path(__file__).parent / "data" / "unanswered_sample.jsonl"


def read_sample() -> list[Labelled]:
    items = [Labelled(**json.loads(line)) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    labelled = {utils.default_process(i.text) for path in LABELLED.values() for i in read_labelled(path)}
    overlap = [i.text for i in items if utils.default_process(i.text) in labelled]
    assert not overlap, f"sample questions also in a labelled set: {overlap}"
    return items


def line(name: str, before, after) -> str:
    rejected = f"{before.rejection:.1%} → {after.rejection:.1%}" if before.out_of_scope else "–"
    return (
        f"| {name} | {before.accuracy:.1%} ({before.correct}/{before.in_scope}) "
        f"| {after.accuracy:.1%} ({after.correct}/{after.in_scope}) | {rejected} |"
    )


async def main() -> None:
    content = load_content(CONTENT)
    sample = read_sample()
    intent_of = {i.text: i.intent for i in sample}
    dev = read_labelled(DEV)
    with tempfile.TemporaryDirectory() as folder:
        db = await Database(f"sqlite:///{folder}/bench.sqlite3").open()
        tutor = Tutor(content, build_matcher(content), Stores.on(db), rng=random.Random(1))
        holdout = read_labelled(LABELLED["holdout"])
        before = [evaluate(tutor.matcher, items) for items in (dev, holdout, sample)]
        for item in sample:
            await tutor.ask(1, item.text)
        groups = await tutor.learning.groups(limit=1000)
        recorded = sum(g.count for g in groups)
        rebuilds = []
        for group in groups:
            label = Counter(intent_of[w] for w in group.wordings).most_common(1)[0][0]
            started = time.perf_counter()
            await tutor.learning.add_example(group.key, label)  # returns with the new matcher in place
            rebuilds.append(time.perf_counter() - started)
        after = [evaluate(tutor.matcher, items) for items in (dev, holdout, sample)]
        polls = []
        for _ in range(200):
            started = time.perf_counter()
            await tutor.learning.refresh()
            polls.append(time.perf_counter() - started)
        await db.close()
    print(f"sample: {len(sample)} questions; {recorded} unanswered, in {len(groups)} groups")
    print("an author added one example per group")
    print("| set | accuracy before | accuracy after | out-of-scope rejected before → after |")
    print("|---|---|---|---|")
    names = (f"dev ({len(dev)} questions)", f"held-out ({len(holdout)})", f"the sample ({len(sample)})")
    for name, old, new in zip(names, before, after, strict=True):
        print(line(name, old, new))
    add_ms = [r * 1000 for r in rebuilds]
    poll_ms = [p * 1000 for p in polls]
    print(
        f"add an example (store, rebuild the matcher in a thread, swap): p50 {percentile(add_ms, 50):.0f} ms"
    )
    print(f"poll for new examples when there are none: p50 {percentile(poll_ms, 50):.2f} ms")
    print(f"group {GROUPED} waiting questions (each look at the list): {grouping_time() * 1000:.0f} ms")


def grouping_time() -> float:
    """The worst case the authors' list meets: GROUPED waiting questions, nearly all different."""
    words = " ".join(item.text for item in read_labelled(DEV)).split()
    rng = random.Random(2)
    asked = datetime.now(UTC)
    questions = [
        UnansweredRecord(n, "", " ".join(rng.sample(words, rng.randint(2, 6))), asked) for n in range(GROUPED)
    ]
    started = time.perf_counter()
    group_similar(questions)
    return time.perf_counter() - started


if __name__ == "__main__":
    asyncio.run(main())
