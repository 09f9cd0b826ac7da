"""Hybrid retrieval: dense (FAISS) and lexical (BM25) scores fused per chunk.

Plain reciprocal-rank fusion lets BM25 add noise whenever it has little to match (an English
question over French text, a paraphrased FAQ question). So the lexical side is weighted by how
much of the question it actually matched: its weight is `lexical_weight × coverage`, where coverage
is the IDF-weighted share of question terms found in the corpus. With no lexical match the
ranking is exactly the dense one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from qa.backends import Matches
from qa.chunking import Chunk
from qa.corpus import Document, fold
from qa.encoders import Encoder
from qa.entities import initials
from qa.index import Index, check_encoder, opening_context
from qa.text import (
    ACRONYMS,
    CYRILLIC,
    RUSSIAN_CASE,
    analyze,
    expand_abbreviations,
    skeleton,
    skeleton_index,
    transliterate,
)

MODES = ("hybrid", "dense", "bm25")
NORM_DEPTH = 20
"""Dense scores are min-max normalised over the top this-many candidates, where the ranking is decided."""
DENSE_SPAN_FLOOR = 0.06
"""The least spread of those dense scores the normalisation stretches to the full 0–1 range. e5's
cosines for a question bunch within a few hundredths (median spread over the top 20: 0.036); when
they are flatter than this ("Timour Dandybaiev": 0.016), their order is mostly noise and must not
outweigh an exact match of a rare name. Chosen on the dev question sets with the answer model fixed:
floors of 0.03, 0.045, 0.06 and 0.10 gained 2, 8, 12 and 19 answers for 0, 1, 2 and 10 lost."""


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
        n_chunks = len(index.chunks)
        df = index.lexicon.df
        self.idf = np.log(1 + (n_chunks - df + 0.5) / (df + 0.5))
        self.max_idf = float(np.log(1 + (n_chunks + 0.5) / 0.5))
        self.spelled = spelled_out(index.entities)
        self.acronyms_of_word = acronyms_by_word(self.spelled)
        self.name_words = name_skeletons(index.entities)

    def alias_terms(self, query: str) -> list[str]:
        """The terms of the names a question's acronyms stand for, for the lexical side only: "les
        membres de l'UEE" finds the paragraph that writes "Union économique eurasienne (EAEU)"."""
        out: list[str] = []
        for word in (fold(w) for w in re.findall(r"\w+", query) if len(w) >= 2 and w.isupper()):
            for name in self.spelled.get(ACRONYMS.get(word, word), ()):
                out.extend(t for t in analyze(name) if t not in out)
        # The other way: "the Shanghai grouping" finds "L'OCS n'est pas …", which writes only the acronym,
        # when the capitalised word belongs to one spelled-out name only.
        for word in (fold(w) for w in re.findall(r"\w{5,}", query) if w[0].isupper() and not w.isupper()):
            owners = self.acronyms_of_word.get(word, ())
            if len(owners) == 1:
                out.extend(t for t in analyze(next(iter(owners))) if t not in out)
        return out

    def respellings(self, query: str) -> dict[str, list[str]]:
        """The terms of the corpus's names a question writes in another script or spelling, by the
        question's terms they stand for: "Тимур Дандыбаев" finds the paragraph quoting "Timour
        Dandybaiev", which the encoder, knowing no such name, does not."""
        out: dict[str, list[str]] = {}
        for match in re.finditer(r"[^\W\d_][\w-]{3,}", query):
            word, folded = match.group(), fold(match.group())
            if not word[0].isupper():
                continue
            if not CYRILLIC.match(word) and (
                    match.start() == 0 or len(skeleton(folded)) < 4 or any(t in self.index.lexicon.vocab for t in analyze(word))):
                # A Latin word: a name in another spelling ("Dandybayev") is rarely the question's first
                # word and never a term the corpus has; three consonants meet common words ("From": "forum").
                continue
            terms = [t for form in dict.fromkeys((folded, RUSSIAN_CASE.sub("", folded)))
                     for name in self.name_words.get(skeleton(transliterate(form)), ()) for t in analyze(name)]
            if terms:
                for source in analyze(word):
                    out.setdefault(source, []).extend(t for t in terms if t not in out.get(source, ()))
        return out

    def clean_query(self, query: str) -> str:
        # A lone surrogate (pasted from a broken source) cannot be encoded: it becomes "?".
        query = (query or "").encode("utf-8", "replace").decode("utf-8") if query else ""
        query = " ".join(query.split())
        if not query:
            raise QueryError("the question is empty")
        if len(query) > self.max_query_chars:
            raise QueryError(
                f"the question is too long ({len(query)} characters, limit {self.max_query_chars})"
            )
        return query

    def allowed(self, filters: Filters) -> np.ndarray | None:
        """Positions of the documents a filter keeps (None: no filter)."""
        if not filters.active:
            return None
        return np.array([
            i
            for i, doc in enumerate(self.index.documents.infos)
            if (not filters.doc_ids or doc.doc_id in filters.doc_ids)
            and date_in_range(doc.date, filters.date_from, filters.date_to, filters.include_undated)
        ], dtype=np.int32)

    def search(
        self, query: str, k: int = 5, filters: Filters | None = None, mode: str = "hybrid",
        query_vector: np.ndarray | None = None, also: Sequence[str] = (),
    ) -> SearchResult:
        """`query_vector`: the query's embedding when the caller already has it (`qa eval` searches
        each question twice, for the answer and for the rank of the gold document). `also`: words the
        corpus writes for the question's own (the caller's reading: "Tajikistan" is "Tadjikistan"),
        searched on the lexical side."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        query = self.clean_query(query)
        filters = filters or Filters()
        filters.check()
        expanded = expand_abbreviations(query)
        qvec = self.encoder.encode_queries([expanded])[0] if query_vector is None else query_vector
        terms = analyze(expanded)
        result = SearchResult(query, qvec, terms, 0.0)
        docs = self.allowed(filters)
        n = len(self.index.chunks)
        if n == 0 or (docs is not None and len(docs) == 0):
            return result

        size = max(k, self.candidates)
        token_ids = self.index.lexicon.ids(terms)
        result.coverage = self._coverage(terms, token_ids)
        respelled = self.respellings(query)
        # The lexical side weighs as much as the corpus has of the question, names in its spelling
        # included; a Russian word that names nothing the corpus names tells nothing either way.
        as_spelled = [u for t in terms for u in respelled.get(t, [] if CYRILLIC.match(t) else [t])]
        coverage = self._coverage(as_spelled, self.index.lexicon.ids(as_spelled)) if respelled else result.coverage
        dense_ids, dense_scores = self.index.backend.dense(qvec, min(n, max(self.candidates * 4, 200)), docs)
        extra = [t for t in (*self.alias_terms(query), *(u for v in respelled.values() for u in v),
                             *(t for word in also for t in analyze(word))) if t not in terms]
        lexical = self.index.backend.lexical(token_ids + self.index.lexicon.ids(extra), size, docs)

        picks: set[int] = set()
        if mode != "bm25":
            picks.update(dense_ids[:size].tolist())
        if mode != "dense":
            picks.update(lexical.ids.tolist())
        if not picks and mode == "bm25":
            picks.update(np.sort(dense_ids)[:size].tolist())
        pool = np.array(sorted(picks), dtype=np.int64)
        dense_of = dict(zip(dense_ids.tolist(), dense_scores.tolist()))
        dense = np.array([dense_of.get(i, -np.inf) for i in pool.tolist()], dtype=np.float64)
        lex = self._lexical_of(pool, lexical, size)
        fused = self._fuse(dense, lex, coverage, mode)
        order = np.argsort(-fused, kind="stable")[:k]
        lex_max = float(lexical.scores[0]) if lexical.scores.size else 0.0
        for rank, j in enumerate(order.tolist(), 1):
            chunk = self.index.chunks[int(pool[j])]
            document = self.index.documents[chunk.doc_id]
            result.hits.append(
                Hit(
                    rank=rank,
                    chunk=chunk,
                    document=document,
                    score=float(fused[j]),
                    dense_score=float(dense[j]) if np.isfinite(dense[j]) else 0.0,
                    lexical_score=float(lex[j] / lex_max) if lex_max > 0 else 0.0,
                    with_opening=bool(opening_context(chunk, document)),
                )
            )
        return result

    @staticmethod
    def _lexical_of(pool: np.ndarray, lexical: Matches, size: int) -> np.ndarray:
        """BM25 scores of the pool: known for the lexical top, asked for the dense-only rest (zero
        without asking when the top already holds every chunk that matched)."""
        known = dict(zip(lexical.ids.tolist(), lexical.scores.tolist()))
        out = np.array([known.get(i, 0.0) for i in pool.tolist()], dtype=np.float64)
        rest = np.array([j for j, i in enumerate(pool.tolist()) if i not in known], dtype=np.int64)
        if rest.size and len(known) >= size:
            out[rest] = lexical.score_of(pool[rest])
        return out

    def _coverage(self, terms: list[str], token_ids: list[int]) -> float:
        """IDF-weighted share of the question's terms the corpus has."""
        if not token_ids:
            return 0.0
        found = float(self.idf[token_ids].sum())
        missing = (len(terms) - len(token_ids)) * self.max_idf
        return found / (found + missing) if found + missing > 0 else 0.0

    def _fuse(self, d: np.ndarray, lex: np.ndarray, coverage: float, mode: str) -> np.ndarray:
        lex = lex / lex.max() if lex.size and lex.max() > 0 else np.zeros_like(lex)
        if mode == "bm25":
            return lex
        floor = np.min(d[np.isfinite(d)]) if np.isfinite(d).any() else 0.0
        d = np.where(np.isfinite(d), d, floor)
        if mode == "dense":
            return d
        ranked = np.sort(d)[::-1]
        low = ranked[min(NORM_DEPTH, len(ranked)) - 1]
        span = max(ranked[0] - low, DENSE_SPAN_FLOOR)
        d_norm = np.clip((d - low) / span, 0.0, None) if ranked[0] > low else np.ones_like(d)
        w = self.lexical_weight * coverage
        return (1 - w) * d_norm + w * lex


def name_skeletons(entities: dict) -> dict[str, list[str]]:
    """Each word of the corpus's names (four letters or more) under its consonants, which another
    script or spelling keeps ("Смадияров", "Smadiyarov"); three consonants at least, or any short
    word would meet one."""
    return skeleton_index((w for name in entities.get("vocabulary", {}) for w in re.findall(r"[^\W\d_]{4,}", name)), least=3)


def acronyms_by_word(spelled: dict[str, list[str]]) -> dict[str, set[str]]:
    """Each word of a spelled-out name → the acronyms whose names hold it, looked up per question word."""
    out: dict[str, set[str]] = {}
    for acronym, names in spelled.items():
        for name in names:
            for word in name.split():
                out.setdefault(word, set()).add(acronym)
    return out


def spelled_out(entities: dict) -> dict[str, list[str]]:
    """Acronym → the names it abbreviates: those the corpus spells out in brackets, and those whose
    initials it makes."""
    out = {acronym: list(names) for acronym, names in entities.get("aliases", {}).items()}
    for name, acronym in initials(entities.get("vocabulary", {})).items():
        out.setdefault(acronym, [name])
    return out
