"""`tutorbot run` as a real process against the emulator, for tests that need the whole program."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from tests.conftest import ROOT
from tests.support.botapi import BotAPIEmulator


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@asynccontextmanager
async def tutorbot_run(
    api: BotAPIEmulator, tmp_path: Path, **env: str
) -> AsyncIterator[asyncio.subprocess.Process]:
    settings = {
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        "LOG_LEVEL": "DEBUG",
        **env,
    }
    base = {k: v for k, v in os.environ.items() if k not in ("WEBHOOK_URL", "WEBHOOK_SECRET")}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run",
        cwd=ROOT, env={**base, **settings}, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
