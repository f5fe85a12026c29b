"""Alembic migrations of the tutor's database: one revision per schema change (see README)."""
