"""Fit the answer-confidence model (qa.answer.CONFIDENCE_COEF) and print it.

Positives: questions asked over the corpus they were written for (SPF over SPF pages, seeds
questions over the seeds). Negatives: the same questions asked over the *other* corpus, which
cannot answer them. The hand-written out-of-corpus questions in seeds_qa.jsonl stay held out
for `make bench`. A logistic regression per question language (French questions can lean on
lexical overlap; English questions over French text cannot).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.answer import FEATURES, detect_language  # noqa: E402
from qa.engine import Engine  # noqa: E402
from qa.evaluate import load_dataset  # noqa: E402
from qa.settings import Settings  # noqa: E402

HERE = Path(__file__).resolve().parent
SPF = HERE.parent.parent / "shared" / "bench" / "spf_qr_test.json"


def signals(engine: Engine, questions, positive: bool) -> list[tuple[str, list[float], int]]:
    rows = []
    for q in questions:
        if positive and not q.answerable:
            continue
        answer = engine.answerer.answer_from(engine.answerer.retriever.search(q.question, k=5), 5, force=True)
        rows.append((q.lang or detect_language(q.question), [answer.signals[f] for f in FEATURES], int(positive)))
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 20000, lr: float = 0.5):
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = (x - mu) / sd
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= lr * (z.T @ (p - y) / len(y) + l2 * w)
        b -= lr * float(np.mean(p - y))
    coef = w / sd
    return {"bias": round(float(b - (mu / sd) @ w), 3), **{f: round(float(c), 3) for f, c in zip(FEATURES, coef)}}


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    base = Settings.from_env()
    spf_q, spf_corpus, spf_emb = load_dataset(SPF, None, base.cache_dir)
    seed_q, seed_corpus, seed_emb = load_dataset(HERE / "seeds_qa.jsonl", base.corpus_dir, base.cache_dir)
    spf = Engine(base.replace(corpus_dir=spf_corpus, embeddings_dir=spf_emb))
    seeds = Engine(base.replace(corpus_dir=seed_corpus, embeddings_dir=seed_emb))
    for e in (spf, seeds):
        e.ensure_built()
    rows = (signals(spf, spf_q, True) + signals(seeds, seed_q, True)
            + signals(seeds, spf_q, False) + signals(spf, [q for q in seed_q if q.answerable], False))
    out = {}
    for lang in ("fr", "en"):
        sel = [r for r in rows if r[0] == lang]
        x = np.array([r[1] for r in sel])
        y = np.array([r[2] for r in sel], dtype=float)
        out[lang] = fit(x, y)
        print(f"{lang}: {len(sel)} rows, {int(y.sum())} positive", file=sys.stderr)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
