# The only entry point a person needs. Every target installs what it needs on a fresh machine.
#   make demo    regenerate the client, then a tour of it on the in-process fake of the API (no Node needed)
#   make test    the whole suite: drift check, lint, mypy --strict, spec lint, cassette replay and conformance,
#                model properties, and test-compat
#   make bench   the client against json.loads and its peers (pydantic, msgspec, the generator's default output)
# Also: generate, check-drift, check-overrides, check-fidelity, record, lint, lint-spec, typecheck, fuzz, spec-diff,
# bench-quick, test-compat, deviations, clean.

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

.PHONY: demo test generate check-drift check-overrides check-fidelity record lint typecheck bench bench-quick clean lint-spec fuzz spec-diff spec-diff-check deviations

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

# Per template override: lines differing from the pinned original, and no macro copied unchanged.
check-overrides: $(STAMP_PY)
	$(PY) scripts/override_report.py --check

# The spec against the reference pages in openapi/reference-pages/: a difference not listed, with its reason, in
# openapi/FIDELITY_DEVIATIONS fails (README, "Spec fidelity").
check-fidelity: $(STAMP_PY)
	$(PY) scripts/check_fidelity.py

test: check-drift check-overrides lint typecheck lint-spec check-fidelity bench-quick test-compat
	$(PY) -m pytest --record-mode=none --block-network

# The behaviour tests against the package as installed (a wheel of generated/stuut-client) on every CPython >= 3.11
# found here, and on the lowest dependency versions it declares; venvs cached in .venv-compat/ (README, "Compatibility").
.PHONY: test-compat
test-compat: $(STAMP_PY)
	$(PY) scripts/test_compat.py

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

# On FakeStuut (stuut_client.testing), in process: no Node, no network.
demo: generate
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

# The spec-drift report: recorded responses replayed in validation="report" mode, deviations by schema field.
deviations: $(STAMP_PY)
	$(PY) scripts/deviations.py

clean:
	rm -rf $(VENV) $(BENCH_VENV) .bench-cache node_modules .venv-compat
