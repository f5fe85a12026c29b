# Two commands for a newcomer: `make run` (the tutor) and `make test` (the whole suite).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
UV_VERSION = 0.13.9

.PHONY: run chat test lint check eval bench lock clean system-packages

# Debian packages: fonts that draw any student's name and FriBiDi for Pillow's Arabic shaping
# (README, Licences), and Chromium for the dashboard's browser tests (Playwright drives Debian's
# browser; its own download is not used). Run as root: `sudo make system-packages`.
SYSTEM_PACKAGES = fonts-noto-core fonts-noto-color-emoji fonts-dejavu-core fonts-wqy-microhei libfribidi0 \
	chromium

# Installs come from the lock files in requirements/ (exact versions with hashes): `make run`
# needs only what running needs; `make test` adds the test and benchmark tools.
$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run-installed: requirements/run.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/run.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev-installed: requirements/dev.txt pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@ $(VENV)/.run-installed

# After changing dependencies in pyproject.toml: rewrite the lock files (uv, pinned here).
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet "uv==$(UV_VERSION)"
	$(BIN)/python -m uv pip compile --quiet pyproject.toml requirements/build.in --generate-hashes \
		--python-version 3.11 -o requirements/run.txt
	$(BIN)/python -m uv pip compile --quiet pyproject.toml requirements/build.in --extra test --extra bench \
		--generate-hashes --python-version 3.11 -o requirements/dev.txt

# The Telegram bot when a token is configured; otherwise the same tutor in this terminal.
run: $(VENV)/.run-installed
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ] || grep -qs '^TELEGRAM_BOT_TOKEN=..*' .env; then \
		$(BIN)/tutorbot run; \
	else \
		echo "No TELEGRAM_BOT_TOKEN set: starting the terminal chat (see README to run on Telegram)."; \
		$(BIN)/tutorbot chat; \
	fi

chat: $(VENV)/.run-installed
	$(BIN)/tutorbot chat

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: $(VENV)/.run-installed
	$(BIN)/tutorbot check

test: lint check
	$(BIN)/python -m pytest

eval: $(VENV)/.run-installed
	$(BIN)/tutorbot eval tests/data/dev.jsonl

# Scripts that print figures (see benchmarks/RESULTS.md); a few minutes in all.
bench: $(VENV)/.dev-installed
	$(BIN)/python benchmarks/bench_matcher.py
	$(BIN)/python benchmarks/bench_baselines.py
	$(BIN)/python benchmarks/bench_accuracy.py
	$(BIN)/python benchmarks/bench_prompts.py
	$(BIN)/python benchmarks/bench_scale.py
	$(BIN)/python benchmarks/bench_telegram.py
	$(BIN)/python benchmarks/bench_scoring.py
	$(BIN)/python benchmarks/bench_learning.py
	$(BIN)/python benchmarks/bench_dashboard.py
	$(BIN)/python benchmarks/bench_pictures.py

system-packages:
	@dpkg -s $(SYSTEM_PACKAGES) >/dev/null 2>&1 || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES); }

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .ruff_cache .hypothesis
