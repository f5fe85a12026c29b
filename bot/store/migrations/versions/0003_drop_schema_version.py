"""Alembic's own version table replaces the hand-written `schema_version`.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A database made before Alembic has it; a new one never had it.
    op.execute("DROP TABLE IF EXISTS schema_version")


def downgrade() -> None:
    pass
