"""Understanding everyday Indonesian: normalisation and intent matching. Knows nothing of Telegram."""

from bot.nlp.concepts import ConceptMention, ConceptSpotter
from bot.nlp.matcher import Candidate, Match, Matcher, MatcherConfig, Outcome
from bot.nlp.normalise import Analysis, Normaliser, clean

__all__ = [
    "Analysis",
    "Candidate",
    "ConceptMention",
    "ConceptSpotter",
    "Match",
    "Matcher",
    "MatcherConfig",
    "Normaliser",
    "Outcome",
    "clean",
]
