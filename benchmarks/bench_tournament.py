"""A class of 40 plays a group tournament against the Bot API emulator with Telegram's limits enforced.

One process, one event loop on 127.0.0.1: `BotAPIEmulator(enforce_limits=True)` (30 messages a
second overall, 20 a minute per group, bursts of 3 per private chat) and the Application that
`bot.telegram.app.build_application` builds with its rate limiter on, over a fresh SQLite
database per run. A teacher sends /kuis in a supergroup, chooses `--questions` questions and
`--seconds` seconds; `--students` students tap "Ikut" at random moments within `--join-within`
seconds, then the teacher taps "Mulai". For each question every player answers at a random
moment of the poll's window (a few right after it appears, one in its last second), as
long as the emulator shows the poll open; about two thirds answer right.

Figures per run: seconds from the tap on "Mulai" to the first poll in the group (target
<= 5 s); each question's cycle (poll accepted -> next poll accepted, or -> the results for
the last one) against its timer; answers sent against answers scored in the database (target
100 %); 429s from the emulator (target 0); lobby edits per join; the latest answer that
scored, in seconds after its poll was accepted.

Run from the repository root:
    .venv/bin/python benchmarks/bench_tournament.py  # same as:
    .venv/bin/python benchmarks/bench_tournament.py --runs 3 --students 40 --questions 5 --seconds 15
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time

from common import ROOT

sys.path.insert(0, str(ROOT))  # for tests.support.botapi

from sqlalchemy import func, select

from bot.content import load_content
from bot.nlp.build import build_matcher
from bot.settings import Settings
from bot.store import Database, Stores
from bot.store.tables import Answer
from bot.telegram.app import build_application
from bot.tutor import Tutor
from tests.support.botapi import BotAPIEmulator, SentMessage

GROUP = -1001234567
TEACHER = 600_000
FIRST_STUDENT = 600_001
TARGET_FIRST_POLL_S = 5.0
LAST_SECOND = 0.7  # the last answer comes this long before the poll closes


async def until(condition, within: float) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the tournament stalled")
        await asyncio.sleep(0.02)


def group_sent(api: BotAPIEmulator, method: str) -> list[SentMessage]:
    return [m for m in api.sent if m.chat_id == GROUP and m.method == method]


async def press(api: BotAPIEmulator, message: SentMessage, label: str, user_id: int, name: str) -> None:
    update = api.press_button(message, message.callback_data(label), user_id=user_id, first_name=name)
    query_id = update["callback_query"]["id"]
    await api.wait_for_call(
        "answerCallbackQuery", timeout=30, predicate=lambda c: c.params.get("callback_query_id") == query_id
    )


class Run:
    def __init__(self, args: argparse.Namespace, api: BotAPIEmulator, seed: int) -> None:
        self.args = args
        self.api = api
        self.rng = random.Random(seed)
        self.players = [(TEACHER, "Bu Guru")] + [
            (FIRST_STUDENT + n, f"Siswa {n + 1}") for n in range(args.students)
        ]
        self.answers_sent = 0
        self.last_second_at: list[float] = []

    async def lobby(self) -> tuple[SentMessage, float]:
        """Open, set up and fill the lobby; the lobby message and edits per join."""
        api, args = self.api, self.args
        api.send_text("/kuis", user_id=TEACHER, chat_id=GROUP, chat_type="supergroup", first_name="Bu Guru")
        await until(lambda: group_sent(api, "sendMessage"), 30)
        lobby = group_sent(api, "sendMessage")[0]
        for label in (f"{args.questions} soal", f"{args.seconds} dtk"):
            if label not in api.messages(GROUP)[0].button_texts:
                continue  # already chosen (the default)
            edits = len(group_sent(api, "editMessageText"))
            await press(api, api.messages(GROUP)[0], label, TEACHER, "Bu Guru")
            await until(lambda edits=edits: len(group_sent(api, "editMessageText")) > edits, 30)
        edits_before = len(group_sent(api, "editMessageText"))

        async def join(user_id: int, name: str) -> None:
            await asyncio.sleep(self.rng.uniform(0, args.join_within))
            await press(api, lobby, "🙋 Ikut", user_id, name)

        await asyncio.gather(*(join(u, n) for u, n in self.players[1:]))
        everyone = f"Peserta ({len(self.players)})"
        await until(lambda: everyone in (api.messages(GROUP)[0].text or ""), 30)
        edits = len(group_sent(api, "editMessageText")) - edits_before
        return api.messages(GROUP)[0], edits / args.students

    async def play(self, lobby: SentMessage) -> dict:
        api, args = self.api, self.args
        tapped = time.monotonic()
        await press(api, lobby, "▶️ Mulai", TEACHER, "Bu Guru")
        await until(lambda: group_sent(api, "sendPoll"), 60)
        first_poll = group_sent(api, "sendPoll")[0].received_at - tapped
        for number in range(1, args.questions + 1):
            await until(lambda number=number: len(group_sent(api, "sendPoll")) >= number, 60)
            poll = group_sent(api, "sendPoll")[number - 1]
            await self.answer_all(poll)
        await until(lambda: (group_sent(api, "sendMessage")[-1].text or "").startswith("🏆"), 60)
        polls = [m.received_at for m in group_sent(api, "sendPoll")]
        ends = [*polls[1:], group_sent(api, "sendMessage")[-1].received_at]
        cycles = [end - start for start, end in zip(polls, ends, strict=True)]
        return {"first_poll_s": first_poll, "cycles_s": cycles}

    async def answer_all(self, poll: SentMessage) -> None:
        """Every player answers once at a random moment of the window; one in its last second."""
        window = self.args.seconds
        last = self.rng.randrange(len(self.players))
        correct = poll.poll["correct_option_ids"][0]

        async def one(index: int, user_id: int, name: str) -> None:
            at = window - LAST_SECOND if index == last else self.rng.uniform(0.5, window - 2)
            await asyncio.sleep(max(0.0, poll.received_at + at - time.monotonic()))
            right = self.rng.random() < 2 / 3
            option = correct if right else (correct + 1) % len(poll.poll["options"])
            self.api.poll_answer(poll.poll["id"], user_id, [option], first_name=name)
            self.answers_sent += 1
            if index == last:
                self.last_second_at.append(time.monotonic() - poll.received_at)

        await asyncio.gather(*(one(i, u, n) for i, (u, n) in enumerate(self.players)))


async def one_run(args: argparse.Namespace, content, matcher, seed: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-tournament-") as tmp:
        async with BotAPIEmulator(enforce_limits=True) as api:
            db = await Database(f"sqlite:///{tmp}/bench.sqlite3").open()
            tutor = Tutor(content, matcher, Stores.on(db), rng=random.Random(seed))
            settings = Settings(telegram_bot_token=api.token, telegram_api_base_url=api.base_url)
            app = build_application(settings, tutor)
            await app.initialize()
            await app.post_init(app)
            await app.start()
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
            try:
                run = Run(args, api, seed)
                lobby, edits_per_join = await run.lobby()
                figures = await run.play(lobby)
                async with db.session() as session:
                    scored = (await session.execute(select(func.count()).select_from(Answer))).scalar_one()
                return {
                    **figures,
                    "edits_per_join": edits_per_join,
                    "answers_sent": run.answers_sent,
                    "answers_scored": scored,
                    "too_many_requests": api.too_many_requests,
                    "last_answer_at_s": run.last_second_at,
                }
            finally:
                await app.updater.stop()
                await app.stop()
                await app.post_stop(app)
                await app.shutdown()
                await db.close()


def report(number: int, r: dict, seconds: int) -> None:
    ok = "ok" if r["first_poll_s"] <= TARGET_FIRST_POLL_S else "MISSED"
    target = f"target <= {TARGET_FIRST_POLL_S:.0f} s: {ok}"
    print(f"run {number}: Mulai -> first poll {r['first_poll_s']:.2f} s ({target})")
    cycles = " ".join(f"{c:.1f}" for c in r["cycles_s"])
    print(f"  cycle per question (timer {seconds} s): {cycles} s; over the timer: "
          f"{' '.join(f'{c - seconds:+.1f}' for c in r['cycles_s'])} s")  # fmt: skip
    share = 100 * r["answers_scored"] / max(1, r["answers_sent"])
    print(f"  answers sent {r['answers_sent']}, scored {r['answers_scored']} ({share:.1f} %)")
    print(f"  429s: {r['too_many_requests']}; lobby edits per join: {r['edits_per_join']:.3f}")
    last = " ".join(f"{t:.1f}" for t in r["last_answer_at_s"])
    print(f"  last-second answers sent at (s after the poll was accepted): {last}")


async def main_async(args: argparse.Namespace) -> None:
    content = load_content(ROOT / "content")
    matcher = build_matcher(content)
    results = []
    for number in range(1, args.runs + 1):
        result = await one_run(args, content, matcher, seed=number)
        report(number, result, args.seconds)
        results.append(result)
    first = [r["first_poll_s"] for r in results]
    over = [c - args.seconds for r in results for c in r["cycles_s"]]
    print(
        f"summary over {args.runs} runs: first poll max {max(first):.2f} s "
        f"(median {statistics.median(first):.2f}); "
        f"cycle over the timer median {statistics.median(over):+.1f} s, max {max(over):+.1f} s; "
        f"scored {sum(r['answers_scored'] for r in results)}/{sum(r['answers_sent'] for r in results)}; "
        f"429s {sum(r['too_many_requests'] for r in results)}; "
        f"edits per join max {max(r['edits_per_join'] for r in results):.3f}"
    )
    if args.json:
        print(json.dumps(results))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--questions", type=int, default=5, choices=(3, 5, 10, 15))
    parser.add_argument("--seconds", type=int, default=15, choices=(15, 30, 60))
    parser.add_argument("--join-within", type=float, default=5.0, help="seconds over which the class joins")
    parser.add_argument("--json", action="store_true", help="also print the raw figures as JSON")
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
