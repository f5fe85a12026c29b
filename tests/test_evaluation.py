"""`tutorbot eval`: labelled sets question by question, dialogues turn by turn in their chat."""

from __future__ import annotations

import json
from pathlib import Path

from bot.cli import main
from bot.evaluation import Labelled, evaluate, evaluate_dialogues, read_dialogues
from tests.conftest import ROOT

DEV_DIALOGUES = ROOT / "tests" / "data" / "dev_dialogues.jsonl"


def test_a_follow_up_turn_is_scored_in_its_conversation(content, matcher, tmp_path: Path):
    path = tmp_path / "dialogues.jsonl"
    turns = [
        {"text": "PBB itu apa", "intent": "org_pbb"},
        {"text": "markasnya di mana?", "intent": "org_pbb"},
    ]
    path.write_text(json.dumps({"id": "pbb", "turns": turns}) + "\n", encoding="utf-8")
    in_chat = evaluate_dialogues(content, matcher, read_dialogues(path))
    assert (in_chat.total, in_chat.correct) == (2, 2)
    alone = evaluate(matcher, [Labelled("markasnya di mana?", "org_pbb")])
    assert alone.correct == 0  # the same words without the conversation mean another organisation


def test_one_tap_counts_the_right_choice_offered(matcher):
    report = evaluate(matcher, [Labelled("contohnya apa aja", "bilateral_contoh")])
    assert report.correct == 0
    assert report.offered == 1


def test_eval_reads_a_dialogue_file_and_reports_per_turn(capsys):
    assert main(["eval", str(DEV_DIALOGUES)]) == 0
    out = capsys.readouterr().out
    turns = sum(len(d.turns) for d in read_dialogues(DEV_DIALOGUES))
    assert out.startswith(f"questions: {turns} (")
    assert "one tap (right intent answered or offered as a choice):" in out
