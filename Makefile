# The only entry point a person needs. Every target installs what it needs on a fresh machine.
#   make demo    regenerate the client, start a local mock of the API, list invoices through the client
#   make test    the whole suite: drift check, lint, spec checks, cassette replay, mypy --strict
# Also: generate, check-drift, record, lint, typecheck, bench, clean.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP_PY := $(VENV)/.installed
STAMP_NODE := node_modules/.installed

.PHONY: demo test generate check-drift record lint typecheck bench clean

$(STAMP_PY): requirements/dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	touch $@

$(STAMP_NODE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

generate: $(STAMP_PY)
	$(PY) scripts/generate.py
	$(PY) scripts/operations_table.py

check-drift: $(STAMP_PY)
	$(PY) scripts/check_drift.py

test: check-drift lint typecheck
	$(PY) -m pytest --record-mode=none --block-network

typecheck: $(STAMP_PY)
	$(BIN)/mypy --strict generated/stuut-client/stuut_client
	cd generated/stuut-client && ../../$(BIN)/mypy --strict ../../tests/typing

record: $(STAMP_PY) $(STAMP_NODE)
	$(PY) scripts/record.py

demo: generate $(STAMP_NODE)
	$(PY) scripts/demo.py

bench: $(STAMP_PY)
	$(PY) scripts/bench.py

lint: $(STAMP_PY)
	$(BIN)/ruff check scripts tests overrides/package
	$(BIN)/ruff format --check scripts tests overrides/package

clean:
	rm -rf $(VENV) node_modules
