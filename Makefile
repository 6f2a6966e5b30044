# Custos: `make run` for the embedded demo, `make test` for the whole suite.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PIP_FLAGS := --quiet --disable-pip-version-check --require-hashes
# pytest-xdist workers for `make test` (auto: one per CPU core); PYTEST_WORKERS=0 runs in this process.
PYTEST_WORKERS ?= auto
CHROMIUM := /usr/bin/chromium

.PHONY: run test lint typecheck check lock browsers screenshots clean oidc-provider litellm span-model

$(VENV)/.base-installed: requirements/base.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install $(PIP_FLAGS) -r requirements/base.txt 2> >(grep -v "^WARNING: Location" >&2)
	@touch $@

$(VENV)/.dev-installed: $(VENV)/.base-installed requirements/dev.txt
	$(PY) -m pip install $(PIP_FLAGS) -r requirements/base.txt -r requirements/dev.txt 2> >(grep -v "^WARNING: Location" >&2)
	@touch $@

# The client SDK (clients/python, import name custos_client), editable so the tests import this checkout's
# code. --no-deps: its dependencies (httpx, openai) come from the requirements above, with their hashes
# (pip fetches setuptools, its build backend, from the same index, as for any source package).
$(VENV)/.client-installed: $(VENV)/.dev-installed clients/python/pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e ./clients/python 2> >(grep -v "^WARNING: Location" >&2)
	@touch $@

## run: install, migrate, load demo data and serve on http://127.0.0.1:$(PORT) (SQLite under var/, tasks in-process)
run: $(VENV)/.base-installed
	@env -u DATABASE_URL $(PY) manage.py migrate --noinput -v0
	@env -u DATABASE_URL CUSTOS_GATEWAY_DEMO_UPSTREAM_URL=http://127.0.0.1:$(PORT)/demo-upstream/v1 $(PY) manage.py demo_data
	@echo "Custos on http://127.0.0.1:$(PORT)/  (API docs /api/docs/, admin /admin/, health /healthz)"
	@env -u DATABASE_URL $(PY) manage.py runserver 127.0.0.1:$(PORT)

## test: `make check`, then the whole suite against PostgreSQL (DATABASE_URL) and Redis (REDIS_URL),
## in parallel (one test module per worker at a time), listing the 15 slowest tests
test: check browsers oidc-provider litellm $(VENV)/.client-installed
	$(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadfile --durations=15

## check: everything `make test` checks except the test run: lint, types, Django's checks, import contracts, migrations
check: lint typecheck
	$(PY) manage.py check --settings=config.test_settings
	$(VENV)/bin/lint-imports
	$(PY) manage.py makemigrations --check --dry-run --settings=config.test_settings

lint: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(VENV)/.client-installed
	$(VENV)/bin/mypy .
	@# Its own cache: the client's settings differ, and a shared cache is rebuilt by each run in turn.
	$(VENV)/bin/mypy --config-file clients/python/pyproject.toml --cache-dir .mypy_cache/client clients/python/src

## lock: re-resolve requirements/*.txt with hashes (the spaCy model keeps only its wheel hash)
lock:
	uv pip compile -q --python-version 3.11 --generate-hashes requirements/base.in -o requirements/base.txt
	uv pip compile -q --python-version 3.11 --generate-hashes requirements/dev.in -o requirements/dev.txt
	$(PYTHON) scripts/pin_model_wheel.py requirements/base.txt
	@# weasel asks for smart-open[http]; pip 23 in --require-hashes mode rejects that extra unless the pin names it
	sed -i 's/^smart-open==/smart-open[http]==/' requirements/base.txt

## span-model: rebuild the shipped span model (classifier/data/span_model) from its recipe: the development
## corpus in the repository and the base spaCy model, offline (about 25 minutes on two cores)
span-model: $(VENV)/.base-installed
	$(PY) -m classifier.training.train_span_model --out classifier/data/span_model

clean:
	rm -rf $(VENV) .venv-litellm var/static

## browsers: Debian's Chromium for the Playwright UI tests (no browser download). Nothing to do when
## /usr/bin/chromium is there; otherwise apt-get installs it, which needs root (`sudo make browsers`).
browsers:
	@if test -x $(CHROMIUM); then :; \
	elif test "$$(id -u)" = 0; then apt-get update -qq && apt-get install -y -qq chromium; \
	else echo "$(CHROMIUM) is missing: the browser tests need Debian's Chromium. Run \`sudo make browsers\`" \
		"(or: sudo apt-get install chromium), then run make test again." >&2; exit 1; fi

## screenshots: refresh docs/screenshots/ from a throw-away demo installation (needs `make browsers`)
screenshots: $(VENV)/.dev-installed browsers
	$(PY) scripts/screenshots.py

## oidc-provider: the real OpenID provider the sign-in tests start (npm package oidc-provider, pinned in
## tests/oidc_provider/package-lock.json). npm runs only when the lock file is newer than node_modules (offline-safe).
OIDC_PROVIDER_DIR := tests/oidc_provider
oidc-provider: $(OIDC_PROVIDER_DIR)/node_modules/.package-lock.json

$(OIDC_PROVIDER_DIR)/node_modules/.package-lock.json: $(OIDC_PROVIDER_DIR)/package-lock.json
	cd $(OIDC_PROVIDER_DIR) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@
.PHONY: pdf-libs
## pdf-libs: the system libraries WeasyPrint renders report PDFs with (docs/deploy.md, "Report PDFs"); needs root
pdf-libs:
	@if ldconfig -p | grep -q 'libpango-1.0.so.0' && ldconfig -p | grep -q 'libharfbuzz.so.0'; then :; \
	elif test "$$(id -u)" = 0; then apt-get update -qq && \
		apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libfontconfig1 fonts-dejavu-core; \
	else echo "Report PDFs need Pango and HarfBuzz: run \`sudo make pdf-libs\`." >&2; exit 1; fi

## litellm: the LiteLLM proxy for the integration test and benchmark, in its own venv (its pins never constrain
## Custos's), from the hash-locked requirements/litellm.txt; nothing to do when it is installed and up to date
LITELLM_VENV := .venv-litellm
litellm: $(LITELLM_VENV)/.installed

$(LITELLM_VENV)/.installed: requirements/litellm.txt
	@test -x $(LITELLM_VENV)/bin/python || $(PYTHON) -m venv $(LITELLM_VENV)
	$(LITELLM_VENV)/bin/python -m pip install $(PIP_FLAGS) -r requirements/litellm.txt 2> >(grep -v "^WARNING: Location" >&2)
	@touch $@
