"""Button payloads: every button carries its own state, so it still works after a restart.

A payload is `verb:arg:arg...`, at most 64 bytes. Concepts are written as one letter each
(`b`, `r`, `m`) to leave room.
"""

from __future__ import annotations

from dataclasses import dataclass

CONCEPT_LETTERS = {"bilateral": "b", "regional": "r", "multilateral": "m"}
LETTER_CONCEPTS = {v: k for k, v in CONCEPT_LETTERS.items()}

ANSWER = "i"  # i:<intent>
MORE = "im"  # im:<intent>: the rest of a long answer
GROUP = "g"  # g:<group>
TOPICS = "t"
HELP = "h"
COMPARE_PICK = "cp"  # cp:<letters chosen so far>
COMPARE_SUMMARY = "cs"  # cs:<letters>
COMPARE_ASPECT = "ca"  # ca:<letters>:<aspect>
GUESS_START = "cg"  # cg:<letters>
GUESS_ANSWER = "ga"  # ga:<letters>:<scenario numbers>:<position>:<score>:<letter answered>
QUIZ_MENU = "k"
QUIZ_TOPIC = "kt"  # kt:<group or campuran>
QUIZ_START = "kn"  # kn:<topic>:<length>
QUIZ_ANSWER = "ka"  # ka:<round id>:<position>:<option index as written>
QUIZ_REVIEW = "ku"
LOBBY_QUESTIONS = "tq"  # tq:<tournament>:<questions>
LOBBY_SECONDS = "ts"  # ts:<tournament>:<seconds>
LOBBY_JOIN = "tj"  # tj:<tournament>
LOBBY_BEGIN = "tb"  # tb:<tournament>


@dataclass(frozen=True)
class Action:
    verb: str
    args: tuple[str, ...]

    def arg(self, index: int) -> str:
        """An argument, or ValueError for a payload that lacks it (an old or forged button)."""
        if index >= len(self.args):
            raise ValueError(f"{self.verb}: missing argument {index}")
        return self.args[index]


def encode(verb: str, *args: object) -> str:
    return ":".join([verb, *(str(a) for a in args)])


def decode(data: str) -> Action:
    verb, *args = data.split(":")
    return Action(verb, tuple(args))


def letters(concepts: list[str] | tuple[str, ...]) -> str:
    return "".join(CONCEPT_LETTERS[c] for c in CONCEPT_LETTERS if c in concepts)


def concepts_of(code: str) -> list[str]:
    """The concepts in a letter code, in canonical order; ValueError for anything unknown."""
    if any(ch not in LETTER_CONCEPTS for ch in code) or len(set(code)) != len(code):
        raise ValueError(f"bad concept code {code!r}")
    return [c for c, ch in CONCEPT_LETTERS.items() if ch in code]
