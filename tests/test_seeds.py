"""End to end on the seed articles: the answer quotes the right sentence from the right document."""

import re

import pytest

from qa.retrieve import Filters, QueryError

from .conftest import assert_verbatim

D0, D1, D2, D3, D4 = (
    "000_f5ecb9d377298199.txt", "001_c1372565236902e0.txt", "002_f1b9832a424fc6fa.txt",
    "003_e2a3ec6603f65d5d.txt", "004_5c102284ca252ee5.txt",
)


@pytest.mark.parametrize("question,doc", [
    ("Quel accord le Kazakhstan et la Russie ont-ils signé en décembre 2013 ?", D1),
    ("What did Mishustin call for at the Almaty digital forum?", D2),
    ("Combien la Russie paie-t-elle par an pour louer Baïkonour ?", D4),
])
def test_right_document_ranks_first(seeds_engine, question, doc):
    assert seeds_engine.search(question, k=5).hits[0].document.doc_id == doc


def test_a_rare_name_matched_exactly_outranks_flat_dense_scores(seeds_engine):
    # e5 scores the top chunks within 0.02 of each other for this question: that order is noise, and
    # the only paragraph naming the man came 12th, out of the answer stage's reach.
    question = "Quel poste Timour Dandybaiev occupe-t-il au sein du ministère kazakh ?"
    hits = seeds_engine.search(question, k=5).hits
    assert any("Timour Dandybaiev" in hit.chunk.text for hit in hits)
    answer = seeds_engine.ask(question)
    assert not answer.abstained and "vice ministre de la Défense" in answer.text


@pytest.mark.parametrize("question,doc,fact", [
    ("Quel accord le Kazakhstan et la Russie ont-ils signé en décembre 2013 ?", D1,
     "Accord sur la coopération militaro-technique"),
    ("Combien la Russie paie-t-elle par an pour louer Baïkonour ?", D4, "115 millions de dollars"),
    ("Qui est le Premier ministre du Kazakhstan ?", D2, "Alkhan Smailov"),
    ("Quelle est la longueur de la frontière entre la Russie et le Kazakhstan ?", D4, "7 600"),
])
def test_french_answers_quote_the_fact(seeds_engine, question, doc, fact):
    answer = seeds_engine.ask(question)
    assert not answer.abstained
    assert answer.doc_id == doc and answer.citations[0].doc_id == doc
    assert fact in answer.text
    assert_verbatim(seeds_engine, answer)


def test_english_question_gets_the_french_quote(seeds_engine):
    answer = seeds_engine.ask("How much does Russia pay per year to rent Baikonur?")
    assert not answer.abstained and answer.lang == "en" and answer.doc_id == D4
    assert "115 millions de dollars" in answer.highlight
    assert_verbatim(seeds_engine, answer)


def test_when_question_highlights_a_date(seeds_engine):
    answer = seeds_engine.ask("Quand l'accord sur le système de communication conjoint de la CEI a-t-il été signé ?")
    assert answer.qtype == "date"
    assert "29 mai 2020" in answer.highlight
    assert len(answer.highlight) < len(answer.text)
    assert_verbatim(seeds_engine, answer)


def test_how_much_question_highlights_a_number(seeds_engine):
    answer = seeds_engine.ask("Combien d'hectares de terrain la Russie a-t-elle retirés du bail ?")
    assert answer.qtype == "number"
    assert re.search(r"\d", answer.highlight) and "1,7 million" in answer.highlight
    assert_verbatim(seeds_engine, answer)


@pytest.mark.parametrize("question,lang", [
    ("Quelle est la hauteur de la tour Eiffel ?", "fr"),
    ("Qui a écrit Les Misérables ?", "fr"),
    ("Who painted the Mona Lisa?", "en"),
])
def test_out_of_corpus_questions_abstain(seeds_engine, question, lang):
    answer = seeds_engine.ask(question)
    assert answer.abstained and answer.text == ""
    assert answer.message == {"fr": "Je n'ai pas trouvé de réponse dans le corpus.",
                              "en": "No answer found in the corpus."}[lang]
    assert answer.passages and not answer.citations  # the closest passages are still listed, apart


def test_every_citation_points_at_its_passage(seeds_engine):
    answer = seeds_engine.ask("Quels systèmes de missiles la Russie a-t-elle fournis au Kazakhstan ?", k=4)
    assert [c.number for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    for c in answer.citations + answer.passages:
        doc = seeds_engine.index.documents[c.doc_id]
        assert doc.text[c.start:c.end] == c.passage
        assert doc.paragraph_at(c.start).number <= c.paragraph
    first = answer.citations[0]
    assert first.passage[first.quote_start:first.quote_end] == answer.text
    assert answer.plain_text().endswith(f"§{first.paragraph}")


def test_filters_restrict_sources(seeds_engine):
    answer = seeds_engine.ask("Baïkonour", k=5, filters=Filters(doc_ids=(D4,)))
    assert {c.doc_id for c in answer.citations + answer.passages} == {D4}
    dated = seeds_engine.search("Kazakhstan Russie", k=10, filters=Filters(date_from="2023-01-01",
                                                                          include_undated=False))
    assert {h.document.doc_id for h in dated.hits} == {D3}


def test_a_date_range_keeps_undated_documents_unless_told_not_to(seeds_engine):
    # 3 of the 5 seeds give no date: a range used to drop them silently, and the Baïkonour rent with them.
    in_range = Filters(date_from="2022", date_to="2024")
    answer = seeds_engine.ask("Combien la Russie paie-t-elle par an pour louer Baïkonour ?", filters=in_range)
    assert not answer.abstained and "115 millions de dollars" in answer.text
    docs = {h.document.doc_id for h in seeds_engine.search("Kazakhstan Russie", k=20, filters=in_range).hits}
    assert D3 in docs and D4 in docs and "000_f5ecb9d377298199.txt" not in docs  # 2021 is out of range
    dated_only = Filters(date_from="2022", date_to="2024", include_undated=False)
    assert {h.document.doc_id for h in seeds_engine.search("Kazakhstan Russie", k=20, filters=dated_only).hits} == {D3}


@pytest.mark.parametrize("bad", ["", "   ", "x" * 5000])
def test_bad_questions_get_a_clear_error(seeds_engine, bad):
    with pytest.raises(QueryError):
        seeds_engine.ask(bad)


@pytest.mark.parametrize("odd", ["🤖 ? ¿", "\u200b\u200bKazakhstan\u202e", "<script>alert(1)</script>", "؟ ما هو"])
def test_odd_unicode_questions_do_not_crash(seeds_engine, odd):
    answer = seeds_engine.ask(odd)
    if not answer.abstained:
        assert_verbatim(seeds_engine, answer)


def test_a_question_of_function_words_only_abstains(seeds_engine):
    answer = seeds_engine.ask("for to des an dans par les the of")
    assert answer.abstained and answer.passages
