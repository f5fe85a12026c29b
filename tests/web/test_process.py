"""`tutorbot run` serves the dashboard from its own event loop, in polling and webhook mode alike."""

from __future__ import annotations

import asyncio
import signal
import socket

import aiohttp
import pytest

from tests.support.process import free_port, tutorbot_run
from tests.web.conftest import TEACHER, init_data_for


async def answer(url: str, **headers: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as http:
        for _ in range(300):  # the server starts with the bot, after its checks: up to a minute on a busy CI
            try:
                async with http.get(url, headers=headers) as response:
                    return response.status, await response.text()
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.2)
    raise AssertionError(f"nothing listens at {url}")


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_the_dashboard_is_served_by_the_bot_process(api, tmp_path, mode: str):
    web_port = free_port()
    site = f"http://127.0.0.1:{web_port}"
    env = {"WEB_PORT": str(web_port), "WEB_URL": site}
    if mode == "webhook":
        api.allow_http_webhook = True
        port = free_port()
        env |= {
            "WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram",
            "WEBHOOK_SECRET": "s3cret",
            "PORT": str(port),
        }
    async with tutorbot_run(api, tmp_path, **env) as process:
        status, page = await answer(f"{site}/app")
        assert status == 200
        assert "<title>Dasbor tutorbot</title>" in page
        status, me = await answer(
            f"{site}/api/me", Authorization=f"tma {init_data_for(api, TEACHER, 'Bu Sari')}"
        )
        assert status == 200
        assert '"name": "Bu Sari"' in me
        assert (await answer(f"{site}/api/me"))[0] == 401
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, stderr.decode()[-2000:]
    assert api.token not in stderr.decode()
    with pytest.raises(aiohttp.ClientConnectionError):
        async with aiohttp.ClientSession() as http, http.get(f"{site}/app"):
            pass


async def test_a_busy_web_port_is_named_before_the_bot_starts(api, tmp_path):
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        async with tutorbot_run(api, tmp_path, WEB_PORT=str(port)) as process:
            _, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 2
    assert f"WEB_PORT: port {port} cannot be used" in stderr.decode()
