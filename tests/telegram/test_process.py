"""`tutorbot run` as a real process: polling, webhook mode with its secret, graceful SIGTERM."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from pathlib import Path

import aiohttp

from tests.support.process import free_port, tutorbot_run


async def test_polling_process_finishes_the_reply_in_flight_on_sigterm(api, tmp_path, content):
    async with tutorbot_run(api, tmp_path) as process:
        await api.wait_for_call("getUpdates", timeout=30)
        api.delay_next("sendMessage", 1.5)  # the reply is still on its way when SIGTERM arrives
        api.send_text("apa itu asean", user_id=5)
        await api.wait_for_call("sendMessage", timeout=10)
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, stderr.decode()[-2000:]
    [reply] = api.messages(5)
    assert reply.text == content.intents["org_asean"].answer
    logged = stderr.decode()
    assert "getUpdates" in logged  # DEBUG logging was on, request URLs included ...
    assert api.token not in logged  # ... and the token was masked in every one


async def test_webhook_mode_accepts_only_requests_with_the_secret(api, tmp_path, content):
    api.allow_http_webhook = True  # like a local Bot API server; Telegram itself wants https
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    async with tutorbot_run(
        api, tmp_path, WEBHOOK_URL=url, WEBHOOK_SECRET="s3cret-token", PORT=str(port)
    ) as process:
        registered = await api.wait_for_call("setWebhook", timeout=30)
        assert registered.params["url"] == url
        assert registered.params["secret_token"] == "s3cret-token"
        student = {"id": 77, "is_bot": False, "first_name": "A"}
        chat = {"id": 77, "type": "private"}
        update = {
            "update_id": 1,
            "message": {"message_id": 1, "date": 0, "text": "apa itu wto", "chat": chat, "from": student},
        }
        async with aiohttp.ClientSession() as http:
            for _ in range(50):  # the listener starts just after setWebhook
                try:
                    async with http.post(url, json=update) as refused:
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            assert refused.status == 403
            headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
            async with http.post(url, json=update, headers=headers) as accepted:
                assert accepted.status == 200
        [reply] = await api.wait_for_messages(77, timeout=10)
        assert reply.text == content.intents["org_wto"].answer
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), timeout=30)
    assert process.returncode == 0


async def test_webhook_without_secret_refuses_to_start(api, tmp_path):
    async with tutorbot_run(
        api, tmp_path, WEBHOOK_URL="https://example.org/hook", WEBHOOK_SECRET=""
    ) as process:
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 2
    assert "WEBHOOK_SECRET" in stderr.decode()


def recorded_answers(tmp_path: Path) -> list[tuple[int, str, int]]:
    with sqlite3.connect(tmp_path / "bot.sqlite3") as db:
        return db.execute("SELECT user_id, question_id, points FROM answers ORDER BY id").fetchall()


async def until(condition, within: float = 20.0) -> None:
    for _ in range(int(within / 0.1)):
        if condition():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("condition not met in time")


async def test_sigkill_mid_tournament_loses_no_answer_and_the_tournament_resumes(api, tmp_path):
    group, ani, budi = -1001001, 3101, 3102

    async def next_message(kind: str):
        [message] = await api.wait_for_messages(group, 1, timeout=30)
        assert message.method == kind, message
        return message

    def answer(poll, user_id: int, right: bool) -> None:
        correct = poll.poll["correct_option_ids"][0]
        api.poll_answer(
            poll.poll["id"], user_id, [correct if right else (correct + 1) % len(poll.poll["options"])]
        )

    async with tutorbot_run(api, tmp_path, LOG_LEVEL="INFO") as first:
        api.send_text("/kuis", user_id=ani, chat_id=group, chat_type="group", first_name="Ani")
        lobby = await next_message("sendMessage")
        for label, user in (("3 soal", ani), ("🙋 Ikut", budi)):
            api.press_button(
                lobby, lobby.callback_data(label), user_id=user, first_name="Budi" if user == budi else "Ani"
            )
            lobby = await next_message("editMessageText")
        api.press_button(lobby, lobby.callback_data("▶️ Mulai"), user_id=ani)
        poll = await next_message("sendPoll")  # the question first, then the lobby says "Mulai!"
        await next_message("editMessageText")
        answer(poll, ani, right=True)
        answer(poll, budi, right=True)
        await next_message("sendMessage")  # standings after question 1
        poll = await next_message("sendPoll")
        answer(poll, ani, right=True)
        await until(lambda: len(recorded_answers(tmp_path)) == 3)
        before = recorded_answers(tmp_path)
        first.kill()  # SIGKILL: no shutdown, no goodbye
        await first.wait()

    assert recorded_answers(tmp_path) == before
    async with tutorbot_run(api, tmp_path, LOG_LEVEL="INFO") as second:
        answer(poll, budi, right=False)  # question 2 is still open after the restart
        standing = await next_message("sendMessage")
        assert standing.text.startswith("Setelah soal 2:")
        poll = await next_message("sendPoll")
        answer(poll, ani, right=True)
        answer(poll, budi, right=True)
        await next_message("sendMessage")  # standings after question 3
        await next_message("sendPhoto")
        result = await next_message("sendMessage")
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.wait(), timeout=30)
    assert "Ani: <b>" in result.text
    assert "(3 benar)" in result.text
    assert "Budi: <b>" in result.text
    assert "(2 benar)" in result.text
    assert recorded_answers(tmp_path)[:3] == before
    assert len(recorded_answers(tmp_path)) == 6
