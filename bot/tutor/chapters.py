"""The curriculum's chapters as the quiz sees them: which questions each has, and how many are mastered."""

from __future__ import annotations

from dataclasses import dataclass

from bot.content import Content


@dataclass(frozen=True)
class ChapterMastery:
    chapter: str
    title: str
    mastered: int  # questions of the chapter answered right at least once
    total: int


class Chapters:
    """The quiz questions of each chapter, for mastery figures (the dashboard and /skor alike)."""

    def __init__(self, content: Content) -> None:
        self.items = {q.id: q for q in content.quiz}
        self.chapter_of = {q.id: content.intents[q.intent].group for q in content.quiz}
        self.groups = [g for g in content.groups if g.quiz]
        self._totals = {g.id: sum(c == g.id for c in self.chapter_of.values()) for g in self.groups}

    def mastery(self, mastered: set[str]) -> list[ChapterMastery]:
        counts = {g.id: 0 for g in self.groups}
        for question_id in mastered:
            chapter = self.chapter_of.get(question_id)
            if chapter in counts:
                counts[chapter] += 1
        return [
            ChapterMastery(g.id, g.title, counts[g.id], self._totals[g.id])
            for g in self.groups
            if self._totals[g.id]
        ]

    def title(self, chapter: str) -> str:
        return next((g.title for g in self.groups if g.id == chapter), chapter)
