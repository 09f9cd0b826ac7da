"""Choose qa.answer.SENTENCE_WEIGHTS: answer_hit over a grid, with a two-fold check.

The questions of SPF-105 and of seeds_qa.jsonl are split into two folds (even / odd position).
For each weight setting it measures answer_hit per set and per fold, and ranks the settings by
their *worse* fold, so a setting that wins by fitting a few questions of one fold does not come
first. Run it after changing how candidates are scored; it never edits the code.
"""

from __future__ import annotations

import itertools
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa import answer as answer_module  # noqa: E402
from qa.engine import Engine  # noqa: E402
from qa.evaluate import contains_answer, load_dataset  # noqa: E402
from qa.settings import Settings  # noqa: E402

HERE = Path(__file__).resolve().parent
SPF = HERE.parent.parent / "shared" / "bench" / "spf_qr_test.json"
GRID = {
    "lexical": (1.0, 2.0),
    "retrieval": (0.5, 1.0),
    "heading": (0.0, -1.0),
    "lead": (0.0, 1.0, 2.0, 3.0),
    "yesno": (0.0, 1.0),
    "phrase": (0.0, 0.5, 1.0),
}


def hits(engine: Engine, searches: list, questions: list) -> list[bool]:
    out = []
    for result, q in zip(searches, questions):
        a = engine.answerer.answer_from(result, 5, force=True)
        out.append(contains_answer(a.text, q.answers))
    return out


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    base = Settings.from_env()
    sets = {}
    for name, path, corpus_dir in (("spf", SPF, None), ("seeds", HERE / "seeds_qa.jsonl", base.corpus_dir)):
        questions, corpus, emb = load_dataset(path, corpus_dir, base.cache_dir)
        engine = Engine(base.replace(corpus_dir=corpus, embeddings_dir=emb))
        engine.ensure_built()
        questions = [q for q in questions if q.answerable]
        searches = [engine.answerer.retriever.search(q.question, k=5) for q in questions]
        sets[name] = (engine, questions, searches)

    default = dict(answer_module.SENTENCE_WEIGHTS)
    rows = []
    for values in itertools.product(*GRID.values()):
        answer_module.SENTENCE_WEIGHTS.update(dict(zip(GRID, values)))
        per_fold = [[0, 0], [0, 0]]
        shares = {}
        for name, (engine, questions, searches) in sets.items():
            h = hits(engine, searches, questions)
            shares[name] = sum(h) / len(h)
            for i, ok in enumerate(h):
                per_fold[i % 2][0] += ok
                per_fold[i % 2][1] += 1
        folds = [a / b for a, b in per_fold]
        rows.append((min(folds), folds, shares, dict(zip(GRID, values))))
    answer_module.SENTENCE_WEIGHTS.update(default)

    rows.sort(key=lambda r: (r[0], sum(r[1])), reverse=True)
    print(f"{'worst fold':>10} {'fold A':>7} {'fold B':>7} {'SPF':>6} {'seeds':>6}  weights")
    for worst, folds, shares, weights in rows[:10]:
        print(f"{worst:10.3f} {folds[0]:7.3f} {folds[1]:7.3f} {shares['spf']:6.3f} {shares['seeds']:6.3f}  {weights}")
    current = {k: default[k] for k in GRID}
    mine = next(r for r in rows if r[3] == current)
    print(f"\ncurrent {current}: folds {mine[1][0]:.3f} / {mine[1][1]:.3f}, "
          f"SPF {mine[2]['spf']:.3f}, seeds {mine[2]['seeds']:.3f}")


if __name__ == "__main__":
    main()
