"""Chat messages that ask two things split in two; openings and alternatives stay with their question."""

from __future__ import annotations

from bot.nlp.compound import split_compound


def test_two_questions_in_one_sentence_split_only_where_both_sides_ask():
    assert split_compound("apa itu multilateral dan contohnya apa aja?") == [
        "apa itu multilateral",
        "contohnya apa aja",
    ]
    assert split_compound("Apa itu ASEAN? Kapan berdiri?") == ["Apa itu ASEAN", "Kapan berdiri"]
    for one in (
        "apa perbedaan bilateral dan multilateral",
        "Apa tujuan dan manfaat kerja sama regional?",
        "Kerja sama antara Indonesia dan Jepang dalam IJEPA disebut apa",
        "sebutkan dan jelaskan fungsi misi diplomatik",
    ):
        assert split_compound(one) == [one]


def test_alternatives_after_a_comma_are_one_question():
    assert split_compound("itu bilateral, regional, atau multilateral?") == [
        "itu bilateral, regional, atau multilateral?"
    ]
    assert split_compound("halo kak, apa itu bilateral?") == ["halo kak", "apa itu bilateral?"]
    # One greeting opens a message; what follows it, a teacher's introduction too, is the question.
    assert split_compound("Selamat siang. Saya guru IPS, materi bot ini dari mana?") == [
        "Selamat siang",
        "Saya guru IPS, materi bot ini dari mana?",
    ]
    # Alternatives tagged with "kah" after the question are its choices, not questions of their own.
    assert split_compound("termasuk kerja sama apa itu? bilateral kah, regional kah?") == [
        "termasuk kerja sama apa itu? bilateral kah, regional kah?"
    ]
    # A word and a tag after the question are the student's guess at its answer.
    for guessed in (
        "OKI tu contoh kerja sama apa, multilateral kah",
        "IJEPA termasuk apa? bilateral ya?",
        "PBB itu termasuk kerja sama apa? bilateral ato apa",  # a guess "or what"
    ):
        assert split_compound(guessed) == [guessed]
    # Two kinds offered after a question of its own are a question too.
    assert split_compound("ASEAN itu apa? regional atau multilateral?") == [
        "ASEAN itu apa",
        "regional atau multilateral",
    ]
    # Which item it is, after the question, asks nothing either.
    cited = (
        "pertukaran pelajar Indonesia-Jepang tu masuk bilateral, regional atau multilateral? soal no 11 kak"
    )
    assert split_compound(cited) == [cited]
    assert split_compound("ko ni bot ka? sa mau tanya bilateral tu apa kah?") == [
        "ko ni bot ka",
        "sa mau tanya bilateral tu apa kah",
    ]


def test_a_plea_before_a_question_is_no_question_of_its_own():
    # "kak tolong" asks for help with what follows; read apart, it would leave the message unread.
    assert split_compound("kak tolong, bilateral tu apa, so 3 kali baca buku nda masuk2 di kepala") == [
        "bilateral tu apa, so 3 kali baca buku nda masuk2 di kepala"
    ]
    assert split_compound("tolong ya, buatin puisi") == ["tolong ya, buatin puisi"]  # "ya" says something


def test_a_message_of_blank_lines_is_one_part_and_no_error():
    assert split_compound("\n" * 40) == ["\n" * 40]
    assert split_compound("apa itu bilateral?\n\t?") == ["apa itu bilateral?\n\t?"]
