"""Close choices settled by the words of their titles a question says, or the statement it makes."""

from __future__ import annotations

import pytest

from bot.nlp.choice_rules import ChoiceRules
from bot.nlp.ranking import Candidate


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # Offered were the way, the importance and the definition of bilateral diplomacy.
        ("Uraikan cara-cara menjalankan diplomasi bilateral!", "diplomasi_bilateral_cara"),
        ("diplomasi bilateral kepriben carane", "diplomasi_bilateral_cara"),
        (
            "Jelaskan tahapan yang mungkin terjadi pada hubungan bilateral yang sedang bermasalah!",
            "diplomasi_bilateral_perselisihan",
        ),
    ],
)
def test_a_choice_between_titles_that_differ_by_one_asked_word_is_settled_by_it(matcher, question, intent):
    assert matcher.match(question).intent == intent


def test_a_choice_whose_whole_title_the_question_says_is_settled_by_it(matcher):
    # Offered were the convention and its five functions.
    question = "Mengapa Konvensi Wina 1961 disebut sebagai landasan praktik diplomatik modern?"
    assert matcher.match(question).intent == "vcdr_definisi"
    parent = "Saya orang tua murid. Anak saya menanyakan arti kerja sama bilateral, mohon penjelasan."
    assert matcher.match(parent).intent == "bilateral_definisi"
    fields = (
        "Besides trade, mention three other fields (bidang) in which Indonesia and Japan cooperate "
        "bilaterally."
    )
    assert matcher.match(fields).intent == "bilateral_bidang"
    # A title cited as the source is not asked: the functions stay a choice, not the convention.
    assert matcher.match("Uraikan tugas-tugas seorang duta besar sesuai Konvensi Wina 1961!").intent is None


@pytest.mark.parametrize(
    ("statement", "intent"),
    [
        ("Kerja sama regional melibatkan lebih dari ____ negara dalam satu kawasan.", "regional_definisi"),
        (
            "Kerja sama regional selalu melibatkan negara-negara dari berbagai benua. (B/S)",
            "regional_definisi",
        ),
        ("perjanjian paris yg diikutin ratusan negara itu multilateral ya", "multilateral_definisi"),
    ],
)
def test_a_statement_about_a_kind_asking_none_of_its_aspects_is_about_what_it_is(matcher, statement, intent):
    assert matcher.match(statement).intent == intent


@pytest.mark.parametrize(
    "question",
    [
        "Mengapa negara kecil justru diuntungkan oleh kerja sama multilateral? Jelaskan!",
        "Name two regional cooperation schemes that Indonesia takes part in.",
    ],
)
def test_a_question_or_a_task_about_a_kind_is_not_taken_for_its_definition(matcher, question):
    assert matcher.match(question).intent not in {"multilateral_definisi", "regional_definisi"}


@pytest.mark.parametrize(
    "question",
    [
        "kenapa negara harus diplomasi bilateral kah",
        "kenape negara musti diplomasi bilateral bang",
        # "melakukan" is the one word of the title on the way it is done ("Cara melakukan ...").
        "kenapa negara harus melakukan diplomasi bilateral",
        "Alasan utama setiap negara tetap membutuhkan diplomasi bilateral walaupun sudah menjadi anggota "
        "banyak organisasi internasional adalah ....",
        # What it is good for asks the same: there is no lesson on the benefits of diplomacy itself.
        "apa untungnya melakukan diplomasi bilateral",
        "Jelaskan keuntungan yang diperoleh negara jika aktif menjalankan diplomasi bilateral!",
    ],
)
def test_why_about_a_subject_with_a_lesson_on_why_it_matters_is_that_lesson(matcher, question):
    assert matcher.match(question).intent == "diplomasi_bilateral_pentingnya"


def test_why_about_something_else_is_not_taken_for_why_diplomacy_matters(matcher):
    question = (
        "Mengapa fungsi melindungi kepentingan warga negara pengirim dibatasi oleh hukum internasional?"
    )
    assert matcher.match(question).intent != "diplomasi_bilateral_pentingnya"


def test_a_title_said_only_as_names_in_a_list_does_not_settle_a_choice(matcher):
    # ECOSOC's title, "ECOSOC (Dewan Ekonomi dan Sosial PBB)", is said by the list, not asked.
    rules = ChoiceRules(matcher.subjects)
    choices = (Candidate("multilateral_contoh", 32.0), Candidate("org_ecosoc", 29.0))
    listed = matcher.normaliser.analyse(
        "Buku paket menyebut PBB, WTO, IMF, ECOSOC, dan OKI. Itu contoh kerja sama ...."
    )
    assert rules.settle(choices, listed, matcher.spotter.spot(listed.words)) is None
    asked = matcher.normaliser.analyse("ECOSOC itu bagian dari PBB ya?")
    assert rules.settle(choices, asked, matcher.spotter.spot(asked.words)) == choices[1]
