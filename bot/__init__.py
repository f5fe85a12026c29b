"""tutorbot: a Telegram tutor on bilateral, regional and multilateral cooperation."""
