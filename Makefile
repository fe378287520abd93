# One entry point for people and CI. `make help` lists the targets.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

.PHONY: install
install: ## Create .venv and install the locked dependencies (start.sh does the same)
	./start.sh install

.PHONY: lint
lint: install ## ruff (lint and format check), the init.sql drift check runs in the tests
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

.PHONY: check-deploy
check-deploy: install ## terraform fmt, checkov (no failed check) and shellcheck on the deployment files
	bash .ci/deploy-checks.sh

.PHONY: install-browser
install-browser: ## Debian's chromium and chromium-driver for the dashboard browser tests
	bash scripts/install-browser.sh

.PHONY: test
test: install lint check-deploy install-browser ## Lint, deploy checks, then every test (dashboards in headless Chromium included)
	$(BIN)/pytest
	@if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || $(BIN)/python -c "import socket,sys; s=socket.socket(); s.settimeout(1); sys.exit(s.connect_ex(('127.0.0.1',5432)))"; then \
		echo "PostgreSQL answers at 127.0.0.1:5432: running the pg_compat tests against it too"; \
		MEDILINK_TEST_DATABASE_URL=$${MEDILINK_COMPAT_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres} \
			$(BIN)/pytest -m 'pg_compat and not needs_password' -p no:cacheprovider; \
	else echo "No PostgreSQL at 127.0.0.1:5432: pg_compat run skipped"; fi

.PHONY: run
run: install ## Start the local platform (same as ./start.sh)
	./start.sh

.PHONY: stack-up
stack-up: install ## Start the embedded PostgreSQL and S3 server only
	$(BIN)/medilink stack up

.PHONY: stack-down
stack-down: install ## Stop the embedded services
	$(BIN)/medilink stack down

.PHONY: init-sql
init-sql: install ## Regenerate elt/init.sql from the migrations
	$(BIN)/medilink db sql --write

.PHONY: bench
bench: install ## Run the ingest benchmark (bench/ingest.py; see --help for sizes)
	$(BIN)/python bench/ingest.py

.PHONY: dashboard-screenshots
dashboard-screenshots: install install-browser ## Refresh docs/dashboards/*.png (the README's screenshots) from the browser tests
	MEDILINK_DASHBOARD_SCREENSHOTS=$(CURDIR)/docs/dashboards $(BIN)/pytest tests/dashboard -p no:randomly -k admin_sees_every_chart

.PHONY: clean
clean: ## Remove the venvs and caches (keeps .medilink/ data)
	rm -rf $(VENV) superset/.venv .pytest_cache .ruff_cache dbt/target dbt/logs
