"""A whole class in one group tournament, against an emulator that enforces Telegram's limits:
joining, a prompt start, fair windows, no duplicate polls, and faults that end cleanly."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.store import Stores
from bot.store.tournaments import FINISHED
from bot.telegram.limits import GROUP_SECONDS_PER_MESSAGE
from bot.tutor.tournament import BASE_POINTS
from tests.support.botapi import DEFAULT_GROUP_CHAT_ID, BotAPIEmulator, SentMessage
from tests.telegram.conftest import Student

GROUP = DEFAULT_GROUP_CHAT_ID
SLOT = GROUP_SECONDS_PER_MESSAGE
NAMES = ["Ani", "Budi", "Çağla", "Đức", "Мария", "علي", "Siti 🌸", "<b>Joko</b>", "Made", "Ketut"]


@pytest.fixture
async def api() -> AsyncIterator[BotAPIEmulator]:
    async with BotAPIEmulator(enforce_limits=True) as emulator:
        yield emulator


def the_class(api: BotAPIEmulator, size: int) -> tuple[Student, list[Student]]:
    teacher = Student(api, 7000, GROUP, "group", patience=30, name="Bu Guru")
    students = [
        Student(api, 7001 + n, GROUP, "group", patience=30, name=f"{NAMES[n % len(NAMES)]} {n + 1}")
        for n in range(size)
    ]
    return teacher, students


async def until(condition, within: float = 30.0) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


def lobby_id(lobby: SentMessage) -> int:
    return int(lobby.callback_data("▶️ Mulai").split(":")[1])


async def lobby_of(api, teacher: Student, students: list[Student], *, seconds: str = "15 dtk") -> SentMessage:
    """The teacher opens a lobby for 3 questions of 15 s, the class joins within two seconds."""
    [lobby] = await teacher.says("/kuis")
    [lobby] = await teacher.taps(lobby, "3 soal")
    [lobby] = await teacher.taps(lobby, seconds)
    await asyncio.gather(*(s.taps_for_a_note(lobby, "🙋 Ikut") for s in students))
    everyone = len(students) + 1
    await until(lambda: f"Peserta ({everyone})" in api.messages(GROUP)[-1].text, within=2 * SLOT + 5)
    return api.messages(GROUP)[-1]


async def start(api, teacher: Student, lobby: SentMessage) -> tuple[SentMessage, float]:
    """The teacher taps Mulai: the first question and the seconds it took to appear."""
    tapped = time.monotonic()
    await teacher.taps_for_a_note(lobby, "▶️ Mulai")
    poll = await api.wait_for_call("sendPoll", timeout=30, predicate=lambda c: c.status == 200)
    [sent] = [m for m in api.sent if m.method == "sendPoll" and m.poll["question"] == poll.params["question"]]
    return sent, sent.received_at - tapped


def answer(api, poll: SentMessage, student: Student, right: bool) -> None:
    correct = poll.poll["correct_option_ids"][0]
    option = correct if right else (correct + 1) % len(poll.poll["options"])
    api.poll_answer(poll.poll["id"], student.user_id, [option], first_name=student.name)


async def standings_after(api, number: int) -> SentMessage:
    prefix = f"Setelah soal {number}:"
    await until(lambda: any(m.text and m.text.startswith(prefix) for m in api.sent), within=40)
    return next(m for m in api.sent if m.text and m.text.startswith(prefix))


async def next_poll(api) -> SentMessage:
    call = await api.wait_for_call("sendPoll", timeout=40, predicate=lambda c: c.status == 200)
    return next(m for m in reversed(api.sent) if m.method == "sendPoll" and m.text == call.params["question"])


async def test_a_class_of_40_joins_starts_within_5_s_and_every_answer_scores(api, running, db):
    teacher, students = the_class(api, 40)
    [lobby] = await teacher.says("/kuis")
    [lobby] = await teacher.taps(lobby, "3 soal")
    [lobby] = await teacher.taps(lobby, "15 dtk")
    edits_before, joining = len(api.sent), time.monotonic()
    notes = await asyncio.gather(*(s.taps_for_a_note(lobby, "🙋 Ikut") for s in students))
    assert all(re.fullmatch(r"Kamu ikut ✅ \(\d+ pemain\)", note) for note in notes)
    assert "Kamu ikut ✅ (41 pemain)" in notes
    assert time.monotonic() - joining < 5  # every tap answered at once, not after the lobby edits
    await until(lambda: "Peserta (41)" in api.messages(GROUP)[-1].text, within=2 * SLOT + 5)
    lobby = api.messages(GROUP)[-1]
    assert "dan 26 lainnya" in lobby.text
    assert len(lobby.plain_text) < 1000
    lobby_edits = len(api.sent) - edits_before
    assert lobby_edits <= (time.monotonic() - joining) / SLOT + 1  # coalesced: one per slot at most

    again = await students[0].taps_for_a_note(lobby, "🙋 Ikut")
    assert again == "Kamu sudah ikut ✅ (41 pemain)"
    poll, waited = await start(api, teacher, lobby)
    assert waited <= 5.0
    tid = lobby_id(lobby)
    lines = []
    for number in (1, 2, 3):
        if number > 1:
            poll = await next_poll(api)
        assert poll.poll["open_period"] == 15
        for n, student in enumerate([teacher, *students]):
            answer(api, poll, student, right=n % 2 == 0)
        lines.append(await standings_after(api, number))
    polls = [m for m in api.sent if m.method == "sendPoll"]
    gaps = [p.received_at - line.received_at for line, p in zip(lines, polls[1:], strict=False)]
    assert max(gaps) <= SLOT + 1  # the standings hold the next question back one slot at most
    await until(lambda: (api.sent[-1].text or "").startswith("🏆"), within=30)
    result = api.sent[-1]
    assert "(3 benar)" in result.text
    assert len(result.text) < 4096
    standings = await Stores.on(db).tournaments.standings(tid)
    assert sum(s.correct for s in standings) == 21 * 3  # every right answer of 41 players, once
    assert api.too_many_requests == 0


async def test_an_answer_in_the_polls_last_second_scores(api, running, db):
    teacher, students = the_class(api, 30)
    lobby = await lobby_of(api, teacher, students)
    poll, _ = await start(api, teacher, lobby)
    for student in students[1:]:
        answer(api, poll, student, right=False)
    answer(api, poll, teacher, right=False)
    last_second = poll.received_at + 15 - 0.7
    await asyncio.sleep(last_second - time.monotonic())
    assert api.poll_is_open(poll.poll["id"])
    answer(api, poll, students[0], right=True)
    standing = await standings_after(api, 1)
    assert f"{NAMES[0]} 1 {BASE_POINTS}" in standing.text
    standings = await Stores.on(db).tournaments.standings(lobby_id(lobby))
    assert standings[0].user_id == students[0].user_id
    assert standings[0].points == BASE_POINTS


async def test_a_poll_that_timed_out_after_telegram_accepted_it_is_not_sent_again(api, running, db):
    teacher, students = the_class(api, 30)
    lobby = await lobby_of(api, teacher, students)
    api.hold_response_next("sendPoll", 8.0)  # longer than the client's read timeout
    await teacher.taps_for_a_note(lobby, "▶️ Mulai")
    await until(lambda: any(m.method == "sendPoll" for m in api.sent), within=10)
    [poll] = [m for m in api.sent if m.method == "sendPoll"]
    for student in [teacher, *students]:
        answer(api, poll, student, right=True)
    await standings_after(api, 1)
    assert [m.text for m in api.sent if m.method == "sendPoll"] == [poll.text]  # one poll, not two
    standings = await Stores.on(db).tournaments.standings(lobby_id(lobby))
    assert [s.correct for s in standings] == [1] * 31  # answers to the only copy all count


async def test_the_bot_removed_mid_tournament_closes_it_with_its_points(api, running, db):
    teacher, students = the_class(api, 30)
    lobby = await lobby_of(api, teacher, students)
    poll, _ = await start(api, teacher, lobby)
    for student in students[:10]:
        answer(api, poll, student, right=True)
    api.remove_bot_from_group(GROUP)
    store = Stores.on(db).tournaments
    await until(lambda: not api.pending_update_count, within=10)
    await until_closed(store, lobby_id(lobby))
    for _ in range(100):  # answers delivered before the removal may still be on their way
        if sum(s.correct for s in await store.standings(lobby_id(lobby))) == 10:
            break
        await asyncio.sleep(0.1)
    assert sum(s.correct for s in await store.standings(lobby_id(lobby))) == 10  # points kept
    calls = len(api.calls)
    await running.restart()
    await asyncio.sleep(SLOT + 1)
    assert not [c for c in api.calls[calls:] if c.params.get("chat_id") == GROUP]  # not resumed


async def test_a_group_that_refuses_the_bot_ends_the_tournament_without_a_removal_update(api, running, db):
    teacher, students = the_class(api, 30)
    lobby = await lobby_of(api, teacher, students)
    poll, _ = await start(api, teacher, lobby)
    api.set_member_status(GROUP, api.bot_id, "kicked")  # the my_chat_member update was lost
    for student in [teacher, *students]:
        answer(api, poll, student, right=True)
    store = Stores.on(db).tournaments
    await until_closed(store, lobby_id(lobby))
    assert await store.active(GROUP) is None  # the group is free for the next tournament
    assert sum(s.correct for s in await store.standings(lobby_id(lobby))) == 31


async def until_closed(store, tournament_id: int) -> None:
    for _ in range(300):
        current = await store.get(tournament_id)
        if current.status == FINISHED:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"tournament {tournament_id} still {current.status}")


async def test_network_faults_are_ridden_out_and_the_tournament_keeps_its_place(api, running, db):
    teacher, students = the_class(api, 30)
    lobby = await lobby_of(api, teacher, students)
    poll, _ = await start(api, teacher, lobby)
    api.fail_next("sendMessage", status=502, count=6)  # the standings fail for half a minute
    for student in [teacher, *students]:
        answer(api, poll, student, right=True)
    second = await next_poll(api)
    assert second.text.startswith("2. ")
    standings = [m.text for m in api.sent if m.text and m.text.startswith("Setelah soal")]
    assert standings == [standings[0]]
    assert standings[0].startswith("Setelah soal 1:")


async def test_results_that_could_not_be_announced_are_announced_at_the_next_start(api, running, db):
    teacher, students = the_class(api, 30)
    lobby = await lobby_of(api, teacher, students)
    poll, _ = await start(api, teacher, lobby)
    for number in (1, 2, 3):
        if number == 3:
            api.fail_next("sendPhoto", status=502, count=1000)  # the network goes at the end
        for student in [teacher, *students]:
            answer(api, poll, student, right=True)
        if number < 3:
            poll = await next_poll(api)
    store = Stores.on(db).tournaments
    await until(lambda: any(c.method == "sendPhoto" for c in api.calls), within=30)
    await running.stop()
    assert (await store.get(lobby_id(lobby))).status == "closed"
    api.heal()
    await running.start()
    await until(lambda: (api.sent[-1].text or "").startswith("🏆"), within=30)
    photo, result = api.sent[-2:]
    assert photo.method == "sendPhoto"
    assert "(3 benar)" in result.text
    await until_closed(store, lobby_id(lobby))  # announced: not again at the start after this one


async def test_a_lobby_nobody_starts_closes_by_itself_and_says_so(api, running, content):
    for tutor in running.tutors:
        tutor.tournament.lobby.lifetime = timedelta(seconds=3)
    teacher, students = the_class(api, 2)
    [lobby] = await teacher.says("/kuis")
    [closed] = await api.wait_for_messages(GROUP, 1, timeout=10)
    assert closed.text.startswith("⌛")
    assert await students[0].taps_for_a_note(lobby, "🙋 Ikut") == content.messages.lobby_closed
    await students[0].hears_nothing()
    [fresh] = await teacher.says("/kuis")
    assert "Peserta (1)" in fresh.text
