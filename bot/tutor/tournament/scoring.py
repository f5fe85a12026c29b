"""Poll answers to points: which poll an answer belongs to, its points with the speed bonus,
and whether everyone has answered (the early advance)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.content import QuizItem
from bot.store import PollRecord, Progress, Tournaments
from bot.tutor.quiz import Clock, leitner_move, shuffled_options
from bot.tutor.replies import Poll, Who

BASE_POINTS = 10
SPEED_BONUS = 5  # for an answer at once, falling to 0 when the poll closes
GRACE_SECONDS = 2.0  # answers Telegram accepted just before the close are still on their way
UNKNOWN_POLL_RETRIES = 3  # an answer can overtake the bookkeeping of the poll it answers
KEPT_POLLS = 10_000


def points_for(correct: bool, answered_at: datetime, poll: PollRecord) -> int:
    if not correct:
        return 0
    total = (poll.closes_at - poll.opened_at).total_seconds()
    left = (poll.closes_at - answered_at).total_seconds()
    return BASE_POINTS + round(SPEED_BONUS * max(0.0, min(1.0, left / total)))


@dataclass(frozen=True)
class SeenPoll:
    """A poll as Telegram reports it in a poll update: enough to recognise one we sent."""

    poll_id: str
    question: str
    options: tuple[str, ...]
    closes_at: datetime | None


class Scoring:
    def __init__(
        self, tournaments: Tournaments, progress: Progress, clock: Clock, items: Mapping[str, QuizItem]
    ) -> None:
        self._store = tournaments
        self._items = items
        self._progress = progress
        self._clock = clock
        self._polls: dict[str, PollRecord] = {}
        self._answered: dict[str, asyncio.Event] = {}  # poll id -> every player has answered
        # Polls being sent: if the send times out, Telegram's poll update tells their id.
        self._expected: dict[tuple[str, tuple[str, ...]], asyncio.Future[SeenPoll]] = {}
        self._learned = asyncio.Condition()

    async def track(self, poll: PollRecord) -> asyncio.Event:
        """Record a poll that is open in a group; the event is set once every player answered."""
        await self._store.record_poll(poll)
        self._keep(poll)
        async with self._learned:
            self._learned.notify_all()
        return self._answered.setdefault(poll.poll_id, asyncio.Event())

    def everyone_answered(self, poll_id: str) -> asyncio.Event:
        return self._answered.setdefault(poll_id, asyncio.Event())

    def done_with(self, poll_id: str) -> None:
        self._answered.pop(poll_id, None)

    def expect(self, poll: Poll) -> asyncio.Future[SeenPoll]:
        """Before a send: Telegram's report of this poll (by question and options), in case the
        send times out and its id never comes back. Answers to unknown polls wait meanwhile."""
        key = (poll.question, poll.options)
        if key not in self._expected:
            self._expected[key] = asyncio.get_running_loop().create_future()
        return self._expected[key]

    def expected(self, poll: Poll) -> None:
        """The send's outcome is known (its id, or Telegram never showed it)."""
        self._expected.pop((poll.question, poll.options), None)

    def seen(self, poll: SeenPoll) -> None:
        """A poll update: if it is a poll whose send timed out, its tournament learns its id."""
        if poll.poll_id in self._polls:
            return
        expected = self._expected.get((poll.question, poll.options))
        if expected is not None and not expected.done():
            expected.set_result(poll)

    async def answer(self, poll_id: str, who: Who, option_ids: tuple[int, ...]) -> None:
        """A poll answer (no chat id comes with it): scored once, however often it is delivered,
        when Telegram delivered it while the poll was open."""
        now = self._clock()
        poll = await self._poll(poll_id)
        if poll is None or not option_ids or now > poll.closes_at + timedelta(seconds=GRACE_SECONDS):
            return
        correct = option_ids[0] == poll.correct_option
        await self._progress.answer_poll(
            poll_id, poll.tournament_id, who.user_id, poll.question_id, correct,
            points_for(correct, now, poll), now, lambda box, right: leitner_move(box, right, now),
            who.name or "?", self._as_in_content(poll, option_ids[0]),
            round((now - poll.opened_at).total_seconds(), 1),
        )  # fmt: skip
        waiting = self._answered.get(poll_id)  # None when this process is not running that poll
        if waiting is not None and await self._store.everyone_answered(poll.tournament_id, poll.question_id):
            waiting.set()  # everyone has answered: no need to wait for the timer

    def _as_in_content(self, poll: PollRecord, shown: int) -> int | None:
        """The option a student picked, numbered as in the content rather than as shuffled in the poll."""
        item = self._items.get(poll.question_id)
        order = shuffled_options(item, poll.tournament_id, poll.position) if item else []
        return order[shown] if 0 <= shown < len(order) else None

    async def _poll(self, poll_id: str) -> PollRecord | None:
        """A poll never changes once recorded, so it is read from the store once per process.
        While a send's outcome is unknown, an answer to an unknown poll waits until it is known."""
        poll = self._polls.get(poll_id) or await self._store.poll(poll_id)
        attempts = 0
        while poll is None and (self._expected or attempts < UNKNOWN_POLL_RETRIES):
            attempts += 1
            async with self._learned:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._learned.wait(), 0.5)
            poll = self._polls.get(poll_id) or await self._store.poll(poll_id)
        if poll is not None:
            self._keep(poll)
        return poll

    def _keep(self, poll: PollRecord) -> None:
        if len(self._polls) >= KEPT_POLLS:
            self._polls.clear()
        self._polls[poll.poll_id] = poll
