"""Instances find how many of them are running through their heartbeats."""

from __future__ import annotations

import asyncio

from bot.store import Database, InstanceRegistry


async def test_instances_alive_are_counted_and_those_gone_are_not(
    store_db: Database, second_instance: Database
):
    a, b = InstanceRegistry(store_db), InstanceRegistry(second_instance)
    await a.heartbeat("a")
    await b.heartbeat("b")
    await b.heartbeat("b")
    assert await a.alive(within_seconds=10) == 2
    await b.leave("b")
    assert await a.alive(within_seconds=10) == 1
    await asyncio.sleep(0.4)
    assert await a.alive(within_seconds=0.2) == 0  # "a" stopped beating without leaving
    await a.heartbeat("a")
    assert await b.alive(within_seconds=0.2) == 1
