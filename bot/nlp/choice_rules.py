"""Rules that pick one of the close choices a question would otherwise be offered, by the words of their
titles it says or the statement it makes."""

from __future__ import annotations

import itertools

from bot.nlp.concepts import ConceptMention
from bot.nlp.normalise import Analysis
from bot.nlp.prompts import sets_task
from bot.nlp.ranking import Candidate
from bot.nlp.subjects import (
    BENEFITS,
    DEFINITION,
    EXAMPLES,
    LISTED_NAMES,
    MEANING,
    QUESTION_STEMS,
    WHY,
    Subjects,
    asked_stems,
)

CITING = frozenset({"menurut", "sesuai", "berdasarkan"})  # "... menurut Konvensi Wina 1961"
CITED_WORDS = 4  # the source's name after it
_MATTERS = "penting"
_LIKE = "seperti"  # what "kayak", "kyk", "macam" read as: "... tuh yg kayak gimana" asks what it is like


class ChoiceRules:
    """Tried on the choices about to be offered; each rule returns the one the question asks, or None."""

    def __init__(self, subjects: Subjects) -> None:
        self._subjects = subjects

    def settle(
        self, choices: tuple[Candidate, ...], analysis: Analysis, mention: ConceptMention
    ) -> Candidate | None:
        """The choice the question's words settle, the first rule that applies deciding."""
        # "Why" first: "kenapa negara harus melakukan diplomasi bilateral" also says the way's "melakukan".
        return (
            self._why_it_matters(choices, analysis)
            or self._titled_apart(choices, analysis)
            or self._titled_whole(choices, analysis)
            or self._kind_stated(choices, analysis, mention)
            or self._aspect_named(choices, analysis)
            or self._what_it_is_like(choices, analysis)
        )

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

    def _titled_whole(self, choices: tuple[Candidate, ...], analysis: Analysis) -> Candidate | None:
        """The one choice whose whole title the question says, of two words or more ("Mengapa Konvensi
        Wina 1961 disebut landasan praktik diplomatik modern?" names the convention, not its five
        functions)."""
        if len(self._subjects.every_title_name & set(analysis.words)) >= LISTED_NAMES:
            return None  # "PBB, IMF, ..., ECOSOC, OKI": ECOSOC's "(... PBB)" is said, but as one of a list
        # "Uraikan tugas duta besar sesuai Konvensi Wina 1961": a title cited as the source is not asked.
        cited = next((k for k, w in enumerate(analysis.words) if w in CITING), len(analysis.words))
        asked = set(analysis.stems[:cited] + analysis.stems[cited + 1 + CITED_WORDS :])
        whole = [c for c in choices if self._subjects.says_title(c.intent, asked)]
        return whole[0] if len(whole) == 1 and len(choices) > 1 else None

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

    def _what_it_is_like(self, choices: tuple[Candidate, ...], analysis: Analysis) -> Candidate | None:
        """ "diplomasi bilateral tuh yg kayak gimana sih": what a subject is like, and nothing but its name
        said, is its definition, not the way it is done that "gimana" alone would ask."""
        stems = analysis.stems
        like = any(s == _LIKE and after in QUESTION_STEMS for s, after in itertools.pairwise(stems))
        if not like:
            return None
        said = set(stems) - QUESTION_STEMS - {_LIKE}
        titles = self._subjects.title_stems
        defining = [c for c in choices if MEANING in titles[c.intent] and said <= titles[c.intent]]
        return defining[0] if len(defining) == 1 else None

    def _why_it_matters(self, choices: tuple[Candidate, ...], analysis: Analysis) -> Candidate | None:
        """ "kenapa negara harus diplomasi bilateral", "keuntungan ... menjalankan diplomasi bilateral": a
        "why" or a "what for" about a subject with a lesson on why it matters asks that lesson."""
        asked = set(analysis.stems)
        if not (WHY | {BENEFITS}) & asked:
            return None
        titles = self._subjects.title_stems
        mattering = [
            c for c in choices if _MATTERS in titles[c.intent] and titles[c.intent] - {_MATTERS} <= asked
        ]
        return mattering[0] if len(mattering) == 1 else None

    def _aspect_named(self, choices: tuple[Candidate, ...], analysis: Analysis) -> Candidate | None:
        """ "promosi wisata bareng pemerintah jepang itu kerjasama bidang apa": of one kind's aspects on
        offer (its fields, its examples), the one whose name the question says and no other's."""
        if len(choices) < 2:
            return None
        kinds = {self._subjects.kind_of.get(c.intent) for c in choices}
        if len(kinds) != 1 or None in kinds:
            return None
        # Asked of, not merely said: "bidang apa", "apa pihaknya", "termasuk bidang ...." (its last word);
        # "kedua belah pihak" or "contoh" are said of nearly anything.
        stems = analysis.stems
        asked_of = {
            stem
            for k, stem in enumerate(stems)
            if k == len(stems) - 1 or set(stems[max(k - 1, 0) : k + 2]) & QUESTION_STEMS
        } - {EXAMPLES, DEFINITION}
        named = [c for c in choices if self._subjects.aspect_of.get(c.intent) in asked_of]
        return named[0] if len(named) == 1 else None
