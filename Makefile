# Custos: `make run` for the embedded demo, `make test` for the whole suite.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PIP_FLAGS := --quiet --disable-pip-version-check --require-hashes

.PHONY: run test lint typecheck check lock browsers screenshots clean

$(VENV)/.base-installed: requirements/base.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install $(PIP_FLAGS) -r requirements/base.txt 2> >(grep -v "^WARNING: Location" >&2)
	@touch $@

$(VENV)/.dev-installed: $(VENV)/.base-installed requirements/dev.txt
	$(PY) -m pip install $(PIP_FLAGS) -r requirements/base.txt -r requirements/dev.txt 2> >(grep -v "^WARNING: Location" >&2)
	@touch $@

## run: install, migrate, load demo data and serve on http://127.0.0.1:$(PORT) (SQLite under var/, tasks in-process)
run: $(VENV)/.base-installed
	@env -u DATABASE_URL $(PY) manage.py migrate --noinput -v0
	@env -u DATABASE_URL $(PY) manage.py demo_data
	@echo "Custos on http://127.0.0.1:$(PORT)/  (API docs /api/docs/, admin /admin/, health /healthz)"
	@env -u DATABASE_URL $(PY) manage.py runserver 127.0.0.1:$(PORT)

## test: the whole suite against PostgreSQL (DATABASE_URL) and Redis (REDIS_URL)
test: $(VENV)/.dev-installed browsers
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy .
	$(VENV)/bin/lint-imports
	$(PY) manage.py check --settings=config.test_settings
	$(PY) manage.py makemigrations --check --dry-run --settings=config.test_settings
	$(PY) -m pytest

lint: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(VENV)/.dev-installed
	$(VENV)/bin/mypy .

## lock: re-resolve requirements/*.txt with hashes (the spaCy model keeps only its wheel hash)
lock:
	uv pip compile -q --python-version 3.11 --generate-hashes requirements/base.in -o requirements/base.txt
	uv pip compile -q --python-version 3.11 --generate-hashes requirements/dev.in -o requirements/dev.txt
	$(PYTHON) scripts/pin_model_wheel.py requirements/base.txt

clean:
	rm -rf $(VENV) var/static

## browsers: Debian's Chromium for the Playwright UI tests (no browser download; apt-get, needs root)
browsers:
	@test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium)

## screenshots: refresh docs/screenshots/ from a throw-away demo installation (needs `make browsers`)
screenshots: $(VENV)/.dev-installed browsers
	$(PY) scripts/screenshots.py
