# `make run` starts Carnet, `make test` runs the tests; both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QM := resources/translations/carnet_fr.qm

.PHONY: run test bench bench-import package wheel translations screenshot team-demo team-demo-stop clean

run: $(STAMP) $(QM)
	bash packaging/system-deps.sh run
	$(BIN)/carnet

test: $(STAMP) $(QM)
	bash packaging/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py $(BENCH)

# The importers beside their peers on public corpora laid out by bench/corpora/assemble.py
# (bench/corpora/README.md says where each comes from): `make bench-import CORPORA=DIR`.
bench-import: $(STAMP)
	$(BIN)/python bench/corpora/run.py $(CORPORA) $(ONLY)

package: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	bash packaging/system-deps.sh run
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/carnet.spec
	QT_QPA_PLATFORM=offscreen dist/carnet/carnet --smoke-test

# A wheel for `pip install`: the code, the samples, the icons, the compiled translations
# and the freedesktop files (installed under the environment's share/).
wheel: $(STAMP) $(QM)
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .

# The interface's translations: `make translations` gathers the texts to translate from the
# code into the .ts sources (edited with Qt Linguist); the build compiles them to .qm.
$(QM): resources/translations/carnet_fr.ts $(STAMP)
	$(BIN)/python packaging/qt_tool.py lrelease -silent $< -qm $@

# A local PostgreSQL server holding a team library with two members and the samples, for
# trying team libraries on one machine (packaging/team_demo.py); it prints the addresses.
team-demo: $(STAMP)
	bash packaging/system-deps.sh test
	$(BIN)/python packaging/team_demo.py

team-demo-stop: $(STAMP)
	$(BIN)/python packaging/team_demo.py --stop

screenshot: $(STAMP) $(QM)
	$(BIN)/python packaging/screenshot.py

translations: $(STAMP)
	$(BIN)/python packaging/update_translations.py

$(STAMP): pyproject.toml packaging/system-deps.sh
	bash packaging/system-deps.sh base
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache $(QM)
