"""What a follow-up on the chat's topic resolves to."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TopicAnswer:
    """Which intent answers the follow-up; `passage` quotes the point of the last answer it means."""

    intent: str
    passage: str | None = None
    listed: str | None = None  # a point was picked from this intent's list
