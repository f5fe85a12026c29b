"""The conversation: answers, follow-ups, clarification, comparison and quizzes, transport-neutral."""

from bot.tutor.replies import Button, Conversation, Document, InlineArticle, Picture, Poll, Reply, Who
from bot.tutor.tutor import Tutor

__all__ = ["Button", "Conversation", "Document", "InlineArticle", "Picture", "Poll", "Reply", "Tutor", "Who"]
