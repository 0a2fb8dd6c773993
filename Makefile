# Roundtable Desktop: `make run` starts the app, `make test` runs the whole suite,
# `make package` builds the package for this platform (`make package-test` also runs it).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PACKAGING_STAMP := $(VENV)/.packaging

.PHONY: run test lint unit bench soak soak-faults system-deps clean package package-test test-pythons translations \
	screenshots

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

# zizmor audits the GitHub workflow (offline: pinned actions, permissions, injection).
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(VENV)/bin/zizmor --offline --quiet .github/workflows

test: $(STAMP) system-deps lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP) $(PACKAGING_STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/run_all.py

# The wheel test (build, install into a new environment, run) on each supported Python; minutes
# long, so not part of `make test`. A version missing from pyenv and from PATH is a failure.
PYTHON_VERSIONS ?= 3.11 3.12 3.13
PYENV_ROOT ?= $(HOME)/.pyenv
test-pythons: $(STAMP)
	@for version in $(PYTHON_VERSIONS); do \
	  python=$$(ls -d $(PYENV_ROOT)/versions/$$version.*/bin/python3 2>/dev/null | sort -V | tail -1); \
	  [ -n "$$python" ] || python=$$(command -v python$$version) || { echo "No Python $$version found"; exit 1; }; \
	  echo "== wheel test on $$python"; \
	  ROUNDTABLE_WHEEL_PYTHON=$$python QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider \
	    tests/e2e/test_wheel_install.py || exit 1; \
	done

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

# Replay the faults an adversarial test found (hostile files, kills during a restore, damage,
# a vanished journal…) with figures; minutes long, so not part of `make test`.
soak-faults: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/soak/soak_faults.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache

# The README's pictures (docs/*.png) from the real window, under Xvfb with openbox: the console
# at 1366x768 during a meeting and the presenter display on a second screen.
screenshots: $(STAMP)
	$(PY) tools/screenshots.py
