"""Runs a tournament: each question as a quiz poll whose window is the one Telegram shows,
the standings after it, the results at the end. Everything a restart needs is in the store."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Protocol

from bot.content import Content
from bot.content.models import fill
from bot.store import PollRecord, Tournaments
from bot.store.tournaments import CLOSED, RUNNING, TournamentRecord
from bot.tutor.quiz import Clock, shuffled_options
from bot.tutor.replies import Poll, Reply
from bot.tutor.tournament import render
from bot.tutor.tournament.scoring import GRACE_SECONDS, Scoring, SeenPoll

IDENTIFY_MARGIN = 5.0  # seconds past a poll's close for Telegram's report of it to arrive


class SendUncertain(Exception):
    """A send timed out: Telegram may or may not have shown the message."""


class Channel(Protocol):
    async def send(self, chat_id: int, reply: Reply) -> str | None:
        """Send one reply; for a poll, return its poll id once Telegram has accepted it.
        Raises SendUncertain when a poll's send timed out."""

    async def wait(self, done: asyncio.Event, seconds: float) -> None:
        """Return when `done` is set or after `seconds`, whichever comes first."""


class Play:
    def __init__(self, content: Content, tournaments: Tournaments, scoring: Scoring, clock: Clock) -> None:
        self._messages = content.messages
        self._items = {q.id: q for q in content.quiz}
        self._store = tournaments
        self._scoring = scoring
        self._clock = clock
        self._standings_sent: dict[int, int] = {}  # tournament -> last position, after a fault
        # Several instances: the answers may be scored by another one, so the store is asked too.
        self.check_store_every: float | None = None

    async def play(self, tournament_id: int, channel: Channel) -> None:
        """Run (or resume) a tournament to its end: poll, wait, standings, again, then results."""
        current = await self._store.get(tournament_id)
        if current is not None and current.status == CLOSED:
            await self.announce(tournament_id, current.chat_id, channel)  # it ended, the group did not hear
        if current is None or current.status != RUNNING:
            return
        first = 0
        last = await self._store.last_poll(tournament_id)
        if last is not None:
            await self._close_question(current, last, channel)
            first = last.position + 1
        for position in range(first, len(current.question_ids)):
            if not await self._still_running(tournament_id):
                return
            poll = await self._ask(current, position, channel)
            await self._close_question(current, poll, channel)
        self._standings_sent.pop(tournament_id, None)
        if await self._store.close(tournament_id):
            await self.announce(tournament_id, current.chat_id, channel)

    async def announce(self, tournament_id: int, chat_id: int, channel: Channel) -> None:
        """Send the results of a closed tournament; they count as announced once sent."""
        for reply in await self.results(tournament_id):
            await channel.send(chat_id, reply)
        await self._store.announced(tournament_id)

    async def results(self, tournament_id: int) -> list[Reply]:
        standings = await self._store.standings(tournament_id)
        title = self._messages.tournament_result
        return [render.board(title, standings, f"turnamen-{tournament_id}.png")]

    async def unannounced(self) -> list[TournamentRecord]:
        """Tournaments closed while their group could not be reached: announce at the next start."""
        return await self._store.with_status(CLOSED)

    async def _ask(self, current: TournamentRecord, position: int, channel: Channel) -> PollRecord:
        """Send the question; its window opens when Telegram has accepted it. After a send that
        timed out, the question is not sent again unless Telegram never showed it."""
        question_id = current.question_ids[position]
        item = self._items[question_id]
        order = shuffled_options(item, current.id, position)
        poll = Poll(
            question=f"{position + 1}. {item.question}",
            options=tuple(item.options[i] for i in order),
            correct_option=order.index(item.correct_index),
            explanation=item.explanation,
            open_period=current.seconds,
        )
        period = timedelta(seconds=current.seconds)
        reported = self._scoring.expect(poll)
        try:
            while True:
                try:
                    poll_id = await channel.send(current.chat_id, Reply("", poll=poll))
                except SendUncertain:
                    try:
                        seen = await asyncio.wait_for(
                            asyncio.shield(reported), current.seconds + IDENTIFY_MARGIN
                        )
                    except TimeoutError:
                        continue  # Telegram never showed it: sending it now makes one, not two
                    closes_at = seen.closes_at or self._clock()
                    record = self._record(current, position, poll, seen, closes_at - period, closes_at)
                else:
                    if poll_id is None:
                        raise RuntimeError("the channel did not return a poll id")
                    opened_at = self._clock()
                    seen = SeenPoll(poll_id, poll.question, poll.options, None)
                    record = self._record(current, position, poll, seen, opened_at, opened_at + period)
                await self._scoring.track(record)
                return record
        finally:
            self._scoring.expected(poll)

    @staticmethod
    def _record(
        current: TournamentRecord,
        position: int,
        poll: Poll,
        seen: SeenPoll,
        opened_at: datetime,
        closes_at: datetime,
    ) -> PollRecord:
        question_id = current.question_ids[position]
        return PollRecord(
            seen.poll_id, current.id, position, question_id, poll.correct_option, opened_at, closes_at
        )

    async def _close_question(self, current: TournamentRecord, poll: PollRecord, channel: Channel) -> None:
        """Wait until Telegram closes the poll (and its last answers arrive) or everyone answered."""
        left = (poll.closes_at - self._clock()).total_seconds() + GRACE_SECONDS
        done = self._scoring.everyone_answered(poll.poll_id)
        watching = asyncio.create_task(self._watch_store(poll, done)) if self.check_store_every else None
        try:
            await channel.wait(done, max(0.0, left))
        finally:
            if watching is not None:
                watching.cancel()
        self._scoring.done_with(poll.poll_id)
        if self._standings_sent.get(current.id) == poll.position or not await self._still_running(current.id):
            return
        line = render.standings_line(await self._store.standings(current.id))
        text = fill(self._messages.tournament_standings, number=poll.position + 1, line=line)
        await channel.send(current.chat_id, Reply(text))
        self._standings_sent[current.id] = poll.position

    async def _watch_store(self, poll: PollRecord, done: asyncio.Event) -> None:
        assert self.check_store_every is not None
        while not done.is_set():
            await asyncio.sleep(self.check_store_every)
            if await self._store.everyone_answered(poll.tournament_id, poll.question_id):
                done.set()

    async def _still_running(self, tournament_id: int) -> bool:
        current = await self._store.get(tournament_id)
        return current is not None and current.status == RUNNING
