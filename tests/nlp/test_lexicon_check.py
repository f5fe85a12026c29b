"""`tutorbot check` warns when a lexicon entry pulls content examples away from their own intent."""

from __future__ import annotations

from pathlib import Path

from bot.cli import main


def _add_slang(content_dir: Path, line: str) -> int:
    """Put `line` into the slang section; return its line number."""
    path = content_dir / "lexicon.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = lines.index("slang:\n") + 1
    lines.insert(at, f"  {line}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return at + 1


def test_a_misleading_entry_is_named_with_the_examples_it_moves(content_copy: Path, capsys):
    number = _add_slang(content_copy, "contoh: manfaat")
    assert main(["--content", str(content_copy), "check"]) == 0  # a warning, not an error
    out = capsys.readouterr().out
    warning = f"lexicon.yaml:{number}: warning: 'contoh' -> 'manfaat' moves the example"
    assert warning in out
    assert "of 'regional_contoh' to 'regional_manfaat'" in out


def test_a_harmless_entry_gives_no_warning(content_copy: Path, capsys):
    _add_slang(content_copy, "kontoh: contoh")
    assert main(["--content", str(content_copy), "check"]) == 0
    assert "'kontoh'" not in capsys.readouterr().out
