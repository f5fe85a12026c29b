"""`tutorbot ask --jsonl`: one JSON line out for every line in, whatever the line holds."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from bot.nlp import Matcher

MAX_LINE_CHARS = 10_000  # a 100 KB line is matched on its first part; the echo keeps it whole


def answer_lines(matcher: Matcher, lines: Iterable[bytes]) -> Iterator[str]:
    for raw in lines:
        text = raw.decode("utf-8", errors="replace").removesuffix("\n").removesuffix("\r")
        match = matcher.match(text[:MAX_LINE_CHARS])
        yield json.dumps(
            {
                "text": text,
                "intent": match.intent,
                "score": round(match.score, 1),
                "alternatives": list(match.alternatives),
                "concepts": list(match.concepts),
            },
            ensure_ascii=False,
        )
