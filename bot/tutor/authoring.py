"""The authors' side in a chat: unanswered questions in groups, each a tap away from becoming an
example of an intent, or from being dismissed. The web class view calls `Learning` directly."""

from __future__ import annotations

import html

from bot.content import Content
from bot.content.models import fill
from bot.tutor import actions as act
from bot.tutor.learning import Learning, LearningError, QuestionGroup
from bot.tutor.replies import Button, Reply, Who, rows

LISTED = 10
LABEL_LIMIT = 60


SHOWN = 150  # characters of each question in the overview: the list always fits one message


def _short(text: str, limit: int = LABEL_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class AuthoringMenu:
    def __init__(self, content: Content, learning: Learning) -> None:
        self._content = content
        self._messages = content.messages
        self._learning = learning

    async def overview(self, *, edit: bool = False) -> list[Reply]:
        groups = await self._learning.groups(LISTED)
        if not groups:
            return [Reply(self._messages.unanswered_none, edit=edit)]
        lines = [self._messages.unanswered_title]
        lines += [
            f"{n}. {html.escape(_short(g.text, SHOWN))} <i>({g.count}×)</i>" for n, g in enumerate(groups, 1)
        ]
        buttons = tuple(
            (Button(f"{n}. {_short(g.text)} ({g.count}×)", act.encode(act.LEARN_GROUP, g.key)),)
            for n, g in enumerate(groups, 1)
        )
        return [Reply("\n".join(lines), buttons, edit=edit)]

    async def show(self, who: Who, key: int) -> list[Reply]:
        if not who.author:
            return [Reply(self._messages.admin_only)]
        group = await self._learning.group(key)
        return [self._group(group) if group else Reply(self._messages.learn_gone, edit=True)]

    async def add(self, who: Who, key: int, intent_id: str) -> list[Reply]:
        if not who.author:
            return [Reply(self._messages.admin_only)]
        try:
            added = await self._learning.add_example(key, intent_id, by=who.user_id)
        except LearningError as exc:
            return [Reply(fill(self._messages.learn_refused, reason=html.escape(str(exc))))]
        if added is None:
            return [Reply(self._messages.learn_gone, self._back(), edit=True)]
        title = self._content.intents[intent_id].title
        text = fill(self._messages.learn_added, text=html.escape(added.text), intent=html.escape(title))
        return [Reply(text, self._back(), edit=True)]

    async def dismiss(self, who: Who, key: int) -> list[Reply]:
        if not who.author:
            return [Reply(self._messages.admin_only)]
        count = await self._learning.dismiss(key, by=who.user_id)
        text = fill(self._messages.learn_dismissed, count=count) if count else self._messages.learn_gone
        return [Reply(text, self._back(), edit=True)]

    async def chapters(self, who: Who, key: int) -> list[Reply]:
        """Any intent, when none of the suggestions fits: first the chapter..."""
        if not who.author:
            return [Reply(self._messages.admin_only)]
        buttons = [Button(g.title, act.encode(act.LEARN_CHAPTER, key, g.id)) for g in self._content.groups]
        back = Button("⬅️ Kembali", act.encode(act.LEARN_GROUP, key))
        return [Reply(self._messages.learn_pick_chapter, rows([*buttons, back]), edit=True)]

    async def chapter(self, who: Who, key: int, group_id: str) -> list[Reply]:
        """... then the intent."""
        if not who.author:
            return [Reply(self._messages.admin_only)]
        intents = self._content.intents_in(self._content.group(group_id).id)
        buttons = [Button(_short(i.title), act.encode(act.LEARN_ADD, key, i.id)) for i in intents]
        back = Button("⬅️ Kembali", act.encode(act.LEARN_CHAPTERS, key))
        return [Reply(self._messages.learn_pick_intent, rows([*buttons, back]), edit=True)]

    async def back(self, who: Who) -> list[Reply]:
        if not who.author:
            return [Reply(self._messages.admin_only)]
        return await self.overview(edit=True)

    def _group(self, group: QuestionGroup) -> Reply:
        wordings = "\n".join(f"• {html.escape(w[:200])}" for w in group.wordings)
        text = fill(self._messages.learn_group, count=group.count, wordings=wordings)
        adds = [
            (Button(f"➕ {_short(s.title)}", act.encode(act.LEARN_ADD, group.key, s.intent_id)),)
            for s in group.suggestions
        ]
        other = Button("📚 Topik lain", act.encode(act.LEARN_CHAPTERS, group.key))
        rest = (Button("🗑 Abaikan", act.encode(act.LEARN_DISMISS, group.key)), *self._back()[0])
        return Reply(text, (*adds, (other,), rest), edit=True)

    @staticmethod
    def _back() -> tuple[tuple[Button, ...], ...]:
        return ((Button("⬅️ Daftar", act.LEARN_LIST),),)
