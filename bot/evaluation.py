"""`tutorbot eval`: how well the matcher does on a labelled question set, and where it goes wrong."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot.content import Content
from bot.nlp import Matcher


@dataclass(frozen=True)
class Labelled:
    text: str
    intent: str | None  # None: out of scope, the bot should not answer


@dataclass
class Report:
    total: int = 0
    in_scope: int = 0
    correct: int = 0  # answered with the right intent
    offered: int = 0  # the right intent answered or among the choices offered
    out_of_scope: int = 0
    rejected: int = 0  # out of scope and not answered
    per_intent: dict[str, Counter] = field(default_factory=dict)
    confusions: Counter = field(default_factory=Counter)  # (expected, answered) -> count
    mistakes: list[tuple[str, str | None, str | None]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.in_scope if self.in_scope else 0.0

    @property
    def rejection(self) -> float:
        return self.rejected / self.out_of_scope if self.out_of_scope else 0.0

    def add(self, item: Labelled, answered: str | None, offered: tuple[str, ...]) -> None:
        """One question scored: what was expected, what was answered, which choices were offered."""
        self.total += 1
        for intent in {item.intent, answered} - {None}:
            self.per_intent.setdefault(intent, Counter())
        if item.intent is None:
            self.out_of_scope += 1
            self.rejected += answered is None
        else:
            self.in_scope += 1
            self.correct += answered == item.intent
            self.offered += answered == item.intent or item.intent in offered
            self.per_intent[item.intent]["tp" if answered == item.intent else "fn"] += 1
        if answered is not None and answered != item.intent:
            self.per_intent[answered]["fp"] += 1
        if answered != item.intent:
            self.confusions[(item.intent, answered)] += 1
            self.mistakes.append((item.text, item.intent, answered))

    def precision_recall(self, intent: str) -> tuple[float, float]:
        c = self.per_intent.get(intent, Counter())
        answered, expected = c["tp"] + c["fp"], c["tp"] + c["fn"]
        return (c["tp"] / answered if answered else 0.0, c["tp"] / expected if expected else 0.0)

    def as_dict(self) -> dict:
        return {
            "total": self.total,
            "top1_accuracy": round(self.accuracy, 4),
            "offered_rate": round(self.offered / self.in_scope, 4) if self.in_scope else 0.0,
            "out_of_scope_rejection": round(self.rejection, 4),
            "in_scope": self.in_scope,
            "out_of_scope": self.out_of_scope,
            "per_intent": {
                i: dict(
                    zip(
                        ("precision", "recall"),
                        map(lambda v: round(v, 3), self.precision_recall(i)),
                        strict=True,
                    )
                )
                for i in sorted(self.per_intent)
            },
            "confused": [
                {"expected": e, "answered": a, "count": n} for (e, a), n in self.confusions.most_common(15)
            ],
            "mistakes": [{"text": t, "expected": e, "answered": a} for t, e, a in self.mistakes],
        }


@dataclass(frozen=True)
class Dialogue:
    id: str
    turns: tuple[Labelled, ...]


def is_dialogue_file(path: Path) -> bool:
    """A dialogue set holds {"id": ..., "turns": [...]} per line."""
    first = next((line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()), "")
    try:
        return isinstance(row := json.loads(first), dict) and "turns" in row
    except json.JSONDecodeError:
        return False


def read_dialogues(path: Path) -> list[Dialogue]:
    """JSON lines of {"id": ..., "turns": [{"text": ..., "intent": id or null}, ...]}."""
    dialogues = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            turns = tuple(Labelled(str(t["text"]), t["intent"]) for t in row["turns"])
            dialogues.append(Dialogue(str(row.get("id", number)), turns))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f'{path}:{number}: expected {{"id": ..., "turns": [...]}}: {exc}') from exc
    return dialogues


def read_labelled(path: Path) -> list[Labelled]:
    """JSON lines of {"text": ..., "intent": id or null}; blank lines are skipped."""
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            items.append(Labelled(str(row["text"]), row["intent"]))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f'{path}:{number}: expected {{"text": ..., "intent": ...}}: {exc}') from exc
    return items


def evaluate(matcher: Matcher, items: list[Labelled]) -> Report:
    """Each question on its own, as `tutorbot ask --jsonl` matches it."""
    report = Report()
    for item in items:
        match = matcher.match(item.text)
        report.add(item, match.intent, match.alternatives)
    return report


def evaluate_dialogues(content: Content, matcher: Matcher, dialogues: list[Dialogue]) -> Report:
    """Every turn scored as the tutor reads it in its chat: follow-ups lean on the turns before."""
    # Imported here: the tutor package loads the database layer, which scoring single questions (the
    # `eval` command on a labelled set, the benchmarks) does without.
    from bot.tutor.reading import ChatMemory, Reader

    reader = Reader(content, matcher, ChatMemory())
    report = Report()
    for chat_id, dialogue in enumerate(dialogues, 1):
        for turn in dialogue.turns:
            readings = reader.read(chat_id, turn.text).readings
            answered = [r.intent for r in readings if r.intent is not None]
            # Two questions in one turn: it counts as answered right when one of them is the one expected.
            first = turn.intent if turn.intent in answered else next(iter(answered), None)
            report.add(turn, first, tuple(c for r in readings for c in r.choices))
    return report


def format_report(report: Report) -> str:
    data = report.as_dict()
    lines = [
        f"questions: {report.total} ({report.in_scope} in scope, {report.out_of_scope} out of scope)",
        f"top-1 accuracy (in scope, answered right): {report.accuracy:.1%}",
        f"one tap (right intent answered or offered as a choice): {data['offered_rate']:.1%}",
        f"out-of-scope rejection: {report.rejection:.1%}",
        "",
        "per intent (precision / recall):",
    ]
    for intent, pr in data["per_intent"].items():
        lines.append(f"  {intent:34s} {pr['precision']:.2f} / {pr['recall']:.2f}")
    lines += ["", "most confused (expected -> answered):"]
    for row in data["confused"]:
        lines.append(f"  {row['count']:3d}  {row['expected']} -> {row['answered']}")
    return "\n".join(lines)
