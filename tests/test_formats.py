"""Web pages, PDF reports and Word files: the text without boilerplate, offsets that hold, and
citations that say the page."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from qa.corpus import load_corpus
from qa.engine import Engine

from .conftest import make_settings

DOCUMENTS = Path(__file__).resolve().parent / "data" / "documents"


@pytest.fixture(scope="module")
def documents():
    corpus = load_corpus(DOCUMENTS)
    assert not corpus.errors
    return {d.kind: d for d in corpus.documents}


@pytest.fixture(scope="module")
def documents_engine(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("documents")
    shutil.copytree(DOCUMENTS, tmp / "corpus", ignore=shutil.ignore_patterns("*.py"))
    engine = Engine(make_settings(tmp, tmp / "corpus"))
    engine.build()
    return engine


def test_a_saved_web_page_keeps_the_article_and_drops_the_rest(documents):
    d = documents["html"]
    assert d.title == "Un corridor ferroviaire relie le Kazakhstan à la Chine via l’Ouzbékistan"
    assert (d.author, d.date) == ("Aïgerim Nourlanova", "2024-03-14")
    assert "La ligne, longue de 1 200 kilomètres, a coûté 2,4 milliards de dollars" in d.text
    for debris in ("cookies", "Partager", "Tous droits réservés", "Lire aussi", "S’abonner", "Commentaires",
                   "Connectez-vous", "dataLayer"):
        assert debris not in d.text, debris


def test_a_pdf_keeps_its_pages_joins_wrapped_lines_and_drops_running_footers(documents):
    d = documents["pdf"]
    assert (d.title, d.author, d.date) == ("Les routes du pétrole kazakh", "Centre d’études eurasiennes", "2024-05-02")
    assert len(d.pages) == 3
    sentence = "En 2023, le CPC a transporté 62 millions de tonnes de pétrole kazakh, soit environ 80 % des exportations du pays."
    assert sentence in d.text  # one sentence, though the layout wrapped it over two lines
    assert d.page_at(d.text.index(sentence)) == 2
    assert d.page_at(d.text.index("Le gouvernement vise")) == 3
    assert "Centre d’études eurasiennes — page" not in d.text


def test_a_word_file_keeps_its_headings_and_properties(documents):
    d = documents["docx"]
    assert (d.title, d.author, d.date) == ("Note : la présidence kazakhe de l’OTSC", "Service de documentation",
                                          "2024-01-15")
    i = d.text.index("Le sommet annuel")
    assert d.section_at(i) == "Enjeux"


def test_offsets_of_extracted_documents_point_into_their_text(documents):
    for d in documents.values():
        for p in d.paragraphs:
            a, b = d.source_span(p.start, p.end)
            assert b > a >= 0


def test_html_and_pdf_questions_quote_them_and_the_pdf_citation_says_the_page(documents_engine):
    a = documents_engine.ask("Combien de tonnes de pétrole kazakh le CPC a-t-il transportées en 2023 ?", k=3)
    assert not a.abstained and "62 millions de tonnes" in a.text
    c = a.citations[0]
    assert c.doc_id == "rapport.pdf" and c.page == 2 and "p. 2" in c.reference()
    doc = documents_engine.index.documents[a.doc_id]
    assert doc.text[a.start : a.end] == a.text

    a = documents_engine.ask("Combien de tonnes de marchandises le Kazakhstan et l'Ouzbékistan prévoient-ils de "
                             "faire circuler sur le corridor ?", k=3)
    assert not a.abstained and a.highlight == "15 millions de tonnes" and a.citations[0].doc_id == "article.html"
    assert a.citations[0].author == "Aïgerim Nourlanova" and a.citations[0].date == "2024-03-14"


@pytest.mark.parametrize("name, data", [
    ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF"),
    ("empty.html", b"<html><head><title>Rien</title></head><body></body></html>"),
    ("notazip.docx", b"PK\x03\x04 this is not a zip file"),
])
def test_a_broken_document_is_a_per_file_error_and_the_rest_loads(tmp_path, name, data):
    shutil.copy(DOCUMENTS / "note.docx", tmp_path / "note.docx")
    (tmp_path / name).write_bytes(data)
    corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus.documents] == ["note.docx"]
    assert [e.path for e in corpus.errors] == [name]


def test_a_zip_bomb_docx_is_refused_before_it_is_unzipped(tmp_path):
    with zipfile.ZipFile(tmp_path / "bomb.docx", "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * 80_000_000)
    corpus = load_corpus(tmp_path)
    assert not corpus.documents and "once unzipped" in corpus.errors[0].message
