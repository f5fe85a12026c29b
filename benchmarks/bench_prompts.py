"""How long reading a message's homework wrapping takes: worksheet splitting and prompt parsing.

Runs `split_worksheet` (which parses each prompt) over every dev worksheet question, then over
messages of Telegram's full 4096 characters built to make the regular expressions backtrack.
Prints p50 / p99 / max in milliseconds.

    .venv/bin/python benchmarks/bench_prompts.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, percentile
from bot.evaluation import read_labelled
from bot.nlp.prompts import asking_sentence, split_worksheet

TELEGRAM_LIMIT = 4096
HOSTILE = {
    "an instruction with no full stop": "Perhatikan " + "ini " * 1100,
    "frame verbs over and over": "apa itu bilateral. " + "jelaskan " * 500,
    "a label word over and over": "benar " * 800,
    "options citing numbers": "a. 1 " + "dan 1 " * 800,
    "sentences of one word": "apa. " * 900,
    "numbered items": "".join(f"{n % 99 + 1}. apa itu bilateral? " for n in range(200)),
    "a run of spaces between two words": "a" + " " * 4094 + "b",
    "true/false answer boxes over and over": "( ) benar " * 500,
}


def timed(text: str, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for prompt in split_worksheet(text):
            asking_sentence(prompt.question)
    return (time.perf_counter() - start) * 1000 / repeat


def main() -> None:
    questions = [q.text for q in read_labelled(ROOT / "tests" / "data" / "dev_worksheet.jsonl")]
    times = [timed(q, 5) for q in questions]
    print(f"dev worksheet questions ({len(questions)}): p50 {percentile(times, 50):.3f} ms, "
          f"p99 {percentile(times, 99):.3f} ms, max {max(times):.3f} ms")  # fmt: skip
    for name, text in HOSTILE.items():
        print(f"{TELEGRAM_LIMIT} characters, {name}: {timed(text[:TELEGRAM_LIMIT], 3):.1f} ms")


if __name__ == "__main__":
    main()
