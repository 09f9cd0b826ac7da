"""How the answer adapts to the question: a reason for "pourquoi", a yes/no, a definition."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.answer import question_scope
from qa.engine import Engine

from .conftest import assert_verbatim, built_engine

FAQ = Path(__file__).resolve().parent / "data" / "faq"


@pytest.fixture(scope="module")
def faq_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return built_engine(tmp_path_factory, FAQ)


@pytest.mark.parametrize("question,scope", [
    ("Qu'est-ce que la carte de séjour pluriannuelle ?", "broad"),
    ("Comment obtenir le permis bateau ?", "broad"),
    ("Pourquoi le Kazakhstan a-t-il fermé sa mission commerciale ?", "broad"),
    ("Peut-on renouveler la carte de séjour pluriannuelle ?", "yesno"),
    ("Un étranger peut-il renouveler sa carte ?", "yesno"),
    ("Will the CSTO take part in the war?", "yesno"),
    ("Quel accord le Kazakhstan et la Russie ont-ils signé ?", "fact"),
    ("Combien coûte la carte de séjour ?", "fact"),
    ("Véhicule en leasing : que faire quand le contrat se termine ?", "broad"),
])
def test_question_scope(question, scope):
    assert question_scope(question) == scope


def test_definition_quotes_the_opening_sentences_and_stops_at_the_next_section(faq_engine):
    answer = faq_engine.ask("Qu'est-ce que la carte de séjour pluriannuelle ?")
    assert not answer.abstained
    assert answer.text.startswith("La carte de séjour pluriannuelle est un titre de séjour valable jusqu'à 4 ans.")
    assert "Elle est délivrée après une première carte" in answer.text
    assert "Qui est concerné" not in answer.text
    assert_verbatim(faq_engine, answer)


def test_yes_no_question_quotes_the_yes(faq_engine):
    answer = faq_engine.ask("Peut-on renouveler la carte de séjour pluriannuelle ?")
    assert not answer.abstained
    assert answer.text.startswith("Oui, la carte de séjour pluriannuelle peut être renouvelée")
    assert_verbatim(faq_engine, answer)


@pytest.mark.parametrize("question,sentence,highlight", [
    ("Combien coûte le timbre fiscal de la carte de séjour ?", "Le timbre fiscal coûte 225 euros.", "225 euros"),
    ("Combien de temps dure la formation pratique du permis bateau ?",
     "La formation pratique dure au moins 3 heures et 30 minutes.", "au moins 3 heures et 30 minutes"),
])
def test_fact_question_quotes_one_sentence(faq_engine, question, sentence, highlight):
    answer = faq_engine.ask(question)
    assert answer.text == sentence
    assert answer.highlight == highlight


def test_why_question_highlights_the_reason(seeds_engine):
    answer = seeds_engine.ask("Pourquoi le Kazakhstan a-t-il décidé de fermer sa mission commerciale en Russie ?")
    assert not answer.abstained and answer.qtype == "reason"
    assert "pour optimiser le travail des organes de l’État" in answer.text
    assert answer.highlight.startswith("pour optimiser")
    assert_verbatim(seeds_engine, answer)


def test_multi_paragraph_quote_renders_as_one_block_in_the_chat(faq_engine):
    from qa.app import render_reply

    answer = faq_engine.ask("Comment obtenir le permis bateau ?")
    assert not answer.abstained
    html = render_reply(answer, "fr")
    quote = html.split("<div class='qa-quote'>", 1)[1].split("</div>", 1)[0]
    assert "\n" not in quote
    assert "\n" not in answer.plain_text()


def test_a_broad_answer_begins_where_its_paragraph_does(tmp_path_factory):
    source = tmp_path_factory.mktemp("port") / "port"
    source.mkdir()
    (source / "aktau.txt").write_text(
        "Le Kazakhstan investit dans ses infrastructures de transport, selon le ministère de l'Industrie.\n\n"
        "Le port d'Aktau se modernise. Ses nouveaux quais accueillent depuis mars les cargos venus de Bakou, "
        "qui traversent la Caspienne en une journée.\n\n"
        "Le gouvernement prévoit aussi une nouvelle voie ferrée vers la Chine.\n", encoding="utf-8")
    engine = built_engine(tmp_path_factory, source)
    answer = engine.ask("Comment les cargos de Bakou traversent-ils la Caspienne ?")
    assert answer.scope == "broad" and not answer.abstained
    # The closest sentence is the second of its paragraph: it stays highlighted, the quote opens earlier.
    assert answer.text.startswith("Le port d'Aktau se modernise.")
    assert answer.highlight.startswith("Ses nouveaux quais")
    assert_verbatim(engine, answer)
