"""The flood guard counts a user's messages over every instance together."""

from __future__ import annotations

import asyncio

from bot.store import Database, WindowCounters

FLOOD = "flood:42"


async def test_hits_from_two_instances_at_once_are_each_counted_once(
    store_db: Database, second_instance: Database
):
    a, b = WindowCounters(store_db), WindowCounters(second_instance)
    counts = await asyncio.gather(*(counter.hit(FLOOD, 60) for _ in range(20) for counter in (a, b)))
    assert sorted(counts) == list(range(1, 41))


async def test_a_new_window_starts_from_one_and_keys_are_apart(store_db: Database):
    counter = WindowCounters(store_db)
    assert [await counter.hit(FLOOD, 0.3) for _ in range(3)] == [1, 2, 3]
    assert await counter.hit("flood:43", 0.3) == 1
    await asyncio.sleep(0.5)
    assert await counter.hit(FLOOD, 0.3) == 1
    assert await counter.hit(FLOOD, 0.3) == 2
    assert await counter.purge() == 1  # flood:43's window has ended
