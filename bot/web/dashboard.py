"""The dashboard's routes: the page at /app and its JSON API, each checking who asks before anything.

Routes stay thin: authenticate, check the viewer may see it, call the tutor's dashboard, send JSON.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from importlib import resources
from typing import Protocol

from aiohttp import web

from bot.tutor import Tutor
from bot.tutor.learning import LearningError
from bot.tutor.quiz import now_utc
from bot.web.auth import LINK_LIFETIME, Refused, Signer, Viewer, validate_init_data

log = logging.getLogger(__name__)
STATIC = resources.files("bot.web") / "static"
STATIC_TYPES = {"app.js": "text/javascript", "app.css": "text/css"}
NO_STORE = {"Cache-Control": "no-store"}
# Only our own script and styles run, whatever a student typed; blob: is the CSV download.
PAGE_POLICY = "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'"


class ChatDirectory(Protocol):
    """What the dashboard needs to know about Telegram groups (the bot layer provides it, cached)."""

    async def admins_of(self, chat_id: int) -> set[int]: ...

    async def title_of(self, chat_id: int) -> str: ...


def _plain(value: object) -> object:
    """JSON for our plain objects: a dataclass as its fields (shallow: json.dumps goes deeper)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return vars(value)
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _json(data: object, status: int = 200) -> web.Response:
    body = json.dumps(data, ensure_ascii=False, default=_plain)
    return web.Response(text=body, status=status, content_type="application/json", headers=NO_STORE)


def refused() -> web.Response:
    """401 with nothing in it: no hint of what exists."""
    return web.Response(status=401, headers=NO_STORE)


def forbidden() -> web.Response:
    return web.Response(status=403, headers=NO_STORE)


Route = Callable[[web.Request, Viewer], Awaitable[web.StreamResponse]]


class DashboardRoutes:
    def __init__(
        self,
        tutor: Tutor,
        directory: ChatDirectory,
        *,
        bot_token: str,
        admin_ids: frozenset[int],
        clock: Callable[[], datetime] = now_utc,
    ) -> None:
        self._tutor = tutor
        self._dashboard = tutor.dashboard
        self._directory = directory
        self._token = bot_token
        self._signer = Signer(bot_token)
        self._admin_ids = admin_ids
        self._clock = clock
        self._files = {name: (STATIC / name).read_bytes() for name in ("app.html", *STATIC_TYPES)}

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/app", self.page),
            web.get("/app/static/{name}", self.static),
            web.post("/api/session", self.open_link),
            web.get("/api/me", self._signed_in(self.me)),
            web.get("/api/student", self._signed_in(self.student)),
            web.get("/api/class/{chat_id}", self._signed_in(self.class_view)),
            web.get("/api/class/{chat_id}/{kind:results|students}.csv", self._signed_in(self.class_csv)),
            web.post(
                "/api/class/{chat_id}/schedules/{schedule_id}/cancel", self._signed_in(self.cancel_schedule)
            ),
            web.get("/api/authors", self._signed_in(self.authors)),
            web.post("/api/authors/{key}/add", self._signed_in(self.add_example)),
            web.post("/api/authors/{key}/dismiss", self._signed_in(self.dismiss)),
        ]

    # Who is asking.

    def viewer(self, request: web.Request) -> Viewer:
        scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
        now = self._clock()
        if scheme == "tma":
            return validate_init_data(credentials, self._token, now)
        if scheme == "session":
            return self._signer.read_session(credentials, now)
        raise Refused("no credentials")

    def _signed_in(self, route: Route) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def checked(request: web.Request) -> web.StreamResponse:
            try:
                viewer = self.viewer(request)
            except Refused as exc:
                log.info("dashboard request refused: %s", exc)
                return refused()
            return await route(request, viewer)

        return checked

    # The page.

    async def page(self, request: web.Request) -> web.Response:
        return web.Response(
            body=self._files["app.html"],
            content_type="text/html",
            charset="utf-8",
            headers={**NO_STORE, "Content-Security-Policy": PAGE_POLICY},
        )

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in STATIC_TYPES:
            raise web.HTTPNotFound()
        return web.Response(body=self._files[name], content_type=STATIC_TYPES[name], charset="utf-8")

    # The API.

    async def open_link(self, request: web.Request) -> web.Response:
        """A one-time link from /guru becomes a short session; the same link a second time gets 401."""
        try:
            token = str((await request.json())["link"])
            claim = self._signer.read_link(token, self._clock())
        except (Refused, ValueError, KeyError, TypeError):
            return refused()
        if not await self._dashboard.use_link(claim.link_id, LINK_LIFETIME):
            log.info("a one-time dashboard link was opened a second time")
            return refused()
        return _json({"session": self._signer.issue_session(claim.viewer, self._clock())})

    async def me(self, request: web.Request, viewer: Viewer) -> web.Response:
        groups = await self._groups_of(viewer)
        return _json(
            {
                "user_id": viewer.user_id,
                "name": viewer.name,
                "author": viewer.user_id in self._admin_ids,
                "groups": [{"chat_id": c, "title": t} for c, t in groups],
            }
        )

    async def _groups_of(self, viewer: Viewer) -> list[tuple[int, str]]:
        """Groups that have played where the viewer is an administrator (checked in parallel, cached)."""
        played = await self._dashboard.groups_played()
        admins = await asyncio.gather(*(self._directory.admins_of(c) for c in played))
        mine = [c for c, found in zip(played, admins, strict=True) if viewer.user_id in found]
        titles = await asyncio.gather(*(self._directory.title_of(c) for c in mine))
        return list(zip(mine, titles, strict=True))

    async def student(self, request: web.Request, viewer: Viewer) -> web.Response:
        return _json(await self._dashboard.student_view(viewer.user_id))

    async def class_view(self, request: web.Request, viewer: Viewer) -> web.Response:
        chat_id = await self._class_of(request, viewer)
        if chat_id is None:
            return forbidden()
        view = await self._dashboard.class_view(chat_id)
        planner = self._tutor.schedules
        schedules = [{"id": r.id, "text": planner.describe(r)} for r in await planner.active(chat_id)]
        title = await self._directory.title_of(chat_id)
        return _json({**vars(view), "title": title, "schedules": schedules})

    async def cancel_schedule(self, request: web.Request, viewer: Viewer) -> web.Response:
        """A planned tournament cancelled from the class view, as with /jadwal in the group."""
        chat_id = await self._class_of(request, viewer)
        if chat_id is None:
            return forbidden()
        try:
            schedule_id = int(request.match_info["schedule_id"])
        except ValueError:
            return web.Response(status=400, headers=NO_STORE)
        return _json({"cancelled": await self._tutor.schedules.cancel(chat_id, schedule_id)})

    async def class_csv(self, request: web.Request, viewer: Viewer) -> web.Response:
        """The group's results (one row per student per question) or its per-student summary."""
        chat_id = await self._class_of(request, viewer)
        if chat_id is None:
            return forbidden()
        answers, summary = await self._tutor.exports.files(chat_id)
        file = answers if request.match_info["kind"] == "results" else summary
        disposition = f'attachment; filename="{file.name}"'
        return web.Response(
            body=file.data,
            content_type="text/csv",
            charset="utf-8",
            headers={**NO_STORE, "Content-Disposition": disposition},
        )

    async def _class_of(self, request: web.Request, viewer: Viewer) -> int | None:
        """The group asked for, when the viewer is one of its administrators."""
        try:
            chat_id = int(request.match_info["chat_id"])
        except ValueError:
            return None
        return chat_id if viewer.user_id in await self._directory.admins_of(chat_id) else None

    # The authors' view: unanswered questions become examples, or are set aside.

    async def authors(self, request: web.Request, viewer: Viewer) -> web.Response:
        if viewer.user_id not in self._admin_ids:
            return forbidden()
        return _json({"groups": await self._tutor.learning.groups()})

    async def add_example(self, request: web.Request, viewer: Viewer) -> web.Response:
        if viewer.user_id not in self._admin_ids:
            return forbidden()
        try:
            key, intent = int(request.match_info["key"]), str((await request.json())["intent"])
            added = await self._tutor.learning.add_example(key, intent, by=viewer.user_id)
        except LearningError as exc:
            return _json({"error": str(exc)}, status=400)
        except (ValueError, KeyError, TypeError):
            return web.Response(status=400, headers=NO_STORE)
        return _json({"added": added is not None})

    async def dismiss(self, request: web.Request, viewer: Viewer) -> web.Response:
        if viewer.user_id not in self._admin_ids:
            return forbidden()
        try:
            key = int(request.match_info["key"])
        except ValueError:
            return web.Response(status=400, headers=NO_STORE)
        return _json({"dismissed": await self._tutor.learning.dismiss(key, by=viewer.user_id)})
