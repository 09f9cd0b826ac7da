"""An index version's records (documents, chunks, sentences) in one SQLite file, read as a question
needs them.

Parsing every record into Python objects at start-up was O(corpus) in time and memory (a third of
the resident memory at 300k chunks). Here a load opens the file read-only and keeps in memory only
what every question needs: document ids, titles, dates and content hashes, and each document's
chunk and sentence rows. Everything else is read on first use, in blocks of neighbouring rows (the
answer stage reads a sentence's neighbours and its document's other sentences), and kept up to a
bound. Each sentence also carries its BM25 terms and its folded form, computed at build, so the answer
stage never analyses corpus text at query time.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar, overload

import numpy as np

from qa.chunking import Chunk, Sentence
from qa.corpus import Document, Paragraph, fold
from qa.errors import IndexError_

FILE = "records.sqlite"
BLOCK = 64
"""Rows read together on a miss: a question reads a sentence's neighbours and its document's others."""
CACHED_ROWS = 100_000
CACHED_DOCUMENTS = 256

T = TypeVar("T")

_TABLES = """
CREATE TABLE documents (
    pos INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, author TEXT NOT NULL,
    date TEXT NOT NULL, path TEXT NOT NULL, content_hash TEXT NOT NULL, title_from TEXT NOT NULL,
    kind TEXT NOT NULL, pages INTEGER NOT NULL, first_chunk INTEGER NOT NULL, chunks INTEGER NOT NULL,
    first_sentence INTEGER NOT NULL, sentences INTEGER NOT NULL);
CREATE TABLE bodies (pos INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE chunks (
    row INTEGER PRIMARY KEY, chunk_id TEXT NOT NULL, doc INTEGER NOT NULL, paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    first_sentence INTEGER NOT NULL, last_sentence INTEGER NOT NULL);
CREATE TABLE sentences (
    row INTEGER PRIMARY KEY, doc INTEGER NOT NULL, idx INTEGER NOT NULL, paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, terms TEXT NOT NULL,
    folded TEXT NOT NULL, annotation TEXT NOT NULL);
"""
_BODY = ("text", "paragraphs", "segments", "tags", "categories", "warnings", "pages")
"""Document fields read only when the document is shown or quoted, kept in a table of their own: a
load lists every document, and with each text in its row that listing read pages all over the
file (3.3 s of a 16.9 s cold start at 900k chunks)."""


@dataclass(frozen=True)
class DocumentInfo:
    """What every question may need about a document, kept in memory for all of them."""

    doc_id: str
    title: str
    author: str
    date: str
    path: str
    content_hash: str
    title_from: str
    kind: str
    pages: int
    """Pages of a PDF (0 for formats without pages)."""
    first_chunk: int
    chunks: int
    first_sentence: int
    sentences: int


class RecordWriter:
    """Appends documents with their chunks and sentences, in corpus order, to a new records file.

    Rows are numbered in the order they are added, so a document's chunks and sentences are
    contiguous; a build can add documents batch by batch and never hold the whole corpus.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path)
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _TABLES)
        self.documents = self.chunks = self.sentences = 0

    def add(self, doc: Document, chunks: Sequence[Chunk], sentences: Sequence[Sentence],
            terms: Sequence[Sequence[str]], annotations: Sequence[dict]) -> None:
        if not (len(sentences) == len(terms) == len(annotations)):
            raise ValueError("one term list and one annotation per sentence")
        pos, first_chunk, first_sentence = self.documents, self.chunks, self.sentences
        record = asdict(doc)
        record["paragraphs"] = [[p.number, p.start, p.end] for p in doc.paragraphs]
        body = json.dumps({k: record[k] for k in _BODY}, ensure_ascii=False)
        self._db.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (pos, doc.doc_id, doc.title, doc.author, doc.date, doc.path, doc.content_hash, doc.title_from,
             doc.kind, len(doc.pages), first_chunk, len(chunks), first_sentence, len(sentences)))
        self._db.execute("INSERT INTO bodies VALUES (?,?)", (pos, body))
        self._db.executemany(
            "INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?,?)",
            [(first_chunk + i, c.chunk_id, pos, c.paragraph, c.start, c.end, c.text, c.first_sentence,
              c.last_sentence) for i, c in enumerate(chunks)])
        self._db.executemany(
            "INSERT INTO sentences VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(first_sentence + i, pos, s.index, s.paragraph, s.start, s.end, s.text, " ".join(t), fold(s.text),
              json.dumps(a, ensure_ascii=False)) for i, (s, t, a) in enumerate(zip(sentences, terms, annotations))])
        self.documents += 1
        self.chunks += len(chunks)
        self.sentences += len(sentences)

    def close(self) -> None:
        self._db.commit()
        self._db.close()


class Records:
    """A read-only connection to a version's records, shared by the app's threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            # immutable: a version is never written after its build, so SQLite takes no locks.
            self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._lock = threading.Lock()
            infos = self.query(
                "SELECT doc_id, title, author, date, path, content_hash, title_from, kind, pages, first_chunk, "
                "chunks, first_sentence, sentences FROM documents ORDER BY pos")
        except sqlite3.Error as exc:
            raise IndexError_(f"{path.name} is unreadable ({exc}); run `qa build --force`") from exc
        self.documents = DocumentStore(self, [DocumentInfo(*r) for r in infos])
        names = self.documents.ids
        self.chunks: RowView[Chunk] = RowView(
            self, "SELECT row, chunk_id, doc, paragraph, start, \"end\", text, first_sentence, last_sentence "
                  "FROM chunks WHERE row >= ? AND row < ? ORDER BY row",
            lambda r: Chunk(r[1], names[r[2]], r[3], r[4], r[5], r[6], r[7], r[8]),
            sum(d.chunks for d in self.documents.infos))
        n_sentences = sum(d.sentences for d in self.documents.infos)
        self.sentences: RowView[Sentence] = RowView(
            self, "SELECT row, doc, idx, paragraph, start, \"end\", text FROM sentences "
                  "WHERE row >= ? AND row < ? ORDER BY row",
            lambda r: Sentence(names[r[1]], r[2], r[3], r[4], r[5], r[6]), n_sentences)
        self.terms: RowView[tuple[str, ...]] = RowView(
            self, "SELECT row, terms FROM sentences WHERE row >= ? AND row < ? ORDER BY row",
            lambda r: tuple(r[1].split()), n_sentences)
        self.folded: RowView[str] = RowView(
            self, "SELECT row, folded FROM sentences WHERE row >= ? AND row < ? ORDER BY row",
            lambda r: r[1], n_sentences)
        self.annotations: RowView[dict] = RowView(
            self, "SELECT row, annotation FROM sentences WHERE row >= ? AND row < ? ORDER BY row",
            lambda r: json.loads(r[1]), n_sentences)

    def query(self, sql: str, args: Iterable[Any] = ()) -> list[tuple]:
        try:
            with self._lock:
                return self._db.execute(sql, tuple(args)).fetchall()
        except sqlite3.Error as exc:
            raise IndexError_(f"{self.path} is corrupt ({exc}); run `qa build --force`") from exc

    def chunk_documents(self) -> np.ndarray:
        return chunk_documents([d.chunks for d in self.documents.infos])


def chunk_documents(counts: Sequence[int]) -> np.ndarray:
    """Document position of each chunk, from each document's chunk count (a document's chunks are
    contiguous), for the backends' per-document filters."""
    return np.repeat(np.arange(len(counts), dtype=np.int32), np.asarray(counts, dtype=np.int64))


class RowView(Sequence[T]):
    """Rows of one table as a read-only sequence, fetched in blocks and cached up to a bound."""

    def __init__(self, records: Records, sql: str, decode: Callable[[tuple], T], length: int) -> None:
        self._records, self._sql, self._decode, self._len = records, sql, decode, length
        self._cache: dict[int, T] = {}

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> list[T]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._len))]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError(i)
        value = self._cache.get(i)
        if value is None:
            start = i - i % BLOCK
            if len(self._cache) >= CACHED_ROWS:
                self._cache = {}
            rows = self._records.query(self._sql, (start, start + BLOCK))
            self._cache.update((r[0], self._decode(r)) for r in rows)
            value = self._cache.get(i)
            if value is None:
                raise IndexError_(f"{self._records.path} is missing row {i}; run `qa build --force`")
        return value

    def __iter__(self) -> Iterator[T]:
        step = 4096
        for start in range(0, self._len, step):
            for r in self._records.query(self._sql, (start, start + step)):
                yield self._decode(r)


class DocumentStore(Mapping[str, Document]):
    """Documents by id: their `DocumentInfo` always in memory, the full record (text, paragraphs)
    read when a document is quoted or shown."""

    def __init__(self, records: Records, infos: list[DocumentInfo]) -> None:
        self._records = records
        self.infos = infos
        self.ids = [d.doc_id for d in infos]
        self.position = {d: i for i, d in enumerate(self.ids)}
        self._cache: dict[str, Document] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.position

    def info(self, doc_id: str) -> DocumentInfo:
        return self.infos[self.position[doc_id]]

    def __getitem__(self, doc_id: str) -> Document:
        doc = self._cache.get(doc_id)
        if doc is not None:
            return doc
        pos = self.position[doc_id]
        rows = self._records.query("SELECT body FROM bodies WHERE pos = ?", (pos,))
        if not rows:
            raise IndexError_(f"{self._records.path} is missing document {doc_id}; run `qa build --force`")
        body = json.loads(rows[0][0])
        info = self.infos[pos]
        doc = Document(
            doc_id=info.doc_id, path=info.path, title=info.title, author=info.author, date=info.date,
            text=body["text"], paragraphs=[Paragraph(*p) for p in body["paragraphs"]],
            segments=[tuple(s) for s in body["segments"]], content_hash=info.content_hash,
            tags=body["tags"], categories=body["categories"], warnings=body["warnings"],
            title_from=info.title_from, kind=info.kind, pages=body["pages"])
        if len(self._cache) >= CACHED_DOCUMENTS:
            self._cache = {}
        self._cache[doc_id] = doc
        return doc
