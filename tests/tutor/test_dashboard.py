"""The class view in words from the content: hardest question first, its commonest wrong option,
students flagged after 7 quiet days; the student view of one's own boxes and mistakes."""

from __future__ import annotations

from datetime import timedelta

from bot.tutor import Tutor
from tests.conftest import FakeClock
from tests.support.classroom import play

GROUP = -7


async def test_the_hardest_question_comes_first_with_the_wrong_option_most_chosen(
    tutor: Tutor, db, clock: FakeClock
):
    item = tutor.quiz.items["org_001"]
    wrong = next(i for i in range(len(item.options)) if i != item.correct_index)
    await play(
        db,
        GROUP,
        {
            1: [("bil_001", True, 0), ("org_001", False, wrong)],
            2: [("bil_001", True, 0), ("org_001", False, wrong)],
            3: [("bil_001", False, 1), ("org_001", True, item.correct_index)],
        },
        clock.now - timedelta(days=7),
    )
    await play(db, GROUP, {1: [("bil_002", True, 0)]}, clock.now - timedelta(days=6, hours=23))

    view = await tutor.dashboard.class_view(GROUP)

    assert [(q.question_id, q.right_percent) for q in view.questions] == [
        ("org_001", 33),
        ("bil_001", 67),
        ("bil_002", 100),
    ]
    assert view.questions[0].question == item.question
    assert view.questions[0].common_wrong == item.options[wrong]
    assert view.questions[0].common_wrong_count == 2
    inactive = {s.user_id: s.inactive for s in view.students}
    assert inactive == {1: False, 2: True, 3: True}  # exactly 7 days without an answer is inactive
    [first] = [s for s in view.students if s.user_id == 1]
    assert first.accuracy_percent == 67
    assert first.last_active == "2026-11-13"  # the day in Jakarta
    assert sum(m.mastered for m in first.mastery) == 2
    assert [(t.questions, t.players) for t in view.tournaments] == [(1, 1), (2, 3)]


async def test_a_student_sees_boxes_due_and_the_questions_most_missed(tutor: Tutor, db, clock: FakeClock):
    await play(db, GROUP, {5: [("bil_001", False, 1), ("org_001", False, 0)]}, clock.now - timedelta(days=1))
    await play(db, GROUP, {5: [("bil_001", False, 1)]}, clock.now)

    view = await tutor.dashboard.student_view(5)

    assert (view.answers, view.accuracy_percent, view.streak) == (3, 0, 2)
    assert view.boxes == {1: 2, 2: 0, 3: 0, 4: 0, 5: 0}
    assert view.due_now == 2
    assert [(m.question, m.wrong) for m in view.missed] == [
        (tutor.quiz.items["bil_001"].question, 2),
        (tutor.quiz.items["org_001"].question, 1),
    ]
