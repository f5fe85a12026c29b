"""Settings, read once from the environment or a `.env` file and passed to constructors."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated
from urllib.parse import urlparse

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///data/tutorbot.sqlite3"
DATABASE_SCHEMES = ("sqlite", "postgresql", "postgres")


class StartupError(Exception):
    """A setting that does not work, or a service that cannot be reached at start: one line that
    names the setting and the fix. `tutorbot` prints it and exits with code 2, no traceback."""


def is_loopback(host: str | None) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    database_url: str = DEFAULT_DATABASE_URL
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    port: int = Field(default=8443, ge=1, le=65535)
    log_level: str = "INFO"
    content_dir: Path = Path("content")
    web_port: int | None = Field(default=None, ge=1, le=65535)
    web_url: str | None = None
    # Seconds between a scheduled tournament's lobby opening and its start.
    schedule_join_seconds: float = Field(default=120.0, ge=1, le=3600)

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(int(part) for part in value.replace(" ", "").split(",") if part)
        return value

    @field_validator(
        "telegram_bot_token", "webhook_url", "webhook_secret", "web_port", "web_url", mode="before"
    )
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("database_url")
    @classmethod
    def _supported_database(cls, value: str) -> str:
        scheme = value.split(":", 1)[0].split("+", 1)[0].strip().lower()
        if scheme not in DATABASE_SCHEMES:
            raise ValueError(
                f"the scheme {scheme or '(none)'!r} is not supported; use sqlite:///path/to/file.sqlite3 "
                "or postgresql://user:password@host:5432/database"
            )
        return value

    @field_validator("webhook_url")
    @classmethod
    def _https_webhook(cls, value: str | None) -> str | None:
        if value is None:
            return None
        url = urlparse(value)
        if url.scheme == "https" and url.hostname:
            return value
        if url.scheme == "http" and is_loopback(url.hostname):
            return value  # a local Bot API server or a reverse proxy on this machine
        raise ValueError(
            "Telegram calls webhooks over https only: use https://your.domain/path "
            "(http is allowed only for a loopback address such as 127.0.0.1)"
        )

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            raise ValueError("LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    @field_validator("web_url")
    @classmethod
    def _https_or_loopback(cls, value: str | None) -> str | None:
        """Telegram opens Mini Apps over https only; plain http is for tests and a local proxy."""
        if value is None:
            return None
        url = urlparse(value.strip())
        if not url.hostname or url.scheme not in ("https", "http"):
            raise ValueError("WEB_URL must be an address like https://example.org")
        if url.scheme == "http" and not is_loopback(url.hostname):
            raise ValueError("WEB_URL must be https (plain http only on 127.0.0.1 or localhost)")
        return value.strip().rstrip("/")
