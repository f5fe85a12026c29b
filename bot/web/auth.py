"""Who is asking: Telegram Mini App init data, one-time links for a computer, and short sessions.

Pure functions: each takes the secret and the time, and raises `Refused` for anything not
signed by us or by Telegram, or too old.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import parse_qsl

INIT_DATA_MAX_AGE = timedelta(hours=24)
LINK_LIFETIME = timedelta(minutes=10)
SESSION_LIFETIME = timedelta(hours=2)


class Refused(Exception):
    """Missing, tampered or expired credentials; the caller answers 401 and shows nothing."""


@dataclass(frozen=True)
class Viewer:
    user_id: int
    name: str


@dataclass(frozen=True)
class LinkClaim:
    link_id: str  # single use: the server remembers it once used
    viewer: Viewer
    expires_at: datetime


def _hmac(key: bytes, message: bytes) -> bytes:
    return hmac.new(key, message, hashlib.sha256).digest()


def init_data_secret(bot_token: str) -> bytes:
    """Telegram's secret key for Mini App data: HMAC-SHA256 of the token, keyed with "WebAppData"."""
    return _hmac(b"WebAppData", bot_token.encode())


def data_check_string(fields: dict[str, str]) -> str:
    return "\n".join(f"{key}={fields[key]}" for key in sorted(fields) if key != "hash")


def validate_init_data(init_data: str, bot_token: str, now: datetime) -> Viewer:
    """The user in Telegram's init data (the query string a Mini App is launched with), if its
    `hash` matches and `auth_date` is under 24 hours old."""
    fields = dict(parse_qsl(init_data, keep_blank_values=True))
    given = fields.get("hash", "")
    expected = hmac.new(
        init_data_secret(bot_token), data_check_string(fields).encode(), hashlib.sha256
    ).hexdigest()
    if not given or not hmac.compare_digest(given, expected):
        raise Refused("bad signature")
    try:
        signed_at = datetime.fromtimestamp(int(fields["auth_date"]), tz=now.tzinfo)
        user = json.loads(fields["user"])
        viewer = Viewer(int(user["id"]), _full_name(user))
    except (KeyError, ValueError, TypeError) as exc:
        raise Refused("incomplete init data") from exc
    if not now - INIT_DATA_MAX_AGE <= signed_at <= now + timedelta(minutes=5):
        raise Refused("expired")
    return viewer


def _full_name(user: dict) -> str:
    return " ".join(str(user.get(k, "")).strip() for k in ("first_name", "last_name")).strip() or "?"


class Signer:
    """Our own signed tokens (links and sessions), keyed by a secret derived from the bot token."""

    def __init__(self, bot_token: str) -> None:
        self._key = _hmac(b"tutorbot dashboard", bot_token.encode())

    def issue_link(self, viewer: Viewer, now: datetime) -> str:
        payload = {"k": "link", "id": secrets.token_urlsafe(12), "u": viewer.user_id, "n": viewer.name}
        return self._sign(payload, now + LINK_LIFETIME)

    def read_link(self, token: str, now: datetime) -> LinkClaim:
        payload, expires_at = self._read(token, "link", now)
        return LinkClaim(str(payload["id"]), Viewer(int(payload["u"]), str(payload["n"])), expires_at)

    def issue_session(self, viewer: Viewer, now: datetime) -> str:
        return self._sign({"k": "session", "u": viewer.user_id, "n": viewer.name}, now + SESSION_LIFETIME)

    def read_session(self, token: str, now: datetime) -> Viewer:
        payload, _ = self._read(token, "session", now)
        return Viewer(int(payload["u"]), str(payload["n"]))

    def _sign(self, payload: dict, expires_at: datetime) -> str:
        body = json.dumps({**payload, "e": int(expires_at.timestamp())}, separators=(",", ":")).encode()
        encoded = base64.urlsafe_b64encode(body).rstrip(b"=")
        signature = base64.urlsafe_b64encode(_hmac(self._key, encoded)).rstrip(b"=")
        return f"{encoded.decode()}.{signature.decode()}"

    def _read(self, token: str, kind: str, now: datetime) -> tuple[dict, datetime]:
        encoded, _, signature = token.partition(".")
        expected = base64.urlsafe_b64encode(_hmac(self._key, encoded.encode())).rstrip(b"=").decode()
        if not signature or not hmac.compare_digest(signature, expected):
            raise Refused("bad signature")
        try:
            payload = json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
            expires_at = datetime.fromtimestamp(int(payload["e"]), tz=now.tzinfo)
        except (KeyError, ValueError, TypeError) as exc:
            raise Refused("unreadable token") from exc
        if payload.get("k") != kind:
            raise Refused(f"not a {kind} token")
        if now >= expires_at:
            raise Refused("expired")
        return payload, expires_at
