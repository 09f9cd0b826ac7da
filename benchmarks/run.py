"""`make bench`: retrieval and answer quality and speed, printed as tables.

1. Retrieval on SPF-105 (each SQuAD context is one document; scored at document level) for
   dense, BM25 and hybrid: recall@1, recall@5, MRR@10, build seconds, passages/s, latency.
2. The cross-validated answer figures stored in qa/answer/model.json by benchmarks/calibrate.py
   (each question scored by models that never saw it), with a reliability table and
   docs/reliability.png; then the map from that model's confidence to the one shown, fitted by
   benchmarks/unread.py on answers to question files nobody had read (qa/answer/unread.json),
   scored leave-one-file-out.
3. `qa eval` on SPF-105, cnil_dev and benchmarks/seeds_qa.jsonl with the shipped model. The
   model was fitted on these questions, so these are in-sample figures: read them as an upper bound.
   Then benchmarks/seeds_holdout.jsonl (45 questions written after the model, 12 unanswerable),
   never fitted, then seeds_fresh6.jsonl (45, 10 unanswerable) and seeds_fresh62.jsonl (182, 34), each
   phrased unlike every earlier set: held out since they were written, only their totals read (the
   README gives their figures before and after each version). seeds_fresh.jsonl to seeds_fresh5.jsonl
   and seeds_fresh7.jsonl to seeds_fresh61.jsonl are fitted on: their honest figures are the cross-validated
   "fresh" rows of step 2 (see the README for how each was used).
4. `qa ask` end-to-end latency on the seeds (query encoding included), and the retrieval
   latency on the seeds corpus.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.engine import Engine  # noqa: E402
from qa.evaluate import METRIC_KEYS, evaluate, load_dataset, ranked_documents  # noqa: E402
from qa.settings import Settings  # noqa: E402

HERE = Path(__file__).resolve().parent
SPF = HERE.parent.parent / "shared" / "bench" / "spf_qr_test.json"
CNIL = HERE.parent.parent / "shared" / "bench" / "cnil_dev.json"
MODEL = HERE.parent / "qa" / "answer" / "model.json"
PLOT = HERE.parent / "docs" / "reliability.png"


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else 0.0


def retrieval_table(base: Settings) -> None:
    questions, corpus, _ = load_dataset(SPF, None, base.cache_dir)
    scratch = Path(tempfile.mkdtemp(prefix="qa-bench-"))
    try:
        engine = Engine(base.replace(corpus_dir=corpus, embeddings_dir=scratch / "embeddings"))
        started = time.perf_counter()
        report = engine.build(use_cache=False)
        build_s = time.perf_counter() - started
        rate = report.embedded / build_s
        print(f"\nSPF-105 retrieval — {report.documents} docs, {report.chunks} chunks, "
              f"{report.embedded} passages embedded (chunks + sentences) in {build_s:.1f}s = {rate:.1f} passages/s")
        print(f"{'mode':8}{'R@1':>8}{'R@5':>8}{'MRR@10':>9}{'p50 ms':>9}{'p95 ms':>9}")
        for mode in ("dense", "bm25", "hybrid"):
            ranks, lat = [], []
            for q in questions:
                t = time.perf_counter()
                result = engine.search(q.question, k=50, mode=mode)
                lat.append((time.perf_counter() - t) * 1000)
                docs = ranked_documents(result)
                ranks.append(docs.index(q.doc) + 1 if q.doc in docs else None)
            n = len(ranks)
            r1 = sum(r == 1 for r in ranks) / n
            r5 = sum(r is not None and r <= 5 for r in ranks) / n
            mrr = sum(1 / r for r in ranks if r and r <= 10) / n
            print(f"{mode:8}{r1:8.3f}{r5:8.3f}{mrr:9.3f}{pct(lat, 50):9.1f}{pct(lat, 95):9.1f}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def cross_validated() -> None:
    import json

    from calibrate import print_cv_table

    model = json.loads(MODEL.read_text(encoding="utf-8"))
    cv = model["cross_validated"]
    print(f"\nCross-validated answer figures ({model['folds']} folds, each question file we wrote held out whole; abstain below "
          f"{model['abstain_below']}) — from {MODEL.name}, written by benchmarks/calibrate.py")
    print_cv_table(cv)
    print(f"gold document removed: abstained {cv['gold_removed_abstained']}")
    print(f"Reliability over {', '.join(model['confidence_sets'])} (out of fold): confidence bin, n, "
          "mean confidence, accuracy")
    for b in model["reliability"]:
        print(f"  {b['bin']}  {b['n']:5}  {b['confidence']:.3f}  {b['accuracy']:.3f}")
    reliability_plot(model["reliability"], PLOT)
    print(f"reliability plot: {PLOT.relative_to(HERE.parent)}")


def reliability_plot(bins: list[dict], path: Path, size: int = 420) -> None:
    """A reliability diagram (accuracy per confidence bin vs the diagonal), drawn with Pillow."""
    from PIL import Image, ImageDraw

    pad = 50
    img = Image.new("RGB", (size, size), "white")
    d = ImageDraw.Draw(img)
    inner = size - 2 * pad

    def xy(x: float, y: float) -> tuple[float, float]:
        return pad + x * inner, size - pad - y * inner

    d.rectangle([xy(0, 1), xy(1, 0)], outline="black")
    d.line([xy(0, 0), xy(1, 1)], fill="gray", width=1)
    for b in bins:
        lo = float(b["bin"].split("-")[0])
        d.rectangle([xy(lo + 0.01, b["accuracy"]), xy(lo + 0.09, 0)], fill=(70, 120, 200), outline="black")
        d.text(xy(lo + 0.02, b["accuracy"] + 0.04), str(b["n"]), fill="black")
    for t in range(0, 11, 2):
        d.text(xy(t / 10 - 0.02, -0.06), f"{t / 10:.1f}", fill="black")
        d.text(xy(-0.11, t / 10 + 0.02), f"{t / 10:.1f}", fill="black")
    d.text((pad, 12), "Reliability (cross-validated): accuracy per confidence bin", fill="black")
    d.text((size / 2 - 30, size - 22), "confidence", fill="black")
    d.text((4, pad - 14), "accuracy", fill="black")
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path)


def eval_table(title: str, report: dict) -> None:
    groups = {"all": report, **report.get("by_lang", {})}
    print(f"\n{title} — qa eval ({report['n']} questions, model {report['model']})")
    print(f"{'metric':28}" + "".join(f"{g:>10}" for g in groups))
    for key in METRIC_KEYS:
        print(f"{key:28}" + "".join(f"{groups[g][key]:>10}" for g in groups))


def conversation_table(base: Settings) -> None:
    """Follow-ups asked with their history and without it, and self-contained questions after an
    unrelated history vs alone (target: no worse)."""
    import json

    path = HERE / "followups_qa.jsonl"
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    bare = Path(tempfile.mkdtemp(prefix="qa-bench-")) / "no_history.jsonl"
    bare.write_text("".join(json.dumps({k: v for k, v in it.items() if k != "history"}, ensure_ascii=False) + "\n"
                            for it in items), encoding="utf-8")
    with_history = evaluate(path, base, base.corpus_dir, k=5)
    without = evaluate(bare, base, base.corpus_dir, k=5)
    shutil.rmtree(bare.parent, ignore_errors=True)
    print(f"\nConversation — {path.name}: answer_hit with the conversation's history / the same question alone")
    for kind in sorted(with_history["by_kind"]):
        a, b = with_history["by_kind"][kind], without["by_kind"][kind]
        print(f"  {kind:26} n={a['n']:3}  {a['answer_hit']:.3f} / {b['answer_hit']:.3f}")
    rows = [r for r in with_history["rows"] if r["kind"].startswith("followup")]
    alone = [r for r in without["rows"] if r["kind"].startswith("followup")]
    print(f"  {'all follow-ups':26} n={len(rows):3}  {sum(r['hit'] for r in rows) / len(rows):.3f} / "
          f"{sum(r['hit'] for r in alone) / len(alone):.3f}")


def conflicts_table(base: Settings) -> None:
    """Precision and recall of "sources disagree" on the conflict corpus written for the tests."""
    import json

    data = HERE.parent / "tests" / "data"
    gold = [json.loads(line) for line in (data / "conflicts_questions.jsonl").read_text(encoding="utf-8").splitlines()]
    scratch = Path(tempfile.mkdtemp(prefix="qa-bench-"))
    try:
        engine = Engine(base.replace(corpus_dir=data / "conflicts", embeddings_dir=scratch / "embeddings"))
        engine.build()
        answers = [engine.ask(g["question"]) for g in gold]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    def pr(flags: list[tuple[bool, bool]]) -> tuple[float, float]:
        tp = sum(f and g for f, g in flags)
        return tp / max(1, sum(f for f, _ in flags)), tp / max(1, sum(g for _, g in flags))

    conflict = pr([(bool(a.conflicts), g["conflict"]) for a, g in zip(answers, gold)])
    corroborated = pr([(bool(a.corroborations), g["corroborated"]) for a, g in zip(answers, gold)])
    print(f"\nSources disagree / agree — tests/data/conflicts ({len(gold)} questions, "
          f"{sum(g['conflict'] for g in gold)} with a real disagreement)")
    print(f"  'sources disagree' flag: precision {conflict[0]:.2f}, recall {conflict[1]:.2f}")
    print(f"  'confirmed by N' flag:   precision {corroborated[0]:.2f}, recall {corroborated[1]:.2f}")


def seeds_latency(base: Settings) -> None:
    engine = Engine(base)
    engine.ensure_built()
    questions = [line for line in (HERE / "seeds_qa.jsonl").read_text(encoding="utf-8").splitlines() if line]
    import json

    texts = [json.loads(line)["question"] for line in questions]
    engine.ask(texts[0])
    ask_ms, search_ms, first_nonfr_ms = [], [], []
    for round_ in range(3):
        for q in texts:
            t = time.perf_counter()
            engine.search(q, k=5)
            search_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            answer = engine.ask(q)
            ask_ms.append((time.perf_counter() - t) * 1000)
            if round_ == 0 and answer.lang != "fr":
                first_nonfr_ms.append(ask_ms[-1])
    print(f"\nSeeds corpus, {len(texts)} questions × 3 — retrieval p50 {pct(search_ms, 50):.1f} ms, "
          f"p95 {pct(search_ms, 95):.1f} ms; qa ask end-to-end p50 {pct(ask_ms, 50):.1f} ms, "
          f"p95 {pct(ask_ms, 95):.1f} ms")
    # An English or Russian question's words are encoded the first time they are seen (qa.words).
    print(f"English and Russian questions asked for the first time ({len(first_nonfr_ms)}): "
          f"p50 {pct(first_nonfr_ms, 50):.1f} ms, p95 {pct(first_nonfr_ms, 95):.1f} ms")
    t = time.perf_counter()
    report = engine.build()
    print(f"Rebuild with no change: {(time.perf_counter() - t) * 1000:.0f} ms (up to date: {report.up_to_date})")


def unread_calibration() -> None:
    import json

    from unread import MAP_OUT, show

    print(f"\nConfidence shown to users — {MAP_OUT.name}, written by benchmarks/unread.py: the model's confidence "
          "mapped by a fit on answers to question files nobody had read (every later table shows it)")
    show(json.loads(MAP_OUT.read_text(encoding="utf-8")))


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    base = Settings.from_env()
    if not SPF.is_file():
        sys.exit(f"benchmark file not found: {SPF}")
    retrieval_table(base)
    cross_validated()
    unread_calibration()
    eval_table("SPF-105 (in-sample)", evaluate(SPF, base, k=5))
    eval_table("cnil_dev (in-sample)", evaluate(CNIL, base, k=5))
    seeds = evaluate(HERE / "seeds_qa.jsonl", base, base.corpus_dir, k=5)
    eval_table("Seeds, benchmarks/seeds_qa.jsonl (in-sample)", seeds)
    print("by kind: answer_hit / abstained on unanswerable")
    for kind, m in seeds.get("by_kind", {}).items():
        print(f"  {kind:14} n={m['n']:3}  hit {m['answer_hit']:.3f}  abstained {m['abstain_rate_unanswerable']:.3f}")
    holdout = evaluate(HERE / "seeds_holdout.jsonl", base, base.corpus_dir, k=5)
    eval_table("Seeds, benchmarks/seeds_holdout.jsonl (held out: written after the model, never fitted)", holdout)
    fresh6 = evaluate(HERE / "seeds_fresh6.jsonl", base, base.corpus_dir, k=5)
    eval_table("Seeds, benchmarks/seeds_fresh6.jsonl (held out: never fitted, only totals read)", fresh6)
    fresh62 = evaluate(HERE / "seeds_fresh62.jsonl", base, base.corpus_dir, k=5)
    eval_table("Seeds, benchmarks/seeds_fresh62.jsonl (held out: never fitted, only totals read)", fresh62)
    conversation_table(base)
    conflicts_table(base)
    seeds_latency(base)


if __name__ == "__main__":
    main()
