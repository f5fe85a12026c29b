"""What each intent is about: the kind of cooperation and the aspect of it, and the names its title and
answer use. Built once from the intents; the worksheet rules, the decisions and the follow-ups read it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.content.models import CONVERSATION_GROUP, Intent
from bot.nlp.concepts import ConceptMention
from bot.nlp.normalise import QUESTION_STEMS, Normaliser

_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")
_LOWER_CASE = re.compile(r"(?<![<\w/])[a-z][\w-]*")  # not the "b" of a "<b>" tag
EXAMPLES = "contoh"  # the aspect of the intents that list a kind's examples
DEFINITION = "definisi"  # the aspect of the intents that say what a kind is
BENEFITS = "manfaat"  # the aspect of the intents that say what a kind is good for
PARTIES = "pihak"  # the aspect of the intent that says who may be a party to an agreement
_MUTUAL = "saling"
WHY = frozenset({"mengapa", "alas"})  # "mengapa", "alasan": the stems that ask why
DIPLOMACY = "diplomasi"  # the word that makes a kind's lesson one on diplomacy
MEANING = "erti"  # the stem of "pengertian", "arti", "dimaksud": what a definition's title says
LISTED_NAMES = 3  # names in a question that make it a list: of examples, or to pick from
HOME = "indonesia"  # the setting of nearly every question, never one name among others
BESIDES = "selain"  # "selain ASEAN apa lagi", "selain ekonomi": more of the same sort
# How kinds are measured against each other: "paling banyak negaranya", "lebih luas", "paling sedikit".
SIZES = ("banyak", "sedikit", "luas", "sempit", "besar", "kecil")
# Tasks that sort situations into kinds: "tentukan", "klasifikasikan", "identifikasilah", "kelompokkan",
# "golongkan".
SORTING = frozenset({"tentu", "klasifikasi", "identifikasi", "kelompok", "golong"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_FIGURE = re.compile(r"\d{3,}")  # "162 negara", "193 anggota": as telling as a year; "12", "15" are not
_MONTHS = frozenset(
    {"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
     "november", "desember"}
)  # fmt: skip


@dataclass(frozen=True)
class Subjects:
    """The intents' subjects, looked up by intent id (or by kind and aspect)."""

    # Intents that differ only in their kind ("contoh" of bilateral, regional, ...): their aspect.
    aspect_of: Mapping[str, str]
    kind_of: Mapping[str, str]  # every intent about one kind: that kind
    by_kind_aspect: Mapping[tuple[str, str], str]  # (kind, aspect) -> the intent
    # The names each of those answers mentions: "IMT-GT" is an example of regional cooperation.
    answer_names: Mapping[str, frozenset[str]]
    # The names every intent's answer mentions: AFTA's "Kawasan Perdagangan Bebas ASEAN".
    mentions: Mapping[str, frozenset[str]]
    # The names in each title ("gnb", "wto", "wina"): the intent is about that one named thing.
    title_names: Mapping[str, frozenset[str]]
    every_title_name: frozenset[str]  # all of them: a question naming `LISTED_NAMES` is a list
    # The years in each title ("1961" of "Apa itu Konvensi Wina 1961"): which of the things by its name.
    title_years: Mapping[str, frozenset[str]]
    # Every name, as a word read on its own would be ("gt" alone is slang for "tidak", not a name).
    names: frozenset[str]
    # A year, a full date or a figure only one answer gives ("1969", "8 agustus 1967", "162"): that intent.
    dated: Mapping[str, str]
    # The stems of each title, question words left out ("cara laku diplomasi bilateral").
    title_stems: Mapping[str, frozenset[str]]
    # The stems of each title after its first word, what the lesson is on ("diplomasi bilateral" of
    # "Pengertian diplomasi bilateral"), when that is two words or more.
    title_subjects: Mapping[str, frozenset[str]]
    # The aspects every kind has ("manfaat", "contoh"), not one kind's own ("pihak" of bilateral).
    shared_aspects: frozenset[str]
    conversation: frozenset[str]  # greetings, help and the like: no lesson

    @classmethod
    def of(cls, intents: Iterable[Intent], normaliser: Normaliser) -> Subjects:
        intents = list(intents)
        aspect_of = {i.id: i.aspect for i in intents if i.concept and i.aspect}
        kind_of = {i.id: i.concept for i in intents if i.concept}

        # A name is written with a capital somewhere ("IJEPA", "Jepang"); a word the dictionary lacks but
        # the text never capitalises ("ditandatangani", "wewenang") is no name, nor one it also writes in
        # lower case, capitalised only to open a point ("Masing-masing ...", "Ditandatangani 2007 ...").
        def written(pattern: re.Pattern[str]) -> set[str]:
            texts = (f"{i.title} {i.answer} {i.more or ''}" for i in intents)
            return {
                word for text in texts for token in pattern.findall(text) for word in normaliser.words(token)
            }

        capitalised = written(_CAPITALISED) - written(_LOWER_CASE)

        def names_in(text: str) -> frozenset[str]:
            return frozenset(w for w in normaliser.words(text) if normaliser.is_name(w) and w in capitalised)

        mentions = {i.id: names_in(f"{i.answer} {i.more or ''}") for i in intents}
        answer_names = {i: names for i, names in mentions.items() if i in aspect_of}
        title_names = {i.id: names_in(i.title) for i in intents}
        every_name = frozenset().union(*title_names.values(), *answer_names.values())
        givers: defaultdict[str, set[str]] = defaultdict(set)
        for i in intents:
            for date in dates(normaliser.words(f"{i.answer} {i.more or ''}")):
                givers[date].add(i.id)
        return cls(
            aspect_of=aspect_of,
            kind_of=kind_of,
            by_kind_aspect={(kind_of[i], aspect): i for i, aspect in aspect_of.items()},
            answer_names=answer_names,
            mentions=mentions,
            title_names=title_names,
            every_title_name=frozenset().union(*title_names.values()),
            title_years={i.id: frozenset(_YEAR.findall(i.title)) for i in intents},
            names=frozenset(n for n in every_name if normaliser.words(n) == (n,)),
            dated={date: next(iter(ids)) for date, ids in givers.items() if len(ids) == 1},
            shared_aspects=frozenset(
                aspect
                for aspect in set(aspect_of.values())
                if {kind_of[i] for i, a in aspect_of.items() if a == aspect} == set(kind_of.values())
            ),
            title_stems={
                i.id: frozenset(normaliser.analyse(i.title).stems) - QUESTION_STEMS for i in intents
            },
            title_subjects={
                i.id: subject
                for i in intents
                if len(subject := frozenset(normaliser.analyse(i.title.partition(" ")[2]).stems)) >= 2
            },
            conversation=frozenset(i.id for i in intents if i.group == CONVERSATION_GROUP),
        )

    def says_subject(self, intent: str, stems: set[str]) -> bool:
        """The words say what the intent's lesson is on ("diplomasi bilateral"), whatever they ask of it."""
        subject = self.title_subjects.get(intent)
        return subject is not None and subject <= stems

    def of_no_kind(self, stem: str) -> str | None:
        """The lesson of no one kind whose title says `stem`: "bentuk", the forms of cooperation; "tujuan",
        what relations between countries are for."""
        titled = (i for i, title in self.title_stems.items() if stem in title and i not in self.kind_of)
        return next(titled, None)

    def says_title(self, intent: str, stems: set[str]) -> bool:
        """The words say the intent's whole title, of two words or more ("konvensi wina 1961")."""
        title = self.title_stems[intent]
        return len(title) >= 2 and title <= stems

    def another_by_name(self, intent: str, words: tuple[str, ...]) -> bool:
        """ "konvensi wina tahun 1980 tentang jual beli barang": the title's name with a year the title
        does not give is another thing of that name."""
        years = self.title_years[intent]
        if not years:
            return False
        names = self.title_names[intent]
        for k, word in enumerate(words[:-1]):
            after = words[k + 2] if words[k + 1] == "tahun" and k + 2 < len(words) else words[k + 1]
            if word in names and _YEAR.fullmatch(after) and after not in years:
                return True
        return False

    def examples_naming(self, names: Iterable[str]) -> list[str]:
        """The kinds' examples whose answers name every one of `names` ("asean": regional's alone; "eropa":
        regional's and multilateral's, whose G20 has the Uni Eropa as a member)."""
        wanted = frozenset(names)
        return [
            i for i, said in self.answer_names.items() if self.aspect_of[i] == EXAMPLES and wanted <= said
        ]

    def listing_kind(self, names: Iterable[str]) -> str | None:
        """The one kind whose examples list what is named ("pbb": multilateral; "eropa": two do, none)."""
        listing = self.examples_naming(names)
        return self.kind_of[listing[0]] if len(listing) == 1 else None

    def fits_kind(self, intent: str, mention: ConceptMention) -> bool:
        """Whether the intent is of a kind the question names (or either is of no kind)."""
        kind = self.kind_of.get(intent)
        return kind is None or not mention.concepts or kind in mention.concepts


def asked_stems(stems: tuple[str, ...]) -> set[str]:
    """The stems that may ask for something: not the one after "saling", which describes a relation
    ("hubungan dua negara yang saling menguntungkan" defines bilateral relations, not their benefits)."""
    return {stem for k, stem in enumerate(stems) if k == 0 or stems[k - 1] != _MUTUAL}


def is_year(date: str) -> bool:
    return bool(_YEAR.fullmatch(date))


def dates(words: tuple[str, ...]) -> list[str]:
    """The years ("1969"), full dates ("8 agustus 1967") and figures ("162") among a text's words."""
    years = [w for w in words if _FIGURE.fullmatch(w)]
    full = [
        " ".join(words[k : k + 3])
        for k in range(len(words) - 2)
        if words[k].isdigit() and words[k + 1] in _MONTHS and _YEAR.fullmatch(words[k + 2])
    ]
    return years + full
