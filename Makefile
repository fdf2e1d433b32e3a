# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := corpora/vi-de-apec

.PHONY: install demo test test-corpus lint format clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/transcheck check $(DEMO)/translation.txt --source $(DEMO)/original.html \
		--mt-memory $(DEMO)/mt.jsonl --width 160

test: $(STAMP)
	$(BIN)/python -m pytest -q

# every corpus pair end to end, both conditions (about 95 min on 2 cores; `make test`
# checks 13 of them): run it before changing what compare/ or text/ report
test-corpus: $(STAMP)
	$(BIN)/python -m pytest -q tests/test_end_to_end.py --all-pairs -k corpus_pair

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info
