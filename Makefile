PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench clean bytecode

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,push,cluster]'
	touch $(STAMP)

# The package's bytecode, as a regular install writes it (an editable install leaves it to the first
# import, and PYTHONDONTWRITEBYTECODE stops that: then every govkg process compiles every changed module).
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q graph

run: bytecode
	$(BIN)/govkg build seeds/ --out output/

test: bytecode
	$(BIN)/python -m pytest -q

bench: bytecode
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) output/.versions output/current output/graph.ttl output/network.html output/facts \
	       output/store output/sources output/manifest.json output/.govkg.lock
