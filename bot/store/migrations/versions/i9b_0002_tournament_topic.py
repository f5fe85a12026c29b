"""A tournament may keep to one chapter (a scheduled tournament with a chapter).

Revision ID: i9b_0002
Revises: i9b_0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i9b_0002"
down_revision = "i9b_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tournaments") as batch:
        batch.add_column(sa.Column("topic", sa.String(40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tournaments") as batch:
        batch.drop_column("topic")
