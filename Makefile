# Two commands do all set-up on a fresh machine:
#   make run    installs aigw into .venv and starts the gateway on the embedded defaults in rules/
#   make test   installs aigw with its test extras and runs the whole test suite
SHELL := /bin/bash
VENV  ?= .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed

#   make run HOST=0.0.0.0 PORT=3128 ARGS='--set aigw_audit_log=/tmp/audit.jsonl'
#   make install-cli [BINDIR=~/.local/bin]   puts `aigw` on PATH (a symlink to .venv/bin/aigw)

# Python >= 3.12, no hard-coded paths: $(PYTHON) if given; else python3.12 on PATH; else pyenv's 3.12
# (`pyenv prefix 3.12`); else `uv python find 3.12`; else python3 on PATH when it is >= 3.12; else fail loudly.
PY_OK = -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)'
PYTHON312 := $(shell \
  ok() { [ -n "$$1" ] && [ -x "$$1" ] && "$$1" $(PY_OK) >/dev/null 2>&1 && echo "$$1"; }; \
  ok "$(PYTHON)" || ok "$$(command -v python3.12 2>/dev/null)" || \
  { command -v pyenv >/dev/null 2>&1 && ok "$$(pyenv prefix 3.12 2>/dev/null | tail -n1)/bin/python3.12"; } || \
  { command -v pyenv >/dev/null 2>&1 && ok "$$(PYENV_VERSION=3.12 pyenv which python3.12 2>/dev/null)"; } || \
  { command -v uv >/dev/null 2>&1 && ok "$$(uv python find 3.12 2>/dev/null)"; } || \
  ok "$$(command -v python3 2>/dev/null)")

HOST   ?= 127.0.0.1
PORT   ?= 8080
ARGS   ?=
BINDIR ?= $(HOME)/.local/bin

.PHONY: oidc-idp run test install install-cli uninstall-cli python system bench check-rules clean soak

$(PY):
	@test -n "$(PYTHON312)" || { echo "aigw needs Python >= 3.12: none found (tried PYTHON=, python3.12 on PATH," \
	  "pyenv prefix 3.12, uv python find 3.12, python3). Install one, e.g. 'pyenv install 3.12' or" \
	  "'uv python install 3.12', or run: make PYTHON=/path/to/python3.12" >&2; exit 1; }
	$(PYTHON312) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# which interpreter the venv is built from (make python PYTHON=… to check a choice)
python:
	@test -n "$(PYTHON312)" || { echo "no Python >= 3.12 found" >&2; exit 1; }
	@echo "$(PYTHON312)"

run: install
	$(VENV)/bin/aigw run --listen-host $(HOST) --listen-port $(PORT) $(ARGS)

# `aigw` on PATH without activating the venv: a symlink in BINDIR (default ~/.local/bin, which Debian's
# ~/.profile puts on PATH; BINDIR=/usr/local/bin as root for every user).
install-cli: install
	install -d "$(BINDIR)"
	ln -sfn "$(abspath $(VENV))/bin/aigw" "$(BINDIR)/aigw"
	@echo "aigw -> $(BINDIR)/aigw"; case ":$$PATH:" in *":$(BINDIR):"*) ;; *) echo "note: $(BINDIR) is not on PATH" >&2 ;; esac

uninstall-cli:
	@if [ -L "$(BINDIR)/aigw" ]; then rm "$(BINDIR)/aigw" && echo "removed $(BINDIR)/aigw"; fi

# Debian packages the tests use (chromium, haproxy, squid, slapd, …): idempotent, installs what is missing.
system:
	bash scripts/setup-system.sh

# the OpenID Connect provider of the console sign-in test (tests/support/oidc/): npm ci from the committed lock
OIDC_IDP := tests/support/oidc/node_modules/.package-lock.json
$(OIDC_IDP): tests/support/oidc/package-lock.json
	npm ci --prefix tests/support/oidc --no-audit --no-fund --loglevel=error
	touch $@

oidc-idp: $(OIDC_IDP)

# TEST_JOBS workers (make test TEST_JOBS=3): much of the suite waits (gateway start-ups, upstream
# delays, browsers), and worksteal rebalances the long end-to-end tests; the 30 slowest are listed
TEST_JOBS ?= 2
test: install system oidc-idp
	$(PY) -m pytest -n $(TEST_JOBS) --dist worksteal --durations=30 -q

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
	$(PY) bench/bench_worst.py
	$(PY) bench/bench_ws_frames.py
	$(PY) bench/bench_hooks.py

clean:
	rm -rf $(VENV) $(GINZA_VENV) .pytest_cache build *.egg-info tests/support/oidc/node_modules
