"""Two `tutorbot run` processes in webhook mode on one PostgreSQL, behind one URL (the emulator delivers
to them in turn): a class tournament goes on through the loss of the instance running it."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import text

from bot.store import Database, Leases, Stores
from tests.support.botapi import BotAPIEmulator, SentMessage
from tests.support.postgres import empty_postgres
from tests.support.process import free_port, tutorbot_run
from tests.telegram.conftest import Student
from tests.telegram.test_tournament import (
    GROUP,
    answer,
    lobby_id,
    next_poll,
    standings_after,
    the_class,
)

SECRET = "s3cret-token"
TAKEOVER_LIMIT = 15.0  # seconds from the loss of the runner to another instance holding the tournament


@pytest.fixture
async def postgres_url() -> AsyncIterator[str]:
    async with empty_postgres("several instances") as url:
        yield url


@pytest.fixture
async def api() -> AsyncIterator[BotAPIEmulator]:
    async with BotAPIEmulator(enforce_limits=True, allow_http_webhook=True) as emulator:
        yield emulator


class Instance:
    """One `tutorbot run` process with its own webhook port; its log is read as it comes (a full
    pipe would stall it)."""

    def __init__(self, process: asyncio.subprocess.Process, url: str) -> None:
        self.process, self.url = process, url
        self.log: list[str] = []
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stderr is not None
        async for line in self.process.stderr:
            self.log.append(line.decode(errors="replace"))

    def holds(self, holder: str) -> bool:
        return holder.split(":")[1] == str(self.process.pid)

    async def post(self, update: dict) -> int:
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with (
            aiohttp.ClientSession() as http,
            http.post(self.url, json=update, headers=headers) as answer,
        ):
            return answer.status


@contextlib.asynccontextmanager
async def two_instances(api: BotAPIEmulator, tmp_path: Path, db_url: str) -> AsyncIterator[list[Instance]]:
    async with contextlib.AsyncExitStack() as stack:
        instances = []
        for name in ("a", "b"):
            port = free_port()
            url = f"http://127.0.0.1:{port}/telegram"
            env = {"WEBHOOK_URL": url, "WEBHOOK_SECRET": SECRET, "PORT": str(port), "DATABASE_URL": db_url}
            (tmp_path / name).mkdir()
            process = await stack.enter_async_context(
                tutorbot_run(api, tmp_path / name, LOG_LEVEL="INFO", **env)
            )
            instances.append(Instance(process, url))
        for _ in range(2):
            await api.wait_for_call("setWebhook", timeout=60)
        await asyncio.sleep(1.0)  # the listener starts just after setWebhook
        api.deliver_webhooks([i.url for i in instances])
        yield instances


def private_message(update_id: int, user_id: int, text: str) -> dict:
    person = {"id": user_id, "is_bot": False, "first_name": "Rina"}
    chat = {"id": user_id, "type": "private"}
    return {"update_id": update_id, "message": {"message_id": update_id, "date": int(time.time()),
                                                "text": text, "chat": chat, "from": person}}  # fmt: skip


def poll_answer(update_id: int, poll: SentMessage, player: Student) -> dict:
    """A right answer, as Telegram would post it to one instance."""
    person = {"id": player.user_id, "is_bot": False, "first_name": player.name}
    poll_id, right = poll.poll["id"], poll.poll["correct_option_ids"]
    persistent = [f"{poll_id}:{option}" for option in right]
    vote = {"poll_id": poll_id, "user": person, "option_ids": right, "option_persistent_ids": persistent}
    return {"update_id": update_id, "poll_answer": vote}


async def class_lobby(api: BotAPIEmulator, teacher: Student, students: list[Student]) -> SentMessage:
    """3 questions of 15 s; the class joins at once, through both instances."""
    [lobby] = await teacher.says("/kuis")
    [lobby] = await teacher.taps(lobby, "3 soal")
    [lobby] = await teacher.taps(lobby, "15 dtk")
    await asyncio.gather(*(s.taps_for_a_note(lobby, "🙋 Ikut") for s in students))
    everyone = f"Peserta ({len(students) + 1})"
    await until(lambda: _true(everyone in api.messages(GROUP)[-1].text), within=40)
    return api.messages(GROUP)[-1]


async def until(condition, within: float) -> None:
    deadline = time.monotonic() + within
    while not await condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.1)


async def answers_recorded(db: Database, tournament_id: int) -> int:
    async with db.engine.connect() as conn:
        query = text("SELECT count(*) FROM answers WHERE tournament_id = :t")
        return (await conn.execute(query, {"t": tournament_id})).scalar_one()


async def test_the_same_update_reaching_both_instances_is_answered_once(api, tmp_path, postgres_url, content):
    async with two_instances(api, tmp_path, postgres_url) as (first, second):
        update = private_message(900_001, 8101, "apa itu wto")
        assert await asyncio.gather(first.post(update), second.post(update)) == [200, 200]
        [reply] = await api.wait_for_messages(8101, timeout=15)
        assert reply.text == content.intents["org_wto"].answer
        student = Student(api, 8101, 8101)
        await student.hears_nothing()


async def test_replies_to_one_chat_from_both_instances_keep_one_a_second(api, tmp_path, postgres_url):
    student = Student(api, 8301, 8301, patience=30)
    async with two_instances(api, tmp_path, postgres_url):
        for question in (
            "apa itu wto",
            "apa itu asean",
            "apa itu pbb",
            "apa itu apec",
            "apa itu opec",
            "apa itu g20",
        ):
            api.send_text(question, **student.sender)  # delivered to the instances in turn
        replies = await api.wait_for_messages(student.chat_id, 6, timeout=30)
    gaps = [b.received_at - a.received_at for a, b in itertools.pairwise(replies)]
    assert min(gaps) >= 0.9  # one a second for the chat, whichever instance sends
    assert api.too_many_requests == 0


async def test_a_flood_spread_over_both_instances_is_held_back(api, tmp_path, postgres_url, content):
    student = Student(api, 8401, 8401, patience=60)
    async with two_instances(api, tmp_path, postgres_url):
        for n in range(22):
            api.send_text(f"halo {n}", **student.sender)
        replies = await api.wait_for_messages(student.chat_id, 21, timeout=60)
        await student.hears_nothing()
    assert [r.text for r in replies].count(content.messages.flood) == 1


async def test_a_class_tournament_survives_the_loss_of_the_instance_running_it(
    api, tmp_path, postgres_url, content
):
    db = Database(postgres_url)
    leases = Leases(db)
    teacher, students = the_class(api, 30)
    players = [teacher, *students]
    async with two_instances(api, tmp_path, postgres_url) as instances:
        lobby = await class_lobby(api, teacher, students)
        tournament = lobby_id(lobby)
        await teacher.taps_for_a_note(lobby, "▶️ Mulai")
        poll = await next_poll(api)
        held = await leases.held(f"tournament:{tournament}")
        assert held is not None
        [runner] = [i for i in instances if i.holds(held.holder)]
        [other] = [i for i in instances if i is not runner]

        # The runner is the instance that will die: the chat's topic is set there.
        reader = 8201
        assert await runner.post(private_message(900_101, reader, "apa itu kerja sama regional")) == 200
        [topic] = await api.wait_for_messages(reader, timeout=15)
        assert topic.text == content.intents["regional_definisi"].answer

        *early, last = players
        for n, player in enumerate(early):
            answer(api, poll, player, right=n % 2 == 0)
        await until(lambda: _equals(answers_recorded(db, tournament), 30), within=15)
        assert await other.post(poll_answer(900_201, poll, last)) == 200
        first_standings = await standings_after(api, 1)
        # The last answer reached the other instance: the runner learns from the database.
        assert first_standings.received_at - poll.received_at < 10  # the poll stays open 15 s
        poll = await next_poll(api)
        for n, player in enumerate(players[:15]):
            answer(api, poll, player, right=n % 2 == 0)
        await until(lambda: _equals(answers_recorded(db, tournament), 31 + 15), within=15)

        runner.process.kill()  # SIGKILL mid-question: no shutdown, no lease released
        killed_at = time.monotonic()
        await runner.process.wait()
        for n, player in enumerate(players[15:], start=15):
            answer(api, poll, player, right=n % 2 == 0)

        [follow_up] = await Student(api, reader, reader, patience=15).says("contohnya?")
        assert follow_up.text == content.intents["regional_contoh"].answer

        async def taken_over() -> bool:
            now = await leases.held(f"tournament:{tournament}")
            return now is not None and other.holds(now.holder)

        await until(taken_over, within=TAKEOVER_LIMIT + 5)
        takeover = time.monotonic() - killed_at
        await standings_after(api, 2)
        poll = await next_poll(api)
        for n, player in enumerate(players):
            answer(api, poll, player, right=n % 2 == 0)
        await standings_after(api, 3)
        await until(lambda: _true((api.sent[-1].text or "").startswith("🏆")), within=40)

    polls = [m.poll["question"] for m in api.sent if m.method == "sendPoll"]
    assert [q.split(".")[0] for q in polls] == ["1", "2", "3"]
    assert await answers_recorded(db, tournament) == 31 * 3  # every in-window answer, once
    standings = await Stores.on(db).tournaments.standings(tournament)
    assert sum(s.correct for s in standings) == 16 * 3
    assert takeover <= TAKEOVER_LIMIT
    assert api.too_many_requests == 0
    await db.close()


async def _equals(count, expected: int) -> bool:
    return await count == expected


async def _true(value: bool) -> bool:
    return value
