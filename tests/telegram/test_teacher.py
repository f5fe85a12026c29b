"""The teacher's side end to end: CSV exports to a private chat, and unanswered questions turned
into examples the running bot uses."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import UTC, datetime

from bot.store import Database, Stores
from tests.support.botapi import DEFAULT_GROUP_CHAT_ID, BotAPIEmulator, SentMessage
from tests.telegram.conftest import ADMIN_ID, Student

GROUP = DEFAULT_GROUP_CHAT_ID
CLASS_SIZE = 32
QUESTIONS = 3


def table(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def name_of(n: int) -> str:
    return {0: 'Budi, "Si Jago"', 1: '=HYPERLINK("http://x","klik")', 2: "@ani"}.get(n, f"Siswa {n}")


async def next_poll(api: BotAPIEmulator) -> SentMessage:
    """The next quiz poll in the group; the lobby edits and standings lines around it are skipped."""
    while True:
        for message in await api.wait_for_messages(GROUP, 1, timeout=40):
            if message.method == "sendPoll":
                return message


async def play_tournament(api: BotAPIEmulator, teacher: Student) -> None:
    """The teacher opens a 3-question tournament; a class of 32 answers every poll, student n
    right when n is even."""
    [lobby] = await teacher.says("/kuis")
    [lobby] = await teacher.taps(lobby, "3 soal")
    api.press_button(lobby, lobby.callback_data("▶️ Mulai"), user_id=teacher.user_id)
    for _ in range(QUESTIONS):
        poll = await next_poll(api)
        right = poll.poll["correct_option_ids"][0]
        api.poll_answer(poll.poll["id"], teacher.user_id, [right], first_name=teacher.name)
        for n in range(CLASS_SIZE):
            option = right if n % 2 == 0 else (right + 1) % len(poll.poll["options"])
            api.poll_answer(poll.poll["id"], 3000 + n, [option], first_name=name_of(n))
    while not any("Hasil turnamen" in (m.text or "") for m in api.messages(GROUP)):
        await api.wait_for_messages(GROUP, 1, timeout=40)


async def test_an_admin_gets_the_class_results_as_csv_in_a_private_chat(api, running, content):
    teacher = Student(api, 4001, GROUP, "group", patience=40, name="Bu Guru")
    api.set_member_status(GROUP, teacher.user_id, "administrator")
    await play_tournament(api, teacher)

    student = Student(api, 3000, GROUP, "group", patience=10, name=name_of(0))
    [refused] = await student.says("/ekspor")
    assert refused.text == content.messages.group_admins_only

    api.never_started(teacher.user_id)
    [hint] = await teacher.says("/ekspor")
    assert "tekan <b>Mulai</b> dulu" in hint.text
    assert api.messages(teacher.user_id) == []

    private = Student(api, teacher.user_id, teacher.user_id, name="Bu Guru")
    await private.says("/start")
    [sent] = await teacher.says("/ekspor")
    assert "chat pribadimu" in sent.text
    answers, summary = await api.wait_for_messages(teacher.user_id, 2, timeout=10)
    assert answers.method == summary.method == "sendDocument"
    assert answers.message["document"]["file_name"].endswith(".csv")

    rows = table(answers.document)
    assert len(rows) == (CLASS_SIZE + 1) * QUESTIONS
    budi = [r for r in rows if r["id_siswa"] == "3000"]
    assert {r["siswa"] for r in budi} == {'Budi, "Si Jago"'}
    assert {r["hasil"] for r in budi} == {"benar"}
    assert all(r["poin"] != "0" and r["jawaban_dipilih"] and float(r["detik"]) >= 0 for r in budi)
    questions = {q.question for q in content.quiz}
    assert {r["soal"] for r in rows} <= questions
    wrong = [r for r in rows if r["id_siswa"] == "3001"]
    assert {r["siswa"] for r in wrong} == {'\'=HYPERLINK("http://x","klik")'}
    assert {(r["hasil"], r["poin"]) for r in wrong} == {("salah", "0")}

    people = table(summary.document)
    assert len(people) == CLASS_SIZE + 1
    assert people[-1]["benar"] == "0"
    assert {p["soal_dijawab"] for p in people} == {str(QUESTIONS)}
    assert next(p for p in people if p["id_siswa"] == "3002")["siswa"] == "'@ani"


async def test_an_author_turns_an_unanswered_question_into_an_example(api, running, content, db: Database):
    student = Student(api, 1501, 1501)
    for question in ("apa tugas atase militer", "tugas atase militer apa ya"):
        [fallback] = await student.says(question)
        assert fallback.text == content.messages.fallback
    author = Student(api, ADMIN_ID, ADMIN_ID)
    [overview] = await author.says("/belumterjawab")
    assert "(2×)" in overview.text
    [group] = await author.taps(overview, overview.button_texts[0])
    assert group.is_edit
    [chapters] = await author.taps(group, "📚 Topik lain")
    [intents] = await author.taps(chapters, content.group("konvensi_wina").title)
    [added] = await author.taps(intents, content.intents["vcdr_fungsi_misi"].title)
    assert "✅" in added.text
    [answer] = await student.says("apa tugas atase militer")
    assert answer.text == content.intents["vcdr_fungsi_misi"].answer


async def test_an_example_added_by_another_instance_is_used_within_seconds(api, running, content, db):
    student = Student(api, 1502, 1502)
    question = "imunitas maksudnya apa"  # the lesson says "kekebalan", never "imunitas"
    [fallback] = await student.says(question)
    assert fallback.text == content.messages.fallback
    await Stores.on(db).learned.add("vcdr_definisi", question, ADMIN_ID, datetime.now(UTC))
    # The bot polls for new examples every 5 s, then rebuilds its matcher, which takes longer on a busy
    # machine: the student asks again each second, for at most 15 s.
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 15
    while True:
        await asyncio.sleep(1)
        [answer] = await student.says(question)
        if answer.text != content.messages.fallback or loop.time() > deadline:
            break
    assert answer.text == content.intents["vcdr_definisi"].answer
