"""Tests of the Bot API emulator, driven by the real python-telegram-bot client."""

from __future__ import annotations

import asyncio
import datetime as dtm
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MenuButtonWebApp,
    Update,
    WebAppInfo,
)
from telegram.error import (
    BadRequest,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, CommandHandler, ContextTypes

from .botapi import BOT_USERNAME, BotAPIEmulator

pytestmark = pytest.mark.asyncio

TOKEN = "123456:TEST-token"
STUDENT = 4242


@pytest.fixture(autouse=True)
def timedelta_periods(monkeypatch: pytest.MonkeyPatch) -> None:
    # Opt in to PTB's timedelta time periods, which PTB 22 otherwise warns about when it
    # builds RetryAfter (and filterwarnings=error turns that warning into the error).
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest_asyncio.fixture
async def api() -> AsyncIterator[BotAPIEmulator]:
    async with BotAPIEmulator(token=TOKEN) as emulator:
        yield emulator


@pytest_asyncio.fixture
async def bot(api: BotAPIEmulator) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=api.base_url) as client:
        yield client


def keyboard(*buttons: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(text, callback_data=data)] for text, data in buttons])


async def test_get_me_describes_the_bot(api: BotAPIEmulator, bot: Bot) -> None:
    me = await bot.get_me()

    assert (me.id, me.username, me.is_bot) == (123456, BOT_USERNAME, True)
    assert me.supports_inline_queries
    assert api.base_file_url.endswith("/file/bot")


async def test_html_message_with_buttons_is_recorded(api: BotAPIEmulator, bot: Bot) -> None:
    message = await bot.send_message(
        STUDENT,
        "<b>Halo</b> &lt;Ani&gt;!",
        parse_mode="HTML",
        reply_markup=keyboard(("Mulai", "quiz:start"), ("Bantuan", "help")),
    )

    assert message.text == "Halo <Ani>!"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [("bold", 0, 4)]
    [sent] = await api.wait_for_messages(STUDENT)
    assert sent.text == "<b>Halo</b> &lt;Ani&gt;!"
    assert sent.buttons == [[("Mulai", "quiz:start")], [("Bantuan", "help")]]
    assert sent.callback_data("Bantuan") == "help"
    assert api.messages(STUDENT) == [sent]


@pytest.mark.parametrize(
    "html",
    ["<b>unclosed", "<b>bad</i>", "<script>x</script>", "1 < 2", "<span>x</span>", "</b>"],
)
async def test_invalid_html_is_rejected(api: BotAPIEmulator, bot: Bot, html: str) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(STUDENT, html, parse_mode="HTML")

    assert api.sent == []
    assert api.calls[-1].status == 400


async def test_text_length_limits(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await bot.send_message(STUDENT, "<b> </b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(STUDENT, "x" * 4097)
    # The limit applies after entity parsing, so markup does not count.
    await bot.send_message(STUDENT, f"<i>{'x' * 4096}</i>", parse_mode="HTML")


async def test_callback_data_over_64_bytes_is_rejected(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(STUDENT, "Pilih", reply_markup=keyboard(("A", "é" * 33)))


async def test_long_polling_returns_a_pushed_update_and_confirms_by_offset(
    api: BotAPIEmulator, bot: Bot
) -> None:
    polling = asyncio.create_task(bot.get_updates(timeout=5))
    await api.wait_for_call("getUpdates")
    pushed = api.send_text("/start", user_id=STUDENT)

    [update] = await asyncio.wait_for(polling, timeout=1)

    assert update.update_id == pushed["update_id"]
    assert update.message.text == "/start"
    assert update.message.entities[0].type == "bot_command"
    assert [u.update_id for u in await bot.get_updates(timeout=0)] == [update.update_id]
    assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()
    assert api.updates_served == 1


async def test_pushing_an_update_again_delivers_it_twice(api: BotAPIEmulator, bot: Bot) -> None:
    pushed = api.press_button(api.send_text("hi", user_id=STUDENT), "unused", user_id=STUDENT)
    first = await bot.get_updates(timeout=0)
    await bot.get_updates(offset=first[-1].update_id + 1, timeout=0)

    api.push_update(pushed)

    [again] = await bot.get_updates(offset=first[-1].update_id + 1, timeout=0)
    assert again.update_id == pushed["update_id"]
    assert again.callback_query.data == "unused"


async def test_fail_next_429_raises_retry_after(api: BotAPIEmulator, bot: Bot) -> None:
    api.fail_next("sendMessage", retry_after=3)

    with pytest.raises(RetryAfter) as raised:
        await bot.send_message(STUDENT, "halo")

    assert raised.value.retry_after == dtm.timedelta(seconds=3)
    assert api.too_many_requests == 1
    await bot.send_message(STUDENT, "halo")  # only the next call fails
    assert len(api.sent) == 1


@pytest.mark.parametrize("status", [500, 502])
async def test_server_errors_raise_network_error(api: BotAPIEmulator, bot: Bot, status: int) -> None:
    api.fail_next("*", status=status)

    with pytest.raises(NetworkError) as raised:
        await bot.send_message(STUDENT, "halo")

    assert not isinstance(raised.value, BadRequest)
    assert api.sent == []


async def test_delay_next_makes_the_client_time_out(api: BotAPIEmulator, bot: Bot) -> None:
    api.delay_next("sendMessage", 0.3)

    with pytest.raises(TimedOut):
        await bot.send_message(STUDENT, "halo", read_timeout=0.05)

    # Like a slow real server, the request is still carried out.
    await api.wait_for_messages(STUDENT, timeout=1)


async def test_send_poll_returns_a_poll_with_a_fresh_id(api: BotAPIEmulator, bot: Bot) -> None:
    message = await bot.send_poll(
        STUDENT,
        "2 + 2 = ?",
        ["3", "4", "5"],
        type="quiz",
        correct_option_ids=[1],
        is_anonymous=False,
        explanation="<b>4</b>, tentu saja",
        explanation_parse_mode="HTML",
    )

    assert message.poll.id
    assert [option.text for option in message.poll.options] == ["3", "4", "5"]
    assert message.poll.explanation == "4, tentu saja"
    [sent] = await api.wait_for_messages(STUDENT)
    assert sent.poll is not None
    assert sent.poll["correct_option_ids"] == [1]

    api.poll_answer(message.poll.id, STUDENT, [1])
    stopped = await bot.stop_poll(STUDENT, message.message_id)
    assert stopped.is_closed
    assert stopped.options[1].voter_count == 1


async def test_send_poll_validates_like_telegram(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)poll must have"):
        await bot.send_poll(STUDENT, "Satu pilihan?", ["ya"])
    with pytest.raises(BadRequest, match=r"(?i)correct option"):
        await bot.send_poll(STUDENT, "Kuis?", ["a", "b"], type="quiz")


async def test_send_photo_upload_records_the_bytes(api: BotAPIEmulator, bot: Bot) -> None:
    image = b"\x89PNG\r\n\x1a\n" + bytes(range(256))

    message = await bot.send_photo(STUDENT, image, caption="<i>Grafik</i>", parse_mode="HTML")

    assert message.caption == "Grafik"
    assert message.photo[-1].file_size == len(image)
    [sent] = await api.wait_for_messages(STUDENT)
    assert sent.photo == image


async def test_enforced_limits_refuse_messages_over_30_per_second() -> None:
    async with (
        BotAPIEmulator(token=TOKEN, enforce_limits=True) as limited,
        Bot(TOKEN, base_url=limited.base_url) as client,
    ):
        results = await asyncio.gather(
            *(client.send_message(5000 + n, "halo") for n in range(40)),
            return_exceptions=True,
        )

    refused = [result for result in results if isinstance(result, RetryAfter)]
    assert len(refused) == 10
    assert all(error.retry_after >= dtm.timedelta(seconds=1) for error in refused)
    assert (limited.too_many_requests, len(limited.sent)) == (10, 30)


async def test_enforced_limits_allow_a_short_burst_per_private_chat() -> None:
    async with (
        BotAPIEmulator(token=TOKEN, enforce_limits=True) as limited,
        Bot(TOKEN, base_url=limited.base_url) as client,
    ):
        for _ in range(3):
            await client.send_message(STUDENT, "halo")
        with pytest.raises(RetryAfter):
            await client.send_message(STUDENT, "halo")


async def test_wrong_token_is_rejected(api: BotAPIEmulator) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("999:WRONG-token", base_url=api.base_url):
            pass


async def test_unknown_method_is_not_found(bot: Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy")


async def test_chat_member_status_comes_from_the_table(api: BotAPIEmulator, bot: Bot) -> None:
    group = -100777
    api.set_member_status(group, STUDENT, "administrator")

    admin = await bot.get_chat_member(group, STUDENT)
    regular = await bot.get_chat_member(group, STUDENT + 1)

    assert (admin.status, regular.status) == ("administrator", "member")
    assert [m.user.id for m in await bot.get_chat_administrators(group)] == [STUDENT]


async def test_web_app_menu_and_buttons_only_in_private_chats(api: BotAPIEmulator, bot: Bot) -> None:
    app = WebAppInfo(url="https://example.org/app")
    assert await bot.set_chat_menu_button(STUDENT, MenuButtonWebApp("Dasbor", app))
    assert api.menu_button(STUDENT) == {
        "type": "web_app",
        "text": "Dasbor",
        "web_app": {"url": "https://example.org/app"},
    }
    assert api.menu_button(STUDENT + 1) == {"type": "commands"}
    with pytest.raises(BadRequest):
        await bot.set_chat_menu_button(-100123, MenuButtonWebApp("Dasbor", app))
    button = InlineKeyboardMarkup([[InlineKeyboardButton("Dasbor", web_app=app)]])
    await bot.send_message(STUDENT, "buka", reply_markup=button)
    with pytest.raises(BadRequest, match=r"(?i)button_type_invalid"):
        await bot.send_message(-100123, "buka", reply_markup=button)


async def test_wait_for_messages_explains_what_was_sent(api: BotAPIEmulator, bot: Bot) -> None:
    await bot.send_message(STUDENT, "satu")

    with pytest.raises(AssertionError, match="'satu'"):
        await api.wait_for_messages(STUDENT, count=2, timeout=0.05)


async def test_factory_updates_deserialize_in_ptb(api: BotAPIEmulator, bot: Bot) -> None:
    sent = await bot.send_poll(STUDENT, "Siap?", ["ya", "tidak"], is_anonymous=False)
    text = api.send_text(f"/start@{BOT_USERNAME} halo", chat_type="supergroup", chat_title="Kelas 7")
    updates = [
        text,
        api.edit_text(text, "diubah"),
        api.send_sticker(user_id=STUDENT),
        api.send_photo_message("foto", user_id=STUDENT),
        api.send_location(user_id=STUDENT),
        api.send_voice(user_id=STUDENT),
        api.press_button(sent.message_id, "x", chat_id=STUDENT),
        api.inline_query("pecahan", user_id=STUDENT),
        api.poll_answer(sent.poll.id, STUDENT, [0]),
        api.bot_added_to_group(-100555, title="Kelas 8"),
    ]

    parsed = [Update.de_json(update, bot) for update in updates]

    assert parsed[0].effective_chat.title == "Kelas 7"
    assert [e.type for e in parsed[0].message.entities] == ["bot_command"]
    assert parsed[1].edited_message.text == "diubah"
    assert parsed[6].callback_query.message.poll.question == "Siap?"
    assert parsed[9].my_chat_member.new_chat_member.status == "member"
    assert all(update.effective_user is not None for update in parsed)


async def test_application_round_trip(api: BotAPIEmulator) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text("Pilih:", reply_markup=keyboard(("A", "pick:a")))

    async def pick(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        await query.answer("Tersimpan")
        await query.edit_message_text(f"Kamu memilih {query.data}")

    app = ApplicationBuilder().token(TOKEN).base_url(api.base_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pick))
    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            api.send_text("/start", user_id=STUDENT)
            [menu] = await api.wait_for_messages(STUDENT)
            api.press_button(menu, menu.callback_data("A"), user_id=STUDENT)
            [edited] = await api.wait_for_messages(STUDENT)
        finally:
            await app.updater.stop()
            await app.stop()

    assert edited.is_edit
    assert edited.text == "Kamu memilih pick:a"
    assert edited.buttons == []
    assert [answer.text for answer in api.callback_answers] == ["Tersimpan"]
    assert len(api.reply_latencies()) == 2


async def test_a_poll_closes_when_its_open_period_ends_and_the_bot_hears_of_it(
    api: BotAPIEmulator, bot: Bot
) -> None:
    message = await bot.send_poll(
        -100777, "Cepat?", ["ya", "tidak"], type="quiz", correct_option_ids=[0], is_anonymous=False,
        open_period=5,
    )  # fmt: skip
    api.poll_answer(message.poll.id, STUDENT, [0])
    await asyncio.sleep(4.8)
    assert api.poll_is_open(message.poll.id)
    await asyncio.sleep(0.4)
    assert not api.poll_is_open(message.poll.id)
    with pytest.raises(ValueError, match="closed"):
        api.poll_answer(message.poll.id, STUDENT + 1, [1])
    updates = await bot.get_updates(timeout=0)
    polls = [u.poll for u in updates if u.poll is not None]
    assert [(p.id, p.is_closed, p.total_voter_count) for p in polls] == [
        (message.poll.id, False, 1),
        (message.poll.id, True, 1),
    ]
    assert polls[-1].question == "Cepat?"


async def test_hold_response_next_carries_the_call_out_but_the_client_times_out(
    api: BotAPIEmulator, bot: Bot
) -> None:
    api.hold_response_next("sendMessage", 0.5)

    with pytest.raises(TimedOut):
        await bot.send_message(STUDENT, "halo", read_timeout=0.05)

    assert [m.text for m in api.sent] == ["halo"]  # already there when the client gave up


async def test_a_removed_bot_hears_of_it_and_is_refused_in_that_group(api: BotAPIEmulator, bot: Bot) -> None:
    api.bot_added_to_group(-100888)
    api.remove_bot_from_group(-100888)
    updates = await bot.get_updates(timeout=0)
    assert updates[-1].my_chat_member.new_chat_member.status == "kicked"
    with pytest.raises(Forbidden, match="kicked"):
        await bot.send_message(-100888, "halo")
    await bot.send_message(-100999, "grup lain")


async def test_webhooks_go_to_the_instances_in_turn_and_skip_one_that_is_down(api: BotAPIEmulator, bot: Bot):
    from aiohttp import web

    received: dict[str, list[tuple[int, str | None]]] = {"a": [], "b": []}

    def instance(name: str) -> web.Application:
        async def take(request: web.Request) -> web.Response:
            update = await request.json()
            received[name].append(
                (update["update_id"], request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
            )
            return web.Response()

        app = web.Application()
        app.router.add_post("/hook", take)
        return app

    runners = []
    targets = []
    for name in ("a", "b"):
        runner = web.AppRunner(instance(name))
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        runners.append(runner)
        targets.append(f"http://127.0.0.1:{runner.addresses[0][1]}/hook")
    api.allow_http_webhook = True
    api.deliver_webhooks([*targets, "http://127.0.0.1:9/hook"], connections=1, retry_delay=0.01)
    try:
        await bot.set_webhook("https://bot.example.org/hook", secret_token="s3cret")
        for n in range(6):
            api.send_text(f"pesan {n}", user_id=STUDENT)
        for _ in range(200):
            if len(received["a"]) + len(received["b"]) == 6:
                break
            await asyncio.sleep(0.02)
    finally:
        for runner in runners:
            await runner.cleanup()

    delivered = sorted(received["a"] + received["b"])
    assert [update_id for update_id, _ in delivered] == [1, 2, 3, 4, 5, 6]
    assert {secret for _, secret in delivered} == {"s3cret"}
    assert len(received["a"]) >= 2
    assert len(received["b"]) >= 2
    refused = [d for d in api.webhook_deliveries if d[0].startswith("http://127.0.0.1:9/")]
    assert refused
    assert {status for *_, status in refused} == {0}
