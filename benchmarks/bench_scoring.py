"""Scoring throughput of tournament poll answers into the store (SQLite, and PostgreSQL if given).

A Tutor is built like `tests/telegram/conftest.py` builds it (shipped content, `build_matcher`,
`Stores.on(Database(url))` opened with `await db.open()`). A tournament is opened with
`Tournaments.open_lobby` and started with `Tournaments.begin`, a quiz poll is recorded with
`record_poll` (a `PollRecord`, open for `--open-seconds` so that no answer arrives after it
closes), then `--answers` distinct users answer it through `tutor.tournament.scoring.answer(poll_id,
Who(0, user_id, name), (option,))`, exactly as `Handlers.receive_poll_answer` calls it, in
batches of `--concurrency` answers gathered at once (that many players answering the same
poll at the same moment). Reported: answers/s for the distinct answers; then 10 % of them
(`--duplicates`) are delivered again, timed on their own, and the stored result is checked:
`Tournaments.standings` must list exactly one row per distinct user, nobody with more than
one correct answer, and the answers table must hold one row per distinct user.

Before the timed phases, a warm-up tournament in another group takes `--warmup` answers
(pool connections, SQLAlchemy's statement cache, PostgreSQL prepared statements).

Where the time goes: a separate instrumented pass answers `--trace` new users and re-delivers
them, one at a time, counting per answer the SQL statements (SQLAlchemy `before_cursor_execute`),
transactions (commit / rollback events), connection checkouts, and driver round trips
(aiosqlite: hops to its worker thread; asyncpg: network requests: BEGIN/COMMIT/ROLLBACK,
prepare, execute, ping), and timing each store call that `GroupQuiz.answer` makes.
`--profile N` runs cProfile over one more concurrent pass and prints the N costliest functions.

Backends: SQLite in a temporary file always; PostgreSQL when `--postgres-url` or the
environment variable TEST_POSTGRES_URL names a server. All its tables are dropped first and
again at the end (`Base.metadata.drop_all` plus Alembic's `alembic_version`): use a database that
holds nothing else.

Target: at least 1,000 poll answers/s into SQLite.

Run from the repository root:
    .venv/bin/python benchmarks/bench_scoring.py
    .venv/bin/python benchmarks/bench_scoring.py --answers 5000 --concurrency 50 \\
        --postgres-url postgresql://postgres@127.0.0.1:54330/tutorbot_test --profile 25
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import cProfile
import io
import os
import pstats
import random
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import timedelta

from common import CONTENT
from sqlalchemy import event, func, select, text

from bot.content import load_content
from bot.nlp.build import build_matcher
from bot.store import Database, PollRecord, Stores
from bot.store.tables import Answer, Base
from bot.tutor import Tutor, Who
from bot.tutor.quiz import now_utc

TARGET_SQLITE_PER_S = 1000.0
FIRST_USER = 7_000_000


# --------------------------------------------------------------------------- instrumentation


class Counters:
    """SQL statements, transactions, checkouts and driver round trips, while `active`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.active = False
        self.counts: collections.Counter[str] = collections.Counter()
        engine = db.engine.sync_engine
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", lambda conn: self._add("commit"))
        event.listen(engine, "rollback", lambda conn: self._add("rollback"))
        event.listen(engine.pool, "checkout", lambda *a: self._add("checkout"))
        self._unpatch = _patch_driver(db.engine_dialect, self._add)

    def _add(self, key: str) -> None:
        if self.active:
            self.counts[key] += 1

    def _statement(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if self.active:
            self.counts["statements"] += 1
            verb = statement.lstrip().split(None, 1)[0].upper()
            self.counts[f"  {verb}"] += 1

    @contextlib.contextmanager
    def on(self) -> Iterator[collections.Counter[str]]:
        self.counts.clear()
        self.active = True
        try:
            yield self.counts
        finally:
            self.active = False

    def close(self) -> None:
        self._unpatch()


def _patch_driver(dialect: str, add: Callable[[str], None]) -> Callable[[], None]:
    """Count the driver's round trips by wrapping the calls that make one."""
    patched: list[tuple[object, str, object]] = []

    def wrap(owner, name: str) -> None:
        original = getattr(owner, name)
        label = f"  {owner.__name__}.{name}"

        async def counted(*args, **kwargs):
            add("round trips")
            add(label)
            return await original(*args, **kwargs)

        patched.append((owner, name, original))
        setattr(owner, name, counted)

    if dialect == "sqlite":
        import aiosqlite.core

        wrap(aiosqlite.core.Connection, "_execute")  # one hop to the connection's worker thread
    else:
        import asyncpg.connection
        import asyncpg.prepared_stmt
        import asyncpg.transaction

        for owner, name in (
            (asyncpg.transaction.Transaction, "start"),  # BEGIN
            (asyncpg.transaction.Transaction, "commit"),
            (asyncpg.transaction.Transaction, "rollback"),
            (asyncpg.connection.Connection, "prepare"),  # only when not in the statement cache
            (asyncpg.connection.Connection, "fetchrow"),  # the pool's pre-ping: SELECT ";"
            (asyncpg.connection.Connection, "executemany"),
            (asyncpg.prepared_stmt.PreparedStatement, "fetch"),
            (asyncpg.prepared_stmt.PreparedStatement, "cursor"),
        ):
            wrap(owner, name)

    def undo() -> None:
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)

    return undo


class StepTimer:
    """Wall time of each store call `GroupQuiz.answer` makes (meaningful when run one at a time)."""

    STEPS = (
        ("tournaments", "poll"),
        ("progress", "remember_name"),
        ("tournaments", "join"),
        ("progress", "answer_poll"),
    )

    def __init__(self, stores: Stores) -> None:
        self.times: dict[str, list[float]] = collections.defaultdict(list)
        self._undo: list[tuple[object, str]] = []
        for store_name, method in self.STEPS:
            store = getattr(stores, store_name)
            original = getattr(store, method)
            setattr(store, method, self._timed(f"{type(store).__name__}.{method}", original))
            self._undo.append((store, method))

    def _timed(self, label: str, call: Callable[..., Awaitable]) -> Callable[..., Awaitable]:
        async def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return await call(*args, **kwargs)
            finally:
                self.times[label].append(time.perf_counter() - start)

        return timed

    def close(self) -> None:
        for store, method in self._undo:
            delattr(store, method)  # back to the class's method


# --------------------------------------------------------------------------- the benchmark


async def drop_everything(db: Database) -> None:
    async with db.engine.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)
        await conn.execute(text("DROP TABLE IF EXISTS alembic_version"))


class Poll:
    """A running tournament with one recorded poll, ready to be answered."""

    def __init__(self, tournament_id: int, record: PollRecord, options: int) -> None:
        self.tournament_id = tournament_id
        self.record = record
        self.options = options


async def new_poll(stores: Stores, content, chat_id: int, poll_id: str, open_seconds: int) -> Poll:
    now = now_utc()
    lobby = await stores.tournaments.open_lobby(chat_id, 1, 5, 30, now)
    assert lobby is not None, "the group already has a tournament"
    items = content.quiz[:5]
    assert await stores.tournaments.begin(lobby.id, [q.id for q in items])
    item = items[0]
    record = PollRecord(
        poll_id, lobby.id, 0, item.id, 1 % len(item.options), now, now + timedelta(seconds=open_seconds)
    )
    await stores.tournaments.record_poll(record)
    return Poll(lobby.id, record, len(item.options))


async def deliver(tutor: Tutor, poll: Poll, answers: list[tuple[int, int]], concurrency: int) -> float:
    """Score `answers` ((user_id, option)) in batches gathered at once; the wall time."""
    start = time.perf_counter()
    for i in range(0, len(answers), concurrency):
        batch = answers[i : i + concurrency]
        await asyncio.gather(
            *(
                tutor.tournament.scoring.answer(poll.record.poll_id, Who(0, user, f"Siswa {user}"), (option,))
                for user, option in batch
            )
        )
    return time.perf_counter() - start


async def bench_backend(label: str, url: str, args: argparse.Namespace, content, matcher) -> dict:
    db = Database(url)
    if db.engine_dialect == "postgresql":
        await drop_everything(db)
    await db.open()
    stores = Stores.on(db)
    tutor = Tutor(content, matcher, stores, rng=random.Random(5))
    rng = random.Random(args.seed)
    result: dict = {"label": label, "pool": type(db.engine.pool).__name__}
    try:
        # Warm-up: another group, other users.
        warm = await new_poll(stores, content, -100_001, "warm-up", args.open_seconds)
        await deliver(tutor, warm, [(FIRST_USER - 1 - i, 0) for i in range(args.warmup)], args.concurrency)

        # Timed: distinct users, then duplicates of 10 % of them.
        poll = await new_poll(stores, content, -100_002, "bench-poll", args.open_seconds)
        answers = [(FIRST_USER + i, rng.randrange(poll.options)) for i in range(args.answers)]
        elapsed = await deliver(tutor, poll, answers, args.concurrency)
        again = rng.sample(answers, int(len(answers) * args.duplicates))
        dup_elapsed = await deliver(tutor, poll, again, args.concurrency)
        result.update(
            answers=len(answers),
            elapsed=elapsed,
            per_s=len(answers) / elapsed,
            duplicates=len(again),
            dup_elapsed=dup_elapsed,
            dup_per_s=len(again) / dup_elapsed if again else 0.0,
        )

        # Check what was stored.
        standings = await stores.tournaments.standings(poll.tournament_id)
        async with db.session() as session:
            rows = (
                await session.execute(
                    select(func.count()).select_from(Answer).where(Answer.tournament_id == poll.tournament_id)
                )
            ).scalar_one()
        correct = sum(1 for _, option in answers if option == poll.record.correct_option)
        result.update(
            standings=len(standings),
            answer_rows=rows,
            distinct=len({u for u, _ in answers}),
            stored_correct=sum(s.correct for s in standings),
            expected_correct=correct,
            max_correct=max((s.correct for s in standings), default=0),
            points_ok=all(s.points == 0 or 10 <= s.points <= 15 for s in standings),
        )

        # Where the time goes: one at a time, counted and timed.
        trace = await new_poll(stores, content, -100_003, "trace-poll", args.open_seconds)
        traced = [(FIRST_USER + 1_000_000 + i, rng.randrange(trace.options)) for i in range(args.trace)]
        counters = Counters(db)
        steps = StepTimer(stores)
        try:
            with counters.on() as counts:
                fresh_time = await deliver(tutor, trace, traced, 1)
            result["fresh_counts"] = {k: v / len(traced) for k, v in counts.items()}
            result["fresh_steps"] = {k: sum(v) / len(v) for k, v in steps.times.items()}
            steps.times.clear()
            with counters.on() as counts:
                dup_time = await deliver(tutor, trace, traced, 1)
            result["dup_counts"] = {k: v / len(traced) for k, v in counts.items()}
            result["dup_steps"] = {k: sum(v) / len(v) for k, v in steps.times.items()}
            result["sequential_fresh_ms"] = fresh_time / len(traced) * 1e3
            result["sequential_dup_ms"] = dup_time / len(traced) * 1e3
        finally:
            counters.close()
            steps.close()

        if args.profile:
            prof_poll = await new_poll(stores, content, -100_004, "profile-poll", args.open_seconds)
            n = max(args.concurrency, args.answers // 5)
            profiled = [(FIRST_USER + 2_000_000 + i, rng.randrange(prof_poll.options)) for i in range(n)]
            profile = cProfile.Profile()
            profile.enable()
            prof_elapsed = await deliver(tutor, prof_poll, profiled, args.concurrency)
            profile.disable()
            result["profile"] = (profile, n, prof_elapsed)
    finally:
        if db.engine_dialect == "postgresql" and not args.keep:
            await drop_everything(db)
        await db.close()
    return result


# --------------------------------------------------------------------------- output


def report(r: dict, args: argparse.Namespace) -> None:
    print(f"\n== {r['label']} (pool {r['pool']}, batches of {args.concurrency} answers gathered at once)")
    ok = r["per_s"] >= TARGET_SQLITE_PER_S
    verdict = (
        f"   target >= {TARGET_SQLITE_PER_S:,.0f}/s: {'met' if ok else 'NOT MET'}"
        if r["label"].startswith("SQLite")
        else ""
    )
    print(
        f"  distinct answers          {r['answers']:,} in {r['elapsed']:.2f} s = {r['per_s']:,.0f} answers/s"
        f"{verdict}"
    )
    print(
        f"  duplicates re-delivered   {r['duplicates']:,} in {r['dup_elapsed']:.2f} s = "
        f"{r['dup_per_s']:,.0f}/s"
    )
    same = r["standings"] == r["distinct"] == r["answer_rows"]
    print(
        f"  stored                    standings rows {r['standings']:,}, answer rows {r['answer_rows']:,}, "
        f"distinct users {r['distinct']:,}: {'equal' if same else 'MISMATCH'}"
    )
    correct_ok = r["stored_correct"] == r["expected_correct"] and r["max_correct"] <= 1
    print(
        f"  correct answers           stored {r['stored_correct']:,}, expected {r['expected_correct']:,}, "
        f"max per user {r['max_correct']}, points in 10..15: {r['points_ok']} "
        f"-> {'ok' if correct_ok and r['points_ok'] else 'WRONG'}"
    )
    for kind, title in (("fresh", "a new answer"), ("dup", "a duplicate")):
        counts = r[f"{kind}_counts"]
        print(f"  per {title}, one at a time: {r[f'sequential_{kind}_ms']:.2f} ms")
        main = ["statements", "round trips", "checkout", "commit", "rollback"]
        print("    " + ", ".join(f"{k} {counts.get(k, 0):.1f}" for k in main))
        detail = sorted(k for k in counts if k.startswith("  "))
        print("    " + ", ".join(f"{k.strip()} {counts[k]:.1f}" for k in detail))
        print("    " + ", ".join(f"{k} {v * 1e3:.2f} ms" for k, v in r[f"{kind}_steps"].items()))
    if "profile" in r:
        profile, n, elapsed = r["profile"]
        print(
            f"\n  cProfile of {n:,} more answers in batches of {args.concurrency} "
            f"({n / elapsed:,.0f}/s under the profiler)"
        )
        profile_summary(profile, args.profile)


def profile_summary(profile: cProfile.Profile, top: int) -> None:
    stats = pstats.Stats(profile)
    areas = [
        ("/bot/", "bot"),
        ("/sqlalchemy/", "sqlalchemy"),
        ("/aiosqlite/", "aiosqlite"),
        ("/asyncpg/", "asyncpg"),
        ("/asyncio/", "asyncio"),
        ("threading", "threading"),
        ("/greenlet/", "greenlet"),
    ]
    by_area: collections.Counter[str] = collections.Counter()
    total = 0.0
    for (filename, _, name), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        total += tottime
        area = next((lab for key, lab in areas if key in filename), None)
        if area is None:
            area = f"builtin {name}" if filename == "~" else "other"
            if filename == "~" and any(w in name for w in ("acquire", "wait", "sleep", "poll", "select")):
                area = "idle: epoll / locks / sleeps"
            elif filename == "~":
                area = "other builtins"
        by_area[area] += tottime
    print(
        f"  own time by area ({total:.2f} s profiled; the event loop's thread only, SQLite's work "
        "in aiosqlite's worker threads is not seen)"
    )
    for area, seconds in by_area.most_common(10):
        print(f"    {area:<30}{seconds:7.2f} s  {seconds / total:5.1%}")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(top)
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    print("\n".join("    " + line for line in lines[2:]))
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(r"bot/store|bot/tutor")
    lines = [line for line in out.getvalue().splitlines() if "/bot/" in line]
    print("  cumulative time in the bot's own functions:")
    print("\n".join("    " + line for line in lines[:15]))


def table(results: list[dict]) -> None:
    print("\n== summary")
    print(
        "| backend | answers | answers/s | duplicates | duplicates/s | standings = answer rows = distinct "
        "| statements / answer (new, dup) | round trips / answer (new, dup) | transactions / answer |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        same = r["standings"] == r["distinct"] == r["answer_rows"]
        fc, dc = r["fresh_counts"], r["dup_counts"]
        print(
            f"| {r['label']} | {r['answers']:,} | {r['per_s']:,.0f} | {r['duplicates']:,} "
            f"| {r['dup_per_s']:,.0f} "
            f"| {r['standings']:,} = {r['answer_rows']:,} = {r['distinct']:,}: {'yes' if same else 'NO'} "
            f"| {fc.get('statements', 0):.0f}, {dc.get('statements', 0):.0f} "
            f"| {fc.get('round trips', 0):.0f}, {dc.get('round trips', 0):.0f} "
            f"| {fc.get('checkout', 0):.0f} sessions, {fc.get('commit', 0):.0f} commits |"
        )


async def main_async(args: argparse.Namespace) -> None:
    content = load_content(CONTENT)
    matcher = build_matcher(content)
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-scoring-") as tmp:
        r = await bench_backend("SQLite", f"sqlite:///{tmp}/bench.sqlite3", args, content, matcher)
        report(r, args)
        results.append(r)
    pg = args.postgres_url or os.environ.get("TEST_POSTGRES_URL", "")
    if pg:
        r = await bench_backend("PostgreSQL", pg, args, content, matcher)
        report(r, args)
        results.append(r)
    else:
        print("\n(PostgreSQL skipped: no --postgres-url and no TEST_POSTGRES_URL)")
    table(results)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--answers", type=int, default=5000, help="distinct users answering the poll")
    parser.add_argument("--concurrency", type=int, default=50, help="answers gathered at once per batch")
    parser.add_argument("--duplicates", type=float, default=0.10, help="share of answers delivered again")
    parser.add_argument("--warmup", type=int, default=200, help="unmeasured answers first (another group)")
    parser.add_argument("--trace", type=int, default=200, help="answers counted and timed one at a time")
    parser.add_argument("--open-seconds", type=int, default=3600, help="how long the poll stays open")
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--postgres-url", default="", help="PostgreSQL URL (default: $TEST_POSTGRES_URL)")
    parser.add_argument("--keep", action="store_true", help="leave the PostgreSQL tables in place")
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="cProfile one more concurrent pass and print the N costliest functions",
    )
    args = parser.parse_args()
    started = time.monotonic()
    asyncio.run(main_async(args))
    print(f"\n(total wall time {time.monotonic() - started:.1f} s)")


if __name__ == "__main__":
    main()
