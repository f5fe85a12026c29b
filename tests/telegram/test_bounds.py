"""Every message fits Telegram's limits whatever the data: long HTML is split (or trimmed) safely."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from telegram import Bot

from bot.content.markup import html_problems, visible_text
from bot.telegram.bounds import split_html, trim_html
from bot.telegram.render import Renderer
from bot.tutor import Button, Reply
from tests.support.botapi import BotAPIEmulator


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


words = st.sampled_from(["kerja", "sama", "ASEAN", "🇮🇩", "😀", "&amp;", "&lt;b&gt;", "ا", "\n", " ", "é"])


@st.composite
def telegram_html(draw) -> str:
    """Words and lines, some of them inside (nested) tags, as the tutor writes them."""
    parts = []
    for _ in range(draw(st.integers(1, 40))):
        text = "".join(draw(st.lists(words, min_size=1, max_size=30)))
        tags = draw(st.lists(st.sampled_from(["b", "i", "u", 'a href="https://t.me/x"']), max_size=2))
        for tag in tags:
            text = f"<{tag}>{text}</{tag.split()[0]}>"
        parts.append(text)
    return " ".join(parts)


@settings(max_examples=200, deadline=None)
@given(telegram_html(), st.integers(8, 120))
def test_every_chunk_is_valid_html_within_the_limit_and_nothing_is_lost(text: str, limit: int):
    assume(visible_text(text).strip())  # the tutor never sends a blank message
    chunks = split_html(text, limit)
    for chunk in chunks:
        assert html_problems(chunk) == []
        assert 0 < utf16(visible_text(chunk)) <= limit
        assert visible_text(chunk).strip()
    joined = "".join(visible_text(c) for c in chunks)
    assert "".join(joined.split()) == "".join(visible_text(text).split())


def test_a_long_text_breaks_at_lines_and_keeps_its_formatting_across_the_break():
    line = "<b>Baris</b> " + "kata " * 30
    first, second = split_html(f"<i>{line}\n{line}</i>", 200)
    assert first == f"<i>{line}</i>"
    assert second == f"<i>{line}</i>"


def test_trimmed_text_ends_with_an_ellipsis_and_short_text_is_untouched():
    assert trim_html("<b>pendek</b>", 20) == "<b>pendek</b>"
    trimmed = trim_html("<b>" + "panjang " * 10 + "</b>", 20)
    assert trimmed.endswith("</b>…")
    assert utf16(visible_text(trimmed)) <= 20


@pytest.fixture
async def bot(api: BotAPIEmulator) -> AsyncIterator[Bot]:
    async with Bot(api.token, base_url=api.base_url) as connected:
        yield connected


async def test_a_reply_over_4096_characters_arrives_as_several_messages_with_buttons_on_the_last(
    api, bot: Bot
):
    lines = [f"{n}. <b>{'&lt;Pertanyaan&gt; panjang 😀 ' * 8}</b>" for n in range(25)]
    reply = Reply("\n".join(lines), ((Button("🔁 Lagi", "x"),),))
    await Renderer().send_one(bot, 1001, reply)
    messages = await api.wait_for_messages(1001, 2)
    assert [m.method for m in messages] == ["sendMessage", "sendMessage"]
    assert all(len(m.message["text"]) <= 4096 for m in messages)
    assert messages[0].button_texts == []
    assert messages[-1].button_texts == ["🔁 Lagi"]
    assert "\n".join(m.text for m in messages) == reply.text
