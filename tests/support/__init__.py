"""Shared test infrastructure: the local Telegram Bot API emulator and its helpers."""
