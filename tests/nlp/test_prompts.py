"""Homework as students paste it: the worksheet's wrapping comes off, the question stays."""

from __future__ import annotations

import pytest

from bot.nlp import Outcome
from bot.nlp.prompts import Option, parse_prompt, split_worksheet


@pytest.mark.parametrize(
    ("pasted", "question"),
    [
        (
            "3. Sebutkan dan jelaskan fungsi misi diplomatik menurut Konvensi Wina 1961! (skor 10)",
            "fungsi misi diplomatik menurut Konvensi Wina 1961",
        ),
        ("Berikan 2 contoh kerja sama regional!", "contoh kerja sama regional"),
        (
            "Jelaskanlah yang dimaksud dengan diplomasi bilateral (10 poin)",
            "yang dimaksud dengan diplomasi bilateral",
        ),
        ("Uraikan manfaat kerja sama bilateral! [bobot 20]", "manfaat kerja sama bilateral"),
        # What a quiz app shows around the question, copied with it.
        (
            "Question 3 of 5 (Time's up!) - Apa yang dimaksud dengan kesepakatan tacit?",
            "Apa yang dimaksud dengan kesepakatan tacit?",
        ),
        ("Pilih 1 jawaban (20 poin): Tujuan AFTA adalah ....", "Tujuan AFTA adalah"),
        # A web form's required mark and marks below the question: not a title above a last line.
        ("Kepanjangan FAO adalah *\n1 poin", "Kepanjangan FAO adalah"),
        # A source cited in brackets, as a university student writes.
        (
            "Mohon penjelasan mengenai konsep diplomasi bilateral (Berridge, 2015).",
            "Mohon penjelasan mengenai konsep diplomasi bilateral.",
        ),
        ("No. 4) Apa kepanjangan WTO?", "Apa kepanjangan WTO?"),
        ("HOTS: Mengapa GNB didirikan? Jelaskan dengan argumenmu sendiri!", "Mengapa GNB didirikan?"),
        (
            "Menurutmu, mengapa diplomasi bilateral tetap diperlukan?",
            "mengapa diplomasi bilateral tetap diperlukan?",
        ),
        ("Carilah satu contoh kerja sama bilateral", "satu contoh kerja sama bilateral"),
        ("b. Sebutkan tiga contoh kerja sama regional!", "contoh kerja sama regional"),
        # A count of things of a kind asks for examples; a count of aspects does not.
        (
            "Sebutkan dua kerja sama regional yang diikuti Indonesia!",
            "contoh kerja sama regional yang diikuti Indonesia",
        ),
        ("Sebutkan tiga manfaat kerja sama bilateral!", "manfaat kerja sama bilateral"),
        # ... wherever the count stands.
        (
            "Selain ASEAN, sebutkan dua kerja sama regional lain yang melibatkan Indonesia!",
            "Selain ASEAN, contoh kerja sama regional lain yang melibatkan Indonesia",
        ),
        (
            "Indonesia aktif dalam berbagai kerja sama multilateral. Sebutkan tiga di antaranya!",
            "Indonesia aktif dalam berbagai kerja sama multilateral. contoh",
        ),
        # ... and however it is hedged ("minimal", "sekurang-kurangnya", "paling sedikit").
        ("Sebutkan minimal 3 organisasi yang diikuti Indonesia!", "contoh organisasi yang diikuti Indonesia"),
        # ... and a task to find one, whatever it is found in.
        (
            "Carilah berita tentang satu perjanjian bilateral Indonesia, lalu tuliskan isinya!",
            "contoh perjanjian bilateral Indonesia, lalu tuliskan isinya",
        ),
        ("Carilah satu artikel mengenai kerja sama regional", "contoh kerja sama regional"),
        (
            "Indonesia ikut banyak forum regional. Tuliskan paling sedikit dua di antaranya!",
            "Indonesia ikut banyak forum regional. contoh",
        ),
        (
            "Benar/Salah: Kerja sama bilateral melibatkan dua negara.",
            "Kerja sama bilateral melibatkan dua negara.",
        ),
        ("B/S: Kerja sama regional terbatas satu kawasan.", "Kerja sama regional terbatas satu kawasan."),
        ("B/S Kerja sama regional terbatas satu kawasan.", "Kerja sama regional terbatas satu kawasan."),
        ("B/S — Kerja sama regional terbatas satu kawasan.", "Kerja sama regional terbatas satu kawasan."),
        ("B/S ( ) Kerja sama regional terbatas satu kawasan.", "Kerja sama regional terbatas satu kawasan."),
        # The instruction above a true/false statement, and its answer boxes below it.
        (
            "Tentukan benar atau salah pernyataan di bawah ini!\n"
            "Kerja sama bilateral melibatkan dua negara.\n(  ) Benar   (  ) Salah",
            "Kerja sama bilateral melibatkan dua negara.",
        ),
        ("ASEAN beranggotakan sepuluh negara. ( B / S )", "ASEAN beranggotakan sepuluh negara."),
        (
            "Tentukan Benar atau Salah lalu beri alasan!\nKerja sama bilateral melibatkan dua negara.",
            "Kerja sama bilateral melibatkan dua negara.",
        ),
        (
            "Tentukan Benar/Salah beserta alasannya:\nKerja sama bilateral melibatkan dua negara.",
            "Kerja sama bilateral melibatkan dua negara.",
        ),
        ("Tentukan B/S dan alasannya:\nASEAN berdiri tahun 1967.", "ASEAN berdiri tahun 1967."),
        # ... and so does the correction asked for, with the item's number after it.
        ("Tentukan benar (B) atau salah (S), jika salah betulkan!\n4. OKI lahir 1969.", "OKI lahir 1969."),
        # The thinking level an item is written for.
        ("AFTA termasuk kerja sama apa? (soal HOTS)", "AFTA termasuk kerja sama apa?"),
        # Where the statement comes from, before it.
        (
            "12. Menurut artikel Liputan6, hubungan bilateral mengacu pada hubungan antara dua wilayah ....",
            "hubungan bilateral mengacu pada hubungan antara dua wilayah",
        ),
        # A heading before a colon, then a task.
        (
            "Tugas IPS kelas 9 SMP Negeri 2 Sorong: Buatlah ringkasan tentang bidang kerja sama bilateral",
            "ringkasan tentang bidang kerja sama bilateral",
        ),
        ("Contoh kerja sama bilateral: IJEPA dan IA-CEPA", "Contoh kerja sama bilateral: IJEPA dan IA-CEPA"),
        # A task about a subject, its points after the colon: the subject stays with them.
        (
            "kak tolong jelasin tentang PBB: kapan berdiri, markasnya, tujuannya",
            "kak tolong jelasin tentang PBB: kapan berdiri, markasnya, tujuannya",
        ),
        (
            "Berikut ini yang tergolong kerja sama regional adalah ....",
            "Berikut ini yang tergolong kerja sama regional adalah",
        ),
        ("Lengkapilah kalimat berikut! Kerja sama dua negara disebut ....", "Kerja sama dua negara disebut"),
        (
            "Isilah titik-titik berikut! Hubungan bilateral adalah hubungan yang melibatkan .... negara.",
            "Hubungan bilateral adalah hubungan yang melibatkan negara.",
        ),
        ("Jawablah pertanyaan di bawah ini: Apa kepanjangan AFTA?", "Apa kepanjangan AFTA?"),
        (
            "LKS Kegiatan 1: Setelah membaca teks, tuliskan definisi kerja sama bilateral!",
            "definisi kerja sama bilateral",
        ),
        # A sheet's header above one numbered question.
        (
            "SMP NEGERI 1 TERNATE – PH\nIsian singkat\n4. Dana Moneter Internasional disingkat ....",
            "Dana Moneter Internasional disingkat",
        ),
        ("Nama : ........  Kelas : IX-A\n2. Apa kepanjangan dari 0KI ?", "Apa kepanjangan dari 0KI ?"),
        # A student's line on where the item comes from.
        (
            "iye kak ini soal ulangan kemarin, sy salah jawab kodong\nKerja sama regional yaitu ....",
            "Kerja sama regional yaitu",
        ),
    ],
)
def test_the_wrapping_comes_off_and_the_signal_stays(pasted, question):
    assert parse_prompt(pasted).question == question


def test_numbered_statements_under_an_instruction_stay_one_question():
    prompt = parse_prompt(
        "Perhatikan pernyataan berikut!\n1) dialog resmi antarmenteri\n2) embargo senjata\n"
        "Yang merupakan cara menjalankan diplomasi bilateral adalah ....\nA. 1 saja\nB. 2 saja"
    )
    assert prompt.number is None
    assert prompt.question.startswith("1) dialog resmi antarmenteri 2) embargo senjata Yang merupakan")


def test_a_blank_of_spaced_dots_is_a_blank():
    prompt = parse_prompt("Markas FAO berkedudukan di kota . . . .")
    assert (prompt.blank, prompt.question, prompt.blank_after) == (
        True,
        "Markas FAO berkedudukan di kota",
        "kota",
    )


def test_a_worksheet_read_aloud_to_voice_typing_has_its_blank_and_options():
    prompt = parse_prompt(
        "kerja sama yang dilakukan oleh dua negara disebut kerja sama titik titik titik "
        "pilihan a regional pilihan b bilateral"
    )
    assert (prompt.blank, prompt.question, prompt.options) == (
        True,
        "kerja sama yang dilakukan oleh dua negara disebut kerja sama",
        (Option("a", "regional"), Option("b", "bilateral")),
    )
    # One "pilihan a" is a word of chat, not an option.
    assert parse_prompt("saya pilihan a saja").options == ()


def test_an_english_worksheets_number_and_marks_come_off():
    prompt = parse_prompt("Q2. In your own words, explain what is meant by 'bilateral relations'. [3]")
    assert (prompt.number, prompt.question) == (
        2,
        "In your own words, explain what is meant by 'bilateral relations'.",
    )
    assert parse_prompt("How many member states does ASEAN have today? (1 mark)").question == (
        "How many member states does ASEAN have today?"
    )


def test_a_fill_in_blank_is_a_question():
    prompt = parse_prompt(
        "Kerja sama antara Indonesia dan Jepang dalam IJEPA merupakan contoh kerja sama ...."
    )
    assert prompt.blank
    assert prompt.question == "Kerja sama antara Indonesia dan Jepang dalam IJEPA merupakan contoh kerja sama"


def test_multiple_choice_options_are_kept_apart_from_the_stem():
    prompt = parse_prompt("Contoh kerja sama regional adalah .... a. IJEPA b. ASEAN c. PBB d. WTO")
    assert prompt.question == "Contoh kerja sama regional adalah"
    assert prompt.options == (
        Option("a", "IJEPA"),
        Option("b", "ASEAN"),
        Option("c", "PBB"),
        Option("d", "WTO"),
    )
    on_lines = parse_prompt("Organisasi perdagangan dunia adalah\nA. IMF\nB. WTO")
    assert [o.text for o in on_lines.options] == ["IMF", "WTO"]


@pytest.mark.parametrize(
    ("pasted", "number", "intent"),
    [
        (
            "Latihan Soal Bab 4 (PPKn kelas 9) hal. 102 nomor 3: Hubungan bilateral artinya ....",
            3,
            "bilateral_definisi",
        ),
        (
            "Mapel: IPS | Kelas: 9 | Latihan Soal Bab 4 hal. 101 no. 9. Kerja sama multilateral adalah ....",
            9,
            "multilateral_definisi",
        ),
    ],
)
def test_where_an_item_comes_from_comes_off_with_its_number(matcher, pasted, number, intent):
    assert parse_prompt(pasted).number == number
    assert matcher.match(pasted).intent == intent


def test_a_lead_in_before_a_numbered_item_on_one_line_comes_off(matcher):
    pasted = (
        "sa ketik ulang dari LKS : 8. Kerja sama multilateral merupakan kerja sama yg di lakukan oleh .... "
        "a. 2 negara b. lebih dari 2 negara tanpa memandang wilayah c. negara dlm 1 kawasan e. 1 negara saja"
    )
    prompt = parse_prompt(pasted)
    assert (prompt.number, prompt.question) == (
        8,
        "Kerja sama multilateral merupakan kerja sama yg di lakukan oleh",
    )
    assert matcher.match(pasted).intent == "multilateral_definisi"
    # Without a colon, "no" says where the item starts; a bare number is the lead-in's ("bab 5").
    said = parse_prompt(
        "ini LKS PPKn bab 5 ustadzah 🙏 no 1. Bilateral adalah .... (jawab pake kalimat sendiri)"
    )
    assert (said.number, said.asked) == (1, "Bilateral adalah .... (jawab pake kalimat sendiri)")
    assert parse_prompt("ini LKS PPKn bab 5. Bilateral adalah ....").number is None
    # A count said is no item's number either: the sentence it ends is the item's stem.
    counted = "Tujuan hubungan internasional menurut artikel ada 7. Tuliskan semuanya!"
    assert parse_prompt(counted).number is None
    assert matcher.match(counted).intent == "tujuan_hubungan_internasional"
    # The number inside a few words that ask for the item's answer, then a colon or a full stop.
    asked = parse_prompt("kak soal no 5 ini gmn: Subjek yang berhak membuat perjanjian bilateral adalah ....")
    assert (asked.number, asked.asked) == (5, "Subjek yang berhak membuat perjanjian bilateral adalah ....")
    assert parse_prompt("no 8 kak. Mengapa kerja sama bilateral saling menguntungkan?").number == 8
    # A statement after the number is the item's own: it stays.
    essay = "Essay no. 2 — Hubungan bilateral bersifat diplomatik. Jelaskan maksud dari kalimat tersebut!"
    assert "bersifat diplomatik" in parse_prompt(essay).question
    # A lead-in that sets the task stays: it is the question.
    task = "Tentukan jenis kerja sama berikut: 1. IJEPA, 2. ASEAN"
    assert "jenis kerja sama" in parse_prompt(task).question


def test_a_scenario_with_country_letters_has_no_options():
    assert (
        parse_prompt(
            "Negara A dan negara B menandatangani perjanjian dagang, termasuk kerja sama apa?"
        ).options
        == ()
    )


def test_a_worksheet_splits_into_its_numbered_questions():
    pasted = (
        "Jawablah pertanyaan berikut!\n"
        "1. Apa yang dimaksud dengan kerja sama bilateral?\n"
        "2. Sebutkan 3 contoh kerja sama regional!\n"
        "3. Organisasi yang menangani perdagangan dunia adalah ....\n   a. IMF\n   b. WTO\n"
        "4. Apa manfaat kerja sama multilateral? (skor 10)"
    )
    prompts = split_worksheet(pasted)
    assert [p.number for p in prompts] == [1, 2, 3, 4]
    assert prompts[1].question == "contoh kerja sama regional"
    assert [o.letter for o in prompts[2].options] == ["a", "b"]
    assert prompts[3].question == "Apa manfaat kerja sama multilateral?"
    inline = split_worksheet("1. apa itu pbb 2. apa itu wto 3. kapan asean berdiri")
    assert [p.question for p in inline] == ["apa itu pbb", "apa itu wto", "kapan asean berdiri"]


def test_one_question_with_numbers_in_it_is_not_a_worksheet():
    for text in ("sebutkan 5 fungsi misi diplomatik menurut pasal 3", "3. apa isi konvensi wina 1961?"):
        assert len(split_worksheet(text)) == 1


@pytest.mark.parametrize(
    ("pasted", "intent"),
    [
        (
            "3. Sebutkan dan jelaskan fungsi misi diplomatik menurut Konvensi Wina 1961! (skor 10)",
            "vcdr_fungsi_misi",
        ),
        (
            "Kerja sama antara Indonesia dan Jepang dalam IJEPA merupakan contoh kerja sama ....",
            "bilateral_contoh",
        ),
        ("Organisasi yang menangani perdagangan dunia adalah .... a. IMF b. PBB c. WTO d. FAO", "org_wto"),
        ("Sebutkan dua kerja sama regional yang diikuti Indonesia!", "regional_contoh"),
        # Cooperations of a kind to name, with no count: still its examples, not what the kind is.
        ("sebutin dong kerjasama multilateral yg nyata", "multilateral_contoh"),
        ("Sebutkan kerja sama bilateral yang dilakukan Indonesia!", "bilateral_contoh"),
        ("sebutkan pengertian kerja sama bilateral", "bilateral_definisi"),
        ("jelaskan kerja sama regional", "regional_definisi"),
        ("Sebutkan ciri-ciri kerja sama bilateral! (minimal 3)", "bilateral_definisi"),  # how many, not which
        ("kak multilateral itu definisinya apa menurut artikel", "multilateral_definisi"),
        # The kind a scene's part in it shows, not the body named.
        (
            "Indonesia terpilih menjadi anggota tidak tetap Dewan Keamanan PBB. Hal ini menunjukkan "
            "keikutsertaan Indonesia dalam kerja sama ....",
            "multilateral_contoh",
        ),
        ("Tuliskan tiga organisasi multilateral yang beranggotakan Indonesia!", "multilateral_contoh"),
        (
            "Mohon penjelasan mengenai ASEAN Free Trade Area dan skema CEPT (ASEAN Secretariat, 1992).",
            "org_afta",
        ),
        # The blank follows an aspect: the fields of bilateral cooperation, whatever the scene.
        (
            "Pembangunan pabrik baterai oleh investor Jepang atas kesepakatan kedua pemerintah merupakan "
            "contoh kerja sama bilateral di bidang .... a. pendidikan b. industri c. budaya",
            "bilateral_bidang",
        ),
    ],
)
def test_the_matcher_reads_the_question_not_the_wrapping(matcher, pasted, intent):
    match = matcher.match(pasted)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, intent), match


def test_a_lone_frame_verb_is_still_the_question():
    assert parse_prompt("Jelaskan!").question == "Jelaskan!"


def test_a_question_after_a_scene_is_read_alone_when_the_whole_is_unclear(matcher):
    scene = (
        "HOTS: Indonesia sudah aktif di banyak forum internasional, tetapi tetap membangun diplomasi "
        "langsung dengan tiap negara. Menurutmu, mengapa diplomasi bilateral tetap diperlukan?"
    )
    match = matcher.match(scene)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, "diplomasi_bilateral_pentingnya")


def test_a_scene_that_decides_the_answer_is_not_dropped_for_a_slightly_closer_question(matcher):
    # Alone, the question reads as what a bilateral agreement is; the scene makes it about who may be
    # a party to one (a private company may not).
    case = (
        "Sebuah perusahaan swasta dari Surabaya menandatangani kontrak dengan pemerintah Malaysia. "
        "Dapatkah kontrak itu disebut perjanjian bilateral dalam arti hukum internasional?"
    )
    match = matcher.match(case)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, "bilateral_pihak")


def test_a_quoted_news_item_is_the_scene_and_the_sentence_after_it_the_question(matcher):
    pasted = (
        'Bacalah berita berikut! "Ratusan lulusan SMK asal Jawa Tengah berangkat magang ke pabrik-pabrik '
        "di Korea Selatan lewat program yang disepakati pemerintah kedua negara, dan mereka pulang dengan "
        'keterampilan baru." Analisislah manfaat yang diperoleh Indonesia dari kerja sama bilateral tersebut!'
    )
    match = matcher.match(pasted)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, "bilateral_manfaat")


def test_a_stem_too_vague_alone_is_read_with_its_options(matcher):
    stem = "Yang termasuk organisasi di bawah PBB adalah ...."
    assert matcher.match(stem).outcome is not Outcome.ANSWER
    assert matcher.match(f"{stem} a. ECOSOC b. ASEAN c. OKI d. GNB").intent == "org_ecosoc"


def test_options_naming_organisations_are_read_for_the_one_the_stem_fits(matcher):
    # The stem alone reads as the FAO; the options, four of them other UN bodies, do not pull it away.
    stem = "Badan khusus PBB yang menangani masalah pangan dan pertanian adalah ...."
    assert matcher.match(stem).intent == "org_fao"
    match = matcher.match(f"{stem}\na. UNICEF\nb. FAO\nc. ILO\nd. UNESCO\ne. WHO")
    assert (match.outcome, match.intent) == (Outcome.ANSWER, "org_fao")


def test_a_case_told_before_the_blank_still_picks_the_organisation_the_options_name(matcher):
    # A long stem spreads its score over its many words: it is held to the floor of long questions.
    stem = (
        "Indonesia menggugat Uni Eropa soal kebijakan yang membatasi minyak sawit. Gugatan sengketa dagang "
        "ini diajukan ke lembaga ...."
    )
    match = matcher.match(f"{stem}\nA. ILO\nB. WTO\nC. FAO\nD. ECOSOC\nE. OKI")
    assert (match.outcome, match.intent) == (Outcome.ANSWER, "org_wto")


@pytest.mark.parametrize(
    "item",
    [
        "Indonesia termasuk negara pendiri .... a. GNB b. NATO c. Pakta Warsawa d. Uni Eropa",
        "Indonesia adalah salah satu negara pendiri dari ... a) GNB b) OPEC c) NATO d) Uni Eropa",
    ],
)
def test_a_blank_for_what_indonesia_founded_is_one_of_the_organisations_the_options_name(matcher, item):
    # Indonesia founded ASEAN too, but no option names it.
    assert matcher.match(item).intent == "org_gnb"


def test_a_web_forms_choices_and_required_mark_are_kept_apart():
    prompt = parse_prompt("Organisasi perdagangan dunia adalah ... *\n( ) IMF\n( ) WTO\n( ) FAO")
    assert prompt.question == "Organisasi perdagangan dunia adalah"
    assert [o.text for o in prompt.options] == ["IMF", "WTO", "FAO"]


def test_a_worksheet_typed_without_spaces_after_its_marks_is_read_as_printed(matcher):
    typed = (
        "4.Dua negara sepakat saling membantu di bidang perikanan tanpa melibatkan negara lain.Bentuk "
        "kerja sama ini disebut..a.bilateral b.regional c.multilateral"
    )
    prompt = parse_prompt(typed)
    assert prompt.number == 4
    assert [o.text for o in prompt.options] == ["bilateral", "regional", "multilateral"]
    assert matcher.match(typed).intent == "bilateral_definisi"
    typed = (
        "PG:Kerja sama yg dilakukan banyak negara tanpa memandang wilayahnya disebut..a.bilateral b.regional"
    )
    assert matcher.match(typed).intent == "multilateral_definisi"
    # An abbreviation with a dot is no option without a "b." after it: "b.indo" is Bahasa Indonesia.
    assert parse_prompt("nilai b.indo aku jelek").options == ()


def test_the_teachers_key_words_after_an_item_are_no_part_of_it(matcher):
    item = (
        "Isian singkat: Perbedaan bilateral, regional, multilateral\n"
        "Kata kunci: dua negara / satu kawasan / tanpa memandang wilayah"
    )
    assert parse_prompt(item).question == "Perbedaan bilateral, regional, multilateral"
    assert matcher.match(item).intent == "perbandingan"
    # Key words the item itself asks about stay.
    assert (
        "kunci" in parse_prompt("Perhatikan kata kunci: dua negara, kawasan. Kata kunci itu ciri ....").asked
    )


def test_a_true_false_instruction_and_its_answer_box_are_taken_off(matcher):
    pasted = (
        "Tulislah B jika benar dan S jika salah.\n( ... ) Hubungan bilateral merupakan hubungan dua negara."
    )
    assert parse_prompt(pasted).question == "Hubungan bilateral merupakan hubungan dua negara."
    assert parse_prompt(pasted).true_false
    # The box after the statement, and the line left for the reason, which asks no "why" of the lessons.
    pasted = (
        "Soal B-S dengan alasan:\n4. Dalam kerja sama multilateral, jumlah negara yang terlibat paling "
        "banyak tiga negara. (B/S) Alasan: ...."
    )
    assert parse_prompt(pasted).question.endswith("paling banyak tiga negara.")
    assert matcher.match(pasted).intent == "multilateral_definisi"


def test_a_statement_numbered_under_its_true_false_instruction_is_judged_by_its_subject(matcher):
    pasted = (
        "Tentukan B (benar) atau S (salah)!\n5. Kerja sama bilateral adalah kerja sama yang melibatkan lebih "
        "dari dua negara dalam satu kawasan."
    )
    prompt = parse_prompt(pasted)
    assert (prompt.true_false, prompt.number) == (True, 5)
    assert prompt.question.startswith("Kerja sama bilateral")
    # What bilateral cooperation is decides it, however much of it describes regional cooperation.
    assert matcher.match(pasted).intent == "bilateral_definisi"
    # So too when the instruction asks for the reason as well.
    pasted = (
        "Tentukan Benar/Salah beserta alasannya:\nKerja sama bilateral adalah kerja sama yang dilakukan oleh "
        "lebih dari dua negara dalam satu kawasan."
    )
    assert matcher.match(pasted).intent == "bilateral_definisi"


@pytest.mark.parametrize(
    "pasted",
    [
        "B/S: Kerja sama regional terbatas satu kawasan.",
        "Benar atau Salah? ASEAN berdiri tahun 1967.",
        "ASEAN beranggotakan sepuluh negara. ( B / S )",
        "Kerja sama bilateral melibatkan dua negara.\n(  ) Benar   (  ) Salah",
        "B - S\n13. ASEAN termasuk kerja sama multilateral.",  # the instruction a header above the number
        "AFTA disebut contoh kerja sama multilateral. Benarkah demikian? Jelaskan!",  # the claim asked of
    ],
)
def test_a_statement_to_judge_is_told_from_a_question(pasted):
    assert parse_prompt(pasted).true_false
    assert not parse_prompt("Apa benarnya kerja sama bilateral melibatkan dua negara?").true_false


def test_the_numbers_of_a_case_s_points_are_no_counts(matcher):
    case = (
        "Kasus:\n(1) Indonesia dan Korea Selatan memberlakukan IK-CEPA.\n(2) Negara-negara ASEAN sepakat "
        "menghapus bea masuk.\n(3) Indonesia menjadi anggota WTO.\nJelaskan perbedaan jenis kerja sama "
        "pada ketiga peristiwa tersebut!"
    )
    # "(2) Negara-negara" had read as "dua negara", a bilateral word, so only bilateral seemed named.
    assert "(2)" not in parse_prompt(case).question
    assert matcher.match(case).intent == "perbandingan"


def test_two_events_compared_are_not_the_comparison_of_the_kinds(matcher):
    item = (
        "Bandingkan peran Konferensi Asia Afrika 1955 dengan KTT Beograd 1961 bagi lahirnya Gerakan Non-Blok!"
    )
    assert matcher.match(item).intent == "org_gnb"


def test_a_box_for_true_or_false_after_a_statement_is_no_blank(matcher):
    item = (
        "Tentukan Benar (B) atau Salah (S): Kerja sama regional adalah kerja sama negara-negara dalam satu "
        "kawasan yang saling menguntungkan. ( ... )"
    )
    assert not parse_prompt(item).blank
    assert matcher.match(item).intent == "regional_definisi"
    assert parse_prompt("Kerja sama dua negara disebut ( ... )").blank  # a blank in the statement stays


def test_the_title_of_the_section_a_task_cites_is_where_to_read_not_what_is_asked(matcher):
    item = (
        'Rumuskan pengertian kerja sama multilateral berdasarkan bagian teks "Bentuk Kerja Sama Luar Negeri"!'
    )
    assert "Bentuk" not in parse_prompt(item).question
    assert matcher.match(item).intent == "multilateral_definisi"
    # The title of the article the task has students read, before the task.
    item = 'Baca artikel "Bilateral Adalah Bentuk Kerja Sama Internasional" lalu tuliskan arti bilateral!'
    assert "Bentuk" not in parse_prompt(item).question
    assert matcher.match(item).intent == "bilateral_definisi"
    # The subject of the text where the things asked for are named.
    item = (
        "Tuliskan organisasi-organisasi multilateral yang disebutkan dalam artikel tentang bentuk kerja sama!"
    )
    assert "bentuk" not in parse_prompt(item).question
    assert matcher.match(item).intent == "multilateral_contoh"
    # What a text on a subject discusses is that subject.
    assert "bilateral" in parse_prompt("Apa yang dibahas dalam teks tentang diplomasi bilateral?").question


def test_a_question_that_names_nothing_but_what_is_meant_is_about_its_scene(matcher):
    item = "Kesepakatan dari negosiasi bilateral kadang bersifat diam-diam (tacit). Jelaskan maksudnya!"
    # Alone, "Jelaskan maksudnya!" reads as any definition at all.
    assert matcher.match(item).intent == "diplomasi_bilateral_cara"


def test_in_whose_words_and_how_long_are_no_part_of_the_question(matcher):
    item = 'Tuliskan dengan kata-katamu sendiri arti istilah "kerja sama regional" (maksimal 2 kalimat).'
    question = parse_prompt(item).question
    assert "sendiri" not in question
    assert "maksimal" not in question
    assert matcher.match(item).intent == "regional_definisi"


def test_lettered_tasks_after_a_reading_are_parts_of_the_task_not_options(matcher):
    item = (
        "Bacalah teks berikut!\nSejak IJEPA berlaku, pabrik Jepang di Karawang menerima ribuan lulusan SMK, "
        "dan sebagian dikirim magang ke Jepang.\nPertanyaan:\na. Identifikasilah manfaat kerja sama "
        "bilateral yang tergambar dalam teks di atas!\nb. Hubungkan manfaat tersebut dengan lapangan kerja "
        "di Indonesia! (skor 20)"
    )
    assert parse_prompt(item).options == ()
    assert matcher.match(item).intent == "bilateral_manfaat"


def test_statements_matched_up_with_every_kind_are_the_comparison(matcher):
    item = (
        "Jodohkan pernyataan berikut dengan jenis kerja samanya!\n1. Hanya dua negara ( )\n"
        "2. Beberapa negara dalam satu kawasan ( )\n3. Banyak negara tanpa batas wilayah ( )\n"
        "A. Regional\nB. Multilateral\nC. Bilateral"
    )
    assert matcher.match(item).intent == "perbandingan"
    # One statement with the kinds as options asks for the one kind it describes.
    single = (
        "Jodohkan 5. Kerja sama yang melibatkan dua negara .... (a) regional (b) bilateral (c) multilateral"
    )
    assert matcher.match(single).intent == "bilateral_definisi"


@pytest.mark.parametrize("heading", ["Menjodohkan", "Soal menjodohkan:", "Pasangkan!"])
def test_every_kind_numbered_to_match_up_with_what_each_is_is_the_comparison(matcher, heading):
    item = (
        f"{heading}\n1. Bilateral\n2. Regional\n3. Multilateral\nA. banyak negara tanpa batas wilayah\n"
        "B. dua negara\nC. negara-negara dalam satu kawasan"
    )
    assert matcher.match(item).intent == "perbandingan"


@pytest.mark.parametrize(
    "item",
    [
        "Hubungan bilateral mengacu pada hubungan antara dua wilayah yang .... (isilah titik-titik)",
        "Lengkapilah!\nHubungan bilateral mengacu pada hubungan antara dua wilayah ______ .",
    ],
)
def test_a_blank_after_the_two_territories_asks_what_the_parties_must_be(matcher, item):
    assert parse_prompt(item).blank_after == "wilayah"  # "yang" before the blank only describes
    assert matcher.match(item).intent == "bilateral_pihak"


def test_the_option_the_stem_fits_among_named_organisations(matcher):
    item = (
        "Organisasi PBB yang menangani masalah pangan dan pertanian dunia adalah ....\n"
        "a. FAO\nb. ILO\nc. WTO\nd. IMF\ne. ECOSOC"
    )
    assert matcher.match(item).intent == "org_fao"


def test_lettered_blanks_are_items_about_the_organisation_they_name(matcher):
    item = (
        "Isilah titik-titik!\na. GNB singkatan dari ..........\n"
        "b. KTT I GNB diselenggarakan di kota .......... tahun ..........\n"
        "c. Wakil Indonesia dalam pendirian GNB adalah .........."
    )
    assert parse_prompt(item).options == ()
    assert matcher.match(item).intent == "org_gnb"


@pytest.mark.parametrize(
    "item",
    [
        "Jodohkanlah pernyataan di kolom kiri dengan jawaban di kolom kanan!\n"
        "1. Kerja sama antara dua negara            A. Multilateral\n"
        "2. Kerja sama negara-negara dalam satu kawasan   B. Bilateral\n"
        "3. Kerja sama banyak negara tanpa memandang wilayah   C. Regional",
        "Tentukan jenis kerja sama dari peristiwa berikut!\na. Indonesia dan Jepang menandatangani IJEPA\n"
        "b. Negara-negara ASEAN sepakat menurunkan tarif impor\nc. Indonesia menjadi anggota WTO\n"
        "Jelaskan perbedaan ketiganya!",
    ],
)
def test_kinds_told_apart_item_by_item_are_the_comparison(matcher, item):
    assert matcher.match(item).intent == "perbandingan"


@pytest.mark.parametrize(
    "item",
    [
        "Kerja sama yang melibatkan pihak paling banyak adalah ....\n"
        "a. bilateral\nb. regional\nc. multilateral",
        "Kerja sama yang cakupan wilayahnya paling luas disebut ....\n"
        "A. bilateral\nB. regional\nC. multilateral",
    ],
)
def test_the_kind_with_the_most_among_kinds_offered_is_the_comparison(matcher, item):
    match = matcher.match(item)
    assert match.intent == "perbandingan"
    assert match.concepts == ("bilateral", "multilateral", "regional")


def test_a_question_naming_the_organisation_after_a_scene_on_its_kind_asks_of_it(matcher):
    item = (
        "Organisasi Kerjasama Islam (OKI) termasuk contoh kerja sama multilateral. "
        "Jelaskan sejarah berdirinya OKI!"
    )
    assert matcher.match(item).intent == "org_oki"


def test_a_sentence_a_printed_page_broke_across_lines_is_one_line_again(matcher):
    # A line that ends mid-sentence, then one going on in lower case or with a blank's dots.
    printed = "Kerjasama reg1ona1 ada1ah\nkerja sama antar negara d1 suatu\n....... yang me1ibatkan 2 negara"
    assert "\n" not in parse_prompt(printed).question
    assert matcher.match(printed).intent == "regional_definisi"
    assert matcher.match("Je1askan manfaat kerjasama\nmu1ti1atera1 da1am b1dang\nekonom1!").intent == (
        "multilateral_manfaat"
    )
    # Options, numbered statements and a header stay on their own lines.
    options = parse_prompt("Organisasi pangan dunia adalah ....\na. UNICEF\nb. FAO\nc. ILO")
    assert [o.text for o in options.options] == ["UNICEF", "FAO", "ILO"]
    assert len(split_worksheet("1. Apa itu bilateral?\n2. Apa itu regional?")) == 2


def test_a_students_own_answer_after_the_question_is_not_read_as_the_question(matcher):
    pasted = "soal: apa pengertian kerja sama bilateral? jawabanku: kerja sama satu kawasan. bener gak?"
    assert parse_prompt(pasted).question == "apa pengertian kerja sama bilateral?"
    assert matcher.match(pasted).intent == "bilateral_definisi"
    # Asked to check it, with no question before: the answer is what there is to read.
    checked = "bener ga jawaban saya: hubungan luar negeri indonesia dimulai sejak proklamasi 1945"
    assert matcher.match(checked).intent == "indonesia_awal_hubungan"


@pytest.mark.parametrize(
    ("pasted", "intent"),
    [
        ("kata chatgpt bilateral itu kerja sama tiga negara, bener gak?", "bilateral_definisi"),
        ("kata chatgpt GNB dibentuk di Beograd 1961. bener kan?", "org_gnb"),
        ("lu tuh chatgpt ya", "tentang_bot"),  # the chatbot asked about is the bot
    ],
)
def test_a_claim_a_chatbot_made_is_checked_against_the_lesson_not_read_as_about_the_bot(
    matcher, pasted, intent
):
    assert matcher.match(pasted).intent == intent


def test_a_quiz_app_s_screen_text_around_a_question_does_not_blur_it(matcher):
    copied = (
        "Pilih 1 jawaban (20 poin): Selain ekonomi, faktor yang saling memengaruhi dalam hubungan bilateral "
        "adalah ... a. budaya dan politik b. olahraga dan hiburan c. agama dan suku d. cuaca dan iklim"
    )
    match = matcher.match(copied)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, "bilateral_bidang")


def test_an_instance_set_between_commas_illustrates_and_asks_for_no_examples(matcher):
    item = "Kerja sama dua negara saja, misalnya Indonesia dengan Singapura, disebut kerja sama ...."
    assert parse_prompt(item).question == "Kerja sama dua negara saja, disebut kerja sama"
    assert matcher.match(item).intent == "bilateral_definisi"
    # An instance that is the question stays: "misalnya yang mana" asks for one.
    assert "misalnya" in parse_prompt("Ada kerja sama regional, misalnya yang mana, di Asia?").question


def test_a_worksheet_step_that_says_to_ask_the_bot_is_about_what_it_says_to_ask(matcher):
    step = "Literasi Digital: Tanyakan kepada bot siapa dirinya dan dari mana sumber materinya. Tulislah!"
    assert matcher.match(step).intent == "tentang_bot"
    assert matcher.match("Tanyakan ke bot cara memakai kuisnya").intent == "bantuan"


@pytest.mark.parametrize(
    ("asked", "intent"),
    [
        # How simply to explain, and where a lesson is taught, ask nothing themselves.
        ("jelasin bilateral kyk jelasin ke anak sd plisss 🥺", "bilateral_definisi"),
        ("jelasin diplomasi bilateral kayak jelasin ke anak SD, saya capek", "diplomasi_bilateral_definisi"),
        (
            "Mohon contoh konkret kerja sama regional sebagaimana dimaksud dalam materi bentuk kerja sama.",
            "regional_contoh",
        ),
        # What a teacher will use the answer for.
        ("IJEPA tu kerja sama apa sih, mau saya jadikan stimulus soal", "bilateral_contoh"),
        ("hubungan Indonesia dengan PBB gimana, buat bahan diskusi kelas XII", "org_pbb"),
    ],
)
def test_how_simply_and_where_taught_are_no_part_of_the_question(matcher, asked, intent):
    assert matcher.match(asked).intent == intent


def test_a_teachers_aside_ends_where_the_question_begins():
    assert parse_prompt("mau saya jadikan soal: apa itu bilateral").question == "apa itu bilateral"


def test_a_story_told_in_one_breath_asks_what_comes_after_jadi(matcher):
    story = (
        "kemarin Pak Irwan bilang multilateral itu kerja sama tanpa memandang wilayah, kita masih bingung, "
        "jadi multilateral tu apa persisnya?"
    )
    assert matcher.match(story).intent == "multilateral_definisi"


@pytest.mark.parametrize(
    ("passed_on", "intent"),
    [
        # A claim passed on to be checked is matched on the claim: where it came from and "bener gak?",
        # "hoaks?" ask nothing of it.
        ('pesan berantai: "Indonesia cuma punya 50 negara sahabat." hoaks?', "indonesia_jumlah_mitra"),
        (
            "ada yg bilang diplomasi cuma urusan pemerintah, ormas gak ada perannya. bener?",
            "aktor_non_negara",
        ),
        (
            "katanya kerjasama bilateral indo cuma soal senjata sama militer, bener gak min",
            "bilateral_bidang",
        ),
        # "asal katanya" is where a word comes from.
        ("multi-lateral asal katanya dari mana?", "multilateral_definisi"),
    ],
)
def test_a_claim_passed_on_is_checked_against_the_lesson_it_is_about(matcher, passed_on, intent):
    assert matcher.match(passed_on).intent == intent


@pytest.mark.parametrize(
    ("pasted", "question", "number"),
    [
        # What a photo-reading app keeps of the page's header, or the student's own words, with no colon
        # before the item's number.
        (
            "SMA NEGERI 1 TULUNGAGUNG 11. Bagaimana kerja sama bilateral membuka lapangan kerja? ......",
            "Bagaimana kerja sama bilateral membuka lapangan kerja?",
            11,
        ),
        (
            "ini apa kak 6. Kerja sama tanpa terikat kawasan disebut ....",
            "Kerja sama tanpa terikat kawasan disebut",
            6,
        ),
        # Words numbered "1)", "2)" are items of a list, not a lead and its item.
        ("1) Bilateral 2) Regional 3) Multilateral", "Bilateral 2) Regional 3) Multilateral", 1),
        # The paper's part, lettered as an option is, between the header and the first item.
        (
            "PTS PKn Kelas IX. A. Pilihan Ganda. 1. Kerja sama antara dua negara disebut .... "
            "A. bilateral B. regional C. multilateral",
            "Kerja sama antara dua negara disebut",
            1,
        ),
    ],
)
def test_a_lead_in_or_a_page_header_before_an_item_number_is_no_part_of_the_item(pasted, question, number):
    prompt = parse_prompt(pasted)
    assert (prompt.question, prompt.number) == (question, number)


@pytest.mark.parametrize(
    ("item", "intent"),
    [
        # "Pilihan ganda" alone asks for a quiz; as a label it only says what kind of item follows.
        (
            "Pilihan ganda: Tujuan utama PBB adalah .... a. menjaga perdamaian dunia b. menjual minyak "
            "c. mengatur Piala Dunia",
            "org_pbb",
        ),
        (
            "Isian: Hubungan bilateral mengacu pada hubungan antara .... wilayah independen.",
            "bilateral_definisi",
        ),
        (
            "B - S: Indonesia menjalin kerja sama bilateral dengan seluruh 193 negara anggota PBB tanpa "
            "kecuali.",
            "indonesia_jumlah_mitra",
        ),
    ],
)
def test_an_item_s_label_says_what_kind_of_item_follows_and_asks_nothing(matcher, item, intent):
    assert matcher.match(item).intent == intent
