"""Scheduled tournaments: `/jadwal` plans one (daily, on weekdays, or once, at a time in WIB),
lists and cancels them; at the time the lobby opens with a reminder and, after a short joining
window, the tournament starts by itself. The transport owns the timer (`on_planned`,
`on_cancelled`); every plan lives in the store, so each start puts the timers back.

    /jadwal                                  the group's schedules, a cancel button each
    /jadwal harian 19:00 [soal] [detik] [bab]
    /jadwal kerja 07:00 ...                  Monday to Friday
    /jadwal sekali 2026-12-01 19:00 ...      once (also 01-12-2026, "hariini", "besok")
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from bot.content import Content
from bot.content.models import fill
from bot.store import ScheduleRecord, Schedules
from bot.store.schedules import DAILY, ONCE, WEEKDAYS
from bot.tutor import actions as act
from bot.tutor.quiz import WIB, Clock
from bot.tutor.replies import Button, Reply, Who, rows
from bot.tutor.tournament import GroupQuiz

DEFAULT_QUESTIONS, DEFAULT_SECONDS = 5, 30
QUESTIONS = range(1, 21)
SECONDS = range(10, 301)  # Telegram's quiz polls allow 5 to 600
REPEATS = {
    "harian": DAILY, "setiaphari": DAILY, "daily": DAILY,
    "kerja": WEEKDAYS, "harikerja": WEEKDAYS, "weekdays": WEEKDAYS, "senin-jumat": WEEKDAYS,
    "sekali": ONCE, "once": ONCE,
}  # fmt: skip
REPEAT_NAMES = {DAILY: "setiap hari", WEEKDAYS: "Senin–Jumat", ONCE: "sekali"}
WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_LOCAL_DATE = re.compile(r"^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$")


class PlanError(ValueError):
    """A /jadwal the bot cannot plan; the message says why, in the students' language."""


@dataclass(frozen=True)
class Plan:
    repeat: str
    day: date | None
    at: time  # WIB
    questions: int
    seconds: int
    topic: str | None


@dataclass(frozen=True)
class Opened:
    """What happened when a schedule's time came: the group's messages, and the lobby if one opened."""

    chat_id: int
    tournament_id: int | None
    replies: list[Reply]


def parse_plan(words: list[str], now: datetime, topics: dict[str, str]) -> Plan:
    """`harian 19:00 5 30 bilateral` and friends; `topics` maps chapter ids to their titles."""
    words = [w.strip().lower() for w in words if w.strip()]
    if not words or words[0] not in REPEATS:
        raise PlanError("Awali dengan <b>harian</b>, <b>kerja</b> (Senin–Jumat) atau <b>sekali</b>.")
    repeat, rest = REPEATS[words[0]], words[1:]
    today = now.astimezone(WIB).date()
    day = None
    if repeat == ONCE:
        if not rest:
            raise PlanError("Untuk <b>sekali</b>, tulis tanggalnya, mis. <code>2026-12-01</code> atau besok.")
        day, rest = _day(rest[0], today), rest[1:]
    if not rest or not (found := _TIME.match(rest[0])):
        raise PlanError("Tulis jamnya dalam WIB, mis. <code>19:00</code>.")
    at, rest = time(int(found[1]), int(found[2])), rest[1:]
    numbers = []
    while rest and rest[0].isdigit() and len(numbers) < 2:
        numbers.append(int(rest.pop(0)))
    questions = numbers[0] if numbers else DEFAULT_QUESTIONS
    seconds = numbers[1] if len(numbers) > 1 else DEFAULT_SECONDS
    if questions not in QUESTIONS:
        raise PlanError(f"Jumlah soal {QUESTIONS.start}–{QUESTIONS.stop - 1}.")
    if seconds not in SECONDS:
        raise PlanError(f"Waktu per soal {SECONDS.start}–{SECONDS.stop - 1} detik.")
    topic = _topic(" ".join(rest), topics) if rest else None
    if day is not None and datetime.combine(day, at, WIB) <= now:
        raise PlanError("Waktu itu sudah lewat.")
    return Plan(repeat, day, at, questions, seconds, topic)


def _day(word: str, today: date) -> date:
    if word in ("hariini", "today"):
        return today
    if word in ("besok", "tomorrow"):
        return today + timedelta(days=1)
    try:
        if found := _ISO_DATE.match(word):
            return date(int(found[1]), int(found[2]), int(found[3]))
        if found := _LOCAL_DATE.match(word):
            return date(int(found[3]), int(found[2]), int(found[1]))
    except ValueError:
        pass
    raise PlanError(f"Tanggal <code>{html.escape(word[:20])}</code> tidak kukenali; tulis mis. 2026-12-01.")


def _topic(text: str, topics: dict[str, str]) -> str:
    wanted = text.replace(" ", "_")
    for topic_id, title in topics.items():
        if wanted in (topic_id, title.lower().replace(" ", "_")):
            return topic_id
    choices = ", ".join(f"<code>{t}</code>" for t in topics)
    raise PlanError(f"Bab <code>{html.escape(text[:40])}</code> tidak ada. Pilih: {choices}.")


def next_time(record: ScheduleRecord, now: datetime) -> datetime | None:
    """When a schedule opens its lobby next, or None when a one-off has passed."""
    if record.repeat == ONCE:
        assert record.day is not None
        when = datetime.combine(record.day, record.at, WIB)
        return when if when > now else None
    day = now.astimezone(WIB).date()
    for offset in range(8):
        when = datetime.combine(day + timedelta(days=offset), record.at, WIB)
        if when > now and (record.repeat == DAILY or when.weekday() < 5):
            return when
    return None


class Planner:
    def __init__(self, content: Content, schedules: Schedules, quiz: GroupQuiz, clock: Clock) -> None:
        self._messages = content.messages
        self._topics = {g.id: g.title for g in content.groups if g.quiz}
        self._schedules = schedules
        self._quiz = quiz
        self._clock = clock
        self.on_planned: Callable[[ScheduleRecord], None] = lambda record: None
        self.on_cancelled: Callable[[int], None] = lambda schedule_id: None

    # For the class view and the command alike.

    async def active(self, chat_id: int | None = None) -> list[ScheduleRecord]:
        return await self._schedules.active(chat_id)

    async def plan(self, chat_id: int, by: int, plan: Plan) -> ScheduleRecord:
        record = await self._schedules.add(
            chat_id,
            plan.repeat,
            plan.day,
            plan.at,
            plan.questions,
            plan.seconds,
            plan.topic,
            by,
            self._clock(),
        )
        self.on_planned(record)
        return record

    async def cancel(self, chat_id: int, schedule_id: int) -> bool:
        """False when it is not this group's, or was cancelled already."""
        if not await self._schedules.cancel(schedule_id, chat_id, self._clock()):
            return False
        self.on_cancelled(schedule_id)
        return True

    def describe(self, record: ScheduleRecord) -> str:
        """`Senin–Jumat 07:00 WIB · 5 soal × 30 detik · Bilateral`, and when it opens next."""
        when = record.day.strftime("%d-%m-%Y ") if record.day else ""
        parts = [f"{REPEAT_NAMES[record.repeat]} {when}{record.at.strftime('%H:%M')} WIB"]
        parts.append(f"{record.questions} soal × {record.seconds} detik")
        parts.append(self._topics.get(record.topic or "", "semua bab"))
        text = " · ".join(parts)
        upcoming = next_time(record, self._clock())
        if upcoming is not None:
            text += f" (berikutnya {WEEKDAY_NAMES[upcoming.weekday()]} {upcoming.strftime('%d-%m %H:%M')})"
        return text

    # The command in a group (its administrators only: the adapter checks).

    async def command(self, who: Who, words: list[str]) -> list[Reply]:
        if not words:
            return await self.listing(who.chat_id)
        try:
            plan = parse_plan(words, self._clock(), self._topics)
        except PlanError as exc:
            return [Reply(fill(self._messages.schedule_usage, problem=str(exc)))]
        record = await self.plan(who.chat_id, who.user_id, plan)
        return [Reply(fill(self._messages.schedule_planned, plan=html.escape(self.describe(record))))]

    async def listing(self, chat_id: int, *, edit: bool = False) -> list[Reply]:
        found = await self.active(chat_id)
        if not found:
            return [Reply(fill(self._messages.schedule_none, problem=""), edit=edit)]
        lines = [self._messages.schedule_title]
        lines += [f"{n}. {html.escape(self.describe(s))}" for n, s in enumerate(found, 1)]
        buttons = [
            Button(f"❌ Batalkan {n}", act.encode(act.SCHEDULE_CANCEL, s.id)) for n, s in enumerate(found, 1)
        ]
        return [Reply("\n".join(lines), rows(buttons, per_row=2), edit=edit)]

    async def press_cancel(self, who: Who, schedule_id: int) -> list[Reply]:
        if not await self._quiz.lobby.is_admin(who.chat_id, who.user_id):
            return [Reply("", toast=self._messages.group_admins_only)]
        if not await self.cancel(who.chat_id, schedule_id):
            return [Reply("", toast=self._messages.schedule_gone)]
        listing = await self.listing(who.chat_id, edit=True)
        return [replace(r, toast=self._messages.schedule_cancelled) for r in listing]

    # At the time.

    async def fire(self, schedule_id: int) -> Opened | None:
        """Open the lobby of a schedule whose time has come; None when it was cancelled meanwhile."""
        record = await self._schedules.get(schedule_id)
        if record is None:
            return None
        if record.repeat == ONCE:
            await self._schedules.cancel(schedule_id, record.chat_id, self._clock())  # done: off the list
        lobby = await self._quiz.lobby.open_planned(
            record.chat_id, record.created_by, record.questions, record.seconds, record.topic
        )
        if lobby is None:  # the group is playing already, or another instance opened it
            return Opened(record.chat_id, None, [])
        reminder = fill(self._messages.schedule_reminder, plan=html.escape(self.describe(record)))
        return Opened(record.chat_id, lobby.id, [Reply(reminder), *await self._quiz.lobby.show(lobby.id)])

    async def begin(self, tournament_id: int) -> list[Reply]:
        """The joining window is over: start (the play loop runs through `lobby.on_started`)."""
        return await self._quiz.lobby.begin_planned(tournament_id, self._messages.schedule_nobody)
