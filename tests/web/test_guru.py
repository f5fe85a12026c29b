"""/guru end to end: the web-app button, the menu button and a one-time link that opens the class once."""

from __future__ import annotations

import re

import aiohttp
from playwright.async_api import Browser, expect

from tests.telegram.conftest import Student
from tests.web.conftest import GROUP, PHONE, TEACHER


def link_in(text: str) -> str:
    [link] = re.findall(r"http://127\.0\.0\.1:\d+/app#link=[\w.-]+", text)
    return link


async def test_guru_offers_the_dashboard_and_a_link_that_works_once(
    api, site: str, browser: Browser, classroom
):
    teacher = Student(api, TEACHER, TEACHER, name="Bu Sari")
    [offer] = await teacher.says("/guru")
    [[button]] = offer.reply_markup["inline_keyboard"]
    assert button == {"text": "📊 Dasbor", "web_app": {"url": f"{site}/app"}}
    menu = await api.wait_for_call("setChatMenuButton")
    assert menu.ok
    assert api.menu_button(TEACHER) == {
        "type": "web_app",
        "text": "📊 Dasbor",
        "web_app": {"url": f"{site}/app"},
    }
    link = link_in(offer.text or "")

    computer = await browser.new_context(viewport=PHONE)
    page = await computer.new_page()
    await page.goto(link)
    await expect(page.locator("#who")).to_have_text("Bu Sari")
    await expect(page.locator("#view-class h3").first).to_have_text("Kelas Uji")
    assert "link=" not in page.url  # the spent link does not stay in the address bar
    await page.reload()  # the session lives on in this tab
    await expect(page.locator("#view-class h3").first).to_have_text("Kelas Uji")

    again = await (await browser.new_context(viewport=PHONE)).new_page()
    await again.goto(link)
    await expect(again.locator("#status")).to_have_text(
        "Tautan ini sudah dipakai atau kedaluwarsa: kirim /guru lagi untuk tautan baru."
    )
    await expect(again.locator("#view-class")).to_be_empty()
    token = link.partition("#link=")[2]
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{site}/api/session", json={"link": token}) as answer,
    ):
        assert (answer.status, await answer.read()) == (401, b"")


async def test_guru_in_a_group_points_to_the_private_chat(api, web_bot):
    teacher = Student(api, TEACHER, GROUP, "supergroup", name="Bu Sari")
    [reply] = await teacher.says("/guru")
    [[button]] = reply.reply_markup["inline_keyboard"]
    assert button["url"] == "https://t.me/tutor_test_bot?start=guru"
    private = Student(api, TEACHER, TEACHER, name="Bu Sari")
    [offer] = await private.says("/start guru")
    assert offer.button_texts == ["📊 Dasbor"]
