"""What a question asks of the kind it names: its definition, benefits, examples or why countries join."""

from __future__ import annotations

import pytest

from bot.nlp import Outcome


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("regional tu apa e, sa bingung", "regional_definisi"),
        ("bilateral tuh apaan dah, gue bingung bgt", "bilateral_definisi"),
        ("apa itu bilateral bang, bingung", "bilateral_definisi"),  # the kind right after "apa"
        # The bot's commands are asked about, with a kind only as the matter to learn.
        (
            "Perintah apa saja yang bisa dipakai di bot ini untuk belajar materi kerja sama bilateral?",
            "bantuan",
        ),
        ("cara pakai fitur bilateral blur di photoshop", None),
    ],
)
def test_a_kind_asked_what_it_is_outweighs_being_confused(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("sorry kak ganggu, mau nanya lagi soal multilateral, artinya apa ya", "multilateral_definisi"),
        ("aku masih gak ngerti bilateral kak, bisa dijelasin ulang", "bilateral_definisi"),
        ("kak aku butuh pengertian regional yg singkat buat ditulis di buku", "regional_definisi"),
        ("wkwk aku baru sadar bilateral bukan nama penyakit 🤣 jadi artinya apa kak", "bilateral_definisi"),
    ],
)
def test_a_kinds_meaning_asked_among_chat_is_its_definition_not_a_choice(matcher, question, intent):
    match = matcher.match(question)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, intent)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("manfaat regional gae negara2 asia tenggara apa", "regional_manfaat"),  # not ASEAN's answer
        # First already, but as close to the kind's definition as a near tie: the aspect named settles it.
        ("keuntungannya kalau punya hubungan bilateral apa", "bilateral_manfaat"),
        ("Tuliskan dua manfaat hubungan bilateral di bidang ekonomi!", "bilateral_manfaat"),
        ("sisi positif dari kerja sama bilateral tu apa saja", "bilateral_manfaat"),
        # The meaning of the kind's own name is its definition; the meaning of something said of the kind
        # is the lesson on that.
        ("kak multilateral pengertiannya apa ya buat catatan", "multilateral_definisi"),
        (
            "Apa yang dimaksud dengan kerja sama regional? Lalu sebutkan satu contohnya di Asia Tenggara.",
            "regional_definisi",
        ),
        ("subjek hukum internasional yg dimaksud di bilateral itu apa", "bilateral_pihak"),
        ("pertukaran surat maksudnya gmn dlm bilateral", "bilateral_bentuk_perjanjian"),
        # Not the definition, which the neighbours point to, though it scores well ahead ...
        (
            "Jelaskan manfaat kerja sama regional bagi negara-negara yang letaknya berdekatan!",
            "regional_manfaat",
        ),
        # ... but not much further: "saling menguntungkan" says what the relation is.
        (
            "Apa yang dimaksud dengan hubungan antara dua negara yang saling menguntungkan?",
            "bilateral_definisi",
        ),
        (
            "Analisislah manfaat kerja sama segitiga pertumbuhan bagi daerah-daerah perbatasan!",
            "regional_manfaat",
        ),
        (
            "Mengapa negara-negara yang letaknya berdekatan perlu menjalin kerja sama regional? "
            "Jelaskan manfaatnya!",
            "regional_manfaat",
        ),
        ("apa gunanya diplomasi bilateral buat negara", "diplomasi_bilateral_pentingnya"),  # no kind's lesson
        (
            "Sebutkan bidang-bidang kerja sama bilateral dan berikan satu contoh untuk setiap bidang!",
            "bilateral_bidang",
        ),
    ],
)
def test_one_kind_and_one_aspect_named_settle_the_question(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Berikan satu contoh kerja sama bilateral Indonesia di bidang pendidikan.", "bilateral_contoh"),
        ("Tuliskan contoh kerja sama bilateral dalam bidang pendidikan dan kebudayaan", "bilateral_contoh"),
        ("Sebutkan bidang kerja sama bilateral, lalu berikan contohnya", "bilateral_bidang"),
        # Examples asked first in a chat line, however well "bidang pendidikan" matches the fields.
        ("contoh bilateral di bidang pendidikan ada gak", "bilateral_contoh"),
        ("ada contoh bilateral di bidang pendidikan ga kak", "bilateral_contoh"),
        # In a scene, "misalnya" asks for nothing.
        (
            "Mengapa sebuah kota, misalnya Surabaya, tidak dapat menjadi pihak dalam perjanjian bilateral?",
            "bilateral_pihak",
        ),
    ],
)
def test_of_two_aspects_named_the_one_that_opens_the_question_is_asked(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("bilateral tu gunanya buat apa sih", "bilateral_manfaat"),
        ("apa gunanya diplomasi bilateral", "diplomasi_bilateral_pentingnya"),
        # What a kind is there for ("buat apa"), no aspect word at all.
        ("bilateral buat apa sih", "bilateral_manfaat"),
        ("kerja sama regional buat apa", "regional_manfaat"),
        ("buat apa indonesia ikut organisasi multilateral", "multilateral_manfaat"),
        # Said of the countries, it asks what they do.
        ("kalo hubungan bilateral ada masalah, negara buat apa", "diplomasi_bilateral_perselisihan"),
    ],
)
def test_what_a_kind_is_good_for_is_its_benefits_unless_diplomacy_is_named(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("knp negara ikut kerja sama regional", "regional_manfaat"),
        ("kenapa negara gabung organisasi multilateral", "multilateral_manfaat"),
        ("kenapa indonesia ikut organisasi multilateral", "multilateral_manfaat"),  # reads like examples
        # Why they need it asks the same; why diplomacy is needed is its own lesson.
        ("kenapa negara2 yg deketan perlu kerja sama regional", "regional_manfaat"),
        ("kenapa negara perlu diplomasi bilateral", "diplomasi_bilateral_pentingnya"),
        # Forums helping diplomacy are their own lesson.
        (
            "kenapa ikut forum multilateral bikin diplomasi bilateral lebih efektif",
            "kerangka_regional_multilateral",
        ),
        # What is joined is named, and is no example of the kind named: the forums helping relations.
        (
            "kenapa ikut ASEAN dan PBB bikin hubungan bilateral indonesia makin bagus",
            "kerangka_regional_multilateral",
        ),
    ],
)
def test_why_countries_join_a_kind_is_what_they_gain(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        (
            "Bagaimana kerja sama regional dapat meningkatkan kesejahteraan masyarakat di kawasan?",
            "regional_manfaat",
        ),
        (
            "Bagaimana kerja sama multilateral dapat memperkuat posisi tawar Indonesia di dunia "
            "internasional?",
            "multilateral_manfaat",
        ),
        ("gimana bilateral bisa bantu ekonomi", "bilateral_manfaat"),
        ("kerja sama regional bisa mempercepat ekonomi ya?", "regional_manfaat"),  # asked yes or no
        # The speed or the help is the student's when another aspect or a meaning is asked.
        ("CONTOH KERJASAMA BILATERAL DONG KAK CEPET", "bilateral_contoh"),
        ("aku gere paham multilateral, bantu jelasin", "multilateral_definisi"),
        ("kita nyanda tau arti multilateral, bisa bantu jelasin?", "multilateral_definisi"),
        # How it is done is what it is; how diplomacy strengthens something is why it matters, and how
        # forums help is their own lesson.
        ("bagaimana kerja sama regional dilakukan", "regional_definisi"),
        ("gimana forum multilateral bantu", "kerangka_regional_multilateral"),
        (
            "Uraikan bagaimana diplomasi bilateral dapat memperkuat tujuan luar negeri suatu negara!",
            "diplomasi_bilateral_pentingnya",
        ),
    ],
)
def test_how_a_kind_raises_or_helps_something_is_what_it_is_good_for(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        (
            "Organisasi apa saja yang dapat digolongkan sebagai kerja sama multilateral?",
            "multilateral_contoh",
        ),
        (
            "Tuliskan organisasi internasional yang termasuk kerja sama multilateral beserta kepanjangannya!",
            "multilateral_contoh",
        ),
        # The organisations a country joins, listed, with no kind named; asked why, what it gains.
        ("indonesia ikut organisasi internasional apa aja ya", "multilateral_contoh"),
        ("organisasi internasional yg diikuti indonesia apa aja", "multilateral_contoh"),
        ("kenapa indonesia ikut organisasi internasional", "multilateral_manfaat"),
    ],
)
def test_a_kinds_organisations_asked_for_are_its_examples(matcher, question, intent):
    assert matcher.match(question).intent == intent


def test_a_kind_described_not_named_is_asked_the_aspect_the_question_names(matcher):
    # "negara tetangga" describes regional cooperation without naming it, and reads as its definition.
    assert matcher.match("kak untungnya kerja sama sama negara tetangga apa").intent == "regional_manfaat"
    assert matcher.match("kerja sama sama negara tetangga itu apa").intent == "regional_definisi"
    described = "contoh kerja sama yg anggotanya dari berbagai benua apa"  # the kind told by its reach
    assert matcher.match(described).intent == "multilateral_contoh"


@pytest.mark.parametrize(
    "question",
    [
        "kerja sama yg anggotanya negara dari seluruh dunia contohnya apa",  # the kind told by its reach
        "kerjasama yang anggotanya dari seluruh dunia contohnya apa aja",
        "contoh kerja sama yg anggotanya dari seluruh dunia apa",  # the examples asked first
    ],
)
def test_examples_asked_right_after_of_a_kind_are_its_examples(matcher, question):
    assert matcher.match(question).intent == "multilateral_contoh"


@pytest.mark.parametrize(
    "question",
    [
        "kalau gak ada diplomasi bilateral emang kenapa",
        "kalo ndak ada diplomasi bilateral emang kenapa bah",
        "tanpa diplomasi bilateral apa yang terjadi",
    ],
)
def test_what_would_go_wrong_without_bilateral_diplomacy_is_why_it_matters(matcher, question):
    assert matcher.match(question).intent == "diplomasi_bilateral_pentingnya"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # Which of a kind a place joins is among the kind's examples.
        ("Lampung termasuk kerja sama sub-regional apa ya?", "regional_contoh"),
        ("kaltim masuk kerja sama regional apa kah?", "regional_contoh"),
        ("sulawesi ikut kerjasama sub regional apa ya", "regional_contoh"),
        # ... but what it gains, or which kind a situation is, is asked of the kind.
        ("untungnya indonesia ikut kerja sama multilateral apa", "multilateral_manfaat"),
        ("sub regional tu apa sih, masih termasuk regional ga", "regional_definisi"),
    ],
)
def test_which_one_of_a_kind_a_place_joins_is_among_its_examples(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("segitiga pertumbuhan manfaatnya apa ya kak", "regional_manfaat"),
        ("kalo indonesia kerja sama sm jepang, kita dapet apa?", "bilateral_manfaat"),
        # An organisation described, not named (ASEAN): what the one kind listing it brings.
        ("kenapa negara2 asia tenggara mau kerja sama bareng, apa untungnya", "regional_manfaat"),
        ("apa manfaat asean bagi indonesia", "org_asean"),  # named: its own lesson
    ],
)
def test_what_an_example_brings_is_what_its_kind_brings(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    "question",
    [
        "kerjasama sub regional itu apa bedanya ama regional",
        "Apa yang dimaksud dengan kerja sama sub-regional? Apa bedanya dengan kerja sama regional biasa?",
        "subregional sama regional bedanya apa",
    ],
)
def test_a_kind_set_beside_its_own_subdivision_is_defined_not_compared(matcher, question):
    assert matcher.match(question).intent == "regional_definisi"  # whose answer explains subregional
    assert matcher.match("bedanya bilateral sama regional").intent == "perbandingan"


@pytest.mark.parametrize(
    "question",
    [
        "apa bedanya kerja sama bilateral sm diplomasi bilateral, diplomasi bilateral tuh apa",
        "apa bedanya kerja sama bilateral sama diplomasi bilateral",
        "Apa perbedaan antara kerja sama bilateral dan diplomasi bilateral? Fokuskan jawabanmu pada "
        "pengertian diplomasi bilateral!",
    ],
)
def test_a_kinds_cooperation_set_beside_its_diplomacy_asks_what_the_diplomacy_is(matcher, question):
    assert matcher.match(question).intent == "diplomasi_bilateral_definisi"


@pytest.mark.parametrize(
    "question",
    [
        "selain bilateral ada apa lagi",
        "bilateral regional terus apa lagi ya",
        "bentuk kerja sama tu bilateral, regional, trus apa lagi",
        "kita cuma tau bilateral, ada bentuk kerja sama laeng lagi kah?",
        "kak beta lupa, kerja sama antar negara tu ada bilateral, trus apa lai?",
        "bilateral sama regional, yg ketiga apa?",  # the third one asked
        # Two kinds named with the comparison first is no off-topic question, however near it comes.
        "bilateral, regional, terus satu lagi apa ya?",
    ],
)
def test_kinds_named_only_to_ask_what_else_there_is_ask_for_the_forms_of_cooperation(matcher, question):
    assert matcher.match(question).intent == "bentuk_kerja_sama"
    # More of one kind's aspect, or a kind forgotten again, is no question about the others.
    assert matcher.match("contoh bilateral selain IJEPA apa lagi").intent == "bilateral_contoh"
    assert matcher.match("multilateral apa ya aku lupa lagi").intent == "multilateral_definisi"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("bilateral regional multilateral tu bentuk2 kerja sama ya?", "bentuk_kerja_sama"),
        ("bilateral regional multilateral itu apa aja, jelasin satu2", "bentuk_kerja_sama"),
        ("bilateral regional multilateral itu tiga bentuk kah", "bentuk_kerja_sama"),
        ("bilateral regional multilateral itu apa aja sih, jelasin semua sekaligus", "bentuk_kerja_sama"),
        ("bilateral regional multilateral itu jenis apa kak? jelasin ketiganya", "bentuk_kerja_sama"),
        # Set side by side, or one case to place among them: the comparison.
        ("bilateral regional multilateral itu sama aja gak sih?", "perbandingan"),
        ("bilateral, regional, multilateral mana yg paling luas cakupannya", "perbandingan"),
        ("Apakah ini bilateral, regional, atau multilateral?", "perbandingan"),
    ],
)
def test_every_kind_named_only_to_ask_what_they_are_asks_for_the_forms(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("contoh2 hubungan multilateral", "multilateral_contoh"),
        ("hubungan multilateral contohnya", "multilateral_contoh"),
        # Which ones of the kind a country takes part in; not which one is called the kind.
        ("indonesia terlibat di multilateral mana aja", "multilateral_contoh"),
        ("yg disebut kerjasama multilateral tu yg mana ya", "multilateral_definisi"),
        # The definition asked first, the examples after it.
        ("Jelaskan pengertian kerja sama regional dan berikan contohnya!", "regional_definisi"),
    ],
)
def test_a_kinds_examples_asked_and_nothing_more_are_its_examples(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("kok bisa sih negara kerja sama", "tujuan_hubungan_internasional"),
        ("kenapa indonesia harus berhubungan sm negara lain", "tujuan_hubungan_internasional"),
        ("tujuan kerja sama antar negara apa", "tujuan_hubungan_internasional"),
        ("why do countries cooperate at all", "tujuan_hubungan_internasional"),
        # Relations named by their reach, not by "negara".
        (
            "buat apa sih indonesia jalin hubungan internasional, kan kita bisa mandiri",
            "tujuan_hubungan_internasional",
        ),
        ("buat apa sih indonesia berhubungan sama luar negeri", "tujuan_hubungan_internasional"),
        # A kind named is that kind's lesson; a time asked is history.
        ("kenapa negara perlu kerja sama regional", "regional_manfaat"),
        (
            "Segera setelah merdeka, Indonesia berusaha mendapat pengakuan dari negara lain. Jelaskan "
            "mengapa sejak saat itu hubungan luar negeri menjadi penting bagi Indonesia!",
            "indonesia_awal_hubungan",
        ),
        (
            "Mengapa sebelum tahun 1945 Indonesia belum bisa menjalin hubungan luar negeri sebagai sebuah "
            "negara? Jelaskan!",
            "indonesia_awal_hubungan",
        ),
    ],
)
def test_why_countries_deal_with_each_other_at_all_is_what_relations_are_for(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("kenapa negara harus berhubungan langsung sm negara lain, baik tetangga atau yg jauh",
         "diplomasi_bilateral_pentingnya"),
        ("buat apa indonesia repot2 diplomasi satu2 lawan negara lain", "diplomasi_bilateral_pentingnya"),
        # Why still keep up bilateral diplomacy beside the forums; not why a dialogue is still needed.
        ("kalau udah ada pbb ngapain masih diplomasi bilateral", "diplomasi_bilateral_pentingnya"),
        ("kenapa harus ada diplomasi bilateral kalau sudah ada ASEAN", "diplomasi_bilateral_pentingnya"),
        ("Mengapa Indonesia tetap membutuhkan diplomasi bilateral walaupun sudah aktif di PBB?",
         "diplomasi_bilateral_pentingnya"),
        ("kenapa negara harus berunding langsung dengan negara lain satu per satu",
         "diplomasi_bilateral_pentingnya"),
        ("Dalam diplomasi bilateral, dialog sering kali berlangsung santai dan bertele-tele. Mengapa cara "
         "seperti itu tetap dipakai?", "diplomasi_bilateral_cara"),
        # "berlangsung" is how long talks take; "tidak langsung diputus" is not at once.
        ("Mengapa proses diplomasi bilateral sering berlangsung lama dan berbelit-belit? Jelaskan!",
         "diplomasi_bilateral_cara"),
        ("Soal HOTS: Mengapa hubungan bilateral yang sedang bermasalah tidak langsung diputus, tetapi "
         "diperlambat terlebih dahulu?", "diplomasi_bilateral_perselisihan"),
    ],
)  # fmt: skip
def test_why_countries_deal_directly_is_why_bilateral_diplomacy_matters(matcher, question, intent):
    assert matcher.match(question).intent == intent


def test_why_a_thing_is_called_the_core_of_foreign_relations_is_not_what_relations_are_for(matcher):
    """Said after the lesson on bilateral diplomacy, which calls it the core of foreign relations."""
    assert (
        matcher.match("kenapa dibilang inti hubungan luar negeri").intent != "tujuan_hubungan_internasional"
    )


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("kenapa kerja sama bilateral itu penting", "bilateral_manfaat"),
        ("Uraikan arti penting kerja sama regional!", "regional_manfaat"),
        # With diplomacy named, why diplomacy matters; with a lesson named, that lesson; told by what does
        # not matter to it, or asked what it is, the kind's definition.
        ("kenapa diplomasi bilateral penting", "diplomasi_bilateral_pentingnya"),
        ("Mengapa bidang pendidikan penting dalam kerja sama bilateral? Jelaskan!", "bilateral_bidang"),
        ("multilateral wilayah tdk penting? maksud", "multilateral_definisi"),
        (
            "Uraikan apa yang dimaksud dengan kerja sama regional dan mengapa letak geografis menjadi faktor "
            "penting!",
            "regional_definisi",
        ),
    ],
)
def test_why_a_kind_matters_is_what_it_is_good_for(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        (
            "Jelaskan hubungan antara diplomasi bilateral dengan terbentuknya koalisi kepentingan di forum "
            "regional dan multilateral!",
            "diplomasi_bilateral_pentingnya",
        ),
        (
            "Diplomasi bilateral meletakkan dasar bagi terbentuknya .... di forum regional dan multilateral.",
            "diplomasi_bilateral_pentingnya",
        ),
        # What the forums do for bilateral diplomacy, "berdasarkan" a scene, is the forums' lesson.
        ("bagaimana forum regional membantu diplomasi bilateral", "kerangka_regional_multilateral"),
        (
            "Stimulus: Di sela KTT ASEAN ke-42 di Labuan Bajo tahun 2023, Presiden RI mengadakan pertemuan "
            "empat mata dengan beberapa kepala negara. Jelaskan bagaimana forum regional memperkuat "
            "diplomasi bilateral berdasarkan stimulus ini!",
            "kerangka_regional_multilateral",
        ),
    ],
)
def test_bilateral_diplomacy_laying_the_ground_for_coalitions_is_why_it_matters(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        (
            "Awalan 'bi' pada istilah bilateral menunjukkan jumlah pihak yang terlibat, yaitu ....\n"
            "a. satu\nb. dua\nc. tiga\nd. banyak",
            "bilateral_definisi",
        ),
        ("Kata 'multi' pada istilah multilateral bermakna ....", "multilateral_definisi"),
        # "bila" is a word of its own, not the start of "bilateral".
        (
            "Bila sengketa dua negara berlarut-larut, hubungan bilateral keduanya bisa mengalami fase ......",
            "diplomasi_bilateral_perselisihan",
        ),
    ],
)
def test_the_parts_of_a_kinds_name_are_what_the_kind_is(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("diplomasi satu per satu sama negara lain tuh namanya apa", "diplomasi_bilateral_definisi"),
        ("klo indonesia kerja sama cuma sama satu negara namanya apa", "bilateral_definisi"),
        # The best lesson's own word asked is that lesson.
        ("pihak yg terlibat dlm bilateral apa namanya", "bilateral_pihak"),
    ],
)
def test_what_a_thing_described_is_called_is_its_definition(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # The count asked after the kind: how many countries the kind takes.
        ("bilateral tu kerja sama brp negara?", "bilateral_definisi"),
        ("klo bilateral tu brp negara yg ikut", "bilateral_definisi"),
        # The count first, or of partners: how many countries Indonesia deals with.
        ("ada brp negara yg kerjasama bilateral ama kite", "indonesia_jumlah_mitra"),
        ("mitra bilateral kita ada brp negara sih", "indonesia_jumlah_mitra"),
    ],
)
def test_how_many_countries_a_kind_takes_is_what_the_kind_is(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("jelasin bilateral dlm 1 kalimat", "bilateral_definisi"),
        ("jelasin bilateral dong kak, besok ulangan 😭", "bilateral_definisi"),
        ("sa bingung multilateral, tolong jelasin singkat", "multilateral_definisi"),
        ("jelasin regional pake bahasa anak SMP", "regional_definisi"),
    ],
)
def test_a_kind_asked_to_be_explained_simply_is_its_definition(matcher, question, intent):
    assert matcher.match(question).intent == intent


def test_a_kind_beside_words_of_another_subject_is_not_explained(matcher):
    # "simetri" is no way of explaining: the kind's word is used in geometry.
    assert matcher.match("jelasin simetri bilateral singkat").intent != "bilateral_definisi"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # Relations called diplomatic are the kind's definition, not its diplomacy.
        ("tadi pak guru bilang bilateral itu bersifat diplomatik, maksudnya apa itu", "bilateral_definisi"),
        (
            "Jelaskan maksud pernyataan 'bilateral adalah hubungan yang bersifat diplomatik'!",
            "bilateral_definisi",
        ),
        ("kata bu guru bilateral itu hubungan diplomatik, maksudnya apa bah", "bilateral_definisi"),
        # Diplomacy named is still the lesson on diplomacy.
        ("diplomasi bilateral itu apa", "diplomasi_bilateral_definisi"),
        # A claim on how many partners it has at once checks what it is, not how it is done.
        (
            "B/S: Diplomasi bilateral dilakukan dengan banyak negara sekaligus dalam satu forum.",
            "diplomasi_bilateral_definisi",
        ),
        (
            "Benar/salah: Diplomasi bilateral dilakukan dengan semua negara asing sekaligus di satu forum.",
            "diplomasi_bilateral_definisi",
        ),
        ("diplomasi bilateral caranya gimana", "diplomasi_bilateral_cara"),
    ],
)
def test_bilateral_relations_and_bilateral_diplomacy_are_told_apart(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Kerja sama sub-regional seperti segitiga pertumbuhan bertujuan untuk ....", "regional_manfaat"),
        (
            "Apa tujuan negara-negara di Asia Tenggara membentuk kerja sama sub regional seperti segitiga "
            "pertumbuhan?",
            "regional_manfaat",
        ),
        (
            "Bagaimana segitiga pertumbuhan seperti IMT-GT membantu ekonomi daerah-daerah yang terlibat?",
            "regional_manfaat",
        ),
        # The examples asked, however the cooperation they are like is described.
        (
            "contoh kerja sama regional seperti segitiga pertumbuhan yang bertujuan mempercepat ekonomi",
            "regional_contoh",
        ),
    ],
)
def test_what_cooperation_like_a_kinds_example_is_for_is_what_the_kind_brings(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    "question",
    [
        "kalau bukan negara bisa bilateral kah",
        "kalo pemkot linggau kerja sama sama kota di malaysia itu bilateral juga ga? kan bukan negara",
    ],
)
def test_whether_a_party_that_is_no_state_can_make_it_asks_who_its_parties_are(matcher, question):
    assert matcher.match(question).intent == "bilateral_pihak"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        (
            "Partisipasi Indonesia di ASEAN dan PBB dapat memperkuat diplomasi bilateralnya dengan negara "
            "tertentu. Analisislah pernyataan tersebut!",
            "kerangka_regional_multilateral",
        ),
        (
            "Mengapa keaktifan Indonesia di ASEAN dan PBB dapat memperlancar hubungan bilateralnya dengan "
            "negara lain? Jelaskan!",
            "kerangka_regional_multilateral",
        ),
        ("menteri2 sering ketemu di sela2 sidang PBB, itu maksudnya apa buat bilateral",
         "kerangka_regional_multilateral"),
        # Each member country is no example to sort into kinds.
        (
            "Mengapa keterlibatan Indonesia di ASEAN dan PBB justru dapat memperkuat hubungan bilateralnya "
            "dengan masing-masing negara anggota? Jelaskan!",
            "kerangka_regional_multilateral",
        ),
        ("IJEPA, ASEAN, PBB masing2 termasuk apa", "perbandingan"),
        # The other way round: bilateral diplomacy that makes a country strong in forums.
        (
            "Tanpa diplomasi bilateral yang kuat, suara sebuah negara di forum dunia akan lemah. Mengapa "
            "demikian?",
            "diplomasi_bilateral_pentingnya",
        ),
    ],
)  # fmt: skip
def test_forums_that_strengthen_bilateral_relations_are_the_forums_lesson(matcher, question, intent):
    match = matcher.match(question)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, intent)
