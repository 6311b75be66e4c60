# Seam: the two commands a newcomer runs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint types contracts pytest demo screenshots bundle smoke bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall whenever pyproject.toml changes; editable so resources/ is read in place.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m app

test: lint types contracts pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

demo: $(STAMP)
	$(BIN)/python -m app demo

# The audience view and the console at 1280×720 and 1920×1080, light and dark, offscreen on a
# scratch demo story: build/screenshots/<size>/<theme>-<method>-<phase>-<view>.png.
screenshots: $(STAMP)
	$(BIN)/python tools/screenshots.py

BUNDLE_STAMP := $(VENV)/.bundle-stamp

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

# dist/Seam: the one-folder app (build.spec says what goes in and why).
bundle: $(BUNDLE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec

# Both ways of starting Seam, offscreen on scratch data; then the bundle as CI checks it:
# at most 100 MB (du -sm), starts, exports every demo handout headless, writes nothing inside.
smoke: bundle
	scratch=$$(mktemp -d) && QT_QPA_PLATFORM=offscreen SEAM_DATA_DIR=$$scratch \
		$(BIN)/python -m app --smoke --data-dir $$scratch; status=$$?; rm -rf $$scratch; exit $$status
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/check_bundle.py dist/Seam

# Every benchmark against its budget; prints a table, writes benchmarks/latest.json.
bench: bundle
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
