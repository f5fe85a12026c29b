"""A broken content file names `file:line` and stops the bot; a good one loads into typed objects."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import ContentError, load_content


def break_file(path: Path, old: str, new: str) -> int:
    """Replace the first `old` in a file; return the 1-based line where it stood."""
    text = path.read_text(encoding="utf-8")
    index = text.index(old)
    path.write_text(text[:index] + new + text[index + len(old) :], encoding="utf-8")
    return text[:index].count("\n") + 1


def problems_of(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_content(root)
    return [str(p) for p in caught.value.problems]


def test_shipped_content_loads(content):
    assert len(content.intents) >= 41
    assert content.intents["bilateral_definisi"].group == "bilateral"


def test_yaml_syntax_error_names_file_and_line(content_copy: Path):
    path = content_copy / "intents" / "bilateral.yaml"
    line = break_file(path, "  title:", "\ttitle:")
    assert problems_of(content_copy) == [
        f"{path}:{line}: invalid YAML: found a tab character that violates indentation"
    ]


def test_missing_field_points_at_the_item(content_copy: Path):
    path = content_copy / "intents" / "bilateral.yaml"
    line = break_file(path, "- id: bilateral_pihak\n", "- ident: bilateral_pihak\n")
    found = problems_of(content_copy)
    assert f"{path}:{line}: id: Field required" in found or any(
        p.startswith(f"{path}:{line}:") and "id" in p for p in found
    ), found


def test_dangling_related_and_unknown_group(content_copy: Path):
    path = content_copy / "intents" / "bilateral.yaml"
    break_file(path, "group: bilateral", "group: bilaterall")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("related: [", "related: [tidak_ada, ", 1), encoding="utf-8")
    found = "\n".join(problems_of(content_copy))
    assert "unknown group 'bilaterall'" in found
    assert "related 'tidak_ada' is not another intent" in found


def test_duplicate_id(content_copy: Path):
    path = content_copy / "intents" / "bilateral.yaml"
    line = break_file(path, "- id: bilateral_pihak", "- id: bilateral_definisi")
    found = "\n".join(problems_of(content_copy))
    assert f"{path}:{line}: intent id 'bilateral_definisi' already used at {path}:" in found


def test_duplicate_key_is_not_silently_dropped(content_copy: Path):
    path = content_copy / "intents" / "bilateral.yaml"
    line = break_file(path, "  title:", "  title: Dua kali\n  title:")
    assert problems_of(content_copy) == [f"{path}:{line + 1}: duplicate key 'title'"]


def test_html_that_telegram_refuses(content_copy: Path):
    path = content_copy / "intents" / "bilateral.yaml"
    break_file(path, "  answer: |-\n", "  answer: |-\n    <div>tidak boleh</div> <b>belum ditutup\n")
    found = "\n".join(problems_of(content_copy))
    assert "tag <div> is not allowed by Telegram" in found
    assert "<b> is never closed" in found


def test_quiz_item_must_fit_a_poll(content_copy: Path):
    path = content_copy / "quiz" / "bilateral.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  answer:")
    end = text.index("\n", start)
    path.write_text(text[:start] + "  answer: Jawaban yang tidak ada" + text[end:], encoding="utf-8")
    found = "\n".join(problems_of(content_copy))
    assert "is not one of the options" in found
    assert f"{path}:" in found


def test_same_example_under_two_intents(content):
    from bot.content import read_files
    from bot.content.checks import examples

    files, _ = read_files(Path("content"))
    first = files.intents[0]
    second = files.intents[1]
    copied = second.model.model_copy(update={"examples": [*second.model.examples, first.model.examples[0]]})
    files.intents[1] = type(second)(copied, second.source, second.loc)
    found = [str(p) for p in examples(files) if p.severity == "error"]
    assert len(found) == 1
    assert f"is also under {first.model.id}" in found[0]


def test_missing_required_intent(content_copy: Path):
    (content_copy / "intents" / "konvensi_wina.yaml").unlink()
    found = "\n".join(problems_of(content_copy))
    assert "required intent 'vcdr_definisi' is missing" in found
