"""Solo practice: quiz rounds, the Leitner review of mistakes (/ulang) and progress (/skor)."""

from __future__ import annotations

import html
import random
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

from bot.content import Content, QuizItem
from bot.content.models import fill
from bot.store import Progress
from bot.tutor import actions as act
from bot.tutor.pictures import bar_chart_png
from bot.tutor.replies import Button, Picture, Reply, Who, rows

Clock = Callable[[], datetime]
MIXED = "campuran"
LENGTHS = (5, 10)
REVIEW_SIZE = 10
# Days until a card in box 1..5 is due again; right in box 5 and it leaves the schedule.
LEITNER_DAYS = (0, 1, 3, 7, 14)
WIB = timezone(timedelta(hours=7), "WIB")  # students' calendar day, for streaks


def leitner_move(box: int | None, correct: bool, now: datetime) -> tuple[int, datetime] | None:
    """Wrong: back to box 1, due at once. Right: up a box and due later; out after the last box."""
    if not correct:
        return 1, now + timedelta(days=LEITNER_DAYS[0])
    if box is None or box >= len(LEITNER_DAYS):
        return None
    return box + 1, now + timedelta(days=LEITNER_DAYS[box])


def shuffled_options(item: QuizItem, round_id: int, position: int) -> list[int]:
    """The order options are shown in: random, but the same after a restart."""
    order = list(range(len(item.options)))
    random.Random(f"{round_id}:{position}:{item.id}").shuffle(order)
    return order


def streak(days: set, today) -> int:
    """Consecutive days practised, ending today (or yesterday: today is not over yet)."""
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


class SoloQuiz:
    def __init__(self, content: Content, progress: Progress, clock: Clock, rng: random.Random) -> None:
        self._content = content
        self._messages = content.messages
        self._progress = progress
        self._clock = clock
        self._rng = rng
        self.items = {q.id: q for q in content.quiz}
        self._group_of = {q.id: content.intents[q.intent].group for q in content.quiz}
        self.topics = [g for g in content.groups if g.quiz]

    # Starting.

    def menu(self) -> list[Reply]:
        buttons = [Button(g.title, act.encode(act.QUIZ_TOPIC, g.id)) for g in self.topics]
        buttons.append(Button("🔀 Campuran", act.encode(act.QUIZ_TOPIC, MIXED)))
        return [Reply(self._messages.quiz_pick_topic, rows(buttons))]

    def pick_length(self, topic: str) -> list[Reply]:
        title = self._topic_title(topic)
        buttons = [Button(f"{n} soal", act.encode(act.QUIZ_START, topic, n)) for n in LENGTHS]
        return [
            Reply(
                fill(self._messages.quiz_pick_length, topic=html.escape(title)), (tuple(buttons),), edit=True
            )
        ]

    async def start(self, who: Who, topic: str, length: int) -> list[Reply]:
        if length not in LENGTHS:
            raise ValueError(f"length {length}")
        pool = [q.id for q in self._content.quiz if topic == MIXED or self._group_of[q.id] == topic]
        if not pool:
            raise ValueError(f"no questions for {topic!r}")
        picked = self._rng.sample(pool, min(length, len(pool)))
        return await self._begin(who, "latihan", topic, picked)

    async def review(self, who: Who) -> list[Reply]:
        now = self._clock()
        due = await self._progress.due(who.user_id, now, REVIEW_SIZE)
        gone = {q for q in due if q not in self.items}
        if gone:
            await self._progress.forget_cards(who.user_id, gone)
        due = [q for q in due if q in self.items]
        if due:
            return await self._begin(who, "ulang", "ulang", due)
        upcoming = await self._progress.next_due(who.user_id)
        if upcoming is None:
            return [Reply(self._messages.review_none)]
        when = upcoming.astimezone(WIB).strftime("%d-%m-%Y %H:%M WIB")
        return [Reply(fill(self._messages.review_later, when=when))]

    async def _begin(self, who: Who, kind: str, topic: str, question_ids: list[str]) -> list[Reply]:
        if who.name:
            await self._progress.remember_name(who.user_id, who.name)
        round_id = await self._progress.start_round(who.user_id, kind, topic, question_ids, self._clock())
        return [self._question(round_id, topic, question_ids, 0)]

    # Playing.

    async def answer(self, who: Who, round_id: int, position: int, option: int) -> list[Reply]:
        """Score a tap; a second tap, or a tap on an old question, changes nothing."""
        record = await self._progress.round(round_id)
        if record is None or record.user_id != who.user_id:
            raise ValueError("not this student's round")
        if position != len(record.results):
            return []
        item = self.items[record.question_ids[position]]
        if not 0 <= option < len(item.options):
            raise ValueError(f"option {option}")
        correct = option == item.correct_index
        scored = await self._progress.answer_in_round(
            round_id, position, who.user_id, item.id, correct, self._clock(),
            lambda box, right: leitner_move(box, right, self._clock()),
        )  # fmt: skip
        if not scored:
            return []
        verdict = (
            self._messages.quiz_right
            if correct
            else fill(self._messages.quiz_wrong, answer=html.escape(item.answer))
        )
        question = self._question(round_id, record.topic, list(record.question_ids), position)
        learn = Button("📖 Pelajari", act.encode(act.ANSWER, item.intent))
        feedback = Reply(
            f"{question.text}\n\n{verdict}\n<i>{html.escape(item.explanation)}</i>", ((learn,),), edit=True
        )
        if position + 1 < len(record.question_ids):
            return [feedback, self._question(round_id, record.topic, list(record.question_ids), position + 1)]
        results = [*record.results, correct]
        return [feedback, self._summary(record.topic, list(record.question_ids), results)]

    def _question(self, round_id: int, topic: str, question_ids: list[str], position: int) -> Reply:
        item = self.items[question_ids[position]]
        text = fill(
            self._messages.quiz_question,
            number=position + 1,
            total=len(question_ids),
            topic=html.escape(self._topic_title(topic)),
            question=html.escape(item.question),
        )
        buttons = [
            Button(item.options[i], act.encode(act.QUIZ_ANSWER, round_id, position, i))
            for i in shuffled_options(item, round_id, position)
        ]
        return Reply(text, rows(buttons))

    def _summary(self, topic: str, question_ids: list[str], results: list[bool]) -> Reply:
        score = sum(results)
        lines = [fill(self._messages.quiz_done, score=score, total=len(results))]
        missed = [self.items[q].intent for q, right in zip(question_ids, results, strict=True) if not right]
        if missed:
            lines += ["", self._messages.quiz_revisit]
            lines += [f"• {html.escape(self._content.intents[i].title)}" for i in dict.fromkeys(missed)]
        else:
            lines += ["", self._messages.quiz_perfect]
        buttons = [
            Button("📖 " + self._content.intents[i].title, act.encode(act.ANSWER, i))
            for i in dict.fromkeys(missed)
        ]
        buttons += [Button("🔁 Main lagi", act.encode(act.QUIZ_TOPIC, topic if topic != "ulang" else MIXED))]
        if missed:
            buttons.append(Button("🧠 Ulangi yang salah", act.QUIZ_REVIEW))
        return Reply("\n".join(lines), rows(buttons[:6]))

    # Progress.

    async def score(self, who: Who) -> list[Reply]:
        answers = [a for a in await self._progress.answers(who.user_id) if a.question_id in self.items]
        if not answers:
            return [Reply(self._messages.score_empty)]
        right = {a.question_id for a in answers if a.correct}
        per_group = Counter(self._group_of[q] for q in right)
        totals = Counter(self._group_of.values())
        bars = [
            (g.title, per_group[g.id] / totals[g.id], f"{per_group[g.id]}/{totals[g.id]}")
            for g in self.topics if totals[g.id]
        ]  # fmt: skip
        now = self._clock()
        days = {a.answered_at.astimezone(WIB).date() for a in answers}
        due = len(await self._progress.due(who.user_id, now, 1000))
        text = fill(
            self._messages.score_summary,
            answers=len(answers),
            accuracy=round(100 * sum(a.correct for a in answers) / len(answers)),
            streak=streak(days, now.astimezone(WIB).date()),
            due=due,
        )
        lines = [text, ""] + [f"• {html.escape(t)}: {v} dikuasai" for t, _, v in bars]
        picture = Picture(bar_chart_png, ("Penguasaan per bab", tuple(bars)), "skor.png")
        buttons = [Button("📝 Kuis", act.QUIZ_MENU)] + ([Button("🧠 Ulang", act.QUIZ_REVIEW)] if due else [])
        return [Reply("\n".join(lines), (tuple(buttons),), picture=picture)]

    def _topic_title(self, topic: str) -> str:
        if topic == MIXED:
            return "Campuran"
        if topic == "ulang":
            return "Ulangan soal yang salah"
        return self._content.group(topic).title


def now_utc() -> datetime:
    return datetime.now(UTC)
