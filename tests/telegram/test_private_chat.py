"""A student in a private chat, end to end: real Application, HTTP, the Bot API emulator."""

from __future__ import annotations

from bot.store import Stores
from tests.telegram.conftest import ADMIN_ID, Student


async def test_start_shows_the_menu_and_commands_are_registered(student: Student, api, content):
    [welcome] = await student.says("/start")
    assert "Tutor Kerja Sama Internasional" in welcome.text
    assert welcome.button_texts == ["📚 Topik", "📝 Kuis", "⚖️ Bandingkan", "❓ Bantuan"]
    menus = content.messages.commands
    private = api.bot_commands({"type": "all_private_chats"})
    assert [(c["command"], c["description"]) for c in private] == list(menus.private.items())
    group = api.bot_commands({"type": "all_group_chats"})
    assert [(c["command"], c["description"]) for c in group] == list(menus.group.items())


async def test_every_command_in_the_menus_is_understood(api, running, content):
    commands = content.messages.commands.names()
    students = [Student(api, user_id=2000 + n, chat_id=2000 + n) for n in range(len(commands))]
    for student, command in zip(students, commands, strict=True):
        api.send_text(f"/{command}", **student.sender)
    for student, command in zip(students, commands, strict=True):
        [reply, *_] = await api.wait_for_messages(student.chat_id, 1, timeout=student.patience)
        assert reply.text != content.messages.unknown_command, command


async def test_a_long_answer_continues_after_selengkapnya(student: Student, content):
    intent = content.intents["org_pbb"]
    [answer] = await student.says("PBB itu apa")
    assert answer.text == intent.answer
    assert answer.button_texts[0] == "📖 Selengkapnya"
    [rest] = await student.taps(answer, "📖 Selengkapnya")
    assert rest.text == intent.more
    assert rest.button_texts == [content.intents[i].title for i in intent.related]


async def test_deep_link_opens_the_comparison(student: Student):
    [picker] = await student.says("/start banding")
    assert "Bandingkan ▶️" in picker.button_texts


async def test_question_with_a_typo_then_a_follow_up_button(student: Student, content):
    [answer] = await student.says("bilateal itu apaan sih")
    assert answer.text == content.intents["bilateral_definisi"].answer
    assert answer.parse_mode == "HTML"
    [more] = await student.taps(answer, content.intents["bilateral_contoh"].title)
    assert more.text == content.intents["bilateral_contoh"].answer


async def test_unsure_question_is_clarified_with_a_tap(student: Student, content):
    [question] = await student.says("contohnya apa aja")
    assert question.text == content.messages.clarify
    titles = {i.title: i for i in content.intents.values()}
    assert 2 <= len(question.button_texts) <= 3
    chosen = question.button_texts[0]
    [answer] = await student.taps(question, chosen)
    assert answer.text == titles[chosen].answer


async def test_out_of_scope_is_answered_kindly_and_reaches_the_admin(api, running, content):
    student = Student(api, user_id=1002, chat_id=1002)
    [reply] = await student.says("resep rendang gimana")
    assert reply.text == content.messages.fallback
    assert len(reply.button_texts) == len(content.messages.suggestions)
    [refused] = await student.says("/belumterjawab")
    assert refused.text == content.messages.admin_only
    admin = Student(api, user_id=ADMIN_ID, chat_id=ADMIN_ID)
    [report] = await admin.says("/belumterjawab")
    assert "resep rendang gimana" in report.text


async def test_the_whole_comparison_flow(student: Student, content):
    photo, summary = await student.says("bedanya bilateral sama multilateral apa", replies=2)
    assert photo.method == "sendPhoto"
    assert photo.photo[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Bilateral" in summary.text
    assert "Multilateral" in summary.text
    challenge = next(label for label in summary.button_texts if label == "Tantangan")
    [aspect] = await student.taps(summary, challenge)
    assert content.comparison.table["bilateral"]["tantangan"] in aspect.text.replace("&amp;", "&")
    intro, scenario = await student.taps(aspect, "🎯 Tebak jenisnya", replies=2)
    assert intro.text == content.messages.compare_guess_intro
    for round_number in (1, 2, 3):
        assert f"{round_number}/3" in scenario.text
        feedback, scenario = await student.taps(scenario, "Regional", replies=2)
        assert feedback.is_edit
        assert "✅" in feedback.text or "❌" in feedback.text
    assert "/3" in scenario.text
    assert "🔁 Main lagi" in scenario.button_texts


async def test_picker_toggles_in_place(student: Student):
    [picker] = await student.says("/banding")
    [edited] = await student.taps(picker, "Bilateral")
    assert edited.is_edit
    assert edited.message_id == picker.message_id
    assert "✅ Bilateral" in edited.button_texts


async def test_non_text_edits_and_unknown_commands_get_a_hint(api, student: Student, content):
    api.send_sticker(**student.sender)
    [hint] = await api.wait_for_messages(student.chat_id)
    assert hint.text == content.messages.not_text
    for send in (api.send_photo_message, api.send_voice, api.send_location):
        send(**student.sender)
        [hint] = await api.wait_for_messages(student.chat_id)
        assert hint.text == content.messages.not_text
    [_answer] = await student.says("apa itu asean")
    api.edit_text(api.updates[-1].update["message"], "apa itu wto", chat_id=student.chat_id)
    [edited] = await api.wait_for_messages(student.chat_id)
    assert edited.text == content.messages.edited
    [unknown] = await student.says("/entahlah")
    assert unknown.text == content.messages.unknown_command


async def test_bad_input_is_normal_input(student: Student, content):
    [empty] = await student.says("🙂🙂🙂")
    assert empty.text == content.messages.no_words
    [long] = await student.says("a" * 4096)
    assert long.text == content.messages.too_long
    [html] = await student.says("<b>apa</b> itu <script>bilateral</script> & lain")
    assert html.text


async def test_stale_and_forged_buttons_are_answered_politely(api, student: Student, content):
    [help_text] = await student.says("/help")  # no keyboard: any payload can be forged onto it
    for forged in ("cs:xyz", "i:dihapus_guru", "ga:br:99.1.2:0:0:b"):
        api.press_button(help_text, forged, user_id=student.user_id)
        [reply] = await api.wait_for_messages(student.chat_id)
        assert reply.text == content.messages.stale_button
    assert len(api.callback_answers) == 3


async def test_inline_lookup(api, running, content):
    api.inline_query("fungsi kedutaan", user_id=1003)
    await api.wait_for_call("answerInlineQuery")
    [answer] = api.inline_answers
    assert 1 <= len(answer.results) <= 10
    first = answer.results[0]
    assert first["title"] == content.intents["vcdr_fungsi_misi"].title
    assert first["input_message_content"]["message_text"] == content.intents["vcdr_fungsi_misi"].answer
    assert answer.cache_time == 300
    api.inline_query("", user_id=1003)
    await api.wait_for_call(
        "answerInlineQuery",
        predicate=lambda call: call is not api.calls[0] and len(api.inline_answers) == 2,
    )
    assert 1 <= len(api.inline_answers[-1].results) <= 10


async def test_unanswered_report_of_long_questions_fits_one_message(api, running, db, content):
    unanswered = Stores.on(db).unanswered
    for n in range(25):
        question = f"pertanyaan {n} " + "<panjang> & " * 60
        await unanswered.record(question, f"q{n}")
    admin = Student(api, user_id=ADMIN_ID, chat_id=ADMIN_ID)
    [report] = await admin.says("/belumterjawab")
    assert report.text.startswith(content.messages.unanswered_title)
    assert len(report.message["text"]) <= 4096
    assert report.text.count("…") == 20  # each question cut, the twenty most frequent shown


async def test_fast_inline_typing_does_not_mute_a_student(api, running, content):
    typed = "apa itu kerja sama regional"
    for end in range(1, len(typed) + 1):
        api.inline_query(typed[:end], user_id=1004)
    for _ in typed:
        await api.wait_for_call("answerInlineQuery", timeout=10)
    for n in range(25):  # results picked, when inline feedback is on in @BotFather
        chosen = {"result_id": "org_asean", "from": {"id": 1004, "is_bot": False, "first_name": "S"}}
        api.push_update({"chosen_inline_result": {**chosen, "query": typed[:n]}})
    [answer] = await Student(api, user_id=1004, chat_id=1004).says("apa itu asean")
    assert answer.text == content.intents["org_asean"].answer
