"""`tutorbot check`: a lexicon entry that pulls a content example away from its own intent.

Each example that holds an entry's word is matched as a student's question would be (with the
example itself left out of the content), once with the entry and once without. An entry that
moves the example from its own intent to another one misleads the matcher ("who" -> "siapa"
turns a question about the WHO into one about the bot).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.content import Content
from bot.content.yamlsource import Problem
from bot.nlp.matcher import Matcher
from bot.nlp.normalise import Normaliser, clean

CLEAR_LEAD = 4.0  # score points: a move by less is a near tie, not the entry's doing


@dataclass(frozen=True)
class _Example:
    intent: str
    position: int
    text: str
    words: tuple[str, ...]


def lexicon_conflicts(content: Content, matcher: Matcher, where: Callable[[str, str], str]) -> list[Problem]:
    """Warnings for entries that change the top intent of an example; `where(section, key)` locates one."""
    by_word: dict[str, list[_Example]] = defaultdict(list)
    for intent in content.intents.values():
        for n, text in enumerate(intent.examples):
            example = _Example(intent.id, n, text, tuple(clean(text)))
            for word in set(example.words):
                by_word[word].append(example)
    tops: dict[tuple[str, int], str | None] = {}
    problems = []
    for section, key, value in _entries(content):
        phrase = tuple(clean(key))
        if not phrase or phrase == tuple(clean(value)):
            continue
        without: Normaliser | None = None
        for example in by_word.get(phrase[0], ()):
            if not _holds(example.words, phrase):
                continue
            spot = (example.intent, example.position)
            if spot not in tops:
                tops[spot] = _clear_top(matcher, matcher.normaliser, example)
            moved_to = tops[spot]
            if moved_to is None or moved_to == example.intent:
                continue
            without = without or matcher.normaliser.without(key)
            if _clear_top(matcher, without, example) == example.intent:
                problems.append(
                    Problem(
                        where(section, key),
                        f"{key!r} -> {value!r} moves the example {example.text!r} of {example.intent!r} "
                        f"to {moved_to!r}",
                        "warning",
                    )
                )
    return problems


def _entries(content: Content) -> Iterator[tuple[str, str, str]]:
    for key, value in content.lexicon.slang.items():
        yield "slang", key, value
    for key, value in content.lexicon.synonyms.items():
        yield "synonyms", key, value


def _holds(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


def _clear_top(matcher: Matcher, normaliser: Normaliser, example: _Example) -> str | None:
    """The example's best intent when it leads the runner-up clearly; None for a near tie."""
    ranked = matcher.rank_left_out(normaliser.analyse(example.text), example.intent, example.position)
    if not ranked:
        return None
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    return ranked[0].intent if ranked[0].score - runner_up >= CLEAR_LEAD else None
