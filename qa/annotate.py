"""Build-time annotation of every sentence: named entities, dates and amounts, stored in the index.

spaCy's French pipeline (`fr_core_news_md`) finds people, places, organisations; `qa.facts`
finds and normalises dates and amounts. This runs only while building: the query path reads the
stored spans and never imports spaCy (start-up time, memory). Annotations are keyed by sentence
text, not embedded, so a spaCy upgrade re-annotates without re-embedding anything.
"""

from __future__ import annotations

import atexit
import logging
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from multiprocessing import get_context

from qa.facts import find_facts

log = logging.getLogger(__name__)

SPACY_MODEL = "fr_core_news_md"
BATCH = 512
ANNOTATION_VERSION = 6
"""Bumped when what is stored changes; an index with older annotations is stale (re-annotated, not re-embedded)."""
LABELS = ("PER", "LOC", "ORG", "MISC")
_ACRONYM = re.compile(r"\b[A-ZÀ-Þ]{2,6}\b")
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*\w(?:\s+(?:(?:de|du|des|d’|d')\s*)?[A-ZÀ-ÖØ-Þ][\w’'-]*\w)*")


@lru_cache(maxsize=1)
def _pipeline():
    """spaCy with only what NER needs, or None when spaCy or its model is not installed."""
    try:
        import spacy  # noqa: PLC0415 - build time only

        nlp = spacy.load(SPACY_MODEL, exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
        return nlp, f"spacy {spacy.__version__} {SPACY_MODEL} {nlp.meta.get('version', '')}".strip()
    except (ImportError, OSError) as exc:
        log.warning("spaCy model %s unavailable (%s): capitalised words stand in for entities", SPACY_MODEL, exc)
        return None, "regex"


def annotator_name() -> str:
    """The name `_pipeline` will report, read from package metadata: the build process never imports
    spaCy, yet must know whether annotations a previous build stored are still what spaCy would say."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return f"spacy {version('spacy')} {SPACY_MODEL} {version(SPACY_MODEL.replace('_', '-'))}"
    except PackageNotFoundError:
        return "regex"


_kept_pool: ProcessPoolExecutor | None = None


def keep_worker() -> None:
    """Keep the spaCy worker process between builds (test suites and benchmarks build many small
    indexes; a server should not keep it)."""
    global _kept_pool
    if _kept_pool is None:
        _kept_pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"))
        atexit.register(_kept_pool.shutdown)


def _entities(texts: list[str]) -> tuple[str, list[list[list]]]:
    """Runs in the worker process: the annotator's name and the entity spans of each text."""
    nlp, name = _pipeline()
    if nlp is None:
        return name, [[[m.start(), m.end(), "MISC"] for m in _NAME.finditer(t)] for t in texts]
    return name, [[[e.start_char, e.end_char, e.label_] for e in doc.ents if e.label_ in LABELS]
                  for doc in nlp.pipe(texts, batch_size=64)]


class Annotator:
    """spaCy in `jobs` child processes for the length of one build: batches are submitted while the
    parent embeds, and their results collected after. A server that rebuilds its index would
    otherwise keep spaCy's few hundred megabytes for good."""

    def __init__(self, jobs: int = 1, texts: int = 0) -> None:
        workers = 1 if texts <= BATCH else max(1, jobs)
        self._pool = _kept_pool or ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))
        self.workers = 1 if self._pool is _kept_pool else workers
        self.name = annotator_name()

    def submit(self, texts: Sequence[str]) -> Callable[[], list[dict]]:
        """Start annotating `texts`; the returned function waits for and returns their records."""
        texts = list(texts)
        futures = [self._pool.submit(_entities, texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)]

        def result() -> list[dict]:
            ents: list[list[list]] = []
            for future in futures:
                self.name, found = future.result()
                ents.extend(found)
            return _records(texts, ents)

        return result

    def close(self) -> None:
        if self._pool is not _kept_pool:
            self._pool.shutdown(cancel_futures=True)

    def __enter__(self) -> Annotator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _records(texts: Sequence[str], ents: list[list[list]]) -> list[dict]:
    out = []
    for text, found in zip(texts, ents):
        # Acronyms (OTSC, CEI, UEE) are organisations spaCy often leaves out.
        found += [[m.start(), m.end(), "ORG"] for m in _ACRONYM.finditer(text)
                  if not any(a <= m.start() < b for a, b, _ in found)]
        found.sort()
        dates, amounts = find_facts(text)
        out.append({
            "ents": found,
            "dates": [[d.start, d.end, d.value] for d in dates],
            "amounts": [[a.start, a.end, a.value] for a in amounts],
        })
    return out
