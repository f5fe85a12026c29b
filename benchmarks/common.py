"""Helpers shared by the benchmark scripts: paths, the labelled questions, percentiles, child runs.

Not a benchmark itself. The scripts run from the repository root, e.g.
`.venv/bin/python benchmarks/bench_matcher.py`.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Measure the code beside these scripts, not whichever checkout the environment installed (an editable
# install of another worktree would otherwise be imported).
sys.path.insert(0, str(ROOT))
CONTENT = ROOT / "content"
DEV = ROOT / "tests" / "data" / "dev.jsonl"
HOLDOUT = ROOT / "benchmarks" / "data" / "holdout.jsonl"
LABELLED = {"dev": DEV, "holdout": HOLDOUT}


def labelled_questions() -> list[str]:
    """The texts of both labelled sets, dev first (570 questions)."""
    from bot.evaluation import read_labelled

    return [item.text for path in LABELLED.values() for item in read_labelled(path)]


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (p100 is the max)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))  # ceil(n * pct / 100), at least 1
    return ordered[int(rank) - 1]


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports ru_maxrss in KiB).

    Linux carries the spawning process's RSS over into a child's ru_maxrss at exec, so a child
    measured with this must be started while its parent is still small (before the parent
    imports the bot), or the parent's size is reported as the child's.
    """
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    """Resident set size now, in MB (Linux /proc; 0.0 elsewhere)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return 0.0
    return int(status.split("VmRSS:")[1].split()[0]) / 1024


def run_child(script: Path, *args: str) -> dict:
    """Run `script --child ARGS` in a fresh interpreter; it prints one JSON object as its last line."""
    done = subprocess.run(
        [sys.executable, str(script), "--child", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])
