"""A pasted worksheet answered in order: one short block per question, packed into few messages.

Few messages keep a ten-question worksheet well inside Telegram's one-message-a-second pacing;
a question the tutor is unsure of gets a numbered button per choice instead of an answer.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from bot.content import Content
from bot.content.models import COMPARISON_INTENT, MESSAGE_LIMIT, fill
from bot.tutor import actions as act
from bot.tutor.reading import Message, Reading
from bot.tutor.replies import Button, Reply, rows

QUESTION_SHOWN = 90  # characters of each question repeated above its answer
LABEL_LIMIT = 48  # characters of a button label on a phone
PACKED_LIMIT = MESSAGE_LIMIT - 500  # room for Telegram counting emoji twice


def worksheet_replies(message: Message, content: Content) -> list[Reply]:
    blocks: list[str] = []
    buttons: list[Button] = []
    for position, reading in enumerate(message.readings, 1):
        number = reading.number or position
        blocks.append(f"<b>{number}. {html.escape(_shorten(reading.question, QUESTION_SHOWN))}</b>")
        blocks[-1] += "\n" + _body(reading, content)
        buttons += _buttons(number, reading, content)
    if message.left_out:
        blocks.append(fill(content.messages.worksheet_more, count=len(message.readings)))
    texts = _pack(blocks)
    replies = [Reply(text) for text in texts[:-1]]
    return [*replies, Reply(texts[-1], rows(buttons))]


def option_line(reading: Reading, content: Content) -> str:
    """ "👉 Pilihan yang cocok: b. ASEAN" under a multiple-choice answer; empty when unsure."""
    if reading.option is None:
        return ""
    letter = f"{reading.option.letter}. " if reading.option.letter else ""
    chosen = letter + html.escape(reading.option.text)
    return "\n\n" + fill(content.messages.option_fits, option=chosen)


def _body(reading: Reading, content: Content) -> str:
    if reading.intent is not None:
        return content.intents[reading.intent].answer + option_line(reading, content)
    if reading.choices:
        return content.messages.worksheet_unsure
    return content.messages.worksheet_unknown


def _buttons(number: int, reading: Reading, content: Content) -> list[Button]:
    if reading.intent == COMPARISON_INTENT and len(reading.concepts) >= 2:
        label = _shorten(f"{number}. {content.intents[COMPARISON_INTENT].title}", LABEL_LIMIT)
        return [Button(label, act.encode(act.COMPARE_SUMMARY, act.letters(reading.concepts)))]
    return [
        Button(_shorten(f"{number}. {content.intents[c].title}", LABEL_LIMIT), act.encode(act.ANSWER, c))
        for c in reading.choices
    ]


def _pack(blocks: Sequence[str], limit: int = PACKED_LIMIT) -> list[str]:
    """Blocks joined into as few messages as fit; a block is never cut (answers are far shorter)."""
    texts: list[str] = []
    for block in blocks:
        if texts and len(texts[-1]) + 2 + len(block) <= limit:
            texts[-1] += "\n\n" + block
        else:
            texts.append(block)
    return texts


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
