"""A named lease is held by one instance at a time and passes on when its holder stops renewing."""

from __future__ import annotations

import asyncio

from bot.store import Database, Leases

TOURNAMENT = "tournament:7"


async def test_a_free_lease_is_taken_and_then_refused_to_another(
    store_db: Database, second_instance: Database
):
    a, b = Leases(store_db), Leases(second_instance)
    assert await a.acquire(TOURNAMENT, "a", ttl=10) is True
    assert await b.acquire(TOURNAMENT, "b", ttl=10) is False
    held = await b.held(TOURNAMENT)
    assert held is not None
    assert (held.holder, 9 < held.expires_in <= 10) == ("a", True)
    assert await a.acquire(TOURNAMENT, "a", ttl=10) is True  # asking again for one's own lease


async def test_of_instances_asking_at_once_exactly_one_gets_the_lease(instances: list[Database]):
    leases = [Leases(db) for db in instances]
    for round_number in range(10):
        name = f"tournament:{round_number}"
        taken = await asyncio.gather(
            *(lease.acquire(name, f"i{n}", ttl=10) for n, lease in enumerate(leases))
        )
        assert sum(taken) == 1, taken
        held = await leases[0].held(name)
        assert held is not None
        assert held.holder == f"i{taken.index(True)}"


async def test_a_lease_not_renewed_passes_to_another_instance(store_db: Database, second_instance: Database):
    a, b = Leases(store_db), Leases(second_instance)
    await a.acquire(TOURNAMENT, "a", ttl=0.3)
    await asyncio.sleep(0.5)
    assert await a.held(TOURNAMENT) is None
    assert await b.acquire(TOURNAMENT, "b", ttl=10) is True
    assert await a.renew(TOURNAMENT, "a", ttl=10) is False  # the old holder learns it lost the job
    held = await a.held(TOURNAMENT)
    assert held is not None
    assert held.holder == "b"


async def test_renewing_keeps_the_lease_past_its_first_expiry(store_db: Database, second_instance: Database):
    a, b = Leases(store_db), Leases(second_instance)
    await a.acquire(TOURNAMENT, "a", ttl=0.4)
    for _ in range(4):
        await asyncio.sleep(0.2)
        assert await a.renew(TOURNAMENT, "a", ttl=0.4) is True
        assert await b.acquire(TOURNAMENT, "b", ttl=10) is False


async def test_a_released_lease_is_free_at_once_and_only_its_holder_can_release_it(
    store_db: Database, second_instance: Database
):
    a, b = Leases(store_db), Leases(second_instance)
    await a.acquire(TOURNAMENT, "a", ttl=10)
    await b.release(TOURNAMENT, "b")
    assert await b.acquire(TOURNAMENT, "b", ttl=10) is False
    await a.release(TOURNAMENT, "a")
    assert await a.held(TOURNAMENT) is None
    assert await b.acquire(TOURNAMENT, "b", ttl=10) is True


async def test_a_dead_holder_is_replaced_within_the_takeover_time(
    store_db: Database, second_instance: Database
):
    """The tournament scheme: renew every second with a 2 s TTL; a survivor polling every 0.5 s takes
    over within TTL + one poll of the holder's last renewal."""
    holder, survivor = Leases(store_db), Leases(second_instance)
    await holder.acquire(TOURNAMENT, "holder", ttl=2)
    await asyncio.sleep(1)
    await holder.renew(TOURNAMENT, "holder", ttl=2)
    last_renewal = asyncio.get_running_loop().time()  # then the holder dies
    for _ in range(10):
        if await survivor.acquire(TOURNAMENT, "survivor", ttl=2):
            break
        await asyncio.sleep(0.5)
    takeover = asyncio.get_running_loop().time() - last_renewal
    assert 1.9 < takeover < 2.7
