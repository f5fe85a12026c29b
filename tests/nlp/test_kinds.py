"""Which kind of cooperation a described situation shows, read from the comparison's own text."""

from __future__ import annotations

import pytest

from bot.nlp import Outcome
from bot.nlp.kinds import KindReader
from bot.nlp.prompts import parse_prompt
from bot.nlp.spaces import word_features


@pytest.fixture(scope="module")
def kinds(content, matcher):
    return KindReader(
        content.comparison,
        lambda text: word_features(matcher.normaliser.analyse(text)),
        matcher.normaliser.words,
    )


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
        # Countries counted past two are no two parties, though signing an agreement leans bilateral.
        (
            "Indonesia bersama hampir 200 negara menandatangani Persetujuan Paris tentang perubahan iklim.",
            "multilateral",
        ),
        # More countries than any region's body has: no region's.
        (
            "Indonesia bersama lebih dari 190 negara menandatangani Perjanjian Paris soal perubahan iklim.",
            "multilateral",
        ),
    ],
)
def test_a_described_situation_shows_its_kind(kinds, situation, kind):
    assert kinds.kind_of(situation) == kind


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Indonesia dan Korea Selatan memberlakukan IK-CEPA", True),  # "Korea Selatan" is one country
        ("Kerja sama Indonesia–Malaysia, lalu Indonesia lagi", True),  # each counted once
        ("Indonesia, Malaysia dan Thailand sepakat", False),
        ("Sumatra bagian utara, Malaysia bagian utara dan Thailand selatan", False),  # parts of countries
        ("kerja sama negara-negara tetangga", False),
        # A country's name is no slip of a word: "antar" is not Qatar, "kuat" not Kuwait.
        ("kerja sama antar negara indonesia", False),
        ("hubungan kuat indonesia dan malaysia", True),
        ("Indonesia dan Qatar sepakat", True),
    ],
)
def test_two_countries_are_read_once_each_and_whole(kinds, matcher, text, pair):
    assert kinds.between_two_countries(matcher.normaliser.words(text)) is pair


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
        ("kerja sama indonesia dgn australia lewat beasiswa trmasuk kerja sama ...", True),  # as texted
        ("Indonesia dan Tiongkok sepakat membangun kereta cepat. Bentuk kerja sama ini adalah ....", True),
        ("Pertukaran pelajar Indonesia dan Jerman merupakan salah satu bentuk kerja sama ....", True),
        # Told to name the kind: "tentukan jenis kerja sama", not the forms listed or each of several.
        (
            "Indonesia dan Singapura membangun kawasan industri di Batam. Tentukan jenis kerja sama itu!",
            True,
        ),
        ("Klasifikasikan bentuk kerja sama internasional dan jelaskan masing-masing!", False),
        ("Identifikasikan jenis kerja sama berikut: Indonesia dan Tiongkok membangun kereta cepat.", True),
        # ... of the case told, "internasional" or not; but "internasional" alone names the forms.
        ("Kasus: ... melalui IA-CEPA. Analisislah jenis kerja sama tersebut! (skor 10)", True),
        ("Kasus: ... Identifikasi jenis kerja sama internasional pada kasus tersebut!", True),
        ("Berita: ... Bentuk kerja sama apa yang ditunjukkan berita tsb?", True),
        ("Kasus: ... Kerja sama ini termasuk jenis apa? Jelaskan!", True),
        ("Tentukan jenis kerja sama internasional!", False),
        # "Jelaskan jenis kerja sama tersebut!" after a case asks its kind, as "tentukan" does; so does a
        # blank after "internasional".
        ("Indonesia dan Korea Selatan ... melalui IK-CEPA. Jelaskan jenis kerja sama tersebut!", True),
        ("Jenis kerja sama tersebut berdasarkan jumlah dan letak negaranya adalah ....", True),
        ("Keanggotaan Indonesia di PBB termasuk jenis kerja sama internasional ....", True),
        ("Jelaskan jenis kerja sama internasional yang kamu ketahui!", False),
        ("Pemerintah Indonesia bekerja sama dengan ... Sebutkan jenis-jenis kerja sama tersebut!", False),
        ("Kopi ... berkat IJEPA. Jelaskan jenis kerja sama internasional yang melandasi hal tersebut!", True),
        ("PBB adalah contoh dari kerja sama ....", True),
        ("Keikutsertaan ini menunjukkan Indonesia melakukan kerja sama ....", True),
        ("kerjasama ini trmasuk jenis kerja sama ap?", True),  # "apa" as texted
        ("ASEAN itu jenis apa", True),
        ("perjanjian bilateral itu bentuk apa", False),  # a bare "bentuk" may ask the form of an agreement
        # The name of the scene's kind asked after it; a statement described, or put into a kind.
        ("Negara-negara satu kawasan bekerja sama. Kerja sama seperti itu disebut?", True),
        ('"Kerja sama ini hanya di satu kawasan." Pernyataan tersebut menggambarkan kerja sama ....', True),
        ("OKI tergolong ke dalam jenis kerja sama ....", True),
        ("kerja sama negara2 timur tengah di OKI masuk apa", True),
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
            "bilateral_contoh",  # what the two did, as the case of Papua Nugini below
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
        # Two countries and no organisation are two parties, though both are ASEAN neighbours.
        (
            "Kerja sama antara Indonesia dan Malaysia dalam pengiriman tenaga kerja merupakan contoh kerja "
            "sama ....",
            "bilateral_contoh",
        ),
        (
            "Indonesia dan Papua Nugini sepakat memperbaiki pos lintas batas di Skouw supaya perdagangan "
            "warga lancar. Kerja sama tersebut termasuk jenis kerja sama apa? (skor 10)",
            "bilateral_contoh",
        ),
        # What an organisation does, its name unsaid: the kind listing it, as an example or by its name.
        (
            "Pengiriman Pasukan Garuda dalam misi perdamaian dunia merupakan wujud kerja sama .... "
            "Indonesia.",
            "multilateral_contoh",
        ),
        (
            "Kalau hampir semua negara di dunia kumpul membahas satu masalah bersama, itu disebut kerja "
            "sama apa?",
            "multilateral_definisi",
        ),
        # What such cooperation is called asks for the term: the kind's definition.
        (
            "Pemerintah Indonesia dan Filipina menandatangani nota kesepahaman tentang patroli laut bersama. "
            "Kerja sama seperti ini dinamakan kerja sama ....",
            "bilateral_definisi",
        ),
        # "contoh diplomasi ....": the blank completes the term of a lesson, not a kind's examples.
        (
            "Pemerintah Indonesia mengirim utusan khusus ke Vietnam untuk berunding soal nelayan yang "
            "ditahan. Kegiatan itu merupakan contoh diplomasi ....\n"
            "A. bilateral\nB. multilateral\nC. regional",
            "diplomasi_bilateral_definisi",
        ),
        # The blank completes a term with an option that is no kind ("aktor non-negara"): the kinds among
        # the options only mislead, and the two organisations are no two parties.
        (
            "Palang Merah Internasional dan Greenpeace termasuk aktor .... dalam hubungan internasional. "
            "A. negara B. non-negara C. supranasional D. bilateral E. regional",
            "aktor_non_negara",
        ),
        # Regions of two countries are a growth triangle's parts, not two parties.
        (
            "Kerja sama antara Kalimantan Timur, Malaysia bagian timur dan Filipina selatan disebut kerja "
            "sama ....",
            "regional_contoh",
        ),
        # The sentence is about a kind of cooperation, its blank right after "dinamakan"; and "tidak
        # memandang wilayah" says multilateral's "tanpa memandang wilayah".
        (
            "Kerja sama antarnegara yang pesertanya lebih dari dua negara dan tidak terikat pada satu "
            "kawasan dinamakan ....",
            "multilateral_definisi",
        ),
        ("kerja sama yg ga mandang wilayah itu disebut apa ya", "multilateral_definisi"),
        ("kerja sama yg gak mandang batas wilayah itu namanya apa", "multilateral_definisi"),
        # Bound to a place, or to none: "dibatasi oleh letak geografis", "tanpa batasan kawasan".
        (
            "Kerja sama yang pesertanya dibatasi oleh letak geografis tertentu dinamakan kerja sama ....",
            "regional_definisi",
        ),
        (
            "Kerja sama yang dijalankan bangsa-bangsa sedunia tanpa batasan kawasan disebut kerja sama ....",
            "multilateral_definisi",
        ),
        # "dikenal dengan istilah hubungan ....": the answer is a kind.
        (
            "Hubungan antara dua negara merdeka yang saling memengaruhi di bidang ekonomi dan budaya "
            "dikenal dengan istilah hubungan ....",
            "bilateral_definisi",
        ),
        # An organisation only one kind lists: that kind's examples say which kind it is; its own lesson
        # does not. AFTA, which some books put among multilateral examples, is among regional's.
        ("Keikutsertaan Indonesia dalam ILO merupakan contoh kerja sama ....", "multilateral_contoh"),
        ("ecosoc tu termasuk kerjasama jenis apa", "multilateral_contoh"),
        ("ASEAN termasuk kerja sama ....", "regional_contoh"),
        # "contoh bentuk kerja sama ....": an example of which form, which is a kind.
        ("Isian: Perserikatan Bangsa-Bangsa merupakan contoh bentuk kerja sama ....", "multilateral_contoh"),
        ("ASEAN merupakan contoh bentuk kerja sama ....", "regional_contoh"),
        (
            "Indonesia bersama lebih dari 160 negara menjadi anggota WTO. Keanggotaan tersebut menunjukkan "
            "kerja sama ....",
            "multilateral_contoh",
        ),
        ("kerja sama negara2 asia tenggara itu termasuk jenis apa", "regional_contoh"),
        # Said without "termasuk", or as the example of some kind: the kind asked, not ASEAN's own lesson.
        ("kerja sama negara2 asia tenggara tu masuk jenis apa", "regional_contoh"),
        ("kak kerjasama negara2 asia tenggara itu jenis apa", "regional_contoh"),
        ("uni afrika contoh kerja sama apa", "regional_contoh"),
        ("ASEAN tuh kerja sama apa", "regional_contoh"),  # "tuh" as much as "itu"
        # "jenisnya apa", "masuk yg mana", "masuk kerja sama apa" ask the kind as much.
        ("kerja sama indonesia-timor leste soal perbatasan itu jenisnya apa", "bilateral_contoh"),
        ("kalo indonesia sama timor leste bikin perjanjian perbatasan itu masuk mana", "bilateral_contoh"),
        ("kerja sama indonesia belanda itu masuk yg mana", "bilateral_contoh"),
        # "tsb" as much as "tersebut"; "bukan" closing the question of a pair's kind.
        (
            "Negara2 di Asia Tenggara bergabung dalam suatu organisasi untuk menjaga stabilitas kawasan. "
            "Kerja sama tsb termasuk ....",
            "regional_contoh",
        ),
        ("kerja sama indonesia belanda tu bilateral bukan", "bilateral_contoh"),
        ("kerjasama negara2 asia tenggara termasuk apa", "regional_contoh"),  # put under what, no more
        ("ECOSOC kerja sama apa", "multilateral_contoh"),  # one name, then its kind asked
        ("bilateral kerja sama apa", "bilateral_definisi"),  # a kind, not a name: what it is
        ("ECOSOC masuk kerja sama apa ya, multilateral?", "multilateral_contoh"),
        ("PBB tu masuk kerja sama yg mana, multilateral kan?", "multilateral_contoh"),
        # "Apa jenis kerja sama ini?" after a scene, or its blank left off, asks the scene's kind.
        (
            "Pemerintah Indonesia dan Jepang menandatangani Indonesia-Japan Economic Partnership Agreement. "
            "Apa jenis kerja sama ini? Jelaskan alasannya",
            "bilateral_contoh",
        ),
        (
            "15. Pemerintah Indonesia dan Pemerintah Tiongkok bekerja sama membangun kereta cepat "
            "Jakarta-Bandung. Bentuk kerja sama tsb adalah",
            "bilateral_contoh",
        ),
        # A blank of spaced dots is a blank; "ciri kerja sama ...." asks the kind it marks.
        (
            "Hubungan antara dua wilayah independen yang saling mempengaruhi di bidang budaya, ekonomi dan "
            "politik dinamakan hubungan . . . .",
            "bilateral_definisi",
        ),
        (
            "Perjanjian yang dibuat oleh 2 subjek hukum internasional yg masing2 punya kapasitas hukum utk "
            "membuat perjanjian internasional merupakan ciri kerja sama ....",
            "bilateral_definisi",
        ),
        # The numbered statement a pointer names is the one asked of, not the first listed.
        (
            "12. Perhatikan ciri-ciri berikut!\n(1) melibatkan dua negara\n(2) pesertanya negara-negara "
            "dalam satu kawasan\n(3) tidak dibatasi wilayah\nCiri nomor (2) merupakan ciri kerja sama ....",
            "regional_definisi",
        ),
        (
            "Perhatikan pernyataan di bawah ini\n(1) melibatkan 2 negara\n(2) melibatkan negara dalam satu "
            "kawasan\n(3) tanpa memandang wilayah\nPernyataan nomor (3) merupakan ciri kerja sama ....",
            "multilateral_definisi",
        ),
        (
            "32. ASEAN merupakan contoh kerja sama ....\nA. bilateral\nB. regional\nC. multilateral\n"
            "D. unilateral\nE. global",
            "regional_contoh",
        ),
        ("AFTA termasuk kerja sama ....", "regional_contoh"),
        (
            "Keanggotaan Indonesia di OKI menunjukkan bahwa Indonesia terlibat dalam kerja sama ....",
            "multilateral_contoh",
        ),
        # The sentence is about a kind, named after it: which kind its description is.
        (
            "Jika suatu perjanjian kerja sama hanya diikuti dua negara, maka kerja sama itu tergolong ....",
            "bilateral_definisi",
        ),
        (
            "Hubungan kerja sama yang anggotanya berasal dari berbagai benua untuk kepentingan tertentu "
            "dinamakan ....",
            "multilateral_definisi",
        ),
        # Asked in a chat, of one organisation or of several that one kind lists.
        ("WTO itu contoh kerja sama apa", "multilateral_contoh"),
        ("ILO sama FAO itu kerja sama jenis apa", "multilateral_contoh"),
        ("pbb iku kerja sama jenis opo rek", "multilateral_contoh"),  # Javanese
        ("ILO FAO kuwe kerja sama jenis apa", "multilateral_contoh"),
        ("IMF merupakan contoh kerja sama ....", "multilateral_contoh"),  # not "what the IMF is"
        ("B/S: Gerakan Non-Blok merupakan contoh kerja sama regional.", "multilateral_contoh"),
        # A claim on what it is, not its kind: its own lesson.
        ("B/S: PBB adalah organisasi regional yang hanya beranggotakan negara Eropa.", "org_pbb"),
        ("organisasi kerja sama islam itu OKI kan, dulu namanya apa", "org_oki"),
        # In a chat, something two countries do put under a kind, nothing else asked of it: bilateral's
        # examples; not when the kind's meaning or diplomacy is asked.
        ("kerjasama indonesia sama vietnam soal nelayan itu bilateral kah", "bilateral_contoh"),
        ("indonesia deng timor leste ada kerja sama bilateral ko", "bilateral_contoh"),
        (
            "kalau dubes RI ketemu menlu vietnam bahas nelayan, itu namanya diplomasi bilateral kah?",
            "diplomasi_bilateral_definisi",
        ),
        # A thing done put under a kind at the end of a chat question: that kind's examples; not a form of
        # agreement, a party's right, a task on the kind or the kind described.
        ("kereta cepat whoosh itu kerja sama bilateral ya?", "bilateral_contoh"),
        # "hasil" puts it under the kind too, and the partner may be named after the kind.
        ("kereta cepat whoosh itu hasil kerja sama bilateral sama china kan?", "bilateral_contoh"),
        ("pos lintas batas aruk tu hasil kerja sama bilateral sama malaysia ke?", "bilateral_contoh"),
        ("pasukan garuda ke lebanon termasuk kerja sama multilateral kah", "multilateral_contoh"),
        ("Uni Afrika itu kerja sama regional juga kan", "regional_contoh"),  # "juga kan" only tags it
        ("pas lintas batas ka Filipina tu termasuk kerja sama bilateral kang?", "bilateral_contoh"),
        ("nota diplomatik itu termasuk perjanjian bilateral ga", "bilateral_bentuk_perjanjian"),
        ("kalo provinsi NTT bikin perjanjian deng Timor Leste itu bilateral ka", "bilateral_pihak"),
        ("Jelaskan ciri-ciri kerja sama regional!", "regional_definisi"),
        ("multilateral itu kerja sama global ka", "multilateral_definisi"),
        # What two countries did, even read as a bilateral lesson, is one of the examples; "... contoh
        # hubungan ...." asks a kind's examples as "... contoh kerja sama ...." does. Asked what it is
        # called, it is IJEPA.
        ("pertukaran pelajar indonesia jerman termasuk kerjasama apa", "bilateral_contoh"),
        (
            "Pengiriman pekerja migran Indonesia ke Malaysia berdasarkan nota kesepahaman antara kedua "
            "pemerintah adalah contoh hubungan ....",
            "bilateral_contoh",
        ),
        ("kerja sama indonesia jepang namanya apa", "bilateral_contoh"),
        # "kedua negara" describes the pair; it names no kind.
        (
            "Ekspor durian Indonesia ke Tiongkok dibuka setelah kedua negara menandatangani protokol "
            "karantina. Kerja sama tersebut termasuk bentuk kerja sama ....",
            "bilateral_contoh",
        ),
        # In a chat, the examples of what two countries do together, no kind named.
        ("indonesia sama singapura kerjasama apa aja sih", "bilateral_contoh"),
        # ... however near bilateral's definition, the neighbours' region or a body one of them is in.
        ("indonesia dgn malaysia kerja sama bilateralnya apa aja", "bilateral_contoh"),
        ("indonesia sama malaysia ada kerja sama apa aja", "bilateral_contoh"),
        ("indonesia karo arab saudi kerjasama apa bae", "bilateral_contoh"),
        # A longer one, which the kinds' examples are offered for: the pair's are bilateral's.
        (
            "semalam naik feri ke singapura sama mak, terus kepikiran, indonesia sama singapura tu dah buat "
            "perjanjian kerjasama ape je ye? ada nama perjanjiannye tak",
            "bilateral_contoh",
        ),
        # What a body one kind's examples list did is one of them, though the scene describes the kind.
        (
            "Kasus: Indonesia menjadi anggota G20 bersama negara-negara dari berbagai benua. Keanggotaan "
            "tersebut termasuk kerja sama ....",
            "multilateral_contoh",
        ),
        # ... whatever pair of places took part, and whatever the task alone asks (the forms).
        (
            "Studi kasus: Kalimantan Barat dan Sarawak meningkatkan perdagangan lintas batas dalam kerangka "
            "BIMP-EAGA bersama Brunei dan Filipina. Tentukan jenis kerja samanya dan beri alasan!",
            "regional_contoh",
        ),
        (
            "Studi kasus: Indonesia menjadi anggota Dewan HAM dan aktif dalam sidang-sidang WTO di Jenewa. "
            "Identifikasi bentuk kerja sama internasional yang dilakukan!",
            "multilateral_contoh",
        ),
        (
            "Studi kasus: Pada tahun 2022 Indonesia dan Singapura menandatangani perjanjian ekstradisi dan "
            "penyesuaian FIR. Identifikasi jenis kerja sama internasional pada kasus tersebut!",
            "bilateral_contoh",
        ),
        # The kind's word after the blank's noun: the kind itself, no form of agreement.
        ("Gerakan Non-Blok termasuk kerja sama internasional jenis ....", "multilateral_contoh"),
        (
            "Organisasi Kerja Sama Islam (OKI) termasuk kerja sama internasional dalam bentuk ....",
            "multilateral_contoh",
        ),
        ("Gerakan Non-Blok digolongkan ke dalam jenis kerja sama ....", "multilateral_contoh"),
        ("Kerja sama dua negara termasuk kerja sama internasional jenis ....", "bilateral_definisi"),
        # Not bound to a region: multilateral, though "kawasan" is said.
        (
            "Kerja sama yang melibatkan lebih dari dua negara tanpa terikat kawasan tertentu dinamakan ....",
            "multilateral_definisi",
        ),
        # Two countries named among many are no pair.
        (
            "Stimulus: Hampir seluruh negara di dunia, dari Timor-Leste hingga Brasil, duduk bersama dalam "
            "satu sidang untuk membahas perubahan iklim. Pertanyaan: Bentuk kerja sama seperti ini disebut "
            "apa?",
            "multilateral_definisi",
        ),
        # What Indonesia itself took part in is one of the kind's examples, though the agreement's name
        # is a word of the dictionary ("paris"), no name the lessons give.
        (
            "Indonesia ikut menandatangani Perjanjian Paris tentang perubahan iklim bersama hampir 200 "
            "negara. Kerja sama ini termasuk ....",
            "multilateral_contoh",
        ),
    ],
)
def test_the_matcher_answers_a_kind_from_the_situation(matcher, pasted, intent):
    match = matcher.match(pasted)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, intent)


def test_two_countries_named_with_no_cooperation_asked_give_no_examples(matcher):
    assert matcher.match("kenapa jepang menjajah indonesia").outcome is not Outcome.ANSWER


@pytest.mark.parametrize(
    "item",
    [
        "Jodohkan: Kolombia, Peru, Kuba → kawasan ....",
        "Pasangkan negara dengan kawasannya! Jepang → .... ; Kenya → .... ; Ceko → ....",
        "Mesir dikelompokkan ke kawasan mitra Afrika, sedangkan Qatar ke kawasan mitra ....",
        "Kelompokkan negara berikut ke kawasan mitra Indonesia yang tepat: Brasil, Polandia, Nigeria.",
    ],
)
def test_countries_put_in_a_region_ask_how_indonesias_partners_are_grouped(matcher, item):
    match = matcher.match(item)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, "indonesia_kawasan_mitra")


@pytest.mark.parametrize(
    ("item", "intent"),
    [
        # A region named with countries in it, as a kind of cooperation, is still regional.
        ("Indonesia, Malaysia, dan Thailand bekerja sama dalam satu kawasan. Termasuk kerja sama ....",
         "regional_contoh"),
        ("kawasan asia tenggara itu isinya negara mana aja", "indonesia_kawasan_mitra"),
    ],
)  # fmt: skip
def test_countries_working_together_in_a_region_are_no_partner_regions_asked(matcher, item, intent):
    assert matcher.match(item).intent == intent


@pytest.mark.parametrize(
    "item",
    [
        "Banda terkenal dengan pala. Jika Indonesia bekerja sama dengan Belanda melatih petani pala, manfaat "
        "apa yang dirasakan petani? Sebutkan 2!",
        "Seorang siswa SMK mendapat pelatihan las dari tenaga ahli Jepang lewat program kerja sama "
        "RI-Jepang. Jelaskan manfaat yang diperoleh siswa tersebut!",
    ],
)
def test_the_benefits_of_two_countries_cooperation_are_bilaterals(matcher, item):
    match = matcher.match(item)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, "bilateral_manfaat")


@pytest.mark.parametrize(
    ("item", "intent"),
    [
        (
            "Indonesia, Malaysia, dan Thailand membentuk segitiga pertumbuhan sehingga perdagangan di "
            "Sumatra bagian utara meningkat. Hal tersebut menunjukkan manfaat kerja sama ....\n"
            "A. bilateral\nB. regional\nC. multilateral",
            "regional_manfaat",
        ),
        (
            "Lebih dari 190 negara dari berbagai benua bersama-sama menyepakati pengurangan emisi karbon "
            "sehingga masalah iklim dapat ditangani bersama. Hal ini menunjukkan manfaat kerja sama .... "
            "A. bilateral B. regional C. multilateral",
            "multilateral_manfaat",
        ),
    ],
)
def test_a_blank_after_the_benefits_asks_the_benefits_of_the_kind_shown(matcher, item, intent):
    match = matcher.match(item)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, intent)


@pytest.mark.parametrize(
    "item",
    [
        "Perhatikan daftar: PBB, WTO, IMF, ILO, FAO. Apa persamaan kelima organisasi tersebut ditinjau dari "
        "bentuk kerja samanya?",
        "Indonesia aktif di OKI, GNB, dan G20. Apa kesamaan ketiganya dilihat dari bentuk kerja samanya?",
    ],
)
def test_the_form_organisations_of_one_kind_share_is_that_kinds_examples(matcher, item):
    match = matcher.match(item)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, "multilateral_contoh")
