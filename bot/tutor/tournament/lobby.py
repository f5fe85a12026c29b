"""The lobby of a group tournament: open it, choose its settings, join, start; it closes by
itself when nobody starts it. Each tap is answered privately with its result."""

from __future__ import annotations

import itertools
import random
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta

from bot.content import Content
from bot.content.models import fill
from bot.store import Progress, Tournaments
from bot.store.tournaments import LOBBY, TournamentRecord
from bot.tutor.quiz import Clock
from bot.tutor.replies import Reply, Who
from bot.tutor.tournament import render

DEFAULT_QUESTIONS, DEFAULT_SECONDS = 5, 30
LOBBY_MINUTES = 10

IsAdmin = Callable[[int, int], Awaitable[bool]]


async def nobody_is_admin(chat_id: int, user_id: int) -> bool:
    return False


class Lobby:
    def __init__(
        self, content: Content, tournaments: Tournaments, progress: Progress, clock: Clock, rng: random.Random
    ) -> None:
        self._messages = content.messages
        self._question_ids = [q.id for q in content.quiz]
        self._chapter_of = {q.id: content.intents[q.intent].group for q in content.quiz}
        self._store = tournaments
        self._progress = progress
        self._clock = clock
        self._rng = rng
        self._versions = itertools.count(1)  # taken before reading the state a reply shows
        self.is_admin: IsAdmin = nobody_is_admin
        self.on_started: Callable[[int], None] = lambda tournament_id: None
        self.lifetime = timedelta(minutes=LOBBY_MINUTES)
        self.on_opened: Callable[[int, float], None] = lambda tournament_id, seconds_left: None

    async def open(self, who: Who) -> list[Reply]:
        await self._progress.remember_name(who.user_id, who.name or "?")
        active = await self._store.active(who.chat_id)
        if active is not None and active.status == LOBBY and self.seconds_left(active) <= 0:
            await self._store.close_lobby(active.id)  # expired while nobody was running it
        created = await self._store.open_lobby(
            who.chat_id, who.user_id, DEFAULT_QUESTIONS, DEFAULT_SECONDS, self._clock()
        )
        if created is None:
            active = await self._store.active(who.chat_id)
            starter = await self._name(active.starter_id) if active else "?"
            return [Reply(fill(self._messages.lobby_busy, starter=render.short_name(starter)))]
        await self._store.join(created.id, who.user_id)
        self.on_opened(created.id, self.seconds_left(created))
        return [replace(await self._lobby(created), edit=False, latest_only=False)]

    async def change(
        self, who: Who, tournament_id: int, *, questions: int | None = None, seconds: int | None = None
    ) -> list[Reply]:
        current = await self._open_lobby(who, tournament_id)
        if current is None:
            return [Reply("", toast=self._messages.lobby_closed)]
        if not await self.may_run(who, current.starter_id):
            return [Reply("", toast=self._messages.lobby_not_yours)]
        questions = questions or current.questions
        seconds = seconds or current.seconds
        if questions not in render.QUESTION_CHOICES or seconds not in render.SECONDS_CHOICES:
            raise ValueError("not a setting")
        if not await self._store.change_settings(tournament_id, questions=questions, seconds=seconds):
            return [Reply("", toast=self._messages.lobby_closed)]
        changed = await self._store.get(tournament_id)
        assert changed is not None
        return [await self._lobby(changed)]

    async def join(self, who: Who, tournament_id: int) -> list[Reply]:
        """Join; the tap is answered at once with the count, the lobby message shows the latest."""
        current = await self._open_lobby(who, tournament_id)
        if current is None:
            return [Reply("", toast=self._messages.lobby_closed)]
        await self._progress.remember_name(who.user_id, who.name or "?")
        new = await self._store.join(tournament_id, who.user_id)
        version = next(self._versions)
        players = await self._store.players(tournament_id)
        toast = fill(
            self._messages.lobby_joined if new else self._messages.lobby_already_joined, count=len(players)
        )
        lobby = replace(await self._lobby(current, players), version=version)
        if await self._open_lobby(who, tournament_id) is None:
            return [Reply("", toast=toast)]  # started meanwhile: the lobby message says so already
        return [replace(lobby, toast=toast)]

    async def begin(self, who: Who, tournament_id: int) -> list[Reply]:
        current = await self._open_lobby(who, tournament_id)
        if current is None:
            return [Reply("", toast=self._messages.lobby_closed)]
        if not await self.may_run(who, current.starter_id):
            return [Reply("", toast=self._messages.lobby_not_yours)]
        if not await self._store.players(tournament_id):
            return [Reply("", toast=self._messages.tournament_no_players)]
        pool = [q for q in self._question_ids if current.topic in (None, self._chapter_of[q])]
        picked = self._rng.sample(pool, min(current.questions, len(pool)))
        if not await self._store.begin(tournament_id, picked):
            return [Reply("", toast=self._messages.lobby_closed)]  # a second tap on "Mulai"
        self.on_started(tournament_id)
        text = fill(self._messages.tournament_start, questions=len(picked), seconds=current.seconds)
        started = Reply(text, edit=True, latest_only=True, version=next(self._versions))
        return [replace(started, toast=self._messages.tournament_starting)]

    async def open_planned(
        self, chat_id: int, starter_id: int, questions: int, seconds: int, topic: str | None
    ) -> TournamentRecord | None:
        """A lobby a schedule opens, with its settings and nobody in it yet; None when the group
        already has a tournament."""
        created = await self._store.open_lobby(chat_id, starter_id, questions, seconds, self._clock(), topic)
        if created is not None:
            self.on_opened(created.id, self.seconds_left(created))
        return created

    async def show(self, tournament_id: int) -> list[Reply]:
        """The lobby as a new message (a schedule opened it: there is no message to edit)."""
        current = await self._store.get(tournament_id)
        return [replace(await self._lobby(current), edit=False, latest_only=False)] if current else []

    async def begin_planned(self, tournament_id: int, nobody: str) -> list[Reply]:
        """The joining window of a scheduled lobby is over: it starts as if its starter pressed
        "Mulai", or closes with `nobody` when no one joined; nothing when it was started already."""
        current = await self._store.get(tournament_id)
        if current is None or current.status != LOBBY:
            return []
        if not await self._store.players(tournament_id):
            return [Reply(nobody)] if await self._store.close_lobby(tournament_id) else []
        started = await self.begin(Who(current.chat_id, current.starter_id, in_group=True), tournament_id)
        return [replace(r, edit=False, latest_only=False, toast="") for r in started if r.text]

    async def expire(self, tournament_id: int) -> list[Reply]:
        """Close a lobby nobody started in time, and say so; nothing when it has started."""
        if not await self._store.close_lobby(tournament_id):
            return []
        minutes = round(self.lifetime.total_seconds() / 60)
        return [Reply(fill(self._messages.lobby_expired, minutes=minutes))]

    async def waiting(self) -> list[tuple[TournamentRecord, float]]:
        """Open lobbies with the seconds each has left, for the timers after a restart."""
        return [(lobby, self.seconds_left(lobby)) for lobby in await self._store.with_status(LOBBY)]

    def seconds_left(self, lobby: TournamentRecord) -> float:
        expires = lobby.created_at + self.lifetime
        return (expires - self._clock()).total_seconds()

    async def may_run(self, who: Who, starter_id: int) -> bool:
        return who.user_id == starter_id or await self.is_admin(who.chat_id, who.user_id)

    async def _open_lobby(self, who: Who, tournament_id: int) -> TournamentRecord | None:
        current = await self._store.get(tournament_id)
        if current is None or current.chat_id != who.chat_id:
            raise ValueError("no such lobby")
        return current if current.status == LOBBY else None

    async def _lobby(self, current: TournamentRecord, players: list[tuple[int, str]] | None = None) -> Reply:
        """The lobby as an edit of itself, where only the newest state matters."""
        version = next(self._versions)
        if players is None:
            players = await self._store.players(current.id)
        names = [name for _, name in players]
        lobby = render.lobby(self._messages, current, await self._name(current.starter_id), names)
        return replace(lobby, edit=True, latest_only=True, version=version)

    async def _name(self, user_id: int) -> str:
        return await self._progress.name(user_id) or "?"
