"""What the matcher makes of a ranking: answer, clarify (offer the close choices) or unknown."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from enum import StrEnum

from bot.content.models import COMPARISON_INTENT
from bot.nlp.concepts import FORMS, ConceptMention
from bot.nlp.normalise import Analysis
from bot.nlp.prompts import sets_task
from bot.nlp.ranking import OUT_OF_SCOPE, Candidate, Ranker
from bot.nlp.subjects import (
    BENEFITS,
    DEFINITION,
    EXAMPLES,
    QUESTION_STEMS,
    Subjects,
    asked_stems,
    dates,
    is_year,
)
from bot.nlp.tuning import MatcherConfig

MAX_CLASSING_WORDS = 5  # "pbb termasuk multilateral gk": a name put under a kind, nothing more
LISTED_NAMES = 3  # names in a question that make it a list: of examples, or to pick from
# Question words that alone ask nothing; not "siapa": "kamu siapa" loses "kamu" as a stopword.
_BARE_QUESTION = QUESTION_STEMS - {"siapa"}


class Outcome(StrEnum):
    ANSWER = "answer"
    CLARIFY = "clarify"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Match:
    """What the matcher decided for one question."""

    outcome: Outcome
    score: float  # the best candidate's score, 0..100
    candidates: tuple[Candidate, ...]  # the answer, or the choices offered, best first
    concepts: tuple[str, ...] = ()  # for a comparison: the concepts named, sorted

    @property
    def intent(self) -> str | None:
        return self.candidates[0].intent if self.outcome is Outcome.ANSWER else None

    @property
    def alternatives(self) -> tuple[str, ...]:
        return tuple(c.intent for c in self.candidates) if self.outcome is Outcome.CLARIFY else ()


_DIPLOMACY, _KINDS = "diplomasi", frozenset({"bilateral", "regional", "multilateral"})
_CITING = frozenset({"menurut", "sesuai", "berdasarkan"})  # "... menurut Konvensi Wina 1961"
CITED_WORDS = 4  # the source's name after it
_COOPERATION = ("kerja", "sama")
_WHAT = "apa"
_CLASSING = frozenset({"golong", "kelompok", "kategori"})  # "penggolongan", "dikelompokkan"
_WHY, _MATTERS = frozenset({"mengapa", "alas"}), "penting"  # "mengapa", "alasan"
_JOINING = frozenset({"ikut", "gabung", "libat"})  # "ikut", "bergabung", "terlibat"
_FORUM = "forum"  # "kenapa ikut forum multilateral ...": what forums do for a country, its own lesson


def _diplomacies_compared(words: tuple[str, ...]) -> bool:
    """ "Diplomasi bilateral berbeda dari diplomasi multilateral dalam hal mitra ...": two kinds of
    diplomacy set side by side, which the lesson on bilateral diplomacy tells apart, not the three kinds
    of cooperation."""
    return sum(a == _DIPLOMACY and b in _KINDS for a, b in itertools.pairwise(words)) >= 2


class Decider:
    """Decides on a question's ranking by the thresholds of the config it is given, so a config
    swapped into the matcher counts from the next question on."""

    def __init__(self, ranker: Ranker, subjects: Subjects, *, compares: bool) -> None:
        self._ranker = ranker
        self._subjects = subjects
        self._compares = compares  # the content has the comparison intent
        # The names only one kind's examples give ("ijepa", "wto"), and that kind; every kind.
        examples = {
            i: names for i, names in subjects.answer_names.items() if subjects.aspect_of[i] == EXAMPLES
        }
        self._example_kinds = {
            name: subjects.kind_of[intent]
            for intent, names in examples.items()
            for name in names
            if sum(name in other for other in examples.values()) == 1
        }
        self._kinds = frozenset(subjects.kind_of.values())

    def decide(self, analysis: Analysis, mention: ConceptMention, config: MatcherConfig) -> Match:
        ranked = self._ranker.rank(analysis, config)
        words = analysis.words
        if analysis.stems and set(analysis.stems) <= _BARE_QUESTION:
            # "kenapa?", "kapan?" alone ask about nothing named: whatever ranks first is chance.
            return Match(Outcome.UNKNOWN, ranked[0].score if ranked else 0.0, ())
        compared = mention.is_comparison or self._sorts_examples(words, mention)
        if compared and self._compares and not _diplomacies_compared(words):
            winner = Candidate(COMPARISON_INTENT, 100.0)
            return Match(Outcome.ANSWER, 100.0, (winner,), mention.concepts)
        off_topic = next((c.score for c in ranked if c.intent == OUT_OF_SCOPE), 0.0)
        # A question that names its kind ("bilateral tuh yg kyk gmn") is not about another kind.
        ranked = [
            c for c in ranked if c.intent != OUT_OF_SCOPE and self._subjects.fits_kind(c.intent, mention)
        ]
        if dated := self._dated(ranked, words, config):
            return Match(Outcome.ANSWER, dated.score, (dated,))
        best_score = ranked[0].score if ranked else 0.0
        # A question that names the best intent's subject ("GNB", "WTO", "diplomasi bilateral") is off topic
        # only when the off-topic questions match it better, not merely about as well.
        named = ranked and (
            self._subjects.title_names.get(ranked[0].intent, frozenset()) & set(words)
            or self._subjects.says_subject(ranked[0].intent, set(analysis.stems))
        )
        margin = 0.0 if named else config.off_topic_margin
        long = len(set(words)) >= config.long_question
        floor = config.long_floor if long else config.clarify_at
        if best_score < floor or off_topic >= best_score + margin:
            return Match(Outcome.UNKNOWN, best_score, ())
        if self._subjects.another_by_name(ranked[0].intent, words):
            return Match(Outcome.UNKNOWN, best_score, ())
        if named_only := (
            self._listed_examples(ranked, words, mention, config)
            or self._named_by_title(ranked, words, config)
            or self._named_beside_examples(ranked, words, mention, config)
        ):
            return Match(Outcome.ANSWER, named_only.score, (named_only,))
        if classified := (
            self._classified_name(ranked, analysis, config)
            or self._named_example(ranked, analysis, mention)
            or self._kind_over_chat(ranked, analysis, mention, config)
        ):
            return Match(Outcome.ANSWER, classified.score, (classified,))
        if aspect := (
            self._kind_aspect_asked(ranked, analysis, mention, config)
            or self._first_aspect_asked(ranked, analysis, mention, config)
            or self._why_joined(ranked, analysis, mention, config)
        ):
            return Match(Outcome.ANSWER, aspect.score, (aspect,))
        best = ranked[0]
        runner_up = ranked[1].score if len(ranked) > 1 else 0.0
        aspect_of = self._subjects.aspect_of
        if self._names_no_concept(ranked, mention, config):
            if named := self._named_sibling(aspect_of[best.intent], words, ranked):
                return Match(Outcome.ANSWER, best.score, (named,))
            siblings = tuple(
                c for c in ranked[: config.max_choices] if aspect_of.get(c.intent) == aspect_of[best.intent]
            )
            return Match(Outcome.CLARIFY, best.score, siblings)
        if off_topic < best.score and (
            best.score >= config.sure_at
            or (best.score >= config.answer_at and best.score - runner_up >= config.margin)
            # It names its kind, and nothing else of that kind comes near: no choice to offer.
            or (mention.concepts and best.score - runner_up > config.clarify_window)
            or (long and best.score - runner_up >= config.clear_lead)
        ):
            concepts = mention.concepts if best.intent == COMPARISON_INTENT else ()
            return Match(Outcome.ANSWER, best.score, (best,), concepts)
        choices = tuple(
            c for c in ranked[: config.max_choices]
            if c.score >= floor and best.score - c.score <= config.clarify_window
        )  # fmt: skip
        # A long question (a worksheet item) that names its kind, with one choice left: nothing
        # to choose between. A short one may use the word in another sense ("bilateral knee pain").
        if long and len(choices) == 1 and mention.concepts and off_topic < best.score:
            return Match(Outcome.ANSWER, best.score, choices)
        if asked := (
            self._titled_apart(choices, analysis)
            or self._titled_whole(choices, analysis)
            or self._kind_stated(choices, analysis, mention)
            or self._why_it_matters(choices, analysis)
        ):
            return Match(Outcome.ANSWER, asked.score, (asked,))
        return Match(Outcome.CLARIFY, best.score, choices)

    def _sorts_examples(self, words: tuple[str, ...], mention: ConceptMention) -> bool:
        """ "IJEPA, AFTA, WTO masuk bilateral, regional atau multilateral?": examples of two kinds or more
        to sort into every kind, or whose kinds are told apart with no kind named ("(1) IJEPA ... (3) WTO.
        Jelaskan perbedaan jenis kerja sama pada ketiga peristiwa"), which the comparison lays side by
        side (two kinds named are often a scene: "pertemuan bilateral di sela KTT G20"; "Bandingkan peran
        KAA 1955 dengan KTT Beograd" compares two events, not their kinds)."""
        every_kind = set(mention.concepts) == self._kinds
        kinds_told_apart = mention.compares and not mention.concepts and FORMS in words
        if not every_kind and not kinds_told_apart:
            return False
        return len({self._example_kinds[word] for word in words if word in self._example_kinds}) >= 2

    def _why_it_matters(self, choices: tuple[Candidate, ...], analysis: Analysis) -> Candidate | None:
        """ "kenapa negara harus diplomasi bilateral": a "why" about a subject with a lesson on why it
        matters asks that lesson."""
        asked = set(analysis.stems)
        if not _WHY & asked:
            return None
        titles = self._subjects.title_stems
        mattering = [
            c for c in choices if _MATTERS in titles[c.intent] and titles[c.intent] - {_MATTERS} <= asked
        ]
        return mattering[0] if len(mattering) == 1 else None

    def _kind_stated(
        self, choices: tuple[Candidate, ...], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """A statement about one kind that asks for none of its aspects is about what the kind is:
        "Kerja sama regional melibatkan lebih dari dua negara dalam satu kawasan." among regional's
        definition, benefits and examples."""
        if len(mention.concepts) != 1 or len(choices) < 2:
            return None
        kind = mention.concepts[0]
        first = choices[0]
        if self._subjects.aspect_of.get(first.intent) != DEFINITION:
            return None
        if any(self._subjects.kind_of.get(c.intent) != kind for c in choices):
            return None
        asked = asked_stems(analysis.stems)
        # A question or a task ("mengapa ...", "Analisislah ...") may ask for anything.
        if asked & QUESTION_STEMS or sets_task(analysis.words):
            return None
        titles = self._subjects.title_stems
        others = {self._subjects.aspect_of.get(c.intent) for c in choices[1:]}
        others |= {word for c in choices[1:] for word in titles[c.intent] - titles[first.intent]}
        return None if others & asked else first

    def _titled_whole(self, choices: tuple[Candidate, ...], analysis: Analysis) -> Candidate | None:
        """The one choice whose whole title the question says, of two words or more ("Mengapa Konvensi
        Wina 1961 disebut landasan praktik diplomatik modern?" names the convention, not its five
        functions)."""
        # "Uraikan tugas duta besar sesuai Konvensi Wina 1961": a title cited as the source is not asked.
        cited = next((k for k, w in enumerate(analysis.words) if w in _CITING), len(analysis.words))
        asked = set(analysis.stems[:cited] + analysis.stems[cited + 1 + CITED_WORDS :])
        whole = [c for c in choices if self._subjects.says_title(c.intent, asked)]
        return whole[0] if len(whole) == 1 and len(choices) > 1 else None

    def _kind_aspect_asked(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "manfaat regional gae negara2 asia tenggara apa": one kind and one aspect named settle the
        intent, when the ranking puts it near the top (ASEAN's answer is not regional's benefits)."""
        # "contoh" is too often a word of the scene ("misalnya Jawa Timur", "beri contoh tiap bidang").
        aspects = set(self._subjects.shared_aspects & asked_stems(analysis.stems)) - {EXAMPLES}
        if len(mention.concepts) != 1 or len(aspects) != 1 or mention.is_comparison:
            return None
        # Against another kind's lesson, a named organisation or a lesson on diplomacy the question does
        # not name: "apa gunanya diplomasi bilateral" asks why bilateral diplomacy matters, not the
        # benefits of bilateral cooperation, but "bilateral tuh gunanya buat apa" asks those benefits.
        top = ranked[0].intent
        unnamed_diplomacy = _DIPLOMACY in self._subjects.title_stems[top] - set(analysis.stems)
        if (
            top not in self._subjects.kind_of
            and not self._subjects.title_names.get(top)
            and not unnamed_diplomacy
        ):
            return None
        intent = self._subjects.by_kind_aspect.get((mention.concepts[0], aspects.pop()))
        found = next((c for c in ranked[: config.max_choices] if c.intent == intent), None)
        if found is None or found is ranked[0]:
            return None
        # Another lesson of the same kind ("... negara yang letaknya berdekatan" is regional's definition)
        # may be further ahead, but not by much more: "hubungan dua negara yang saling menguntungkan"
        # asks what bilateral relations are.
        same_kind = self._subjects.kind_of.get(ranked[0].intent) == mention.concepts[0]
        window = config.clarify_window * (2 if same_kind else 1)
        return found if ranked[0].score - found.score <= window else None

    def _why_joined(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "knp negara ikut kerja sama regional": why countries join one kind is what they gain by it."""
        stems = set(analysis.stems)
        if not (_WHY & stems and _JOINING & stems) or {_DIPLOMACY, _FORUM} & stems:
            return None
        if len(mention.concepts) != 1 or mention.is_comparison:
            return None
        intent = self._subjects.by_kind_aspect.get((mention.concepts[0], BENEFITS))
        found = next((c for c in ranked[: config.max_choices] if c.intent == intent), None)
        return found if found and ranked[0].score - found.score <= config.clarify_window else None

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
        first = next((c for c in ranked[: config.max_choices] if c.intent == lessons[0]), None)
        return first if first and ranked[0].score - first.score <= config.clarify_window else None

    def _titled_apart(self, choices: tuple[Candidate, ...], analysis: Analysis) -> Candidate | None:
        """Choices whose titles share a subject the question names and differ by a word only one of them
        and the question have: that one ("cara-cara menjalankan diplomasi bilateral" among the way, the
        importance and the definition of bilateral diplomacy; "apa manfaatnya ... organisasi
        multilateral" among multilateral's benefits, examples and definition)."""
        if len(choices) < 2:
            return None
        titles = [self._subjects.title_stems[c.intent] for c in choices]
        shared = frozenset.intersection(*titles)
        asked = asked_stems(analysis.stems)
        if not shared or not shared <= asked:
            return None
        apart = [c for c, title in zip(choices, titles, strict=True) if (title - shared) & asked]
        return apart[0] if len(apart) == 1 else None

    def _dated(
        self, ranked: list[Candidate], words: tuple[str, ...], config: MatcherConfig
    ) -> Candidate | None:
        """A date only one answer gives settles which it is ("Tanggal 8 Agustus 1967 diperingati sebagai
        hari lahirnya ...."); a year alone only when that answer is also near the top, since everyday
        questions have years too ("kapan libur semester ganjil 2025"); a figure alone ("guru bilang 162,
        betul?") only when that answer is first and no other number is asked about, since a figure may
        describe something else ("seluruh 193 negara anggota PBB") or be part of a sum."""
        given = [d for d in dates(words) if d in self._subjects.dated]
        intents = {self._subjects.dated[d] for d in given}
        if len(intents) != 1 or not ranked:
            return None
        [intent] = intents
        full_date = any(" " in d for d in given)
        found = next((c for c in ranked if c.intent == intent), None)
        if found is None:
            return None
        near = found.score >= config.long_floor and ranked[0].score - found.score <= config.clarify_window
        figures_only = not full_date and not any(is_year(d) for d in given)
        if figures_only and any(w.isdigit() and w not in self._subjects.dated for w in words):
            return None  # "162 dibagi 8 berapa": sums with a number no lesson gives
        return found if full_date or (near and (found is ranked[0] or not figures_only)) else None

    def _names_no_concept(
        self, ranked: list[Candidate], mention: ConceptMention, config: MatcherConfig
    ) -> bool:
        """ "contohnya apa?" with no kind named: the best two are the same aspect of two kinds."""
        if mention.concepts or len(ranked) < 2:
            return False
        aspects = [self._subjects.aspect_of.get(c.intent) for c in ranked[:2]]
        close = ranked[0].score - ranked[1].score <= config.clarify_window
        return aspects[0] is not None and aspects[0] == aspects[1] and close

    def _named_sibling(
        self, aspect: str, words: tuple[str, ...], ranked: list[Candidate]
    ) -> Candidate | None:
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

    def _named_over_chat(
        self, ranked: list[Candidate], asked: set[str], config: MatcherConfig
    ) -> Candidate | None:
        """ "bingung, pbb itu apa": a subject named in the question, and the only one, outweighs the
        chat ("bingung" asks how to use the bot) close to it."""
        # "Terima kasih atas bantuannya, penjelasan tentang Konvensi Wina tadi sangat membantu" asks nothing.
        if not (QUESTION_STEMS & asked or sets_task(tuple(asked))):
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

    def _classified_name(
        self, ranked: list[Candidate], analysis: Analysis, config: MatcherConfig
    ) -> Candidate | None:
        """ "AFTA dimasukkan ke dalam contoh kerja sama multilateral. Apakah penggolongan itu tepat?": how
        one named organisation is classed, which its own answer says, not the kind it is put under."""
        if (
            not ranked
            or not _CLASSING & set(analysis.stems)
            or ranked[0].intent not in self._subjects.kind_of
        ):
            return None
        asked = set(analysis.words)
        named = [c for c in ranked if self._subjects.title_names.get(c.intent, frozenset()) & asked]
        near = len(named) == 1 and ranked[0].score - named[0].score <= config.clarify_window
        return named[0] if near else None

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
        named = set().union(*self._subjects.title_names.values()) & set(analysis.words)
        examples = self._subjects.by_kind_aspect.get((kind, EXAMPLES))
        if not named or examples is None or not named <= self._subjects.answer_names[examples]:
            return None
        if (self._subjects.shared_aspects | QUESTION_STEMS) & asked_stems(analysis.stems):
            return None  # "asean itu regional kan, regional tuh artinya apa": something else asked
        return next((c for c in ranked if c.intent == examples), None)

    def _kind_over_chat(
        self, ranked: list[Candidate], analysis: Analysis, mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "regional tu apa e, sa bingung": a kind named, then asked what it is, outweighs the chat
        ("bingung" asks how to use the bot); "cara pakai fitur bilateral blur" asks nothing of a kind."""
        if not ranked or ranked[0].intent not in self._subjects.conversation or len(mention.concepts) != 1:
            return None
        asked = asked_stems(analysis.stems)
        if _WHAT not in asked or (QUESTION_STEMS - {_WHAT}) & asked or self._subjects.shared_aspects & asked:
            return None
        # The kind is what is asked about when it comes first: not "Perintah apa saja ... bilateral?".
        if mention.concepts[0] not in analysis.words[: analysis.words.index(_WHAT)]:
            return None
        definition = self._subjects.by_kind_aspect.get((mention.concepts[0], DEFINITION))
        found = next((c for c in ranked if c.intent == definition), None)
        return found if found and ranked[0].score - found.score <= config.clarify_window else None

    def named_subject(self, analysis: Analysis, config: MatcherConfig) -> Candidate | None:
        """The one organisation a question names, from a lower score than a question is otherwise asked
        about: for worksheet items, which ask facts in words the lessons never use ("Piagam PBB
        ditandatangani di kota ... pada tahun ...."); chat that names one is often about something else
        ("PBB tanah jatuh tempo kapan", the land tax)."""
        ranked = self._ranker.rank(analysis, config)
        off_topic = next((c.score for c in ranked if c.intent == OUT_OF_SCOPE), 0.0)
        ranked = [c for c in ranked if c.intent != OUT_OF_SCOPE]
        named = self._named_by_title(ranked, analysis.words, config, floor=config.named_floor)
        return named if named and named.score > off_topic else None

    def _named_beside_examples(
        self, ranked: list[Candidate], words: tuple[str, ...], mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "Sebutkan peran Indonesia dalam Perserikatan Bangsa-Bangsa! Berikan minimal 3 contoh.": a kind's
        examples that never name the one organisation the question names, with no kind named, are not
        what it asks; that organisation is."""
        top = ranked[0].intent if ranked else None
        if mention.concepts or self._subjects.aspect_of.get(top or "") != EXAMPLES:
            return None
        named = self._most_named(ranked, set(words))
        if len(named) != 1 or self._subjects.title_names[named[0].intent] & self._subjects.answer_names[top]:
            return None
        return named[0] if named[0].score >= config.clarify_at else None

    def _listed_examples(
        self, ranked: list[Candidate], words: tuple[str, ...], mention: ConceptMention, config: MatcherConfig
    ) -> Candidate | None:
        """ "PBB, WTO, ILO itu masuk kerja sama apa", "IMF WTO ILO itu multilateral semua?": organisations
        listed that one kind's examples name, and no other kind's, with a kind or cooperation named, ask
        for those examples, not about the first one named. Options are no such list ("... dikeluarkan oleh
        organisasi .... A. ILO B. FAO C. WTO")."""
        if not ranked or not self._subjects.title_names.get(ranked[0].intent):
            return None  # no organisation leads: "keuntungan ikut PBB, WTO dan OKI" asks the benefits
        if not mention.concepts and _COOPERATION not in itertools.pairwise(words):
            return None
        asked = set(words)
        listed = set().union(*self._subjects.title_names.values()) & asked
        if len(listed) < LISTED_NAMES:
            return None
        examples = {c.intent: c for c in ranked if self._subjects.aspect_of.get(c.intent) == EXAMPLES}
        naming = [c for i, c in examples.items() if listed <= self._subjects.answer_names[i]]
        return naming[0] if len(naming) == 1 and naming[0].score >= config.named_floor else None

    def _most_named(self, ranked: list[Candidate], asked: set[str]) -> list[Candidate]:
        """The subjects whose titles' names the question says most of (none when it says none)."""
        hits = {c.intent: len(self._subjects.title_names.get(c.intent, frozenset()) & asked) for c in ranked}
        most = max(hits.values(), default=0)
        return [c for c in ranked if most and hits[c.intent] == most]

    def _named_by_title(
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
            return None
        named = self._most_named(ranked, asked)
        # Two names, two subjects ("FAO merupakan badan khusus PBB ..."): the first of all, when it is one
        # of them and clearly ahead. One name two titles share ("organisasi di bawah PBB": the UN, or
        # ECOSOC, "Dewan Ekonomi dan Sosial PBB") settles nothing.
        names = set().union(*(title_names.get(c.intent, frozenset()) for c in named)) & asked
        lead = len(named) > 1 and named[0].score - named[1].score >= config.margin
        # "OKI beranggotakan ..... negara ... kedua setelah PBB": the name that opens it is its subject.
        opening = [c for c in named if words and words[0] in title_names.get(c.intent, frozenset())]
        if len(names) > 1 and len(opening) == 1:
            named = opening
        elif len(names) > 1 and named[0] is ranked[0] and lead:
            named = named[:1]
        # "Apa nama PBB dalam bahasa Inggris": the UN, whose title names nothing else, not ECOSOC ("Dewan
        # Ekonomi dan Sosial PBB"), whose other name is not asked; when it is the first of the named and
        # clearly ahead ("organisasi di bawah PBB" may well mean ECOSOC). Another subject may lead them all:
        # "indonesia jd anggota pbb sejak kpn" reads like OKI's "indonesia anggota oki sejak kapan".
        complete = [c for c in named if title_names.get(c.intent, frozenset()) <= asked]
        if len(named) > 1 and len(complete) == 1 and complete[0] is named[0]:
            [whole] = complete
            if all(whole.score - c.score >= config.clear_lead for c in named if c is not whole):
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
