"""A class in a Telegram group: the bot answers when addressed and ignores the chatter."""

from __future__ import annotations

import pytest

from tests.support.botapi import DEFAULT_GROUP_CHAT_ID
from tests.telegram.conftest import ADMIN_ID, Student


def classmate(api, user_id: int) -> Student:
    return Student(api, user_id=user_id, chat_id=DEFAULT_GROUP_CHAT_ID, chat_type="group", patience=15)


async def test_added_to_a_group_it_introduces_itself_once(api, running, content):
    api.bot_added_to_group(DEFAULT_GROUP_CHAT_ID)
    [intro] = await api.wait_for_messages(DEFAULT_GROUP_CHAT_ID)
    assert "/tanya" in intro.text
    assert "@tutor_test_bot" in intro.text


async def test_mention_reply_and_command_are_answered_chatter_is_not(api, running, content):
    ani, budi = classmate(api, 2001), classmate(api, 2002)
    [answer] = await ani.says("@tutor_test_bot apa itu asean")
    assert answer.text == content.intents["org_asean"].answer
    await budi.says("eh nanti pulang bareng ga", replies=0)
    await budi.hears_nothing()
    [follow] = await budi.says("kalau wto apa?", reply_to=answer)
    assert follow.text == content.intents["org_wto"].answer
    asked, _summary = await ani.says("/tanya bedanya bilateral dan regional apa", replies=2)
    assert asked.method == "sendPhoto"
    [answer] = await budi.says("/ask apa itu wto")  # the habit of Discord bots
    assert answer.text == content.intents["org_wto"].answer
    await ani.says("/perintahbotlain", replies=0)
    await ani.hears_nothing()
    api.send_sticker(**ani.sender)
    await ani.hears_nothing()


async def test_unanswered_questions_are_never_posted_to_the_class(api, running, content):
    await Student(api, 2003, 2003).says("resep rendang rahasia keluargaku gimana")
    admin = classmate(api, ADMIN_ID)
    [pointer] = await admin.says("/belumterjawab")
    assert pointer.text == content.messages.private_only
    assert "rendang" not in "".join(m.text or "" for m in api.messages(DEFAULT_GROUP_CHAT_ID))


async def test_a_silence_check_outlasts_the_group_pacing(api, running):
    ani = classmate(api, 2004)
    await ani.says("/tanya apa itu asean")
    api.send_text("/tanya apa itu wto", **ani.sender)  # its answer waits for the group's next slot
    with pytest.raises(AssertionError, match="should have stayed silent"):
        await ani.hears_nothing()
