# The two commands: `make run` and `make test`. Everything else is a step they call.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint types check bench system system-run venv clean

# System packages (Debian, as root); skipped elsewhere with a notice. `run` needs fewer.
system:
	@bash scripts/system-packages.sh test

system-run:
	@bash scripts/system-packages.sh run

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

run: system-run venv
	$(PY) -m lastimpression migrate
	$(PY) -m lastimpression serve

lint: venv
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench

types: venv
	$(VENV)/bin/mypy src

check: venv
	$(PY) -m pytest

# The tests start the real services they need themselves (Postfix and Dovecot through
# scripts/mail-services.sh, spamd, khal, Chromium) and stop them afterwards.
test: system venv lint types
	$(PY) -m pytest

bench: system venv
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
