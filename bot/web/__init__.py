"""The bot's own web server: the teacher's Mini App and its JSON API; never imports `telegram`."""

from bot.web.server import WebServer, build_web_app

__all__ = ["WebServer", "build_web_app"]
