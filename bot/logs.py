"""Logging set-up that never shows a secret: the bot token is masked in every line and traceback."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from urllib.parse import quote

MASK = "<redacted>"


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then masks each secret (httpx logs request URLs, which hold the token)."""

    def __init__(self, secrets: Iterable[str], fmt: str | None = None) -> None:
        super().__init__(fmt)
        variants = {v for s in secrets if s for v in (s, quote(s, safe=""))}
        self._secrets = sorted(variants, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        return text

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))


def configure_logging(level: str, secrets: Iterable[str] = ()) -> RedactingFormatter:
    formatter = RedactingFormatter(secrets, "%(asctime)s %(levelname)s %(name)s: %(message)s")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    return formatter
