# Two commands do all set-up on a fresh machine:
#   make run    installs aigw into .venv and starts the gateway on the embedded defaults in rules/
#   make test   installs aigw with its test extras and runs the whole test suite
SHELL := /bin/bash
VENV  ?= .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Python >= 3.12: python3.12 on PATH, else pyenv's 3.12, else fail loudly.
PYTHON312 := $(shell command -v python3.12 >/dev/null 2>&1 && python3.12 -c 'import sys; assert sys.version_info >= (3, 12)' 2>/dev/null && command -v python3.12 || ls -d /root/.pyenv/versions/3.12*/bin/python3.12 2>/dev/null | tail -n1)

.PHONY: run test install system bench check-rules clean soak

$(PY):
	@test -n "$(PYTHON312)" || { echo "aigw needs Python >= 3.12 (python3.12 not found)" >&2; exit 1; }
	$(PYTHON312) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(VENV)/bin/aigw run

# Debian packages the tests use (chromium, haproxy, squid, slapd, …): idempotent, installs what is missing.
system:
	bash scripts/setup-system.sh

test: install system
	$(PY) -m pytest -n 2 -q

# Long reliability runs (load with upstream faults, memory): not part of make test.
soak: install system
	AIGW_SOAK=1 $(PY) -m pytest -q -s tests/soak

check-rules: install
	$(VENV)/bin/aigw check-rules

# GiNZA (spaCy ja_ginza) is a benchmark baseline only, never a runtime dependency. It pins
# SudachiPy < 0.7, so it lives in its own venv.
GINZA_VENV ?= .venv-bench-ginza
$(GINZA_VENV)/.installed:
	$(PYTHON312) -m venv $(GINZA_VENV)
	$(GINZA_VENV)/bin/pip install -q presidio-analyzer ginza ja-ginza
	touch $@

bench: install $(GINZA_VENV)/.installed
	$(PY) bench/bench_proxy.py
	$(PY) bench/bench_scanner.py --ginza-python $(GINZA_VENV)/bin/python
	$(PY) bench/bench_logs.py

clean:
	rm -rf $(VENV) $(GINZA_VENV) .pytest_cache build *.egg-info
