"""Operations routes: `/healthz` for load balancers and service managers, `/metrics` for Prometheus."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from bot.metrics import DB_POOL
from bot.store import Database

DATABASE_TIMEOUT = 2.0


@dataclass(frozen=True)
class Health:
    """What `/healthz` asks: is the bot taking updates (polling or webhook), does the database answer."""

    db: Database
    receiving: Callable[[], bool]

    async def problem(self) -> str | None:
        if not self.receiving():
            return "telegram: not polling or receiving webhooks"
        try:
            async with asyncio.timeout(DATABASE_TIMEOUT):
                async with self.db.engine.connect() as conn:
                    await conn.execute(text("SELECT 1"))
        except Exception as exc:  # any failure means unhealthy; the reason goes to the caller
            return f"database: {type(exc).__name__}: {exc}".splitlines()[0][:300]
        return None


def ops_routes(health: Health) -> web.RouteTableDef:
    routes = web.RouteTableDef()

    @routes.get("/healthz")
    async def healthz(request: web.Request) -> web.Response:
        problem = await health.problem()
        if problem:
            return web.json_response({"status": "unavailable", "reason": problem}, status=503)
        return web.json_response({"status": "ok"})

    @routes.get("/metrics")
    async def metrics(request: web.Request) -> web.Response:
        _sample_pool(health.db)
        response = web.Response(body=generate_latest())
        response.content_type = CONTENT_TYPE_LATEST.split(";")[0]
        response.charset = "utf-8"
        return response

    return routes


def _sample_pool(db: Database) -> None:
    pool = db.engine.sync_engine.pool
    for state in ("size", "checkedin", "checkedout", "overflow"):
        measure = getattr(pool, state, None)
        if measure is not None:
            DB_POOL.labels(state).set(measure())
