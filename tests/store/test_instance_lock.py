"""With SQLite a second tutorbot on the same file is turned away with one clear line."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import InstanceAlreadyRunning, hold_instance_lock

HOLD = (
    "import sys, time\n"
    "from bot.store import hold_instance_lock\n"
    "hold_instance_lock(sys.argv[1])\n"
    "print('holding', flush=True)\n"
    "time.sleep(60)\n"
)
TRY = (
    "import sys\n"
    "from bot.store import InstanceAlreadyRunning, hold_instance_lock\n"
    "try:\n"
    "    hold_instance_lock(sys.argv[1])\n"
    "except InstanceAlreadyRunning as exc:\n"
    "    sys.exit(str(exc))\n"
    "print('started')\n"
)


@contextlib.contextmanager
def _running_instance(url: str) -> Iterator[int]:
    """A process holding the instance lock of `url` until the block ends; its pid."""
    with subprocess.Popen([sys.executable, "-c", HOLD, url], stdout=subprocess.PIPE, text=True) as first:
        try:
            assert first.stdout is not None
            assert first.stdout.readline() == "holding\n"
            yield first.pid
        finally:
            first.kill()


def _try_to_start(url: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", TRY, url], capture_output=True, text=True, timeout=30)


def _refusal(pid: int, database: Path) -> str:
    return (
        f"DATABASE_URL: another tutorbot (pid {pid}) is already running on {database}; with SQLite only one "
        "instance can run — stop it, or use PostgreSQL for several instances"
    )


def test_a_second_process_on_the_same_sqlite_file_is_refused(tmp_path: Path):
    database = tmp_path / "data" / "tutorbot.sqlite3"
    with _running_instance(f"sqlite:///{database}") as pid:
        second = _try_to_start(f"sqlite:///{database}")
        other_file = _try_to_start(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    assert (second.returncode, second.stderr.splitlines()) == (1, [_refusal(pid, database)])
    assert other_file.stdout == "started\n"
    assert _try_to_start(f"sqlite:///{database}").stdout == "started\n"  # the lock died with its process


def test_tutorbot_run_refuses_to_start_beside_another_on_the_same_sqlite_file(tmp_path: Path):
    database = tmp_path / "tutorbot.sqlite3"
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{database}", "TELEGRAM_BOT_TOKEN": "1:secret"}
    with _running_instance(env["DATABASE_URL"]) as pid:
        second = subprocess.run([sys.executable, "-m", "bot.cli", "run"], cwd=tmp_path, env=env,
                                capture_output=True, text=True, timeout=60)  # fmt: skip
    assert (second.returncode, second.stderr.splitlines()) == (2, [_refusal(pid, database)])
    assert "secret" not in second.stderr + second.stdout


def test_the_lock_is_held_until_released(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'tutorbot.sqlite3'}"
    lock = hold_instance_lock(url)
    with pytest.raises(InstanceAlreadyRunning, match="already running"):
        hold_instance_lock(url)
    lock.release()
    hold_instance_lock(url).release()


def test_postgresql_and_memory_databases_take_no_lock():
    for url in ("postgresql://u@db.example/tutorbot", "sqlite:///:memory:"):
        first, second = hold_instance_lock(url), hold_instance_lock(url)
        assert (first.path, second.path) == (None, None)
