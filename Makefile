# Two commands for a newcomer: `make run` (the tutor) and `make test` (the whole suite).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: run chat test lint check eval bench clean

$(BIN)/tutorbot: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	touch $@

# The Telegram bot when a token is configured; otherwise the same tutor in this terminal.
run: $(BIN)/tutorbot
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ] || grep -qs '^TELEGRAM_BOT_TOKEN=..*' .env; then \
		$(BIN)/tutorbot run; \
	else \
		echo "No TELEGRAM_BOT_TOKEN set: starting the terminal chat (see README to run on Telegram)."; \
		$(BIN)/tutorbot chat; \
	fi

chat: $(BIN)/tutorbot
	$(BIN)/tutorbot chat

lint: $(BIN)/tutorbot
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: $(BIN)/tutorbot
	$(BIN)/tutorbot check

test: lint check
	$(BIN)/python -m pytest

eval: $(BIN)/tutorbot
	$(BIN)/tutorbot eval tests/data/dev.jsonl

# Scripts that print figures (see benchmarks/RESULTS.md); a few minutes in all.
bench: $(BIN)/tutorbot
	$(BIN)/python benchmarks/bench_matcher.py
	$(BIN)/python benchmarks/bench_baselines.py
	$(BIN)/python benchmarks/bench_accuracy.py
	$(BIN)/python benchmarks/bench_scale.py
	$(BIN)/python benchmarks/bench_telegram.py
	$(BIN)/python benchmarks/bench_scoring.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache .hypothesis
