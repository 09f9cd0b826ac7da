"""`qa eval`: retrieval and answer quality over a SQuAD file or a JSONL question set.

Other tools read the JSON this produces, so its keys are a contract (see `METRIC_KEYS`).
A SQuAD dataset becomes a corpus (one file per `context`) with its own index in a cache
directory keyed by the dataset's hash: evaluation never touches the product's `embeddings/`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa.conversation import interpret
from qa.corpus import fold
from qa.engine import Engine
from qa.retrieve import SearchResult
from qa.settings import Settings
from qa.text import strip_accents

log = logging.getLogger(__name__)

METRIC_KEYS = (
    "n", "n_unanswerable", "doc_recall_at_1", "doc_recall_at_5", "mrr_at_10", "answer_hit",
    "span_f1", "abstain_rate_unanswerable", "false_abstain_rate", "latency_ms_p50", "latency_ms_p95",
    "precision_at_conf_0_9", "n_at_conf_0_9", "ece", "auroc",
)


@dataclass(frozen=True)
class Question:
    question: str
    doc: str | None
    answers: tuple[str, ...]
    lang: str | None = None
    kind: str | None = None
    history: tuple[str, ...] = ()
    """Earlier questions of the conversation: the question is asked as a follow-up."""

    @property
    def answerable(self) -> bool:
        return self.doc is not None and bool(self.answers)


class DatasetError(ValueError):
    """The dataset file cannot be read as SQuAD JSON or as question JSONL."""


def load_dataset(path: Path, corpus_dir: Path | None, cache_dir: Path) -> tuple[list[Question], Path, Path]:
    """Questions, the corpus they are asked over, and where that corpus's index lives."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()[:16]
    text = data.decode("utf-8-sig")
    stripped = text.lstrip()
    if stripped.startswith("{") and '"data"' in stripped[:2000] and _is_squad(text):
        squad = json.loads(text)
        root = cache_dir / f"squad-{digest}"
        corpus = root / "corpus"
        questions = _write_squad_corpus(squad, corpus)
        return questions, corpus, root / "embeddings"
    if corpus_dir is None:
        raise DatasetError("a JSONL question file needs --corpus DIR")
    questions = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            questions.append(
                Question(r["question"], r.get("doc"), tuple(r.get("answers") or ()), r.get("lang"), r.get("kind"),
                         tuple(str(h) for h in r.get("history") or ()))
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise DatasetError(f"{path}:{n}: not a question object ({exc})") from exc
    key = hashlib.sha256(str(corpus_dir.resolve()).encode()).hexdigest()[:16]
    return questions, corpus_dir, cache_dir / f"corpus-{key}" / "embeddings"


def _is_squad(text: str) -> bool:
    try:
        obj = json.loads(text)
    except ValueError:
        return False
    return isinstance(obj, dict) and isinstance(obj.get("data"), list)


def _write_squad_corpus(squad: dict, corpus: Path) -> list[Question]:
    corpus.mkdir(parents=True, exist_ok=True)
    questions = []
    n = 0
    for article in squad["data"]:
        for para in article.get("paragraphs", []):
            slug = re.sub(r"[^\w-]+", "_", str(article.get("title", "doc")))[:60]
            name = f"{n:05d}_{slug}.txt"
            n += 1
            path = corpus / name
            context = para["context"]
            if not path.exists() or path.read_text(encoding="utf-8") != context:
                path.write_text(context, encoding="utf-8")
            for qa in para.get("qas", []):
                answers = tuple(a["text"] for a in qa.get("answers", []) if a.get("text"))
                impossible = qa.get("is_impossible", False) or not answers
                questions.append(Question(qa["question"], None if impossible else name, answers))
    return questions


_ARTICLES = re.compile(r"\b(le|la|les|l|un|une|des|du|de|d|the|a|an)\b")


def _norm_tokens(s: str) -> list[str]:
    s = strip_accents(fold(s))
    s = re.sub(r"[^\w\s]", " ", s)
    return _ARTICLES.sub(" ", s).split()


def token_f1(prediction: str, gold: str) -> float:
    p, g = _norm_tokens(prediction), _norm_tokens(gold)
    common = sum((Counter(p) & Counter(g)).values())
    if not p or not g or common == 0:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def contains_answer(text: str, answers: tuple[str, ...]) -> bool:
    """Case-, accent-, apostrophe- and whitespace-insensitive containment."""
    hay = strip_accents(fold(text))
    return any(strip_accents(fold(a)) in hay for a in answers if a.strip())


def ranked_documents(result: SearchResult) -> list[str]:
    return list(dict.fromkeys(h.chunk.doc_id for h in result.hits))


def evaluate(
    dataset: Path,
    settings: Settings,
    corpus_dir: Path | None = None,
    k: int = 5,
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    questions, corpus, embeddings = load_dataset(dataset, corpus_dir, settings.cache_dir)
    engine = Engine(settings.replace(corpus_dir=corpus, embeddings_dir=embeddings))
    build = engine.ensure_built()
    if build is not None:
        log.info("built evaluation index: %d chunks in %.1fs", build.chunks, build.seconds)
    engine.answerer  # noqa: B018 - load before timing questions
    rows = []
    for i, q in enumerate(questions):
        started = time.perf_counter()
        asked = interpret(q.question, q.history).text if q.history else q.question
        result = engine.answerer.search(asked, k)
        answer = engine.answerer.answer_from(result, k)
        latency = (time.perf_counter() - started) * 1000
        docs = ranked_documents(engine.answerer.retriever.search(asked, k=max(50, k), query_vector=result.query_vector))
        rank = docs.index(q.doc) + 1 if q.doc in docs else None
        rows.append({
            "question": q.question, "lang": q.lang, "kind": q.kind, "answerable": q.answerable, "doc": q.doc,
            "history": list(q.history), "interpreted": asked if asked != q.question else "",
            "returned_doc": answer.doc_id or None, "rank": rank, "abstained": answer.abstained, "text": answer.text,
            "highlight": answer.highlight, "confidence": answer.confidence,
            "hit": q.answerable and not answer.abstained and contains_answer(answer.text, q.answers),
            "f1": max((token_f1(answer.highlight, a) for a in q.answers), default=0.0)
            if q.answerable and not answer.abstained else 0.0,
            "latency_ms": latency, "signals": answer.signals, "answers": list(q.answers),
        })
        if progress:
            progress(i + 1, len(questions))
    report = summarize(rows)
    kinds = sorted({r["kind"] for r in rows if r["kind"]})
    if kinds:
        report["by_kind"] = {kind: summarize([r for r in rows if r["kind"] == kind]) for kind in kinds}
    langs = sorted({r["lang"] for r in rows if r["lang"]})
    report["by_lang"] = {lang: summarize([r for r in rows if r["lang"] == lang]) for lang in langs}
    report["dataset"] = str(dataset)
    report["k"] = k
    report["model"] = engine.index.model_id
    report["rows"] = rows
    return report


def summarize(rows: list[dict]) -> dict:
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    lat = np.array([r["latency_ms"] for r in rows]) if rows else np.zeros(1)

    def share(items: list[dict], pred: Callable[[dict], bool]) -> float:
        return round(sum(map(pred, items)) / len(items), 4) if items else 0.0

    return {
        "n": len(rows),
        "n_unanswerable": len(unanswerable),
        "doc_recall_at_1": share(answerable, lambda r: r["rank"] == 1),
        "doc_recall_at_5": share(answerable, lambda r: r["rank"] is not None and r["rank"] <= 5),
        "mrr_at_10": round(
            sum(1 / r["rank"] for r in answerable if r["rank"] and r["rank"] <= 10) / len(answerable), 4
        ) if answerable else 0.0,
        "answer_hit": share(answerable, lambda r: r["hit"]),
        "span_f1": round(sum(r["f1"] for r in answerable) / len(answerable), 4) if answerable else 0.0,
        "abstain_rate_unanswerable": share(unanswerable, lambda r: r["abstained"]),
        "false_abstain_rate": share(answerable, lambda r: r["abstained"]),
        "latency_ms_p50": round(float(np.percentile(lat, 50)), 2),
        "latency_ms_p95": round(float(np.percentile(lat, 95)), 2),
        **confidence_metrics(rows),
    }


def confidence_metrics(rows: list[dict]) -> dict:
    """Does confidence mean "right"? Answers to unanswerable questions count as wrong."""
    shown = [r for r in rows if not r["abstained"]]
    conf = np.array([r["confidence"] for r in shown], dtype=float)
    right = np.array([bool(r["hit"]) for r in shown], dtype=float)
    high = conf >= 0.9
    every = np.array([r["confidence"] if not r["abstained"] else 0.0 for r in rows], dtype=float)
    every_right = np.array([bool(r["hit"]) for r in rows], dtype=float)
    return {
        "precision_at_conf_0_9": round(float(right[high].mean()), 4) if high.any() else 0.0,
        "n_at_conf_0_9": int(high.sum()),
        "ece": round(ece(conf, right), 4),
        "auroc": round(auroc(every, every_right), 4),
    }


def ece(confidence: np.ndarray, right: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error over equal-width confidence bins."""
    if not len(confidence):
        return 0.0
    idx = np.minimum((confidence * bins).astype(int), bins - 1)
    return float(sum(abs(confidence[idx == b].mean() - right[idx == b].mean()) * (idx == b).sum()
                     for b in range(bins) if (idx == b).any()) / len(confidence))


def auroc(score: np.ndarray, label: np.ndarray) -> float:
    """Probability that a right answer gets a higher score than a wrong one (ties count half)."""
    pos, neg = score[label == 1], score[label == 0]
    if not len(pos) or not len(neg):
        return 0.0
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def write_details(rows: list[dict], path: Path) -> None:
    """One JSON line per question, for reading the misses."""
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({
                "question": r["question"], "lang": r["lang"], "kind": r["kind"], "gold_doc": r["doc"],
                "returned_doc": r["returned_doc"], "text": r["text"], "highlight": r["highlight"],
                "confidence": r["confidence"], "abstained": r["abstained"], "hit": r["hit"],
                "model_confidence": r["signals"].get("model_confidence", r["confidence"]),
                # What the confidence was computed from: a later correction can be fitted on answers to
                # questions nobody had read (benchmarks/unread.py records them with the details).
                "signals": {k: round(v, 6) for k, v in r["signals"].items()},
                "answers": r["answers"], "history": r.get("history", []), "interpreted": r.get("interpreted", ""),
            }, ensure_ascii=False) + "\n")
