# qa — the two commands users need: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PIP_CONSTRAINT := $(CURDIR)/constraints.txt
export HF_HUB_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: install run test bench bench-faults bench-scale calibrate lint screenshot browser clean

$(STAMP): pyproject.toml constraints.txt
	@echo "qa: first run on this machine — creating $(VENV) and installing qa with CPU torch, spaCy's French model and gradio (a few minutes, once)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# CPU torch first, from its pinned version (unpinned pulls GBs of CUDA wheels).
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	@echo "qa: starting the app; if embeddings/ is missing or stale it is built first (about a minute on the seeds), then http://$${QA_HOST:-127.0.0.1}:$${QA_PORT:-7860}"
	$(BIN)/qa serve

# Debian's Chromium for the browser tests (test tools cannot download browsers here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
	  || echo "warning: could not install chromium; browser tests will be skipped (they fail under CI=true)"; }

test: install browser
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python -u benchmarks/run.py

# qa serve under 20 clients while it is rebuilt in the app, from the CLI, and while builds are killed.
bench-faults: install
	$(BIN)/python -u benchmarks/faults.py

# Build, start and answer at N chunks with a stand-in encoder; one JSON line per size (CHUNKS=10000 50000 …, BACKEND=milvus).
CHUNKS ?= 10000 100000
BACKEND ?= faiss
bench-scale: install
	@for n in $(CHUNKS); do $(BIN)/python -u benchmarks/scale.py --chunks $$n --backend $(BACKEND) --json; done

# Refit qa/answer/model.json (ranker + confidence) by cross-validation and print the held-out figures,
# then the map to the confidence shown (qa/answer/unread.json) from the recorded answers to unread files.
calibrate: install
	$(BIN)/python -u benchmarks/calibrate.py
	$(BIN)/python -u benchmarks/unread.py fit

lint: install
	$(BIN)/ruff check qa tests benchmarks app.py

screenshot: install browser
	$(BIN)/python benchmarks/screenshots.py

clean:
	rm -rf $(VENV) .cache .pytest_cache
