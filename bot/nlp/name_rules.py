"""Rules on the organisations and other named things a question names: which one it asks about, a list of
them that asks for a kind's examples, one put under its kind or asked how it is classed."""

from __future__ import annotations

import itertools

from bot.content.models import COMPARISON_INTENT
from bot.nlp.choice_rules import CITING
from bot.nlp.concepts import COOPERATION, FORMS, ORGANISATION, ConceptMention
from bot.nlp.normalise import Analysis
from bot.nlp.prompts import sets_task
from bot.nlp.ranking import Candidate
from bot.nlp.subjects import (
    BENEFITS,
    BESIDES,
    DEFINITION,
    EXAMPLES,
    HOME,
    LISTED_NAMES,
    MEANING,
    QUESTION_STEMS,
    SORTING,
    Subjects,
    asked_stems,
)
from bot.nlp.tuning import MatcherConfig

# The words that only put a name under a kind: "IMF juga termasuk contoh kerja sama multilateral".
# "bukan" closes the question: "g20 tu multilateral bukan".
_PUTTING_UNDER = frozenset(
    {"termasuk", "masuk", "tergolong", "contoh", "kerja", "sama", "juga", "jenis", "bukan"}
)
_BELONGING = frozenset({"termasuk", "masuk", "tergolong"})  # "OKI termasuk bentuk kerja sama apa"
# What comes before a kind offered as an answer: "IJEPA itu apa? bilateral ya?", "... termasuk bilateral".
_BEFORE_A_KIND_OFFERED = QUESTION_STEMS | _PUTTING_UNDER | {"kerjasama", "hubungan", "perjanjian"}
MAX_CLASSING_WORDS = 5  # "pbb termasuk multilateral gk": a name put under a kind, nothing more
MAX_SCENE_WORDS = 14  # "indonesia kirim pasukan perdamaian PBB tu kerja sama multilateral kah"
_CLASSING = frozenset({"golong", "kelompok", "kategori"})  # "penggolongan", "dikelompokkan"
# Indonesia's part in it, which puts nothing else under the kind: "Keikutsertaan Indonesia dalam WTO
# termasuk kerja sama multilateral", "indonesia gabung g20 itu multilateral kan".
_TAKING_PART = frozenset({HOME, "keikutsertaan", "ikut", "gabung", "bergabung", "anggota", "keanggotaan"})
_JOINING = _TAKING_PART - {HOME}  # "ikut PBB, WTO, IMF": joined, not merely Indonesia said
_WHICH = "mana"
_LIKE = "seperti"  # "contoh lain yg kayak PBB"
_OR = "atau"
_WHAT = "apa"
# "GNB masuk kerjasama apa", "WTO contoh kerja sama apa": the cooperation asked right after is the
# name's kind.
_PUT_AMONG = _BELONGING | {"contoh"}
# What may come before a name put under nothing named: "kalo PBB termasuk apa", "trus WTO itu masuk apa".
_BARE_LEAD = frozenset({"kalau", "terus", "itu", "lalu"})
# Words that ask something of the name right after them: "manfaat AFTA bagi anggota ASEAN".
_ASKED_OF = frozenset({"manfaat", "tujuan", "fungsi", "peran", "sejarah"})
# "Mohon info singkat WTO. ... Trims": asking for information on a name asks about it.
_ASKING_FOR_INFORMATION = frozenset({"info", "informasi"})
# "AFTA kok masuk situ, bukannya regional?": a source doubted, which the organisation's own lesson settles.
_DOUBTING = frozenset({"kok", "bukan", "artikel", "buku", "bacaan", "sumber"})
_LOST = frozenset({"bingung", "paham", "mengerti", "ngerti"})  # "masih bingung", "gak paham"


class NameRules:
    """Tried on a ranking before the thresholds; each rule returns the intent a name settles, or None."""

    def __init__(self, subjects: Subjects) -> None:
        self._subjects = subjects
        # What may be asked of an organisation besides its kind: its fields, benefits, parties, ...
        self._beside_its_kind = frozenset(subjects.aspect_of.values()) - {EXAMPLES, FORMS}

    def settle(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """The intent the names in the question settle, the first rule that applies deciding."""
        words = analysis.words
        return (
            self._benefits_of_listed(ranked, analysis, mention)
            or self._listed_examples(ranked, words, mention, config)
            or self._examples_besides_a_name(ranked, analysis, mention)
            or self._name_put_under_a_kind(ranked, analysis, mention)
            or self._scene_put_under_a_kind(ranked, analysis, mention)
            or self._named_as_an_example(ranked, analysis)
            or self._kind_picked_among_names(ranked, analysis, mention)
            or self._kind_asked_of_a_name(ranked, analysis, mention)
            or self._kind_checked_of_a_name(ranked, analysis, mention)
            or self._kind_of_names_asked(ranked, analysis, mention)
            or self._classified_name(ranked, analysis, config)
            or self._name_between_kinds(ranked, analysis, mention)
            or self.named_by_title(ranked, words, config)
            or self._named_beside_examples(ranked, words, mention, config)
            or self._named_example(ranked, analysis, mention)
        )

    def _benefits_of_listed(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "kalo indonesia ikut pbb, wto, imf sekaligus, dapa untung apa", "keanggotaan dalam IMF, WTO, dan
        PBB menguntungkan Indonesia": what is gained by taking part in two names or more that one kind's
        examples name, and no other kind named, is that kind's benefits, not the lesson of the first name.
        Not "manfaat AFTA bagi anggota ASEAN", which asks of the name after the benefit, nor "pengertian AFTA
        dan manfaatnya bagi negara ASEAN", where nothing is joined."""
        words = analysis.words
        if BENEFITS not in analysis.stems or not _JOINING & set(analysis.stems) or not ranked:
            return None
        listed = self._subjects.every_title_name & set(words)
        kinds = self._subjects.examples_naming(listed) if len(listed) >= 2 else []
        if len(kinds) != 1:
            return None
        kind = self._subjects.kind_of.get(kinds[0])
        if set(mention.concepts) - {kind} or any(
            stem == BENEFITS and word in listed for stem, word in zip(analysis.stems, words[1:], strict=False)
        ):
            return None
        benefits = self._subjects.by_kind_aspect.get((kind, BENEFITS))
        return (
            next((c for c in ranked if c.intent == benefits), Candidate(benefits, ranked[0].score))
            if benefits
            else None
        )

    def _listed_examples(
        self, ranked: list[Candidate], words: tuple[str, ...], mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "PBB, WTO, ILO itu masuk kerja sama apa", "IMF WTO ILO itu multilateral semua?": organisations
        listed that one kind's examples name, and no other kind's, with a kind or cooperation named, ask
        for those examples, not about the first one named. Options are no such list ("... dikeluarkan oleh
        organisasi .... A. ILO B. FAO C. WTO")."""
        # No organisation leads: "keuntungan ikut PBB, WTO dan OKI" asks the benefits; but a kind's
        # definition may ("pbb imf wto itu termasuk kerjasama apa" asks which kind they are).
        leads = ranked and (
            self._subjects.title_names.get(ranked[0].intent)
            or self._subjects.aspect_of.get(ranked[0].intent) == DEFINITION
        )
        if not leads:
            return None
        if not mention.concepts and COOPERATION not in itertools.pairwise(words):
            return None
        asked = set(words)
        listed = self._subjects.every_title_name & asked
        if len(listed) < LISTED_NAMES:
            return None
        examples = {c.intent: c for c in ranked if self._subjects.aspect_of.get(c.intent) == EXAMPLES}
        naming = [c for i, c in examples.items() if listed <= self._subjects.answer_names[i]]
        # "1) WTO 2) ASEAN 3) ILO ... Yang merupakan kerja sama multilateral ...": a list of several kinds'
        # names to pick one kind's from, which that kind's examples name.
        if not naming and len(mention.concepts) == 1 and not mention.compares:
            picked = examples.get(self._subjects.by_kind_aspect.get((mention.concepts[0], EXAMPLES), ""))
            if picked and len(listed & self._subjects.answer_names[picked.intent]) >= 2:
                naming = [picked]
        return naming[0] if len(naming) == 1 and naming[0].score >= config.named_floor else None

    def named_by_title(
        self,
        ranked: list[Candidate],
        words: tuple[str, ...],
        config: MatcherConfig,
        floor: float | None = None,
    ) -> Candidate | None:
        """Among subjects with a name in their title (organisations, the Vienna Convention), the
        one the question names: "indonesia jadi anggota ilo sejak kapan" is about the ILO even when
        OKI's and WTO's "anggota ... sejak kapan" wordings score higher."""
        title_names = self._subjects.title_names
        if not ranked:
            return None
        asked = set(words)
        if ranked[0].intent in self._subjects.conversation:
            return self._named_over_chat(ranked, asked, config)
        if not title_names.get(ranked[0].intent):
            return self._named_close_behind(ranked, asked, config)
        named = self._most_named(ranked, asked)
        # Two names, two subjects ("FAO merupakan badan khusus PBB ..."): the first of all, when it is one
        # of them and clearly ahead. One name two titles share ("organisasi di bawah PBB": the UN, or
        # ECOSOC, "Dewan Ekonomi dan Sosial PBB") settles nothing.
        names = set().union(*(title_names.get(c.intent, frozenset()) for c in named)) & asked
        lead = len(named) > 1 and named[0].score - named[1].score >= config.margin
        # "OKI beranggotakan ..... negara ... kedua setelah PBB": the name that opens it is its subject.
        opening = [c for c in named if words and words[0] in title_names.get(c.intent, frozenset())]
        # "manfaat AFTA bagi negara anggota ASEAN": the name an aspect is asked of; the other says whom
        # it serves.
        asked_of = [
            c
            for c in named
            if any(
                a in _ASKED_OF and b in title_names.get(c.intent, ()) for a, b in itertools.pairwise(words)
            )
        ]
        if len(names) > 1 and len(opening) == 1:
            named = opening
        elif len(names) > 1 and len(asked_of) == 1:
            named = asked_of
        elif len(names) > 1 and named[0] is ranked[0] and lead:
            named = named[:1]
        # "Apa nama PBB dalam bahasa Inggris": the UN, whose title names nothing else, not ECOSOC ("Dewan
        # Ekonomi dan Sosial PBB"), whose other name is not asked; when it is the first of the named and
        # clearly ahead, or in a near tie with the first ("pbb anggotanya brp negara" reads like ECOSOC's
        # "anggotanya berapa"). "Organisasi di bawah PBB" may well mean ECOSOC. Another subject may lead
        # them all: "indonesia jd anggota pbb sejak kpn" reads like OKI's "indonesia anggota oki sejak kapan".
        complete = [c for c in named if title_names.get(c.intent, frozenset()) <= asked]
        if len(named) > 1 and len(complete) == 1:
            [whole] = complete
            # "PBB ngurusin apa" opens with the UN's whole name: its subject, however well the ILO's
            # "ngurusin apa" reads.
            # The first may share that name (ECOSOC's title says "PBB" too): only another name it is asked
            # by counts against.
            first_asked = title_names[ranked[0].intent] & asked - title_names[whole.intent]
            opens = words[0] in title_names[whole.intent] and not first_asked
            # First in a tie is first by chance: as near the first as when second. Close behind a subject
            # the question does not name ("Jelaskan peran Indonesia di PBB sejak menjadi anggota!" reads like
            # OKI's "Indonesia anggota OKI sejak ..."), ahead of the other named is enough; far behind, the
            # name may only describe the subject asked ("organisasi di bawah PBB yang mengurusi buruh").
            ahead = all(whole.score > c.score for c in named if c is not whole)
            unnamed_close = ranked[0] not in named and ranked[0].score - whole.score < config.clear_lead
            need = config.clear_lead if ahead and not unnamed_close else -config.margin
            if opens:  # ... and "pbb beranggotakan brp negara skrg", though ECOSOC's wording reads closer
                need = -config.clarify_window
            if all(whole.score - c.score >= need for c in named if c is not whole):
                named = complete
        # "Kawasan perdagangan bebas di antara negara-negara ASEAN disebut ....": a name the question uses
        # to describe the subject it asks for, one that subject's answer mentions, does not replace it when
        # far behind. "United Nations dalam bahasa Indonesia disebut ...." is still about the UN, however
        # well ASEAN's "... dalam bahasa Indonesia disebut ...." reads.
        far_behind = bool(named) and (
            ranked[0].score - named[0].score > config.clarify_window
            and title_names.get(named[0].intent, frozenset()) & self._subjects.mentions[ranked[0].intent]
        )
        floor = config.clarify_at if floor is None else floor
        if len(named) == 1 and named[0].score >= floor and not far_behind:
            return named[0]
        return None

    def _named_close_behind(
        self, ranked: list[Candidate], asked: set[str], config: MatcherConfig
    ) -> Candidate | None:
        """ "and when did asean start": the one subject the question names, a hair behind a lesson that
        names none (Indonesia's first foreign relations read "when did ... start")."""
        # A long item names things in passing ("B/S: ... setelah diterima menjadi anggota PBB ..."), a
        # statement asks nothing ("aku mau netral alias non blok aja ..."), and a source cited is not
        # asked about ("fungsi diplomat menurut konvensi wina opo wae").
        if len(asked) >= config.long_question or not asked & QUESTION_STEMS or asked & CITING:
            return None
        title_names = self._subjects.title_names
        every = {n for c in ranked for n in title_names.get(c.intent, frozenset()) & asked}
        named = [c for c in ranked[:2] if title_names.get(c.intent, frozenset()) & asked]
        if len(every) != 1 or len(named) != 1 or named[0] is ranked[0]:
            return None
        # A short question that names it is about it, further behind: "wto mulai ada sejak kapan".
        window = config.clear_lead if len(asked) <= MAX_CLASSING_WORDS else config.margin * 2
        return named[0] if ranked[0].score - named[0].score <= window else None

    def _named_over_chat(
        self, ranked: list[Candidate], asked: set[str], config: MatcherConfig
    ) -> Candidate | None:
        """ "bingung, pbb itu apa": a subject named in the question, and the only one, outweighs the
        chat ("bingung" asks how to use the bot) close to it."""
        # "Terima kasih atas bantuannya, penjelasan tentang Konvensi Wina tadi sangat membantu" asks nothing.
        # "tolong jelaskan OKI pake bahasa yg gampang, masih bingung": being lost asks too.
        if not ((QUESTION_STEMS | _ASKING_FOR_INFORMATION | _LOST) & asked or sets_task(tuple(asked))):
            return None
        title_names = self._subjects.title_names
        close = [
            c for c in ranked[: config.max_choices] if ranked[0].score - c.score <= config.clarify_window
        ]
        named = [c for c in close if title_names.get(c.intent, frozenset()) & asked]
        every = {n for c in ranked for n in title_names.get(c.intent, frozenset()) & asked}
        if len(named) == 1 and len(every) == 1 and named[0].score >= config.clarify_at:
            return named[0]
        return None

    def _most_named(self, ranked: list[Candidate], asked: set[str]) -> list[Candidate]:
        """The subjects whose titles' names the question says most of (none when it says none)."""
        hits = {c.intent: len(self._subjects.title_names.get(c.intent, frozenset()) & asked) for c in ranked}
        most = max(hits.values(), default=0)
        return [c for c in ranked if most and hits[c.intent] == most]

    def _named_beside_examples(
        self, ranked: list[Candidate], words: tuple[str, ...], mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "Sebutkan peran Indonesia dalam Perserikatan Bangsa-Bangsa! Berikan minimal 3 contoh.", "Sebutkan
        bidang-bidang kerja sama ASEAN!": a kind's lesson (its examples, its fields) that never names the one
        organisation the question names, with no kind named, is not what it asks; that organisation is."""
        top = ranked[0].intent if ranked else None
        if mention.concepts or top not in self._subjects.kind_of:
            return None
        named = self._most_named(ranked, set(words))
        if len(named) != 1 or self._subjects.title_names[named[0].intent] & self._subjects.answer_names[top]:
            return None
        return named[0] if named[0].score >= config.clarify_at else None

    def _classified_name(
        self, ranked: list[Candidate], analysis: Analysis, config: MatcherConfig
    ) -> Candidate | None:
        """ "AFTA dimasukkan ke dalam contoh kerja sama multilateral. Apakah penggolongan itu tepat?": how
        one named organisation is classed, which the examples of the kind that lists it say (its own
        answer when no one kind does), not the kind it is put under."""
        # Classing done ("digolongkan", "pengelompokan"), not a group named ("tugas kelompok tentang GNB").
        classed = any(s in _CLASSING and w != s for w, s in zip(analysis.words, analysis.stems, strict=True))
        if not ranked or not classed:
            return None
        asked = set(analysis.words)
        named = [c for c in ranked if self._subjects.title_names.get(c.intent, frozenset()) & asked]
        # Ranked first: a kind's lesson, or the organisation itself ("Jelaskan mengapa AFTA lebih tepat
        # digolongkan sebagai kerja sama regional daripada multilateral!").
        if ranked[0].intent not in self._subjects.kind_of and ranked[0] not in named[:1]:
            return None
        if len(named) != 1 or ranked[0].score - named[0].score > config.clarify_window:
            return None
        listing = self._subjects.examples_naming(self._subjects.title_names[named[0].intent] & asked)
        # "... mengapa ASEAN digolongkan sebagai organisasi kerja sama regional dan apa saja bidang kerja
        # samanya": more of the organisation asked than its kind, which its own answer says too.
        if len(listing) != 1 or self._beside_its_kind & asked_stems(analysis.stems):
            return named[0]
        return next((c for c in ranked if c.intent == listing[0]), Candidate(listing[0], named[0].score))

    def _name_between_kinds(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "di artikel AFTA masuk multilateral, tapi guru bilang regional. yg benar mana?": one organisation
        weighed between two kinds, one of them the kind whose examples list it, asks which kind it is,
        as those examples answer (saying why not the other), not what the organisation is. Only when the
        organisation, the comparison or a kind leads: not "peran forum regional seperti ASEAN dalam
        diplomasi bilateral", which the lesson on forums answers."""
        if len(mention.concepts) < 2 or not ranked:
            return None
        named = self._subjects.every_title_name & set(analysis.words)
        if len(named) != 1 or self._beside_its_kind & asked_stems(analysis.stems):
            return None
        if ORGANISATION in analysis.words:  # "OKI itu organisasi multilateral atau regional?": what it is
            return None
        top = ranked[0].intent
        if (
            top != COMPARISON_INTENT
            and top not in self._subjects.kind_of
            and self._subjects.title_names.get(top) != named
        ):
            return None
        return self._examples_of_its_kind(named, mention, ranked)

    def _named_example(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "PBB termasuk multilateral?", "WTO itu multilateral ya?": a short question putting a named
        example under its kind asks for that kind's examples, which name it, not what the kind is."""
        if len(mention.concepts) != 1 or mention.compares or len(set(analysis.words)) > MAX_CLASSING_WORDS:
            return None
        kind = mention.concepts[0]
        if not ranked or ranked[0].intent != self._subjects.by_kind_aspect.get((kind, DEFINITION)):
            return None
        named = self._subjects.every_title_name & set(analysis.words)
        examples = self._subjects.by_kind_aspect.get((kind, EXAMPLES))
        if not named or examples is None or not named <= self._subjects.answer_names[examples]:
            return None
        if (self._subjects.shared_aspects | QUESTION_STEMS) & asked_stems(analysis.stems):
            return None  # "asean itu regional kan, regional tuh artinya apa": something else asked
        return next((c for c in ranked if c.intent == examples), None)

    def _examples_besides_a_name(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "kerja sama regional selain asean ada apa aja", "contoh lain selain asean", "contoh lain yg sama
        kayak PBB": more of the sort of what is named right after "selain" (or, when examples are asked,
        "seperti"), which the examples of its kind give, not its own lesson."""
        words = analysis.words
        marker = BESIDES if BESIDES in words else _LIKE if _LIKE in words and EXAMPLES in words else None
        if marker is None or mention.compares or len(mention.concepts) > 1:
            return None
        after = words.index(marker) + 1
        # "asean tu ngapain aja sih selain KTT": what else the organisation named first does.
        if self._subjects.every_title_name & set(words[: after - 1]) - {HOME}:
            return None
        named = frozenset(words[after : after + 1]) & self._subjects.names - {HOME}
        # Not "selain ekonomi ...", which names a field, nor "manfaat regional selain ...", another aspect.
        if not named or (self._subjects.shared_aspects - {EXAMPLES}) & asked_stems(analysis.stems):
            return None
        listing = self._subjects.examples_naming(named)
        # The kind named picks among those that list it ("regional ... selain Uni Eropa", which two list).
        if mention.concepts:
            listing = [i for i in listing if self._subjects.kind_of.get(i) == mention.concepts[0]]
        if len(listing) != 1 or not ranked:
            return None
        return next((c for c in ranked if c.intent == listing[0]), Candidate(listing[0], ranked[0].score))

    def _name_put_under_a_kind(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "asean tu regional to?", "ILO juga multilateral kah", "WTO sama IMF tu masuk multilateral ke?":
        organisations put under one kind and nothing more is which kind they are, as a worksheet item on
        its kind gets: the examples of the one kind that names them all (not "ASEAN itu organisasi
        regional ya", which asks what the organisation is). A forum with no lesson of its own counts ("G20
        itu multilateral ya?"), as does Indonesia's taking part in it."""
        if len(mention.concepts) != 1 or mention.compares or not ranked:
            return None
        words = set(analysis.words)
        named = self._subjects.names & words - {HOME}
        if not named or words - named - {mention.concepts[0]} - _PUTTING_UNDER - _TAKING_PART:
            return None
        # "pbb tu kerja sama regional kah?", "IJEPA itu multilateral kan?", "PBB itu contoh bilateral toh?":
        # an organisation or agreement put under the wrong kind is answered with the examples of its own,
        # which say so; not a country beside Indonesia ("kerja sama indonesia sama malaysia tu bilateral
        # ka" is a pair's, whatever growth triangle names Malaysia). Not "contoh kerja sama multilateral
        # yg bukan asean", which asks for the kind's examples: there the examples are asked before
        # anything is named.
        bodies = named <= self._subjects.every_title_name or HOME not in words
        own = self._subjects.examples_naming(named) if bodies else []
        order = analysis.words
        claimed = EXAMPLES not in words or min(order.index(n) for n in named) < order.index(EXAMPLES)
        if len(own) == 1 and claimed:
            mention = ConceptMention((self._subjects.kind_of[own[0]],), compares=False)
        return self._examples_of_its_kind(named, mention, ranked)

    def _scene_put_under_a_kind(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "kak indonesia kirim pasukan perdamaian PBB tu kerja sama multilateral kah", "ASEAN, AFTA tu semua
        regional kan": a short scene with organisations in it, then their own kind offered last, asks
        whether what was done is of that kind; the examples of that kind say so, not the organisation's
        lesson nor the kind's definition. Not when something is asked of it ("kenapa PBB multilateral"),
        nor what the organisation is ("ASEAN itu organisasi regional ya"), its part in it ("peran ECOSOC
        dalam kerja sama multilateral") or a form ("... bentuk perjanjian bilateral"); not a country
        ("indonesia malaysia kerja sama soal TKI itu bilateral kan" is a pair's), nor a kind the
        organisation is not, nor a source doubted ("kok AFTA disebut multilateral", "AFTA kok masuk situ,
        bukannya regional?"), which the organisation's lesson settles."""
        words = analysis.words
        if len(mention.concepts) != 1 or mention.compares or not ranked or len(words) > MAX_SCENE_WORDS:
            return None
        kind = mention.concepts[0]
        if words[-1] != kind or (ORGANISATION in words or FORMS in analysis.stems):
            return None
        named = self._subjects.names & set(words) - {HOME}
        if not named or not named <= self._subjects.every_title_name:
            return None
        if (self._subjects.shared_aspects | QUESTION_STEMS) & asked_stems(analysis.stems):
            return None
        if (_ASKED_OF | _DOUBTING) & set(words):
            return None
        own = self._subjects.examples_naming(named)
        if len(own) != 1 or self._subjects.kind_of[own[0]] != kind:
            return None
        return self._examples_of_its_kind(named, mention, ranked)

    def _named_as_an_example(self, ranked: list[Candidate], analysis: Analysis) -> Candidate | None:
        """ "contohnya ASEAN ya?": names offered as examples, and nothing else, ask whether they are: the
        examples of the one kind that lists them say so (not ASEAN's own lesson)."""
        words = analysis.words
        named = self._subjects.names & set(words) - {HOME}
        if not ranked or words[:1] != (EXAMPLES,) or not named or set(words[1:]) != named:
            return None
        listing = self._subjects.examples_naming(named)
        return next((c for c in ranked if c.intent == listing[0]), None) if len(listing) == 1 else None

    def _kind_picked_among_names(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "mana yg multilateral, IJEPA atau ILO?": which of the names offered is of the kind named, which
        that kind's examples say (as a worksheet's options would), not the lesson on one of them."""
        words = set(analysis.words)
        if len(mention.concepts) != 1 or mention.compares or _WHICH not in words or not ranked:
            return None
        named = self._subjects.names & words - {HOME}
        rest = words - named - {mention.concepts[0], _WHICH, _OR} - _PUTTING_UNDER - QUESTION_STEMS
        if len(named) < 2 or rest:
            return None
        examples = self._subjects.by_kind_aspect.get((mention.concepts[0], EXAMPLES))
        return next((c for c in ranked if c.intent == examples), None)

    def _kind_asked_of_a_name(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "GNB itu multilateral atau regional", "IJEPA tu bilateral atau regional", "OKI sama GNB itu
        multilateral atau regional": a short question offering kinds for organisations or agreements asks
        which they are, which the examples of the one kind that lists them say."""
        words = analysis.words
        # "ASEAN termasuk kerja sama regional atau multilateral" puts it under a kind in more words; the kinds
        # offered are no more ("OKI sama GNB masuk kerja sama apa, bilateral regional ato multilateral").
        offered_kinds = set(words) & set(mention.concepts)
        rest = set(words) - _PUTTING_UNDER - {_OR} - (offered_kinds if len(offered_kinds) > 1 else set())
        if len(mention.concepts) < 2 or len(rest) > MAX_CLASSING_WORDS:
            return None
        named = self._subjects.names & set(words) - {HOME}
        # "WTO tu bilateral apa multilateral": "apa" between two kinds is "or".
        offered = {
            w
            for before, w, after in zip(words, words[1:], words[2:], strict=False)
            if {before, after} <= set(mention.concepts)
        }
        # "FAO masuk yg mana, bilateral regional atau multilateral": "mana" asks which of the kinds offered;
        # "ASEAN itu contoh (kerja sama) bilateral atau regional": an example of which of them, no examples
        # asked for.
        as_example = any(
            stem == EXAMPLES and _kind_follows(words[k + 1 :], mention)
            for k, stem in enumerate(analysis.stems)
        )
        # "OKI sama GNB masuk kerja sama apa, bilateral ...": the cooperation asked is the kind offered.
        which_kind = (
            {_WHAT} if (*COOPERATION, _WHAT) in zip(words, words[1:], words[2:], strict=False) else set()
        )
        asked = (
            asked_stems(analysis.stems)
            - offered
            - which_kind
            - {_WHICH}
            - ({EXAMPLES} if as_example else set())
        )
        if not named or (self._subjects.shared_aspects | QUESTION_STEMS) & asked:
            return None
        if ORGANISATION in words:
            return None  # "OKI itu organisasi multilateral atau regional?": what the organisation is
        return self._examples_of_its_kind(named, mention, ranked)

    def _kind_checked_of_a_name(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "IJEPA itu apa? bilateral ya?", "IJEPA termasuk kerjasama apa? bilateral bukan": a short question
        on an agreement with the one kind whose examples list it: those examples, not the kind's
        definition, which the kind's name alone would lead to."""
        words = analysis.words
        if (
            len(mention.concepts) != 1
            or mention.compares
            or len(set(words) - _PUTTING_UNDER) > MAX_CLASSING_WORDS
        ):
            return None
        if not ranked or self._subjects.aspect_of.get(ranked[0].intent) != DEFINITION:
            return None
        # Not an organisation with its own lesson ("regional itu apa, yg kaya ASEAN gitu?" asks the kind),
        # nor the kind's meaning asked ("multilateral kuwe kaya PBB kae ya, pengertiane apa").
        named = self._subjects.names & set(words) - {HOME} - self._subjects.every_title_name
        if not named or (self._subjects.shared_aspects | {MEANING}) & asked_stems(analysis.stems):
            return None
        # The kind offered as the answer, not a word of another sense ("makanan regional khas kalimantan").
        before = [words[k - 1] for k, w in enumerate(words) if w in mention.concepts and k > 0]
        if any(w not in _BEFORE_A_KIND_OFFERED for w in before):
            return None
        return self._examples_of_its_kind(named, mention, ranked)

    def _kind_of_names_asked(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """ "OKI sama GNB termasuk bentuk kerja sama yg mana", "G20 yg di bali tu kerjasama jenis apa", "IMF
        sama WTO masuk kategori apa", "GNB masuk kerjasama apa", "WTO contoh kerja sama apa", "kalo PBB
        termasuk apa": names put under
        a form, a category or an example of cooperation the question asks for, no kind offered, ask which
        kind they are: the examples of the one kind that lists them all, not the lesson on the three forms
        or on the name."""
        words = analysis.words
        # "Klasifikasikan PBB, WTO, dan FAO ke dalam jenis kerja sama ...!" sets the same question as a task.
        sorting = bool(SORTING & set(analysis.stems))
        if mention.concepts or not ranked or not (sorting or set(analysis.stems) & QUESTION_STEMS):
            return None
        said = set(zip(words, words[1:], words[2:], strict=False))
        # Right after the name's putting: not "beasiswa ke australia masuk bidang kerja sama apa".
        put_among = set(zip(words, words[1:], words[2:], words[3:], strict=False))
        # "IMF sama WTO masuk kategori apa": the category asked is the kind.
        classed = bool(_BELONGING & set(words) and _CLASSING & set(analysis.stems))
        # "kalo PBB termasuk apa", "kalau IMF masuk yg mana": the putting asked last, of the name alone.
        bare = len(words) > 2 and words[-2] in _BELONGING and words[-1] in (_WHAT, _WHICH)
        asked = (
            ((FORMS, *COOPERATION) in said and (sorting or _BELONGING & set(words)))
            or (*COOPERATION, FORMS) in said
            or any((put, *COOPERATION, _WHAT) in put_among for put in _PUT_AMONG)
            # "IMF, WTO, ILO tu contoh apa": names alone, then which they are examples of (not "peran
            # indonesia di PBB contohnya apa", examples of what is said of one, nor "WTO yang ada di contoh
            # itu apa", what the one named is).
            or (
                words[-2:] == (EXAMPLES, _WHAT)
                and len(set(words[:-2])) > 1
                and set(words[:-2]) <= self._subjects.names
            )
            or classed
            or (bare and set(words[:-2]) <= self._subjects.names | _BARE_LEAD)
        )
        named = self._subjects.names & set(words) - {HOME}
        # Not a scene ("Negara-negara Asia Tenggara ... bersepakat menurunkan tarif. Kerja sama ini termasuk
        # jenis kerja sama apa?"), which describes a kind by more than its names.
        unsorted = {w for w, s in zip(words, analysis.stems, strict=True) if s not in SORTING}
        rest = unsorted - named - _PUTTING_UNDER - {FORMS} - QUESTION_STEMS - _CLASSING
        listing = self._subjects.examples_naming(named)
        if not asked or len(rest) > MAX_CLASSING_WORDS or len(listing) != 1:
            return None
        return next((c for c in ranked if c.intent == listing[0]), Candidate(listing[0], ranked[0].score))

    def _examples_of_its_kind(
        self, named: frozenset[str], mention: ConceptMention, ranked: list[Candidate]
    ) -> Candidate | None:
        """The examples of the one kind that name what is named, when the question names that kind."""
        listing = self._subjects.examples_naming(named)
        if len(listing) != 1 or self._subjects.kind_of.get(listing[0]) not in mention.concepts or not ranked:
            return None
        # The kinds' own words may keep their examples off the shortlist: "WTO tu bilateral apa multilateral".
        return next((c for c in ranked if c.intent == listing[0]), Candidate(listing[0], ranked[0].score))

    def named_sibling(self, aspect: str, words: tuple[str, ...], ranked: list[Candidate]) -> Candidate | None:
        """The one intent of this aspect whose answer mentions a name the question uses and the
        others' answers do not ("IMT-GT ... contoh kerja sama ...." is regional), if it was ranked."""
        names = self._subjects.answer_names
        siblings = [intent for intent, a in self._subjects.aspect_of.items() if a == aspect]
        hits = {
            intent
            for word in set(words)
            for intent in siblings
            if word in names[intent] and sum(word in names[s] for s in siblings) == 1
        }
        return next((c for c in ranked if c.intent in hits), None) if len(hits) == 1 else None


def _kind_follows(words: tuple[str, ...], mention: ConceptMention) -> bool:
    """A kind named next, after the word for cooperation if it comes first ("kerja sama regional")."""
    rest = words[len(COOPERATION) :] if words[: len(COOPERATION)] == COOPERATION else words
    return bool(rest) and rest[0] in mention.concepts
