"""A group's tournament results as CSV files a spreadsheet opens correctly: every answer, and a
summary per student. UTF-8 with a BOM (Excel's cue for UTF-8), quoting by the csv module, and no
cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from bot.content import Content
from bot.store import ClassResults, ResultRow
from bot.tutor.quiz import WIB

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ANSWER_COLUMNS = (
    "turnamen", "tanggal", "siswa", "id_siswa", "soal", "jawaban_dipilih", "hasil", "poin", "detik",
)  # fmt: skip
SUMMARY_COLUMNS = (
    "siswa", "id_siswa", "turnamen_diikuti", "soal_dijawab", "benar", "akurasi_persen", "poin",
    "rata_rata_detik", "terakhir_main",
)  # fmt: skip


@dataclass(frozen=True)
class CsvFile:
    name: str
    data: bytes  # UTF-8 with BOM


def safe_cell(value: object) -> object:
    """Text a spreadsheet would take for a formula (`=HYPERLINK(...)` as a name) gets a leading
    apostrophe, which spreadsheets show as plain text; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(header: tuple[str, ...], rows: list[tuple[object, ...]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def _wib(moment: datetime) -> str:
    return moment.astimezone(WIB).strftime("%Y-%m-%d %H:%M")


class Exports:
    def __init__(self, content: Content, results: ClassResults) -> None:
        self._items = {q.id: q for q in content.quiz}
        self._results = results

    async def files(self, chat_id: int) -> list[CsvFile]:
        """Both files of a group (empty tables with their headers when it has not played yet)."""
        rows = await self._results.answers(chat_id)
        return [self.answers_csv(chat_id, rows), self.summary_csv(chat_id, rows)]

    def answers_csv(self, chat_id: int, rows: list[ResultRow]) -> CsvFile:
        """One row per student per question."""
        table = [
            (
                r.tournament_id,
                _wib(r.played_at),
                r.name,
                r.user_id,
                self._question(r.question_id),
                self._option(r.question_id, r.chosen_option),
                "benar" if r.correct else "salah",
                r.points,
                "" if r.seconds is None else r.seconds,
            )
            for r in rows
        ]
        return CsvFile(f"hasil-kuis-{abs(chat_id)}.csv", to_csv(ANSWER_COLUMNS, table))

    def summary_csv(self, chat_id: int, rows: list[ResultRow]) -> CsvFile:
        """One row per student, most points first."""
        per_student: dict[int, list[ResultRow]] = defaultdict(list)
        for row in rows:
            per_student[row.user_id].append(row)
        ranked = sorted(per_student.values(), key=lambda a: (-sum(r.points for r in a), a[-1].name))
        return CsvFile(
            f"ringkasan-siswa-{abs(chat_id)}.csv", to_csv(SUMMARY_COLUMNS, [_summary(a) for a in ranked])
        )

    def _question(self, question_id: str) -> str:
        item = self._items.get(question_id)
        return item.question if item else question_id

    def _option(self, question_id: str, option: int | None) -> str:
        item = self._items.get(question_id)
        if item is None or option is None or not 0 <= option < len(item.options):
            return ""
        return item.options[option]


def _summary(answers: list[ResultRow]) -> tuple[object, ...]:
    right = sum(a.correct for a in answers)
    timed = [a.seconds for a in answers if a.seconds is not None]
    return (
        answers[-1].name,
        answers[-1].user_id,
        len({a.tournament_id for a in answers}),
        len(answers),
        right,
        round(100 * right / len(answers)),
        sum(a.points for a in answers),
        round(sum(timed) / len(timed), 1) if timed else "",
        _wib(max(a.answered_at for a in answers)),
    )
