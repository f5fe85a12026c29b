"""Conversations with the tutor, as a student would have them (no Telegram involved)."""

from __future__ import annotations

from prometheus_client import REGISTRY

from bot.tutor import Tutor, Who

CHAT = 42
WHO = Who(CHAT, CHAT, "Siswa")


def labels(reply) -> list[str]:
    return [b.label for b in reply.button_list]


async def test_question_gets_answer_with_follow_up_buttons(tutor: Tutor, content):
    [reply] = await tutor.ask(CHAT, "bilateral itu apa sih")
    assert reply.text == content.intents["bilateral_definisi"].answer
    related = [content.intents[i].title for i in content.intents["bilateral_definisi"].related]
    assert labels(reply) == related


async def test_short_follow_ups_use_the_previous_topic(tutor: Tutor, content):
    await tutor.ask(CHAT, "apa manfaat kerja sama bilateral")
    [reply] = await tutor.ask(CHAT, "kalau regional?")
    assert reply.text == content.intents["regional_manfaat"].answer
    [reply] = await tutor.ask(CHAT, "contohnya?")
    assert reply.text == content.intents["regional_contoh"].answer
    [reply] = await tutor.ask(CHAT, "jelaskan lagi")
    assert reply.text == content.intents["regional_contoh"].answer
    [reply] = await tutor.ask(CHAT, "kalo multilateral?")
    assert reply.text == content.intents["multilateral_contoh"].answer
    [reply] = await tutor.ask(CHAT, "manfaatnya apa?")
    assert reply.text == content.intents["multilateral_manfaat"].answer
    [reply] = await tutor.ask(CHAT, "apa itu bilateral")  # a new question, not a follow-up
    assert reply.text == content.intents["bilateral_definisi"].answer
    [reply] = await tutor.ask(CHAT, "yg regional?")  # "the regional one": the same aspect, too
    assert reply.text == content.intents["regional_definisi"].answer
    await tutor.ask(CHAT, "contoh bilateral apa")
    [reply] = await tutor.ask(CHAT, "yg multilateral?")
    assert reply.text == content.intents["multilateral_contoh"].answer
    [reply] = await tutor.ask(CHAT, "multilateral")  # the kind alone is a new question
    assert reply.text == content.intents["multilateral_definisi"].answer


async def test_follow_ups_belong_to_one_chat(tutor: Tutor):
    await tutor.ask(CHAT, "apa manfaat kerja sama bilateral")
    [reply] = await tutor.ask(CHAT + 1, "kalau regional?")
    assert reply.text != tutor.content.intents["regional_manfaat"].answer


async def test_full_question_after_an_answer_is_not_a_follow_up(tutor: Tutor, content):
    await tutor.ask(CHAT, "apa manfaat kerja sama bilateral")
    [reply] = await tutor.ask(CHAT, "wto singkatan dari apa")
    assert reply.text == content.intents["org_wto"].answer


async def test_unsure_question_offers_choices(tutor: Tutor):
    [reply] = await tutor.ask(CHAT, "contohnya apa aja")
    assert reply.text == tutor.messages.clarify
    assert all(b.data.startswith("i:") for b in reply.button_list)
    [answer] = await tutor.press(WHO, reply.button_list[0].data)
    assert answer.text == tutor.content.intents[reply.button_list[0].data[2:]].answer


async def test_out_of_scope_is_kind_and_recorded(tutor: Tutor):
    [reply] = await tutor.ask(CHAT, "resep nasi goreng dong")
    assert reply.text == tutor.messages.fallback
    assert len(reply.button_list) == len(tutor.messages.suggestions)
    await tutor.ask(CHAT, "Resep nasi goreng dong!!")
    [report] = await tutor.unanswered_report(WHO)
    assert "Resep nasi goreng dong!!" in report.text
    assert "(2×)" in report.text


async def test_bad_input_gets_a_polite_reply(tutor: Tutor):
    assert (await tutor.ask(CHAT, "   "))[0].text == tutor.messages.empty
    assert (await tutor.ask(CHAT, "🙂🙂🙂"))[0].text == tutor.messages.no_words
    assert (await tutor.ask(CHAT, "a" * 4096))[0].text == tutor.messages.too_long
    [reply] = await tutor.ask(CHAT, "<script>alert(1)</script>")
    assert "<script>" not in reply.text


async def test_echoed_user_text_is_escaped(tutor: Tutor):
    await tutor.ask(CHAT, "<b>apa</b> & <i>pantun</i>")
    [report] = await tutor.unanswered_report(WHO)
    assert "&lt;b&gt;apa&lt;/b&gt; &amp; &lt;i&gt;pantun&lt;/i&gt;" in report.text


async def test_stale_and_forged_buttons(tutor: Tutor):
    for data in ("", "i:tidak_ada", "zz:1", "ca:bx:definisi", "ga:br:1.2:9:0:b", "ga:br:x", "cs"):
        [reply] = await tutor.press(WHO, data)
        assert reply.text == tutor.messages.stale_button, data


async def test_topics_browse_to_any_answer(tutor: Tutor, content):
    [menu] = tutor.topics()
    assert labels(menu) == [g.title for g in content.groups]
    [group] = await tutor.press(WHO, menu.button_list[1].data)
    assert group.edit
    intents = content.intents_in(content.groups[1].id)
    assert labels(group)[: len(intents)] == [i.title for i in intents]
    [answer] = await tutor.press(WHO, group.button_list[0].data)
    assert answer.text == intents[0].answer


def test_inline_search(tutor: Tutor, content):
    found = tutor.search("fungsi kedutaan")
    assert found[0].id == "vcdr_fungsi_misi"
    assert found[0].text == content.intents["vcdr_fungsi_misi"].answer
    assert 1 <= len(tutor.search("")) <= 10
    assert tutor.search("asdfghjkl qwerty") == []


async def test_a_long_topic_keeps_the_rest_behind_selengkapnya(tutor: Tutor, content):
    intent = content.intents["vcdr_definisi"]
    [reply] = await tutor.ask(CHAT, "konvensi wina 1961 itu apa")
    assert reply.text == intent.answer
    assert labels(reply) == ["📖 Selengkapnya"] + [content.intents[i].title for i in intent.related]
    [rest] = await tutor.press(WHO, reply.button_list[0].data)
    assert rest.text == intent.more
    assert "persona non grata" in rest.text
    assert labels(rest) == [content.intents[i].title for i in intent.related]
    [again] = await tutor.press(WHO, reply.button_list[0].data)  # a second tap is answered the same
    assert again.text == intent.more
    [reply] = await tutor.ask(CHAT, "jelaskan lagi")  # the topic is still the convention
    assert reply.text == intent.answer


async def test_an_answer_without_more_has_no_selengkapnya_and_a_forged_one_is_stale(tutor: Tutor):
    [reply] = await tutor.ask(CHAT, "bilateral itu apa sih")
    assert "📖 Selengkapnya" not in labels(reply)
    [rest] = await tutor.press(WHO, "im:bilateral_definisi")  # no more to show: the answer itself
    assert rest.text == tutor.content.intents["bilateral_definisi"].answer
    for forged in ("im:", "im:tidak_ada"):
        [stale] = await tutor.press(WHO, forged)
        assert stale.text == tutor.messages.stale_button


def test_an_inline_result_carries_the_whole_topic(tutor: Tutor, content):
    intent = content.intents["org_pbb"]
    [found] = [a for a in tutor.search("pbb markasnya di mana") if a.id == "org_pbb"]
    assert found.text == f"{intent.answer}\n\n{intent.more}"


async def test_each_question_is_counted_by_its_outcome(tutor):
    def count(outcome: str) -> float:
        return REGISTRY.get_sample_value("tutorbot_questions_total", {"outcome": outcome}) or 0.0

    before = {o: count(o) for o in ("answered", "clarified", "unanswered")}
    await tutor.ask(1, "apa itu kerja sama bilateral")
    await tutor.ask(1, "resep rendang gimana")
    assert count("answered") == before["answered"] + 1
    assert count("unanswered") == before["unanswered"] + 1
    assert count("clarified") == before["clarified"]


async def test_a_greeting_or_goodbye_around_a_remark_about_oneself_is_that_small_talk(tutor: Tutor, content):
    greeting, goodbye = content.intents["sapaan"].answer, content.intents["pamit"].answer
    [reply] = await tutor.ask(CHAT, "halo min aku murid baru paket c")
    assert reply.text == greeting
    [reply] = await tutor.ask(CHAT, "salam bot, aku dari pontianak")
    assert reply.text == greeting
    [reply] = await tutor.ask(CHAT, "mau jemput anak majikan dulu dadah")
    assert reply.text == goodbye
    # A question after the greeting is no remark: it is not answered with a greeting.
    [reply] = await tutor.ask(CHAT, "halo kak aku mau nanya rumus luas lingkaran berapa")
    assert reply.text != greeting


async def test_calling_the_bot_alone_greets_and_before_anything_else_only_calls(tutor: Tutor, content):
    greeting, goodbye = content.intents["sapaan"].answer, content.intents["pamit"].answer
    for call in ("kak", "min", "bot"):
        [reply] = await tutor.ask(CHAT, call)
        assert reply.text == greeting
    [reply] = await tutor.ask(CHAT, "da da")
    assert reply.text == goodbye
    # Before a remark or a question, calling is no greeting: the rest is read for itself.
    [reply] = await tutor.ask(CHAT, "kak aku lagi galau nih")
    assert reply.text != greeting
    [reply] = await tutor.ask(CHAT, "bot ini bisa dipakai anak saya untuk apa saja?")
    assert reply.text == content.intents["bantuan"].answer
    [reply] = await tutor.ask(CHAT, "bot, buatin puisi tentang ibu")
    assert reply.text != greeting


async def test_good_evening_or_a_salam_after_thanks_takes_leave(tutor: Tutor, content):
    greeting, goodbye = content.intents["sapaan"].answer, content.intents["pamit"].answer
    [reply] = await tutor.ask(CHAT, "Selamat malam, saya orang tua murid")
    assert reply.text == greeting
    await tutor.ask(CHAT, "apa itu kerja sama multilateral")
    await tutor.ask(CHAT, "Terima kasih banyak")
    [reply] = await tutor.ask(CHAT, "Selamat malam")
    assert reply.text == goodbye
    await tutor.ask(CHAT, "syukron kak")
    [reply] = await tutor.ask(CHAT, "assalamualaikum")  # the salam is said on leaving too
    assert reply.text == goodbye
    await tutor.ask(CHAT, "Terima kasih, penjelasannya jelas.")
    [reply] = await tutor.ask(CHAT, "Saya permisi.")  # excuse me: leaving, not asking
    assert reply.text == goodbye


async def test_emoji_sent_alone_are_read_as_the_words_they_stand_for(tutor: Tutor, content):
    [reply] = await tutor.ask(CHAT, "pagi kak 🙏")  # beside words it only colours them
    assert reply.text == content.intents["sapaan"].answer
    await tutor.ask(CHAT, "apa itu kerja sama bilateral")
    [reply] = await tutor.ask(CHAT, "🙏🙏")
    assert reply.text == content.intents["terima_kasih"].answer
    [reply] = await tutor.ask(CHAT, "🙂🙂🙂")  # an emoji the lexicon does not read
    assert reply.text == content.messages.no_words


async def test_who_leads_the_un_is_in_the_answer_itself_not_behind_a_button(tutor: Tutor):
    [reply] = await tutor.ask(CHAT, "sekjen PBB sekarang siapa")
    assert "Guterres" in reply.text
