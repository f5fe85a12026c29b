"""The real Telegram Application under load: many students asking at once, through the Bot API emulator.

Everything runs in one process and one event loop on 127.0.0.1: the Bot API emulator
(`tests/support/botapi.py`) and the Application that `bot.telegram.app.build_application`
builds, with a Tutor wired like `tests/telegram/conftest.py` does (shipped content,
`build_matcher`, `Stores.on(Database("sqlite:///<tmp>/bench.sqlite3"))`), started like the test
fixture starts it (initialize, post_init, start, `updater.start_polling(poll_interval=0)`).
Simulated students send questions from `tests/data/dev.jsonl` (out-of-scope ones included,
so the unanswered log is written too) in private chats, one user id each; every one of
these questions gets exactly one text reply (a comparison sends its picture before it).

The emulator shares the CPU and the event loop with the bot, so its own cost (HTTP server,
HTML validation of each reply) is inside the figures: they are a lower bound on the bot's own
capacity.

Cases:

* capacity, burst: `--users` x `--messages` updates pushed at once, limiter off
  (`rate_limits=False`, emulator without limits). Throughput = updates / (first update handed
  out by getUpdates -> last reply received). Latency = the emulator's `reply_latencies()`
  (update handed out -> first message in its chat after that, FIFO per chat), restricted to the
  measured chats (warm-up chats left out); with everything pushed at once it is mostly the wait
  in the bot's own queue.
* capacity, open loop: the same number of updates pushed at fixed rates (`--rate`, updates/s,
  comma-separated), users taking turns, limiter off. The p99 target (100 ms) refers to this
  variant: in the burst case p99 is the time to drain 1,000 queued updates.
* rate limiter on: `--limited-users` x `--limited-messages` pushed at once, `rate_limits=True`
  against `BotAPIEmulator(enforce_limits=True)`, `--limited-runs` times, each with a fresh
  emulator, database and Application. `--limited-order per-user` (default) queues each user's
  messages back to back (a student sending several questions in a row: the per-chat limit is
  exercised), `interleaved` lets users take turns. Reports 429s (and which emulator window was
  full), lost replies, total time, the send rate and the most messages sent in any second.

Other figures: process CPU over the case (the bot and the emulator share one core's worth of
event loop), getUpdates and sendChatAction calls, log records at WARNING or worse.
`--gc-freeze` calls gc.collect() and gc.freeze() after each warm-up: the emulator keeps a
record of every call in the same process, so the heap, and with it the pauses of Python's
gen-2 garbage collections, grow during a run; freezing shows the latency without them.
`--profile N` runs cProfile over the first burst case: own time by package, then the N
costliest functions. `--capacity-runs` repeats the capacity cases (figures vary by +-10 %
between runs on a 2-core VM).

Every case is bounded: each waits at most `--timeout` seconds for its replies.
The per-user flood guard (over 20 messages in 30 s) is respected: keep --messages <= 20.

Run from the repository root:
    .venv/bin/python benchmarks/bench_telegram.py  # same as:
    .venv/bin/python benchmarks/bench_telegram.py --users 200 --messages 5 --rate 200,300 \\
        --capacity-runs 3 --limited-users 50 --limited-messages 5 --limited-runs 3
    options: --only capacity|limited, --limited-order per-user|interleaved, --profile 25
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
import gc
import io
import json
import logging
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from common import DEV, ROOT, percentile

sys.path.insert(0, str(ROOT))  # for tests.support.botapi

from bot.content import load_content
from bot.nlp.build import build_matcher
from bot.settings import Settings
from bot.store import Database, Stores
from bot.telegram.app import build_application
from bot.tutor import Tutor
from tests.support.botapi import BotAPIEmulator

TARGET_UPDATES_PER_S = 300.0
TARGET_P99_MS = 100.0
FIRST_USER_ID = 500_000
WARMUP_USER_ID = 400_000
FLOOD_LIMIT_PER_30S = 20


class GcPauses:
    """Durations of the garbage collector's gen-2 runs (they stop the event loop)."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        elif info["generation"] == 2:
            self.pauses.append(time.perf_counter() - self._started)


class LogCounter(logging.Handler):
    """Counts WARNING and worse records of the bot and the libraries; keeps a few to show."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: collections.Counter[str] = collections.Counter()
        self.examples: dict[str, str] = {}

    def emit(self, record: logging.LogRecord) -> None:
        key = f"{record.levelname} {record.name}: {record.msg if isinstance(record.msg, str) else ''}"
        self.counts[key] += 1
        if key not in self.examples:
            text = record.getMessage()
            if record.exc_info and record.exc_info[1] is not None:
                text += f" [{record.exc_info[0].__name__}: {record.exc_info[1]}]"
            self.examples[key] = text[:300]

    def reset(self) -> None:
        self.counts.clear()
        self.examples.clear()


@dataclass
class CaseResult:
    name: str
    updates: int
    replies_expected: int
    replies_received: int
    photos: int
    messages_sent: int
    lost: int
    extra: int
    odd_replies: int  # flood notices or error messages instead of an answer
    first_served: float
    last_reply: float
    latencies: list[float]
    push_to_reply: list[float]
    push_seconds: float
    too_many_requests: int
    refused_by: dict[str, int]  # which emulator window was full at each 429
    chat_actions: int
    get_updates_calls: int
    failed_calls: int
    cpu_seconds: float
    gc_pauses: list[float]
    max_per_second: int
    max_per_chat_3s: int
    send_span: float
    logs: dict[str, int] = field(default_factory=dict)
    log_examples: dict[str, str] = field(default_factory=dict)

    @property
    def elapsed(self) -> float:
        return self.last_reply - self.first_served

    @property
    def throughput(self) -> float:
        return self.updates / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def send_rate(self) -> float:
        return (self.messages_sent - 1) / self.send_span if self.send_span > 0 else 0.0


def questions() -> list[str]:
    return [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def plan(users: int, messages: int, first_user: int, texts: list[str], *, per_user: bool, seed: int):
    """(user_id, text) in push order: users taking turns, or each user's messages back to back."""
    rng = random.Random(seed)
    pool = texts[:]
    rng.shuffle(pool)
    if per_user:
        order = [(u, k) for u in range(users) for k in range(messages)]
    else:
        order = [(u, k) for k in range(messages) for u in range(users)]
    return [(first_user + u, pool[(u * messages + k) % len(pool)]) for u, k in order]


def classify_429s(api: BotAPIEmulator, calls: list) -> dict[str, int]:
    """For each refused call, which of the emulator's windows was full: the overall 30 per
    second, the chat's 3 per 3 s, or both (recomputed from the messages it accepted)."""
    sent = sorted((m.received_at, m.chat_id) for m in api.sent)
    found: collections.Counter[str] = collections.Counter()
    for call in calls:
        if call.status != 429:
            continue
        chat = int(call.params.get("chat_id", 0))
        overall = sum(1 for t, _ in sent if call.at - 1.0 < t <= call.at) >= 30
        in_chat = sum(1 for t, c in sent if c == chat and call.at - 3.0 < t <= call.at) >= 3
        found["overall 30/s and chat 3/3 s" if overall and in_chat else "overall 30/s" if overall
              else "chat 3/3 s" if in_chat else "neither (edge)"] += 1  # fmt: skip
    return dict(found)


async def poll_until(done: Callable[[], bool], seconds: float, step: float = 0.01) -> bool:
    """Check `done` every `step` seconds, for at most `seconds`."""
    for _ in range(int(seconds / step) + 1):
        if done():
            return True
        await asyncio.sleep(step)
    return done()


def sliding_max(times: list[float], window: float) -> int:
    ordered = sorted(times)
    best, start = 0, 0
    for end, t in enumerate(ordered):
        while ordered[start] <= t - window:
            start += 1
        best = max(best, end - start + 1)
    return best


def latencies_for(api: BotAPIEmulator, chats: set[int]) -> list[float]:
    """`BotAPIEmulator.reply_latencies()` restricted to `chats`: the emulator matches updates to
    replies per chat, so for these chats this is exactly its figure."""
    replies = {
        chat: collections.deque(m.received_at for m in api.sent if m.chat_id == chat) for chat in chats
    }
    served = sorted(
        (q.served_at, q.chat_id) for q in api.updates if q.served_at is not None and q.chat_id in chats
    )
    out = []
    for served_at, chat in served:
        times = replies[chat]
        while times and times[0] < served_at:
            times.popleft()
        if times:
            out.append(times.popleft() - served_at)
    return out


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.content = load_content(ROOT / "content")
        self.matcher = build_matcher(self.content)
        self.texts = questions()
        self.log = LogCounter()
        self.gc = GcPauses()
        logging.getLogger().addHandler(self.log)
        logging.getLogger().setLevel(logging.WARNING)

    async def run_case(
        self,
        name: str,
        *,
        users: int,
        messages: int,
        limited: bool,
        rate: float | None = None,
        per_user: bool = False,
        seed: int = 1,
        profile: cProfile.Profile | None = None,
    ) -> CaseResult:
        with tempfile.TemporaryDirectory(prefix="bench-telegram-") as tmp:
            async with BotAPIEmulator(enforce_limits=limited) as api:
                db = await Database(f"sqlite:///{tmp}/bench.sqlite3").open()
                tutor = Tutor(self.content, self.matcher, Stores.on(db), rng=random.Random(3))
                settings = Settings(telegram_bot_token=api.token, telegram_api_base_url=api.base_url)
                app = build_application(settings, tutor, rate_limits=limited)
                await app.initialize()
                await app.post_init(app)
                await app.start()
                await app.updater.start_polling(poll_interval=0.0, timeout=1)
                try:
                    await self._warm_up(api, limited)
                    self.log.reset()
                    return await self._measure(
                        api, name, users, messages, limited, rate, per_user, seed, profile, tutor
                    )
                finally:
                    await app.updater.stop()
                    await app.stop()
                    await app.post_stop(app)
                    await app.shutdown()
                    await db.close()

    async def _warm_up(self, api: BotAPIEmulator, limited: bool) -> None:
        """Questions from other users first, one each, not measured: HTTP connections, normaliser
        caches, the matcher's lazy first-call costs, and the comparison pictures (each rendered
        once per Tutor, 0.26-0.39 s of blocking CPU, then cached and reused by file id)."""
        count = self.args.limited_warmup if limited else self.args.warmup
        for i in range(count):
            api.send_text(self.texts[i % len(self.texts)], user_id=WARMUP_USER_ID + i)
        chats = set(range(WARMUP_USER_ID, WARMUP_USER_ID + count))
        # Until every chat got its text reply (a comparison sends its picture first).
        await poll_until(lambda: chats <= {m.chat_id for m in api.sent if m.method == "sendMessage"}, 60.0)
        await asyncio.sleep(0.2)
        if self.args.gc_freeze:
            gc.collect()
            gc.freeze()  # what the bot could do once started: gen-2 collections skip this heap
        if limited:
            await asyncio.sleep(1.5)  # let the emulator's 1-second overall window empty

    async def _measure(
        self, api, name, users, messages, limited, rate, per_user, seed, profile, tutor
    ) -> CaseResult:
        args = self.args
        pushes = plan(users, messages, FIRST_USER_ID, self.texts, per_user=per_user, seed=seed)
        chats = {u for u, _ in pushes}
        expected = collections.Counter(u for u, _ in pushes)
        cpu0 = time.process_time()
        calls0 = len(api.calls)
        refused0 = api.too_many_requests
        gc0 = len(self.gc.pauses)
        if profile is not None:
            profile.enable()
        push_started = time.monotonic()
        if rate is None:
            for user, text in pushes:
                api.send_text(text, user_id=user)
        else:

            async def pusher() -> None:
                for i, (user, text) in enumerate(pushes):
                    delay = push_started + i / rate - time.monotonic()
                    if delay > 0:
                        await asyncio.sleep(delay)
                    api.send_text(text, user_id=user)

            await pusher()
        push_seconds = time.monotonic() - push_started
        counter = _ReplyCounter(api, chats)
        await poll_until(lambda: counter.count() >= len(pushes), args.timeout)
        if profile is not None:
            profile.disable()
        cpu = time.process_time() - cpu0
        gc_pauses = self.gc.pauses[gc0:]
        await asyncio.sleep(args.settle)  # catch extra or late messages
        ours = [m for m in api.sent if m.chat_id in chats]
        # Each of these questions gets one Reply, which ends with one sendMessage (a comparison
        # sends its picture first): count those, and the pictures separately.
        received = collections.Counter(m.chat_id for m in ours if m.method == "sendMessage")
        lost = sum(max(0, expected[c] - received[c]) for c in chats)
        extra = sum(max(0, received[c] - expected[c]) for c in chats)
        odd_texts = {tutor.messages.flood, tutor.messages.error}
        odd = sum(1 for m in ours if m.text in odd_texts)
        queued = {q.update_id: q for q in api.updates if q.chat_id in chats}
        served = [q.served_at for q in queued.values() if q.served_at is not None]
        last_reply = max((m.received_at for m in ours), default=push_started)
        push_to_reply = [t - p for p, t in _first_replies(api, chats)]
        new_calls = api.calls[calls0:]
        send_times = sorted(m.received_at for m in ours)
        per_chat_3s = max(
            (sliding_max([m.received_at for m in ours if m.chat_id == c], 3.0) for c in chats), default=0
        )
        return CaseResult(
            name=name,
            updates=len(pushes),
            replies_expected=len(pushes),
            replies_received=sum(received.values()),
            photos=sum(1 for m in ours if m.method == "sendPhoto"),
            messages_sent=len(ours),
            lost=lost,
            extra=extra,
            odd_replies=odd,
            first_served=min(served) if served else push_started,
            last_reply=last_reply,
            latencies=latencies_for(api, chats),
            push_to_reply=push_to_reply,
            push_seconds=push_seconds,
            too_many_requests=api.too_many_requests - refused0,
            refused_by=classify_429s(api, new_calls),
            chat_actions=sum(1 for c in new_calls if c.method == "sendChatAction"),
            get_updates_calls=sum(1 for c in new_calls if c.method == "getUpdates"),
            failed_calls=sum(1 for c in new_calls if c.status not in (200, None)),
            cpu_seconds=cpu,
            gc_pauses=gc_pauses,
            max_per_second=sliding_max(send_times, 1.0),
            max_per_chat_3s=per_chat_3s,
            send_span=(send_times[-1] - send_times[0]) if len(send_times) > 1 else 0.0,
            logs=dict(self.log.counts),
            log_examples=dict(self.log.examples),
        )


class _ReplyCounter:
    """Counts text replies in the measured chats without rescanning everything each time."""

    def __init__(self, api: BotAPIEmulator, chats: set[int]) -> None:
        self.api, self.chats, self.seen, self.n = api, chats, 0, 0

    def count(self) -> int:
        sent = self.api.sent
        for m in sent[self.seen :]:
            self.n += m.method == "sendMessage" and m.chat_id in self.chats
        self.seen = len(sent)
        return self.n


def _first_replies(api: BotAPIEmulator, chats: set[int]) -> list[tuple[float, float]]:
    """(pushed_at, reply time) per update, matched like reply_latencies but from the push."""
    replies = {c: collections.deque(m.received_at for m in api.sent if m.chat_id == c) for c in chats}
    out = []
    for q in sorted((q for q in api.updates if q.chat_id in chats), key=lambda q: q.pushed_at):
        times = replies[q.chat_id]
        while times and times[0] < q.pushed_at:
            times.popleft()
        if times:
            out.append((q.pushed_at, times.popleft()))
    return out


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.1f} ms"


def verdict(ok: bool, target: str) -> str:
    return f"   target {target}: {'met' if ok else 'NOT MET'}"


def report(r: CaseResult, *, throughput_target: bool = False, latency_target: bool = False) -> None:
    """Print one case; the targets are judged only where they apply (throughput on the burst,
    p99 on the open loop: in the burst, latency is mostly the wait for 1,000 queued updates)."""
    pace = r.updates / r.push_seconds if r.push_seconds > 0.01 else float("inf")
    lines = [
        f"\n== {r.name}",
        f"  updates pushed            {r.updates:,} (pushing took {r.push_seconds:.2f} s, {pace:,.0f}/s)",
        f"  replies received          {r.replies_received:,} of {r.replies_expected:,} (lost {r.lost}, "
        f"extra {r.extra}, flood/error notices {r.odd_replies}; plus {r.photos} comparison pictures)",
        f"  first served -> last reply {r.elapsed:.2f} s",
        f"  updates processed / s     {r.throughput:,.0f}"
        + (
            verdict(r.throughput >= TARGET_UPDATES_PER_S, f">= {TARGET_UPDATES_PER_S:.0f}/s")
            if throughput_target
            else ""
        ),
    ]
    if r.latencies:
        p99 = percentile(r.latencies, 99)
        lines.append(
            f"  served -> reply  p50 / p99 / max   {ms(percentile(r.latencies, 50))} / {ms(p99)} / "
            f"{ms(max(r.latencies))} ({len(r.latencies)} matched)"
            + (
                verdict(p99 * 1e3 <= TARGET_P99_MS, f"p99 <= {TARGET_P99_MS:.0f} ms")
                if latency_target
                else ""
            )
        )
    if r.push_to_reply:
        lines.append(
            f"  pushed -> reply  p50 / p99 / max   {ms(percentile(r.push_to_reply, 50))} / "
            f"{ms(percentile(r.push_to_reply, 99))} / {ms(max(r.push_to_reply))}"
        )
    lines += [
        f"  429 Too Many Requests     {r.too_many_requests}"
        + (
            f" (full window: {', '.join(f'{k} {v}' for k, v in r.refused_by.items())})"
            if r.refused_by
            else ""
        ),
        f"  send rate                 {r.send_rate:,.1f} msg/s ({r.messages_sent} messages over "
        f"{r.send_span:.2f} s); max {r.max_per_second} in any 1 s, "
        f"max {r.max_per_chat_3s} per chat in any 3 s",
        f"  getUpdates calls          {r.get_updates_calls:,}; sendChatAction {r.chat_actions}; "
        f"failed calls {r.failed_calls}",
        f"  process CPU               {r.cpu_seconds:.2f} s "
        f"({r.cpu_seconds / max(r.elapsed, 1e-9):.0%} of the wall time)",
        f"  gen-2 GC pauses           {len(r.gc_pauses)}"
        + (f", longest {ms(max(r.gc_pauses))}, total {ms(sum(r.gc_pauses))}" if r.gc_pauses else ""),
        "  log records at WARNING or worse:" + ("" if r.logs else " none"),
    ]
    lines += [
        f"    {n:>5} x {r.log_examples[key]}" for key, n in sorted(r.logs.items(), key=lambda kv: -kv[1])
    ]
    print("\n".join(lines))


def profile_summary(profile: cProfile.Profile, top: int) -> None:
    """Own time per package, then the costliest functions."""
    stats = pstats.Stats(profile)
    by_area: collections.Counter[str] = collections.Counter()
    total = 0.0
    areas = [
        ("tests/support/botapi", "emulator (tests/support)"),
        ("/bot/nlp/", "bot.nlp (matching)"),
        ("/bot/", "bot (other)"),
        ("/telegram/", "python-telegram-bot"),
        ("/httpx/", "httpx"),
        ("/httpcore/", "httpcore"),
        ("/aiohttp/", "aiohttp (emulator server)"),
        ("/sqlalchemy/", "sqlalchemy"),
        ("/asyncio/", "asyncio"),
        ("/json/", "json"),
        ("importlib", "importlib (httpcore's `import sniffio`)"),
        ("/anyio/", "anyio"),
        ("/h11/", "h11"),
        ("/multidict/", "aiohttp (emulator server)"),
        ("/yarl/", "aiohttp (emulator server)"),
        ("/selectors.py", "asyncio"),
        ("/socket.py", "asyncio"),
        ("/ssl.py", "asyncio"),
        ("~", "builtins (C calls: sockets, poll, str, dict...)"),
    ]
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        total += tottime
        label = next((lab for key, lab in areas if key in filename), "other")
        by_area[label] += tottime
    print(f"\n== profile of the burst run: own time by area ({total:.2f} s profiled)")
    for label, seconds in by_area.most_common():
        print(f"  {label:<28}{seconds:7.2f} s  {seconds / total:5.1%}")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(top)
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[-6000:])


def summary(rows: list[tuple[str, CaseResult]]) -> None:
    """One line per case, as a Markdown table (the form benchmarks/RESULTS.md uses)."""
    print("\n== summary")
    print(
        "| case | updates | replies (lost) | 429s | first served -> last reply | updates/s "
        "| served -> reply p50 / p99 / max | pushed -> reply p99 | send rate | max msgs in 1 s |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for label, r in rows:
        lat = r.latencies or [float("nan")]
        push = r.push_to_reply or [float("nan")]
        print(
            f"| {label} | {r.updates:,} | {r.replies_received:,} ({r.lost}) | {r.too_many_requests} "
            f"| {r.elapsed:.2f} s | {r.throughput:,.0f} | {percentile(lat, 50) * 1e3:,.1f} / "
            f"{percentile(lat, 99) * 1e3:,.1f} / {max(lat) * 1e3:,.1f} ms "
            f"| {percentile(push, 99) * 1e3:,.1f} ms | {r.send_rate:,.1f} msg/s | {r.max_per_second} |"
        )


async def main_async(args: argparse.Namespace) -> None:
    bench = Bench(args)
    rows: list[tuple[str, CaseResult]] = []
    rates = [float(r) for r in str(args.rate).split(",") if r.strip()]
    if args.only in (None, "capacity"):
        for run in range(1, args.capacity_runs + 1):
            profile = cProfile.Profile() if args.profile and run == 1 else None
            burst = await bench.run_case(
                f"capacity run {run}, burst: {args.users} users x {args.messages} messages pushed at once, "
                "limiter off",
                users=args.users, messages=args.messages, limited=False, profile=profile, seed=run,
            )  # fmt: skip
            report(burst, throughput_target=True)
            rows.append((f"capacity run {run}: burst", burst))
            if profile is not None:
                profile_summary(profile, args.profile)
            for rate in rates:
                open_loop = await bench.run_case(
                    f"capacity run {run}, open loop: {args.users} users x {args.messages} messages "
                    f"at {rate:.0f}/s, limiter off",
                    users=args.users, messages=args.messages, limited=False, rate=rate, seed=100 + run,
                )  # fmt: skip
                report(open_loop, latency_target=True)
                rows.append((f"capacity run {run}: open loop {rate:.0f}/s", open_loop))
    if args.only in (None, "limited"):
        for run in range(1, args.limited_runs + 1):
            per_user = args.limited_order == "per-user"
            order = "each user's back to back" if per_user else "users taking turns"
            result = await bench.run_case(
                f"rate limiter on, run {run}: {args.limited_users} users x {args.limited_messages} "
                f"messages pushed at once ({order}), enforce_limits=True",
                users=args.limited_users, messages=args.limited_messages, limited=True,
                per_user=per_user, seed=10 + run,
            )  # fmt: skip
            report(result)
            rows.append((f"limiter on, run {run}", result))
    summary(rows)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=200, help="capacity cases: simulated users")
    parser.add_argument("--messages", type=int, default=5, help="capacity cases: messages per user")
    parser.add_argument(
        "--rate", default="200,300", help="open-loop push rates, updates/s, comma-separated (e.g. 200,300)"
    )
    parser.add_argument("--capacity-runs", type=int, default=3, help="repetitions of the capacity cases")
    parser.add_argument("--limited-users", type=int, default=50)
    parser.add_argument("--limited-messages", type=int, default=5)
    parser.add_argument("--limited-runs", type=int, default=3)
    parser.add_argument(
        "--limited-order",
        choices=["per-user", "interleaved"],
        default="per-user",
        help="limiter-on cases: each user's messages back to back, or users taking turns",
    )
    parser.add_argument(
        "--warmup",
        type=int,
        default=320,
        help="capacity cases: unmeasured questions first (default: every dev question once)",
    )
    parser.add_argument(
        "--limited-warmup", type=int, default=5, help="limiter-on cases: unmeasured questions first"
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for a case's replies")
    parser.add_argument("--settle", type=float, default=0.5, help="seconds to wait for late extra messages")
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="gc.freeze() after each warm-up (moves the heap so far out of gen-2 collections)",
    )
    parser.add_argument("--only", choices=["capacity", "limited"], help="run only these cases")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="cProfile the burst case and print the N costliest functions")  # fmt: skip
    args = parser.parse_args()
    for n in (args.messages, args.limited_messages):
        if n > FLOOD_LIMIT_PER_30S:
            parser.error(f"at most {FLOOD_LIMIT_PER_30S} messages per user: the flood guard would step in")
    started = time.monotonic()
    asyncio.run(main_async(args))
    print(f"\n(total wall time {time.monotonic() - started:.1f} s)")


if __name__ == "__main__":
    main()
