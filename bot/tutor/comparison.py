"""The comparison flow: pick kinds, see them side by side, drill into an aspect, guess the kind."""

from __future__ import annotations

import html
import itertools
import random
from functools import lru_cache

from bot.content import Content
from bot.content.models import fill
from bot.tutor import actions as act
from bot.tutor.pictures import table_png
from bot.tutor.replies import Button, Picture, Reply, rows

SUMMARY_ASPECTS = ("definisi", "pihak", "cakupan")  # the rows shown in text; the picture has all
GUESS_ROUNDS = 3


class ComparisonFlow:
    def __init__(self, content: Content, rng: random.Random | None = None) -> None:
        self._content = content
        self._comparison = content.comparison
        self._messages = content.messages
        self._rng = rng or random.Random()
        self.picture = lru_cache(maxsize=8)(self._picture)

    def pick(self, chosen: list[str], *, edit: bool = False) -> Reply:
        """The picker: toggle buttons for each kind, then "Bandingkan"."""
        code = act.letters(chosen)
        toggles = []
        for concept in self._comparison.concepts:
            now = [c for c in chosen if c != concept.id] if concept.id in chosen else [*chosen, concept.id]
            mark = "✅ " if concept.id in chosen else ""
            toggles.append(Button(f"{mark}{concept.label}", act.encode(act.COMPARE_PICK, act.letters(now))))
        go = Button("Bandingkan ▶️", act.encode(act.COMPARE_SUMMARY, code))
        return Reply(self._messages.compare_pick, (tuple(toggles), (go,)), edit=edit)

    def render_pictures(self) -> None:
        """Draw every combination once (a few hundred ms each), so no student waits for one."""
        ids = [c.id for c in self._comparison.concepts]
        for size in range(2, len(ids) + 1):
            for chosen in itertools.combinations(ids, size):
                self.picture(chosen).png  # noqa: B018 (drawn now, kept by the cache)

    def _ordered(self, concepts: list[str]) -> list[str]:
        """The table's own order, whatever order the student named them in."""
        return [c.id for c in self._comparison.concepts if c.id in concepts]

    def summary(self, concepts: list[str]) -> Reply:
        concepts = self._ordered(concepts)
        if len(concepts) < 2:
            return Reply(self._messages.compare_need_two)
        names = " vs ".join(self._comparison.concept(c).label for c in concepts)
        lines = [fill(self._messages.compare_summary, names=html.escape(names))]
        for aspect_id in SUMMARY_ASPECTS:
            if any(a.id == aspect_id for a in self._comparison.aspects):
                lines.append("")
                lines.append(self._aspect_lines(concepts, aspect_id))
        return Reply("\n".join(lines), self._aspect_buttons(concepts), picture=self.picture(tuple(concepts)))

    def aspect(self, concepts: list[str], aspect_id: str) -> Reply:
        concepts = self._ordered(concepts)
        if len(concepts) < 2:
            return Reply(self._messages.compare_need_two)
        self._comparison.aspect(aspect_id)  # KeyError for an unknown aspect: a stale button
        return Reply(self._aspect_lines(concepts, aspect_id), self._aspect_buttons(concepts, aspect_id))

    def guess_start(self, concepts: list[str]) -> list[Reply]:
        picks = self._rng.sample(range(len(self._comparison.scenarios)), GUESS_ROUNDS)
        numbers = ".".join(str(n) for n in picks)
        code = act.letters(concepts)
        return [Reply(self._messages.compare_guess_intro), self._scenario(code, numbers, 0, 0)]

    def guess_answer(self, code: str, numbers: str, position: int, score: int, answered: str) -> list[Reply]:
        picks = [int(n) for n in numbers.split(".")]
        scenario = self._comparison.scenarios[picks[position]]
        chosen = act.concepts_of(answered)
        if len(chosen) != 1:
            raise ValueError(f"bad answer {answered!r}")
        right = chosen[0] == scenario.answer
        score += right
        verdict = (
            self._messages.compare_guess_right
            if right
            else fill(
                self._messages.compare_guess_wrong,
                answer=self._comparison.concept(scenario.answer).label,
            )
        )
        feedback = f"{html.escape(scenario.text)}\n\n{verdict}\n<i>{html.escape(scenario.explanation)}</i>"
        replies = [Reply(feedback, edit=True)]
        if position + 1 < len(picks):
            replies.append(self._scenario(code, numbers, position + 1, score))
        else:
            done = fill(self._messages.compare_guess_done, score=score, total=len(picks))
            again = Button("🔁 Main lagi", act.encode(act.GUESS_START, code))
            back = Button("📊 Kembali ke perbandingan", act.encode(act.COMPARE_SUMMARY, code))
            replies.append(Reply(done, ((again,), (back,)) if len(code) >= 2 else ((again,),)))
        return replies

    def _scenario(self, code: str, numbers: str, position: int, score: int) -> Reply:
        picks = numbers.split(".")
        scenario = self._comparison.scenarios[int(picks[position])]
        text = f"<b>{position + 1}/{len(picks)}</b> {html.escape(scenario.text)}"
        choices = [
            Button(
                c.label,
                act.encode(act.GUESS_ANSWER, code, numbers, position, score, act.letters([c.id])),
            )
            for c in self._comparison.concepts
        ]
        return Reply(text, (tuple(choices),))

    def _aspect_lines(self, concepts: list[str], aspect_id: str) -> str:
        aspect = self._comparison.aspect(aspect_id)
        lines = [f"<b>{html.escape(aspect.label)}</b>"]
        for concept in concepts:
            label = self._comparison.concept(concept).label
            lines.append(
                f"• <b>{html.escape(label)}</b>: {html.escape(self._comparison.table[concept][aspect_id])}"
            )
        return "\n".join(lines)

    def _aspect_buttons(
        self, concepts: list[str], current: str | None = None
    ) -> tuple[tuple[Button, ...], ...]:
        code = act.letters(concepts)
        aspects = [
            Button(a.label, act.encode(act.COMPARE_ASPECT, code, a.id))
            for a in self._comparison.aspects
            if a.id != current
        ]
        extra = [Button("🎯 Tebak jenisnya", act.encode(act.GUESS_START, code))]
        if current:
            extra.insert(0, Button("📊 Ringkasan", act.encode(act.COMPARE_SUMMARY, code)))
        return rows(aspects, per_row=2) + rows(extra, per_row=2)

    def _picture(self, concepts: tuple[str, ...]) -> Picture:
        header = ["", *(self._comparison.concept(c).label for c in concepts)]
        body = [
            [a.label, *(self._comparison.table[c][a.id] for c in concepts)] for a in self._comparison.aspects
        ]
        data = ("Perbandingan kerja sama internasional", tuple(header), tuple(map(tuple, body)))
        return Picture(table_png, data, f"perbandingan-{act.letters(list(concepts))}.png")
