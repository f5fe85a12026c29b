"""Unanswered questions are kept and counted for the content authors, on both databases."""

from __future__ import annotations

from sqlalchemy import select

from bot.store import Database, UnansweredLog
from bot.store.database import MIGRATIONS
from bot.store.tables import SchemaVersion


async def test_most_frequent_first_with_latest_wording(store_db: Database):
    log = UnansweredLog(store_db)
    await log.record("resep rendang?", "resep rendang", chat_id=1)
    await log.record("Resep rendang!!", "resep rendang", chat_id=2)
    await log.record("siapa presiden amerika", "siapa presiden amerika", chat_id=1)
    found = await log.most_frequent(10)
    assert [(f.text, f.count) for f in found] == [("Resep rendang!!", 2), ("siapa presiden amerika", 1)]


async def test_schema_is_versioned_and_opening_again_changes_nothing(store_db: Database):
    await UnansweredLog(store_db).record("x", "x")
    again = await Database(store_db.url).open()
    try:
        async with again.session() as session:
            version = (await session.execute(select(SchemaVersion.version))).scalar_one()
        assert version == len(MIGRATIONS)
        assert len(await UnansweredLog(again).most_frequent()) == 1
    finally:
        await again.close()
