"""The bot's Prometheus metrics, one module-level object each. Labels are low-cardinality kinds
(update type, Bot API method, outcome): never a user or chat id."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

UPDATES = Counter("tutorbot_updates", "Updates received from Telegram, by type", ["type"])
UPDATE_SECONDS = Histogram(
    "tutorbot_update_seconds",
    "From receiving an update to the end of its handling, replies sent",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
QUESTIONS = Counter(
    "tutorbot_questions", "Questions by outcome", ["outcome"]
)  # answered/clarified/unanswered
BOT_API_REQUESTS = Counter("tutorbot_bot_api_requests", "Requests to the Bot API, by method", ["method"])
FLOOD_WAITS = Counter("tutorbot_flood_waits", "429 Too Many Requests answers from Telegram")
RETRIES = Counter("tutorbot_retries", "Bot API requests sent again, by reason", ["reason"])
TOURNAMENTS_RUNNING = Gauge("tutorbot_tournaments_running", "Group tournaments this instance is running")
DB_POOL = Gauge("tutorbot_db_pool_connections", "Database connections in the pool, by state", ["state"])
