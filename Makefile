# Two commands on a fresh machine: `make demo` and `make test`. Each creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STORE := out/store

.PHONY: demo test lint typecheck pytest clean

$(BIN)/kg: pyproject.toml
	@echo "installing kg and its dependencies into $(VENV) (log: $(VENV)/install.log)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip >$(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	$(BIN)/python -m pip install --quiet -e '.[test]' >>$(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	touch $(BIN)/kg

demo: $(BIN)/kg
	$(BIN)/kg build examples --store $(STORE)
	$(BIN)/kg export --store $(STORE) -o out/graph.ttl
	$(BIN)/kg view --store $(STORE) -o out/graph.html
	$(BIN)/kg stats --store $(STORE) --top 5
	@echo "wrote $(STORE)/ (the store), out/graph.ttl (Turtle) and out/graph.html (open it in a browser)"

test: lint typecheck pytest

lint: $(BIN)/kg
	$(BIN)/ruff check kg tests benchmarks

typecheck: $(BIN)/kg
	$(BIN)/mypy kg

pytest: $(BIN)/kg
	$(BIN)/pytest

clean:
	rm -rf out/store out/*.ttl out/*.html out/*.nq
