"""The teacher's tools in storage, on SQLite and PostgreSQL: answers keep the chosen option and
time, learned examples, dealt-with questions and planned tournaments survive an upgrade and a restart."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from bot.store import ClassResults, Database, LearnedExamples, Schedules, UnansweredLog
from bot.store.migrate import head_revision
from bot.store.unanswered import DISMISSED
from tests.store.test_migrations import LEGACY_ROWS, _make_legacy_database

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


async def test_an_upgraded_database_keeps_old_answers_and_takes_the_new_columns(empty_db: Database):
    await _make_legacy_database(empty_db)
    await empty_db.open()
    assert await empty_db.revision() == head_revision()
    [old] = await ClassResults(empty_db).answers(-200)
    assert (old.user_id, old.correct, old.chosen_option, old.seconds) == (12, False, None, None)
    log = UnansweredLog(empty_db)
    waiting = await log.waiting()
    assert len(waiting) == len(LEGACY_ROWS["unanswered_questions"])
    assert await log.resolve([waiting[0].id], DISMISSED) == 1
    assert len(await log.waiting()) == len(waiting) - 1
    learned = LearnedExamples(empty_db)
    added = await learned.add("org_asean", "asean tuh apa", 5, NOW)
    assert await learned.newest_id() == added.id


async def test_learned_examples_are_exported_once(store_db: Database):
    learned = LearnedExamples(store_db)
    assert await learned.newest_id() == 0
    first = await learned.add("org_asean", "asean tuh apa", 5, NOW)
    second = await learned.add("org_pbb", "pbb ngapain aja", None, NOW)
    assert [e.id for e in await learned.not_exported()] == [first.id, second.id]
    await learned.mark_exported([first.id], NOW)
    assert [e.text for e in await learned.not_exported()] == ["pbb ngapain aja"]
    assert len(await learned.all()) == 2


async def test_schedules_are_kept_listed_per_group_and_cancelled_once(store_db: Database):
    schedules = Schedules(store_db)
    daily = await schedules.add(-100, "harian", None, time(19, 0), 5, 30, None, 7, NOW)
    once = await schedules.add(-100, "sekali", date(2026, 12, 1), time(7, 30), 3, 15, "bilateral", 7, NOW)
    await schedules.add(-200, "kerja", None, time(6, 0), 10, 60, None, 8, NOW)
    assert [s.id for s in await schedules.active(-100)] == [daily.id, once.id]
    assert (await schedules.get(once.id)) == once
    assert not await schedules.cancel(once.id, -200, NOW)  # another group's admin
    assert await schedules.cancel(once.id, -100, NOW)
    assert not await schedules.cancel(once.id, -100, NOW)  # a second tap
    assert await schedules.get(once.id) is None
    assert len(await schedules.active()) == 2
