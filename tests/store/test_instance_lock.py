"""With SQLite a second tutorbot on the same file is turned away with one clear line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import StartupError
from bot.store import hold_instance_lock

HOLD = (
    "import sys, time\n"
    "from bot.store import hold_instance_lock\n"
    "hold_instance_lock(sys.argv[1])\n"
    "print('holding', flush=True)\n"
    "time.sleep(60)\n"
)
TRY = (
    "import sys\n"
    "from bot.settings import StartupError\n"
    "from bot.store import hold_instance_lock\n"
    "try:\n"
    "    hold_instance_lock(sys.argv[1])\n"
    "except StartupError as exc:\n"
    "    sys.exit(str(exc))\n"
    "print('started')\n"
)


def _try_to_start(url: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", TRY, url], capture_output=True, text=True, timeout=30)


def test_a_second_process_on_the_same_sqlite_file_is_refused(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'data' / 'tutorbot.sqlite3'}"
    with subprocess.Popen([sys.executable, "-c", HOLD, url], stdout=subprocess.PIPE, text=True) as first:
        try:
            assert first.stdout is not None
            assert first.stdout.readline() == "holding\n"
            second = _try_to_start(url)
            assert second.returncode == 1
            assert second.stderr.splitlines() == [
                f"DATABASE_URL: another tutorbot (pid {first.pid}) is already running on "
                f"{tmp_path / 'data' / 'tutorbot.sqlite3'}; with SQLite only one instance can run — stop "
                "it, or use PostgreSQL for several instances"
            ]
            assert _try_to_start(f"sqlite:///{tmp_path / 'other.sqlite3'}").stdout == "started\n"
        finally:
            first.kill()
    assert _try_to_start(url).stdout == "started\n"  # the lock died with its process


def test_the_lock_is_held_until_released(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'tutorbot.sqlite3'}"
    lock = hold_instance_lock(url)
    with pytest.raises(StartupError, match="already running"):
        hold_instance_lock(url)
    lock.release()
    hold_instance_lock(url).release()


def test_postgresql_and_memory_databases_take_no_lock():
    for url in ("postgresql://u@db.example/tutorbot", "sqlite:///:memory:"):
        first, second = hold_instance_lock(url), hold_instance_lock(url)
        assert (first.path, second.path) == (None, None)
