"""Imports point one way: content -> nlp -> tutor -> telegram/cli; only bot/telegram imports telegram."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "bot"
# What each layer may import from the project (besides itself). `bot.metrics` is a leaf of
# Prometheus counters that any layer may count in.
ALLOWED = {
    "content": set(),
    "nlp": {"content"},
    "store": set(),
    "tutor": {"content", "nlp", "store", "metrics"},
    "web": {"content", "nlp", "store", "tutor", "metrics"},
}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_only_the_telegram_adapter_imports_telegram(path: Path):
    if path.parent.name == "telegram":
        return
    assert not {m for m in imports(path) if m == "telegram" or m.startswith("telegram.")}


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layers_import_only_the_layers_below(layer: str):
    for path in (PACKAGE / layer).rglob("*.py"):
        used = {m.split(".")[1] for m in imports(path) if m.startswith("bot.") and m.count(".") >= 1}
        assert used - {layer} <= ALLOWED[layer], f"{path.relative_to(ROOT)} imports {used - {layer}}"
