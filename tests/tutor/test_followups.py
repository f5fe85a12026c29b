"""Follow-ups that lean on the chat's topic, as students type them after an answer."""

from __future__ import annotations

import pytest

from bot.tutor import Tutor
from bot.tutor.topic import TopicFollowups

CHAT = 7


async def asks(tutor: Tutor, text: str) -> str:
    """The intent whose answer came back (or the first line of whatever else did)."""
    replies = await tutor.ask(CHAT, text)
    by_answer = {i.answer: i.id for i in tutor.content.intents.values()}
    return by_answer.get(replies[0].text, replies[0].text.split("\n")[0])


@pytest.mark.parametrize(
    ("topic", "followup", "intent"),
    [
        ("jelaskan konvensi wina 1961", "fungsinya apa aja?", "vcdr_fungsi_misi"),
        ("apa itu diplomasi bilateral", "caranya gimana?", "diplomasi_bilateral_cara"),
        ("WTO itu apa", "indonesia gabung kapan?", "org_wto"),
        ("PBB itu apa", "markasnya di mana?", "org_pbb"),
        ("PBB itu apa", "anggotanya berapa?", "org_pbb"),
        ("PBB itu apa", "indonesia gabung kapan?", "org_pbb"),
        ("apa itu asean", "berdirinya kapan", "org_asean"),
        ("piagam ASEAN itu apa", "badan2 nya apa saja", "org_asean"),  # its bodies, not the FAO's "badan"
        ("ASEAN tu sebenarnya apa", "Filipina ikut dari awal ka?", "org_asean"),  # a member, from the start
        # "semua" before the word that leans names no question about the bot.
        ("mitra indonesia dibagi jadi brp kawasan", "sebut semua kawasannya", "indonesia_kawasan_mitra"),
        ("afta itu apa", "itu dibentuk taun brp", "org_afta"),
        ("afta itu apa", "kapan mulai berlaku", "org_afta"),  # its answer's word, no other lesson's title
        ("afta itu apa", "mulai berlaku kapan", "org_afta"),  # however near bilateral examples' wording
        # Which kind AFTA is, whatever the article says: regional's examples list it and say why.
        ("afta itu apa", "kok di artikel masuknya multilateral", "regional_contoh"),
        ("manfaat kerja sama bilateral apa", "sebutin 3 aja", "bilateral_manfaat"),  # a count of its points
        # "no 4" numbers the item, not the fourth point of the ILO's answer.
        ("no 3 ILO bergerak di bidang ....", "no 4 kepanjangan FAO", "org_fao"),
        ("OKI tu apa", "dulu namanya apa", "org_oki"),  # "dulu": before, not "for now" in a goodbye
        # A related lesson that leads the matcher's choice by a hair is the one the relation asks.
        (
            "diplomasi bilateral penting kah",
            "hubungannya sama forum regional apa",
            "kerangka_regional_multilateral",
        ),
        ("apa itu ilo", "markasnya?", "org_ilo"),
        # "sampe situ": up to there, enough for now; it points at nothing said.
        ("indonesia masuk PBB kapan", "oke sampe situ dulu, dadah", "pamit"),
        # The meaning asked of an example just listed is asked of the examples, not the kind's definition.
        ("contoh kerja sama bilateral apa", "kalau IJEPA itu maksudnya apa", "bilateral_contoh"),
        (
            "diplomasi bilateral tu apa",
            "kalau dua negaranya ba tengkar gmn",
            "diplomasi_bilateral_perselisihan",
        ),
        ("afta apaan kak", "itu termasuk regional apa multilateral", "regional_contoh"),
        ("afta apaan kak", "dia itu regional ato multilateral?", "regional_contoh"),
        ("afta itu apa", "kok di artikel ditulis multilateral", "regional_contoh"),
        # IJEPA is one of bilateral's examples, whose answer says which kind it is: no comparison.
        ("ijepa itu apa", "itu termasuk apa, bilateral atau regional", "bilateral_contoh"),
        ("ecosoc apa kak", "itu bagian dr pbb kan", "org_ecosoc"),
        ("ecosoc apa kak", "dia bagian dari pbb?", "org_ecosoc"),
        ("kalo fao", "itu bagian pbb jg?", "org_fao"),  # whose answer says it is a UN agency
        ("ECOSOC itu apa", "bagian dari apa", "org_ecosoc"),  # which body it is part of, its answer says
        # The dispute's own words, near none of the topic's: a question of its own.
        ("diplomasi bilateral itu apa", "fase perlambatan tu apa", "diplomasi_bilateral_perselisihan"),
        ("bang, konvensi wina ntu ape", "taon berape", "vcdr_definisi"),  # Betawi
        ("apo contoh kerjasamo multilateral", "nan partamo tu apo", "org_pbb"),  # Minang: the first example
        ("pbb tu apo", "bilo badirinyo", "org_pbb"),  # Minang
        ("ecosoc apa kak", "hubungannyo samo PBB apo", "org_ecosoc"),  # how it stands to the UN
        ("ecosoc apa kak", "kalau pbb sendiri berdiri kapan", "org_pbb"),
        # "selain itu" puts ECOSOC aside for the body named, whose answer lists its organs.
        ("ecosoc apa kak", "PBB nya punya organ apa aja selain itu", "org_pbb"),
        ("asean tu apa", "apa lagi selain itu", "org_asean"),  # more of the topic, nothing else named
        ("fungsi kedubes apa", "ditandatangani kapan", "vcdr_definisi"),
        ("fungsi kedubes apa", "tahun berapa dia dibuat", "vcdr_definisi"),  # the convention, not the UN
        ("konvensi wina tuh apa", "trs pasal 3 nya tentang apa", "vcdr_fungsi_misi"),  # its part
        ("konvensi wina tuh apa", "yg soal melindungi warga itu gimana", "vcdr_fungsi_misi"),
        ("gnb tu apo", "indonesia ikuik?", "org_gnb"),  # Minang "ikuik"
        ("oki itu singkatan apa", "kapan indo gabung", "org_oki"),
        ("wto tu apa sih", "indonesia anggota sejak kapan", "org_wto"),
        ("kerja sama internasional bentuknya ada apa aja", "yg pertama jelasin dong", "bilateral_definisi"),
        ("bentuk kerjasama internasional ada apa aja", "yg ketiga maksudnya apa", "multilateral_definisi"),
        ("bentuk kerjasama internasional ada apa aja", "nu kadua teh naon", "regional_definisi"),  # Sundanese
        ("bentuk kerjasama internasional ada apa aja", "nan katigo tu apo", "multilateral_definisi"),
        ("bentuk kerjasama internasional apo bae", "yg pertamo jelasin", "bilateral_definisi"),  # Palembang
        ("bentuk kerjasama internasional ada apa aja", "yg nomor dua maksudnya apa", "regional_definisi"),
        ("bentuk kerja sama apa aja", "sing nomer telu maksude piye", "multilateral_definisi"),
        (
            "bentuk kerjasama internasional apo bae",
            "nomor tigo tu maksudnyo cak mano",
            "multilateral_definisi",
        ),
        ("indonesia punyo mitra berapo negara", "kawasan2nyo mano bae", "indonesia_kawasan_mitra"),
        ("ASEAN tu ape", "kenape ditubuhkan", "org_asean"),  # Malaysian "ditubuhkan": founded
        # Which kind an organisation is: the examples of the kind that lists it, as a worksheet item on its
        # kind gets (the GNB's and the IMF's answers do not say it); AFTA's own answer, since another
        # kind's examples name it too, to say it is not theirs (above).
        ("gnb itu apa", "itu termasuk kerja sama apa", "multilateral_contoh"),
        ("imf itu apa", "IMF masuk multilateral juga kah", "multilateral_contoh"),
        ("asean itu apa", "itu termasuk kerja sama apa", "regional_contoh"),
        ("GNB itu apa", "regional atau multilateral sih", "multilateral_contoh"),  # kinds offered for it
        # Of an example a kind's examples name: those examples, not what the kind is.
        ("IMT-GT itu apa kak", "anggotanya siapa aja", "regional_contoh"),
        ("IMT-GT itu apa kak", "itu artinya apa", "regional_definisi"),
        (
            "ASEAN didirikan kapan",
            "ASEAN itu contoh kerja sama apa",
            "regional_contoh",
        ),  # an example of which
        ("oki iku opo", "oki iku termasuk kerjasama opo, multilateral?", "multilateral_contoh"),
        ("fao iku opo", "markase ndek endi", "org_fao"),
        ("WTO punika menapa", "markasipun wonten pundi?", "org_wto"),  # Javanese krama "-ipun"
        ("imf itu apo", "kantornyo di mano", "org_imf"),  # Minang "-nyo"
        ("apa itu fao", "kantornya di mana", "org_fao"),
        ("diplomasi bilateral apa", "cara gmn", "diplomasi_bilateral_cara"),  # not how to use the bot
        ("FAO apa", "kantor", "org_fao"),  # a bare word, asked of any organisation: not the WTO's
        ("tujuan hubungan internasional apa", "bentuknya ada apa aja", "bentuk_kerja_sama"),
        ("apa itu kerja sama bilateral", "contohnya apa", "bilateral_contoh"),
        # The dispute's answer says how disputes are settled: not the ways of diplomacy in general.
        ("perselisihan bilateral gmn", "cara nyelesain masalah itu", "diplomasi_bilateral_perselisihan"),
        ("dua negara berselisih gimana", "cara nyelesaiinnya gimana", "diplomasi_bilateral_perselisihan"),
        ("apa itu kerja sama bilateral", "bidang kerjasamanya apa aja", "bilateral_bidang"),
        ("apa saja bentuk kerja sama internasional", "yang pertama maksudnya apa", "bilateral_definisi"),
        ("gnb itu apa", "indonesia ikut gak?", "org_gnb"),
        ("oki itu apa", "oke lanjut, indonesia ikut gak", "org_oki"),  # "oke lanjut" carries on
        # Whether Indonesia is a founder: its part in ASEAN, not since when it has had foreign relations.
        ("ASEAN itu apa", "indonesia ikut dari awal gak?", "org_asean"),
        ("AFTA itu apa", "negara mana saja yg ikut", "org_afta"),  # its members, not multilateral's examples
        ("OKI itu apa", "indonesia pernah jadi tuan rumah?", "org_oki"),  # its answer says when
        ("OKI itu apa", "indonesia melok ta", "org_oki"),  # Suroboyo: "does Indonesia take part?"
        ("OKI itu apa", "markase nang endi", "org_oki"),
        # Why a named thing matters is in its own answer; why bilateral diplomacy matters is a lesson.
        ("VCDR apaan", "kenapa penting", "vcdr_definisi"),
        ("diplomasi bilateral itu apa", "kenapa penting", "diplomasi_bilateral_pentingnya"),
        # A lesson is not joined; the one named thing related to it is (the convention Indonesia ratified).
        ("apa saja fungsi misi diplomatik", "indonesia ikut?", "vcdr_definisi"),
        # Words far from every lesson but said by the topic's own answer (the GNB summit of 1992 in Jakarta).
        ("GNB itu apa", "indonesia jd tuan rumah KTT nya kapan", "org_gnb"),
        # What the topic's own answer says is no description of another organisation (its founders).
        ("ASEAN tu berdiri kapan kak", "yg mendirikan negara mana aja", "org_asean"),
        # "-nya" on a name marks that thing: it points at no topic.
        ("bilateral itu siapa aja pihaknya", "trs masuk PBB nya kapan", "org_pbb"),
        # Whether it ever happened to Indonesia: the dispute's answer gives the 2013 recall from Canberra.
        (
            "kalo dua negara cekcok, hubungannya jadi gmn",
            "indonesia pernah ngalamin?",
            "diplomasi_bilateral_perselisihan",
        ),
        (
            "kalo dua negara cekcok, hubungannya jadi gmn",
            "pernah kejadian sama indonesia gak",
            "diplomasi_bilateral_perselisihan",
        ),
        # "begitu" points at what the topic says: whether Indonesia went through it, nothing joined.
        (
            "kalau dua negara baku marah gimana",
            "indonesia pernah begitu gk",
            "diplomasi_bilateral_perselisihan",
        ),
        # Whether a case is allowed, put to the topic (Javanese "nek" is "kalau").
        ("yang bikin perjanjian bilateral siapa aja", "provinsi boleh gak", "bilateral_pihak"),
        ("yang bikin perjanjian bilateral siapa aja", "perusahaan bisa?", "bilateral_pihak"),
        ("yang bikin perjanjian bilateral siapa aja", "lha nek provinsi iso ra", "bilateral_pihak"),
        # A doubt on how many points the list has, which its answer settles (the article lists four).
        ("apa saja fungsi misi diplomatik", "kenapa di artikel cuma 4 poin", "vcdr_fungsi_misi"),
        ("apa saja fungsi misi diplomatik", "Mengapa di artikel hanya ada empat butir?", "vcdr_fungsi_misi"),
        # Two counts set against each other, one the list's: a doubt on how many points it has.
        (
            "apa saja fungsi misi diplomatik",
            "td kata ustadzah ada 5 ya, kok di artikel 4",
            "vcdr_fungsi_misi",
        ),
        # A regional possessive reads as "-nya" where the content says so: "kawasannya", not "kawasan".
        ("indonesia kerja sama bilateral sama berapa negara", "kawasane opo wae", "indonesia_kawasan_mitra"),
        ("indonesia kerja sama bilateral sama berapa negara", "kawasannye ape je", "indonesia_kawasan_mitra"),
        (
            "indonesia kerja sama bilateral sama berapa negara",
            "kawasanna apa bei?",
            "indonesia_kawasan_mitra",
        ),
        # Javanese possessives "-e", "-ne" lean on the topic as "-nya" does.
        ("diplomasi bilateral kuwi opo to", "carane piye", "diplomasi_bilateral_cara"),
        ("nek ecosoc?", "tugase opo wae", "org_ecosoc"),  # "tugas" is read as "fungsi", still leaning
        ("diplomasi bilateral kuwi opo to", "pentinge opo", "diplomasi_bilateral_pentingnya"),
        ("oki kuwi opo", "anggotane sopo wae", "org_oki"),
        # "gunane": "guna" alone is no lesson word, "gunanya" is ("manfaat"), so it leans too.
        ("diplomasi bilateral iku opo", "lha gunane opo", "diplomasi_bilateral_pentingnya"),
        # and so does the Sundanese "-na".
        ("naon ari diplomasi bilateral teh", "kumaha carana", "diplomasi_bilateral_cara"),
        ("kalau regional manfaatnya apa", "multilateral juga kak", "multilateral_manfaat"),  # "too"
        ("contoh kerja sama regional apa", "multilateral jg dong", "multilateral_contoh"),  # "jg": "juga"
        ("kalau regional manfaatnya apa", "multilateral jua?", "multilateral_manfaat"),  # Ambonese "jua"
        # "... itu" closing the message points back, as "tersebut" does; FAO's examples ask dates too.
        ("indonesia mulai hubungan luar negeri kapan", "kenapa dari tanggal itu", "indonesia_awal_hubungan"),
        ("oki teh naon", "anggotana saha wae", "org_oki"),
        ("gnb itu apa", "latar belakangnya gimana", "org_gnb"),  # why it was founded: its answer says
        ("ilo itu apa", "yg soal pangan?", "org_fao"),  # "soal" also reads as asking about test questions
        (
            "diplomasi bilateral penting kah",
            "amun negara bakalahi kaya apa",
            "diplomasi_bilateral_perselisihan",
        ),
        ("apa itu aktor non negara", "contoh nya?", "aktor_non_negara"),
        ("manfaat kerja sama multilateral apa", "contoh yang diikuti indonesia", "multilateral_contoh"),
        ("delapan kawasan mitra indonesia apa aja", "sebutin dong", "indonesia_kawasan_mitra"),
        ("fungsi misi diplomatik ana pira", "sebutke", "vcdr_fungsi_misi"),  # Javanese "-ke"
        ("mitra indonesia dibagi jadi brapa kawasan", "sebut akang sa", "indonesia_kawasan_mitra"),  # Ambon
        ("delapan kawasan mitra indonesia apa aja", "sebutin semuanya dong", "indonesia_kawasan_mitra"),
        ("apa itu kerja sama regional", "jelasin dong kak", "regional_definisi"),
        ("imf itu apa", "indonesia pernah pinjam kan", "org_imf"),
        ("apa saja fungsi misi diplomatik", "itu diatur dalam konvensi apa", "vcdr_definisi"),
        ("contoh kerja sama bilateral", "selain itu ada lagi gak", "bilateral_contoh"),
        ("contoh kerja sama bilateral", "ada lagi yg kayak gitu?", "bilateral_contoh"),  # "like that"
        # The kind guessed after a comma is no second question ("multilateral kah" alone would define it).
        ("OKI berdiri kapan", "OKI tu contoh kerja sama apa, multilateral kah", "multilateral_contoh"),
        # After a kind was given, Indonesia's taking part in another is the next case to class.
        ("IA-CEPA termasuk kerja sama apa", "kalau indonesia ikut WTO?", "multilateral_contoh"),
        # The same asked of another partner, though "negara lain" alone reads as what relations are for.
        ("oke, IA-CEPA tu kerja sama apa", "sama negara lain ada juga?", "bilateral_contoh"),
        ("IJEPA termasuk kerja sama apa", "ada lagi yg kayak gitu sama negara lain?", "bilateral_contoh"),
        ("wto itu apa", "jadi wto termasuk kerja sama multilateral ya?", "multilateral_contoh"),  # says so
        ("afta itu apa", "berarti termasuk regional ya?", "regional_contoh"),
        ("konvensi wina 1961 itu apa", "dibuat tahun berapa", "vcdr_definisi"),
        ("afta itu apa", "kapan mulai", "org_afta"),  # reads alone like Indonesia's first foreign relations
        ("gerakan non blok itu apa", "tahun berapa", "org_gnb"),  # alone like the UN's, not those relations
        ("kak GNB itu apa", "kenapa gitu namanya", "org_gnb"),  # why its name, not which one (OKI's renaming)
        ("apa itu pbb", "apa tujuan utamanya", "org_pbb"),  # not the aims of international relations
        # A related lesson named only by its aspect, which the matcher alone makes nothing of.
        (
            "kalau hubungan dua negara berselisih gimana",
            "terus kenapa tetep dianggap penting",
            "diplomasi_bilateral_pentingnya",
        ),
        ("konvensi wina 1961 itu apa", "tahun berapa itu disepakati", "vcdr_definisi"),
        ("contoh kerja sama bilateral apa aja", "manfaatnya bagi indonesia apa", "bilateral_manfaat"),
        ("apa itu kerja sama bilateral", "yang berhak membuat perjanjiannya siapa", "bilateral_pihak"),
        ("apa itu ilo", "indonesia juga anggota?", "org_ilo"),
        ("apa itu wto", "kalau yang ngurus pangan apa namanya", "org_fao"),
        ("yang FAO tu ngurus apa", "kalau buruh yg ngurus apa", "org_ilo"),  # the thing first, then "which"
        ("pbb itu apa", "yang soal buruh?", "org_ilo"),
        ("apa itu asean", "lembaga yg ngurus perdagangan dunia apa", "org_wto"),
        ("kalau dua negara berselisih gimana", "kalau makin parah?", "diplomasi_bilateral_perselisihan"),
        (
            "kalau dua negara lagi ribut hubungan bilateralnya gimana",
            "bisa sampe putus total gak",  # "total" as "completely", not a number of partners
            "diplomasi_bilateral_perselisihan",
        ),
        (
            "kalau dua negara berselisih gimana",
            "kalau masih ga beres juga?",
            "diplomasi_bilateral_perselisihan",
        ),
        ("apa itu kerja sama bilateral", "sapa bisa aghabay perjanjianna", "bilateral_pihak"),  # Madurese
        # Who made it or when, after a named subject: its answer says.
        ("apa itu asean", "yang mendirikan siapa saja", "org_asean"),
        ("konvensi wina itu apa", "kapan disahkan", "vcdr_definisi"),
        # "Why?" about the topic: its answer again ("kok bisa" is "how come").
        ("afta itu apa", "kok bisa gitu?", "org_afta"),
        ("apa itu kerja sama bilateral", "kenapa?", "bilateral_definisi"),
        ("tujuan hubungan internasional", "ada berapa", "tujuan_hubungan_internasional"),  # how many aims
        # Carrying on, and nearest to the topic itself, though too weak to be answered alone.
        ("kalau dua negara berselisih gimana", "trus biar akur lagi gmn", "diplomasi_bilateral_perselisihan"),
        ("siapa saja yang bisa membuat perjanjian bilateral", "kalau provinsi boleh?", "bilateral_pihak"),
        ("bidang kerja sama bilateral apa aja", "pendidikan termasuk?", "bilateral_bidang"),
        ("oki itu apa", "markasnya di negara mana", "org_oki"),
        ("afta itu apa", "negara anggotanya siapa aja", "org_afta"),
        ("pbb itu apa", "balik ke pbb, markasnya di mana", "org_pbb"),
        # A question word and a thing asked of every organisation, with no "-nya": asked of the one named.
        ("asean itu apa", "siapa aja anggota", "org_asean"),
        ("asean berdiri tahun berapa", "di mana", "org_asean"),  # where, alone: of the one just named
        ("apa itu WTO", "where is the headquarters", "org_wto"),
        ("apa itu WTO", "when did indonesia join", "org_wto"),
        # English pronouns point back as "itu" and "tersebut" do.
        ("what is bilateral diplomacy", "how is it done?", "diplomasi_bilateral_cara"),
        ("asean itu apa", "who founded it", "org_asean"),
        ("bentuk kerja sama internasional ada apa aja", "yg ketiga contohnya apa", "multilateral_contoh"),
        ("perjanjian bilateral bentuknya apa saja", "yg tanda tangan siapa aja", "bilateral_pihak"),
        # A bare aspect that alone would ask which kind: the topic's kind.
        ("apa itu kerja sama regional", "contoh yang ada indonesia?", "regional_contoh"),
        ("contoh kerja sama regional apa aja", "manfaat jih peu", "regional_manfaat"),
        # Whether the topic belongs to a body its own name says: ECOSOC is the UN's council.
        ("ECOSOC itu apa", "bagian dari PBB?", "org_ecosoc"),
        ("PBB itu apa", "ECOSOC itu bagian dari PBB ya?", "org_ecosoc"),  # asked of ECOSOC
        # Whether something is one of the topic's points, when no lesson alone answers it.
        ("bidang kerja sama bilateral apa aja", "perikanan masuk juga kah 🐟", "bilateral_bidang"),
        ("manfaat kerja sama regional", "IMT-GT itu termasuk?", "regional_contoh"),  # regional's own example
        ("kalau kerja sama regional, manfaatnya apa aja", "contohnya ASEAN ya?", "regional_contoh"),
        # Kinds offered for the example the answer was: which kind it is, not the two compared.
        ("IJEPA tu apa", "itu bilateral atau regional?", "bilateral_contoh"),
        # How many countries it takes, after what the kind is: its definition says.
        ("kerja sama regional itu apa", "harus brp negara?", "regional_definisi"),
        ("multilateral itu apa", "minimal berapa negara", "multilateral_definisi"),
        ("indonesia mulai hubungan luar negeri kapan", "berapa negara", "indonesia_jumlah_mitra"),
    ],
)
async def test_a_follow_up_is_answered_about_the_topic(tutor: Tutor, topic, followup, intent):
    await tutor.ask(CHAT, topic)
    assert await asks(tutor, followup) == intent


async def test_the_kind_just_given_doubted_with_another_kind_is_asked_again(tutor: Tutor):
    await tutor.ask(CHAT, "AFTA itu apa")
    assert await asks(tutor, "AFTA termasuk regional atau multilateral") == "regional_contoh"
    # The article's word against it: the examples that list AFTA say why it is not multilateral.
    assert await asks(tutor, "kok di artikel masuk multilateral?") == "regional_contoh"
    # Another kind's list, asked after one was given, is that kind's.
    await tutor.ask(CHAT, "PBB termasuk kerja sama apa")
    assert await asks(tutor, "kalau regional contohnya apa aja") == "regional_contoh"


async def test_a_follow_up_is_answered_from_the_topic_or_its_related_intents(tutor: Tutor, content):
    for topic in ("apa itu pbb", "apa itu wto", "konvensi wina itu apa", "manfaat kerja sama regional"):
        await tutor.ask(CHAT, topic)
        before = tutor.asking.memory[CHAT].last_intent
        kind = content.intents[before].concept
        same_kind = {i.id for i in content.intents.values() if kind and i.concept == kind}
        family = {before, *content.intents[before].related, *same_kind}
        for followup in (
            "tugasnya apa?",
            "markasnya di mana?",
            "anggotanya siapa aja?",
            "sejarahnya gimana?",
        ):
            assert await asks(tutor, followup) in family, (topic, followup)
            tutor.asking.memory[CHAT].last_intent = before


async def test_a_point_is_quoted_even_when_its_body_mentions_another_topic(tutor: Tutor):
    await tutor.ask(CHAT, "tujuan hubungan internasional apa")
    [reply] = await tutor.ask(CHAT, "yg nomor 2 maksudnya apa")
    assert "Kemakmuran" in reply.text
    assert await asks(tutor, "makasih") == "terima_kasih"
    assert tutor.asking.memory[CHAT].last_intent == "tujuan_hubungan_internasional"


async def test_the_point_of_a_list_a_follow_up_means_is_quoted(tutor: Tutor):
    await tutor.ask(CHAT, "apa saja fungsi misi diplomatik")
    [reply] = await tutor.ask(CHAT, "yang kedua maksudnya apa")
    assert "Melindungi" in reply.text
    assert reply.button_list  # the topic's follow-up buttons stay
    [reply] = await tutor.ask(CHAT, "poin 3 maksudnya apa")
    assert "Berunding" in reply.text
    # A long message that opens by picking a point still picks it.
    [reply] = await tutor.ask(CHAT, "yang kedua itu maksudnya gimana sih kak, aku masih belum paham banget")
    assert "Melindungi" in reply.text
    [reply] = await tutor.ask(CHAT, "explain the third one")  # in English
    assert "Berunding" in reply.text
    [reply] = await tutor.ask(CHAT, "yg ke 3 apa")
    assert "Berunding" in reply.text
    [reply] = await tutor.ask(CHAT, "yg ke empat maksudnya apa")  # the number in words
    assert "Mencari tahu" in reply.text
    await tutor.ask(CHAT, "mitra indonesia dibagi jadi kawasan apa saja")
    [reply] = await tutor.ask(CHAT, "yang ke tiga apa tadi")  # "tiga" names no lesson ("Tiga bentuk ...")
    assert "Asia Timur dan Pasifik" in reply.text


async def test_a_word_in_a_points_elaboration_names_no_other_topic(tutor: Tutor):
    await tutor.ask(CHAT, "apa saja fungsi misi diplomatik")
    # The fourth function says "dengan cara yang sah", and "cara" alone is the ways of diplomacy.
    [reply] = await tutor.ask(CHAT, "yang keempat maksudnya apa")
    assert "Mencari tahu" in reply.text
    [reply] = await tutor.ask(CHAT, "nang kedua maksudnya apa?")  # Banjar "nang": "yang"
    assert "Melindungi" in reply.text
    [reply] = await tutor.ask(CHAT, "nyang keempat artinye ape")  # Betawi "nyang": "yang"
    assert "Mencari tahu" in reply.text
    # A point that opens with a name still names that lesson.
    await tutor.ask(CHAT, "contoh kerja sama regional apa aja")
    assert await asks(tutor, "yg pertama maksudnya apa") == "org_asean"


async def test_a_point_picked_by_what_it_is_about_is_quoted(tutor: Tutor):
    await tutor.ask(CHAT, "tujuan hubungan internasional apa")
    # Its body says "produk dalam negeri mendapat pasar di luar negeri", which alone reads like Indonesia's
    # foreign relations.
    [reply] = await tutor.ask(CHAT, "yang soal produk dalam negeri di luar itu maksudnya gimana")
    assert "Kemakmuran" in reply.text
    # "membuka pasar", as the textbooks put it.
    [reply] = await tutor.ask(CHAT, "yg soal pasar itu maksudnya apa")
    assert "Kemakmuran" in reply.text
    assert tutor.asking.memory[CHAT].last_intent == "tujuan_hubungan_internasional"
    [reply] = await tutor.ask(CHAT, "yg perdagangan investasi tu maksudnye gimane")  # Betawi, no "soal"
    assert "Kemakmuran" in reply.text
    # Without "itu", the description ends at the word asking what it means.
    [reply] = await tutor.ask(CHAT, "yang ekonomi maksudnya gimana")
    assert "Kemakmuran" in reply.text
    await tutor.ask(CHAT, "bidang kerja sama bilateral apa saja")
    [reply] = await tutor.ask(CHAT, "yang pendidikan artinya apa")
    assert "beasiswa" in reply.text
    assert tutor.asking.memory[CHAT].last_intent == "bilateral_bidang"
    # "yang X itu" that asks something of X, not what it means, is a question of its own.
    assert await asks(tutor, "yang WTO itu ngurusin apa") == "org_wto"


async def test_a_point_picked_as_just_that_one_is_quoted(tutor: Tutor):
    await tutor.ask(CHAT, "tujuan hubungan internasional apa aja")
    # "ekonomi" alone reads like ECOSOC, the Economic and Social Council.
    [reply] = await tutor.ask(CHAT, "yg ekonomi aja")
    assert "Kemakmuran" in reply.text
    assert tutor.asking.memory[CHAT].last_intent == "tujuan_hubungan_internasional"
    # "-nya" owns the economy to the list: its point on it, not ECOSOC.
    [reply] = await tutor.ask(CHAT, "yang ekonominya apa aja")
    assert "Kemakmuran" in reply.text
    # Asked whether there is one: "ada yg ttg ekonomi ndak" picks it too.
    [reply] = await tutor.ask(CHAT, "ada yg ttg ekonomi ndak")
    assert "Kemakmuran" in reply.text
    # "... siapa aja" asks who: no point is picked.
    await tutor.ask(CHAT, "perjanjian bilateral bentuknya apa aja")
    assert await asks(tutor, "yg tanda tangan siapa aja") == "bilateral_pihak"


async def test_the_first_time_is_no_point_picked(tutor: Tutor):
    await tutor.ask(CHAT, "apa saja fungsi misi diplomatik")
    assert await asks(tutor, "yang pertama kali mengakui indonesia siapa") == "indonesia_awal_hubungan"


async def test_points_of_one_list_are_gone_through_one_after_another(tutor: Tutor):
    await tutor.ask(CHAT, "bentuk kerja sama internasional ada apa aja")
    assert await asks(tutor, "yg pertama maksudnya apa") == "bilateral_definisi"
    assert await asks(tutor, "yg ketiga?") == "multilateral_definisi"  # of the forms, not of bilateral
    assert await asks(tutor, "manfaatnya apa") == "multilateral_manfaat"
    await tutor.ask(CHAT, "kerjasama antar negara tu ado berapo jenis")
    assert await asks(tutor, "yg kedua?") == "regional_definisi"
    assert await asks(tutor, "ketiga") == "multilateral_definisi"  # the ordinal alone goes on down
    await tutor.ask(CHAT, "apa saja fungsi misi diplomatik")
    [reply] = await tutor.ask(CHAT, "yang ketiga maksudnya gimana")  # "ketiga" names no other topic
    assert "Berunding" in reply.text


async def test_a_kind_picked_by_number_after_a_comparison_is_the_kind_shown_there(tutor: Tutor):
    await tutor.ask(CHAT, "kerja sama internasional ada berapa bentuk")
    await tutor.ask(CHAT, "bedanya apa aja ketiganya")  # bilateral, regional, multilateral side by side
    assert await asks(tutor, "yang kedua contohnya apa") == "regional_contoh"
    assert await asks(tutor, "manfaatnya naon") == "regional_manfaat"
    await tutor.ask(CHAT, "bedanya bilateral sama multilateral apa")
    assert await asks(tutor, "yang kedua?") == "multilateral_definisi"


async def test_the_aspect_asked_of_one_point_is_asked_of_the_next(tutor: Tutor):
    await tutor.ask(CHAT, "bentuk kerja samanya ada berapa")
    assert await asks(tutor, "yang pertama contohnya apa") == "bilateral_contoh"
    assert await asks(tutor, "yang ketiga?") == "multilateral_contoh"  # its examples too
    # A point picked while going through the list is the list's, whatever the topic's kind.
    assert await asks(tutor, "yang kedua maksudnya apa") == "regional_definisi"


async def test_a_list_is_still_gone_through_after_questions_on_the_point_picked(tutor: Tutor):
    await tutor.ask(CHAT, "bentuk kerja sama internasional ada apa aja")
    assert await asks(tutor, "yg pertama maksudnya apa") == "bilateral_definisi"
    assert await asks(tutor, "manfaatnya apa") == "bilateral_manfaat"
    assert await asks(tutor, "contoh yang indonesia punya") == "bilateral_contoh"
    # Still the forms' third point, not the definition of bilateral's kind-mates.
    assert await asks(tutor, "trus yg ketiga maksudnya apa") == "multilateral_definisi"


async def test_a_point_picked_bare_after_another_aspect_of_the_last_is_what_that_point_is(tutor: Tutor):
    await tutor.ask(CHAT, "kak kerja sama internasional ada brp bentuk")
    assert await asks(tutor, "yang kedua maksudnya gimana") == "regional_definisi"
    assert await asks(tutor, "manfaatnya apa") == "regional_manfaat"
    # The benefits were asked of the second point, not picked with it: the third is what it is.
    assert await asks(tutor, "trus yang ketiga?") == "multilateral_definisi"


async def test_a_point_picked_with_the_kind_it_heads_starts_going_through_the_list(tutor: Tutor):
    await tutor.ask(CHAT, "kerjasama internasional ada brp bentuk")
    assert await asks(tutor, "yg pertama bilateral artinya apa") == "bilateral_definisi"
    # The second of the forms, not the second point of bilateral's definition (who its parties are).
    assert await asks(tutor, "yang kedua?") == "regional_definisi"
    assert await asks(tutor, "kalau yg terakhir") == "multilateral_definisi"


async def test_the_one_choice_offered_is_the_topic_of_the_next_follow_up(tutor: Tutor):
    [reply] = await tutor.ask(CHAT, "td guru ppkn sebut bilateral, ape bende tu")
    assert reply.text == tutor.messages.clarify  # one button, not tapped
    assert await asks(tutor, "mnfaatnya apa") == "bilateral_manfaat"


async def test_kedua_negara_is_no_ordinal(tutor: Tutor):
    await tutor.ask(CHAT, "apa itu kerja sama bilateral")
    assert await asks(tutor, "apa untungnya bagi kedua negara?") == "bilateral_manfaat"


async def test_a_frame_alone_without_a_topic_is_not_understood(tutor: Tutor):
    assert await asks(tutor, "jelasin dong") == tutor.messages.fallback.split("\n")[0]


async def test_a_question_of_its_own_is_not_taken_for_a_follow_up(tutor: Tutor):
    await tutor.ask(CHAT, "PBB itu apa")
    assert await asks(tutor, "apa itu konvensi wina") == "vcdr_definisi"
    await tutor.ask(CHAT, "PBB itu apa")
    assert await asks(tutor, "makasih ya") == "terima_kasih"
    await tutor.ask(CHAT, "PBB itu apa")
    assert await asks(tutor, "siapa presiden amerika sekarang") == tutor.messages.fallback.split("\n")[0]
    await tutor.ask(CHAT, "OKI itu apa")
    assert await asks(tutor, "siapa presiden indonesia sekarang") == tutor.messages.fallback.split("\n")[0]
    await tutor.ask(CHAT, "PBB itu apa")
    assert await asks(tutor, "tujuan hubungan internasional apa saja") == "tujuan_hubungan_internasional"
    await tutor.ask(CHAT, "WTO itu apa")
    assert await asks(tutor, "kapan indonesia merdeka") == "indonesia_awal_hubungan"
    await tutor.ask(CHAT, "WTO itu apa")
    assert await asks(tutor, "kamu bisa apa aja") != "org_wto"
    # The agreement's name opens with "ia" (it), which points at nothing said before.
    await tutor.ask(CHAT, "negosiasi antar dua negara biasanya kayak gimana")
    assert await asks(tutor, "IA-CEPA tu apa") == "bilateral_contoh"
    await tutor.ask(CHAT, "contoh kerja sama regional")
    assert await asks(tutor, "kalo cuaca besok di padang gimana") == tutor.messages.fallback.split("\n")[0]
    await tutor.ask(CHAT, "cara diplomasi bilateral gimana")
    assert await asks(tutor, "btw kue lapis bikinnye cemane") == tutor.messages.fallback.split("\n")[0]
    await tutor.ask(CHAT, "kalau dua negara berselisih gimana")
    assert await asks(tutor, "terus cara bikin rendang gmn") == tutor.messages.fallback.split("\n")[0]
    # "tadi malam", "malem ini" say when; they point at nothing said before.
    await tutor.ask(CHAT, "negara menjalin hubungan internasional tujuannya apa")
    assert await asks(tutor, "eh skor MU tadi malam brp") == tutor.messages.fallback.split("\n")[0]
    await tutor.ask(CHAT, "kalau dua negara lagi ada masalah gimana")
    assert await asks(tutor, "eh persib maen jam brp malem ini") == tutor.messages.fallback.split("\n")[0]
    # "cara" names the ways of diplomacy, but the question is about a dish.
    await tutor.ask(CHAT, "apa saja fungsi misi diplomatik")
    assert await asks(tutor, "kak tau cara bikin rendang?") == tutor.messages.fallback.split("\n")[0]
    # A name the matcher makes nothing of is about something else (the Congress of Vienna, 1815).
    await tutor.ask(CHAT, "fungsi misi diplomatik apa saja")
    assert (
        await asks(tutor, "kalo kongres wina yg tahun 1815 bahas apa?")
        == tutor.messages.fallback.split("\n")[0]
    )
    # "-nya" on a word no lesson of the topic uses leans on nothing (the roots of an equation).
    await tutor.ask(CHAT, "contoh kerja sama multilateral")
    replies = await tutor.ask(CHAT, "bot, x2+3x-4=0 akarnya brp")
    assert [r.text for r in replies] == [tutor.messages.fallback]
    # Property tax "PBB", far closer to the off-topic questions than to any lesson, despite its "-nya".
    await tutor.ask(CHAT, "ecosoc itu apa")
    replies = await tutor.ask(CHAT, "pajak pbb rumah bayarnya lewat mana")
    assert [r.text for r in replies] == [tutor.messages.fallback]
    # Spelled out as the property tax, after an organisation whose topic it could lean on.
    await tutor.ask(CHAT, "gnb itu apa")
    replies = await tutor.ask(CHAT, "pbb pajak bumi dan bangunan tuh bayarnya kapan")
    assert [r.text for r in replies] == [tutor.messages.fallback]


@pytest.mark.parametrize(
    ("topic", "followup", "intent"),
    [
        ("apa saja bentuk perjanjian bilateral", "yg bikin siapa", "bilateral_pihak"),
        ("apa itu pbb", "yg bikin siapa aja", "org_pbb"),
        ("apa itu pbb", "lu siapa sih", "tentang_bot"),
        ("apa itu pbb", "lu siape sih", "tentang_bot"),  # Betawi "siape" is no "siap" with "-e"
        # No count of the list's points.
        ("apa saja fungsi misi diplomatik", "kenapa ASEAN cuma 10 negara", "org_asean"),
        # Help with other homework is off the topic and off the lessons: the fallback, which says what the
        # bot knows ("bisa ... gak" asks no leave).
        (
            "yang bikin perjanjian bilateral siapa aja",
            "bisa bantu pr matematika gak",
            "Maaf, aku belum tahu jawaban untuk itu 🙏 Pertanyaanmu sudah kucatat supaya materinya bisa "
            "ditambah.",
        ),
        ("apa saja bentuk perjanjian bilateral", "kamu siapa", "tentang_bot"),
        ("contoh kerja sama bilateral", "materinya dari mana", "tentang_bot"),
        ("contoh kerja sama bilateral", "sumber jawabannya dari mana", "tentang_bot"),
    ],
)
async def test_a_question_is_about_the_bot_only_when_it_speaks_of_the_bot(
    tutor: Tutor, topic, followup, intent
):
    """ "yg bikin siapa" reads like "siapa yang bikin bot ini", but without "kamu" or "bot" it asks
    about the topic; "materinya dari mana" uses words students ask the bot itself with."""
    await tutor.ask(CHAT, topic)
    assert await asks(tutor, followup) == intent


async def test_a_difference_asked_after_a_topic_compares_its_kind_with_the_one_named(tutor: Tutor):
    await tutor.ask(CHAT, "apa manfaat kerja sama multilateral")
    [summary] = await tutor.ask(CHAT, "bedanya sama bilateral?")
    assert summary.text.startswith("<b>Bilateral vs Multilateral</b>")
    await tutor.ask(CHAT, "apa itu kerja sama regional")
    [summary] = await tutor.ask(CHAT, "kalau dibanding multilateral?")
    assert summary.text.startswith("<b>Regional vs Multilateral</b>")
    await tutor.ask(CHAT, "what are the benefits of regional cooperation")
    [summary] = await tutor.ask(CHAT, "how is it different from bilateral?")  # in English
    assert summary.text.startswith("<b>Bilateral vs Regional</b>")


async def test_a_difference_asked_after_a_diplomacy_sets_it_beside_the_other_kinds_diplomacy(tutor: Tutor):
    """After bilateral diplomacy, "bedanya sama multilateral?" asks how it differs from multilateral
    diplomacy, which the lesson on what it is says (the same techniques, other partners); and the chat
    stays on diplomacy, so "kenapa penting" and "caranya gimana" still ask of it."""
    await tutor.ask(CHAT, "diplomasi bilateral tu apa")
    assert await asks(tutor, "bedanya sama multilateral?") == "diplomasi_bilateral_definisi"
    assert await asks(tutor, "kenapa penting") == "diplomasi_bilateral_pentingnya"
    assert await asks(tutor, "caranya gimana") == "diplomasi_bilateral_cara"
    assert await asks(tutor, "kalau dibanding regional?") == "diplomasi_bilateral_definisi"
    # Two kinds of cooperation named compare the kinds, whatever the topic.
    [summary] = await tutor.ask(CHAT, "bedanya kerja sama bilateral sama multilateral?")
    assert summary.text.startswith("<b>Bilateral vs Multilateral</b>")


async def test_why_not_another_kind_after_an_item_answered_with_one_compares_the_two(tutor: Tutor, content):
    await tutor.ask(
        CHAT,
        "Kerja sama Indonesia dan Australia dalam IA-CEPA termasuk kerja sama .... A. regional B. bilateral",
    )
    [summary] = await tutor.ask(CHAT, "knp bukan regional?")
    assert summary.text.startswith("<b>Bilateral vs Regional</b>")
    # After AFTA, which some books call multilateral, the examples it is one of say why it is not.
    await tutor.ask(CHAT, "AFTA itu apa")
    [answer] = await tutor.ask(CHAT, "kenapa bukan multilateral")
    assert answer.text.startswith(content.intents["regional_contoh"].answer[:40])


@pytest.mark.parametrize(
    ("topic", "followup"),
    [
        ("bilateral sama regional bedanya apa", "kalau yg multilateral?"),  # a kind joins a comparison
        ("perbedaan bilateral dan regional", "kalau dibandingkan sama multilateral?"),
        ("jelaskan perbedaan bilateral dan multilateral", "kalau regional masuk juga?"),  # added to it
        ("jelaskan perbedaan bilateral dan multilateral", "tambah regional dong"),
        ("bedanya bilateral deng multilateral apa", "kalau regional deng multilateral?"),  # two kinds now
        ("bedanya bilateral sm multilateral apa", "trus regional masuk mana"),  # where it fits among them
        ("kerja sama internasional bentuknya ada apa aja", "bedanya ketiganya apa"),  # the kinds it names
        ("beda bilateral sama multilateral apa", "yg paling banyak negaranya yg mana"),  # which ranks first
        ("jenis kerja sama internasional apa aja", "yg paling banyak negaranya yg mana"),  # after the forms
        ("ok, 3 bentuk kerja sama internasional apa", "mana yg paling banyak pesertanya"),  # "peserta" too
        ("kalo regional manfaatnya apa", "mana yg wilayahnya lebih luas"),  # after one kind, by its reach
        # Each kind's examples are a row of the table, not one kind's lesson to choose.
        ("sa disuruh bikin tabel bilateral regional multilateral, bedanya apa aja", "contohnya masing2?"),
        ("beda bilateral regional multilateral apa", "contoh tiap2nya dong biar lengkap tabelnya"),
    ],
)
async def test_a_difference_after_a_comparison_or_the_forms_compares_all_three(tutor: Tutor, topic, followup):
    await tutor.ask(CHAT, topic)
    [summary] = await tutor.ask(CHAT, followup)
    assert summary.text.startswith("<b>Bilateral vs Regional vs Multilateral</b>")


async def test_ranking_a_kinds_examples_is_no_comparison_of_the_kinds(tutor: Tutor):
    await tutor.ask(CHAT, "contoh kerja sama regional apa aja")
    [reply] = await tutor.ask(CHAT, "yg paling besar yg mana")
    assert not reply.text.startswith("<b>Bilateral vs Regional vs Multilateral</b>")


async def test_one_kind_explained_again_after_a_comparison_is_that_kind(tutor: Tutor):
    await tutor.ask(CHAT, "bedanya bilateral regional multilateral apa")
    assert await asks(tutor, "yang regional jelasin lagi") == "regional_definisi"


async def test_apa_bedanya_alone_opens_the_comparison_with_the_topic_ticked(tutor: Tutor):
    await tutor.ask(CHAT, "apa manfaat kerja sama multilateral")
    replies = await tutor.ask(CHAT, "apa bedanya?")
    assert replies[0].text == tutor.content.intents["perbandingan"].answer
    assert [b.label for b in replies[1].button_list if b.label.startswith("✅")] == ["✅ Multilateral"]


async def test_all_of_the_organisations_put_under_a_kind_asks_for_its_examples(tutor: Tutor):
    for asked in ("WTO itu apa", "kalau imf?", "ilo jua"):
        await tutor.ask(CHAT, asked)
    assert await asks(tutor, "itu semua contoh multilateral kah? ada lagi?") == "multilateral_contoh"
    # One of them put under a kind: the examples of the kind that lists it, as for the whole list.
    assert await asks(tutor, "FAO?") == "org_fao"
    assert await asks(tutor, "itu termasuk multilateral ya?") == "multilateral_contoh"
    # All of them put under a kind with no example named: still whether they are of it, not what it is.
    assert await asks(tutor, "itu semua masuk kerjasama multilateral ya") == "multilateral_contoh"
    await tutor.ask(CHAT, "GNB itu apa")
    await tutor.ask(CHAT, "kalo OKI?")
    assert await asks(tutor, "dua2nya multilateral ya?") == "multilateral_contoh"


async def test_an_aspect_of_all_the_organisations_gone_through_is_their_kinds(tutor: Tutor):
    for asked in ("contoh multilateral yg diikuti indonesia apa aja", "kalo WTO?", "ILO juga dong"):
        await tutor.ask(CHAT, asked)
    assert await asks(tutor, "terus ikut semua itu untungnya apa buat indonesia") == "multilateral_manfaat"
    # ASEAN is among regional's examples (multilateral's only note AFTA below their list).
    await tutor.ask(CHAT, "asean itu apa")
    assert await asks(tutor, "semuanya itu contoh kerja sama apa") == "regional_contoh"
    # Of the last one alone, its own answer.
    await tutor.ask(CHAT, "apa itu wto")
    assert await asks(tutor, "manfaatnya buat indonesia apa") == "org_wto"


async def test_thanks_and_greetings_leave_the_topic_where_it_was(tutor: Tutor):
    await tutor.ask(CHAT, "apa itu pbb")
    assert await asks(tutor, "makasih kak") == "terima_kasih"
    assert await asks(tutor, "markasnya di mana") == "org_pbb"


async def test_a_greeting_before_a_question_gets_both(tutor: Tutor, content):
    greeting, answer = await tutor.ask(CHAT, "halo kak, apa itu bilateral?")
    assert greeting.text == content.intents["sapaan"].answer
    assert answer.text == content.intents["bilateral_definisi"].answer
    # Regional ways of asking: a closing "ka" (Papua, Ambon), Betawi "ape"; a teacher introducing herself.
    for asked in (
        "halo, ko ni bot ka",
        "tabe, side ni bot ape",
        "Selamat siang. Saya guru IPS, materi bot ini sumbernya dari mana?",
    ):
        greeting, answer = await tutor.ask(CHAT, asked)
        assert (greeting.text, answer.text) == (
            content.intents["sapaan"].answer,
            content.intents["tentang_bot"].answer,
        )


async def test_a_greeting_with_no_comma_before_a_question_gets_both(tutor: Tutor, content):
    for asked, intent in (
        ("halo kak apa itu bilateral", "bilateral_definisi"),
        ("hey tutor jelasin diplomasi bilateral singkat aja", "diplomasi_bilateral_definisi"),
        ("selamat pagi kak apa itu multilateral", "multilateral_definisi"),
        # A greeting the question outweighs, and one whose last word could start the question.
        ("selamat pagi kak bilateral itu apa", "bilateral_definisi"),
        ("assalamualaikum kak regional itu apa ya", "regional_definisi"),
    ):
        greeting, answer = await tutor.ask(CHAT, asked)
        assert (greeting.text, answer.text) == (
            content.intents["sapaan"].answer,
            content.intents[intent].answer,
        )
    # A greeting that names a kind, or says how the student feels, asks nothing more.
    for said in ("halo bilateral", "halo kak aku bingung"):
        [greeting] = await tutor.ask(CHAT, said)
        assert greeting.text == content.intents["sapaan"].answer


async def test_a_goodbye_first_then_why_takes_leave(tutor: Tutor, content):
    for said in ("pamit ya bot, hp mau dikumpul pengasuh", "izin offline dulu, mau turun ke kapal"):
        [reply] = await tutor.ask(CHAT, said)
        assert reply.text == content.intents["pamit"].answer


async def test_asking_to_ask_is_greeted_and_before_a_question_is_left_out(tutor: Tutor, content):
    await tutor.ask(CHAT, "apa itu pbb")
    for asked in (
        "kak mau tanya",
        "bang, gue mau nanya nih",
        "kaka beta mau tanya",
        "mau tanya lagi",
        "mau nanya LKS",
    ):
        [reply] = await tutor.ask(CHAT, asked)
        assert reply.text == content.intents["sapaan"].answer  # not "belum tahu", not the topic again
    assert await asks(tutor, "markasnya di mana") == "org_pbb"
    [answer] = await tutor.ask(CHAT, "kak mau tanya, apa itu bilateral")
    assert answer.text == content.intents["bilateral_definisi"].answer


async def test_an_ok_before_a_question_is_no_goodbye(tutor: Tutor, content):
    # Alone, "ok" takes the last answer in; before a question it only acknowledges it.
    for asked, intent in (
        ("ok, tujuan hubungan internasional apa aja", "tujuan_hubungan_internasional"),
        ("oke kak. apa itu regional?", "regional_definisi"),
        ("oke coba, bentuk kerja sama internasional apa aja", "bentuk_kerja_sama"),
    ):
        [answer] = await tutor.ask(CHAT, asked)
        assert answer.text == content.intents[intent].answer
    # Read without the acknowledgement, which alone reads like "lanjut besok ya", a goodbye.
    await tutor.ask(CHAT, "fungsi perwakilan diplomatik menurut konvensi wina apa aja")
    [answer] = await tutor.ask(CHAT, "oke lanjut, kenapa konvensi itu penting banget")
    assert answer.text == content.intents["vcdr_definisi"].answer
    # Laughing before the acknowledgement, or going back to the lessons after small talk, asks nothing.
    [answer] = await tutor.ask(CHAT, "wkwk oke lanjut, OKI kapan berdiri")
    assert answer.text == content.intents["org_oki"].answer
    [answer] = await tutor.ask(CHAT, "balik ke materi, ECOSOC tugasnya apa")
    assert answer.text == content.intents["org_ecosoc"].answer
    # Nor does a plea for help, which the question after it says with what.
    [answer] = await tutor.ask(CHAT, "kak tolong, bilateral tu apa, so 3 kali baca buku nda masuk2 di kepala")
    assert answer.text == content.intents["bilateral_definisi"].answer
    thanks, answer = await tutor.ask(CHAT, "sip, makasih. terus apa itu multilateral")
    assert (thanks.text, answer.text) == (
        content.intents["terima_kasih"].answer,
        content.intents["multilateral_definisi"].answer,
    )


async def test_a_follow_up_naming_a_related_topic_goes_there(tutor: Tutor):
    await tutor.ask(CHAT, "kenapa diplomasi bilateral penting")
    assert await asks(tutor, "cara ngelakuinnya gmn") == "diplomasi_bilateral_cara"
    await tutor.ask(CHAT, "fungsi kedutaan besar apa aja")
    assert await asks(tutor, "konvensinya itu sendiri apa sih") == "vcdr_definisi"
    await tutor.ask(CHAT, "ecosoc itu apa")
    assert await asks(tutor, "kalau pbb sendiri berdiri kapan") == "org_pbb"


async def test_a_nya_pointing_at_the_word_before_it_is_a_question_of_its_own(tutor: Tutor):
    await tutor.ask(CHAT, "kalo indonesia sama malaysia ribut soal perbatasan gimana")
    assert await asks(tutor, "terus penyelesaiannya gimana") == "diplomasi_bilateral_perselisihan"
    # "tugasnya" is the embassy's, named just before it, not the dispute's.
    assert await asks(tutor, "kedutaan tugasnya apa aja sih") == "vcdr_fungsi_misi"
    # ... and "fungsinya" is the embassy's, named just after it.
    await tutor.ask(CHAT, "kalau dua negara bermasalah gmn")
    assert await asks(tutor, "fungsinya kedubes?") == "vcdr_fungsi_misi"
    # Far ahead of the topic's own lessons, though "kalau" keeps it from being sure.
    await tutor.ask(CHAT, "ILO itu apa")
    assert await asks(tutor, "kalau kedutaan tugasnya apa") == "vcdr_fungsi_misi"


async def test_a_nya_on_what_the_message_itself_describes_is_a_question_of_its_own(tutor: Tutor):
    # "hubungannya" is the two countries' relations, and "berselisih" says the lesson asked, which no
    # lesson on why diplomacy matters is titled by.
    await tutor.ask(CHAT, "kenapa diplomasi bilateral itu penting")
    question = "kalau dua negara berselisih, biasanya diapain hubungannya?"
    assert await asks(tutor, question) == "diplomasi_bilateral_perselisihan"
    # Said only in the word that leans, the aspect is asked of the topic: ASEAN's aims.
    await tutor.ask(CHAT, "asean itu apa")
    assert await asks(tutor, "tujuannya apa") == "org_asean"


@pytest.mark.parametrize(
    ("topic", "message"),
    [
        ("ilo itu apa", "btw kak kerjain pr matematika aku dong, soal no 3"),  # a number is no point picked
        # "btw kak," is no lead to split off: the rest is a new subject, not leaning on the topic by "tadi".
        ("kak, hubungan bilateral bisa rusak ga", "btw kak, skor PSM tadi malam berapa?"),
    ],
)
async def test_an_unrelated_request_after_a_topic_is_no_follow_up(tutor: Tutor, topic, message):
    await tutor.ask(CHAT, topic)
    [reply] = await tutor.ask(CHAT, message)
    assert reply.text == tutor.messages.fallback


async def test_a_filler_ending_in_nya_does_not_lean_on_the_topic(tutor: Tutor):
    await tutor.ask(CHAT, "apa itu kerangka kerja sama regional dan multilateral")
    assert await asks(tutor, "ribet bgt, kamu sebenernya siapa sih") == "tentang_bot"
    # "enaknya": what is best to do, not the topic's; the message is off the subject.
    await tutor.ask(CHAT, "FAO itu apa")
    [reply] = await tutor.ask(CHAT, "kak laper nih, enaknya makan apa ya")
    assert reply.text == tutor.messages.fallback
    # "ditanya" (asked) ends in "nya" but owns nothing.
    await tutor.ask(CHAT, "ILO itu apa")
    [reply] = await tutor.ask(CHAT, "eh nanti ditanya guru PAI soal zakat fitrah, berapa kg beras?")
    assert reply.text == tutor.messages.fallback


def test_a_follow_up_with_no_words_leans_on_nothing(content, matcher):
    nothing = matcher.normaliser.analyse("?!")
    unknown = matcher.match("?!")
    topics = TopicFollowups(content, matcher)
    assert (
        topics.resolve("?!", nothing, matcher.spotter.spot(nothing.words), "bilateral_pihak", unknown) is None
    )


async def test_how_the_topic_stands_to_a_thing_its_answer_names_is_asked_of_the_topic(tutor: Tutor):
    await tutor.ask(CHAT, "terus sifat konvergen diplomasi modern apa")
    assert await asks(tutor, "hubungannya sama diplomasi bilateral?") == "kerangka_regional_multilateral"
    await tutor.ask(CHAT, "ECOSOC itu apa")
    assert await asks(tutor, "hubungannya sama PBB apa") == "org_ecosoc"  # the Council *of the UN*
    # A related lesson the question names is that lesson.
    await tutor.ask(CHAT, "kenapa diplomasi bilateral penting")
    assert await asks(tutor, "trus hubungannya sama forum multilateral") == "kerangka_regional_multilateral"
    # ... and so is one whose title it says, related or not.
    await tutor.ask(CHAT, "diplomasi bilateral apa")
    assert (
        await asks(tutor, "trs apa hubungannya sama forum regional dan multilateral")
        == "kerangka_regional_multilateral"
    )


async def test_how_relations_go_between_two_countries_is_no_relation_of_the_topic(tutor: Tutor):
    await tutor.ask(CHAT, "kedutaan tugasnya apa aja")
    await tutor.ask(CHAT, "aturannya dari mana")
    # "hubungannya jadi gimana": the relations between the two, not how the Vienna Convention stands to them.
    question = "kalau dua negara lagi konflik, hubungannya jadi gimana"
    assert await asks(tutor, question) == "diplomasi_bilateral_perselisihan"


async def test_which_kind_an_organisation_is_then_others_of_its_sort(tutor: Tutor, content):
    await tutor.ask(CHAT, "afta tu apa")
    # The alternatives are one question, answered once by the examples that list AFTA: not AFTA again,
    # nor regional's and multilateral's definitions.
    [reply] = await tutor.ask(CHAT, "itu bilateral, regional, atau multilateral?")
    assert reply.text.startswith(content.intents["regional_contoh"].answer[:40])
    assert await asks(tutor, "contoh lain yg sejenis?") == "regional_contoh"
    # Why it is not the kind the article files it under: the examples it is one of say.
    await tutor.ask(CHAT, "yaopo AFTA iku")
    assert await asks(tutor, "lho kok nang artikel dilebokno multilateral?") == "regional_contoh"


async def test_the_benefits_of_cooperation_like_an_organisation_are_its_kinds(tutor: Tutor):
    await tutor.ask(CHAT, "kak multilateral itu apa")
    await tutor.ask(CHAT, "contohnya apa aja")
    await tutor.ask(CHAT, "yg pertama PBB itu berdiri kapan")
    assert await asks(tutor, "indonesia ikut gak di PBB?") == "org_pbb"
    question = "terus manfaatnya buat indonesia ikut kerja sama kyk gitu apa"
    assert await asks(tutor, question) == "multilateral_manfaat"
    # What Indonesia gets from the organisation itself is still the organisation's.
    await tutor.ask(CHAT, "FAO itu apa")
    assert await asks(tutor, "indonesia dapat apa dari situ") == "org_fao"


async def test_the_kind_asked_of_one_name_is_asked_of_the_next_named_bare(tutor: Tutor):
    assert await asks(tutor, "ijepa tu jenis apa") == "bilateral_contoh"
    assert await asks(tutor, "kalau asean") == "regional_contoh"
    assert await asks(tutor, "pbb?") == "multilateral_contoh"
    assert await asks(tutor, "lamun FAO?") == "multilateral_contoh"  # Sundanese "lamun": if
    assert await asks(tutor, "WTO masuk apa") == "multilateral_contoh"  # where it belongs
    # Asked what it is, not which kind: its own lesson.
    assert await asks(tutor, "FAO itu apa") == "org_fao"
    # A word for a kind asks it anywhere.
    assert await asks(tutor, "PBB masuk jenis mana") == "multilateral_contoh"
    await tutor.ask(CHAT, "IMF kuwe apa jeh")
    assert await asks(tutor, "IMF kuwe kerja sama jenis apa") == "multilateral_contoh"
    # Not the kind asked: what ASEAN's cooperation is about.
    assert await asks(tutor, "bentuk kerja sama ASEAN apa aja") != "regional_contoh"


async def test_a_bare_name_after_a_kinds_lesson_is_its_own_lesson_unless_asked_whether_it_belongs(
    tutor: Tutor,
):
    await tutor.ask(CHAT, "contoh regional apa")
    assert await asks(tutor, "asean?") == "org_asean"
    await tutor.ask(CHAT, "multilateral tu apa")
    assert await asks(tutor, "PBB termasuk?") == "multilateral_contoh"
    await tutor.ask(CHAT, "beda regional sama multilateral apa")
    assert await asks(tutor, "jadi ASEAN masuk yang mana") == "regional_contoh"


async def test_the_organisation_whose_kind_was_given_is_still_the_one_spoken_of(tutor: Tutor):
    assert await asks(tutor, "GNB itu termasuk kerja sama apa") == "multilateral_contoh"
    # Not the PBB, the first of the examples shown.
    assert await asks(tutor, "berdirinya kapan") == "org_gnb"
    assert await asks(tutor, "GNB itu termasuk kerja sama apa") == "multilateral_contoh"
    assert await asks(tutor, "contoh lain?") == "multilateral_contoh"  # the examples, asked on
    assert await asks(tutor, "yang kedua maksudnya apa") == "org_wto"  # a point of them
    # Nor the kind's definition, which says nothing of when ASEAN was founded.
    assert await asks(tutor, "ASEAN itu kerja sama apa") == "regional_contoh"
    assert await asks(tutor, "dibentuk kapan") == "org_asean"
    # Nor the examples kept on when they come nearest, unless more examples are asked for.
    assert await asks(tutor, "ASEAN masuk kerja sama apa") == "regional_contoh"
    assert await asks(tutor, "anggotanya siapa aja") == "org_asean"
    assert await asks(tutor, "ASEAN masuk kerja sama apa") == "regional_contoh"
    assert await asks(tutor, "contoh lain yg sejenis") == "regional_contoh"
    # The kind's benefits are still asked of the kind.
    assert await asks(tutor, "ASEAN itu kerja sama apa") == "regional_contoh"
    assert await asks(tutor, "kalau manfaatnya bagi indonesia?") == "regional_manfaat"
    # ECOSOC's title also names the PBB: "ecosoc" alone is still ECOSOC.
    await tutor.ask(CHAT, "contoh multilateral apa aja")
    replies = await tutor.ask(CHAT, "ecosoc termasuk kah? itu apa")
    assert replies[-1].text == tutor.content.intents["org_ecosoc"].answer


async def test_the_kind_of_an_organisation_asked_by_name_after_its_lesson(tutor: Tutor):
    await tutor.ask(CHAT, "asean tu apa")
    await tutor.ask(CHAT, "markasnya di mana")
    # Its name, said again, is the organisation spoken of: not one of the points its answer lists.
    assert await asks(tutor, "ASEAN termasuk kerja sama apa") == "regional_contoh"
    await tutor.ask(CHAT, "asean tu apa")
    # Another organisation's kind is that one's, not ASEAN's.
    assert await asks(tutor, "PBB itu termasuk kerja sama apa") == "multilateral_contoh"


async def test_dorang_points_at_the_organisation_spoken_of(tutor: Tutor):
    await tutor.ask(CHAT, "asean tu apa e")
    assert await asks(tutor, "dorang pu tujuan apa") == "org_asean"


async def test_east_javanese_lek_carries_the_aspect_to_another_kind(tutor: Tutor):
    await tutor.ask(CHAT, "manfaat kerja sama bilateral opo")
    assert await asks(tutor, "lek multilateral?") == "multilateral_manfaat"
    assert await asks(tutor, "regional piye") == "regional_manfaat"


async def test_both_organisations_of_one_kind_are_classed_by_that_kinds_examples(tutor: Tutor):
    await tutor.ask(CHAT, "OKI itu organisasi apa")
    await tutor.ask(CHAT, "kalau GNB?")
    assert await asks(tutor, "dua2nya termasuk kerja sama apa") == "multilateral_contoh"
    # Without "termasuk", and of three: which kind they all are is still their kind's examples.
    await tutor.ask(CHAT, "IMF itu apa")
    await tutor.ask(CHAT, "kalo WTO?")
    assert await asks(tutor, "dua2nya kerja sama apa") == "multilateral_contoh"
    await tutor.ask(CHAT, "ILO tu apa")
    await tutor.ask(CHAT, "kalo FAO?")
    assert await asks(tutor, "tiga2nya tu kerja sama jenis apa kak") == "multilateral_contoh"


async def test_a_kind_called_by_its_full_name_carries_the_aspect_to_it(tutor: Tutor):
    await tutor.ask(CHAT, "nelayan bisa dapat manfaat apa dr kerja sama bilateral?")
    assert await asks(tutor, "kalau dr kerja sama regional?") == "regional_manfaat"
    assert await asks(tutor, "kalau multilateral?") == "multilateral_manfaat"


async def test_a_kind_asked_alone_after_an_aspect_asks_that_aspect_of_it(tutor: Tutor):
    await tutor.ask(CHAT, "contoh kerja sama bilateral apa aja")
    assert await asks(tutor, "regional?") == "regional_contoh"
    # Without the question mark it is a new question, as at the start of a chat.
    assert await asks(tutor, "multilateral") == "multilateral_definisi"


async def test_examples_of_something_the_answer_said_are_the_topics_examples(tutor: Tutor):
    await tutor.ask(CHAT, "bilateral bidangnya apa aja")
    # "bidang" is the fields again, but the examples are asked, in one of the fields just listed.
    assert await asks(tutor, "contohnya di bidang pendidikan?") == "bilateral_contoh"
    await tutor.ask(CHAT, "bilateral bidangnya apa aja")
    assert await asks(tutor, "contoh yg pendidikan ada?") == "bilateral_contoh"
    # A name is asked of itself.
    await tutor.ask(CHAT, "contoh kerja sama multilateral")
    assert await asks(tutor, "WTO yang ada di contoh itu apa ji?") == "org_wto"


async def test_fighting_in_any_region_after_the_ways_of_diplomacy_is_a_dispute(tutor: Tutor):
    await tutor.ask(CHAT, "diplomasi bilateral caranya bagimana")
    assert await asks(tutor, "kalau dong ba kalai?") == "diplomasi_bilateral_perselisihan"  # Papuan
    await tutor.ask(CHAT, "diplomasi bilateral caranya bagimana")
    assert (
        await asks(tutor, "kong kalo dua negara baku bakalae?") == "diplomasi_bilateral_perselisihan"
    )  # Manado


async def test_whether_another_country_takes_part_is_asked_of_the_organisation(tutor: Tutor):
    await tutor.ask(CHAT, "ASEAN tu berdiri tahun brp")
    assert await asks(tutor, "png ikut kah?") == "org_asean"  # its answer says who the members are
    assert await asks(tutor, "malaysia anggota gak?") == "org_asean"
    assert await asks(tutor, "pbb ikut gak?") == "org_pbb"  # another organisation is asked of itself


async def test_a_few_words_the_topic_says_and_comes_nearest_are_asked_of_it(tutor: Tutor):
    await tutor.ask(CHAT, "mitra indonesia dibagi jadi kawasan apa saja")
    assert await asks(tutor, "eropa ada brp") == "indonesia_kawasan_mitra"  # the EU is a regional example
    await tutor.ask(CHAT, "FAO tu apa")
    assert await asks(tutor, "lu su makan ko") != "org_fao"  # small talk, though the FAO speaks of food
    await tutor.ask(CHAT, "apa saja fungsi misi diplomatik")
    assert await asks(tutor, "yg negosiasi sm melaporkan itu satu fungsi atau dua") == "vcdr_fungsi_misi"


async def test_which_point_of_the_list_a_country_belongs_to_is_asked_of_the_list(tutor: Tutor):
    await tutor.ask(CHAT, "mitra indonesia dibagi kawasan apa saja")
    # Saudi Arabia alone reads like the OIC, whose answer names it.
    assert await asks(tutor, "arab saudi masuk yg mana") == "indonesia_kawasan_mitra"
    assert await asks(tutor, "papua nugini masuk kawasan mana?") == "indonesia_kawasan_mitra"
    await tutor.ask(CHAT, "contoh kerja sama multilateral")
    assert await asks(tutor, "AFTA masuk yang mana?") == "regional_contoh"  # not among them: its own kind's


async def test_a_point_of_a_kinds_list_is_picked_right_after_the_list(tutor: Tutor):
    await tutor.ask(CHAT, "bidang kerja sama bilateral apa aja")
    # The second field, quoted: not what bilateral cooperation is.
    [reply] = await tutor.ask(CHAT, "yang kedua maksudnya apa")
    assert "Pendidikan" in reply.text
    assert tutor.asking.memory[CHAT].last_intent == "bilateral_bidang"


async def test_the_next_worksheet_number_asking_another_aspect_is_that_aspect(tutor: Tutor):
    await tutor.ask(CHAT, "no 2: Sebutkan bidang-bidang kerja sama bilateral!")
    # "no 3" numbers the worksheet's next item, which asks the benefits: not the third field.
    assert await asks(tutor, "no 3 manfaatnyo") == "bilateral_manfaat"
    assert await asks(tutor, "no 4 bentuk perjanjiannyo") == "bilateral_bentuk_perjanjian"


async def test_a_question_read_like_an_organisations_but_naming_none_asks_on_about_the_topic(tutor: Tutor):
    await tutor.ask(CHAT, "sejak kapan indonesia menjalin hubungan dengan negara lain")
    # ASEAN's members are counted in like words, but ASEAN is not named: the partners are counted.
    assert await asks(tutor, "sekarang sudah berapa negara") == "indonesia_jumlah_mitra"
    # Named, it is the organisation.
    assert await asks(tutor, "kalau ASEAN sekarang berapa negara") == "org_asean"


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("contoh kerja sama regional apa je", "multilateral pula?"),  # Malay "pula": and as for
        ("contoh kerja sama regionalnya", "multilateral nya"),  # "-nya" written apart
        ("examples of regional cooperation?", "what about multilateral?"),  # English "kalau"
        ("contoh kerja sama regional", "how about multilateral"),
    ],
)
async def test_a_kind_marked_as_a_follow_up_asks_the_same_aspect_of_it(tutor: Tutor, first, then):
    await tutor.ask(CHAT, first)
    assert await asks(tutor, then) == "multilateral_contoh"


async def test_a_follow_up_in_riau_malay_asks_when_of_the_topic(tutor: Tutor, content):
    await tutor.ask(CHAT, "PBB itu apa")
    [answer] = await tutor.ask(CHAT, "indonesia masuk bile")
    assert answer.text.startswith(content.intents["org_pbb"].answer[:40])


async def test_a_javanese_possessive_on_a_chat_spelling_leans_on_the_topic(tutor: Tutor, content):
    await tutor.ask(CHAT, "aktor non negara iku opo")
    [answer] = await tutor.ask(CHAT, "contone?")  # "conto", Javanese for "contoh", with "-ne"
    assert answer.text.startswith(content.intents["aktor_non_negara"].answer[:40])


async def test_a_kind_guessed_after_asking_which_kind_is_no_second_question(tutor: Tutor, content):
    await tutor.ask(CHAT, "ASEAN itu apa sih")
    replies = await tutor.ask(CHAT, "trus ASEAN termasuk kerja sama apa? bilateral?")
    assert [r.text for r in replies] == [content.intents["regional_contoh"].answer]  # not also bilateral's
    assert await asks(tutor, "contoh lainnya ada gk?") == "regional_contoh"
    # Two guesses are still one question.
    replies = await tutor.ask(CHAT, "OKI termasuk kerja sama apa? regional? multilateral?")
    assert [r.text for r in replies] == [content.intents["multilateral_contoh"].answer]


async def test_the_bots_own_name_asked_in_ambonese_after_an_organisation_is_about_the_bot(tutor: Tutor):
    await tutor.ask(CHAT, "GNB berdiri kapan")
    assert await asks(tutor, "kaka pung nama sapa? 😄") == "tentang_bot"


async def test_which_cooperation_the_organisation_just_spoken_of_is_asked_with_a_kind_offered(tutor: Tutor):
    await tutor.ask(CHAT, "OKI itu apa")
    await tutor.ask(CHAT, "berdiri dimana")
    assert await asks(tutor, "kerja sama apa itu, multilateral?") == "multilateral_contoh"


async def test_lagi_after_who_is_at_it_says_what_they_are_doing_not_again(tutor: Tutor):
    await tutor.ask(CHAT, "konvensi wina itu apa")
    # "aku lagi bete": feeling down right now; the convention is not told again.
    assert await asks(tutor, "kamu tau ga sih aku lagi bete") == tutor.messages.fallback.split("\n")[0]
    assert await asks(tutor, "jelasin lagi dong") == "vcdr_definisi"


async def test_a_treaty_and_an_agreement_compared_after_a_kind_are_not_that_kinds_comparison(tutor: Tutor):
    await tutor.ask(CHAT, "bilateral itu apa")
    assert await asks(tutor, "beda treaty sama agreement apa kak") == "bilateral_bentuk_perjanjian"


async def test_the_word_in_another_subjects_sense_does_not_lean_on_the_topic(tutor: Tutor):
    await tutor.ask(CHAT, "bilateral artinya apa")
    fallback = tutor.messages.fallback.split("\n")[0]
    medicine = "kalo di kedokteran bilateral artinya apa? mama bilang tante kena pneumonia bilateral"
    assert await asks(tutor, medicine) == fallback
    assert await asks(tutor, "btw kak bisa bantu PR matematika gk? persamaan kuadrat") == fallback
    assert await asks(tutor, "ok balik lagi, manfaat bilateral apa") == "bilateral_manfaat"
    assert await asks(tutor, "hai kak, sy Dimas, sy suka olahraga hehe") == "sapaan"


async def test_why_it_matters_after_how_diplomacy_is_done_and_a_protocol_beside_a_treaty(tutor: Tutor):
    await tutor.ask(CHAT, "diplomasi bilateral itu apa")
    assert await asks(tutor, "caranya gimana") == "diplomasi_bilateral_cara"
    # Why "it" matters, after how it is done: why bilateral diplomacy matters, not how again.
    assert await asks(tutor, "knp penting sih") == "diplomasi_bilateral_pentingnya"
    await tutor.ask(CHAT, "kalo bentuk perjanjian bilateral?")
    # A protocol and a treaty set side by side are forms of agreement, no comparison of kinds.
    assert await asks(tutor, "protokol sama traktat bedanya apa") == "bilateral_bentuk_perjanjian"
