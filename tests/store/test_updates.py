"""An update delivered to several instances is handled by exactly one of them."""

from __future__ import annotations

import asyncio

from bot.store import Database, UpdateLedger


async def test_an_update_is_first_delivered_once(store_db: Database):
    ledger = UpdateLedger(store_db)
    assert await ledger.first_delivery(1001) is True
    assert await ledger.first_delivery(1001) is False
    assert await ledger.first_delivery(1002) is True


async def test_instances_racing_for_the_same_updates_each_take_a_share_and_none_twice(
    instances: list[Database],
):
    ledgers = [UpdateLedger(db) for db in instances]
    update_ids = range(500, 540)
    results = await asyncio.gather(
        *(ledger.first_delivery(update_id) for update_id in update_ids for ledger in ledgers)
    )
    firsts = [results[i : i + len(ledgers)] for i in range(0, len(results), len(ledgers))]
    assert [sum(taken) for taken in firsts] == [1] * len(update_ids)


async def test_ids_are_forgotten_after_the_keeping_time(store_db: Database):
    ledger = UpdateLedger(store_db, keep_seconds=0.2)
    await ledger.first_delivery(7)
    assert await ledger.purge() == 0
    await asyncio.sleep(0.4)
    assert await ledger.purge() == 1
    assert await ledger.first_delivery(7) is True


async def test_old_ids_are_purged_now_and_then_without_being_asked(store_db: Database):
    ledger = UpdateLedger(store_db, keep_seconds=1.0, purge_every=3)
    await ledger.first_delivery(1)
    await asyncio.sleep(1.2)
    await ledger.first_delivery(2)
    await ledger.first_delivery(3)  # the third call purges: id 1 is old, 2 and 3 are not
    assert await ledger.first_delivery(1) is True
    assert await ledger.first_delivery(2) is False
