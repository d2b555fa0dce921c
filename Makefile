# Two entry points: `make demo` and `make test`. Both create .venv on first use
# and reinstall only when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.lintkit-installed

# The demo's date: review ages and freshness are measured at it, so that the
# totals README.md quotes do not change with the day the demo runs.
DEMO_AS_OF := 2026-11-24

.PHONY: demo test lint docs clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

# The demo shows findings; it is not a gate: exit 1 (findings) is fine, 2 is not.
demo: $(STAMP)
	@$(BIN)/lintkit check --as-of $(DEMO_AS_OF) examples/; status=$$?; [ $$status -le 1 ]

# Tests run on every core (pytest-xdist). Bytecode is compiled once first: many
# tests start lintkit in a subprocess, and with PYTHONDONTWRITEBYTECODE set (as
# on some CI machines) each start would otherwise compile every module again.
# PYTEST_ARGS adds options (.ci/run: the slowest tests, to see where CI's time goes).
test: $(STAMP)
	$(BIN)/python -m compileall -q lintkit >/dev/null
	$(BIN)/python -m pytest -q -n auto --dist loadgroup $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

docs: $(STAMP)
	$(BIN)/python -m lintkit.docgen > docs/rules.md

clean:
	rm -rf $(VENV) .lintkit_cache .pytest_cache
