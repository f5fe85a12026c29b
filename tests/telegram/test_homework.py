"""A student pastes homework and asks follow-ups, end to end through the real Application."""

from __future__ import annotations

from tests.telegram.conftest import Student

WORKSHEET = """Tugas PKn kelas XI
1. Apa yang dimaksud dengan kerja sama bilateral?
2. Berikan contohnya!
3. Sebutkan dan jelaskan fungsi misi diplomatik menurut Konvensi Wina 1961! (skor 10)
4. Organisasi yang menangani perdagangan dunia adalah ....
   a. IMF
   b. FAO
   c. WTO
5. Apa manfaat kerja sama multilateral bagi Indonesia?"""


async def read_until(student: Student, marker: str, first: list) -> str:
    """The bot's messages joined, waiting for more until `marker` has arrived (answers are packed)."""
    received = list(first)
    while marker not in "\n".join(m.text for m in received):
        received += await student.api.wait_for_messages(student.chat_id, 1, timeout=student.patience)
    assert len(received) <= 3  # five answers in a few messages, well inside the chat's pacing
    return "\n".join(m.text for m in received)


async def test_a_pasted_worksheet_is_answered_question_by_question(student: Student, content):
    text = await read_until(student, "<b>5. ", await student.says(WORKSHEET))
    answers = [
        "bilateral_definisi",
        "bilateral_contoh",
        "vcdr_fungsi_misi",
        "org_wto",
        "multilateral_manfaat",
    ]
    positions = [text.index(content.intents[i].answer) for i in answers]
    assert positions == sorted(positions)
    assert (
        "<b>3. Sebutkan dan jelaskan fungsi misi diplomatik menurut Konvensi Wina 1961! (skor 10)</b>" in text
    )
    assert "👉 Pilihan yang cocok: <b>c. WTO</b>" in text


async def test_follow_ups_keep_the_topic(student: Student, content):
    [answer] = await student.says("jelaskan konvensi wina 1961")
    assert answer.text == content.intents["vcdr_definisi"].answer
    [answer] = await student.says("fungsinya apa aja?")
    assert answer.text == content.intents["vcdr_fungsi_misi"].answer
    [answer] = await student.says("PBB itu apa")
    assert answer.text == content.intents["org_pbb"].answer
    [answer] = await student.says("markasnya di mana?")
    assert answer.text == content.intents["org_pbb"].answer
    [answer] = await student.says("apa manfaat kerja sama multilateral")
    assert answer.text == content.intents["multilateral_manfaat"].answer
    photo, summary = await student.says("bedanya sama bilateral?", replies=2)
    assert photo.method == "sendPhoto"
    assert summary.text.startswith("<b>Bilateral vs Multilateral</b>")


async def test_two_questions_in_one_message_get_two_answers(student: Student, content):
    first, second = await student.says("apa itu multilateral dan contohnya apa aja?", replies=2)
    assert first.text == content.intents["multilateral_definisi"].answer
    assert second.text == content.intents["multilateral_contoh"].answer
    assert content.intents["org_pbb"].title in second.button_texts
