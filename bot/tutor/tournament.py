"""Group tournaments: a lobby, native quiz polls with a timer, points with a speed bonus, results.

The tutor decides what happens; a `Channel` (the Telegram adapter, or a test) sends and waits.
Everything a restart needs is in the store, so `resume` carries on where a crash stopped.
"""

from __future__ import annotations

import asyncio
import html
import random
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Protocol

from bot.content import Content
from bot.content.models import fill
from bot.store import PollRecord, Progress, Standing, Tournaments
from bot.store.tournaments import RUNNING
from bot.tutor import actions as act
from bot.tutor.pictures import bar_chart_png
from bot.tutor.quiz import leitner_move, shuffled_options
from bot.tutor.replies import Button, Picture, Poll, Reply, Who

QUESTION_CHOICES = (3, 5, 10, 15)
SECONDS_CHOICES = (15, 30, 60)
DEFAULT_QUESTIONS, DEFAULT_SECONDS = 5, 30
BASE_POINTS = 10
SPEED_BONUS = 5  # for an answer at once, falling to 0 at the end of the timer
GRACE_SECONDS = 2.0  # late answers still in flight when the poll closes
MEDALS = ("🥇", "🥈", "🥉")
UNKNOWN_POLL_RETRIES = 3  # an answer can overtake the bookkeeping of the poll it answers
KEPT_POLLS = 10_000


class Channel(Protocol):
    async def send(self, chat_id: int, reply: Reply) -> str | None:
        """Send one reply; for a poll, return its poll id."""

    async def wait(self, done: asyncio.Event, seconds: float) -> None:
        """Return when `done` is set or after `seconds`, whichever comes first."""


IsAdmin = Callable[[int, int], Awaitable[bool]]


async def nobody_is_admin(chat_id: int, user_id: int) -> bool:
    return False


def points_for(correct: bool, answered_at: datetime, poll: PollRecord) -> int:
    if not correct:
        return 0
    total = (poll.closes_at - poll.sent_at).total_seconds()
    left = (poll.closes_at - answered_at).total_seconds()
    return BASE_POINTS + round(SPEED_BONUS * max(0.0, min(1.0, left / total)))


def standings_line(standings: list[Standing], limit: int = 5) -> str:
    parts = []
    for rank, s in enumerate(standings[:limit]):
        medal = MEDALS[rank] + " " if rank < len(MEDALS) and s.points else ""
        parts.append(f"{medal}{html.escape(s.name)} {s.points}")
    return " · ".join(parts) or "-"


class GroupQuiz:
    def __init__(
        self,
        content: Content,
        tournaments: Tournaments,
        progress: Progress,
        clock: Callable[[], datetime],
        rng: random.Random,
    ) -> None:
        self._content = content
        self._messages = content.messages
        self._store = tournaments
        self._progress = progress
        self._clock = clock
        self._rng = rng
        self._items = {q.id: q for q in content.quiz}
        self.is_admin: IsAdmin = nobody_is_admin
        self._polls: dict[str, PollRecord] = {}
        self._answered: dict[str, asyncio.Event] = {}  # poll id -> every player has answered
        self.on_started: Callable[[int], None] = lambda tournament_id: None

    # Lobby.

    async def open(self, who: Who) -> list[Reply]:
        await self._progress.remember_name(who.user_id, who.name or "?")
        created = await self._store.open_lobby(
            who.chat_id, who.user_id, DEFAULT_QUESTIONS, DEFAULT_SECONDS, self._clock()
        )
        if created is None:
            active = await self._store.active(who.chat_id)
            starter = await self._name(active.starter_id) if active else "?"
            return [Reply(fill(self._messages.lobby_busy, starter=html.escape(starter)))]
        await self._store.join(created.id, who.user_id)
        return [await self._lobby(created.id)]

    async def change(
        self, who: Who, tournament_id: int, *, questions: int | None = None, seconds: int | None = None
    ) -> list[Reply]:
        current = await self._store.get(tournament_id)
        if current is None or current.chat_id != who.chat_id:
            raise ValueError("no such lobby")
        if not await self._may_run(who, current.starter_id):
            return [Reply(self._messages.lobby_not_yours)]
        questions = questions or current.questions
        seconds = seconds or current.seconds
        if questions not in QUESTION_CHOICES or seconds not in SECONDS_CHOICES:
            raise ValueError("not a setting")
        if not await self._store.change_settings(tournament_id, questions=questions, seconds=seconds):
            return []
        return [await self._lobby(tournament_id, edit=True)]

    async def join(self, who: Who, tournament_id: int) -> list[Reply]:
        current = await self._store.get(tournament_id)
        if current is None or current.chat_id != who.chat_id or current.status != "lobby":
            raise ValueError("no such lobby")
        await self._progress.remember_name(who.user_id, who.name or "?")
        if not await self._store.join(tournament_id, who.user_id):
            return []  # a second tap on "Ikut"
        return [await self._lobby(tournament_id, edit=True)]

    async def begin(self, who: Who, tournament_id: int) -> list[Reply]:
        current = await self._store.get(tournament_id)
        if current is None or current.chat_id != who.chat_id:
            raise ValueError("no such lobby")
        if not await self._may_run(who, current.starter_id):
            return [Reply(self._messages.lobby_not_yours)]
        if not await self._store.players(tournament_id):
            return [Reply(self._messages.tournament_no_players)]
        pool = list(self._items)
        picked = self._rng.sample(pool, min(current.questions, len(pool)))
        if not await self._store.begin(tournament_id, picked):
            return []  # already started: a second tap on "Mulai"
        self.on_started(tournament_id)
        text = fill(self._messages.tournament_start, questions=len(picked), seconds=current.seconds)
        return [Reply(text, edit=True)]

    async def stop(self, who: Who) -> list[Reply]:
        current = await self._store.active(who.chat_id)
        if current is None:
            return [Reply(self._messages.tournament_none)]
        if not await self._may_run(who, current.starter_id):
            return [Reply(self._messages.lobby_not_yours)]
        return await self._results(current.id)

    async def _lobby(self, tournament_id: int, *, edit: bool = False) -> Reply:
        current = await self._store.get(tournament_id)
        assert current is not None
        players = await self._store.players(tournament_id)
        text = fill(
            self._messages.lobby,
            starter=html.escape(await self._name(current.starter_id)),
            questions=current.questions,
            seconds=current.seconds,
            count=len(players),
            players=", ".join(html.escape(name) for _, name in players) or "-",
        )
        tid = current.id
        mark = "✅ "
        counts = tuple(
            Button(
                f"{mark if n == current.questions else ''}{n} soal", act.encode(act.LOBBY_QUESTIONS, tid, n)
            )
            for n in QUESTION_CHOICES
        )
        timers = tuple(
            Button(f"{mark if s == current.seconds else ''}{s} dtk", act.encode(act.LOBBY_SECONDS, tid, s))
            for s in SECONDS_CHOICES
        )
        actions = (
            Button("🙋 Ikut", act.encode(act.LOBBY_JOIN, tid)),
            Button("▶️ Mulai", act.encode(act.LOBBY_BEGIN, tid)),
        )
        return Reply(text, (counts, timers, actions), edit=edit)

    # Playing.

    async def play(self, tournament_id: int, channel: Channel) -> None:
        """Run (or resume) a tournament to its end: poll, wait, standings, again, then results."""
        current = await self._store.get(tournament_id)
        if current is None or current.status != RUNNING:
            return
        first = 0
        last = await self._store.last_poll(tournament_id)
        if last is not None:
            left = max(0.0, (last.closes_at - self._clock()).total_seconds())
            await channel.wait(self._everyone_answered(last.poll_id), left + GRACE_SECONDS)
            await self._standings(current.id, current.chat_id, last.position, channel)
            first = last.position + 1
        for position in range(first, len(current.question_ids)):
            if not await self._still_running(tournament_id):
                return
            poll = await self._ask(
                current.id,
                current.chat_id,
                current.seconds,
                position,
                current.question_ids[position],
                channel,
            )
            await channel.wait(self._everyone_answered(poll.poll_id), current.seconds + GRACE_SECONDS)
            self._answered.pop(poll.poll_id, None)
            await self._standings(current.id, current.chat_id, poll.position, channel)
        for reply in await self._results(tournament_id):
            await channel.send(current.chat_id, reply)

    async def running(self) -> list[int]:
        """Tournaments to carry on with after a restart (`play` resumes each where it stopped)."""
        return [t.id for t in await self._store.running()]

    async def _ask(
        self,
        tournament_id: int,
        chat_id: int,
        seconds: int,
        position: int,
        question_id: str,
        channel: Channel,
    ) -> PollRecord:
        item = self._items[question_id]
        order = shuffled_options(item, tournament_id, position)
        poll = Poll(
            question=f"{position + 1}. {item.question}",
            options=tuple(item.options[i] for i in order),
            correct_option=order.index(item.correct_index),
            explanation=item.explanation,
            open_period=seconds,
        )
        sent_at = self._clock()
        poll_id = await channel.send(chat_id, Reply("", poll=poll))
        if poll_id is None:
            raise RuntimeError("the channel did not return a poll id")
        record = PollRecord(
            poll_id,
            tournament_id,
            position,
            question_id,
            poll.correct_option,
            sent_at,
            sent_at + timedelta(seconds=seconds),
        )
        await self._store.record_poll(record)
        self._polls[poll_id] = record
        return record

    async def answer(self, poll_id: str, who: Who, option_ids: tuple[int, ...]) -> None:
        """A poll answer (no chat id comes with it): scored once, however often it is delivered."""
        now = self._clock()
        poll = await self._poll(poll_id)
        if poll is None or not option_ids or now > poll.closes_at + timedelta(seconds=GRACE_SECONDS):
            return
        correct = option_ids[0] == poll.correct_option
        await self._progress.answer_poll(
            poll_id, poll.tournament_id, who.user_id, poll.question_id, correct,
            points_for(correct, now, poll), now, lambda box, right: leitner_move(box, right, now),
            who.name or "?",
        )  # fmt: skip
        waiting = self._answered.get(poll_id)  # None when this process is not running that poll
        if waiting is not None and await self._store.everyone_answered(poll.tournament_id, poll.question_id):
            waiting.set()  # everyone has answered: no need to wait for the timer

    async def _poll(self, poll_id: str) -> PollRecord | None:
        """A poll never changes once recorded, so it is read from the store once per process."""
        poll = self._polls.get(poll_id)
        for attempt in range(UNKNOWN_POLL_RETRIES + 1):
            if poll is not None:
                break
            if attempt:
                await asyncio.sleep(0.5)  # the answer overtook the bookkeeping of its poll
            poll = await self._store.poll(poll_id)
        if poll is not None:
            if len(self._polls) >= KEPT_POLLS:
                self._polls.clear()
            self._polls[poll_id] = poll
        return poll

    def _everyone_answered(self, poll_id: str) -> asyncio.Event:
        return self._answered.setdefault(poll_id, asyncio.Event())

    async def _standings(self, tournament_id: int, chat_id: int, position: int, channel: Channel) -> None:
        if not await self._still_running(tournament_id):
            return
        line = standings_line(await self._store.standings(tournament_id))
        await channel.send(
            chat_id, Reply(fill(self._messages.tournament_standings, number=position + 1, line=line))
        )

    async def _results(self, tournament_id: int) -> list[Reply]:
        if not await self._store.finish(tournament_id):
            return []  # someone else already closed it and announced the results
        standings = await self._store.standings(tournament_id)
        return [self._board(self._messages.tournament_result, standings, f"turnamen-{tournament_id}.png")]

    async def leaderboard(self, chat_id: int) -> list[Reply]:
        board = await self._store.leaderboard(chat_id)
        if not board:
            return [Reply(self._messages.leaderboard_empty)]
        return [self._board(self._messages.leaderboard_title, board, f"klasemen-{chat_id}.png")]

    def _board(self, title: str, standings: list[Standing], picture_name: str) -> Reply:
        lines = [title]
        for rank, s in enumerate(standings[:10]):
            medal = MEDALS[rank] if rank < len(MEDALS) else f"{rank + 1}."
            lines.append(f"{medal} {html.escape(s.name)}: <b>{s.points}</b> poin ({s.correct} benar)")
        best = max((s.points for s in standings), default=0) or 1
        bars = [(s.name, s.points / best, str(s.points)) for s in standings[:8]]
        picture = Picture(bar_chart_png, ("Papan skor", tuple(bars)), picture_name) if bars else None
        return Reply("\n".join(lines), picture=picture)

    async def _still_running(self, tournament_id: int) -> bool:
        current = await self._store.get(tournament_id)
        return current is not None and current.status == RUNNING

    async def _may_run(self, who: Who, starter_id: int) -> bool:
        return who.user_id == starter_id or await self.is_admin(who.chat_id, who.user_id)

    async def _name(self, user_id: int) -> str:
        return await self._progress.name(user_id) or "?"
