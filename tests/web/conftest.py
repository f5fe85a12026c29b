"""The bot running with its web server against the Bot API emulator, a class with a history, and
Debian's headless Chromium driven by Playwright, as a phone (360 px) opens the Mini App."""

from __future__ import annotations

import os
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest
from playwright.async_api import Browser, Page, async_playwright

from bot.nlp import Matcher
from bot.store import Database, Stores
from bot.tutor import Tutor
from tests.conftest import ROOT
from tests.support.botapi import DEFAULT_GROUP_CHAT_ID, BotAPIEmulator
from tests.support.classroom import play
from tests.support.process import free_port
from tests.support.webapp import launch_fragment, sign_init_data
from tests.telegram.conftest import RunningBot

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 360, "height": 740}
SCREENSHOTS = ROOT / "docs" / "screenshots"
THEME = {
    "bg_color": "#ffffff",
    "text_color": "#222222",
    "hint_color": "#707579",
    "button_color": "#3390ec",
    "button_text_color": "#ffffff",
    "secondary_bg_color": "#f4f4f5",
}
DARK_THEME = {
    "bg_color": "#212121",
    "text_color": "#ffffff",
    "hint_color": "#aaaaaa",
    "button_color": "#8774e1",
    "button_text_color": "#ffffff",
    "secondary_bg_color": "#181818",
}

GROUP = DEFAULT_GROUP_CHAT_ID
OTHER_GROUP = -1002002
TEACHER, OTHER_TEACHER = 5001, 5002
ANI, BUDI, CITRA, DEDI = 2101, 2102, 2103, 2104
SCRIPT_NAME = "<script>alert('x')</script>"


@pytest.fixture
async def api() -> AsyncIterator[BotAPIEmulator]:
    async with BotAPIEmulator() as emulator:
        yield emulator


@pytest.fixture
async def web_bot(api: BotAPIEmulator, content, matcher: Matcher, db: Database) -> AsyncIterator[RunningBot]:
    port = free_port()

    def make_tutor() -> Tutor:
        return Tutor(content, matcher, Stores.on(db), rng=random.Random(3))

    bot = RunningBot(api, make_tutor, settings={"web_port": port, "web_url": f"http://127.0.0.1:{port}"})
    await bot.start()
    yield bot
    await bot.stop()


@pytest.fixture
def site(web_bot: RunningBot) -> str:
    return web_bot.settings["web_url"]


@pytest.fixture
async def classroom(db: Database, api: BotAPIEmulator) -> None:
    """Kelas Uji: a teacher (group admin), four students, two tournaments; another group beside it."""
    now = datetime.now(UTC)
    names = {ANI: "Ani", BUDI: "Budi", CITRA: SCRIPT_NAME, DEDI: "Dedi"}
    await play(
        db,
        GROUP,
        {
            ANI: [("bil_001", True, 0), ("org_001", True, 1)],
            BUDI: [("bil_001", False, 2), ("org_001", True, 1)],
            CITRA: [("bil_001", False, 2), ("org_001", False, 3)],
            DEDI: [("bil_001", False, 3), ("org_001", True, 1)],
        },
        now - timedelta(days=9),
        names,
    )
    await play(
        db,
        GROUP,
        {ANI: [("bil_002", True, 1)], BUDI: [("bil_002", True, 1)]},
        now - timedelta(hours=2),
        names,
    )
    await play(db, OTHER_GROUP, {9901: [("org_002", True, 0)]}, now, {9901: "Rahasia Lain"})
    api.set_member_status(GROUP, TEACHER, "administrator")
    api.set_member_status(OTHER_GROUP, OTHER_TEACHER, "creator")
    # The other group's title, as Telegram learns it: from a message there (chatter the bot ignores).
    api.send_text(
        "halo", chat_id=OTHER_GROUP, chat_type="supergroup", user_id=OTHER_TEACHER, chat_title="Kelas Lain"
    )


def init_data_for(api: BotAPIEmulator, user_id: int, name: str, signed_at: datetime | None = None) -> str:
    return sign_init_data(api.token, {"id": user_id, "first_name": name}, signed_at or datetime.now(UTC))


def app_url(site: str, init_data: str, theme: dict | None = None, **extra: str) -> str:
    fragment = launch_fragment(init_data, theme or THEME)
    return f"{site}/app#{fragment}" + "".join(f"&{k}={v}" for k, v in extra.items())


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        await chromium.close()


@pytest.fixture
async def phone(browser: Browser) -> AsyncIterator[Page]:
    """A page 360 px wide; any JavaScript dialog (an injected alert) fails the test."""
    context = await browser.new_context(viewport=PHONE, device_scale_factor=2)
    page = await context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    await context.close()
    assert not dialogs, f"a script ran: {dialogs}"
    assert not errors, f"the page failed: {errors}"


@pytest.fixture
def screenshot(tmp_path: Path):
    """A full-page picture of a view; written over the README's pictures in docs/screenshots/ when
    UPDATE_SCREENSHOTS=1 (so an ordinary test run leaves the working tree alone)."""
    folder = SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else tmp_path

    async def take(page: Page, name: str) -> Path:
        path = folder / f"{name}.png"
        await page.screenshot(path=str(path), full_page=True)
        return path

    return take


async def get(site: str, path: str, authorization: str | None) -> tuple[int, bytes]:
    headers = {"Authorization": authorization} if authorization else {}
    async with aiohttp.ClientSession() as session, session.get(site + path, headers=headers) as answer:
        return answer.status, await answer.read()
