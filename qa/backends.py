"""Where chunk vectors and BM25 weights live and are searched: FAISS + bm25s files, or Milvus.

The retriever asks a backend three things, each under an optional set of allowed documents: the
chunks nearest a query vector, the chunks with the best BM25 score for some terms, and the BM25
score of chosen chunks. The embedded backend (the default) answers from files in the index version
directory; the Milvus backend from a collection per index version, on a Milvus server or a Milvus
Lite file (`QA_MILVUS_URI`).

BM25 weights are always computed by qa (bm25s over qa's French analysis) and given to Milvus as
sparse vectors whose inner product with the query's term counts is bm25s's score. Milvus's own
BM25 analyser stems and folds accents differently, and an answer must not depend on the backend.
The price: weights depend on corpus statistics, so a corpus change is a rebuild into a new
collection (the build swaps versions atomically, as with files), not an in-place update.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import bm25s
import faiss
import numpy as np
import scipy.sparse

from qa.ann import search_parameters, tune, tune_with

log = logging.getLogger(__name__)

KINDS = ("faiss", "milvus")
MILVUS_BATCH = 1000
"""Rows per Milvus insert: bounded request size whatever the corpus size."""


class BackendError(Exception):
    """The vector store cannot be reached, or does not hold what the index says it should."""


@dataclass
class Matches:
    """The best chunks for a query, best first, and how to score any other chunk the same way."""

    ids: np.ndarray
    scores: np.ndarray
    score_of: Callable[[np.ndarray], np.ndarray]


class Backend(Protocol):
    kind: str

    def dense(self, query: np.ndarray, k: int, docs: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """Ids and inner products of the `k` chunks nearest `query`, best first."""
        ...

    def lexical(self, token_ids: Sequence[int], k: int, docs: np.ndarray | None) -> Matches:
        """The `k` chunks with the highest positive BM25 score for these term ids (repeats count)."""
        ...

    def problems(self, chunks: int, dim: int) -> list[str]:
        """What is wrong with the stored vectors (missing, wrong count or size); empty when sound."""
        ...


def _empty() -> Matches:
    return Matches(np.zeros(0, np.int64), np.zeros(0, np.float32), lambda ids: np.zeros(len(ids), np.float32))


# ---------------------------------------------------------------- embedded: FAISS + bm25s


class EmbeddedBackend:
    kind = "faiss"

    def __init__(self, dense: faiss.Index, bm25: bm25s.BM25, ann: dict, chunk_docs: np.ndarray) -> None:
        self.index = dense
        self.bm25 = bm25
        self.ann = ann
        self.chunk_docs = chunk_docs

    def _chunks(self, docs: np.ndarray | None) -> np.ndarray | None:
        return None if docs is None else np.flatnonzero(np.isin(self.chunk_docs, docs))

    def dense(self, query: np.ndarray, k: int, docs: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        allowed = self._chunks(docs)
        limit = self.index.ntotal if allowed is None else len(allowed)
        k = min(k, limit)
        if k <= 0:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        selector = faiss.IDSelectorBatch(allowed.astype(np.int64)) if allowed is not None else None
        params = search_parameters(self.index, self.ann, k, selector)
        scores, ids = self.index.search(np.ascontiguousarray(query[None, :], dtype=np.float32), k, params=params)
        valid = ids[0] >= 0
        return ids[0][valid].astype(np.int64), scores[0][valid]

    def lexical(self, token_ids: Sequence[int], k: int, docs: np.ndarray | None) -> Matches:
        if not token_ids:
            return _empty()
        scores = np.asarray(self.bm25.get_scores_from_ids(list(token_ids)), dtype=np.float32)
        allowed = self._chunks(docs)
        if allowed is not None:
            kept = np.zeros_like(scores)
            kept[allowed] = scores[allowed]
            scores = kept
        hits = np.flatnonzero(scores > 0)
        if hits.size > k:
            hits = hits[np.argpartition(-scores[hits], k - 1)[:k]]
        hits = hits[np.argsort(-scores[hits], kind="stable")]
        return Matches(hits.astype(np.int64), scores[hits], lambda ids: scores[np.asarray(ids, np.int64)])

    def problems(self, chunks: int, dim: int) -> list[str]:
        out = [] if self.index.ntotal == chunks else [f"the FAISS index holds {self.index.ntotal} vectors, not {chunks}"]
        return out + ([] if self.index.d == dim else [f"the FAISS index has dimension {self.index.d}, not {dim}"])


TRAIN_SAMPLE = 200_000
"""Vectors an IVF index is trained on (FAISS wants 39-256 per list; more only costs time)."""
ADD_BLOCK = 65_536


def write_embedded(directory: Path, vectors: np.ndarray, factory: str, target: float) -> dict:
    """Build, tune and save the FAISS index; returns the manifest's `ann` entry."""
    dense = faiss.index_factory(vectors.shape[1], factory, faiss.METRIC_INNER_PRODUCT)
    if not dense.is_trained:
        sample = np.sort(np.random.default_rng(0).choice(len(vectors), min(len(vectors), TRAIN_SAMPLE), replace=False))
        dense.train(vectors[sample] if len(sample) < len(vectors) else vectors[:])
    for start in range(0, len(vectors), ADD_BLOCK):
        dense.add(vectors[start : start + ADD_BLOCK])
    ann = tune(dense, vectors, target)
    try:
        faiss.write_index(dense, str(directory / "dense.faiss"))
    except RuntimeError as exc:  # FAISS reports a short write (full disk) as RuntimeError
        raise OSError(f"cannot write the FAISS index: {exc}") from exc
    return ann


# ---------------------------------------------------------------- Milvus


_clients: dict[str, Any] = {}
_clients_lock = threading.Lock()


class _LiteUnimplemented(logging.Filter):
    """Milvus Lite's embedded server logs a traceback for each client call it does not implement
    (pymilvus asks it for a timestamp when creating a collection); the call still succeeds."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], NotImplementedError))


def milvus_client(uri: str) -> Any:
    """One client per URI per process (a Milvus Lite file can be opened by one process only)."""
    with _clients_lock:
        if uri not in _clients:
            if uri.endswith(".db"):
                Path(uri).parent.mkdir(parents=True, exist_ok=True)
            try:
                from pymilvus import MilvusClient
            except ImportError as exc:
                raise BackendError("QA_BACKEND=milvus needs pymilvus: pip install 'qa[milvus]'") from exc
            grpc_log = logging.getLogger("grpc._server")
            if uri.endswith(".db") and not any(isinstance(f, _LiteUnimplemented) for f in grpc_log.filters):
                grpc_log.addFilter(_LiteUnimplemented())
            try:
                _clients[uri] = MilvusClient(uri)
            except Exception as exc:  # noqa: BLE001 - pymilvus raises its own hierarchy
                hint = (" (a Milvus Lite file is usable by one process at a time: is `qa serve` running? "
                        "rebuild from the app, or use a Milvus server)") if uri.endswith(".db") else ""
                raise BackendError(f"cannot open Milvus at {uri}: {exc}{hint}") from exc
        return _clients[uri]


def collection_prefix(embeddings_dir: Path) -> str:
    """Collections of one qa index start with this, so several indexes can share a Milvus server."""
    slug = hashlib.sha256(str(embeddings_dir.resolve()).encode()).hexdigest()[:8]
    return f"qa_{slug}_"


def collection_name(embeddings_dir: Path, version: str) -> str:
    return collection_prefix(embeddings_dir) + re.sub(r"\W", "_", version)


_MILVUS_INDEX = re.compile(r"(?i)^(?:(flat)|hnsw(\d+)|ivf(\d+),flat)$")


def milvus_index(factory: str) -> tuple[str, dict, str]:
    """The Milvus index (type, build params, search knob) for a FAISS factory string."""
    m = _MILVUS_INDEX.match(factory.strip())
    if not m:
        raise BackendError(f"index type {factory!r} has no Milvus equivalent (use Flat, HNSW<M> or IVF<n>,Flat)")
    if m.group(1):
        return "FLAT", {}, ""
    if m.group(2):
        return "HNSW", {"M": int(m.group(2)), "efConstruction": 200}, "ef"
    return "IVF_FLAT", {"nlist": int(m.group(3))}, "nprobe"


class MilvusBackend:
    kind = "milvus"

    def __init__(self, uri: str, collection: str, ann: dict) -> None:
        self.uri = uri
        self.collection = collection
        self.ann = ann
        self.client = milvus_client(uri)
        try:
            self.client.load_collection(collection)
        except Exception as exc:  # noqa: BLE001
            raise BackendError(f"Milvus collection {collection} at {uri} cannot be loaded: {exc}") from exc

    def _search(self, data: list, field: str, k: int, expr: str, params: dict) -> list[dict]:
        try:
            found = self.client.search(self.collection, data=data, anns_field=field, limit=k, filter=expr,
                                       output_fields=["doc"], search_params={"metric_type": "IP", "params": params})
        except Exception as exc:  # noqa: BLE001
            raise BackendError(f"Milvus search failed ({self.uri}, {self.collection}): {exc}") from exc
        return list(found[0]) if found else []

    @staticmethod
    def _filter(docs: np.ndarray | None) -> str:
        return "" if docs is None else f"doc in [{','.join(str(int(d)) for d in docs)}]"

    def dense(self, query: np.ndarray, k: int, docs: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        if k <= 0 or (docs is not None and len(docs) == 0):
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        params = {self.ann["param"]: max(int(self.ann["value"]), k) if self.ann["param"] == "ef"
                  else int(self.ann["value"])} if self.ann.get("param") else {}
        rows = self._search([query.astype(np.float32).tolist()], "dense", min(k, 16384), self._filter(docs), params)
        return (np.array([r["id"] for r in rows], np.int64),
                np.array([r["distance"] for r in rows], np.float32))

    def lexical(self, token_ids: Sequence[int], k: int, docs: np.ndarray | None) -> Matches:
        if not token_ids or (docs is not None and len(docs) == 0):
            return _empty()
        query = _term_counts(token_ids)
        rows = [r for r in self._search([query], "sparse", min(k, 16384), self._filter(docs), {}) if r["distance"] > 0]

        def score_of(ids: np.ndarray) -> np.ndarray:
            # Fetching the chunks' weights by key and taking the inner product here is one cheap call
            # (a search restricted to these ids cost twice as much on Milvus Lite).
            ids = np.asarray(ids, np.int64)
            if ids.size == 0:
                return np.zeros(0, np.float32)
            try:
                rows = self.client.get(self.collection, ids=ids.tolist(), output_fields=["sparse"])
            except Exception as exc:  # noqa: BLE001
                raise BackendError(f"Milvus read failed ({self.uri}, {self.collection}): {exc}") from exc
            weights = {r["id"]: r["sparse"] for r in rows}
            return np.array([sum(w * query.get(int(t), 0.0) for t, w in _items(weights.get(int(i), {})))
                             for i in ids], np.float32)

        return Matches(np.array([r["id"] for r in rows], np.int64),
                       np.array([r["distance"] for r in rows], np.float32), score_of)

    def problems(self, chunks: int, dim: int) -> list[str]:
        try:
            rows = int(self.client.get_collection_stats(self.collection).get("row_count", -1))
        except Exception as exc:  # noqa: BLE001
            return [f"Milvus collection {self.collection} is unreadable: {exc}"]
        return [] if rows == chunks else [f"Milvus collection {self.collection} holds {rows} rows, not {chunks}"]


def _items(sparse: Any) -> list[tuple[int, float]]:
    """A stored sparse vector as (term id, weight) pairs: pymilvus returns a dict or a scipy row."""
    if isinstance(sparse, dict):
        return [(int(t), float(w)) for t, w in sparse.items()]
    row = scipy.sparse.csr_matrix(sparse)
    return list(zip(row.indices.tolist(), row.data.tolist()))


def _term_counts(token_ids: Sequence[int]) -> dict[int, float]:
    counts: dict[int, float] = {}
    for t in token_ids:
        counts[int(t)] = counts.get(int(t), 0.0) + 1.0
    return counts


def write_milvus(uri: str, collection: str, vectors: np.ndarray, bm25: bm25s.BM25, chunk_docs: np.ndarray,
                 factory: str, target: float) -> dict:
    """Create `collection` with every chunk's vector, BM25 weights and document; returns the `ann` entry."""
    from pymilvus import DataType

    client = milvus_client(uri)
    index_type, build_params, knob = milvus_index(factory)
    if client.has_collection(collection):
        client.drop_collection(collection)
    schema = client.create_schema(auto_id=False, description="qa chunks")
    schema.add_field("id", DataType.INT64, is_primary=True)
    schema.add_field("doc", DataType.INT32)
    schema.add_field("dense", DataType.FLOAT_VECTOR, dim=int(vectors.shape[1]))
    schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
    params = client.prepare_index_params()
    params.add_index("dense", index_type=index_type, metric_type="IP", params=build_params)
    params.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="IP")
    client.create_collection(collection, schema=schema, index_params=params)
    try:
        weights = _chunk_major(bm25, len(vectors))
        for start in range(0, len(vectors), MILVUS_BATCH):
            block = vectors[start : start + MILVUS_BATCH]
            client.insert(collection, [
                {"id": i, "doc": int(chunk_docs[i]), "dense": row.tolist(), "sparse": _row(weights, i)}
                for i, row in enumerate(block, start)
            ])
        client.flush(collection)
        client.load_collection(collection)
        if not knob:
            return {"param": "", "value": 0, "recall_at_10": 1.0, "target": target, "sample": 0}
        backend = MilvusBackend(uri, collection, {})
        steps = (16, 32, 64, 128, 256, 512, 1024, 2048) if knob == "ef" else tuple(
            v for v in (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024) if v <= build_params["nlist"])

        def search(queries: np.ndarray, k: int, value: int) -> list[list[int]]:
            backend.ann = {"param": knob, "value": value}
            return [backend.dense(q, k, None)[0].tolist() for q in queries]

        return tune_with(search, knob, steps, vectors, target)
    except BaseException:
        drop_collection(uri, collection)
        raise


def _chunk_major(bm25: bm25s.BM25, n: int) -> scipy.sparse.csr_matrix:
    """bm25s stores weights term by term; Milvus wants each chunk's {term id: weight}."""
    s = bm25.scores
    shape = (n, len(s["indptr"]) - 1)
    return scipy.sparse.csc_matrix((s["data"], s["indices"], s["indptr"]), shape=shape).tocsr()


def _row(weights: scipy.sparse.csr_matrix, i: int) -> dict[int, float]:
    a, b = weights.indptr[i], weights.indptr[i + 1]
    row = {int(t): float(w) for t, w in zip(weights.indices[a:b], weights.data[a:b]) if w > 0}
    return row or {0: 0.0}  # Milvus refuses an empty sparse vector; a zero weight never scores


def drop_collection(uri: str, collection: str) -> None:
    """Best effort: a collection left behind costs space, never correctness (versions name theirs)."""
    try:
        client = milvus_client(uri)
        if client.has_collection(collection):
            client.drop_collection(collection)
    except Exception as exc:  # noqa: BLE001
        log.warning("could not drop Milvus collection %s at %s: %s", collection, uri, exc)


def drop_orphans(uri: str, prefix: str, keep: set[str]) -> None:
    """Drop this index's collections that no version directory names (left by killed builds)."""
    try:
        names = milvus_client(uri).list_collections()
    except Exception as exc:  # noqa: BLE001
        log.warning("could not list Milvus collections at %s: %s", uri, exc)
        return
    for name in names:
        if name.startswith(prefix) and name not in keep:
            drop_collection(uri, name)
