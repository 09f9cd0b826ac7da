"""The persisted index under `embeddings/`: build, save, load, staleness, embedding cache.

Layout: `CURRENT` names the live version directory `v-*/`; a build writes a fresh version next
to it and swaps `CURRENT` with an atomic rename, so readers see either the old or the new index,
never half of one, and a failed build leaves the old one serving. Everything is a plain file:
records in SQLite (qa.store), JSON, `.npy` arrays loaded without pickle, FAISS's own format,
bm25s's directory.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import bm25s
import faiss
import numpy as np

from qa.ann import choose_factory
from qa.annotate import ANNOTATION_VERSION, annotate
from qa.backends import (
    Backend,
    BackendError,
    EmbeddedBackend,
    MilvusBackend,
    collection_name,
    collection_prefix,
    drop_collection,
    drop_orphans,
    write_embedded,
    write_milvus,
)
from qa.chunking import Chunk, Sentence, chunk_corpus
from qa.corpus import Document, LoadError, file_hashes, load_corpus
from qa.encoders import Encoder, expected_model_id, load_encoder
from qa.entities import ENTITIES_VERSION, corpus_entities
from qa.errors import IndexError_
from qa.settings import Settings
from qa.store import FILE as RECORDS_FILE
from qa.store import DocumentStore, Records, RecordWriter
from qa.text import analyze

log = logging.getLogger(__name__)

SCHEMA_VERSION = 6
# Index files up to this size are hashed on every load; larger ones by `qa info --verify` and `qa serve`.
SMALL_FILE_BYTES = 4_000_000
# Characters of a title-less document's opening paragraph given as context to its other chunks.
CONTEXT_CHARS = 200
ProgressFn = Callable[[int, int, str], None]
"""progress(done, total, description) — the CLI maps it to tqdm, the app to gr.Progress."""


class BuildInProgress(Exception):
    """Another process or thread is already rebuilding this index."""


@dataclass
class BuildReport:
    documents: int
    chunks: int
    sentences: int
    model: str
    dim: int
    seconds: float
    embedded: int
    reused: int
    up_to_date: bool
    errors: list[LoadError] = field(default_factory=list)
    path: str = ""


@dataclass
class Status:
    exists: bool
    fresh: bool
    reasons: list[str]
    manifest: dict
    corrupt: bool = False


@dataclass
class Index:
    path: Path
    manifest: dict
    documents: DocumentStore
    chunks: Sequence[Chunk]
    sentences: Sequence[Sentence]
    backend: Backend
    lexicon: Lexicon
    sentence_vectors: np.ndarray
    # Per sentence: entity, date and amount spans found at build time (qa.annotate).
    annotations: Sequence[dict]
    # Per sentence: its BM25 terms (qa.text.analyze), computed at build.
    terms: Sequence[tuple[str, ...]]
    # Corpus-wide name facts (qa.entities): entity vocabulary, spelled-out acronyms, people's roles.
    entities: dict = field(default_factory=lambda: {"vocabulary": {}, "aliases": {}, "roles": {}})

    @property
    def model_id(self) -> str:
        return str(self.manifest["model"])


@dataclass
class Lexicon:
    """The BM25 vocabulary (term → id) and each term's document frequency over chunks, whatever the
    backend: question analysis and IDF weights need them without touching the stored weights."""

    vocab: dict[str, int]
    df: np.ndarray
    chunks: int

    def ids(self, terms: list[str]) -> list[int]:
        return [self.vocab[t] for t in terms if t in self.vocab]

    def save(self, directory: Path) -> None:
        (directory / "lexicon.json").write_text(
            json.dumps({"chunks": self.chunks, "vocab": self.vocab}, ensure_ascii=False), encoding="utf-8")
        np.save(directory / "df.npy", self.df.astype(np.int64), allow_pickle=False)

    @classmethod
    def load(cls, directory: Path) -> Lexicon:
        meta = json.loads((directory / "lexicon.json").read_text(encoding="utf-8"))
        df = np.load(directory / "df.npy", allow_pickle=False)
        if len(df) != len(meta["vocab"]):
            raise ValueError("lexicon.json and df.npy disagree")
        return cls(meta["vocab"], df, int(meta["chunks"]))


def passage_text(chunk: Chunk, doc: Document) -> str:
    """What gets embedded and BM25-indexed for a chunk: its text, under the document's context.

    A chunk from the middle of a document often never names its subject ("Elle permet…",
    "Le délai est de…"); the title names it, or, for a document without one, its opening
    paragraph (clipped). Measured on SPF-105: dense R@1 0.962 → 0.981.
    """
    context = doc.title if _has_title(doc) else opening_context(chunk, doc)
    if not context or chunk.text.startswith(context):
        return chunk.text
    return f"{context}\n{chunk.text}"


def opening_context(chunk: Chunk, doc: Document) -> str:
    """The opening paragraph given as context to a later chunk of a title-less document, or ''."""
    if _has_title(doc) or not doc.paragraphs or chunk.start <= doc.paragraphs[0].start:
        return ""
    first = doc.paragraphs[0]
    return _clip(doc.text[first.start : first.end], CONTEXT_CHARS)


def _has_title(doc: Document) -> bool:
    return bool(doc.title) and doc.title_from in ("front matter", "headline")


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut[: cut.rfind(" ")] if " " in cut else cut


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


# ---------------------------------------------------------------- status


def _current_dir(root: Path) -> Path | None:
    pointer = root / "CURRENT"
    if not pointer.is_file():
        return None
    name = pointer.read_text(encoding="utf-8").strip()
    if not name or "/" in name or name.startswith("."):
        return None
    return root / name


def read_manifest(root: Path) -> dict:
    current = _current_dir(root)
    if current is None:
        return {}
    try:
        return json.loads((current / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _wanted(settings: Settings) -> dict:
    return {
        "schema": SCHEMA_VERSION,
        "model": expected_model_id(settings.model, settings.query_prompt, settings.passage_prompt),
        "chunking": {"chunk_chars": settings.chunk_chars, "chunk_overlap": settings.chunk_overlap},
        "index_factory": settings.index_factory,
        "annotations": ANNOTATION_VERSION,
        "entities": ENTITIES_VERSION,
        "ann_recall": settings.ann_recall,
        "backend": store_of(settings),
    }


def store_of(settings: Settings) -> dict:
    """Where the vectors go: {'kind': 'faiss'} or {'kind': 'milvus', 'uri': …}."""
    if settings.backend == "faiss":
        return {"kind": "faiss"}
    if settings.backend == "milvus":
        return {"kind": "milvus", "uri": settings.milvus_target}
    raise IndexError_(f"unknown backend {settings.backend!r}: use faiss or milvus")


def _same_store(built: dict, wanted: dict) -> bool:
    return {k: v for k, v in built.items() if k != "collection"} == wanted


def index_status(settings: Settings, verify_all: bool = False) -> Status:
    """Whether `embeddings/` serves exactly the corpus files with the configured model, intact.

    Integrity is checked from the files, not taken from the manifest's word: sizes always, hashes
    of the small files always, hashes of the large ones with `verify_all`.
    """
    root = settings.embeddings_dir
    current = _current_dir(root)
    if current is not None and current.is_dir() and not (current / "manifest.json").is_file():
        return Status(True, False, ["index is corrupt: manifest.json is missing"], {}, corrupt=True)
    manifest = read_manifest(root)
    if not manifest:
        if current is not None and current.is_dir():
            return Status(True, False, ["index is corrupt: manifest.json is unreadable"], {}, corrupt=True)
        return Status(False, False, ["no index built yet"], {})
    reasons = []
    same_schema = manifest.get("schema") == SCHEMA_VERSION
    problems = verify_version(current, manifest, full=verify_all) if current is not None and same_schema else []
    if problems:
        reasons.append(f"index is corrupt: {'; '.join(problems[:3])}")
    wanted = _wanted(settings)
    if manifest.get("schema") != wanted["schema"]:
        reasons.append(f"index schema {manifest.get('schema')} != {wanted['schema']}")
    if manifest.get("model") != wanted["model"]:
        reasons.append(f"built with model {manifest.get('model')}, settings say {wanted['model']}")
    if manifest.get("chunking") != wanted["chunking"]:
        reasons.append("chunking settings changed")
    if manifest.get("index_factory") != wanted["index_factory"]:
        reasons.append("index type changed")
    elif manifest.get("ann", {}).get("param") and manifest["ann"].get("target") != wanted["ann_recall"]:
        reasons.append("search recall target changed")
    if not _same_store(manifest.get("backend", {"kind": "faiss"}), wanted["backend"]):
        reasons.append(f"built for backend {manifest.get('backend', {}).get('kind', 'faiss')}, settings say "
                       f"{wanted['backend']['kind']} {wanted['backend'].get('uri', '')}".rstrip())
    if manifest.get("annotations") != wanted["annotations"] or manifest.get("entities") != wanted["entities"]:
        reasons.append("entity annotations are out of date")
    try:
        hashes = file_hashes(settings.corpus_dir)
    except Exception as exc:  # noqa: BLE001 - any unreadable corpus makes the index stale
        reasons.append(str(exc))
        hashes = {}
    built = manifest.get("files", {})
    added = sorted(set(hashes) - set(built))
    removed = sorted(set(built) - set(hashes))
    changed = sorted(d for d in set(hashes) & set(built) if hashes[d] != built[d])
    for label, names in (("new", added), ("removed", removed), ("changed", changed)):
        if names:
            reasons.append(f"{label} file(s): {', '.join(names[:5])}{' …' if len(names) > 5 else ''}")
    return Status(True, not reasons, reasons, manifest, corrupt=bool(problems))


def verify_version(directory: Path, manifest: dict, full: bool = False) -> list[str]:
    """What is wrong with a version's files against the checksums its manifest recorded at build."""
    expected = manifest.get("checksums")
    if not isinstance(expected, dict) or not expected:
        return ["the manifest records no checksums"]
    problems = []
    for rel, meta in sorted(expected.items()):
        path = directory / rel
        try:
            size = path.stat().st_size
        except OSError:
            problems.append(f"{rel} is missing")
            continue
        if size != meta.get("size"):
            problems.append(f"{rel} is {size} bytes, the build wrote {meta.get('size')}")
        elif (full or size <= SMALL_FILE_BYTES) and _sha256(path) != meta.get("sha256"):
            problems.append(f"{rel} differs from what the build wrote")
    return problems


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _checksums(directory: Path) -> dict[str, dict]:
    return {
        p.relative_to(directory).as_posix(): {"size": p.stat().st_size, "sha256": _sha256(p)}
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


# ---------------------------------------------------------------- cache


class EmbeddingCache:
    """Vectors keyed by text hash, one directory per model, so unchanged text is never re-embedded.

    New vectors are appended as small part files while a build embeds, so a killed build or a full
    disk loses at most one batch; the end of a build compacts them into `vectors.npy` + `keys.json`.
    """

    BATCH = 16
    """Texts embedded between two chances to flush."""
    FLUSH_SECONDS = 5.0
    FLUSH_VECTORS = 2048
    """A part file is written when this much time or this many vectors have piled up."""

    def __init__(self, root: Path, model_id: str) -> None:
        slug = hashlib.sha256(model_id.encode()).hexdigest()[:16]
        self.dir = root / "cache" / slug
        self.model_id = model_id
        self.vectors: dict[str, np.ndarray] = {}
        self._pending: list[str] = []
        self._flushed_at = time.monotonic()
        self._writable = True
        self._read("keys.json", "vectors.npy")
        for keys_path in sorted(self.dir.glob("part-*.json")):
            self._read(keys_path.name, keys_path.with_suffix(".npy").name)

    def _read(self, keys_name: str, vectors_name: str) -> None:
        keys_path, vec_path = self.dir / keys_name, self.dir / vectors_name
        if not (keys_path.is_file() and vec_path.is_file()):
            return
        try:
            meta = json.loads(keys_path.read_text(encoding="utf-8"))
            matrix = np.load(vec_path, allow_pickle=False)
            if meta.get("model") == self.model_id and len(meta["keys"]) == len(matrix):
                self.vectors.update(zip(meta["keys"], matrix))
        except (OSError, ValueError, KeyError) as exc:
            log.warning("embedding cache file %s unreadable, ignored: %s", keys_path.name, exc)

    def add(self, new: dict[str, np.ndarray]) -> None:
        self.vectors.update(new)
        self._pending.extend(new)
        if len(self._pending) >= self.FLUSH_VECTORS or time.monotonic() - self._flushed_at >= self.FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Append the vectors embedded since the last flush as one part file (never fatal)."""
        keys, self._pending = self._pending, []
        self._flushed_at = time.monotonic()
        if not keys or not self._writable:
            return
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            name = f"part-{time.time_ns()}-{os.getpid()}"
            self._write(keys, f"{name}.npy", f"{name}.json")
        except OSError as exc:
            self._writable = False
            log.warning("embedding cache not saved (%s); this build goes on without it", exc)

    def save(self, keep: set[str]) -> None:
        """Compact the cache to the vectors still in use; a failure only costs re-embedding later."""
        self._pending = []
        keys = [k for k in self.vectors if k in keep]
        if not keys:
            return
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            self._write(keys, "vectors.npy", "keys.json")
        except OSError as exc:
            log.warning("embedding cache not saved (%s); the index itself was written", exc)
            return
        for part in self.dir.glob("part-*"):
            with contextlib.suppress(OSError):
                part.unlink()

    def _write(self, keys: list[str], vectors_name: str, keys_name: str) -> None:
        matrix = np.vstack([self.vectors[k] for k in keys]).astype(np.float32)
        _atomic_write(self.dir / vectors_name, lambda f: np.save(f, matrix, allow_pickle=False))
        _atomic_write_text(self.dir / keys_name, json.dumps({"model": self.model_id, "keys": keys}))


def _atomic_write(path: Path, write: Callable) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _atomic_write_text(path: Path, text: str) -> None:
    _atomic_write(path, lambda f: f.write(text.encode("utf-8")))


# ---------------------------------------------------------------- build


@contextlib.contextmanager
def build_lock(root: Path) -> Iterator[None]:
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".build.lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BuildInProgress("a rebuild of this index is already running") from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_index(
    settings: Settings,
    encoder: Encoder | None = None,
    force: bool = False,
    progress: ProgressFn | None = None,
    use_cache: bool = True,
) -> BuildReport:
    """(Re)build the index for the corpus; with nothing changed and no `force`, return at once."""
    started = time.perf_counter()
    root = settings.embeddings_dir
    with build_lock(root):
        store = store_of(settings)
        _clean_leftovers(root, store)
        status = index_status(settings)
        if status.fresh and not force:
            m = status.manifest
            return BuildReport(
                documents=m["counts"]["documents"], chunks=m["counts"]["chunks"],
                sentences=m["counts"]["sentences"], model=m["model"], dim=m["dim"],
                seconds=time.perf_counter() - started, embedded=0, reused=0, up_to_date=True,
                path=str(_current_dir(root)),
            )
        corpus = load_corpus(settings.corpus_dir, settings.max_file_bytes, settings.max_sentences,
                             settings.max_sentence_chars)
        if not corpus.documents:
            raise IndexError_(f"no readable .txt/.md documents in {settings.corpus_dir}")
        encoder = encoder or load_encoder(
            settings.model, settings.query_prompt, settings.passage_prompt, purpose="build"
        )
        docs = {d.doc_id: d for d in corpus.documents}
        sentences, chunks = chunk_corpus(
            corpus.documents, settings.chunk_chars, settings.chunk_overlap
        )
        chunk_texts = [passage_text(c, docs[c.doc_id]) for c in chunks]
        sentence_texts = [s.text for s in sentences]

        cache = EmbeddingCache(root, encoder.model_id) if use_cache else None
        vectors, embedded, reused = _embed_all(encoder, chunk_texts + sentence_texts, cache, progress)
        chunk_vecs, sent_vecs = vectors[: len(chunks)], vectors[len(chunks) :]
        annotator, annotations = annotate(sentence_texts, progress=_counter(progress, len(sentences), "entities"))

        manifest = {
            "schema": SCHEMA_VERSION,
            "model": encoder.model_id,
            "dim": int(encoder.dim),
            "chunking": {"chunk_chars": settings.chunk_chars, "chunk_overlap": settings.chunk_overlap},
            "index_factory": settings.index_factory,
            "index_chosen": choose_factory(settings.index_factory, len(chunks)),
            "ann_target": settings.ann_recall,
            "backend": store,
            "annotator": annotator,
            "annotations": ANNOTATION_VERSION,
            "entities": ENTITIES_VERSION,
            "files": {d.doc_id: d.content_hash for d in corpus.documents},
            "skipped": [asdict(e) for e in corpus.errors],
            "counts": {"documents": len(docs), "chunks": len(chunks), "sentences": len(sentences)},
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "corpus_dir": str(settings.corpus_dir),
        }
        for e in corpus.errors:
            manifest["files"][e.path] = e.content_hash
        try:
            _check_disk_space(root, chunk_vecs.nbytes + sent_vecs.nbytes
                              + 4 * sum(len(t) for t in chunk_texts + sentence_texts))
            target = _write_version(root, manifest, corpus.documents, chunks, sentences,
                                    chunk_texts, chunk_vecs, sent_vecs, annotations)
        except BackendError as exc:
            raise IndexError_(f"{exc}; the previous index is still serving" if status.exists else str(exc)) from exc
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT) or shutil.disk_usage(root).free < 16_000_000:
                serving = "the previous index is still serving" if status.exists else "no index was written"
                raise IndexError_(f"not enough disk space in {root}; {serving}") from exc
            raise
        if cache is not None:
            cache.save({text_key(t) for t in chunk_texts + sentence_texts})
        return BuildReport(
            documents=len(docs), chunks=len(chunks), sentences=len(sentences),
            model=encoder.model_id, dim=int(encoder.dim),
            seconds=time.perf_counter() - started, embedded=embedded, reused=reused,
            up_to_date=False, errors=corpus.errors, path=str(target),
        )


def _check_disk_space(root: Path, needed: int) -> None:
    """Refuse before writing when the version cannot fit, instead of failing half-way through."""
    free = shutil.disk_usage(root).free
    if free < needed:
        raise OSError(errno.ENOSPC, f"{needed // 1_000_000 + 1} MB needed, {free // 1_000_000} MB free")


def _counter(progress: ProgressFn | None, total: int, desc: str) -> Callable[[int], None]:
    """Turns "n more done" steps into progress(done, total, desc) calls, starting at 0."""
    done = 0
    if progress:
        progress(0, total, desc)

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, total, desc)

    return step


def _embed_all(
    encoder: Encoder, texts: list[str], cache: EmbeddingCache | None, progress: ProgressFn | None
) -> tuple[np.ndarray, int, int]:
    keys = [text_key(t) for t in texts]
    known = cache.vectors if cache is not None else {}
    missing = sorted({k: i for i, k in enumerate(keys) if k not in known}.values())
    step = _counter(progress, len(missing), "embedding")
    table = dict(known)
    batch = EmbeddingCache.BATCH
    for start in range(0, len(missing), batch):
        part = missing[start : start + batch]
        fresh = encoder.encode_passages([texts[i] for i in part], progress=step)
        new = {keys[i]: fresh[j] for j, i in enumerate(part)}
        table.update(new)
        if cache is not None:
            cache.add(new)
    if cache is not None:
        cache.flush()
    matrix = (
        np.vstack([table[k] for k in keys]).astype(np.float32)
        if keys
        else np.zeros((0, encoder.dim), np.float32)
    )
    return matrix, len(missing), len(keys) - len(missing)


def _write_version(
    root: Path,
    manifest: dict,
    documents: list[Document],
    chunks: list[Chunk],
    sentences: list[Sentence],
    chunk_texts: list[str],
    chunk_vecs: np.ndarray,
    sent_vecs: np.ndarray,
    annotations: list[dict],
) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    target = root / f"v-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%f')}"
    store = dict(manifest["backend"])
    tmp = Path(tempfile.mkdtemp(dir=root, prefix=".building-"))
    try:
        bm25 = bm25s.BM25(k1=1.2, b=0.75)
        bm25.index([analyze(t) or ["∅"] for t in chunk_texts], show_progress=False)
        df = np.diff(np.asarray(bm25.scores["indptr"]))
        # bm25s also maps '' to an id past its last column; no term of ours is ''.
        Lexicon({t: i for t, i in bm25.vocab_dict.items() if i < len(df)}, df, len(chunks)).save(tmp)
        factory, target_recall = manifest["index_chosen"], float(manifest.get("ann_target", 0.95))
        if store["kind"] == "milvus":
            store["collection"] = collection_name(root, target.name)
            ann = write_milvus(store["uri"], store["collection"], chunk_vecs, bm25,
                               _chunk_documents(documents, chunks), factory, target_recall)
        else:
            ann = write_embedded(tmp, chunk_vecs, factory, target_recall)
            bm25.save(str(tmp / "bm25"), show_progress=False)
        manifest = {**manifest, "ann": ann, "backend": store}
        if ann["param"]:
            log.info("ANN %s=%d: recall@10 %.3f on %d sampled queries", ann["param"], ann["value"],
                     ann["recall_at_10"], ann["sample"])
        np.save(tmp / "sentences.npy", sent_vecs, allow_pickle=False)
        _write_records(tmp / RECORDS_FILE, documents, chunks, sentences, annotations)
        (tmp / "entities.json").write_text(json.dumps(corpus_entities(sentences, annotations), ensure_ascii=False),
                                           encoding="utf-8")
        manifest = {**manifest, "checksums": _checksums(tmp)}
        (tmp / "manifest.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        _fsync_tree(tmp)
        os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if store.get("collection"):
            drop_collection(store["uri"], store["collection"])
        raise
    previous = _current_dir(root)
    _atomic_write_text(root / "CURRENT", target.name + "\n")
    # The previous version stays one generation: another process may be loading it right now.
    for old in root.glob("v-*"):
        if old not in (target, previous):
            _drop_version(old)
    log.info("index written to %s", target)
    return target


def _drop_version(directory: Path) -> None:
    """Remove a superseded version, with the Milvus collection it names."""
    try:
        store = json.loads((directory / "manifest.json").read_text(encoding="utf-8")).get("backend", {})
    except (OSError, ValueError):
        store = {}
    if store.get("collection"):
        drop_collection(store["uri"], store["collection"])
    shutil.rmtree(directory, ignore_errors=True)


def current_version(root: Path) -> str:
    """The name of the live version directory, read from `CURRENT` ('' when there is none)."""
    current = _current_dir(root)
    return current.name if current is not None else ""


def _clean_leftovers(root: Path, store: dict) -> None:
    """What a killed build left behind; called under the build lock, so nothing else is writing."""
    if store["kind"] == "milvus":
        named = set()
        for manifest in root.glob("v-*/manifest.json"):
            with contextlib.suppress(OSError, ValueError):
                named.add(json.loads(manifest.read_text(encoding="utf-8")).get("backend", {}).get("collection"))
        drop_orphans(store["uri"], collection_prefix(root), named)
    leftovers = [*root.glob(".building-*"), *root.glob(".CURRENT.*"), *root.glob("cache/*/.*.npy.*"),
                 *root.glob("cache/*/.*.json.*")]
    for path in leftovers:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                path.unlink()


def _fsync_tree(directory: Path) -> None:
    """Flush a finished version to disk before `CURRENT` points at it (a crash must not expose it half-written)."""
    for path in sorted(directory.rglob("*"), reverse=True):
        flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
        fd = os.open(path, flags)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _chunk_documents(documents: list[Document], chunks: list[Chunk]) -> np.ndarray:
    """Document position of each chunk, for per-document filters in the backends."""
    position = {d.doc_id: i for i, d in enumerate(documents)}
    return np.array([position[c.doc_id] for c in chunks], dtype=np.int32)


def _write_records(path: Path, documents: list[Document], chunks: list[Chunk], sentences: list[Sentence],
                   annotations: list[dict]) -> None:
    """Documents with their chunks and sentences, in corpus order (rows are global positions)."""
    writer = RecordWriter(path)
    c = s = 0
    for doc in documents:
        c_end, s_end = c, s
        while c_end < len(chunks) and chunks[c_end].doc_id == doc.doc_id:
            c_end += 1
        while s_end < len(sentences) and sentences[s_end].doc_id == doc.doc_id:
            s_end += 1
        part = sentences[s:s_end]
        writer.add(doc, chunks[c:c_end], part, [analyze(x.text) for x in part], annotations[s:s_end])
        c, s = c_end, s_end
    writer.close()
    if (c, s) != (len(chunks), len(sentences)):
        raise ValueError("chunks and sentences are not in document order")


# ---------------------------------------------------------------- load


def load_index(settings: Settings) -> Index:
    """The live index; a missing or corrupt one raises `IndexError_` with what to do about it."""
    root = settings.embeddings_dir
    current = _current_dir(root)
    if current is None or not current.is_dir():
        raise IndexError_(f"no index in {root}: run `qa build`")
    try:
        manifest = json.loads((current / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexError_(f"index in {current} is corrupt (manifest.json: {exc}); run `qa build --force`") from exc
    if manifest.get("schema") != SCHEMA_VERSION:
        raise IndexError_(f"index in {current} was built by another version of qa (schema "
                          f"{manifest.get('schema')}, this one reads {SCHEMA_VERSION}): run `qa build`")
    problems = verify_version(current, manifest)
    if problems:
        raise IndexError_(f"index in {current} is corrupt ({'; '.join(problems[:3])}); run `qa build --force`")
    try:
        records = Records(current / RECORDS_FILE)
        # Memory-mapped: pages of sentence vectors and BM25 weights are read when a query needs them.
        sentence_vectors = np.load(current / "sentences.npy", allow_pickle=False, mmap_mode="r")
        lexicon = Lexicon.load(current)
        entities = json.loads((current / "entities.json").read_text(encoding="utf-8"))
        backend = _open_backend(current, manifest, records.chunk_documents())
    except BackendError as exc:
        raise IndexError_(f"index in {current}: {exc}") from exc
    except IndexError_:
        raise
    except Exception as exc:  # noqa: BLE001 - any unreadable file means a corrupt index
        raise IndexError_(
            f"index in {current} is corrupt, a file is unreadable ({exc.__class__.__name__}: {exc}); "
            "run `qa build --force`"
        ) from exc
    counts = manifest.get("counts", {})
    n_chunks, n_sentences = len(records.chunks), len(records.sentences)
    stored = backend.problems(n_chunks, int(manifest.get("dim") or 0))
    if stored:
        raise IndexError_(f"index in {current} is inconsistent ({'; '.join(stored)}); run `qa build --force`")
    if (len(sentence_vectors) != n_sentences or lexicon.chunks != n_chunks
            or (counts.get("chunks"), counts.get("sentences")) != (n_chunks, n_sentences)):
        raise IndexError_(f"index in {current} is inconsistent; run `qa build --force`")
    return Index(current, manifest, records.documents, records.chunks, records.sentences, backend, lexicon,
                 sentence_vectors, records.annotations, records.terms, entities)


def _open_backend(current: Path, manifest: dict, chunk_docs: np.ndarray) -> Backend:
    store, ann = manifest.get("backend", {"kind": "faiss"}), manifest.get("ann", {})
    if store.get("kind") == "milvus":
        return MilvusBackend(store["uri"], store["collection"], ann)
    # Memory-mapped too: only the vectors a search visits are read (all of them for Flat).
    dense = faiss.read_index(str(current / "dense.faiss"), faiss.IO_FLAG_MMAP_IFC | faiss.IO_FLAG_READ_ONLY)
    bm25 = bm25s.BM25.load(str(current / "bm25"), mmap=True, load_vocab=False, show_progress=False, verbosity=0)
    return EmbeddedBackend(dense, bm25, ann, chunk_docs)


def check_encoder(index: Index, encoder: Encoder) -> None:
    """Refuse to query an index with vectors from another model."""
    if index.manifest.get("model") != encoder.model_id or index.manifest.get("dim") != encoder.dim:
        raise IndexError_(
            f"index was built with {index.manifest.get('model')} ({index.manifest.get('dim')}-d) "
            f"but the encoder is {encoder.model_id} ({encoder.dim}-d): run `qa build`"
        )
