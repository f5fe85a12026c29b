"""`/healthz` says whether the bot can serve, and why not; `/metrics` is Prometheus text."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
from aiohttp import ClientSession, web
from aiohttp.test_utils import TestServer

from bot.metrics import UPDATES
from bot.store import Database
from bot.web.ops import Health, ops_routes
from tests.support.process import free_port


@pytest.fixture
async def serve() -> AsyncIterator[Callable]:
    servers: list[TestServer] = []

    async def start(health: Health) -> str:
        app = web.Application()
        app.add_routes(ops_routes(health))
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        servers.append(server)
        return str(server.make_url(""))

    yield start
    for server in servers:
        await server.close()


async def get(url: str) -> tuple[int, str, str]:
    async with ClientSession() as http, http.get(url) as response:
        return response.status, response.content_type, await response.text()


async def test_healthy_when_receiving_updates_and_the_database_answers(serve, db: Database):
    base = await serve(Health(db, receiving=lambda: True))
    status, _, body = await get(base + "/healthz")
    assert (status, body) == (200, '{"status": "ok"}')


async def test_unhealthy_with_the_reason_when_not_receiving_updates(serve, db: Database):
    base = await serve(Health(db, receiving=lambda: False))
    status, _, body = await get(base + "/healthz")
    assert status == 503
    assert "not polling or receiving webhooks" in body


async def test_unhealthy_with_the_reason_when_the_database_does_not_answer(serve):
    gone = Database(f"postgresql://tutor:hunter2@127.0.0.1:{free_port()}/tutor")
    try:
        base = await serve(Health(gone, receiving=lambda: True))
        status, _, body = await get(base + "/healthz")
    finally:
        await gone.close()
    assert status == 503
    assert '"reason": "database: ' in body
    assert "hunter2" not in body


async def test_metrics_are_prometheus_text_with_the_bots_own_series(serve, db: Database):
    UPDATES.labels("message").inc()
    base = await serve(Health(db, receiving=lambda: True))
    status, content_type, body = await get(base + "/metrics")
    assert (status, content_type) == (200, "text/plain")
    samples = dict(line.rsplit(" ", 1) for line in body.splitlines() if line and not line.startswith("#"))
    assert float(samples['tutorbot_updates_total{type="message"}']) >= 1
    assert 'tutorbot_db_pool_connections{state="size"}' in samples
    assert "# TYPE tutorbot_update_seconds histogram" in body
