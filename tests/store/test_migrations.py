"""Alembic migrations: a database made before Alembic keeps every row, the models match the
migrated schema, and instances starting together migrate once."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from bot.store import Database, UnansweredLog
from bot.store.migrate import head_revision
from bot.store.tables import Base

LEGACY_SCHEMA = Path(__file__).parent / "data"
WHEN = datetime(2026, 11, 1, 12, 30, tzinfo=UTC)
LEGACY_ROWS = {
    "unanswered_questions": [
        {"text": "resep rendang?", "normalised": "resep rendang", "chat_id": 5, "asked_at": WHEN},
        {"text": "siapa presiden", "normalised": "siapa presiden", "chat_id": None, "asked_at": WHEN},
    ],
    "players": [{"user_id": 11, "name": "Ayu"}, {"user_id": 12, "name": "Bima"}],
    "quiz_rounds": [
        {"id": 1, "user_id": 11, "kind": "latihan", "topic": "bilateral", "question_ids": "bil_001,bil_002",
         "started_at": WHEN},
    ],
    "tournaments": [
        {"id": 1, "chat_id": -100, "active_chat_id": None, "starter_id": 11, "status": "finished",
         "questions": 3, "seconds": 30, "question_ids": "a,b,c", "created_at": WHEN},
        {"id": 2, "chat_id": -200, "active_chat_id": -200, "starter_id": 12, "status": "running",
         "questions": 5, "seconds": 15, "question_ids": "d,e,f,g,h", "created_at": WHEN},
    ],
    "tournament_players": [{"tournament_id": 1, "user_id": 11}, {"tournament_id": 2, "user_id": 12}],
    "tournament_polls": [
        {"poll_id": "p1", "tournament_id": 2, "position": 0, "question_id": "d", "correct_option": 1,
         "sent_at": WHEN, "closes_at": WHEN},
    ],
    "answers": [
        {"id": 1, "dedupe_key": "r1:11:bil_001", "user_id": 11, "question_id": "bil_001", "correct": True,
         "points": 1, "round_id": 1, "tournament_id": None, "answered_at": WHEN},
        {"id": 2, "dedupe_key": "p1:12", "user_id": 12, "question_id": "d", "correct": False, "points": 0,
         "round_id": None, "tournament_id": 2, "answered_at": WHEN},
    ],
    "leitner_cards": [{"user_id": 11, "question_id": "bil_002", "box": 2, "due_at": WHEN}],
}  # fmt: skip


async def _make_legacy_database(db: Database) -> None:
    """What the hand-written migrations (schema version 2) left behind, with rows in every table."""
    schema = (LEGACY_SCHEMA / f"legacy_schema_{db.engine_dialect}.sql").read_text()
    async with db.engine.begin() as conn:
        for statement in filter(str.strip, schema.split(";")):
            await conn.execute(text(statement))
        await conn.execute(text("INSERT INTO schema_version (id, version) VALUES (1, 2)"))
        for table, rows in LEGACY_ROWS.items():
            columns = list(rows[0])
            values = ", ".join(f":{c}" for c in columns)
            insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({values})"
            await conn.execute(text(insert), rows)


async def _rows(db: Database, table: str, columns: list[str]) -> list[dict]:
    """Read through the models' column types, so that both databases give the same Python values."""
    model = Base.metadata.tables[table]
    query = select(*(model.c[c] for c in columns)).order_by(model.c[columns[0]], model.c[columns[1]])
    async with db.engine.connect() as conn:
        return [dict(row._mapping) for row in await conn.execute(query)]


async def test_a_database_made_before_alembic_keeps_every_row(empty_db: Database):
    await _make_legacy_database(empty_db)
    await empty_db.open()

    assert await empty_db.revision() == head_revision()
    for table, rows in LEGACY_ROWS.items():
        found = await _rows(empty_db, table, list(rows[0]))
        expected = sorted(rows, key=lambda r: tuple(r.values())[:2])
        assert found == expected, table
    async with empty_db.engine.connect() as conn:
        tables = await conn.run_sync(lambda c: inspect(c).get_table_names())
    assert "schema_version" not in tables


async def test_the_upgraded_database_takes_new_rows(empty_db: Database):
    await _make_legacy_database(empty_db)
    await empty_db.open()
    log = UnansweredLog(empty_db)
    await log.record("resep rendang!!", "resep rendang")
    assert [(s.text, s.count) for s in await log.most_frequent()] == [
        ("resep rendang!!", 2),
        ("siapa presiden", 1),
    ]


async def test_the_migrated_schema_is_what_the_models_describe(empty_db: Database):
    await empty_db.open()

    def differences(conn) -> list:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata)

    async with empty_db.engine.connect() as conn:
        assert await conn.run_sync(differences) == []


async def test_opening_a_migrated_database_again_changes_nothing(empty_db: Database):
    await empty_db.open()
    again = await Database(empty_db.url).open()
    try:
        assert await again.revision() == head_revision()
    finally:
        await again.close()


def test_instances_starting_together_migrate_once(empty_db_url: str, tmp_path: Path):
    starts = [
        subprocess.Popen([sys.executable, "-m", "bot.cli", "db", "upgrade"], cwd=tmp_path,
                         env={"DATABASE_URL": empty_db_url, "PATH": "/usr/bin:/bin"},
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]  # fmt: skip
    results = [process.communicate(timeout=60) for process in starts]
    assert [process.returncode for process in starts] == [0, 0, 0, 0], results
    current = subprocess.run([sys.executable, "-m", "bot.cli", "db", "current"], cwd=tmp_path,
                             env={"DATABASE_URL": empty_db_url, "PATH": "/usr/bin:/bin"},
                             capture_output=True, text=True, check=True)  # fmt: skip
    assert current.stdout.split() == [head_revision(), "(head)"]


async def test_an_empty_database_reports_no_revision(empty_db: Database):
    assert await empty_db.revision() is None
