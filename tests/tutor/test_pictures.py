"""Students' names in pictures: every script and emoji drawn with a real glyph, Arabic shaped."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageChops, features

from bot.tutor.lettering import coverage, font_paths, lettering
from bot.tutor.pictures import MARGIN, PADDING, STRIPE, WIDTH, bar_chart_png, table_png

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
    "emoji, a sequence, a skin tone, a flag": "Budi 🔥 👩‍🎓 👍🏽 🇮🇩 ❤️",
}


@pytest.mark.parametrize("name", NAMES.values(), ids=NAMES.keys())
def test_every_character_of_a_name_has_a_glyph_in_the_font_that_draws_it(name: str):
    font = lettering(32)
    assert font.drawable(name) == name.replace("\ufe0f", "")  # nothing left out but emoji-style selectors
    for run in font.runs(name):
        covered = coverage(Path(run.font.path))
        assert all(ord(c) in covered for c in run.text), f"{run.text!r} would show boxes"


def test_what_no_font_has_is_left_out_cleanly_and_a_name_of_nothing_else_still_gets_a_label():
    font = lettering(32)
    hieroglyphs = "\U00013000\U00013001"  # a script no font of the chain has
    assert font.drawable(f"Budi {hieroglyphs} Santoso") == "Budi Santoso"
    assert font.drawable(hieroglyphs) == ""
    chart = Image.open(io.BytesIO(bar_chart_png("Papan skor", ((hieroglyphs, 1.0, "15"),))))
    assert chart.width == 1080


def test_emoji_are_drawn_in_colour_at_the_size_of_the_text():
    image = Image.new("RGB", (400, 80), "white")
    lettering(40).draw(image, (10, 5), "🔥", (0, 0, 0))
    left, top, right, bottom = ImageChops.difference(image, Image.new("RGB", image.size, "white")).getbbox()
    assert 25 <= right - left <= 60
    assert 25 <= bottom - top <= 60
    colours = image.crop((left, top, right, bottom)).getcolors(maxcolors=100_000)
    assert any(r > g + 60 for _, (r, g, _b) in colours)  # the flame's orange-red


def draw(text: str) -> Image.Image:
    image = Image.new("L", (400, 80), 255)
    lettering(40).draw(image, (10, 5), text, 0)
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
    assert {
        "NotoSans-Regular.ttf",
        "NotoSansArabic-Regular.ttf",
        "NotoColorEmoji.ttf",
        "wqy-microhei.ttc",
    } <= names


def test_words_are_laid_out_in_reading_order_whatever_the_direction():
    font = lettering(32)
    assert [r.text for r in font.runs("محمد عبد الله")] == ["الله", " ", "عبد", " ", "محمد"]
    assert [r.text for r in font.runs("Ali محمد عبد 7")] == ["Ali", " ", "عبد", " ", "محمد", " ", "7"]
    assert [r.text for r in font.runs("محمد 🌙")] == ["🌙", " ", "محمد"]


def test_a_word_wider_than_its_table_column_wraps_inside_it():
    long_word = "perjanjian-perjanjian-perjanjian-internasional"
    png = table_png("Tabel", ["", "Bilateral", "Regional"], [["Bentuk", long_word, "forum"]])
    image = Image.open(io.BytesIO(png)).convert("RGB")
    inner = WIDTH - 2 * MARGIN
    label_w = int(inner * 0.22)
    second = MARGIN + label_w + (inner - label_w) // 2  # where the last column's rule is
    gap = image.crop((second + 3, 200, second + PADDING - 3, image.height - MARGIN - 3))
    assert {colour for _, colour in gap.getcolors()} <= {(255, 255, 255), STRIPE}, "text ran over"
