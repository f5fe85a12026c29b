"""Telegram's HTML dialect: which tags a message may use, checked before Telegram refuses it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

ALLOWED_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
     "blockquote", "tg-spoiler", "span", "tg-emoji"}
)  # fmt: skip
_ENTITY = re.compile(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)")


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed by Telegram")
        elif tag == "a" and not dict(attrs).get("href"):
            self.problems.append("<a> needs an href")
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes a tag that is not open")
            return
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def html_problems(text: str) -> list[str]:
    """What Telegram would refuse in `text` sent with parse_mode HTML (empty list: fine)."""
    checker = _Checker()
    checker.feed(text)
    checker.close()
    problems = checker.problems
    problems += [f"<{tag}> is never closed" for tag in checker.open]
    if _ENTITY.search(text):
        problems.append("a bare '&' must be written as &amp;")
    return problems


def visible_text(text: str) -> str:
    """The text a reader sees once the tags are gone (what Telegram counts against limits)."""
    checker = _Checker()
    checker.feed(text)
    checker.close()
    return "".join(checker.text)
