"""French-aware sentence splitting and sentence-aligned chunks.

Quotes are whole sentences, so a chunk boundary never falls inside one: answers and citations
can then always point at complete, verifiable text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from qa.corpus import Document

_ABBREVIATIONS = {
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "st", "ste", "mgr",
    "cf", "p", "pp", "vol", "no", "n°", "art", "av", "apr", "env", "hab", "min", "max",
    "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "mr", "mrs", "ms",
    "jr", "sr", "vs", "fig", "éd", "ed", "dir", "coll", "chap", "t", "ibid", "op", "gén",
    "col", "lt", "cdt", "cne", "sgt", "ltd", "inc", "co", "corp", "approx", "resp",
}
_BOUNDARY = re.compile(
    r"[.!?…]+(?:[\s\u00a0\u202f]*[»”\"’)\]])*"
    r"(?=[\s\u00a0\u202f]+[«“\"(\[—–-]?[\s\u00a0\u202f]*[A-ZÀ-ÖØ-Þ0-9])"
)
_WORD_BEFORE = re.compile(r"([\w°.-]+)$")


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    doc_id: str
    paragraph: int
    start: int
    end: int
    text: str
    first_sentence: int
    last_sentence: int


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of `text[start:end]`, trimmed of surrounding whitespace."""
    end = len(text) if end is None else end
    spans = []
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, pos, m.start(), m.group(0)):
            continue
        spans.append((pos, m.end()))
        pos = m.end()
    spans.append((pos, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _is_abbreviation(text: str, sentence_start: int, mark: int, punct: str) -> bool:
    if not punct.startswith("."):
        return False
    m = _WORD_BEFORE.search(text, sentence_start, mark)
    if not m:
        return False
    word = m.group(1).rsplit(".", 1)[-1] if "." in m.group(1)[:-1] else m.group(1)
    if word.lower() in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        return True
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", m.group(1)))


def document_sentences(doc: Document) -> list[Sentence]:
    sentences: list[Sentence] = []
    for para in doc.paragraphs:
        for a, b in split_sentences(doc.text, para.start, para.end):
            sentences.append(Sentence(doc.doc_id, len(sentences), para.number, a, b, doc.text[a:b]))
    return sentences


def chunk_sentences(
    doc: Document, sentences: list[Sentence], target_chars: int = 600, overlap: int = 1
) -> list[Chunk]:
    """Groups of whole sentences of about `target_chars`, sharing `overlap` sentences."""
    if target_chars < 1 or overlap < 0:
        raise ValueError("chunk size must be positive and overlap non-negative")
    chunks: list[Chunk] = []
    i = 0
    while i < len(sentences):
        j = i
        size = len(sentences[i].text)
        while j + 1 < len(sentences) and size + 1 + len(sentences[j + 1].text) <= target_chars:
            j += 1
            size += 1 + len(sentences[j].text)
        first, last = sentences[i], sentences[j]
        chunks.append(
            Chunk(
                chunk_id=f"{doc.doc_id}#{len(chunks)}",
                doc_id=doc.doc_id,
                paragraph=first.paragraph,
                start=first.start,
                end=last.end,
                text=doc.text[first.start : last.end],
                first_sentence=first.index,
                last_sentence=last.index,
            )
        )
        if j + 1 >= len(sentences):
            break
        i = max(j + 1 - overlap, i + 1)
    return chunks


def chunk_document(doc: Document, target_chars: int = 600, overlap: int = 1) -> tuple[list[Sentence], list[Chunk]]:
    """A document's sentences and its chunks (indices local to the document)."""
    sentences = document_sentences(doc)
    return sentences, chunk_sentences(doc, sentences, target_chars, overlap)


def chunk_corpus(
    documents: Iterable[Document], target_chars: int = 600, overlap: int = 1
) -> tuple[list[Sentence], list[Chunk]]:
    all_sentences: list[Sentence] = []
    all_chunks: list[Chunk] = []
    for doc in documents:
        sentences, chunks = chunk_document(doc, target_chars, overlap)
        all_sentences.extend(sentences)
        all_chunks.extend(chunks)
    return all_sentences, all_chunks
