"""State shared by several instances: seen updates, leases, shared values, counters, send slots,
live instances. On PostgreSQL they are UNLOGGED: a write needs no WAL flush (a few ms less per
statement), and after a crash they start empty, which each of them survives: see README.

Revision ID: i7_0004
Revises: i9a_0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

TABLES = ("seen_updates", "leases", "shared_values", "window_counters", "send_slots", "live_instances")

revision = "i7_0004"
down_revision = "i9a_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seen_updates",
        sa.Column("update_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("seen_at", sa.Double, nullable=False, index=True),
    )
    op.create_table(
        "leases",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("holder", sa.String(100), nullable=False),
        sa.Column("expires_at", sa.Double, nullable=False),
    )
    op.create_table(
        "shared_values",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("expires_at", sa.Double, nullable=False, index=True),
    )
    op.create_table(
        "window_counters",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("window_ends_at", sa.Double, nullable=False, index=True),
    )
    op.create_table(
        "send_slots",
        sa.Column("bucket", sa.String(100), primary_key=True),
        sa.Column("next_at", sa.Double, nullable=False, index=True),
    )
    op.create_table(
        "live_instances",
        sa.Column("instance_id", sa.String(100), primary_key=True),
        sa.Column("seen_at", sa.Double, nullable=False, index=True),
    )
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"ALTER TABLE {table} SET UNLOGGED")


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
