"""Long answers read on a phone: the short answer first, the rest behind a "Selengkapnya" button."""

from __future__ import annotations

from bot.content import Intent
from bot.tutor import actions as act
from bot.tutor.replies import Button, Reply, rows

MORE_LABEL = "📖 Selengkapnya"


def answer_reply(intent: Intent, related: list[Button]) -> Reply:
    """The answer with its follow-up buttons, led by "Selengkapnya" when the intent has more to say."""
    more = [Button(MORE_LABEL, act.encode(act.MORE, intent.id))] if intent.more else []
    return Reply(intent.answer, rows(more + related))


def more_reply(intent: Intent, related: list[Button]) -> Reply:
    """The rest of the answer; an old button whose intent lost its `more` gets the answer itself."""
    return Reply(intent.more or intent.answer, rows(related))


def full_text(intent: Intent) -> str:
    """Answer and rest in one message, for where no button can follow (an inline result)."""
    return f"{intent.answer}\n\n{intent.more}" if intent.more else intent.answer
