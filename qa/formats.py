"""The documents people actually have: web pages, PDF reports, Word files, turned into plain text.

Each becomes one paragraph per line plus its metadata (title, author, date) and, for a PDF, the
offset where each page starts, so a citation can say "p. 3". The extracted text is the document's
source from then on: quotes are verbatim slices of it and offsets point into it. Extraction never
trusts the file: sizes are bounded before anything is decompressed or parsed, and any failure is the
file's own error, reported by the corpus loader like any other.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

KINDS = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
EXTRACTED = ("html", "pdf", "docx")
MAX_EXTRACTED_CHARS = 4_000_000
MAX_UNZIPPED_BYTES = 60_000_000
MAX_PDF_PAGES = 2_000

_SENTENCE_END = re.compile(r"[.!?…:;»”)\]]$")
_RUNNING_LINE = re.compile(r"\d+")


@dataclass
class Extracted:
    text: str
    meta: dict[str, str] = field(default_factory=dict)
    pages: list[int] = field(default_factory=list)
    """Offset in `text` where page 1, 2, … starts (PDF only)."""


def kind_of(name: str) -> str:
    """'text', 'markdown', 'html', 'pdf' or 'docx', from the file name; '' for anything else."""
    dot = name.rfind(".")
    return KINDS.get(name[dot:].lower(), "") if dot >= 0 else ""


def extract(kind: str, data: bytes) -> Extracted:
    out = {"html": _html, "pdf": _pdf, "docx": _docx}[kind](data)
    if len(out.text) > MAX_EXTRACTED_CHARS:
        raise ValueError(f"{len(out.text):,} characters of text extracted, over the limit of {MAX_EXTRACTED_CHARS:,}")
    if not out.text.strip():
        raise ValueError(f"no text found in this {kind.upper()} file")
    title = out.meta.get("title", "")
    lines = out.text.split("\n")
    if title and lines and _same(lines[0], title) and not out.pages:
        out.text = "\n".join(lines[1:])  # the headline repeats the title
    return out


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _html(data: bytes) -> Extracted:
    """The article's text and metadata without navigation, cookie banners, share buttons or comments
    (trafilatura's main-content extraction)."""
    import trafilatura  # noqa: PLC0415 - only when the corpus has web pages

    from qa.corpus import decode  # noqa: PLC0415

    markup, _ = decode(data)
    text = trafilatura.extract(markup, output_format="txt", include_comments=False, include_tables=True,
                               include_images=False, include_links=False, favor_precision=True,
                               deduplicate=False, with_metadata=False)
    meta = trafilatura.extract_metadata(markup)
    fields = {}
    if meta is not None:
        fields = {"title": meta.title or "", "author": meta.author or "", "date": (meta.date or "")[:10]}
    return Extracted(text or "", {k: v for k, v in fields.items() if v})


def _pdf(data: bytes) -> Extracted:
    """Page by page; lines wrapped by the layout are joined back into paragraphs, and a line repeated
    on most pages (a running header or footer, page numbers aside) is dropped."""
    import pypdf  # noqa: PLC0415 - only when the corpus has PDF files

    reader = pypdf.PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise ValueError("the PDF is encrypted")
    if len(reader.pages) > MAX_PDF_PAGES:
        raise ValueError(f"{len(reader.pages):,} pages, over the limit of {MAX_PDF_PAGES:,}")
    pages, total = [], 0
    for page in reader.pages:
        lines = [" ".join(line.split()) for line in (page.extract_text() or "").split("\n")]
        lines = [line for line in lines if line]
        total += sum(map(len, lines))
        if total > MAX_EXTRACTED_CHARS:
            raise ValueError(f"over {MAX_EXTRACTED_CHARS:,} characters of text")
        pages.append(lines)
    running = _running_lines(pages)
    paragraphs: list[str] = []
    for lines in pages:
        for line in lines:
            if _RUNNING_LINE.sub("#", line) in running:
                continue
            if paragraphs and _continues(paragraphs[-1], line):
                paragraphs[-1] += ("" if paragraphs[-1].endswith("-") else " ") + line
            else:
                paragraphs.append(line)
    text = "\n".join(paragraphs)
    info = reader.metadata or {}
    meta = {"title": str(info.get("/Title") or ""), "author": str(info.get("/Author") or ""),
            "date": _pdf_date(str(info.get("/CreationDate") or ""))}
    return Extracted(text, {k: v for k, v in meta.items() if v}, _page_starts(pages, running, text))


def _page_starts(pages: list[list[str]], running: set[str], text: str) -> list[int]:
    """Where each page's first kept line begins in `text` (a page that continues a paragraph starts
    inside it)."""
    starts, pos = [], 0
    for lines in pages:
        kept = [line for line in lines if _RUNNING_LINE.sub("#", line) not in running]
        if not kept:
            starts.append(pos)
            continue
        at = text.find(kept[0], pos)
        at = pos if at < 0 else at
        starts.append(at)
        for line in kept:
            found = text.find(line, pos)
            if found >= 0:
                pos = found + len(line)
    return starts


def _running_lines(pages: list[list[str]]) -> set[str]:
    if len(pages) < 2:
        return set()
    seen: dict[str, int] = {}
    for lines in pages:
        for key in {_RUNNING_LINE.sub("#", line) for line in lines[:2] + lines[-2:]}:
            seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n >= max(2, 0.6 * len(pages))}


def _continues(previous: str, line: str) -> bool:
    """Whether `line` goes on the paragraph `previous` (a line the layout wrapped), rather than
    starting a new one: the previous line does not end a sentence and is long (a short line with
    no full stop is a heading), or this one starts in lower case."""
    if line[:1].islower():
        return not _SENTENCE_END.search(previous) or previous.endswith((",", ";"))
    return not _SENTENCE_END.search(previous) and len(previous) >= 50


def _pdf_date(value: str) -> str:
    m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", value)
    if not m:
        return ""
    return "-".join(p for p in m.groups() if p)


def _docx(data: bytes) -> Extracted:
    """Body paragraphs (headings included, as their own lines) and the core properties."""
    import docx  # noqa: PLC0415 - only when the corpus has Word files

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        unzipped = sum(i.file_size for i in z.infolist())
        if unzipped > MAX_UNZIPPED_BYTES:
            raise ValueError(f"{unzipped:,} bytes once unzipped, over the limit of {MAX_UNZIPPED_BYTES:,}")
    d = docx.Document(io.BytesIO(data))
    lines = [" ".join(p.text.split()) for p in d.paragraphs]
    props = d.core_properties
    meta = {"title": props.title or "", "author": props.author or "",
            "date": props.created.date().isoformat() if props.created else ""}
    return Extracted("\n".join(line for line in lines if line), {k: v for k, v in meta.items() if v})
