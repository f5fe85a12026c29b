"""Sending limits hold for the bot as a whole: slots claimed by two instances are spaced as one."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest

from bot.store import Bucket, Database, SharedSendSlots, SplitSendSlots, take_turn

CHAT = Bucket("chat:42", limit=10, period=1.0)  # a 0.1 s interval keeps the test short
OVERALL = Bucket("global", limit=50, period=1.0)


@pytest.fixture
async def two_instances(
    store_db: Database, second_instance: Database
) -> AsyncIterator[list[SharedSendSlots]]:
    claimers = [SharedSendSlots(store_db), SharedSendSlots(second_instance)]
    yield claimers
    for claimer in claimers:
        await claimer.close()


async def test_claims_from_two_instances_at_once_get_slots_one_interval_apart(
    two_instances: list[SharedSendSlots],
):
    started = time.monotonic()
    claims = (c.claim(CHAT.name, CHAT.limit, CHAT.period) for c in two_instances * 8)
    waits = sorted(await asyncio.gather(*claims))
    elapsed = time.monotonic() - started
    # The k-th slot is k intervals after the first claim; a claim made later waits that much less.
    for k, wait in enumerate(waits):
        assert k * 0.1 - elapsed - 0.01 <= wait <= k * 0.1 + 0.01, (k, waits, elapsed)


async def test_two_instances_taking_turns_send_no_faster_than_the_limit(two_instances: list[SharedSendSlots]):
    async def send(claimer: SharedSendSlots) -> float:
        await take_turn(claimer, [CHAT, OVERALL])
        return time.monotonic()

    started = time.monotonic()
    times = await asyncio.gather(*(send(c) for c in two_instances * 8))
    assert 1.45 < max(times) - started < 2.5  # 16 sends, 15 intervals of 0.1 s


async def test_a_claim_waits_for_the_next_free_slot_and_buckets_apart(two_instances: list[SharedSendSlots]):
    slots = two_instances[0]
    waits = [await slots.claim("chat:1", limit=1, period=2.0) for _ in range(3)]
    assert waits[0] == 0.0
    # A whole interval when the clock has not moved between two claims (the database's clock has
    # millisecond steps), a little less when it has.
    assert 1.8 < waits[1] <= 2.0
    assert 3.8 < waits[2] <= 4.0
    assert await slots.claim("chat:2", limit=1, period=2.0) == 0.0


async def test_a_bucket_idle_for_longer_than_its_interval_sends_at_once(two_instances: list[SharedSendSlots]):
    slots = two_instances[0]
    await slots.claim("chat:1", limit=10, period=1.0)
    await asyncio.sleep(0.15)
    assert await slots.claim("chat:1", limit=10, period=1.0) == 0.0
    await asyncio.sleep(0.15)
    assert await slots.purge() == 1  # its next slot has passed: nothing to remember


async def test_split_slots_give_each_of_n_instances_one_nth_of_the_limit():
    slots = SplitSendSlots(instances=2)
    waits = [await slots.claim("chat:1", limit=10, period=1.0) for _ in range(3)]
    assert waits[0] == 0.0
    assert 0.19 < waits[1] <= 0.2
    assert 0.39 < waits[2] <= 0.4
