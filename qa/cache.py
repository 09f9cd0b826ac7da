"""The embedding cache: vectors keyed by text hash, one directory per model, read from disk.

Unchanged text is never re-embedded, across builds and across a killed build. Nothing is loaded
whole: each file of vectors is memory-mapped and found through a sorted array of its keys, so a
cache of millions of vectors costs a few bytes of memory per vector, not the vectors themselves.

Files of one model's directory:
- `meta.json` names the current generation `g`; `keys-g.npy` (32-byte hex keys) and `vectors-g.npy`
  hold the compacted cache, swapped as a pair by rewriting `meta.json`.
- `journal-*-d<dim>.keys` / `.f32`: raw appends while a build embeds, flushed every few seconds, so
  a killed build loses at most one batch; the end of a build compacts them into a new generation.
- `keys.json` + `vectors.npy` and `part-*.json/.npy` (earlier versions of qa) are still read.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from qa.files import atomic_write_text, fsync

log = logging.getLogger(__name__)

KEY = np.dtype("S32")
RESORT = 50_000
"""Keys appended to a journal are found through a dict until this many, then through its sorted index."""


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class _Segment:
    """Vectors with their keys, found by binary search over the keys' sorted order."""

    def __init__(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        self.keys, self.vectors = keys, vectors
        self._order: np.ndarray | None = None
        self._sorted = np.zeros(0, dtype=KEY)
        self._recent: dict[bytes, int] = {}

    def __len__(self) -> int:
        return len(self.keys)

    def _index(self) -> None:
        if self._order is None:
            self._order = np.argsort(self.keys, kind="stable")
            self._sorted = self.keys[self._order]

    def find(self, wanted: np.ndarray) -> np.ndarray:
        """Row of each wanted key, -1 where absent."""
        self._index()
        assert self._order is not None
        rows = np.full(len(wanted), -1, dtype=np.int64)
        if len(self._order):
            ordered = self._sorted
            pos = np.minimum(np.searchsorted(ordered, wanted), len(ordered) - 1)
            hit = ordered[pos] == wanted
            rows[hit] = self._order[pos[hit]]
        if self._recent:
            for i in np.flatnonzero(rows < 0).tolist():
                rows[i] = self._recent.get(bytes(wanted[i]), -1)
        return rows

    def rows(self, rows: np.ndarray) -> np.ndarray:
        return np.asarray(self.vectors[rows], dtype=np.float32)


class _Journal(_Segment):
    """This build's new vectors, appended to two raw files as they are embedded; what has been
    synced is read back through a memory map, the rest (one flush's worth) is held in memory."""

    def __init__(self, directory: Path, dim: int) -> None:
        name = f"journal-{time.time_ns()}-{os.getpid()}-d{dim}"
        self.key_path, self.vec_path = directory / f"{name}.keys", directory / f"{name}.f32"
        self._files = [open(self.key_path, "ab"), open(self.vec_path, "ab")]  # noqa: SIM115 - closed by close()
        self.dim, self.count = dim, 0
        self._pending: list[tuple[int, np.ndarray]] = []
        super().__init__(np.zeros(0, dtype=KEY), np.zeros((0, dim), np.float32))
        self._order = np.zeros(0, dtype=np.int64)

    def __len__(self) -> int:
        return self.count

    def append(self, keys: list[str], vectors: np.ndarray) -> None:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self._files[0].write(b"".join(k.encode("ascii") for k in keys))
        self._files[1].write(vectors.tobytes())
        self._pending.append((self.count, vectors))
        for k in keys:
            self._recent[k.encode("ascii")] = self.count
            self.count += 1

    def sync(self) -> None:
        for f in self._files:
            f.flush()
            os.fsync(f.fileno())
        self.vectors = _raw_vectors(self.vec_path, self.dim)[: self.count]
        self._pending = []

    def _index(self) -> None:
        if len(self._recent) > RESORT:
            self.sync()
            self.keys = np.fromfile(self.key_path, dtype=KEY, count=self.count)
            self._order, self._recent = np.argsort(self.keys, kind="stable"), {}
            self._sorted = self.keys[self._order]

    def rows(self, rows: np.ndarray) -> np.ndarray:
        out = np.empty((len(rows), self.dim), dtype=np.float32)
        for i, r in enumerate(rows.tolist()):
            if r < len(self.vectors):
                out[i] = self.vectors[r]
            else:
                start, block = next((s, b) for s, b in self._pending if s <= r < s + len(b))
                out[i] = block[r - start]
        return out

    def close(self) -> None:
        for f in self._files:
            with contextlib.suppress(OSError):
                f.close()


def _raw_vectors(path: Path, dim: int) -> np.ndarray:
    size = path.stat().st_size // (4 * dim)
    if size == 0:
        return np.zeros((0, dim), np.float32)
    return np.memmap(path, dtype=np.float32, mode="r", shape=(size, dim))


class EmbeddingCache:
    """Vectors keyed by text hash; see the module docstring for the files."""

    BATCH = 16
    """Texts embedded between two chances to flush."""
    FLUSH_SECONDS = 5.0
    FLUSH_VECTORS = 2048
    """The journal is synced when this much time or this many vectors have piled up."""

    def __init__(self, root: Path, model_id: str) -> None:
        slug = hashlib.sha256(model_id.encode()).hexdigest()[:16]
        self.dir = root / "cache" / slug
        self.model_id = model_id
        self._segments: list[_Segment] = []
        self._journal: _Journal | None = None
        self._unsynced = 0
        self._synced_at = time.monotonic()
        self._writable = True
        self._read_generation()
        self._read_legacy()
        for keys_path in sorted(self.dir.glob("journal-*.keys")):
            self._read_journal(keys_path)

    # -- reading

    def _read_generation(self) -> None:
        meta_path = self.dir / "meta.json"
        if not meta_path.is_file():
            return
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if meta.get("model") != self.model_id:
                return
            gen = meta["generation"]
            keys = np.load(self.dir / f"keys-{gen}.npy", allow_pickle=False)
            vectors = np.load(self.dir / f"vectors-{gen}.npy", allow_pickle=False, mmap_mode="r")
            if keys.dtype == KEY and len(keys) == len(vectors):
                self._segments.append(_Segment(keys, vectors))
        except (OSError, ValueError, KeyError) as exc:
            log.warning("embedding cache %s unreadable, ignored: %s", self.dir, exc)

    def _read_legacy(self) -> None:
        """Caches written by earlier versions (one JSON key list per vectors file)."""
        pairs = [("keys.json", "vectors.npy")] + [(p.name, p.with_suffix(".npy").name)
                                                  for p in sorted(self.dir.glob("part-*.json"))]
        for keys_name, vectors_name in pairs:
            keys_path, vec_path = self.dir / keys_name, self.dir / vectors_name
            if not (keys_path.is_file() and vec_path.is_file()):
                continue
            try:
                meta = json.loads(keys_path.read_text(encoding="utf-8"))
                vectors = np.load(vec_path, allow_pickle=False, mmap_mode="r")
                if meta.get("model") == self.model_id and len(meta["keys"]) == len(vectors):
                    self._segments.append(_Segment(np.array(meta["keys"], dtype=KEY), vectors))
            except (OSError, ValueError, KeyError) as exc:
                log.warning("embedding cache file %s unreadable, ignored: %s", keys_path.name, exc)

    def _read_journal(self, keys_path: Path) -> None:
        """A journal left by a build that was killed: every complete row is good."""
        m = re.search(r"-d(\d+)\.keys$", keys_path.name)
        vec_path = keys_path.with_suffix(".f32")
        if not m or not vec_path.is_file():
            return
        try:
            vectors = _raw_vectors(vec_path, int(m.group(1)))
            keys = np.fromfile(keys_path, dtype=KEY, count=keys_path.stat().st_size // KEY.itemsize)
            n = min(len(keys), len(vectors))
            self._segments.append(_Segment(keys[:n], vectors[:n]))
        except (OSError, ValueError) as exc:
            log.warning("embedding cache journal %s unreadable, ignored: %s", keys_path.name, exc)

    def _all(self) -> list[_Segment]:
        return [*self._segments, *([self._journal] if self._journal else [])]

    def _locate(self, keys: Sequence[str]) -> list[tuple[_Segment, np.ndarray, np.ndarray]]:
        """For each segment holding some of `keys`: which keys (positions) at which rows."""
        wanted = np.array(list(keys), dtype=KEY)
        out = []
        todo = np.arange(len(wanted))
        for segment in self._all():
            if not len(todo):
                break
            rows = segment.find(wanted[todo])
            hit = rows >= 0
            out.append((segment, todo[hit], rows[hit]))
            todo = todo[~hit]
        return out

    def lookup(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors of those keys that are cached."""
        found: dict[str, np.ndarray] = {}
        for segment, positions, rows in self._locate(keys):
            for i, v in zip(positions.tolist(), segment.rows(rows)):
                found[keys[i]] = v
        return found

    def missing(self, keys: Sequence[str]) -> int:
        """How many distinct keys are not cached (the work a build has to do); no vector is read."""
        distinct = list(dict.fromkeys(keys))
        return len(distinct) - sum(len(positions) for _, positions, _ in self._locate(distinct))

    # -- writing

    def add(self, new: dict[str, np.ndarray]) -> None:
        if not new or not self._writable:
            return
        try:
            if self._journal is None:
                self.dir.mkdir(parents=True, exist_ok=True)
                self._journal = _Journal(self.dir, len(next(iter(new.values()))))
            self._journal.append(list(new), np.vstack(list(new.values())))
        except OSError as exc:
            self._writable = False
            log.warning("embedding cache not saved (%s); this build goes on without it", exc)
            return
        self._unsynced += len(new)
        if self._unsynced >= self.FLUSH_VECTORS or time.monotonic() - self._synced_at >= self.FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Make the vectors embedded so far durable (never fatal)."""
        self._unsynced, self._synced_at = 0, time.monotonic()
        if self._journal is None or not self._writable:
            return
        try:
            self._journal.sync()
        except OSError as exc:
            self._writable = False
            log.warning("embedding cache not saved (%s); this build goes on without it", exc)

    def save(self, keep: np.ndarray) -> None:
        """Compact the cache to the vectors of `keep` (S32 keys); a failure only costs re-embedding later."""
        self.flush()
        if not self._writable:
            return
        keep = np.unique(np.asarray(keep, dtype=KEY))
        sources: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        todo = keep
        for segment in self._all():
            if not len(todo):
                break
            rows = segment.find(todo)
            hit = rows >= 0
            sources.append((todo[hit], rows[hit], segment.vectors))
            todo = todo[~hit]
        total = sum(len(k) for k, _, _ in sources)
        if total == 0:
            return
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            self._write(sources, total)
        except OSError as exc:
            log.warning("embedding cache not saved (%s); the index itself was written", exc)
            return
        if self._journal is not None:
            self._journal.close()
        self._remove_superseded()

    def _write(self, sources: list[tuple[np.ndarray, np.ndarray, np.ndarray]], total: int) -> None:
        gen = str(time.time_ns())
        dim = sources[0][2].shape[1]
        vec_path, key_path = self.dir / f"vectors-{gen}.npy", self.dir / f"keys-{gen}.npy"
        try:
            out = np.lib.format.open_memmap(vec_path, mode="w+", dtype=np.float32, shape=(total, dim))
            keys = np.empty(total, dtype=KEY)
            at = 0
            for src_keys, rows, vectors in sources:
                order = np.argsort(rows)
                for start in range(0, len(order), 65536):
                    part = order[start : start + 65536]
                    out[at : at + len(part)] = vectors[rows[part]]
                    keys[at : at + len(part)] = src_keys[part]
                    at += len(part)
            out.flush()
            del out
            np.save(key_path, keys, allow_pickle=False)
            for path in (vec_path, key_path):
                fsync(path)
            atomic_write_text(self.dir / "meta.json", json.dumps({"model": self.model_id, "generation": gen}))
        except BaseException:
            for path in (vec_path, key_path):
                with contextlib.suppress(OSError):
                    path.unlink()
            raise

    def _remove_superseded(self) -> None:
        gen = json.loads((self.dir / "meta.json").read_text(encoding="utf-8"))["generation"]
        for path in self.dir.iterdir():
            current = path.name in (f"keys-{gen}.npy", f"vectors-{gen}.npy", "meta.json")
            if not current and not path.name.startswith("."):
                with contextlib.suppress(OSError):
                    path.unlink()
