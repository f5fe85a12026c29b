"""Unanswered questions (schema version 1 of the hand-written migrations before Alembic).

Revision ID: 0001
Revises:
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unanswered_questions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("normalised", sa.String(500), nullable=False),
        sa.Column("chat_id", sa.BigInteger, nullable=True),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_unanswered_questions_normalised", "unanswered_questions", ["normalised"])


def downgrade() -> None:
    op.drop_table("unanswered_questions")
