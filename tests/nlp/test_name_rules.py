"""The names a question uses: which organisation it asks about, a list of them, one put under its kind."""

from __future__ import annotations

import pytest

from bot.content.models import Intent
from bot.nlp import Outcome
from bot.nlp.subjects import Subjects


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("IMF WTO ILO itu multilateral semua?", "multilateral_contoh"),
        ("sa mau tanya, PBB, WTO, ILO itu masuk kerja sama apa", "multilateral_contoh"),
        # A numbered list, which reads most like the kind's definition: still its examples.
        ("Perhatikan daftar berikut!\n(1) PBB\n(2) IJEPA\n(3) WTO\n(4) IMT-GT\n(5) ILO\n"
         "Yang termasuk kerja sama multilateral ditunjukkan oleh nomor ....\n"
         "A. 1, 2, 3  B. 1, 3, 5  C. 2, 3, 4  D. 2, 4, 5  E. 3, 4, 5",
         "multilateral_contoh"),
        # Not a list asked about: the options to pick the one organisation from.
        (
            "Konvensi internasional tentang usia minimum anak untuk bekerja dikeluarkan oleh "
            "organisasi ....\nA. ILO\nB. FAO\nC. WTO\nD. IMF",
            "org_ilo",
        ),
        # An aspect asked of the list's kind is that aspect.
        ("Apa keuntungan Indonesia ikut serta dalam kerja sama multilateral seperti PBB, WTO dan OKI?",
         "multilateral_manfaat"),
        # What is gained by joining several of one kind's examples is that kind's benefits, no kind named; not
        # a benefit asked of one name ("AFTA ... manfaatnya bagi negara ASEAN": nothing joined).
        ("indonesia gabung WTO, IMF sama PBB tu dapat untung apa", "multilateral_manfaat"),
        ("Jelaskan pengertian AFTA dan manfaatnya bagi negara ASEAN!", "org_afta"),
    ],
)  # fmt: skip
def test_organisations_listed_as_one_kind_ask_for_that_kind_s_examples(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("PBB termasuk multilateral?", "multilateral_contoh"),
        ("WTO itu multilateral ya?", "multilateral_contoh"),
        ("asean itu regional kan, regional tuh artinya apa", "regional_definisi"),  # what it is, asked
        ("AFTA itu regional kan?", "regional_contoh"),  # though some books put it among multilateral's
        ("asean tu regional to?", "regional_contoh"),  # whose own lesson comes first in the ranking
        ("ILO juga multilateral kah", "multilateral_contoh"),
        ("WTO sama IMF tu masuk kerjasama multilateral ke?", "multilateral_contoh"),  # all one kind lists
        ("ASEAN itu organisasi regional ya", "org_asean"),  # what the organisation is
        ("yowes, imf itu multilateral ya", "multilateral_contoh"),  # Javanese "well then" says nothing
        ("G20 itu multilateral ya?", "multilateral_contoh"),  # a forum the examples list, with no lesson
        ("g20 tu multilateral bukan", "multilateral_contoh"),
        ("B/S: Keikutsertaan Indonesia dalam WTO termasuk kerja sama multilateral.", "multilateral_contoh"),
        # Kinds offered for one organisation: which of them it is.
        ("GNB itu multilateral atau regional", "multilateral_contoh"),
        ("OKI sama GNB itu multilateral atau regional", "multilateral_contoh"),  # both one kind's
        ("ASEAN sama PBB itu regional atau multilateral", "perbandingan"),  # one of each: side by side
        ("ASEAN termasuk regional atau multilateral?", "regional_contoh"),
        ("IMF tu bilateral ato multilateral", "multilateral_contoh"),
        ("IJEPA tu bilateral ato regional", "bilateral_contoh"),  # an agreement only one kind lists
        ("ASEAN itu contoh bilateral atau regional kak?", "regional_contoh"),  # an example of which
        ("FAO itu contoh kerja sama regional atau multilateral?", "multilateral_contoh"),
        ("WTO tu bilateral apa multilateral", "multilateral_contoh"),  # "apa" between kinds is "or"
        ("FAO masuk kerja sama yg mana, bilateral regional atau multilateral?", "multilateral_contoh"),
        ("GNB itu jenis kerja samanya apa", "multilateral_contoh"),  # the kind asked, none offered
        ("keanggotaan indonesia di PBB itu bentuk kerja sama apa", "multilateral_contoh"),
        ("IMF sama WTO masuk kategori apa kak", "multilateral_contoh"),  # the category asked
        ("GNB masuk kerjasama apa ya", "multilateral_contoh"),  # the cooperation asked, not the GNB
        ("WTO contoh kerja sama apa", "multilateral_contoh"),  # an example of which cooperation
        ("OPEC termasuk kerja sama bilateral, regional, ato multilateral?", "multilateral_contoh"),
        ("OKI sama GNB masuk kerja sama apa kak, bilateral regional ato multilateral", "multilateral_contoh"),
        ("ASEAN trmasuk kerja sma apa kak? regional ato multilateral", "regional_contoh"),
        # UN agencies the examples list by name.
        ("WHO termasuk kerja sama multilateral kah?", "multilateral_contoh"),
        ("UNESCO masuk kerja sama multilateral kah?", "multilateral_contoh"),
        # A scene around a body, put under a kind at the end: whether it is one of that kind's examples.
        ("ikut pasukan perdamaian PBB tu termasuk kerja sama multilateral kah", "multilateral_contoh"),
        ("kerja sama antar negara ASEAN soal kabut asap tu termasuk regional kah?", "regional_contoh"),
        ("Jawab ya atau tidak. Apakah OKI termasuk kerja sama multilateral?", "multilateral_contoh"),
        # Two countries, though Malaysia is in a region's examples.
        ("kerja sama indonesia malaysia soal TKI itu termasuk bilateral kah", "bilateral_contoh"),
        ("AFTA kan ASEAN, ngapa nang LKS mlebu multilateral", "regional_contoh"),
        ("ASEAN termasuk kerja sama regional atau multilateral", "regional_contoh"),  # not AFTA's own wording
        ("WTO kuwe regional apa multilateral", "multilateral_contoh"),  # AFTA's wording, not AFTA
        ("OKI itu organisasi multilateral atau regional?", "org_oki"),  # what the organisation is
        # Put under the wrong kind: the examples of its own, which say which it is.
        ("pbb tu kerja sama regional kah? 🤔", "multilateral_contoh"),
        ("IJEPA itu multilateral kan? hehe", "bilateral_contoh"),  # an agreement, no lesson of its own
        ("PBB itu contoh bilateral toh? hehe", "multilateral_contoh"),  # named before the examples
        ("contoh kerja sama multilateral yg bukan asean", "multilateral_contoh"),
        ("kerja sama indonesia deng malaysia tu contoh bilateral ka", "bilateral_contoh"),  # a pair's
        # The form asked of names, no kind offered: which kind they are, not the lesson on the three forms.
        ("OKI sama GNB termasuk bentuk kerja sama yg mana", "multilateral_contoh"),
        ("kalo G20 yg di bali kemaren tu kerjasamo jenis apo", "multilateral_contoh"),
        ("IJEPA termasuk bentuk kerja sama apa", "bilateral_contoh"),
        ("AFTA termasuk bentuk kerja sama apa", "regional_contoh"),
        ("ILO dan FAO itu contoh apa", "multilateral_contoh"),  # an example of which kind
        ("MEA itu termasuk kerja sama apa", "regional_contoh"),  # ASEAN's economic community, listed there
        # The same set as a task to sort them, all of one kind.
        (
            "Klasifikasikan PBB, WTO, dan FAO ke dalam jenis kerja sama internasional yang tepat!",
            "multilateral_contoh",
        ),
        ("kalo PBB termasuk apa", "multilateral_contoh"),  # nothing put under but asked
        ("kalau IMF masuk yg mana", "multilateral_contoh"),
        ("mana yg multilateral, IJEPA atau ILO?", "multilateral_contoh"),  # which of the names offered
        ("yang mana termasuk bilateral, ASEAN atau IJEPA", "bilateral_contoh"),
    ],
)
def test_a_name_put_under_its_kind_asks_for_that_kind_s_examples(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("IMT-GT dan BIMP-EAGA merupakan contoh kerja sama ....", "regional_contoh"),
        (
            "Forum G20 yang diikuti Indonesia termasuk contoh kerja sama ....",
            "multilateral_contoh",
        ),  # letters, digits
        (
            "Keikutsertaan Indonesia dalam PBB, WTO, dan OKI merupakan contoh kerja sama ....",
            "multilateral_contoh",
        ),
        ("contoh kerjasama indonesia sama jepang", "bilateral_contoh"),
    ],
)
def test_a_named_example_settles_which_kind_is_meant(matcher, question, intent):
    # No kind is named, but only one kind's answer mentions IMT-GT (or OKI, or Japan).
    match = matcher.match(question)
    assert match.outcome is Outcome.ANSWER
    assert match.intent == intent


@pytest.mark.parametrize(
    "question",
    [
        "Dalam sebuah artikel, AFTA dimasukkan ke dalam contoh kerja sama multilateral. Apakah pengelompokan "
        "tersebut tepat? Jelaskan!",
        "AFTA digolongkan sebagai kerja sama multilateral, tepatkah?",
        "Jelaskan mengapa AFTA lebih tepat digolongkan sebagai kerja sama regional daripada multilateral!",
    ],
)
def test_how_an_organisation_is_classed_is_what_the_examples_listing_it_say(matcher, question):
    # Regional's examples list AFTA and say why it is no multilateral example, though books call it one.
    assert matcher.match(question).intent == "regional_contoh"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("di artikel AFTA masuk multilateral, tapi guru bilang regional. yg benar mana?", "regional_contoh"),
        ("knp AFTA disebut regional padahal di artikel masuk contoh multilateral", "regional_contoh"),
        ("Mengapa PBB digolongkan sebagai kerja sama multilateral, bukan regional?", "multilateral_contoh"),
        ("Yolanda bilang PBB itu regional, kita bilang multilateral, siapa yg betul?", "multilateral_contoh"),
        # The question's own sentence weighs it, the remark after names the other kind.
        ("kak di artikel AFTA masuk multilateral, bener kah? bukannya regional", "regional_contoh"),
        ("Di artikel, AFTA disebut contoh kerja sama multilateral. Benarkah demikian?", "regional_contoh"),
        # A forum beside a kind's diplomacy: the lesson on forums, not which kind ASEAN is.
        (
            "Jelaskan peran forum regional seperti ASEAN dalam memperkuat diplomasi bilateral Indonesia!",
            "kerangka_regional_multilateral",
        ),
    ],
)  # fmt: skip
def test_an_organisation_weighed_between_two_kinds_asks_which_kind_it_is(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [("bingung, pbb itu apa", "org_pbb"), ("ulun bingung, asean tu tujuannya napa", "org_asean")],
)
def test_a_confused_student_naming_a_subject_asks_about_it_not_about_the_bot(matcher, question, intent):
    assert matcher.match(question).intent == intent
    assert matcher.match("aku bingung cara pakai bot ini").intent == "bantuan"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("indonesia jadi anggota ilo sejak kapan", "org_ilo"),
        ("Organisasi Pangan dan Pertanian dunia yang bermarkas di Roma, Italia, disingkat ....", "org_fao"),
        ("Mengapa Gerakan Non-Blok didirikan pada masa Perang Dingin? Jelaskan!", "org_gnb"),
        ("FAO merupakan badan khusus PBB yang menangani masalah ....", "org_fao"),  # two named, one first
        # The UN's title names only the UN; ECOSOC's, "Dewan Ekonomi dan Sosial PBB", names more.
        ("Apa tujuan utama Perserikatan Bangsa-Bangsa?", "org_pbb"),
        ("pbb anggotanya brp negara", "org_pbb"),  # ECOSOC's "anggotanya berapa" ties with it
        # Worded like another organisation's example ("indonesia anggota oki sejak kapan").
        ("sejak kapan indonesia jadi anggota pbb", "org_pbb"),
        ("Jelaskan peran Indonesia di PBB sejak menjadi anggota!", "org_pbb"),  # OKI first, not named
        # Far behind the body it describes, the name only describes it.
        ("Sebutkan organisasi di bawah PBB yang mengurusi buruh dan jelaskan tujuannya!", "org_ilo"),
        ("11. peran indonesia di PBB contohnya apa aja? sebutkan 3", "org_pbb"),  # examples of its role
        ("pbb tujuannya apa sih", "org_pbb"),  # not the aims of international relations
        ("PBB ngurusin apa", "org_pbb"),  # it opens with the UN's name: not the ILO's "ngurusin apa"
        ("pbb beranggotakan brp negara skrg", "org_pbb"),  # opens with it, though ECOSOC reads closer
        # A hair behind a lesson that names nothing ("when did ... start" reads like Indonesia's first
        # foreign relations).
        ("and when did asean start", "org_asean"),
        ("wto mulai ada sejak kapan", "org_wto"),  # short, naming it: not when Indonesia's relations began
        ("GNB itu masuk multilateral kan, apa itu GNB", "org_gnb"),
        # The scene names it; the question after it only points back.
        (
            "WTO dibentuk untuk menggantikan perjanjian dagang sebelumnya. Apa nama perjanjian tersebut?",
            "org_wto",
        ),
    ],
)
def test_the_organisation_a_question_names_is_the_one_answered(matcher, question, intent):
    match = matcher.match(question)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, intent)


def test_a_name_that_only_describes_the_subject_asked_for_does_not_replace_it(matcher):
    # "ASEAN" says whose free-trade area it is; the blank asks for AFTA, far ahead in the ranking.
    match = matcher.match("Zona perdagangan bebas yang disepakati negara-negara anggota ASEAN dinamakan ....")
    assert (match.outcome, match.intent) == (Outcome.ANSWER, "org_afta")
    # ASEAN's answer names neither the UN nor the WTO: the way its example is worded does not make it
    # the subject of a question that names another organisation.
    for question, intent in [
        ("United Nations dalam bahasa Indonesia disebut ....", "org_pbb"),
        ("World Trade Organization dalam bahasa Indonesia disebut ....", "org_wto"),
    ]:
        match = matcher.match(question)
        assert (match.outcome, match.intent) == (Outcome.ANSWER, intent)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Sebutkan peran Indonesia dalam Perserikatan Bangsa-Bangsa! Berikan minimal 3 contoh.", "org_pbb"),
        ("Sebutkan peran Indonesia di ASEAN sejak awal berdiri hingga sekarang (minimal 3)!", "org_asean"),
        ("Sebutkan bidang-bidang kerja sama ASEAN!", "org_asean"),
    ],
)
def test_an_organisation_named_beside_a_kinds_lesson_is_what_is_asked(matcher, question, intent):
    # "contoh" and "Indonesia" alone would be bilateral's examples, "bidang kerja sama" bilateral's
    # fields: lessons that never name that organisation.
    assert matcher.match(question).intent == intent


def test_the_organisation_that_opens_a_fill_in_is_its_subject(matcher):
    item = (
        "OKI beranggotakan ..... negara dan merupakan organisasi antarpemerintah terbesar kedua setelah PBB."
    )
    assert matcher.match(item).intent == "org_oki"
    assert matcher.match("FAO merupakan badan khusus PBB yang mengurus ....").intent == "org_fao"


@pytest.mark.parametrize(
    ("item", "intent"),
    [
        ("Organisasi di bawah PBB yang menangani masalah pangan dan pertanian adalah ....", "org_fao"),
        # Ahead of what international relations are for, which is no body with a name.
        (
            "Organisasi internasional yang bertujuan memelihara perdamaian dan keamanan dunia adalah ....",
            "org_pbb",
        ),
        # The body described in a scene, its name asked in the blank's own sentence.
        (
            "Stimulus: Uni Eropa membatasi impor sawit, lalu Indonesia menggugat ke lembaga penyelesaian "
            "sengketa dagang dunia.\nLembaga yang dimaksud adalah ....",
            "org_wto",
        ),
        # A specialised agency of the UN, which ECOSOC ("Dewan Ekonomi dan Sosial PBB") is not.
        ("Kuis kelas: Badan PBB yang khusus menangani pangan dunia adalah ....", "org_fao"),
        ("Badan khusus PBB yang membela hak dan kesejahteraan kaum buruh adalah ....", "org_ilo"),
    ],
)
def test_a_blank_for_the_body_a_stem_describes_is_that_body(matcher, item, intent):
    match = matcher.match(item)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, intent)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Jelaskan manfaat AFTA bagi negara-negara anggota ASEAN!", "org_afta"),
        ("manfaat AFTA bagi anggota ASEAN apa saja", "org_afta"),
    ],
)
def test_of_two_names_the_one_an_aspect_is_asked_of_is_the_subject(matcher, question, intent):
    assert matcher.match(question).intent == intent


def test_a_word_capitalised_only_to_open_a_point_is_no_name(matcher):
    """A teacher's point opening "Ditandatangani 2007 ..." makes no name of a word the answers also write in
    lower case: it would take a question on how agreements are signed for one about that answer's names."""
    charter = Intent(
        id="piagam", group="organisasi", title="Piagam ASEAN", examples=["piagam asean"],
        answer="• Ditandatangani 2007 di Singapura.",
    )  # fmt: skip
    deal = Intent(
        id="ijepa", group="kerja_sama", title="IJEPA", examples=["ijepa"],
        answer="IJEPA ditandatangani 2007 dengan Jepang.",
    )  # fmt: skip
    mentions = Subjects.of([charter, deal], matcher.normaliser).mentions
    assert mentions["piagam"] == {"singapura"}
    assert mentions["ijepa"] == {"ijepa", "jepang"}
