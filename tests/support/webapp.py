"""Launch parameters signed as Telegram signs them when a client opens a Mini App."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime
from urllib.parse import quote, urlencode


def sign_init_data(bot_token: str, user: dict, signed_at: datetime, **extra: str) -> str:
    """The `tgWebAppData` query string: fields, then `hash` = hex HMAC-SHA256 of the sorted
    `key=value` lines under the key HMAC-SHA256("WebAppData", token)."""
    fields = {
        "query_id": "AAHdF6IQAAAAAN0XohDhrOrc",
        "user": json.dumps(user, separators=(",", ":"), ensure_ascii=False),
        "auth_date": str(int(signed_at.timestamp())),
        "signature": "unused-by-bots",
        **extra,
    }
    check = "\n".join(f"{k}={fields[k]}" for k in sorted(fields))
    secret = hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()
    fields["hash"] = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    return urlencode(fields, quote_via=quote)


def launch_fragment(init_data: str, theme: dict | None = None) -> str:
    """What Telegram puts after `#` in the Mini App's URL."""
    params = {
        "tgWebAppData": init_data,
        "tgWebAppVersion": "8.0",
        "tgWebAppPlatform": "android",
        "tgWebAppThemeParams": json.dumps(theme or {}, separators=(",", ":")),
    }
    return urlencode(params, quote_via=quote)
