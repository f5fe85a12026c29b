"""Which option of a pasted multiple-choice question fits the answer the tutor gives.

The quiz bank is asked first (a pasted quiz question has its answer there); then, when the options
are kinds ("a. regional b. bilateral"), the kind the answer is about; otherwise the option whose
words the answer uses, clearly more than any other option's, fits. When nothing is clear
the tutor only answers and lets the student choose.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from bot.content import Content
from bot.content.markup import visible_text
from bot.nlp import ConceptSpotter, Normaliser
from bot.nlp.prompts import Option

SAME_QUESTION = 85.0  # rapidfuzz token_set_ratio of a pasted stem and a quiz bank question
SAME_OPTION = 85.0
CLEAR_LEAD = 0.34  # share of an option's words the answer must use more than the runner-up's
NEGATIONS = frozenset({"kecuali", "bukan", "tidak termasuk", "salah"})


class OptionPicker:
    def __init__(self, content: Content, normaliser: Normaliser, spotter: ConceptSpotter) -> None:
        self._normaliser = normaliser
        self._spotter = spotter
        # An intent's kind, or the one kind its title names ("Pengertian diplomasi bilateral").
        titled = {i.id: spotter.spot(normaliser.words(i.title)).concepts for i in content.intents.values()}
        self._kind = {
            i.id: i.concept or titled[i.id][0]
            for i in content.intents.values()
            if i.concept or len(titled[i.id]) == 1
        }
        self._quiz = [(normaliser.normalise(q.question), q.answer) for q in content.quiz]
        self._answer_stems = {
            i.id: frozenset(normaliser.analyse(visible_text(i.answer)).stems)
            for i in content.intents.values()
        }

    def pick(self, stem: str, options: tuple[Option, ...], intent_id: str) -> Option | None:
        if len(options) < 2:
            return None
        return (
            self._from_quiz(stem, options)
            or self._by_kind(stem, options, intent_id)
            or self._from_answer(stem, options, intent_id)
        )

    def _from_quiz(self, stem: str, options: tuple[Option, ...]) -> Option | None:
        if not self._quiz:
            return None
        questions = [q for q, _ in self._quiz]
        asked = self._normaliser.normalise(stem)
        found = process.extractOne(asked, questions, scorer=fuzz.token_set_ratio, score_cutoff=SAME_QUESTION)
        if found is None:
            return None
        right = self._quiz[found[2]][1]
        best = process.extractOne(
            right, [o.text for o in options], scorer=fuzz.ratio, score_cutoff=SAME_OPTION
        )
        return options[best[2]] if best else None

    def _by_kind(self, stem: str, options: tuple[Option, ...], intent_id: str) -> Option | None:
        kind = self._kind.get(intent_id)
        if kind is None or any(word in stem.casefold() for word in NEGATIONS):
            return None
        naming = [o for o in options if self._spotter.kind_named(self._normaliser.words(o.text)) == kind]
        return naming[0] if len(naming) == 1 else None

    def _from_answer(self, stem: str, options: tuple[Option, ...], intent_id: str) -> Option | None:
        used = self._answer_stems.get(intent_id, frozenset())
        shares = []
        for option in options:
            stems = set(self._normaliser.analyse(option.text).stems)
            shares.append(len(stems & used) / len(stems) if stems else 0.0)
        negative = any(word in stem.casefold() for word in NEGATIONS)
        if negative:
            shares = [1.0 - share for share in shares]
        ranked = sorted(range(len(options)), key=lambda i: -shares[i])
        first, second = shares[ranked[0]], shares[ranked[1]]
        return options[ranked[0]] if first >= 0.5 and first - second >= CLEAR_LEAD else None
