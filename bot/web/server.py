"""An aiohttp server run inside the bot's event loop; route tables from each web module are collected."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from aiohttp import web

log = logging.getLogger(__name__)


def build_web_app(*route_tables: Iterable[web.AbstractRouteDef]) -> web.Application:
    """One application serving every route table given (the dashboard, health, metrics...)."""
    app = web.Application(client_max_size=64 * 1024)
    for table in route_tables:
        app.add_routes(table)
    return app


class WebServer:
    """Started and stopped with the bot (PTB's post_init and post_shutdown), not a second process."""

    def __init__(self, app: web.Application, port: int, host: str = "0.0.0.0") -> None:
        self._app = app
        self._port = port
        self._host = host
        self._runner: web.AppRunner | None = None

    @property
    def port(self) -> int:
        """The port listened on (the one picked by the system when asked for port 0)."""
        if self._runner is None or not self._runner.addresses:
            return self._port
        return self._runner.addresses[0][1]

    async def start(self) -> None:
        self._runner = web.AppRunner(self._app, access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._host, self._port).start()
        log.info("web server listening on port %s", self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
