"""Quizzes end to end: a solo round in a private chat (tournaments are in test_tournament.py)."""

from __future__ import annotations

from tests.telegram.conftest import Student


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
