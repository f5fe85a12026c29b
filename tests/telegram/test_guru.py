"""/guru on a bot without a dashboard: it says how to turn it on, and offers no button."""

from __future__ import annotations

from tests.telegram.conftest import Student


async def test_without_web_url_guru_says_how_to_enable_it(api, student: Student):
    [reply] = await student.says("/guru")
    assert "WEB_PORT" in (reply.text or "")
    assert "WEB_URL" in (reply.text or "")
    assert not reply.reply_markup
    assert api.menu_button(student.chat_id) == {"type": "commands"}
