"""Group tournaments: a lobby, native quiz polls with a timer, points with a speed bonus, results.

`GroupQuiz` only wires the parts together for the tutor and the transport: `lobby` (joining
and starting), `play` (running it), `scoring` (answers to points), `render` (what it looks like).
"""

from __future__ import annotations

import random

from bot.content import Content
from bot.store import Progress, TournamentRecord, Tournaments
from bot.store.tournaments import FINISHED
from bot.tutor.quiz import Clock
from bot.tutor.replies import Reply, Who
from bot.tutor.tournament import render
from bot.tutor.tournament.lobby import Lobby
from bot.tutor.tournament.play import Channel, Play, SendUncertain
from bot.tutor.tournament.scoring import BASE_POINTS, SPEED_BONUS, Scoring, SeenPoll

__all__ = ["BASE_POINTS", "SPEED_BONUS", "Channel", "GroupQuiz", "SeenPoll", "SendUncertain"]


class GroupQuiz:
    def __init__(
        self, content: Content, tournaments: Tournaments, progress: Progress, clock: Clock, rng: random.Random
    ) -> None:
        self._messages = content.messages
        self._store = tournaments
        self.lobby = Lobby(content, tournaments, progress, clock, rng)
        self.scoring = Scoring(tournaments, progress, clock, {q.id: q for q in content.quiz})
        self.play = Play(content, tournaments, self.scoring, clock)

    async def stop(self, who: Who) -> list[Reply]:
        """/stop: the starter or an admin closes the lobby or tournament; results are announced."""
        current = await self._store.active(who.chat_id)
        if current is None:
            return [Reply(self._messages.tournament_none)]
        if not await self.lobby.may_run(who, current.starter_id):
            return [Reply(self._messages.lobby_not_yours)]
        if not await self._store.close(current.id):
            return []
        await self._store.announced(current.id)  # the reply to /stop is the announcement
        return await self.play.results(current.id)

    async def get(self, tournament_id: int) -> TournamentRecord | None:
        return await self._store.get(tournament_id)

    async def running(self) -> list[int]:
        """Tournaments to carry on with after a restart (`play` resumes each where it stopped)."""
        return [t.id for t in await self._store.running()]

    async def announce(self, tournament_id: int, channel: Channel) -> None:
        current = await self._store.get(tournament_id)
        if current is not None:
            await self.play.announce(tournament_id, current.chat_id, channel)

    async def close_after_error(self, tournament_id: int) -> bool:
        """Close a tournament that cannot go on; True when its results are still to be announced."""
        return await self._store.close(tournament_id)

    async def abandon(self, tournament_id: int) -> None:
        """Its group is gone: closed with its points, and nobody left to announce the results to."""
        if not await self._store.close(tournament_id, to=FINISHED):
            await self._store.announced(tournament_id)

    async def left_group(self, chat_id: int) -> None:
        """The bot was removed from the group: what the group had open is abandoned."""
        current = await self._store.active(chat_id)
        if current is not None:
            await self.abandon(current.id)

    async def leaderboard(self, chat_id: int) -> list[Reply]:
        board = await self._store.leaderboard(chat_id)
        if not board:
            return [Reply(self._messages.leaderboard_empty)]
        return [render.board(self._messages.leaderboard_title, board, f"klasemen-{chat_id}.png")]
