"""Which kind of cooperation a described situation shows, read from the comparison's own text."""

from __future__ import annotations

import pytest

from bot.nlp import Outcome
from bot.nlp.kinds import KindReader
from bot.nlp.prompts import parse_prompt
from bot.nlp.spaces import word_features


@pytest.fixture(scope="module")
def kinds(content, matcher):
    return KindReader(content.comparison, lambda text: word_features(matcher.normaliser.analyse(text)))


@pytest.mark.parametrize(
    ("situation", "kind"),
    [
        (
            "Pemerintah Indonesia dan Vietnam meneken kesepakatan perikanan; "
            "hanya kedua negara yang terikat.",
            "bilateral",
        ),
        (
            "Negara-negara yang letaknya berdekatan di Asia Tenggara sepakat menanggulangi kabut asap.",
            "regional",
        ),
        (
            "Hampir seluruh negara dari berbagai benua berunding di forum dunia tentang perubahan iklim.",
            "multilateral",
        ),
    ],
)
def test_a_described_situation_shows_its_kind(kinds, situation, kind):
    assert kinds.kind_of(situation) == kind


def test_a_text_that_describes_no_situation_shows_no_kind(kinds):
    assert kinds.kind_of("") is None
    assert kinds.kind_of("🙂🙂") is None


@pytest.mark.parametrize(
    ("pasted", "asks"),
    [
        ("Kerja sama dua negara bertetangga disebut kerja sama ....", True),
        (
            "Studi kasus: Hanya kedua negara yang terlibat. Termasuk jenis kerja sama apakah kegiatan ini?",
            True,
        ),
        ("Ada berapa bentuk kerja sama internasional? Sebutkan jenis kerja sama apa saja!", False),
        ("Apa yang dimaksud dengan kerja sama bilateral?", False),
        ("kalo kerja sama cuma sama satu negara aja disebut apa", True),
        # The kind named, its documents' names asked: no kind to give.
        ("dokumen resmi kerja sama bilateral namanya apa saja", False),
    ],
)
def test_a_question_whose_answer_is_a_kind_is_recognised(pasted, asks):
    assert parse_prompt(pasted).asks_kind is asks


@pytest.mark.parametrize(
    ("pasted", "intent"),
    [
        (
            "Studi kasus: Pemerintah Indonesia dan Filipina menandatangani nota kesepahaman tentang "
            "patroli laut bersama. Hanya kedua negara itu yang terikat. Termasuk jenis kerja sama apakah "
            "kegiatan ini?",
            "bilateral_definisi",
        ),
        (
            "Kasus: Negara-negara Asia Tenggara yang letaknya berdekatan bersepakat menurunkan tarif di "
            "antara mereka. Kerja sama ini termasuk jenis kerja sama apa?",
            "regional_definisi",
        ),
        (
            "Kerja sama yang diikuti negara-negara dari berbagai benua tanpa memandang letak wilayahnya "
            "disebut kerja sama ....",
            "multilateral_definisi",
        ),
        ("kalo kerja sama cuma sama satu negara aja disebut apa", "bilateral_definisi"),
        # A phrase that names one kind says it: "lebih dari dua negara" is no "dua negara" of bilateral,
        # and "wilayah" does not make it regional.
        (
            "soal no 4 isian: kerja sama yang dilakukan lebih dari dua negara dan tidak terikat wilayah "
            "disebut kerja sama ....",
            "multilateral_definisi",
        ),
        ("kerjasama tanpa memandang wilayah itu namanya apa", "multilateral_definisi"),
        # The matcher is sure: its answer stands.
        ("kerjasama negara2 yg tetanggaan namanya apa", "regional_definisi"),
        # A name settles it first: the examples of the kind it belongs to.
        (
            "Kerja sama antara Indonesia dan Jepang dalam IJEPA merupakan contoh kerja sama ....",
            "bilateral_contoh",
        ),
    ],
)
def test_the_matcher_answers_a_kind_from_the_situation(matcher, pasted, intent):
    match = matcher.match(pasted)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, intent)
