"""`make bench-scale`: build, start and answer at N chunks, printed as one JSON object.

    python benchmarks/scale.py --chunks 10000 [--backend faiss|milvus] [--index-factory auto|Flat|HNSW32] --json

A synthetic French corpus (deterministic: articles of sentences drawn from a news vocabulary, with
names, dates and amounts) is built with the real build code and a fast deterministic stand-in
encoder (hashed words projected to 384 dimensions), so encoding time is excluded and everything else
is measured: chunking, spaCy annotation, BM25, FAISS, writing. Then a fresh process loads the index
and answers 100 questions. Keys (read by other tools): chunks, build_s, build_peak_rss_mb, disk_mb,
startup_s, serve_rss_mb, retrieval_p50_ms, answer_p50_ms, answer_p95_ms, recall_at_10.
Targets (issue 12): 1M chunks with build peak ≤ 4 GiB, start-up ≤ 10 s, serving ≤ 2 GiB, answer
p50 ≤ 50 ms, recall@10 ≥ 0.95. Not run by CI.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = ["accord", "coopération", "militaire", "frontière", "gouvernement", "ministre", "sécurité", "commerce", "énergie", "pétrole", "gaz", "cosmodrome", "lancement", "satellite", "sanctions", "alliance", "sommet", "délégation", "parlement", "ratification", "traité", "exportations", "investissements", "entreprises", "infrastructure", "transport", "chemin", "fer", "port", "douane", "budget", "croissance", "inflation", "monnaie", "banque", "réforme", "élection", "opposition", "manifestation", "presse", "frontalier", "région", "province", "capitale", "ambassade", "diplomatie", "partenariat", "stratégie", "défense", "armée", "exercices"]
NAMES = ["Kazakhstan", "Russie", "Ouzbékistan", "Kirghizistan", "Tadjikistan", "Biélorussie", "Arménie", "Chine", "Moscou", "Astana", "Almaty", "Tokaïev", "Poutine", "Michoustine", "Lavrov", "Smaïlov", "Baïkonour", "OTSC", "CEI", "UEE"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
DIM = 384


class StandInEncoder:
    """Hashed words projected to 384 dimensions: deterministic, fast, and similar texts get similar vectors."""

    model_id = "stand-in/hashed-words-384"
    dim = DIM

    def __init__(self) -> None:
        self._words: dict[str, np.ndarray] = {}
        self.seconds = 0.0
        """Time spent encoding, so the build's own time can be reported without it."""

    def _word(self, word: str) -> np.ndarray:
        v = self._words.get(word)
        if v is None:
            h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
            v = self._words[word] = np.random.default_rng(h).standard_normal(DIM).astype(np.float32)
        return v

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(DIM, dtype=np.float32)
        for word in text.lower().split():
            v += self._word(word)
        n = np.linalg.norm(v)
        return v / n if n else v

    def encode_queries(self, texts):
        return np.vstack([self._vector(t) for t in texts]) if texts else np.zeros((0, DIM), np.float32)

    def encode_passages(self, texts, progress=None):
        started = time.perf_counter()
        out = self.encode_queries(list(texts))
        self.seconds += time.perf_counter() - started
        if progress:
            progress(len(texts))
        return out


def sentence(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(8, 14))
    words.insert(rng.randrange(len(words)), rng.choice(NAMES))
    text = " ".join(words)
    extra = rng.random()
    if extra < 0.3:
        text += f" en {rng.choice(MONTHS)} {rng.randint(1991, 2024)}"
    elif extra < 0.5:
        text += f" pour {rng.randint(2, 900)} millions de dollars"
    return text[0].upper() + text[1:] + "."


def write_corpus(root: Path, chunks: int, seed: int = 7) -> list[str]:
    """About `chunks` chunks of 600 characters: articles of 12 paragraphs of 3 sentences."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    questions = []
    per_doc = 12  # paragraphs of ~3 sentences ≈ one 600-character chunk each
    for d in range(max(1, chunks // per_doc)):
        paragraphs = [" ".join(sentence(rng) for _ in range(3)) for _ in range(per_doc)]
        title = f"Article {d}: {rng.choice(NAMES)} et {rng.choice(NAMES)}"
        date = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        (root / f"{d:07d}.md").write_text(f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ndate: {date}\n---\n" + "\n\n".join(paragraphs) + "\n",
                                          encoding="utf-8")
        if len(questions) < 100 and rng.random() < 0.5:
            words = rng.choice(paragraphs).split(". ")[0].split()
            questions.append(f"Quel {' '.join(words[1:7]).lower()} ?")
    return questions


def probe(args: argparse.Namespace) -> None:
    """Run in a fresh process: load, answer the questions, print timings (JSON)."""
    import qa.encoders as encoders

    started = time.perf_counter()
    encoders.load_encoder = lambda *a, **k: StandInEncoder()  # the stand-in, everywhere
    import qa.engine as engine_mod

    engine_mod.load_encoder = encoders.load_encoder
    from qa.engine import Engine
    from qa.settings import Settings

    settings = Settings.from_env(environ={}, corpus_dir=args.corpus, embeddings_dir=args.embeddings,
                                 model="stand-in", backend=args.backend, index_factory=args.index_factory)
    engine = Engine(settings)
    questions = json.loads(Path(args.questions).read_text(encoding="utf-8"))
    engine.ask(questions[0])
    startup = time.perf_counter() - started
    search_ms, answer_ms = [], []
    for q in questions:
        t = time.perf_counter()
        engine.search(q, k=5)
        search_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        engine.ask(q)
        answer_ms.append((time.perf_counter() - t) * 1000)
    rss = _tree_mb("VmRSS")
    print(_memory_breakdown(), file=sys.stderr)
    print(json.dumps({"startup_s": round(startup, 2), "serve_rss_mb": round(rss),
                      "retrieval_p50_ms": round(float(np.percentile(search_ms, 50)), 1),
                      "answer_p50_ms": round(float(np.percentile(answer_ms, 50)), 1),
                      "answer_p95_ms": round(float(np.percentile(answer_ms, 95)), 1)}))


def _memory_breakdown() -> str:
    """Where this process's RSS is: its own (anonymous) memory, and the pages of each mapped index
    file it has read (the kernel's cache: shared, and dropped first under memory pressure)."""
    files: dict[str, float] = {}
    anonymous, current = 0.0, ""
    try:
        lines = Path("/proc/self/smaps").read_text().splitlines()
    except OSError:
        return "no /proc/self/smaps"
    for line in lines:
        head = line.split()
        if head and "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
            current = head[5] if len(head) > 5 and head[5].startswith("/") else ""
        elif line.startswith("Rss:"):
            kb = int(head[1]) / 1024
            if current and not current.startswith(("/usr", "/lib", sys.prefix, sys.base_prefix)):
                files[Path(current).name] = files.get(Path(current).name, 0.0) + kb
        elif line.startswith("Anonymous:"):
            anonymous += int(head[1]) / 1024
    mapped = ", ".join(f"{name} {mb:.0f} MB" for name, mb in sorted(files.items(), key=lambda x: -x[1])[:5])
    return f"serving memory: anonymous {anonymous:.0f} MB; mapped index files: {mapped or 'none'}"


def _tree_mb(field: str) -> float:
    """This process's memory plus its children's (Milvus Lite serves from a child process): VmRSS now,
    or VmHWM, each process's peak (their sum bounds the peak of the whole)."""
    def read(pid: str) -> float:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return 0.0

    me, total = str(os.getpid()), 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == me:
            total += read(stat.parent.name)
    return read(me) + total


def build(args: argparse.Namespace) -> None:
    """Run in a fresh process, so its peak RSS is the build's."""
    from qa.index import build_index
    from qa.settings import Settings

    settings = Settings.from_env(environ={}, corpus_dir=args.corpus, embeddings_dir=args.embeddings,
                                 model="stand-in", index_factory=args.index_factory, backend=args.backend,
                                 max_file_bytes=50_000_000, max_sentences=1_000_000)
    import qa.index as index_mod

    index_mod.expected_model_id = lambda *a, **k: StandInEncoder.model_id
    started = time.perf_counter()
    encoder = StandInEncoder()
    peak, done = [0.0], threading.Event()

    def sample() -> None:
        # The build and its spaCy processes together, ten times a second.
        while not done.wait(0.1):
            peak[0] = max(peak[0], _tree_mb("VmRSS"))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    report = build_index(settings, encoder=encoder, use_cache=False)
    done.set()
    sampler.join()
    own = _tree_mb("VmHWM")
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rss = max(peak[0], own)
    print(f"build peak {rss:.0f} MB (sampled over the process tree); this process alone {own:.0f} MB, "
          f"largest spaCy process {children:.0f} MB", file=sys.stderr)
    manifest = json.loads((Path(report.path) / "manifest.json").read_text(encoding="utf-8"))
    print(json.dumps({"chunks": report.chunks, "build_s": round(time.perf_counter() - started - encoder.seconds, 1),
                      "build_peak_rss_mb": round(rss), "recall_at_10": manifest.get("ann", {}).get("recall_at_10", 1.0),
                      "ann": manifest.get("ann", {})}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=10_000)
    parser.add_argument("--backend", default="faiss", choices=["faiss", "milvus"])
    parser.add_argument("--index-factory", default="auto")
    parser.add_argument("--json", action="store_true", help="print only the JSON object")
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a scratch directory)")
    parser.add_argument("--_probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--_build", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--embeddings", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--questions", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._probe:
        return probe(args)
    if args._build:
        return build(args)

    root = args.keep or Path(tempfile.mkdtemp(prefix="qa-scale-"))
    corpus, embeddings = root / "corpus", root / "embeddings"
    try:
        questions = write_corpus(corpus, args.chunks)
        (root / "questions.json").write_text(json.dumps(questions, ensure_ascii=False), encoding="utf-8")
        env = {**os.environ, "HF_HUB_OFFLINE": "1"}
        common = ["--corpus", str(corpus), "--embeddings", str(embeddings), "--index-factory", args.index_factory,
                  "--backend", args.backend]
        out = subprocess.run([sys.executable, __file__, "--_build", *common], env=env, capture_output=True, text=True)
        if out.returncode:
            sys.exit(f"the build failed:\n{out.stderr[-3000:]}")
        if not args.json:
            print(out.stderr.strip().splitlines()[-1], file=sys.stderr)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        disk = sum(p.stat().st_size for p in embeddings.rglob("*") if p.is_file()) / 1e6
        out = subprocess.run([sys.executable, __file__, "--_probe", *common, "--questions", str(root / "questions.json")],
                             env=env, capture_output=True, text=True)
        if out.returncode:
            sys.exit(f"the probe failed:\n{out.stderr[-3000:]}")
        result.update(json.loads(out.stdout.strip().splitlines()[-1]))
        if not args.json:
            print(next((line for line in out.stderr.splitlines() if line.startswith("serving memory")), ""),
                  file=sys.stderr)
        result["disk_mb"] = round(disk, 1)
        keys = ("chunks", "build_s", "build_peak_rss_mb", "disk_mb", "startup_s", "serve_rss_mb",
                "retrieval_p50_ms", "answer_p50_ms", "answer_p95_ms", "recall_at_10")
        print(json.dumps({k: result[k] for k in keys}))
        if not args.json:
            print(f"backend {args.backend}, index {args.index_factory}, ANN {result.get('ann')}", file=sys.stderr)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
