"""The intent matcher: which intent a question means, how sure we are, and what else it could be.

It ranks the intents (`bot.nlp.ranking`), lets a pasted prompt's structure settle what it can
(`bot.nlp.worksheet_rules`) and decides on answer, clarify or unknown (`bot.nlp.deciding`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from bot.content.models import COMPARISON_INTENT, FAREWELL_INTENT, GREETING_INTENT, THANKS_INTENT, Intent
from bot.nlp.concepts import ConceptMention, ConceptSpotter
from bot.nlp.deciding import Decider, Match, Outcome, meant_in_another_subject
from bot.nlp.kinds import KindReader
from bot.nlp.normalise import Analysis, Normaliser
from bot.nlp.prompts import Prompt, parse_prompt, sentence_asks
from bot.nlp.ranking import OUT_OF_SCOPE, Candidate, Ranker
from bot.nlp.subjects import Subjects
from bot.nlp.tuning import MatcherConfig
from bot.nlp.worksheet_rules import WorksheetRules

# Said in passing, as no question is: "semalam" greets, "nanti" takes leave.
_SMALL_TALK = frozenset({GREETING_INTENT, FAREWELL_INTENT, THANKS_INTENT})
# Questions in one chat message read one by one; more are a worksheet's, or a flood of "?".
_MAX_PARTS = 4
# What callers import from here, wherever it is defined.
__all__ = ["Candidate", "Match", "Matcher", "MatcherConfig", "Outcome"]


class Matcher:
    """Matches questions to the intents of the content.

    `out_of_scope` holds questions the tutor must not answer; they form one more class,
    and a question closest to it is not answered ("apa itu inflasi" looks like
    "apa itu bilateral" until the matcher has seen what off-topic questions look like).
    `config` is read for every question, so a calibration can swap it in place.
    """

    def __init__(
        self,
        intents: Iterable[Intent],
        normaliser: Normaliser,
        spotter: ConceptSpotter,
        *,
        out_of_scope: Sequence[str] = (),
        config: MatcherConfig | None = None,
        kinds: KindReader | None = None,
    ) -> None:
        self.config = config or MatcherConfig()
        self.normaliser = normaliser
        self.spotter = spotter
        self._kinds = kinds
        self._intents, self._out_of_scope = list(intents), tuple(out_of_scope)
        self.intent_ids = [intent.id for intent in self._intents]
        self.subjects = Subjects.of(self._intents, normaliser)
        self._ranker = Ranker(self._intents, normaliser, self._out_of_scope)
        self._decider = Decider(self._ranker, self.subjects, compares=COMPARISON_INTENT in self.intent_ids)
        self._rules = WorksheetRules(self.subjects, self._ranker, self._decider, normaliser, spotter, kinds)

    @property
    def title_names(self) -> Mapping[str, frozenset[str]]:
        """The names in each intent's title ("gnb", "wto", "wina")."""
        return self.subjects.title_names

    def with_examples(self, extra: Mapping[str, Sequence[str]]) -> Matcher:
        """A new matcher that also knows `extra` wordings (intent id -> examples); this one is unchanged,
        so it can keep answering while the new one is built in a thread."""
        intents = [
            intent.model_copy(update={"examples": [*intent.examples, *extra[intent.id]]})
            if extra.get(intent.id)
            else intent
            for intent in self._intents
        ]
        return Matcher(
            intents,
            self.normaliser,
            self.spotter,
            out_of_scope=self._out_of_scope,
            config=self.config,
            kinds=self._kinds,
        )

    def match(self, text: str) -> Match:
        """One question, read without its worksheet wrapping (numbering, blanks, options)."""
        return self.match_prompt(parse_prompt(text))

    def match_prompt(self, prompt: Prompt) -> Match:
        """The question of a prompt, with the worksheet rules' reading of its options, blanks and scene."""
        match = self._rules.match(prompt, self.config)
        if match.outcome is Outcome.ANSWER or prompt.options:
            return match
        return self._one_question_answered(prompt.question) or match

    def _one_question_answered(self, question: str) -> Match | None:
        """ "ASEAN sering bahas laut cina selatan ndak? ASEAN ngapain aja sih": of two questions, the one
        a lesson answers, when the message read whole is answered by none and no question in it is off
        topic ("gnb itu nama band ya? lagunya apa aja" is about the band throughout). What follows a
        question without asking anything ("ceritain dong", "buat tugas bahasa indonesia") answers none; nor
        does a part no lesson answers that says another subject ("poligon itu sama dengan bangun
        multilateral ya? di matematika", "otonomi daerah itu apa? tujuannya apa")."""
        parts = [part for part in re.findall(r"[^?]+\?*", question) if len(part.split()) >= 2]
        if not 2 <= len(parts) <= _MAX_PARTS:
            return None
        if any(self.off_topic(self.normaliser.analyse(part), lead=0.0) for part in parts):
            return None
        readings = [(part, self._rules.match(parse_prompt(part), self.config)) for part in parts]
        if any(
            match.outcome is not Outcome.ANSWER and meant_in_another_subject(self.normaliser.analyse(part))
            for part, match in readings
        ):
            return None
        answered = [
            match
            for part, match in readings
            if sentence_asks(part.strip())
            and match.outcome is Outcome.ANSWER
            and match.intent not in _SMALL_TALK
        ]
        return answered[0] if len({match.intent for match in answered}) == 1 else None

    def match_analysis(self, analysis: Analysis, mention: ConceptMention) -> Match:
        """A question already analysed, read as it stands (no worksheet rules)."""
        return self._decider.decide(analysis, mention, self.config)

    def rank(self, text: str, limit: int = 10) -> list[Candidate]:
        """The best intents for `text`, for search and suggestions."""
        ranked = self._ranker.rank(self.normaliser.analyse(text), self.config)
        return [c for c in ranked if c.intent != OUT_OF_SCOPE][:limit]

    def off_topic(self, analysis: Analysis, lead: float | None = None) -> bool:
        """The questions the tutor must not answer are the closest class, ahead by `lead` (by default the
        config's margin): "cara bikin rendang?", but not "cara nyelesain masalah itu", as close to a
        dispute as to anything off topic."""
        ranked = self._ranker.rank(analysis, self.config)
        if not ranked or ranked[0].intent != OUT_OF_SCOPE:
            return False
        lead = self.config.margin if lead is None else lead
        return len(ranked) == 1 or ranked[0].score - ranked[1].score >= lead

    def rank_left_out(self, analysis: Analysis, intent_id: str, example: int) -> list[Candidate]:
        """The ranking as if the intent's example number `example` were not in the content."""
        ranked = self._ranker.rank(analysis, self.config, (intent_id, example))
        return [c for c in ranked if c.intent != OUT_OF_SCOPE]
