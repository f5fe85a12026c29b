"""Rules on the kind a question names and what it asks of that kind (its definition, benefits, ...), which
settle the intent when the ranking puts it near, but not at, the top."""

from __future__ import annotations

import itertools

from bot.content.models import COMPARISON_INTENT
from bot.nlp.concepts import COOPERATION, FORMS, ORGANISATION, ConceptMention
from bot.nlp.kinds import BILATERAL
from bot.nlp.normalise import Analysis
from bot.nlp.prompts import sets_task
from bot.nlp.ranking import Candidate
from bot.nlp.subjects import (
    BENEFITS,
    BESIDES,
    DEFINITION,
    DIPLOMACY,
    EXAMPLES,
    HOME,
    MEANING,
    PARTIES,
    QUESTION_STEMS,
    SIZES,
    WHY,
    Subjects,
    asked_stems,
    is_year,
)
from bot.nlp.tuning import MatcherConfig

_WHAT = "apa"
_JOINING = frozenset({"ikut", "gabung", "libat"})  # "ikut", "bergabung", "terlibat"
_NEEDING = frozenset({"perlu", "butuh"})  # "kenapa negara perlu kerja sama regional": what it gains
# "... dapat meningkatkan", "bisa bantu", "mampu mendorong": what a kind does for someone ("dapat" and
# "bisa" are stopwords; "mampu" is not).
_HELPING = frozenset({"tingkat", "kuat", "bantu", "dorong", "cepat", "maju", "untung", "tambah", "sejahtera"})
_ABLE = "mampu"
_JOINING_OR_BELONGING = _JOINING | {"masuk"}  # and "masuk", "termasuk": "Lampung termasuk ... apa"
_BEFORE_KIND = frozenset({"kerja", "sama", "sub", "organisasi"})  # "ikut kerja sama sub regional apa"
# Words that ask nothing more beside a kind's examples: "contoh2 hubungan multilateral apa aja ada gak".
_ONLY_EXAMPLES = frozenset({"hubung", "ada", "saja", "sebut", "beri", "tidak"})
_SUB = "sub"  # "sub regional", "subregional": part of one region
_COOPERATING = frozenset({"sama", "kerjasama", "hubungan"})  # "kerja sama bilateral", "hubungan bilateral"
# "bersifat diplomatik" of relations, beside the words that name diplomacy itself or those who do it.
_DIPLOMATIC = "diplomatik"
_DIPLOMACY_NAMED = frozenset({DIPLOMACY, "diplomat", "diplomatis"})
# "Diplomasi bilateral dilakukan dengan banyak negara sekaligus": with how many at once, what it is.
_AT_ONCE = frozenset({"sekaligus", "bersamaan", "serentak"})
# "mana aja sih yg termasuk kerjasama multilateral": which things count as the kind, its examples.
_WHICH_COUNT = frozenset({"mana", "masuk"})
_TAKING_PART = frozenset({"indonesia", "libat", "ikut", "gabung"})  # "indonesia ikut multilateral mana"
# Trouble between the parties ("masalah", "konflik" and "sengketa" read as "perselisihan"), and the stem its
# lesson's title says.
_DISPUTE = "selisih"
_TROUBLE = frozenset({"masalah", _DISPUTE})
# What a kind's diplomacy is carried out by ("berunding", "perundingan" and "nego" read as "negosiasi"), and
# the stem of its lesson's title ("Cara melakukan diplomasi bilateral").
_NEGOTIATION = "negosiasi"
_BY_MEANS = frozenset({"pakai", "lewat", "melalui", "via", "menggunakan"})  # "... pake negosiasi kah"
_HOW_DONE = "cara"
# Put under a kind: "termasuk multilateral", "contoh kerja sama multilateral".
_PUT_UNDER = frozenset({"masuk", EXAMPLES})
# The stems of being lost and asking for help: "saya bingung bilateral. tolong jelas", "masih bingung soal
# regional", "aku masih bingung multilateral, tolong jelasin pelan2".
_LOST = frozenset(
    {"bingung", "jelas", "paham", "erti", "ngerti", "tolong", "masih", "soal", "tentang", "pelan"}
)
# What asks a kind to be explained: "pengertian", "arti", "maksudnya", "gak ngerti", "definisi", "jelasin",
# "penjelasan".
_EXPLAINED = frozenset({MEANING, DEFINITION, "jelas"})
# Beside being lost, the words that say only how to explain a kind or why it is asked: "jelasin bilateral
# pake bahasa anak SMP", "multilateral dlm 1 kalimat", "sa lupa regional, jelasin singkat, besok ulangan";
# and how many countries it takes, which its definition says: "regional itu minimal brp negara? 3 kah".
_PLAINLY = _LOST | {
    "lupa", "konsep", "hubung", "singkat", "ringkas", "sederhana", "simpel", "simple", "gampang", "mudah",
    "hari", "bahasa", "baku", "pakai", "kalimat", "1", "satu", "awal", "besok", "ulang", "anak", "smp", "sma",
    "mahasiswa", "semester", "berapa", "negara", "minimal", "sedikit", "2", "3", "dua", "tiga",
}  # fmt: skip
_FORUM = "forum"  # "kenapa ikut forum multilateral ...": what forums do for a country, its own lesson
_WHAT_FOR = ("buat", "apa")  # "bilateral buat apa sih": what a kind is there for
_ASKED_OF_A_KIND = frozenset({DEFINITION, EXAMPLES, BENEFITS})  # what "bilateral buat apa" reads as first
# "kenapa kerja sama bilateral itu penting": what the kind is good for; with "diplomasi", why diplomacy
# matters, its own lesson. The words, not the stem: "kepentingan tertentu" is part of a definition.
_IMPORTANT = frozenset({"penting", "pentingnya"})
_NOT = "tidak"
_IF, _WITHOUT = "kalau", "tanpa"  # "kalau gak ada diplomasi ...", "tanpa diplomasi ...": were it missing
# "apa yang dimaksud dengan kerja sama regional dan mengapa ... penting" asks its definition; "arti penting
# kerja sama regional" its benefits ("arti", "dimaksud" normalise to this word).
_MEANING_WORD = "pengertian"
# The stems between a meaning asked and the kind it asks of: "pengertian hubungan kerja sama bilateral";
# and those that may come before it: "tuliskan pengertian", "uraikan arti".
_NAMING_A_KIND = frozenset({"kerja", "sama", "hubung"})
_ASKING = frozenset({"tulis", "urai", "sebut", "beri"})
# "Diplomasi bilateral menjadi landasan ... koalisi": why bilateral diplomacy matters, whose lesson's title
# says "penting". The words, not the stems: "berdasarkan peristiwa tersebut" grounds nothing.
_IMPORTANT_STEM = "penting"
_COALITION = "koalisi"
# Where countries meet many at once, besides the organisations the lessons are titled by: "KTT ASEAN",
# "Sidang Umum PBB", "KTT G20", "kerangka regional".
_MEETING_PLACES = frozenset({_FORUM, "ktt", "sidang", "kerangka", "g20"})
_STRENGTHENING = frozenset({"kuat", "lancar", "efektif", "mudah"})  # "memperkuat", "efisien", "mempermudah"
_SIDELINES = "sela"  # "di sela-sela KTT": a meeting of two beside a forum's
_GROUND = frozenset({"dasar", "fondasi", "landasan"})
# The Latin parts of the kinds' names, said apart: "awalan 'bi'", "kata multi dan lateral" ("bila" and
# "region" are words of their own).
_NAME_PARTS = frozenset({"bi", "multi", "lateral"})
# Asking what a thing described is called: "diplomasi satu per satu sama negara lain namanya apa".
_CALLED = frozenset({("nama", "apa"), ("namanya", "apa"), ("apa", "namanya")})
_PURPOSE = "tuju"  # "tujuan"
_LIKE = "seperti"  # "kerja sama sub-regional seperti segitiga pertumbuhan": one of a kind's examples
_PURPOSE_WORDS = frozenset({"tujuan", "tujuannya", "bertujuan"})
_FACTOR, _FIELDS = "faktor", "bidang"  # "faktor apa saja ..." of bilateral relations: their fields
# "... yang melibatkan paling banyak negara", "lebih banyak pihaknya": kinds measured against each other.
_MEASURED = frozenset((degree, w) for degree in ("paling", "lebih") for w in SIZES)
_COUNTRY = "negara"
# A kind's parties counted: "pihak", "pesertanya", "negaranya"; not "negara mana yang paling banyak ..." (a
# country asked for) nor "anggota", which organisations count.
_PARTIES = frozenset({"pihak", "pihaknya", "peserta", "pesertanya", "negaranya"})
_NOT_A = "bukan"  # "kan bukan negara": a party that is no state
_WHICH = "mana"
# "dari ketiganya mana yg paling untung": the three kinds, the one that is most so asked for.
_THE_THREE = frozenset({"ketiga", "ketiganya"})
_MOST = "paling"
_COUNTRIES = frozenset({_COUNTRY, "internasional"})  # who relates: countries, or the relations' reach
_ABROAD = ("luar", "negeri")
_SINCE_INDEPENDENCE = frozenset({"merdeka", "sejak"})
_CALLED_SO = frozenset({"sebut", "bilang", "nama"})  # "disebut", "dibilang", "dinamakan"
_DIRECTLY = "langsung"
# "ngapain masih diplomasi bilateral": kept up beside the forums; "kenapa harus ada diplomasi bilateral, kan
# udah ada PBB", "tetap membutuhkan diplomasi bilateral": needed beside them ("ada" is a stopword).
_STILL = frozenset({"masih", "tetap", "harus", "perlu", "butuh"})
_ONE_BY_ONE = frozenset({("satu", "satu"), ("satu", "lawan")})  # "satu2", "satu lawan satu"
_HOW_MANY = "berapa"  # what "brp", "berape", "piro" normalise to
# "mitra bilateral kita ada brp", "sekarang bilateral berapa negara": a count of Indonesia's partners.
_PARTNERS = frozenset({"mitra", "sekarang", "kini"})
# Countries dealing with each other: "berhubungan", "menjalin", "berkawan", "berteman"; and "kerja sama".
_RELATING = frozenset({"hubung", "jalin", "kawan", "teman", "temenan"})
_TALKING = frozenset({"obrol", "bicara", "negosiasi"})  # "harus ngobrol langsung": dealt with face to face
_WHAT_MORE = ("apa", "lagi")  # "selain bilateral ada apa lagi": what else there is
# "cuma tau bilateral, ada bentuk kerja sama lain lagi kah", "bilateral, regional, terus satu lagi apa ya?",
# "bilateral sama regional, yg ketiga apa?", "ada bilateral, multilateral, ada lagi ga"
_MORE = frozenset({_WHAT_MORE, ("lain", "lagi"), ("satu", "lagi"), ("tiga", "apa"), ("lagi", "tidak")})
# Words that only carry "what else is there" beside the kinds named: "bilateral regional trus satunya apa
# lagi", "bentuk kerja sama tu bilateral, regional, trus apa lagi", "kerja sama antar negara tu ada
# bilateral, trus apa lagi", "cuma tau bilateral".
_ASKING_MORE = frozenset(
    {*_WHAT_MORE, BESIDES, "terus", "satu", "lain", "lupa", "hanya", FORMS, "kerja", "sama", "internasional",
     "antar", _COUNTRY, "tiga", "tidak"}
)  # fmt: skip

# Words that say nothing beside every kind named but "these are the forms": "bilateral regional multilateral
# itu semua bentuk kerja sama ya? jelasin satu2", "... tu apa aja", "... itu tiga bentuk kah". Not "mana"
# ("mana yg paling luas" sets them side by side), "apakah" nor "masuk" ("Apakah ini bilateral, regional,
# atau multilateral?", "Termasuk ...": which one a case is), nor "sama" alone ("sama aja gak sih?").
_FORMS_ONLY = (QUESTION_STEMS - {"mana", "apakah"}) | {
    FORMS, "kerja", "internasional", "semua", "sekaligus", "sekali", "satu", "tiga", "3", "masing", "singkat",
    "lagi", "tidak",
    "lain", BESIDES, "nama", "sebut", MEANING, "jumlah",
}  # fmt: skip


def _comparison(ranked: list[Candidate]) -> Candidate:
    """The comparison of the kinds as ranked, or at the top's score when it ranked too low to be listed."""
    return next(
        (c for c in ranked if c.intent == COMPARISON_INTENT), Candidate(COMPARISON_INTENT, ranked[0].score)
    )


def _meaning_of_the_kind(stems: tuple[str, ...], kind: str) -> bool:
    """ "pengertian kerja sama regional", "multilateral pengertiannya apa": the meaning of the kind's name,
    asked first thing, is the kind's definition; not "subjek hukum internasional yg dimaksud di
    bilateral" nor "dalam pengertian hubungan bilateral", the meaning of something else."""
    if stems[:2] == (kind, MEANING):
        return True
    if MEANING not in stems or kind not in stems:
        return False
    at, named = stems.index(MEANING), stems.index(kind)
    return set(stems[:at]) <= QUESTION_STEMS | _ASKING and set(stems[at + 1 : named]) <= _NAMING_A_KIND


def _what_before(kind: str, words: tuple[str, ...]) -> bool:
    """ "disuruh jelasin apa itu kerja sama regional tapi beta seng masuk kemarin": "apa" straight before the
    kind, "kerja sama" between them at most ("jelasin" and "itu" are no words read), asks what it is,
    however long the story around it; not "hasil kerja sama apa? bilateral ...", which asks which kind."""
    cooperation = {k + d for k in range(len(words) - 1) if words[k : k + 2] == COOPERATION for d in (0, 1)}
    # The words with "kerja sama" left out, each with whether "kerja sama" came right before it.
    read = [(w, k - 1 in cooperation) for k, w in enumerate(words) if k not in cooperation]
    return any(
        word == _WHAT and not after_cooperation and following == kind
        for (word, after_cooperation), (following, _) in itertools.pairwise(read)
    )


class AspectRules:
    """Tried on a ranking before the thresholds; each rule returns the lesson of the named kind that the
    question asks, or None."""

    def __init__(self, subjects: Subjects) -> None:
        self._subjects = subjects
        self._forms = subjects.of_no_kind(FORMS)
        self._purposes = subjects.of_no_kind(_PURPOSE)
        # The aspects each kind has lessons on ("bidang" and "pihak" only bilateral).
        self._kind_aspects: dict[str, frozenset[str]] = {
            kind: frozenset(a for (k, a) in subjects.by_kind_aspect if k == kind)
            for kind in set(subjects.kind_of.values())
        }
        # Those only that kind has ("bidang", "pihak"), not every kind's definition, benefits and examples.
        self._own_aspects = {
            kind: aspects - subjects.shared_aspects for kind, aspects in self._kind_aspects.items()
        }
        # The lessons on what a kind's diplomacy is ("Pengertian diplomasi bilateral"), on disputes in its
        # relations ("Perselisihan dalam hubungan bilateral") and on how its diplomacy is done ("Cara
        # melakukan diplomasi bilateral"), by kind.
        self._diplomacy_defined = self._titled_per_kind({DIPLOMACY, MEANING})
        self._disputes = self._titled_per_kind({_DISPUTE})
        self._diplomacy_done = self._titled_per_kind({_HOW_DONE, DIPLOMACY})
        # The lesson on what forums do for a country's relations: its title says "forum" and no kind alone.
        self._forums = subjects.of_no_kind(_FORUM)
        self._meeting_places = _MEETING_PLACES | subjects.every_title_name
        # The lesson on why bilateral diplomacy matters: its title says "penting" and "diplomasi".
        self._diplomacy_matters = next(
            (i for i, title in subjects.title_stems.items() if {_IMPORTANT_STEM, DIPLOMACY} <= title), None
        )

    def _titled_per_kind(self, stems: set[str]) -> dict[str, str]:
        """The lesson, per kind, whose title says `stems` and the kind."""
        return {
            kind: i
            for i, title in self._subjects.title_stems.items()
            for kind in self._kind_aspects
            if stems | {kind} <= title
        }

    def settle(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """The lesson the kind and aspect asked settle, the first rule that applies deciding."""
        return (
            self._subdivision_compared(ranked, analysis, mention)
            or self._forums_help_bilateral(ranked, analysis, config)
            or self._kinds_measured(ranked, analysis, mention)
            or self._three_ranked(ranked, analysis)
            or self._diplomacy_beside_cooperation(ranked, analysis, mention)
            or self._diplomatic_by_nature(ranked, analysis, mention, config)
            or self._diplomacy_of_a_kind_described(ranked, analysis, mention, config)
            or self._diplomacy_with_many_at_once(ranked, analysis, mention, config)
            or self._negotiation_in_diplomacy(ranked, analysis, mention, config)
            or self._name_taken_apart(ranked, analysis, mention, config)
            or self._kind_in_trouble(ranked, analysis, mention, config)
            or self._unnamed_body_put_under_kind(ranked, analysis, mention)
            or self._kind_over_chat(ranked, analysis, mention, config)
            or self._kind_aspect_asked(ranked, analysis, mention, config)
            or self._size_of_the_kind(ranked, analysis, mention)
            or self._examples_asked_short(ranked, analysis, mention, config)
            or self._aspect_of_the_kind_described(ranked, analysis, mention, config)
            or self._first_aspect_asked(ranked, analysis, mention, config)
            or self._why_joined(ranked, analysis, mention, config)
            or self._how_it_helps(ranked, analysis, mention, config)
            or self._what_for(ranked, analysis, mention, config)
            or self._organisations_asked(ranked, analysis, mention, config)
            or self._which_one_joined(ranked, analysis, mention, config)
            or self._example_benefits(ranked, analysis, mention, config)
            or self._purpose_of_an_example(ranked, analysis, mention)
            or self._own_aspect_asked(ranked, analysis, config)
            or self._no_state_party(ranked, analysis, mention)
            or self._factors_asked(ranked, analysis, mention, config)
            or self._other_kinds_asked(ranked, analysis, mention)
            or self._kinds_named_as_forms(ranked, analysis, mention)
            or self._why_relate_directly(ranked, analysis, mention, config)
            or self._without_diplomacy(ranked, analysis, mention, config)
            or self._why_countries_relate(ranked, analysis, mention, config)
            or self._coalitions_grounded(ranked, analysis, config)
            or self._name_asked(ranked, analysis, config)
            or self._kind_explained(ranked, analysis, mention)
        )

    def _diplomacy_beside_cooperation(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "apa bedanya kerja sama bilateral sama diplomasi bilateral": a kind's cooperation set beside its
        diplomacy, which the lesson on what that diplomacy is tells apart; no comparison of kinds."""
        if len(mention.concepts) != 1 or not mention.compares:
            return None
        kind = mention.concepts[0]
        pairs = set(itertools.pairwise(analysis.words))
        beside = any((word, kind) in pairs for word in _COOPERATING)
        if not beside or (DIPLOMACY, kind) not in pairs:
            return None
        return next((c for c in ranked if c.intent == self._diplomacy_defined.get(kind)), None)

    def _diplomatic_by_nature(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "bilateral itu bersifat diplomatik, maksudnya apa": "diplomatik" describes the relations, as the
        kind's definition does; it names no diplomacy, whose lesson only its likeness of word puts first."""
        if len(mention.concepts) != 1 or not ranked:
            return None
        kind = mention.concepts[0]
        words = set(analysis.words)
        if _DIPLOMATIC not in words or words & _DIPLOMACY_NAMED:
            return None
        if ranked[0].intent != self._diplomacy_defined.get(kind):
            return None
        return self._within_reach(ranked, self._subjects.by_kind_aspect.get((kind, DEFINITION)), config)

    def _diplomacy_of_a_kind_described(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "diplomasi yg cuma antara 2 negara namanya apa": diplomacy named and its kind described, not
        named, asks what that kind's diplomacy is, though the description reads as the kind's definition."""
        if len(mention.concepts) != 1 or mention.compares or not ranked or DIPLOMACY not in analysis.stems:
            return None
        kind = mention.concepts[0]
        definition = self._subjects.by_kind_aspect.get((kind, DEFINITION))
        if kind in analysis.words or ranked[0].intent != definition:
            return None
        return self._within_reach(ranked, self._diplomacy_defined.get(kind), config)

    def _diplomacy_with_many_at_once(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "B/S: Diplomasi bilateral dilakukan dengan banyak negara sekaligus dalam satu forum": a claim on
        how many partners a kind's diplomacy has at once checks what it is, though "dilakukan" reads as how
        it is done."""
        if len(mention.concepts) != 1 or mention.compares or not ranked:
            return None
        if DIPLOMACY not in analysis.stems or not _AT_ONCE & set(analysis.words):
            return None
        return self._within_reach(ranked, self._diplomacy_defined.get(mention.concepts[0]), config)

    def _negotiation_in_diplomacy(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "Apa yang dimaksud negosiasi dalam diplomasi bilateral dan apa hasilnya?", "negosiasi tu apa kak
        di diplomasi bilateral": the negotiation a kind's diplomacy is carried out by is how it is done,
        though "dimaksud" reads as what that diplomacy is. Not "diplomasi bilateral tu artinyo negara kito
        berunding samo satu negara lain", where the negotiation, after it, says what the diplomacy is; but
        after it as the means ("diplomasi bilateral pake negosiasi kah") it is how it is done again."""
        if len(mention.concepts) != 1 or mention.compares or not ranked:
            return None
        kind = mention.concepts[0]
        stems = analysis.stems
        if not {_NEGOTIATION, DIPLOMACY} <= set(stems):
            return None
        words = analysis.words
        at = words.index(_NEGOTIATION) if _NEGOTIATION in words else 0
        by_means = at > 0 and words[at - 1] in _BY_MEANS
        if stems.index(_NEGOTIATION) > stems.index(DIPLOMACY) and not by_means:
            return None
        done = self._diplomacy_done.get(kind)
        if ranked[0].intent not in (self._diplomacy_defined.get(kind), done):
            return None
        return self._within_reach(ranked, done, config)

    def _subdivision_compared(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "kerjasama sub regional itu apa bedanya ama regional": a kind set beside its own subdivision,
        which the kind's definition explains; no comparison of kinds."""
        if len(mention.concepts) != 1 or not mention.compares:
            return None
        kind = mention.concepts[0]
        words = analysis.words
        sub = f"{_SUB}{kind}" in words or (_SUB, kind) in itertools.pairwise(words)
        if not sub or words.count(kind) - words.count(_SUB) < 1:
            return None
        definition = self._subjects.by_kind_aspect.get((kind, DEFINITION))
        return next((c for c in ranked if c.intent == definition), None)

    def _kinds_measured(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "Bentuk kerja sama manakah yang melibatkan paling banyak negara?", "Urutkan bentuk kerja sama dari
        yg melibatkan negara paling sedikit sampai paling banyak", "yg lebih banyak pihaknya bilateral ato
        multilateral": the forms, or two kinds by name, measured against each other, which the comparison
        lays side by side; not the lesson listing the forms, nor one kind's. "yg paling banyak pihaknya yg
        mana", "Kerja sama yang melibatkan pihak paling banyak adalah ....": with no kind named, which kind
        has the most parties. Not of named bodies ("ASEAN lebih banyak anggotanya"), which are measured by
        their own lessons, nor of organisations ("organisasi yg paling banyak negaranya")."""
        words = analysis.words
        if not ranked or not _MEASURED & set(itertools.pairwise(words)):
            return None
        pairs = set(itertools.pairwise(words))
        forms = FORMS in analysis.stems and COOPERATION in pairs
        kinds_named = len(set(mention.concepts) & set(words)) >= 2
        parties_ranked = (
            not mention.concepts
            and bool(_PARTIES & set(words))
            and (_WHICH in words or COOPERATION in pairs)
            and ORGANISATION not in words
        )
        if not (forms or kinds_named or parties_ranked) or self._subjects.names & set(words) - {HOME}:
            return None
        return _comparison(ranked)

    def _three_ranked(self, ranked: list[Candidate], analysis: Analysis) -> Candidate | None:
        """ "dari ketiganya mana yg paling untung buat indonesia", "dari ketiga bentuk kerja sama (bilateral,
        regional, multilateral), mana yang paling efektif": the three kinds ranked against each other, which
        the comparison lays side by side; not one kind's benefits, nor the lesson listing the forms. Not of
        named bodies."""
        words = set(analysis.words)
        if not ranked or not (_THE_THREE & words and _MOST in words and _WHICH in words):
            return None
        if self._subjects.names & words - {HOME}:
            return None
        return _comparison(ranked)

    def _name_taken_apart(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "Awalan 'bi' pada istilah bilateral menunjukkan jumlah pihak ...", "Kata 'multi' pada istilah
        multilateral bermakna ....": what the parts of a kind's name mean is what the kind is."""
        if len(mention.concepts) != 1 or mention.compares:
            return None
        kind = mention.concepts[0]
        if not any(kind.startswith(w) or kind.endswith(w) for w in _NAME_PARTS & set(analysis.words)):
            return None
        definition = self._subjects.by_kind_aspect.get((kind, DEFINITION))
        return self._within_reach(ranked, definition, config, kind=kind)

    def kind_asked_plainly(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """The kind's definition when the question names one kind and says nothing else but how to explain
        it ("jelasin bilateral secara singkat", "tolong jelaskan regional pake bahasa gampang")."""
        if len(mention.concepts) != 1 or mention.compares:
            return None
        kind = mention.concepts[0]
        said = set(analysis.stems) - {kind}
        if not said or not said <= _PLAINLY:
            return None
        definition = self._subjects.by_kind_aspect.get((kind, DEFINITION))
        return next((c for c in ranked if c.intent == definition), None)

    def _kind_explained(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "sorry kak ganggu, mau nanya lagi soal multilateral, artinya apa ya", "aku masih gak ngerti
        bilateral kak, bisa dijelasin ulang": one kind named, its meaning or an explanation asked (or "apa"
        straight before it), and its definition ranked first; the chat around the question only lowers the
        score. Another subject's sense of the word ("pneumonia bilateral artinya apa") was turned away before
        the rules."""
        if len(mention.concepts) != 1 or mention.compares or not ranked:
            return None
        definition = self._subjects.by_kind_aspect.get((mention.concepts[0], DEFINITION))
        explained = _EXPLAINED & asked_stems(analysis.stems) or _what_before(
            mention.concepts[0], analysis.words
        )
        return ranked[0] if ranked[0].intent == definition and explained else None

    def _kind_in_trouble(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "masalah dalam hubungan bilateral", "kalau bilateral ada masalah, apa yang dorang buat": trouble
        in a kind's relations, and nothing else of the kind asked, is the lesson on disputes in them, though
        "hubungan bilateral" reads as the kind's definition."""
        if len(mention.concepts) != 1 or mention.compares or not _TROUBLE & set(analysis.stems):
            return None
        # "kenapa diplomasi bilateral tetap penting walaupun sering ribut" asks why it matters; "bagaimana
        # kerja sama bilateral dapat membantu mengatasi masalah ..." what good it does; "... lembaga
        # internasional yang dapat menengahi sengketa dagang tersebut adalah ...." a body.
        asked = asked_stems(analysis.stems)
        if (self._subjects.shared_aspects | _IMPORTANT | _HELPING) & asked or ORGANISATION in analysis.words:
            return None
        return self._within_reach(ranked, self._disputes.get(mention.concepts[0]), config)

    def _unnamed_body_put_under_kind(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "pasukan garuda ke lebanon termasuk multilateral ga", "indonesia jadi anggota dewan keamanan tidak
        tetap itu contoh kerja sama multilateral kah": what happened, put under a kind by name, is one of
        that kind's examples; the organisation it reads like, never named, is not asked about."""
        if len(set(mention.concepts)) != 1 or mention.compares or not ranked:
            return None
        kind = mention.concepts[0]
        names = self._subjects.title_names.get(ranked[0].intent, frozenset())
        words = set(analysis.words)
        if kind not in words or not names or names & words or not _PUT_UNDER & set(analysis.stems):
            return None
        examples = self._subjects.by_kind_aspect.get((kind, EXAMPLES))
        return next((c for c in ranked if c.intent == examples), Candidate(examples, ranked[0].score))

    def _kind_over_chat(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "regional tu apa e, sa bingung": a kind named, then asked what it is, outweighs the chat
        ("bingung" asks how to use the bot); "cara pakai fitur bilateral blur" asks nothing of a kind."""
        if not ranked or ranked[0].intent not in self._subjects.conversation or len(mention.concepts) != 1:
            return None
        # "regional saya bingung", "saya bingung bilateral. tolong jelas": the kind and being lost, no more.
        lost = set(analysis.stems) - {mention.concepts[0]}
        if not (lost and lost <= _LOST):
            asked = asked_stems(analysis.stems)
            if (
                _WHAT not in asked
                or (QUESTION_STEMS - {_WHAT}) & asked
                or self._subjects.shared_aspects & asked
            ):
                return None
            # The kind is what is asked about when it comes first, or straight after the question word ("apa
            # itu bilateral kak, bingung"): not "Perintah apa saja ... bilateral?".
            what = analysis.words.index(_WHAT)
            if mention.concepts[0] not in analysis.words[:what] + analysis.words[what + 1 : what + 2]:
                return None
        definition = self._subjects.by_kind_aspect.get((mention.concepts[0], DEFINITION))
        found = next((c for c in ranked if c.intent == definition), None)
        return found if found and ranked[0].score - found.score <= config.clarify_window else None

    def _kind_aspect_asked(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "manfaat regional gae negara2 asia tenggara apa": one kind and one aspect named settle the
        intent, when the ranking puts it near the top (ASEAN's answer is not regional's benefits)."""
        # "contoh" is too often a word of the scene ("misalnya Jawa Timur", "beri contoh tiap bidang"),
        # unless asked right after of a kind told, not named ("kerja sama yg anggotanya seluruh dunia
        # contohnya apa"; "bilateral bidang budaya contohnya apa" asks of a field).
        aspects = set(self._subjects.shared_aspects & asked_stems(analysis.stems)) - {EXAMPLES}
        if len(mention.concepts) != 1 or mention.is_comparison:
            return None
        told = mention.concepts[0] not in analysis.stems
        stems = analysis.stems
        # "contoh kerja sama yg anggotanya dari berbagai benua apa", "contoh kerjasama yg byk negara dari
        # berbagai benua": the examples asked first, then the kind.
        asked_next = any(a == EXAMPLES and b in QUESTION_STEMS for a, b in itertools.pairwise(stems))
        if told and (stems[0] == EXAMPLES or asked_next):
            aspects.add(EXAMPLES)
        if _meaning_of_the_kind(analysis.stems, mention.concepts[0]):
            aspects.add(DEFINITION)
        if not aspects and self._importance_asked(analysis, mention.concepts[0]):
            aspects = {BENEFITS}
        if len(aspects) != 1:
            return None
        # Against another kind's lesson, a named organisation or a lesson on diplomacy the question does
        # not name: "apa gunanya diplomasi bilateral" asks why bilateral diplomacy matters, not the
        # benefits of bilateral cooperation, but "bilateral tuh gunanya buat apa" asks those benefits. So
        # does the meaning of one kind against the lesson on the forms ("multilateral itu definisinya apa
        # menurut artikel").
        top = ranked[0].intent
        unnamed_diplomacy = DIPLOMACY in self._subjects.title_stems[top] - set(analysis.stems)
        if (
            top not in self._subjects.kind_of
            and not self._subjects.title_names.get(top)
            and not unnamed_diplomacy
            and not (top == self._forms and aspects == {DEFINITION})
        ):
            return None
        intent = self._subjects.by_kind_aspect.get((mention.concepts[0], aspects.pop()))
        return self._within_reach(ranked, intent, config, kind=mention.concepts[0])

    def _size_of_the_kind(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "bilateral tu kerja sama brp negara", "klo bilateral tu brp negara yg ikut": the count asked
        after the kind is how many countries the kind takes, what the kind is; "ada brp negara yg kerja
        sama bilateral" (the count first) asks how many partners Indonesia has, a lesson of no kind."""
        if len(mention.concepts) != 1 or mention.compares or _HOW_MANY not in analysis.words:
            return None
        kind, words = mention.concepts[0], analysis.words
        if HOME in words or _PARTNERS & set(words) or kind not in words:
            return None
        # "torang pe negara so kerja sama bilateral deng berapa negara": a country of ours before the kind.
        if _COUNTRY in words[: words.index(kind)] or words.index(kind) > words.index(_HOW_MANY):
            return None
        if not ranked or ranked[0].intent in self._subjects.kind_of or _COUNTRY not in words:
            return None
        definition = self._subjects.by_kind_aspect.get((kind, DEFINITION))
        return next((c for c in ranked if c.intent == definition), None)

    def _importance_asked(self, analysis: Analysis, kind: str) -> bool:
        """ "kenapa kerja sama bilateral itu penting": why the kind matters, asking none of its lessons
        ("mengapa bidang pendidikan penting dalam kerja sama bilateral" asks its fields) nor what it is."""
        stems = set(analysis.stems)
        if DIPLOMACY in stems or self._kind_aspects.get(kind, frozenset()) & stems:
            return False
        # Padded so that the first and the last word have a neighbour.
        pairs = list(itertools.pairwise(("", *analysis.words, "")))
        if any(word == _MEANING_WORD and after not in _IMPORTANT for word, after in pairs):
            return False
        # "multilateral wilayah tdk penting": what the kind is, told by what does not matter to it.
        return any(word in _IMPORTANT and before != _NOT for before, word in pairs)

    def _examples_asked_short(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "contoh2 hubungan multilateral", "kerja sama regional contohnya", "mana aja yg termasuk kerja
        sama regional": a kind's examples asked and nothing more, though "hubungan multilateral" reads as
        the kind's definition; not "pengertian regional dan contohnya", which asks the definition first."""
        if len(mention.concepts) != 1 or mention.is_comparison:
            return None
        kind = mention.concepts[0]
        stems = set(analysis.stems)
        asked = {EXAMPLES} if EXAMPLES in stems else _WHICH_COUNT if stems >= _WHICH_COUNT else None
        # "indonesia terlibat di multilateral mana aja": which ones of the kind a country takes part in.
        taking_part = (kind, _WHICH) in itertools.pairwise(analysis.stems) and bool(stems & _TAKING_PART)
        unasked = _ONLY_EXAMPLES | (_TAKING_PART if taking_part else frozenset())
        asked = asked or ({_WHICH} if taking_part else None)
        if not asked or stems - {kind, *asked} - _BEFORE_KIND - unasked - QUESTION_STEMS:
            return None
        if ranked[0].intent != self._subjects.by_kind_aspect.get((kind, DEFINITION)):
            return None
        return self._within_reach(
            ranked, self._subjects.by_kind_aspect.get((kind, EXAMPLES)), config, kind=kind
        )

    def _aspect_of_the_kind_described(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "untungnya kerja sama sama negara tetangga apa", "contoh kerja sama yg anggotanya dari berbagai
        benua apa": a kind described, not named, reads as the kind's definition; the one aspect asked is
        that kind's lesson."""
        aspects = set(self._subjects.shared_aspects & asked_stems(analysis.stems)) - {DEFINITION}
        if mention.concepts or mention.is_comparison or len(aspects) != 1:
            return None
        kind = self._subjects.kind_of.get(ranked[0].intent)
        if kind is None or ranked[0].intent != self._subjects.by_kind_aspect.get((kind, DEFINITION)):
            return None
        return self._within_reach(ranked, self._subjects.by_kind_aspect.get((kind, aspects.pop())), config)

    def _first_aspect_asked(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """Two aspects of one kind named, the lessons on both at the top: the first is asked and the other
        narrows it ("contoh kerja sama bilateral di bidang pendidikan" asks for examples, "bidang apa saja
        dan contohnya" for the fields)."""
        if len(mention.concepts) != 1 or mention.is_comparison:
            return None
        kind = mention.concepts[0]
        asked = asked_stems(analysis.stems)
        named = [
            (k, intent)
            for k, stem in enumerate(analysis.stems)
            if stem in asked and (intent := self._subjects.by_kind_aspect.get((kind, stem)))
        ]
        lessons = list(dict.fromkeys(intent for _, intent in named))
        if len(lessons) < 2 or ranked[0].intent not in lessons[1:]:
            return None
        # It opens the question ("Tuliskan satu contoh ..."): in a scene, "misalnya Jawa Timur" is no ask.
        opening = analysis.words[: named[0][0]]
        if not all(sets_task((word,)) or word.isdigit() or word == "satu" for word in opening):
            return None
        short = len(set(analysis.words)) < config.long_question
        if not opening and short and self._subjects.aspect_of.get(lessons[0]) == EXAMPLES:
            # Examples asked first in a short question ("contoh bilateral di bidang pendidikan ada gak"):
            # however well the narrowing words match the fields.
            return next((c for c in ranked[: config.max_choices] if c.intent == lessons[0]), None)
        return self._within_reach(ranked, lessons[0], config)

    def _why_joined(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "knp negara ikut kerja sama regional", "kenapa negara perlu kerja sama regional", "knp negara2 mau
        kerja sama regional" ("mau" is a stopword): why countries join, need or simply take up one kind is
        what they gain by it. Not when what is joined is named and is no example of that kind ("knp ikut ASEAN
        dan PBB bisa bikin hubungan bilateral makin bagus" asks how forums help bilateral relations)."""
        stems = set(analysis.stems)
        if len(mention.concepts) != 1 or mention.is_comparison:
            return None
        joined = self._subjects.every_title_name & set(analysis.words)
        if joined and not any(
            self._subjects.kind_of.get(i) == mention.concepts[0]
            for i in self._subjects.examples_naming(joined)
        ):
            return None
        # Countries said to take it up, nothing else ("napa" is Banjar "what": "bilateral tu napa").
        taken_up = _COUNTRY in stems and not stems - WHY - {_COUNTRY, *COOPERATION, mention.concepts[0]}
        if not (WHY & stems and ((_JOINING | _NEEDING) & stems or taken_up)) or {DIPLOMACY, _FORUM} & stems:
            return None
        # "kenapa indonesia ikut organisasi multilateral" reads like the examples, well ahead.
        intent = self._subjects.by_kind_aspect.get((mention.concepts[0], BENEFITS))
        return self._within_reach(ranked, intent, config, kind=mention.concepts[0])

    def _how_it_helps(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "Bagaimana kerja sama regional dapat meningkatkan kesejahteraan masyarakat di kawasan?", "kerja
        sama regional bisa mempercepat ekonomi ya?", "gimana bilateral bisa bantu ekonomi": one kind that
        raises, strengthens or helps something is what it is good for, not what it is. Not of diplomacy
        ("bagaimana diplomasi bilateral dapat memperkuat tujuan luar negeri" asks why it matters) nor of
        forums ("gimana forum multilateral bantu": their lesson)."""
        if len(mention.concepts) != 1 or mention.is_comparison:
            return None
        kind, stems = mention.concepts[0], analysis.stems
        if {DIPLOMACY, _FORUM} & set(stems) or kind not in stems:
            return None
        after = [s for s in stems[stems.index(kind) + 1 :] if s != _ABLE][:2]
        # Something it helps or speeds up follows: "aku gere paham multilateral, bantu jelasin" asks help.
        if len(after) < 2 or after[0] not in _HELPING:
            return None
        # "contoh kerja sama bilateral dong kak cepet", "bidang2 kerja sama bilateral pls cepet", "bisa bantu
        # jelasin arti multilateral": another aspect asked, and the speed or the help is the student's.
        asked = asked_stems(stems)
        if (self._kind_aspects[kind] - {BENEFITS}) & asked or MEANING in asked:
            return None
        intent = self._subjects.by_kind_aspect.get((kind, BENEFITS))
        return self._within_reach(ranked, intent, config, kind=kind)

    def _what_for(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "bilateral buat apa sih", "buat apa ada kerja sama regional": what one kind is there for, no
        aspect named, is what it brings; of diplomacy it is why it matters, its own lesson. Said of
        something else, "buat apa" asks what is done ("hubungan bilateral ada masalah, negara buat apa"),
        and so it does when a lesson on something else leads."""
        stems = analysis.stems
        pairs = list(itertools.pairwise(stems))
        if len(mention.concepts) != 1 or mention.is_comparison or _WHAT_FOR not in pairs:
            return None
        if DIPLOMACY in stems or self._subjects.shared_aspects & asked_stems(stems):
            return None
        kind = mention.concepts[0]
        said_of = pairs.index(_WHAT_FOR)
        if said_of and not stems[said_of - 1].endswith(kind):  # "sub regional", "subregional"
            return None
        top = ranked[0].intent
        if (
            self._subjects.kind_of.get(top) != kind
            or self._subjects.aspect_of.get(top) not in _ASKED_OF_A_KIND
        ):
            return None
        return self._within_reach(
            ranked, self._subjects.by_kind_aspect.get((kind, BENEFITS)), config, kind=kind
        )

    def _organisations_asked(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "organisasi apa saja yang termasuk kerja sama multilateral": a kind's organisations, with no
        aspect named, are its examples, not what the kind is; so are the organisations a country joins."""
        stems = set(analysis.stems)
        if (
            mention.is_comparison
            or ORGANISATION not in stems
            or self._subjects.shared_aspects & asked_stems(analysis.stems)
        ):
            return None
        if not mention.concepts and _JOINING & stems and _WHAT in stems and not WHY & stems:
            # "indonesia ikut organisasi internasional apa aja": the ones joined, listed; "kenapa indonesia
            # ikut ..." asks what it gains.
            examples = next((c for c in ranked if self._subjects.aspect_of.get(c.intent) == EXAMPLES), None)
            return self._within_reach(ranked, examples and examples.intent, config)
        if len(mention.concepts) != 1:
            return None
        kind = mention.concepts[0]
        if ranked[0].intent != self._subjects.by_kind_aspect.get((kind, DEFINITION)):
            return None
        return self._within_reach(ranked, self._subjects.by_kind_aspect.get((kind, EXAMPLES)), config)

    def _which_one_joined(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "Lampung termasuk kerja sama sub-regional apa?", "kaltim masuk kerja sama regional apa": which
        of a kind a place joins is among the kind's examples, not what the kind is or brings."""
        stems = analysis.stems
        if len(mention.concepts) != 1 or mention.is_comparison or set(stems) & QUESTION_STEMS != {_WHAT}:
            return None  # not "berapa negara yang terlibat ..., dan apa ...", nor "kenapa"
        if self._subjects.shared_aspects & asked_stems(stems):
            return None  # "untungnya indonesia ikut kerja sama multilateral apa"
        kind = mention.concepts[0]
        # The verb, the kind, then "apa": not "termasuk bentuk kerja sama apa", which asks for a kind.
        joined = next((i for i, s in enumerate(stems) if s in _JOINING_OR_BELONGING), None)
        if joined is None or _WHAT not in stems[joined:] or kind not in stems[joined:]:
            return None
        named_at = stems.index(kind, joined)
        if set(stems[joined + 1 : named_at]) - _BEFORE_KIND or stems[named_at + 1 : named_at + 2] != (_WHAT,):
            return None
        return self._within_reach(ranked, self._subjects.by_kind_aspect.get((kind, EXAMPLES)), config)

    def _example_benefits(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "manfaat segitiga pertumbuhan apa": what one of a kind's examples brings, the kind not named
        as such, is what that kind brings; its examples' answer only names it. So is what an organisation
        the question describes but does not name brings ("negara2 asia tenggara kerja sama, untungnya
        apa"): the benefits of the one kind that lists it, which its own lesson does not tell."""
        if not ranked or BENEFITS not in asked_stems(analysis.stems):
            return None
        first = ranked[0].intent
        kind = self._subjects.kind_of.get(first)
        names = self._subjects.title_names.get(first, frozenset())
        if names and not names & set(analysis.words):
            if ranked[0].score < config.answer_at:
                return None  # "nguntungke petani bawang brebes ora" reads only a little like the FAO
            kind = self._subjects.listing_kind(names)
        elif kind is None or first != self._subjects.by_kind_aspect.get((kind, EXAMPLES)):
            return None
        if kind is None:
            return None
        if kind in analysis.words or set(mention.concepts) - {kind}:
            return None
        benefits = self._subjects.by_kind_aspect.get((kind, BENEFITS))
        return next((c for c in ranked if c.intent == benefits), None)

    def _purpose_of_an_example(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "Kerja sama sub-regional seperti segitiga pertumbuhan bertujuan untuk ....", "Bagaimana segitiga
        pertumbuhan seperti IMT-GT membantu ekonomi daerah?": what cooperation like one of a kind's examples
        is for, or helps, is what that kind brings, though the example's words read as the kind's examples;
        not when the examples are asked ("contoh kerja sama regional seperti ... yang bertujuan ...")."""
        kind = self._subjects.kind_of.get(ranked[0].intent) if ranked else None
        if kind is None or ranked[0].intent != self._subjects.by_kind_aspect.get((kind, EXAMPLES)):
            return None
        if _LIKE not in analysis.words or set(mention.concepts) - {kind}:
            return None
        asked = asked_stems(analysis.stems)
        # The aim by its words, not the stem "tuju", which "menuju" (towards) shares.
        if EXAMPLES in asked or not (_HELPING & asked or _PURPOSE_WORDS & set(analysis.words)):
            return None
        # The examples' words may keep the benefits off the shortlist ("Tujuan dibentuknya segitiga
        # pertumbuhan spt BIMP-EAGA adalah ....").
        benefits = self._subjects.by_kind_aspect.get((kind, BENEFITS))
        if benefits is None:
            return None
        return next((c for c in ranked if c.intent == benefits), Candidate(benefits, ranked[0].score))

    def _own_aspect_asked(
        self, ranked: list[Candidate], analysis: Analysis, config: MatcherConfig
    ) -> Candidate | None:
        """ "Indonesia dan Korea Selatan kerja sama di bidang apa saja?", "kerjasama bilateral indonesia dgn
        jepang tu bidang apa": an aspect only one kind has lessons on, asked right before the question word,
        is that lesson, though the partners named read as the kind's examples; not "IJEPA itu kerja sama
        bidang ekonomi apa bukan", which names the field."""
        if not ranked:
            return None
        kind = self._subjects.kind_of.get(ranked[0].intent)
        if kind is None or ranked[0].intent != self._subjects.by_kind_aspect.get((kind, EXAMPLES)):
            return None
        own = self._own_aspects[kind]
        asked = {a for a, b in itertools.pairwise(analysis.stems) if a in own and b in QUESTION_STEMS}
        if len(asked) != 1:
            return None
        own_lesson = self._subjects.by_kind_aspect.get((kind, asked.pop()))
        return self._within_reach(ranked, own_lesson, config, kind=kind)

    def _no_state_party(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "kalo pemkot linggau kerja sama sama kota di malaysia itu bilateral juga ga? kan bukan negara":
        whether a party that is no state can make it is who its parties may be, though the scene reads as
        the kind's definition or examples."""
        no_state = (_NOT_A, _COUNTRY) in itertools.pairwise(analysis.words)
        if len(mention.concepts) != 1 or not ranked or not no_state:
            return None
        kind = mention.concepts[0]
        parties = self._subjects.by_kind_aspect.get((kind, PARTIES))
        if parties is None or self._subjects.kind_of.get(ranked[0].intent) != kind:
            return None
        return next((c for c in ranked if c.intent == parties), Candidate(parties, ranked[0].score))

    def _factors_asked(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "faktor apa saja yang saling memengaruhi dalam hubungan bilateral": the article's word for the
        fields a kind's relations cover, asked of that kind; not "faktor apa yang mempengaruhi harga", of
        no kind."""
        if len(mention.concepts) != 1:
            return None
        if not any(a == _FACTOR and b in QUESTION_STEMS for a, b in itertools.pairwise(analysis.stems)):
            return None
        kind = mention.concepts[0]
        fields = self._subjects.by_kind_aspect.get((kind, _FIELDS))
        return self._within_reach(ranked, fields, config, kind=kind)

    def _other_kinds_asked(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "selain bilateral ada apa lagi", "bilateral regional terus apa lagi": kinds named only to ask
        for the rest of them, which the lesson on the forms of cooperation lists; not "contoh bilateral
        selain IJEPA apa lagi", which asks for more of one kind's aspect, nor "multilateral apa ya, aku
        lupa lagi", forgotten again, nor "multilateral tu apa lai?" (what it is, again) with one kind and no
        more words."""
        stems = set(analysis.stems)
        more = BESIDES in stems or _MORE & set(itertools.pairwise(analysis.stems))
        if not mention.concepts or not more or stems - set(mention.concepts) - QUESTION_STEMS - _ASKING_MORE:
            return None
        if stems <= {mention.concepts[0], *_WHAT_MORE}:
            return None
        return next((c for c in ranked if c.intent == self._forms), None)

    def _kinds_named_as_forms(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "bilateral regional multilateral itu bentuk kerja sama ya?", "bilateral regional multilateral tu
        apa aja": every kind named, only to ask what they are, which the lesson on the forms lists and
        explains; not "... mana yg paling luas" nor "IJEPA, ASEAN, PBB masuk ...", which set them side by
        side, nor the three words alone."""
        kinds = set(self._kind_aspects)
        if mention.compares or set(mention.concepts) != kinds:
            return None
        stems = analysis.stems
        said = [
            s for k, s in enumerate(stems) if s not in kinds and (s, stems[k - 1 : k]) != ("sama", ("kerja",))
        ]
        if not said or not set(said) <= _FORMS_ONLY:
            return None
        return next((c for c in ranked if c.intent == self._forms), None)

    def _within_reach(
        self, ranked: list[Candidate], intent: str | None, config: MatcherConfig, kind: str | None = None
    ) -> Candidate | None:
        """`intent` among the choices the ranking would offer, when it trails the top by no more than the
        choice window; behind another lesson of `kind` it may trail by twice that ("... negara yang
        letaknya berdekatan" reads as regional's definition, well ahead of its benefits), but not more
        ("hubungan dua negara yang saling menguntungkan" asks what bilateral relations are)."""
        found = next((c for c in ranked[: config.max_choices] if c.intent == intent), None)
        same_kind = kind is not None and self._subjects.kind_of.get(ranked[0].intent) == kind
        window = config.clarify_window * (2 if same_kind else 1)
        return found if found and ranked[0].score - found.score <= window else None

    def _why_relate_directly(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "kenapa negara harus berhubungan langsung sama negara lain, gk cukup lewat PBB aja?", "buat apa
        indonesia repot2 diplomasi satu2 lawan negara lain", "kalau udah ada pbb ngapain masih diplomasi
        bilateral": why countries deal with each other directly, one by one, or still keep up or need
        bilateral diplomacy, is why it matters; not what relations are for at all."""
        if set(mention.concepts) - {BILATERAL} or self._diplomacy_matters is None:
            return None
        stems, pairs = set(analysis.stems), set(itertools.pairwise(analysis.stems))
        asks_why = WHY & stems or _WHAT_FOR in pairs
        relating = stems & (_RELATING | _TALKING) or DIPLOMACY in stems
        # "berlangsung lama" is no "langsung" (so the word, not the stem); "tidak langsung diputus" is "not
        # at once".
        at = analysis.words.index(_DIRECTLY) if _DIRECTLY in analysis.words else None
        directly = at is not None and analysis.words[at - 1 : at] != ("tidak",)
        still = any((word, DIPLOMACY) in pairs for word in _STILL)
        if not (asks_why and relating and (directly or still or _ONE_BY_ONE & pairs)):
            return None
        return self._within_reach(ranked, self._diplomacy_matters, config)

    def _without_diplomacy(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "kalau gak ada diplomasi bilateral emang kenapa", "tanpa diplomasi bilateral apa yang terjadi":
        what would go wrong without it is why bilateral diplomacy matters, not what it is."""
        if set(mention.concepts) - {BILATERAL} or self._diplomacy_matters is None:
            return None
        words = analysis.words
        if not set(analysis.stems) & QUESTION_STEMS or DIPLOMACY not in words[1:]:
            return None
        before = words[words.index(DIPLOMACY) - 1]
        if before != _WITHOUT and not (before == _NOT and _IF in words):
            return None
        return self._within_reach(ranked, self._diplomacy_matters, config)

    def _why_countries_relate(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "kok bisa sih negara kerja sama", "kenapa indonesia harus berhubungan sm negara lain", "tujuan
        kerja sama antar negara apa": why countries deal with each other at all, no kind named, is what
        international relations are for; not one kind's benefits, nor how Indonesia's relations began."""
        if mention.concepts or self._purposes is None or DIPLOMACY in analysis.stems:
            return None
        stems, pairs = set(analysis.stems), set(itertools.pairwise(analysis.stems))
        relating = stems & _RELATING or COOPERATION in pairs
        asks_why = WHY & stems or {_PURPOSE, BENEFITS} & stems or _WHAT_FOR in pairs
        countries = stems & _COUNTRIES or _ABROAD in pairs  # "indonesia jalin hubungan internasional"
        # "Mengapa sebelum tahun 1945 Indonesia belum bisa menjalin hubungan ...", "Segera setelah merdeka,
        # ... mengapa sejak saat itu hubungan luar negeri menjadi penting": a time asks of history.
        history = stems & _SINCE_INDEPENDENCE or any(map(is_year, analysis.words))
        # "kenapa (diplomasi bilateral) dibilang inti hubungan luar negeri": why a thing is called so.
        if not (relating and asks_why and countries) or history or stems & _CALLED_SO:
            return None
        return self._within_reach(ranked, self._purposes, config)

    def _forums_help_bilateral(
        self, ranked: list[Candidate], analysis: Analysis, config: MatcherConfig
    ) -> Candidate | None:
        """ "Partisipasi Indonesia di ASEAN dan PBB dapat memperkuat diplomasi bilateralnya", "Pertemuan dua
        pemimpin negara di sela-sela Sidang Umum PBB menunjukkan bahwa ....": a forum that strengthens
        bilateral relations, or hosts a meeting of two on its sidelines, is the forums' lesson; not bilateral
        diplomacy that makes a country strong in forums ("diplomasi bilateral yang kuat ... di forum
        internasional" is why it matters)."""
        stems = analysis.stems
        forum = next((k for k, stem in enumerate(stems) if stem in self._meeting_places), None)
        if self._forums is None or forum is None:
            return None
        sidelines = _SIDELINES in stems[max(forum - 2, 0) : forum]
        strengthened = next((k for k in range(forum + 1, len(stems)) if stems[k] in _STRENGTHENING), None)
        helps = strengthened is not None and BILATERAL in stems[strengthened + 1 :]
        return self._within_reach(ranked, self._forums, config) if sidelines or helps else None

    def _coalitions_grounded(
        self, ranked: list[Candidate], analysis: Analysis, config: MatcherConfig
    ) -> Candidate | None:
        """ "Diplomasi bilateral menjadi landasan untuk membangun koalisi kepentingan di forum regional dan
        multilateral": why bilateral diplomacy matters (it lays the ground for coalitions), not what the
        forums do for it nor who else builds coalitions."""
        lesson = self._diplomacy_matters
        stems = set(analysis.stems)
        if lesson is None or not self._subjects.says_subject(lesson, stems) or ranked[0].intent == lesson:
            return None
        if _COALITION not in stems and not (_GROUND & set(analysis.words) and _FORUM in stems):
            return None
        return self._within_reach(ranked, lesson, config)

    def _name_asked(
        self, ranked: list[Candidate], analysis: Analysis, config: MatcherConfig
    ) -> Candidate | None:
        """ "diplomasi satu per satu sama negara lain tuh namanya apa": what a thing described is called is
        the definition of the subject the best lesson is on, not that lesson (why the thing matters)."""
        top = ranked[0].intent
        title, subject = self._subjects.title_stems[top], self._subjects.title_subjects.get(top)
        if subject is None or MEANING in title or not _CALLED & set(itertools.pairwise(analysis.words)):
            return None
        # The best lesson's own word asked ("pihak yg terlibat dlm bilateral apa namanya") is that lesson.
        if (title - subject) & set(analysis.stems):
            return None
        definition = next(
            (
                c.intent
                for c in ranked[: config.max_choices]
                if MEANING in self._subjects.title_stems[c.intent]
                and self._subjects.title_subjects.get(c.intent) == subject
            ),
            None,
        )
        return self._within_reach(ranked, definition, config)
