"""`tutorbot eval`: how well the matcher does on a labelled question set, and where it goes wrong."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

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
    report = Report()
    for item in items:
        match = matcher.match(item.text)
        answered = match.intent
        report.total += 1
        for intent in {item.intent, answered} - {None}:
            report.per_intent.setdefault(intent, Counter())
        if item.intent is None:
            report.out_of_scope += 1
            report.rejected += answered is None
        else:
            report.in_scope += 1
            report.correct += answered == item.intent
            report.offered += answered == item.intent or item.intent in match.alternatives
            if answered == item.intent:
                report.per_intent[item.intent]["tp"] += 1
            else:
                report.per_intent[item.intent]["fn"] += 1
        if answered is not None and answered != item.intent:
            report.per_intent[answered]["fp"] += 1
        if answered != item.intent:
            report.confusions[(item.intent, answered)] += 1
            report.mistakes.append((item.text, item.intent, answered))
    return report


def format_report(report: Report) -> str:
    data = report.as_dict()
    lines = [
        f"questions: {report.total} ({report.in_scope} in scope, {report.out_of_scope} out of scope)",
        f"top-1 accuracy (in scope, answered right): {report.accuracy:.1%}",
        f"right intent answered or offered as a choice: {data['offered_rate']:.1%}",
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
