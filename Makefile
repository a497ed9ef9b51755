# Two commands for a newcomer:
#   make run   - set up everything and serve the portal on http://127.0.0.1:8000 with demo content
#   make test  - run the whole test suite (lint + import contracts + pytest)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test setup lint format clean security audit

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

# axe-core for the browser tests; skipped where npm is absent (those tests then skip).
node_modules/.installed: package.json package-lock.json
	if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error && touch $@; fi

setup: $(STAMP)

run: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	$(PY) manage.py runserver 127.0.0.1:8000

test: $(STAMP) node_modules/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m pytest $(PYTEST_ARGS)

# Security scans: bandit (no high-severity finding) and pip-audit (no known vulnerability;
# .ci/audit.py says loudly which dependencies could not be audited).
security: $(STAMP)
	$(VENV)/bin/bandit -q -r portal common answers records biomarkers sharing notifications -lll -x tests,.venv
	$(PY) .ci/audit.py

# Strict audit for a machine that reaches the vulnerability service: fails on anything unaudited.
audit: $(STAMP)
	$(VENV)/bin/pip-audit --strict --progress-spinner off -r requirements.txt

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache .import_linter_cache test-artifacts
