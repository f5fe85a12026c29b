"""Thin adapters between Telegram and the tutor: the only package that imports `telegram`."""

import os

# Opt in to PTB's timedelta time periods (the v22.2 migration); without it every RetryAfter
# and every poll's open_period raises a deprecation warning.
os.environ.setdefault("PTB_TIMEDELTA", "true")
