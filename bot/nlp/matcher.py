"""The intent matcher: which intent a question means, how sure we are, and what else it could be.

A question is scored against every intent by four measures that fail differently:
word TF-IDF against each example (phrasing), word TF-IDF against the intent as a whole
(paraphrases that mix words from several examples), character n-grams (typos and
morphology the stemmer misses), and a rapidfuzz re-rank of a shortlist (word order and
near-copies). Their blend decides one of three outcomes: answer, clarify or unknown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from rapidfuzz import fuzz, process

from bot.content.models import COMPARISON_INTENT, Intent
from bot.nlp.concepts import ConceptMention, ConceptSpotter
from bot.nlp.kinds import KindReader
from bot.nlp.normalise import Analysis, Normaliser
from bot.nlp.prompts import Prompt, asking_sentence, parse_prompt
from bot.nlp.spaces import FeatureSpace, char_features, word_features

OUT_OF_SCOPE = ""  # the class of questions the tutor must not answer; never a valid intent id
EXAMPLES = "contoh"  # the aspect of the intents that list a kind's examples
DEFINITION = "definisi"  # the aspect of the intents that say what a kind is
LISTED_NAMES = 3  # names in a question that make it a list to pick from


class Outcome(StrEnum):
    ANSWER = "answer"
    CLARIFY = "clarify"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Candidate:
    intent: str
    score: float  # 0..100


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


@dataclass(frozen=True)
class MatcherConfig:
    """Decision thresholds, calibrated with `tutorbot eval` (see benchmarks/RESULTS.md)."""

    answer_at: float = 34.0  # a winner this strong is answered ...
    margin: float = 1.0  # ... when it leads the runner-up by this much (a near tie is asked about),
    sure_at: float = 60.0  # or without a margin when this strong
    clarify_at: float = 26.0  # below this: "belum tahu"
    clarify_window: float = 12.0  # choices offered: within this of the best
    max_choices: int = 3
    shortlist: int = 8  # intents re-ranked with rapidfuzz
    off_topic_margin: float = -5.0  # "belum tahu" when the off-topic class comes this close
    # A long question (a case study, a worksheet item) spreads its score over many words: a winner
    # this far ahead of the runner-up is answered even below `answer_at`.
    long_question: int = 10  # distinct words
    clear_lead: float = 6.0
    long_floor: float = 22.0  # ... and is asked about (or answered, with that lead) from this score
    weights: tuple[float, float, float, float] = (0.30, 0.25, 0.25, 0.20)


class Matcher:
    """Matches questions to the intents of the content.

    `out_of_scope` holds questions the tutor must not answer; they form one more class,
    and a question closest to it is not answered ("apa itu inflasi" looks like
    "apa itu bilateral" until the matcher has seen what off-topic questions look like).
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
        intents = list(intents)
        self._intents, self._out_of_scope = intents, tuple(out_of_scope)
        # Intents that differ only in their concept ("contoh" of bilateral, regional, ...).
        self._aspect = {i.id: i.aspect for i in intents if i.concept and i.aspect}
        self._concept = {i.id: i.concept for i in intents if i.concept}
        self._by_kind_aspect = {(self._concept[i], aspect): i for i, aspect in self._aspect.items()}
        # The names each of those answers mentions: "IMT-GT" is an example of regional cooperation.
        self._names = {
            i.id: frozenset(
                w for w in normaliser.words(f"{i.answer} {i.more or ''}") if normaliser.is_name(w)
            )
            for i in intents
            if i.id in self._aspect
        }
        # The names in each title ("gnb", "wto", "wina"): the intent is about that one named thing.
        self.title_names = {
            i.id: frozenset(w for w in normaliser.words(i.title) if normaliser.is_name(w)) for i in intents
        }
        # Every name, as a word read on its own would be ("gt" alone is slang for "tidak", not a name).
        every_name = frozenset().union(*self.title_names.values(), *self._names.values())
        self._all_names = frozenset(n for n in every_name if normaliser.words(n) == (n,))
        classes = [(intent.id, (intent.title, *intent.examples)) for intent in intents]
        self.intent_ids = [intent_id for intent_id, _ in classes]
        if out_of_scope:
            classes.append((OUT_OF_SCOPE, tuple(out_of_scope)))
        self._classes = [intent_id for intent_id, _ in classes]
        analyses: list[Analysis] = []
        owners: list[int] = []
        for index, (_, texts) in enumerate(classes):
            for text in texts:
                analyses.append(normaliser.analyse(text))
                owners.append(index)
        n = len(classes)
        owner = np.array(owners, dtype=np.int64)
        self._starts = np.searchsorted(owner, np.arange(n))
        self._texts = [a.text for a in analyses]
        word_docs = [word_features(a) for a in analyses]
        self._words = FeatureSpace(word_docs, owner, n)
        merged: list[list[str]] = [[] for _ in range(n)]
        for feats, index in zip(word_docs, owners, strict=True):
            merged[index].extend(feats)
        self._centroids = self._words.weighted(merged)
        self._chars = FeatureSpace([char_features(a) for a in analyses], owner, n)

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
        """The question of a prompt; a multiple-choice stem too vague alone is read with its options,
        and a question after a scene-setting sentence is read alone when that reads clearer."""
        analysis = self.normaliser.analyse(prompt.question)
        mention = self.spotter.spot(analysis.words)
        if example := self._picks_an_example(analysis, mention, prompt) or self._blank_names_aspect(
            analysis, mention, prompt
        ):
            return example
        match = self.match_analysis(analysis, mention)
        if kind := self._kind_shown(analysis, prompt, match):
            return kind
        options = " ".join(o.text for o in prompt.options)
        if options and match.outcome is not Outcome.ANSWER:
            whole = self.normaliser.analyse(f"{prompt.question} {options}")
            with_options = self.match_analysis(whole, self.spotter.spot(whole.words))
            if with_options.outcome is Outcome.ANSWER:
                return with_options
            if chosen := self._best_named_option(analysis, options):
                return chosen
        if sentence := asking_sentence(prompt.question):
            alone = self.normaliser.analyse(sentence)
            asked = self.match_analysis(alone, self.spotter.spot(alone.words))
            if asked.outcome is Outcome.ANSWER and (
                match.outcome is not Outcome.ANSWER or asked.score > match.score
            ):
                return asked
        return match

    def _picks_an_example(self, stem: Analysis, mention: ConceptMention, prompt: Prompt) -> Match | None:
        """ "Berikut yang tergolong kerja sama regional adalah .... a. IJEPA b. PBB c. BIMP-EAGA", or a
        list of names in the stem ("ASEAN, IJEPA, APEC, OKI. Manakah yang termasuk kerja sama
        bilateral?"): which of these is an example of one kind, so that kind's examples answer it."""
        if len(mention.concepts) != 1 or mention.is_comparison:
            return None
        naming = [o for o in prompt.options if self._naming(o.text)]
        named_in_stem = set(stem.words) & self._all_names
        if len(naming) < max(2, len(prompt.options) // 2 + 1) and len(named_in_stem) < LISTED_NAMES:
            return None
        [kind] = mention.concepts
        examples = self._by_kind_aspect.get((kind, EXAMPLES))
        ranked = [c for c in self._rank(stem) if c.intent != OUT_OF_SCOPE]
        # The stem must be about the kind itself, not something else with a kind's word in it
        # ("kawasan mitra Indonesia ... a. Afrika b. Timur Tengah" asks about partner regions).
        if examples is None or not ranked or self._concept.get(ranked[0].intent) != kind:
            return None
        return self._answering(examples, ranked, ranked[0].score)

    def _blank_names_aspect(self, stem: Analysis, mention: ConceptMention, prompt: Prompt) -> Match | None:
        """ "... merupakan kerja sama bilateral di bidang ....": the blank is an aspect of the kind named
        (its fields), whatever else the scene says (a factory, a scholarship)."""
        if not prompt.blank_after or len(mention.concepts) != 1:
            return None
        answer = self._by_kind_aspect.get((mention.concepts[0], prompt.blank_after))
        return self._answering(answer, self._rank(stem), self.config.clarify_at) if answer else None

    def _kind_shown(self, stem: Analysis, prompt: Prompt, match: Match) -> Match | None:
        """ "Hanya kedua negara itu yang terlibat. Termasuk jenis kerja sama apakah kegiatan ini?": the
        answer is a kind, read from the situation described, unless a name already settled it
        ("IJEPA merupakan contoh kerja sama ...." is bilateral's examples, "AFTA termasuk ..." AFTA's)
        or the matcher is sure of its answer."""
        options_are_kinds = sum(self.spotter.kind_named(self.normaliser.words(o.text)) is not None
                                for o in prompt.options) >= 2  # fmt: skip
        if self._kinds is None or not (prompt.asks_kind or options_are_kinds):
            return None
        settled = match.intent is not None and (
            self._aspect.get(match.intent) == EXAMPLES
            or bool(self.title_names.get(match.intent))
            or match.score >= self.config.sure_at  # "kerjasama negara2 yg tetanggaan namanya apa"
        )
        kind = None if settled else self._kinds.kind_of(prompt.question)
        aspect = EXAMPLES if EXAMPLES in stem.words else DEFINITION
        answer = self._by_kind_aspect.get((kind, aspect))
        return self._answering(answer, self._rank(stem), match.score) if answer else None

    @staticmethod
    def _answering(intent: str, ranked: list[Candidate], fallback: float) -> Match:
        """An answer a worksheet rule settled, with the score the ranking gave it."""
        score = next((c.score for c in ranked if c.intent == intent), fallback)
        return Match(Outcome.ANSWER, score, (Candidate(intent, score),))

    def _naming(self, options: str) -> set[str]:
        """The intents whose title or answer names something the options name."""
        words = set(self.normaliser.words(options))
        return {
            intent
            for table in (self.title_names, self._names)
            for intent, names in table.items()
            if names & words
        }

    def _best_named_option(self, stem: Analysis, options: str) -> Match | None:
        """Options that name organisations or agreements ("a. UNICEF b. FAO", "a. IJEPA b. BIMP-EAGA"):
        of the intents whose title or answer names them, the one the stem fits best, of the kind the
        stem names, when it clearly leads the others."""
        named = self._naming(options)
        mention = self.spotter.spot(stem.words)
        ranked = [c for c in self._rank(stem) if c.intent in named and self._fits_kind(c.intent, mention)]
        if not ranked or ranked[0].score < self.config.clarify_at:
            return None
        if len(ranked) > 1 and ranked[0].score - ranked[1].score < self.config.margin:
            return None
        return Match(Outcome.ANSWER, ranked[0].score, (ranked[0],))

    def match_analysis(self, analysis: Analysis, mention: ConceptMention) -> Match:
        return self._decide(self._rank(analysis), mention, analysis.words)

    def rank(self, text: str, limit: int = 10) -> list[Candidate]:
        """The best intents for `text`, for search and suggestions."""
        ranked = self._rank(self.normaliser.analyse(text))
        return [c for c in ranked if c.intent != OUT_OF_SCOPE][:limit]

    def rank_left_out(self, analysis: Analysis, intent_id: str, example: int) -> list[Candidate]:
        """The ranking as if the intent's example number `example` were not in the content."""
        doc = int(self._starts[self._classes.index(intent_id)]) + 1 + example  # after the title
        return [c for c in self._rank(analysis, doc) if c.intent != OUT_OF_SCOPE]

    def _rank(self, analysis: Analysis, left_out: int | None = None) -> list[Candidate]:
        if not analysis.words or not self._classes:
            return []
        w_ex, w_cent, w_char, w_fuzz = self.config.weights
        feats = word_features(analysis)
        per_example = self._words.cosine(feats, self._words.by_feature)
        chars = self._chars.cosine(char_features(analysis), self._chars.by_feature)
        if left_out is not None:
            per_example[left_out] = chars[left_out] = 0.0
        scores = (
            w_ex * np.maximum.reduceat(per_example, self._starts)
            + w_cent * self._words.cosine(feats, self._centroids)
            + w_char * np.maximum.reduceat(chars, self._starts)
        )
        top = np.argsort(-scores, kind="stable")[: self.config.shortlist]
        fuzzy = self._fuzzy(analysis.text, top, left_out)
        final = scores[top] + w_fuzz * fuzzy
        order = np.argsort(-final, kind="stable")
        return [Candidate(self._classes[top[i]], round(float(final[i]) * 100, 1)) for i in order]

    def _fuzzy(self, query: str, intents: np.ndarray, left_out: int | None = None) -> np.ndarray:
        """Best rapidfuzz score of the query against each shortlisted intent's examples, 0..1."""
        ends = np.append(self._starts[1:], len(self._texts))
        spans: list = [range(self._starts[i], ends[i]) for i in intents]
        if left_out is not None:
            spans = [[j for j in span if j != left_out] for span in spans]
        choices = [self._texts[j] for span in spans for j in span]
        row = process.cdist([query], choices, scorer=fuzz.token_sort_ratio, dtype=np.float32)[0]
        best, offset = [], 0
        for span in spans:
            best.append(row[offset : offset + len(span)].max() if len(span) else 0.0)
            offset += len(span)
        return np.array(best) / 100.0

    def _names_no_concept(self, ranked: list[Candidate], mention: ConceptMention) -> bool:
        """ "contohnya apa?" with no kind named: the best two are the same aspect of two kinds."""
        if mention.concepts or len(ranked) < 2:
            return False
        aspects = [self._aspect.get(c.intent) for c in ranked[:2]]
        close = ranked[0].score - ranked[1].score <= self.config.clarify_window
        return aspects[0] is not None and aspects[0] == aspects[1] and close

    def _fits_kind(self, intent: str, mention: ConceptMention) -> bool:
        kind = self._concept.get(intent)
        return kind is None or not mention.concepts or kind in mention.concepts

    def _named_sibling(
        self, aspect: str, words: tuple[str, ...], ranked: list[Candidate]
    ) -> Candidate | None:
        """The one intent of this aspect whose answer mentions a name the question uses and the
        others' answers do not ("IMT-GT ... contoh kerja sama ...." is regional), if it was ranked."""
        siblings = [intent for intent, a in self._aspect.items() if a == aspect]
        hits = {
            intent
            for word in set(words)
            for intent in siblings
            if word in self._names[intent] and sum(word in self._names[s] for s in siblings) == 1
        }
        return next((c for c in ranked if c.intent in hits), None) if len(hits) == 1 else None

    def _named_by_title(self, ranked: list[Candidate], words: tuple[str, ...]) -> Candidate | None:
        """Among subjects with a name in their title (organisations, the Vienna Convention), the
        one the question names: "indonesia jadi anggota ilo sejak kapan" is about the ILO even when
        OKI's and WTO's "anggota ... sejak kapan" wordings score higher."""
        if not ranked or not self.title_names.get(ranked[0].intent):
            return None
        asked = set(words)
        hits = {c.intent: len(self.title_names.get(c.intent, frozenset()) & asked) for c in ranked}
        most = max(hits.values())
        named = [c for c in ranked if most and hits[c.intent] == most]
        # Two names, two subjects ("FAO merupakan badan khusus PBB ..."): the first of all, when it is one
        # of them and clearly ahead. One name two titles share ("organisasi di bawah PBB": the UN, or
        # ECOSOC, "Dewan Ekonomi dan Sosial PBB") settles nothing.
        names = set().union(*(self.title_names.get(c.intent, frozenset()) for c in named)) & asked
        lead = len(named) > 1 and named[0].score - named[1].score >= self.config.margin
        if len(names) > 1 and named[0] is ranked[0] and lead:
            named = named[:1]
        if len(named) == 1 and named[0].score >= self.config.clarify_at:
            return named[0]
        return None

    def _decide(self, ranked: list[Candidate], mention: ConceptMention, words: tuple[str, ...]) -> Match:
        cfg = self.config
        if mention.is_comparison and COMPARISON_INTENT in self.intent_ids:
            winner = Candidate(COMPARISON_INTENT, 100.0)
            return Match(Outcome.ANSWER, 100.0, (winner,), mention.concepts)
        off_topic = next((c.score for c in ranked if c.intent == OUT_OF_SCOPE), 0.0)
        # A question that names its kind ("bilateral tuh yg kyk gmn") is not about another kind.
        ranked = [c for c in ranked if c.intent != OUT_OF_SCOPE and self._fits_kind(c.intent, mention)]
        best_score = ranked[0].score if ranked else 0.0
        # A question that names the best intent's subject ("GNB", "WTO") is off topic only when the
        # off-topic questions match it better, not merely about as well.
        named = ranked and self.title_names.get(ranked[0].intent, frozenset()) & set(words)
        margin = 0.0 if named else cfg.off_topic_margin
        long = len(set(words)) >= cfg.long_question
        floor = cfg.long_floor if long else cfg.clarify_at
        if best_score < floor or off_topic >= best_score + margin:
            return Match(Outcome.UNKNOWN, best_score, ())
        if named_only := self._named_by_title(ranked, words):
            return Match(Outcome.ANSWER, named_only.score, (named_only,))
        best = ranked[0]
        runner_up = ranked[1].score if len(ranked) > 1 else 0.0
        if self._names_no_concept(ranked, mention):
            if named := self._named_sibling(self._aspect[best.intent], words, ranked):
                return Match(Outcome.ANSWER, best.score, (named,))
            siblings = tuple(
                c
                for c in ranked[: cfg.max_choices]
                if self._aspect.get(c.intent) == self._aspect[best.intent]
            )
            return Match(Outcome.CLARIFY, best.score, siblings)
        if off_topic < best.score and (
            best.score >= cfg.sure_at
            or (best.score >= cfg.answer_at and best.score - runner_up >= cfg.margin)
            # It names its kind, and nothing else of that kind comes near: no choice to offer.
            or (mention.concepts and best.score - runner_up > cfg.clarify_window)
            or (long and best.score - runner_up >= cfg.clear_lead)
        ):
            concepts = mention.concepts if best.intent == COMPARISON_INTENT else ()
            return Match(Outcome.ANSWER, best.score, (best,), concepts)
        choices = tuple(
            c for c in ranked[: cfg.max_choices]
            if c.score >= floor and best.score - c.score <= cfg.clarify_window
        )  # fmt: skip
        return Match(Outcome.CLARIFY, best.score, choices)
