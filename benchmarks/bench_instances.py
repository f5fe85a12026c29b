"""Several `tutorbot run` instances on one PostgreSQL, behind one webhook URL.

Load: `--users` private chats each send `--messages` questions at once; the Bot API emulator
enforces Telegram's limits and delivers the updates to the instances in turn. Reported for 1 and 2
instances: updates/s (updates / time from the first push to the last reply), p50/p99 latency from
an update's delivery to its reply, and the 429s Telegram's limits gave.

Takeover: two instances, a tournament (3 players, 15 s questions) running on one of them; that
instance is SIGKILLed just after the first poll; the time until the other holds the tournament's
lease (read from the database), and whether it then sent the next question. `--takeovers` runs.

The database is wiped first. Run from the repository root:
    .venv/bin/python benchmarks/bench_instances.py --postgres-url postgresql://postgres@127.0.0.1:54329/tutorbot_i7
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import tempfile
import time
from pathlib import Path

from bench_telegram import classify_429s
from common import ROOT, percentile

sys.path.insert(0, str(ROOT))

from bot.store import Database, Leases
from tests.support.botapi import BotAPIEmulator
from tests.support.postgres import wipe
from tests.support.process import free_port, tutorbot_run

SECRET = "bench-secret"
QUESTIONS = ["apa itu wto", "apa itu asean", "contoh kerja sama bilateral", "manfaat kerja sama regional"]
GROUP = -1001234


@contextlib.asynccontextmanager
async def instances(api: BotAPIEmulator, count: int, url: str, work: Path):
    async with contextlib.AsyncExitStack() as stack:
        running = []
        for n in range(count):
            port = free_port()
            hook = f"http://127.0.0.1:{port}/telegram"
            env = {"WEBHOOK_URL": hook, "WEBHOOK_SECRET": SECRET, "PORT": str(port), "DATABASE_URL": url}
            (work / str(n)).mkdir()
            started = tutorbot_run(api, work / str(n), LOG_LEVEL="WARNING", **env)
            process = await stack.enter_async_context(started)
            stack.push_async_callback(_drain, asyncio.create_task(_read(process)))
            running.append((process, hook))
        for _ in range(count):
            await api.wait_for_call("setWebhook", timeout=60)
        await asyncio.sleep(1.0)  # the listeners start just after setWebhook
        api.deliver_webhooks([hook for _, hook in running])
        yield [process for process, _ in running]


async def _read(process: asyncio.subprocess.Process) -> None:
    assert process.stderr is not None
    async for _ in process.stderr:  # a full pipe would stall the bot
        pass


async def _drain(task: asyncio.Task) -> None:
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


async def load(count: int, args: argparse.Namespace) -> dict:
    await wipe(args.postgres_url)
    async with BotAPIEmulator(enforce_limits=True, allow_http_webhook=True) as api:
        with tempfile.TemporaryDirectory() as work:
            async with instances(api, count, args.postgres_url, Path(work)):
                warm = 10**6
                api.send_text("apa itu pbb", user_id=warm)
                await api.wait_for_messages(warm, 1, timeout=30)
                started = time.monotonic()
                for m in range(args.messages):
                    for user in range(1, args.users + 1):
                        api.send_text(QUESTIONS[(user + m) % len(QUESTIONS)], user_id=user)
                for user in range(1, args.users + 1):
                    await api.wait_for_messages(user, args.messages, timeout=300)
                elapsed = time.monotonic() - started
    latencies = api.reply_latencies()[1:]
    return {
        "instances": count,
        "updates": args.users * args.messages,
        "per_second": args.users * args.messages / elapsed,
        "p50_ms": percentile(latencies, 50) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
        "too_many_requests": api.too_many_requests,
        "which": classify_429s(api, api.calls),
    }


async def takeover(args: argparse.Namespace) -> dict:
    await wipe(args.postgres_url)
    db = Database(args.postgres_url)
    try:
        async with BotAPIEmulator(enforce_limits=True, allow_http_webhook=True) as api:
            with tempfile.TemporaryDirectory() as work:
                async with instances(api, 2, args.postgres_url, Path(work)) as processes:
                    tournament = await _start_tournament(api)
                    name = f"tournament:{tournament}"
                    held = await Leases(db).held(name)
                    assert held is not None
                    [runner] = [p for p in processes if held.holder.split(":")[1] == str(p.pid)]
                    runner.kill()
                    killed = time.monotonic()
                    await runner.wait()
                    taken = await _held_by_another(Leases(db), name, held.holder) - killed
                    second = await api.wait_for_call(
                        "sendPoll", timeout=60, predicate=lambda c: c.status == 200
                    )
                    polls = sum(1 for m in api.sent if m.method == "sendPoll")
        return {"takeover_s": taken, "next_poll_s": second.at - killed, "polls_so_far": polls}
    finally:
        await db.close()


async def _held_by_another(leases: Leases, name: str, holder: str) -> float:
    """When (time.monotonic) the lease is held by an instance other than `holder`."""
    while True:
        now = await leases.held(name)
        if now is not None and now.holder != holder:
            return time.monotonic()
        await asyncio.sleep(0.05)


async def _start_tournament(api: BotAPIEmulator) -> int:
    teacher = {"user_id": 7000, "chat_id": GROUP, "chat_type": "group", "first_name": "Bu Guru"}
    api.send_text("/kuis", **teacher)
    [lobby] = await api.wait_for_messages(GROUP, 1, timeout=30)
    for label in ("3 soal", "15 dtk"):
        api.press_button(lobby, lobby.callback_data(label), user_id=7000, first_name="Bu Guru")
        [lobby] = await api.wait_for_messages(GROUP, 1, timeout=30)
    for student in (7001, 7002):
        api.press_button(lobby, lobby.callback_data("🙋 Ikut"), user_id=student, first_name=f"S{student}")
    await api.wait_for_messages(GROUP, 1, timeout=30)
    lobby = api.messages(GROUP)[-1]
    api.press_button(lobby, lobby.callback_data("▶️ Mulai"), user_id=7000, first_name="Bu Guru")
    await api.wait_for_call("sendPoll", timeout=30, predicate=lambda c: c.status == 200)
    return int(lobby.callback_data("▶️ Mulai").split(":")[1])


async def main_async(args: argparse.Namespace) -> None:
    print("Load: private chats x messages, Telegram's limits enforced by the emulator")
    print("| Instances | Updates | Updates/s | p50 (ms) | p99 (ms) | 429s | Window that was full |")
    print("|---|---|---|---|---|---|---|")
    for count in (1, 2):
        for _ in range(args.runs):
            r = await load(count, args)
            cells = [r["instances"], r["updates"], f"{r['per_second']:.1f}", f"{r['p50_ms']:.0f}",
                     f"{r['p99_ms']:.0f}", r["too_many_requests"], r["which"] or "-"]  # fmt: skip
            print("| " + " | ".join(str(c) for c in cells) + " |", flush=True)
    print("\nTakeover after SIGKILL of the tournament's runner")
    print("| Run | Lease taken over (s) | Next question sent (s after the kill) | Polls sent by then |")
    print("|---|---|---|---|")
    for run in range(1, args.takeovers + 1):
        r = await takeover(args)
        print(f"| {run} | {r['takeover_s']:.1f} | {r['next_poll_s']:.1f} | {r['polls_so_far']} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--postgres-url", required=True)
    parser.add_argument("--users", type=int, default=150)
    parser.add_argument("--messages", type=int, default=2)
    parser.add_argument("--runs", type=int, default=2, help="load runs per instance count")
    parser.add_argument("--takeovers", type=int, default=3)
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
