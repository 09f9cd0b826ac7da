"""Property tests: no file and no question, however odd, gets an exception out of qa."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.corpus import load_corpus
from qa.retrieve import QueryError

from .conftest import assert_verbatim

FRONT_MATTER = st.sampled_from([b"", b"---\n", b"---\ntitle: x\n---\n", b"---\n[[[[\n---\n", b"---\na: &a [*a]\n---\n"])
NAMES = st.sampled_from(["a.txt", "b.md", "caf\xe9.txt", "x y.md", "\u202e.txt", "deep/z.txt"])


@settings(max_examples=60, deadline=None)
@given(files=st.lists(st.tuples(NAMES, FRONT_MATTER, st.binary(max_size=3000)), min_size=1, max_size=4))
def test_any_bytes_as_files_never_raise_out_of_the_loader(files):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, head, body in files:
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(head + body)
        corpus = load_corpus(root, max_file_bytes=2000, max_sentences=200)
        on_disk = {p for p in root.rglob("*") if p.is_file()}
        assert len(corpus.documents) + len(corpus.errors) == len(on_disk)
        for doc in corpus.documents:
            assert len(doc.title) <= 300
            assert all(0 <= p.start <= p.end <= len(doc.text) for p in doc.paragraphs)


QUESTIONS = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(categories=["L", "M", "N", "P", "Z", "S", "C"]), max_size=80),
    st.sampled_from(["", " ", "?", "\u200b\u200b", "🇰🇿" * 50, "Baïkonour\x00", "OTSC " * 300, "\ud800", "Qui est \udc80 Hess ?"]),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=QUESTIONS)
def test_any_question_gets_an_answer_an_abstention_or_a_clear_error(seeds_engine, question):
    try:
        answer = seeds_engine.ask(question)
    except QueryError as exc:
        assert str(exc)
        return
    if answer.abstained:
        assert answer.message and not answer.citations
    else:
        assert answer.citations and answer.citations[0].doc_id == answer.doc_id
        assert_verbatim(seeds_engine, answer)
