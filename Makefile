# The two commands: `make run` and `make test`. Everything else is a step they call.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The translations: the .po is the source, the .mo is built (never committed).
PO := src/lastimpression/locale/fr/LC_MESSAGES/django.po
MO := $(PO:.po=.mo)

.PHONY: run test test-shifted lint types check bench bench-effort fuzz system system-run venv messages extract-messages clean

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
	$(MAKE) --no-print-directory test-shifted

# The suite again with the machine's date 400 and 1,500 days ahead (Debian's faketime), so that
# a test bound to today's date can never land: the program reads one clock, which the tests
# freeze. The monotonic clock stays real: with it shifted, every timed wait (Event.wait(1))
# would wait until the real date caught up. The fuzz (random values, no date of today in them)
# runs once, in the main pass, to keep CI short. The browser and real-server tests (tests/e2e) are left out: under faketime, Chromium,
# Postfix and Dovecot would see a date their certificates and logs do not expect.
SHIFTS ?= +400d +1500d
test-shifted: venv messages
	@if ! command -v faketime >/dev/null; then \
	  if [ -n "$$CI" ]; then echo "faketime is missing (scripts/system-packages.sh installs it)" >&2; exit 1; fi; \
	  echo "note: faketime is missing: the shifted-date pass is skipped" >&2; exit 0; fi; \
	for shift in $(SHIFTS); do \
	  echo "== the suite with the machine's date $$shift =="; \
	  FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "$$shift" $(PY) -m pytest -q -p no:cacheprovider --ignore tests/e2e --ignore tests/fuzz || exit 1; \
	done

bench: system venv
	$(PY) bench/run.py

# How many taps, fields and page loads the two flows of issue 16 take, in Chromium against a
# real `serve` (bench/effort.py; docs/benchmarks.md, "Effort").
bench-effort: system venv messages
	$(PY) bench/effort.py --show

# The fuzz tests (tests/fuzz: restore, every command's options) with many more examples than
# `make test` gives them; their statistics (examples tried, how each ended) are printed.
FUZZ_EXAMPLES ?= 2000
fuzz: venv messages
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest -q -p no:cacheprovider tests/fuzz --hypothesis-show-statistics

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(MO)
