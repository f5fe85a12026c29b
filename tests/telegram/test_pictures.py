"""Pictures on Telegram: always current, reused only when the content is the same, drawn off the loop."""

from __future__ import annotations

import html
import threading
from collections.abc import AsyncIterator

import pytest
from telegram import Bot

from bot.store import Stores
from bot.telegram import render
from bot.telegram.render import Renderer
from bot.tutor import Reply
from bot.tutor.pictures import bar_chart_png
from bot.tutor.quiz import leitner_move, now_utc
from bot.tutor.replies import Picture
from tests.support.botapi import DEFAULT_GROUP_CHAT_ID, BotAPIEmulator
from tests.telegram.conftest import Student


async def answer_right(student: Student, question, content) -> list:
    item = next(q for q in content.quiz if html.escape(q.question) in question.text)
    return await student.taps(question, item.options[item.correct_index], replies=2)


async def test_skor_twice_with_progress_in_between_shows_the_new_progress(api, student: Student, content):
    [menu] = await student.says("/kuis")
    [lengths] = await student.taps(menu, "Konvensi Wina 1961")
    [question] = await student.taps(lengths, "5 soal")
    _, question = await answer_right(student, question, content)
    first_photo, first = await student.says("/skor", replies=2)
    assert "Jawaban: <b>1</b>" in first.text
    assert isinstance(first_photo.photo, bytes)

    await answer_right(student, question, content)
    second_photo, second = await student.says("/skor", replies=2)
    assert "Jawaban: <b>2</b>" in second.text
    assert isinstance(second_photo.photo, bytes), "the first chart was sent again"
    assert second_photo.photo != first_photo.photo

    third_photo, _ = await student.says("/skor", replies=2)
    assert third_photo.photo == second_photo.message["photo"][-1]["file_id"]  # same content: reused


async def test_leaderboard_after_another_tournament_shows_the_new_points(api, running, db, content):
    stores, now = Stores.on(db), now_utc()
    question = content.quiz[0].id

    async def tournament_won_by(user_id: int, name: str, points: int) -> None:
        lobby = await stores.tournaments.open_lobby(DEFAULT_GROUP_CHAT_ID, user_id, 3, 30, now)
        assert lobby is not None
        await stores.progress.answer_poll(
            f"poll-{lobby.id}", lobby.id, user_id, question, True, points, now,
            lambda box, right: leitner_move(box, right, now), name,
        )  # fmt: skip
        assert await stores.tournaments.finish(lobby.id)

    teacher = Student(api, 2201, DEFAULT_GROUP_CHAT_ID, "group", patience=15)
    await tournament_won_by(2202, "Ani", 14)
    first_photo, first = await teacher.says("/klasemen", replies=2)
    assert "🥇 Ani: <b>14</b>" in first.text
    await tournament_won_by(2203, "Budi", 15)
    second_photo, second = await teacher.says("/klasemen", replies=2)
    assert "🥇 Budi: <b>15</b>" in second.text
    assert isinstance(second_photo.photo, bytes), "the old leaderboard picture was sent again"
    assert second_photo.photo != first_photo.photo


drawn_in: list[threading.Thread] = []


def record_thread(label: str) -> bytes:
    drawn_in.append(threading.current_thread())
    return bar_chart_png(label, (("Ani", 1.0, "10"),))


@pytest.fixture
async def bot(api: BotAPIEmulator) -> AsyncIterator[Bot]:
    async with Bot(api.token, base_url=api.base_url) as connected:
        yield connected


async def test_pictures_are_drawn_off_the_event_loop(api, bot: Bot):
    drawn_in.clear()
    await Renderer().send_one(bot, 1001, Reply("Papan skor", picture=Picture(record_thread, ("A",), "a.png")))
    [photo, _text] = await api.wait_for_messages(1001, 2)
    assert isinstance(photo.photo, bytes)
    assert drawn_in
    assert threading.main_thread() not in drawn_in


async def test_reused_uploads_are_bounded_and_keyed_by_content(api, bot: Bot, monkeypatch):
    monkeypatch.setattr(render, "KEPT_UPLOADS", 2)
    renderer = Renderer()

    async def send(title: str, name: str) -> bytes | str | None:
        picture = Picture(bar_chart_png, (title, (("Ani", 0.5, "5"),)), name)
        await renderer.send_one(bot, 1001, Reply(title, picture=picture))
        photo, _ = await api.wait_for_messages(1001, 2)
        return photo.photo

    assert isinstance(await send("A", "same-name.png"), bytes)
    assert isinstance(await send("B", "same-name.png"), bytes)  # same name, other content: drawn anew
    assert isinstance(await send("A", "other-name.png"), str)  # same content, other name: reused
    assert isinstance(await send("C", "c.png"), bytes)
    assert isinstance(await send("B", "b.png"), bytes)  # the oldest reuse was forgotten
