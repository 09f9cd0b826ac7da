"""Hybrid retrieval: dense (FAISS) and lexical (BM25) scores fused per chunk.

Plain reciprocal-rank fusion lets BM25 add noise whenever it has little to match (an English
question over French text, a paraphrased FAQ question). So the lexical side is weighted by how
much of the question it actually matched: its weight is `lexical_weight × coverage`, where coverage
is the IDF-weighted share of question terms found in the corpus. With no lexical match the
ranking is exactly the dense one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import faiss
import numpy as np

from qa.ann import search_parameters
from qa.chunking import Chunk
from qa.corpus import Document
from qa.encoders import Encoder
from qa.index import Index, check_encoder, opening_context
from qa.text import analyze

MODES = ("hybrid", "dense", "bm25")
NORM_DEPTH = 20
"""Dense scores are min-max normalised over the top this-many candidates, where the ranking is decided."""


@dataclass(frozen=True)
class Filters:
    doc_ids: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""
    include_undated: bool = True
    """With a date range, documents that give no date are kept (the default: three of the five seeds
    are undated, and dropping them silently lost answers) unless this is False."""

    @property
    def active(self) -> bool:
        return bool(self.doc_ids or self.date_from or self.date_to)

    def check(self) -> None:
        """Refuse a date that is not YYYY, YYYY-MM or YYYY-MM-DD ("hier" used to match nothing, silently)."""
        for label, value in (("from", self.date_from), ("until", self.date_to)):
            if value and not _valid_date(value):
                raise QueryError(f"date {label} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        if self.date_from and self.date_to and _valid_date(self.date_from) and self.date_from > self.date_to + "~":
            raise QueryError(f"the date range is empty: {self.date_from} is after {self.date_to}")


def _valid_date(value: str) -> bool:
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return False
    month, day = int(m.group(2) or 1), int(m.group(3) or 1)
    return 1 <= month <= 12 and 1 <= day <= 31


@dataclass
class Hit:
    rank: int
    chunk: Chunk
    document: Document
    score: float
    dense_score: float
    lexical_score: float
    # The chunk was indexed under its document's opening paragraph, which is part of its evidence.
    with_opening: bool = False


@dataclass
class SearchResult:
    query: str
    query_vector: np.ndarray
    query_terms: list[str]
    coverage: float
    hits: list[Hit] = field(default_factory=list)


class QueryError(ValueError):
    """The question cannot be searched (empty, too long)."""


def date_in_range(date: str, date_from: str, date_to: str, include_undated: bool = True) -> bool:
    """Partial dates ('2023-11') match a range that overlaps the month or year they name; an undated
    document matches when `include_undated` (or when there is no range)."""
    if not date:
        return include_undated or not (date_from or date_to)
    lo = date + "-01-01"[len(date) - 4 :] if len(date) < 10 else date
    hi = date + "-12-31"[len(date) - 4 :] if len(date) < 10 else date
    return (not date_from or hi >= date_from) and (not date_to or lo <= date_to)


def _top(scores: np.ndarray, idx: np.ndarray, size: int) -> np.ndarray:
    """The `size` best of `idx` by score, in any order (a partition, not a sort of the whole corpus)."""
    if idx.size <= size:
        return idx
    return idx[np.argpartition(-scores[idx], size - 1)[:size]]


class Retriever:
    def __init__(
        self,
        index: Index,
        encoder: Encoder,
        lexical_weight: float = 0.5,
        candidates: int = 50,
        max_query_chars: int = 2000,
    ) -> None:
        check_encoder(index, encoder)
        self.index = index
        self.encoder = encoder
        self.lexical_weight = lexical_weight
        self.candidates = candidates
        self.max_query_chars = max_query_chars
        bm25 = index.bm25
        n_docs = len(index.chunks)
        df = np.diff(np.asarray(bm25.scores["indptr"]))
        self.idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5))
        self.max_idf = float(np.log(1 + (n_docs + 0.5) / 0.5))

    def clean_query(self, query: str) -> str:
        query = " ".join((query or "").split())
        if not query:
            raise QueryError("the question is empty")
        if len(query) > self.max_query_chars:
            raise QueryError(
                f"the question is too long ({len(query)} characters, limit {self.max_query_chars})"
            )
        return query

    def allowed(self, filters: Filters) -> np.ndarray | None:
        if not filters.active:
            return None
        keep = [
            i
            for i, (doc_id, doc) in enumerate(self.index.documents.items())
            if (not filters.doc_ids or doc_id in filters.doc_ids)
            and date_in_range(doc.date, filters.date_from, filters.date_to, filters.include_undated)
        ]
        return np.flatnonzero(np.isin(self.index.chunk_documents(), keep))

    def search(
        self, query: str, k: int = 5, filters: Filters | None = None, mode: str = "hybrid"
    ) -> SearchResult:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        query = self.clean_query(query)
        filters = filters or Filters()
        filters.check()
        qvec = self.encoder.encode_queries([query])[0]
        terms = analyze(query)
        result = SearchResult(query, qvec, terms, 0.0)
        allowed = self.allowed(filters)
        n = len(self.index.chunks)
        if n == 0 or (allowed is not None and len(allowed) == 0):
            return result

        lexical, coverage = self._bm25(terms)
        result.coverage = coverage
        dense = self._dense(qvec, allowed)
        if allowed is not None:
            mask = np.zeros(n, dtype=bool)
            mask[allowed] = True
            lexical = np.where(mask, lexical, 0.0)

        pool = self._pool(dense, lexical, max(k, self.candidates), mode)
        fused = self._fuse(dense, lexical, pool, coverage, mode)
        order = pool[np.argsort(-fused, kind="stable")][:k]
        score_of = dict(zip(pool.tolist(), fused.tolist()))
        lex_max = float(lexical.max()) if lexical.size else 0.0
        for rank, i in enumerate(order.tolist(), 1):
            chunk = self.index.chunks[i]
            document = self.index.documents[chunk.doc_id]
            result.hits.append(
                Hit(
                    rank=rank,
                    chunk=chunk,
                    document=document,
                    score=float(score_of[i]),
                    dense_score=float(dense[i]) if np.isfinite(dense[i]) else 0.0,
                    lexical_score=float(lexical[i] / lex_max) if lex_max > 0 else 0.0,
                    with_opening=bool(opening_context(chunk, document)),
                )
            )
        return result

    def _dense(self, qvec: np.ndarray, allowed: np.ndarray | None) -> np.ndarray:
        n = len(self.index.chunks)
        limit = n if allowed is None else len(allowed)
        want = min(limit, max(self.candidates * 4, 200))
        selector = faiss.IDSelectorBatch(allowed.astype(np.int64)) if allowed is not None else None
        params = search_parameters(self.index.dense, self.index.manifest.get("ann", {}), want, selector)
        scores, ids = self.index.dense.search(qvec[None, :], want, params=params)
        dense = np.full(n, -np.inf, dtype=np.float32)
        valid = ids[0] >= 0
        dense[ids[0][valid]] = scores[0][valid]
        return dense

    def _bm25(self, terms: list[str]) -> tuple[np.ndarray, float]:
        bm25 = self.index.bm25
        n = len(self.index.chunks)
        if not terms:
            return np.zeros(n, dtype=np.float32), 0.0
        ids = bm25.get_tokens_ids(terms)
        if not ids:
            return np.zeros(n, dtype=np.float32), 0.0
        scores = np.asarray(bm25.get_scores_from_ids(ids), dtype=np.float32)
        found = float(self.idf[ids].sum())
        missing = (len(terms) - len(ids)) * self.max_idf
        return scores, found / (found + missing) if found + missing > 0 else 0.0

    @staticmethod
    def _pool(dense: np.ndarray, lexical: np.ndarray, size: int, mode: str) -> np.ndarray:
        picks: list[Iterable[int]] = []
        finite = np.flatnonzero(np.isfinite(dense))
        if mode != "bm25" and finite.size:
            picks.append(_top(dense, finite, size).tolist())
        if mode != "dense":
            picks.append(_top(lexical, np.flatnonzero(lexical > 0), size).tolist())
        if not picks or mode == "bm25" and not any(len(list(p)) for p in picks):
            picks.append(finite[:size].tolist())
        return np.array(sorted({i for p in picks for i in p}), dtype=np.int64)

    def _fuse(
        self, dense: np.ndarray, lexical: np.ndarray, pool: np.ndarray, coverage: float, mode: str
    ) -> np.ndarray:
        lex = lexical[pool].astype(np.float64)
        lex = lex / lex.max() if lex.size and lex.max() > 0 else np.zeros_like(lex)
        if mode == "bm25":
            return lex
        d = dense[pool].astype(np.float64)
        floor = np.min(d[np.isfinite(d)]) if np.isfinite(d).any() else 0.0
        d = np.where(np.isfinite(d), d, floor)
        if mode == "dense":
            return d
        ranked = np.sort(d)[::-1]
        low = ranked[min(NORM_DEPTH, len(ranked)) - 1]
        span = ranked[0] - low
        d_norm = np.clip((d - low) / span, 0.0, None) if span > 0 else np.ones_like(d)
        w = self.lexical_weight * coverage
        return (1 - w) * d_norm + w * lex
