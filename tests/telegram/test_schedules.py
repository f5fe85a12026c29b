"""Scheduled tournaments end to end: an admin plans one with /jadwal, the bot restarts, and at the
time the lobby opens with a reminder, the class joins and the tournament starts by itself."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from datetime import datetime, timedelta

import pytest

from bot.store import Stores
from bot.tutor import Tutor
from bot.tutor.quiz import WIB
from tests.support.botapi import DEFAULT_GROUP_CHAT_ID, BotAPIEmulator, SentMessage
from tests.telegram.conftest import RunningBot, Student

GROUP = DEFAULT_GROUP_CHAT_ID
JOIN_SECONDS = 3
CLASS_SIZE = 30


@pytest.fixture
async def scheduling(api: BotAPIEmulator, content, matcher, db) -> AsyncIterator[RunningBot]:
    def make_tutor() -> Tutor:
        return Tutor(content, matcher, Stores.on(db), rng=random.Random(5))

    bot = RunningBot(api, make_tutor, settings={"schedule_join_seconds": JOIN_SECONDS})
    await bot.start()
    yield bot
    await bot.stop()


def next_minute_with_room(now: datetime, room: float = 25.0) -> datetime:
    """The first whole minute at least `room` seconds away: time to plan and restart first."""
    return (now + timedelta(seconds=room + 60)).replace(second=0, microsecond=0)


async def until_message(api: BotAPIEmulator, found, within: float) -> SentMessage:
    deadline = datetime.now() + timedelta(seconds=within)
    while datetime.now() < deadline:
        for message in await api.wait_for_messages(GROUP, 1, timeout=within):
            if found(message):
                return message
    raise AssertionError("no such message")


async def test_a_planned_tournament_survives_a_restart_opens_and_starts_by_itself(api, scheduling, content):
    teacher = Student(api, 4100, GROUP, "group", patience=20, name="Pak Guru")
    api.set_member_status(GROUP, teacher.user_id, "administrator")
    pupil = Student(api, 4200, GROUP, "group", patience=20, name="Ani")

    [none] = await teacher.says("/jadwal")
    assert none.text == content.messages.schedule_none
    [refused] = await pupil.says("/jadwal harian 19:00")
    assert refused.text == content.messages.group_admins_only
    [help_text] = await teacher.says("/jadwal mingguan 19:00")
    assert "<b>harian</b>" in help_text.text

    at = next_minute_with_room(datetime.now(WIB))
    [planned] = await teacher.says(f"/jadwal sekali {at:%Y-%m-%d} {at:%H:%M} 3 15 bilateral")
    assert planned.text.startswith("🗓 Terjadwal: sekali")
    [daily] = await teacher.says("/jadwal kerja 06:00")
    assert "Senin–Jumat 06:00 WIB · 5 soal × 30 detik · semua bab" in daily.text
    [listing] = await teacher.says("/jadwal")
    assert listing.button_texts == ["❌ Batalkan 1", "❌ Batalkan 2"]
    api.press_button(listing, listing.callback_data("❌ Batalkan 2"), user_id=pupil.user_id)
    await pupil.hears_nothing()  # a pupil's tap cancels nothing
    [shorter] = await teacher.taps(listing, "❌ Batalkan 2")
    assert shorter.is_edit
    assert shorter.button_texts == ["❌ Batalkan 1"]

    await scheduling.restart()  # the plan lives in the database, not in the process

    reminder = await until_message(api, lambda m: "⏰" in (m.text or ""), within=120)
    assert "3 soal × 15 detik" in reminder.text
    [lobby] = await api.wait_for_messages(GROUP, 1, timeout=20)
    assert "🙋 Ikut" in lobby.button_texts
    for n in range(CLASS_SIZE):
        api.press_button(lobby, lobby.callback_data("🙋 Ikut"), user_id=5000 + n, first_name=f"Siswa {n}")
    poll = await until_message(api, lambda m: m.method == "sendPoll", within=JOIN_SECONDS + 30)
    assert poll.poll["open_period"] == 15
    questions = {q.question for q in content.quiz if content.intents[q.intent].group == "bilateral"}
    assert poll.text.split(". ", 1)[1] in questions
    [once] = await teacher.says("/jadwal")
    assert once.text == content.messages.schedule_none  # a one-off leaves the list once it ran
