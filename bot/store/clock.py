"""The database's clock in epoch seconds: the one clock every instance shares, used in SQL."""

from __future__ import annotations

from sqlalchemy import BindParameter, Double, bindparam
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class db_now(FunctionElement):
    """Seconds since the epoch, by the database's clock, read when the expression is evaluated: on
    PostgreSQL after any row lock the statement waited for, so a slot is never reckoned from a
    moment already past."""

    type = Double()
    inherit_cache = True


class greatest(FunctionElement):
    """The larger of two numbers (GREATEST on PostgreSQL, the two-argument max() on SQLite)."""

    type = Double()
    inherit_cache = True


def seconds(name: str) -> BindParameter[float]:
    """A parameter holding a number of seconds, such as a TTL."""
    return bindparam(name, type_=Double())


@compiles(db_now, "postgresql")
def _now_postgresql(element, compiler, **kw) -> str:
    return "CAST(EXTRACT(EPOCH FROM clock_timestamp()) AS DOUBLE PRECISION)"


@compiles(db_now, "sqlite")
def _now_sqlite(element, compiler, **kw) -> str:
    # Fixed for one statement, to the millisecond; SQLite takes its write lock before evaluating it.
    return "((julianday('now') - 2440587.5) * 86400.0)"


@compiles(greatest, "postgresql")
def _greatest_postgresql(element, compiler, **kw) -> str:
    return f"GREATEST({compiler.process(element.clauses, **kw)})"


@compiles(greatest, "sqlite")
def _greatest_sqlite(element, compiler, **kw) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"
