"""`tutorbot ask --jsonl`: one JSON line out for every line in, whatever the line holds.

A big batch is shared out to worker processes forked once the matcher is built, so each starts
with it in memory and only lines and answers cross between processes; answers keep input order.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from bot.nlp import Matcher

MAX_LINE_CHARS = 10_000  # a 100 KB line is matched on its first part; the echo keeps it whole
CHUNK_LINES = 500  # a batch smaller than one chunk is answered here: a fork costs more than it saves

_worker_matcher: Matcher | None = None


def answer_lines(matcher: Matcher, lines: Iterable[bytes], workers: int = 1) -> Iterator[str]:
    """One JSON line per line in, in order; `workers` 1 answers each line as it comes (someone typing at
    a terminal), more wait for a chunk of lines to share out."""
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from _answers(matcher, lines)
        return
    chunks = _chunks(lines)
    first = next(chunks, [])
    if len(first) < CHUNK_LINES:
        yield from _answers(matcher, first)
        return
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_adopt,
        initargs=(matcher,),  # inherited through the fork, never pickled
    ) as pool:
        # A bounded window of chunks in flight: stdin of any size is read as fast as it is answered.
        pending: deque[Future[list[str]]] = deque()
        for chunk in itertools.chain([first], chunks):
            pending.append(pool.submit(_answer_in_worker, chunk))
            if len(pending) > 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _chunks(lines: Iterable[bytes]) -> Iterator[list[bytes]]:
    it = iter(lines)
    while chunk := list(itertools.islice(it, CHUNK_LINES)):
        yield chunk


def _adopt(matcher: Matcher) -> None:
    global _worker_matcher
    _worker_matcher = matcher


def _answer_in_worker(chunk: list[bytes]) -> list[str]:
    assert _worker_matcher is not None, "the pool's initializer gives every worker the matcher"
    return list(_answers(_worker_matcher, chunk))


def _answers(matcher: Matcher, lines: Iterable[bytes]) -> Iterator[str]:
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
