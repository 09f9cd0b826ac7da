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
import re
import shutil
import tempfile
import threading
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import bm25s
import numpy as np
from bm25s.tokenization import Tokenized

from qa.ann import choose_factory, read_index
from qa.annotate import ANNOTATION_VERSION, Annotator
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
from qa.cache import KEY, EmbeddingCache, text_key
from qa.chunking import Chunk, Sentence, chunk_document
from qa.corpus import (
    AUTHOR_FIELD,
    DATELINE_LINE,
    READER_VERSION,
    TITLE_FIELD,
    Document,
    LoadError,
    corpus_files,
    file_hashes,
    file_stats,
    iter_corpus,
)
from qa.encoders import Encoder, expected_model_id, load_encoder
from qa.entities import ENTITIES_VERSION, EntityCollector
from qa.errors import IndexError_
from qa.files import atomic_write_text
from qa.settings import Settings
from qa.store import FILE as RECORDS_FILE
from qa.store import DocumentStore, Records, RecordWriter, chunk_documents
from qa.text import ANALYSIS_VERSION, analyze
from qa.vectors import VectorReader, VectorWriter
from qa.words import WordVectors, content_words, kept_words, word_key, write_word_vectors

log = logging.getLogger(__name__)

SCHEMA_VERSION = 10
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
    sentence_vectors: VectorReader
    # Per sentence: entity, date and amount spans found at build time (qa.annotate).
    annotations: Sequence[dict]
    # Per sentence: its BM25 terms (qa.text.analyze) and folded text (qa.corpus.fold), computed at build.
    terms: Sequence[tuple[str, ...]]
    folded: Sequence[str]
    # Corpus-wide name facts (qa.entities): entity vocabulary, spelled-out acronyms, people's roles.
    entities: dict = field(default_factory=lambda: {"vocabulary": {}, "aliases": {}, "roles": {}})
    # The corpus's content words and their vectors (qa.words): a question's word in another language
    # finds the French word it means.
    words: WordVectors | None = None

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
    # The dateline ("date 2023-11") says when, not what: kept out of what is searched, it does not draw
    # questions with a year to the article's opening. The "title:" line is the context already given.
    text = _UNSEARCHED_HEAD.sub(r"\1", chunk.text)
    if not context or text.startswith(context):
        return text
    return f"{context}\n{text}"


_UNSEARCHED_HEAD = re.compile(rf"\A(?:{TITLE_FIELD}[^\n]*\n+)?((?:{AUTHOR_FIELD}[^\n]*\n+)?)(?:{DATELINE_LINE}\n*)?", re.IGNORECASE)
"""The headline line and the dateline at the head of a chunk, around the byline if any: a "Date :" line in the
body stays searched."""


def opening_context(chunk: Chunk, doc: Document) -> str:
    """The opening paragraph given as context to a later chunk of a title-less document, or ''."""
    first = doc.opening()
    if _has_title(doc) or first is None or chunk.start <= first.start:
        return ""
    return _clip(doc.text[first.start : first.end], CONTEXT_CHARS)


def _has_title(doc: Document) -> bool:
    return bool(doc.title) and doc.title_from in ("front matter", "headline")


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return cut[: cut.rfind(" ")] if " " in cut else cut


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
        "reader": READER_VERSION,
        "analysis": ANALYSIS_VERSION,
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
    if manifest.get("reader", 1) != wanted["reader"]:
        reasons.append("documents are read differently by this version (re-read; unchanged passages keep their vectors)")
    if manifest.get("analysis", 1) != wanted["analysis"]:
        reasons.append("search terms are computed differently by this version (rebuild; passages keep their vectors)")
    try:
        hashes = file_hashes(settings.corpus_dir, manifest.get("files"), manifest.get("file_stats"))
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
    """(Re)build the index for the corpus; with nothing changed and no `force`, return at once.

    Two passes over the files: the first counts what there is to do (for an honest progress bar
    and to size the vector files), the second embeds, annotates and writes a batch of documents at
    a time, so memory holds one batch however large the corpus.
    """
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
        encoder = encoder or load_encoder(
            settings.model, settings.query_prompt, settings.passage_prompt, purpose="build"
        )
        cache = EmbeddingCache(root, encoder.model_id) if use_cache else None
        stats = file_stats(settings.corpus_dir)
        plan = _plan(settings, cache, progress)
        if not plan.documents:
            raise IndexError_(f"no readable .txt/.md documents in {settings.corpus_dir}")
        manifest = {
            "schema": SCHEMA_VERSION,
            "model": encoder.model_id,
            "dim": int(encoder.dim),
            "chunking": {"chunk_chars": settings.chunk_chars, "chunk_overlap": settings.chunk_overlap},
            "index_factory": settings.index_factory,
            "index_chosen": choose_factory(settings.index_factory, plan.chunks, int(encoder.dim), store["kind"]),
            "ann_target": settings.ann_recall,
            "backend": store,
            "annotations": ANNOTATION_VERSION,
            "entities": ENTITIES_VERSION,
            "reader": READER_VERSION,
            "analysis": ANALYSIS_VERSION,
            "files": dict(plan.files),
            "skipped": [asdict(e) for e in plan.errors],
            "counts": {"documents": plan.documents, "chunks": plan.chunks, "sentences": plan.sentences},
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "corpus_dir": str(settings.corpus_dir),
        }
        for e in plan.errors:
            manifest["files"][e.path] = e.content_hash
        manifest["file_stats"] = {d: stats[d] for d in manifest["files"] if d in stats}
        try:
            _check_disk_space(root, 4 * int(encoder.dim) * (2 * plan.chunks + plan.sentences) + 4 * plan.chars)
            target, written = _write_version(root, settings, manifest, plan, encoder, cache, progress)
        except BackendError as exc:
            raise IndexError_(f"{exc}; the previous index is still serving" if status.exists else str(exc)) from exc
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT) or shutil.disk_usage(root).free < 16_000_000:
                serving = "the previous index is still serving" if status.exists else "no index was written"
                raise IndexError_(f"not enough disk space in {root}; {serving}") from exc
            raise
        if cache is not None:
            cache.save(np.concatenate(written.keys) if written.keys else np.zeros(0, dtype=KEY))
        return BuildReport(
            documents=plan.documents, chunks=plan.chunks, sentences=plan.sentences,
            model=encoder.model_id, dim=int(encoder.dim),
            seconds=time.perf_counter() - started, embedded=written.embedded, reused=written.reused,
            up_to_date=False, errors=plan.errors, path=str(target),
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
            progress(min(done, total), total, desc)

    return step


BATCH_TEXTS = 4096
"""Chunks and sentences a build processes together (embedded, annotated, written, then let go)."""


@dataclass
class _Plan:
    """What a build has to do, counted by a first pass that reads and chunks every file and keeps no text."""

    documents: int = 0
    chunks: int = 0
    sentences: int = 0
    chars: int = 0
    to_embed: int = 0
    files: dict[str, str] = field(default_factory=dict)
    errors: list[LoadError] = field(default_factory=list)


def _split(doc: Document, settings: Settings) -> tuple[list[Sentence], list[Chunk]]:
    return chunk_document(doc, settings.chunk_chars, settings.chunk_overlap)


def _corpus(settings: Settings) -> Iterator[Document | LoadError]:
    return iter_corpus(settings.corpus_dir, settings.max_file_bytes, settings.max_sentences,
                       settings.max_sentence_chars)


def _plan(settings: Settings, cache: EmbeddingCache | None, progress: ProgressFn | None) -> _Plan:
    plan, keys = _Plan(), []

    def count_missing() -> None:
        plan.to_embed += cache.missing(keys) if cache is not None else len(set(keys))
        keys.clear()

    step = _counter(progress, len(corpus_files(settings.corpus_dir)), "reading")
    for item in _corpus(settings):
        step(1)
        if isinstance(item, LoadError):
            plan.errors.append(item)
            continue
        sentences, chunks = _split(item, settings)
        texts = [passage_text(c, item) for c in chunks] + [s.text for s in sentences]
        plan.documents += 1
        plan.chunks += len(chunks)
        plan.sentences += len(sentences)
        plan.chars += sum(map(len, texts))
        plan.files[item.doc_id] = item.content_hash
        keys.extend(text_key(t) for t in texts)
        if len(keys) >= BATCH_TEXTS:
            count_missing()
    count_missing()
    return plan


@dataclass
class _Written:
    keys: list[np.ndarray] = field(default_factory=list)
    embedded: int = 0
    reused: int = 0


class _VersionWriter:
    """The second pass: each batch of documents is embedded (what the cache lacks), annotated by
    spaCy in child processes meanwhile, and appended to the version's files."""

    def __init__(self, tmp: Path, plan: _Plan, encoder: Encoder, cache: EmbeddingCache | None,
                 annotator: Annotator, progress: ProgressFn | None, previous: Records | None = None) -> None:
        dim = int(encoder.dim)
        self.tmp, self.plan, self.encoder, self.cache, self.annotator = tmp, plan, encoder, cache, annotator
        self.previous = previous
        self.records = RecordWriter(tmp / RECORDS_FILE)
        self.sentence_vecs = VectorWriter(tmp / "sentences.npy", plan.sentences, dim)
        self.chunk_vecs = VectorWriter(tmp / CHUNK_VECTORS, plan.chunks, dim)
        self.token_ids: list[array] = []
        self.vocab: dict[str, int] = {}
        self.chunk_counts: list[int] = []
        self.entities = EntityCollector()
        self.word_counts: Counter[str] = Counter()
        self.written = _Written()
        if plan.to_embed:
            self._embed_step, self._text_step = _counter(progress, plan.to_embed, "embedding"), None
        else:
            self._embed_step, self._text_step = None, _counter(progress, plan.sentences, "entities")

    def add(self, batch: list[tuple[Document, list[Sentence], list[Chunk]]]) -> None:
        chunk_texts = [passage_text(c, doc) for doc, _, chunks in batch for c in chunks]
        sentence_texts = [s.text for _, sentences, _ in batch for s in sentences]
        for text in sentence_texts:
            self.word_counts.update(content_words(text))
        if (self.records.chunks + len(chunk_texts) > self.plan.chunks
                or self.records.sentences + len(sentence_texts) > self.plan.sentences):
            raise _CorpusChanged()
        kept = [self._stored_annotations(doc, sentences) for doc, sentences, _ in batch]
        fresh = [s.text for (_, sentences, _), k in zip(batch, kept) if k is None for s in sentences]
        annotations = self.annotator.submit(fresh)
        vectors = self._embed(chunk_texts + sentence_texts)
        self.chunk_vecs.write(vectors[: len(chunk_texts)])
        self.sentence_vecs.write(vectors[len(chunk_texts) :])
        found = annotations()
        at = 0
        for (doc, sentences, chunks), stored in zip(batch, kept):
            if stored is None:
                mine = found[at : at + len(sentences)]
                at += len(sentences)
            else:
                mine = stored
            self.records.add(doc, chunks, sentences, [analyze(s.text) for s in sentences], mine)
            self.entities.add(sentences, mine)
            self.chunk_counts.append(len(chunks))
        for text in chunk_texts:
            terms = analyze(text) or ["∅"]
            self.token_ids.append(array("i", [self.vocab.setdefault(t, len(self.vocab)) for t in terms]))
        if self._text_step:
            self._text_step(len(sentence_texts))

    def _stored_annotations(self, doc: Document, sentences: list[Sentence]) -> list[dict] | None:
        """The previous version's annotations of an unchanged document (spaCy is the slowest step
        of a build: adding one article to a large archive must not re-annotate all the others)."""
        previous = self.previous
        if previous is None or doc.doc_id not in previous.documents:
            return None
        info = previous.documents.info(doc.doc_id)
        if info.content_hash != doc.content_hash or info.sentences != len(sentences):
            return None
        rows = range(info.first_sentence, info.first_sentence + info.sentences)
        try:
            if any(previous.sentences[r].text != s.text for r, s in zip(rows, sentences)):
                return None
            return [previous.annotations[r] for r in rows]
        except (IndexError_, ValueError) as exc:
            log.warning("previous index unreadable (%s); annotating everything afresh", exc)
            self.previous = None
            return None

    def _embed(self, texts: list[str]) -> np.ndarray:
        keys = [text_key(t) for t in texts]
        self.written.keys.append(np.array(keys, dtype=KEY))
        known = self.cache.lookup(keys) if self.cache is not None else {}
        missing = list({k: i for i, k in enumerate(keys) if k not in known}.values())
        for start in range(0, len(missing), EmbeddingCache.BATCH):
            part = missing[start : start + EmbeddingCache.BATCH]
            fresh = self.encoder.encode_passages([texts[i] for i in part], progress=self._embed_step)
            new = {keys[i]: np.asarray(fresh[j], dtype=np.float32) for j, i in enumerate(part)}
            known.update(new)
            if self.cache is not None:
                self.cache.add(new)
        if self.cache is not None:
            self.cache.flush()
        self.written.embedded += len(missing)
        self.written.reused += len(keys) - len(missing)
        return np.vstack([known[k] for k in keys]) if keys else np.zeros((0, self.encoder.dim), np.float32)

    def finish(self) -> tuple[bm25s.BM25, np.ndarray]:
        self.records.close()
        if (self.records.chunks, self.records.sentences) != (self.plan.chunks, self.plan.sentences):
            raise _CorpusChanged()
        self.sentence_vecs.close()
        self.chunk_vecs.close()
        bm25 = bm25s.BM25(k1=1.2, b=0.75)
        bm25.index(Tokenized(ids=self.token_ids, vocab=self.vocab), show_progress=False)
        self.token_ids = []
        return bm25, chunk_documents(self.chunk_counts)


class _CorpusChanged(Exception):
    """A file changed between the two passes of a build."""


CHUNK_VECTORS = ".chunk-vectors.npy"
"""Chunk vectors while a build runs; FAISS (or Milvus) keeps its own copy, so this one goes."""


def _previous_records(root: Path, annotator: str) -> Records | None:
    """The live version's records, when their annotations are what this build's annotator would make."""
    current = _current_dir(root)
    manifest = read_manifest(root)
    if (current is None or manifest.get("schema") != SCHEMA_VERSION or manifest.get("annotator") != annotator
            or manifest.get("annotations") != ANNOTATION_VERSION or verify_version(current, manifest)):
        return None
    try:
        return Records(current / RECORDS_FILE)
    except IndexError_:
        return None


def _second_pass(settings: Settings, plan: _Plan, writer: _VersionWriter) -> None:
    batch: list[tuple[Document, list[Sentence], list[Chunk]]] = []
    size = 0
    for item in _corpus(settings):
        if isinstance(item, LoadError):
            continue
        if plan.files.get(item.doc_id) != item.content_hash:
            raise _CorpusChanged()
        sentences, chunks = _split(item, settings)
        batch.append((item, sentences, chunks))
        size += len(sentences) + len(chunks)
        if size >= BATCH_TEXTS:
            writer.add(batch)
            batch, size = [], 0
    if batch:
        writer.add(batch)


def _write_version(
    root: Path,
    settings: Settings,
    manifest: dict,
    plan: _Plan,
    encoder: Encoder,
    cache: EmbeddingCache | None,
    progress: ProgressFn | None,
) -> tuple[Path, _Written]:
    root.mkdir(parents=True, exist_ok=True)
    target = root / f"v-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%f')}"
    store = dict(manifest["backend"])
    tmp = Path(tempfile.mkdtemp(dir=root, prefix=".building-"))
    try:
        jobs = settings.jobs or os.cpu_count() or 1
        try:
            with Annotator(jobs, plan.sentences) as annotator:
                previous = _previous_records(root, annotator.name)
                writer = _VersionWriter(tmp, plan, encoder, cache, annotator, progress, previous)
                _second_pass(settings, plan, writer)
                manifest = {**manifest, "annotator": annotator.name}
            # spaCy's processes have ended: BM25 and the ANN index get their memory.
            bm25, chunk_docs = writer.finish()
        except _CorpusChanged:
            raise IndexError_("a corpus file changed while the index was being built; build again") from None
        words = kept_words(writer.word_counts)
        write_word_vectors(tmp, words, encoder, cache, _counter(progress, len(words), "word vectors"))
        writer.written.keys.append(np.array([word_key(w) for w in words], dtype=KEY))
        df = np.diff(np.asarray(bm25.scores["indptr"]))
        # bm25s also maps '' to an id past its last column; no term of ours is ''.
        Lexicon({t: i for t, i in bm25.vocab_dict.items() if i < len(df)}, df, plan.chunks).save(tmp)
        factory, target_recall = manifest["index_chosen"], float(manifest.get("ann_target", 0.95))
        chunk_vecs = VectorReader(tmp / CHUNK_VECTORS)
        if store["kind"] == "milvus":
            store["collection"] = collection_name(root, target.name)
            ann = write_milvus(store["uri"], store["collection"], chunk_vecs, bm25, chunk_docs, factory, target_recall)
        else:
            ann = write_embedded(tmp, chunk_vecs, factory, target_recall)
            bm25.save(str(tmp / "bm25"), show_progress=False)
        chunk_vecs.close()
        del bm25
        (tmp / CHUNK_VECTORS).unlink()
        manifest = {**manifest, "ann": ann, "backend": store}
        if ann["param"]:
            log.info("ANN %s=%d: recall@10 %.3f on %d sampled queries", ann["param"], ann["value"],
                     ann["recall_at_10"], ann["sample"])
        (tmp / "entities.json").write_text(json.dumps(writer.entities.result(), ensure_ascii=False), encoding="utf-8")
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
    atomic_write_text(root / "CURRENT", target.name + "\n")
    # The previous version stays one generation: another process may be loading it right now.
    for old in root.glob("v-*"):
        if old not in (target, previous):
            _drop_version(old)
    log.info("index written to %s", target)
    return target, writer.written


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
        # Read when a query needs them: by positioned reads (qa.vectors), so they stay out of the RSS.
        sentence_vectors = VectorReader(current / "sentences.npy")
        lexicon = Lexicon.load(current)
        entities = json.loads((current / "entities.json").read_text(encoding="utf-8"))
        words = WordVectors.load(current)
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
                 sentence_vectors, records.annotations, records.terms, records.folded, entities, words)


def _open_backend(current: Path, manifest: dict, chunk_docs: np.ndarray) -> Backend:
    store, ann = manifest.get("backend", {"kind": "faiss"}), manifest.get("ann", {})
    if store.get("kind") == "milvus":
        return MilvusBackend(store["uri"], store["collection"], ann)
    # Memory-mapped too: only the vectors a search visits are read (all of them for Flat).
    dense = read_index(str(current / "dense.faiss"))
    bm25 = bm25s.BM25.load(str(current / "bm25"), mmap=True, load_vocab=False, show_progress=False, verbosity=0)
    prefetch([current / "dense.faiss", *sorted((current / "bm25").glob("*.npy"))])
    return EmbeddedBackend(dense, bm25, ann, chunk_docs)


def prefetch(paths: Sequence[Path]) -> None:
    """Ask the kernel, in the background, to read the mapped files every search touches. After a
    reboot the first questions otherwise fault their pages in one at a time from all over the file
    (a million chunks: answer p50 69 ms over the first 100 questions); one sequential read ahead is
    faster, and start-up does not wait for it. Pages stay the kernel's to drop."""
    def run() -> None:
        for path in paths:
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
            except (OSError, AttributeError):  # not Linux, or a file system without readahead
                pass
            finally:
                os.close(fd)

    threading.Thread(target=run, name="qa-prefetch", daemon=True).start()


def check_encoder(index: Index, encoder: Encoder) -> None:
    """Refuse to query an index with vectors from another model."""
    if index.manifest.get("model") != encoder.model_id or index.manifest.get("dim") != encoder.dim:
        raise IndexError_(
            f"index was built with {index.manifest.get('model')} ({index.manifest.get('dim')}-d) "
            f"but the encoder is {encoder.model_id} ({encoder.dim}-d): run `qa build`"
        )
