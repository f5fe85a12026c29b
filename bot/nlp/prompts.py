"""Homework as students paste it: numbered worksheets, two questions in one, multiple-choice stems.

The worksheet's wrapping (numbering, scoring notes, fill-in blanks, "Sebutkan dan jelaskan ...!")
is noise to the matcher; what it asks for ("contoh", "manfaat", "fungsi") stays in the question, and
a count of things of a kind ("Sebutkan dua kerja sama regional") becomes a request for examples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_QUESTIONS = 10  # a worksheet is answered up to this many questions
MAX_HEADING_WORDS = 12  # "Tugas kelompok IPS kelas 9 SMP Negeri 4 Pontianak:" is a heading

_FRAME_VERBS = (
    r"sebutkan|jelaskan|uraikan|paparkan|terangkan|tuliskan|deskripsikan|identifikasikan|analisislah"
    r"|analisis|tunjukkan|tentukan|kemukakan|ceritakan|berikan|beri|isilah|lengkapilah|sebutin|jelasin"
    r"|sebut|tulis|jawablah|jawab|carilah|cari|identifikasi|rumuskan|diskusikan|buatlah|definisikan"
    r"|sebutke|jelaske|jelasna"  # Javanese "-ke", Tegal "-na"
)
# A bilingual class's task words that ask on their own ("Compare ...: which one ...?"); "explain",
# "name" and "give" below only set a task ("Explain briefly.").
_ENGLISH_ASKING = (
    "compare",
    "describe",
    "define",
    "list",
    "mention",
    "identify",
    "analyse",
    "analyze",
    "evaluate",
)
# A word that sets a task, wherever it stands: "... Analisislah kemungkinan ...", "Name two ...".
_TASK_WORD = re.compile(
    rf"(?:{_FRAME_VERBS})(?:lah)?|{'|'.join(_ENGLISH_ASKING)}|name|explain|give", re.IGNORECASE
)
# "tiga", "minimal 3", "sekurang-kurangnya lima": how many things a task asks for.
_COUNT = (
    r"(?:(?:sekurang-kurangnya|setidak(?:-tidak)?nya|minimal|paling\s+sedikit)\s+)?"
    r"(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh|delapan|beberapa)"
)
# "Sebutkan dan jelaskan 3 ...", "Jelaskanlah ...", "Berikan 2 contoh ...": the verb goes, the rest stays.
_FRAME = re.compile(
    rf"^(?:(?:coba|tolong|silakan|silahkan)\s+)?(?:{_FRAME_VERBS})(?:lah)?\b"
    rf"(?:\s*(?:,|dan|serta|&)\s*(?:{_FRAME_VERBS})(?:lah)?\b)*(?:\s+{_COUNT}(?=\s))?\s*[:,]?\s*",
    re.IGNORECASE,
)
# "Sebutkan dua kerja sama regional ...", "Selain ASEAN, sebutkan dua ...", "... Sebutkan tiga di
# antaranya!", "Carilah informasi tentang satu perjanjian ...": a count of things of a kind asks for
# examples of it; so does naming cooperations of a kind with no count ("sebutin dong kerjasama
# multilateral yg nyata"), though "jelaskan kerja sama bilateral" asks what it is.
_ABOUT = r"(?:(?:informasi|berita|artikel)\s+(?:tentang|mengenai)\s+|di\s+internet\s+)"
_COUNTED_THINGS = re.compile(
    rf"(?:^|(?<=[\s,.;:]))(?:{_FRAME_VERBS})(?:lah)?\s+{_ABOUT}?(?:{_COUNT}|satu)(?:\s+{_ABOUT}?"
    r"(?:(?=(?:kerja\s*sama|organisasi|forum|perjanjian|lembaga)\b)|di\s+antaranya\b)"
    # "Indonesia terlibat dalam beberapa kerja sama regional. Sebutkan minimal tiga!": the count ends it
    r"|(?=[\s!]*$))"
    r"|\b(?:sebutkan|sebutin|sebutkn|sebut)(?:lah)?\s+(?:(?:dong|donk|dunk|coba|aja)\s+)?"
    r"(?=kerja\s*sama\s+(?:bilateral|regional|multilateral)\b)",
    re.IGNORECASE,
)
# A question whose answer is a kind: "... disebut kerja sama ....", "Termasuk jenis kerja sama
# apakah kegiatan ini?" (not "bentuk kerja sama apa saja", which asks for the forms); "trmasuk" as texted,
# "masuk" as said ("ECOSOC masuk kerja sama apa", "PBB tu masuk kerja sama yg mana").
_ASKS_KIND = re.compile(
    r"\b(?:disebut|dinamakan|dikenal\s+(?:dengan|sebagai)(?:\s+istilah)?"
    # "ECOSOC termasuk ke dalam bentuk kerja sama ..."
    r"|(?:(?:te?r)?masuk|tergolong)(?:\s+(?:ke\s*)?dalam)?"
    r"|(?:digolongkan|dikelompokkan|dikategorikan)(?:\s+(?:sebagai|ke\s*dalam))?"
    r"|merupakan|bersifat|adalah|yaitu|ialah|menjalin|melakukan|mengadakan|terlibat\s+dalam|menunjukkan"
    r"|menggambarkan|mencerminkan)"
    r"\s+(?:salah\s+satu\s+)?(?:(?:contoh|jenis|bentuk|wujud|ciri(?:-ciri)?)(?:\s+dari)?\s+){0,2}"
    r"(?:kerja\s*sama|hubungan)(?:\s+internasional)?(?:\s+(?:yang\s+)?bersifat)?"
    r"\s*(?:\.{3,}|…+|_{2,}|(?:apa|apakah|ap|apo|(?:yang\s+|yg\s+)?mana)\b(?!\s+(?:saja|aja)))"
    r"|\b(?:jenis|golongan)\s+kerja\s*sama\s+(?:apa|apakah|ap|apo|mana|yang\s+mana)\b(?!\s+(?:saja|aja))"
    # "... menunjukkan keikutsertaan Indonesia dalam kerja sama ....": the kind it takes part in
    r"|\b(?:dalam|pada)\s+kerja\s*sama\s*(?:\.{3,}|…+|_{2,})"
    # "Menlu RI bertemu Menlu Malaysia .... Pertemuan ini merupakan bentuk diplomasi ....": the kind of
    # diplomacy, left blank (a bare "diplomasi apa" may ask what a convention or an NGO is about)
    r"|\b(?:disebut|dinamakan|merupakan|termasuk|tergolong|adalah|ialah|yaitu)\s+"
    r"(?:(?:contoh|jenis|bentuk|wujud)\s+)?diplomasi\s*(?:\.{3,}|…+|_{2,})"
    r"|\b(?:termasuk|masuk|tergolong)\s+kerja\s*sama\s+(?:jenis|bentuk)\s+(?:apa|apakah|apo|mana)\b"
    # "Gerakan Non-Blok termasuk kerja sama internasional jenis ....", "OKI termasuk kerja sama internasional
    # dalam bentuk ....": the kind's word after the blank's noun
    r"|\b(?:termasuk|tergolong)\s+kerja\s*sama(?:\s+internasional)?\s+(?:dalam\s+)?(?:jenis|bentuk)"
    r"\s*(?:\.{3,}|…+|_{2,})"
    # "Kerjasama antara indonesia dgn negara negara asia tenggara dalam ASEAN termasuk....": the blank right
    # after the putting, in a sentence on cooperation
    r"|\bkerja\s*sama\b[^.!?\n]{0,150}\b(?:termasuk|tergolong)\s*(?:\.{3,}|…+|_{2,})"
    # "Tentukan jenis kerja sama tersebut!", "Identifikasilah jenis kerja sama Indonesia di ILO", "Analisislah
    # jenis kerja sama internasional pada kasus tersebut": which kind a scene shows (not "sebutkan jenis kerja
    # sama", which asks for the forms, nor "tentukan jenis kerja sama internasional" with no scene)
    r"|\b(?:tentukan|identifikasi(?:kan)?|analisis)(?:lah)?\s+(?:jenis|bentuk)\s+kerja\s*sama(?:nya)?\b"
    r"(?:\s+internasional(?=\s+(?:pada|dalam|di|yang)\b))?(?!\s+(?:internasional|masing))"
    # "Bentuk kerja sama apa yang ditunjukkan berita tsb?", "Kerja sama ini termasuk jenis apa?"
    r"|\b(?:bentuk|jenis)\s+kerja\s*sama(?:\s+internasional)?\s+(?:apa|apakah)\s+yang\s+"
    r"(?:ditunjukkan|digambarkan|dilakukan|tercermin)"
    r"|\bkerja\s*sama\s+(?:ini|itu|tersebut)\s+(?:termasuk|tergolong)\s+(?:jenis|bentuk)\s+(?:apa|apakah)\b"
    # "Apa jenis kerja sama ini?", "Bentuk kerja sama tsb adalah" with the blank left off
    r"|\b(?:apa|apakah)\s+(?:jenis|bentuk)\s+kerja\s*sama(?:\s+internasional)?\s+(?:ini|itu|tersebut|tsb)\b"
    r"|\b(?:jenis|bentuk)\s+kerja\s*sama(?:\s+internasional)?\s+(?:ini|itu|tersebut|tsb)\s+(?:adalah|yaitu|ialah)\W*$"
    # "Negara-negara dalam satu kawasan melakukan kerja sama. Bentuk kerja sama seperti ini dinamakan?": the
    # name of the kind the scene shows, asked after it
    r"|\b(?:(?:jenis|bentuk)\s+)?kerja\s*sama\s+(?:seperti|semacam|macam)\s+(?:ini|itu)\s+(?:disebut|dinamakan)\b"
    # "kerja sama yg di lakukan antar negara di satu kawasan dinamakan ?": a described cooperation whose name
    # ends the question, with no blank after it (not diplomatic relations, nor relations "satu per satu" with
    # each country, which name a kind of diplomacy)
    r"|^(?:kerja\s*sama|kerjasama|hubungan)\b(?![^.!?\n]{0,150}(?:diplomat|satu\s*(?:per\s*satu|2)|tiap))"
    r"[^.!?\n]{0,150}\b(?:disebut|dinamakan)"
    r"(?:\s+(?:apa|apakah))?\s*\?*$"
    # "kerja sama negara2 asia tenggara itu termasuk jenis apa", "... tu masuk jenis apa", "... itu jenis(nya)
    # apa", "... itu masuk yg mana": what is named, then put under a kind (a bare "itu bentuk apa" may ask a
    # form of agreement; a bare "itu termasuk apa" what a meeting at a summit or Greenpeace is)
    r"|\b(?:itu|tu)\s+(?:(?:termasuk|tergolong|masuk)\s+(?:jenis|bentuk)|jenis(?:nya)?)\s+(?:apa|apakah|apo|mana)\b"
    r"(?!\s+(?:saja|aja))"
    r"|\b(?:itu|tu|tuh)\s+(?:termasuk|tergolong|masuk)\s+(?:(?:yg|yang)\s+)?mana\b"
    # "kerja sama negara2 asean masuk apa": a cooperation put under what
    r"|\bkerja\s*sama\b[^.!?\n]{0,80}\b(?:termasuk|tergolong|masuk)\s+(?:apa|apakah|apo|opo)\s*\??$"
    # "WTO itu contoh kerja sama apa", "ILO sama FAO itu kerja sama jenis apa", Javanese "pbb iku ...",
    # "ASEAN tuh kerja sama apa"
    r"|\b(?:itu|tu|tuh|ini|iku|kuwi|kuwe|kui)\s+(?:contoh\s+)?kerja\s*sama\s+(?:(?:jenis|bentuk)\s+)?"
    r"(?:apa|apakah|apo|opo|mana)\b(?!\s+(?:saja|aja))"
    # "kerjasama negara2 asia tenggara termasuk apa": cooperation told, then put under what, nothing after
    # (a bare "itu termasuk apa" may ask what a meeting at a summit is)
    r"|\bkerja\s*sama\b[^.?!]{0,60}\b(?:termasuk|tergolong)\s+(?:apa|apakah|apo)(?:\s+(?:ya|sih|kak|kah))*\W*$"
    # "GNB kerja sama apa": one name, then its kind asked, with nothing after
    r"|^\W*[\w-]+\s+kerja\s*sama\s+(?:apa|apakah)(?:\s+(?:ya|sih|kak|kah))*\W*$"
    # "uni afrika contoh kerja sama apa": a name, then its kind asked, with nothing after
    r"|\w\s+contoh\s+kerja\s*sama\s+(?:apa|apakah)(?:\s+(?:ya|sih|kak|kah))*\W*$"
    # "GNB itu jenis kerja samanya apa", "keanggotaan indonesia di PBB itu bentuk kerja sama apa"
    r"|\b(?:itu|tu|ini|iku|kuwi)\s+(?:jenis|bentuk)\s+kerja\s*sama(?:nya)?\s+(?:apa|apakah|apo|opo|mana)\b"
    r"(?!\s+(?:saja|aja))"
    # "kerja sama dua negara ... namanya apa", not "dokumen kerja sama bilateral namanya apa saja"
    r"|\bkerja\s*sama\b(?!\s*(?:bilateral|regional|multilateral))[^.?!]{0,80}"
    r"\b(?:disebut|dinamakan|namanya)\s+(?:apa|apaan)\b(?!\s+(?:saja|aja))"
    # "Kerja sama internasional yang melibatkan ... dinamakan ....", "Hubungan kerja sama yang anggotanya
    # ... dinamakan ....": the sentence is about a kind
    r"|^\W*(?:(?:hubungan|bentuk|jenis)\s+)?kerja\s*sama\b(?!\s*(?:bilateral|regional|multilateral))[^.?!]{0,200}"
    r"\b(?:disebut|dinamakan|dikenal\s+dengan\s+istilah)\s*(?:\.{3,}|…+|_{2,})"
    # "Jika ... hanya diikuti dua negara, maka kerja sama itu tergolong ....", "Bentuk kerja sama
    # internasional ini adalah ....", "Kerja sama tsb termasuk ...."
    r"|\b(?:(?:bentuk|jenis)\s+)?kerja\s*sama(?:\s+internasional)?\s+(?:itu|ini|tersebut|tsb)\s+"
    r"(?:tergolong|disebut|dinamakan|termasuk|adalah|ialah|yaitu|merupakan)\s*(?:\.{3,}|…+|_{2,})"
    # After a scene: "Jenis kerja sama yang digambarkan berita tersebut adalah ....", "Bentuk kerja sama
    # apakah itu?"
    r"|\b(?:bentuk|jenis)\s+kerja\s*sama\s+yang\s+[^.?!]{0,60}?\b(?:adalah|ialah|yaitu|merupakan)"
    r"\s*(?:\.{3,}|…+|_{2,})"
    r"|\bbentuk\s+kerja\s*sama\s+(?:apa|apakah)\s+(?:itu|ini|tersebut)\b"
    # "Jelaskan jenis kerja sama tersebut!", "Jenis kerja sama tersebut berdasarkan jumlah dan letak
    # negaranya adalah ....": the kind of the scene just told (not "jenis-jenis kerja sama tersebut", its
    # forms)
    r"|(?<!-)\bjenis\s+kerja\s*sama(?:\s+internasional)?\s+(?:tersebut|tsb)\b"
    # "Jelaskan jenis kerja sama internasional yang melandasi hal tersebut!": the one behind the scene
    r"|(?<!-)\bjenis\s+kerja\s*sama(?:\s+internasional)?\s+yang\s+(?:melandasi|mendasari)\b",
    re.IGNORECASE,
)
# "Kerja sama ______ dilakukan oleh negara-negara dalam satu kawasan": the sentence defines the kind
# its opening blank leaves out.
_DEFINES_KIND = re.compile(r"^\W*(?:kerja\s*sama|hubungan)\s*(?:\.{3,}|…+|_{2,})", re.IGNORECASE)
_NUMBERING = re.compile(
    r"^\s*(?:(?:soal|no|nomor|question|q)\s*\.?\s*)?\(?(\d{1,2})\s*[.):]\s+", re.IGNORECASE
)  # "Q2." of an English worksheet
# "... Dunia. A. Pilihan ganda. 1. Kerja sama ...": a paper's part, lettered as an option is, before its first
# numbered item, all on one line; what comes before it is the paper's header (on lines of their own, the
# header lines go as `_without_header_lines` says).
_PART_HEADING = re.compile(
    r"(?:^|\s)[A-E][.)]\s*(?:soal\s+)?(?:pilihan\s+ganda|esai|essay|uraian|isian(?:\s+singkat)?|menjodohkan"
    r"|benar[\s-]+salah)\b\s*[.:]?\s*(?=\(?\d{1,2}\s*[.):]\s)",
    re.IGNORECASE,
)
# "sa ketik ulang dari LKS : 8. ...", "ini LKS PPKn bab 5 no 1. ...": a lead-in, then the numbered item; a
# bare number needs the colon ("bab 5" is no item). The lead ends on a non-space and the spaces after it
# are taken whole, so a long run of spaces is scanned once.
_HEADED_ITEM = re.compile(
    r"^([^:\n?]*?[^:\n?\s])(?:\s*+:\s*(?=(?:(?:soal|no|nomor)\s*\.?\s*)?\d{1,2}\s*[.)]\s+\S)"
    r"|\s++(?=(?:soal|no|nomor)\s*\.?\s*\d{1,2}\s*[.)]\s+\S))",
    re.IGNORECASE,
)
# "kak soal no 5 ini gmn: Subjek yang ...", "no 8 kak. Mengapa ...": a few words that give the item's
# number and ask for its answer, then a colon or a full stop; the item follows.
_NUMBERED_LEAD = re.compile(
    r"^([^:.\n]*?\b(?:soal|no|nomor)\s*\.?\s*(\d{1,2})\b([^:.\n\d]*))(?::\s*(?=\S)|\.\s+(?=[A-Z]))",
    re.IGNORECASE,
)
MAX_NUMBERED_LEAD_WORDS = 8
# What a number after a word counts, which is then no item's: "bab 5.", "kelas 9.", "pasal 11.", or a
# count said ("Tujuan hubungan internasional menurut artikel ada 7. Tuliskan semuanya!").
_COUNTED = frozenset(
    {"bab", "hal", "halaman", "hlm", "kelas", "semester", "smt", "pasal", "ayat", "tahun", "jam", "ada",
     "sebanyak", "berjumlah", "jumlahnya"}
)  # fmt: skip
# "ini jawabannya apa 2. Hubungan ...", "SMA NEGERI 1 TULUNGAGUNG 11. Bagaimana ...": a lead-in or a
# page's header (a photo-reading app keeps it) with no colon, then the numbered item, capitalised.
_BARE_LEAD = re.compile(r"^(?!\d)([^:.?!)\n]*[^:.?!)\n\s])\s+(\d{1,2})\s*[.)]\s+(?=[A-Z])")
# Where an item comes from, before its number: "Latihan Soal Bab 4 (PPKn kelas 9) hal. 102 nomor 3:",
# "Mapel: IPS | Kelas: 9 | Latihan Soal Bab 4 hal. 101 no. 9.". A book's chapter or page says nothing
# of what is asked.
_SOURCE_NOTE = re.compile(
    r"^[^?!\n]{0,80}?\b(?:bab|hal|halaman|hlm|mapel|uji\s+kompetensi|latihan\s+soal)\b[^?!\n]{0,80}?"
    r"\b(?:no|nomor)\s*\.?\s*(\d{1,3})\s*[.:)]\s+(?=\S)",
    re.IGNORECASE,
)
MAX_AFTER_NUMBER_WORDS = 3  # "ini gmn", "kak"; "— Hubungan bilateral bersifat diplomatik" is the item
# A lettered part of a numbered question: "b. Saat ini Indonesia ...".
_SUB_ITEM = re.compile(r"^\(?[a-eA-E][.)]\s+(?=[A-Z])")
# The title of the section or article a task cites, "... berdasarkan bagian teks "Bentuk Kerja Sama Luar
# Negeri"!", "Bacalah artikel "Bilateral Adalah Bentuk Kerja Sama Internasional" lalu ...": where to
# read, not what is asked.
_CITED_TITLE = re.compile(
    r"(\b(?:berdasarkan|menurut|sesuai|dari|pada|bacalah|baca|membaca)\s+"
    r"(?:bagian\s+|subbab\s+|sub\s+bab\s+|bab\s+)?"
    r"(?:teks|bacaan|artikel|materi|buku|subbab|bab)\s*(?:berjudul\s*)?)[\"“][^\"“”]{1,80}[\"”]",
    re.IGNORECASE,
)
# The subject of the text where what is asked is found, "organisasi ... yang disebutkan dalam artikel
# tentang bentuk kerja sama luar negeri!": where to read, not what is asked ("apa yang dibahas dalam teks
# tentang ..." asks that subject).
_CITED_SUBJECT = re.compile(
    r"(\b(?:disebutkan|disebut|dijelaskan|tercantum|terdapat|dicontohkan)\s+(?:dalam|di|pada)\s+"
    r"(?:artikel|teks|bacaan|wacana))\s+(?:tentang|mengenai)\s+[^.!?,\n]{1,60}",
    re.IGNORECASE,
)
# The points of a case, "(1) ... (2) Negara-negara ASEAN ...": their numbers are no counts ("2 negara").
_CASE_POINT = re.compile(r"(?:^|(?<=\s))\(\d{1,2}\)\s+")
# A line break inside a sentence: after no full stop, colon or hyphen, before a lower-case word (not an
# option's letter, "b. ...") or a blank's dots.
_WRAPPED = re.compile(r"(?<=[^\s.!?:;-])[ \t]*\n[ \t]*(?=(?![a-e][.)]\s)[a-z]|\.{3,})")
_SCORE_WORDS = r"skor|nilai|poin|point|points|pts|bobot|score|marks|mark"
_SCORE_NOTE = re.compile(
    rf"[\(\[]\s*(?:(?:{_SCORE_WORDS})\s*[:=]?\s*\d+|\d+\s*(?:{_SCORE_WORDS}))\s*[\)\]]"
    rf"|\b(?:{_SCORE_WORDS})\s*[:=]?\s*\d+\s*$"
    rf"|\n\s*\d+\s*(?:{_SCORE_WORDS})\s*$"  # a web form's marks on the last line: "... *\n1 poin"
    r"|\[\d{1,2}\]\s*$"  # "[3]": the marks of an English worksheet's item
    # "(soal HOTS)", "(C4)": the thinking level an item is written for
    r"|[\(\[]\s*(?:soal\s+)?(?:hots|mots|lots|c[1-6])\s*[\)\]]",
    re.IGNORECASE,
)
# What a quiz app shows around a question, copied with it: "Question 3 of 10", "(Time's up!)", "Pilih 1
# jawaban (20 poin):", with the dash or colon after it.
_QUIZ_APP = re.compile(
    r"(?:\b(?:question|soal|pertanyaan)\s+\d{1,2}\s*(?:of|dari|/)\s*\d{1,2}\b|\(\s*time'?s\s+up!?\s*\)"
    r"|\btime'?s\s+up!?|\bwaktu\s+habis!?|\bpilih\s+(?:\d|satu)\s+jawaban\b)"
    rf"\s*(?:[\(\[]\s*\d+\s*(?:{_SCORE_WORDS})\s*[\)\]])?\s*[-–—:.]?\s*",
    re.IGNORECASE,
)
# "soal: ... jawabanku: ... bener gak?": a student's own answer after the question, to be checked against
# the lesson, which the question alone finds.
_OWN_ANSWER = re.compile(r"\bjawab(?:an)?(?:ku|q|\s+(?:saya|aku|gue|gw))\s*:", re.IGNORECASE)
# The teacher's key words on a line after the item ("...\nKata kunci: dua negara / satu kawasan ..."): no
# part of what it asks.
_ANSWER_KEY = re.compile(r"\n[ \t]*kata\s+kunci\s*:", re.IGNORECASE)
# A source cited in brackets, "(Berridge, 2015)", "(ASEAN Secretariat, 1992)": its name and year ask
# nothing (and the year would read as a date asked about).
_CITATION = re.compile(r"(?<!\s)\s*\(\s*[A-Z][\w.&' -]{1,40}?,?\s+(?:19|20)\d{2}[a-z]?\s*\)")
# Teacher's phrasing that asks nothing by itself: "Menurut pendapatmu, ...", "... secara singkat!".
_ASIDES = re.compile(
    r"\b(?:menurut\s+)?(?:pendapat\s*(?:mu|kamu|anda|kalian|kelompok\s*(?:mu|kalian))|pendapatmu)\b\s*,?"
    r"|\bmenurut\s*(?:mu|kamu|anda|kalian)\b\s*,?"
    r"|\byang\s+(?:kamu|anda|kalian)\s+ketahui\s+(?:tentang|mengenai)\b"
    r"|\bsetelah\s+membaca\s+(?:teks|bacaan|artikel)(?:\s+(?:tersebut|di\s+atas))?\s*,?"
    # "Menurut artikel Liputan6, hubungan bilateral ...", "Menurut artikel Liputan6 yang telah kalian baca,
    # bilateral adalah .....": where the statement comes from, before it.
    r"|^\s*menurut\s+(?:artikel|teks|bacaan|buku|sumber)(?:\s+[\w.]+){0,5}\s*,"
    r"|\bmenurut\s+pemahaman\s*(?:mu|kamu|kelompokmu|kelompok\s*mu)?\b"
    r"|\b(?:secara|dengan)\s+(?:singkat|jelas|lengkap|rinci|tepat|benar|runtut)\b"
    r"|\bpilihlah\s+jawaban\s+yang\s+(?:tepat|benar|paling\s+tepat)\b"
    # "Tuliskan dengan bahasamu sendiri ... (maksimal 3 kalimat)", "Sebutkan ciri-cirinya! (minimal 3)": how
    # long and in whose words.
    r"|\bdengan\s+(?:bahasa|kata-kata|kata)\s*(?:mu|kamu|sendiri)(?:\s+sendiri)?\b"
    r"|\(\s*(?:maksimal|minimal|paling\s+banyak|paling\s+sedikit)\s+\d+(?:\s+(?:kalimat|paragraf|kata|poin|butir))?\s*\)"
    # "jelasin bilateral pake bahasa yg gampang dong, buat anak smp": how simply, and for whom.
    r"|\b(?:pake|pakai|dengan|dgn|pk|dalam)\s+(?:bahasa|kata(?:-kata)?)\s+(?:yang\s+|yg\s+)?"
    r"(?:gampang|mudah|sederhana|simpel|simple|awam)(?:\s+(?:dong|aja|saja|ya))?\b"
    r"|\b(?:buat|untuk|utk)\s+(?:anak|siswa|murid)\s+(?:sd|smp|sma|smk|mts|ma|kelas\s+\d+)\b"
    r"|\b(?:kayak|kyk|kaya|kek|seperti|spt)\s+(?:jelasin|jelaskan|ngejelasin|menjelaskan)\s+(?:ke|kepada|sama)\s+"
    r"(?:anak|bocah)\s+(?:sd|tk|paud|kecil)\b"
    # "... seperti saya berumur lima tahun", a translation of "explain like I'm five".
    r"|\b(?:seperti|kayak|kaya)\s+(?:saya|aku|gue)\s+(?:berumur|umur|berusia|usia)\s+(?:lima|5)(?:\s+tahun)?\b"
    # "contoh ... sebagaimana dimaksud dalam materi bentuk kerja sama": where it is taught, not what.
    r"|\bsebagaimana\s+(?:di)?maksud(?:kan)?\s+(?:dalam|di|pada)\s+(?:materi|modul|bab|buku)\b[^,.;!?]*"
    # "kata chatgpt GNB dibentuk di Beograd 1961, bener kan?": who said the claim to check is no
    # question about the bot (a chatbot's name is how students ask what the bot is).
    r"|\b(?:kata|menurut|jawaban|hasil)\s+(?:chat\s*gpt|gpt|ai|google|gemini|copilot|meta\s+ai|internet)\b\s*[,:]?"
    # A claim passed on to be checked: where it came from and "bener gak?", "hoaks?" ask nothing of it.
    r"|(?:copas|copy\s*paste|forward(?:-?an)?|fwd|pesan\s+berantai)(?:\s+(?:dari|di)\s+(?:grup|group|wa)(?:\s+\w+)?)?\s*:"
    r"|\b(?:di\s+grup\s+(?:wa\s+)?)?(?:(?<!asal\s)(?<!arti\s)katanya|ada\s+(?:yg|yang)\s+bilang|ada\s+pesan\s+katanya"
    r"|ada\s+status\s+(?:fb|wa|ig)|(?:kawanku|temanku|tetangga|mama|papa|bapakku|bpk\s+sy"
    r"|(?:(?:sa\s+pu|sy|saya|aku)\s+)?(?:pak\s+|bu\s+)?guru(?:ku)?)\s+bilang)\b"
    # These two start after a non-space or at a mark: from inside a long run of spaces each would scan it
    # again.
    r"|(?:(?<!\s)|(?=[,.!]))[,.!]?\s*(?:ini\s+|itu\s+)?(?:hoaks|hoax)\s*(?:bukan|ya|kan|gak|ga|nggak)?\s*\??\s*$"
    r"|(?:(?<!\s)|(?=[,.!]))[,.!]?\s*(?<!yang\s)(?<!yg\s)(?:apa\s+)?(?:bener|benar|betul)\s*(?:gak|ga|nggak|ngga|tidak|kah)?\s*(?:sih|tuh|min|bot|gitu)?\s*\??\s*$"
    # A teacher's use for the answer: "..., mau saya jadikan stimulus soal", "buat bahan diskusi kelas XII".
    r"|\b(?:(?:mau|akan|ingin|mo)\s+)?(?:(?:saya|sy|aku)\s+)?(?:jadikan|jadiin)\s+(?:sebagai\s+)?"
    r"(?:stimulus|soal|pertanyaan\s+pemantik|pemantik|bahan)\b[^,.;:!?]*"
    r"|\b(?:buat|untuk|utk)\s+bahan\s+(?:ajar|diskusi|ulangan|soal|mengajar|presentasi|materi|pemantik)\b[^,.;:!?]*"
    # "Tanyakan kepada bot siapa dirinya ...": a worksheet's step says whom to ask, the rest what.
    r"|\btanyakan(?:lah)?\s+(?:langsung\s+)?(?:kepada|ke|pada)\s+(?:bot|chatbot)(?:\s+tutor)?\b",
    re.IGNORECASE,
)
# An instance set between commas to illustrate ("Kerja sama dua negara saja, misalnya Indonesia dengan
# Jepang, disebut ....") asks for no examples; one that asks something ("misalnya yang mana,") stays.
_ILLUSTRATION = re.compile(
    r",\s*(?:misalnya|misal|semisal|umpamanya)\s+(?![^,.;!?]*\b(?:apa|mana|siapa|berapa|bagaimana|gimana)\b)"
    r"[^,.;!?]{1,60},",
    re.IGNORECASE,
)
# A label before the question: "HOTS:", "Soal:", "Studi kasus:".
_LABEL = re.compile(
    r"^(?:hots|soal|pertanyaan|essay|esai|uraian|studi\s+kasus|kasus|latihan|tugas(?:\s+kelompok|\s+mandiri)?|pr"
    r"|lks(?:\s+kegiatan\s*\d*)?|lkpd|kegiatan\s*\d*|refleksi|ayo\s+\w+|isilah|asesmen(?:\s+\w+)?|soal\s*\d+"
    r"|pilihan\s+ganda|pg|isian(?:\s+singkat)?|lengkapilah"
    r"|(?:tentukan\s+)?benar\s*(?:\(b\))?\s+atau\s+salah\s*(?:\(s\))?|(?:tentukan\s+)?benar\s*/\s*salah|(?:tentukan\s+)?b\s*[-/]\s*s"
    # "Tentukan B (benar) atau S (salah)!"
    r"|(?:tentukan\s+)?b\s*\(\s*benar\s*\)\s*(?:atau|/|dan)\s*s\s*\(\s*salah\s*\)"
    # "Tulislah B jika benar dan S jika salah.", then the statement's answer box "( ... )".
    r"|tulis(?:lah|kan)?\s+b\s+(?:jika|bila|apabila)\s+(?:pernyataan\s+)?benar\s*,?\s+(?:dan|atau)\s+s\s+"
    r"(?:jika|bila|apabila)\s+(?:pernyataan\s+)?salah)"
    # "Tentukan Benar atau Salah lalu beri alasan!", "... beserta alasannya:": the reason asked for comes
    # with the judgement.
    r"(?:\s*,?\s*(?:(?:(?:lalu|dan|serta|kemudian)\s+)?(?:beri(?:kan)?|sertakan|tuliskan|jelaskan)"
    r"|beserta|disertai|dengan|dan)\s+alasan(?:nya|mu)?)?"
    # "Tentukan benar (B) atau salah (S), jika salah betulkan!": so does the correction
    r"(?:\s*,?\s*(?:(?:jika|bila|apabila|kalau)\s+salah\s*,?\s*)?(?:betul|perbaik|benar)(?:kan|i)(?:lah)?"
    r"(?:\s+(?:jika|bila|apabila|kalau)\s+salah)?)?"
    r"\s*[:.?!\u2013\u2014-]\s*(?:\(\s*(?:\.\s*)*\)\s*)?"
    # "B/S Kerja sama bilateral ...", "B - S   Kerja sama ...", "B – S  IMF ...", "B/S ( ) ...": the
    # true/false mark needs no colon.
    r"|^b\s*[-/\u2013\u2014]\s*s\s+(?:\(\s*(?:\.\s*)*\)\s*)?"
    r"|^lembar\s+kerja(?:\s+peserta\s+didik)?\s*\n\s*",
    re.IGNORECASE,
)
# An opening instruction that points at what follows: "Lengkapilah kalimat berikut!". Its spans are
# bounded, so a 4096-character message without a full stop costs no quadratic backtracking.
_INSTRUCTION = re.compile(
    r"^(?:lengkapilah|lengkapi|isilah|jawablah|perhatikan|perhatikanlah|bacalah|baca|cermati|cermatilah"
    r"|amati|amatilah|simaklah"
    r"|tentukan(?:lah)?(?=\s+(?:benar|b\s+atau\s+s)\b))"
    r"\b[^.!?:\n]{0,60}\b(?:berikut|di\s+bawah\s+ini|ini)\b[^.!?:\n]{0,60}[.!?:]\s*",
    re.IGNORECASE,
)
# A true/false item, by its instruction ("Benar atau Salah?", "B/S:", "Tulis B jika benar ...") or its
# answer boxes ("( B / S )"): the statement to judge is no question.
_TRUE_FALSE = re.compile(
    r"\bbenar\s*(?:\(b\))?\s*(?:atau|/)\s*salah\b|(?<!\w)b\s*[-/\u2013\u2014]\s*s(?!\w)|\(\s*(?:\.\s*)*\)\s*benar\b"
    r"|\bb\s+(?:jika|bila|apabila)\s+(?:pernyataan\s+)?benar\b|\bb\s*\(\s*benar\s*\)"
    # "... disebut sebagai contoh kerja sama multilateral. Benarkah demikian?"
    r"|\bbenarkah\s+(?:demikian|begitu|(?:pernyataan|hal|pendapat)\s+(?:tersebut|itu|ini))\b",
    re.IGNORECASE,
)
# A true/false item's answer boxes after the statement: "(  ) Benar   (  ) Salah", "( B / S )", and the line
# left for its reason. Each match starts at a "(" or right after a sentence's end, so a long run of spaces
# costs no quadratic backtracking.
_ANSWER_BOXES = re.compile(
    r"\(\s*(?:\.\s*)*\)\s*(?:benar|salah)\b\s*\(\s*(?:\.\s*)*\)\s*(?:benar|salah)\b\s*$"
    r"|\(\s*b\s*[/-]\s*s\s*\)\s*(?:alasan(?:nya|mu)?\s*:?[\s.…_]*)?$"
    # "... tiga negara. Alasan: ....", "... 2 negara saja. alasan ....", "... 2 negara. (alasan: ....)": the
    # line left for the reason, after the statement.
    r"|(?<=[.!?])\s*alasan(?:nya|mu)?\s*(?::|\.{2,}|…|_{2,})[\s.…_]*$"
    r"|(?<=[.!?])\s*\(\s*alasan(?:nya|mu)?\s*:?[\s.…_]*\)\s*$"
    # A box for B or S closing a statement, "... kedua belah pihak. ( ... )": no blank of the statement.
    r"|(?<=[.!?])\s*\(\s*(?:\.\s*|…\s*)+\)\s*$",
    re.IGNORECASE,
)
# A sentence that only asks for more of the same: "Jelaskan!", "Berikan alasanmu!".
_FRAME_ONLY = re.compile(
    rf"(?:^|(?<=[.!?]))\s*(?:(?:{_FRAME_VERBS})(?:lah)?\s*)+"
    r"(?:(?:dengan|beserta|disertai|dan|sertakan)\s+)?(?:(?:alasan|argumen|pendapat|jawaban|bahasa)(?:mu|nya|\s+kamu)?\s*)?"
    r"(?:(?:sendiri|singkat|secara\s+singkat)\s*)?[!.]*\s*$",
    re.IGNORECASE,
)
# A frame with nothing after it, in a chat: "jelasin dong", "sebutkan!", "coba jelaskan lagi kak".
_BARE_FRAME = re.compile(
    rf"^\s*(?:(?:coba|tolong)\s+)?(?:{_FRAME_VERBS})(?:lah)?"
    r"(?:\s+(?:dong|donk|deh|ya|yah|kak|kakak|min|aja|saja|sa|lagi|lg|semua|semuanya|akang|dorang|itu|tu"
    r"|yg\s+tadi|yang\s+tadi|\d{1,2}|dua|tiga|empat|lima))*"  # "sebutin 3 aja": how many of its points
    r"\s*[!.?]*\s*$",
    re.IGNORECASE,
)
# Where a pasted item comes from, in a student's line above it: "ini soal ulangan kemarin".
_ITEM_SOURCES = frozenset({"soal", "ulangan", "pr", "tugas", "lks", "buku", "guru", "ujian", "latihan"})
# The label an assessment item puts before its question, after the stimulus.
_QUESTION_LABEL = re.compile(r"\s*(?:pertanyaan|ditanyakan|question)\s*:", re.IGNORECASE)
# ", jadi ..." or ", nah ..." ends a story told in one breath with what it comes to ask.
_CONCLUSION = re.compile(r",\s*(?=(?:jadi|jd|intinya|nah)\s)", re.IGNORECASE)
_CONCLUDING = re.compile(r"(?:jadi|jd|intinya|nah)\s", re.IGNORECASE)
# A quoted passage of some length: a news item or a text the question is about, not the question.
_QUOTED = re.compile(r"[\"“”]([^\"“”]{40,})[\"“”]")
# A short quoted question: 'soal no 7 "multilateral artinya apa" jawab singkat aja'.
_QUOTED_SHORT = re.compile(r"[\"“”]([^\"“”]{8,39})[\"“”]")
_BLANK = re.compile(r"\.{3,}|(?:\.\s){3,}\.?|…+|_{2,}|-{3,}")  # "....", ". . . .", "______"
# An option marker: "a. ", "b) ", "(c) ", "D. " after the start or whitespace.
_OPTION = re.compile(r"(?:(?<=\s)|^)\(?([a-eA-E])[.)]\s+")
# Marks typed on a phone without the space after them ("4.Dua negara ... lain.Bentuk ... disebut..
# a.bilateral b.regional", "B/S:IA-CEPA ...", "jenis apa?jelaskan"): a number's or an option's dot, a
# colon or a dot before a word, a question or exclamation mark before anything.
_UNSPACED_NUMBER = re.compile(
    r"(?:^|(?<=\bno\s)|(?<=\bnomor\s)|(?<=\bsoal\s))(\d{1,2})\.(?=[A-Za-z])", re.IGNORECASE
)
# Voice typing: "titik titik titik" for a blank, "pilihan a ..., pilihan b ..." for the options.
_SPOKEN_BLANK = re.compile(r"\b(?:titik\s+)+titik\b", re.IGNORECASE)
_SPOKEN_OPTION = re.compile(r"\bpilihan\s+([a-e])\b", re.IGNORECASE)
_SPOKEN_A = re.compile(r"\bpilihan\s+a\b", re.IGNORECASE)
_SPOKEN_B = re.compile(r"\bpilihan\s+b\b", re.IGNORECASE)
_UNSPACED_OPTION = re.compile(r"(?:(?<=[\s.:])|^)([a-eA-E])\.(?=[A-Za-z]{2})")
_UNSPACED_A = re.compile(r"(?:(?<=[\s.:])|^)a\.[A-Za-z]{2}", re.IGNORECASE)
_UNSPACED_B = re.compile(r"(?<=[\s.])b\.[A-Za-z]{2}", re.IGNORECASE)
_UNSPACED_BREAK = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])|(?<=[A-Za-z]):(?=[\"“A-Za-z])|[?!](?=\w)")
# A web form's mark on a required question: "Kerja sama bilateral adalah ... *".
_REQUIRED_MARK = re.compile(r"(?<=\s)\*+(?=\s|$)")
# An unlettered choice of a web form, on its own line: "( ) kerja sama dua negara", "[ ] ...", "○ ...".
_FORM_CHOICE = re.compile(r"^[ \t]*(?:\(\s*\)|\[\s*\]|[○◯☐□])[ \t]*(\S[^\n]*)$", re.MULTILINE)
# A numbered item inside a worksheet: at a line start, or inline after whitespace.
_ITEM = re.compile(r"(?:(?<=\s)|^)(?:(?:soal|no|nomor)\s*\.?\s*)?(\d{1,2})\s*[.)]\s+", re.IGNORECASE)
_QUESTION_WORDS = frozenset(
    {"apa", "apakah", "apaan", "ape", "bagaimana", "gimana", "gmn", "gmana", "mengapa", "kenapa", "knp",
     "ngapain", "kapan", "kpn", "berapa", "brp", "siapa", "dimana", "dmn", "mana", "sebutkan", "jelaskan",
     "uraikan", "berikan", "terangkan", "analisis", "simpulkan", "bandingkan", "kemukakan", "paparkan",
     "identifikasi", "identifikasikan", "deskripsikan", "tentukan", "definisikan", "evaluasi", "prediksikan",
     "menanyakan", "tanyakan",
     "what", "why", "how", "which", "who", "when", "where", *_ENGLISH_ASKING}
)  # fmt: skip


@dataclass(frozen=True)
class Option:
    letter: str  # lower case, as written: "a", "b", ...; "" for a web form's unlettered choice
    text: str


@dataclass(frozen=True)
class Prompt:
    """One question with its worksheet wrapping taken off."""

    question: str  # what the matcher reads
    asked: str = ""  # the question as written, without its number and options (what to show)
    number: int | None = None  # its number on the worksheet, if it had one
    options: tuple[Option, ...] = ()  # a multiple-choice stem's options
    blank: bool = False  # a fill-in-the-blank ("... merupakan contoh kerja sama ....")
    asks_kind: bool = False  # its answer is a kind: "... disebut kerja sama ...."
    defines_kind: bool = False  # "Kerja sama ____ dilakukan oleh ...": a kind's definition, blank first
    blank_after: str = ""  # the word a blank follows: "... di bidang ...." asks for a field
    true_false: bool = False  # a statement to judge true or false: "B/S: Kerja sama bilateral ..."

    @property
    def wrapped(self) -> bool:
        """It came as a worksheet item: numbered, labelled, framed as a task, with a blank or options."""
        return (
            self.number is not None
            or self.blank
            or bool(self.options)
            or self.question.split() != self.asked.split()
        )


def parse_prompt(text: str, number: int | None = None) -> Prompt:
    """Strip numbering, scoring notes, blanks and the imperative frame; keep the options apart."""
    text = _unwrapped(_spaced(_written(_QUIZ_APP.sub(" ", text).strip())))
    # "B - S" on a line of its own above "13. ASEAN termasuk ...": a header, but it says what is asked.
    true_false = bool(_TRUE_FALSE.search(text))
    if (key := _ANSWER_KEY.search(text)) and text[: key.start()].strip():
        text = text[: key.start()].strip()
    text = _without_header_lines(text)
    if "\n" not in text and (part := _PART_HEADING.search(text)):
        text = text[part.end() :]
    if (own := _OWN_ANSWER.search(text)) and sentence_asks(text[: own.start()]):
        text = text[: own.start()].strip()
    if source := _SOURCE_NOTE.match(text):
        number = int(source.group(1)) if number is None else number
        text = text[source.end() :]
    elif _lists_inline(text):
        pass  # "Perhatikan organisasi berikut: 1. PBB 2. IMF 3. ILO ...": a list the item asks about
    elif (lead := _HEADED_ITEM.match(text)) and _only_leads(lead.group(1)):
        text = text[lead.end() :]  # "sa ketik ulang dari LKS : 8. Kerja sama ...": the item after its lead
    elif lead := _lead_before_number(text):
        number = int(lead.group(2)) if number is None else number
        text = text[lead.end() :]
    if found := _NUMBERING.match(text):
        number = int(found.group(1)) if number is None else number
        text = text[found.end() :]
    text = _SUB_ITEM.sub("", text, count=1)
    stem, options = _split_options(text)
    asked = " ".join(stem.split())
    stem = _without_title(_REQUIRED_MARK.sub(" ", _SCORE_NOTE.sub(" ", _CITATION.sub("", stem))).strip())
    for _ in range(2):  # a worksheet's title, then the task's label
        stem = _LABEL.sub("", stem, count=1)
    stem = _without_heading(stem)
    stem = _INSTRUCTION.sub("", stem, count=1) or stem
    # "Tentukan benar atau salah!\n5. Kerja sama ...": the statement's number after the instruction (not
    # the first of the statements "Perhatikan pernyataan berikut!\n1) ... 2) ..." lists).
    if _TRUE_FALSE.search(text) and (found := _NUMBERING.match(stem)):
        number = int(found.group(1)) if number is None else number
        stem = stem[found.end() :]
    stem = _ANSWER_BOXES.sub("", stem)
    stem = _pointed_statement(stem) or stem
    if (trailer := _FRAME_ONLY.search(stem)) and trailer.start() > 0:
        stem = stem[: trailer.start()]
    stem = _CITED_TITLE.sub(r"\1", _CASE_POINT.sub(" ", _ASIDES.sub(" ", _ILLUSTRATION.sub(",", stem))))
    stem = _CITED_SUBJECT.sub(r"\1", stem)
    blank = bool(found_blank := _BLANK.search(stem))
    # "... antara dua wilayah yang ....": the word "yang" describes; "... pendiri dari ...." names.
    before_blank = re.findall(r"\w+", stem[: found_blank.start()].casefold()) if found_blank else []
    blank_after = next((w for w in reversed(before_blank) if w not in {"yang", "dari"}), "")
    # Any blank read as dots: "dinamakan hubungan . . . ." and "disebut kerja sama ____" ask as "....".
    dotted = _BLANK.sub("....", stem)
    defines_kind = bool(_DEFINES_KIND.search(dotted))
    asks_kind = defines_kind or bool(_ASKS_KIND.search(dotted))
    stem = _BLANK.sub(" ", stem)
    stem = _COUNTED_THINGS.sub("contoh ", stem.strip(), count=1)
    stem = _FRAME.sub("", stem, count=1)
    question = " ".join(stem.split()).strip(" :;,!")
    return Prompt(
        question or asked, asked, number, options, blank, asks_kind, defines_kind, blank_after, true_false
    )


def _written(text: str) -> str:
    """Marks voice typing spells out, written: a worksheet read aloud ("... disebut titik titik titik
    pilihan a regional pilihan b bilateral") as printed ("... disebut .... a. regional b. bilateral");
    an option's "pilihan a" only when a "pilihan b" follows."""
    text = _SPOKEN_BLANK.sub(" .... ", text)
    if (first := _SPOKEN_A.search(text)) and _SPOKEN_B.search(text, first.end()):
        text = _SPOKEN_OPTION.sub(r" \1. ", text)
    return text


def _spaced(text: str) -> str:
    """A worksheet typed without a space after its marks, spaced as printed: "4. Dua negara ... lain.
    Bentuk ... disebut.. a. bilateral b. regional"; an "a." is an option's only when a "b." follows."""
    text = _UNSPACED_NUMBER.sub(r"\1. ", text)
    # Two scans, not one pattern with ".*?" between: that would scan on from every "a." again.
    if (first := _UNSPACED_A.search(text)) and _UNSPACED_B.search(text, first.end()):
        text = _UNSPACED_OPTION.sub(r" \1. ", text).lstrip()
    return _UNSPACED_BREAK.sub(lambda mark: f"{mark.group()} ", text)


# "Pernyataan nomor (2) merupakan ciri kerja sama ....", "Kerja sama nomor 3 termasuk ....": one of the
# numbered statements or rows above, pointed at by its number, is what is asked of.
_POINTER = re.compile(
    r"\b(?:pernyataan|ciri|kerja\s*sama)\s+(?:nomor\s*|no\.?\s*)?\(?([1-9])\)?\s+"
    r"(?=merupakan|termasuk|tergolong|adalah|disebut)",
    re.IGNORECASE,
)


def _pointed_statement(stem: str) -> str | None:
    """The statement or row a number points at, put where the pointer was: "(2) pesertanya negara-negara
    dalam satu kawasan ... Ciri nomor (2) merupakan ciri kerja sama ...." asks "pesertanya negara-negara
    dalam satu kawasan merupakan ciri kerja sama ....", and a row "2 | ASEAN | 10 negara" gives "ASEAN 10
    negara"."""
    if not (pointer := _POINTER.search(stem)):
        return None
    row = re.search(rf"(?m)^\s*\(?{pointer.group(1)}\s*[.):|]\s*(\S.*)$", stem[: pointer.start()])
    if not row:
        return None
    return f"{row.group(1).replace('|', ' ').strip()} {stem[pointer.end() :]}"


# The first two of a list's numbers, its first item short (bounded, so a 4096-character line costs little).
_INLINE_LIST = re.compile(r"(?<!\S)1[.)]\s[^\n]{0,200}?\s2[.)]\s")


def _lists_inline(text: str) -> bool:
    """An instruction over a list on its own line ("Perhatikan organisasi berikut: 1. PBB 2. IMF 3. ILO"),
    no lead before one item's number."""
    return bool(_INSTRUCTION.match(text) and _INLINE_LIST.search(text.partition("\n")[0]))


def _lead_before_number(text: str) -> re.Match[str] | None:
    """A few words before an item's number, its number the second group: "kak soal no 5 ini gmn:",
    "ini jawabannya apa 2."."""
    if (lead := _NUMBERED_LEAD.match(text)) and _only_asks_for_it(lead.group(1), lead.group(3)):
        return lead
    lead = _BARE_LEAD.match(text)
    words = lead.group(1).casefold().split() if lead else []
    return lead if words and len(words) <= MAX_NUMBERED_LEAD_WORDS and words[-1] not in _COUNTED else None


def _only_asks_for_it(lead: str, after_number: str) -> bool:
    """A numbered lead-in of a few words: "kak soal no 5 ini gmn", not "Essay no. 2 — Hubungan ..."."""
    return (
        len(lead.split()) <= MAX_NUMBERED_LEAD_WORDS and len(after_number.split()) <= MAX_AFTER_NUMBER_WORDS
    )


def _only_leads(text: str) -> bool:
    """A few words that ask and set nothing: "sa ketik ulang dari LKS", not "Lengkapi tabel berikut"."""
    return (
        len(text.split()) <= MAX_HEADING_WORDS and not sentence_asks(text) and not _FRAME.match(text.strip())
    )


def _unwrapped(text: str) -> str:
    """A sentence a printed page (or a photo-reading app) broke across lines, on one line again: a line
    that ends mid-sentence, then one that goes on in lower case or with a blank ("Kerjasama regional
    adalah / kerja sama antar negara di suatu / ....")."""
    return _WRAPPED.sub(" ", text)


def _without_header_lines(text: str) -> str:
    """Lines above the one numbered question that ask nothing: a sheet's header ("SMPN 9 KENDARI –
    ULANGAN HARIAN IPS KELAS IX", "Isian singkat", "Nama : ........  Kelas : IX-B") before "3. ....".
    Several numbered lines are statements to choose from, and the line above them belongs to them."""
    lines = text.split("\n")
    numbered = [index for index, line in enumerate(lines) if _NUMBERING.match(line)]
    if len(numbered) != 1 or numbered[0] == 0:
        return text
    header = lines[: numbered[0]]
    quiet = all(len(h.split()) <= MAX_HEADING_WORDS and not sentence_asks(h) and "?" not in h for h in header)
    return "\n".join(lines[numbered[0] :]).strip() if quiet else text


def _without_title(text: str) -> str:
    """A worksheet's title on a line of its own ("Soal HOTS", "UTS Pengantar Ilmu Hubungan
    Internasional") asks nothing: a short first line with no question, blank or full stop. So does a
    student's line about where the item comes from ("pak guru kasi soal ini, nda ada di buku")."""
    first, newline, rest = text.partition("\n")
    title = first.strip()
    words = title.split()
    about_the_item = len(words) <= MAX_HEADING_WORDS and bool(
        _ITEM_SOURCES & set(re.findall(r"\w+", title.casefold()))
    )
    short = (len(words) <= 8 or about_the_item) and not title.endswith((".", "?", "!", ":"))
    # "Tuliskan pengertian multilateral menurut artikel" above a note from the teacher is the task itself.
    task = len(words) > 1 and bool(_FRAME.match(title))
    asks = task or sentence_asks(title) or bool(_BLANK.search(title))
    if newline and rest.strip() and short and not asks:
        return rest.strip()
    return text


# "kak tolong jelasin tentang PBB: kapan berdiri, markasnya, tujuannya": a task about a subject, whose
# points follow the colon; the subject is in the lead, so the lead is no heading.
_ASKS_ABOUT = re.compile(rf"\b(?:{_FRAME_VERBS})(?:lah)?\s+(?:tentang|soal|mengenai|ttg)\s+\w", re.IGNORECASE)


# "sy jawab contoh multilateral: PBB, IMF, ...": a kind named before a colon says what is asked; no heading.
_KIND_NAMED = re.compile(r"\b(?:bilateral|regional|multilateral)\b", re.IGNORECASE)


def _without_heading(text: str) -> str:
    """A heading before a colon that asks nothing, before a task that does ("Tugas kelompok IPS kelas
    9 SMP Negeri 4 Pontianak: Buatlah ...", "Kuis Pengantar Ilmu Hubungan Internasional (Semester 1):
    Definisikan ...")."""
    heading, colon, task = text.partition(":")
    short = len(heading.split()) <= MAX_HEADING_WORDS and "\n" not in heading
    task_asks = sentence_asks(task) or bool(_FRAME.match(task.strip()))
    if (
        colon
        and short
        and not _KIND_NAMED.search(heading)
        and not sentence_asks(heading)
        and not _ASKS_ABOUT.search(heading)
        and len(task.split()) >= 4
        and task_asks
    ):
        return task.strip()
    return text


def sets_task(words: tuple[str, ...]) -> bool:
    """Whether one of the words tells the student to do something ("jelaskan", "name")."""
    return any(_TASK_WORD.fullmatch(word) for word in words)


def sentence_asks(text: str) -> bool:
    """Whether a sentence asks something: a question word ("jelaskanlah", "manakah" too), a "?" or a
    closing "kah" ("ko ni bot ka")."""
    words = re.findall(r"\w+", text.casefold())
    asking = any(w.removesuffix("lah").removesuffix("kah") in _QUESTION_WORDS for w in words)
    tagged = words[-1:] in (["kah"], ["ka"])  # Papuan, Ambonese, Banjar "ko ni bot ka"
    return len(words) >= 2 and (asking or tagged or text.endswith("?"))


def asks_to_go_on(text: str) -> bool:
    """ "jelasin dong", "sebutin dong": a frame alone, which in a chat asks about the topic at hand."""
    return bool(_BARE_FRAME.match(text))


def asking_sentence(question: str) -> str | None:
    """The one sentence that asks, in a prompt that first sets a scene ("Indonesia sudah aktif di
    banyak forum. Mengapa diplomasi bilateral tetap diperlukan?"), tells a story up to its ", jadi ..."
    ("tadi guru bilang ..., kita bingung, jadi bilateral tu apa?") or quotes one ("Bacalah berita
    berikut! "..." Analisislah manfaatnya!"); None when there is no such one."""
    unquoted = _QUOTED.sub(" ", question)
    sentences = [
        piece.strip()
        for sentence in re.findall(r"[^.!?]+[.!?]*", unquoted)
        for piece in _CONCLUSION.split(sentence)
        if piece.strip(" .!?,")
    ]
    asking = [s for s in sentences if sentence_asks(s)]
    scene = len(sentences) >= 2 or unquoted != question
    if scene and len(asking) == 1:
        return asking[0]
    # "... salah satunya suruh jelaskan apa itu kerja sama bilateral, jadi sebenarnya bilateral tu apa":
    # what the story comes to ask, last, whatever it told was asked on the way.
    if len(asking) > 1 and asking[-1] == sentences[-1] and _CONCLUDING.match(sentences[-1]):
        return sentences[-1]
    return None


def quoted_passage(question: str) -> tuple[str, str] | None:
    """The one quoted passage of some length, or the one short quoted question, and what is written around
    it ("kak ini soal LKS: "Hubungan bilateral mengacu pada ...." isiannya apa?"); None when there is no
    such one."""
    quotes = _QUOTED.findall(question)
    if len(quotes) == 1:
        return quotes[0].strip(), _QUOTED.sub(" ", question)
    short = [q for q in _QUOTED_SHORT.findall(question) if sentence_asks(q)]
    return (short[0].strip(), _QUOTED_SHORT.sub(" ", question)) if not quotes and len(short) == 1 else None


def labelled_question(sentence: str) -> bool:
    """Whether a sentence is marked as the question after a scene ("Pertanyaan: ...")."""
    return bool(_QUESTION_LABEL.match(sentence))


def split_worksheet(text: str) -> list[Prompt]:
    """The questions of a pasted worksheet, in order; one prompt when it is a single question.

    A worksheet is two or more items numbered in sequence ("1. ... 2. ..."), on separate lines
    or on one; without numbers, two or more lines that each ask something.
    """
    text = _unwrapped(_spaced(text))
    items = _numbered_items(text)
    if _options_cite_numbers(text):
        return [parse_prompt(text)]  # numbered statements to choose from ("a. 1 dan 3"): one question
    if len(items) < 2:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(lines) >= 2 and not _has_options(text) and all(sentence_asks(line) for line in lines):
            items = [(None, line) for line in lines]
        else:
            return [parse_prompt(text)]
    return [parse_prompt(body, number) for number, body in items]


def _numbered_items(text: str) -> list[tuple[int, str]]:
    """The longest run of items numbered n, n+1, ... at least two long."""
    marks = [(int(m.group(1)), m.start(), m.end()) for m in _ITEM.finditer(text)]
    best: list[tuple[int, int, int]] = []
    for i, first in enumerate(marks):
        run = [first]
        for mark in marks[i + 1 :]:
            if mark[0] == run[-1][0] + 1:
                run.append(mark)
        if len(run) > len(best):
            best = run
    header = text[: best[0][1]] if best else ""
    if len(best) < 2 or (header.strip() and not header.rstrip(" \t").endswith("\n")):
        return []  # a header line ("Jawablah pertanyaan berikut!") may come first
    ends = [start for _, start, _ in best[1:]] + [len(text)]
    return [(n, text[body:end].strip()) for (n, _, body), end in zip(best, ends, strict=True)]


def _split_options(text: str) -> tuple[str, tuple[Option, ...]]:
    """A stem and its options "a. ... b. ...", when the letters run a, b[, c ...], or a web form's
    unlettered choices, one a line."""
    marks = [m for m in _OPTION.finditer(text) if m.start() > 0]
    for i, first in enumerate(marks):
        if first.group(1).lower() != "a":
            continue
        run = [first]
        for mark in marks[i + 1 :]:
            if ord(mark.group(1).lower()) == ord(run[-1].group(1).lower()) + 1:
                run.append(mark)
        if len(run) >= 2:
            ends = [m.start() for m in run[1:]] + [len(text)]
            # "Pertanyaan: a. Identifikasilah manfaatnya! b. Hubungkan ...! (skor 20)": parts of the task.
            bodies = [
                _SCORE_NOTE.sub("", text[m.end() : end]).strip() for m, end in zip(run, ends, strict=True)
            ]
            # "Isilah titik-titik! a. GNB singkatan dari .... b. KTT I GNB di kota ....": items.
            if all(body.endswith(("!", "?")) or _BLANK.search(body) for body in bodies):
                return text, ()
            # "a. IJEPA ... b. ASEAN ... c. WTO\nJelaskan perbedaan ketiganya!": a task after the items.
            if "\n" in bodies[-1] and sentence_asks(bodies[-1].split("\n", 1)[1]):
                return text, ()
            options = tuple(
                Option(m.group(1).lower(), " ".join(text[m.end() : end].split()).strip(" .;,"))
                for m, end in zip(run, ends, strict=True)
            )
            return text[: first.start()], options
    choices = list(_FORM_CHOICE.finditer(text))
    if len(choices) >= 2 and choices[0].start() > 0:
        options = tuple(Option("", c.group(1).strip(" .;,")) for c in choices)
        return text[: choices[0].start()], options
    return text, ()


def _options_cite_numbers(text: str) -> bool:
    options = _split_options(text)[1]
    return bool(options) and all(
        re.fullmatch(r"[\d\s,.&)(]*(?:dan|serta)?[\d\s,.&)(]*", o.text) for o in options
    )


def _has_options(text: str) -> bool:
    return bool(_split_options(text)[1])
