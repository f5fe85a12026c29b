"""Accuracy on every labelled set side by side: top-1, one tap and out-of-scope rejection.

Question sets are matched one question at a time (as `tutorbot ask --jsonl` does); dialogue
sets are read turn by turn through the tutor's conversation state (follow-ups lean on the turns
before). Prints one table row per set present (a blind set also gets a row for the lines no dev
set has word for word), then the misses of each set.

    .venv/bin/python benchmarks/bench_accuracy.py [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import CONTENT, DEV, HOLDOUT, ROOT
from bot.content import load_content
from bot.evaluation import (
    evaluate,
    evaluate_dialogues,
    is_dialogue_file,
    read_dialogues,
    read_labelled,
)
from bot.nlp.build import build_matcher

DATA = ROOT / "benchmarks" / "data"
TUNED = ROOT / "tests" / "data"
SETS = {
    "dev (tuned on)": DEV,
    "dev worksheet (blind sets 1-140, 147-476, 478-482, spent)": TUNED / "dev_worksheet.jsonl",
    "dev chat (blind sets 1-140, 147-476, 478-482, spent)": TUNED / "dev_chat.jsonl",
    "dev out of scope (blind sets 1-140, 147-476, 478-482, spent)": TUNED / "dev_out_of_scope.jsonl",
    "dev dialogues, per turn (mine + blind sets 1-140, 147-476, 478-482)": TUNED / "dev_dialogues.jsonl",
    "held-out": HOLDOUT,
    "blind worksheet": DATA / "blind_worksheet.jsonl",
    "blind chat": DATA / "blind_chat.jsonl",
    "blind out of scope": DATA / "blind_out_of_scope.jsonl",
    "blind dialogues (per turn)": DATA / "blind_dialogues.jsonl",
}
TARGETS = {"top-1": 0.97, "one tap": 0.99, "rejection": 0.95}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list every miss under the table")
    args = parser.parse_args()
    content = load_content(CONTENT)
    matcher = build_matcher(content)
    print("| Set | Questions (in scope / out) | Top-1 | One tap | Out-of-scope rejection |")
    print("|---|---|---|---|---|")
    misses = {}
    # Short, plain wordings recur from one writer to the next ("Apa yang dimaksud dengan diplomasi
    # bilateral?"): a blind set is also scored on its lines that no dev set has word for word.
    seen = {q.text.casefold().strip() for path in TUNED.glob("dev*.jsonl") if not is_dialogue_file(path)
            for q in read_labelled(path)}  # fmt: skip
    runs = []
    for name, path in SETS.items():
        if not path.is_file():
            continue
        if is_dialogue_file(path):
            runs.append((name, evaluate_dialogues(content, matcher, read_dialogues(path))))
            continue
        items = read_labelled(path)
        runs.append((name, evaluate(matcher, items)))
        if name.startswith("blind"):
            new = [q for q in items if q.text.casefold().strip() not in seen]
            runs.append((f"{name}, new lines only", evaluate(matcher, new)))
    for name, report in runs:
        data = report.as_dict()

        def cell(value: float, target: float, present: int) -> str:
            if not present:
                return "–"
            return f"{value:.1%}" + ("" if value >= target else " (below target)")

        print(
            f"| {name} | {report.total} ({report.in_scope} / {report.out_of_scope}) "
            f"| {cell(report.accuracy, TARGETS['top-1'], report.in_scope)} "
            f"| {cell(data['offered_rate'], TARGETS['one tap'], report.in_scope)} "
            f"| {cell(report.rejection, TARGETS['rejection'], report.out_of_scope)} |"
        )
        misses[name] = report.mistakes
    if args.misses:
        for name, found in misses.items():
            print(f"\n{name}: {len(found)} misses")
            for text, expected, answered in found:
                print(f"  {expected} -> {answered}: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
