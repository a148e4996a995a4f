# Two entry points for people: `make run` starts the app, `make test` runs every check.
# Both create .venv on first use and install the project into it.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test translations lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

translations: $(STAMP)
	$(PY) -m coi_desktop.i18n_build

run: $(STAMP) translations
	$(PY) main.py $(ARGS)

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# Every benchmark, one after another; writes benchmarks/results.json and prints the table.
.PHONY: bench
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py $(ARGS)
