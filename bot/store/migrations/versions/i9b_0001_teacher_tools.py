"""The teacher's tools: the option each answer chose and how long it took (for exports and the
class view), unanswered questions an author dealt with, learned examples, planned tournaments.

Revision ID: i9b_0001
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i9b_0001"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("answers") as batch:
        batch.add_column(sa.Column("chosen_option", sa.Integer, nullable=True))
        batch.add_column(sa.Column("seconds", sa.Float, nullable=True))
    with op.batch_alter_table("unanswered_questions") as batch:
        batch.add_column(sa.Column("resolution", sa.String(10), nullable=True))
        batch.create_index("ix_unanswered_questions_resolution", ["resolution"])
    op.create_table(
        "learned_examples",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("intent_id", sa.String(60), nullable=False),
        sa.Column("text", sa.String(500), nullable=False),
        sa.Column("added_by", sa.BigInteger, nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "scheduled_tournaments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("chat_id", sa.BigInteger, nullable=False, index=True),
        sa.Column("repeat", sa.String(10), nullable=False),
        sa.Column("day", sa.Date, nullable=True),
        sa.Column("at", sa.Time, nullable=False),
        sa.Column("questions", sa.Integer, nullable=False),
        sa.Column("seconds", sa.Integer, nullable=False),
        sa.Column("topic", sa.String(40), nullable=True),
        sa.Column("created_by", sa.BigInteger, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("scheduled_tournaments")
    op.drop_table("learned_examples")
    with op.batch_alter_table("unanswered_questions") as batch:
        batch.drop_index("ix_unanswered_questions_resolution")
        batch.drop_column("resolution")
    with op.batch_alter_table("answers") as batch:
        batch.drop_column("seconds")
        batch.drop_column("chosen_option")
