"""Unanswered questions are kept and counted for the content authors, on both databases."""

from __future__ import annotations

from bot.store import Database, UnansweredLog


async def test_most_frequent_first_with_latest_wording(store_db: Database):
    log = UnansweredLog(store_db)
    await log.record("resep rendang?", "resep rendang", chat_id=1)
    await log.record("Resep rendang!!", "resep rendang", chat_id=2)
    await log.record("siapa presiden amerika", "siapa presiden amerika", chat_id=1)
    found = await log.most_frequent(10)
    assert [(f.text, f.count) for f in found] == [("Resep rendang!!", 2), ("siapa presiden amerika", 1)]
