"""The `tutorbot` command as outside checks use it: subprocesses, stdin and stdout, exit codes."""

from __future__ import annotations

import difflib
import itertools
import json
import os
import pty
import select
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.batch import CHUNK_LINES
from bot.content import load_content
from bot.store import Database, LearnedExamples
from tests.conftest import CONTENT, DEV_SET, ROOT


def tutorbot(
    *args: str, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**clean_env, **(env or {})},
        timeout=120,
        check=False,
    )


def test_ask_jsonl_contract():
    questions = [
        "bedanya bilateral sama multilateral apa?",
        "apa itu wto",
        "",
        "🙂🙂🙂",
        "asdfghjkl",
    ]
    lines = [
        b"\xff\xfe invalid utf8",
        b"a" * 100_000,
        "\u202eرسالة\x00".encode(),
        *(q.encode() for q in questions),
    ]
    done = tutorbot("ask", "--jsonl", stdin=b"\n".join(lines) + b"\n")
    assert done.returncode == 0, done.stderr.decode()
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(rows) == len(lines)
    for row in rows:
        assert set(row) == {"text", "intent", "score", "alternatives", "concepts"}
        assert 0 <= row["score"] <= 100
    comparison, wto, empty, emoji, nonsense = rows[3:]
    assert comparison["intent"] == "perbandingan"
    assert comparison["concepts"] == ["bilateral", "multilateral"]
    assert wto["intent"] == "org_wto"
    assert wto["concepts"] == []
    assert empty == {"text": "", "intent": None, "score": 0.0, "alternatives": [], "concepts": []}
    assert emoji["intent"] is None
    assert nonsense["intent"] is None
    assert rows[0]["text"].endswith("invalid utf8")
    assert "\ufffd" in rows[0]["text"]
    assert len(rows[1]["text"]) == 100_000


def test_ask_without_trailing_newline_answers_the_last_line():
    done = tutorbot("ask", "--jsonl", stdin=b"halo\napa itu asean")
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["intent"] for r in rows] == ["sapaan", "org_asean"]


def test_ask_shares_a_big_batch_out_and_keeps_its_order():
    """Two worker processes answer a batch of several chunks exactly as one process does, line for line."""
    with (ROOT / "tests" / "data" / "dev_chat.jsonl").open(encoding="utf-8") as chat:
        texts = (json.loads(line)["text"] for line in chat)
        questions = list(itertools.islice((t for t in texts if "\n" not in t), 3 * CHUNK_LINES))
    lines = [q.encode() for q in questions] + [b"", b"\xff broken", "🙂".encode(), b"apa itu asean"]
    stdin = b"\n".join(lines) + b"\n"
    alone = tutorbot("ask", "--jsonl", "--workers", "1", stdin=stdin)
    shared = tutorbot("ask", "--jsonl", "--workers", "2", stdin=stdin)
    assert shared.returncode == 0, shared.stderr.decode()
    rows = [json.loads(line) for line in shared.stdout.decode().removesuffix("\n").split("\n")]
    assert len(rows) == len(lines)
    assert [r["text"] for r in rows[: len(questions)]] == questions
    assert rows[-1]["intent"] == "org_asean"
    assert shared.stdout == alone.stdout


def test_ask_at_a_terminal_answers_each_line_as_it_is_typed():
    """A question typed at a terminal is answered before the next is typed, not after a chunk of 500."""
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    ask = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "ask", "--jsonl"],
        stdin=follower,
        stdout=follower,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        env=env,
    )
    os.close(follower)
    try:
        os.write(leader, b"apa itu asean\n")
        shown, deadline = b"", time.monotonic() + 30
        while b'"intent"' not in shown and time.monotonic() < deadline:
            if select.select([leader], [], [], 1)[0]:
                shown += os.read(leader, 4096)
        os.write(leader, b"\x04")  # Ctrl-D: the end of the input, after which it stops
        stopped = ask.wait(timeout=30) == 0
    finally:
        ask.kill()
        ask.wait()
        os.close(leader)
    assert b'"intent": "org_asean"' in shown
    assert stopped


@pytest.mark.parametrize("workers", ["0", "-2", "abc", "1.5", ""])
def test_ask_refuses_a_worker_count_that_is_not_one_or_more(workers: str):
    done = tutorbot("ask", "--jsonl", "--workers", workers, stdin=b"halo\n")
    assert done.returncode == 2
    assert "--workers: must be a whole number, 1 or more" in done.stderr.decode()
    assert not done.stdout


@pytest.mark.parametrize("command", [("ask", "--jsonl"), ("check",), ("eval", "tests/data/dev.jsonl")])
def test_commands_without_a_database_start_without_its_layer(command: tuple[str, ...]):
    """A batch of questions, a content check or a labelled set's scores load no database driver or
    migrations: about half a second and 30 MB less at every start."""
    script = (
        "import sys; from bot.cli import main; code = main(sys.argv[1:]); "
        "sys.exit(code or any(m.split('.')[0] in ('sqlalchemy', 'alembic') for m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *command],
        input=b"apa itu asean\n",
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()


def test_check_passes_on_shipped_content():
    done = tutorbot("check")
    assert done.returncode == 0, done.stdout.decode()
    assert done.stdout.decode().startswith("content OK:")


def test_check_and_run_refuse_broken_content(content_copy: Path):
    path = content_copy / "intents" / "organisasi.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("- id: org_wto", "- id: org_pbb"), encoding="utf-8"
    )
    done = tutorbot("--content", str(content_copy), "check")
    assert done.returncode == 1
    assert f"{path}:" in done.stdout.decode()
    assert "intent id 'org_pbb' already used" in done.stdout.decode()
    started = tutorbot("--content", str(content_copy), "run", env={"TELEGRAM_BOT_TOKEN": "123:abc"})
    assert started.returncode == 1
    assert "intent id 'org_pbb' already used" in started.stderr.decode()


def test_run_without_token_explains_how_to_get_one(tmp_path: Path):
    done = tutorbot("run", env={"TELEGRAM_BOT_TOKEN": ""})
    assert done.returncode == 2
    assert "@BotFather" in done.stderr.decode()


def test_eval_reports_accuracy_on_the_dev_set():
    done = tutorbot("eval", str(DEV_SET), "--json")
    assert done.returncode == 0, done.stderr.decode()
    report = json.loads(done.stdout)
    assert report["top1_accuracy"] >= 0.95
    assert report["out_of_scope_rejection"] >= 0.90
    assert report["in_scope"] >= 200
    assert report["out_of_scope"] >= 50
    assert set(report["per_intent"]) >= {"bilateral_definisi", "org_wto"}


def test_dev_sets_are_written_apart_from_the_examples(content):
    from bot.evaluation import read_labelled

    examples = {e.casefold().strip() for i in content.intents.values() for e in i.examples}
    examples |= {q.casefold().strip() for q in content.out_of_scope}
    dev = read_labelled(DEV_SET)
    assert len(dev) >= 250
    assert sum(d.intent is None for d in dev) >= 50
    assert {d.intent for d in dev} - {None} == set(content.intents)
    tuned_on = [*dev, *(q for path in DEV_SET.parent.glob("dev_*.jsonl") if "dialogues" not in path.name
                         for q in read_labelled(path))]  # fmt: skip
    assert len(tuned_on) > len(dev)
    assert [d.text for d in tuned_on if d.text.casefold().strip() in examples] == []
    assert CONTENT.is_dir()


def test_a_bad_setting_is_named_without_a_traceback():
    done = tutorbot("check", env={"ADMIN_IDS": "12,abc", "LOG_LEVEL": "LOUD"})
    assert done.returncode == 2
    err = done.stderr.decode()
    assert "setting ADMIN_IDS" in err
    assert "setting LOG_LEVEL" in err
    assert "Traceback" not in err


async def test_learned_export_adds_only_lines_and_the_content_still_checks(
    content_copy: Path, tmp_path: Path
):
    url = f"sqlite:///{tmp_path / 'learned.sqlite3'}"
    db = await Database(url).open()
    store = LearnedExamples(db)
    now = datetime.now(UTC)
    existing = load_content(content_copy).intents["org_asean"].examples[0]
    for intent_id, text in [
        ("vcdr_fungsi_misi", "apa tugas atase militer"),
        ("vcdr_definisi", "persona non grata: itu 'apa' sih? #penasaran"),
        ("org_asean", existing),  # already there: not written twice
        ("dihapus", "topik yang sudah tidak ada"),
    ]:
        await store.add(intent_id, text, 9001, now)
    await db.close()
    before = {p.name: p.read_text(encoding="utf-8") for p in (content_copy / "intents").glob("*.yaml")}
    env = {"DATABASE_URL": url}

    done = tutorbot("--content", str(content_copy), "learned", "export", env=env)
    assert done.returncode == 0, done.stderr
    assert "2 example(s) written to 1 file(s)" in done.stdout.decode()
    assert "dihapus" in done.stderr.decode()
    after = (content_copy / "intents" / "konvensi_wina.yaml").read_text(encoding="utf-8")
    changes = [
        line for line in difflib.ndiff(before["konvensi_wina.yaml"].splitlines(), after.splitlines())
        if line[:1] in "+-?"
    ]  # fmt: skip
    assert [c[0] for c in changes] == ["+", "+"]  # comments, quotes and layout untouched
    assert {p.name: p.read_text(encoding="utf-8") for p in (content_copy / "intents").glob("*.yaml")} == {
        **before,
        "konvensi_wina.yaml": after,
    }
    learned = load_content(content_copy).intents
    assert learned["vcdr_fungsi_misi"].examples[-1] == "apa tugas atase militer"
    assert learned["vcdr_definisi"].examples[-1] == "persona non grata: itu 'apa' sih? #penasaran"
    assert tutorbot("--content", str(content_copy), "check").returncode == 0

    again = tutorbot("--content", str(content_copy), "learned", "export", env=env)
    assert "0 example(s) written" in again.stdout.decode()
