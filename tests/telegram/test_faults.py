"""Floods, duplicate deliveries, Bot API errors and restarts: nothing crashes, no reply is lost."""

from __future__ import annotations

import logging

from bot.logs import MASK, configure_logging
from bot.store import Stores
from bot.tutor import Tutor
from tests.telegram.conftest import RunningBot, Student


async def test_flooding_user_gets_one_notice_then_silence_others_unaffected(api, running, content):
    flooder, other = Student(api, 3001, 3001), Student(api, 3002, 3002)
    for n in range(25):
        api.send_text(f"halo {n}", **flooder.sender)
    [*answers, notice] = await api.wait_for_messages(flooder.chat_id, 21, timeout=60)
    assert notice.text == content.messages.flood
    assert all(a.text != content.messages.flood for a in answers)
    await flooder.hears_nothing()
    [hello] = await other.says("halo")
    assert hello.text == content.intents["sapaan"].answer


async def test_duplicate_update_is_answered_once(api, student: Student):
    update = api.send_text("apa itu asean", **student.sender)
    await api.wait_for_messages(student.chat_id)
    api.push_update(update)
    await student.hears_nothing()


async def test_429_5xx_and_timeouts_are_retried_without_losing_the_reply(api, student: Student, content):
    api.fail_next("sendMessage", status=429, retry_after=1)
    [reply] = await student.says("apa itu asean")
    assert reply.text == content.intents["org_asean"].answer
    api.fail_next("sendMessage", status=502, count=2)
    [reply] = await student.says("apa itu wto")
    assert reply.text == content.intents["org_wto"].answer
    api.delay_next("sendMessage", 6.0)  # longer than the client's read timeout
    api.send_text("apa itu imf", **student.sender)
    [reply, *_repeated] = await api.wait_for_messages(student.chat_id, 1, timeout=20)
    assert reply.text == content.intents["org_imf"].answer


async def test_after_a_restart_old_buttons_still_work(api, running, student: Student, content):
    [answer] = await student.says("apa itu bilateral")
    await running.restart()
    title = content.intents["bilateral_contoh"].title
    [more] = await student.taps(answer, title)
    assert more.text == content.intents["bilateral_contoh"].answer


async def test_token_never_appears_in_logs_even_at_debug(api, running, student: Student, capsys):
    configure_logging("DEBUG", [api.token])
    try:
        api.fail_next("sendMessage", status=500)
        await student.says("apa itu asean")
        await student.says("resep rendang dong")
        logging.getLogger("httpx").debug("request to %s", f"{api.base_url}{api.token}/getMe")
    finally:
        logging.getLogger().handlers.clear()
        logging.getLogger().setLevel(logging.WARNING)
    logged = capsys.readouterr().err
    assert "sendMessage" in logged
    assert MASK in logged
    assert api.token not in logged
    assert api.token.replace(":", "%3A") not in logged


async def test_a_refused_command_menu_is_a_warning_not_a_stop(api, content, matcher, db, caplog):
    api.fail_next("setMyCommands", status=400, count=2, description="Bad Request: BOT_COMMANDS_TOO_MUCH")
    bot = RunningBot(api, lambda: Tutor(content, matcher, Stores.on(db)))
    await bot.start()
    try:
        [answer] = await Student(api, 4001, 4001).says("apa itu asean")
        assert answer.text == content.intents["org_asean"].answer
    finally:
        await bot.stop()
    assert "command menu was not registered" in caplog.text
