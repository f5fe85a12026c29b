"""Which kind an organisation is, asked again of another one: "ijepa tu jenis apa", then "kalau asean?";
or "PBB termasuk?" after a kind's lesson. Answered with the examples of the kind that lists it, while
the organisation stays the one spoken of ("berdirinya kapan" next is asked of it).
"""

from __future__ import annotations

from bot.content.models import COMPARISON_INTENT
from bot.nlp import Analysis, ConceptMention, Normaliser, clean
from bot.nlp.concepts import COOPERATION
from bot.nlp.subjects import EXAMPLES, HOME, Subjects
from bot.tutor.pointing import classes
from bot.tutor.topic_leaning import OPENERS

_BELONGING = frozenset({"masuk"})  # "termasuk", "masuk", "masok"
_WHICH = frozenset({"mana"})  # "PBB yg mana"
_WHAT = frozenset({"apa"})  # "WTO masuk apa"
_KIND = frozenset({"jenis", "bentuk", "golong"})  # "PBB masuk jenis mana", "golongan apa"
_NOT = frozenset({"tidak"})  # "pbb masuk ga"
# "kalau indonesia ikut WTO?" after a kind was given: Indonesia's taking part is the case to class.
_TAKING_PART = frozenset({HOME, "ikut", "gabung"})
# Where another kind was read, or that it is not: "kok di artikel masuk multilateral?", "bukannya ...?".
_DOUBTING = frozenset({"artikel", "buku", "bacaan", "teks", "sumber", "lks", "bukan"})


class KindOfAName:
    def __init__(self, subjects: Subjects, normaliser: Normaliser) -> None:
        self._subjects = subjects
        self._normaliser = normaliser

    def classed(self, question: str, answered: str, topic: str | None) -> frozenset[str]:
        """The names an answer said the kind of: those the question names when the answer is the one kind's
        examples that list them ("GNB itu multilateral atau regional", "ijepa tu jenis apa"), or the
        topic's it points at ("itu termasuk kerja sama apa" after ASEAN); none otherwise."""
        if self._subjects.aspect_of.get(answered) != EXAMPLES:
            return frozenset()  # read no further: most answers are no kind's examples
        names = self._names(self._normaliser.analyse(question))
        if not names and topic in self._subjects.title_names and classes(clean(question)):
            names = self._subjects.title_names[topic]
        return names if names and self._subjects.examples_naming(names) == [answered] else frozenset()

    def subject(self, names: frozenset[str]) -> str | None:
        """The one organisation with a lesson of its own the names are: the one whose title they say in
        full ("PBB" is the PBB, not ECOSOC, "Dewan Ekonomi dan Sosial PBB"), else the one they say part of
        ("ECOSOC")."""
        if not names:
            return None  # most messages follow no kind's examples
        titles = self._subjects.title_names
        for fits in (lambda title: title <= names, lambda title: title & names):
            titled = [i for i, title in titles.items() if title and fits(title)]
            if titled:
                return titled[0] if len(titled) == 1 else None
        return None

    def asked_again(self, analysis: Analysis, classed: bool, topic: str | None) -> str | None:
        """The examples of the one kind that lists the organisation a bare question names: "kalau asean?",
        "PBB yg mana" right after a kind was given for another; "PBB termasuk?", "pbb masuk ga" after a
        kind's lesson, a comparison, or after one was given; "PBB masuk jenis mana", "WTO masuk apa"
        after one was given or anywhere, with a word for a kind."""
        names = self._names(analysis)
        stems = set(analysis.stems)
        belongs = bool(_BELONGING & stems)
        # Ending on the kind asked: "... kerja sama jenis apa", "masuk jenis mana", "kerja sama apa" (not
        # "bentuk kerja sama ASEAN apa aja", which asks what ASEAN's cooperation does).
        words = analysis.words
        of_a_kind = words[-1:] in {("apa",), ("mana",)} and (
            bool(_KIND & set(analysis.stems[-2:-1])) or words[-3:-1] == COOPERATION
        )
        # "FAO itu apa", "kapan masuk PBB" ask something else of it; "WTO masuk apa" asks where it belongs.
        asked = _WHICH | (_WHAT if belongs or of_a_kind else frozenset())
        rest = stems - OPENERS - _BELONGING - asked - _NOT - _KIND - set(COOPERATION) - names
        if not names or rest - _TAKING_PART:
            return None
        after_a_kind = topic == COMPARISON_INTENT or self._subjects.kind_of.get(topic) is not None
        if not (classed or of_a_kind or (belongs and after_a_kind)) or (rest and not classed):
            return None
        listing = self._subjects.examples_naming(names)
        return listing[0] if len(listing) == 1 else None

    def classed_again(
        self, analysis: Analysis, mention: ConceptMention, classed: frozenset[str]
    ) -> str | None:
        """ "AFTA termasuk regional atau multilateral", then "kok di artikel masuk multilateral?": the kind
        the organisation was just given, doubted with another kind, naming nothing else; the examples that
        list it say why (not "kalau regional masuk apa aja", which asks of that kind)."""
        if not classed or len(mention.concepts) != 1 or mention.compares or self._names(analysis):
            return None
        if not _DOUBTING & set(analysis.words):
            return None  # "kenapa itu disebut bilateral" asks what the kind given is
        listing = self._subjects.examples_naming(classed)
        return listing[0] if len(listing) == 1 else None

    def _names(self, analysis: Analysis) -> frozenset[str]:
        return self._subjects.names & frozenset(analysis.words) - {HOME}
