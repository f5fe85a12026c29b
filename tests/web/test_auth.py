"""Init data checked as Telegram documents it; our one-time links and sessions signed and dated."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.web.auth import Refused, Signer, Viewer, validate_init_data
from tests.support.webapp import sign_init_data

TOKEN = "123456:TEST-token"
NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)
ANI = {"id": 2101, "first_name": "Ani", "last_name": "Lestari", "language_code": "id"}


def test_init_data_signed_by_telegram_names_the_user():
    init_data = sign_init_data(TOKEN, ANI, NOW - timedelta(minutes=3))
    assert validate_init_data(init_data, TOKEN, NOW) == Viewer(2101, "Ani Lestari")


def test_a_name_with_emoji_and_html_survives_the_signature():
    user = {"id": 7, "first_name": "<b>Budi</b> 😀 & co"}
    assert validate_init_data(sign_init_data(TOKEN, user, NOW), TOKEN, NOW).name == "<b>Budi</b> 😀 & co"


@pytest.mark.parametrize(
    "init_data",
    [
        "",
        "user=%7B%22id%22%3A1%7D&auth_date=1",
        sign_init_data(TOKEN, ANI, NOW).replace("2101", "2102"),  # another user id, same hash
        sign_init_data("654321:OTHER-token", ANI, NOW),  # another bot's data
        sign_init_data(TOKEN, ANI, NOW)[:-1] + "0",
    ],
    ids=["missing", "unsigned", "tampered", "other-bot", "bad-hash"],
)
def test_anything_telegram_did_not_sign_is_refused(init_data: str):
    with pytest.raises(Refused):
        validate_init_data(init_data, TOKEN, NOW)


def test_init_data_older_than_a_day_is_refused():
    assert validate_init_data(sign_init_data(TOKEN, ANI, NOW - timedelta(hours=23, minutes=59)), TOKEN, NOW)
    with pytest.raises(Refused):
        validate_init_data(sign_init_data(TOKEN, ANI, NOW - timedelta(hours=24, seconds=1)), TOKEN, NOW)


def test_a_link_is_good_for_ten_minutes_and_names_who_it_was_for():
    signer = Signer(TOKEN)
    token = signer.issue_link(Viewer(9, "Bu Guru"), NOW)
    claim = signer.read_link(token, NOW + timedelta(minutes=9, seconds=59))
    assert claim.viewer == Viewer(9, "Bu Guru")
    assert claim.link_id != signer.read_link(signer.issue_link(Viewer(9, "Bu Guru"), NOW), NOW).link_id
    with pytest.raises(Refused):
        signer.read_link(token, NOW + timedelta(minutes=10))


def test_links_and_sessions_cannot_be_forged_or_swapped():
    signer = Signer(TOKEN)
    link = signer.issue_link(Viewer(9, "Guru"), NOW)
    session = signer.issue_session(Viewer(9, "Guru"), NOW)
    with pytest.raises(Refused):
        signer.read_session(link, NOW)
    with pytest.raises(Refused):
        signer.read_link(session, NOW)
    with pytest.raises(Refused):
        Signer("654321:OTHER-token").read_session(session, NOW)
    body, _, signature = session.partition(".")
    with pytest.raises(Refused):
        signer.read_session(body[:-2] + "xx." + signature, NOW)
    assert signer.read_session(session, NOW + timedelta(hours=1)) == Viewer(9, "Guru")
