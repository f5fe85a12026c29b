"""Students' names in pictures: every script drawn with a real glyph, emoji left out, Arabic shaped."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, features

from bot.tutor.lettering import coverage, font_paths, lettering
from bot.tutor.pictures import bar_chart_png

NAMES = {
    "Latin with diacritics": "Nguyễn Thị Ánh Łukasz Ğül Zoë Çelik",
    "Latin, decomposed accents": unicodedata.normalize("NFD", "Renée Bùi Đức"),
    "Arabic": "محمد عبد الله",
    "Arabic and Latin": "Ahmad أحمد",
    "Cyrillic": "Дмитрий Ёлкин",
    "Greek": "Αλέξανδρος Παπαδόπουλος",
    "Hebrew": "דוד כהן",
    "Devanagari": "प्रिया शर्मा",
    "Thai": "สมชาย ใจดี",
    "Javanese": "ꦱꦸꦒꦶꦪꦺꦴ",
    "Chinese": "王小明",
    "Japanese": "さくら サトウ",
    "Korean": "김민준",
}


@pytest.mark.parametrize("name", NAMES.values(), ids=NAMES.keys())
def test_every_character_of_a_name_has_a_glyph_in_the_font_that_draws_it(name: str):
    font = lettering(32)
    assert font.drawable(name) == name  # nothing left out
    for run in font.runs(name):
        covered = coverage(Path(run.font.path))
        assert all(ord(c) in covered for c in run.text), f"{run.text!r} would show boxes"


def test_emoji_are_left_out_cleanly_and_a_name_of_only_emoji_still_gets_a_label():
    font = lettering(32)
    assert font.drawable("Budi 🔥🔥 Santoso 👩‍🎓") == "Budi Santoso"
    assert font.drawable("🔥🔥") == ""
    chart = Image.open(io.BytesIO(bar_chart_png("Papan skor", (("🔥🔥", 1.0, "15"),))))
    assert chart.width == 1080


def draw(text: str) -> Image.Image:
    image = Image.new("L", (400, 80), 255)
    lettering(40).draw(ImageDraw.Draw(image), (10, 5), text, 0)
    return ImageChops.invert(image)  # ink is bright


def test_arabic_letters_are_joined_and_run_right_to_left():
    assert features.check("raqm"), "Pillow cannot shape Arabic: install libfribidi0 (see README)"
    joined, apart = draw("محمد"), draw("\u200c".join("محمد"))  # ZWNJ keeps each letter in its lone form
    assert joined.tobytes() != apart.tobytes()
    # Alef then beh: only the alef is tall, and written right to left it stands at the right end.
    ink = draw("اب")
    left, top, right, bottom = ink.getbbox()
    tall = ink.crop((left, top, right + 1, top + (bottom - top) // 3)).getbbox()
    assert tall is not None
    assert left + tall[0] > (left + right) / 2


def test_the_font_chain_is_installed():
    names = {p.name for p in font_paths()}
    assert {"NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf", "wqy-microhei.ttc"} <= names
