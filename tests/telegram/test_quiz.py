"""Quizzes end to end: a solo round in a private chat and a tournament with quiz polls in a group."""

from __future__ import annotations

from tests.support.botapi import DEFAULT_GROUP_CHAT_ID
from tests.telegram.conftest import Student

GROUP = DEFAULT_GROUP_CHAT_ID


async def test_solo_round_review_and_progress(api, student: Student, content):
    [menu] = await student.says("/kuis")
    [lengths] = await student.taps(menu, "Konvensi Wina 1961")
    assert lengths.is_edit
    [question] = await student.taps(lengths, "5 soal")
    first_question = question
    for number in range(1, 6):
        assert f"Soal {number}/5" in question.text
        feedback, question = await student.taps(question, question.button_texts[0], replies=2)
        assert feedback.is_edit
        assert "✅" in feedback.text or "❌" in feedback.text
        assert feedback.button_texts == ["📖 Pelajari"]
    assert "Skormu" in question.text
    api.press_button(first_question, first_question.buttons[0][0][1], user_id=student.user_id)
    await student.hears_nothing()  # a second tap on an old question changes nothing
    assert len(api.callback_answers) == 8  # but it was still answered, so the button stops spinning

    photo, progress = await student.says("/skor", replies=2)
    assert photo.method == "sendPhoto"
    assert "Jawaban: <b>5</b>" in progress.text
    [review] = await student.says("/ulang")
    assert "Soal 1/" in review.text or review.text == content.messages.review_none


async def test_group_tournament_with_polls_standings_and_leaderboard(api, running, content):
    ani = Student(api, 2101, GROUP, "group", patience=20, name="Ani")
    budi = Student(api, 2102, GROUP, "group", patience=20, name="Budi")
    [lobby] = await ani.says("/kuis")
    assert "Peserta (1)" in lobby.text
    [lobby] = await ani.taps(lobby, "3 soal")
    [lobby] = await budi.taps(lobby, "🙋 Ikut")
    assert "Peserta (2)" in lobby.text
    [refused] = await budi.taps(lobby, "▶️ Mulai")
    assert refused.text == content.messages.lobby_not_yours
    [started] = await ani.taps(lobby, "▶️ Mulai")
    assert started.is_edit
    assert "🚦" in started.text
    for number in (1, 2, 3):
        [poll] = await api.wait_for_messages(GROUP, 1, timeout=20)
        assert poll.method == "sendPoll"
        assert poll.poll["type"] == "quiz"
        assert poll.poll["is_anonymous"] is False
        assert poll.poll["open_period"] == 30
        right = poll.poll["correct_option_ids"][0]
        api.poll_answer(poll.poll["id"], ani.user_id, [right])
        update = api.poll_answer(poll.poll["id"], budi.user_id, [(right + 1) % len(poll.poll["options"])])
        api.push_update(update)  # delivered twice
        [standing] = await api.wait_for_messages(GROUP, 1, timeout=20)
        assert standing.text.startswith(f"Setelah soal {number}:")
    photo, result = await api.wait_for_messages(GROUP, 2, timeout=20)
    assert photo.method == "sendPhoto"
    assert "🥇 Ani: <b>" in result.text
    assert "(3 benar)" in result.text
    assert "🥈 Budi: <b>0</b> poin (0 benar)" in result.text
    _, board = await ani.says("/klasemen", replies=2)
    assert "🥇 Ani" in board.text
