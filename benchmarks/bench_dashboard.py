"""Server time of the dashboard's class view: a group of 40 students after 50 tournaments.

Seeds the class (and another class of the same size, so the queries must pick one group out of
two) through the store, starts the real web server (the dashboard's routes, init data
checked on every request), and times GET /api/class/<id> from a client on the same machine, which
includes everything the server does for the request. The Telegram side (who administers the group)
is a fixed answer here: in the bot it is cached for five minutes.

    .venv/bin/python benchmarks/bench_dashboard.py [--postgres-url postgresql://...]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
from common import CONTENT, ROOT, percentile
from sqlalchemy import text

sys.path.insert(0, str(ROOT))  # for tests.support

from bot.content import load_content
from bot.nlp.build import build_matcher
from bot.store import Database, Stores
from bot.store.tables import Base
from bot.tutor import Tutor
from bot.web import WebServer, build_web_app
from bot.web.dashboard import DashboardRoutes
from tests.support.classroom import busy_class
from tests.support.webapp import sign_init_data

TOKEN = "123456:BENCH-token"
TEACHER = 77
CLASS = -1001
BUDGET_MS = 200.0


class Admins:
    """The teacher administers every group (Telegram's answer, fixed for the benchmark)."""

    async def admins_of(self, chat_id: int) -> set[int]:
        return {TEACHER}

    async def title_of(self, chat_id: int) -> str:
        return f"Kelas {chat_id}"


async def seed(db: Database, question_ids: list[str], args: argparse.Namespace) -> float:
    started = time.perf_counter()
    first = datetime.now(UTC) - timedelta(days=args.tournaments + 3)
    for n, chat_id in enumerate((CLASS, CLASS - 1)):
        await busy_class(
            db, chat_id, question_ids, students=args.students, tournaments=args.tournaments,
            per_tournament=args.questions, start=first, seed=n,
        )  # fmt: skip
    return time.perf_counter() - started


async def bench(label: str, url: str, args: argparse.Namespace, content, matcher) -> dict:
    db = await Database(url).open()
    try:
        tutor = Tutor(content, matcher, Stores.on(db))
        seconds = await seed(db, [q.id for q in content.quiz], args)
        if db.engine_dialect == "postgresql":
            # What autovacuum does soon after a class's answers arrive: statistics, visibility map.
            async with db.engine.connect() as conn:
                await conn.execution_options(isolation_level="AUTOCOMMIT")
                await conn.execute(text("VACUUM ANALYZE"))
        routes = DashboardRoutes(tutor, Admins(), bot_token=TOKEN, admin_ids=frozenset())
        server = WebServer(build_web_app(routes.routes()), 0, host="127.0.0.1")
        await server.start()
        init_data = sign_init_data(TOKEN, {"id": TEACHER, "first_name": "Guru"}, datetime.now(UTC))
        headers = {"Authorization": f"tma {init_data}"}
        page = f"http://127.0.0.1:{server.port}/api/class/{CLASS}"
        times: list[float] = []
        try:
            async with aiohttp.ClientSession() as session:
                for n in range(args.warmup + args.requests):
                    started = time.perf_counter()
                    async with session.get(page, headers=headers) as answer:
                        body = await answer.json()
                        assert answer.status == 200, answer.status
                    if n >= args.warmup:
                        times.append((time.perf_counter() - started) * 1000)
        finally:
            await server.stop()
        assert len(body["students"]) == args.students, len(body["students"])
        assert len(body["tournaments"]) == args.tournaments
        async with db.engine.connect() as conn:
            answers = (await conn.execute(text("SELECT count(*) FROM answers"))).scalar_one()
        return {
            "label": label,
            "seed_s": seconds,
            "answers": answers,
            "questions": len(body["questions"]),
            "bytes": len(str(body)),
            "p50": percentile(times, 50),
            "p95": percentile(times, 95),
            "max": max(times),
            "load": os.getloadavg()[0],  # other work on the machine while measuring
        }
    finally:
        if db.engine_dialect == "postgresql":
            async with db.engine.begin() as conn:
                await conn.run_sync(Base.metadata.drop_all)
                await conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        await db.close()


async def main_async(args: argparse.Namespace) -> None:
    content = load_content(CONTENT)
    matcher = build_matcher(content)
    backends = []
    with tempfile.TemporaryDirectory() as folder:
        backends.append(("SQLite", f"sqlite:///{Path(folder) / 'bench.sqlite3'}"))
        if args.postgres_url:
            backends.append(("PostgreSQL", args.postgres_url))
        print(
            f"class view: {args.students} students, {args.tournaments} tournaments of {args.questions} "
            f"questions (and another class alike); {args.requests} requests after {args.warmup} warm-up"
        )
        for label, url in backends:
            r = await bench(label, url, args, content, matcher)
            verdict = "OK" if r["p95"] <= BUDGET_MS else "OVER BUDGET"
            print(
                f"{r['label']:<10} answers in db {r['answers']:>6}  questions shown {r['questions']:>3}  "
                f"p50 {r['p50']:6.1f} ms  p95 {r['p95']:6.1f} ms  max {r['max']:6.1f} ms  "
                f"(budget p95 <= {BUDGET_MS:.0f} ms: {verdict}; load average {r['load']:.1f}; "
                f"seeding took {r['seed_s']:.0f} s)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--tournaments", type=int, default=50)
    parser.add_argument("--questions", type=int, default=10, help="questions per tournament")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--postgres-url", help="also run on this (emptied) PostgreSQL database")
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
