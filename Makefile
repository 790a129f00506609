# `make run`: set everything up and run the main job. `make test`: the whole test suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin

CHROMIUM ?= /usr/bin/chromium

.PHONY: run test lint bench browser screenshot clean

run: $(VENV)/.installed
	$(BIN)/summarizer brief seeds/blinken-putin-un-security-council.txt

test: $(VENV)/.installed browser
	$(BIN)/python -m pytest

# The web reader's tests drive Debian's chromium (headless); installed once, with sudo when not root.
browser:
	@test -x $(CHROMIUM) || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 || \
	  { $$sudo apt-get update -qq && $$sudo apt-get install -y -qq --no-install-recommends chromium; }; }
	@test -x $(CHROMIUM) || { echo "no Chromium at $(CHROMIUM); install Debian's chromium package"; exit 1; }

# The README's picture of the reader: the seed article briefed by the embedded model.
screenshot: $(VENV)/.installed browser
	$(BIN)/python docs/screenshot.py

lint: $(VENV)/.installed
	$(BIN)/ruff check summarizer tests bench

bench: $(VENV)/.installed
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/quotes.py
	$(BIN)/python bench/ask.py --model local:qwen2.5-1.5b
	$(BIN)/python bench/serve.py
	$(BIN)/python bench/brief.py
	$(BIN)/python bench/eval.py

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[local,server,dev]'
	touch $@

clean:
	rm -rf $(VENV) .pytest_cache
