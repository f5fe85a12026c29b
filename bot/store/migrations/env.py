"""Alembic's entry point. The bot passes its own connection (already holding the migration lock);
the `alembic` command line, used to write new revisions, connects with DATABASE_URL (or the URL
in alembic.ini)."""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy import Connection

from bot.store.tables import Base


def run_on(connection: Connection) -> None:
    # Batch mode lets ALTER-like changes work on SQLite, which rewrites the table instead.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


async def _run_from_the_command_line() -> None:
    from bot.store.database import Database

    db = Database(os.environ.get("DATABASE_URL") or context.config.get_main_option("sqlalchemy.url"))
    try:
        async with db.engine.begin() as conn:
            await conn.run_sync(run_on)
    finally:
        await db.close()


connection = context.config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    asyncio.run(_run_from_the_command_line())
