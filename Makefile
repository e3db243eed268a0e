# The single source of truth for set-up, checks, tests and benchmarks. CI calls `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Mermaid itself, for the test that `kehoach timeline --format mermaid` parses (npm pack
# fetches the package alone, without dependencies: its dist/ bundle is self-contained).
MERMAID_VERSION := 11.17.2
MERMAID := .cache/mermaid-$(MERMAID_VERSION)/mermaid.min.js

.PHONY: run compile test lint types pytest bench schema holidays clean corpus hunt

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

## For daily use: `kehoach` on PATH, through a link in ~/.local/bin (or PREFIX/bin).
PREFIX ?= $(HOME)/.local
install: compile
	mkdir -p $(PREFIX)/bin
	ln -sf $(CURDIR)/$(BIN)/kehoach $(PREFIX)/bin/kehoach
	@case ":$$PATH:" in *":$(PREFIX)/bin:"*) echo "kehoach: $(PREFIX)/bin/kehoach";; \
	  *) echo "kehoach: $(PREFIX)/bin/kehoach (add $(PREFIX)/bin to PATH)";; esac

## Lint, types and tests: what CI runs.
test: lint types pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

types: $(STAMP)
	$(BIN)/mypy

pytest: compile $(MERMAID)
	$(BIN)/pytest -q

# Without npm, or when its registry cannot be reached, the Mermaid test is skipped with a
# note rather than stopping `make test` (CI has both, and fails that test without them).
$(MERMAID):
	@command -v npm >/dev/null || { echo "npm missing: the Mermaid test is skipped"; exit 0; }; \
	mkdir -p $(@D) && cd $(@D) \
	  && if npm pack --silent mermaid@$(MERMAID_VERSION) >/dev/null 2>&1; then \
	    tar -xzf mermaid-$(MERMAID_VERSION).tgz --strip-components=2 package/dist/mermaid.min.js \
	      && rm mermaid-$(MERMAID_VERSION).tgz; \
	  else echo "npm could not fetch mermaid@$(MERMAID_VERSION): the Mermaid test is skipped"; fi

## The deadline language against the corpus of real phrases: counts and every misread.
corpus: compile
	$(BIN)/python tests/corpus/measure.py

## The damaged-copy hunt: every corpus phrase read right, varied as real copies vary it
## (diacritics stripped, a lost glyph, capitals, …), reads the same days or is refused.
hunt: compile
	$(BIN)/python tests/corpus/hunt.py

bench: compile
	$(BIN)/python bench/bench.py

schema: $(STAMP)
	$(BIN)/kehoach schema --out schema

## Rewrite the bundled holiday table from the pinned `holidays` package (after bumping it).
holidays: $(STAMP)
	$(BIN)/python -m kehoach.dates.holidaytable > src/kehoach/data/holidays-vn.tsv

clean:
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache .hypothesis
