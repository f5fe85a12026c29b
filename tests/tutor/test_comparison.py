"""The comparison flow: choose kinds, read them side by side, drill in, then guess the kind."""

from __future__ import annotations

import io

from PIL import Image

from bot.tutor import Tutor, Who

CHAT = 7
WHO = Who(CHAT, CHAT, "Siswa")


async def test_question_naming_two_kinds_goes_straight_to_the_summary(tutor: Tutor):
    [summary] = await tutor.ask(CHAT, "bedanya bilateral sama multilateral apa?")
    assert "Bilateral" in summary.text
    assert "Multilateral" in summary.text
    assert "Regional" not in summary.text
    assert summary.picture is not None
    image = Image.open(io.BytesIO(summary.picture.png))
    assert image.width == 1080
    assert image.height > 600
    assert "🎯 Tebak jenisnya" in [b.label for b in summary.button_list]


async def test_pick_toggle_then_compare(tutor: Tutor):
    [picker] = tutor.compare()
    assert [b.label for b in picker.button_list] == [
        "Bilateral",
        "Regional",
        "Multilateral",
        "Bandingkan ▶️",
    ]
    [picker] = await tutor.press(WHO, picker.button_list[0].data)
    assert picker.edit
    assert picker.button_list[0].label == "✅ Bilateral"
    [too_few] = await tutor.press(WHO, picker.button_list[-1].data)
    assert too_few.text == tutor.messages.compare_need_two
    [picker] = await tutor.press(WHO, picker.button_list[1].data)
    [summary] = await tutor.press(WHO, picker.button_list[-1].data)
    assert "Bilateral" in summary.text
    assert "Regional" in summary.text


async def test_drill_into_an_aspect(tutor: Tutor, content):
    [summary] = tutor.compare(["bilateral", "regional", "multilateral"])
    challenge = next(b for b in summary.button_list if b.data.endswith(":tantangan"))
    [aspect] = await tutor.press(WHO, challenge.data)
    for concept in ("bilateral", "regional", "multilateral"):
        assert content.comparison.table[concept]["tantangan"].split()[0] in aspect.text
    assert "📊 Ringkasan" in [b.label for b in aspect.button_list]


async def test_guess_the_kind_three_rounds_with_feedback(tutor: Tutor, content):
    [summary] = tutor.compare(["bilateral", "regional"])
    start = next(b for b in summary.button_list if b.label == "🎯 Tebak jenisnya")
    _intro, question = await tutor.press(WHO, start.data)
    right = 0
    for round_number in range(1, 4):
        assert question.text.startswith(f"<b>{round_number}/3</b>")
        choice = question.button_list[round_number % 3]
        _, _, numbers, position, _, _ = choice.data.split(":")
        scenario = content.comparison.scenarios[int(numbers.split(".")[int(position)])]
        assert scenario.text in question.text
        feedback, question = await tutor.press(WHO, choice.data)
        assert feedback.edit
        assert scenario.explanation in feedback.text
        assert ("✅" in feedback.text) == (choice.label.lower() == scenario.answer)
        right += choice.label.lower() == scenario.answer
    assert f"{right}/3" in question.text
    assert "🔁 Main lagi" in [b.label for b in question.button_list]


async def test_kinds_named_in_any_order_give_the_same_table(tutor: Tutor):
    [named] = await tutor.ask(CHAT, "bandingkan multilateral, regional dan bilateral")
    [picked] = tutor.compare(["bilateral", "regional", "multilateral"])
    assert named.text == picked.text
    assert named.picture == picked.picture
    assert named.text.index("Bilateral") < named.text.index("Regional") < named.text.index("Multilateral")
