"""Who may run a group's teacher commands: its Telegram administrators, asked of Telegram itself."""

from __future__ import annotations

from telegram import Bot
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError


async def is_group_admin(bot: Bot, chat_id: int, user_id: int) -> bool:
    try:
        member = await bot.get_chat_member(chat_id, user_id)
    except TelegramError:
        return False
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)
