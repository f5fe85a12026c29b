"""Telegram's length limits, whatever the data: long HTML split into messages, or trimmed, at a line
or a word where it can, and never inside a tag or an entity; tags cut apart are closed and reopened."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

MESSAGE_LIMIT = 4096  # what a reader sees (tags and entities parsed), in UTF-16 code units
_TOKEN = re.compile(r"(<[^>]*>)|(&#?\w+;)|(.)", re.DOTALL)
_TAG_NAME = re.compile(r"</?\s*([\w-]+)")


@dataclass(frozen=True)
class _Token:
    source: str
    width: int
    tag: str | None = None
    closing: bool = False


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for tag, entity, char in _TOKEN.findall(text):
        if tag:
            name = _TAG_NAME.match(tag)
            tokens.append(_Token(tag, 0, name[1].lower() if name else "", tag.startswith("</")))
        else:
            tokens.append(_Token(entity or char, _utf16(html.unescape(entity) if entity else char)))
    return tokens


def split_html(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """`text` as one or more messages of at most `limit` visible characters each."""
    tokens = _tokens(text)
    if sum(t.width for t in tokens) <= limit:
        return [text]
    chunks: list[str] = []
    still_open: list[_Token] = []
    start = 0
    while start < len(tokens):
        end, skip = _cut(tokens, start, limit)
        reopened = "".join(t.source for t in still_open)
        for token in tokens[start:end]:
            if token.tag and token.closing:
                if still_open and still_open[-1].tag == token.tag:
                    still_open.pop()
            elif token.tag:
                still_open.append(token)
        body = "".join(t.source for t in tokens[start:end])
        closed = "".join(f"</{t.tag}>" for t in reversed(still_open))
        if any(t.width and not t.source.isspace() for t in tokens[start:end]):
            chunks.append(reopened + body + closed)
        start = end + skip
    return chunks


def trim_html(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """`text` cut to `limit` visible characters, with an ellipsis when anything was left out."""
    chunks = split_html(text, limit - 1)
    return text if len(chunks) == 1 else chunks[0] + "…"


def _cut(tokens: list[_Token], start: int, limit: int) -> tuple[int, int]:
    """Where the chunk from `start` ends, and how many separating tokens (a newline, a space) to drop."""
    width, end = 0, start
    newline = space = None
    while end < len(tokens) and width + tokens[end].width <= limit:
        if tokens[end].source == "\n" and width >= limit // 2:
            newline = end
        elif tokens[end].source == " ":
            space = end
        width += tokens[end].width
        end += 1
    if end == len(tokens):
        return end, 0
    breaking = newline if newline is not None else space
    if breaking is not None and breaking > start:
        return breaking, 1
    while end - 1 > start and tokens[end - 1].tag and not tokens[end - 1].closing:
        end -= 1  # a tag opened just before the cut opens in the next chunk instead
    return end, 0
