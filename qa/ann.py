"""Approximate nearest-neighbour search that keeps its recall.

FAISS's defaults lose answers silently: HNSW searches with efSearch 16 and IVF with nprobe 1 (on a
100k corpus the right source came first for 47 and 14 of 200 queries, against 95 with exact
search). So a build measures recall@10 against exact search on a sample of its own vectors, raises
the index's search knob until a target is met, and stores the value and the measured recall in the
manifest; every search then uses it, with the parameter type each index kind needs (a document
filter on an IVF index with generic parameters raises in FAISS).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import faiss
import numpy as np

K = 10
SAMPLE = 200
_STEPS = {"efSearch": (16, 32, 64, 128, 256, 512, 1024, 2048), "nprobe": (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024)}


AUTO_FLAT_BELOW = 50_000
"""`index_factory = auto`: exact search up to this many chunks (a Flat query stays under ~15 ms),
HNSW with a tuned efSearch above."""

AUTO_FLOAT_BYTES = 768 * 2**20
"""Above this much float32 vector data (500k chunks at 384 dimensions), `auto` switches from HNSW
to an inverted file of 8-bit scalars (`IVF{lists},SQ8`). Two reasons, both measured at 900k
vectors. Memory: float vectors alone (1.5 GB at a million chunks) would hold most of a 2 GiB
serving budget, SQ8 is a quarter of that. Start-up: FAISS reads an HNSW graph whole (5.1 s from a
cold disk at 902k chunks, then 2.9 s of page faults in the first search), while an inverted file's
lists are memory-mapped (read 0.03 s, first search 0.19 s): a search reads only the lists it probes.
The build's recall tuning sets nprobe as it sets HNSW's efSearch."""


def ivf_lists(vectors: int) -> int:
    """Inverted lists for `vectors` chunks: the power of two nearest 4·√n (FAISS's rule of thumb),
    so a list holds a few hundred vectors and the build trains on ≥ 39 per list."""
    return int(min(65536, max(256, 2 ** round(np.log2(4 * np.sqrt(max(vectors, 1)))))))


def choose_factory(factory: str, vectors: int, dim: int = 384, backend: str = "faiss") -> str:
    """The FAISS factory string a build uses for `vectors` chunks ('auto' picks by size; Milvus
    manages its own memory, so it gets plain HNSW)."""
    if factory.strip().lower() != "auto":
        return factory
    if vectors < AUTO_FLAT_BELOW:
        return "Flat"
    if backend == "faiss" and vectors * dim * 4 > AUTO_FLOAT_BYTES:
        return f"IVF{ivf_lists(vectors)},SQ8"
    return "HNSW32"


def read_index(path: str) -> faiss.Index:
    """The saved index, memory-mapped: an inverted file's lists (IO_FLAG_MMAP), or the vectors of a
    flat or HNSW index (IO_FLAG_MMAP_IFC; FAISS reads an HNSW graph itself whole). Only the pages a
    search touches are read from disk."""
    try:
        return faiss.read_index(path, faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY)
    except RuntimeError:  # not an inverted file: FAISS maps only inverted lists with this flag
        return faiss.read_index(path, faiss.IO_FLAG_MMAP_IFC | faiss.IO_FLAG_READ_ONLY)


def knob(index: faiss.Index) -> str:
    """The search parameter that trades speed for recall on this index: 'efSearch', 'nprobe' or ''."""
    if isinstance(faiss.downcast_index(index), faiss.IndexHNSW):
        return "efSearch"
    try:
        faiss.extract_index_ivf(index)
    except RuntimeError:
        return ""
    return "nprobe"


def tune(index: faiss.Index, vectors: np.ndarray, target: float, seed: int = 0) -> dict:
    """The smallest knob value whose recall@10 against exact search reaches `target` (or the largest tried)."""
    name = knob(index)
    if not name or len(vectors) == 0:
        return {"param": "", "value": 0, "recall_at_10": 1.0, "target": target, "sample": 0}
    steps = [v for v in _STEPS[name] if name != "nprobe" or v <= faiss.extract_index_ivf(index).nlist]

    def search(queries: np.ndarray, k: int, value: int) -> list[list[int]]:
        params = search_parameters(index, {"param": name, "value": value}, k, tuning=True)
        return index.search(queries, k, params=params)[1].tolist()

    return tune_with(search, name, steps, vectors, target, seed)


def tune_with(search: Callable[[np.ndarray, int, int], list[list[int]]], name: str, steps: Sequence[int],
              vectors: np.ndarray, target: float, seed: int = 0) -> dict:
    """Raise the knob `name` through `steps` until `search(queries, k, value)` finds `target` of the
    exact top 10 (any store: FAISS here, Milvus in qa.backends)."""
    rng = np.random.default_rng(seed)
    n = min(SAMPLE, len(vectors))
    # Queries are not passages: the midpoint of two random passages sits between them, as a question
    # does (a passage's own neighbours were too easy for HNSW: 0.96 measured, 0.74 on new queries).
    a, b = rng.choice(len(vectors), n), rng.choice(len(vectors), n)
    queries = vectors[a] + vectors[b]
    queries /= np.maximum(np.linalg.norm(queries, axis=1, keepdims=True), 1e-12)
    queries = np.ascontiguousarray(queries, dtype=np.float32)
    k = min(K, len(vectors))
    exact = _exact_top(queries, vectors, k).tolist()
    value, recall = steps[0], 0.0
    for value in steps:
        found = search(queries, k, value)
        recall = float(np.mean([len(set(x) & set(y)) / k for x, y in zip(found, exact)]))
        if recall >= target:
            break
    return {"param": name, "value": int(value), "recall_at_10": round(recall, 4), "target": target,
            "sample": len(queries)}


def search_parameters(index: faiss.Index, ann: dict, want: int,
                      selector: faiss.IDSelector | None = None, tuning: bool = False) -> faiss.SearchParameters:
    """Parameters of the right kind for this index, with the tuned knob (HNSW explores at least `want`)."""
    name = knob(index)
    value = int(ann.get("value") or 0) if ann.get("param") == name else 0
    if name == "efSearch":
        params = faiss.SearchParametersHNSW(efSearch=max(value or 16, want) if not tuning else value)
    elif name == "nprobe":
        params = faiss.SearchParametersIVF(nprobe=max(value, 1))
    else:
        params = faiss.SearchParameters()
    if selector is not None:
        params.sel = selector
    return params


def _exact_top(queries: np.ndarray, vectors: np.ndarray, k: int, block: int = 65536) -> np.ndarray:
    """Exact inner-product top-k, in blocks so a large corpus never needs a full score matrix."""
    best_scores = np.full((len(queries), 0), -np.inf, dtype=np.float32)
    best_ids = np.zeros((len(queries), 0), dtype=np.int64)
    for start in range(0, len(vectors), block):
        scores = queries @ vectors[start : start + block].T
        ids = np.arange(start, start + scores.shape[1])[None, :].repeat(len(queries), 0)
        scores = np.concatenate([best_scores, scores], axis=1)
        ids = np.concatenate([best_ids, ids], axis=1)
        top = np.argpartition(-scores, min(k, scores.shape[1]) - 1, axis=1)[:, :k]
        best_scores = np.take_along_axis(scores, top, 1)
        best_ids = np.take_along_axis(ids, top, 1)
    return best_ids
