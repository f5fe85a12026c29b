"""What a teacher, a student and an author each see in the Mini App, in Chromium at 360 px."""

from __future__ import annotations

from playwright.async_api import Page, expect

from tests.telegram.conftest import ADMIN_ID
from tests.web.conftest import ANI, SCRIPT_NAME, TEACHER, app_url, init_data_for, screenshot


async def fits_the_phone(page: Page) -> None:
    assert await page.evaluate("document.documentElement.scrollWidth") <= 360


async def test_a_teacher_sees_the_class(phone: Page, site: str, api, classroom):
    await phone.goto(app_url(site, init_data_for(api, TEACHER, "Bu Sari")))
    await expect(phone.locator("#who")).to_have_text("Bu Sari")
    await expect(phone.locator("nav button")).to_have_text(["Kelas", "Kemajuanku"])
    view = phone.locator("#view-class")
    await expect(view.locator("h3").first).to_have_text("Kelas Uji")
    board = view.locator("svg.chart").first
    await expect(board.locator("text")).to_contain_text(["Ani", "24 poin", "Budi", "24 poin"])
    hardest = view.locator("ul.plain").first.locator("li").first
    await expect(hardest).to_contain_text("25% benar dari 4")
    await expect(hardest.locator(".wrong")).to_contain_text("(2×)")
    cards = view.locator(".student")
    await expect(cards).to_have_count(4)
    await expect(cards.filter(has_text="Dedi").locator(".flag")).to_have_text("⚠️ Tidak aktif 7 hari")
    await expect(cards.filter(has_text="Ani").locator(".flag")).to_have_count(0)
    await expect(cards.filter(has_text=SCRIPT_NAME).locator("h3")).to_have_text(SCRIPT_NAME)
    await expect(view).not_to_contain_text("Rahasia Lain")  # the other group's student
    await fits_the_phone(phone)
    await screenshot(phone, "kelas")


async def test_a_student_sees_only_their_own_progress(phone: Page, site: str, api, classroom):
    await phone.goto(app_url(site, init_data_for(api, ANI, "Ani")))
    await expect(phone.locator("nav button")).to_have_text(["Kemajuanku"])
    view = phone.locator("#view-student")
    await expect(view.locator(".stat b")).to_have_text(["3", "100%", "1 hari", "0"])
    await expect(view.locator("svg.chart").first.locator("text")).to_contain_text(["Bilateral"])
    await expect(view).to_contain_text("Belum ada soal yang salah.")
    await fits_the_phone(phone)
    await screenshot(phone, "siswa")


async def test_an_author_sees_the_unanswered_questions_as_text(
    phone: Page, site: str, api, classroom, web_bot
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
