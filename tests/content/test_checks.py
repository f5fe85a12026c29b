"""Rules a teacher meets in `tutorbot check`: answers that fit a phone, help that lists every command,
lexicon entries that can work."""

from __future__ import annotations

from pathlib import Path

from bot.content import load_content
from bot.content.models import ANSWER_LIMIT
from tests.content.test_loader import break_file, problems_of

RELATED = "  related: [bilateral_pihak"  # the line after bilateral_definisi's answer
LONG = "Kalimat tambahan yang membuat jawaban ini terlalu panjang untuk dibaca di layar ponsel. " * 8


def test_an_answer_longer_than_a_phone_screen_is_an_error(content_copy: Path):
    path = content_copy / "intents" / "bilateral.yaml"
    line = break_file(path, "  answer: |-\n", f"  answer: |-\n    {LONG}\n")
    found = problems_of(content_copy)
    assert len(found) == 1, found
    assert found[0].startswith(f"{path}:{line}: bilateral_definisi: answer has ")
    assert f"at most {ANSWER_LIMIT} fit a phone screen" in found[0]


def test_the_rest_behind_selengkapnya_has_the_same_limit_and_html_rules(content_copy: Path):
    path = content_copy / "intents" / "bilateral.yaml"
    line = break_file(path, RELATED, f"  more: |-\n    <b>{LONG}\n{RELATED}")
    found = problems_of(content_copy)
    assert f"{path}:{line}: bilateral_definisi: more: <b> is never closed" in found
    assert any(p.startswith(f"{path}:{line}: bilateral_definisi: more has ") for p in found), found


def test_a_short_answer_with_more_is_fine(content_copy: Path):
    path = content_copy / "intents" / "bilateral.yaml"
    break_file(path, RELATED, f"  more: |-\n    Penjelasan lanjutan.\n{RELATED}")
    assert load_content(content_copy).intents["bilateral_definisi"].more == "Penjelasan lanjutan."


def line_of(path: Path, text: str, after: str = "") -> int:
    """The 1-based line where `text` first stands after `after`."""
    content = path.read_text(encoding="utf-8")
    return content[: content.index(text, content.index(after))].count("\n") + 1


def test_help_and_bantuan_must_name_every_menu_command(content_copy: Path):
    messages = content_copy / "messages.yaml"
    intents = content_copy / "intents" / "percakapan.yaml"
    break_file(messages, "  /stop – ", "  stop – ")
    break_file(intents, " /stop: ", " stop: ")
    missing = "does not mention /stop, which is in the command menu"
    assert sorted(problems_of(content_copy)) == sorted(
        [
            f"{messages}:{line_of(messages, 'help: |-')}: help: {missing}",
            f"{intents}:{line_of(intents, 'answer: |-', after='id: bantuan')}: bantuan: {missing}",
        ]
    )


def test_a_command_added_to_a_menu_must_be_explained(content_copy: Path):
    messages = content_copy / "messages.yaml"
    klasemen = "    klasemen: Papan skor"
    break_file(messages, klasemen, f"    belumterjawab: Pertanyaan tak terjawab\n{klasemen}")
    found = "\n".join(problems_of(content_copy))
    assert "help: does not mention /belumterjawab, which is in the command menu" in found
    assert "bantuan: does not mention /belumterjawab, which is in the command menu" in found


def test_a_longer_command_does_not_count_as_a_shorter_one(content_copy: Path):
    messages = content_copy / "messages.yaml"
    break_file(messages, "  /kuis – ", "  /kuisku – ")
    found = "\n".join(problems_of(content_copy))
    assert "help: does not mention /kuis," in found


def test_a_menu_command_telegram_would_refuse_is_named(content_copy: Path):
    messages = content_copy / "messages.yaml"
    line = break_file(messages, "    ulang: Ulangi", "    Ulang-Soal: Ulangi")
    found = problems_of(content_copy)
    assert any(p.startswith(f"{messages}:{line}: commands.private.Ulang-Soal") for p in found), found


def test_a_synonym_with_a_word_slang_drops_can_never_be_found(content_copy: Path):
    path = content_copy / "lexicon.yaml"
    line = break_file(path, "synonyms:\n", "synonyms:\n  cak mano: bagaimana\n") + 1
    assert problems_of(content_copy) == [
        f"{path}:{line}: synonym 'cak mano' can never be found: slang drops 'cak'"
    ]


def test_a_root_must_be_one_lowercase_word(content_copy: Path):
    path = content_copy / "lexicon.yaml"
    line = break_file(path, "  - maluku\n", "  - Maluku Utara\n")
    found = problems_of(content_copy)
    assert any(p.startswith(f"{path}:{line}: roots") for p in found), found
