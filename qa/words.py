"""Word vectors: each content word of the corpus encoded once, at build time, so that a question's
word in English or Russian ("commission", "комиссия", "free of charge") finds the French word it
means ("commission", "gratuitement") where the two share no spelling.

Stored in the index version as `words.json` (word → row) and `word_vectors.npy` (float16,
L2-normalised, read memory-mapped: never pickled, kept out of the resident memory). The question's
own words are encoded and translated when it is asked, one batch, each word remembered for the next
question.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa.cache import EmbeddingCache, text_key
from qa.corpus import fold
from qa.encoders import Encoder
from qa.text import STOPWORDS

WORDS_FILE = "words.json"
VECTORS_FILE = "word_vectors.npy"
MAX_WORDS = 200_000
"""The most frequent words kept (a million passages have many more, mostly names and misspellings
that share their spelling across languages): 150 MB of float16 at most."""
NEAR = 0.9
"""Cosine above which two words' e5 vectors mean the same thing: "ratified" and "ratifié" (0.93),
"commission" and "комиссия"; unrelated words sit below 0.85."""
QUESTION_WORDS = 8
"""The question's longest content words encoded (each costs the encoder a few milliseconds)."""

_WORD = re.compile(r"[^\W\d_]{4,}")


def content_words(text: str) -> list[str]:
    """Folded words of four letters or more that are not function words, each once, in order."""
    seen: dict[str, None] = {}
    for w in _WORD.findall(fold(text)):
        if w not in STOPWORDS:
            seen.setdefault(w, None)
    return list(seen)


def word_key(word: str) -> str:
    """A cache key of its own: a word is encoded as a query, a passage of the same text is not."""
    return text_key("\x1fword\x1f" + word)


def encode_words(words: list[str], encoder: Encoder, cache: EmbeddingCache | None = None,
                 progress: Callable[[int], None] | None = None) -> np.ndarray:
    """Vectors of `words` (float32, normalised), taken from the embedding cache where it has them."""
    keys = [word_key(w) for w in words]
    known = cache.lookup(keys) if cache is not None else {}
    missing = [i for i, k in enumerate(keys) if k not in known]
    for start in range(0, len(missing), EmbeddingCache.BATCH):
        part = missing[start : start + EmbeddingCache.BATCH]
        fresh = encoder.encode_queries([words[i] for i in part])
        new = {keys[i]: np.asarray(fresh[j], dtype=np.float32) for j, i in enumerate(part)}
        known.update(new)
        if cache is not None:
            cache.add(new)
        if progress:
            progress(len(part))
    if cache is not None and missing:
        cache.flush()
    if progress and len(missing) < len(words):
        progress(len(words) - len(missing))
    if not words:
        return np.zeros((0, int(encoder.dim)), np.float32)
    vecs = np.vstack([known[k] for k in keys]).astype(np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return vecs / np.where(norms > 0, norms, 1.0)


def kept_words(counts: dict[str, int]) -> list[str]:
    return sorted(counts, key=lambda w: (-counts[w], w))[:MAX_WORDS]


def write_word_vectors(directory: Path, words: list[str], encoder: Encoder,
                       cache: EmbeddingCache | None = None, progress: Callable[[int], None] | None = None) -> None:
    vecs = encode_words(words, encoder, cache, progress)
    np.save(directory / VECTORS_FILE, vecs.astype(np.float16), allow_pickle=False)
    (directory / WORDS_FILE).write_text(json.dumps(words, ensure_ascii=False), encoding="utf-8")


@dataclass
class WordVectors:
    rows: dict[str, int]
    vectors: np.ndarray

    @classmethod
    def load(cls, directory: Path) -> WordVectors:
        words = json.loads((directory / WORDS_FILE).read_text(encoding="utf-8"))
        vectors = np.load(directory / VECTORS_FILE, mmap_mode="r", allow_pickle=False)
        if not isinstance(words, list) or vectors.ndim != 2 or len(words) != vectors.shape[0]:
            raise ValueError(f"{WORDS_FILE} and {VECTORS_FILE} disagree")
        return cls({w: i for i, w in enumerate(words)}, vectors)

    def nearest(self, question: np.ndarray) -> list[int]:
        """Each question word's translation: the corpus word nearest to it, when at cosine ≥ NEAR
        (-1 otherwise). Only the nearest: single-word cosines are noisy, and "countries" is as close
        to "régions" (0.90) as to words it means; the nearest ("nations", 0.95) is the one it means."""
        if not len(question) or not len(self.rows):
            return [-1] * len(question)
        best = np.full(len(question), -1.0, dtype=np.float32)
        rows = np.full(len(question), -1, dtype=np.int64)
        for start in range(0, len(self.rows), 50_000):
            sims = np.asarray(self.vectors[start : start + 50_000], dtype=np.float32) @ question.T
            top = sims.argmax(axis=0)
            value = sims[top, np.arange(len(question))]
            better = value > best
            best[better], rows[better] = value[better], top[better] + start
        return [int(r) if v >= NEAR else -1 for r, v in zip(rows, best)]

    def near_share(self, targets: list[int], words: Iterable[str]) -> float:
        """Share of the question's words (their `nearest` rows) that `words` contain."""
        if not targets:
            return 0.0
        rows = {self.rows[w] for w in words if w in self.rows}
        return sum(t >= 0 and t in rows for t in targets) / len(targets)


class QuestionWords:
    """The question's words translated (`WordVectors.nearest`), each word's translation remembered:
    questions share most of their words, and a translation reads the whole vocabulary."""

    LIMIT = 50_000

    def __init__(self, encoder: Encoder, table: WordVectors) -> None:
        self.encoder, self.table = encoder, table
        self._known: dict[str, int] = {}
        self._lock = threading.Lock()

    def translations(self, question: str) -> list[int]:
        """The rows of the question's longest words' translations in the table (-1: none near)."""
        words = sorted(content_words(question), key=len, reverse=True)[:QUESTION_WORDS]
        with self._lock:
            missing = [w for w in words if w not in self._known]
        if missing:
            # A word the corpus has is its own translation (its stored vector is the one nearest its
            # encoding): only the others are encoded, at about 6 ms a word.
            own = {w: self.table.rows[w] for w in missing if w in self.table.rows}
            foreign = [w for w in missing if w not in own]
            rows = dict(zip(foreign, self.table.nearest(encode_words(foreign, self.encoder)))) if foreign else {}
            with self._lock:
                if len(self._known) + len(missing) > self.LIMIT:
                    self._known.clear()
                self._known.update(own | rows)
        with self._lock:
            return [self._known[w] for w in words if w in self._known]
