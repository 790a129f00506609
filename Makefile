# `make run`: set everything up and run the main job. `make test`: the whole test suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench clean

run: $(VENV)/.installed
	$(BIN)/summarizer brief seeds/blinken-putin-un-security-council.txt

test: $(VENV)/.installed
	$(BIN)/python -m pytest

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
