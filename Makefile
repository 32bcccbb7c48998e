# `make run` starts Carnet, `make test` runs the tests; both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench package clean

run: $(STAMP)
	bash packaging/system-deps.sh run
	$(BIN)/carnet

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	bash packaging/system-deps.sh run
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/carnet.spec
	QT_QPA_PLATFORM=offscreen dist/carnet/carnet --smoke-test

$(STAMP): pyproject.toml packaging/system-deps.sh
	bash packaging/system-deps.sh test
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
