"""Telegram's sending limits over two instances: shared through PostgreSQL, or split by count.

Two processes (two simulated instances, each with its own `Database`) receive a burst of outgoing
messages at the same instant, as two webhook instances behind one URL would, and pace each send
with `bot.store.take_turn` through one of three claimers:

* alone:  `SplitSendSlots(instances=1)`: each instance takes the whole of every limit (today's bot);
* split:  `SplitSendSlots(instances=2)`: each takes half of every limit, in memory;
* shared: `SharedSendSlots(db)`: one slot per bucket in PostgreSQL, claimed with one UPSERT.

Buckets, paced as bot/telegram/limits.py paces them: "global" 28/s; "chat:<id>" 1 per 1.0 s for a
private chat; 1 per 3.05 s for a group (20 per minute), compressed 10x here (1 per 0.305 s,
checked against 20 per 6 s) so that a run lasts seconds, not minutes. Scenarios:

* private:    40 private chats x 5 messages, consecutive messages of a chat on alternate instances;
* group:      40 messages to one group, alternate instances;
* group-one:  20 messages to one group, all from one instance (the tournament's lease holder).

Reported first: the round trip of one claim() with nothing else running. Then per run: sends/s
(messages / time from the burst to the last send), sends that broke a
real limit in a sliding window over the merged log of both instances (30 in any 1 s overall; per
private chat 1 in any 1 s, and the Bot API emulator's 3 in any 3 s; per group 20 in any "minute"),
and the latency of each claim() call (p50/p99, ms).

Run from the repository root (the database's tables are created if missing; send_slots is emptied):
    .venv/bin/python benchmarks/bench_limits.py --postgres-url postgresql://postgres@127.0.0.1:54329/tutorbot_i7
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass

from common import ROOT, percentile
from sqlalchemy import delete

from bot.store import Bucket, Database, SharedSendSlots, SlotClaimer, SplitSendSlots, take_turn
from bot.store.tables import SendSlot

INSTANCES = 2
COMPRESSION = 10  # a group's minute lasts 6 s here
OVERALL = Bucket("global", limit=28, period=1.0)
PRIVATE_SECONDS, GROUP_SECONDS = 1.0, 3.05 / COMPRESSION
GROUP_ID = -100
# The real limits, (messages, seconds) of a sliding window, checked on the merged log.
REAL_OVERALL, REAL_PRIVATE, EMULATOR_PRIVATE, REAL_GROUP = (
    (30, 1.0),
    (1, 1.0),
    (3, 3.0),
    (20, 60.0 / COMPRESSION),
)
SCENARIOS = ("private", "group", "group-one")
STRATEGIES = ("alone", "split", "shared")


def chat_bucket(chat_id: int) -> Bucket:
    if chat_id < 0:
        return Bucket(f"chat:{chat_id}", limit=1, period=GROUP_SECONDS)
    return Bucket(f"chat:{chat_id}", limit=1, period=PRIVATE_SECONDS)


def workload(scenario: str, instance: int) -> list[int]:
    """The chat ids of the messages this instance sends, in the order they arrive."""
    if scenario == "private":  # each chat's messages 1, 3, 5 to one instance, 2 and 4 to the other
        return [chat for _turn in range(instance, 5, INSTANCES) for chat in range(1, 41)]
    if scenario == "group":
        return [GROUP_ID] * (40 // INSTANCES)
    return [GROUP_ID] * 20 if instance == 0 else []


@dataclass
class TimedClaimer:
    """Records how long each claim() call takes."""

    inner: SlotClaimer
    latencies: list[float]

    async def claim(self, bucket: str, limit: int, period: float) -> float:
        started = time.perf_counter()
        wait = await self.inner.claim(bucket, limit, period)
        self.latencies.append(time.perf_counter() - started)
        return wait


async def child(url: str, strategy: str, scenario: str, instance: int) -> dict:
    """Connect, say "ready", read the common start time from stdin, then send the burst."""
    db = Database(url)
    inner = {"alone": SplitSendSlots(1), "split": SplitSendSlots(INSTANCES), "shared": SharedSendSlots(db)}
    await inner["shared"].claim(f"warm-up:{instance}", 1000, 1.0)  # connected, statement prepared
    print("ready", flush=True)
    start_at = float(await asyncio.to_thread(sys.stdin.readline))
    claimer = TimedClaimer(inner[strategy], [])

    async def send(chat_id: int) -> tuple[int, float]:
        await take_turn(claimer, [chat_bucket(chat_id), OVERALL])
        return chat_id, time.time()

    await asyncio.sleep(max(0.0, start_at - time.time()))
    began = time.time()
    sends = await asyncio.gather(*(send(chat_id) for chat_id in workload(scenario, instance)))
    await inner["shared"].close()
    await db.close()
    return {"sends": sends, "latencies": claimer.latencies, "late": began - start_at}


def broken(times: list[float], limit: int, period: float) -> int:
    """Sends that found `limit` others already in the `period` seconds before them."""
    ordered = sorted(times)
    first, count = 0, 0
    for i, now in enumerate(ordered):
        while ordered[first] <= now - period:
            first += 1
        count += i - first >= limit
    return count


def measure(sends: list[tuple[int, float]], start_at: float) -> dict:
    by_chat: dict[int, list[float]] = defaultdict(list)
    for chat_id, at in sends:
        by_chat[chat_id].append(at)
    private = [times for chat_id, times in by_chat.items() if chat_id > 0]
    return {
        "messages": len(sends),
        "seconds": max(at for _, at in sends) - start_at,
        "overall": broken([at for _, at in sends], *REAL_OVERALL),
        "private_1s": sum(broken(times, *REAL_PRIVATE) for times in private),
        "private_3in3s": sum(broken(times, *EMULATOR_PRIVATE) for times in private),
        "group": broken(by_chat.get(GROUP_ID, []), *REAL_GROUP),
    }


def run(url: str, strategy: str, scenario: str) -> dict:
    children = [
        subprocess.Popen(
            [sys.executable, __file__, "--child", url, strategy, scenario, str(i)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(INSTANCES)
    ]
    for process in children:
        assert process.stdout is not None
        assert process.stdout.readline() == "ready\n"
    start_at = time.time() + 0.5
    for process in children:
        assert process.stdin is not None
        process.stdin.write(f"{start_at}\n")
        process.stdin.close()
    results = [json.loads(process.stdout.read().strip().splitlines()[-1]) for process in children]
    for process in children:
        process.wait()
    sends = [tuple(send) for result in results for send in result["sends"]]
    latencies = [latency for result in results for latency in result["latencies"]]
    figures = measure(sends, start_at)
    figures["p50_ms"] = percentile(latencies, 50) * 1000
    figures["p99_ms"] = percentile(latencies, 99) * 1000
    figures["late"] = max(result["late"] for result in results)
    return figures


async def idle_claims(url: str, count: int = 300) -> list[float]:
    """Round trips of claims made one after another with nothing else running, in seconds."""
    db = Database(url)
    slots = SharedSendSlots(db)
    await slots.claim("idle:warm-up", 1000, 1.0)
    took = []
    for n in range(count):
        started = time.perf_counter()
        await slots.claim(f"idle:{n % 10}", 1000, 1.0)
        took.append(time.perf_counter() - started)
    await slots.close()
    await db.close()
    return took


async def reset(url: str) -> None:
    db = await Database(url).open()
    async with db.engine.begin() as conn:
        await conn.execute(delete(SendSlot))
    await db.close()


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        url, strategy, scenario, instance = sys.argv[2:6]
        print(json.dumps(asyncio.run(child(url, strategy, scenario, int(instance)))))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--postgres-url", default=os.environ.get("TEST_POSTGRES_URL"), required=False)
    parser.add_argument("--runs", type=int, default=1, help="runs of each strategy and scenario")
    args = parser.parse_args()
    if not args.postgres_url:
        parser.error("--postgres-url (or TEST_POSTGRES_URL) is needed")
    took = asyncio.run(idle_claims(args.postgres_url))
    p50, p99 = percentile(took, 50) * 1000, percentile(took, 99) * 1000
    print(f"One claim() with nothing else running (SharedSendSlots): p50 {p50:.2f} ms, p99 {p99:.2f} ms\n")
    print("| Scenario | Strategy | Messages | Seconds | Sends/s | Over 30/s | Private over 1/s | "
          "Private over 3 in 3 s | Group over 20/min | claim() p50 ms | p99 ms |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for scenario in SCENARIOS:
        for strategy in STRATEGIES:
            for _ in range(args.runs):
                asyncio.run(reset(args.postgres_url))
                f = run(args.postgres_url, strategy, scenario)
                print(f"| {scenario} | {strategy} | {f['messages']} | {f['seconds']:.2f} | "
                      f"{f['messages'] / f['seconds']:.1f} | {f['overall']} | {f['private_1s']} | "
                      f"{f['private_3in3s']} | {f['group']} | {f['p50_ms']:.3f} | {f['p99_ms']:.2f} |"
                      + (f" (an instance began {f['late']:.2f} s late)" if f["late"] > 0.1 else ""),
                      flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
