"""Solo practice without Telegram: rounds, a second tap, the Leitner review and progress."""

from __future__ import annotations

import html
from datetime import timedelta

import pytest

from bot.tutor import Reply, Tutor, Who
from bot.tutor.quiz import LEITNER_DAYS, leitner_move, streak

ANI = Who(chat_id=501, user_id=501, name="Ani")


def right_and_wrong(tutor: Tutor, question: Reply) -> tuple[str, str]:
    """The payloads of the right option and of one wrong option of a question message."""
    by_option = {int(b.data.split(":")[3]): b.data for b in question.button_list}
    [item] = [q for q in tutor.quiz.items.values() if question.text.endswith(html.escape(q.question))]
    wrong = next(d for i, d in by_option.items() if i != item.correct_index)
    return by_option[item.correct_index], wrong


def test_leitner_moves(clock):
    now = clock()
    assert leitner_move(None, True, now) is None  # never wrong: no card
    assert leitner_move(None, False, now) == (1, now)  # wrong: box 1, due at once
    assert leitner_move(1, True, now) == (2, now + timedelta(days=LEITNER_DAYS[1]))
    assert leitner_move(4, False, now) == (1, now)  # wrong again: back to the first box
    assert leitner_move(len(LEITNER_DAYS), True, now) is None  # mastered: leaves the schedule


def test_streak_counts_days_up_to_today_or_yesterday(clock):
    today = clock().date()
    days = {today - timedelta(days=n) for n in (1, 2, 3, 5)}
    assert streak(days, today) == 3
    assert streak(days | {today}, today) == 4
    assert streak(set(), today) == 0


async def test_solo_round_from_menu_to_score(tutor: Tutor, content):
    [menu] = await tutor.start_quiz(ANI)
    assert [b.label for b in menu.button_list][-1] == "🔀 Campuran"
    [lengths] = await tutor.press(ANI, menu.button_list[0].data)
    assert [b.label for b in lengths.button_list] == ["5 soal", "10 soal"]
    [question] = await tutor.press(ANI, lengths.button_list[0].data)
    seen = []
    for number in range(1, 6):
        assert question.text.startswith(f"<b>Soal {number}/5</b>")
        seen.append(question.text)
        right, wrong = right_and_wrong(tutor, question)
        feedback, question = await tutor.press(ANI, right if number % 2 else wrong)
        assert feedback.edit
        assert ("✅" in feedback.text) == bool(number % 2)
        assert feedback.button_list[0].label == "📖 Pelajari"
    assert len(set(seen)) == 5  # no repeats in a round
    assert "Skormu <b>3/5</b>" in question.text
    assert "Topik yang perlu diulang" in question.text
    assert "🧠 Ulangi yang salah" in [b.label for b in question.button_list]


async def test_second_tap_changes_nothing(tutor: Tutor):
    [question] = await tutor.press(ANI, "kn:bilateral:5")
    right, wrong = right_and_wrong(tutor, question)
    first = await tutor.press(ANI, right)
    assert len(first) == 2
    assert await tutor.press(ANI, right) == []
    assert await tutor.press(ANI, wrong) == []
    [progress] = await tutor.progress(ANI)
    assert "Jawaban: <b>1</b>" in progress.text


async def test_someone_else_cannot_answer_my_round(tutor: Tutor):
    [question] = await tutor.press(ANI, "kn:organisasi:5")
    right, _ = right_and_wrong(tutor, question)
    [reply] = await tutor.press(Who(502, 502, "Budi"), right)
    assert reply.text == tutor.messages.stale_button


async def test_mistakes_come_back_in_review_when_due(tutor: Tutor, clock):
    [empty] = await tutor.review(ANI)
    assert empty.text == tutor.messages.review_none
    [question] = await tutor.press(ANI, "kn:konvensi_wina:5")
    _, wrong = right_and_wrong(tutor, question)
    await tutor.press(ANI, wrong)
    [review] = await tutor.review(ANI)
    assert review.text.startswith("<b>Soal 1/1</b>")
    assert question.text.split("\n\n", 1)[1] in review.text  # the same question
    right, _ = right_and_wrong(tutor, review)
    await tutor.press(ANI, right)  # box 2: due in a day
    [later] = await tutor.review(ANI)
    assert "21-11-2026 10:00 WIB" in later.text
    clock.advance(days=1)
    [again] = await tutor.review(ANI)
    assert again.text.startswith("<b>Soal 1/1</b>")


async def test_progress_per_group_with_a_chart(tutor: Tutor, clock):
    [question] = await tutor.press(ANI, "kn:indonesia:5")
    right, _ = right_and_wrong(tutor, question)
    await tutor.press(ANI, right)
    clock.advance(days=1)
    [question] = await tutor.press(ANI, "kn:indonesia:5")
    right, _ = right_and_wrong(tutor, question)
    await tutor.press(ANI, right)
    [progress] = await tutor.progress(ANI)
    assert "benar <b>100%</b>" in progress.text
    assert "berlatih: <b>2</b>" in progress.text
    assert progress.picture is not None
    assert progress.picture.png.startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "data", ["kn:tidak_ada:5", "kn:bilateral:7", "ka:999:0:0", "kt:tidak_ada", "ka:x:y:z"]
)
async def test_stale_quiz_buttons(tutor: Tutor, data):
    [reply] = await tutor.press(ANI, data)
    assert reply.text == tutor.messages.stale_button
