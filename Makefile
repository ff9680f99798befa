# The two commands: `make run` and `make test`. Everything else is a step they call.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The translations: the .po is the source, the .mo is built (never committed).
PO := src/lastimpression/locale/fr/LC_MESSAGES/django.po
MO := $(PO:.po=.mo)

.PHONY: run test lint types check bench system system-run venv messages extract-messages clean

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

# Recompiled whenever the .po changes (pure Python, Babel: no GNU gettext needed).
$(MO): $(PO) | $(STAMP)
	$(PY) -m lastimpression.i18n compile

messages: $(MO)

# After adding or changing a string in the code or a template: new msgids into the .po
# (then translate them there; see docs/translating.md).
extract-messages: venv
	$(PY) -m lastimpression.i18n extract

run: system-run venv messages
	$(PY) -m lastimpression migrate
	$(PY) -m lastimpression serve

lint: venv
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench

types: venv
	$(VENV)/bin/mypy src

check: venv messages
	$(PY) -m pytest

# The tests start the real services they need themselves (Postfix and Dovecot through
# scripts/mail-services.sh, spamd, khal, Chromium) and stop them afterwards.
test: system venv messages lint types
	$(PY) -m pytest

bench: system venv
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(MO)
