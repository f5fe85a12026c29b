"""Follow-ups on a topic that is one named thing (an organisation, the convention): Indonesia's part in
it, who made it and when, what it belongs to, and which other body a description means.
"""

from __future__ import annotations

import itertools

from bot.nlp import Analysis, Match, Matcher, Outcome
from bot.nlp.concepts import COOPERATION, ORGANISATION
from bot.nlp.subjects import QUESTION_STEMS
from bot.tutor.followups import DESCRIBING
from bot.tutor.pointing import asks
from bot.tutor.topic_family import TopicFamilies
from bot.tutor.topic_leaning import OPENERS

# A question that asks which body is meant: "yg ngurus buruh apa namanya", "lembaganya apa".
_IDENTITY_STEMS = frozenset({"nama", "organisasi", "badan", "lembaga"})
# What a member does: "ikut", "gabung", "anggota", "ikut bikin", "pernah minjem", "jadi tuan rumah"
# (Indonesia's part in an organisation), "ikut dari awal" (a founder).
_TAKING_PART = frozenset({"ikut", "gabung", "anggota", "masuk", "diri", "buat", "peran", "wakil", "sejak",
                          "awal", "pinjam", "pernah", "tuan", "rumah"})  # fmt: skip
_JOINING = frozenset({"ikut", "gabung", "anggota", "masuk"})
_WHO = frozenset({"siapa", "mana", "apa"})
_COUNTRY = "negara"
_WHEN = frozenset({"kapan", "tahun"})
_MAKING = frozenset({"buat", "diri", "sah", "pakat", "tanda", "tandatangan"})  # made, founded, signed
_PART_OF = frozenset({"bagi", "bawah", "cabang"})  # "bagian dari PBB", "di bawah PBB", "cabangnya PBB"
_CARRYING_ON = frozenset({"ok", "oke", "okay", "sip", "lanjut"})  # "ok lanjut, indonesia ikut ga"
_WHY = frozenset({"mengapa"})
_MATTERING = frozenset({"penting"})
_VERY = frozenset({"banget", "sekali", "sangat", "amat"})  # "kenapa penting banget"


class NamedTopics:
    def __init__(self, matcher: Matcher, families: TopicFamilies) -> None:
        self._matcher = matcher
        self._families = families
        self.subjects = families.named_subjects

    def asks_its_story(self, analysis: Analysis, marked: bool) -> bool:
        """ "indonesia ikut?" after GNB, "yang mendirikan siapa saja" after ASEAN, "kenapa dia penting" after
        the Vienna Convention: its answer says."""
        return (
            self.asks_indonesias_part(analysis, marked)
            or self.asks_about_a_member(analysis, marked)
            or _asks_who_takes_part(analysis)
            or _asks_how_it_began(analysis)
            or _asks_what_it_belongs_to(analysis)
            or _asks_why_it_matters(analysis)
        )

    @staticmethod
    def asks_indonesias_part(analysis: Analysis, marked: bool) -> bool:
        """A short question on Indonesia's part in it and nothing else: "indonesia ikut?", "indo anggota
        gk", "yg dari indonesia?" (not "kapan indonesia merdeka")."""
        stems = set(analysis.stems)
        # Particles of one or two letters say nothing ("indonesia melu anggota e ta").
        rest = {s for s in stems - QUESTION_STEMS - _CARRYING_ON - {"indonesia", "tidak"} if len(s) > 2}
        return asks(analysis, marked) and "indonesia" in stems and rest <= _TAKING_PART

    def asks_about_a_member(self, analysis: Analysis, marked: bool) -> bool:
        """Whether another country takes part, and nothing else: "png ikut kah?", "malaysia anggota gak" (its
        answer says who the members are); not another organisation ("pbb ikut?")."""
        stems = set(analysis.stems)
        rest = {s for s in stems - QUESTION_STEMS - _CARRYING_ON - {"tidak"} if len(s) > 2}
        country = rest - _TAKING_PART
        names = self._matcher.subjects.every_title_name
        named = all(self._matcher.normaliser.is_name(w) and w not in names for w in country)
        return asks(analysis, marked) and bool(rest & _JOINING) and 0 < len(country) <= 2 and named

    def made_when(self, analysis: Analysis, topic: str, family: list[str]) -> str | None:
        """ "tahun berapa dia dibuat" after the five functions of a mission: a lesson that is no named
        thing was not made on a date; the one named thing related to it was (the Vienna Convention)."""
        stems = set(analysis.stems)
        if not (_WHEN & stems and _MAKING & stems) or topic in self.subjects:
            return None
        named = [i for i in family[1:] if i in self.subjects]
        return named[0] if len(named) == 1 else None

    def joined_instead(self, analysis: Analysis, marked: bool, topic: str, family: list[str]) -> str | None:
        """ "indonesia ikut?" after the five functions of a mission: a lesson is not joined; the one named
        thing related to it is (the Vienna Convention, whose answer says when Indonesia ratified it)."""
        if topic in self.subjects or not self.asks_indonesias_part(analysis, marked):
            return None
        named = [i for i in family[1:] if i in self.subjects]
        return named[0] if len(named) == 1 else None

    def names_own(self, topic: str, named: str) -> bool:
        """Whether the topic's own name names `named`: ECOSOC, the Economic and Social Council *of the
        UN*, so "hubungannya sama PBB apa" after it asks how it stands to the UN, which its answer says."""
        own_name = set(self._families.anchor(topic).split())
        return bool(self._matcher.title_names[named] & own_name)

    def placed_under(self, analysis: Analysis, topic: str, named: str) -> bool:
        """ "itu bagian pbb jg?" after FAO asks whether the topic belongs to a body its own answer names
        (FAO, a UN agency), not about that body."""
        mentioned = self._matcher.title_names[named] & self._matcher.subjects.mentions[topic]
        return bool(_PART_OF & set(analysis.stems)) and bool(mentioned)

    def only_placed_under(self, analysis: Analysis, topic: str, named: str) -> bool:
        """ "bagian dari PBB?" after ECOSOC (the Economic and Social Council *of the UN*): nothing said but
        belonging and a name of the topic's own ("PBB bagiannya apa aja" asks what the UN's parts are;
        "ECOSOC itu bagian dari PBB ya?" after the UN asks of ECOSOC)."""
        names = self._matcher.title_names
        rest = set(analysis.stems) - _PART_OF - names[named]
        said = self._matcher.subjects.every_title_name & set(analysis.words)
        return (
            not rest and said <= names.get(topic, frozenset()) and self.placed_under(analysis, topic, named)
        )

    def described(self, tokens: list[str], analysis: Analysis, match: Match, previous: str) -> str | None:
        """ "yg ngurus buruh apa namanya" or "yang soal pangan?" after WTO: not WTO but the organisation
        the words describe, when the matcher puts one first."""
        # "yg ngurus buruh ...", and "kalau buruh yg ngurus apa": the thing described, then "which".
        opening = list(itertools.dropwhile(lambda t: t in OPENERS, tokens))[:2]
        asks_which = bool(_IDENTITY_STEMS & set(analysis.stems)) or bool(DESCRIBING & set(opening))
        if not asks_which or match.outcome is Outcome.UNKNOWN or not match.candidates:
            return None
        # "kenapa gitu namanya" after the GNB asks why the topic has its name, not which one it is.
        if _WHY & set(analysis.stems):
            return None
        # "yg mendirikan negara mana aja" after ASEAN asks what its own answer says (its founders).
        if self._families.says_all(set(analysis.stems) - QUESTION_STEMS, previous):
            return None
        # The first named subject offered, even behind a chat intent ("soal" is also a test question).
        described = [c for c in match.candidates if c.intent in self.subjects and c.intent != previous]
        best = described[0] if described else None
        return best.intent if best and best.score >= self._matcher.config.clarify_at else None

    def aspect_among_related(self, analysis: Analysis, family: list[str]) -> str | None:
        """ "contoh lain yg sejenis?" after AFTA: the one related lesson on the aspect asked (regional's
        examples), not the organisation again; "manfaatnya ikut kerja sama kyk gitu apa" after the PBB:
        the aspect asked of the one kind the related lessons are about (multilateral's benefits), when
        the question is of such cooperation or organisations, not of the organisation alone ("indonesia
        dapat apa dari situ")."""
        by_stem = self._families.aspect_by_stem
        aspects = {by_stem[s] for s in analysis.stems if s in by_stem}
        if len(aspects) != 1:
            return None
        subjects = self._matcher.subjects
        related = [i for i in family[1:] if subjects.aspect_of.get(i) in aspects]
        of_its_kind = ORGANISATION in analysis.words or COOPERATION in itertools.pairwise(analysis.words)
        if not related and of_its_kind:
            kinds = {subjects.kind_of[i] for i in family[1:] if i in subjects.kind_of}
            related = [i for kind in kinds if (i := subjects.by_kind_aspect.get((kind, *aspects)))]
        return related[0] if len(related) == 1 else None


def _asks_who_takes_part(analysis: Analysis) -> bool:
    """Who its members are, and nothing else: "negara mana saja yg ikut", "siapa aja yang gabung"."""
    stems = set(analysis.stems)
    rest = stems - QUESTION_STEMS - _JOINING - {_COUNTRY}
    return bool(stems & _WHO) and bool(stems & _JOINING) and not {s for s in rest if len(s) > 2}


def _asks_how_it_began(analysis: Analysis) -> bool:
    """Who made it or when, and nothing else: "yang mendirikan siapa saja", "kapan disahkan"."""
    stems = set(analysis.stems)
    rest = stems - QUESTION_STEMS - _WHEN
    return bool(stems & ({"siapa"} | _WHEN)) and bool(rest) and rest <= _MAKING


def _asks_what_it_belongs_to(analysis: Analysis) -> bool:
    """What it is part of, and nothing else: "bagian dari apa", "di bawah siapa"."""
    stems = set(analysis.stems)
    return bool(stems & _PART_OF) and bool(stems & QUESTION_STEMS) and stems <= _PART_OF | QUESTION_STEMS


def _asks_why_it_matters(analysis: Analysis) -> bool:
    """Why it matters, and nothing else: "kenapa penting", "kenapa dia penting banget"."""
    stems = set(analysis.stems)
    return stems >= _WHY and bool(_MATTERING & stems) and stems - _WHY <= _MATTERING | _VERY
