"""Homework pasted into the chat: worksheets, two questions in one, multiple-choice stems."""

from __future__ import annotations

import pytest

from bot.nlp.prompts import MAX_QUESTIONS
from bot.tutor import Tutor, Who

CHAT = 11

WORKSHEET = """Jawablah pertanyaan berikut dengan singkat!
1. Apa yang dimaksud dengan kerja sama bilateral?
2. Berikan contohnya!
3. Sebutkan dan jelaskan fungsi misi diplomatik menurut Konvensi Wina 1961! (skor 10)
4. Organisasi yang menangani perdagangan dunia adalah ....
   a. IMF
   b. FAO
   c. WTO
5. Berapa jumlah penduduk Jepang sekarang?"""


async def test_a_worksheet_gets_one_answer_per_question_in_order(tutor: Tutor, content):
    replies = await tutor.ask(CHAT, WORKSHEET)
    text = "\n\n".join(r.text for r in replies)
    answers = [
        content.intents[i].answer
        for i in ("bilateral_definisi", "bilateral_contoh", "vcdr_fungsi_misi", "org_wto")
    ]
    positions = [text.index(a) for a in answers]
    assert positions == sorted(positions)
    headers = [text.index(f"<b>{n}. ") for n in range(1, 6)]
    assert headers == sorted(headers)
    assert "👉 Pilihan yang cocok: <b>c. WTO</b>" in text
    assert content.messages.worksheet_unknown in text
    assert len(replies) <= 3
    assert all(len(r.text) <= 4096 for r in replies)


async def test_a_worksheet_question_the_tutor_is_unsure_of_gets_numbered_buttons(tutor: Tutor):
    replies = await tutor.ask(CHAT, "1. Contohnya apa saja?\n2. Apa itu PBB?")
    labels = [b.label for b in replies[-1].button_list]
    assert len(labels) >= 2
    assert all(label.startswith("1. Contoh kerja sama ") for label in labels)
    assert tutor.messages.worksheet_unsure in replies[-1].text


async def test_the_unanswered_worksheet_question_is_recorded_alone(tutor: Tutor):
    await tutor.ask(CHAT, WORKSHEET)
    [report] = await tutor.unanswered_report(Who(CHAT, CHAT, "Guru"))
    assert "Berapa jumlah penduduk Jepang sekarang?" in report.text
    assert "Jawablah" not in report.text


async def test_a_worksheet_of_two_thousand_characters_is_read_and_only_ten_questions_answered(tutor: Tutor):
    questions = [
        "Apa yang dimaksud dengan kerja sama regional menurut para ahli hubungan internasional?",
        "Sebutkan contoh kerja sama multilateral yang diikuti oleh Indonesia sampai saat ini!",
        "Apa kepanjangan dari WTO dan kapan organisasi tersebut didirikan di Jenewa?",
        "Jelaskan tujuan hubungan internasional bagi negara berkembang seperti Indonesia!",
    ]
    pasted = "\n".join(f"{n}. {questions[n % 4]}" for n in range(1, 13))
    pasted += (
        "\n" + "Catatan guru: kerjakan dengan jujur dan tulis jawaban di buku tugas masing-masing. " * 12
    )
    assert 1900 <= len(pasted) <= 2500
    replies = await tutor.ask(CHAT, pasted)
    text = "\n".join(r.text for r in replies)
    assert "<b>10. " in text
    assert "<b>11. " not in text
    assert "Aku menjawab 10 soal pertama saja" in text


async def test_more_than_ten_questions_in_one_chat_message_are_answered_like_a_worksheet(tutor: Tutor):
    asked = "apa itu wto? apa itu pbb? apa itu asean? apa itu imf? " * 3  # twelve questions, no numbers
    replies = await tutor.ask(CHAT, asked)
    text = "\n".join(r.text for r in replies)
    assert "<b>10. " in text
    assert "<b>11. " not in text
    assert "Aku menjawab 10 soal pertama saja" in text
    # The same question typed over and over is not read hundreds of times either.
    replies = await tutor.ask(CHAT, "apa? " * 480)
    assert "Aku menjawab 10 soal pertama saja" in "\n".join(r.text for r in replies)


async def test_two_questions_in_one_message_get_both_answers(tutor: Tutor, content):
    first, second = await tutor.ask(CHAT, "apa itu multilateral dan contohnya apa aja?")
    assert first.text == content.intents["multilateral_definisi"].answer
    assert second.text == content.intents["multilateral_contoh"].answer
    assert first.button_list == []  # the follow-up buttons come once, under the last answer
    assert second.button_list


async def test_two_questions_about_one_topic_get_its_answer_once(tutor: Tutor, content):
    [reply] = await tutor.ask(CHAT, "Apa nama PBB dalam bahasa Inggris dan apa tujuan utamanya?")
    assert reply.text == content.intents["org_pbb"].answer


async def test_a_kind_named_before_a_question_is_its_subject_not_a_goodbye(tutor: Tutor, content):
    await tutor.ask(CHAT, "apa itu ecosoc")
    # "bilateral dulu deh" alone reads like "udah dulu ya", a goodbye.
    [reply] = await tutor.ask(CHAT, "bilateral dulu deh, artinya apa")
    assert reply.text == content.intents["bilateral_definisi"].answer


async def test_one_question_with_dan_in_it_stays_one(tutor: Tutor, content):
    [reply] = await tutor.ask(
        CHAT, "Kerja sama antara Indonesia dan Jepang dalam IJEPA merupakan contoh kerja sama ...."
    )
    assert reply.text == content.intents["bilateral_contoh"].answer


async def test_a_multiple_choice_question_is_answered_and_the_option_named(tutor: Tutor, content):
    [reply] = await tutor.ask(CHAT, "Contoh kerja sama regional adalah .... a. IJEPA b. ASEAN c. PBB d. WTO")
    assert reply.text.startswith(content.intents["regional_contoh"].answer)
    assert reply.text.endswith("👉 Pilihan yang cocok: <b>b. ASEAN</b>")


@pytest.mark.parametrize(
    ("pasted", "intent", "option"),
    [
        # Options that name examples, under a stem about one kind: that kind's examples.
        (
            "Manakah yang termasuk kerja sama regional? a. IJEPA b. PBB c. IMT-GT d. WTO",
            "regional_contoh",
            "c",
        ),
        (
            "Berikut yang tergolong kerja sama multilateral adalah .... a. IA-CEPA b. IJEPA c. OKI d. IMS-GT",
            "multilateral_contoh",
            "c",
        ),
        # Region names are no examples of a kind: this asks about Indonesia's partner regions.
        (
            "Berikut yang bukan kawasan mitra kerja sama Indonesia adalah .... a. Afrika b. Timur Tengah "
            "c. Eropa Barat d. Antartika",
            "indonesia_kawasan_mitra",
            "d",
        ),
        # The blank completes a term with a lesson of its own: bilateral diplomacy, not cooperation.
        (
            "Diplomasi yang dijalankan suatu negara dengan masing-masing negara asing secara satu per satu "
            "dinamakan diplomasi ....\nA. multilateral\nB. regional\nC. bilateral\nD. unilateral",
            "diplomasi_bilateral_definisi",
            "c",
        ),
        # Even when the situation ("negara asal dengan tiap negara asing") reads as another kind.
        (
            "Diplomasi yang menghubungkan negara asal dengan tiap negara asing satu per satu disebut "
            "diplomasi ....\nA. multilateral\nB. regional\nC. bilateral\nD. publik",
            "diplomasi_bilateral_definisi",
            "c",
        ),
        # The stem names ASEAN, but asks for a name the options give.
        (
            "Kesepakatan negara-negara ASEAN untuk menurunkan tarif bea masuk menjadi 0-5% dikenal dengan "
            "nama ....\nA. AFTA\nB. APEC\nC. NAFTA\nD. MEE\nE. OPEC",
            "org_afta",
            "a",
        ),
        # The textbook's words for what the IMF does.
        (
            "Organisasi internasional yang bertugas membantu negara anggota yang mengalami kesulitan neraca "
            "pembayaran adalah .... a. ILO b. IMF c. FAO d. OKI",
            "org_imf",
            "b",
        ),
        # Options that are kinds: the kind the situation shows, read from the scene before the asking
        # sentence, whose own words ("Bentuk kerja sama ini") lean to none; what two countries did is one
        # of that kind's examples.
        (
            "Indonesia dan Singapura sepakat bekerja sama mengelola pelabuhan. Bentuk kerja sama ini adalah "
            "....\nA. multilateral\nB. regional\nC. bilateral\nD. unilateral",
            "bilateral_contoh",
            "c",
        ),
        (
            "Kerja sama Indonesia dan Vietnam di bidang perikanan yang hanya mengikat kedua negara termasuk "
            "kerja sama .... a. regional b. bilateral c. multilateral d. unilateral",
            "bilateral_contoh",
            "b",
        ),
        (
            "Negara-negara dari berbagai benua berunding di forum dunia soal iklim. Kerja sama ini termasuk "
            "....\na. bilateral\nb. regional\nc. multilateral",
            "multilateral_definisi",
            "c",
        ),
    ],
)
async def test_the_option_that_fits_is_named(tutor: Tutor, content, pasted, intent, option):
    [reply] = await tutor.ask(CHAT, pasted)
    assert reply.text.startswith(content.intents[intent].answer)
    assert f"Pilihan yang cocok: <b>{option}. " in reply.text


async def test_a_web_form_question_with_unlettered_choices_is_answered_and_the_choice_named(
    tutor: Tutor, content
):
    pasted = (
        "Kuis PPKn Kelas XI *wajib diisi\nKerja sama bilateral adalah ... *\n( ) kerja sama dua negara\n"
        "( ) kerja sama satu kawasan\n( ) kerja sama seluruh dunia"
    )
    [reply] = await tutor.ask(CHAT, pasted)
    assert reply.text.startswith(content.intents["bilateral_definisi"].answer)
    assert "Pilihan yang cocok: <b>kerja sama dua negara</b>" in reply.text


async def test_a_multiple_choice_question_from_the_quiz_bank_takes_its_answer(tutor: Tutor, content):
    item = next(q for q in content.quiz if len(q.options) == 4)
    letters = "abcd"
    pasted = item.question + " " + " ".join(f"{letters[i]}. {o}" for i, o in enumerate(item.options))
    [*_, reply] = await tutor.ask(CHAT, pasted)
    assert f"{letters[item.correct_index]}. " in reply.text.split("Pilihan yang cocok: ")[1]


async def test_a_message_longer_than_a_worksheet_is_refused_politely(tutor: Tutor):
    [reply] = await tutor.ask(CHAT, "apa itu bilateral " * 200)
    assert reply.text == tutor.messages.too_long


async def test_numbered_statements_to_choose_from_are_one_question(tutor: Tutor, content):
    statements = (
        "Perhatikan pernyataan berikut!\n"
        "1) Indonesia dan Korea Selatan menandatangani IK-CEPA\n"
        "2) Indonesia bergabung dengan OKI\n"
        "3) Indonesia dan Australia menyepakati IA-CEPA\n"
        "4) Indonesia menjadi anggota WTO\n"
        "Contoh kerja sama bilateral ditunjukkan oleh nomor ....\n"
        "a. 1 dan 2\nb. 1 dan 3\nc. 2 dan 3\nd. 2 dan 4"
    )
    [reply] = await tutor.ask(CHAT, statements)
    assert reply.text.startswith(content.intents["bilateral_contoh"].answer)


async def test_a_student_asking_how_to_send_homework_is_told_how_many_questions_fit(tutor: Tutor):
    [reply] = await tutor.ask(CHAT, "bisa ga aku kirim soal PR nya sekaligus satu pesan?")
    [help_reply] = tutor.help()
    assert f"{MAX_QUESTIONS} soal bernomor" in reply.text
    assert f"{MAX_QUESTIONS} soal bernomor" in help_reply.text
