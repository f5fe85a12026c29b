"""Nothing for anyone Telegram did not vouch for, and nothing of a group for someone not its admin."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from playwright.async_api import Page, expect

from bot.web.auth import Signer, Viewer
from tests.support.webapp import sign_init_data
from tests.telegram.conftest import ADMIN_ID
from tests.web.conftest import (
    ANI,
    GROUP,
    OTHER_GROUP,
    OTHER_TEACHER,
    TEACHER,
    app_url,
    get,
    init_data_for,
)

REFUSED_PAGE = "Tidak bisa masuk. Buka lagi dari Telegram (/guru)."
API = ["/api/me", "/api/student", f"/api/class/{GROUP}", f"/api/class/{GROUP}/results.csv", "/api/authors"]


def tampered(init_data: str) -> str:
    return init_data.replace(f"%22id%22%3A{TEACHER}", f"%22id%22%3A{ADMIN_ID}")


async def shows_nothing(page: Page) -> None:
    await expect(page.locator("#status")).to_have_text(REFUSED_PAGE)
    await expect(page.locator("nav button")).to_have_count(0)
    for view in ("student", "class", "authors"):
        await expect(page.locator(f"#view-{view}")).to_be_empty()


@pytest.mark.parametrize("kind", ["tampered", "expired", "another-bot"])
async def test_bad_init_data_gets_401_and_an_empty_page(phone: Page, site: str, api, classroom, kind: str):
    good = init_data_for(api, TEACHER, "Bu Sari")
    init_data = {
        "tampered": tampered(good),
        "expired": init_data_for(api, TEACHER, "Bu Sari", datetime.now(UTC) - timedelta(hours=24, minutes=1)),
        "another-bot": sign_init_data(
            "654321:OTHER-token", {"id": TEACHER, "first_name": "Bu Sari"}, datetime.now(UTC)
        ),
    }[kind]
    assert init_data != good
    for path in API:
        assert await get(site, path, f"tma {init_data}") == (401, b""), path
    await phone.goto(app_url(site, init_data))
    await shows_nothing(phone)


async def test_no_credentials_get_nothing(phone: Page, site: str, classroom):
    for path in API:
        assert await get(site, path, None) == (401, b""), path
        assert await get(site, path, "session forged.token") == (401, b""), path
    await phone.goto(f"{site}/app")
    await expect(phone.locator("#status")).to_have_text("Buka dasbor ini dari Telegram: kirim /guru ke bot.")


async def test_another_groups_admin_sees_no_class(phone: Page, site: str, api, classroom):
    init_data = init_data_for(api, OTHER_TEACHER, "Pak Lain")
    for path in (
        f"/api/class/{GROUP}",
        f"/api/class/{GROUP}/results.csv",
        f"/api/class/{GROUP}/students.csv",
    ):
        assert await get(site, path, f"tma {init_data}") == (403, b""), path
    await phone.goto(app_url(site, init_data))
    await expect(phone.locator("nav button")).to_have_text(["Kelas", "Kemajuanku"])
    await expect(phone.locator("#view-class h3").first).to_have_text("Kelas Lain")  # only their own group
    await expect(phone.locator("#view-class select")).to_have_count(0)
    await expect(phone.locator("#view-class")).to_contain_text("Rahasia Lain")
    await expect(phone.locator("#view-class")).not_to_contain_text("Ani")


async def test_a_student_sees_no_class_and_no_authors_view(site: str, api, classroom):
    authorization = f"tma {init_data_for(api, ANI, 'Ani')}"
    assert await get(site, f"/api/class/{GROUP}", authorization) == (403, b"")
    assert await get(site, "/api/authors", authorization) == (403, b"")
    status, body = await get(site, "/api/me", authorization)
    assert status == 200
    assert b'"groups": []' in body
    assert b'"author": false' in body


async def test_a_link_past_its_ten_minutes_opens_nothing(site: str, api, classroom):
    stale = Signer(api.token).issue_link(
        Viewer(TEACHER, "Bu Sari"), datetime.now(UTC) - timedelta(minutes=10)
    )
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{site}/api/session", json={"link": stale}) as answer,
    ):
        assert (answer.status, await answer.read()) == (401, b"")


async def test_group_admins_are_asked_of_telegram_once_in_five_minutes(site: str, api, classroom):
    authorization = f"tma {init_data_for(api, TEACHER, 'Bu Sari')}"
    for _ in range(3):
        assert (await get(site, f"/api/class/{GROUP}", authorization))[0] == 200
        assert (await get(site, "/api/me", authorization))[0] == 200
    asked = [c.params["chat_id"] for c in api.calls if c.method == "getChatAdministrators"]
    assert sorted(asked) == sorted({GROUP, OTHER_GROUP})
