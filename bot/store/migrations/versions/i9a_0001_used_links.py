"""One-time dashboard links already opened, so that a link works once across every instance; covering
indexes on answers for the dashboard's class view (a group's answers, and its students' answers).

Revision ID: i9a_0001
Revises: i9b_0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i9a_0001"
down_revision = "i9b_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "used_links",
        sa.Column("link_id", sa.String(40), primary_key=True),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )
    op.create_index(
        "ix_answers_tournament_questions",
        "answers",
        ["tournament_id", "question_id", "chosen_option", "correct"],
    )
    op.create_index(
        "ix_answers_user_questions",
        "answers",
        ["user_id", "question_id", "correct", "answered_at", "tournament_id", "points"],
    )


def downgrade() -> None:
    op.drop_index("ix_answers_user_questions", "answers")
    op.drop_index("ix_answers_tournament_questions", "answers")
    op.drop_table("used_links")
