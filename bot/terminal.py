"""`tutorbot chat`: the same tutor in a terminal; buttons become numbered choices."""

from __future__ import annotations

import asyncio
import html
import re
from pathlib import Path

from bot.settings import Settings
from bot.store import Database
from bot.tutor import Button, Reply, Tutor, Who
from bot.tutor.build import build_tutor

_TAG = re.compile(r"<[^>]+>")
YOU = Who(chat_id=0, user_id=0, name="Kamu")  # the terminal is one private chat
PICTURES = Path("data/pictures")


def plain(text: str) -> str:
    """Telegram HTML as terminal text: tags dropped, entities decoded."""
    return html.unescape(_TAG.sub("", text))


def show(replies: list[Reply]) -> list[Button]:
    """Print replies; return the buttons of the last one that has any, numbered from 1."""
    buttons: list[Button] = []
    for reply in replies:
        print()
        print(plain(reply.text))
        if reply.picture:
            PICTURES.mkdir(parents=True, exist_ok=True)
            path = PICTURES / reply.picture.name
            path.write_bytes(reply.picture.png)
            print(f"[gambar: {path}]")
        if reply.buttons:
            buttons = reply.button_list
            for number, button in enumerate(buttons, 1):
                print(f"  {number}. {button.label}")
    return buttons


async def respond(tutor: Tutor, line: str, buttons: list[Button]) -> list[Reply]:
    command, _, rest = line.partition(" ")
    if line.isdigit() and 1 <= int(line) <= len(buttons):
        return await tutor.press(YOU, buttons[int(line) - 1].data)
    commands = {
        "/start": lambda: tutor.welcome(None, rest or None),
        "/help": tutor.help,
        "/topik": tutor.topics,
        "/banding": tutor.compare,
    }
    quiz = {"/kuis": tutor.start_quiz, "/ulang": tutor.review, "/skor": tutor.progress}
    if command in commands:
        return commands[command]()
    if command in quiz:
        return await quiz[command](YOU)
    if command == "/tanya":
        return await tutor.ask(YOU.chat_id, rest) if rest.strip() else [Reply(tutor.messages.ask_usage)]
    if command.startswith("/"):
        return [Reply(tutor.messages.unknown_command)]
    return await tutor.ask(YOU.chat_id, line)


async def chat(settings: Settings) -> int:
    db = await Database(settings.database_url).open()
    try:
        tutor = build_tutor(settings.content_dir, db)
        print("Tutor kerja sama internasional — ketik pertanyaan, angka untuk memilih, Ctrl-D untuk keluar.")
        buttons = show(tutor.welcome())
        while True:
            try:
                line = (await asyncio.to_thread(input, "\n> ")).strip()
            except EOFError:
                print()
                return 0
            buttons = show(await respond(tutor, line, buttons)) or buttons
    finally:
        await db.close()
