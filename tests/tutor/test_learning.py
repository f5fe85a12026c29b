"""Learning from unanswered questions: groups with counts and suggestions, add and dismiss, and the
matcher that answers students taking the new example up at once, in every instance."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from bot.nlp import Outcome
from bot.store import Stores, UnansweredRecord
from bot.tutor import Tutor, Who
from bot.tutor.learning import LearningError, group_similar

CHAT = 500
AUTHOR = Who(CHAT, CHAT, "Penulis", author=True)


async def ask_all(tutor: Tutor, *questions: str) -> None:
    for question in questions:
        await tutor.ask(CHAT, question)


def test_similar_wordings_group_together_and_different_topics_stay_apart():
    forms = ["atase militer tugas", "tugas atase militer", "tugas atase militer", "resep rendang", "inflasi"]
    asked = datetime(2026, 11, 20, tzinfo=UTC)
    questions = [UnansweredRecord(i, f, f, asked) for i, f in enumerate(forms)]
    groups = group_similar(questions)
    assert [len(g) for g in groups] == [3, 1, 1]
    assert {q.normalised for q in groups[0]} == {"atase militer tugas", "tugas atase militer"}


async def test_groups_come_with_counts_wordings_and_three_suggestions(tutor: Tutor):
    await ask_all(
        tutor,
        "apa tugas atase militer",
        "Apa tugas atase militer??",
        "tugas atase militer apa ya",
        "resep rendang gimana",
    )
    first, second = await tutor.learning.groups()
    assert first.count == 3
    assert second.count == 1
    assert second.text == "resep rendang gimana"
    assert "tugas atase militer apa ya" in first.wordings
    assert len(first.suggestions) == 3
    assert "vcdr_fungsi_misi" in [s.intent_id for s in first.suggestions]


async def test_an_added_example_is_answered_at_once_and_the_group_leaves_the_list(tutor: Tutor, content):
    question = "apa tugas atase militer"
    assert tutor.matcher.match(question).outcome is Outcome.UNKNOWN
    await ask_all(tutor, question, question)
    [group] = await tutor.learning.groups()
    added = await tutor.learning.add_example(group.key, "vcdr_fungsi_misi", by=AUTHOR.user_id)
    assert added is not None
    assert added.text == question
    [reply] = await tutor.ask(CHAT, "tugas atase militer itu apa")
    assert reply.text == content.intents["vcdr_fungsi_misi"].answer
    assert await tutor.learning.groups() == []
    assert await tutor.learning.add_example(group.key, "vcdr_fungsi_misi") is None  # a second tap


async def test_another_instance_takes_the_example_up_when_it_polls(tutor: Tutor, content, matcher, db, clock):
    other = Tutor(content, matcher, Stores.on(db), clock=clock, rng=random.Random(1))
    await ask_all(tutor, "apa tugas atase militer")
    [group] = await tutor.learning.groups()
    await tutor.learning.add_example(group.key, "vcdr_fungsi_misi")
    assert other.matcher.match("apa tugas atase militer").outcome is Outcome.UNKNOWN
    assert await other.learning.refresh()
    assert other.matcher.match("apa tugas atase militer").intent == "vcdr_fungsi_misi"
    assert not await other.learning.refresh()  # nothing new: the matcher is not rebuilt


async def test_dismissed_questions_leave_the_list_and_stay_unknown(tutor: Tutor):
    await ask_all(tutor, "resep rendang gimana", "resep rendang gimana ya")
    [group] = await tutor.learning.groups()
    assert await tutor.learning.dismiss(group.key) == 2
    assert await tutor.learning.groups() == []
    assert await tutor.learning.dismiss(group.key) == 0


async def test_a_wording_another_intent_owns_is_refused(tutor: Tutor, content, db):
    owned = content.intents["bilateral_definisi"].examples[0]
    await Stores.on(db).unanswered.record(owned, owned)
    [group] = await tutor.learning.groups()
    with pytest.raises(LearningError):
        await tutor.learning.add_example(group.key, "org_asean")
    with pytest.raises(LearningError):
        await tutor.learning.add_example(group.key, "no_such_intent")
    assert len(await tutor.learning.groups()) == 1  # nothing was marked


async def test_authors_turn_a_group_into_an_example_with_buttons(tutor: Tutor, content):
    await ask_all(tutor, "apa tugas atase militer", "apa tugas atase militer")
    [overview] = await tutor.unanswered_report(Who(CHAT, CHAT, "Guru"))
    assert "(2×)" in overview.text
    [pick] = overview.button_list
    student = Who(CHAT, 42, "Siswa")
    [refused] = await tutor.press(student, pick.data)
    assert refused.text == content.messages.admin_only
    [detail] = await tutor.press(AUTHOR, pick.data)
    add = next(b for b in detail.button_list if b.label == "➕ " + content.intents["vcdr_fungsi_misi"].title)
    [done] = await tutor.press(AUTHOR, add.data)
    assert "✅" in done.text
    [again] = await tutor.press(AUTHOR, add.data)
    assert again.text == content.messages.learn_gone
    assert (await tutor.ask(CHAT, "apa tugas atase militer"))[0].text == content.intents[
        "vcdr_fungsi_misi"
    ].answer
