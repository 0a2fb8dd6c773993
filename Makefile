# Roundtable Desktop: `make run` starts the app, `make test` runs the whole suite,
# `make package` builds the package for this platform (`make package-test` also runs it).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PACKAGING_STAMP := $(VENV)/.packaging

.PHONY: run test lint unit bench soak system-deps clean package package-test translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m roundtable_desktop

# The window's translations: texts read from the sources into resources/translations/*.ts
# (pyside6-lupdate), compiled to .qm beside them (pyside6-lrelease).
translations: $(STAMP)
	$(PY) packaging/translations.py

system-deps:
	@bash packaging/install-test-deps.sh

lint: $(STAMP)
	$(PY) -m ruff check .

test: $(STAMP) system-deps lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP) $(PACKAGING_STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/run_all.py

$(PACKAGING_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	touch $(PACKAGING_STAMP)

package: $(PACKAGING_STAMP)
	$(PY) packaging/build.py

package-test: $(PACKAGING_STAMP)
	$(PY) packaging/build.py --test

# Kill and restart the app 200 times, and more; minutes long, so not part of `make test`.
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/soak/soak_kill.py 200

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
