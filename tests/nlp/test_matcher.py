"""The matcher's three outcomes, on questions typed the way students type."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.nlp import Outcome
from bot.nlp.build import build_matcher
from bot.nlp.matcher import MatcherConfig


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("bilateral itu apa sih", "bilateral_definisi"),
        ("Apa yang dimaksud dengan kerja sama bilateral?", "bilateral_definisi"),
        ("contoh kerjasama bilateral indonesia", "bilateral_contoh"),
        ("fungsi kedutaan besar apa aja", "vcdr_fungsi_misi"),
        ("konvnsi wina itu apa", "vcdr_definisi"),
        ("dasar hukum hubungan diplomatik antar negara apa", "vcdr_definisi"),  # the convention is that basis
        ("yg ngatur tata cara kedutaan antar negara tu konvensi apa", "vcdr_definisi"),  # which convention
        (
            "Konvensi yang menghimpun hukum secara sistematis tentang praktik diplomatik adalah ....",
            "vcdr_definisi",
        ),
        ("bisa tanya pakai bahasa daerah ji?", "bantuan"),  # how one may ask, no word to translate
        # Asking whether the bot covers another subject asks what it can do.
        ("bot ini bisa jawab soal apa aja? ipa bisa? atau cuma ppkn", "bantuan"),
        ("oh ko tra bisa matematika kah, trus ko bisa apa", "bantuan"),
        ("kalo mo tanya harus pake bahasa baku ka atau bebas", "bantuan"),
        ("maksih kak", "terima_kasih"),  # not "masih"
        # Banjar "bujur kah?" asks whether it is right; Karo "bujur" alone thanks.
        ("jar guru bilateral tu hubungan 2 negara, bujur kah?", "bilateral_definisi"),
        ("bujur melala kak", "terima_kasih"),
        ("perang tembak dlm kerja sama bilateral maksudnya apa kak", "diplomasi_bilateral_perselisihan"),
        ("kenapa hubungan bilateral bisa melambat", "diplomasi_bilateral_perselisihan"),  # the slowdown
        # Ambon's "seng ada" is "tidak ada"; Maluku is a province, not "malu" (ashamed).
        ("kalo seng ada diplomasi bilateral, jadi bagimana", "diplomasi_bilateral_pentingnya"),
        ("kerja sama regional yg maluku ikut apa sa", "regional_contoh"),
        ("efek baik dari kerja sama bilateral apa aja", "bilateral_manfaat"),  # its good effects
        ("hal positif dr kerja sama se-asia tenggara apa aja", "regional_manfaat"),
        ("paket bali tu apa", "org_wto"),  # agreed at the WTO's ministerial conference in Bali
        # The forums a country meets in, named by their reach: no kinds compared.
        ("ikut forum kawasan bantu hubungan bilateral kah?", "kerangka_regional_multilateral"),
        # Names of an agreement listed: what they are examples of is the forms an agreement takes.
        (
            "Protokol, persetujuan (agreement), dan traktat (treaty) merupakan contoh ____"
            " dalam perjanjian bilateral.",
            "bilateral_bentuk_perjanjian",
        ),
        ("protokol, traktat, persetujuan tu bedanya apa", "bilateral_bentuk_perjanjian"),
        ("traktat itu apa e", "bilateral_bentuk_perjanjian"),  # one of those forms, no agreement to name
        (
            "Bacalah teks berikut!\nPada tahun 2007, Indonesia dan Jepang menandatangani Indonesia-Japan"
            " Economic Partnership Agreement. Perjanjian ini menurunkan tarif bagi banyak produk kedua"
            " negara.\nPertanyaan: Sebutkan contoh lain kerja sama sejenis yang dijalin Indonesia dengan"
            " negara lain!",
            "bilateral_contoh",
        ),  # the same name twice in a row ("Agreement. Perjanjian") lists no forms
        ("regional itu minimal brp negara? 3 kah", "regional_definisi"),
        ("kerja sama multilateral bisa bantu jaga perdamaian dunia kah", "multilateral_manfaat"),
        ("apa itu dewan ekosos", "org_ecosoc"),  # "ekonomi dan sosial" cut short
        (
            "kalau gak ada diplomasi bilateral negara rugi apa",
            "diplomasi_bilateral_pentingnya",
        ),  # what it is worth
        ("kerja sama kawasan tuh gmn", "regional_definisi"),
        ("apa itu hubungan internasional", "tujuan_hubungan_internasional"),  # names no organisation: not GNB
        ("apa dampak kerja sama regional", "regional_manfaat"),  # the lessons teach its gains, no harm
        ("dampak kerja sama multilateral untuk perdagangan", "multilateral_manfaat"),
        ("multilateral tu berguna gk sih sebenarnya", "multilateral_manfaat"),  # what it is good for
        ("positifnya kerjasama regional apa kak", "regional_manfaat"),
        # More of the sort of what follows "selain": its kind's examples, not its own lesson.
        ("kerja sama regional selain asean ada apa aja", "regional_contoh"),
        ("contoh lain selain WTO", "multilateral_contoh"),
        ("regional contohnya apa selain AFTA", "regional_contoh"),  # two kinds list AFTA: the one named
        ("asean tu ngapain aja sih selain KTT", "org_asean"),  # what else the organisation named first does
        ("contoh lain yg sama kayak PBB?", "multilateral_contoh"),  # more like it, when examples are asked
        ("organisasi seperti pbb itu apa", "org_pbb"),
        # Of one kind's aspects on offer, the one asked of by name: "bidang apa", "termasuk bidang ....".
        (
            "kak kalo promosi wisata borobudur bareng pemerintah jepang, itu kerjasama bidang apa ya",
            "bilateral_bidang",
        ),
        (
            "Indonesia dan Jepang bekerja sama mengirim pelajar untuk menempuh studi dengan beasiswa. Kerja "
            "sama tersebut termasuk bidang ....  A. politik  B. pendidikan  C. militer  D. industri",
            "bilateral_bidang",
        ),
        # A blank for a field with no kind named: only bilateral cooperation has a lesson on its fields.
        ("Pasangkan: Pengiriman guru SMK untuk pelatihan ke negara mitra — bidang ....", "bilateral_bidang"),
        (
            "Pasangkan! Pengiriman tenaga ahli pertanian dari Korea Selatan ke Indonesia – bidang kerja "
            "sama ....",
            "bilateral_bidang",
        ),
        # Every option a field: the blank asks for one.
        (
            "Menjodohkan (satu baris): Beasiswa pelajar Indonesia ke Jepang .... (a) bidang pendidikan (b) "
            "bidang pertahanan (c) bidang agama",
            "bilateral_bidang",
        ),
        (
            "Indonesia dan Korea Selatan bekerja sama membangun pabrik baterai kendaraan listrik. Kerja sama "
            "tersebut bergerak di bidang .... A. budaya B. industri C. pertahanan D. olahraga",
            "bilateral_bidang",
        ),
        # Besides trade, what else: the other fields, not the three forms.
        ("kerja sama bilateral selain ekonomi apa lagi", "bilateral_bidang"),
        ("selain dagang, bilateral ngapain aja? aku kira cuma jual beli", "bilateral_bidang"),
        # Relations named, then how they went: a dispute, not the pair's examples.
        (
            "hubungan indonesia sama australia pernah renggang ya pas kasus penyadapan?",
            "diplomasi_bilateral_perselisihan",
        ),
        (
            "indonesia sama australia pernah tegang gara2 penyadapan, itu masuk fase apa",
            "diplomasi_bilateral_perselisihan",
        ),
        ("indonesia punya mitra bilateral brp negara", "indonesia_jumlah_mitra"),
        ("wto singkatan dari apa", "org_wto"),
        ("makasih kak", "terima_kasih"),
        ("assalamualaikum", "sapaan"),
        # Greetings, thanks and goodbyes in regional words (Javanese, Sasak, Minang).
        ("kulo nuwun", "sapaan"),
        ("tampi asih nggih", "terima_kasih"),
        ("tarimo kasih banyak da", "terima_kasih"),
        ("kulo pamit rumiyin nggih", "pamit"),
        ("odu'olo kak", "terima_kasih"),  # Gorontalo
        ("pian ni robot kah", "tentang_bot"),  # Banjar
        ("side tau ndek, ape bede bilateral kance regional", "perbandingan"),  # Sasak
        ("indonesia wis kerja sama karo piro negoro", "indonesia_jumlah_mitra"),  # Javanese
        ("nyong ora mudeng bilateral kuwe apa", "bilateral_definisi"),  # Banyumas
        ("rahajeng semeng bot", "sapaan"),  # Balinese
        ("anjeun teh saha", "tentang_bot"),  # Sundanese
        ("kau ni siapa bah", "tentang_bot"),  # Batak
        ("kepriwe carane nganggo bot kiye", "bantuan"),  # Tegal
        ("kak boleh nanya soal pkn nggak", "bantuan"),  # asking leave to ask: how the bot is used
        ("what can you do for me", "bantuan"),
        ("apakah ini guru asli atau program komputer", "tentang_bot"),
        ("kamu guru beneran apa bukan", "tentang_bot"),
        # Where its answers come from and who checked them.
        ("bot ini sumbernya dari buku paket ka dari internet?", "tentang_bot"),
        ("ose pung materi su dicek guru kah", "tentang_bot"),
        # A well-known bilateral project, the other country named, Indonesia's cities only.
        (
            "Proyek kereta cepat Jakarta–Bandung yang dibangun bersama Tiongkok dapat digolongkan ke dalam "
            "kerja sama ....",
            "bilateral_contoh",
        ),
        # Whose word is passed on is no question about the bot, the teacher it is asked if it is.
        ("td guru bilang bilateral, itu apa ee", "bilateral_definisi"),
        ("di artikel fungsi misi cuma 4, kok guruku bilang 5?", "vcdr_fungsi_misi"),
        ("kenalin dong diri kamu", "tentang_bot"),
        # A greeting, then who is writing or what is to come: greeted back, not "I did not understand".
        ("halo, sy anak SMK di Saumlaki, mau minta tolong soal PR", "sapaan"),
        ("selamat malam kak bot, ini ambo ada PR dari buk guru, bentar ambo ketik soalnya", "sapaan"),
        # Carrying diplomacy out is doing it: not why it matters ("alasan negara menjalankan ...").
        ("gimana sebuah negara menjalankan diplomasi bilateral", "diplomasi_bilateral_cara"),
        ("meaning of bilateral diplomacy", "diplomasi_bilateral_definisi"),
        ("what do embassies do", "vcdr_fungsi_misi"),  # the plural, as the singular
        (
            "diplomasi bilateral tu buat apa sih sebenernya",
            "diplomasi_bilateral_pentingnya",
        ),  # what it is for
        # A clear question beside a remark of no lesson's words: the remark does not blur it.
        ("bilateral tuh apaan sih, guru gue nyebut mulu", "bilateral_definisi"),
        ("makasih, PR PKn halaman 87 udah beres semua", "terima_kasih"),
        (
            "how does a country do bilateral diplomacy",
            "diplomasi_bilateral_cara",
        ),  # "how do": the way  # English order, adjective first
        ("permisi duluan bah", "pamit"),  # leaving, not the "permisi" that opens a question
        ("kau ni sape sebenarnye", "tentang_bot"),  # Riau Malay
        ("ape gune bilateral tu", "bilateral_manfaat"),
        ("sira iku sapa sih", "tentang_bot"),  # Cirebon
        ("ulun handak batakun, bilateral tu apa pian", "bilateral_definisi"),  # Banjar
        ("apo arti kerjasamo bilateral tu da, ambo ndak paham", "bilateral_definisi"),  # Minang
        ("a sean markasnya dimana", "org_asean"),  # voice typing
        ("kerja sama multi letter al itu apa ya kak", "multilateral_definisi"),  # voice typing
        ("i m f kepanjangannya apa", "org_imf"),  # an acronym spelled out by voice typing
        # "pe be be" is the PBB, and its blank is the kind whose examples list it.
        ("pe be be merupakan contoh kerja sama titik titik titik", "multilateral_contoh"),
        ("ika sepa itu kerjasama sama korea ya", "bilateral_contoh"),  # "IK-CEPA" as voice typing hears it
        ("kowe ki sopo to", "tentang_bot"),  # Javanese
        ("epang gawan kaka", "terima_kasih"),  # Sikka, Maumere
        ("aing poho multilateral teh naon nya, mengko ulangan", "multilateral_definisi"),  # Banten Sundanese
        ("maneh teh robot atawa jelema", "tentang_bot"),
        ("kak ini guru asli ato robot sih 🤔", "tentang_bot"),
        # New to the bot, or about to send questions: greeted back when nothing is asked yet, told how to
        # start when it is.
        ("halo kak, beta baru pertama kali pake ini", "sapaan"),
        ("hai hai, aku anak SMKN di Tanjung Redeb", "sapaan"),  # "hai" opens lessons' examples too
        ("hai bot, baru pertama kali ulun make ini", "sapaan"),
        ("assalamualaikum kak, aku mau kirim soal LKS PPKn nih", "sapaan"),
        ("pagi kak 🙏 beta mau kirim soal LKS PPKn ya", "sapaan"),
        ("aku baru pertama kali pake, mulai dari mana ya", "bantuan"),
        ("halo kak, cara kirim soal ke sini gimana", "bantuan"),
        ("halo. saya bingung pakai bot", "bantuan"),
        ("haturnuhun, besok ulangan jadi tenang", "terima_kasih"),  # Sundanese thanks as one word
        # Minang "nan" (yang), "manga" (why), "paralu" (needed), "apo kaba"; Sasak "tampiq asih".
        ("ado organisasi internasional nan mangurus buruh?", "org_ilo"),
        ("manga diplomasi bilateral paralu dek negara?", "diplomasi_bilateral_pentingnya"),
        ("apo kaba bot, ambo dari bukittinggi", "sapaan"),
        ("au lao jolo ya", "pamit"),  # Batak Toba: I am off first
        ("udah malam, modom jolo au", "pamit"),  # off to sleep
        ("tampiq asih kak, lah paham", "terima_kasih"),
        # Minang and Aneuk Jamee "guno" (use), "tugeh" (task), "nagari" (country); Acehnese "soe" (who).
        ("apo guno kerjasama bilateral tu?", "bilateral_manfaat"),
        ("multilateral tu guno nyo apo", "multilateral_manfaat"),
        ("apo sajo tugeh kedutaan di nagari urang?", "vcdr_fungsi_misi"),
        ("uda, apo tujuan nagari bakawan jo nagari lain?", "tujuan_hubungan_internasional"),
        ("kah soe? peu kah ureung atau mesin?", "tentang_bot"),
        # An example asked for to explain a thing asks what the thing is, not for its examples.
        ("jelasin kerja sama regional pake contoh sehari2 biar paham", "regional_definisi"),
        ("kak jelasin multilateral pake contoh simpel", "multilateral_definisi"),
        (
            "Apakah kerja sama bilateral hanya di bidang ekonomi? Jelaskan dengan contoh bidang lain.",
            "bilateral_bidang",
        ),
        ("knp disebut bilateral? bi nya itu apa", "bilateral_definisi"),  # "bi" apart from "-nya"
        # An agreement checked against the kind whose examples list it: those examples.
        ("IJEPA itu apa? bilateral ya?", "bilateral_contoh"),
        ("IJEPA termasuk kerjasama apa? bilateral bukan", "bilateral_contoh"),
        # The ways of bilateral diplomacy: informal talks, agreements not always announced or written down.
        (
            "Menteri Luar Negeri Indonesia bertemu mitranya dari Malaysia dalam jamuan makan malam santai "
            "dan membahas nasib nelayan yang ditahan. Pertemuan semacam ini termasuk bentuk dialog ....",
            "diplomasi_bilateral_cara",
        ),
        (
            "B/S: Semua hasil diplomasi bilateral pasti dituangkan dalam perjanjian tertulis.",
            "diplomasi_bilateral_cara",
        ),
        # Bodies named as examples of those the asked-for body coordinates.
        (
            "Badan-badan khusus PBB seperti FAO dan ILO dikoordinasikan oleh organ PBB yang bernama ....",
            "org_ecosoc",
        ),
        # Whether the bot is a machine, and who programmed it.
        ("ko ni guru ka atau mesin?", "tentang_bot"),
        ("siapa yang memprogram bot ini", "tentang_bot"),
        # The body named, though bodies "yang mengurus" something rank first.
        ("PBB itu organisasi apa, ngurusin apa aja", "org_pbb"),
        ("mana aja sih yg termasuk kerja sama regional", "regional_contoh"),  # which ones count as it
        ("diplomasi bilateral itu yg kayak gimana ya", "diplomasi_bilateral_definisi"),  # what it is like
        # The subject named, tied with the off-topic questions (scores are rounded): no better match.
        ("Indonesia pernah menjadi tuan rumah KTT GNB ke-10 pada tahun .... di kota ....", "org_gnb"),
        (
            "Indonesia menjadi tuan rumah KTT ke-10 Gerakan Non-Blok pada tahun .... A. 1961 B. 1985 C. 1992",
            "org_gnb",
        ),
        ("ok suwun, dadah", "pamit"),  # Javanese thanks, then goodbye
        # A story told in one breath, what was asked on the way, then ", jadi ..." what it comes to ask.
        (
            "kak sa mo tanya, jadi tadi di kelas ibu guru jelaskan soal kerja sama internasional tapi sa tra "
            "dengar karena ribut, terus dia kasih PR, salah satunya suruh jelaskan apa itu kerja sama "
            "regional, jadi sebenarnya regional tu apa",
            "regional_definisi",
        ),
        ("maturnuwun, sangat membantu", "terima_kasih"),
        # An industrial estate ("kawasan industri") is no region: two countries are two parties.
        (
            "Kasus: Pemerintah Indonesia dan Pemerintah Tiongkok menandatangani nota kesepahaman pembangunan "
            "kawasan industri. Kerja sama tersebut tergolong kerja sama apa?",
            "bilateral_contoh",
        ),
        ("Pasukan Garuda dikirim ke Lebanon atas mandat organisasi ....", "org_pbb"),
        # The phrase of the source's definition asks who may be a party, which that lesson explains.
        ("wilayah independen yg dimaksud dlm hubungan bilateral itu apa", "bilateral_pihak"),
        # How two countries show they agree: the two ways an agreement is put on paper.
        (
            "kak ini soal LKS hal 34: bagaimana kedua negara menunjukkan bahwa mereka sudah sama-sama setuju "
            "dengan isi perjanjian bilateral?",
            "bilateral_bentuk_perjanjian",
        ),
        ("kalo dua negara udah sepakat, bukti tertulisnya berupa apa?", "bilateral_bentuk_perjanjian"),
        # A local government as a party: who may sign, not a form of agreement.
        ("pemda kalbar bisa ndak bikin perjanjian bilateral sendiri sama sarawak?", "bilateral_pihak"),
        ("sampe mengko bot", "pamit"),  # Jawa Serang
        # FAO's mandate as a worksheet words it.
        (
            "Organisasi PBB yang bertujuan meningkatkan produksi pertanian dan gizi masyarakat dunia",
            "org_fao",
        ),
        # A bare question word put to "kamu" asks what the bot is; "apa?" alone still asks nothing.
        ("kamu tuh apa sih", "tentang_bot"),
        ("ko ini apa kah", "tentang_bot"),  # Papuan "ko" is "kamu"
        ("sing iso nggawe perjanjian bilateral kuwi sopo wae", "bilateral_pihak"),  # who may make one
        ("tiang nyuwun tulung, perjanjian bilateral nika wujudne napi nggih", "bilateral_bentuk_perjanjian"),
        ("teurimong geunaseh beh", "terima_kasih"),  # Acehnese
        ("syukran katsiran ya kak", "terima_kasih"),  # Arabic, as pesantren students thank
        ("mator sakalangkong bot", "terima_kasih"),  # Madurese ("mator" is no misspelt "aktor")
        ("kalangkong kak, tugasku la mare", "terima_kasih"),  # said short
        ("tarimakasi e", "terima_kasih"),  # Kendari
        ("engkok ta ngerteh, regional apa bhâ", "regional_definisi"),  # Madurese: "I don't get it"
        ("jazakumullah ya kak", "terima_kasih"),
        # Sasak and madrasah words: "juluq" (first), a teacher addressed as "ustadzah". Sasak "sai" (who)
        # is left unread: in Lampung it is "yang" ("api sai disebut bilateral").
        ("api sai disebut bilateral kak", "bilateral_definisi"),
        ("perjanjian bilateral tu antaro siapo bae", "bilateral_pihak"),  # Palembang "-o" for "-a"
        # A kind and being lost, in a Deaf student's telegraphic order: what the kind is, not the bot's use.
        ("regional saya bingung", "regional_definisi"),
        ("saya bingung bilateral. tolong jelas", "bilateral_definisi"),
        ("kerja sama kawasan guna apa", "regional_manfaat"),  # "guna apa": what use, asked last
        ("kerja sama multilateral bagus kenapa", "multilateral_manfaat"),  # why it is good, asked last
        ("timor leste anggota asean ke brp", "org_asean"),
        ("ex multilateral", "multilateral_contoh"),  # "ex": an example
        # Riau Malay: "gaduh" (a quarrel), "tima kasih"; "goodnite" says good night.
        ("kalau negosiasi gagal, jadi gaduh, lepas tu ape jadi", "diplomasi_bilateral_perselisihan"),
        ("tima kasih", "terima_kasih"),
        ("ok. goodnite", "pamit"),
        ("tiang lalo juluq nggih", "pamit"),
        ("jazakillah khair ustadzah", "terima_kasih"),
        ("Assalamu'alaikum warahmatullahi wabarakatuh ustadz", "sapaan"),
        ("oke gtg", "pamit"),  # "got to go"
        # Thanks with a leave-taking is the goodbye; "dah makasih" (enough, thanks) stays thanks.
        ("makasih, wassalam", "pamit"),
        ("okay thanks, gotta go", "pamit"),
        ("besok lanjut ya, met malam", "pamit"),  # a good night that takes leave
        ("dah makasih", "terima_kasih"),
        ("dipl. bilateral itu apa", "diplomasi_bilateral_definisi"),  # abbreviated on a worksheet
        ("asen tu apa kak", "org_asean"),
        # The article's "merujuk pada" names the fields the relationship covers.
        (
            "Tuliskan aspek-aspek yang menjadi rujukan hubungan bilateral menurut teks bacaan!",
            "bilateral_bidang",
        ),
        ("kwsn mitra bilateral RI", "indonesia_kawasan_mitra"),
        # The coalitions bilateral diplomacy lays the ground for are why it matters, not the forums.
        (
            "Diplomasi bilateral meletakkan dasar untuk membangun .... yang terjadi di forum regional dan "
            "multilateral.",
            "diplomasi_bilateral_pentingnya",
        ),
        ("ai el o tu apa", "org_ilo"),  # spelled out by voice typing
        ("kagek lagi yo kak, aku nak les", "pamit"),  # Palembang
        ("oke kak, kagek aku nanyo lagi yo", "pamit"),  # Palembang: "I'll ask again later"
        ("selamat sore, tiang pamit dulu ya kak", "pamit"),  # "selamat sore" greets and leaves
        ("kamek off dolo", "pamit"),  # Pontianak Malay
        ("ulun bulik dulu lah, assalamualaikum", "pamit"),  # Banjar: going home, with a salam
        ("baa kok hubungan duo nagara bacakak", "diplomasi_bilateral_perselisihan"),  # Minang: quarrel
        # The IMF taken for the World Bank, asked in five rounds: its answer tells them apart.
        ("IMF sama Bank Dunia itu sama gak?", "org_imf"),
        ("imf tuh bank dunia ya?", "org_imf"),
        # What is good about a kind ("enaknya"), what comes of it ("apa hasilnya").
        ("ikut kerja sama multilateral tuh enaknya apa sih bang", "multilateral_manfaat"),
        ("kenapa negara-negara tetangga perlu kerja sama regional, apa hasilnya?", "regional_manfaat"),
        # Lampung ("tabik"), Banjar and Kutai ("ikam", the particle "pang").
        ("tabik", "sapaan"),
        ("ikam ni siapa pang?", "tentang_bot"),
        ("halo pang, ulun murid SMA di Samarinda", "sapaan"),
        # Javanese krama, as written to a teacher.
        ("Nyuwun sewu, menapa ingkang dipunwastani kerja sama bilateral punika?", "bilateral_definisi"),
        (
            "Menapa paedahipun kerja sama regional kangge negari-negari ing satunggaling kawasan?",
            "regional_manfaat",
        ),
        ("Kenging menapa diplomasi bilateral punika wigati?", "diplomasi_bilateral_pentingnya"),
        ("Panjenengan punika sinten?", "tentang_bot"),
        # Balinese ("rahajeng wengi", "kawigunan", "pasiat") and Acehnese ("droeneuh", "padum").
        ("rahajeng wengi", "sapaan"),
        ("droeneuh nyoe bot peu?", "tentang_bot"),
        ("napi kawigunan kerja sama bilateral", "bilateral_manfaat"),
        ("kenken yening wenten pasiat ring hubungan bilateral", "diplomasi_bilateral_perselisihan"),
        ("padum boh nanggroe yang kerja sama bilateral ngon indonesia", "indonesia_jumlah_mitra"),
        # Bima and Sumbawa: "nahu" (I), "au ede" (what is that), "bune" (how); Ternate and Gorontalo
        # particles ("olo", "dang") and chat shorthand ("krjsm", "bntk").
        ("au ede ma disebut kerja sama bilatera ra, nahu wati loa jawab PR", "bilateral_definisi"),
        ("nahu ndi tanya, bune ra manfaat bilatera untuk dou mbojo", "bilateral_manfaat"),
        ("ini tutor apa olo", "tentang_bot"),
        ("bntk krjsm intrnsional apa aj", "bentuk_kerja_sama"),
        ("halo kakak bot salam kenal nahu dou mbojo", "sapaan"),
        ("bah ngape lah negara tu repot2 diplomasi bilateral", "diplomasi_bilateral_pentingnya"),  # Pontianak
        # Pontianak and Sarawak Malay ("kamek mok", "tok", "camne"; "sik" is "not"), Riau "-e" for "-a".
        ("kamek mok tanya, bilateral tok artinye ape", "bilateral_definisi"),
        ("kamek mok tanya, cara gune bot tok camne", "bantuan"),
        ("ada menu kah sik?", "bantuan"),
        ("sejak bile negare kite berkawan dengan negare lain", "indonesia_awal_hubungan"),
        ("aku tak paham cara gune bot ni", "bantuan"),
        # Medan: Karo thanks ("bujur"), a Hokkien greeting ("lu ho bo"); Ternate thanks ("syukur dofu").
        ("bujur ya bot, jelas kali", "terima_kasih"),
        ("lu ho bo bot?", "sapaan"),
        ("syukur dofu bot", "terima_kasih"),
        ("tenkyu", "terima_kasih"),
        # Chat shorthand ("ttyl", anime fans' "jaa ne"), a pro ("nilai plus"), a word typed apart.
        ("ttyl", "pamit"),
        ("g2g", "pamit"),
        # "tanya" alone is a filler; "bisa tanya apa aja" asks what may be asked.
        ("terus aku bisa nanya apa aja", "bantuan"),
        ("bot ni bisa ditanya apa aja", "bantuan"),
        # Suroboyoan ("opo'o", "gawe opo", "-no" for "-kan"), Malang walikan ("ayas ngalup": I go home),
        # and Hakka in Bangka ("ngi hau", "to sia", "he mak kai").
        ("opo'o negoro kudu diplomasi bilateral", "diplomasi_bilateral_pentingnya"),
        ("PBB kuwe gawe apa", "org_pbb"),
        ("kerja sama multilateral nguntungno opo sam", "multilateral_manfaat"),
        ("jenengmu sopo bot", "tentang_bot"),
        ("ayas ngalup sik yo sam", "pamit"),
        ("ngi hau bot", "sapaan"),
        ("to sia ngi bot", "terima_kasih"),
        ("ngai m hiau bilateral he mak kai", "bilateral_definisi"),
        ("jaa ne~ 👋", "pamit"),
        ("nilai plus multilateral apa min", "multilateral_manfaat"),
        ("arti bi-lateral apaan, bi nya itu dua kan?", "bilateral_definisi"),
        ("sengketa bilateral", "diplomasi_bilateral_perselisihan"),
        ("pemprov aceh bisa teken perjanjian bilateral gak bang?", "bilateral_pihak"),  # local government
        # Medan: Batak Toba ("ise do ho", "laho", "boasa", "aha labana"), Karo ("kai", "bujur melala") and
        # Hokkien ("kam sia").
        ("ise do ho?", "tentang_bot"),
        ("kam sia ah", "terima_kasih"),
        ("kam siah bot 🙏", "terima_kasih"),  # Riau Hokkien
        ("bujur melala", "terima_kasih"),
        ("horas, laho ma au", "pamit"),
        ("boasa Indonesia ikut multilateral, aha labana", "multilateral_manfaat"),
        ("kai guna kerja sama regional", "regional_manfaat"),
        # Banyuwangi's Osing ("isun", "paran", "kelendi", "mole disik") and K-pop fans' Korean.
        ("isun sing paham bilateral iku paran", "bilateral_definisi"),
        ("isun durung paham multilateral iku kelendi", "multilateral_definisi"),
        ("wes aku mole disik", "pamit"),
        ("annyeonghaseyo bot", "sapaan"),
        ("oke paham, gomawo", "terima_kasih"),
        ("ok kak", "terima_kasih"),  # an answer taken in, no goodbye
        ("oke paham", "terima_kasih"),
        ("sip, dah kak", "pamit"),  # "ok, bye"
        ("annyeong bot bilateral tuh apaan jinjja gak ngerti", "bilateral_definisi"),
        ("uhang bilang bilateral tu apo kayo tau dak", "bilateral_definisi"),  # Kerinci
        ("gek aku tanyo lagi yo", "pamit"),  # Jambi: "I'll ask again later"
        ("halo bot saya mau tanya konfensi vina itu apa", "vcdr_definisi"),  # as heard
        ("Baik. Bot ini bisa membuatkan kuis juga?", "bantuan"),  # what it can do: how to use it
        # Manado "baku": each other.
        ("dong dua negara baku marah, hubungan bilateral jadi bagaimana", "diplomasi_bilateral_perselisihan"),
        # Semarangan: "tak tinggal sik" (I'll leave you), "entuk" (may), "nang kene" (here),
        # "eker-ekeran" (to quarrel), "sesrawungan karo negoro manca" (dealings with foreign countries).
        ("tak tinggal sik yo ndes, dipanggil ibu", "pamit"),
        ("piye kabare bot", "sapaan"),
        ("piye carane takon materi bilateral nang kene", "bantuan"),
        ("sing entuk gawe perjanjian bilateral sopo wae", "bilateral_pihak"),
        ("nek 2 negara eker-ekeran piye hubungan bilaterale", "diplomasi_bilateral_perselisihan"),
        ("ket kapan indonesia sesrawungan karo negoro manca", "indonesia_awal_hubungan"),
        # Mataraman Javanese: "tukaran" (to quarrel), "sampun" (done); and not yet understanding asks
        # nothing of its own.
        ("nek negoro loro tukaran piye", "diplomasi_bilateral_perselisihan"),
        ("sampun nggih, pareng rumiyin", "pamit"),
        ("masih belum paham bilateral", "bilateral_definisi"),
        ("apa aja yg bisa kutanya di sini", "bantuan"),  # "kutanya": I ask
        # Voice typing as heard: "i je pa", and "mulut lateral" for "multilateral".
        ("i je pa itu kerja sama apa", "bilateral_contoh"),
        ("mulut lateral apa kak", "multilateral_definisi"),
        # Dayak Ngaju: "tulak helu" (off now), "sampai kareh" (see you later), "kilen" (how), "eweh" (who).
        ("aku tulak helu bot", "pamit"),
        ("ok sampai kareh", "pamit"),
        ("kilen cara makai bot jetuh", "bantuan"),
        ("ikau eweh?", "tentang_bot"),
        ("eweh ji bisa buat perjanjian bilateral?", "bilateral_pihak"),
        # "narai" (what), "kueh" (where): "what is the UN? where is its office?"
        ("PBB tuh narai? kueh kantor ie?", "org_pbb"),
        ("ulun handak guring dulu lah, isuk sekolah", "pamit"),  # Banjar "guring": sleep
        ("cmd nya apa aja", "bantuan"),
        ("ikau tuh narai?", "tentang_bot"),
        # Manggarai and Flores: "ite" (you, to the respected), "sa tutup dulu" (I'm closing the chat); the
        # Catholic greeting "Berkah Dalem"; a blessing ("Tuhan berkati") goes with leaving and thanks alike.
        ("Berkah Dalem bot", "sapaan"),
        ("sa tutup dulu e, sinyal di Ruteng ni jelek", "pamit"),
        ("bot ini dipake bagemana", "bantuan"),
        ("oke ite sa pamit, Tuhan berkati 🙏", "pamit"),
        ("terima kasih banyak, Tuhan memberkati", "terima_kasih"),
        # Sundanese: "suhun" (thanks, cut short), "hungkul" (only), "atawa" (or); "guna" before a kind is its
        # use, not "in order to".
        ("suhun 🙏🙏", "terima_kasih"),
        ("!tanya bilateral teh ngabahas naon wae, ekonomi hungkul?", "bilateral_bidang"),
        ("ieu bot resmi ti sakola atawa lain?", "tentang_bot"),
        ("guna kerja sama regional naon wae", "regional_manfaat"),
        ("guna kerjasama multi lateral", "multilateral_manfaat"),
        # Gayo ("beluh mulo": off now; "gere": not; "tulu": three), Acehnese thanks as typed, the salam cut
        # short; asking is how the bot is used.
        ("mikum bot 🙏", "sapaan"),
        ("trimong gaseh bot", "terima_kasih"),
        ("aku beluh mulo ya bot", "pamit"),
        ("aku gere ngerti cara nanya ke ko", "bantuan"),
        ("cara bertanya ke bot", "bantuan"),
        ("kerjasama internasional ada tulu kan? oya hana aja", "bentuk_kerja_sama"),
        # Students from abroad: Thai, Australian, Dutch and Timorese Portuguese greetings and thanks.
        ("sawasdee krub bot", "sapaan"),
        ("g'day mate", "sapaan"),
        ("cheers mate, that helps heaps", "terima_kasih"),
        ("kop khun krub 🙏", "terima_kasih"),
        ("hoi!", "sapaan"),
        ("até logo", "pamit"),
        # Cadets ask leave to come and go ("izin masuk", "izin off"), and talk like a ship's radio.
        ("🫡 izin masuk bot", "sapaan"),
        ("siap, izin meninggalkan chat", "pamit"),
        ("over and out", "pamit"),
        ("ahoy!!", "sapaan"),
        ("mohon petunjuk, teknik diplomasi bilateral apa aja", "diplomasi_bilateral_cara"),
        # A task set on a kind is no goodbye or thanks, whatever "dulu" or "makasih" says beside it.
        ("yaudah jelasin bilateral dulu", "bilateral_definisi"),
        ("jelaskan bilateral dong, makasih", "bilateral_definisi"),
        # A story told up to ", nah ...": what it comes to ask.
        (
            "td guru bilang kopi gayo dijual lewat kerja sama bilateral, nah bilateral tu sebenarnya apa",
            "bilateral_definisi",
        ),
        # Reach across regions is multilateral, though the words say "kawasan".
        (
            "Kuis: Kerja sama yang pesertanya berasal dari berbagai benua dan tidak dibatasi kawasan disebut "
            "kerja sama apa?",
            "multilateral_definisi",
        ),
        (
            "Kerja sama antarbanyak negara dari berbagai kawasan untuk kepentingan tertentu disebut ....",
            "multilateral_definisi",
        ),
        (
            "Lengkapi: Kerja sama yang melibatkan lebih dari dua negara dan tidak dibatasi oleh kawasan "
            "disebut .......",
            "multilateral_definisi",
        ),
        # Surinamese and Dutch: Sranan Tongo ("odi", "grantangi"), Dutch ("dankje", "tot morgen"), and
        # the old Dutch-taught spelling.
        ("odi odi", "sapaan"),
        ("grantangi boi, a bun", "terima_kasih"),
        ("tot morgen!", "pamit"),
        ("goenanja kerdja sama bilateral", "bilateral_manfaat"),
        ("tjara diplomasi bilateral", "diplomasi_bilateral_cara"),
        # A translation app's Indonesian: "Bangsa-Bangsa Bersatu", "baik untuk apa", "apa yang bisa kamu
        # lakukan", "explain like I'm five".
        ("apa adalah Bangsa-Bangsa Bersatu", "org_pbb"),
        ("multilateral baik untuk apa", "multilateral_manfaat"),
        ("apa yang bisa kamu lakukan?", "bantuan"),
        ("saya baru disini, bagaimana ini bekerja", "bantuan"),
        ("Bisakah Anda menjelaskan multilateral dalam kata-kata sederhana?", "multilateral_definisi"),
        (
            "Bisakah Anda menjelaskan hubungan bilateral kepada saya seperti saya berumur lima tahun?",
            "bilateral_definisi",
        ),
        # Papuan highlands: Lani "nare", "nayak"; "sa pi dulu", "kasi jelas"; Kampar Ocu: "ambo pai dulu",
        # "bisuak" (tomorrow), "bapo" (how many), "dongar" (hear); chat's "mks".
        ("nare kaka, sa baru masuk", "sapaan"),
        ("sa pi dulu, mama panggil", "pamit"),
        ("mks bot", "terima_kasih"),
        (
            "kaka tolong kasi jelas hubungan bilateral tu apa, bapa guru bilang besok ulangan",
            "bilateral_definisi",
        ),
        ("ambo pai dulu, bisuak tanyo lai", "pamit"),
        ("regional tu minimal bapo negara", "regional_definisi"),
        ("ambo sering dongar multilateral di berita, artinyo apo sebenarnyo", "multilateral_definisi"),
        # An order note: what it asks for, what for ("Utk tugas", not a function), then thanks.
        ("Mohon info singkat WTO. Utk tugas mapel Pemasaran. Tks", "org_wto"),
        ("Mohon info tentang AFTA + pengaruhnya ke ekspor mebel. Utk tugas Bisnis. Trims", "org_afta"),
        # Sundanese "pasea": to quarrel.
        ("lamun dua nagara pasea, hubungan bilateralna jadi kumaha", "diplomasi_bilateral_perselisihan"),
        ("en es a dalam diplomasi singkatan dari apa", "aktor_non_negara"),  # voice typing
        ("peran organisasi kayak WWF dalam diplomasi gimana", "aktor_non_negara"),  # an NGO by name
        ("Nama resmi PBB dalam bahasa Inggris adalah ....", "org_pbb"),  # its full name, not a translation
        ("jawabanmu dari artikel liputan6 ya?", "tentang_bot"),  # the source article's publisher
        ("bidang2 hubungan bilateral", "bilateral_bidang"),  # its fields, though "hubungan bilateral" is said
        (
            "Kasus: Indonesia mengajukan gugatan atas kebijakan Uni Eropa yang membatasi biodiesel berbahan "
            "minyak sawit. Gugatan tersebut diajukan ke badan penyelesaian sengketa milik organisasi apa?",
            "org_wto",
        ),  # the WTO's Dispute Settlement Body
        (
            "Dokumen yang menunjukkan bahwa kedua negara telah menyetujui dan menerima suatu bentuk hubungan "
            "dapat berupa ....",
            "bilateral_bentuk_perjanjian",
        ),
        # The partners of cooperation abroad, which the forms' lesson names (the blank is the NGOs).
        (
            "Kerja sama luar negeri dapat dijalin dengan organisasi internasional, baik Inter-Governmental "
            "Organization maupun ____",
            "bentuk_kerja_sama",
        ),
        ("apo bedonyo bilateral jo multilateral", "perbandingan"),  # Minang
        ("ado bara negara nan bakarajo samo bilateral jo indonesia", "indonesia_jumlah_mitra"),  # Minang
        ("dewan keamanan pbb tu apa, indonesia pernah jd anggota kan", "org_pbb"),  # not ECOSOC, a "Dewan"
        ("untung indo ikut multilateral apa aja", "multilateral_manfaat"),  # "untung" without "-nya"
        ("gunanyo multilateral apo", "multilateral_manfaat"),  # Minang "-nyo"
        # Voice typing splits words.
        ("eko sok itu apa", "org_ecosoc"),
        ("diplo masi bilateral pengertiannya", "diplomasi_bilateral_definisi"),
        ("konvensi wina fungsinya apa aja", "vcdr_fungsi_misi"),
        # A bilingual worksheet's English items.
        ("Jelaskan peran Non-Aligned Movement pada masa Perang Dingin dan relevansinya saat ini.", "org_gnb"),
        ("Explain the role of the ILO in protecting workers' rights.", "org_ilo"),
        ("fungsi reporting diplomat", "vcdr_fungsi_misi"),  # a mission's function by its English name
        ("fungsi mempromosikan hubungan persahabatan tu apa", "vcdr_fungsi_misi"),  # one function by name
        ("Mention the fields covered by bilateral cooperation.", "bilateral_bidang"),
        ("What does a country gain from regional cooperation?", "regional_manfaat"),
        ("how is bilateral diplomacy done", "diplomasi_bilateral_cara"),
        ("Why does every country need bilateral diplomacy?", "diplomasi_bilateral_pentingnya"),
        # Checking which kind it is asks what it is, not who its parties are.
        ("bilateral itu yg 2 negara kan? cmiiw", "bilateral_definisi"),
        ("what's the UN actually for?", "org_pbb"),  # "actually" asks nothing
        ("PBB kui sakjane ngurusi opo to", "org_pbb"),  # Javanese "itu", "sebenarnya"
        ("what if two neighbouring countries are fighting", "diplomasi_bilateral_perselisihan"),
        ("Compare bilateral and multilateral cooperation.", "perbandingan"),
        ("Which of the following can be a party to a bilateral treaty?", "bilateral_pihak"),
        # An English task before a colon is no heading to drop.
        (
            "Compare bilateral and multilateral agreements: which one is easier to negotiate, and why?",
            "perbandingan",
        ),
        (
            "Besides trade, mention three other fields in which Indonesia and Japan cooperate bilaterally.",
            "bilateral_bidang",
        ),
        ('Define the term "bilateral cooperation" and state its key characteristic.', "bilateral_definisi"),
        (
            "Describe the methods used in bilateral diplomacy, from informal talks to negotiation.",
            "diplomasi_bilateral_cara",
        ),
        # "dibedakan menjadi" sorts into kinds: the three forms, not a comparison.
        ("Kerja sama internasional dibedakan menjadi bilateral, regional, dan ....", "bentuk_kerja_sama"),
        (
            "Berdasarkan cakupan wilayah dan jumlah pesertanya, kerja sama antarbangsa terbagi atas ....",
            "bentuk_kerja_sama",
        ),
        ("apa saja fungsi konvensi wina", "vcdr_fungsi_misi"),
        # Lexicon mappings that used to mislead: two neighbours are bilateral, WTO disputes are WTO's.
        ("kerja sama dua negara tetangga disebut apa", "bilateral_definisi"),
        ("sengketa dagang di wto", "org_wto"),
        # Cooperation "with one other country" is between two.
        ("Jelaskan keuntungan menjalin kerja sama dengan satu negara lain!", "bilateral_manfaat"),
        ("apa untungnya indonesia kerja sama sama satu negara aja", "bilateral_manfaat"),
        # The kind and its aspect's word name the lesson, though "terkenal" is off-topic talk's word.
        ("bilateral contohnya apa aja yang terkenal", "bilateral_contoh"),
        ("kalo negara kita kerja sama sama 1 negara aja disebut apa", "bilateral_definisi"),
        # The UN's lesson says where its Charter was signed.
        ("Piagam PBB ditandatangani di kota ....", "org_pbb"),
        ("piagam pbb ditandatangani dimana kak", "org_pbb"),
        # A region as Kemlu groups Indonesia's partners, not a region's own cooperation (the lesson's examples
        # name two of them).
        ("jepang masuk kawasan asia timur dan pasifik ya? kawasan lainnya?", "indonesia_kawasan_mitra"),
        ("India masuk kawasan Asia Selatan dan Tengah kan?", "indonesia_kawasan_mitra"),
        ("apa maksud diadakannya hubungan internasional", "tujuan_hubungan_internasional"),
        ("pasar bebas asean tu apa sih maksudnya", "org_afta"),  # not ASEAN, whose name it has
        # Ambon's "e" and "seng" ("not") are fillers, not words of the fields' example that has them.
        ("bilateral itu apa e? beta seng tau", "bilateral_definisi"),
        (
            "perang tembak di artikel tu maksudnya perang beneran ka? sa bingung",
            "diplomasi_bilateral_perselisihan",
        ),
        ("selain bilateral ada kerja sama apa lg", "bentuk_kerja_sama"),  # the other forms, not bilateral
        ("organisasi yang ngurus moneter dunia apa", "org_imf"),  # "moneter" outside the IMF's name
        # The source lists four functions where the convention has five: which is right is the functions'.
        ("di artikel fungsi misi cuma 4 poin, kata guru ada 5. yg bener mana?", "vcdr_fungsi_misi"),
        ("kok di artikel fungsinya cuma 4? bukannya 5", "vcdr_fungsi_misi"),  # whose, left unsaid
        # The source calls the dialogue long-winded: how diplomacy is done.
        ("kenapa diplomasi disebut bertele-tele? 😂", "diplomasi_bilateral_cara"),
        # Examples of the fields asked: the fields.
        ("contoh bidang bilateral selain perdagangan", "bilateral_bidang"),
        ("contoh bidang kerjasama bilateral: ekonomi, pendidikan, ... apalagi ya", "bilateral_bidang"),
        # The textbook's way to ask a definition, though "menurut para ahli" asks off-topic ones too.
        ("definisi bilateral menurut para ahli", "bilateral_definisi"),
        # Another subject's sense set aside for ours.
        ("oh itu biologi ya, maaf. kalau hubungan bilateral itu apa", "bilateral_definisi"),
        # Typed without vowels.
        ("ctoh krj sm bltrl", "bilateral_contoh"),
        ("mltltrl ap artny kak", "multilateral_definisi"),
    ],
)
def test_answers_clear_questions(matcher, question, intent):
    match = matcher.match(question)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, intent), match


def test_comparison_reports_the_concepts_named(matcher):
    match = matcher.match("bedanya bilateral sama multilateral apa?")
    assert match.intent == "perbandingan"
    assert match.concepts == ("bilateral", "multilateral")
    assert matcher.match("bilateral vs regional vs multilateral").concepts == (
        "bilateral", "multilateral", "regional",
    )  # fmt: skip
    assert matcher.match("apa itu bilateral").concepts == ()
    # Examples of several kinds to sort into all three, one of them with a lesson of its own (AFTA).
    match = matcher.match("IK-CEPA, AFTA, dan PBB masuk bilateral, regional atau multilateral?")
    assert (match.intent, match.concepts) == ("perbandingan", ("bilateral", "multilateral", "regional"))
    assert matcher.match("AFTA termasuk regional atau multilateral?").intent == "regional_contoh"
    # A regional body on another continent, which has no lesson of its own, is a regional example.
    assert matcher.match("uni eropa tu termasuk regional ko").intent == "regional_contoh"
    # Asking which is better compares too.
    assert matcher.match("mending bilateral apa multilateral buat indonesia").intent == "perbandingan"
    assert matcher.match("lebih untung mana bilateral ato multilateral").intent == "perbandingan"
    assert matcher.match("bilateral ama multilateral enakan yg mana").intent == "perbandingan"
    assert matcher.match("lbh bagus regional apa multilateral").intent == "perbandingan"
    # And which is easier.
    assert matcher.match("lebih enak bilateral apa multilateral").intent == "perbandingan"
    assert matcher.match("knp bilateral lebih gampang disepakati drpd multilateral").intent == "perbandingan"
    assert matcher.match("mana yang lebih untung buat indonesia, bilateral atau multilateral").concepts == (
        "bilateral", "multilateral",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Setiap 8 Agustus 1967 diperingati sebagai hari lahirnya ....", "org_asean"),
        ("Peristiwa pembakaran Masjid Al-Aqsa pada 1969 mendorong lahirnya organisasi ....", "org_oki"),
    ],
)
def test_a_date_only_one_answer_gives_settles_the_question(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # "multi" cut short is the kind, alone or beside "bi" ...
        ("contoh multi?", "multilateral_contoh"),
        ("manfaat multi?", "multilateral_manfaat"),
        ("beda bi multi?", "perbandingan"),
        # ... but not in a name of its own.
        ("multi level marketing itu penipuan bukan", None),
    ],
)
def test_multi_cut_short_is_multilateral(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # Facts a worksheet asks of an organisation, which its answer now gives.
        ("Indonesia melunasi seluruh utangnya kepada organisasi ini pada tahun 2006. Organisasi yang "
         "dimaksud adalah ....", "org_imf"),
        ("Peristiwa pembakaran Masjid Al-Aqsa pada Agustus 1969 menjadi pemicu berdirinya organisasi ....",
         "org_oki"),
        ("Masyarakat Ekonomi ASEAN (MEA) mulai berlaku pada akhir tahun ....", "org_asean"),
        ("Organisasi internasional yang beranggotakan negara-negara berpenduduk mayoritas Muslim adalah ....",
         "org_oki"),
        ("Siapa Sekretaris Jenderal PBB yang pertama?", "org_pbb"),  # its "Sekjen" in full
        # The nation's goals in the constitution are civics of another chapter.
        ("tujuan negara indonesia di pembukaan UUD apa aja", None),
    ],
)  # fmt: skip
def test_what_worksheets_ask_of_an_organisation_and_what_is_another_chapter(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    "question",
    [
        "indonesia punya kerjasama bilateral sama korea gk",
        "indonesia sama belanda ada kerja sama bilateral gak sih",  # not what bilateral is
        "kerja sama indonesia sm belanda ada gk",
        "indonesia punya kerja sama bilateral sama belanda kah?",
        "kerjasama indonesia dan malaysia tu termasuk bilateral kan?",
    ],
)
def test_whether_indonesia_works_with_one_country_is_not_taken_for_the_count(matcher, question):
    # The examples name its partners; the count says how many there are.
    assert matcher.match(question).intent == "bilateral_contoh"


def test_with_how_many_countries_indonesia_works_is_the_count(matcher):
    how_many = matcher.match("indonesia punya kerja sama bilateral dengan berapa negara sih")
    assert how_many.intent == "indonesia_jumlah_mitra"


def test_a_figure_only_one_answer_gives_settles_a_question_it_already_leads(matcher):
    assert matcher.match("sa pu guru bilang 162, itu betul kah?").intent == "indonesia_jumlah_mitra"
    # 193 is the UN's count here, describing the countries; the question is still Indonesia's partners.
    question = "B/S: Indonesia telah menjalin kerja sama bilateral dengan seluruh 193 negara anggota PBB."
    assert matcher.match(question).intent == "indonesia_jumlah_mitra"
    # A sum with a number no lesson gives is maths homework.
    assert matcher.match("162 dibagi 8 brp hasilnya? tugas mtk").intent is None


def test_a_year_in_an_everyday_question_is_no_reason_to_answer(matcher):
    assert matcher.match("kapan libur semester ganjil 2025").outcome is Outcome.UNKNOWN


@pytest.mark.parametrize(
    "question",
    [
        "Tentukan jenis kerja sama berikut!\na. Indonesia dan Jepang menandatangani IJEPA\n"
        "b. Negara-negara ASEAN sepakat menurunkan tarif\nc. Indonesia menjadi anggota WTO",
        "Klasifikasikan: a) IA-CEPA b) IMT-GT c) PBB ke dalam bilateral, regional, atau multilateral!!",
        "IJEPA, ASEAN, PBB masing2 termasuk apa",  # the kind of each
        "kak golongin dong: IK-CEPA, IMT-GT, FAO",
    ],
)
def test_situations_to_sort_into_kinds_are_the_comparison_even_as_lettered_items(matcher, question):
    assert matcher.match(question).intent == "perbandingan"
    # A stem that asks the kind of one example, with options that name a kind and an example each.
    one = (
        "IMT-GT merupakan contoh kerja sama ....\na. regional antara Indonesia, Malaysia, dan Thailand\n"
        "b. bilateral Indonesia-Jepang\nc. multilateral di bawah PBB"
    )
    assert matcher.match(one).intent == "regional_contoh"
    # Several kinds' names to pick one kind's from: that kind's examples.
    picking = (
        "Perhatikan organisasi berikut!\n1) WTO\n2) ASEAN\n3) ILO\n4) IMT-GT\n5) FAO\n"
        "Yang merupakan kerja sama multilateral ditunjukkan oleh nomor ....\nA. 1, 2, 3\nB. 1, 3, 5"
    )
    assert matcher.match(picking).intent == "multilateral_contoh"


def test_a_kind_of_diplomacy_beside_forums_of_the_other_kinds_is_no_list_to_sort(matcher):
    question = (
        "Bagaimana hubungan antara diplomasi bilateral dengan forum regional seperti ASEAN dan forum "
        "multilateral seperti PBB? Jelaskan!"
    )
    assert matcher.match(question).intent == "kerangka_regional_multilateral"


@pytest.mark.parametrize(
    "question",
    [
        "tolong bikinin tabel perbandingan 3 jenis kerja sama internasional",
        "bandingkan ketiga bentuk kerja sama",
        "perbedaan ketiga kerja sama internasional",
        "bedane telu bentuk kerja sama kuh priben",  # Javanese "telu", three
    ],
)
def test_comparing_the_three_forms_compares_every_kind(matcher, question):
    match = matcher.match(question)
    assert (match.intent, match.concepts) == ("perbandingan", ("bilateral", "multilateral", "regional"))
    assert matcher.match("sebutkan ketiga bentuk kerja sama").intent == "bentuk_kerja_sama"


@pytest.mark.parametrize(
    "item",
    [
        "Lengkapi tabel: Bilateral = 2 negara; Regional = ....; Multilateral = ....",
        'Isilah tabel: aspek "jumlah pihak" → bilateral: ...., regional: ...., multilateral: ....',
        "Lengkapi tabel! Aspek jumlah pihak | bilateral: .... | regional: .... | multilateral: ....",
    ],
)
def test_a_table_with_a_cell_for_every_kind_is_the_comparison(matcher, item):
    match = matcher.match(item)
    assert (match.intent, match.concepts) == ("perbandingan", ("bilateral", "multilateral", "regional"))


@pytest.mark.parametrize(
    "question",
    [
        "siapa presiden amerika",
        "asdfghjkl",
        "resep nasi goreng dong",
        "🙂🙂",
        "Jumlah penduduk Indonesia sekarang berapa juta?",
        "who itu apa",  # the WHO, not "siapa"
        # Words of the lessons in another sense: a job, the games, road traffic, a friendship.
        "regional manager kerjanya apa",
        "asean games 2018 cabang apa aja",
        "asean para games 2022 indonesia juara brp",
        "oki setiawan tu siapa kak, artis ya",  # a person called Oki
        "piye carane nggawe kue lapis",  # Javanese "how do I make", not how to use the bot
        "konvensi wina ttg lalu lintas jalan isinya apa",
        "hubungan bilateral aku sama doi lagi renggang wkwk",
        "ekspor dan impor itu maksudnya apa",  # economics homework: no organisation asked about
        "apa itu pendekatan regional di pelajaran geografi",  # a geography lesson's "regional"
        "negara paling luas di asia tenggara apa ya",  # geography trivia, not ASEAN
        "bahasa arabnya terima kasih apa",  # a word asked for, not thanks
        "sayonara itu artinya apa sih",  # a word's meaning, not goodbye
        "konnichiwa bahasa indonesianya apa",
        "bahasa thailand 'halo' apa",
        "cara bilang selamat pagi dalam bahasa bugis gimana",
        "cara bilang halo dalam bahasa korea",  # asked with no question word
        "terjemahkan thank you very much",
        "bendera timor leste warnanya apa",  # a neighbour's facts, though ASEAN's answer names it
        "uni eropa anggotanya brp negara",  # the EU's own facts, though it is a regional example
        "politik luar negeri bebas aktif artinya apa",  # its origin is a lesson, its meaning is not
        "garis bujur itu apa",  # a longitude, not the Karo thanks
        "koordinat lintang bujur indonesia berapa",
        "gaji duta besar brp sih",  # a diplomat's pay, not a mission's work
        "syarat diangkat jadi dubes apa aja",  # nor how one becomes an ambassador
        "kalau mau jadi diplomat caranya gimana",  # a career, not how diplomacy is done
        "UNESCO berdiri tahun berapa",  # a UN agency with no lesson of its own
        "mengapa terjadi pemanasan global",  # its cause, not why countries tackle it together
        "OPEC itu organisasi apa, indonesia masih anggota kah",
        "pneumonia bilateral artinya apa ya, kakek aku didiagnosa gitu",  # the remark says whose "bilateral"
        "gerakan bilateral dalam PJOK tu maksudnya apa",  # both sides of the body, in PE
        # The question alone would be bilateral's; the remark after it says whose "bilateral".
        "pendengaran bilateral tu apa? kata dokter telinga kakek aku gangguan bilateral",
        "besok ada rapat multilateral di OSIS antara pengurus kelas, enaknya bahas apa ya",  # among pupils
        "rapat koordinasi multilateral RT RW soal ronda malam, notulennya bikin gimana",
        # Talking round one's parents or sweetheart.
        "gmn cara diplomasi sama mama supaya dikase ijin pigi pesta ulang tahun tmn",
        "cara diplomasi sama orang tua biar dikasih izin nonton konser di makassar",
        "diplomasi sama pacar biar gak ribut mulu gimana caranya wkwk",
        "apa itu diplomasi dalam hubungan pacaran wkwk",
        "sa mo bikin perjanjian bilateral sama mama biar boleh main HP, gmn cara negosiasinya 😂",
        # A question word alone names nothing to answer about.
        "lapar, makan malam enaknya apa ya",  # the evening, not a greeting
        "nanti malam ada bola gk ya",
        "tadi malam persija menang ka",
        "kenapa?",
        "kapan?",
        "gimana gitu",
    ],
)
def test_out_of_scope_is_not_answered(matcher, question):
    match = matcher.match(question)
    assert match.outcome is Outcome.UNKNOWN
    assert match.intent is None
    assert match.alternatives == ()


@pytest.mark.parametrize(
    "question",
    [
        "indonesia dan malaysia kerja sama soal TKI itu bilateral atau regional?",
        "kerja sama indonesia jepang itu bilateral, regional, atau multilateral",
    ],
)
def test_kinds_offered_for_two_countries_are_answered_with_bilateral_examples(matcher, question):
    # Both may be in a region's examples (Malaysia in IMT-GT); two countries together are bilateral.
    assert matcher.match(question).intent == "bilateral_contoh"


def test_a_region_beside_bilateral_and_two_countries_offers_no_kinds(matcher):
    # "kawasan" reads as regional, but nothing is offered: the regions Indonesia's partners are grouped in.
    question = "kawasan mitra bilateral indonesia yg di amerika apa aja"
    assert matcher.match(question).intent == "indonesia_kawasan_mitra"


def test_two_countries_cooperating_on_their_own_are_bilateral(matcher):
    # "berdua": the two of them, not neighbours in one region.
    match = matcher.match("kalau indonesia sama malaysia kerja sama berdua, itu namanya kerja sama apa?")
    said = [match.intent] if match.intent else list(match.alternatives)
    assert said
    assert all(intent.startswith("bilateral_") for intent in said)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("selamat malam bot, lagi ngerjain PR ips nih", "sapaan"),
        ("halo min, selamat malam. besok PTS PPKn nih, aku mau latihan soal", "sapaan"),
        ("sore kak, lagi sibuk ga", "sapaan"),
        ("@bot pagi", "sapaan"),  # after a name, the time of day greets
        ("oke so cukup, selamat malam kak", "pamit"),
        ("selamat malam, aku keluar dulu ya", "pamit"),
        ("met malam, bye", "pamit"),
        ("sudah dulu, selamat malam", "pamit"),
        ("selamat malam, sampai besok", "pamit"),  # see you tomorrow
        ("selamat malam kak, sa istirahat dulu", "pamit"),  # going for now
        ("malam kak, blm tidur kah? 😁", "sapaan"),  # whether the bot is still up: no leaving
    ],
)
def test_the_time_of_day_said_first_greets_and_with_leaving_takes_leave(matcher, message, intent):
    match = matcher.match(message)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, intent)


def test_a_curriculum_without_kinds_keeps_its_worksheet_rules(content):
    # No kinds, so no table of kinds: a true-false item still reads as the organisation it names.
    organisations = {k: v for k, v in content.intents.items() if k.startswith("org_")}
    matcher = build_matcher(replace(content, intents=organisations))
    assert matcher.match("Benar atau salah: Markas besar PBB berada di Jenewa, Swiss.").intent == "org_pbb"


def test_a_kind_word_in_another_sense_beside_a_place_is_no_example_checked(matcher):
    assert matcher.match("makanan regional khas kalimantan apa aja").intent is None


def test_vague_question_asks_which_one(matcher):
    match = matcher.match("contohnya apa aja")
    assert match.outcome is Outcome.CLARIFY
    assert 2 <= len(match.alternatives) <= 3
    assert all(a.endswith("_contoh") for a in match.alternatives)


@pytest.mark.parametrize(
    ("statement", "intent"),
    [
        (
            "Tentukan benar (B) atau salah (S): Kerja sama bilateral adalah kerja sama yang melibatkan lebih "
            "dari dua negara dalam satu kawasan.",
            "bilateral_definisi",
        ),
        (
            "B/S: Hubungan bilateral merupakan hubungan diplomatik yang hanya melibatkan dua pihak.",
            "bilateral_definisi",
        ),
        (
            "Diplomasi bilateral adalah diplomasi dengan banyak negara sekaligus. (B/S)",
            "diplomasi_bilateral_definisi",
        ),
        (
            "Tentukan Benar (B) atau Salah (S):\nHubungan bilateral merujuk pada hubungan antara dua wilayah "
            "independen yang saling memengaruhi di bidang budaya, ekonomi, dan politik.",
            "bilateral_definisi",
        ),
        ("Kerja sama bilateral merujuk pada aspek ekonomi, pendidikan, dan ___.", "bilateral_bidang"),
        ("Benar/Salah: ILO merupakan badan khusus PBB yang mengurus masalah pangan dunia.", "org_ilo"),
        # A kind's other name ("kawasan") is that kind, though the partners' regions' title says "kawasan".
        ("kerja sama kawasan artinya gmn", "regional_definisi"),
        (
            "Kawasan Asia Timur dan .... merupakan salah satu kawasan mitra kerja sama Indonesia.",
            "indonesia_kawasan_mitra",
        ),
    ],
)
def test_a_statement_of_what_a_term_is_asks_about_that_term(matcher, statement, intent):
    """True/false items and blanks: the words before "adalah"/"merupakan" say what is asked about,
    whatever the (maybe wrong) rest of the statement says."""
    assert matcher.match(statement).intent == intent


@pytest.mark.parametrize(
    ("statement", "intent"),
    [
        # Describes regional cooperation, but the statement is about bilateral relations.
        (
            "Tentukan Benar atau Salah lalu beri alasan!\nHubungan bilateral adalah hubungan antara tiga "
            "negara atau lebih dalam satu kawasan. (B/S)",
            "bilateral_definisi",
        ),
        (
            "B/S: Kerja sama regional dapat dilakukan oleh negara-negara dari benua yang berbeda tanpa "
            "memandang wilayah.",
            "regional_definisi",
        ),
        # Opening with an organisation said to be an example of the wrong kind: the examples of its own.
        (
            "B/S: AFTA termasuk contoh kerja sama multilateral karena melibatkan banyak negara.",
            "regional_contoh",
        ),
        (
            "B/S: ASEAN didirikan oleh lima negara, yaitu Indonesia, Malaysia, Filipina, Singapura, dan "
            "Thailand.",
            "org_asean",
        ),
        # Opening with two organisations: no one subject, but the kind they are examples of.
        (
            "B/S: OKI dan GNB termasuk contoh kerja sama multilateral yang diikuti Indonesia.",
            "multilateral_contoh",
        ),
        # Opening with an agreement only one kind's examples name: that list judges the claim.
        ("B/S: IA-CEPA merupakan contoh kerja sama multilateral.", "bilateral_contoh"),
        # ... or opening a phrase that names the pair it is between, the kind claimed after it.
        (
            "B/S: Perjanjian IJEPA antara Indonesia dan Jepang merupakan kerja sama multilateral.",
            "bilateral_contoh",
        ),
        # ... or named after the two countries (a country names no agreement: Malaysia is in both lists).
        (
            "B/S: Kerja sama Indonesia dengan Jepang melalui IJEPA merupakan contoh kerja sama multilateral.",
            "bilateral_contoh",
        ),
        (
            "B/S: Kesepakatan Indonesia dan Malaysia soal pekerja migran adalah contoh kerja sama bilateral.",
            "bilateral_contoh",
        ),
        # What two countries do together, claimed to be another kind: the claim is on a bilateral example.
        (
            "B/S: Kerja sama Indonesia dan Singapura di bidang wisata adalah contoh kerja sama multilateral.",
            "bilateral_contoh",
        ),
        (
            "B/S: IJEPA adalah contoh kerja sama regional karena Jepang berada di kawasan Asia.",
            "bilateral_contoh",
        ),
        (
            "Benar/Salah: BIMP-EAGA adalah contoh kerja sama multilateral karena melibatkan empat negara.",
            "regional_contoh",
        ),
        # An organisation put under a kind without the word "contoh": the same claim on its kind.
        (
            "B - S\n13. ASEAN termasuk kerja sama multilateral karena anggotanya lebih dari dua negara.",
            "regional_contoh",
        ),
        (
            '"GNB termasuk kerja sama regional." Benar atau salah pernyataan tersebut? Jelaskan!',
            "multilateral_contoh",
        ),
        # An agreement with no lesson put under a kind: the examples that list it judge the claim, not
        # the PBB named further on.
        (
            "B/S: IMT-GT merupakan kerja sama multilateral yang diikuti seluruh anggota PBB.",
            "regional_contoh",
        ),
        (
            "Benar atau salah? BIMP-EAGA merupakan kerja sama multilateral yang anggotanya dari semua benua.",
            "regional_contoh",
        ),
        # Said of Indonesia, naming the PBB further on: how many partners it has.
        (
            "B/S: Indonesia telah menjalin kerja sama bilateral dengan seluruh 193 negara anggota PBB.",
            "indonesia_jumlah_mitra",
        ),
        # The mark needs no colon.
        (
            "B/S Kerja sama bilateral adalah kerja sama yang melibatkan lebih dari dua negara dalam satu "
            "kawasan.",
            "bilateral_definisi",
        ),
    ],
)
def test_a_true_false_statement_is_about_the_subject_it_opens_with(matcher, statement, intent):
    assert matcher.match(statement).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("hubungan bilateral itu hubungan 2 negara yg saling menguntungkan kan", "bilateral_definisi"),
        ("apa manfaat hubungan bilateral yang saling menguntungkan itu", "bilateral_manfaat"),
    ],
)
def test_mutual_benefit_describes_a_relation_and_does_not_ask_for_its_benefits(matcher, question, intent):
    """ "saling menguntungkan" is part of what bilateral relations are; "manfaat" itself still asks."""
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        (
            "Mengapa kerja sama regional menguntungkan bagi Indonesia dan negara tetangganya?",
            "regional_manfaat",
        ),
        (
            "Apa yang diperoleh Indonesia dengan ikut serta dalam kerja sama multilateral?",
            "multilateral_manfaat",
        ),
        ("kenapa indonesia ikut banyak organisasi multilateral, dapet apa", "multilateral_manfaat"),
        ("apa yg indonesia dapat dr kerja sama multilateral", "multilateral_manfaat"),  # gained from it
        ("kerja sama regional berguna buat maluku kah?", "regional_manfaat"),  # useful to someone
        ("kalo indonesia seng ikut multilateral rugi apa", "multilateral_manfaat"),  # lost without it
        # Global problems handled together are the first benefit, not what multilateral is.
        ("kerjasama multilateral bisa bantu masalah global gk", "multilateral_manfaat"),
        ("kerja sama regional bagus par apa", "regional_manfaat"),  # what it is good for (Ambon "par")
        (
            "diplomasi bilateral cuma formal tok apa ana sing santai",
            "diplomasi_bilateral_cara",
        ),  # its dialogue
    ],
)
def test_asking_what_is_gained_asks_for_the_benefits(matcher, question, intent):
    assert matcher.match(question).intent == intent


def test_the_region_a_country_is_in_is_the_lesson_on_the_partners_regions(matcher):
    assert matcher.match("australia tu masuk kawasan mana").intent == "indonesia_kawasan_mitra"


def test_kinds_named_as_the_forums_a_country_meets_in_are_not_compared(matcher):
    question = "knp ikut forum multilateral bikin diplomasi bilateral lebih bagus"
    assert matcher.match(question).intent == "kerangka_regional_multilateral"


def test_a_question_pointing_back_asks_of_the_one_subject_its_scene_names(matcher):
    item = (
        "Hari ASEAN diperingati setiap tanggal 8 Agustus. Jelaskan peristiwa apa yang terjadi pada tanggal "
        "tersebut!"
    )
    assert matcher.match(item).intent == "org_asean"  # alone, the question reads as the OKI's founding


def test_an_item_labelling_its_question_after_the_stimulus_is_asked_that_question(matcher):
    # The stimulus is about ASEAN; the item says which part asks, and it asks what regional cooperation is.
    item = (
        "Stimulus: Negara-negara Asia Tenggara mendirikan ASEAN di Bangkok pada 1967 untuk menjaga "
        "perdamaian kawasan.\nPertanyaan: Berdasarkan stimulus tersebut, apa yang dimaksud dengan kerja sama "
        "regional?"
    )
    assert matcher.match(item).intent == "regional_definisi"


@pytest.mark.parametrize(
    ("item", "intent"),
    [
        (
            "Stimulus: Pemerintah Indonesia dan Malaysia menandatangani nota kesepahaman tentang perdagangan "
            "hasil laut dari Natuna.\nPertanyaan: Kerja sama tersebut termasuk bentuk kerja sama apa?",
            "bilateral_contoh",
        ),
        (
            "Bacalah teks berikut. Pada 2019 Indonesia dan Australia menandatangani IA-CEPA untuk menambah "
            "perdagangan kedua negara. Pertanyaan: Kerja sama tersebut termasuk bentuk kerja sama apa?",
            "bilateral_contoh",
        ),
        # The kind asked after the scene in other words: the scene's body or countries say which.
        (
            "Indonesia mengirim Pasukan Garuda dalam misi perdamaian PBB di Lebanon. Bentuk kerja sama "
            "internasional ini adalah ....",
            "multilateral_contoh",
        ),
        (
            "Indonesia mengirim Kontingen Garuda sebagai pasukan perdamaian PBB di Lebanon. Bentuk kerja "
            "sama apakah itu?",
            "multilateral_contoh",
        ),
        (
            'Cermati berita berikut!\n"Para menteri perdagangan dari sepuluh negara ASEAN bertemu di Kuala '
            'Lumpur untuk menyepakati integrasi pasar kawasan."\nJenis kerja sama yang digambarkan berita '
            "tersebut adalah ....",
            "regional_contoh",
        ),
        (
            'Cermati cuplikan berita berikut!\n"Pemerintah Indonesia dan Uni Emirat Arab resmi '
            "menandatangani perjanjian CEPA yang menghapus sebagian besar tarif perdagangan kedua "
            'negara."\nBentuk kerja sama yang dijalin dalam berita tersebut adalah ....',
            "bilateral_contoh",
        ),
    ],
)
def test_an_item_labelling_a_question_on_the_kind_reads_the_kind_from_its_stimulus(matcher, item, intent):
    # Alone, "termasuk bentuk kerja sama apa" is the lesson on the kinds; the stimulus shows which one.
    assert matcher.match(item).intent == intent


def test_a_statement_reported_from_the_reading_is_about_the_term_it_defines(matcher):
    item = (
        "Di buku ditulis bahwa bilateral adalah hubungan yang bersifat diplomatik. "
        "Jelaskan maksud pernyataan tersebut!"
    )
    assert matcher.match(item).intent == "bilateral_definisi"


def test_a_question_pointing_back_at_its_scene_is_about_the_kind_the_scene_names(matcher):
    # "Jelaskan maksudnya!" alone reads like any definition; the scene says which.
    item = (
        "Kerja sama multilateral diadakan oleh bangsa-bangsa sedunia tanpa melihat letak wilayah demi "
        "kepentingan bersama. Jelaskan maksudnya!"
    )
    assert matcher.match(item).intent == "multilateral_definisi"


def test_a_long_item_naming_its_kind_with_one_choice_left_is_answered(matcher):
    item = (
        "Define bilateral cooperation in your own words. "
        "(Boleh dijawab dalam Bahasa Indonesia atau English, minimal 3 kalimat)"
    )
    match = matcher.match(item)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, "bilateral_definisi")
    # A short question may use the word in another sense: it is not answered.
    assert matcher.match("bilateral knee pain itu penyakit apa").outcome is not Outcome.ANSWER


def test_a_case_naming_an_example_asks_what_its_question_titles(matcher):
    # "ditandatangani" is no name (the content never capitalises it), so IJEPA, Indonesia and Japan are
    # no list of examples to pick from; the question says the whole title of the forms of agreement.
    case = (
        "Studi Kasus 7\nIJEPA ditandatangani pada 2007 oleh pemimpin Indonesia dan Jepang dalam satu naskah "
        "perjanjian. Bentuk perjanjian bilateral seperti ini disebut apa?"
    )
    assert matcher.match(case).intent == "bilateral_bentuk_perjanjian"


def test_a_scene_full_of_names_that_asks_for_benefits_gets_the_benefits(matcher):
    # IK-CEPA, Aceh, Papua and Korea are the scene, not a list of examples to pick from.
    case = (
        "Berkat IK-CEPA, mahasiswa dari Aceh dan Papua belajar teknik kapal di Korea Selatan. "
        "Uraikan manfaat kerja sama bilateral seperti ini!"
    )
    assert matcher.match(case).intent == "bilateral_manfaat"
    # "saling menguntungkan" describes the agreements listed; the question still picks an example.
    listed = (
        "Kerja sama bilateral yang saling menguntungkan misalnya IJEPA, IA-CEPA dan IK-CEPA. "
        "Manakah yang termasuk kerja sama bilateral?"
    )
    assert matcher.match(listed).intent == "bilateral_contoh"
    # Names mostly of another kind (ASEAN, IMT-GT, OKI) still ask which are of the kind the item names.
    numbered = (
        "Perhatikan daftar berikut!\n(1) IK-CEPA\n(2) ASEAN\n(3) IMT-GT\n(4) IJEPA\n(5) OKI\n"
        "Yang termasuk kerja sama bilateral ditunjukkan oleh nomor ....\nA. 1 dan 2\nB. 1 dan 4\nC. 2 dan 3"
    )
    assert matcher.match(numbered).intent == "bilateral_contoh"
    # Countries and a company to pick the one that may not be a party from: who the parties are.
    parties = (
        "Berikut yang tidak bisa menjadi pihak dalam perjanjian bilateral adalah .... A. Pemerintah "
        "Malaysia B. Republik Indonesia C. sebuah bank swasta D. Singapura E. Jepang"
    )
    assert matcher.match(parties).intent == "bilateral_pihak"


def test_a_blank_opening_a_definition_asks_for_the_kind_defined(matcher):
    # "misalnya Asia Tenggara" is part of the definition, not a request for examples.
    question = (
        "11. Kerja sama ______ dilakukan oleh negara-negara dalam satu kawasan, misalnya Asia Tenggara."
    )
    assert matcher.match(question).intent == "regional_definisi"
    # A blank at the end after a named example still asks for that kind's examples.
    assert matcher.match(
        "Kerja sama Indonesia dan Jepang dalam IJEPA merupakan contoh kerja sama ...."
    ).intent == ("bilateral_contoh")


@pytest.mark.parametrize(
    ("case", "intent"),
    [
        (
            "Konsulat Jenderal RI di Hong Kong membantu pekerja migran yang paspornya hilang dan mendampingi "
            "mereka di pengadilan. Kegiatan itu tergolong tugas perwakilan diplomatik yang disebut "
            "fungsi ....",
            "vcdr_fungsi_misi",
        ),
        (
            "Perselisihan dagang Indonesia dengan Uni Eropa soal larangan ekspor nikel diajukan ke badan "
            "penyelesaian sengketa sebuah organisasi dunia. Organisasi manakah itu",
            "org_wto",
        ),
        (  # below the score where a short question is asked about at all
            "Kasus: Indonesia dan Belanda sepakat mengirim dosen politeknik untuk belajar di kampus Belanda "
            "serta membuka beasiswa bagi mahasiswa Indonesia, dan bidang kerja sama yang tampak ialah ....",
            "bilateral_bidang",
        ),
    ],
)
def test_a_long_case_study_far_ahead_of_the_rest_is_answered(matcher, case, intent):
    """A case study spreads its score over many words; a clear winner is answered, not asked about."""
    match = matcher.match(case)
    assert match.score < MatcherConfig().answer_at
    assert (match.outcome, match.intent) == (Outcome.ANSWER, intent)


def test_naming_an_organisation_inside_another_topic_keeps_that_topic(matcher):
    assert matcher.match("contoh kerja sama multilateral selain pbb").intent == "multilateral_contoh"


def test_a_named_kind_outside_the_shortlist_is_asked_about_not_a_crash(content):
    narrow = build_matcher(content, MatcherConfig(shortlist=2))
    match = narrow.match("contoh kerja sama seperti keikutsertaan Indonesia dalam WTO dan OKI")
    assert match.outcome is Outcome.CLARIFY


def test_a_config_swapped_in_place_decides_the_next_question(content):
    """Calibration scripts set `matcher.config = replace(...)` on a built matcher: no rebuild."""
    matcher = build_matcher(content)
    assert matcher.match("bilateral itu apa sih").intent == "bilateral_definisi"
    matcher.config = replace(matcher.config, clarify_at=101.0, long_floor=101.0, shortlist=2)
    assert matcher.match("bilateral itu apa sih").outcome is Outcome.UNKNOWN
    assert len(matcher.rank("manfaat kerja sama", limit=5)) <= 2


def test_ranking_is_stable_and_bounded(matcher):
    ranked = matcher.rank("manfaat kerja sama", limit=5)
    assert len(ranked) == 5
    assert ranked == matcher.rank("manfaat kerja sama", limit=5)
    assert all(0 <= c.score <= 100 for c in ranked)
    assert [c.score for c in ranked] == sorted((c.score for c in ranked), reverse=True)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500) | st.sampled_from(["\u202eرسالة", "\x00" * 10, "x" * 100_000, "2" * 4096]))
def test_matcher_never_raises_and_is_deterministic(matcher, text):
    first = matcher.match(text)
    assert first == matcher.match(text)
    assert 0 <= first.score <= 100


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        (
            'kak ini dari LKPD bagian Ayo Berdiskusi\n"Apa arti hubungan bilateral? Tuliskan dengan bahasamu '
            'sendiri ...."\nsa bingung mo tulis apa',
            "bilateral_definisi",
        ),
        (
            'ulun dapat soal begini pian: "Sebutkan kerja sama segitiga pertumbuhan yang melibatkan '
            'Indonesia!" apa haja jawabannya kah',
            "regional_contoh",
        ),
        (
            'kak no 10 "GNB termasuk kerjasama bilateral, regional, atau multilateral?" gk ngerti sy',
            "multilateral_contoh",
        ),
        # A list after a kind named before the colon is of that kind's examples, no heading to drop.
        (
            "sy jawab contoh multilateral: PBB, IMF, WTO, ILO, FAO. gk ada yg salah kan kak?",
            "multilateral_contoh",
        ),
        # A short quoted question too, however much the plea reads like asking for help.
        ('kak soal no 7 "multilateral artinya apa" jawab singkat aja', "multilateral_definisi"),
        # A question on the quote itself is read whole.
        (
            'Bacalah kutipan berikut!\n"... bekerja dengan masing-masing negara asing dalam berbagai topik '
            'untuk memajukan tujuan domestik dan internasional ..."\nKutipan tersebut menjelaskan pengertian '
            "dari ....\nA. diplomasi bilateral\nB. diplomasi multilateral\nC. kerja sama regional\n"
            "D. organisasi internasional",
            "diplomasi_bilateral_definisi",
        ),
    ],
)
def test_a_quoted_question_with_a_plea_around_it_is_the_question(matcher, message, intent):
    assert matcher.match(message).intent == intent


def test_the_odd_one_out_among_the_kinds_is_the_lesson_on_the_kinds(matcher):
    stem = "Yang bukan merupakan bentuk kerja sama internasional berdasarkan jumlah pesertanya adalah ...."
    question = f"{stem}\nA. bilateral\nB. regional\nC. multilateral\nD. unilateral"
    assert matcher.match(question).intent == "bentuk_kerja_sama"


@pytest.mark.parametrize(
    "question",
    [
        "B/S: Yang membedakan diplomasi bilateral dari diplomasi multilateral ialah mitranya, "
        "bukan tekniknya.",
        "bedanya diplomasi bilateral sama diplomasi multilateral apa sih",
    ],
)
def test_two_kinds_of_diplomacy_side_by_side_are_the_lesson_on_bilateral_diplomacy(matcher, question):
    # Its answer says the technique is the same and only the partners differ; the comparison of the
    # three kinds of cooperation says nothing of diplomacy.
    match = matcher.match(question)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, "diplomasi_bilateral_definisi")


@pytest.mark.parametrize(
    ("item", "intent"),
    [
        ("Piagam PBB ditandatangani di kota San Francisco pada tahun ....", "org_pbb"),
        ("Isian: KTT OKI yang pertama diselenggarakan di kota ... , Maroko.", "org_oki"),
    ],
)
def test_a_worksheet_fact_about_a_named_organisation_is_that_organisation(matcher, item, intent):
    # Its words ("Piagam", "San Francisco") are in no lesson's examples; the name says what it is about.
    assert matcher.match(item).intent == intent


def test_chat_naming_an_organisation_in_another_sense_is_still_not_answered(matcher):
    # "PBB" is also the land and building tax; without a worksheet's wrapping a weak match stays unknown.
    assert matcher.match("PBB tanah di Kupang jatuh tempo kapan ya").outcome is Outcome.UNKNOWN


def test_a_question_saying_what_a_lesson_is_on_is_not_lost_to_a_lookalike_off_topic(matcher):
    # "norma hukum" is civics homework the tutor must not answer; said of bilateral diplomacy it is
    # the lesson on what bilateral diplomacy is.
    item = "Diplomasi bilateral dapat dilandasi oleh persetujuan serta norma-norma hukum ...."
    assert matcher.match(item).intent == "diplomasi_bilateral_definisi"
    assert matcher.match("jelaskan pengertian norma hukum menurut para ahli").outcome is Outcome.UNKNOWN


@pytest.mark.parametrize(
    "question",
    [
        "Jelaskan upaya negara ketika muncul perbedaan atau masalah dalam hubungan bilateral!",
        "Mengapa dalam hubungan bilateral bisa terjadi perang tembak?",
        "kalau dua negara beda pendapat soal perbatasan, diselesaikan gimana",
    ],
)
def test_a_disagreement_is_a_dispute_not_a_difference_to_compare(matcher, question):
    assert matcher.match(question).intent == "diplomasi_bilateral_perselisihan"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("naon bédana bilateral jeung multilateral", "perbandingan"),
        ("naon mangpaatna kerja sama regional", "regional_manfaat"),
        ("sabaraha nagara mitra bilateral Indonésia ayeuna?", "indonesia_jumlah_mitra"),
    ],
)
def test_sundanese_questions_are_answered(matcher, question, intent):
    assert matcher.match(question).intent == intent


def test_another_year_after_a_titles_name_is_another_thing_of_that_name(matcher):
    assert matcher.match("konvensi wina tahun 1980 tentang jual beli barang, jelasin pasalnya").intent is None
    assert matcher.match("apa isi konvensi wina tahun 1961").intent == "vcdr_definisi"
    assert matcher.match("konvensi wina itu apa").intent == "vcdr_definisi"
    # Though the convention's answer gives 1963, to say the consular convention is a separate one.
    assert matcher.match("apa itu konvensi wina 1963 tentang hubungan konsuler").intent is None
    assert matcher.match("konvensi wina 1961 sama 1963 beda ya?").intent == "vcdr_definisi"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Hubungan bilateral biasanya merujuk pada faktor budaya, ekonomi, dan .... yang saling memengaruhi.",
         "bilateral_bidang"),
        ("Diplomasi bilateral meletakkan dasar untuk membangun .... kepentingan yang terjadi di forum"
         " regional dan multilateral.", "diplomasi_bilateral_pentingnya"),
        ("hasil negosiasinya dituangin dalam dokumen apa", "bilateral_bentuk_perjanjian"),
        ("kalo perusahaan indo sm perusahaan jepang bikin kontrak itu bilateral jg gk?", "bilateral_pihak"),
        ("bilateral iku kerjasama loro negoro po?", "bilateral_definisi"),
        ("regional tuh apa ji, kasih tau ka dulu kodong", "regional_definisi"),
        ("mangga ah, abdi mulih heula", "pamit"),
        ("oii bot", "sapaan"),
        ("tabi kak", "sapaan"),  # Manado and Gorontalo: excuse me
        ("ka", "sapaan"),  # calling "kak", alone
        ("ola 😁", "sapaan"),  # Tetun, Portuguese
        ("gudnait", "pamit"),
        # Work, money and the body: no job board, no loan and no biology, whatever "kerja" and "pinjam"
        # share with the lessons.
        ("ada lowongan kerja di manado gk", None),
        ("kak beta bisa pinjam uang ka 😭", None),
        ("bagaimana cara kerja ginjal", None),
        ("kenapa indonesia harus rajin diplomasi bilateral", "diplomasi_bilateral_pentingnya"),
        ("bot ini pake AI kah?", "tentang_bot"),  # what the bot is, not how to use it
        ("MEA itu apa kak", "org_asean"),  # the ASEAN Economic Community
        ("kerja sama dagang bebas ASEAN namanya apa", "org_afta"),
        ("koyao kaka 🙏", "sapaan"),  # Mee, Paniai
        ("ok sa su paham, amakane", "terima_kasih"),
        ("dahh", "pamit"),  # alone; beside other words "dah" is "sudah"
        ("kaka botttt", "sapaan"),
        ("Indonesia deng PNG ada kerja sama bilateral kah?", "bilateral_contoh"),  # Papua Nugini
        ("MoU Box 1974 tu apa kak?", "bilateral_contoh"),  # Indonesia and Australia, on traditional fishing
        ("PIF tu termasuk bilateral, regional atau multilateral e", "regional_contoh"),  # Pacific Islands
        ("bubye", "pamit"),
        ("sampe katemu lai", "pamit"),  # Ambon: see you again
        (
            "Lakukan analisis komparatif antara pendekatan bilateral dan multilateral dalam kerja sama "
            "internasional Indonesia.",
            "perbandingan",
        ),
        (
            "Piagam ASEAN (ASEAN Charter) ditandatangani pada tahun .... dan mulai berlaku pada tahun ....",
            "org_asean",
        ),
        ("Piagam PBB ditandatangani pada tahun ....", "org_pbb"),
        # An opening "apakah" only asks whether two countries' cooperation is of the kind.
        (
            "Apakah kerja sama Indonesia dan Papua Nugini dalam menjaga perbatasan di Papua termasuk kerja "
            "sama bilateral? Jelaskan!",
            "bilateral_contoh",
        ),
        (
            "Indonesia dan Korea Selatan sepakat menurunkan tarif bea masuk melalui IK-CEPA. Jelaskan jenis "
            "kerja sama tersebut!",
            "bilateral_contoh",
        ),
        ("Keanggotaan Indonesia di PBB termasuk jenis kerja sama internasional ....", "multilateral_contoh"),
        (
            "Stimulus: Indonesia mengirim Pasukan Garuda untuk bertugas dalam misi perdamaian PBB di "
            "Lebanon.\nPertanyaan: Jenis kerja sama internasional apakah yang ditunjukkan stimulus "
            "tersebut? Jelaskan!",
            "multilateral_contoh",
        ),
        ("Indonesia terlibat dalam beberapa kerja sama regional. Sebutkan minimal tiga!", "regional_contoh"),
        ("Manfaat kerja sama bilateral ada banyak. Sebutkan dua!", "bilateral_manfaat"),  # the aspect named
        # Whether a person or a machine answers is what the bot is, not how to use it.
        ("ini yg jawab soal2 sa orang atau robot?", "tentang_bot"),
        ("kamu AI ato orang asli yg jawab soal sy?", "tentang_bot"),
        ("bot ini bisa dipakai banyak orang?", "bantuan"),
        ("kak kak", "sapaan"),
        ("pakatuan pakalawiden kak 🙏", "sapaan"),  # Minahasa: long life and good health
        ("kaak", "sapaan"),
        ("bubay", "pamit"),
        # "mantap!" or "siip" after an answer thanks, as "sip" does.
        ("oke mantap", "terima_kasih"),
        ("mantap kak", "terima_kasih"),
        ("siip", "terima_kasih"),
        ("permisi kak, pamit yaa", "pamit"),  # leaving said outright outweighs the "permisi" that opens
        ("permisi kak mau tanya", "sapaan"),
        # "landasan hukum" is the legal basis, as "dasar hukum" is.
        (
            "Landasan hukum internasional bagi praktik diplomatik dan pembukaan kedutaan besar antarnegara "
            "adalah ....\na. Konvensi Wina 1961\nb. Deklarasi Bangkok 1967\nc. Piagam Jakarta\nd. Dasasila "
            "Bandung",
            "vcdr_definisi",
        ),
    ],
)  # fmt: skip
def test_the_readings_own_phrasings_and_regional_words_are_answered(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("kak jelasin bilateral pake bahasa yg gampang dong, buat anak smp", "bilateral_definisi"),
        ("kulonuwun, enten tiyang?", "sapaan"),
        ("yo bro wassup", "sapaan"),
        ("met bobo bot", "pamit"),
        ("bilateral filter di opencv gunanya apa", None),
        ("cara nyoblos di tps gimana, baru pertama kali jadi pemilih", None),
    ],
)
def test_how_simply_to_explain_regional_greetings_and_other_senses(matcher, question, intent):
    assert matcher.match(question).intent == intent


def test_what_an_agreement_is_made_by_is_not_the_lesson_on_its_forms(matcher):
    item = (
        "Lengkapilah!\nPerjanjian bilateral merupakan perjanjian yang dibuat oleh ______ subjek hukum "
        "internasional yang masing-masing mempunyai kapasitas ______ untuk membuat perjanjian."
    )
    assert matcher.match(item).intent == "bilateral_pihak"


def test_thanks_that_name_a_lesson_are_thanks_but_a_confused_question_is_the_lesson(matcher):
    thanks = "Terima kasih atas bantuannya, penjelasan tentang Konvensi Wina tadi sangat membantu saya."
    assert matcher.match(thanks).intent == "terima_kasih"
    assert matcher.match("bingung, pbb itu apa").intent == "org_pbb"


def test_how_to_do_a_move_in_pe_is_not_how_to_do_diplomacy(matcher):
    # "Bagaimana cara melakukan ..." is the lesson's own frame; what is done is no diplomacy.
    assert matcher.match("Bagaimana cara melakukan guling depan yang benar? (PJOK)").intent is None
    assert matcher.match("bagaimana cara melakukan diplomasi bilateral").intent == "diplomasi_bilateral_cara"


def test_start_typed_as_text_asks_how_to_begin(matcher):
    # In Telegram "/start" is a command; typed where no command is read ("ask"), it still gets the help.
    assert matcher.match("/start").intent == "bantuan"
    assert matcher.match("kapan indonesia start hubungan luar negeri").intent == "indonesia_awal_hubungan"


def test_main_is_playing_not_the_english_word(matcher):
    assert matcher.match("dah ya bot, mau main bola").intent == "pamit"


def test_thanks_with_a_goodbye_is_a_goodbye(matcher):
    assert matcher.match("yaudah makasih, pamit").intent == "pamit"
    assert matcher.match("oke thanks ya, bye").intent == "pamit"
    assert matcher.match("makasih kak").intent == "terima_kasih"


@pytest.mark.parametrize(
    "question",
    ["besok libur ka seng", "kak besok beta PAS ppkn 😭", "bot bisa main game?"],
)
def test_tomorrow_and_games_asked_of_the_bot_take_no_leave(matcher, question):
    """ "besok" and "main" are how students take leave ("sampai besok ya", "mau main bola"), but these
    ask or tell something else."""
    assert matcher.match(question).intent is None
    assert matcher.match("udh dulu ya, besok PAS, doain 🙏").intent == "pamit"
    assert matcher.match("besok lanjut lagi ya, selamat malam").intent == "pamit"


@pytest.mark.parametrize(
    "question",
    ["jatuh tempo pbb tahun ini kapan ya", "wina itu ibu kota negara mana sih, buat tugas geografi"],
)
def test_the_land_tax_and_the_city_of_vienna_are_off_topic(matcher, question):
    assert matcher.match(question).intent is None


@pytest.mark.parametrize(
    "question",
    [
        "kak bantuin ngerjain PR IPA halaman 45 dong",
        "kak bisa bantu mtk kah",
        "bikin soal pilihan ganda matematika",
    ],
)
def test_help_with_another_subjects_homework_is_off_topic(matcher, question):
    assert matcher.match(question).intent is None


@pytest.mark.parametrize(
    "question",
    [
        "bilateral itu artinya dua sisi di matematika? kayak simetri gitu",
        "di pelajaran mtk ada kata bilateral, itu maksudnya dua sisi kah",
        "apa arti bilateral di kedokteran, kayak pneumonia bilateral gitu",
        "multilateral itu istilah di biologi ya? kayak simetri",
        # A diagnosis or a treatment says the subject, with no "kedokteran" said.
        "kak kanker payudara bilateral itu maksudnya apa? tante sa didiagnosa begitu",
        "anestesi regional itu apa",
        "bilateral hearing loss artinya apa",
        "bilateral knee pain artinya apa",  # a diagnosis in English
        "bilateral amputation itu apa artinya",
        "hernia bilateral tu apa? bapa mo operasi",
        "arti kata bilateral di hasil rontgen apa",
        "bilateral tu nama band kah? 😂",  # a band's name
        "telinga tuli bilateral tu maksudnya dua-dua telinga kah",
        # Other trades' terms, which a kind's meaning asked among chat must not answer.
        "multilateral netting di akuntansi maksudnya apa",
        "Dalam pencak silat, teknik tangkisan bilateral itu maksudnya gimana",
        "sumur multilateral di pengeboran minyak tu maksudnya apa",
        "kak bangun datar multilateral tuh apa",  # geometry's plane figures
        "bilateral stereo speaker tu maksudnya gmn bang",
        "apa itu bilateral cleft lip? ade beta dokter bilang bibir sumbing bilateral",
        'kak beta dengar ada "kesepakatan multilateral" di game perang2an, itu maksudnya apa dalam game',
    ],
)
def test_what_a_kind_word_means_in_another_subject_is_off_topic(matcher, question):
    assert matcher.match(question).intent is None


def test_another_subject_set_aside_leaves_the_kind_asked(matcher):
    question = "bilateral sing dimaksud nang PPKn kuwe apa? dudu sing nang matematika"
    assert matcher.match(question).intent == "bilateral_definisi"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("bilateral tu apa ka, guru sa tanya tadi sa tra tau", "bilateral_definisi"),  # Papuan
        ("bilateral ki opo tho mas, ra mudheng aku", "bilateral_definisi"),  # Javanese
        ("lon hana teupeu peue nyan bilateral bang", "bilateral_definisi"),  # Acehnese
        ("mon bada masalah antara dua negara, hubunganna dhaddhi apa?", "diplomasi_bilateral_perselisihan"),
        ("apo tujuan negaro bahubungan jo negaro lain sanak?", "tujuan_hubungan_internasional"),  # Minang
        ("lon keuneuk teupue, multilateral nyan pue", "multilateral_definisi"),  # Acehnese
        ("wau dila mo mengarti, bilateral itu apa ngana", "bilateral_definisi"),  # Gorontalo, Manado
        ("matursuwun sanget, wes mudeng aku", "terima_kasih"),  # Javanese
        ("engkok tak ngarte, bilateral rea apa?", "bilateral_definisi"),  # Madurese
        ("pakon negara peureulee bilateral, peu manfaat jih?", "bilateral_manfaat"),  # Acehnese
        ("torang dapa apa dari kerja sama bilateral?", "bilateral_manfaat"),  # Manado
        ("diplomasi bilateral apo artinyo", "diplomasi_bilateral_definisi"),  # Minang
        ("kedutaan tu gawiannya napa haja", "vcdr_fungsi_misi"),  # Banjar
        ("ko bisa bantu sa pu tugas kah?", "bantuan"),  # Papuan
        ("terime kasih banyak ye", "terima_kasih"),  # Betawi
        ("hai hai, aye dari Bekasi nih", "sapaan"),  # Betawi
        ("udahan dulu ye, keretanya udah nyampe Manggarai", "pamit"),  # Betawi
        ("dari kapan tong pu negara baku kenal deng negara lain", "indonesia_awal_hubungan"),  # Papuan
        ("sampe bakudapa lai bot", "pamit"),  # Ambon and Kei Malay
        ("kurre sumanga' bot", "terima_kasih"),  # Toraja
        ("salama' bot", "sapaan"),  # Makassar and Toraja
        ("salam bot, aku budak SMP dari Karimun", "sapaan"),  # "salam" is a hello, not about the bot
        ("ok kak makasih, kita tinggal dulu", "pamit"),  # Palu and Makassar: I am off
        ("ok mksh kak dh dlu", "pamit"),
        ("ose ni chatbot apa e, dari dinas pendidikan ka", "tentang_bot"),  # Ambon and Kei Malay
        (
            "kalo indonesia deng australia baku mara lama2, apa yang terjadi",
            "diplomasi_bilateral_perselisihan",
        ),
        ("okay tysm", "terima_kasih"),
        ("sugeng sonten", "sapaan"),  # Javanese
        ("wis yo rek, tak sinau sik", "pamit"),  # Javanese
        ("terimong geunaseh bang", "terima_kasih"),  # Acehnese
        ("allo bot", "sapaan"),
        ("baa tu bilateral, ambo ndak mangarati", "bilateral_definisi"),  # Minang
        ("oit bot", "sapaan"),
        ("om swastyastu bli", "sapaan"),  # Balinese, as "om swastiastu"
        ("om shanti shanti shanti om", "pamit"),  # the Balinese closing
        ("kurre sumange kak", "terima_kasih"),  # Buginese
        ("ok tq, kamek nak tido dulu", "pamit"),  # Pontianak
        ("om santi santi santi om", "pamit"),  # spelled as said, not "santai"
        ("om santih santih santih om", "pamit"),
        ("nyen ci?", "tentang_bot"),  # Balinese: who are you
        ("kulanuwun 🙏", "sapaan"),  # Javanese, asking leave to come in
        ("trimaksih kk", "terima_kasih"),
        ("kita so mo pigi dulu", "pamit"),  # Manado "mo": going to
        ("why bilateral diplomacy matters", "diplomasi_bilateral_pentingnya"),
        ("is multilateral coop worth it for small countries", "multilateral_manfaat"),
        ("good afternoon bot", "sapaan"),
        ("appreciate it bot", "terima_kasih"),
        ("what kinds of documents do bilateral talks produce", "bilateral_bentuk_perjanjian"),
        (
            "Which UN agency works to fight hunger and improve agriculture? a. FAO b. ILO c. IMF d. ECOSOC",
            "org_fao",
        ),
        ("ada organisasi dunia yg ngurus pertanian?", "org_fao"),  # not the IMF's "organisasi dunia"
        ("teurimong gaseh", "terima_kasih"),  # Acehnese
        ("tabik pun", "sapaan"),  # Lampung
        ("wis yo", "pamit"),  # Javanese: that's it, then
        ("udah ya", "pamit"),
        ("c u", "pamit"),
        ("apa guna kerja sama multilateral bagi perdamaian", "multilateral_manfaat"),
        ("yuhuu ada orang gk", "sapaan"),  # calling out to see who is there
        ("malam bang, masih on?", "sapaan"),  # at night a greeting, not a goodbye
        ("spada, ada yang jaga?", "sapaan"),
        ("wis kesuwun mas", "terima_kasih"),  # Tegal, Cirebon
        ("PBB ngadeg tahun pira?", "org_pbb"),  # Javanese
        ("sebenere rika kuh sapa?", "tentang_bot"),  # Cirebon, Tegal
        ("diplomasi bilateral bisa informal nggak sih", "diplomasi_bilateral_cara"),  # how it is done
        ("ya'ahowu kak, aku dari Gunungsitoli", "sapaan"),  # Nias
        ("saohagölö kak, jelas sekali", "terima_kasih"),  # Nias
        ("aloita kak", "sapaan"),  # Mentawai
        ("masura bagata bot", "terima_kasih"),  # Mentawai
        ("horas, au lalu jolo", "pamit"),  # Batak: off first
        ("bondia kaka, ami dari atambua", "sapaan"),  # Tetun
        ("obrigadu barak bot", "terima_kasih"),
        ("ate logu kaka", "pamit"),
        ("ni hao bot", "sapaan"),  # Mandarin
        ("sip xie xie", "terima_kasih"),
        ("zaijian", "pamit"),
        ("السلام عليكم يا أستاذ", "sapaan"),  # Arabic script, from pesantren students
        ("شكرا جزيلا", "terima_kasih"),
        ("مع السلامة", "pamit"),
        ("jzk akh", "terima_kasih"),
        ("ahlan bot", "sapaan"),
        ("asian tu didirikan kapan", "org_asean"),  # as heard
        ("mantap, trimakasi kaka", "terima_kasih"),
        ("aku bisa nanya apa aja ke kamu ya", "bantuan"),  # what to ask, not who the bot is
        ("yang jawab ini orang apa mesin", "tentang_bot"),
        ("multilateral bagus apa", "multilateral_manfaat"),  # sign-language order: what it is good for
        ("enak e multilateral opo", "multilateral_manfaat"),  # Javanese
        ("kerja sama regional bagus buat ekonomi kah", "regional_manfaat"),  # whether it is good for it
        ("multilateral bagus buat perdamaian dunia kah", "multilateral_manfaat"),
        ("bilateral tu mesti negara ngan negara ke, boleh tak syarikat swasta", "bilateral_pihak"),  # Riau
        ("pertubuhan buruh antarabangsa buat apa", "org_ilo"),  # Malaysian names, on the Sabah border
        ("pertubuhan bangsa2 bersatu tu apa bah", "org_pbb"),
        ("Apakah Pergerakan Negara-Negara Berkecuali (NAM)?", "org_gnb"),
        ("Senaraikan lapan kawasan rakan kerjasama Indonesia.", "indonesia_kawasan_mitra"),
        ("selain bilateral ada kerja sama ape gi?", "bentuk_kerja_sama"),  # Bangka "gi": what else
        ("dah kak, kaina batakun lagi", "pamit"),  # Banjar: done, I'll ask again later
        ("napa jadinya mun dua negara kada akur", "diplomasi_bilateral_perselisihan"),  # "mun": if
        ("ape kebaikan kerja same bilateral tu", "bilateral_manfaat"),  # what good it does
        ("ALO KAKA", "sapaan"),  # Ambonese "alo": hello
        ("Pakatuan wo pakalawiren kakak bot", "sapaan"),  # the Minahasa greeting as Tomohon spells it
        ("jml mitra indonesia", "indonesia_jumlah_mitra"),
        ("bentuk krja sma luar ngri", "bentuk_kerja_sama"),  # "sma" alone is the high school
        ("kak satu teritori khusus itu maksudnya apa", "indonesia_jumlah_mitra"),
        # Unbound by any region is multilateral's mark, though "kawasan tertentu" alone is regional's.
        (
            "kerja sama yg dilakukan lebih dr dua negara dan tdk terbatas pada kawasan tertentu disebut ...",
            "multilateral_definisi",
        ),
    ],
)
def test_questions_in_regional_words_are_answered(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("hubungan bilateral memanas itu biasanya diapain", "diplomasi_bilateral_perselisihan"),
        ("bot ni pakai sumber ape? buku paket ke?", "tentang_bot"),  # where the material comes from
        ("apa itu sumber daya alam", None),  # a source of another kind
    ],
)
def test_a_word_for_the_lesson_leads_to_it_and_its_other_sense_does_not(matcher, question, intent):
    assert matcher.match(question).intent == intent


def test_a_question_said_as_a_wish_after_a_polite_opening_is_answered(matcher):
    question = "Selamat pagi Pak, maaf mengganggu. Saya ingin menanyakan tugas IMF."
    assert matcher.match(question).intent == "org_imf"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("arti nama Ilo untuk bayi perempuan apa ya", None),
        ("akun FAO di tiktok itu siapa sih yg lagi viral", None),
        ("peu haba bot? lon ka trok", "sapaan"),  # Acehnese: how are you
        ("yo bot whats up", "sapaan"),
        ("tararengkyu", "terima_kasih"),
        ("bro", "sapaan"),  # calling the bot, as "kak" alone does
        ("yo bro", "sapaan"),
        ("wolo habari kak", "sapaan"),  # Gorontalo: how are you
    ],
)
def test_an_organisations_name_as_a_persons_or_an_account_and_more_greetings(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    "question", ["mau tes pemahaman dong, ada quiz?", "test soal dong biar siap ulangan"]
)
def test_asking_to_be_tested_is_asking_for_the_quiz(matcher, question):
    assert matcher.match(question).intent == "bantuan"


@pytest.mark.parametrize(
    "question",
    [
        "untuk apa indonesia menjalin hubungan internasional",
        "indonesia jalin hubungan internasional utk apa",
        "utk apa indonesia berhubungan dgn negara lain",
        "negara jalin hubungan luar negeri biar apa",  # so that what
        "kenapa negara butuh negara lain",  # why countries need each other at all
    ],
)
def test_what_for_asks_the_purpose_not_when_it_began(matcher, question):
    assert matcher.match(question).intent == "tujuan_hubungan_internasional"


def test_what_a_thing_is_used_for_is_no_aim(matcher):
    # A parent asking what the bot is good for: its help, not the aims of international relations.
    assert matcher.match("Anak saya bisa pakai untuk apa saja?").intent == "bantuan"


def test_a_long_message_naming_a_kind_in_another_sense_is_not_answered_with_help(matcher):
    # Ten words, "bilateral" named, and only the help's "latihan (soal)" anywhere near: a gym question.
    assert (
        matcher.match("latihan otot unilateral vs bilateral bagusan mana buat nge-gym").outcome
        is Outcome.UNKNOWN
    )


@pytest.mark.parametrize("question", ["bisa bahas materi apa aja sih", "ini bot bisa jawab soal apa aja?"])
def test_asking_what_the_bot_can_teach_gets_the_help_not_where_its_lessons_come_from(matcher, question):
    assert matcher.match(question).intent == "bantuan"


@pytest.mark.parametrize(
    "question",
    [
        "pbb tanah dibayar di mana ya, lupa bayar tahun ini",  # the land and building tax
        "oki jelly drink itu ada rasa apa aja",  # a drink
        "kode bank asean di aplikasi transfer itu apa",
        "wto di chat temenku maksudnya apa, kayak singkatan slang",
        "gnb itu nama band ya? lagunya apa aja",
    ],
)
def test_an_organisations_letters_in_everyday_senses_are_not_answered(matcher, question):
    assert matcher.match(question).outcome is Outcome.UNKNOWN


def test_dulu_softening_a_request_takes_no_leave(matcher):
    # "dulu" closes a goodbye ("aku pamit dulu"), but "mau tanya dulu" asks leave to ask.
    assert matcher.match("kak aku mau tanya dulu ya").intent != "pamit"
    assert matcher.match("beta mau tanya dolo, ini bisa tanya apa sa?").intent != "pamit"  # Kupang
    assert matcher.match("beta pi dolo e").intent == "pamit"


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        # One clause sure of its answer, the other a remark whose words alone would sink the whole.
        ("OKI kepanjangannya apa, bukan ogan komering ilir kan", "org_oki"),
        ("udeh dulu ye, listrik mau dipadamin nih di rumah", "pamit"),
        ("bilatral tu apa kak, td guru sy bilang tp sy ngantuk habis latihan koor", "bilateral_definisi"),
    ],
)
def test_a_clear_question_beside_an_off_topic_remark_is_answered(matcher, typed, intent):
    assert matcher.match(typed).intent == intent


@pytest.mark.parametrize(
    "typed", ["bot, ramal zodiak kamek hari ini", "kak aku disuruh bikin puisi tentang ibu, bantuin dong"]
)
def test_calling_the_bot_or_asking_for_help_beside_an_off_topic_request_is_not_answered(matcher, typed):
    # "bot," calls it and "bantuin dong" asks help with the other clause, which is the question.
    assert matcher.match(typed).outcome is not Outcome.ANSWER


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("selamat pagi kak bilateral itu apa", "bilateral_definisi"),
        ("assalamualaikum ustadz bot, regional iku opo", "regional_definisi"),
        ("selamat siang, apa itu ASEAN", "org_asean"),
        # An opening that asks nothing stays a greeting, and so does one asking after the bot.
        ("Selamat pagi, saya ingin belajar tentang kerja sama internasional.", "sapaan"),
        ("halo apa kabar", "sapaan"),
        ("halo bot kamu siapa", "tentang_bot"),  # asked of the bot, surely
        # Small talk between the greeting and the question: a kind named and asked of is still the question.
        (
            "hai kak selamat sore, lagi apa? hehe. oh iya mau tanya dong bilateral tu maksudnya apa",
            "bilateral_definisi",
        ),
        ("halo kak, aku mau belajar bilateral", "sapaan"),  # a kind named, nothing asked yet
        # A lesson named by its title's name after the greeting is what the student came for, though "bisa
        # jelasin" and "mo tanya soal" weigh nothing.
        ("halo kak, tolong terangin WTO singkat aja", "org_wto"),
        ("pagi bot, sa mau tanya tentang GNB", "org_gnb"),
        ("selamat pagi kak, saya guru PKn", "sapaan"),
        # Thanks for the last answer, then the next question: the question is answered.
        ("oke makasih. trus kalo yg regional tuh apa", "regional_definisi"),
        (
            "makasih kak td udah jelasin bentuk2nya, skrg bilateral itu sendiri artinya apa",
            "bilateral_definisi",
        ),
        ("oke makasih ya udah jawab", "terima_kasih"),  # the bot thanked, nothing asked of it
    ],
)
def test_a_lessons_question_after_a_greeting_or_thanks_is_answered(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Q2. In your own words, explain what is meant by 'bilateral relations'. [3]", "bilateral_definisi"),
        ("How many member states does ASEAN have today? (1 mark)", "org_asean"),
        ("why does bilateral diplomacy matter", "diplomasi_bilateral_pentingnya"),
        ("what does indonesia get from multilateral deals", "multilateral_manfaat"),
        ("regional cooperation good for what", "regional_manfaat"),
    ],
)
def test_questions_asked_in_english_are_answered(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("makasih kak jawaban essay no 3 tadi, kata guru bener semua", "terima_kasih"),
        ("terimakasih banyak ya udah bantu aku ngerjain LKS, nilaiku 90", "terima_kasih"),
        ("ok kak sa offline dulu, lampu mau padam ini", "pamit"),
        ("permisi kak sa keluar dulu", "pamit"),  # the greeting ranks first: "permisi" opens questions too
        ("aku pergi dulu ye, nak ngaji", "pamit"),
        ("sip makasih, cabut dulu", "pamit"),  # leaving outweighs the thanks before it
        ("oke kak mantap, thanks udah bantu ngerjain soal fotokopian tadi 🙏", "terima_kasih"),
        ("oke kak sudah mi, mau pergi mengaji dulu. dah", "pamit"),
        ("cukup dulu, nanti kalau ada soal lagi aku balik", "pamit"),
        ("dah ah ngantuk, lanjut besok ya", "pamit"),  # going on tomorrow, not now
        ("Baik, saya akhiri dulu sesi ini.", "pamit"),
        # Only that the answer was understood: taken as thanks, not as a meaning asked ("mengerti").
        ("oke kaka, beta su mengerti", "terima_kasih"),
        ("aku udah ngerti", "terima_kasih"),
        # Words that only acknowledge the answer: taken as thanks, not offered thanks or a goodbye.
        ("oke sip", "terima_kasih"),
        ("ok siap kak", "terima_kasih"),
        ("ok wes kak", "pamit"),  # done: "wes" is "sudah"
    ],
)
def test_thanks_or_leaving_then_what_happened_is_answered_not_offered(matcher, message, intent):
    match = matcher.match(message)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, intent)


@pytest.mark.parametrize(
    "message",
    [
        "indonesia prnh keluar dr PBB ya?",
        "halo kak, lagi istirahat nih",
        "kasih jokes lucu dong",
        "sa mo pigi main bola dulu, ko ikut ka",  # an invitation, not a goodbye
        "dulu namanya apa",  # "dulu": before, asked about
    ],
)
def test_going_or_giving_in_other_senses_takes_no_leave_and_gives_no_thanks(matcher, message):
    assert matcher.match(message).intent not in ("pamit", "terima_kasih")


@pytest.mark.parametrize(
    "question",
    [
        "Dalam bidang apa saja Indonesia dan Korea Selatan menjalin kerja sama? Sebutkan 3!",
        "kerjasama bilateral indonesia dgn jepang tu bidang apa saja",
    ],
)
def test_the_fields_asked_of_two_partners_are_the_fields_not_their_examples(matcher, question):
    assert matcher.match(question).intent == "bilateral_bidang"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Faktor apa saja yang biasanya saling mempengaruhi dalam hubungan bilateral ?", "bilateral_bidang"),
        ("faktor apa aja yg saling mempengaruhi dlm hubungan bilateral", "bilateral_bidang"),
        ("sebutkan faktor-faktor apa yang saling memengaruhi dalam hubungan bilateral", "bilateral_bidang"),
        ("faktor apa saja yang mempengaruhi harga", None),  # of no kind: economics homework
    ],
)
def test_the_factors_of_bilateral_relations_are_its_fields(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("sekjen PBB skrg siapa", "org_pbb"),
        ("bisa bantu pr ppkn ke", "bantuan"),
        ("apa yg dilakuin negara kalau ada masalah sama negara mitranya", "diplomasi_bilateral_perselisihan"),
        ("kedutaan bisa bantu TKI yg kena masalah di malaysia gak", "vcdr_fungsi_misi"),
        ("kerja sama regional baiknya apa", "regional_manfaat"),  # "its good side": its benefits
        ("kerja sama multilateral baiknya di mana", "multilateral_manfaat"),
        ("standar upah dan jam kerja internasional siapa yg ngatur", "org_ilo"),
        ("Badan khusus PBB yang bergerak di bidang pangan dan pertanian adalah ....", "org_fao"),
        (
            "korea selatan sama jepang masuk kawasan apa kalo di pembagian kemlu",
            "indonesia_kawasan_mitra",
        ),
        # A dispute or a strain between two countries is the quarrel the lesson on disputes is about.
        ("misal ada sengketa perbatasan, hubungan bilateral jadi gimana", "diplomasi_bilateral_perselisihan"),
        (
            "pas indonesia sama tetangga lagi tegang, hubungan bilateralnya jadi gmn",
            "diplomasi_bilateral_perselisihan",
        ),
    ],
)
def test_questions_the_lessons_answer_in_words_they_lacked(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("misi kak", "sapaan"),  # "permisi" cut short, not a diplomatic mission
        ("nuwun sewu kak, sugeng dalu", "sapaan"),  # Javanese krama: excuse me, good evening
        ("nuwun kak, penjelasane enak dipahami", "terima_kasih"),  # "matur nuwun" cut short
        ("sampun kak", "pamit"),  # Javanese krama: done now
        ("bot ini fungsinya apa", "bantuan"),  # what the bot does, not a mission's functions
    ],
)
def test_short_courtesies_and_the_bots_use_in_everyday_words(matcher, message, intent):
    match = matcher.match(message)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, intent)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("yo", "sapaan"),
        ("marhaban ya kak", "sapaan"),  # Arabic "welcome", as "ahlan" is
        ("ini akun resmi dari kemendikbud?", "tentang_bot"),  # whose the bot is
        # A feature of the bot, whatever lesson it is for, is what its help tells.
        ("ada fitur buat bandingin bilateral regional multilateral kah?", "bantuan"),
        ("ada fitur tebak jenis kerja sama ga?", "bantuan"),
        ("ada fitur kuis kah buat latihan sebelum ujian?", "bantuan"),
        # What an organisation can do reads "fitur apa" too, and stays the organisation's.
        ("kalau negara melanggar aturan dagang, WTO bisa apa?", "org_wto"),
        # The bot's game of guessing the kind, played or practised, however far its kinds rank the help.
        ("gmn cara main tebak jenis kerja sama itu", "bantuan"),
        ("bisa main tebak bilateral atau multilateral ko", "bantuan"),
        ("ada mode latihan tebak jenis kerja sama kah? gmn mulainya", "bantuan"),
        # A student's own game, and an item of guessing, are not the bot's.
        (
            "mau bikin games tebak bilateral/regional/multilateral, jelasin beda ketiganya dulu",
            "perbandingan",
        ),
    ],
)
def test_a_greeting_and_a_feature_of_the_bot(matcher, message, intent):
    match = matcher.match(message)
    assert (match.outcome, match.intent) == (Outcome.ANSWER, intent)


def test_a_feature_of_a_game_is_not_the_bots(matcher):
    assert matcher.match("di game ini ada fitur multilateral trade, cara ngaktifinnya gimana").intent is None
    assert matcher.match("main tebak-tebakan yuk bot").intent is None  # any riddle, not the bot's game
    # Today's date is no day the FAO keeps.
    assert matcher.match("hari ini tanggal brp").intent is None


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # Of two questions, the one a lesson answers when the message read whole is answered by none.
        ("ASEAN sering bahas masalah laut cina selatan ndak? ASEAN ngapain aja sih", "org_asean"),
        ("waktu gempa palu 2018 PBB ikut bantu kah? PBB itu apa sebenarnya", "org_pbb"),
        # Off topic throughout, or followed by words that ask nothing: no lesson.
        ("gnb itu nama band ya? lagunya apa aja", None),
        ("fatmawati istri soekarno asalnya dari bengkulu kan? ceritain dong", None),
        ("kak, struktur teks negosiasi itu apa saja? tugas bahasa indonesia", None),
    ],
)
def test_the_one_question_of_two_a_lesson_answers(matcher, message, intent):
    assert matcher.match(message).intent == intent


@pytest.mark.parametrize(
    "question",
    [
        "diplomasi bilateral sama multilateral beda tekniknya kah atau cuma beda mitranya?",
        "diplomasi bilateral vs multilateral tekniknya sama ga sih",
        "diplomasi bilateral beda sama multilateral dimana? katanya bukan di tekniknya",
        "diplomasi bilateral berbeda dengan multilateral dalam hal apa",
    ],
)
def test_two_kinds_of_diplomacy_named_with_one_diplomasi_are_the_lesson_on_diplomacy(matcher, question):
    # Its answer tells the technique shared and the partners that differ, not the three kinds of cooperation.
    assert matcher.match(question).intent == "diplomasi_bilateral_definisi"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # The cooperation of a kind that does something, asked which there are: the kind's examples.
        ("kerjasama multilateral yg soal ekonomi ada apa aja", "multilateral_contoh"),
        ("kerja sama multilateral yg berkaitan sama laut apa ya", "multilateral_contoh"),
        ("kerja sama regional yg ada malaysia sm indonesia apa aja", "regional_contoh"),
        # "... itu apa ya" asks what it is.
        ("kerja sama multilateral yang banyak negara itu apa ya", "multilateral_definisi"),
    ],
)
def test_which_cooperation_of_a_kind_does_something(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # The forms, or two kinds by name, measured against each other: the comparison lays them side by side.
        ("Bentuk kerja sama manakah yang anggotanya paling banyak? Beri alasan!", "perbandingan"),
        (
            "Urutkan bentuk kerja sama dari yang pesertanya paling sedikit sampai paling banyak",
            "perbandingan",
        ),
        ("yg lebih banyak pihaknya bilateral atau multilateral", "perbandingan"),
        # A short scene with organisations, then their kind offered last: the examples of that kind.
        (
            "indonesia kirim pasukan garuda ke misi PBB, itu kerja sama multilateral kah",
            "multilateral_contoh",
        ),
        ("ASEAN sama AFTA tu dua2nya regional kan", "regional_contoh"),
        # Not a source doubted, nor a part played: those lessons are the organisations' own.
        ("AFTA kok masuk situ, bukannya regional?", "org_afta"),
        ("Jelaskan peran ECOSOC dalam kerja sama multilateral!", "org_ecosoc"),
        # An organisation named by a student who is lost is what they ask about, not how to use the bot.
        ("kak jelasin ASEAN pake bahasa yg gampang dong, masih bingung", "org_asean"),
    ],
)
def test_kinds_measured_and_scenes_put_under_their_kind(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("instrumen yang diteken kedua belah pihak itu apa maksudnya", "bilateral_bentuk_perjanjian"),
        (
            "dua negara berebut pulau di perbatasan, lalu bagaimana",
            "diplomasi_bilateral_perselisihan",
        ),
        (
            "indonesia aktif di asean bikin hubungan sama thailand makin gampang ga",
            "kerangka_regional_multilateral",
        ),
        ("halo bot, ada orang kah", "sapaan"),
        ("fii amanillah", "pamit"),
        ("afk dulu ya bot, mau bantu ibu di kebun", "pamit"),
    ],
)
def test_wordings_the_lessons_now_carry(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # Continents that differ, or reach not bound to one region, are multilateral's mark.
        ("kerja sama yg anggotanya negara2 dari benua beda2 disebut apa", "multilateral_definisi"),
        ("kerja sama yg anggotanya negara dari macam2 benua disebut apa", "multilateral_definisi"),
        (
            "kerja sama yg pesertanya lebih dari 2 negara dan ga terbatas satu kawasan tu disebut apa ya",
            "multilateral_definisi",
        ),
        # The examples asked first, of a kind described: its examples, with or without a question word.
        ("contoh kerjasama yg byk negara dari berbagai benua", "multilateral_contoh"),
        # Before independence is when foreign relations began, asked with "kerja sama" as much.
        ("sebelum merdeka indonesia udh kerja sama sm negara lain blm sih", "indonesia_awal_hubungan"),
        ("sebelum merdeka indonesia udah kerja sama luar negeri belum", "indonesia_awal_hubungan"),
        # "yang berarti ...." asks a meaning; a bare "berarti" still says "so".
        ("Istilah regional berasal dari kata region yang berarti ....", "regional_definisi"),
        # Where the statement comes from and whose opinion is asked are no part of what is asked.
        (
            "Menurut artikel Liputan6 yang telah kalian baca, bilateral adalah ..... \n(tuliskan definisinya "
            "secara lengkap)",
            "bilateral_definisi",
        ),
        (
            'LKPD PPKn Kelas IX\nKegiatan 2\nTuliskan arti kata "bilateral" menurut pendapat kelompokmu',
            "bilateral_definisi",
        ),
        # "apa" straight before the kind asks what it is, however long the story around the question.
        (
            "kak jadi gini, beta pung guru ppkn kasi tugas besok dikumpul, disuruh jelasin apa itu kerja "
            "sama regional tapi beta seng masuk kemarin karena sakit, jadi tolong jelasin ee",
            "regional_definisi",
        ),
        # A first line that sets a task is the task, not a title, though a note follows it.
        (
            "Tuliskan pengertian multilateral menurut artikel\n(jangan copy paste, pakai kalimat sendiri "
            "ya - Bu Ros)",
            "multilateral_definisi",
        ),
    ],
)
def test_kinds_described_meanings_asked_and_worksheet_frames_read_as_asked(matcher, question, intent):
    assert matcher.match(question).intent == intent


def test_which_cooperation_asked_before_a_kind_offered_is_not_the_kinds_meaning(matcher):
    # "kerja sama apa? bilateral ...": which kind a scene is, not what bilateral cooperation is.
    asked = "pelabuhan patimban itu hasil kerjasama apa? bilateral sama jepang bukan"
    assert matcher.match(asked).intent != "bilateral_definisi"


@pytest.mark.parametrize(
    "typed",
    [
        "otot bilateral tu maksudnya otot kiri kanan ya",  # anatomy
        "kliring multilateral di bank tu maksudnya apa",  # banking
        "apa itu multilateral trading facility di saham",  # the stock market
        "berapa negara yg ikut KAA 1955",  # the Bandung conference's own story, not what it led to
        "kapan KAA diadakan di bandung",
        "kerja sama regional antar sekolah dalam lomba pramuka gimana daftarnya",  # scouting
        "apa itu WHO dan kapan berdiri",  # the WHO, not "who are you"
    ],
)
def test_other_subjects_and_the_bandung_conference_itself_are_not_answered(matcher, typed):
    assert matcher.match(typed).intent is None


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("who are you", "tentang_bot"),
        ("who made u", "tentang_bot"),
        ("jelasin bilateral dong simple aja aku anak smp", "bilateral_definisi"),
    ],
)
def test_the_bot_asked_in_english_and_a_kind_asked_simply(matcher, message, intent):
    assert matcher.match(message).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # Diplomacy named and its kind only described: what that diplomacy is, not what the kind is.
        ("diplomasi 2 negara itu namanya apa", "diplomasi_bilateral_definisi"),
        ("diplomasi yg cuma antara dua negara namanya apa", "diplomasi_bilateral_definisi"),
        ("bilateral itu apa", "bilateral_definisi"),
        # "dari / sejak tahun berapa" asks since when, not how many.
        ("dari tahun berapa indonesia kerja sama sama negara lain", "indonesia_awal_hubungan"),
        ("sejak tahun brp indonesia kerja sama dgn negara lain", "indonesia_awal_hubungan"),
    ],
)
def test_a_kinds_diplomacy_described_and_the_year_relations_began(matcher, question, intent):
    assert matcher.match(question).intent == intent


def test_two_kinds_named_and_whether_there_are_more_asks_for_the_forms(matcher):
    asked = "kerja sama internasional ada bilateral, multilateral… ada lagi ga"
    assert matcher.match(asked).intent == "bentuk_kerja_sama"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # Two names of an agreement set side by side: the lesson on the forms an agreement takes.
        ("beda treaty sama agreement apa", "bilateral_bentuk_perjanjian"),
        ("treaty sama agreement bedanya apa di bilateral", "bilateral_bentuk_perjanjian"),
        ("persetujuan (agreement) sama perjanjian (treaty) beda kah kak", "bilateral_bentuk_perjanjian"),
        ("perjanjian bilateral dan perjanjian multilateral bedanya apa", "perbandingan"),  # two kinds
    ],
)
def test_a_treaty_and_an_agreement_compared_are_forms_of_agreement(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # A kind at the start of its clause, then "apa": what it is, however much chat is around it.
        ("bro bilateral tuh apaan anjir gue ga dengerin guru td", "bilateral_definisi"),
        (
            "kak tolongin dong aku lagi ngerjain lks ppkn terus ada soal yg nanya bilateral itu apa, aku "
            "udah baca artikelnya tp bahasanya ribet bgt ga ngerti sama sekali 😭😭 bisa jelasin pake "
            "bahasa yg gampang ga",
            "bilateral_definisi",
        ),
        # A kind's word inside a name or a phrase of another subject is not asked of.
        ("pemain bola yg main di posisi bek sayap bilateral tu apa", None),
        ("kak fase perlambatan dalam hubungan bilateral itu apa", "diplomasi_bilateral_perselisihan"),
    ],
)
def test_a_kind_asked_what_amid_chat_is_its_definition(matcher, message, intent):
    assert matcher.match(message).intent == intent


@pytest.mark.parametrize(
    ("item", "intent"),
    [
        # A true/false mark typed "B - S" with no colon, and the line left for the reason after the statement:
        # the statement is judged against what its subject is.
        (
            "B - S   Kerja sama bilateral adalah kerja sama yang melibatkan lebih dari dua negara.\n"
            "Berikan alasanmu!",
            "bilateral_definisi",
        ),
        ("B - S  Bilateral adalah hubungan antara tiga negara atau lebih.", "bilateral_definisi"),
        # ... or with a dash a word processor made of it.
        ("B – S  IMF adalah badan PBB yang mengurusi masalah pangan dunia.", "org_imf"),
        ("B/S: Kerja sama regional hanya melibatkan 2 negara saja. alasan ....", "regional_definisi"),
        ("B - S   Kerja sama regional hanya melibatkan 2 negara.  (alasan: ..........)", "regional_definisi"),
        ("Apa alasan negara ikut kerja sama regional?", "regional_manfaat"),
    ],
)
def test_a_true_false_mark_and_a_reason_line_are_no_part_of_the_statement(matcher, item, intent):
    assert matcher.match(item).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # Which kind has the most parties, no kind named: the kinds side by side.
        ("Kerja sama yang melibatkan pihak paling banyak adalah kerja sama ....", "perbandingan"),
        # Not a country asked for.
        ("negara mana yang paling banyak kerja sama sama indonesia", "indonesia_jumlah_mitra"),
        # Why countries take a kind up is what they gain by it; "napa" is Banjar "what".
        ("knp negara2 mau kerja sama regional", "regional_manfaat"),
        ("bilateral tu napa", "bilateral_definisi"),
        # Who makes an agreement, or carries a kind out: its parties; not what a kind is, nor diplomacy.
        (
            "Perjanjian bilateral di buat oleh ...\na. 2 subjek hukum internasional\nb. 3 negara atau lebih\n"
            "c. satu negara dengan rakyatnya\nd. organisasi internasional saja",
            "bilateral_pihak",
        ),
        ("Kerja sama bilateral dapat dilakukan oleh ....\na. dua negara merdeka", "bilateral_pihak"),
        ("Kerja sama bilateral adalah kerja sama yang dilakukan oleh ....", "bilateral_definisi"),
        ("Hubungan bilateral adl hubungan yg dilakukan oleh ....\na. dua negara", "bilateral_definisi"),
        ("4. Kerja sama bilateral artinya kerja sama yang dilakukan oleh .... negara.", "bilateral_definisi"),
        (
            "Perjanjian bilateral pada umumnya berbentuk sebuah instrumen yang ditandatangani oleh ....",
            "bilateral_bentuk_perjanjian",
        ),
        ("Diplomasi bilateral dilakukan oleh ....", "diplomasi_bilateral_cara"),
        ("Kerja sama luar negeri dilaksanakan oleh ....", "bentuk_kerja_sama"),
    ],
)
def test_parties_ranked_kinds_taken_up_and_who_makes_an_agreement(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # Two countries left unnamed are two countries, not the countries of a region.
        (
            "Isilah titik titik berikut!\n1. Kerja sama antara Negara A dan Negara B saja dinamakan "
            "kerjasama ............",
            "bilateral_definisi",
        ),
        ("jadi kalo negara A sama negara B doang yg kerja sama, itu disebut apa?", "bilateral_definisi"),
        # Where to start is no goodbye, whatever its "dulu".
        ("mulai dr bilateral dulu", "bilateral_definisi"),
        ("aku pamit dulu", "pamit"),
        ("beta mau belajar bilateral dari awal, mulai dari mana di bot ni", "bantuan"),
    ],
)
def test_countries_left_unnamed_and_where_to_start(matcher, message, intent):
    assert matcher.match(message).intent == intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # What the bot can answer or talk about is its help, not how its answers are made.
        ("bot ini bisa jawab apa aja kak", "bantuan"),
        ("oh bot ini cuma buat ppkn ya? bisa bahas apa aja", "bantuan"),
        ("jawabannya bisa dipercaya gak", "tentang_bot"),
        # A broken bone on both sides is medicine's "bilateral".
        ("fraktur bilateral artinya apa", None),
    ],
)
def test_what_the_bot_can_answer_and_a_fracture_on_both_sides(matcher, message, intent):
    assert matcher.match(message).intent == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # The forms of cooperation set against each other, the kinds unnamed: the three side by side.
        ("perbandingan bentuk kerja sama internasional", "perbandingan"),
        ("apa perbedaan masing2 bentuk kerjasama internasional tu", "perbandingan"),
        ("cara bedain jenis kerja sama internasional gimana biar gk ketuker", "perbandingan"),
        ("sebutkan bentuk kerja sama internasional", "bentuk_kerja_sama"),
    ],
)
def test_the_forms_set_against_each_other_are_compared(matcher, question, intent):
    assert matcher.match(question).intent == intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # Being lost on a kind, said with how lost ("masih", "soal", "pelan2"), asks what the kind is.
        ("masih bingung soal regional", "regional_definisi"),
        ("aku masih bingung multilateral, tolong jelasin pelan2", "multilateral_definisi"),
        ("aku masih bingung cara pakainya", "bantuan"),
        # Trouble in bilateral relations is the lesson on disputes, not what the relations are ...
        ("masalah dalam hubungan bilateral", "diplomasi_bilateral_perselisihan"),
        ("bah kalau bilateral ada masalah, apa yang dorang buat", "diplomasi_bilateral_perselisihan"),
        # ... unless why diplomacy matters or what good cooperation does is asked of it.
        (
            "trus kenapa diplomasi bilateral tetap penting walaupun sering ribut",
            "diplomasi_bilateral_pentingnya",
        ),
        # Documents exchanged ("tukaran") are a form of agreement, no quarrel.
        (
            "perjanjian bilateral ditandatangani berdua kah atau tukaran dokumen?",
            "bilateral_bentuk_perjanjian",
        ),
        # A body asked for, to settle a dispute, is that body.
        (
            "Ketika dua negara bersengketa soal bea masuk barang, lembaga internasional yang dapat menengahi "
            "sengketa dagang tersebut adalah ....",
            "org_wto",
        ),
        # The negotiation a diplomacy is carried out by is how it is done.
        (
            "Apa yang dimaksud dengan negosiasi dalam diplomasi bilateral dan bagaimana hasilnya?",
            "diplomasi_bilateral_cara",
        ),
        ("diplomasi bilateral pake negosiasi kah", "diplomasi_bilateral_cara"),  # after it, as the means
        ("apa itu diplomasi bilateral", "diplomasi_bilateral_definisi"),
        # "X tu apa lai" asks what X is, again; "selain X ada apa lagi" asks for the other kinds.
        ("nah multilateral tu apa lai?", "multilateral_definisi"),
        ("selain bilateral ada apa lagi", "bentuk_kerja_sama"),
        # The three kinds ranked against each other are compared side by side.
        ("dari ketiganya mana yg paling untung buat indonesia", "perbandingan"),
    ],
)
def test_being_lost_trouble_negotiation_and_asking_again(matcher, message, intent):
    assert matcher.match(message).intent == intent


@pytest.mark.parametrize(
    ("item", "intent"),
    [
        # A scene of two countries' envoys, then the kind of diplomacy left blank: bilateral diplomacy, the
        # only kind of diplomacy a lesson is titled by, whatever kind the scene reads as.
        (
            "Menteri Luar Negeri RI bertemu Menlu Malaysia utk membahas masalah perbatasan kedua negara. "
            "Pertemuan ini merupakan bentuk diplomasi ....",
            "diplomasi_bilateral_definisi",
        ),
        (
            "Diplomasi yang mengatur hubungan antara negara asal dengan setiap negara asing secara satu per "
            "satu disebut diplomasi ....",
            "diplomasi_bilateral_definisi",
        ),
    ],
)
def test_the_kind_of_diplomacy_left_blank_is_bilateral_diplomacy(matcher, item, intent):
    assert matcher.match(item).intent == intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("PBB kalo dalam bhs inggris apa", "org_pbb"),
        # Help asked with the lesson the rest of the message asks for is that lesson.
        (
            "permisi kak, beta Lateri. guru kasih tugas cari contoh kerja sama multilateral yg Indonesia "
            "ikut, minimal 5. bisa bantu?",
            "multilateral_contoh",
        ),
        ("ey bot", "sapaan"),
        ("sampe baku dapa", "pamit"),
        # What happened, put under a kind by name, is one of its examples, whatever body it reads like.
        ("pasukan garuda ke lebanon termasuk multilateral ga", "multilateral_contoh"),
        (
            "konferensi iklim yg diikuti hampir semua negara itu termasuk multilateral kah",
            "multilateral_contoh",
        ),
        ("FAO itu apa", "org_fao"),
        # A disc's region code is no region's cooperation.
        ("kode regional dvd tu apa sih", None),
    ],
)
def test_help_asked_a_scene_put_under_a_kind_and_short_words(matcher, message, intent):
    assert matcher.match(message).intent == intent


@pytest.mark.parametrize(
    ("item", "intent"),
    [
        # Options that each list kinds ask for the kinds themselves, whoever does the cooperating.
        (
            "Kerja sama luar negeri yang dilakukan oleh pemerintah Indonesia dapat dibedakan menjadi tiga, "
            "yaitu ....\na. bilateral, trilateral, unilateral\nb. bilateral, regional, multilateral\n"
            "c. regional, nasional",
            "bentuk_kerja_sama",
        ),
        # The organisations an instruction lists on its own line are what the item asks about.
        (
            "Perhatikan organisasi berikut: 1. PBB 2. IMF 3. ILO 4. FAO\n"
            "Organisasi tersebut merupakan bentuk kerja sama ....",
            "multilateral_contoh",
        ),
        # A blank right after "termasuk" in a sentence on cooperation asks its kind, not what ASEAN is.
        (
            "Kerjasama antara indonesia dgn negara negara asia tenggara dalam ASEAN termasuk....",
            "regional_contoh",
        ),
        # The term defined comes after the source it is cited from.
        ("Menurut KBBI, bilateral berarti ....", "bilateral_definisi"),
    ],
)
def test_an_items_options_list_and_cited_source_do_not_hide_what_it_asks(matcher, item, intent):
    assert matcher.match(item).intent == intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("contoh laen yg sama kaya PBB apa lai", "multilateral_contoh"),  # "sama kaya": the same as
        ("kalau negara slek terus2an hubungannya putus kah?", "diplomasi_bilateral_perselisihan"),
    ],
)
def test_chat_words_for_the_same_as_and_a_falling_out(matcher, message, intent):
    assert matcher.match(message).intent == intent


@pytest.mark.parametrize(
    ("item", "intent"),
    [
        # The name of the kind the scene shows, asked after it, and asked with no blank after the naming.
        (
            "Negara-negara di satu kawasan yang saling berdekatan bekerja sama. Bentuk kerja sama seperti "
            "ini dinamakan?",
            "regional_definisi",
        ),
        ("kerja sama yg dilakukan antar negara di satu kawasan dinamakan ?", "regional_definisi"),
        # A question before the colon is no heading.
        ("Manakah yg pihaknya paling sedikit: kerja sama bilateral, regional, multilateral?", "perbandingan"),
        # Countries counted past two with "lebih" between.
        (
            "Indonesia bersama 150 lebih negara menandatangani Perjanjian Paris. Termasuk kerja sama ....",
            "multilateral_contoh",
        ),
        # "dua negara atau lebih" is any cooperation between countries, not bilateral's two.
        ("Tuliskan 2 tujuan kerja sama yang dijalin 2 negara atau lebih!", "tujuan_hubungan_internasional"),
        # The kinds listed with one left blank; not blanks alone.
        ("kerja sama ada bilateral, regional, dan ....", "bentuk_kerja_sama"),
        ("Kerja sama bilateral dapat dilakukan dalam bidang ...., ...., dan ....", "bilateral_bidang"),
        ("Organisasi GNB termasuk ke dalam bentuk kerja sama ....", "multilateral_contoh"),
        ("kerja sama negara2 asia tenggara di asean masuk apa", "regional_contoh"),
        # A name asked, and an option that is the scene's own name: no kind.
        (
            "Negara-negara ASEAN sepakat membuat kawasan perdagangan bebas. Kerja sama ini disebut ....\n"
            "a. APEC\nb. AFTA\nc. OPEC\nd. MEE",
            "org_afta",
        ),
        # A true/false statement: two countries put under a kind; a kind judged after "jika salah perbaiki".
        ("B/S: Kerja sama Malaysia dan Thailand soal perbatasan termasuk regional.", "bilateral_contoh"),
        ("B/S: Chile dan Peru masuk kawasan mitra bilateral Indonesia yang sama.", "indonesia_kawasan_mitra"),
        # A definition that alone is surely another lesson: the article's line on bilateral diplomacy.
        ("B/S: Bilateral adalah inti dari pengelolaan hubungan luar negeri.", "diplomasi_bilateral_definisi"),
        ("kak regional artinya apa sih dalam kerja sama internasional", "regional_definisi"),  # it asks
        ("B/S: ILO adalah organisasi yang mengurus pertanian.", "org_ilo"),  # a false statement on the ILO
        (
            "B/S: Kerja sama Indonesia dan Australia dalam IA-CEPA termasuk kerja sama regional karena "
            "Australia di kawasan Pasifik.",
            "bilateral_contoh",
        ),
        (
            "Tentukan benar (B) atau salah (S), jika salah perbaiki!\n3. Bilateral adalah kerja sama banyak "
            "negara di satu kawasan.",
            "bilateral_definisi",
        ),
    ],
)
def test_a_kind_named_after_its_scene_counted_countries_and_a_blank_in_the_list(matcher, item, intent):
    assert matcher.match(item).intent == intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # Two clauses about the same organisation agree.
        ("kak PBB tuh gunanya apa sih, kok setiap perang pbb ga bisa ngapa2in", "org_pbb"),
        # A kind asked after long chat, "intinya".
        (
            "kak td di kelas bu guru jelasin panjang bgt terus aku tidur 😭 intinya multilateral tuh apa ya",
            "multilateral_definisi",
        ),
        ("gnite kak", "pamit"),
        ("kalo negara ga sepakat?", "diplomasi_bilateral_perselisihan"),
        # Another subject's sense in the remark after the question.
        ("segi banyak itu bangun multilateral ya? di matematika", None),
        # Whether school is off tomorrow asks no goodbye (the off-topic list has a day off).
        ("besok sekolah libur gak sih", None),
        ("besok kita libur ga sih", None),
        # A remark on the bot is no question about it (the off-topic list has one).
        ("hahaha bot ini lucu", None),
        # Asking the bot to send a photo is no question on using it (the off-topic list has one).
        ("kirim foto dong", None),
        # ... but a subject a lesson's field names, in the question.
        ("kalo olahraga masuk bidang bilateral juga? misal pelatih korea dikirim", "bilateral_bidang"),
    ],
)
def test_chat_agreeing_with_itself_a_kind_asked_last_a_remark_of_another_subject(matcher, message, intent):
    assert matcher.match(message).intent == intent
