# Kraków city portal: every target is a thin wrapper; `make help` lists them.
PYTHON_SYSTEM ?= python3
VENV          := .venv
PY            := $(VENV)/bin/python
MANAGE        := $(PY) manage.py
HOST          ?= 127.0.0.1
PORT          ?= 8000
TEST_DATABASE_URL ?= $(or $(DATABASE_URL),postgres://root@127.0.0.1:5432/portal)
BENCH_DATABASE_URL ?= postgres://root@127.0.0.1:5432/portal_bench
# The bench serves with Redis as production does (a database of its own, emptied by each run).
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/13
# The unit suite runs in one process per core, each with a database of its own; a test file
# runs in one of them (its fixtures are built once). Transactional tests, which empty the
# database when they end, run after all others in a second run (tests/parallel.py). Browser
# journeys run one at a time.
TEST_WORKERS ?= $(shell nproc 2>/dev/null || echo 2)
CHROMIUM      ?= /usr/bin/chromium
NGINX         ?= /usr/sbin/nginx
AUDIT_TOOLS   := tests/audit/node_modules/.installed

.DEFAULT_GOAL := help
.PHONY: help install lock run dev serve check-nginx test test-unit test-browser lint bench messages check-postgres check-chromium check-audit-tools lighthouse screenshots check-wrk faults backup restore

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@$(PYTHON_SYSTEM) -c 'import sys; assert sys.version_info >= (3, 11)' 2>/dev/null || \
		{ echo "Python 3.11 or newer is needed as '$(PYTHON_SYSTEM)' (Debian: apt-get install python3 python3-venv)."; exit 1; }
	@test -x $(PY) || $(PYTHON_SYSTEM) -m venv $(VENV) || \
		{ echo "Could not create $(VENV): install the venv module (Debian: apt-get install python3-venv)."; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the locked requirements (hashes checked)

# pip-compile resolves the .in files into locks with every transitive package and its hashes.
lock: ## Re-lock requirements*.txt from requirements*.in (after editing an .in file)
	@test -x $(VENV)/bin/pip-compile || $(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links --output-file=requirements.txt requirements.in
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links --output-file=requirements-dev.txt requirements-dev.in

# `make run` shows the site as residents get it (no debug pages); `make dev` reloads on edits.
RUN_ENV := DJANGO_SETTINGS_MODULE=portal.settings.local PORTAL_BASE_URL=$(or $(PORTAL_BASE_URL),http://$(HOST):$(PORT))

run: install ## Set up and serve the demo portal as residents see it, with scheduled publishing (SQLite unless DATABASE_URL is set)
	$(RUN_ENV) $(MANAGE) migrate --noinput
	@rm -rf var/cache  # cached pages of an earlier database must not outlive it
	$(RUN_ENV) $(MANAGE) load_demo_content
	$(RUN_ENV) $(MANAGE) ensure_admin
	$(RUN_ENV) $(MANAGE) sync_site
	@echo ""
	@echo "  Portal:  http://$(HOST):$(PORT)/"
	@echo "  Admin:   http://$(HOST):$(PORT)/admin/  (credentials: var/admin-credentials.txt)"
	@echo ""
	@trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
		$(RUN_ENV) $(MANAGE) run_scheduler & scheduler=$$!; \
		$(RUN_ENV) $(MANAGE) runserver --noreload $(HOST):$(PORT)

dev: install ## Development server: debug pages and reloading on every edit (run `make run` once for the demo content)
	$(MANAGE) migrate --noinput
	$(MANAGE) runserver $(HOST):$(PORT)

check-nginx:
	@test -x $(NGINX) || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		echo "Installing nginx from Debian's packages ..." && \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; } || \
		{ echo "nginx is missing at $(NGINX): install Debian's package (sudo apt-get install nginx)"; \
		  echo "or set NGINX=/path/to/nginx."; exit 1; }

serve: install check-nginx ## The production stack on loopback: nginx in front of gunicorn (production settings) and the scheduler
	@rm -rf var/cache
	$(PY) deploy/serve.py run --host $(HOST) --port $(PORT) --nginx $(NGINX)

check-postgres: install
	@DATABASE_URL=$(TEST_DATABASE_URL) $(PY) -c 'import os, psycopg, dj_database_url as d; c = d.parse(os.environ["DATABASE_URL"]); psycopg.connect(host=c["HOST"], port=c["PORT"] or 5432, user=c["USER"], password=c["PASSWORD"], dbname="postgres", connect_timeout=3).close()' 2>/dev/null || \
		{ echo "PostgreSQL is not reachable at $(TEST_DATABASE_URL)."; \
		  echo "Start a local server (Debian: apt-get install postgresql, then pg_ctlcluster <version> main start)"; \
		  echo "or point DATABASE_URL at one, e.g. DATABASE_URL=postgres://user:pass@host:5432/portal make test"; exit 1; }

check-redis: install
	@$(PY) -c 'import redis; redis.Redis.from_url("$(BENCH_REDIS_URL)", socket_connect_timeout=3).ping()' 2>/dev/null || \
		{ echo "Redis is not reachable at $(BENCH_REDIS_URL)."; \
		  echo "Start a local server (Debian: apt-get install redis-server) or set BENCH_REDIS_URL=redis://host:6379/13"; exit 1; }

check-chromium:
	@test -x $(CHROMIUM) || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		echo "Installing Chromium from Debian's packages ..." && \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
		{ echo "Chromium is missing at $(CHROMIUM): install Debian's package (sudo apt-get install chromium)"; \
		  echo "or set CHROMIUM=/path/to/chromium."; exit 1; }

lint: install ## ruff lint and format check, Django system checks, missing migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=portal.settings.test DATABASE_URL=$(TEST_DATABASE_URL) $(MANAGE) check
	DJANGO_SETTINGS_MODULE=portal.settings.test DATABASE_URL=$(TEST_DATABASE_URL) $(MANAGE) makemigrations --check --dry-run

test-unit: install check-postgres ## The test suite without the browser, against PostgreSQL
	DATABASE_URL=$(TEST_DATABASE_URL) $(VENV)/bin/pytest --ignore=tests/browser -m "not transactional" \
		--numprocesses=$(TEST_WORKERS) --dist=loadfile $(PYTEST_ARGS)
	DATABASE_URL=$(TEST_DATABASE_URL) $(VENV)/bin/pytest --ignore=tests/browser -m transactional \
		--numprocesses=$(TEST_WORKERS) --dist=loadfile $(PYTEST_ARGS)

# axe-core, the Nu Html Checker and Lighthouse, pinned in tests/audit/package-lock.json.
check-audit-tools:
	@command -v node >/dev/null && command -v npm >/dev/null || \
		{ echo "Node.js and npm are missing: the audit tools need them (Debian: apt-get install nodejs npm)."; exit 1; }
	@command -v java >/dev/null || \
		{ echo "Java is missing: the Nu Html Checker needs it (Debian: apt-get install default-jre-headless)."; exit 1; }

$(AUDIT_TOOLS): tests/audit/package.json tests/audit/package-lock.json
	npm ci --prefix tests/audit --ignore-scripts --no-audit --no-fund
	@touch $@

test-browser: install check-postgres check-chromium check-audit-tools $(AUDIT_TOOLS) ## Browser journeys, axe, HTML validity, Lighthouse and screenshots in the system Chromium
	DATABASE_URL=$(TEST_DATABASE_URL) CHROMIUM=$(CHROMIUM) DJANGO_ALLOW_ASYNC_UNSAFE=true \
		$(VENV)/bin/pytest tests/browser $(PYTEST_ARGS)

lighthouse: install check-postgres check-chromium check-audit-tools $(AUDIT_TOOLS) ## Lighthouse scores of the main pages; LIGHTHOUSE_URLS="http://..." audits a running server instead
	@if [ -n "$(LIGHTHOUSE_URLS)" ]; then CHROMIUM=$(CHROMIUM) node tests/audit/lighthouse.mjs $(LIGHTHOUSE_URLS); \
	else DATABASE_URL=$(TEST_DATABASE_URL) CHROMIUM=$(CHROMIUM) DJANGO_ALLOW_ASYNC_UNSAFE=true \
		$(VENV)/bin/pytest tests/browser/demo_site/test_lighthouse.py $(PYTEST_ARGS); fi

screenshots: install check-postgres check-chromium ## Phone and desktop screenshots of the main pages into screenshots/
	DATABASE_URL=$(TEST_DATABASE_URL) CHROMIUM=$(CHROMIUM) DJANGO_ALLOW_ASYNC_UNSAFE=true \
		$(VENV)/bin/pytest tests/browser/demo_site/test_screenshots.py $(PYTEST_ARGS)

test: lint test-unit test-browser ## Everything CI runs: lint, checks, tests and browser tests

check-wrk:
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		echo "Installing wrk from Debian's packages ..." && \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } || \
		{ echo "wrk (HTTP load generator) is missing: install Debian's package (sudo apt-get install wrk)."; exit 1; }

bench: install check-postgres check-redis check-wrk ## Render times, queries and throughput per page type, editors at work; fails when a budget is broken
	DJANGO_SETTINGS_MODULE=portal.settings.bench DATABASE_URL=$(BENCH_DATABASE_URL) REDIS_URL=$(BENCH_REDIS_URL) $(MANAGE) bench $(BENCH_ARGS)

messages: install ## Refresh and compile the Polish and German interface translations
	$(MANAGE) makemessages -l pl -l de --no-obsolete --ignore=.venv --ignore=var --ignore=tests
	$(MANAGE) compilemessages --ignore=.venv

faults: install ## Fault drills: gunicorn with private PostgreSQL and Redis on loopback; prints a table, fails on a miss
	$(PY) -m tools.drills.faults

backup: install ## Back up the database (DATABASE_URL, else SQLite) and MEDIA_ROOT into var/backups/<UTC time>/
	$(PY) -m portal.backups backup

restore: install ## Restore BACKUP=var/backups/<folder> into DATABASE_URL and MEDIA_ROOT (REPLACE=1 overwrites)
	@test -n "$(BACKUP)" || { echo "Say which backup: make restore BACKUP=var/backups/<folder> [REPLACE=1]"; exit 1; }
	$(PY) -m portal.backups restore "$(BACKUP)" $(if $(REPLACE),--replace)
