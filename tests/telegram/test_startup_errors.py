"""A setting that cannot work stops `tutorbot run` with one line naming it and the fix, exit code 2,
no traceback and never the token."""

from __future__ import annotations

import asyncio
import socket

import pytest

from tests.support.process import free_port, tutorbot_run


async def start_and_fail(api, tmp_path, **env: str) -> str:
    async with tutorbot_run(api, tmp_path, LOG_LEVEL="DEBUG", **env) as process:
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    said = stderr.decode()
    assert process.returncode == 2, said
    assert "Traceback" not in said
    assert api.token not in said
    return said.strip().splitlines()[-1]


async def test_a_database_scheme_we_do_not_support(api, tmp_path):
    line = await start_and_fail(api, tmp_path, DATABASE_URL="mysql://tutor:pw@db.example/tutor")
    assert line.startswith("setting DATABASE_URL: the scheme 'mysql' is not supported")
    assert "postgresql://" in line


async def test_a_database_that_cannot_be_reached(api, tmp_path):
    url = f"postgresql://tutor:hunter2@127.0.0.1:{free_port()}/tutor"
    line = await start_and_fail(api, tmp_path, DATABASE_URL=url)
    assert line.startswith("DATABASE_URL: cannot use the database postgresql://tutor:***@127.0.0.1:")
    assert line.endswith("Start the database server, or correct DATABASE_URL.")
    assert "hunter2" not in line
    assert not api.calls  # nothing was sent to Telegram


async def test_a_token_telegram_refuses(api, tmp_path):
    line = await start_and_fail(api, tmp_path, TELEGRAM_BOT_TOKEN="999999:not-the-right-token")
    assert line.startswith("TELEGRAM_BOT_TOKEN: Telegram refused this token.")
    assert "not-the-right-token" not in line
    assert "@BotFather" in line


async def test_a_bot_api_that_cannot_be_reached(api, tmp_path):
    line = await start_and_fail(api, tmp_path, TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{free_port()}/bot")
    assert line.startswith("TELEGRAM_API_BASE_URL: cannot reach the Bot API at http://127.0.0.1:")


@pytest.mark.parametrize("url", ["http://example.org/hook", "ftp://example.org/hook", "example.org/hook"])
async def test_a_webhook_url_that_is_not_https(api, tmp_path, url):
    line = await start_and_fail(api, tmp_path, WEBHOOK_URL=url, WEBHOOK_SECRET="s3cret")
    assert line.startswith("setting WEBHOOK_URL: Telegram calls webhooks over https only")


async def test_a_webhook_port_in_use(api, tmp_path):
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        line = await start_and_fail(
            api, tmp_path, WEBHOOK_URL="https://bot.example.org/hook", WEBHOOK_SECRET="s3cret", PORT=str(port)
        )
    assert line.startswith(f"PORT: port {port} cannot be used (Address already in use)")
    assert [call for call in api.calls if call.method == "setWebhook"] == []
