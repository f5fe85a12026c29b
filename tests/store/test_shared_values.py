"""Conversation context put by one instance is read by another until it expires."""

from __future__ import annotations

import asyncio

from bot.store import Database, SharedValues

CONTEXT = "context:-1001"


async def test_a_value_put_by_one_instance_is_read_by_another(store_db: Database, second_instance: Database):
    await SharedValues(store_db).put(CONTEXT, {"topic": "asean", "question": "Apa itu ASEAN? 🤝 <b>"}, ttl=60)
    assert await SharedValues(second_instance).get(CONTEXT) == {
        "topic": "asean",
        "question": "Apa itu ASEAN? 🤝 <b>",
    }


async def test_putting_again_replaces_the_value(store_db: Database):
    values = SharedValues(store_db)
    await values.put(CONTEXT, {"topic": "asean"}, ttl=60)
    await values.put(CONTEXT, {"topic": "bilateral"}, ttl=60)
    assert await values.get(CONTEXT) == {"topic": "bilateral"}
    assert await values.get("context:42") is None


async def test_a_value_is_gone_after_its_ttl_and_when_deleted(store_db: Database):
    values = SharedValues(store_db)
    await values.put(CONTEXT, "x" * 4096, ttl=0.2)
    await values.put("context:2", [1, 2], ttl=60)
    assert await values.get(CONTEXT) == "x" * 4096
    await asyncio.sleep(0.4)
    assert await values.get(CONTEXT) is None
    assert await values.purge() == 1
    await values.delete("context:2")
    assert await values.get("context:2") is None
