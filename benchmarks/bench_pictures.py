"""Pictures: how long each kind takes to draw, and how long the event loop stalls while they are sent.

Draw times: the /skor chart (the shipped chapters), a leaderboard of 8 names in mixed scripts
(Latin with diacritics, Arabic, Cyrillic, Greek, Chinese, Korean, a colour emoji) and the comparison
table of all three kinds; median and max of `--runs` drawings each, in this process.

Event-loop stall: `--pictures` leaderboards with different points are sent at once through
`bot.telegram.render.Renderer` to the Bot API emulator (`tests/support/botapi.py`) over HTTP,
while a ticker coroutine measures how late it wakes up every 5 ms (the longest delay is the
longest time no other student's update could be handled). "On the loop" draws each PNG in the
coroutine first, as the bot did before; "worker thread" is what the Renderer does now.

Run from the repository root: `.venv/bin/python benchmarks/bench_pictures.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from telegram import Bot

from benchmarks.common import CONTENT
from bot.content import load_content
from bot.telegram.render import Renderer
from bot.tutor import Reply
from bot.tutor.pictures import bar_chart_png, table_png
from bot.tutor.replies import Picture
from tests.support.botapi import BotAPIEmulator

NAMES = (
    "Nguyễn Thị Ánh",
    "محمد عبد الله",
    "Дмитрий Ёлкин",
    "Αλέξανδρος",
    "王小明",
    "김민준",
    "Budi 🔥 Santoso",  # drawn in colour
    "Siti Nurhaliza",
)
TICK = 0.005


def board(points: int) -> tuple[str, tuple[tuple[str, float, str], ...]]:
    return "Papan skor", tuple((n, (points - i) / points, str(points - i)) for i, n in enumerate(NAMES))


def timed(draw: Callable[[], bytes], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        draw()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, max(times) * 1000


async def longest_stall(send: Callable[[], object]) -> tuple[float, float]:
    """(longest ticker delay in ms, total time in s) while `send()` runs."""
    loop = asyncio.get_running_loop()
    worst = 0.0
    running = True

    async def ticker() -> None:
        nonlocal worst
        while running:
            before = loop.time()
            await asyncio.sleep(TICK)
            worst = max(worst, loop.time() - before - TICK)

    task = asyncio.create_task(ticker())
    start = time.perf_counter()
    await send()
    elapsed = time.perf_counter() - start
    running = False
    await task
    return worst * 1000, elapsed


async def stalls(pictures: int) -> None:
    async with BotAPIEmulator() as api, Bot(api.token, base_url=api.base_url) as bot:

        async def send_all(on_loop: bool, offset: int) -> None:
            async def one(n: int) -> None:
                title, bars = board(100 + offset + n)
                if on_loop:
                    await bot.send_photo(1001 + n, bar_chart_png(title, bars), filename="klasemen.png")
                else:
                    picture = Picture(bar_chart_png, (title, bars), "klasemen.png")
                    await Renderer().send_one(bot, 1001 + n, Reply("Klasemen", picture=picture))

            await asyncio.gather(*(one(n) for n in range(pictures)))

        for label, on_loop, offset in (("on the loop (before)", True, 0), ("worker thread (now)", False, 50)):
            worst, elapsed = await longest_stall(lambda o=on_loop, f=offset: send_all(o, f))
            print(f"{pictures} leaderboards sent at once, drawn {label}: longest event-loop stall "
                  f"{worst:.0f} ms, all sent in {elapsed:.2f} s")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--pictures", type=int, default=10)
    args = parser.parse_args()
    content = load_content(CONTENT)
    chapters = tuple((g.title, 0.5, "3/6") for g in content.groups if g.quiz)
    kinds = [c.id for c in content.comparison.concepts]
    header = ("", *(content.comparison.concept(c).label for c in kinds))
    body = tuple(
        (a.label, *(content.comparison.table[c][a.id] for c in kinds)) for a in content.comparison.aspects
    )
    bar_chart_png(*board(10))  # fonts and their glyph tables load once per process
    cases = {
        "/skor chart": lambda: bar_chart_png("Penguasaan per bab", chapters),
        "leaderboard, 8 names in mixed scripts": lambda: bar_chart_png(*board(100)),
        "comparison table, 3 kinds": lambda: table_png("Perbandingan kerja sama internasional", header, body),
    }
    for name, draw in cases.items():
        median, worst = timed(draw, args.runs)
        print(f"draw {name}: median {median:.0f} ms, max {worst:.0f} ms ({args.runs} runs)")
    asyncio.run(stalls(args.pictures))


if __name__ == "__main__":
    main()
