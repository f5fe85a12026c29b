"""One-time dashboard links already opened, so that a link works once across every instance.

Revision ID: i9a_0001
Revises: i9b_0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i9a_0001"
down_revision = "i9b_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "used_links",
        sa.Column("link_id", sa.String(40), primary_key=True),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("used_links")
