"""Learning from unanswered questions: similar ones grouped with the matcher's suggestions, an
author's "add as an example of intent X" or "dismiss", and the answering matcher kept current.

Every instance of the bot polls the store (`refresh`, one indexed look-up) and, when an example
was added anywhere, builds a new matcher in a thread and swaps it in: no restart, no lock held
while students are answered.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from rapidfuzz import fuzz, process, utils

from bot.content import Content
from bot.nlp import Matcher
from bot.store import LearnedExamples, LearnedRecord, UnansweredLog, UnansweredRecord
from bot.store.unanswered import DISMISSED, LEARNED

log = logging.getLogger(__name__)
SIMILAR_AT = 80  # rapidfuzz token_sort_ratio of two normalised questions in one group
GROUPED = 1000  # the newest waiting questions grouped (a 1 MB matrix; older ones wait their turn)
SUGGESTIONS = 3
WORDINGS = 5
MAX_EXAMPLE_LENGTH = 300


@dataclass(frozen=True)
class Suggestion:
    intent_id: str
    title: str
    score: float  # the matcher's score, 0..100


@dataclass(frozen=True)
class QuestionGroup:
    """Unanswered questions that say the same thing. `key` (its newest question's id) names the
    group in `add_example` and `dismiss`; it stays valid while that question waits."""

    key: int
    text: str  # the most frequent wording, as a student typed it
    count: int
    wordings: tuple[str, ...]  # distinct wordings, most frequent first
    question_ids: tuple[int, ...]
    last_asked: datetime
    suggestions: tuple[Suggestion, ...]


class LearningError(ValueError):
    """An example that cannot be added (unknown intent, or a wording another intent owns)."""


def group_similar(
    questions: list[UnansweredRecord], similar_at: int = SIMILAR_AT
) -> list[list[UnansweredRecord]]:
    """Questions in groups of the same meaning, biggest group first: exact normalised forms first,
    then each form joins the most frequent one it resembles (greedy leader clustering)."""
    by_form: dict[str, list[UnansweredRecord]] = {}
    for question in questions:
        by_form.setdefault(question.normalised, []).append(question)
    forms = sorted(by_form, key=lambda f: (-len(by_form[f]), -max(q.id for q in by_form[f])))
    if not forms:
        return []
    # token_sort_ratio, with each form's words sorted once rather than once per pair (12x faster).
    ordered = [" ".join(sorted(form.split())) for form in forms]
    similar = process.cdist(ordered, ordered, scorer=fuzz.ratio, score_cutoff=similar_at, dtype=np.uint8)
    leader_of: dict[int, int] = {}
    for i in range(len(forms)):
        if i in leader_of:
            continue
        for j in similar[i].nonzero()[0]:
            leader_of.setdefault(int(j), i)
    groups: dict[int, list[UnansweredRecord]] = {}
    for index, form in enumerate(forms):
        groups.setdefault(leader_of[index], []).extend(by_form[form])
    return sorted(groups.values(), key=lambda g: (-len(g), -max(q.id for q in g)))


class Learning:
    def __init__(
        self,
        content: Content,
        matcher: Matcher,
        unanswered: UnansweredLog,
        learned: LearnedExamples,
        clock: Callable[[], datetime],
        on_new_matcher: Callable[[Matcher], None],
    ) -> None:
        self.matcher = matcher  # the one answering students; replaced, never changed in place
        self._on_new_matcher = on_new_matcher
        self._base = matcher  # built from the content alone
        self._content = content
        self._unanswered = unanswered
        self._learned = learned
        self._clock = clock
        self._known = 0  # the newest learned example the current matcher has
        self._rebuilding = asyncio.Lock()

    async def groups(self, limit: int = 20) -> list[QuestionGroup]:
        """The waiting questions in groups, most asked first, each with the intents it may mean."""
        return [self._describe(g) for g in (await self._grouped())[:limit]]

    async def group(self, key: int) -> QuestionGroup | None:
        """The group that holds question `key`, or None when it was dealt with meanwhile."""
        for members in await self._grouped():
            if any(q.id == key for q in members):
                return self._describe(members)
        return None

    async def add_example(
        self, key: int, intent_id: str, *, by: int | None = None, text: str | None = None
    ) -> LearnedRecord | None:
        """Add the group's wording (or `text`) as an example of `intent_id` and mark the group learned;
        None when the group was already dealt with (a second tap). The matcher has it on return."""
        if intent_id not in self._content.intents:
            raise LearningError(f"no intent {intent_id!r}")
        group = await self.group(key)
        if group is None:
            return None
        wording = " ".join((text or group.text).split())[:MAX_EXAMPLE_LENGTH]
        self._check_free(wording, intent_id)
        if not await self._unanswered.resolve(list(group.question_ids), LEARNED):
            return None  # another author (or instance) took it a moment ago
        record = await self._learned.add(intent_id, wording, by, self._clock())
        await self.refresh()
        return record

    async def dismiss(self, key: int, *, by: int | None = None) -> int:
        """Set a group aside (not a question for this tutor); the number of questions dismissed."""
        group = await self.group(key)
        if group is None:
            return 0
        dismissed = await self._unanswered.resolve(list(group.question_ids), DISMISSED)
        log.info("author %s dismissed %d unanswered question(s) like %r", by, dismissed, group.text[:80])
        return dismissed

    async def refresh(self) -> bool:
        """Take up examples added by any instance since the last call; True when the matcher changed."""
        newest = await self._learned.newest_id()
        if newest == self._known:
            return False
        async with self._rebuilding:
            if newest == self._known:
                return False  # another caller rebuilt it while this one waited
            extra: dict[str, list[str]] = {}
            for example in await self._learned.all():
                if example.intent_id in self._content.intents:
                    extra.setdefault(example.intent_id, []).append(example.text)
            self.matcher = await asyncio.to_thread(self._base.with_examples, extra)
            self._on_new_matcher(self.matcher)
            self._known = newest
            return True

    async def _grouped(self) -> list[list[UnansweredRecord]]:
        waiting = await self._unanswered.waiting(GROUPED)
        return await asyncio.to_thread(group_similar, waiting)  # CPU work: off the event loop

    def _describe(self, members: list[UnansweredRecord]) -> QuestionGroup:
        wordings = Counter(" ".join(q.text.split()) for q in members)
        text = wordings.most_common(1)[0][0]
        newest = max(members, key=lambda q: q.id)
        suggestions = self._suggest(wordings)
        return QuestionGroup(
            key=newest.id,
            text=text,
            count=len(members),
            wordings=tuple(w for w, _ in wordings.most_common(WORDINGS)),
            question_ids=tuple(q.id for q in members),
            last_asked=newest.asked_at,
            suggestions=suggestions,
        )

    def _suggest(self, wordings: Counter[str]) -> tuple[Suggestion, ...]:
        """The intents the group's wordings score best on, averaged over how often each was asked."""
        total = sum(wordings.values())
        scores: Counter[str] = Counter()
        for wording, count in wordings.most_common(WORDINGS):
            for candidate in self.matcher.rank(wording, SUGGESTIONS * 2):
                scores[candidate.intent] += candidate.score * count / total
        return tuple(
            Suggestion(i, self._content.intents[i].title, round(score, 1))
            for i, score in scores.most_common(SUGGESTIONS)
        )

    def _check_free(self, wording: str, intent_id: str) -> None:
        """`tutorbot check` refuses a wording under two intents, or both off-topic and an example."""
        key = utils.default_process(wording)
        if not key:
            raise LearningError("an example needs words")
        for other in self._content.intents.values():
            if other.id != intent_id and key in {utils.default_process(e) for e in other.examples}:
                raise LearningError(f"{wording!r} is already an example of {other.id}")
        if key in {utils.default_process(q) for q in self._content.out_of_scope}:
            raise LearningError(f"{wording!r} is listed as off-topic")
