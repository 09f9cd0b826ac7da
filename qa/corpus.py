"""Reading the corpus: files become `Document`s with metadata and cleaned, indexable text.

Web articles carry debris (share buttons, comment forms, teasers, site banners, markdown link
syntax). We index only the prose, but a journalist must be able to check a quote against the
file, so every character kept remembers where it came from in the source file.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import os
import re
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from qa.formats import EXTRACTED, KINDS, extract, kind_of

log = logging.getLogger(__name__)

CORPUS_SUFFIXES = tuple(KINDS)
TITLE_CHARS = 80
MAX_FILE_BYTES = 5_000_000
MAX_SENTENCES = 20_000
MAX_SENTENCE_CHARS = 5_000
_SENTENCE_BREAK = re.compile(r"[.!?…»”\n]")
_SENTENCE_MARK = re.compile(rb"[.!?]+\s")
_SECTION_TEXT_END = re.compile(r"[.!?…,;:]$")
FRONT_MATTER_CHARS = 16_000
FRONT_MATTER_DEPTH = 20
META_CHARS = 300

READER_VERSION = 5
"""How documents are read into text (what is boilerplate, what is a title): an index built by
another reader is re-read. 2: credit lines ("[Edited by …]") are kept as text. 3: so is the front
matter's "author:" line. 4: and the dateline (the front matter's "date:" line, a leading "date 2023-11").
5: and the front matter's "title:" line, the headline as printed above the article, and a site's banner
above a scraped page's headline."""
_BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(facebook|twitter|x|linkedin|pinterest|whatsapp|telegram|reddit|tumblr|vk|e-?mail|print|imprimer)$",
        r"^(share|partager|partagez)( (on|sur) .*)?:?$",
        r"^leave a (comment|reply)$",
        r"^laisser un commentaire$",
        r"^this site uses akismet",
        r"^ce site utilise akismet",
        r"^(advertisement|publicit[ée]|annonce|sponsoris[ée])$",
        r"^(lire|à lire|a lire|voir) aussi\b",
        r"^(read more|related)\b",
        r"^source link\b",
        r"^по сообщению\b",
        r"^([-*_]\s*){3,}$",
        r"^(subscribe|abonnez-vous|inscrivez-vous)\b.{0,60}$",
        r"^(tags?|étiquettes?)\s*:",
        r"^(cookies?|we use cookies|nous utilisons des cookies)\b",
    )
]
_LEADING_DATE = re.compile(r"date\s+(\d{4}-\d{2}(?:-\d{2})?)\b\s*", re.IGNORECASE)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"]*\")?\)")
_MD_EMPHASIS = re.compile(r"\*+|(?<!\w)_{1,2}(?=\w)|(?<=\w)_{1,2}(?!\w)")
_MD_HEADING = re.compile(r"#{1,6}\s+")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


@dataclass(frozen=True)
class Paragraph:
    """A span of `Document.text`; `number` counts from 1 as people do."""

    number: int
    start: int
    end: int


@dataclass
class Document:
    doc_id: str
    path: str
    title: str
    author: str
    date: str
    text: str
    paragraphs: list[Paragraph]
    segments: list[tuple[int, int, int]]
    content_hash: str
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # "front matter", "headline" or "lead": a lead-derived title is not a real title.
    title_from: str = ""
    kind: str = "text"
    """'text', 'markdown', 'html', 'pdf' or 'docx' (qa.formats)."""
    pages: list[int] = field(default_factory=list)
    """Source offsets where pages 1, 2, … start (PDF); empty when the format has no pages."""

    def section_at(self, pos: int) -> str:
        """The heading of the section holding `pos`: the last short paragraph before it with no
        sentence end ("Les volumes", "« Souveraineté technologique »"); '' when there is none."""
        number = self.paragraph_at(pos).number
        for p in reversed(self.paragraphs[: number - 1]):
            line = self.text[p.start : p.end].strip()
            if line == self.title:
                break  # nothing above the headline (a site's banner) heads a section
            if len(line) <= 120 and not _SECTION_TEXT_END.search(line) and not _ABOVE_ARTICLE.match(line):
                return line
        return ""

    def opening(self) -> Paragraph | None:
        """The article's first paragraph, below its headline, byline and dateline lines."""
        return next((p for p in self.paragraphs if not _ABOVE_ARTICLE.match(self.text[p.start : p.end])), None)

    def page_at(self, pos: int) -> int:
        """The page (from 1) holding character `pos` of the cleaned text; 0 without pages."""
        if not self.pages:
            return 0
        return max(bisect.bisect_right(self.pages, self.source_offset(pos)), 1)

    def source_offset(self, pos: int) -> int:
        """Offset in the source file of character `pos` of the cleaned text."""
        starts = [s[0] for s in self.segments]
        i = max(bisect.bisect_right(starts, pos) - 1, 0)
        clean_start, src_start, length = self.segments[i]
        return src_start + min(max(pos - clean_start, 0), max(length - 1, 0))

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source-file span `[a, b)` covering the cleaned text `[start, end)`."""
        if end <= start:
            a = self.source_offset(start)
            return a, a
        return self.source_offset(start), self.source_offset(end - 1) + 1

    def paragraph_at(self, pos: int) -> Paragraph:
        starts = [p.start for p in self.paragraphs]
        return self.paragraphs[max(bisect.bisect_right(starts, pos) - 1, 0)]

    def meta(self) -> dict[str, object]:
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "title": self.title,
            "author": self.author,
            "date": self.date,
            "tags": self.tags,
            "categories": self.categories,
            "kind": self.kind,
            "pages": len(self.pages),
        }


@dataclass(frozen=True)
class LoadError:
    path: str
    message: str
    content_hash: str = ""
    """So a skipped file is not reported as new on every start (the manifest records it)."""


@dataclass
class Corpus:
    documents: list[Document]
    errors: list[LoadError]


class CorpusError(Exception):
    """The corpus directory itself cannot be read."""


def corpus_files(corpus_dir: Path) -> list[Path]:
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus directory not found: {corpus_dir}")
    return sorted(
        p
        for p in corpus_dir.rglob("*")
        if p.is_file() and p.suffix.lower() in CORPUS_SUFFIXES and not _hidden(p.relative_to(corpus_dir))
    )


def _hidden(relative: Path) -> bool:
    """Under a name starting with '.' (a hidden file, `.trash/`): not part of the corpus."""
    return any(part.startswith(".") for part in relative.parts)


TRASH = ".trash"
"""Removed documents go here, inside the corpus directory, never deleted: a removal can be undone by
moving the file back."""


def remove_document(corpus_dir: Path, doc_id: str) -> Path:
    """Move a document of the corpus into its trash folder; returns where it went."""
    root = corpus_dir.resolve()
    source = (root / doc_id).resolve()
    if root not in source.parents or not source.is_file() or _hidden(source.relative_to(root)):
        raise UploadError(f"{doc_id!r} is not a document of the corpus")
    trash = root / TRASH
    trash.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = trash / f"{stamp}-{source.name}"
    n = 1
    while target.exists():
        n += 1
        target = trash / f"{stamp}-{n}-{source.name}"
    source.rename(target)
    return target


def document_id(path: Path, corpus_dir: Path) -> str:
    """The file's path in the corpus, as text that is always valid UTF-8 (an undecodable byte in a
    file name becomes U+FFFD, so the name can be shown and stored)."""
    raw = path.relative_to(corpus_dir).as_posix()
    return raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


SETTLED_NS = 2_000_000_000
"""A file's (size, mtime) stands for its content only once it is this old: a rewrite of the same size
within one clock tick of the stat would otherwise keep its mtime and go unseen (git's "racy" case)."""


def file_stats(corpus_dir: Path) -> dict[str, list[int]]:
    """[size, mtime_ns] per document id, for the files whose stat can later stand for their hash.

    Taken before the files are read, so a file changed after its stat shows a new mtime."""
    now, out = time.time_ns(), {}
    for p in corpus_files(corpus_dir):
        try:
            st = p.stat()
        except OSError:
            continue
        if st.st_mtime_ns < now - SETTLED_NS:
            out[document_id(p, corpus_dir)] = [st.st_size, st.st_mtime_ns]
    return out


def file_hashes(corpus_dir: Path, known: dict[str, str] | None = None,
                stats: dict[str, list[int]] | None = None) -> dict[str, str]:
    """Content hash per document id, cheap enough to check staleness on every start: a file whose
    size and mtime are those `stats` recorded keeps its `known` hash unread (83k files are 600 MB
    to hash, and a start would read them all)."""
    known, stats = known or {}, stats or {}
    out = {}
    for p in corpus_files(corpus_dir):
        doc_id = document_id(p, corpus_dir)
        recorded = stats.get(doc_id)
        if recorded is not None and doc_id in known:
            try:
                st = p.stat()
            except OSError:
                out[doc_id] = ""
                continue
            if [st.st_size, st.st_mtime_ns] == list(recorded):
                out[doc_id] = known[doc_id]
                continue
        out[doc_id] = hash_file(p)
    return out


def hash_file(path: Path) -> str:
    """SHA-256 of a file's bytes, '' when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def load_corpus(corpus_dir: Path, max_file_bytes: int = MAX_FILE_BYTES,
                max_sentences: int = MAX_SENTENCES, max_sentence_chars: int = MAX_SENTENCE_CHARS) -> Corpus:
    """Every readable document, and what was skipped (see `iter_corpus`)."""
    documents, errors = [], []
    for item in iter_corpus(corpus_dir, max_file_bytes, max_sentences, max_sentence_chars):
        (documents if isinstance(item, Document) else errors).append(item)
    return Corpus(documents, errors)


def iter_corpus(corpus_dir: Path, max_file_bytes: int = MAX_FILE_BYTES, max_sentences: int = MAX_SENTENCES,
                max_sentence_chars: int = MAX_SENTENCE_CHARS) -> Iterator[Document | LoadError]:
    """Each readable document in turn, or the error that made a file unreadable: a broken file is
    reported and skipped, never fatal, and a build never needs the whole corpus in memory.

    What exceeds the limits is refused whole, with a message, never half-read: a file larger than
    `max_file_bytes`, one that would make more than `max_sentences` sentences (48 KB of "0. "
    would otherwise become ten thousand passages), or one with a run of text longer than
    `max_sentence_chars` with no sentence end (a 200 KB single line took 98 s to build).
    """
    for path in corpus_files(corpus_dir):
        yield read_document(path, corpus_dir, max_file_bytes, max_sentences, max_sentence_chars)


def read_document(path: Path, corpus_dir: Path, max_file_bytes: int = MAX_FILE_BYTES,
                  max_sentences: int = MAX_SENTENCES,
                  max_sentence_chars: int = MAX_SENTENCE_CHARS) -> Document | LoadError:
    """One corpus file, within the limits of `iter_corpus`, or why it cannot be read."""
    doc_id = document_id(path, corpus_dir)
    if "\ufffd" in doc_id and "\ufffd" not in path.relative_to(corpus_dir).as_posix():
        return LoadError(doc_id, "file name is not valid UTF-8; rename the file", hash_file(path))
    try:
        size = path.stat().st_size
        if size > max_file_bytes:
            raise ValueError(f"file is {size:,} bytes, over the limit of {max_file_bytes:,} (QA_MAX_FILE_BYTES)")
        data = path.read_bytes()
        # Text is counted before it is parsed (parsing 48 KB of "0. " is the cost being bounded);
        # a PDF, page or Word file only once its text is extracted.
        extracted = kind_of(path.name) in EXTRACTED
        if not extracted:
            _check_sentences(data, max_sentences)
        doc = parse_document(doc_id, data, path=str(path))
        if extracted:
            _check_sentences(doc.text.encode(), max_sentences)
        longest = max(map(len, _SENTENCE_BREAK.split(doc.text)), default=0)
        if longest > max_sentence_chars:
            raise ValueError(f"a run of {longest:,} characters has no sentence end (limit {max_sentence_chars:,}, "
                             "QA_MAX_SENTENCE_CHARS); is it text?")
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the others
        log.warning("skipping %s: %s", doc_id, exc)
        return LoadError(doc_id, str(exc), hash_file(path))
    if not doc.text.strip():
        return LoadError(doc_id, "no text left after cleaning", doc.content_hash)
    for w in doc.warnings:
        log.warning("%s: %s", doc_id, w)
    return doc


def _check_sentences(data: bytes, max_sentences: int) -> None:
    if len(_SENTENCE_MARK.findall(data)) > max_sentences:
        raise ValueError(f"more than {max_sentences:,} sentences (QA_MAX_SENTENCES); split the file")


def decode(data: bytes) -> tuple[str, list[str]]:
    """UTF-8, or a documented Windows-1252 fallback for legacy French files; binary is refused."""
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        warning = f"not valid UTF-8 (byte {exc.start}); read as Windows-1252"
    try:
        return data.decode("cp1252"), [warning]
    except UnicodeDecodeError:
        return data.decode("latin-1"), [warning.replace("Windows-1252", "Latin-1")]


def parse_document(doc_id: str, data: bytes, path: str = "") -> Document:
    """A file's bytes as a `Document`; web pages, PDF and Word files are first reduced to their text
    (qa.formats), which is then their source: quotes and offsets refer to it."""
    kind = kind_of(path or doc_id) or "text"
    pages: list[int] = []
    if kind in EXTRACTED:
        extracted = extract(kind, data)
        source, warnings, pages, body_start = extracted.text, [], extracted.pages, 0
        meta = {k: _cap(v) for k, v in extracted.meta.items()}
    else:
        source, warnings = decode(data)
        meta, body_start, fm_warning = _front_matter(source)
        if fm_warning:
            warnings.append(fm_warning)
    lines = _content_lines(source, body_start)

    date = str(meta.get("date") or "")
    dateline = None
    if lines:
        start, end = lines[0]
        m = _LEADING_DATE.match(source, start, end)
        if m:
            date = date or m.group(1)
            dateline = (start, start + len(m.group(0).rstrip()))
            lines[0] = (m.end(), end)
            if m.end() >= end:
                lines.pop(0)

    lines = [span for span in lines if not _is_boilerplate(source[span[0] : span[1]])]
    title = str(meta.get("title") or "").strip()
    title_from = "front matter" if title else ""
    if not title:
        title, lines = _headline(source, lines)
        title_from = "headline" if title else ""

    front = kind not in EXTRACTED
    headline = _front_matter_line(_TITLE_LINE, source, body_start) if meta.get("title") and front else None
    byline = _front_matter_line(_AUTHOR_LINE, source, body_start) if meta.get("author") and front else None
    if meta.get("date") and front:
        dateline = _front_matter_line(_DATE_LINE, source, body_start) or dateline
    above = [line for line in (headline, byline, dateline) if line]  # as printed above an article
    lines = above + lines
    text, segments, paragraphs = _assemble(source, lines)
    if not title:
        body = paragraphs[len(above)].start if len(paragraphs) > len(above) else 0
        title, title_from = lead_title(text[body:]), "lead"
    return Document(
        doc_id=doc_id,
        path=path or doc_id,
        title=title,
        title_from=title_from,
        author=str(meta.get("author") or ""),
        date=date,
        text=text,
        paragraphs=paragraphs,
        segments=segments,
        content_hash=hashlib.sha256(data).hexdigest(),
        tags=_as_list(meta.get("tags")),
        categories=_as_list(meta.get("categories")),
        warnings=warnings,
        kind=kind,
        pages=pages,
    )


def _front_matter(source: str) -> tuple[dict, int, str]:
    if not source.startswith("---"):
        return {}, 0, ""
    m = re.match(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", source, re.DOTALL)
    if not m:
        return {}, 0, ""
    block = m.group(1)
    if len(block) > FRONT_MATTER_CHARS:
        return {}, m.end(), f"front matter longer than {FRONT_MATTER_CHARS} characters; ignored"
    try:
        meta = yaml.load(block, Loader=_BoundedLoader) or {}
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        return {}, m.end(), f"front matter is not valid YAML ({exc.__class__.__name__}); ignored"
    if not isinstance(meta, dict):
        return {}, m.end(), "front matter is not a mapping; ignored"
    return {k: _cap(v) for k, v in meta.items() if isinstance(k, str)}, m.end(), ""


TITLE_FIELD = r"title[ \t]*:"
AUTHOR_FIELD = r"author[ \t]*:"
"""The front matter's "title:" and "author:" lines, as the reader keeps them above an article."""
DATELINE_LINE = r"date(?:[ \t]*:[^\n]*|[ \t]+\d{4}-\d{2}(?:-\d{2})?[ \t]*(?=\n|\Z))"
"""A dateline as the reader keeps it: the front matter's "date: …" line, or a leading "date 2023-11"."""
_ABOVE_ARTICLE = re.compile(rf"(?:{TITLE_FIELD}|{AUTHOR_FIELD}|{DATELINE_LINE})", re.IGNORECASE)
"""The headline, byline and dateline kept above an article's text: neither its opening nor a section heading."""
_TITLE_LINE = re.compile(rf"^{TITLE_FIELD}[ \t]*\S[^\r\n]*", re.MULTILINE | re.IGNORECASE)
_AUTHOR_LINE = re.compile(rf"^{AUTHOR_FIELD}[ \t]*\S[^\r\n]*", re.MULTILINE | re.IGNORECASE)
_DATE_LINE = re.compile(r"^date[ \t]*:[ \t]*\S[^\r\n]*", re.MULTILINE | re.IGNORECASE)


def _front_matter_line(pattern: re.Pattern, source: str, body_start: int) -> tuple[int, int] | None:
    """The front matter's "title: …", "author: …" or "date: …" line, kept as a line of the text: "What
    is the article's headline?", "Who wrote it?" and "When was it published?" are then answered by a
    quote from the file, like a headline, a byline and a dateline printed above an article."""
    m = pattern.search(source, 0, body_start)
    return (m.start(), m.start() + len(m.group(0).rstrip())) if m else None


class _BoundedLoader(yaml.SafeLoader):
    """Safe YAML without aliases or deep nesting: a 400-byte alias bomb or a `[[[…` 3,000 deep
    would otherwise expand to hundreds of megabytes or overflow the stack."""

    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            raise ValueError("YAML aliases are not allowed in front matter")
        depth = getattr(self, "_depth", 0)
        if depth > FRONT_MATTER_DEPTH:
            raise ValueError("front matter nested too deeply")
        self._depth = depth + 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth = depth


def _cap(value: object) -> object:
    """Metadata fields are short: a title, a name, a date, a few tags."""
    if isinstance(value, (list, tuple)):
        return [str(v)[:META_CHARS] for v in value[:50]]
    return value if isinstance(value, (int, float)) or value is None else str(value)[:META_CHARS]


def _content_lines(source: str, start: int) -> list[tuple[int, int]]:
    """Non-empty lines as stripped (start, end) spans of `source`."""
    spans = []
    for m in _LINE.finditer(source, start):
        line = m.group(0).rstrip("\r\n")
        if not line.strip():
            if m.end() >= len(source):
                break
            continue
        a = m.start() + (len(line) - len(line.lstrip()))
        b = m.start() + len(line.rstrip())
        heading = _MD_HEADING.match(source, a, b)
        spans.append((heading.end() if heading else a, b))
    return spans


def _is_boilerplate(line: str) -> bool:
    return any(p.search(line.strip()) for p in _BOILERPLATE)


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= 25 and len(line) <= 200 and not re.search(r"[.:;,…]$", line)


def _headline(source: str, lines: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Title from the first line when it reads as a headline.

    Scraped pages often show a short site banner, then the headline twice: the repeat goes, the
    banner stays above the headline (it names the site: "the Nouvelles du Monde piece").
    """
    if len(lines) < 2:
        return "", lines
    texts = [source[a:b] for a, b in lines]
    i = 0
    if len(lines) >= 3 and texts[1] == texts[2] and len(texts[0].split()) <= 4 and texts[0] != texts[1]:
        i = 1
    if not _looks_like_headline(texts[i]):
        return "", lines
    title = texts[i]
    j = i + 1
    while j < len(lines) and texts[j] == title:
        j += 1
    return title, [*lines[: i + 1], *lines[j:]]


def _assemble(
    source: str, lines: list[tuple[int, int]]
) -> tuple[str, list[tuple[int, int, int]], list[Paragraph]]:
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for a, b in lines:
        pieces = _inline_pieces(source, a, b)
        if not pieces:
            continue
        if paragraphs:
            parts.append("\n\n")
            pos += 2
        start = pos
        for src, length in pieces:
            parts.append(source[src : src + length])
            segments.append((pos, src, length))
            pos += length
        paragraphs.append(Paragraph(len(paragraphs) + 1, start, pos))
    return "".join(parts), segments, paragraphs


def _inline_pieces(source: str, a: int, b: int) -> list[tuple[int, int]]:
    """Kept (source offset, length) pieces of one line once markdown syntax is dropped."""
    keep = [True] * (b - a)

    def drop(s: int, e: int) -> None:
        for i in range(s - a, e - a):
            keep[i] = False

    for m in _MD_IMAGE.finditer(source, a, b):
        drop(m.start(), m.end())
    for m in _MD_LINK.finditer(source, a, b):
        drop(m.start(), m.start(1))
        drop(m.end(1), m.end())
    for m in _MD_EMPHASIS.finditer(source, a, b):
        drop(m.start(), m.end())

    pieces: list[tuple[int, int]] = []
    i = 0
    n = len(keep)
    while i < n and (not keep[i] or source[a + i].isspace()):
        i += 1
    while n > i and (not keep[n - 1] or source[a + n - 1].isspace()):
        n -= 1
    while i < n:
        if not keep[i]:
            i += 1
            continue
        j = i
        while j < n and keep[j]:
            j += 1
        pieces.append((a + i, j - i))
        i = j
    return pieces


def lead_title(text: str, limit: int = TITLE_CHARS) -> str:
    """A human title for a document that has none: its first sentence, cut at a word.

    A file name or a hash means nothing to a reader; the lead of a news article says what it is
    about.
    """
    first = " ".join(text.strip().split("\n", 1)[0].split())
    m = re.search(r"[.!?…](?=\s|$)", first)
    if m and m.end() <= limit:
        return first[: m.end()]
    if len(first) <= limit:
        return first
    cut = first[:limit]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(" ,;:–-") + "…"


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [str(value)]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’'`´ʼ‘]", "'", text)
    return re.sub(r"\s+", " ", text).strip()


_fold_cached = lru_cache(maxsize=8192)(_fold)


def fold(text: str) -> str:
    """Lower-case, accent- and apostrophe-insensitive form used to compare strings. Sentences and
    names are folded again and again while answering: short strings are remembered."""
    return _fold_cached(text) if len(text) <= 2000 else _fold(text)


class UploadError(ValueError):
    """An uploaded file is refused (type, size, encoding, name)."""


def safe_name(name: str) -> str:
    """A plain file name: no directories, no hidden files, only word characters, dots and dashes."""
    base = Path(name.replace("\\", "/")).name
    base = unicodedata.normalize("NFKC", base)
    stem, dot, suffix = base.rpartition(".")
    if not dot or f".{suffix.lower()}" not in CORPUS_SUFFIXES:
        raise UploadError(f"{base!r}: only {', '.join(CORPUS_SUFFIXES)} files are accepted")
    stem = re.sub(r"[^\w.-]+", "_", stem).strip("._-")[:100]
    if not stem:
        raise UploadError(f"{base!r}: the file name has no usable characters")
    return f"{stem}.{suffix.lower()}"


def add_document(corpus_dir: Path, name: str, data: bytes, max_bytes: int) -> Path:
    """Write an uploaded document into the corpus without ever overwriting or escaping it."""
    filename = safe_name(name)
    if len(data) > max_bytes:
        raise UploadError(f"{filename}: {len(data):,} bytes exceeds the {max_bytes:,}-byte limit")
    if not data.strip():
        raise UploadError(f"{filename}: the file is empty")
    if kind_of(filename) in EXTRACTED:
        try:
            parse_document(filename, data, path=filename)
        except Exception as exc:  # noqa: BLE001 - whatever a hostile file raises is its own refusal
            raise UploadError(f"{filename}: cannot be read ({exc})") from exc
    else:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UploadError(f"{filename}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and retry") from exc
    root = corpus_dir.resolve()
    root.mkdir(parents=True, exist_ok=True)
    stem, suffix = filename.rsplit(".", 1)
    target = root / filename
    n = 1
    while True:
        if target.parent != root:
            raise UploadError(f"{filename}: refused, outside the corpus directory")
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            break
        except FileExistsError:
            n += 1
            target = root / f"{stem}-{n}.{suffix}"
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    return target
