"""Scores that last, on SQLite and PostgreSQL: uniqueness decides duplicates, not luck."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.store import Database, PollRecord, Progress, Tournaments
from bot.store.tournaments import CLOSED

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


def box_one(box: int | None, correct: bool) -> tuple[int, datetime] | None:
    return None if correct else (1, NOW)


async def test_a_round_answer_is_scored_once_and_mistakes_become_due(store_db: Database):
    progress = Progress(store_db)
    round_id = await progress.start_round(7, "latihan", "bilateral", ["bil_001", "bil_002"], NOW)
    taps = [progress.answer_in_round(round_id, 0, 7, "bil_001", False, NOW, box_one) for _ in range(5)]
    assert sorted(await asyncio.gather(*taps)) == [False, False, False, False, True]
    record = await progress.round(round_id)
    assert record is not None
    assert record.results == (False,)
    assert len(record.question_ids) == 2
    assert await progress.due(7, NOW, 10) == ["bil_001"]
    assert await progress.due(7, NOW - timedelta(seconds=1), 10) == []
    assert await progress.next_due(7) == NOW


async def test_one_tournament_per_group_and_fifty_simultaneous_answers(store_db: Database):
    tournaments, progress = Tournaments(store_db), Progress(store_db)
    lobby = await tournaments.open_lobby(-5, 1, 5, 30, NOW)
    assert lobby is not None
    assert await tournaments.open_lobby(-5, 2, 5, 30, NOW) is None
    assert await tournaments.begin(lobby.id, ["org_001"])
    assert not await tournaments.begin(lobby.id, ["org_001"])
    poll = PollRecord("p-1", lobby.id, 0, "org_001", 2, NOW, NOW + timedelta(seconds=30))
    await tournaments.record_poll(poll)

    async def play(user_id: int) -> bool:
        return await progress.answer_poll(
            "p-1", lobby.id, user_id, "org_001", True, 12, NOW, box_one, f"P{user_id}"
        )

    results = await asyncio.gather(*(play(u) for u in range(100, 150)), *(play(u) for u in range(100, 110)))
    assert sum(results) == 50
    standings = await tournaments.standings(lobby.id)
    assert len(standings) == 50
    assert standings[0].name == "P100"
    assert {(s.points, s.correct) for s in standings} == {(12, 1)}
    assert await tournaments.everyone_answered(lobby.id, "org_001")
    assert await tournaments.close(lobby.id)
    assert not await tournaments.close(lobby.id)
    assert [t.id for t in await tournaments.with_status(CLOSED)] == [lobby.id]  # results still due
    await tournaments.announced(lobby.id)
    assert await tournaments.with_status(CLOSED) == []
    assert await tournaments.open_lobby(-5, 2, 5, 30, NOW) is not None
    board = await tournaments.leaderboard(-5)
    assert len(board) == 10
    assert board[0].points == 12
