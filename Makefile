# Two entry points for people: `make run` starts the app, `make test` runs every check.
# Both create .venv on first use and install the project into it (afterwards
# `.venv/bin/coi-desktop` is the app's command). `make wheel` and `make bundle` build what a
# facilitator installs: the wheel in dist/, a one-folder app in dist/coi-desktop/.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test translations lint wheel bundle screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,bundle]"
	touch $(STAMP)

translations: $(STAMP)
	$(PY) -m coi_desktop.i18n_build

run: $(STAMP) translations
	$(PY) main.py $(ARGS)

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

# sdist and wheel in dist/; the build backend compiles the translations into both.
wheel: $(STAMP)
	$(PY) -m build --outdir dist .

# A one-folder app for machines without Python (packaging/coi-desktop.spec).
bundle: $(STAMP) translations
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/coi-desktop.spec
	@du -sh dist/coi-desktop | sed 's/\t.*//; s/^/bundle size: /'

# The user guide's and the README's pictures, made from the real app (tools/screenshots.py).
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py --readme

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist

# Every benchmark, one after another; writes benchmarks/results.json and prints the table.
.PHONY: bench
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py $(ARGS)
