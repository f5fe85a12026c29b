"""How a tournament looks in the group: the lobby, the standings line and the results board,
each within Telegram's limits whatever the class size and however long the names."""

from __future__ import annotations

import html

from bot.content.models import Messages, fill
from bot.store import Standing, TournamentRecord
from bot.tutor import actions as act
from bot.tutor.pictures import bar_chart_png
from bot.tutor.replies import Button, Picture, Reply

QUESTION_CHOICES = (3, 5, 10, 15)
SECONDS_CHOICES = (15, 30, 60)
MEDALS = ("🥇", "🥈", "🥉")
LOBBY_NAMES = 15  # then "dan 25 lainnya"
NAME_LENGTH = 32  # a Telegram name can be 128 characters
STANDINGS_NAMES = 5
BOARD_LINES = 10
CHART_BARS = 8


def short_name(name: str) -> str:
    name = " ".join(name.split()) or "?"
    return html.escape(name if len(name) <= NAME_LENGTH else name[: NAME_LENGTH - 1] + "…")


def player_list(messages: Messages, names: list[str]) -> str:
    shown = ", ".join(short_name(n) for n in names[:LOBBY_NAMES]) or "-"
    hidden = len(names) - LOBBY_NAMES
    return f"{shown} {fill(messages.lobby_more, count=hidden)}" if hidden > 0 else shown


def lobby(messages: Messages, current: TournamentRecord, starter: str, names: list[str]) -> Reply:
    """The lobby message with its settings and buttons; always an edit of itself once it exists."""
    text = fill(
        messages.lobby,
        starter=short_name(starter),
        questions=current.questions,
        seconds=current.seconds,
        count=len(names),
        players=player_list(messages, names),
    )
    tid, mark = current.id, "✅ "
    counts = tuple(
        Button(f"{mark if n == current.questions else ''}{n} soal", act.encode(act.LOBBY_QUESTIONS, tid, n))
        for n in QUESTION_CHOICES
    )
    timers = tuple(
        Button(f"{mark if s == current.seconds else ''}{s} dtk", act.encode(act.LOBBY_SECONDS, tid, s))
        for s in SECONDS_CHOICES
    )
    actions = (
        Button("🙋 Ikut", act.encode(act.LOBBY_JOIN, tid)),
        Button("▶️ Mulai", act.encode(act.LOBBY_BEGIN, tid)),
    )
    return Reply(text, (counts, timers, actions))


def standings_line(standings: list[Standing]) -> str:
    parts = []
    for rank, s in enumerate(standings[:STANDINGS_NAMES]):
        medal = MEDALS[rank] + " " if rank < len(MEDALS) and s.points else ""
        parts.append(f"{medal}{short_name(s.name)} {s.points}")
    return " · ".join(parts) or "-"


def board(title: str, standings: list[Standing], picture_name: str) -> Reply:
    """The best ten with their points, and a bar chart of the best eight."""
    lines = [title]
    for rank, s in enumerate(standings[:BOARD_LINES]):
        medal = MEDALS[rank] if rank < len(MEDALS) else f"{rank + 1}."
        lines.append(f"{medal} {short_name(s.name)}: <b>{s.points}</b> poin ({s.correct} benar)")
    best = max((s.points for s in standings), default=0) or 1
    bars = [(s.name, s.points / best, str(s.points)) for s in standings[:CHART_BARS]]
    picture = Picture(bar_chart_png("Papan skor", bars), picture_name) if bars else None
    return Reply("\n".join(lines), picture=picture)
