"""The curriculum: YAML in `content/` loaded into validated, typed objects."""

from bot.content.loader import Content, check_content, load_content, read_files
from bot.content.models import Comparison, Group, Intent, Lexicon, Messages, QuizItem, Scenario
from bot.content.yamlsource import ContentError, Problem

__all__ = [
    "Comparison",
    "Content",
    "ContentError",
    "Group",
    "Intent",
    "Lexicon",
    "Messages",
    "Problem",
    "QuizItem",
    "Scenario",
    "check_content",
    "load_content",
    "read_files",
]
