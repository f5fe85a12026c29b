"""A class's history written through the store, as the tutor writes it: for dashboard tests and benchmarks."""

from __future__ import annotations

import asyncio
import random
from datetime import datetime, timedelta

from bot.store import Database, PollRecord, Progress, Tournaments
from bot.store.tournaments import FINISHED

Played = dict[int, list[tuple[str, bool, int]]]  # user id -> (question id, right?, chosen option)


def box_one(box: int | None, correct: bool) -> tuple[int, datetime] | None:
    return None if correct else (1, datetime(2000, 1, 1).astimezone())


async def play(
    db: Database, chat_id: int, answers: Played, at: datetime, names: dict[int, str] | None = None
) -> int:
    """A finished tournament in `chat_id`, one poll per question, answered as given."""
    tournaments, progress = Tournaments(db), Progress(db)
    lobby = await tournaments.open_lobby(chat_id, next(iter(answers)), 3, 30, at)
    assert lobby is not None
    questions = list(dict.fromkeys(q for played in answers.values() for q, _, _ in played))
    await tournaments.begin(lobby.id, questions)
    for position, question in enumerate(questions):
        poll_id = f"{lobby.id}-{position}"
        await tournaments.record_poll(PollRecord(poll_id, lobby.id, position, question, 0, at, at))
        # The class answers a poll together, as in a real tournament (and they are committed together).
        await asyncio.gather(
            *(
                progress.answer_poll(
                    poll_id,
                    lobby.id,
                    user_id,
                    q,
                    right,
                    12 if right else 0,
                    at,
                    box_one,
                    (names or {}).get(user_id, f"Siswa {user_id}"),
                    option,
                )
                for user_id, played in answers.items()
                for q, right, option in played
                if q == question
            )
        )
    await tournaments.close(lobby.id, to=FINISHED)
    return lobby.id


async def busy_class(
    db: Database,
    chat_id: int,
    question_ids: list[str],
    *,
    students: int,
    tournaments: int,
    per_tournament: int,
    start: datetime,
    seed: int = 1,
) -> None:
    """A class that played `tournaments` tournaments, a day apart, everyone answering every question."""
    rng = random.Random(seed)
    players = [chat_id * -1000 + n for n in range(students)]
    for day in range(tournaments):
        asked = rng.sample(question_ids, per_tournament)
        answers = {u: [(q, rng.random() < 0.6, rng.randrange(4)) for q in asked] for u in players}
        await play(db, chat_id, answers, start + timedelta(days=day))
