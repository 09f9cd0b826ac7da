"""The record store: what a load reads back is what the build chunked, row for row, read lazily."""

from __future__ import annotations

import sqlite3

import pytest

from qa import store
from qa.chunking import chunk_corpus
from qa.corpus import fold, load_corpus
from qa.index import IndexError_, build_index, load_index
from qa.text import analyze


@pytest.fixture()
def tiny_index(tiny_settings):
    build_index(tiny_settings)
    return tiny_settings, load_index(tiny_settings)


def test_records_read_back_as_built_in_order_and_by_document(tiny_index):
    settings, index = tiny_index
    corpus = load_corpus(settings.corpus_dir)
    sentences, chunks = chunk_corpus(corpus.documents, settings.chunk_chars, settings.chunk_overlap)
    assert list(index.sentences) == sentences and list(index.chunks) == chunks
    assert [index.sentences[i] for i in reversed(range(len(sentences)))] == sentences[::-1]
    assert index.sentences[-1] == sentences[-1] and index.chunks[1:3] == chunks[1:3]
    assert [list(t) for t in index.terms] == [analyze(s.text) for s in sentences]
    assert list(index.folded) == [fold(s.text) for s in sentences]
    for doc in corpus.documents:
        stored = index.documents[doc.doc_id]
        assert stored == doc
        info = index.documents.info(doc.doc_id)
        rows = range(info.first_sentence, info.first_sentence + info.sentences)
        assert [index.sentences[r].doc_id for r in rows] == [doc.doc_id] * len(rows)
        assert sum(c.doc_id == doc.doc_id for c in chunks) == info.chunks
    with pytest.raises(IndexError):
        index.sentences[len(sentences)]
    assert "missing.txt" not in index.documents and len(index.documents) == len(corpus.documents)


def test_reads_past_the_cache_bound_stay_right(tiny_index, monkeypatch):
    _, index = tiny_index
    monkeypatch.setattr(store, "CACHED_ROWS", 2)
    monkeypatch.setattr(store, "BLOCK", 1)
    expected = list(index.sentences)
    fresh = load_index(tiny_index[0])
    assert [fresh.sentences[i] for i in range(len(expected))] == expected


def test_a_records_file_broken_after_loading_is_a_clear_error(tiny_index):
    settings, index = tiny_index
    with sqlite3.connect(index.path / store.FILE) as db:
        db.execute("DROP TABLE sentences")
    fresh = store.Records(index.path / store.FILE)
    with pytest.raises(IndexError_, match="qa build --force"):
        fresh.sentences[0]
