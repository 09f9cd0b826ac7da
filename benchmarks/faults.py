"""`make bench-faults`: `qa serve` under 20 clients while it is rebuilt and builds are killed.

Phases, each with the clients asking all along:
  baseline     nothing else running
  app rebuild  the app's Rebuild (a new document, the embedding cache emptied: a full re-embed)
  cli rebuild  `qa build --force --no-cache` in another process
  kill -9      10 CLI builds killed (whole process group, spaCy included) at random points,
               then one build that must resume the embedding work and leave nothing behind
  after        nothing else running, to see the server recovered
Printed: requests, errors, quotes not found verbatim in the current source, p50/p95 latency per
phase, the p95 ratio to the baseline (target ≤ 2), and the leftovers after the next build.
Only 127.0.0.1 is ever contacted. Not run by CI: it takes a few minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.corpus import parse_document  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
QA = str(Path(sys.executable).with_name("qa"))


@dataclass
class Request:
    started: float
    seconds: float
    error: str
    wrong_quote: bool


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url + "/config", timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the server at {url} did not come up in {timeout:.0f}s")


def call(url: str, api: str, data: list, timeout: float = 600) -> list:
    """One Gradio API call over plain HTTP (a gradio_client per thread costs the server CPU here)."""
    request = urllib.request.Request(f"{url}/gradio_api/call/{api}", data=json.dumps({"data": data}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        event_id = json.loads(response.read())["event_id"]
    with urllib.request.urlopen(f"{url}/gradio_api/call/{api}/{event_id}", timeout=timeout) as response:
        event = ""
        for raw in response:
            line = raw.decode("utf-8").rstrip("\n")
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and event in ("complete", "error"):
                payload = line.split(":", 1)[1].strip()
                if event == "error":
                    raise RuntimeError(f"server error: {payload[:200]}")
                return json.loads(payload)
    raise RuntimeError("the event stream ended without a result")


def quote_in_source(corpus: Path, answer: dict) -> bool:
    path = corpus / answer["doc_id"]
    try:
        text = parse_document(answer["doc_id"], path.read_bytes(), path=str(path)).text
    except OSError:
        return False
    return text[answer["start"] : answer["end"]] == answer["text"]


class Clients:
    def __init__(self, url: str, corpus: Path, questions: list[str], n: int) -> None:
        self.url, self.corpus, self.questions, self.n = url, corpus, questions, n
        self.records: list[Request] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        for i in range(self.n):
            thread = threading.Thread(target=self._run, args=(i,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(120)

    def _run(self, seed: int) -> None:
        rng = random.Random(seed)
        while not self._stop.is_set():
            question = rng.choice(self.questions)
            started = time.time()
            error, wrong = "", False
            try:
                answer = call(self.url, "ask", [question, 5, [], "", ""], timeout=120)[0]
                if not answer["abstained"]:
                    wrong = not quote_in_source(self.corpus, answer)
            except Exception as exc:  # noqa: BLE001 - every failure is counted, whatever it is
                error = f"{exc.__class__.__name__}: {str(exc)[:120]}"
            with self._lock:
                self.records.append(Request(started, time.time() - started, error, wrong))

    def between(self, start: float, end: float) -> list[Request]:
        with self._lock:
            return [r for r in self.records if start <= r.started < end]


def run(cmd: list[str], env: dict[str, str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, env=env, capture_output=True, text=True, **kw)


def leftovers(embeddings: Path) -> list[str]:
    found = [*embeddings.glob(".building-*"), *embeddings.glob(".CURRENT.*"), *embeddings.glob("cache/*/.*")]
    versions = list(embeddings.glob("v-*"))
    names = [p.name for p in found]
    if len(versions) > 2:
        names.append(f"{len(versions)} version directories (at most 2 expected)")
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--baseline-seconds", type=float, default=30)
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="qa-faults-"))
    corpus, embeddings = scratch / "corpus", scratch / "embeddings"
    shutil.copytree(ROOT / "seeds", corpus)
    port = free_port()
    env = {**os.environ, "QA_CORPUS_DIR": str(corpus), "QA_EMBEDDINGS_DIR": str(embeddings),
           "QA_HOST": "127.0.0.1", "QA_PORT": str(port), "HF_HUB_OFFLINE": "1",
           "GRADIO_ANALYTICS_ENABLED": "False"}
    url = f"http://127.0.0.1:{port}"
    questions = [json.loads(line)["question"] for line in (HERE / "seeds_qa.jsonl").open(encoding="utf-8")]
    phases: dict[str, tuple[float, float]] = {}
    notes: list[str] = []

    started = time.time()
    first = run([QA, "build"], env)
    if first.returncode:
        raise SystemExit(first.stderr)
    build_seconds = time.time() - started
    print(f"scratch {scratch}; first build {build_seconds:.0f}s", flush=True)

    log = open(scratch / "serve.log", "w")  # noqa: SIM115 - open for the server's whole life
    server = subprocess.Popen([QA, "serve"], env=env, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)
    try:
        wait_for(url, 120)
        clients = Clients(url, corpus, questions, args.clients)
        clients.start()
        time.sleep(5)  # every client connected and warm

        t = time.time()
        time.sleep(args.baseline_seconds)
        phases["baseline"] = (t, time.time())
        print("baseline done", flush=True)

        (corpus / "zz_new.txt").write_text(
            "Un nouveau port sec\n\nLe port sec de Khorgos a traité 200 000 conteneurs en 2023.\n",
            encoding="utf-8")
        shutil.rmtree(embeddings / "cache", ignore_errors=True)
        t = time.time()
        message = call(url, "rebuild", ["fr"])
        phases["app rebuild"] = (t, time.time())
        notes.append(f"app rebuild: {str(message[0] if isinstance(message, (list, tuple)) else message)[:90]}")
        print("app rebuild done", flush=True)

        t = time.time()
        cli = run([QA, "build", "--force", "--no-cache"], env)
        phases["cli rebuild"] = (t, time.time())
        loaded_build_seconds = time.time() - t
        notes.append(f"cli rebuild exit {cli.returncode}")
        print("cli rebuild done", flush=True)

        shutil.rmtree(embeddings / "cache", ignore_errors=True)
        rng = random.Random(7)
        t = time.time()
        for _ in range(args.kills):
            build = subprocess.Popen([QA, "build", "--force"], env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
            time.sleep(rng.uniform(0.5, max(loaded_build_seconds * 0.9, 1.0)))
            os.killpg(build.pid, signal.SIGKILL)
            build.wait()
        before = leftovers(embeddings)
        parts = len(list(embeddings.glob("cache/*/part-*.npy")))
        resumed = run([QA, "build", "--force"], env)
        phases["kill -9"] = (t, time.time())
        after = leftovers(embeddings)
        notes.append(f"after {args.kills} kills: {parts} embedding-cache part files saved; "
                     f"left behind: {before or 'nothing'}")
        notes.append(f"next build exit {resumed.returncode}: {resumed.stdout.strip().splitlines()[-1:]}")
        notes.append(f"leftovers after the next build: {len(after)} {after or ''}")
        print("kills done", flush=True)

        t = time.time()
        time.sleep(args.baseline_seconds / 2)
        phases["after"] = (t, time.time())
        clients.stop()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)

    print(f"\n{args.clients} clients, questions from benchmarks/seeds_qa.jsonl")
    print(f"{'phase':14}{'s':>6}{'requests':>10}{'errors':>8}{'wrong q.':>9}{'p50 s':>8}{'p95 s':>8}{'p95 ratio':>11}")
    base95 = None
    for name, (a, b) in phases.items():
        recs = clients.between(a, b)
        ok = [r.seconds for r in recs if not r.error]
        p50, p95 = (float(np.percentile(ok, q)) if ok else 0.0 for q in (50, 95))
        base95 = base95 or p95
        print(f"{name:14}{b - a:6.0f}{len(recs):10}{sum(bool(r.error) for r in recs):8}"
              f"{sum(r.wrong_quote for r in recs):9}{p50:8.2f}{p95:8.2f}{p95 / base95 if base95 else 0:11.2f}")
    errors = sorted({r.error for r in clients.records if r.error})
    for e in errors[:5]:
        print(f"  error: {e}")
    for note in notes:
        print(f"  {note}")
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
