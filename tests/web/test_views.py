"""What a teacher, a student and an author each see in the Mini App, in Chromium at 360 px."""

from __future__ import annotations

import asyncio
from datetime import time
from pathlib import Path

from playwright.async_api import Page, expect

from bot.store.schedules import DAILY
from bot.tutor.schedule import Plan
from tests.telegram.conftest import ADMIN_ID
from tests.web.conftest import (
    ANI,
    BUDI,
    DARK_THEME,
    GROUP,
    SCRIPT_NAME,
    TEACHER,
    app_url,
    init_data_for,
)


async def fits_the_phone(page: Page) -> None:
    assert await page.evaluate("document.documentElement.scrollWidth") <= 360


async def test_a_teacher_sees_the_class(phone: Page, site: str, api, classroom, screenshot):
    opened = await phone.goto(app_url(site, init_data_for(api, TEACHER, "Bu Sari")))
    assert opened is not None
    assert "default-src 'self'" in opened.headers["content-security-policy"]  # no script but ours
    await expect(phone.locator("#who")).to_have_text("Bu Sari")
    await expect(phone.locator("nav button")).to_have_text(["Kelas", "Kemajuanku"])
    view = phone.locator("#view-class")
    await expect(view.locator("h3").first).to_have_text("Kelas Uji")
    board = view.locator("svg.chart").first
    await expect(board.locator("text")).to_have_text(
        ["Ani", "36 poin", "Budi", "24 poin", "Dedi", "12 poin", SCRIPT_NAME, "0 poin"]
    )
    hardest = view.locator("ul.plain").first.locator("li").first
    await expect(hardest).to_contain_text("25% benar dari 4")
    await expect(hardest.locator(".wrong")).to_contain_text("(2×)")
    cards = view.locator(".student")
    await expect(cards).to_have_count(4)

    def card(name: str):
        return cards.filter(has=phone.get_by_role("heading", name=name, exact=True))

    await expect(card("Dedi").locator(".flag")).to_have_text("⚠️ Tidak aktif 7 hari")
    await expect(card("Ani").locator(".flag")).to_have_count(0)
    await expect(card(SCRIPT_NAME)).to_contain_text("0% benar · 2 jawaban")
    await expect(view).not_to_contain_text("Rahasia Lain")  # the other group's student
    await fits_the_phone(phone)
    await screenshot(phone, "kelas")


async def test_a_student_sees_only_their_own_progress(phone: Page, site: str, api, classroom, screenshot):
    await phone.goto(app_url(site, init_data_for(api, BUDI, "Budi"), DARK_THEME))
    background = await phone.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(33, 33, 33)"  # Telegram's theme colours, from the launch parameters
    await expect(phone.locator("nav button")).to_have_text(["Kemajuanku"])
    view = phone.locator("#view-student")
    await expect(view.locator(".stat b")).to_have_text(["3", "67%", "1 hari", "1"])
    await expect(view.locator("svg.chart").first.locator("text")).to_contain_text(
        ["Kerja sama bilateral", "1/16"]
    )
    await expect(view.locator("svg.chart").nth(1).locator("text")).to_contain_text(["1", "Kotak 1"])
    await expect(view.locator("ul.plain li")).to_have_count(1)
    await expect(view.locator("ul.plain li .hint")).to_have_text("Kerja sama bilateral · salah 1×")
    await expect(view).not_to_contain_text("Ani")
    await fits_the_phone(phone)
    await screenshot(phone, "siswa")


async def test_an_author_sees_the_unanswered_questions_as_text(
    phone: Page, site: str, api, classroom, web_bot, screenshot
):
    tutor = web_bot.tutors[-1]
    for _ in range(2):
        await tutor.ask(ANI, "<script>alert(1)</script> kenapa langit biru")
    await phone.goto(app_url(site, init_data_for(api, ADMIN_ID, "Penulis"), view="authors"))
    await expect(phone.locator("nav button")).to_have_text(["Kemajuanku", "Penulis"])
    view = phone.locator("#view-authors")
    await expect(view.locator(".question-group h3").first).to_have_text(
        "<script>alert(1)</script> kenapa langit biru"
    )
    await expect(view.locator(".question-group .hint").first).to_have_text("ditanyakan 2×")
    await fits_the_phone(phone)
    await screenshot(phone, "penulis")


async def test_an_author_turns_a_question_into_an_example_with_one_tap(phone: Page, site: str, api, web_bot):
    tutor = web_bot.tutors[-1]
    question = "apa tugas atase militer"
    [before] = await tutor.ask(ANI, question)
    await phone.goto(app_url(site, init_data_for(api, ADMIN_ID, "Penulis"), view="authors"))
    group = phone.locator(".question-group")
    await expect(group.locator("h3")).to_have_text(question)
    suggestion = group.locator("button.primary").first
    title = (await suggestion.text_content() or "").removeprefix("+ ")
    await suggestion.click()
    await expect(phone.locator("#view-authors")).to_contain_text("Tidak ada yang menunggu.")
    [intent] = [i for i in tutor.content.intents.values() if i.title == title]
    [after, *_] = await tutor.ask(ANI, question)
    assert after.text == intent.answer
    assert after.text != before.text


async def test_a_teacher_cancels_a_planned_tournament_and_downloads_the_results(
    phone: Page, site: str, api, classroom, web_bot
):
    planner = web_bot.tutors[-1].schedules
    await planner.plan(GROUP, TEACHER, Plan(DAILY, None, time(7, 0), 5, 30, None))
    await phone.goto(app_url(site, init_data_for(api, TEACHER, "Bu Sari")))
    plans = phone.locator("#view-class ul.schedules li")
    await expect(plans).to_have_count(1)
    await expect(plans.first).to_contain_text("setiap hari 07:00 WIB · 5 soal × 30 detik")

    async with phone.expect_download() as started:
        await phone.get_by_role("button", name="⬇️ Hasil (CSV)").click()
    saved = Path(await (await started.value).path())
    results = await asyncio.to_thread(saved.read_bytes)
    assert results.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, as spreadsheets expect
    lines = results.decode("utf-8-sig").splitlines()
    assert len(lines) == 1 + 10  # a header and one row per student per question
    assert any("Ani" in line for line in lines[1:])

    await plans.first.get_by_role("button", name="Batalkan").click()
    await expect(phone.locator("#view-class")).to_contain_text("Belum ada. Admin grup menjadwalkan")
    assert await planner.active(GROUP) == []
