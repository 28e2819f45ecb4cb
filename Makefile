# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed


TS     := resources/translations/opsflow_zh_CN.ts
QM     := $(TS:.ts=.qm)

.PHONY: setup run test lint golden bench stress translations bundle clean

setup: $(STAMP) $(QM)

# Compiled translations are built, not committed.
$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

# After adding or changing tr("...") strings: collect them, then translate the new entries in $(TS).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none -source-language en -target-language zh_CN \
	  $$(find opsflow_desktop -name '*.py' | sort) -ts $(TS)

# Re-install only when the declared or locked dependencies change.
$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "OpsFlow Desktop needs Python 3.11 or newer (found: $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -c constraints.txt pip setuptools wheel
	# No build isolation: the project is built with the pinned setuptools, not whatever is newest.
	$(PY) -m pip install --quiet -c constraints.txt --no-build-isolation -e '.[test]'
	@touch $(STAMP)

# The window (needs a display; on a headless machine: xvfb-run make run).
run: setup
	$(PY) -m opsflow_desktop

# Layers (import-linter), style and format (ruff), types (mypy: strict on the core, see pyproject.toml).
lint: setup
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# After an intended change to the saved format, the workbook or the manual: rewrite tests/io/golden, review the diff.
golden: setup
	OPSFLOW_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/io/test_golden.py

test: setup lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# The larger fault campaign (hostile files at full size, thousands of mutants): minutes, not part of `make test`.
stress: setup
	OPSFLOW_STRESS=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s -p no:cacheprovider tests/stress

# A self-contained desktop bundle in dist/OpsFlow-Desktop/ (PyInstaller is installed only for this).
bundle: setup
	$(PY) -m pip install --quiet pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .import_linter_cache .mypy_cache .ruff_cache *.egg-info $(QM) build dist
