# The only entry point a person needs. Every target installs what it needs on a fresh machine.
#   make demo    regenerate the client, start a local mock of the API, list invoices through the client
#   make test    the whole suite: drift check, lint, mypy --strict, spec lint, cassette replay and conformance,
#                model properties
#   make bench   the client against json.loads and its peers (pydantic, msgspec, the generator's default output)
# Also: generate, check-drift, record, lint, lint-spec, typecheck, fuzz, spec-diff, bench-quick, clean.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP_PY := $(VENV)/.installed
STAMP_NODE := node_modules/.installed
# The benchmark's own venv: the peers (orjson, pydantic, msgspec, datamodel-code-generator) live only here.
BENCH_VENV := .venv-bench
BENCH_PY := $(BENCH_VENV)/bin/python
STAMP_BENCH := $(BENCH_VENV)/.installed

.PHONY: demo test generate check-drift record lint typecheck bench bench-quick clean lint-spec fuzz spec-diff spec-diff-check

$(STAMP_PY): requirements/dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	touch $@

# generated/stuut-client goes on the bench venv's path as it is (a .pth file, like an editable install without
# build files in generated/), so the bench always measures the client as generated now.
$(STAMP_BENCH): requirements/bench.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements/bench.txt
	$(BENCH_PY) -c 'import pathlib, sysconfig; pathlib.Path(sysconfig.get_path("purelib"), "stuut-client.pth").write_text("$(CURDIR)/generated/stuut-client\n")'
	touch $@

$(STAMP_NODE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

generate: $(STAMP_PY)
	$(PY) scripts/generate.py
	$(PY) scripts/operations_table.py

check-drift: $(STAMP_PY)
	$(PY) scripts/check_drift.py

test: check-drift lint typecheck lint-spec bench-quick
	$(PY) -m pytest --record-mode=none --block-network

typecheck: $(STAMP_PY) $(STAMP_NODE)
	$(BIN)/mypy --strict generated/stuut-client/stuut_client
	cd generated/stuut-client && ../../$(BIN)/mypy --strict ../../tests/typing
	node_modules/.bin/pyright --pythonpath $(PY)
	$(PY) scripts/readme_blocks.py .readme_blocks.py
	cd generated/stuut-client && ../../$(BIN)/mypy --strict ../../.readme_blocks.py
	node_modules/.bin/pyright --pythonpath $(PY) .readme_blocks.py
	rm -f .readme_blocks.py

record: $(STAMP_PY) $(STAMP_NODE)
	$(PY) scripts/record.py

demo: generate $(STAMP_NODE)
	$(PY) scripts/demo.py

# The generate scenario times the dev venv's generator, as `make generate` runs it.
bench: $(STAMP_PY) $(STAMP_BENCH)
	$(BENCH_PY) scripts/bench.py --generate-python $(PY)

# Every scenario and peer on small sizes, so the benchmark cannot rot (part of `make test`; no timing is asserted).
bench-quick: $(STAMP_PY) $(STAMP_BENCH)
	$(BENCH_PY) scripts/bench.py --quick --generate-python $(PY)

lint: $(STAMP_PY)
	$(BIN)/ruff check scripts tests overrides/package
	$(BIN)/ruff format --check scripts tests overrides/package

# Spectral with .spectral.yaml (spectral:oas plus the project's conventions); fails on errors and warnings.
lint-spec: $(STAMP_NODE)
	node_modules/.bin/spectral lint --fail-severity warn openapi/stuut.yaml

# The model property tests with a long budget (HYPOTHESIS_PROFILE=fuzz; `make test` uses the small `ci` one).
fuzz: $(STAMP_PY)
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest tests/test_model_properties.py

# What the spec change since BASE does to clients: make spec-diff BASE=<git ref> [MARKDOWN=1]
BASE ?= HEAD~1
spec-diff: $(STAMP_PY) $(STAMP_NODE)
	$(PY) scripts/spec_diff.py --base $(BASE) $(if $(MARKDOWN),--markdown)

# CI: the same report, failing on a breaking change that is not acknowledged (see README).
spec-diff-check: $(STAMP_PY) $(STAMP_NODE)
	$(PY) scripts/spec_diff.py --base $(BASE) --check

clean:
	rm -rf $(VENV) $(BENCH_VENV) .bench-cache node_modules
