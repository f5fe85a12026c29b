"""Builds the language side from the content: normaliser, typo vocabulary, concept spotter, matcher."""

from __future__ import annotations

from collections import Counter

from bot.content import Content
from bot.content.markup import visible_text
from bot.nlp.concepts import ConceptSpotter
from bot.nlp.kinds import KindReader
from bot.nlp.matcher import Matcher, MatcherConfig
from bot.nlp.normalise import Normaliser, clean
from bot.nlp.spaces import word_features


def content_vocabulary(content: Content, normaliser: Normaliser) -> set[str]:
    """Words typos are corrected towards: the curated text, not the (deliberately sloppy) examples.

    An example word counts only when it is spelled the same in two examples, and never when
    the lexicon lists it as slang or a known misspelling: a correction should land on a
    standard word.
    """
    curated = [i.title for i in content.intents.values()]
    curated += [visible_text(t) for i in content.intents.values() for t in (i.answer, i.more) if t]
    curated += list(content.lexicon.slang.values()) + list(content.lexicon.synonyms.values())
    # The countries a situation may name: "Qatar" is no slip of "antar", nor "Kuwait" of "kuat".
    curated += list(content.comparison.countries)
    words = {w for text in curated for w in clean(text)}
    in_examples = Counter(w for i in content.intents.values() for e in i.examples for w in clean(e))
    words |= {w for w, n in in_examples.items() if n >= 2}
    return {w for w in words if w.isalpha()} - content.lexicon.slang.keys()


def build_matcher(content: Content, config: MatcherConfig | None = None) -> Matcher:
    normaliser = Normaliser(content.lexicon)
    normaliser.set_vocabulary(content_vocabulary(content, normaliser))
    spotter = ConceptSpotter(content.comparison, normaliser)
    return Matcher(
        content.intents.values(),
        normaliser,
        spotter,
        out_of_scope=content.out_of_scope,
        config=config,
        kinds=KindReader(
            content.comparison, lambda text: word_features(normaliser.analyse(text)), normaliser.words
        ),
    )
