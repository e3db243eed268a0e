# The single source of truth for set-up, checks, tests and benchmarks. CI calls `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run compile test lint types pytest bench schema clean

# Create the environment from nothing; redo it when the dependencies change.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

# Byte-compile our sources once: with PYTHONDONTWRITEBYTECODE set, every run would
# otherwise recompile them (tens of milliseconds at each start).
compile: $(STAMP)
	@$(BIN)/python -m compileall -q src

## The main job: the status of the bundled plans.
run: compile
	$(BIN)/kehoach validate plans
	$(BIN)/kehoach status plans

## Lint, types and tests: what CI runs.
test: lint types pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

types: $(STAMP)
	$(BIN)/mypy

pytest: compile
	$(BIN)/pytest -q

bench: compile
	$(BIN)/python bench/bench.py

schema: $(STAMP)
	$(BIN)/kehoach schema --out schema

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
