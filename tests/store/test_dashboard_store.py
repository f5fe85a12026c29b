"""The dashboard's figures on SQLite and PostgreSQL: one group's record only, a student's own record."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.store import DashboardStore, Database, Progress
from bot.store.migrate import head_revision
from tests.store.test_migrations import _make_legacy_database
from tests.support.classroom import box_one, play

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
CLASS, OTHER = -5, -6


async def test_a_class_record_has_its_own_tournaments_questions_and_students(store_db: Database):
    await play(
        store_db,
        CLASS,
        {
            11: [("bil_001", True, 0), ("org_001", False, 2)],
            12: [("bil_001", False, 3), ("org_001", False, 2)],
            13: [("bil_001", False, 3), ("org_001", True, 1)],
        },
        NOW - timedelta(days=10),
    )
    await play(store_db, CLASS, {11: [("bil_002", True, 1)]}, NOW - timedelta(days=1))
    await play(store_db, OTHER, {99: [("bil_001", False, 2)], 11: [("org_001", True, 1)]}, NOW)
    await Progress(store_db).answer_in_round(
        await Progress(store_db).start_round(12, "latihan", "x", ["bil_003"], NOW), 0, 12, "bil_003", True,
        NOW - timedelta(days=2), box_one, 0,
    )  # fmt: skip

    record = await DashboardStore(store_db).class_record(CLASS)

    assert [(t.questions, t.players, t.status) for t in record.tournaments] == [
        (1, 1, "finished"),
        (2, 3, "finished"),
    ]
    assert [(s.user_id, s.points, s.correct) for s in record.leaderboard] == [
        (11, 24, 2),
        (13, 12, 1),
        (12, 0, 0),
    ]
    tallies = {t.question_id: t for t in record.questions}
    assert set(tallies) == {"bil_001", "org_001", "bil_002"}  # the other group's answers stay out
    assert (tallies["bil_001"].asked, tallies["bil_001"].right) == (3, 1)
    assert tallies["bil_001"].wrong_options == {3: 2}
    assert tallies["org_001"].wrong_options == {2: 2}
    students = {s.user_id: s for s in record.students}
    assert set(students) == {11, 12, 13}
    assert students[12].mastered == {"bil_003"}  # practice counts towards a student's mastery
    assert students[12].last_active == NOW - timedelta(days=2)
    assert (students[11].answers, students[11].right) == (4, 3)  # and so do other groups' tournaments
    assert students[13].last_active == NOW - timedelta(days=10)


async def test_a_student_record_counts_mistakes_boxes_and_days(store_db: Database):
    await play(store_db, CLASS, {21: [("bil_001", False, 1), ("org_001", False, 2)]}, NOW - timedelta(days=1))
    await play(store_db, CLASS, {21: [("bil_001", False, 1), ("org_001", True, 0)]}, NOW)

    own = await DashboardStore(store_db).own_record(21, NOW + timedelta(days=1, seconds=1))

    assert own.name == "Siswa 21"
    assert [(m.question_id, m.wrong) for m in own.missed] == [("bil_001", 2), ("org_001", 1)]
    assert own.boxes == {1: 1}  # org_001 was answered right at last and left its box
    assert own.due_now == 1
    assert (own.student.answers, own.student.right) == (4, 1)
    assert len(own.days_active) == 2


async def test_a_one_time_link_opens_once(store_db: Database):
    store = DashboardStore(store_db)
    an_hour_ago = NOW - timedelta(hours=1)
    assert await store.use_link_once("abc", NOW, an_hour_ago)
    assert not await store.use_link_once("abc", NOW + timedelta(minutes=9), an_hour_ago)
    assert await store.use_link_once("abd", NOW, an_hour_ago)


async def test_an_upgraded_database_shows_its_old_answers_and_takes_links(empty_db: Database):
    await _make_legacy_database(empty_db)
    await empty_db.open()
    assert await empty_db.revision() == head_revision()

    record = await DashboardStore(empty_db).class_record(-200)

    [tally] = record.questions
    assert (tally.question_id, tally.asked, tally.right, tally.wrong_options) == ("d", 1, 0, {})
    [student] = record.students
    assert (student.name, student.answers, student.right) == ("Bima", 1, 0)
    assert await DashboardStore(empty_db).use_link_once("first", NOW, NOW - timedelta(minutes=10))
    assert not await DashboardStore(empty_db).use_link_once("first", NOW, NOW - timedelta(minutes=10))
