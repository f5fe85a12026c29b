"""The dashboard's views: a class, a student's own progress, in words and numbers from the content.

Transport-neutral plain objects; the web layer turns them into JSON, the page draws them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.content import Content
from bot.store.dashboard import ClassRecord, DashboardStore, QuestionTally, StudentRecord
from bot.tutor.chapters import ChapterMastery, Chapters
from bot.tutor.quiz import WIB, Clock, streak

INACTIVE_AFTER = timedelta(days=7)
LEITNER_BOXES = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    question: str
    chapter: str
    asked: int
    right_percent: int
    common_wrong: str | None  # the wrong option chosen most often
    common_wrong_count: int


@dataclass(frozen=True)
class StudentSummary:
    user_id: int
    name: str
    answers: int
    accuracy_percent: int
    last_active: str | None  # date in WIB, YYYY-MM-DD
    inactive: bool  # nothing answered for 7 days
    mastery: list[ChapterMastery]


@dataclass(frozen=True)
class LeaderRow:
    name: str
    points: int
    correct: int


@dataclass(frozen=True)
class TournamentRow:
    id: int
    date: str  # YYYY-MM-DD HH:MM WIB
    status: str
    questions: int
    players: int


@dataclass(frozen=True)
class ClassView:
    chat_id: int
    leaderboard: list[LeaderRow]
    tournaments: list[TournamentRow]
    questions: list[QuestionResult]  # hardest first
    students: list[StudentSummary]


@dataclass(frozen=True)
class MissedQuestion:
    question: str
    chapter: str
    wrong: int


@dataclass(frozen=True)
class StudentView:
    name: str
    answers: int
    accuracy_percent: int
    streak: int
    mastery: list[ChapterMastery]
    boxes: dict[int, int]  # Leitner box 1..5 -> questions waiting in it
    due_now: int
    missed: list[MissedQuestion]


def percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


class Dashboard:
    def __init__(self, content: Content, store: DashboardStore, clock: Clock) -> None:
        self._chapters = Chapters(content)
        self._store = store
        self._clock = clock

    async def use_link(self, link_id: str, lifetime: timedelta) -> bool:
        now = self._clock()
        return await self._store.use_link_once(link_id, now, now - lifetime)

    async def groups_played(self) -> list[int]:
        return await self._store.groups_with_tournaments()

    async def class_view(self, chat_id: int) -> ClassView:
        record: ClassRecord = await self._store.class_record(chat_id)
        now = self._clock()
        questions = [self._question(t) for t in record.questions if t.question_id in self._chapters.items]
        questions.sort(key=lambda q: (q.right_percent, -q.asked, q.question_id))
        return ClassView(
            chat_id,
            [LeaderRow(s.name, s.points, s.correct) for s in record.leaderboard],
            [
                TournamentRow(t.id, _when(t.started_at), t.status, t.questions, t.players)
                for t in record.tournaments
            ],
            questions,
            [self._student(s, now) for s in record.students],
        )

    async def student_view(self, user_id: int) -> StudentView:
        now = self._clock()
        own = await self._store.own_record(user_id, now)
        days = {t.astimezone(WIB).date() for t in own.days_active}
        missed = [
            MissedQuestion(
                self._chapters.items[m.question_id].question,
                self._chapters.title(self._chapters.chapter_of[m.question_id]),
                m.wrong,
            )
            for m in own.missed
            if m.question_id in self._chapters.items
        ]
        return StudentView(
            own.name or "",
            own.student.answers,
            percent(own.student.right, own.student.answers),
            streak(days, now.astimezone(WIB).date()),
            self._chapters.mastery(own.student.mastered),
            {box: own.boxes.get(box, 0) for box in LEITNER_BOXES},
            own.due_now,
            missed,
        )

    def _question(self, tally: QuestionTally) -> QuestionResult:
        item = self._chapters.items[tally.question_id]
        wrong = max(tally.wrong_options.items(), key=lambda pair: (pair[1], -pair[0]), default=None)
        common = item.options[wrong[0]] if wrong and 0 <= wrong[0] < len(item.options) else None
        return QuestionResult(
            item.id,
            item.question,
            self._chapters.title(self._chapters.chapter_of[item.id]),
            tally.asked,
            percent(tally.right, tally.asked),
            common,
            wrong[1] if common else 0,
        )

    def _student(self, student: StudentRecord, now: datetime) -> StudentSummary:
        last = student.last_active
        return StudentSummary(
            student.user_id,
            student.name,
            student.answers,
            percent(student.right, student.answers),
            last.astimezone(WIB).strftime("%Y-%m-%d") if last else None,
            last is None or now - last >= INACTIVE_AFTER,
            self._chapters.mastery(student.mastered),
        )


def _when(moment: datetime) -> str:
    return moment.astimezone(WIB).strftime("%Y-%m-%d %H:%M WIB")
