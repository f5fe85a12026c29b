"""Scheduled tournaments in the tutor: the /jadwal syntax, when a plan opens next, and a lobby
that opens at the time and starts by itself."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from bot.store import ScheduleRecord
from bot.store.schedules import DAILY, ONCE, WEEKDAYS
from bot.tutor import Tutor, Who
from bot.tutor.schedule import Plan, PlanError, next_time, parse_plan

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)  # Friday 10:00 WIB
TOPICS = {"bilateral": "Kerja sama bilateral", "konvensi_wina": "Konvensi Wina 1961"}
GROUP = -100500
TEACHER = Who(GROUP, 77, "Bu Guru", in_group=True)


@pytest.mark.parametrize(
    ("words", "plan"),
    [
        ("harian 19:00", Plan(DAILY, None, time(19, 0), 5, 30, None)),
        ("Kerja 7.30 10 60", Plan(WEEKDAYS, None, time(7, 30), 10, 60, None)),
        (
            "sekali 2026-12-01 19:00 5 30 bilateral",
            Plan(ONCE, date(2026, 12, 1), time(19), 5, 30, "bilateral"),
        ),
        ("sekali 01-12-2026 08:05 3", Plan(ONCE, date(2026, 12, 1), time(8, 5), 3, 30, None)),
        (
            "sekali besok 06:00 konvensi wina 1961",
            Plan(ONCE, date(2026, 11, 21), time(6), 5, 30, "konvensi_wina"),
        ),
        ("harian 19:00 konvensi_wina", Plan(DAILY, None, time(19), 5, 30, "konvensi_wina")),
    ],
)
def test_the_friendly_syntax(words: str, plan: Plan):
    assert parse_plan(words.split(), NOW, TOPICS) == plan


@pytest.mark.parametrize(
    ("words", "problem"),
    [
        ("", "harian"),
        ("mingguan 19:00", "harian"),
        ("harian 25:00", "jam"),
        ("harian jam7", "jam"),
        ("harian 19:00 0", "soal"),
        ("harian 19:00 5 3", "detik"),
        ("harian 19:00 5 30 astronomi", "astronomi"),
        ("sekali 2026-02-30 19:00", "Tanggal"),
        ("sekali hariini 09:00", "lewat"),  # 09:00 WIB has passed at 10:00 WIB
        ("sekali", "tanggal"),
        ("harian 19:00 <script>", "&lt;script&gt;"),
        ("harian 19:00 😀" + "x" * 4000, "Bab"),
    ],
)
def test_what_cannot_be_planned_is_explained(words: str, problem: str):
    with pytest.raises(PlanError, match=problem):
        parse_plan(words.split(), NOW, TOPICS)


def test_when_a_plan_opens_next():
    daily = ScheduleRecord(1, GROUP, DAILY, None, time(9, 0), 5, 30, None, 7)
    weekdays = ScheduleRecord(2, GROUP, WEEKDAYS, None, time(9, 0), 5, 30, None, 7)
    gone = ScheduleRecord(3, GROUP, ONCE, date(2026, 11, 19), time(9, 0), 5, 30, None, 7)
    assert next_time(daily, NOW).isoformat() == "2026-11-21T09:00:00+07:00"  # Saturday
    assert next_time(weekdays, NOW).isoformat() == "2026-11-23T09:00:00+07:00"  # Monday
    assert next_time(gone, NOW) is None


async def test_a_schedule_opens_a_lobby_that_starts_by_itself(tutor: Tutor, clock, content):
    [planned] = await tutor.schedules.command(TEACHER, ["harian", "19:00", "3", "15", "bilateral"])
    assert "🗓" in planned.text
    [record] = await tutor.schedules.active(GROUP)
    [listing] = await tutor.schedules.listing(GROUP)
    assert "setiap hari 19:00 WIB · 3 soal × 15 detik · " in listing.text
    opened = await tutor.schedules.fire(record.id)
    assert opened is not None
    reminder, lobby = opened.replies
    assert "⏰" in reminder.text
    assert "🙋 Ikut" in [b.label for b in lobby.button_list]
    student = Who(GROUP, 501, "Ani", in_group=True)
    await tutor.press(student, f"tj:{opened.tournament_id}")
    [started] = await tutor.schedules.begin(opened.tournament_id)
    assert "🚦" in started.text
    current = await tutor.tournament.get(opened.tournament_id)
    assert len(current.question_ids) == 3
    chapters = {content.intents[q.intent].group for q in content.quiz if q.id in current.question_ids}
    assert chapters == {"bilateral"}
    assert await tutor.schedules.begin(opened.tournament_id) == []  # started already


async def test_a_scheduled_lobby_nobody_joins_is_called_off(tutor: Tutor, content):
    [record] = [await tutor.schedules.plan(GROUP, 77, Plan(DAILY, None, time(19), 5, 30, None))]
    opened = await tutor.schedules.fire(record.id)
    [off] = await tutor.schedules.begin(opened.tournament_id)
    assert off.text == content.messages.schedule_nobody
    assert (await tutor.schedules.fire(record.id)).tournament_id is not None  # the group is free again


async def test_a_cancelled_schedule_does_not_fire_and_others_cannot_cancel(tutor: Tutor, content):
    record = await tutor.schedules.plan(GROUP, 77, Plan(ONCE, date(2026, 12, 1), time(19), 5, 30, None))
    assert not await tutor.schedules.cancel(-999, record.id)  # another group
    [refused] = await tutor.press(Who(GROUP, 501, "Ani", in_group=True), f"jx:{record.id}")
    assert refused.toast == content.messages.group_admins_only
    assert await tutor.schedules.cancel(GROUP, record.id)
    assert await tutor.schedules.fire(record.id) is None
    [none] = await tutor.schedules.listing(GROUP)
    assert "Belum ada" in none.text
