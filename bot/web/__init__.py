"""The bot's own web server: the teacher's Mini App and its JSON API; never imports `telegram`."""
