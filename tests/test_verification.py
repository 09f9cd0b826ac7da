"""Answers that verify themselves: the quote satisfies the question's constraints, or qa abstains.

Over the seeds: a list question quotes the listing sentence, a dated question rejects the sentence
with another date, "what did X say" quotes X, a near-miss question (on-topic, fact absent)
abstains, citations are distinct and each states the fact, Russian questions work.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from qa.answer import analyze_question, question_type
from qa.answer.question import asked_nationality, person_names
from qa.answer.verify import violations
from qa.corpus import fold
from qa.entities import aliases, initials
from qa.facts import find_dates
from qa.text import analyze

from .conftest import ROOT, assert_verbatim


def answered(engine, question: str):
    answer = engine.ask(question)
    if not answer.abstained:
        assert_verbatim(engine, answer)
    return answer


def assert_highlights(engine, cases) -> None:
    """Each question answered, with the highlight given."""
    for question, highlight in cases:
        answer = answered(engine, question)
        assert not answer.abstained and answer.highlight == highlight, question


def forced(engine, question: str):
    """The quote qa would give, above or below its threshold: for tests of what is quoted and highlighted."""
    return engine.answerer.answer_from(engine.answerer.search(question), force=True)


def test_list_question_quotes_the_listing_sentence(seeds_engine):
    answer = answered(seeds_engine, "Quels pays de l'ex-URSS sont membres de la CEI ?")
    assert not answer.abstained
    assert "Seulement neuf pays de l’ex-URSS sont membres de la CEI" in answer.text
    assert answer.highlight.startswith(("l’Arménie", "Arménie")) and answer.highlight.endswith("Tajikistan")
    # The sentence that merely mentions the CSTO's largest member is never the answer.
    answer = answered(seeds_engine, "Quels pays sont membres de l'OTSC ?")
    assert answer.abstained or "alliance militaire de six pays" in answer.text


def test_date_constraint_highlights_the_item_with_that_date(seeds_engine):
    answer = answered(seeds_engine, "Quel accord le Kazakhstan et la Russie ont-ils signé en décembre 2013 ?")
    assert not answer.abstained
    assert answer.highlight == "l'Accord sur la coopération militaro-technique (décembre 2013)"


def test_date_constraint_picks_the_sentence_with_that_date(seeds_engine):
    answer = answered(seeds_engine,
                      "Quel accord de coopération militaire le Kazakhstan et la Russie ont-ils signé en mars 1994 ?")
    assert answer.abstained or "Traité de Coopération Militaire de mars 1994" in answer.text
    assert "nouvel accord" not in answer.text


def test_date_constraint_rejects_another_year(seeds_engine):
    # The corpus gives the number of students for 2020, not 2015.
    answer = answered(seeds_engine, "Combien d'étudiants du Kazakhstan ont étudié en Russie en 2015 ?")
    assert answer.abstained or answer.confidence < 0.5


def test_what_did_x_call_for_quotes_x(seeds_engine):
    answer = answered(seeds_engine, "What did Mishustin call for at the Almaty digital forum?")
    assert answer.abstained or "souveraineté technologique" in answer.text
    answer = answered(seeds_engine, "Qu'a proposé Smailov ?")
    assert not answer.abstained
    assert "Il a proposé d’ouvrir un centre de compétence numérique à Almaty" in answer.text
    assert "Smailov" in answer.text  # the sentence "Il a proposé…" comes with the one naming him
    assert answer.highlight.startswith("ouvrir un centre de compétence numérique")
    answer = answered(seeds_engine, "Qu'a déclaré Max Hess sur la position de la Russie dans la région ?")
    assert answer.abstained or "Hess" in answer.text or "plus sûre" in answer.text


@pytest.mark.parametrize("question", [
    "Qui est le président actuel du Kazakhstan ?",
    "Combien de soldats russes sont stationnés au Kazakhstan ?",
    "Qu'a déclaré Tokaïev sur la guerre en Ukraine ?",
    "Who is the current president of Kazakhstan?",
])
def test_near_miss_question_abstains(seeds_engine, question):
    answer = seeds_engine.ask(question)
    assert answer.abstained, (answer.text, answer.confidence)
    assert answer.passages  # the closest passages are still shown, apart from citations
    assert not answer.citations


def test_citations_are_distinct_and_each_states_the_fact(seeds_engine):
    for question in ("Combien la Russie paie-t-elle par an pour louer Baïkonour ?",
                     "Quels pays de l'ex-URSS sont membres de la CEI ?",
                     "Quand l'accord sur le système de communication conjoint a-t-il été signé ?"):
        answer = seeds_engine.ask(question)
        assert not answer.abstained
        keys = [(c.doc_id, c.paragraph) for c in answer.citations]
        assert len(keys) == len(set(keys))
        assert answer.citations[0].doc_id == answer.doc_id
        for c in answer.citations:
            assert fold(answer.highlight) in fold(c.passage)


def test_highlight_pinpoints_the_fact(seeds_engine):
    answer = answered(seeds_engine, "Combien la Russie paie-t-elle par an pour louer Baïkonour ?")
    assert answer.highlight == "115 millions de dollars"
    answer = answered(seeds_engine, "Qui est le Premier ministre du Kazakhstan ?")
    assert answer.highlight == "Alkhan Smailov"


def test_no_document_title_is_a_file_name(seeds_engine):
    for doc in seeds_engine.index.documents.values():
        assert doc.title and doc.title != Path(doc.doc_id).stem
        assert len(doc.title) <= 120


def test_russian_question_gets_a_french_quote_and_english_messages(seeds_engine):
    answer = answered(seeds_engine, "Сколько Россия платит в год за аренду Байконура?")
    assert answer.lang == "ru"
    assert not answer.abstained and "115 millions de dollars" in answer.text
    elsewhere = seeds_engine.ask("Кто написал роман «Война и мир»?")
    assert elsewhere.abstained and elsewhere.message == "No answer found in the corpus."


def test_question_constraints():
    spec = analyze_question("Quel accord a été signé en mars 1994 ?")
    assert [d.key() for d in spec.dates] == ["1994-03"]
    assert analyze_question("Quels pays sont membres de l'OTSC ?").qtype == "list"
    assert analyze_question("What did Mishustin call for?").qtype == "say"
    assert analyze_question("What did Mishustin call for?").speaker == "mishustin"
    assert analyze_question("Когда было подписано соглашение?").qtype == "date"
    assert analyze_question("Почему Казахстан закрыл представительство?").qtype == "reason"


def test_entities_are_found_at_build_time(seeds_engine):
    index = seeds_engine.index
    assert index.manifest["annotator"].startswith("spacy")
    people = {s.text[a:b] for s, ann in zip(index.sentences, index.annotations)
              for a, b, label in ann["ents"] if label == "PER"}
    assert "Alkhan Smailov" in people
    dates = {v for ann in index.annotations for _, _, v in ann["dates"]}
    assert "2020-05-29" in dates and "1994-03" in dates


def test_asking_never_imports_spacy(seeds_engine):
    settings = seeds_engine.settings
    code = (
        "import sys, json\n"
        "from qa.cli import cli\n"
        "cli(['--corpus', sys.argv[1], '--embeddings', sys.argv[2], 'ask', 'Qui est Max Hess ?', '--json'],"
        " standalone_mode=False)\n"
        "print(json.dumps({'spacy': any(m == 'spacy' or m.startswith('spacy.') for m in sys.modules)}))\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", code, str(settings.corpus_dir), str(settings.embeddings_dir)],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=True)
    last = json.loads(out.stdout.strip().splitlines()[-1])
    assert last == {"spacy": False}


def test_a_how_many_question_wants_an_amount_of_what_it_counts(seeds_engine):
    # "six pays" answers the count of CSTO members; "7 600 kilomètres" or a bare "7 600" would not.
    answer = answered(seeds_engine, "Combien de pays compte l'OTSC ?")
    assert not answer.abstained and answer.highlight == "six pays"
    # An order of magnitude is an amount too.
    answer = answered(seeds_engine, "Combien de militaires kazakhs étudient dans les universités militaires russes ?")
    assert not answer.abstained and answer.highlight == "plusieurs centaines de militaires"


def test_a_what_did_it_cost_question_highlights_the_money_not_the_length(tmp_path):
    from qa.answer.question import asked_measure
    from qa.facts import amount_measure

    assert asked_measure(fold("Combien a coûté la ligne ?")) == "money"
    assert asked_measure(fold("How long is the border?")) == "length"
    assert asked_measure(fold("How long will the agreement last?")) == "duration"
    assert asked_measure(fold("How many Kazakh servicemen study in Russia?")) == "militaire"
    assert asked_measure(fold("Сколько стран входит в ОДКБ?")) == "pays"
    assert amount_measure("1.15e+08 dollars") == "money" and amount_measure("6 pays") == "pays"


def test_who_did_it_highlights_the_doer_and_a_role_wants_a_person(seeds_engine):
    answer = answered(seeds_engine, "Qui a construit un nouveau port spatial en Extrême-Orient ?")
    assert not answer.abstained and answer.highlight == "Moscou"
    answer = answered(seeds_engine, "Qui a approuvé la ratification de l'accord sur le système de communication conjoint ?")
    assert not answer.abstained and answer.highlight == "Majilis"
    answer = answered(seeds_engine, "Qui est le porte-parole du ministère des Affaires étrangères du Kazakhstan ?")
    assert answer.highlight == "Aybek Smadiyarov"
    # "les Ministres de la Défense des deux pays" names no one.
    answer = answered(seeds_engine, "Qui est le ministre de la Défense de la Russie ?")
    assert answer.abstained


def test_an_english_acronym_is_read_as_the_french_one(seeds_engine):
    spec = seeds_engine.answerer.analyze("How many countries are members of the CSTO?")
    assert spec.entities == ["otsc"] and not spec.unknown_names
    spec = seeds_engine.answerer.analyze("Who is the Russian foreign minister?")
    assert spec.unknown_names == []  # "Russian" is a nationality, not a name the corpus lacks


def test_a_quotation_runs_on_to_the_sentence_that_names_the_speaker(seeds_engine):
    answer = answered(seeds_engine, "Qui pense que la Russie est convaincue que sa position y est plus sûre qu'ailleurs ?")
    assert not answer.abstained and "Max Hess" in answer.text and answer.highlight == "Max Hess"


def test_a_rare_name_brings_in_the_sentence_that_states_it(seeds_engine):
    result = seeds_engine.search("Quel est le rôle de Timour Dandybaiev ?", k=10)
    _, cands = seeds_engine.answerer.candidates(result)
    assert any("Selon Timour Dandybaiev, vice ministre" in c.text for c in cands)


def test_a_cross_language_question_shows_no_disagreement_about_another_agreement(seeds_engine):
    answer = answered(seeds_engine, "Когда было подписано соглашение о системе связи?")
    assert "29 mai 2020" in answer.text and not answer.conflicts


def test_a_statement_by_someone_the_article_names_by_role_is_theirs(seeds_engine):
    # "Timour Dandybaiev, vice ministre de la Défense" → "le vice ministre de la Défense a rassuré …"
    roles = dict(seeds_engine.answerer.finder.roles["000_f5ecb9d377298199.txt"])
    assert roles["vice ministre de la"] == "timour dandybaiev"
    answer = answered(seeds_engine, "Qu'a déclaré Mishustin sur l'offre de son pays ?")
    assert not answer.abstained and "Le Premier ministre russe a déclaré" in answer.text


KINDS = ROOT / "tests" / "data" / "kinds"


@pytest.fixture(scope="module")
def kinds_engine(tmp_path_factory):
    from .conftest import built_engine

    return built_engine(tmp_path_factory, KINDS)


def test_a_yes_no_question_is_quoted_from_its_yes_or_no(kinds_engine):
    assert analyze_question("Puis-je refuser une carte bancaire sans contact ?").scope == "yesno"
    assert analyze_question("Mentions légales sur un site internet, est-ce obligatoire ?").scope == "yesno"
    # "qui" after the inverted verb is a relative pronoun, not the question's word.
    assert analyze_question("Les MDPH peuvent-elles utiliser le numéro des personnes qui déposent un dossier ?").scope == "yesno"
    assert analyze_question("Qui l'a ratifié ?").scope != "yesno"
    answer = answered(kinds_engine, "Mon employeur peut-il refuser le télétravail ?")
    assert not answer.abstained and answer.text.startswith("Oui.")


def test_a_definition_question_quotes_the_sentence_that_defines(kinds_engine):
    assert analyze_question("Qu'est-ce que l'aide au logement ?").defines == "aide au logement"
    assert analyze_question("Qu'est-ce que la Russie a fourni ?").defines == ""  # asks for an object
    answer = answered(kinds_engine, "Qu'est-ce que l'aide au logement ?")
    assert not answer.abstained and answer.text.startswith("L'aide au logement est une prestation")


def test_a_quotation_over_two_sentences_is_quoted_whole(kinds_engine, seeds_engine):
    answer = answered(kinds_engine, "Qu'a déclaré le président kazakh sur les droits de douane ?")
    assert not answer.abstained and answer.text.startswith("« Nous devons renforcer nos échanges commerciaux.")
    answer = answered(seeds_engine, "Qu'a déclaré Max Hess sur la position de la Russie dans la région ?")
    assert answer.abstained or answer.highlight.startswith("Je pense que la Russie est convaincue")


def test_a_date_without_its_year_takes_the_articles_year(kinds_engine):
    answer = answered(kinds_engine, "Où les dirigeants de la région se sont-ils retrouvés en octobre 2022 ?")
    assert not answer.abstained and answer.highlight == "Douchanbé"
    answer = answered(kinds_engine, "Où les dirigeants de la région se sont-ils retrouvés en octobre 2021 ?")
    assert answer.abstained and "date" in answer.constraints["unmet"]


def test_a_pronoun_speaker_is_the_person_named_paragraphs_before(seeds_engine):
    # « L'année écoulée … », a-t-il déclaré — three paragraphs after "Mishustin a déclaré …".
    answer = answered(seeds_engine, "Qu'a déclaré Mishustin au sujet des entreprises occidentales ?")
    assert not answer.abstained and "ne pouvons pas compter sur les entreprises occidentales" in answer.text


def test_the_relation_asked_and_the_title_named_must_be_stated(seeds_engine):
    spec = analyze_question("Quand la Russie a-t-elle ratifié l'accord ?")
    assert spec.relations == ["ratify"]
    assert analyze_question("Quand le Traité de Coopération Militaire a-t-il été signé ?").titles == [
        "traite de cooperation militaire"]
    # The treaty of May 1992 is another treaty.
    answer = answered(seeds_engine, "Quand le Traité de Coopération Militaire a-t-il été signé ?")
    assert "mai 1992" not in answer.text
    answer = answered(seeds_engine, "Quand l'accord sur le système de communication conjoint a-t-il été ratifié par la Russie ?")
    assert answer.abstained or "ratifi" in answer.text


def test_an_amount_asked_in_a_currency_is_not_answered_in_another(seeds_engine):
    assert analyze_question("Combien la Russie paie-t-elle par an pour Baïkonour, en roubles ?").currency == "rouble"
    answer = answered(seeds_engine, "Combien la Russie paie-t-elle par an pour Baïkonour, en roubles ?")
    assert answer.abstained and "unit" in answer.constraints["unmet"]  # the corpus gives dollars
    answer = answered(seeds_engine, "Combien la Russie paie-t-elle par an pour Baïkonour, en dollars ?")
    assert not answer.abstained and "115 millions de dollars" in answer.highlight


def test_an_agreement_about_something_else_is_another_agreement(seeds_engine):
    spec = analyze_question("Quand la Russie a-t-elle ratifié l'accord sur la formation des militaires ?")
    assert [(kind, sorted(terms)) for kind, terms in spec.subjects] == [("accord", ["format", "militair"])]
    # The seeds tell of the ratification of the accord on the joint communication system only.
    answer = answered(seeds_engine, "Quand la Russie a-t-elle ratifié l'accord sur la formation des militaires ?")
    assert answer.abstained or "formation" in answer.text
    answer = answered(seeds_engine, "Quand la Russie a-t-elle ratifié l'accord sur le système de communication conjoint ?")
    assert not answer.abstained and "ratifi" in answer.text


def test_a_deputy_does_not_answer_for_the_role(seeds_engine):
    # The seeds name Kazakhstan's vice minister of Defence, never its minister.
    answer = answered(seeds_engine, "Qui est le ministre de la Défense du Kazakhstan ?")
    assert answer.abstained or "vice ministre" not in answer.text
    spec = analyze_question("Qui est le vice-ministre de la Défense du Kazakhstan ?")
    assert spec.qtype == "who" and "vice" in fold(spec.text)


def test_a_role_a_country_or_organisation_holds_is_answered_by_one(seeds_engine):
    answer = answered(seeds_engine, "Qui est le premier partenaire commercial du Kazakhstan ?")
    assert not answer.abstained and "est le premier partenaire commercial du Kazakhstan" in answer.text


def test_people_of_one_country_are_not_counted_for_another(seeds_engine):
    spec = analyze_question("Combien d'étudiants russes étudient au Kazakhstan ?")
    assert (spec.measure, spec.counted_country) == ("etudiant", "russie")
    # The seeds count the students from Kazakhstan in Russia, not the reverse.
    answer = answered(seeds_engine, "Combien d'étudiants russes étudient au Kazakhstan ?")
    assert answer.abstained and "unit" in answer.constraints["unmet"]
    answer = answered(seeds_engine, "Combien d'étudiants kazakhs ont étudié en Russie en 2020 ?")
    assert not answer.abstained and "60 000" in answer.highlight


@pytest.mark.parametrize(("question", "measure"), [
    ("Quelle longueur fait la frontière entre la Russie et le Kazakhstan ?", "length"),
    ("What is Russia's yearly rent for the Baikonur cosmodrome?", "money"),
    ("Quelle est la solde des militaires kazakhs formés en Russie ?", "money"),
])
def test_a_question_naming_a_quantity_asks_an_amount(question, measure):
    spec = analyze_question(question)
    assert (spec.qtype, spec.measure) == ("number", measure)


def test_an_amount_question_needs_an_amount_of_its_kind(seeds_engine):
    answer = answered(seeds_engine, "Quelle longueur fait la frontière entre la Russie et le Kazakhstan ?")
    assert not answer.abstained and answer.highlight == "7 600 kilomètres"
    # Nothing in the seeds states a pay: the sentences about training count ministries and soldiers.
    answer = answered(seeds_engine, "Quelle est la solde des militaires kazakhs formés en Russie ?")
    assert answer.abstained and "unit" in answer.constraints["unmet"]
    # A share may be stated as a fraction.
    answer = answered(seeds_engine, "Quelle part des citoyens de la CEI formés militairement en Russie sont kazakhs ?")
    assert not answer.abstained and "un tiers" in answer.text


def test_selon_x_asks_for_x_as_the_source(seeds_engine):
    assert analyze_question("Selon Max Hess, qu'est-ce qui permet à la Russie de peser ?").speaker == "max hess"
    assert analyze_question("What threats do they face, according to Putin?").speaker == "putin"
    assert analyze_question("Selon les données officielles, combien d'étudiants ?").speaker == ""
    answer = answered(seeds_engine, "Selon Max Hess, qu'est-ce qui permet à la Russie de trouver des points de pression ?")
    # One of Hess's statements (the quotation is attributed to him where it closes), not Poutine's or Lavrov's; the
    # one ranked first does not hold the pressure points, and the refitted model declines it (0.446, threshold 0.45).
    assert answer.abstained or "Hess" in seeds_engine.index.documents[answer.doc_id].text[answer.start : answer.end + 300]


def test_a_name_in_another_spelling_or_script_is_not_unknown(seeds_engine):
    vocabulary = seeds_engine.answerer.vocabulary
    assert "putin" not in analyze_question("What did Putin say?", vocabulary).unknown_names
    assert analyze_question("Кто такой Смадияров?", vocabulary).unknown_names == []
    assert analyze_question("What did Obama say?", vocabulary).unknown_names == ["obama"]


def test_an_english_role_is_looked_for_in_french_and_a_prime_minister_is_not_a_minister(seeds_engine):
    assert analyze_question("Who is the spokesman of Kazakhstan's foreign ministry?").role == "porte-parole"
    answer = answered(seeds_engine, "Who is the spokesman of Kazakhstan's foreign ministry?")
    assert not answer.abstained and answer.highlight == "Aybek Smadiyarov"
    answer = answered(seeds_engine, "Who is Kazakhstan's defence minister?")
    assert answer.abstained or "Premier ministre" not in answer.text
    answer = answered(seeds_engine, "Qui est le Premier ministre du Kazakhstan ?")
    assert not answer.abstained and answer.highlight == "Alkhan Smailov"


def test_a_which_question_about_a_role_holder_checks_the_role(seeds_engine):
    spec = analyze_question("Which French president visited Kazakhstan a week before Putin?")
    assert (spec.role, spec.countries) == ("president", ["france", "kazakhstan"])
    assert "prime" not in analyze_question("Who is the Prime Minister of Kazakhstan?",
                                           seeds_engine.answerer.vocabulary).unknown_names
    answer = answered(seeds_engine, "Quel président français a visité le Kazakhstan une semaine avant Poutine ?")
    assert not answer.abstained and "président français Emmanuel Macron" in answer.text


@pytest.mark.parametrize("question", [
    "Quand le Kazakhstan a-t-il rouvert sa mission commerciale en Russie ?",  # the text closes it
    "Quelle est la longueur de la frontière entre le Kazakhstan et la Chine ?",  # the text: with Russia
    "Сколько стоит проект Байтерек?",  # "Baiterek" in Cyrillic; its cost is not stated
    "What is the population of Kazakhstan?",  # amounts of companies are not a population
])
def test_a_quote_stating_the_reverse_another_country_or_another_thing_does_not_answer(seeds_engine, question):
    answer = seeds_engine.ask(question)
    assert answer.abstained, (answer.text, answer.confidence)


def test_a_name_in_another_script_is_the_corpus_name(seeds_engine):
    vocabulary = seeds_engine.answerer.vocabulary
    assert analyze_question("Сколько стоит проект Байтерек?", vocabulary).entities == ["baiterek"]
    # "Макс Хесс" is the corpus's "Max Hess", both words respelled.
    assert "max hess" in analyze_question("Кто такой Макс Хесс?", vocabulary).entities
    # "Quel autre pays d'Asie centrale": the region describes the answer, the quote need not name it.
    assert "asie centrale" not in analyze_question("Quel autre pays d'Asie centrale Macron a-t-il visité ?",
                                                   vocabulary).entities


def test_the_previous_year_is_the_year_before_the_one_stated(seeds_engine):
    answer = answered(seeds_engine, "How much was trade between Kazakhstan and Russia in the same period of 2021?")
    assert not answer.abstained and answer.highlight == "22,1 milliards de dollars"
    answer = answered(seeds_engine, "Quel était le chiffre d'affaires commercial entre le Kazakhstan et la Russie en 2022 ?")
    assert not answer.abstained and answer.highlight == "23,6 milliards de dollars"
    answer = answered(seeds_engine, "Quelle est la longueur de la frontière entre le Kazakhstan et la Russie ?")
    assert not answer.abstained and answer.highlight == "7 600 kilomètres"


def test_an_english_ratify_question_wants_the_ratification(seeds_engine):
    assert analyze_question("When did Russia ratify the joint communication system agreement?").relations == ["ratify"]
    answer = answered(seeds_engine, "When did Russia ratify the joint communication system agreement?")
    assert not answer.abstained and answer.highlight == "23 juin dernier"


def test_a_why_question_highlights_the_cause_before_par_consequent(seeds_engine):
    answer = answered(seeds_engine, "Pourquoi l'OTSC ne participera-t-elle pas à la guerre en Ukraine ?")
    assert not answer.abstained
    assert answer.highlight.startswith("La responsabilité de l’OTSC est limitée aux frontières")
    assert "par conséquent" not in answer.highlight


def test_a_quote_placing_the_fact_in_the_other_country_does_not_answer(seeds_engine):
    # The corpus counts Russian companies in Kazakhstan, never Kazakh companies in Russia.
    assert analyze_question("Combien d'entreprises kazakhes opèrent en Russie ?").located == ["russie"]
    assert seeds_engine.ask("Combien d'entreprises kazakhes opèrent en Russie ?").abstained
    assert seeds_engine.ask("Сколько студентов из России учится в Казахстане?").abstained
    answer = answered(seeds_engine, "How many Russian-owned companies operate in Kazakhstan?")
    assert not answer.abstained and answer.highlight == "quelque 8 000 entreprises"


def test_how_someone_describes_something_is_their_statement(seeds_engine):
    spec = analyze_question("Comment Hess décrit-il les régimes d'Asie centrale ?")
    assert (spec.qtype, spec.speaker) == ("say", "hess")
    answer = answered(seeds_engine, "Comment Hess décrit-il les régimes d'Asie centrale ?")
    assert not answer.abstained and "kleptocratique" in answer.text and "Hess" in answer.text


def test_a_new_name_question_quotes_the_name_not_the_one_asked_about(seeds_engine):
    assert analyze_question("Quel est le nouveau nom probable du complexe Baiterek ?").qtype == "name"
    answer = answered(seeds_engine, "What new name could the Baiterek complex take?")
    assert answer.abstained or answer.highlight == "Nazarbayev Start"


def test_a_why_answer_adds_something_to_the_question(seeds_engine):
    # "… très importante pour Moscou." restates the question; its "pour Moscou" is no reason.
    answer = seeds_engine.ask("Pourquoi la région est-elle militairement importante pour Moscou depuis l'époque soviétique ?")
    assert answer.abstained or "Kapustin Yar" in answer.text


def test_a_date_carried_by_the_title_dates_the_signing(seeds_engine):
    answer = answered(seeds_engine, "Quand le Traité de Coopération Militaire a-t-il été signé ?")
    assert not answer.abstained and answer.highlight == "mars 1994"


def test_the_speaker_asked_may_be_named_paragraphs_before(seeds_engine):
    answer = answered(seeds_engine, "What common threats do Russia and its neighbours face, according to Putin?")
    assert not answer.abstained and "menaces communes" in answer.text


def test_a_value_question_wants_money_not_hectares(seeds_engine):
    assert analyze_question("What was the value of the S-300PS systems Russia supplied?").measure == "money"
    assert seeds_engine.ask("What was the value of the S-300PS systems Russia supplied?").abstained


def test_a_definition_question_is_not_a_yes_no_one():
    assert analyze_question("Le RATS, c'est quoi ?").scope == "broad"
    assert analyze_question("Citez les membres de la CEI").qtype == "list"


def test_a_role_holder_is_found_in_an_article_the_search_missed(seeds_engine):
    # The English question retrieves no French sentence about the deputy minister; the build stored
    # the apposition "Timour Dandybaiev, vice ministre de la Défense du Kazakhstan".
    answer = answered(seeds_engine, "Who is Kazakhstan's deputy defence minister?")
    assert not answer.abstained and answer.highlight == "Timour Dandybaiev"
    answer = answered(seeds_engine, "Who is the Russian foreign minister?")
    assert not answer.abstained and answer.highlight == "Sergueï Lavrov"


def test_a_person_named_alone_by_surname_must_be_in_the_quote(seeds_engine):
    spec = analyze_question("When did Macron visit Kazakhstan for the first time?", seeds_engine.answerer.vocabulary)
    assert spec.people == ["macron"]
    answer = seeds_engine.ask("When did Macron visit Kazakhstan for the first time?")
    assert answer.abstained or "Macron" in answer.text


def test_a_short_french_question_is_french():
    assert analyze_question("Qu'a proposé Smailov ?").lang == "fr"


def test_a_minister_of_another_portfolio_does_not_answer(seeds_engine):
    assert analyze_question("Qui est le ministre de la Défense de la Russie ?").role == "ministre defense"
    assert analyze_question("Quel est le nom du ministre kazakh du Commerce ?").role == "ministre commerce"
    # Lavrov is the Russian foreign minister; the corpus never names the defence minister.
    assert seeds_engine.ask("Who is the Russian defence minister?").abstained


def test_a_rate_asked_is_not_answered_by_another_rate(seeds_engine):
    # "6,8 % de plus" is the growth of trade, not the inflation rate.
    assert seeds_engine.ask("Quel est le taux d'inflation au Kazakhstan en 2022 ?").abstained


def test_a_rejection_asked_is_not_answered_by_an_approval(seeds_engine):
    assert seeds_engine.ask("Quand le Majilis a-t-il rejeté l'accord sur le système de communication ?").abstained


@pytest.mark.parametrize("question, description", [
    ("Qui est Max Hess ?", "chercheur au Institut de recherche en politique étrangère"),
    ("Who is Alkhan Smailov?", "le Premier ministre du Kazakhstan"),
    ("Кто такой Айбек Смадияров?", "le porte-parole du ministère des Affaires étrangères du pays"),
])
def test_who_is_someone_highlights_what_the_text_says_they_are(seeds_engine, question, description):
    answer = answered(seeds_engine, question)
    assert not answer.abstained and answer.highlight.startswith(description)


def test_what_someone_urged_highlights_the_object_of_that_verb(seeds_engine):
    answer = answered(seeds_engine, "À quoi Poutine a-t-il exhorté les membres de la CEI ?")
    assert not answer.abstained and answer.highlight == "renforcer leur sécurité collective"
    answer = answered(seeds_engine, "What was the trade turnover between Kazakhstan and Russia in January-November 2022?")
    assert not answer.abstained and answer.highlight == "23,6 milliards de dollars"


@pytest.mark.parametrize("question", [
    "Quels référendums le Kazakhstan refuse-t-il de reconnaître ?",
    "What did Kazakhstan say it would not recognise last month?",
])
def test_a_negated_question_is_answered_by_the_negative_statement(seeds_engine, question):
    answer = answered(seeds_engine, question)
    assert not answer.abstained and "ne reconnaîtrait pas les référendums" in answer.text


def test_a_named_thing_asked_about_must_be_in_the_quote(seeds_engine):
    spec = seeds_engine.answerer.analyze("Quel montant la Russie a-t-elle investi dans le complexe Baiterek ?")
    assert spec.things == ["baiterek"]
    # The Baïkonour rent is another amount, about another thing.
    assert seeds_engine.ask("Quel montant la Russie a-t-elle investi dans le complexe Baiterek ?").abstained


def test_a_treaty_named_by_its_subject_is_not_another_treaty(seeds_engine):
    answer = answered(seeds_engine, "De quand date le Traité de coopération militaire entre le Kazakhstan et la Russie ?")
    assert not answer.abstained and answer.highlight == "mars 1994"


def test_a_visit_placed_in_another_country_does_not_answer(seeds_engine):
    assert seeds_engine.ask("Quand Poutine s'est-il rendu en Ouzbékistan ?").abstained


def test_a_country_can_be_who_did_it_and_a_capital_can_speak(seeds_engine):
    answer = answered(seeds_engine, "Who gave Kazakhstan S-300PS missile systems for free?")
    assert not answer.abstained and answer.highlight == "Russie"
    answer = answered(seeds_engine, "Jusqu'où s'étend la responsabilité de l'OTSC selon Astana ?")
    assert not answer.abstained and "frontières internationalement reconnues" in answer.text


def test_a_country_and_a_surname_side_by_side_are_not_a_title(seeds_engine):
    spec = seeds_engine.answerer.analyze("Quel pays voisin du Kazakhstan Macron a-t-il aussi visité ?")
    assert spec.titles == []
    answer = answered(seeds_engine, "Quel pays voisin du Kazakhstan Macron a-t-il aussi visité ?")
    assert not answer.abstained and "Ouzbékistan" in answer.highlight


def test_who_did_it_can_be_a_group_named_before_qui(seeds_engine):
    answer = answered(seeds_engine, "Qui interrogeait les représentants russes sur la réaction de Moscou ?")
    assert not answer.abstained and answer.highlight == "les journalistes russes à Almaty"


def test_the_article_s_author_speaks_for_it(seeds_engine):
    # Kolesnyk wrote the article (front matter); its text never names him.
    answer = answered(seeds_engine, "Combien de pays de l'ex-URSS appartiennent à la CEI selon Kolesnyk ?")
    assert not answer.abstained and "neuf pays" in answer.highlight


def test_words_naming_the_source_article_are_not_constraints(seeds_engine):
    question = "Which countries make up Central Asia according to the article on Putin's visit?"
    spec = seeds_engine.answerer.analyze(question)
    assert "poutine" not in spec.people and "visit" not in spec.relations
    answer = answered(seeds_engine, question)
    assert not answer.abstained and "Turkménistan" in answer.highlight


def test_a_name_written_longer_than_the_corpus_knows_it_is_not_checked(seeds_engine):
    question = "Combien de membres compte l'Union européenne d'après l'article sur la mission commerciale ?"
    assert "union" not in seeds_engine.answerer.analyze(question).entities
    answer = answered(seeds_engine, question)  # the text says "L'UE"
    assert not answer.abstained and "27 membres" in answer.text


@pytest.mark.parametrize("question", [
    "Qui a écrit l'article sur la visite de Mishustin à Almaty ?",
    "Who edited the article about Mishustin's visit to Almaty?",
])
def test_who_wrote_the_article_is_not_a_person_it_reports_on(seeds_engine, question):
    # The seeds keep no byline in their text: qa declines rather than name Mishustin.
    assert analyze_question(question).byline
    answer = seeds_engine.ask(question)
    assert answer.abstained or "Mishustin" not in answer.highlight


def test_the_author_of_a_book_is_not_a_byline():
    assert not analyze_question("Qui est l'auteur du livre Economic War ?").byline


@pytest.mark.parametrize("question, said", [
    ("Qui a comparé l'absence de solutions technologiques propres à une dépendance coloniale ?", "dépendance coloniale"),
    ("Qui a dit que la Russie avait une bonne offre pour les pays de l'UEE ?", "Le Premier ministre russe"),
])
def test_who_said_it_is_answered_by_the_statement_and_its_speaker(seeds_engine, question, said):
    # The first speaker is named paragraphs before "», a-t-il déclaré"; the second by a role.
    answer = answered(seeds_engine, question)
    assert not answer.abstained and said in answer.text and "déclaré" in answer.text


def test_a_compound_name_the_tagger_missed_is_still_checked(seeds_engine):
    # spaCy tags no entity in «Kamaz-Engineering»; the question's name is in the text all the same.
    assert "kamaz-engineering" in seeds_engine.answerer.analyze("Que fabrique Kamaz-Engineering ?").things
    assert seeds_engine.ask("Quel montant Kamaz-Engineering a-t-elle facturé à l'armée kazakhe ?").abstained


def test_who_can_be_the_agent_of_a_passive(seeds_engine):
    answer = answered(seeds_engine, "Qui approuve chaque année le plan de coopération bilatérale ?")
    assert not answer.abstained
    assert answer.highlight == "les responsables des départements de la Défense respectifs"


def test_where_can_be_a_place_no_tagger_names(seeds_engine):
    answer = answered(seeds_engine, "Où sera située la subdivision prévue par l'article 6 de l'accord de communication ?")
    assert not answer.abstained and "32e poste de contrôle" in answer.highlight


def test_who_said_it_is_not_the_country_the_question_names(seeds_engine):
    # "Russie" is in the quote, but the question says "Russia": the speaker is named after the quotation.
    answer = answered(seeds_engine, "Who said Russia is convinced its position in the region is safer than elsewhere?")
    assert not answer.abstained and answer.highlight == "Max Hess"


def test_an_acronym_defined_after_it_names_the_organisation_both_ways():
    from qa.chunking import Sentence

    text = "Un organe a été créé au sein de l'OCS (Organisation de Coopération de Shanghai) en 2001."
    found = aliases([Sentence("d", 0, 0, 0, len(text), text)])
    assert found == {"ocs": ["organisation de cooperation de shanghai"]}


def test_a_question_naming_the_organisation_finds_the_sentence_with_its_acronym(seeds_engine):
    # The corpus writes "l'OCS n'est pas une organisation politico-militaire" and spells it out elsewhere.
    answer = answered(seeds_engine, "Quelle structure antiterroriste a été créée au sein de l'Organisation de coopération "
                                    "de Shanghai ?")
    assert not answer.abstained and "structure antiterroriste régionale" in answer.text


def test_free_of_charge_answers_what_was_paid_not_a_budget(seeds_engine):
    answer = answered(seeds_engine, "Quelle somme le Kazakhstan a-t-il payée pour ses S-300PS ?")
    assert not answer.abstained and answer.highlight == "gratuitement"
    # What the systems cost, or a budget, is not stated by "gratuitement".
    for question in ("Quel budget la Russie consacre-t-elle au système de communication conjoint de la CEI ?",
                     "Combien coûtent les systèmes S-300PS livrés au Kazakhstan ?"):
        answer = answered(seeds_engine, question)
        assert answer.abstained or "gratuitement" not in answer.highlight


def test_one_unit_of_time_is_a_duration(seeds_engine):
    answer = answered(seeds_engine, "Poutine au Kazakhstan : combien de temps après la visite de Macron ?")
    assert not answer.abstained and answer.highlight == "une semaine"


def test_how_many_countries_is_answered_by_the_list_of_them(seeds_engine):
    answer = answered(seeds_engine, "Combien de pays l'Asie centrale compte-t-elle ?")
    assert not answer.abstained and "du Turkménistan et de l’Ouzbékistan" in answer.highlight


@pytest.mark.parametrize("question", [
    "Who chairs the CIS joint communication system?",
    "Who replaced the Kazakh trade mission in Russia?",
])
def test_who_did_it_needs_the_relation_asked(seeds_engine, question):
    answer = answered(seeds_engine, question)
    assert answer.abstained or answer.confidence < 0.5


def test_a_yes_no_question_is_answered_by_the_other_country(seeds_engine):
    # "en partie située au Kazakhstan" answers "no" to "entièrement en Russie".
    answer = answered(seeds_engine, "Kapustin Yar est-il entièrement situé en Russie ?")
    assert not answer.abstained and "en partie située au Kazakhstan" in answer.text


def test_russian_what_is_the_name_of_a_role_asks_for_a_person():
    spec = analyze_question("Как зовут пресс-секретаря казахстанского МИД?")
    assert spec.qtype == "who" and spec.role == "porte-parole"


@pytest.mark.parametrize(("question", "qtype"), [
    ("RATS de l'OCS : ville", "where"),
    ("la russie a ratifié l'accord de communication conjoint quand", "date"),
    ("Traité de 1992 : prolongé quand ?", "date"),
    ("Le record des échanges a été annoncé en quel mois ?", "date"),
])
def test_a_keyword_query_is_typed_by_its_last_word(question, qtype):
    assert analyze_question(question).qtype == qtype


@pytest.mark.parametrize(("question", "relations"), [
    ("Que prévoit l'accord signé en 1994 ?", []),  # "signé" says which accord, not what is asked
    ("Pour combien de logiciels importés existe-t-il un équivalent russe ?", []),
    ("Quand l'accord a-t-il été signé ?", ["sign"]),
    ("Le Kazakhstan a-t-il finalement ratifié l'accord ?", ["ratify"]),
    ("Qui est le chef du gouvernement kazakh ?", []),  # a role, not "who heads"
    ("Who chairs the CIS joint communication system?", ["head"]),
])
def test_a_participle_or_a_role_noun_names_no_relation(question, relations):
    assert analyze_question(question).relations == relations


def test_a_russian_unit_word_is_the_measure_asked(seeds_engine):
    answer = answered(seeds_engine, "Сколько километров составляет граница между Россией и Казахстаном?")
    assert not answer.abstained and "7 600" in answer.highlight


@pytest.mark.parametrize("question", [
    "Quel motif le Kazakhstan donne-t-il à la fermeture de sa mission commerciale ?",
    "What justification did Kazakhstan give for closing its trade mission?",
])
def test_a_justification_asked_is_a_reason(seeds_engine, question):
    answer = answered(seeds_engine, question)
    assert analyze_question(question).qtype == "reason"
    assert not answer.abstained and "pour optimiser le travail des organes" in answer.highlight


def test_a_definition_is_the_sentence_that_says_what_it_is_not_the_acronym_spelled_out(seeds_engine):
    answer = answered(seeds_engine, "Qu'est-ce que la CICA ?")
    assert not answer.abstained and "forum international de coopération renforcée" in answer.text
    assert analyze_question("Что представляет собой CICA?").defines == "cica"


def test_a_reported_message_or_reply_is_a_statement(seeds_engine):
    answer = answered(seeds_engine, "Quel message Mishustin a-t-il adressé aux pays de l'UEE sur l'Occident ?")
    assert not answer.abstained and "ne devaient pas faire confiance à l’Occident" in answer.highlight
    # What the reply was about ("la fermeture") is its topic, not a relation the quote must state.
    answer = answered(seeds_engine, "Qu'a répondu Moscou aux journalistes au sujet de la fermeture de la mission ?")
    assert not answer.abstained and "prérogative du Kazakhstan" in answer.highlight


def test_a_capital_the_question_names_is_no_other_country(seeds_engine):
    answer = answered(seeds_engine, "Quel est pour Moscou l'aspect le plus stratégique de sa coopération avec le Kazakhstan ?")
    assert not answer.abstained and "astronautique" in answer.text


def test_who_edited_the_article_quotes_its_credit_line(seeds_engine):
    answer = answered(seeds_engine, "Qui a édité l'article sur la visite de Mishustin ?")
    assert not answer.abstained and answer.highlight == "Nathalie Weatherald"
    assert answer.citations[0].doc_id.startswith("002")


@pytest.mark.parametrize("question", [
    "What might be the new name of the Baiterek complex?",
    "Le complexe Baiterek pourrait changer de nom : lequel ?",
])
def test_a_new_name_asked_is_the_name_given(seeds_engine, question):
    assert analyze_question(question).qtype == "name"
    answer = answered(seeds_engine, question)
    assert not answer.abstained and answer.highlight == "Nazarbayev Start"


def test_the_largest_partner_is_a_ranking_not_another_role(seeds_engine):
    # "le premier partenaire commercial" answers "the biggest trade partner"; only "Premier ministre"
    # is another role than "ministre".
    answer = answered(seeds_engine, "Who is Kazakhstan's biggest trade partner?")
    assert not answer.abstained and "premier partenaire commercial du Kazakhstan" in answer.text


@pytest.mark.parametrize(("question", "highlight"), [
    # newsroom shorthand, and "name of" a role asks for a person
    ("What is the name of the MFA spokesperson of Kazakhstan?", "Aybek Smadiyarov"),
    # "le chef du gouvernement" is a role (the Premier ministre), not a relation "heads"
    ("À quelle date le chef du gouvernement russe était-il à Almaty ?", "vendredi 3 février"),
    # a name of the kind "quel X" asks: the doer of the verb, a person, an organisation not a country
    ("Quel organe a approuvé au Kazakhstan la ratification de l'accord ?", "Majilis"),
    ("Quel responsable russe a accusé l'Occident d'attirer les alliés de Moscou ?", "Sergueï Lavrov"),
    ("Quel institut de sondage a interrogé les Russes sur leurs pays amis ?", "Levada"),
    # a medium asked is the outlet spoken to, not the speaker's institute
    ("Which outlet did Max Hess speak to?", "CNBC"),
    # a change asked is the change stated, not the total beside it
    ("Quelle hausse des échanges kazakho-russes sur les onze premiers mois de 2022 ?", "6,8 %"),
    ("By how much did Kazakhstan-Russia trade grow in January-November 2022?", "6,8 %"),
    # a word qualifying the noun asked is passed over; an English noun is found in the French quote
    ("Which Russian minister accused the West of luring Russia's allies?", "Sergueï Lavrov"),
    ("Apart from Kazakhstan, which country did the French president visit?", "Ouzbékistan"),
    # a rank asked is the rank stated: the one reached, or the move when "de quel rang à quel rang"
    ("Quelle est la place du Kazakhstan dans le classement de l'e-gouvernement ?", "28e place"),
    ("De quel rang à quel rang le Kazakhstan a-t-il grimpé pour les services en ligne ?", "de la 16e à la 8e place"),
    # the name a "quel X" question asks for
    ("Quel centre de sondage a montré que les Russes considèrent le Kazakhstan comme un pays ami ?", "Levada"),
    ("Quelle entreprise commune a fabriqué des véhicules militaires pour l'armée kazakhe ?", "Kamaz-Engineering"),
    ("Quels systèmes de missiles la Russie a-t-elle fournis gratuitement au Kazakhstan ?", "S-300PS"),
    ("Quel président français a visité le Kazakhstan une semaine avant Poutine ?", "Emmanuel Macron"),
    # "quel X" in mid-question; a title in quotation marks; a list for a plural; a period; not the date given
    ("Max Hess est l'auteur de quel ouvrage ?", "Economic War: Ukraine and the Global Conflict Between Russia and the West"),
    ("Les référendums que le Kazakhstan refuse de reconnaître portent sur quelles régions ?",
     "Kherson, Zaporijia, Louhansk et Donetsk"),
    ("Quelle période couvre le nouveau Concept de politique étrangère du Kazakhstan ?", "2020-2030"),
    ("Quelle force l'OTSC a-t-elle mise sur pied en 2009 ?", "Force Collective de Réaction Rapide"),
    # a doer no tagger names, before its verb; the agent of "par qui … est-il approuvé"
    ("Qui a annoncé que le commerce bilatéral avait atteint un record ?", "les premiers ministres des deux pays voisins"),
    ("Par qui le plan de coopération bilatérale est-il approuvé ?",
     "les responsables des départements de la Défense respectifs"),
])
def test_the_highlight_is_the_fact_of_the_kind_asked(seeds_engine, question, highlight):
    answer = answered(seeds_engine, question)
    assert not answer.abstained and answer.highlight == highlight


def test_states_counted_are_the_countries_the_quote_counts(seeds_engine):
    # "États" counted are the "pays" the quote counts, and not a name the quote must repeat. The
    # listing sentence is chosen, but since this version's refit it is shown at 0.49, just under the
    # 0.51 threshold (its chunk ranks 8th, so it enters as an expansion, which the model trusts
    # less): qa declines and lists it among the closest passages. The quote and highlight are
    # checked as qa would give them.
    answer = forced(seeds_engine, "Combien d'États compte l'OTSC ?")
    assert answer.highlight == "six pays"


def test_an_inverted_verb_is_searched_as_the_verb():
    # "accepte-t-elle" is "accepte": the inversion is not a word the corpus could hold.
    assert analyze("Astana accepte-t-elle de passer pour un briseur de sanctions ?") == analyze(
        "Astana accepte de passer pour un briseur de sanctions ?")


def test_a_list_of_documents_is_two_titles_not_a_list_of_countries(seeds_engine):
    answer = answered(seeds_engine, "Quels documents stratégiques l'auteur cite-t-il ?")
    assert not answer.abstained
    assert "Stratégie de la sécurité nationale" in answer.highlight and "Principes fondamentaux" in answer.highlight


def test_a_capital_in_the_question_is_matched_by_its_country_in_the_quote(seeds_engine):
    spec = seeds_engine.answerer.analyze("L'OTSC aide-t-elle Astana et Moscou à coordonner leur action ?")
    assert spec.country_terms == {"astan": "kazakhstan", "moscou": "russie"}
    answer = answered(seeds_engine, "Dans quels domaines l'OTSC permet-elle à Astana et Moscou de coordonner leurs "
                                    "organes territoriaux ?")
    assert not answer.abstained and "au Kazakhstan et à la Russie de coordonner" in answer.text


def test_a_russian_until_which_year_asks_a_date(seeds_engine):
    answer = answered(seeds_engine, "До какого года Россия арендует Байконур?")
    assert not answer.abstained and "2050" in answer.highlight


def test_an_english_acronym_counts_as_the_french_one_the_quote_writes(seeds_engine):
    # "CSTO" is "OTSC" in the quote: the shared name is evidence, as a shared word is in French. The
    # listing sentence is the quote, shown or (below the threshold) held back as the closest passage.
    question = "Which countries make up the CSTO?"
    answer = answered(seeds_engine, question)
    assert answer.abstained or "Tadjikistan" in answer.highlight
    forced = seeds_engine.answerer.answer_from(seeds_engine.answerer.retriever.search(question, k=50), force=True)
    assert "Tadjikistan" in forced.highlight


@pytest.mark.parametrize("question", [
    "Poutine a-t-il peur que Washington le remplace en Asie centrale ?",
    "Le Kazakhstan a-t-il quitté l'OTSC ?",
])
def test_a_french_question_with_an_inverted_verb_is_french(question):
    assert analyze_question(question).lang == "fr"


def test_a_time_stated_relative_to_the_article_answers_when(seeds_engine):
    assert [m.text for m in find_dates("après des réunions cet été et le mois dernier")] == ["cet été", "le mois dernier"]
    answer = answered(seeds_engine, "Quand les dirigeants d'Asie centrale ont-ils rencontré leurs homologues "
                                    "américains et européens ?")
    assert not answer.abstained and answer.highlight == "cet été"


def test_a_figure_for_part_of_the_year_does_not_answer_for_the_whole_year(seeds_engine):
    # The seeds give January-November 2021 (22,1 milliards), never the whole of 2021.
    question = "Quel a été le chiffre d'affaires commercial russo-kazakh sur toute l'année 2021 ?"
    spec = analyze_question(question)
    assert spec.qtype == "number" and spec.whole_year
    answer = answered(seeds_engine, question)
    assert answer.abstained or answer.confidence < 0.5


def test_a_start_does_not_answer_when_it_was_completed(seeds_engine):
    answer = answered(seeds_engine, "Quand la construction de Nazarbayev Start s'est-elle achevée ?")
    assert answer.abstained or answer.confidence < 0.5
    answer = answered(seeds_engine, "Quand la construction du complexe Baiterek doit-elle commencer ?")
    assert not answer.abstained and "fin 2020" in answer.highlight


@pytest.mark.parametrize(("question", "relations"), [
    # The question asks the reverse of renting, a return: a quote taking land out of the lease states it.
    ("How much land did Russia hand back from its lease at Kazakhstan's request?", ["return"]),
    # "d'exportation" says which agency, not a relation the quote must state.
    ("Quelle agence russe d'exportation d'armement sert d'intermédiaire aux achats kazakhs ?", []),
    ("Quand la construction du complexe Baiterek doit-elle commencer ?", ["build", "start"]),
])
def test_relations_asked_leave_out_reverses_and_noun_complements(question, relations):
    assert analyze_question(question).relations == relations


def test_land_handed_back_from_the_lease_is_answered(seeds_engine):
    answer = answered(seeds_engine, "How much land did Russia hand back from its lease at Kazakhstan's request?")
    assert not answer.abstained and "1,7 million d'hectares" in answer.highlight


def test_an_acronym_matches_the_name_its_initials_spell():
    vocabulary = {"union economique eurasienne": "ORG", "forum numerique annuel": "MISC",
                  "forces armees du kazakhstan": "ORG", "federation armee kazakhe": "ORG"}
    found = initials(vocabulary)
    assert found["union economique eurasienne"] == "uee"
    # Two names with the same initials abbreviate neither.
    assert "forces armees du kazakhstan" not in found and "federation armee kazakhe" not in found


@pytest.mark.parametrize(("question", "qtype", "byline"), [
    ("Qui signe le billet sur les technologies de communication imposées à la CEI ?", "who", True),
    ("Quel a été le chiffre d'affaires commercial russo-kazakh en 2021 ?", "number", False),
    ("What is the troop strength of the CSTO's rapid reaction force?", "number", False),
])
def test_question_forms_asking_a_byline_or_a_figure(question, qtype, byline):
    spec = analyze_question(question)
    assert (spec.qtype, spec.byline) == (qtype, byline)


@pytest.mark.parametrize("question", ["Какую должность занимает Смадияров?", "What position does Smadiyarov hold?"])
def test_the_post_a_person_holds_is_what_the_text_says_they_are(seeds_engine, question):
    # Without a person named, "what position" asks a rank: "What position does Kazakhstan hold …?"
    assert analyze_question("What position does Kazakhstan hold in the e-government ranking?").qtype == "other"
    answer = answered(seeds_engine, question)
    assert not answer.abstained and "porte-parole du ministère des Affaires étrangères" in answer.highlight


def test_a_list_of_things_no_tagger_names_is_still_a_list(seeds_engine):
    answer = answered(seeds_engine, "Quelles menaces communes la Russie et ses voisins affrontent-ils ?")
    assert not answer.abstained
    assert answer.highlight.startswith("du terrorisme à la criminalité organisée") and "l’extrémisme" in answer.highlight


@pytest.mark.parametrize("question", [
    "Mishustin claims Russian substitutes exist for what proportion of imported software?",
    "Quelle proportion des logiciels étrangers a un équivalent russe ?",
])
def test_a_proportion_asked_is_a_figure(question):
    assert analyze_question(question).qtype == "number"


@pytest.mark.parametrize(("question", "measured"), [
    ("Quel est le salaire moyen d'un militaire kazakh ?", "salaire"),
    ("What is the average salary of a Kazakh officer?", "salaire"),
    ("Quel âge ont les militaires kazakhs envoyés en formation en Russie ?", "âge"),
])
def test_a_specific_figure_asked_must_be_that_figure(seeds_engine, question, measured):
    spec = analyze_question(question)
    assert spec.qtype == "number" and spec.measured == analyze(measured)
    # The seeds give trade figures and counts of soldiers, never a salary or an age.
    answer = answered(seeds_engine, question)
    assert answer.abstained or answer.confidence < 0.5


@pytest.mark.parametrize(("question", "said"), [
    # The reverse the question itself asks answers it.
    ("How many hectares of land did Russia withdraw from the lease?", "1,7 million d'hectares"),
    # A yes/no question is answered "no" by the reverse of what it asks.
    ("Will Kazakhstan recognise the annexation referendums?", "ne reconnaîtrait pas"),
    # ... and by the relation under a synonym: "remplacer" asked, "supplantent" written.
    ("D'après Max Hess, Poutine craint-il que les Américains le remplacent dans la région ?", "ne s’inquiète pas"),
    # A person's statement asked with "What does X say", a name asked with "Name the X".
    ("What does Mishustin say the absence of home-grown solutions means?", "dépendance coloniale"),
    ("Name the missile range partly located in Kazakhstan.", "Kapustin Yar"),
    # A view asked ("Comment X perçoit-il Y ?") is stated by "X considère Y comme …".
    ("Comment Moscou perçoit-il le Kazakhstan ?", "arrière-cour"),
    # "the Putin article" says which article: Putin need not be in the quote.
    ("List the Central Asian countries named at the start of the Putin article.", "du Turkménistan"),
    # An area is stated in hectares without the word; an end date answers "for how much longer";
    # soldiers are the "militaires" the text counts.
    ("Quelle superficie l'armée russe a-t-elle rendue au Kazakhstan en la retirant du bail ?", "1,7 million d'hectares"),
    ("Après l'avenant de 2004, pour combien de temps encore la Russie peut-elle louer Baïkonour ?", "jusqu'en 2050"),
    ("Combien de soldats kazakhs étudient gratuitement dans les écoles militaires russes ?", "centaines de militaires"),
    # An English "who" is answered by a French passive's agent; a role by the name its holder has.
    ("Who approves the yearly bilateral cooperation plan?", "approuvé par les responsables des départements"),
    ("At the Almaty forum, what goal did the Russian premier set for the EAEU members?",
     "Mishustin a déclaré qu’une priorité stratégique"),
    # "the Mishustin article" still asks its byline.
    ("Who edited the Mishustin article?", "Nathalie Weatherald"),
])
def test_the_quote_holds_what_the_question_asks(seeds_engine, question, said):
    answer = answered(seeds_engine, question)
    assert not answer.abstained and said in answer.text


def test_a_document_cited_with_its_date_is_dated_by_its_signing(seeds_engine):
    # "citons la Déclaration d'Amitié … (juillet 1998)": no verb says signed, the date does.
    answer = answered(seeds_engine, "Quand a-t-on signé la Déclaration d'Amitié et d'Alliance Éternelle ?")
    assert not answer.abstained and answer.highlight == "juillet 1998"


def test_by_whom_is_answered_by_the_agent_of_a_passive_with_another_verb(seeds_engine):
    # Asked "validé", written "approuvé par les responsables …".
    answer = answered(seeds_engine, "Le plan annuel de coopération bilatérale est validé par qui ?")
    assert not answer.abstained and answer.highlight.startswith("les responsables des départements de la Défense")


@pytest.mark.parametrize(("question", "qtype", "relations", "defines"), [
    ("La proposition de loi est sortie quel jour ?", "date", [], ""),  # released, not left
    ("Quand le Kazakhstan est-il sorti de l'OTSC ?", "date", ["leave"], ""),
    ("Le RATS, c'est quoi exactement ?", "other", [], "rats"),
    ("C'est quoi l'OCS ?", "other", [], "ocs"),
    ("What will Baiterek be renamed to?", "name", ["rename"], ""),  # the new name: a renaming the quote must state
    ("Quel a été le volume des échanges kazakho-russes en 2022 ?", "number", [], ""),
    ("Comment l'article présente-t-il le Majilis ?", "other", [], ""),  # the article's words, not a statement
    ("What made Mishustin call off his Almaty visit?", "reason", ["visit", "cancel"], ""),
    ("Name the official who voiced the Kazakh foreign ministry's stance on the CSTO.", "who", [], ""),
    ("List the Central Asian countries named at the start of the Putin article.", "list", [], ""),
    ("Какой длины граница между Россией и Казахстаном?", "number", [], ""),
])
def test_question_forms(question, qtype, relations, defines):
    spec = analyze_question(question)
    assert (spec.qtype, spec.relations, spec.defines) == (qtype, relations, defines)


def test_trade_asked_is_answered_by_trade_under_another_name_not_by_another_count(seeds_engine):
    spec = analyze_question("À combien s'élevait le volume des échanges kazakho-russes en janvier-novembre 2022 ?")
    assert "commercial" in spec.measured  # "le chiffre d'affaires commercial" is the trade asked
    answer = answered(seeds_engine, "Quel a été le volume des échanges entre le Kazakhstan et la Russie en 2020 ?")
    # 2020 dates the count of students, not any trade figure.
    assert answer.abstained or answer.confidence < 0.5


def test_a_role_asked_with_a_relative_clause_wants_a_person(seeds_engine):
    answer = answered(seeds_engine, "Who is the Russian defence minister who signed the 2019-2021 partnership programme?")
    assert answer.abstained or answer.confidence < 0.5


@pytest.mark.parametrize(("question", "relations"), [
    ("Mishustin claims Russian substitutes exist for what share of imported software?", []),
    ("How many weapons were imported by Kazakhstan?", ["import"]),
    ("Pour combien d'années le nouvel accord militaire serait-il conclu ?", []),  # a duration
    ("Quand l'accord sur la défense aérienne a-t-il été conclu ?", ["sign"]),
])
def test_an_attributive_participle_or_a_duration_asks_no_relation(question, relations):
    assert analyze_question(question).relations == relations


def test_two_forms_of_one_word_name_the_same_agreement(seeds_engine):
    # "unifiée" asked, "unifié" written: the stemmer cuts them apart, the agreement is the same one.
    answer = answered(seeds_engine, "Quand l'accord sur la défense aérienne unifiée russo-kazakhe a-t-il été conclu ?")
    assert not answer.abstained and answer.highlight == "janvier 2013"


@pytest.mark.parametrize("question", [
    # "entre l'UE et le Kazakhstan" asked; the corpus gives the trade "entre le Kazakhstan et la Russie".
    "À combien s'est élevé le commerce entre l'UE et le Kazakhstan en 2022 ?",
    # Nothing in the seeds is called off or given up: the visit and the lease are not the answer.
    "What made Mishustin call off his Almaty visit?",
    "Pour quelle raison Moscou a-t-il renoncé au cosmodrome de Baïkonour ?",
    # No count of batteries, only hectares in the next sentence; no spending, only trade.
    "How many S-300PS batteries did Russia hand over to Kazakhstan?",
    "Combien le Kazakhstan a-t-il dépensé en armes russes ?",
])
def test_a_quote_that_states_something_else_than_asked_does_not_answer(seeds_engine, question):
    answer = answered(seeds_engine, question)
    assert answer.abstained or answer.confidence < 0.5


@pytest.mark.parametrize(("question", "said"), [
    # "the article" is the source, not a speaker: its own words describe the Majilis.
    ("Comment l'article présente-t-il le Majilis ?", "la chambre basse du parlement kazakh"),
    # "Russians" names Russia, and what is counted is the topic before the colon.
    ("Firms partly owned by Russians in Kazakhstan: how many are there?", "8 000"),
])
def test_the_article_as_source_and_english_demonyms(seeds_engine, question, said):
    spec = seeds_engine.answerer.analyze(question)
    assert spec.speaker == "" and not spec.unknown_names
    answer = answered(seeds_engine, question)
    assert not answer.abstained and said in answer.text


@pytest.mark.parametrize(("question", "measure"), [
    ("How many S-300PS systems did Russia supply?", "system"),  # the designation is not the unit
    ("Firms partly owned by Russians in Kazakhstan: how many are there?", "entreprise"),  # the topic is counted
])
def test_what_is_counted(question, measure):
    assert analyze_question(question).measure == measure


def test_a_role_counted_is_answered_in_another_unit(seeds_engine):
    answer = answered(seeds_engine, "Combien de membres compte l'alliance militaire OTSC ?")
    assert not answer.abstained and answer.highlight == "six pays"


@pytest.mark.parametrize("question", [
    "Combien de soldats russes sont stationnés au Kazakhstan ?",  # the militaires counted are Kazakh
    "How many tanks has Russia sold Kazakhstan?",  # firms are not tanks
    "What annual fee does Kazakhstan receive for the Kapustin Yar missile site?",  # a sum about something else
    "What led Astana to back the annexation of Kherson and Zaporizhzhia?",  # the text says it refused
    "Quand la Russie a-t-elle rendu le cosmodrome de Baïkonour au Kazakhstan ?",  # the lease was extended
])
def test_a_figure_of_other_things_or_the_reverse_of_what_is_asked_does_not_answer(seeds_engine, question):
    assert answered(seeds_engine, question).abstained


@pytest.mark.parametrize(("question", "qtype", "measure", "speaker", "relations"), [
    ("Qui sont les membres de l'OTSC ?", "list", "", "", ["member"]),  # people of a bloc: its members, listed
    ("Qui fait partie de l'UEE ?", "list", "", "", ["member"]),
    ("Quelle a été la réponse de Moscou à la fermeture de la mission commerciale ?", "say", "", "moscou", []),
    ("À quelle échéance les travaux de Baiterek sont-ils envisagés ?", "date", "", "", []),
    ("For what term is the draft defence pact meant to run?", "number", "duration", "", []),
    ("What is Moscow's annual lease bill for the launch site?", "number", "money", "", ["rent"]),
    ("Combien d'anciennes républiques soviétiques appartiennent à la CEI ?", "number", "pays", "", ["member"]),
])
def test_question_forms_of_members_reactions_deadlines_and_bills(question, qtype, measure, speaker, relations):
    spec = analyze_question(question)
    assert (spec.qtype, spec.measure, spec.speaker, spec.relations) == (qtype, measure, speaker, relations)


@pytest.mark.parametrize(("question", "relations"), [
    ("Pourquoi le Kazakhstan a-t-il soutenu l'annexion de Kherson ?", ["annex", "support"]),
    ("Quand la Russie a-t-elle rendu le cosmodrome de Baïkonour au Kazakhstan ?", ["return"]),
    ("Quel dirigeant étranger s'est rendu au Kazakhstan une semaine avant Poutine ?", []),  # went, returned nothing
    ("Le record de chiffre d'affaires a été rendu public quel mois ?", []),
])
def test_support_and_return_are_relations_a_quote_must_state(question, relations):
    assert analyze_question(question).relations == relations


def test_a_french_acronym_is_a_known_name(seeds_engine):
    spec = seeds_engine.answerer.analyze("Jusqu'à quel rang le pays est-il monté au palmarès ONU du gouvernement numérique ?")
    assert spec.unknown_names == []  # the text writes "Nations Unies"


def test_who_is_answered_by_a_subject_no_tagger_names():
    from qa.answer.spans import typed_spans

    text = "Le locataire est responsable des dégradations survenant dans le logement."
    assert typed_spans(text, {"ents": []}, "who", "Qui est responsable des dégradations d'un logement ?") == [(0, 12)]


@pytest.mark.parametrize(("question", "qtype", "measure", "relations"), [
    ("Quel porte-parole kazakh s'est exprimé sur la guerre ?", "who", "", []),  # a person answers
    ("Which Russian state exporter handles Kazakhstan's arms purchases?", "who", "", []),  # a body, not "export"
    ("Quel exportateur russe gère les achats kazakhs ?", "who", "", []),
    ("Vers où veulent-ils exporter ensemble leur production ?", "other", "", ["export"]),  # the French verb is one
    ("Over what distance do Russia and Kazakhstan share a land border?", "number", "length", []),
    ("Quelle surface reste louée à l'armée russe ?", "number", "area", ["remain", "rent"]),  # what is left
    ("D'où partait Astana dans le palmarès onusien avant sa remontée ?", "other", "", []),  # a rank, not a place
])
def test_the_noun_asked_says_what_answers(question, qtype, measure, relations):
    spec = analyze_question(question)
    assert (spec.qtype, spec.measure, spec.relations) == (qtype, measure, relations)


def test_russian_capitals_name_their_countries():
    assert analyze_question("Что Москва подарила Астане для усиления ПВО?").countries == ["kazakhstan", "russie"]


@pytest.mark.parametrize(("question", "said"), [
    # The statement's topic (the CSTO) is named in the paragraphs around it, not in it.
    ("Quel porte-parole kazakh s'est exprimé sur l'OTSC et la guerre ?", "Aybek Smadiyarov"),
    ("What share of Russian space launches leave from Baikonur?", "la majorité"),  # a share in words
    ("What was Kazakhstan's rank in online services before its rise?", "de la 16e à la 8e place"),
])
def test_a_person_a_share_or_a_rank_asked_is_the_highlight(seeds_engine, question, said):
    answer = answered(seeds_engine, question)
    assert not answer.abstained and said in answer.highlight


def test_a_role_asked_by_which_wants_its_holder_not_a_document(seeds_engine):
    assert answered(seeds_engine, "Quel ministre kazakh a paraphé le traité militaire de mars 1994 ?").abstained


def test_two_examples_after_comme_make_a_list():
    from qa.answer.spans import typed_spans

    text = "Tous les régimes, y compris ceux qui font des affaires avec l'Occident, comme l'Ouzbékistan et le Kazakhstan."
    a, b = text.index("Ouzbékistan"), text.index("Kazakhstan")
    ents = {"ents": [[a, a + len("Ouzbékistan"), "LOC"], [b, b + len("Kazakhstan"), "LOC"]]}
    assert typed_spans(text, ents, "list", "Quels pays font des affaires avec l'Occident ?") == [(a, b + len("Kazakhstan"))]


@pytest.mark.parametrize(("question", "relations"), [
    ("When did the CSTO send troops to Kazakhstan?", ["deploy"]),
    ("Combien de soldats russes sont stationnés au Kazakhstan ?", ["deploy"]),
    ("Which message did Putin send to the CIS?", []),  # a message sent is no deployment
])
def test_troops_sent_are_a_relation_a_quote_must_state(question, relations):
    assert analyze_question(question).relations == relations


def test_a_date_of_another_event_does_not_date_a_deployment(seeds_engine):
    # The seeds date treaties and declarations, never a deployment of troops.
    assert answered(seeds_engine, "When did the CSTO send troops to Kazakhstan?").abstained


def test_the_body_a_question_names_does_not_answer_who_leads_it():
    from qa.answer.spans import typed_spans

    text = "Depuis 1997, une Commission Intergouvernementale sur la Coopération est en place."
    a = text.index("Commission")
    ents = {"ents": [[a, a + len("Commission Intergouvernementale"), "ORG"]]}
    # The English question's "intergovernmental commission" is the French name: it adds nothing.
    assert typed_spans(text, ents, "who", "Who runs the intergovernmental commission?") == []
    c = text.index("Coopération")
    ents["ents"].append([c, c + len("Coopération"), "MISC"])
    assert typed_spans(text, ents, "who", "Qui préside la commission intergouvernementale ?") == []  # a person leads


def test_a_time_between_two_events_is_not_how_long_one_lasted():
    from qa.answer.spans import typed_spans

    text = "Poutine est au Kazakhstan jeudi, une semaine après la visite de Macron."
    a = text.index("une semaine")
    ann = {"amounts": [[a, a + len("une semaine"), "1 semaine"]]}
    assert typed_spans(text, ann, "number", "Combien de jours dure la visite de Poutine ?") == []
    assert typed_spans(text, ann, "number", "Combien de temps après Macron Poutine arrive-t-il ?") == [(a, a + 11)]


@pytest.mark.parametrize(("question", "measure"), [
    ("Combien de terrain l'armée russe a-t-elle rendu ?", "area"),
    ("À combien s'élèvent les investissements russes au Kazakhstan ?", "money"),
])
def test_land_and_investment_are_measured_in_their_units(question, measure):
    assert analyze_question(question).measure == measure


def test_given_for_free_is_not_why_something_was_charged(seeds_engine):
    # False premise: the seeds say the S-300PS were given free of charge.
    assert answered(seeds_engine, "Pour quelle raison Moscou a-t-il facturé les S-300PS à Astana ?").abstained
    answer = answered(seeds_engine, "Combien Astana a-t-elle payé pour obtenir les S-300PS ?")
    assert not answer.abstained and "gratuitement" in answer.text  # nothing paid is an amount paid


def test_a_treaty_dated_by_its_month_is_not_about_that_month(seeds_engine):
    # "de mai 1992" dates the treaty; read as its topic, it made the sentence naming it "another treaty".
    question = ("Grâce à quel traité de mai 1992 le Kazakhstan est-il devenu le premier pays de la CEI à "
                "s'allier ainsi à Moscou ?")
    assert analyze_question(question).subjects == []
    assert analyze_question("Que prévoit le traité d'amitié de 1992 ?").subjects  # a topic is still read
    answer = answered(seeds_engine, question)
    assert not answer.abstained and "Traité d'Amitié" in answer.text


@pytest.mark.parametrize(("question", "qtype", "relations"), [
    ("Nombre exact de lanceurs S-300PS remis à l'armée kazakhe ?", "number", []),  # launchers, not launched
    ("Number of S-300 systems delivered?", "number", ["deliver"]),
    ("Quelle quantité de lanceurs l'armée kazakhe a-t-elle reçue ?", "number", []),
])
def test_a_question_opening_on_the_number_of_asks_a_count(question, qtype, relations):
    spec = analyze_question(question)
    assert (spec.qtype, spec.relations) == (qtype, relations)


def test_a_model_designation_counts_nothing(seeds_engine):
    from qa.answer.spans import typed_spans

    text = "la Russie a fourni au Kazakhstan des systèmes de missiles antiaériens S-300PS."
    a = text.index("300")
    assert typed_spans(text, {"amounts": [[a, a + 3, "300"]]}, "number", "Combien de lanceurs ?") == []
    # The seeds never say how many were given: the count asked is absent, whatever the phrasing.
    for question in ("Nombre exact de lanceurs S-300PS remis à l'armée kazakhe ?",
                     "Quelle quantité de lanceurs antiaériens russes l'armée kazakhe a-t-elle reçue ?"):
        assert answered(seeds_engine, question).abstained


def test_who_held_a_role_at_a_time_asks_a_name(seeds_engine):
    # "when …" ended no role: the sentence where "the defence ministers signed" was quoted at 99 %.
    question = "Who was Kazakhstan's defence minister when the 2019-2021 programme was signed?"
    assert analyze_question(question).role
    assert analyze_question("Qui était le président en 2019 ?").role == "president"
    assert answered(seeds_engine, question).abstained  # the seeds never name him


@pytest.mark.parametrize("question", ["Annual rent Moscow hands Astana for the launch site?",
                                      "Loyer annuel de Baïkonour ?", "Population du Kazakhstan ?"])
def test_a_question_that_is_only_a_figure_noun_asks_a_number(question):
    assert analyze_question(question).qtype == "number"


def test_a_figure_noun_followed_by_a_question_word_is_not_a_number_question():
    assert analyze_question("Budget : qui le vote ?").qtype != "number"


@pytest.mark.parametrize(("question", "measure"), [
    ("The cosmodrome rental agreement was renewed in 2004: how long does Russia now hold it for?", "duration"),
    ("How long is the border between the two countries?", "length"),
    ("How long does the border stretch?", "length"),
    ("Hors les 8 000 sociétés à capital russe, on compte combien de joint-ventures ?", "coentreprise"),
])
def test_how_long_with_a_verb_asks_a_time_and_a_hyphenated_noun_is_counted_whole(question, measure):
    assert analyze_question(question).measure == measure


def test_a_lease_held_until_a_year_answers_how_long(seeds_engine):
    answer = answered(seeds_engine, "The cosmodrome rental agreement was renewed in 2004: how long does Russia "
                                    "now hold it for?")
    assert not answer.abstained and answer.highlight == "jusqu'en 2050"


def test_an_answer_does_not_depend_on_the_process_hash_seed(seeds_engine):
    # Python salts str hashes per process: a set iterated into a choice made this question read
    # "России" as the name "russie" in some processes only, and its confidence moved (0.44 / 0.45).
    settings = seeds_engine.settings
    code = (
        "import sys\n"
        "from qa.cli import cli\n"
        "cli(['--corpus', sys.argv[1], '--embeddings', sys.argv[2], 'ask', 'Кто министр обороны России?', '--json'],"
        " standalone_mode=False)\n"
    )
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code, str(settings.corpus_dir), str(settings.embeddings_dir)],
                             capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=True)
        answer = json.loads(out.stdout[out.stdout.index("{"):])
        answer.pop("latency_ms")
        outputs.append(answer)
    assert outputs[0] == outputs[1]


def test_a_count_of_nationals_is_never_a_sum_of_money(seeds_engine):
    # "combien de Russes" had no unit: "115 millions de dollars" answered it at 0.80.
    assert answered(seeds_engine, "Combien de Russes vivent dans la ville de Baïkonour ?").abstained
    # People under any name still answer it.
    answer = answered(seeds_engine, "Les écoles militaires russes forment sans frais combien de Kazakhs ?")
    assert not answer.abstained and answer.highlight == "plusieurs centaines de militaires"


@pytest.mark.parametrize(("question", "names", "people"), [
    ("What did Tokayev say about the war in Ukraine?", ["tokayev"], ["tokayev"]),
    ("Что сказал Токаев о войне на Украине?", ["токаев"], ["токаев"]),
    ("Did Mishustin meet President Zhaparov?", ["zhaparov"], ["zhaparov"]),
    ("Did Mishustin meet President Japarov?", ["japarov"], ["japarov"]),
    ("Did Mishustin meet President Kubat?", ["kubat"], ["kubat"]),  # a title names a person
    ("Growth rate of bilateral trade, Jan-Nov 2022", ["jan-nov"], []),
    ("What explains the departures from the Commonwealth of Independent States?",
     ["commonwealth", "independent", "states"], []),
])
def test_a_name_the_corpus_lacks_is_told_a_person_by_its_ending_or_title(question, names, people):
    assert person_names(question, names) == people


def test_a_declined_russian_form_of_a_known_name_is_known(seeds_engine):
    spec = seeds_engine.answerer.analyze("Какой бюджет предусмотрен на цифровой центр, предложенный Смаиловым?")
    assert spec.unknown_names == []


@pytest.mark.parametrize("question", ["Did Mishustin hold talks with President Tokayev during the Almaty trip?",
                                      "Что сказал Токаев о войне на Украине?"])
def test_what_a_person_the_corpus_never_names_did_is_declined(seeds_engine, question):
    answer = answered(seeds_engine, question)
    assert answer.abstained and answer.constraints.get("not_in_corpus")


@pytest.mark.parametrize(("question", "parties"), [
    ("Give the value of the European Union's commerce with Astana for the first eleven months of 2022",
     {"ue", "kazakhstan"}),
    ("Quel est le commerce de l'UE avec le Kazakhstan ?", {"ue", "kazakhstan"}),
])
def test_the_sides_of_a_trade_are_read_from_with_as_well_as_between(question, parties):
    assert analyze_question(question).parties == parties


def test_trade_between_other_sides_or_an_investment_asked_is_not_the_kazakh_russian_turnover(seeds_engine):
    # Both were answered "23,6 milliards de dollars", the Kazakhstan–Russia trade turnover.
    for question in ("Give the value of the European Union's commerce with Astana for the first eleven months of 2022",
                     "À combien se montent les investissements russes au Kazakhstan ?",
                     "How much have Russian companies invested in Kazakhstan?"):
        assert answered(seeds_engine, question).abstained, question


def test_an_organisation_named_in_english_is_not_an_unknown_name(seeds_engine):
    # "Commonwealth", "Independent", "States" were each counted as names the corpus lacks.
    for question in ("What explains the recent departures from the Commonwealth of Independent States?",
                     "Is Putin worried that the United States will fully displace Russia in the region?"):
        assert seeds_engine.answerer.analyze(question).unknown_names == [], question


def test_a_sum_asked_is_never_a_count_of_things(seeds_engine):
    # "À combien s'élevait …" was answered "deux pays" at 0.97; "what … would cost" by a sentence with no sum.
    for question in ("À combien se chiffrait le commerce bilatéral record annoncé en décembre ?",
                     "What did Smailov say the Almaty competence centre would cost to open?"):
        assert answered(seeds_engine, question).abstained, question
    answer = answered(seeds_engine, "Во сколько обходится России аренда Байконура?")
    assert not answer.abstained and answer.highlight == "115 millions de dollars"


def test_the_date_of_an_article_is_checked_against_the_document_not_the_quote(seeds_engine):
    spec = analyze_question("Who wrote the September 2021 story about the Majilis vote?")
    assert [d.key() for d in spec.published] == ["2021-09"] and spec.dates == []
    assert [d.key() for d in analyze_question("Quel texte de 1992 régit la formation des officiers ?").dates] == ["1992"]
    # The story is dated 22 September 2021; its sentence says "le 23 juin dernier" of Russia's ratification.
    answer = answered(seeds_engine, "In the September 2021 story, which chamber of parliament approved the ratification?")
    assert not answer.abstained and "Le Majilis" in answer.text
    assert answered(seeds_engine, "In the 2019 article, which chamber of parliament approved the ratification?").abstained


def test_a_month_outside_the_period_a_figure_covers_is_not_answered_by_it(seeds_engine):
    # The turnover is given for "janvier-novembre 2022": it was the answer for December alone at 0.97.
    assert answered(seeds_engine, "How much was Kazakh-Russian trade worth in December 2022?").abstained


@pytest.mark.parametrize(("question", "qtype"), [
    ("Quels anciens États soviétiques ont quitté la Communauté ?", "list"),
    ("Name every country that the Central Asia region is made of.", "list"),
    ("La fusée commune pourrait changer d'appellation : laquelle ?", "name"),
])
def test_more_ways_of_asking_a_list_or_a_name(question, qtype):
    assert analyze_question(question).qtype == qtype


def test_a_ranking_named_before_where_asks_a_rank(seeds_engine):
    answer = answered(seeds_engine, "Dans le classement de l'ONU sur l'e-gouvernement, où se place aujourd'hui le pays ?")
    assert not answer.abstained and "28e" in answer.text


def test_a_role_said_another_way_is_no_title_the_quote_must_name(seeds_engine):
    assert analyze_question("Quand le chef du gouvernement russe est-il venu à Almaty ?").titles == []
    assert analyze_question("Quel jour la venue à Almaty du Premier ministre russe a-t-elle eu lieu ?").titles == []
    answer = answered(seeds_engine, "Quel jour le chef du gouvernement russe était-il en visite à Almaty ?")
    assert not answer.abstained and answer.highlight == "vendredi 3 février"


def test_a_yes_no_question_on_a_country_needs_that_country_or_the_list(seeds_engine):
    # The Majilis sentence, which names neither Moldova nor the members, answered this at 0.93.
    answer = answered(seeds_engine, "Moldova: does the 2021 communications piece count it among CIS members?")
    assert answer.abstained or "la Moldavie" in answer.text


def test_what_explains_asks_a_reason():
    assert analyze_question("What explains the drop in CIS membership?").qtype == "reason"


def test_a_country_s_reaction_is_not_what_another_country_said(seeds_engine):
    # "Le Kazakhstan affirme que … la Russie" answered "How did Moscow react …?" at 0.93.
    assert analyze_question("How did Moscow respond to Astana shutting its trade mission?").speaker == "moscow"
    answer = answered(seeds_engine, "Quelle fut la position russe quand Astana a fermé sa mission commerciale ?")
    assert answer.abstained or "La réponse russe" in answer.text
    assert "Le Kazakhstan affirme" not in answered(seeds_engine, "How did Moscow respond to Astana shutting its trade mission?").text


def test_a_person_s_view_is_not_a_sentence_where_a_country_announces(seeds_engine):
    # The lead ("… la visite du Premier ministre russe …, où le Kazakhstan a annoncé …") answered this.
    for question in ("D'après le Premier ministre russe, ne pas disposer de ses propres solutions, c'est quoi ?",
                     "Selon le Premier ministre russe, l'absence de solutions nationales équivaut à quoi ?"):
        answer = answered(seeds_engine, question)
        assert not answer.text.startswith("Les relations complexes"), question
        assert answer.abstained or "déclaré" in answer.text or "«" in answer.text, question


def test_a_day_given_to_another_person_or_country_does_not_date_the_event_asked(seeds_engine):
    # "Poutine est au Kazakhstan jeudi, … une semaine après la visite … d'Emmanuel Macron": "jeudi"
    # answered when Macron landed (0.89) and when Putin visited Uzbekistan (0.95).
    for question in ("Quel jour Emmanuel Macron est-il arrivé à Astana ?", "Когда Путин побывал в Узбекистане?"):
        assert answered(seeds_engine, question).abstained, question
    # Quoted right; since this version's refit it is shown at 0.52, just under the threshold.
    answer = forced(seeds_engine, "Quel jour Poutine se trouvait-il au Kazakhstan ?")
    assert answer.highlight == "jeudi"


def test_a_russian_count_of_nationals_is_answered_by_people_of_any_name(seeds_engine):
    # "казахстанцев" was read as a unit no quote states: the "60 000 étudiants" sentence was declined
    # (or shown at 0.5 to 0.6, as if a unit were wrong).
    assert analyze_question("Сколько казахстанцев училось в российских университетах в 2020 году?").measure == "ressortissant"
    answer = answered(seeds_engine, "Сколько казахстанцев училось в российских университетах в 2020 году?")
    assert not answer.abstained and "60 000" in answer.highlight


def test_a_price_tag_asks_a_sum(seeds_engine):
    # Answered at 0.94 by the sentence on the project's delay, which states no sum.
    assert analyze_question("What price tag was put on the Baiterek rocket complex?").qtype == "number"
    assert answered(seeds_engine, "What price tag was put on the Baiterek rocket complex?").abstained


def test_which_and_a_person_three_words_later_asks_a_person(seeds_engine):
    # "Which Kazakh deputy defence minister …" was answered by the sentence naming only his post.
    assert analyze_question("Which Kazakh deputy defence minister spoke about the accord?").qtype == "who"
    answer = answered(seeds_engine, "Which Kazakh deputy defence minister spoke about the Russian-supplied equipment?")
    assert answer.abstained or "Timour Dandybaiev" in answer.text


def test_initialled_is_signed(seeds_engine):
    assert analyze_question("Quand l'accord sur la liaison des armées de la CEI a-t-il été paraphé ?").relations == ["sign"]
    answer = forced(seeds_engine, "Quand l'accord sur la liaison des armées de la CEI a-t-il été paraphé ?")
    assert "29 mai 2020" in answer.text


def test_businesses_counted_in_english_are_the_companies_the_quote_counts(seeds_engine):
    # "businesses" and "Russian-owned or part-owned companies" were read as units no quote states.
    for question in ("How many businesses with Russian capital operate in Kazakhstan?",
                     "Roughly how many Russian-owned or part-owned companies operate in Kazakhstan?"):
        assert analyze_question(question).measure == "entreprise", question
        answer = answered(seeds_engine, question)
        assert not answer.abstained and "8 000" in answer.highlight, question


def test_a_context_given_for_an_aim_is_its_reason(seeds_engine):
    # "La Russie veut maintenir son pied en Asie centrale … dans un contexte de concurrence …" was
    # declined as giving no reason.
    answer = answered(seeds_engine, "Pour quelle raison la Russie veut-elle rester présente en Asie centrale ?")
    assert not answer.abstained and "concurrence économique" in answer.highlight


def test_a_list_of_principles_of_states_is_not_a_list_of_states(seeds_engine):
    # "states'" after "of" qualifies what is listed: the three principles were declined as no list of places.
    answer = answered(seeds_engine, "List the principles of states' relations that Kazakhstan says it supports.")
    assert not answer.abstained and "l’égalité souveraine" in answer.highlight


def test_a_day_asked_before_a_person_noun_is_a_date_question():
    assert analyze_question("Quel jour le chef du gouvernement russe est-il arrivé à Almaty ?").qtype == "date"


def test_a_question_that_offers_its_answers_is_answered_by_a_quote_naming_one(seeds_engine):
    # "l'UE ou la Russie ?": the sentence naming both was declined as naming no person or body.
    answer = answered(seeds_engine, "Qui est le premier partenaire commercial du Kazakhstan, l'UE ou la Russie ?")
    assert not answer.abstained and "L’UE dans son ensemble" in answer.text


def test_a_yes_no_question_on_something_the_corpus_never_names_is_declined(seeds_engine):
    # The Majilis sentence said yes, at 0.97, to a question about the Senate, which no seed names.
    assert answered(seeds_engine, "Did the Kazakh Senate vote for the CIS signals agreement as well?").abstained


def test_an_organisation_before_the_noun_of_a_which_question_qualifies_it(seeds_engine):
    # "Which CIS country …" was read as asking a "CIS": the quote's highlight was Vladimir Poutine.
    answer = forced(seeds_engine, "Which CIS country did Macron visit besides Kazakhstan?")
    assert answer.highlight == "Ouzbékistan"


@pytest.mark.parametrize(("question", "entity"), [
    ("Сколько стран входит в Содружество?", "cei"),
    ("Кто основал Евразийский экономический союз?", "uee"),
])
def test_organisations_named_in_russian_are_the_corpus_s_own(question, entity, seeds_engine):
    # "Содружества" was a name the corpus lacks, which lowers confidence like an unknown person.
    spec = seeds_engine.answerer.analyze(question)
    assert entity in spec.entities and not spec.unknown_names


def test_a_fraction_or_proportion_asked_is_a_share(seeds_engine):
    # "quelle fraction" was answered "plusieurs centaines de militaires", a count.
    assert analyze_question("Les Kazakhs font quelle fraction des cadets de la CEI ?").measure == "percent"
    assert analyze_question("What proportion of CIS cadets trained in Russia are Kazakh?").measure == "percent"
    answer = answered(seeds_engine, "Quelle fraction des militaires de la CEI formés en Russie vient du Kazakhstan ?")
    assert not answer.abstained and "un tiers" in answer.highlight


def test_whose_approval_is_asked_is_the_agent_of_the_approval(seeds_engine):
    # "… reçoit l'aval de qui ?" was declined: "approuvé par les responsables …" named no person.
    answer = answered(seeds_engine, "Le plan de coopération bilatérale annuel obtient le feu vert de qui ?")
    assert not answer.abstained and "responsables des départements de la Défense" in answer.highlight


def test_a_source_named_after_what_it_wrote_is_its_speaker(seeds_engine):
    # "…, écrit DW": no verb of saying was read, and a two-letter name was never found.
    answer = answered(seeds_engine, "Comment DW présente-t-il le Kazakhstan ?")
    assert not answer.abstained and "la plus grande et la plus riche" in answer.text


def test_a_medium_asked_is_a_name_the_quote_says_it_was_told_or_written_by(seeds_engine):
    # "à Almaty" after a visit was taken for "a déclaré à CNBC": Almaty answered at 0.92.
    answer = answered(seeds_engine, "Which news outlet is quoted about Kazakhstan's very close links with Russia?")
    assert answer.abstained or answer.highlight == "DW"
    assert analyze_question("Which news outlet is quoted about Kazakhstan's very close links with Russia?").relations == []


def test_which_country_is_answered_by_a_country_not_a_region(seeds_engine):
    # "Asie centrale" was the answer to which country Russians rank first, ahead of Kazakhstan.
    answer = forced(seeds_engine, "Which country do Russians see as a closer friend than Kazakhstan?")
    assert answer.highlight != "Asie centrale"


def test_a_russian_count_of_companies_named_with_an_adjective_counts_companies(seeds_engine):
    # "российских компаний" was read as counting "российских" (and "компаний" was never found: the
    # lookup folds "й" to "и"), so the 8 000 companies were declined as another unit.
    assert analyze_question("Сколько российских фирм действует в Казахстане?").measure == "entreprise"
    assert analyze_question("Сколько совместных предприятий в Казахстане?").measure == "coentreprise"
    answer = answered(seeds_engine, "Сколько российских компаний ведут бизнес в Казахстане?")
    assert not answer.abstained and "8 000" in answer.highlight


def test_where_a_country_ranked_asks_a_rank_not_a_place(seeds_engine):
    assert analyze_question("Where did Kazakhstan rank in the UN online-services ranking?").qtype == "other"
    answer = answered(seeds_engine, "Where did Kazakhstan rank in the United Nations e-government index before 2018?")
    assert not answer.abstained and "39e" in answer.text


def test_which_republics_asks_a_list():
    assert analyze_question("Quelles républiques composent l'Asie centrale ?").qtype == "list"
    assert analyze_question("Which republics make up Central Asia?").qtype == "list"


def test_a_book_is_not_an_opening():
    # "ouvrage" (a book) was read as "ouvrir": the sentence naming the book was declined as opening nothing.
    assert "open" not in analyze_question("Quel ouvrage Max Hess a-t-il écrit ?").relations


def test_a_budget_set_aside_asks_a_sum_not_a_statement(seeds_engine):
    # "What budget did Moscow set …" was read as "what did Moscow set out": answered at 0.86 by the
    # agreement's aim, which states no sum.
    spec = analyze_question("What budget did the Kremlin set aside for the shared signals system?")
    assert (spec.qtype, spec.measure) == ("number", "money")
    assert answered(seeds_engine, "What budget did the Kremlin set aside for the shared signals system?").abstained


def test_a_question_on_what_a_protest_or_a_death_is_not_answered_by_another_event(seeds_engine):
    # Each was answered at 0.81 to 0.94: Astana's own reason for the closure, the four regions, the
    # lease running to 2050.
    for question in ("Pourquoi Moscou a-t-il protesté contre la suppression de la mission commerciale kazakhe ?",
                     "Combien de soldats kazakhs ont été tués en Ukraine ?",
                     "In which year will Russia give Baikonur back to the Kazakhs?"):
        assert answered(seeds_engine, question).abstained, question
    assert "return" in analyze_question("When does Moscow hand the cosmodrome back?").relations
    # "государств" holds the letters of "осуд" (condemn): a count of states asks no protest.
    assert analyze_question("Сколько государств входит в СНГ?").relations != ["protest"]


def test_the_words_naming_the_source_article_are_not_words_the_quote_must_share(seeds_engine):
    # "… d'après l'article sur le voyage de Poutine": the sentence on Putin's trip was quoted for
    # sharing "voyage" and "Poutine", not the one listing the republics.
    assert "voyag" not in analyze_question(
        "Quels pays composent l'Asie centrale d'après l'article sur le voyage de Poutine ?").terms


def test_an_agreement_asked_is_never_highlighted_as_a_person(seeds_engine):
    # "What agreements did Macron sign …?" highlighted "Vladimir Poutine" at 0.91.
    for question in ("Which agreements did Emmanuel Macron sign during his visit to Kazakhstan?",
                     "Quels accords Macron a-t-il signés lors de sa visite au Kazakhstan ?"):
        answer = forced(seeds_engine, question)
        # no name of that kind: the whole quote is shown, not a person picked out of it
        assert answer.highlight == answer.text or not any(
            name in answer.highlight for name in ("Poutine", "Macron", "Kazakhstan")), question


def test_a_season_asked_is_a_date(seeds_engine):
    # "in which season" was untyped: the sentence on Central Asia was shown, not "cet été".
    assert analyze_question("À quelle saison ont eu lieu les sommets avec les dirigeants occidentaux ?").qtype == "date"
    question = "In what season did Central Asia's leaders hold their widely covered meetings with Western counterparts?"
    answer = forced(seeds_engine, question)
    assert answer.highlight == "cet été"


def test_whose_name_as_editor_of_a_report_asks_the_byline(seeds_engine):
    question = "Whose name is printed as editor at the bottom of the report on the trade mission?"
    assert analyze_question(question).byline
    answer = forced(seeds_engine, question)
    assert answer.highlight == "Nathalie Weatherald"


def test_a_launch_project_asks_no_launch():
    assert "launch" not in analyze_question("What new name may the delayed launch project take?").relations
    assert "launch" in analyze_question("When will the first rocket launch from Baiterek take place?").relations


def test_a_common_noun_the_tagger_once_took_for_a_name_is_not_a_name_asked(seeds_engine):
    # "défense" is tagged a place in the corpus ("ministère de la Défense"): "la coopération de
    # défense" made the quote stating the principles break a name constraint, and qa declined.
    question = "Sur quoi est fondée la coopération de défense actuelle entre les deux pays ?"
    assert "defense" not in answered(seeds_engine, question).constraints.get("entities", [])
    assert analyze_question("Quand Moscou a-t-il ratifié l'accord ?").entities == []  # no vocabulary: nothing to drop
    answer = forced(seeds_engine, question)
    assert "principe d'égalité" in answer.text


def test_stopping_using_a_base_is_giving_it_up(seeds_engine):
    # False premise ("Russia stopped using Baikonur in 2004"): the lease extended that year was quoted at 0.85.
    assert "abandon" in analyze_question("Why did Moscow stop using the Baikonur cosmodrome?").relations
    assert answered(seeds_engine, "For what reason did the Russians stop using the Baikonur launch site in 2004?").abstained


def test_a_russian_statement_question_with_its_speaker_before_the_verb_quotes_the_speaker(seeds_engine):
    # "Что Путин призвал …" was untyped (only "что призвал" was read): the OTSC sentence was shown,
    # or nothing.
    spec = analyze_question("К чему Путин призвал членов СНГ?")
    assert spec.qtype == "say"
    answer = answered(seeds_engine, "К чему Путин призвал членов СНГ?")
    assert not answer.abstained and "renforcer leur sécurité collective" in answer.highlight
    answer = answered(seeds_engine, "Что Мишустин заявил о западных поставщиках?")
    assert not answer.abstained and "entreprises occidentales" in answer.text


def test_which_former_soviet_republics_asks_a_list_and_per_the_piece_names_the_source(seeds_engine):
    # Read as untyped, with "piece", "Putin" and "trip" as words to match: Putin's statement was
    # quoted at 0.93, not the sentence listing the members.
    question = "Which ex-Soviet republics belong to the CIS nowadays, per the story on Putin's visit?"
    spec = analyze_question(question)
    assert spec.qtype == "list" and "putin" not in spec.terms
    answer = forced(seeds_engine, question)
    assert "l’Arménie, l’Azerbaïdjan" in answer.text


def test_an_english_who_question_finds_the_subject_of_the_french_verb(seeds_engine):
    # "announced" was looked for as written, never as "ont annoncé": qa declined, though the quote
    # names who announced it.
    answer = forced(seeds_engine, "Who announced in December that trade between the two neighbours hit a record?")
    assert answer.highlight == "les premiers ministres des deux pays voisins"


def test_building_a_partnership_or_asking_about_a_closure_asks_no_building_or_closing(seeds_engine):
    assert "build" not in analyze_question("Over what period should the two states build their military partnership?").relations
    assert "build" in analyze_question("Who built Russia's new space port?").relations
    question = "Who asked Russia's officials about Moscow's reaction to the closure of the mission?"
    assert "close" not in analyze_question(question).relations
    assert forced(seeds_engine, question).highlight == "les journalistes russes à Almaty"


def test_which_ministers_asks_people_not_the_person_named_or_a_forum(seeds_engine):
    # The plural was untyped: the list of the union's members was quoted at 0.96.
    assert analyze_question("Which Kazakh ministers went to Moscow with Smailov?").qtype == "who"
    assert analyze_question("Quel objectif le chef du gouvernement poursuit-il ?").qtype != "who"
    answer = answered(seeds_engine, "Which Russian ministers accompanied Mishustin on his Almaty trip?")
    assert answer.abstained, answer.highlight


def test_a_russian_count_asked_from_whom_is_a_count(seeds_engine):
    question = "Из скольких стран состоит ОДКБ?"
    assert analyze_question(question).qtype == "number"
    assert forced(seeds_engine, question).highlight == "six pays"


def test_a_count_written_in_words_answers_how_many(seeds_engine):
    # "plusieurs centaines" was no count, and "dans les universités russes" no place: the sentence on
    # the training agreement was quoted, its highlight "deux".
    answer = forced(seeds_engine, "About how many Kazakh servicemen study for free in Russia's military universities?")
    assert "plusieurs centaines" in answer.highlight


def test_concluding_that_is_not_concluding_a_treaty():
    assert "sign" not in analyze_question("Does the author conclude that the cooperation was a success?").relations
    assert "sign" not in analyze_question("L'auteur conclut-il que la coopération est efficace ?").relations
    assert "sign" in analyze_question("When did the two countries conclude the 1994 treaty?").relations


def test_how_far_a_country_climbed_in_a_ranking_asks_a_rank(seeds_engine):
    question = "Dans le sous-classement des services en ligne, jusqu'où le Kazakhstan est-il remonté ?"
    assert analyze_question(question).qtype != "where"
    assert forced(seeds_engine, question).highlight == "8e place"


def test_a_credit_line_named_in_the_question_asks_the_byline(seeds_engine):
    question = "L'article sur le forum d'Almaty se termine par « Edited by » : quel nom lit-on ensuite ?"
    assert analyze_question(question).byline
    assert forced(seeds_engine, question).highlight == "Nathalie Weatherald"


def test_a_which_question_s_own_verb_must_be_stated_by_the_quote(seeds_engine):
    # "What agreements did Macron sign?" was answered at 0.79 by the sentence on his visit, which signs nothing.
    assert analyze_question("Which deals did Macron sign in Kazakhstan?").relation_is_verb
    assert not analyze_question("Quels accords signés en 1994 portent sur Baïkonour ?").relation_is_verb
    assert answered(seeds_engine, "Quels accords commerciaux Emmanuel Macron a-t-il conclus pendant sa tournée ?").abstained
    # A treaty cited with its date states its signing.
    answer = answered(seeds_engine, "Which treaty did the two states sign in November 2013?")
    assert not answer.abstained and "Traité de Bon Voisinage" in answer.text


def test_adopting_is_approving():
    assert "approve" in analyze_question("Le Conseil a-t-il adopté une déclaration commune ?").relations
    assert "approve" not in analyze_question("Quelle approche adaptive la Russie suit-elle ?").relations


def test_a_quote_where_another_country_does_what_is_asked_does_not_answer(seeds_engine):
    # "Combien le Kazakhstan paiera-t-il … ?" was answered at 0.94 by "la Russie paie 115 millions".
    assert analyze_question("Combien la Russie paie-t-elle pour Baïkonour ?").actors == {"pay": "russie"}
    answer = answered(seeds_engine, "Combien le Kazakhstan paiera-t-il pour les moyens techniques de communication russes ?")
    assert answer.abstained or "115 millions" not in answer.highlight
    answer = answered(seeds_engine, "How much does Russia pay every year to rent Baikonur?")
    assert not answer.abstained and "115 millions" in answer.highlight


def test_a_company_asked_is_never_a_union_of_states_a_person_or_a_project(seeds_engine):
    # "Quelle entreprise russe construira le complexe Baiterek ?" was answered "Nazarbayev Start" at 0.92.
    assert answered(seeds_engine, "Which Russian firm will construct the Baiterek rocket complex?").abstained
    assert "build" in analyze_question("Quelle société russe va bâtir le complexe spatial Baiterek ?").relations
    answer = forced(seeds_engine, "Which joint company built army vehicles for the Kazakh forces?")
    assert answer.highlight == "Kamaz-Engineering"


def test_a_russian_count_of_people_of_one_country_is_not_answered_by_another_s(seeds_engine):
    # "Сколько российских военных …" counted no nationality: "plusieurs centaines de militaires
    # kazakhs" was quoted at 0.91.
    assert analyze_question("Сколько российских солдат служит в Казахстане?").counted_country == "russie"
    assert answered(seeds_engine, "Сколько российских военных служит на территории Казахстана?").abstained


def test_a_yes_no_question_weighs_more_passages(seeds_engine):
    # The yes or no to a detail often sits in a passage ranked below the fifth: the record trade
    # the premiers announced was never a candidate, and the visit's lead was quoted.
    answer = forced(seeds_engine, "Did trade between the two neighbours reach a record, according to the prime ministers?")
    assert "chiffre d’affaires record" in answer.text


def test_a_passive_with_no_agent_does_not_say_who(seeds_engine):
    # "Cet accord a été signé le 29 mai 2020 à Moscou" was quoted at 0.99 for "who signed", "Moscou" highlighted.
    assert answered(seeds_engine, "Qui a signé l'accord de mai 2020 sur les communications militaires au nom du Kazakhstan ?").abstained
    answer = forced(seeds_engine, "Qui a signé le Programme de Partenariat Stratégique pour 2019-2021 ?")
    assert answer.highlight == "les Ministres de la Défense des deux pays"


def test_a_price_asked_is_not_answered_by_a_trade_turnover(seeds_engine):
    # "Le réseau de transmissions commun : quel prix pour Astana ?" was answered at 0.85 by the trade figure.
    answer = answered(seeds_engine, "Le système de communication commun : à quel prix pour le Kazakhstan ?")
    assert answer.abstained or "23,6 milliards" not in answer.highlight
    assert "115 millions" in answered(seeds_engine, "Quel loyer annuel la Russie paie-t-elle pour Baïkonour ?").highlight


def test_trade_between_two_other_countries_is_another_trade(seeds_engine):
    # "Commerce sino-kazakh : à combien s'élève-t-il ?" was answered at 0.97 by the Kazakh-Russian turnover.
    assert analyze_question("À combien s'élèvent les échanges sino-kazakhs ?").parties == {"chine", "kazakhstan"}
    assert analyze_question("How big is Russo-Kazakh trade?").parties == {"russie", "kazakhstan"}
    assert answered(seeds_engine, "À combien s'élèvent les échanges sino-kazakhs ?").abstained


def test_staff_and_citizens_are_counted_as_people(seeds_engine):
    # "Quel effectif travaillait dans la mission …" was answered "quelque 8 000 entreprises" at 0.64;
    # "Сколько граждан Казахстана …" declined the students' count.
    assert analyze_question("Quel effectif employait la représentation commerciale kazakhe ?").measure == "ressortissant"
    assert analyze_question("Сколько граждан России учится в Казахстане?").measure == "ressortissant"
    assert answered(seeds_engine, "Quel effectif employait la représentation commerciale kazakhe à Moscou ?").abstained
    answer = answered(seeds_engine, "Сколько граждан Казахстана, по официальным данным, учились в России в 2020 году?")
    assert "60 000 étudiants" in answer.highlight


def test_a_russian_count_finds_its_noun_after_a_preposition(seeds_engine):
    # "Сколько в Казахстане работает фирм …" was read as counting "в".
    assert analyze_question("Сколько в Казахстане работает компаний с российским участием?").measure == "entreprise"
    answer = answered(seeds_engine, "Сколько в Казахстане работает компаний с российским участием?")
    assert "8 000 entreprises" in answer.highlight


def test_a_russian_how_long_asks_a_duration(seeds_engine):
    # "Как долго Путин пробыл в Казахстане?" was answered at 0.92 by the sentence on his visit.
    assert analyze_question("Как долго длился визит Путина в Казахстан?").measure == "duration"
    assert answered(seeds_engine, "Как долго длился визит Путина в Казахстан?").abstained


def test_a_firm_named_after_its_head_noun_answers_who(seeds_engine):
    # "l'entreprise commune «Kamaz-Engineering»" is tagged a place; "Who manufactured …" was declined.
    answer = answered(seeds_engine, "Who built a large number of military vehicles for the Kazakh army?")
    assert answer.highlight == "Kamaz-Engineering"


def test_an_english_noun_before_the_head_qualifies_it(seeds_engine):
    # "Which Russian software firms did Mishustin name?" was answered "Forum numérique annuel".
    from qa.answer.spans import which_head
    assert which_head("Which Russian software firms did Mishustin name?") == "firm"
    assert which_head("Which defence companies supply Astana?") == "company"
    answer = answered(seeds_engine, "Which Russian software companies did Mishustin cite in Almaty?")
    assert answer.abstained or answer.highlight != "Forum numérique annuel"


def test_provide_for_delivers_nothing(seeds_engine):
    # "Why does article 6 provide for a separate department?" was refused: nothing delivered.
    assert "deliver" not in analyze_question("What does article 6 of the accord provide for?").relations
    assert "deliver" in analyze_question("What did Russia provide to Kazakhstan?").relations
    answer = answered(seeds_engine, "Why does article 6 of the accord provide for a distinct department?")
    assert "fonctionnement stable" in answer.highlight


def test_the_commonwealth_is_the_cis_and_a_led_compound_names_its_leader(seeds_engine):
    # "Commonwealth" and "Moscow-led" were names the corpus never gives, which lowered confidence.
    spec = seeds_engine.answerer.analyze("In which city was the Commonwealth signals deal signed?")
    assert "cei" in spec.entities and not spec.unknown_names
    assert not seeds_engine.answerer.analyze("Will the Moscow-led alliance fight in Ukraine?").unknown_names


def test_a_count_asked_by_its_noun_after_a_topic(seeds_engine):
    # "Kamaz-Engineering : nombre précis de camions fournis ?" was answered at 0.92 by "un nombre important".
    assert analyze_question("Kamaz-Engineering : nombre exact de camions livrés ?").qtype == "number"
    assert analyze_question("Au milieu de quelle semaine le texte a-t-il paru ?").qtype == "date"
    assert answered(seeds_engine, "Kamaz-Engineering : nombre exact de camions livrés à l'armée ?").abstained


def test_a_rise_asked_is_a_share_or_a_sum_never_a_count(seeds_engine):
    # "By how much did bilateral trade grow in the record year …?" was answered "deux pays" at 0.93.
    assert analyze_question("By how much did trade rise last year?").measure == "growth"
    assert analyze_question("De combien de places le pays a-t-il progressé ?").measure != "growth"
    assert answered(seeds_engine, "By how much did the record trade the premiers announced in December grow?").abstained
    assert "6,8 %" in answered(seeds_engine, "De combien les échanges russo-kazakhs ont-ils augmenté en 2022 ?").highlight


def test_a_subject_role_of_one_country_is_not_another_s_holder(seeds_engine):
    # "Le chef du gouvernement kazakh s'est-il exprimé sur les sanctions ?" was answered at 0.72 by
    # "Le Premier ministre russe Mishustin …".
    assert analyze_question("Le premier ministre kazakh a-t-il parlé des sanctions ?").subject_role == "premier ministre"
    answer = answered(seeds_engine, "Le chef du gouvernement kazakh a-t-il évoqué les sanctions occidentales ?")
    assert answer.abstained or "ministre russe" not in answer.text


def test_a_plain_say_is_answered_by_any_plain_verb_of_saying(seeds_engine):
    # "…, a ajouté Smadiyarov" lost to his other sentence, "a déclaré …", for "What did Smadiyarov say …".
    assert "ajout" in analyze_question("What did Smadiyarov say about the war?").speech_verbs
    answer = forced(seeds_engine, "What did Smadiyarov say the CSTO's remit is limited to?")
    assert answer.text.startswith("La responsabilité de l’OTSC est limitée")


def test_concluded_in_a_place_is_signed_there(seeds_engine):
    # "Quels contrats Emmanuel Macron a-t-il conclus au Kazakhstan ?" was read as "conclure à" (to
    # conclude that) and answered "Vladimir Poutine" at 0.85 by the sentence on the visits.
    assert "sign" in analyze_question("Quels accords Macron a-t-il conclus au Kazakhstan ?").relations
    assert "sign" in analyze_question("Quel accord a été conclu à Moscou ?").relations
    assert "sign" not in analyze_question("L'auteur conclut-il à un échec de la coopération ?").relations
    assert answered(seeds_engine, "Quels accords Emmanuel Macron a-t-il conclus au Kazakhstan ?").abstained


def test_a_person_of_the_nationality_asked_answers_and_no_other(seeds_engine):
    # "Which US official met Central Asian leaders this summer?" was answered "Sergueï Lavrov" (0.95),
    # whom the quote calls "Le ministre russe"; "Which French president …" highlighted "Vladimir Poutine".
    from qa.text import expand_abbreviations
    assert expand_abbreviations("Which US official met them?") == "Which American official met them?"
    assert expand_abbreviations("Did the US sign it?") == "Did the United States sign it?"
    assert analyze_question("Which US official met the Central Asian leaders?").nationality == "etats-unis"
    assert answered(seeds_engine, "Which US official held talks with Central Asian leaders this summer?").abstained
    answer = forced(seeds_engine, "Quel président français s'est rendu au Kazakhstan une semaine avant Poutine ?")
    assert answer.highlight == "Emmanuel Macron"


def test_a_contingent_a_russian_budget_and_an_expulsion_are_what_is_asked(seeds_engine):
    # "Quel contingent l'OTSC a-t-elle engagé …" was answered "Smadiyarov" at 0.88; "Какой бюджет
    # предусмотрен на цифровой центр …" by the sentence on Smailov's plans at 0.87; "Pourquoi
    # l'Arménie a-t-elle été exclue de la CEI ?" (a false premise) by the members' departures at 0.81.
    spec = analyze_question("Quel contingent le Kazakhstan a-t-il envoyé ?")
    assert spec.qtype == "number" and spec.measure == "ressortissant"
    spec = analyze_question("Какой бюджет выделен на цифровой центр в Алматы?")
    assert spec.qtype == "number" and spec.measure == "money"
    assert analyze_question("Какой центр хочет создать казахский премьер?").qtype != "number"
    assert "expel" in analyze_question("Why was Moldova expelled from the CIS?").relations
    assert answered(seeds_engine, "Какой бюджет выделен на цифровой центр, который предложил Смаилов?").abstained
    assert answered(seeds_engine, "Pourquoi la Moldavie a-t-elle été exclue de la CEI ?").abstained


def test_the_next_occurrence_asked_is_not_this_one(seeds_engine):
    # "Dans quelle capitale le Conseil intergouvernemental eurasien se réunira-t-il ensuite ?" was
    # answered "Almaty" at 0.85 by the sentence on this session.
    assert analyze_question("Où aura lieu la prochaine session du Conseil ?").next_asked
    assert not analyze_question("Which country is Kazakhstan's next-door neighbour?").next_asked
    assert answered(seeds_engine, "Dans quelle ville se tiendra la prochaine session du Conseil intergouvernemental eurasien ?").abstained


def test_a_qualified_which_noun_still_asks_for_a_list(seeds_engine):
    # "Which third countries will receive the joint Kazakh-Russian arms exports?" was answered at 0.94
    # by the sentence that names only Kazakhstan, Russia and "des pays tiers".
    assert analyze_question("Which neighbouring Central Asian states border Kazakhstan?").qtype == "list"
    assert answered(seeds_engine, "Which third countries will buy the arms Kazakhstan and Russia plan to export together?").abstained


def test_a_person_asked_after_a_preposition_has_the_nationality_asked(seeds_engine):
    # "Avec quel dirigeant kazakh Poutine s'est-il entretenu ?" was answered "Emmanuel Macron" at 0.92.
    assert analyze_question("Avec quel ministre russe Smailov a-t-il parlé ?").qtype == "who"
    assert answered(seeds_engine, "Avec quel dirigeant kazakh Poutine a-t-il discuté lors de son voyage ?").abstained


def test_a_year_asked_needs_a_year(seeds_engine):
    # "In what year was Hess's book on the economic war published?" was answered "mercredi" at 0.91.
    assert answered(seeds_engine, "En quelle année Hess a-t-il publié son livre ?").abstained
    assert "2009" in answered(seeds_engine, "En quelle année la Force Collective de Réaction Rapide a-t-elle été créée ?").highlight


def test_a_trade_figure_asked_is_a_sum(seeds_engine):
    # "What record figure did bilateral trade reach, as announced in December?" was answered "deux pays"
    # at 0.92 by the sentence that announces a record and states no figure.
    assert analyze_question("What figure did trade between the two neighbours reach?").measure == "money"
    assert analyze_question("How much did bilateral trade grow in 2022?").measure != "money"
    assert answered(seeds_engine, "What figure did bilateral trade hit, per the prime ministers in December?").abstained


def test_a_country_asked_by_adjective_or_capital_must_be_the_quotes(seeds_engine):
    # "Nombre d'entreprises mixtes à capitaux chinois sur le sol kazakh ?" was answered "quelque 8 000
    # entreprises" (à participation russe) at 0.98; "Kyiv" asks about Ukraine as "l'Ukraine" does.
    assert answered(seeds_engine, "Combien de sociétés mixtes à capitaux chinois travaillent sur le sol kazakh ?").abstained
    assert answered(seeds_engine, "In which year did Kyiv quit the Commonwealth of Independent States?").abstained
    assert not answered(seeds_engine, "Jusqu'où va la responsabilité de l'OTSC, selon Astana ?").abstained


def test_the_other_house_of_parliament_does_not_answer(seeds_engine):
    # "Date du vote des sénateurs kazakhs …" was answered at 0.79 by the Majilis (the lower house) vote.
    assert analyze_question("Date de l'adoption par le Sénat ?").qtype == "date"
    assert answered(seeds_engine, "Quand les sénateurs kazakhs ont-ils voté l'accord sur la communication militaire de la CEI ?").abstained
    assert "Majilis" in answered(seeds_engine, "Quelle chambre du parlement kazakh a approuvé la ratification ?").highlight


def test_a_force_engaged_is_a_deployment_and_a_whole_year_is_not_eleven_months(seeds_engine):
    # "Quand la Force Collective de Réaction Rapide a-t-elle été engagée pour la première fois ?" was
    # answered "En 2009" (its creation) at 0.94; "the whole of 2022" by the January–November figure at 0.93.
    assert answered(seeds_engine, "En quelle année la Force Collective de Réaction Rapide a-t-elle été engagée sur le terrain ?").abstained
    assert analyze_question("What was bilateral trade worth for the whole of 2022?").whole_year
    assert answered(seeds_engine, "What was bilateral trade worth for the whole of 2022?").abstained


def test_an_office_or_a_place_is_not_the_company_asked(seeds_engine):
    # "Quelle entreprise russe livrera le matériel de communication aux armées de la CEI ?" was answered
    # "ministre de la Défense" at 0.84: the text names no firm there.
    assert answered(seeds_engine, "Quelle entreprise russe fournira les équipements de communication aux armées de la CEI ?").abstained
    assert "Kamaz-Engineering" in answered(seeds_engine, "Which company built military trucks for Kazakhstan?").highlight


def test_a_boycott_asked_must_be_stated(seeds_engine):
    # "Why did Smailov boycott the Almaty digital forum?" was answered at 0.81 by his proposals there.
    assert "boycott" in analyze_question("Pourquoi Smailov a-t-il boycotté le forum ?").relations
    assert answered(seeds_engine, "What made Smailov boycott the digital forum in Almaty?").abstained


def test_a_role_holder_asked_is_named_not_described(seeds_engine):
    # "Кто министр обороны России?" was answered "ministre de la Défense" at 0.74: a role, no name.
    assert answered(seeds_engine, "Кто сейчас министр обороны России?").abstained
    assert "Dandybaiev" in answered(seeds_engine, "Comment s'appelle le vice-ministre kazakh de la Défense ?").highlight


def test_an_event_to_come_is_not_dated_by_a_day_already_past(seeds_engine):
    # "À quelle date la mission commerciale kazakhe en Russie fermera-t-elle effectivement ?" was answered
    # "mercredi" (the day the bill was published) at 0.98.
    assert answered(seeds_engine, "Quel jour la représentation commerciale kazakhe en Russie fermera-t-elle ses portes ?").abstained
    assert "2050" in answered(seeds_engine, "Jusqu'à quand la Russie louera-t-elle Baïkonour ?").highlight
    assert "2020" in answered(seeds_engine, "Quand la construction du complexe Baiterek pourrait-elle débuter ?").highlight


def test_a_person_of_a_region_is_not_one_of_another_country(seeds_engine):
    # "Which Central Asian presidents met their US counterparts this summer?" was answered "Sergueï
    # Lavrov" (le ministre russe) at 0.95.
    assert asked_nationality("quel dirigeant d'asie centrale a parle ?") == "asie centrale"
    assert answered(seeds_engine, "Which Central Asian leader did Lavrov meet this summer?").abstained


def test_an_office_named_in_name_the_x_is_a_constraint(seeds_engine):
    # "Name the director of the pollster …" was answered "Aybek Smadiyarov" (a spokesman) at 0.86.
    assert answered(seeds_engine, "Name the director of the Levada polling centre.").abstained
    assert "Smadiyarov" in answered(seeds_engine, "Name the official who voiced the Kazakh foreign ministry's position on the CSTO.").highlight


def test_a_count_or_a_name_asked_by_its_noun_alone(seeds_engine):
    # "Headcount of the CSTO's 2009 quick-reaction contingent?" was answered at 0.97 by the sentence that
    # says the force was created in 2009; "Nom du port spatial construit par Moscou …" at 0.99 by the
    # sentence that gives no name.
    assert analyze_question("Attendance at the Almaty digital forum?").qtype == "number"
    assert analyze_question("Nom du nouveau cosmodrome ?").qtype == "name"
    assert answered(seeds_engine, "Effectif de la Force Collective de Réaction Rapide créée en 2009 ?").abstained
    assert answered(seeds_engine, "Headcount of the Baikonur staff?").abstained
    assert answered(seeds_engine, "Name of the spokesman quoted on the CSTO and Ukraine?").abstained


def test_year_of_asks_a_year(seeds_engine):
    # "Year of Kazakhstan's accession to the collective-security treaty?" was answered at 0.87 by a
    # sentence that dates nothing.
    assert answered(seeds_engine, "Year of Kazakhstan's entry into the CSTO?").abstained
    assert "2009" in answered(seeds_engine, "Year of creation of the Collective Rapid Reaction Force?").highlight


def test_a_russian_name_of_two_words_is_the_corpus_name(seeds_engine):
    # "Сколько стоит аренда полигона Капустин Яр?" was answered with Baikonur's rent at 0.97.
    assert answered(seeds_engine, "Сколько Россия платит за Капустин Яр?").abstained
    assert "Kapustin Yar" in answered(seeds_engine, "Где находится Капустин Яр?").text


def test_a_persons_nationality_does_not_place_the_event(seeds_engine):
    # "Visite du président russe pour affirmer sa présence : elle tombe quel jour ?" was declined: "russe"
    # was read as the country where the visit took place, and "au Kazakhstan jeudi" as another's.
    assert "jeudi" in answered(seeds_engine, "Quel jour le président russe est-il venu faire sentir sa présence ?").highlight
    assert "jeudi" in answered(seeds_engine, "When does the Russian president come to make his presence felt?").highlight


def test_a_country_the_russian_question_names_is_not_the_answer(seeds_engine):
    # "Какое вооружение Казахстан получил от России бесплатно?" highlighted "Kazakhstan".
    assert "S-300PS" in answered(seeds_engine, "Какое оружие Россия бесплатно дала Казахстану?").highlight


def test_a_relation_asked_by_a_noun_and_its_agent_must_be_stated(seeds_engine):
    # "Deals concluded by the French president in the oil-rich country?" was answered at 0.95 by the
    # sentence that only mentions Macron's visit.
    assert answered(seeds_engine, "Agreements signed by Macron during his trip to Kazakhstan?").abstained


def test_a_chief_asked_is_a_person_holding_that_role(seeds_engine):
    # "Name the last chief of Astana's commercial office in Moscow." was answered "Mishustin" at 0.71.
    assert analyze_question("Name the head of the Kazakh trade mission.").qtype == "who"
    assert answered(seeds_engine, "Name the chief of Kazakhstan's trade mission in Russia.").abstained
    assert answered(seeds_engine, "Which Russian general commands the 32nd communications post?").abstained


def test_a_list_question_that_counts_its_items(seeds_engine):
    # "Énumérez les cinq républiques de la région où Moscou veut garder pied." was declined: the seven
    # CIS republics ranked above the five of Central Asia.
    assert analyze_question("Quelles sont les quatre régions annexées ?").qtype == "list"
    answer = answered(seeds_engine, "Énumérez les cinq républiques de la région où la Russie veut rester présente.")
    assert "Turkménistan" in answer.highlight
    assert "Kherson" in answered(seeds_engine, "Quelles sont les quatre régions ukrainiennes visées par les référendums ?").highlight


def test_an_inverted_french_question_has_its_subject(seeds_engine):
    # "Pourquoi la Russie a-t-elle fermé …": the country before "a-t-elle" is the one that acts.
    assert analyze_question("Pourquoi la Russie a-t-elle fermé sa mission commerciale ?").actors == {"close": "russie"}
    assert answered(seeds_engine, "Combien le Kazakhstan a-t-il payé pour le loyer de Baïkonour ?").abstained


def test_a_word_of_one_longer_name_is_that_name(seeds_engine):
    # "L'Organisation de Shanghai a-t-elle une vocation politico-militaire ?" was declined: "Shanghai"
    # was no name the question gave, so the CSTO sentence outranked "L'OCS n'est pas une organisation
    # politico-militaire".
    assert "politico-militaire" in answered(seeds_engine, "L'Organisation de Shanghai est-elle une alliance politico-militaire ?").text


def test_which_country_needs_a_country_named(seeds_engine):
    # "Which country most recently left the CIS?" was answered "Russie" at 0.63 by "Malgré les récents
    # départs de la CEI …", which names no country leaving; "Какая страна …" highlighted Kazakhstan.
    assert answered(seeds_engine, "Quel pays est sorti de la CEI le plus récemment ?").abstained
    assert answered(seeds_engine, "Lequel des anciens membres a quitté la Communauté en dernier ?").abstained
    assert "Russie" in answered(seeds_engine, "Какая страна — крупнейший торговый партнёр Казахстана, если считать отдельные страны?").highlight
    # Joining a war is no membership: the alliance that will not join the fighting is still answered.
    assert "join" not in analyze_question("Will the CSTO join the fighting in Ukraine?").relations
    assert not answered(seeds_engine, "Why won't the CSTO join the war in Ukraine, according to Smadiyarov?").abstained


def test_the_day_of_a_statement_does_not_date_what_it_reports(seeds_engine):
    # "À quelle date le référendum de Kherson a-t-il eu lieu ?" was answered "le mois dernier" at 0.97:
    # the month Kazakhstan said it would not recognise the referendums.
    assert answered(seeds_engine, "Quand les référendums d'annexion de Zaporijia ont-ils été organisés ?").abstained
    assert "mois dernier" in answered(seeds_engine, "Quand le Kazakhstan a-t-il refusé de reconnaître les référendums ?").highlight
    assert "décembre" in answered(seeds_engine, "Le chiffre d'affaires record a été annoncé quel mois ?").highlight


def test_russian_reason_questions_ask_a_reason(seeds_engine):
    # "По какой причине Москва вернула Байконур Казахстану?" (a false premise) was answered at 0.67 by
    # the sentence on Baikonur's rent: the question was not read as asking why.
    assert analyze_question("По какой причине Казахстан закрыл торговое представительство?").qtype == "reason"
    assert analyze_question("С какой целью создаётся система связи?").qtype == "reason"
    assert answered(seeds_engine, "По какой причине Россия вернула космодром Байконур Казахстану?").abstained


def test_going_somewhere_is_a_visit_not_a_return(seeds_engine):
    # "Outre le Kazakhstan, dans quel pays le président français s'est-il rendu ?" was declined at 0.01:
    # "s'est-il rendu" was read as giving something back.
    assert analyze_question("Où le président français s'est-il rendu après Astana ?").relations == ["visit"]
    assert "Ouzbékistan" in answered(seeds_engine, "Dans quel autre pays Macron s'est-il rendu lors de sa tournée ?").text


def test_a_year_counted_from_another_is_the_year_asked(seeds_engine):
    # "… dans les facs russes un an avant 2020 ?" was answered at 0.97 by the 2020 figure.
    assert [d.year for d in analyze_question("Combien d'étudiants kazakhs deux ans avant 2020 ?").dates] == [2018]
    assert [d.year for d in analyze_question("Trade in the year after 2021?").dates] == [2022]
    assert answered(seeds_engine, "How many Kazakh students were enrolled in Russia the year before 2020?").abstained


def test_a_nationality_describing_the_thing_asked_need_not_be_named(seeds_engine):
    # "Richest ex-Soviet state of the region — which German broadcaster wrote that?" was declined: the
    # quote ending "écrit DW" never says Germany.
    answer = answered(seeds_engine, "Which German outlet called Kazakhstan the largest and richest former Soviet republic of Central Asia?")
    assert "DW" in answer.text


def test_a_question_that_is_only_a_role_asks_its_holder(seeds_engine):
    # "Chairperson of the cooperation commission that discusses Baikonur?" was answered at 0.98 by the
    # sentence creating the commission; "Who runs Levada?" by "Russes" at 0.95.
    assert analyze_question("Chairman of the intergovernmental commission?").qtype == "who"
    assert answered(seeds_engine, "Président de la Commission intergouvernementale sur la coopération ?").abstained
    assert answered(seeds_engine, "Who runs the Levada polling centre?").abstained


def test_a_date_question_is_not_answered_by_the_date_it_gives(seeds_engine):
    # "Le remplaçant de l'accord de 1994 : signé quand ?" was answered "depuis 1994" at 0.75.
    answer = answered(seeds_engine, "When was the accord replacing the 1994 military treaty signed?")
    assert answer.abstained or "1994" not in answer.highlight


def test_the_event_a_question_dates_by_is_not_the_one_asked():
    # "Quel projet spatial … la même année que la prolongation du bail ?" quoted the extension itself.
    assert analyze_question("Quel accord a été signé la même année que la prolongation du bail ?").relations == ["sign"]
    assert "extend" not in analyze_question("What was agreed the same year the lease was extended?").relations


def test_a_list_asked_after_its_noun(seeds_engine):
    # "Multilateral frameworks hosting Kazakh–Russian military cooperation: which ones?" quoted the lead.
    assert analyze_question("Trois organisations multilatérales sont citées : lesquelles ?").qtype == "list"
    assert analyze_question("Regional security formats the two armies use: which ones?").qtype == "list"
    assert "visit" not in analyze_question("L'article sur la visite de Poutine énumère des pays : lesquels ?").relations


def test_a_sum_for_something_sold_is_a_price(seeds_engine):
    # "What is the yearly value of Russian arms sold to Kazakhstan on preferential terms?" was answered
    # at 0.97 by the bilateral trade turnover.
    assert answered(seeds_engine, "How much are the Russian weapons sold to Kazakhstan worth each year?").abstained


def test_a_decision_is_made_by_the_country_that_opens_the_sentence(seeds_engine):
    # "Pourquoi la Russie a-t-elle fermé sa mission commerciale au Kazakhstan ?" (a false premise) was
    # answered at 1.00 by "Le Kazakhstan affirme que la décision de fermer la mission commerciale …".
    assert answered(seeds_engine, "Pourquoi la Russie a-t-elle fermé sa représentation commerciale au Kazakhstan ?").abstained
    assert not answered(seeds_engine, "Pourquoi le Kazakhstan a-t-il fermé sa représentation commerciale en Russie ?").abstained


def test_a_stop_asked_must_be_stated(seeds_engine):
    # "What led Moscow to halt its Baikonur lease payments?" (a false premise) was answered at 0.76 by the
    # lease's extension: only a quote that states a stop answers.
    assert answered(seeds_engine, "Why did Russia stop paying rent for the cosmodrome?").abstained
    assert answered(seeds_engine, "Pourquoi Moscou a-t-elle cessé de verser le loyer de Baïkonour ?").abstained
    # Land taken out of the lease is land no longer rented.
    assert "1,7 million" in answered(seeds_engine, "Combien d'hectares l'armée russe a-t-elle cessé de louer ?").highlight


def test_the_european_union_is_named_like_a_country(seeds_engine):
    # "How many member states does the article give the EU?" was answered at 0.87 by the nine CIS members.
    answer = answered(seeds_engine, "How many members does the EU have, per the article?")
    assert answer.abstained or "27" in answer.highlight
    answer = answered(seeds_engine, "Сколько стран входит в Евросоюз по данным статьи?")
    assert answer.abstained or "27" in answer.highlight
    # A union of states is no country a which-country question asks.
    assert "Russie" in answered(seeds_engine, "Counting single countries only, which one is Kazakhstan's biggest trade partner?").highlight


def test_funding_asked_needs_a_sum(seeds_engine):
    # "La commission mixte en place depuis 1997 dispose de quels moyens financiers ?" was answered at 0.92
    # by the sentence creating the commission, which states no sum.
    assert answered(seeds_engine, "De quels moyens financiers dispose la Commission intergouvernementale créée en 1997 ?").abstained
    assert answered(seeds_engine, "What funding does the Baiterek project receive?").abstained


def test_what_a_reaction_is_to_is_its_topic(seeds_engine):
    # "How did Moscow react to the closure of Kazakhstan's trade mission?" was declined: the closure was
    # read as a relation the quote must state, and "La réponse russe a été …" states none.
    assert "prérogative" in answered(seeds_engine, "How did the Russian side respond to the closure of Astana's trade mission?").text
    assert "prérogative" in answered(seeds_engine, "Comment la Russie a-t-elle réagi à la fermeture de la représentation commerciale ?").text


def test_a_session_is_a_meeting_held(seeds_engine):
    # "In which city did the Eurasian Intergovernmental Council meet during Mishustin's trip?" was declined.
    assert "Almaty" in answered(seeds_engine, "Where did the Eurasian Intergovernmental Council meet when Mishustin came?").highlight
    # "the Almaty meeting" is where, not a meeting asked.
    assert "meet" not in analyze_question("Was a pact signed at the Almaty meeting?").relations


def test_french_met_is_no_meeting():
    # "Dans quel but l'accord met-il en place un système de liaison …" was declined: "met" was read as
    # the English "met", a meeting the quote must state.
    assert "meet" not in analyze_question("Pourquoi l'accord met-il en place un département ?").relations
    assert "meet" not in analyze_question("Qui met fin à la location ?").relations
    assert "meet" in analyze_question("Who met Putin in Astana?").relations


@pytest.mark.parametrize("question, qtype", [
    # "Opening date of the hub Smailov proposed?" was answered at 0.98 by a sentence with no date, and
    # "Quantité de lanceurs antiaériens fournis …" at 0.92 by one with no number.
    ("Opening date of the digital centre Smailov proposed?", "date"),
    ("Échéance du bail de Baïkonour ?", "date"),
    ("Quantité de missiles S-300PS livrés ?", "number"),
    ("Size of the Russian contingent at Baikonur?", "number"),
    # Near-miss questions asked by their noun ("Projected cost of …?", "Фамилия …?") were answered at
    # 0.75–0.86 with a sentence that states no sum and no name: nothing typed them.
    ("Projected cost of the Almaty digital hub?", "number"),
    ("Dollar value of Kazakh trade with the EU?", "number"),
    ("What annual rent did the 1994 Baikonur agreement set?", "number"),
    ("Число манёвров двух армий за 2020 год?", "number"),
    ("Продолжительность визита Путина в Казахстан?", "number"),
    ("« Economic War » : date de parution du livre ?", "date"),
    ("Closing day set for the trade office?", "date"),
    ("Фамилия министра обороны, подписавшего программу?", "who"),
    ("The spokesman's boss: name of the foreign minister?", "who"),
    ("Signing venue of the 2020 communications pact?", "where"),
    ("Russia's new spaceport: in which part of the country is it?", "where"),
    ("In day-to-day digital services, does Kazakhstan lag Russia?", "other"),
])
def test_a_question_that_is_only_its_noun_has_a_type(question, qtype):
    assert question_type(question) == qtype


def test_a_question_that_is_only_its_noun_needs_a_quote_stating_its_kind(seeds_engine):
    assert answered(seeds_engine, "Opening date of the digital centre Smailov proposed?").abstained
    assert answered(seeds_engine, "Quantité de systèmes S-300PS livrés gratuitement par la Russie ?").abstained
    assert answered(seeds_engine, "Size of the Russian contingent at Baikonur?").abstained
    assert answered(seeds_engine, "Projected budget of the Almaty digital competence centre?").abstained
    assert answered(seeds_engine, "Фамилия российского министра обороны, подписавшего военную программу?").abstained
    assert answered(seeds_engine, "« Economic War » : date de parution de l'ouvrage de Hess ?").abstained
    assert answered(seeds_engine, "Сколько россиян, по опросам «Левады», считают Казахстан другом?").abstained
    assert answered(seeds_engine, "When did the first rocket lift off from the Baiterek complex?").abstained
    assert "Moscou" in answered(seeds_engine, "Signing venue of the 2020 Commonwealth communications pact?").highlight




def test_a_company_or_a_university_asked_is_not_a_country_or_a_person(seeds_engine):
    # "Which Kazakh university signed a partnership with Rosoboronexport?" was answered at 0.96, with
    # "Russie" as the university; "Quel opérateur russe …" with Timour Dandybaiev as the operator.
    assert answered(seeds_engine, "Which Kazakh academy has a partnership with Rosoboronexport?").abstained
    assert answered(seeds_engine, "Quel fournisseur russe livrera les moyens de communication à la CEI ?").abstained
    assert "Kamaz-Engineering" in answered(seeds_engine, "Which manufacturer built military vehicles for the Kazakh army?").highlight


def test_a_person_asked_is_not_a_country(seeds_engine):
    # "Name the Kazakh diplomat quoted on the CSTO staying out of Ukraine." was answered at 0.89 by
    # "…, a annoncé le Kazakhstan", with "OTSC" as the diplomat.
    answer = answered(seeds_engine, "Name the Kazakh spokesman who said the CSTO will not join the war in Ukraine.")
    assert answer.abstained or "Smadiyarov" in answer.highlight
    assert answered(seeds_engine, "Name the American secretary who met Central Asian leaders this summer.").abstained


def test_a_pair_written_with_a_dash_is_two_parties(seeds_engine):
    # "Volume chiffré des échanges Kazakhstan–Union européenne l'an dernier ?" was answered at 0.73 by
    # the trade between Kazakhstan and Russia.
    assert answered(seeds_engine, "Montant des échanges Kazakhstan–UE en 2022 ?").abstained
    assert "23,6 milliards" in answered(seeds_engine, "Kazakhstan–Russia trade in January-November 2022?").text


def test_a_currency_counted_is_the_currency_asked(seeds_engine):
    # "Combien de roubles touche un cadet kazakh envoyé en Russie ?" was answered with a sum in dollars.
    assert answered(seeds_engine, "Combien de roubles la Russie verse-t-elle pour Baïkonour ?").abstained
    assert "115 millions" in answered(seeds_engine, "How many dollars does Russia pay for Baikonur every year?").highlight


def test_selling_and_leaving_must_be_stated(seeds_engine):
    # "Quand le Kazakhstan a-t-il vendu Baïkonour à la Russie ?" (a false premise) was answered at 0.89
    # by the lease; "Which former Soviet states quit the CIS recently?" by the list of its members.
    assert answered(seeds_engine, "En quelle année Baïkonour a-t-il été vendu à Moscou ?").abstained
    assert answered(seeds_engine, "Which countries quit the Commonwealth of Independent States?").abstained


def test_land_given_up_from_a_lease_is_what_the_lease_lost(seeds_engine):
    # "How much Kazakh land did the Russian army give up from its lease?" was declined at 0.01.
    assert "1,7 million" in answered(seeds_engine, "How many hectares did Russia give up from the lease?").highlight


def test_a_company_counted_as_a_societe_is_an_entreprise(seeds_engine):
    # "Nombre de sociétés détenues en partie par des Russes …" was declined at 0.01: "sociétés" was
    # read as what the number is of, a word the quote must repeat.
    assert "8 000" in answered(seeds_engine, "Nombre de sociétés à capitaux russes présentes au Kazakhstan ?").highlight


def test_a_reason_for_something_that_did_not_happen_is_declined(seeds_engine):
    # Two false premises answered at 0.68 and 0.98.
    assert answered(seeds_engine, "What was the CSTO's stated reason for sending troops to Ukraine?").abstained
    assert answered(seeds_engine, "Pourquoi l'Ouzbékistan s'est-il joint aux sanctions contre la Russie ?").abstained


def test_the_nationality_of_a_speaker_is_not_the_quote_subject(seeds_engine):
    # "Selon le porte-parole kazakh, à quoi se limite la responsabilité de l'OTSC ?": "kazakh" says who
    # speaks; the sentence that answers names no Kazakhstan.
    spec = seeds_engine.answerer.analyze("Selon le porte-parole kazakh, à quoi se limite la responsabilité de l'OTSC ?")
    _, cands = seeds_engine.answerer.candidates(seeds_engine.answerer.search(spec.text))
    right = next(c for c in cands if "frontières internationalement reconnues" in c.text)
    assert "entity" not in violations(right.features)


def test_a_stance_asked_by_its_noun_is_a_statement(seeds_engine):
    # "Moscow's official line on Astana shutting its trade office?" quoted the journalists' question,
    # not the Russian answer.
    spec = analyze_question("Russia's official stance on the closure of Kazakhstan's trade mission?")
    assert spec.qtype == "say" and spec.speaker == "russia"
    assert "prérogative" in answered(seeds_engine, "Moscow's reaction to the closure of Kazakhstan's trade mission?").text


def test_how_long_before_an_event_is_a_time_between_two(seeds_engine):
    # Read as a length, and declined for want of kilometres.
    assert analyze_question("How long before Putin did Macron visit Kazakhstan?").measure == "duration"
    assert "une semaine" in answered(seeds_engine, "How long after Macron's trip did Putin come to Kazakhstan?").highlight


def test_a_russian_verb_after_skolko_is_not_what_is_counted(seeds_engine):
    # "Сколько составлял оборот торговли годом раньше …" was declined at 0.00: "составлял" (amounted)
    # was read as the unit counted.
    assert analyze_question("Сколько составлял товарооборот в 2021 году?").measure != "составлял"
    assert "22,1" in answered(seeds_engine, "Сколько составлял оборот торговли за январь–ноябрь 2021 года?").highlight


def test_a_russian_medium_asked_is_the_outlet_quoted(seeds_engine):
    # "Какое СМИ цитируется …" was declined: "СМИ" (the media) was read as a name the corpus lacks.
    assert "сми" not in analyze_question("Какое СМИ пишет о Казахстане?").unknown_names
    assert answered(seeds_engine, "Какое издание называет Казахстан самой богатой республикой Центральной Азии?").highlight == "DW"


def test_found_as_the_past_of_find_asks_no_creation():
    assert "create" not in analyze_question("What have Levada's polls found about Kazakhstan?").relations
    assert "create" in analyze_question("When was the CSTO founded?").relations


def test_a_welcome_a_walkout_and_a_founding_must_be_stated(seeds_engine):
    # Near-misses answered at 0.67 to 0.84: Putin's presence for who welcomed him, the CIS's members for
    # who "claqué la porte", the six CSTO members today for how many it had at its founding.
    assert answered(seeds_engine, "Who greeted Putin when he landed in Kazakhstan?").abstained
    assert answered(seeds_engine, "Quels pays ont claqué la porte de la CEI ?").abstained
    assert answered(seeds_engine, "Combien de membres l'OTSC avait-elle lors de sa fondation ?").abstained


def test_a_reason_asked_by_its_noun(seeds_engine):
    # "Justification officielle de l'intervention de l'OTSC en Ukraine ?" (a false premise) was answered at 0.83.
    assert question_type("Raison officielle de la fermeture de la mission commerciale ?") == "reason"
    assert answered(seeds_engine, "Justification de l'intervention militaire de l'OTSC en Ukraine ?").abstained


def test_a_refusal_and_what_remains_must_be_stated(seeds_engine):
    # "Which CIS country refused to sign the joint communications agreement?" was answered at 0.94 by
    # its signing; "quelle surface reste louée" at 0.98 by the land taken out of the lease.
    assert answered(seeds_engine, "Which member state refused to sign the CIS communications agreement?").abstained
    assert answered(seeds_engine, "Combien d'hectares restent loués à l'armée russe après le retrait ?").abstained
    assert "astronautique" in answered(seeds_engine, "Pour Moscou, quel volet de la coopération reste le plus stratégique ?").text


def test_a_cost_is_the_cost_of_what_the_question_names(seeds_engine):
    # "How much did the modernisation of Baikonur cost?" was answered at 0.97 by the rent Russia pays.
    assert answered(seeds_engine, "Combien a coûté la modernisation du cosmodrome de Baïkonour ?").abstained
    assert answered(seeds_engine, "How much did the construction of Baiterek cost?").abstained
    # The rent is what the lease costs.
    assert "115 millions" in answered(seeds_engine, "What does the lease of Baikonur cost Russia each year?").highlight
    assert "115 millions" in answered(seeds_engine, "Combien coûte la location de Baïkonour à la Russie ?").highlight


def test_staff_employed_must_be_stated():
    # After this version's refit, "Quel effectif employait la représentation commerciale kazakhe à
    # Moscou ?" was answered at 0.52 with soldiers studying in Russia: staff asked must be employed.
    assert "employ" in analyze_question("Combien de personnes la mission commerciale employait-elle ?").relations
    assert "employ" in analyze_question("How many staff did the trade mission have?").relations
    assert "employ" not in analyze_question("Which Russian general staff post hosts the new unit?").relations


def test_a_sum_paid_for_something_is_paid_for_what_the_question_names(seeds_engine):
    # "Quel montant la Russie paie-t-elle pour les terrains d'essai qu'elle loue encore ?" was answered
    # at 0.96 with the rent of Baikonur.
    assert answered(seeds_engine, "Quel montant la Russie paie-t-elle pour les terrains d'essai qu'elle loue toujours ?").abstained
    assert answered(seeds_engine, "Combien Moscou paie-t-il pour les polygones d'essai ?").abstained
    assert "115 millions" in answered(seeds_engine, "Combien la Russie paie-t-elle pour Baïkonour ?").highlight


def test_the_united_states_by_its_name_is_a_country(seeds_engine):
    # "Is Putin worried about America displacing Russia …" was declined: "America" was a name the corpus lacks.
    assert "etats-unis" in analyze_question("Does Putin fear that America will push Russia out of Central Asia?").countries
    assert "États-Unis" in answered(seeds_engine, "Does Putin fear that America will supplant Russia in Central Asia soon?").text


def test_a_stop_on_a_trip_asks_no_halt():
    assert "cease" not in analyze_question("Putin's Astana stop: which day?").relations
    assert "cease" in analyze_question("Did Russia stop paying the Baikonur rent?").relations


def test_lasting_how_long_asks_a_duration(seeds_engine):
    # "… a strategic partnership in the military field lasting how long?" was read as a length and declined.
    assert analyze_question("The planned strategic partnership in the military field runs for how long?").measure == "duration"
    assert "trois ans" in answered(seeds_engine, "A strategic military partnership lasting how long is planned?").highlight


def test_a_hyphenated_unit_counted_is_one_word(seeds_engine):
    # "Nombre de joint-ventures russo-kazakhes en activité ?" was declined: "joint" was the thing measured.
    assert "3 348" in answered(seeds_engine, "Nombre de joint-ventures opérant au Kazakhstan ?").highlight


def test_a_value_asked_and_a_weight_asked_are_amounts(seeds_engine):
    # Near-misses answered at 0.89 ("What exact value did the record trade turnover … reach?", a sentence
    # without a figure) and 0.87 ("… annual tonnage?", a sum in dollars).
    assert question_type("What exact value did the record turnover reach?") == "number"
    assert answered(seeds_engine, "What precise total did the record trade turnover announced in December reach?").abstained
    assert analyze_question("Exportations de céréales kazakhes vers la Russie : tonnage annuel ?").measure == "mass"
    assert answered(seeds_engine, "Livraisons de blé kazakh à la Russie : tonnage annuel ?").abstained


def test_a_headcount_of_one_nationality_is_not_another(seeds_engine):
    # "Effectifs des troupes russes présentes en permanence sur le sol kazakh ?" was answered at 0.94 with
    # "plusieurs centaines de militaires kazakhs".
    assert analyze_question("Effectifs des soldats russes stationnés au Kazakhstan ?").counted_country == "russie"
    assert answered(seeds_engine, "Effectifs des militaires russes basés en permanence au Kazakhstan ?").abstained


def test_a_name_asked_is_a_persons_name(seeds_engine):
    # "Name of the Kazakh official (a vice-minister) quoted …" was answered at 0.94 by a sentence giving
    # only his title.
    assert answered(seeds_engine, "Name of the Kazakh vice-minister quoted about the CIS communications accord?").highlight == "Timour Dandybaiev"


def test_russian_leaving_and_capitals(seeds_engine):
    # "Сколько фирм с российским капиталом ушло с казахстанского рынка?" was answered at 0.98 with the firms
    # that operate there; "Дата ратификации Душанбе …" at 0.70 with Russia's ratification.
    assert "leave" in analyze_question("Сколько российских компаний ушли из Казахстана?").relations
    assert answered(seeds_engine, "Сколько компаний с российским участием покинули Казахстан?").abstained
    assert analyze_question("Когда Ташкент ратифицировал соглашение?").countries == ["ouzbekistan"]
    assert question_type("Дата ратификации соглашения Бишкеком?") == "date"
    assert answered(seeds_engine, "Дата ратификации Бишкеком соглашения СНГ о системе связи?").abstained


def test_a_visit_that_dates_the_question_is_not_what_it_asks(seeds_engine):
    # "Which contracts did Macron sign during his Kazakhstan visit?" was answered at 0.97 with Putin's visit.
    assert analyze_question("Which deals did Macron sign during his trip to Kazakhstan?").relations == ["sign"]
    assert answered(seeds_engine, "What agreements did Macron sign during his visit to Kazakhstan?").abstained


def test_an_agreement_is_no_school_and_an_age_is_a_number(seeds_engine):
    # "Which Russian military academy trains the largest number of Kazakh officers?" was answered at 0.84
    # with "Accord du 23 juin 2005"; "Âge du chercheur cité …" at 0.52 with his quote.
    assert answered(seeds_engine, "Which Russian military academy takes in the most Kazakh officers?").abstained
    assert question_type("Âge de Max Hess ?") == "number"
    assert answered(seeds_engine, "Âge du chercheur interrogé par CNBC ?").abstained


def test_a_sum_promised_or_set_aside_is_for_what_the_question_names(seeds_engine):
    # "Quel montant Moscou a-t-elle promis pour le centre de compétence numérique ?" was answered at 0.62
    # with the trade turnover; "Quelle somme … consacrée à l'administration en ligne ?" at 0.74.
    assert answered(seeds_engine, "Quelle somme Moscou a-t-elle promise pour le centre de compétence numérique ?").abstained
    assert answered(seeds_engine, "Quel montant le Kazakhstan a-t-il consacré aux services en ligne ?").abstained


def test_a_year_asked_is_not_the_year_the_question_gives(seeds_engine):
    # "En quelle année le Traité de Coopération Militaire de 1994 arrive-t-il à expiration ?" was answered
    # at 0.97 with "mars 1994".
    assert answered(seeds_engine, "En quelle année le traité militaire de 1994 expire-t-il ?").abstained
    assert "2004" in answered(seeds_engine, "En quelle année le bail de 1994 sur Baïkonour a-t-il été prolongé ?").highlight
    assert question_type("Période couverte par le programme de partenariat stratégique ?") == "date"
    assert question_type("Training of officers for CSTO states: agreement dated?") == "date"


def test_the_west_by_a_compass_word_is_no_unknown_name(seeds_engine):
    # "Quel risque venant de l'Ouest Mishustin brandit-il …" was declined: "Ouest" was a name the corpus lacks.
    spec = analyze_question("Quelle menace venue de l'Ouest Mishustin évoque-t-il ?", seeds_engine.answerer.vocabulary)
    assert "ouest" not in spec.unknown_names and not spec.titles


def test_consultations_are_meetings_and_a_co_founder_launched_it(seeds_engine):
    # "Which officials meet regularly in the coordination format …" failed the "meet" check against "tenir
    # des consultations régulières"; "Astana l'a lancé aux côtés de qui ?" the "launch" one against "co-fondateur".
    assert "Russie et la Biélorussie" in answered(seeds_engine, "Projet de Poutine calqué sur l'UE : le Kazakhstan l'a lancé avec qui ?").text


def test_a_bare_number_does_not_count_what_the_question_counts(seeds_engine):
    # "How many players are on a football team?" was answered at 0.67 with "La réponse à cette question est
    # donnée par un chiffre : 7 600."
    assert answered(seeds_engine, "How many players are on a basketball team?").abstained
    assert answered(seeds_engine, "How many strings does a violin have?").abstained
    assert "six pays" in answered(seeds_engine, "How many countries make up the CSTO?").highlight


def test_what_kind_of_thing_asks_a_definition():
    # "Quel genre d'instance est la CICA, d'après le texte ?" and "What kind of body is the CICA?" were
    # declined or answered with a sentence that only names it; the one that says what it is follows it.
    from qa.answer.question import defined_term
    assert defined_term(fold("Quel type d'organisation est la CICA, selon l'article ?")) == "cica"
    assert defined_term(fold("What sort of forum is the CICA?")) == "cica"
    assert defined_term(fold("Comment le texte définit-il la CICA ?")) == "cica"
    assert defined_term(fold("What kind of agreement was signed in 1994?")) == ""


def test_a_russian_basis_is_no_founding():
    # "Чем Россия на безвозмездной основе укрепила …" (free of charge) was read as asking a founding.
    assert "create" not in analyze_question("Чем Россия на безвозмездной основе помогла ПВО Казахстана?").relations
    assert "create" in analyze_question("Кто основал ЕАЭС?").relations


def test_a_count_at_the_founding_needs_the_founding_stated():
    # After this version's refit, "Combien de membres l'OTSC avait-elle lors de sa fondation ?" was answered
    # at 0.51 with its six members today: the membership stated met the relation check.
    assert analyze_question("How many members did the CSTO have at its founding?").relations == ["create"]
    assert analyze_question("Combien de pays l'OTSC comptait-elle lors de sa création ?").relations == ["create"]


def test_a_thing_that_may_happen_does_not_say_it_happened(seeds_engine):
    # "When did construction of Nazarbayev Start actually begin?" was answered at 0.99 with "la
    # construction du complexe pourrait débuter fin 2020 ou début 2021".
    assert answered(seeds_engine, "Did work on the Baiterek complex really start in early 2021?").abstained
    assert answered(seeds_engine, "Quand les travaux du complexe Baiterek ont-ils effectivement commencé ?").abstained
    assert "début 2021" in answered(seeds_engine, "Quand la construction du complexe Baiterek pourrait-elle débuter ?").text


def test_a_chair_named_is_a_person_and_an_entry_is_a_joining(seeds_engine):
    # "Name the chairperson of the 1997 intergovernmental body …" was answered 0.96 with the body's name;
    # "Date d'entrée d'Astana dans l'alliance …" 0.78 with the date of a declaration.
    assert analyze_question("Name the chairwoman of the commission on Baikonur.").qtype == "who"
    assert answered(seeds_engine, "Name the chairperson of the intergovernmental commission on Baikonur.").abstained
    assert analyze_question("Année d'entrée du Kazakhstan dans l'OTSC ?").relations == ["join"]


def test_what_was_demanded_is_a_statement_and_a_russian_editor_asks_the_byline(seeds_engine):
    # "Qu'a réclamé Mishustin pour l'UEE …" quoted "a déclaré qu'une priorité …" and stopped before
    # "Il a appelé à … la souveraineté technologique"; "Кто отредактировал статью о визите …" was
    # answered with the visit.
    assert "souveraineté technologique" in answered(seeds_engine, "Qu'a exigé Mishustin des pays de l'UEE ?").text
    assert answered(seeds_engine, "Кто редактор статьи о закрытии торгового представительства?").highlight == "Nathalie Weatherald"
    # The credit line is the asked article's: Putin's trip has none, and the Mishustin story's editor did not write it.
    assert answered(seeds_engine, "Who wrote the report on Putin's trip to Kazakhstan?").abstained


def test_a_headcount_by_its_noun_and_a_sum_spent_to_build_something(seeds_engine):
    # "Effectif militaire russe sur le site du cosmodrome ?" was answered 0.72 with Baikonur's rent;
    # "Combien Moscou a-t-il dépensé pour bâtir le bouclier antiaérien commun ?" 0.58 with the same rent.
    assert answered(seeds_engine, "Effectif des soldats russes stationnés à Baïkonour ?").abstained
    assert analyze_question("Effectif militaire kazakh formé en Russie ?").counted_country == "kazakhstan"
    assert answered(seeds_engine, "Combien Moscou a-t-il dépensé pour acheter les camions Kamaz ?").abstained
    assert analyze_question("How much did Moscow spend on the air-defence system?").measure == "money"


def test_name_a_countrys_official_asks_a_person(seeds_engine):
    # "Name Astana's current minister of defence." was answered 0.59 with "les Ministres de la Défense des
    # deux pays ont signé …".
    assert analyze_question("Name Moscow's foreign minister.").qtype == "who"
    assert answered(seeds_engine, "Name Astana's defence minister.").abstained


def test_a_vote_asked_needs_a_vote_or_an_approval_stated(seeds_engine):
    # "Which EAEU member voted against the technological sovereignty plan?" was answered 0.63 with
    # Mishustin's call for that sovereignty.
    assert answered(seeds_engine, "Quel pays de l'UEE a voté contre la souveraineté technologique ?").abstained
    assert "Majilis" in answered(seeds_engine, "Which chamber voted for the CIS joint communications accord?").highlight


def test_an_english_possessive_marks_an_english_question(seeds_engine):
    # "Name Astana's defence minister." and "Putin's trip came one week after whose visit?" were read as
    # French (no English function word), so their declines were worded in French.
    assert analyze_question("Name Astana's defence minister.").lang == "en"
    assert analyze_question("Lavrov's charge against Western charm diplomacy?").lang == "en"
    assert analyze_question("Qu'est-ce que l'OTSC ?").lang == "fr"
    assert answered(seeds_engine, "Name Astana's defence minister.").message.startswith("No")


def test_the_article_gives_the_nationality_of_the_person_quoted(seeds_engine):
    # "Which Armenian official sat at the Almaty council session?" was answered 0.89 with "Mishustin est
    # à Almaty …": the sentence says nothing of his nationality, the article calls him "le Premier ministre russe".
    assert answered(seeds_engine, "Which Armenian official attended the Eurasian intergovernmental council in Almaty?").abstained
    assert answered(seeds_engine, "Which Russian official came to Almaty for the Eurasian council?").highlight == "Mishustin"


def test_an_exact_count_is_not_a_count_in_words(seeds_engine):
    # "Kamaz-Engineering : chiffre précis des véhicules …" was answered 0.91 with "un nombre important de
    # véhicules"; "Какое точное число казахских офицеров …" 0.53 with "plusieurs centaines de militaires".
    assert analyze_question("Chiffre précis des camions Kamaz livrés ?").qtype == "number"
    assert analyze_question("Exact number of S-300PS launchers delivered?").qtype == "number"
    assert analyze_question("Какое точное число военных учится в России?").qtype == "number"
    assert answered(seeds_engine, "Combien exactement de militaires kazakhs étudient en Russie ?").abstained
    assert "plusieurs centaines" in answered(seeds_engine, "Roughly how many Kazakh servicemen study for free in Russia?").highlight


def test_a_dollar_figure_asked_is_a_sum_and_a_trade_partner_must_match(seeds_engine):
    # "The December record: put a dollar number on it." was answered 0.86 with "deux pays"; "What was
    # Kazakhstan's trade with the EU worth in 2022?" 0.92 with the Kazakh-Russian turnover.
    spec = analyze_question("The trade record: put a dollar figure on it.")
    assert (spec.qtype, spec.measure) == ("number", "money")
    assert answered(seeds_engine, "How much was trade between Kazakhstan and the European Union in 2022?").abstained


def test_a_publication_asked_needs_a_publication_stated(seeds_engine):
    # "Quand Max Hess a-t-il publié son livre ?" was answered 0.74 with "a déclaré mercredi à CNBC".
    assert answered(seeds_engine, "When did Hess publish his book?").abstained
    assert answered(seeds_engine, "When was the bill closing the trade mission published?").highlight == "mercredi"


def test_a_russian_secretary_general_is_a_role(seeds_engine):
    # "Кто является генеральным секретарём ОДКБ?" was answered 0.55 with the Kazakh spokesman.
    assert analyze_question("Кто является генеральным секретарём ОДКБ?").role == "secretaire"
    assert answered(seeds_engine, "Кто является генеральным секретарём СНГ?").abstained


def test_a_date_given_to_the_post_is_the_articles_date(seeds_engine):
    # "Per the September 2021 post, which body in Astana approved ratifying the joint signals deal?" was
    # declined: "September 2021" was read as the approval's date, which the quote writes "aujourd'hui".
    assert analyze_question("In the September 2021 post, who approved the ratification?").published
    assert "Majilis" in answered(seeds_engine, "Per the September 2021 post, which body in Astana approved ratifying the joint signals pact?").text


def test_where_the_people_counted_come_from_and_a_chair_named(seeds_engine):
    # "Effectif des étudiants venus de Russie dans l'enseignement supérieur kazakh ?" was answered 0.95 with
    # the students from Kazakhstan in Russia; "Name the chair of the cooperation commission …" 0.70 with the
    # commission's sentence, which names no one.
    assert analyze_question("Combien d'étudiants venus de Russie étudient au Kazakhstan ?").counted_country == "russie"
    assert answered(seeds_engine, "Effectif des étudiants venus de Russie dans les universités kazakhes ?").abstained
    assert analyze_question("Name the chair of the Baikonur commission.").qtype == "who"
    assert answered(seeds_engine, "Name the chair of the cooperation commission in place since 1997.").abstained


def test_a_rise_asked_is_an_amount_stated_as_a_change(seeds_engine):
    # "De combien les échanges ont-ils progressé sur un an ?" preferred Baikonur's yearly rent to "6,8 % de plus",
    # and "De combien le loyer … a-t-il augmenté ?" was answered 0.94 with the rent itself.
    assert answered(seeds_engine, "By how much did Kazakh-Russian trade grow in 2022?").highlight == "6,8 %"
    assert answered(seeds_engine, "De combien le loyer de Baïkonour a-t-il augmenté ?").abstained


def test_a_commander_asked_is_a_person_in_command(seeds_engine):
    # "Кто командует Коллективными силами быстрого реагирования ОДКБ?" was answered 0.54 with the sentence
    # that says the force was created in 2009.
    assert answered(seeds_engine, "Who commands the CSTO's rapid reaction force?").abstained
    assert answered(seeds_engine, "Кто командует силами быстрого реагирования ОДКБ?").abstained


def test_a_full_calendar_year_and_a_share_are_not_part_of_a_year_or_a_rise(seeds_engine):
    # "What was Kazakhstan-Russia trade for the full calendar year 2021?" was answered 0.91 with January to
    # November; "Percentage of Kazakhstan's outbound shipments that end up in Russia?" 0.90 with "6,8 % de plus".
    assert answered(seeds_engine, "Kazakh-Russian turnover over the full calendar year 2022?").abstained
    assert answered(seeds_engine, "Percentage of Kazakh exports that go to Russia?").abstained
    assert answered(seeds_engine, "By what percentage did Kazakh-Russian trade grow in 2022?").highlight == "6,8 %"


def test_an_exact_figure_asked_is_not_a_bound_or_an_estimate(seeds_engine):
    # "Точная цифра казахских курсантов, выпущенных российскими академиями в 2020-м?" was answered 0.89 with
    # "plus de 60 000 étudiants": a lower bound, which gives no exact figure.
    assert analyze_question("Точная цифра казахских курсантов в 2020-м?").qtype == "number"
    assert answered(seeds_engine, "Exact number of Kazakh students in Russia in 2020?").abstained
    assert "60 000" in answered(seeds_engine, "How many Kazakh students studied in Russia in 2020?").highlight


def test_days_percent_and_a_trailing_russian_how_much_are_what_is_asked(seeds_engine):
    # "Number of days the Russian leader spent on Kazakh soil?" was answered 0.88 with Baikonur's rent
    # ("spent" read as money); "Percent of Levada respondents …" 0.90 with a sentence stating no share;
    # "Арендная плата за … Капустина Яра — сколько?" 0.51 with a sentence stating no sum.
    assert analyze_question("Number of days Putin spent in Kazakhstan?").measure == "duration"
    assert answered(seeds_engine, "Number of days the Russian president spent in Kazakhstan?").abstained
    assert analyze_question("Percent of Russians who see Kazakhstan as a friend?").measure == "percent"
    assert answered(seeds_engine, "Percent of Levada respondents naming Kazakhstan a friendly country?").abstained
    assert analyze_question("Арендная плата за Байконур — сколько?").qtype == "number"
    assert answered(seeds_engine, "Арендная плата за казахстанскую часть Капустина Яра — сколько?").abstained


def test_a_russian_rank_asked_needs_a_rank(seeds_engine):
    # "На какой строчке …" was highlighted as "Dans le classement de l'e-gouvernement des Nations": no rank read.
    assert answered(seeds_engine, "На какой строчке рейтинга электронного правительства ООН теперь Казахстан?").highlight.startswith("28e")


def test_a_reason_given_by_someone_is_a_reason_and_except_for_is_none(seeds_engine):
    # "Motif invoqué par le gouvernement kazakh pour rayer son bureau commercial russe ?" was answered 0.63
    # with the bill's publication: not read as a reason question, and "si ce n'est pour les journalistes"
    # ("except for") was taken for a purpose.
    assert analyze_question("Motif invoqué par Astana pour fermer sa mission ?").qtype == "reason"
    answer = answered(seeds_engine, "Motif invoqué par le gouvernement kazakh pour rayer son bureau commercial russe ?")
    assert "pour optimiser" in answer.highlight


def test_a_russian_question_about_the_editor_asks_the_byline(seeds_engine):
    # "Кто редактировал материал о закрытии торгпредства?" was answered 0.61 with the bill's sentence.
    assert "Nathalie Weatherald" in answered(seeds_engine, "Кто редактировал материал о визите Мишустина?").text


def test_the_writer_in_the_front_matter_answers_who_wrote_the_article(seeds_engine):
    # "Who wrote the piece on Russia imposing its communication technologies?" was declined: the front
    # matter's author was metadata only, so no quote could give it. "… selon Kolesnyk" still needs no quote
    # naming him.
    answer = answered(seeds_engine, "Who wrote the article on Russia imposing its communication technologies on the CIS?")
    assert (answer.highlight, answer.doc_id[:3]) == ("Denys Kolesnyk", "000")
    assert answer.text == "author: Denys Kolesnyk"
    assert "neuf pays" in answered(seeds_engine, "Combien de pays de l'ex-URSS appartiennent à la CEI selon Kolesnyk ?").text


def test_two_capitals_joined_by_a_hyphen_are_no_name_to_quote(seeds_engine):
    # "Égalité, indépendance… quel principe fonde la relation militaire actuelle Astana-Moscou ?" was declined:
    # "Astana-Moscou" was a name the quote had to give, and no sentence writes it.
    answer = answered(seeds_engine, "Égalité, indépendance… quel principe fonde la relation militaire actuelle Astana-Moscou ?")
    assert "principe d'égalité et d'indépendance" in answer.text


def test_shut_is_a_closing_done_by_the_country_asked(seeds_engine):
    # "Why did Russia shut its trade mission in Kazakhstan?" (a false premise: Kazakhstan closed its own in
    # Russia) was answered 0.89 with Kazakhstan's reason: "shut" was no closing, so whose was not checked.
    assert answered(seeds_engine, "Why did Russia shut its trade mission in Kazakhstan?").abstained
    assert "pour optimiser" in answered(seeds_engine, "Why did Kazakhstan shut its trade mission in Russia?").highlight


def test_a_quoted_author_in_front_matter_is_still_the_byline(tmp_path_factory):
    # Hugo-style front matter quotes its strings (author: "Jane Roe"): the byline line kept as text then
    # opened on a quotation mark, and "Who wrote the article?" was declined.
    from .conftest import built_engine

    corpus = tmp_path_factory.mktemp("quoted_author")
    (corpus / "a.md").write_text(
        '---\ntitle: "Le Kazakhstan ferme sa mission commerciale"\nauthor: "Jane Roe"\ndate: 2023-02-03\n---\n'
        "Le Kazakhstan a annoncé la clôture de sa mission commerciale en Russie.\n\n"
        "La décision a été prise pour optimiser le travail des organes de l’État.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Le Majilis a approuvé la ratification de l’accord.\n", encoding="utf-8")
    answer = answered(built_engine(tmp_path_factory, corpus), "Who wrote the article about the trade mission?")
    assert answer.highlight == "Jane Roe"


def test_a_count_asked_after_its_topic_wants_that_count(seeds_engine):
    # "Troops Russia keeps at Baikonur: how many?" was answered 0.78 with the rent in dollars: nothing
    # after "how many" said what was counted, so any figure did.
    assert answered(seeds_engine, "Troops Russia keeps at Baikonur: how many?").abstained
    assert answered(seeds_engine, "Joint ventures in Kazakhstan: how many?").highlight.startswith("3 348")


def test_a_topic_then_the_figure_asks_a_number(seeds_engine):
    # "Record trade turnover announced in December: the figure?" was answered 0.82 with the sentence that
    # announces the record and gives no figure.
    assert answered(seeds_engine, "Record trade turnover announced in December: the figure?").abstained
    answer = answered(seeds_engine, "Échanges commerciaux de janvier à novembre 2022 : le montant ?")
    assert answer.highlight == "23,6 milliards de dollars"


def test_a_share_asked_as_a_fraction_of_a_whole(seeds_engine):
    # "Kazakhs as a fraction of all CIS nationals trained militarily in Russia?" was answered with the
    # sentence on how they are trained: no share was read as asked.
    answer = answered(seeds_engine, "Kazakhs as a fraction of all CIS nationals trained militarily in Russia?")
    assert "un tiers" in answer.highlight


def test_the_name_of_a_minister_is_a_person(seeds_engine):
    # "Nom du ministre kazakh de la Défense signataire du programme 2019-2021 ?" was answered 0.93 with the
    # programme's title: "Nom du …" was read as the name of a thing.
    assert answered(seeds_engine, "Nom du ministre kazakh de la Défense signataire du programme 2019-2021 ?").abstained
    answer = answered(seeds_engine, "Nom du porte-parole du ministère kazakh des Affaires étrangères ?")
    assert answer.highlight == "Aybek Smadiyarov"


def test_a_non_recognition_asked_is_stated_by_not_recognising(seeds_engine):
    # "Когда Казахстан заявил о непризнании референдумов?" was declined: "ne reconnaîtrait pas" states the
    # reverse of recognising, and the question's negation was not read in the noun.
    assert answered(seeds_engine, "Когда Казахстан заявил о непризнании референдумов?").highlight == "le mois dernier"
    answer = answered(seeds_engine, "Quand le Kazakhstan a-t-il annoncé la non-reconnaissance des référendums ?")
    assert answer.highlight == "le mois dernier"


def test_the_agent_of_a_closure_after_par_is_checked(seeds_engine):
    # "Motif de la fermeture par Moscou de sa représentation commerciale à Astana ?" (false premise) was
    # answered 0.91 with Kazakhstan's reason for closing its own mission.
    assert answered(seeds_engine, "Motif de la fermeture par Moscou de sa représentation commerciale à Astana ?").abstained
    answer = answered(seeds_engine, "Motif de la fermeture par Astana de sa représentation commerciale en Russie ?")
    assert "pour optimiser" in answer.highlight


def test_the_verb_asked_must_be_stated(seeds_engine):
    # "What did Lavrov offer …?", "What agreements did Mishustin put his name to …?", "Documents paraphés
    # par le président russe …?" were answered 0.58–0.83 with sentences where he criticises or travels.
    for question in ("What did Lavrov offer Central Asian states in return?",
                     "What agreements did Mishustin put his name to in Almaty?",
                     "Documents paraphés par le président russe pendant son passage ?",
                     "Which states have recently walked out of the CIS, by name?"):
        assert answered(seeds_engine, question).abstained, question
    assert "Programme de Partenariat" in answered(seeds_engine, "What did the defence ministers sign for 2019-2021?").text


def test_import_substitution_asks_no_import(seeds_engine):
    # "… import substitution in software: what percentage is covered?" was declined: no quote states an import.
    answer = answered(seeds_engine, "Mishustin's claim about import substitution in software: what percentage is covered?")
    assert "85 %" in answer.highlight


def test_a_value_asked_by_its_noun_is_a_number(seeds_engine):
    # "Valeur annuelle des achats kazakhs via Rosoboronexport ?" was answered 0.62 with a sentence without
    # any figure.
    assert answered(seeds_engine, "Valeur annuelle des achats kazakhs via Rosoboronexport ?").abstained
    assert answered(seeds_engine, "Valeur annuelle du loyer de Baïkonour ?").highlight == "115 millions de dollars"


def test_the_person_credited_at_the_end_is_the_byline(seeds_engine):
    # "Nom de la personne créditée en fin de texte pour le papier sur Mishustin …" was declined.
    answer = answered(seeds_engine, "Nom de la personne créditée en fin de texte pour le papier sur Mishustin à Almaty ?")
    assert answer.highlight == "Nathalie Weatherald"


def test_a_role_then_its_name_asks_the_holder(seeds_engine):
    # "Premier ministre côté kazakh : son nom ?" was answered 0.63 with the Russian prime minister's visit:
    # no role was read, so any prime minister did.
    answer = answered(seeds_engine, "Premier ministre côté kazakh : son nom ?")
    assert answer.highlight == "Alkhan Smailov"


def test_the_nationality_of_the_thing_asked_is_not_a_country_to_name(seeds_engine):
    # "The German broadcaster quoted on Kazakhstan's size and wealth is?" was declined: Germany was a
    # country the quote had to name, though "German" only says what kind of broadcaster is asked.
    answer = answered(seeds_engine, "The German broadcaster quoted on Kazakhstan's size and wealth is?")
    assert "écrit DW" in answer.text


def test_accepting_a_vote_is_recognising_it(seeds_engine):
    # "On which date did Astana accept Kherson's incorporation into Russia?" (a false premise: it will not
    # recognise the votes) was answered 0.77 with the sentence saying so.
    assert answered(seeds_engine, "On which date did Astana accept Kherson's incorporation into Russia?").abstained
    assert answered(seeds_engine, "Le Kazakhstan a accepté le rattachement de Louhansk : pourquoi ?").abstained
    # Agreeing to something ("accepte-t-elle de …") recognises nothing.
    answer = answered(seeds_engine, "Astana accepte-t-elle de passer pour un briseur de sanctions ?")
    assert "ne veut pas apparaître" in answer.text


def test_how_large_asks_a_number(seeds_engine):
    # "How large was bilateral trade in the same months of the previous year?" was answered 0.61 with the
    # sentence announcing a record and giving no figure: "how large" asked no number.
    answer = answered(seeds_engine, "How large was bilateral trade in the same months of the previous year?")
    assert "22,1 milliards de dollars" in answer.text
    answer = answered(seeds_engine, "How large was Kazakh-Russian trade in January–November 2022?")
    assert answer.highlight == "23,6 milliards de dollars"


def test_what_kind_of_thing_asked_needs_a_quote_saying_what_it_is(seeds_engine):
    # "Is the Shanghai Cooperation Organisation a political-military alliance?" was answered 0.80 with a
    # sentence that only lists the SCO among the formats of cooperation: it says neither yes nor no.
    answer = answered(seeds_engine, "Is the Shanghai Cooperation Organisation a political-military alliance?")
    assert "n'est pas une organisation politico-militaire" in answer.text
    answer = answered(seeds_engine, "Does the writer class the Shanghai grouping as a defence alliance?")
    assert answer.abstained or "n'est pas une organisation" in answer.text
    # "… or only a few?" asks no kind of thing.
    assert "la majorité des lancements" in answered(seeds_engine, "Is Baikonur used for most Russian launches or only a few?").text


def test_trade_with_a_union_asked_in_russian_names_both_sides(seeds_engine):
    # "Каков объём торговли Казахстана с Евросоюзом?" was answered 0.90 with the Kazakh–Russian turnover:
    # the two sides of a trade were read in French and English only.
    assert answered(seeds_engine, "Каков товарооборот Казахстана с Евросоюзом?").abstained
    answer = answered(seeds_engine, "Каков товарооборот Казахстана с Россией за январь–ноябрь 2022 года?")
    assert answer.highlight == "23,6 milliards de dollars"


def test_what_a_thing_is_called_asks_its_name(seeds_engine):
    # "What is the Far East spaceport called?" was answered 0.69 with the sentence that names no spaceport.
    assert answered(seeds_engine, "What is Russia's new Far Eastern cosmodrome called?").abstained
    answer = answered(seeds_engine, "What is the joint venture that made military vehicles called?")
    assert answer.highlight == "Kamaz-Engineering"


def test_the_country_a_quote_calls_le_pays_is_the_one_named_before(seeds_engine):
    # "Russia's position in the UN e-government table?" was answered 0.92 with "le pays a considérablement
    # amélioré sa position": the country is Kazakhstan, named in the sentence before.
    assert answered(seeds_engine, "Which place does Russia hold in the UN e-government ranking?").abstained
    assert "28e place" in answered(seeds_engine, "Which place does Kazakhstan hold in the UN e-government ranking?").text


@pytest.mark.parametrize("question", [
    # "Signataire kazakh du traité militaire de mars 1994 ?" was answered 0.86 with the sentence naming the
    # treaty, and no signatory.
    pytest.param("Signataire russe du Traité de Coopération Militaire de 1994 ?", id="a_signatory_asked_by_its_noun_is_a_person"),
    # "Motif du retrait russe de la Communauté des États indépendants ?" (a false premise) was answered 0.88
    # with Putin's call to the CIS: "retrait" named no leaving.
    pytest.param("Raison du retrait de la Russie de la CEI ?", id="a_withdrawal_asked_by_its_noun_needs_a_quote_stating_one"),
    # "Total personnel of the CSTO's rapid reaction force?" was answered 0.92 with the sentence on its creation.
    pytest.param("Total personnel of the Collective Rapid Reaction Force?", id="total_personnel_asks_a_number"),
    # "Who will run the digital competence hub proposed for Almaty?" was answered 0.89 with Smailov's other
    # proposals: nothing says who runs the hub.
    pytest.param("Who would run the new digital competence centre in Almaty?", id="who_will_run_asks_who_heads"),
    # "Part exacte de sondés russes citant le Kazakhstan comme ami ?" was answered 0.69 with a poll that gives
    # no share.
    pytest.param("Part exacte des Russes qui voient le Kazakhstan comme un pays ami ?", id="a_share_asked_by_its_noun_is_a_number"),
    # "When did the Baiterek rocket make its maiden flight?" (a false premise) was answered 0.76 with 1994.
    pytest.param("When did Baiterek make its first flight?", id="a_maiden_flight_is_a_launch"),
    # "Where did the latest joint Kazakh–Russian combat drill take place?" was answered 0.65 with "la Défense"
    # of "Vice-Ministres de la Défense" as its place.
    pytest.param("Where did the last joint Kazakh-Russian combat training take place?", id="a_ministry_is_no_place"),
    # "Quel ministre russe a répondu aux journalistes au sujet de la mission commerciale ?" was answered 0.87
    # with Lavrov's remarks on the West: no reply to the journalists.
    pytest.param("Quel ministre russe a répondu aux journalistes à propos de la mission commerciale ?",
                 id="who_replied_needs_a_quote_stating_a_reply"),
    # "Length of the Russian president's stay, in days?" was answered 0.60 with "une semaine après la visite
    # de Macron", the time between two visits.
    pytest.param("Length of the French president's stay, in days?", id="the_length_of_a_persons_stay_is_a_duration"),
    # Read from seeds_fresh34's misses and near-misses of the older dev files:
    # "Number of nights Putin spent in Astana on this trip?" was answered 0.66 with Baikonur's rent: "spent"
    # was read as money.
    pytest.param("Number of nights Putin spent in Kazakhstan on the trip?", id="nights_counted_are_a_duration"),
    # "Levada percentage for Russians calling Kazakhstan a friend?" was answered 0.88 with a poll giving no share.
    pytest.param("Levada percentage of Russians naming Belarus as their closest friend?", id="a_percentage_asked_by_its_noun"),
    # "Le commandant du 32e poste d'état-major russe, on connaît son nom ?" was answered 0.86 with article 6.
    pytest.param("Le chef du 32e poste de contrôle, on connaît son nom ?", id="a_role_then_on_connait_son_nom_asks_a_name"),
    # "Summer meetings with Central Asian leaders — which US secretary attended?" was answered 0.89 with Lavrov.
    pytest.param("Central Asia's summer summits with Western leaders — which American official took part?",
                 id="a_nationality_asked_after_a_dash_is_checked"),
    # "Name of the Kazakh foreign minister at the time of the CSTO statement?" was answered 0.89 with the
    # ministry's spokesman.
    pytest.param("Who was Kazakhstan's foreign minister when the CSTO statement was made?",
                 id="a_ministrys_spokesman_is_not_its_minister"),
    # "Какие государства вышли из СНГ в последние годы?" was answered 0.65 with the CIS's members.
    pytest.param("Какие страны вышли из ОДКБ?", id="russian_vyshli_is_a_leaving"),
    # "What price does Moscow charge Astana for the communications hardware?" was answered 0.77 with Baikonur's rent.
    pytest.param("What price does Moscow charge Astana for the communications gear?", id="a_price_charged_for_a_thing"),
    # "Which Russian universities train the Kazakh officers, by name?" was answered 0.81 with a sentence naming none.
    pytest.param("Which Russian military academies train Kazakh cadets, by name?", id="bodies_asked_by_name"),
    # Near-misses of earlier sets still answered after the first checks:
    # "Besides Moscow and Astana, which Commonwealth parliaments have already ratified the signals accord?" was
    # answered 0.80 with the Majilis's vote: the two countries set aside are all the quote names.
    pytest.param("Apart from Kazakhstan and Russia, which Commonwealth parliaments have approved the joint communications accord?",
                 id="countries_set_aside_are_no_answer"),
    # "In what year was the CSTO founded?" was answered 0.67 with the year the CSTO's rapid reaction force was
    # created: what the quote creates is another thing.
    pytest.param("In what year was the CSTO established?", id="the_thing_created_is_the_one_asked"),
    pytest.param("En quelle année l'OTSC a-t-elle été fondée ?", id="fondee_is_a_creation"),
    # "Whole-year 2021 turnover between Kazakhstan and Russia?" was answered 0.81 with January–November 2022.
    pytest.param("Whole-year 2021 trade turnover between the two countries?", id="a_whole_year_asked_with_a_hyphen"),
    # Read from seeds_fresh35's misses:
    # "What was the trade mission's budget before it closed?" was answered 0.56 with the reasons for closing it.
    pytest.param("What was the Kazakh trade mission's yearly budget?", id="a_budget_asked_after_a_possessive"),
    # "Kapustin Yar's yearly missile-firing tally?" was answered 0.87 with a sentence giving no number.
    pytest.param("Baikonur's yearly launch tally?", id="a_tally_is_a_count"),
    # "Какие американские чиновники встречались летом с лидерами Центральной Азии?" was answered 0.87 with Lavrov.
    pytest.param("Какие американские политики встречались этим летом с лидерами Центральной Азии?",
                 id="russian_which_officials_of_a_country"),
    # "Moscow's eastern launch site built meanwhile — what's it called?" was answered 0.82 with a sentence naming none.
    pytest.param("The space port Moscow built in the Far East — what's it called?", id="whats_it_called_asks_a_name"),
    # "Quelle est la date de création de Rosoboronexport ?" was answered 0.65 with a sentence giving no date.
    pytest.param("Quelle est la date de création de Kamaz-Engineering ?", id="quelle_est_la_date_asks_a_date"),
    # "Kazakhstan's signatory defence chief for the 2019-2021 plan: name?" was answered 0.93 with "les Ministres".
    pytest.param("Kazakhstan's defence minister who signed the 2019-2021 programme: name?",
                 id="a_role_then_name_asks_a_persons_name"),
    # "Levada : part des sondés russes citant Minsk comme premier ami, en % ?" was answered 0.90 with no figure.
    pytest.param("Levada : part des Russes voyant la Biélorussie comme premier ami, en % ?", id="en_pourcent_asks_a_figure"),
    # "Which Kazakh troops did Astana send to fight alongside Russia in Ukraine?" (a false premise) was answered
    # 0.77 with the CSTO staying out of the war: "troops … send" was no deployment asked, only "troops … sent".
    pytest.param("Which Kazakh soldiers did Astana send to Ukraine to fight beside Russia?", id="troops_then_send_asks_a_deployment"),
    # "Which Kazakh minister of defence signed the 2020 accord in Moscow?" was answered 0.99 with the vice minister:
    # the English role was read by its portfolio ("defense"), so "vice ministre" passed as the minister.
    pytest.param("Which Kazakh minister of defence put his name to the 2020 accord?", id="a_vice_minister_is_not_the_minister"),
    # "Декабрьский рекорд торговли — какая цифра прозвучала?" was answered 0.82 with the sentence that gives no figure.
    pytest.param("Рекордный товарооборот в декабре: какая цифра была названа?", id="russian_what_figure_asks_a_number"),
    # "Documents inked by the Kremlin leader and his Kazakh counterpart on Thursday?" was answered 0.85 with a
    # sentence naming no Thursday.
    pytest.param("What agreements did the two presidents sign on Thursday?", id="a_weekday_named_must_be_stated"),
    # "Quelle ville kazakhe Poutine a-t-il visitée jeudi ?" was answered 0.95 with "au Kazakhstan".
    pytest.param("Dans quelle ville kazakhe Poutine se trouve-t-il jeudi ?", id="a_city_asked_is_not_a_country"),
    # "Какой объём торговли между Казахстаном и ЕС?" was answered 0.90 with trade with Russia: "ЕС" named no union.
    pytest.param("Каков объём торговли между Казахстаном и ЕС?", id="russian_abbreviation_of_the_eu"),
    # "Adhésion kazakhe à l'Organisation du Traité de sécurité collective : en quelle année ?" was answered 0.53
    # with the year a CSTO force was set up: "adhésion" was no joining asked.
    pytest.param("Adhésion du Kazakhstan à l'OTSC : quelle année ?", id="adhesion_asks_a_joining"),
    # "Le score du vote à la chambre basse kazakhe, en voix pour ?" was answered 0.62 with no figure.
    pytest.param("Le score du Majilis, en voix ?", id="a_score_asks_a_number"),
    # "Moscow's reasons for shuttering its commercial office in Almaty?" (a false premise) was answered 0.82: neither
    # "X's reasons for" nor "shuttering" was read.
    pytest.param("Moscow's reasons for shuttering its trade office in Almaty?", id="possessive_reasons_and_shuttering_are_read"),
    # "Quel pays de la CEI n'a pas signé l'accord de 2020 ?" was answered 0.91 with the accord's signing.
    pytest.param("Which CIS country didn't sign the 2020 communications accord?", id="a_negated_signing_is_not_a_signing"),
    pytest.param("Quel État de la CEI n'a pas ratifié l'accord sur le système de communication ?",
                 id="a_negated_ratification_is_not_a_ratification"),
    # "Baiterek's price tag, in dollars or roubles?" was answered 0.60 with a sentence stating no sum.
    pytest.param("Baiterek's cost, in roubles?", id="a_possessive_then_cost_asks_a_sum"),
    # Read from seeds_fresh38's misses:
    # "Who signed the 2019-2021 partnership programme for Kazakhstan, by name?" was answered 0.86 with "les
    # Ministres de la Défense des deux pays": a role names no one.
    pytest.param("Who put their signatures to the 2019-2021 military partnership programme, by name?",
                 id="by_name_asks_a_persons_name"),
    # "List the contracts Emmanuel Macron's Kazakh visit produced." was answered 0.91 with Putin's visit: "List
    # the …" was no list asked unless its noun was one of a few.
    pytest.param("List the contracts that came out of Macron's trip to Kazakhstan.", id="an_imperative_list_asks_a_list"),
    # Read from seeds_fresh39's misses:
    # "Une fois les 1,7 million d'hectares rendus, quelle surface reste sous bail russe ?" was answered 0.86 with
    # "plus de 1,7 million d'hectares", the figure the question gives.
    pytest.param("Après la restitution des 1,7 million d'hectares, combien d'hectares la Russie loue-t-elle encore ?",
                 id="the_figure_the_question_gives_is_no_answer"),
    # "Какова численность персонала 32-го узла управления связью?" was answered 0.79 with "6", from "L'article 6".
    pytest.param("Какова численность подразделения при 32-м узле связи?", id="an_article_number_counts_nothing"),
    # "Кто был министром обороны Казахстана, подписавшим программу на 2019–2021 годы?" was answered 0.84 "Russie".
    pytest.param("Кто был министром обороны Казахстана в 2019 году?", id="kto_byl_ministrom_asks_a_person"),
    # "Name the American counterparts in this summer's high-profile talks …" was answered 0.84 "Occident".
    pytest.param("Name the American counterparts of the Central Asian leaders.", id="name_the_counterparts_asks_persons"),
    # "Kazakhstan's exit from the Commonwealth of Independent States happened in which year?" (a false premise)
    # was answered 0.64 "mai 1992": "exit" was no leaving asked.
    pytest.param("Kazakhstan's exit from the CIS: what year?", id="an_exit_is_a_leaving"),
    # "What made Smailov oppose a digital competence centre in Almaty?" (a false premise) was answered 0.83 with
    # the purpose of the centre he proposed.
    pytest.param("What led Smailov to oppose the digital competence hub?", id="opposing_is_a_relation"),
    # "Full twelve-month 2021 figure for trade between Astana and Moscow?" was answered 0.86 with the
    # January–November figure.
    pytest.param("Kazakhstan–Russia trade, twelve-month total for 2021?", id="twelve_months_is_a_whole_year"),
    # After the refit, "Рекордный товарооборот в декабре: какая цифра была названа?" (above) was answered 0.47 with
    # the January–November figure: a month asked with no year was no constraint.
    pytest.param("Le chiffre d'affaires record de décembre : quel montant ?", id="a_month_asked_outside_the_period_given"),
    # Read from seeds_fresh40's misses:
    # "Publication year of the Hess volume on Russia's economic war?" was answered 0.84 with a sentence dating
    # nothing: a time noun heading the question asked no date.
    pytest.param("Release year of Max Hess's book on the economic war?", id="a_year_noun_first_asks_a_year"),
    # "City where the December 2013 arms-cooperation accord got its signatures?" was answered 0.75 with the
    # accord's name: a place noun heading the question asked no place.
    pytest.param("Town where the military-technical cooperation accord of December 2013 was signed?",
                 id="a_place_noun_first_asks_a_place"),
    # "Kazakh–Chinese frontier length in kilometres?" was answered 0.66 with "la longue frontière entre les deux
    # pays" in an article that never names China.
    pytest.param("Longueur de la frontière sino-kazakhe en kilomètres ?", id="a_country_the_article_never_names"),
])
def test_a_question_whose_kind_or_relation_the_corpus_does_not_state_is_declined(seeds_engine, question):
    """Near-miss and false-premise questions read from seeds_fresh33's to seeds_fresh39's misses (and older
    dev files), each declined now because what it asks (a person, a number, a leaving, a launch, a place, a
    reply, a duration, a share, a name, a person of one country, a minister, a price for one thing, names,
    something other than the countries set aside, the creation of the thing named, a whole year, a budget, a
    count, a date, a percentage figure, a day of the week, a city, a joining, a reason, a thing not done, a
    person's name, a list, a figure other than the one given, a person of one nation, a leaving, an opposing, a
    month outside the period quoted) is read and not found."""
    assert answered(seeds_engine, question).abstained


def test_a_nationality_asked_needs_one_beside_the_person(seeds_engine):
    # "What nationality is Max Hess?" was answered 0.81 with his quote: nothing says where he is from.
    assert answered(seeds_engine, "Of what nationality is the researcher Max Hess?").abstained
    assert "Smadiyarov" in answered(seeds_engine, "What nationality is Aybek Smadiyarov?").text
    assert "président français Emmanuel Macron" in answered(seeds_engine, "What nationality is Emmanuel Macron?").text


def test_a_stopping_asked_needs_a_quote_stating_one(seeds_engine):
    # "Arrêt de la formation des officiers kazakhs en Russie : pour quelle raison ?" (a false premise) was
    # answered 0.84 with the agreements under which they are trained.
    assert answered(seeds_engine, "Arrêt des études gratuites des militaires kazakhs en Russie : pour quelle raison ?").abstained
    # "Putin's Kazakhstan stop" is a visit, not a stopping.
    assert answered(seeds_engine, "Putin's Kazakhstan stop: what day is given?").highlight == "jeudi"


def test_a_russian_name_the_countries_that_left_needs_a_leaving(seeds_engine):
    # "Назовите бывшие советские республики, ушедшие из Содружества." was answered 0.73 with the list of the
    # CIS's current members.
    assert answered(seeds_engine, "Назовите государства, ушедшие из СНГ.").abstained
    assert "Tadjikistan" in answered(seeds_engine, "Назовите страны, входящие в ОДКБ.").text


@pytest.mark.parametrize("question, highlight", [
    # Read from seeds_fresh33's misses:
    # "Le président français a précédé Poutine au Kazakhstan de combien de temps ?" was declined: "une semaine
    # après la visite" was read as a visit's length, not the time between two visits.
    pytest.param("De combien de temps Macron a-t-il précédé Poutine au Kazakhstan ?", "une semaine",
                 id="a_lead_asked_as_preceding_is_a_time_between_events"),
    # "Kazakhstan's head of government at the time?" had no type: the Russian prime minister could answer it.
    pytest.param("Kazakhstan's prime minister?", "Alkhan Smailov", id="a_countrys_office_holder_is_of_that_country"),
    # "Length of the strategic military partnership the draft foresees?" was declined.
    pytest.param("Length of the military partnership set out in the draft accord?", "trois ans",
                 id="the_length_of_an_agreement_is_a_duration"),
    # "Reporter behind the CIS signals-ratification post — full name for the credit line?" was answered 0.76
    # with the Majilis sentence.
    pytest.param("Reporter behind the post on the CIS joint communication system?", "Denys Kolesnyk",
                 id="the_reporter_behind_a_post_is_its_byline"),
    # "Astana's MFA mouthpiece quoted on the CSTO — name?" was answered 0.46 with a sentence on the formats of
    # cooperation: neither "mouthpiece" nor "— name?" asked a person.
    pytest.param("Kazakhstan's deputy defence minister quoted on the signals accord — name?", "Timour Dandybaiev",
                 id="a_role_then_a_dash_and_name_asks_the_holder"),
    # "Год усиления военной составляющей ОДКБ?" had no type, and was answered 0.49 with a sentence without a date.
    pytest.param("Год ратификации соглашения о связи Россией?", "23 juin dernier", id="a_russian_question_headed_by_year_asks_a_date"),
    # Read from seeds_fresh34's misses:
    # "Indice ONU de l'administration électronique : rang actuel du Kazakhstan ?" was answered 0.64 with Smailov's
    # sentence on progress, which gives no rank.
    pytest.param("Classement ONU de l'e-gouvernement : rang actuel du pays ?", "28e place", id="a_rank_asked_by_its_noun"),
    # "Чей заместитель министра обороны … — имя?" was answered 0.58 with the sentence naming only his title.
    pytest.param("Заместитель министра обороны Казахстана, выступавший о поставках техники связи, — имя?",
                 "Timour Dandybaiev", id="russian_role_then_imya_asks_the_name"),
    # "Consultations régulières des vice-ministres : instaurées quand ?" was answered 0.86 with "2019-2021",
    # the date of the next sentence's programme.
    pytest.param("Consultations entre vice-ministres de la Défense : instaurées en quelle année ?", "fin 2018",
                 id="instaurer_asks_a_creation"),
    # "Draft accord's strategic partnership horizon, in years?" was answered 0.52 with a list of dated documents.
    pytest.param("New military cooperation pact's validity, in years?", "10 ans", id="in_years_asks_a_duration"),
    # "Nom de l'éditrice mentionnée entre crochets à la fin du papier sur Mishustin ?" was declined (0.17).
    pytest.param("Qui est l'éditeur nommé entre crochets à la fin de l'article sur la mission commerciale ?",
                 "Nathalie Weatherald", id="the_editor_in_brackets_is_the_byline"),
    # "Rosoboronexport purchases aside, the bilateral military-technical accord was concluded in which month of
    # 2013?" was declined: Rosoboronexport was required in the quote.
    pytest.param("Kamaz-Engineering aside, in which month of 2013 was the military-technical cooperation accord signed?",
                 "décembre 2013", id="a_name_set_aside_and_the_year_given_bounding_the_date"),
    # "Mishustin's percentage for imported programs already substitutable by Russian ones?" was declined (0.33).
    pytest.param("Mishustin's percentage of foreign software with a Russian equivalent?", "environ 85 %",
                 id="a_possessive_then_percentage_asks_a_share"),
    # "Headcount of member states in the Collective Security Treaty bloc?" was declined: read as people counted.
    pytest.param("Headcount of member countries in the CSTO?", "six pays", id="a_headcount_of_states_counts_states"),
    # "Instance intergouvernementale où se discute Baïkonour : en place depuis ?" was declined: read as "où".
    pytest.param("La commission intergouvernementale existe depuis ?", "depuis 1997", id="a_question_ending_on_depuis_asks_since_when"),
    # "Le numéro deux de la Défense kazakhe : son prénom et son nom ?" was answered 0.52 with "les Ministres".
    pytest.param("Le vice-ministre kazakh de la Défense : son prénom et son nom ?", "Timour Dandybaiev",
                 id="a_vice_role_then_prenom_et_nom_asks_a_persons_name"),
    # "Les pays membres de la CEI selon la note en bas de l'article ?" was declined (0.31): no list read.
    pytest.param("Les pays membres de la CEI d'après la note ?",
                 "Arménie, l’Azerbaïdjan, le Bélarus, le Kazakhstan, le Kirghizistan, la Moldavie, l’Ouzbékistan, "
                 "la Russie ainsi que le Tajikistan", id="the_countries_of_x_asks_a_list"),
    # "La région que Moscou veut garder sous son pied : cinq États, lesquels ?" was declined (0.40).
    pytest.param("Central Asia, the region Russia wants to keep: five countries, which are they?",
                 "Kirghizistan, du Kazakhstan, du Tadjikistan, du Turkménistan et de l’Ouzbékistan",
                 id="a_count_then_which_ones_asks_a_list"),
    # "Le socle juridique bâti par Astana et Moscou … compte combien de textes ?" was declined: "ont constitué
    # une base juridique" built nothing.
    pytest.param("Combien de documents compte la base juridique bâtie par les deux pays ?", "plusieurs dizaines de documents",
                 id="a_legal_base_constituted_is_built"),
    # "Kolesnyk's post opens with a parliamentary vote in Kazakhstan — cast by which house?" was declined: the
    # author is named only in the front matter, and retrieval found other articles' votes.
    pytest.param("Kolesnyk's piece starts with a vote in Kazakhstan's parliament — by which chamber?", "Majilis",
                 id="a_question_naming_the_author_reads_his_article"),
    pytest.param("Kazakhstan's reasons for shutting the trade mission in Russia?",
                 "pour optimiser le travail des organes de l’État et en tenant compte du niveau élevé d’interaction avec la Russie",
                 id="possessive_reasons_ask_a_reason"),
    # "In which month did the heads of government tout record trade …?" was declined: "tout" was no statement
    # asked, so "en décembre", the date of the announcement, was read as another's statement's date.
    pytest.param("In which month did the premiers tout record bilateral trade?", "décembre", id="touting_is_a_statement_asked"),
    # "Occupiers' annexation polls took place in four Ukrainian oblasts — list them." quoted the whole sentence.
    pytest.param("Annexation referendums were held in four Ukrainian regions — list them.",
                 "Kherson, Zaporijia, Louhansk et Donetsk", id="list_them_asks_a_list"),
    # "Russian-owned companies operating in Kazakhstan: what number does the article give?" quoted the sentence.
    pytest.param("Firms with Russian capital in Kazakhstan: what number is given?", "quelque 8 000 entreprises",
                 id="topic_then_what_number_asks_a_number"),
    # Read from seeds_fresh38's misses:
    # "Moscou a ratifié … : c'était le combien ?" was declined: "le combien" was read as a number asked.
    pytest.param("La Russie a ratifié l'accord sur le système de communication conjoint des armées : c'était le combien ?",
                 "23 juin dernier", id="le_combien_asks_a_day"),
    # "Как Россия ответила на закрытие казахстанского торгпредства?" quoted the bill's title: "ответила" was no
    # reaction asked, and the closure reacted to was read as a relation the quote must state.
    pytest.param("Как Москва отреагировала на закрытие торгпредства Казахстана?",
                 "c’était la prérogative du Kazakhstan d’organiser son administration lorsqu’il traitait avec la Russie",
                 id="a_russian_reaction_is_a_statement_asked"),
    # "Рост торговли … — сколько процентов?" was answered "environ 85 %": a Russian growth was no change asked.
    pytest.param("На сколько процентов вырос товарооборот Казахстана и России за январь–ноябрь 2022 года?", "6,8 %",
                 id="a_russian_growth_asks_a_change"),
    # "Who is named as Kazakhstan's prime minister in the Mishustin article?" was answered "Mikhail Mishustin".
    pytest.param("Who is given as Kazakhstan's prime minister in the article?", "Alkhan Smailov",
                 id="who_is_named_as_a_role_asks_the_role"),
    # "Кто, по словам Лаврова, «переманивает» соседей России?" was answered "Sergueï Lavrov": the man the
    # question names, in another script, passed for the answer; a bloc that acts did not.
    pytest.param("Whom does Lavrov accuse of luring away Russia's allies?", "Occident",
                 id="the_person_named_is_no_answer_a_bloc_is"),
    # "List the multilateral formats …" highlighted "OTSC" alone: an acronym's expansion in brackets broke the list.
    pytest.param("List the multilateral bodies through which the Kazakh and Russian armies cooperate.",
                 "OTSC (Organisation du Traité de Sécurité Collective), de l'OCS (Organisation de Coopération de Shanghai) "
                 "et de la CICA", id="bodies_listed_with_their_expansions"),
    # "Dans le papier repris de CNBC, … une liste de pays : laquelle ?" was declined: CNBC, where the article comes
    # from, was read as a name the quote must give.
    pytest.param("Dans l'article tiré de CNBC, quels pays forment l'Asie centrale ?",
                 "Kirghizistan, du Kazakhstan, du Tadjikistan, du Turkménistan et de l’Ouzbékistan",
                 id="the_articles_source_is_no_name_to_quote"),
    # "Кем является Михаил Мишустин …?" highlighted "Mikhail Mishustin": "кем является" asks what he is, and a
    # description before a full name was missed behind a clause.
    pytest.param("Кем является Сергей Лавров?", "Le ministre russe des Affaires étrangères", id="kem_yavlyaetsya_asks_what_he_is"),
    pytest.param("Кто такой Михаил Мишустин?", "Premier ministre russe", id="a_description_before_a_full_name"),
    # "How long is the strategic partnership … meant to last under the draft accord?" was declined: "how long is"
    # was read as a length in kilometres.
    pytest.param("How long is the lease on the cosmodrome?", "jusqu'en 2050", id="how_long_is_a_lease_asks_a_time"),
    # Read from seeds_fresh39's misses:
    # "How long has the intergovernmental cooperation commission … been running?" was answered "jusqu'en 2050",
    # the lease's end: a time so far is answered by when it began.
    pytest.param("Depuis combien de temps la Commission Intergouvernementale existe-t-elle ?", "depuis 1997",
                 id="how_long_so_far_asks_a_start"),
    # "Full twelve-month 2021 figure for trade …?" highlighted "… l'année précédente (22": a decimal comma
    # ended the item.
    pytest.param("Kazakh-Russian trade turnover over January–November 2022?",
                 "Le chiffre d’affaires commercial entre le Kazakhstan et la Russie en janvier-novembre 2022 s’est "
                 "élevé à 23,6 milliards de dollars", id="a_decimal_comma_ends_no_item"),
    # "When Russian reporters in Almaty asked about the closure, what answer came back …?" was read as a date
    # question, "At the Almaty session …, who held the gavel?" as no person asked: the opening clause hid the
    # question proper.
    pytest.param("When Macron visited Kazakhstan, which other country did he visit?", "Ouzbékistan",
                 id="a_when_clause_opens_another_question"),
    pytest.param("At the Almaty digital forum, who proposed opening a digital competence centre?", "Smailov",
                 id="a_scene_setting_clause_opens_a_who_question"),
    # "Kilometres of border Kazakhstan shares with China?" was read as no number asked (answered 0.47).
    pytest.param("Kilometres of border between Russia and Kazakhstan?", "7 600 kilomètres", id="a_unit_first_asks_a_number"),
    # Read from seeds_fresh40's misses:
    # "Hausse en pourcentage des échanges bilatéraux sur les onze premiers mois de 2022, par rapport à 2021 ?" was
    # declined: no sentence states both years, though "l'année précédente" after 2022 is 2021.
    pytest.param("Hausse des échanges en pourcentage sur janvier-novembre 2022 par rapport à 2021 ?", "6,8 %",
                 id="the_previous_year_is_the_year_before"),
    # "Span of the strategic defence partnership the upcoming accord foresees, in years?" was declined: "devraient
    # développer" (a plan, in the conditional) was no future stated.
    pytest.param("How long will the strategic partnership under the upcoming accord last?", "trois ans",
                 id="a_conditional_plan_states_what_is_to_come"),
    # "Beyond bilateral ties, the two militaries work together inside three acronyms — spell them out." was no list.
    pytest.param("Three multilateral formats the two armies cooperate in — spell them out.",
                 "OTSC (Organisation du Traité de Sécurité Collective), de l'OCS (Organisation de Coopération de "
                 "Shanghai) et de la CICA", id="spell_them_out_asks_a_list"),
    # 20 of 75 right where-answers on the dev files highlighted another name: "OCS" for "… in which city?" and "… au
    # sein de l'OCS : la structure antiterroriste régionale (RATS), qui opère … depuis Tachkent", "États" ("des États
    # membres") for "… signé le 29 mai 2020 à Moscou".
    pytest.param("In which city does the SCO's regional anti-terrorist structure work?", "Tachkent",
                 id="a_place_before_a_body_where_a_city_is_asked"),
    pytest.param("Dans quelle ville le système de communication conjoint des armées de la CEI a-t-il été signé ?",
                 "Moscou", id="des_etats_membres_names_no_city"),
    # "The French president also stopped in which country next door to Kazakhstan?" highlighted "Russie", named
    # before "la visite du président français … chez son voisin l'Ouzbékistan".
    pytest.param("Emmanuel Macron stopped in which neighbouring country besides Kazakhstan?", "Ouzbékistan",
                 id="the_place_after_the_relation_stated"),
    # Read from seeds_fresh41's misses, declined at 0.01: "Who ran the referendums …?" (a three-letter verb was no verb, so no
    # passive agent was read), "… s'est-il aussi rendu ?" (read as "handed back"), "Which share of …?" (a share
    # stated in words, "la majorité", was no number), "Depuis quand … ?" and "Quand Poutine a-t-il dit … ?" (a
    # period or an event tells the time: "Depuis l'époque soviétique", "avant son voyage au Kazakhstan").
    pytest.param("Who led the referendums that Kazakhstan refused to recognise?", "les occupants russes",
                 id="a_short_past_verb_and_its_passive_agent"),
    pytest.param("Dans quel pays voisin Emmanuel Macron s'est-il également rendu ?", "Ouzbékistan",
                 id="se_rendre_with_an_adverb_is_a_visit"),
    pytest.param("Which share of Russia's space launches lift off from Baikonur?", "la majorité",
                 id="a_share_stated_in_words"),
    pytest.param("Depuis quand cette région frontalière compte-t-elle militairement pour Moscou ?", "Depuis l’époque soviétique",
                 id="since_when_and_a_period_named"),
    pytest.param("Quand Poutine a-t-il exhorté les membres de la CEI à renforcer leur sécurité collective ?",
                 "avant son voyage au Kazakhstan", id="when_and_a_time_told_by_an_event"),
])
def test_a_form_read_from_the_last_held_out_sets_highlights_the_fact(seeds_engine, question, highlight):
    """Answerable questions read from seeds_fresh33's to seeds_fresh41's misses: the form they take is read,
    and the fact highlighted."""
    assert answered(seeds_engine, question).highlight == highlight


def test_the_west_in_russian_is_no_name_missing_from_the_corpus(seeds_engine):
    # "Кто из российских министров обвинил Запад …?" was declined, "Запад" shown as a name the corpus lacks:
    # the corpus calls it "l'Occident".
    answer = seeds_engine.ask("Кто из российских министров упрекнул Запад в переманивании союзников России?")
    assert "запад" not in answer.constraints.get("not_in_corpus", [])


def test_what_the_question_sets_aside_by_its_date_is_not_quoted(seeds_engine):
    # "Sidebar material: besides the 1994 military treaty, which key documents does the analysis cite?" quoted
    # the sentence on the 1994 treaty: the year set aside was read as a date the quote must give.
    answer = answered(seeds_engine, "Besides the 1994 military treaty, which documents does the analysis cite?")
    assert "Déclaration d'Amitié et d'Alliance Éternelle" in answer.text


def test_importe_t_elle_asks_why_it_matters_not_an_import(seeds_engine):
    # "Pourquoi la souveraineté technologique importe-t-elle, selon Mishustin ?" was declined: "importe" was read as
    # trade imports the quote had to state.
    answer = answered(seeds_engine, "Pourquoi la souveraineté technologique importe-t-elle aux yeux de Mishustin ?")
    assert not answer.abstained and "infrastructures critiques" in answer.text


def test_an_attribution_after_the_question_names_the_speaker(seeds_engine):
    # "Toward what goal should all the Union's governments steer their efforts, Mishustin said?" was read with
    # no speaker; "What do EAEU members lack, Mishustin says?" with the speaker "eaeu members lack, mishustin".
    vocabulary = seeds_engine.answerer.vocabulary
    assert analyze_question("Where should the Union's governments steer their efforts, Mishustin said?",
                            vocabulary).speaker == "mishustin"
    assert analyze_question("What do EAEU members lack, Mishustin says?", vocabulary).speaker == "mishustin"
    assert analyze_question("Quel est le principal danger, a dit Mishustin ?", vocabulary).speaker == "mishustin"


def test_a_rare_name_in_cyrillic_finds_the_paragraph_that_spells_it_in_latin(seeds_engine):
    # "Тимур Дандыбаев — кто он по должности?" was declined: the encoder knows no such name, and the lexical
    # side had no word of the question in the corpus's spelling, so the search never reached his paragraph.
    answer = answered(seeds_engine, "Тимур Дандыбаев — какая у него должность?")
    assert not answer.abstained and answer.doc_id.startswith("000")
    assert "vice ministre de la Défense du Kazakhstan" in answer.text


@pytest.mark.parametrize("question", ["Как часто разрабатывают план двустороннего сотрудничества в военной сфере?",
                                      "How often is the bilateral military cooperation plan drawn up and signed?"])
def test_how_often_is_answered_by_a_frequency_or_declined(seeds_engine, question):
    # "Как часто разрабатывается и подписывается план …?" was answered 0.63 with who signed the 2019-2021 programme.
    answer = answered(seeds_engine, question)
    assert answer.abstained or re.search(r"chaque|régulièr|annuel|par an", answer.text)


def test_a_creation_asked_is_answered_by_the_clause_creating_it(seeds_engine):
    assert answered(seeds_engine, "Quand la Force collective de réaction rapide a-t-elle été créée ?").highlight == "En 2009"
    # The OTSC named after it is whose force, not what was created.
    assert answered(seeds_engine, "En quelle année la Force de réaction rapide de l'OTSC a-t-elle été créée ?").highlight == "En 2009"


def test_an_opening_phrase_does_not_hide_the_questions_kind(seeds_engine):
    # "Apart from Russia, which countries …" was not read as a list question: the Ukraine sentence answered, 0.68.
    assert "l’Arménie, la Biélorussie" in answered(seeds_engine, "Apart from Russia, which countries belong to the CSTO?").text


def test_after_the_visit_does_not_date_the_visit(seeds_engine):
    # "une semaine après la visite du président français": the time of another visit, told by this one.
    answer = answered(seeds_engine, "When did Macron visit Kazakhstan for the first time?")
    assert answer.abstained or "après la visite" not in answer.highlight


def test_a_country_spelled_otherwise_finds_the_list_that_names_it(seeds_engine):
    # The sentence listing the members was never a candidate: "Tajikistan" is spelled "Tadjikistan", so neither
    # search side found it, and the lead sentence (naming three countries, listing none) answered at 0.72.
    answer = answered(seeds_engine, "Is Tajikistan one of the CSTO's member states?")
    assert "alliance militaire de six pays" in answer.text


def test_a_russian_h_written_as_g_names_the_speaker(seeds_engine):
    # "по словам Гесса" (Hess's genitive, H written Г) was a speaker the corpus never names: declined at 0.01.
    answer = answered(seeds_engine, "По словам Гесса, в чём Россия уверена насчёт своей позиции в регионе?")
    assert not answer.abstained and answer.doc_id.startswith("003")


def test_a_chairmanship_asked_needs_a_quote_stating_one(seeds_engine):
    # "Chairmanship of the Almaty council meeting Mishustin attended — which country held it?" was answered 0.77
    # with the first member the EAEU list names, "l'Arménie": the list states no chair.
    answer = answered(seeds_engine, "Which country held the chairmanship of the Eurasian council session in Almaty?")
    assert answer.abstained or "Arménie" not in answer.highlight


def test_a_question_the_text_asks_is_quoted_with_its_answer(seeds_engine):
    # "« Pouvons-nous nous le permettre ? » — quelle réponse Mishustin donne-t-il lui-même ?" was declined: the
    # sentence after the one asking it ("Bien sûr que non", then the quotation goes on) was never quoted with it.
    answer = answered(seeds_engine, "Mishustin demande « Pouvons-nous nous le permettre ? » : que répond-il lui-même ?")
    assert not answer.abstained and "Bien sûr que non" in answer.text


def test_an_english_verb_the_text_cannot_spell_takes_the_group_opening_the_sentence(seeds_engine):
    # "Who is heavily involved in renovating and modernising Kazakh military equipment?" was declined: "Les
    # entreprises russes sont fortement impliquées …" names no person or body, and "involved" is not how the
    # French text says it. A single thing opening the sentence ("La proposition …") is never taken for a doer.
    assert answered(seeds_engine, "Who is deeply involved in modernising the Kazakh army's equipment?").highlight == "Les entreprises russes"
    answer = answered(seeds_engine, "Who was questioning Russian government representatives about Moscow's reaction?")
    assert answer.abstained or answer.highlight != "La proposition"


def test_a_russian_publication_is_no_leaving_and_which_day_asks_a_date(seeds_engine):
    # "Текст о ликвидации торговой миссии вышел в свет — в какой день?" was declined: "вышел" read as
    # leaving, and "в какой день" as no date question.
    assert "leave" not in analyze_question("Когда законопроект о закрытии торгпредства вышел в свет?").relations
    assert "leave" in analyze_question("Когда Армения вышла из ОДКБ?").relations
    assert question_type("Статья о торговой миссии вышла — в какой день?") == "date"
    assert "mercredi" in answered(seeds_engine, "Законопроект о закрытии торговой миссии вышел в свет — в какой день?").highlight


def test_a_refusal_to_recognise_is_stated_by_would_not_recognise(seeds_engine):
    # "Насколько раньше Астана отказалась признать голосования …?" was declined: "отказалась" read as
    # giving something up, the referendums as no vote, "ne reconnaîtrait pas" as the reverse asked.
    answer = answered(seeds_engine, "Насколько раньше Казахстан отказался признать голосования об аннексии украинских регионов?")
    assert "le mois dernier" in answer.highlight
    # Endorsing the votes is the reverse of what the text says.
    assert answered(seeds_engine, "Pourquoi Astana a-t-elle avalisé les référendums d'annexion ?").abstained


def test_a_russian_count_noun_after_its_adjectives(seeds_engine):
    # "Число казахстанско-российских СП …" took the adjective for the thing counted.
    assert "3 348" in answered(seeds_engine, "Число казахстанско-российских СП в Казахстане?").highlight


def test_who_gives_approval_and_who_put_his_signature(seeds_engine):
    # "Qui donne son approbation au plan …?" was declined (no "donne" in the text, the passive's agent
    # unread); "Who put his signature to the comms accord …?" was answered with the quoted vice-minister.
    assert answered(seeds_engine, "Qui donne son approbation au plan annuel de coopération bilatérale ?").highlight == \
        "les responsables des départements de la Défense respectifs"
    assert answered(seeds_engine, "Who put his signature to the CIS communications accord for Kazakhstan?").abstained


def test_turning_down_pulling_out_and_serving_need_a_quote_stating_them(seeds_engine):
    # Read from seeds_fresh42's answered near-misses: "Why did Kazakhstan turn down Russian communication
    # equipment …?" (0.77, the purpose of the supply), "Russia's motive for pulling its trade representatives
    # out of Kazakhstan?" (0.56, Astana's reason for closing its own mission), "How many Kazakh soldiers serve
    # in CSTO forces?" (0.85, soldiers studying in Russia).
    assert "refuse" in analyze_question("Why did Astana turn down the Russian radios?").relations
    assert "leave" in analyze_question("Why is Moscow pulling its diplomats out of Astana?").relations
    assert "leave" not in analyze_question("Pull out some of the domains the draft lists.").relations
    assert answered(seeds_engine, "Why did Kazakhstan turn down the Russian communication equipment offered under the CIS accord?").abstained
    assert answered(seeds_engine, "Russia's reason for pulling its trade envoys out of Kazakhstan?").abstained
    assert answered(seeds_engine, "How many Kazakh servicemen serve in the CSTO's forces?").abstained


def test_a_person_asked_at_the_end_by_par_quel(seeds_engine):
    # "Le portefeuille du Commerce … est tenu par quel ministre ?" was answered at 0.75 with "Russie".
    assert question_type("Le portefeuille de la Défense est tenu par quel ministre ?") == "who"
    assert answered(seeds_engine, "Le ministère du Commerce et de l'Intégration est dirigé par quel ministre ?").abstained


@pytest.mark.parametrize("question, highlight", [
    # "Kazakhstan co-founded what EU-style bloc?" highlighted "Biélorussie": "EU-style" was read as the noun asked.
    ("Astana co-founded what EU-style union?", "Union économique eurasienne"),
    # "Quel autre événement se tenait à Almaty ?" highlighted "Mishustin": a person never answers "which event".
    ("Pendant le conseil eurasien, quel autre événement avait lieu à Almaty ?", "Forum numérique annuel"),
])
def test_a_meeting_or_a_bloc_asked_highlights_one(seeds_engine, question, highlight):
    assert highlight in answered(seeds_engine, question).highlight


def test_a_previous_post_or_a_stationing_asked_needs_a_quote_stating_one(seeds_engine):
    # Dev near-misses answered at 0.53–0.88: "Кем работал Лавров до того, как стал министром?" with his post
    # now, "Quel effectif l'armée russe maintient-elle en permanence sur le sol kazakh ?" with Kazakh cadets
    # studying in Russia.
    assert "previous" in analyze_question("What was Hess's job before joining the institute?").relations
    assert "previous" not in analyze_question("What did Putin say before his trip to Kazakhstan?").relations
    assert "deploy" in analyze_question("How many Russian troops are garrisoned in Kazakhstan?").relations
    assert "deploy" not in analyze_question("On what principle is the cooperation based?").relations
    assert answered(seeds_engine, "Кем был Лавров до того, как стал министром иностранных дел?").abstained
    assert answered(seeds_engine, "Combien de soldats russes l'armée maintient-elle en permanence sur le sol kazakh ?").abstained


def test_a_count_of_things_given_free_is_no_price_and_a_region_is_no_country(seeds_engine):
    # Dev near-misses: "Unit count of the free anti-aircraft missile systems …?" was answered "gratuitement"
    # (a count is no price); "Which Kazakh region hosts the 1.7 million hectares …?" with "S-300PS", then
    # with "Russie".
    assert answered(seeds_engine, "Unit count of the free air-defence missile systems Russia gave Kazakhstan?").abstained
    assert "gratuitement" in answered(seeds_engine, "Combien le Kazakhstan a-t-il payé les S-300PS ?").highlight
    assert answered(seeds_engine, "Which Kazakh region holds the 1.7 million hectares of former Russian test ranges?").abstained


def test_a_surname_the_corpus_gives_in_full_is_no_organisation(seeds_engine):
    # "Sous l'égide de quelle organisation le forum numérique d'Almaty a-t-il été créé ?" highlighted "Mishustin":
    # a single word tagged a person passed as a body; the corpus names him "Mikhail Mishustin" elsewhere.
    assert "Union économique eurasienne" in answered(
        seeds_engine, "Sous l'égide de quelle organisation le forum numérique annuel d'Almaty a-t-il été créé ?").highlight


def test_an_appointment_or_an_exact_day_asked_needs_a_quote_stating_one(seeds_engine):
    # seeds_fresh43's near-misses: "Quand Dandybaiev a-t-il été nommé vice-ministre … ?" was answered "29 mai 2020"
    # (the accord's signing), "Quelle date exacte … (jour et mois) ?" was answered "jeudi".
    assert "appoint" in analyze_question("When was Smailov appointed prime minister?").relations
    assert "appoint" not in analyze_question("What was Lavrov's post before being appointed minister?").relations
    assert answered(seeds_engine, "À quelle date Timour Dandybaiev a-t-il été nommé à son poste ?").abstained
    assert answered(seeds_engine, "Jour et mois exacts du passage de Poutine au Kazakhstan ?").abstained
    assert "29 mai 2020" in answered(seeds_engine, "Date exacte de la signature de l'accord sur le système de communication conjoint ?").highlight


def test_a_year_the_source_never_names_is_not_its_date(seeds_engine):
    # "Which Russian minister negotiated the 1994 military cooperation treaty?" was answered "Sergueï Lavrov",
    # from an article that never mentions 1994.
    answer = answered(seeds_engine, "Which Russian minister helped negotiate the military cooperation treaty of 1994?")
    assert answer.abstained and "date" in answer.constraints["unmet"]


def test_a_tally_or_a_headcount_asks_a_number(seeds_engine):
    # "… what did the Majilis vote tally look like, for and against?" was answered with the approval (0.79),
    # "… to the 2009 quick-response force — what headcount?" with "OTSC" (0.69).
    assert question_type("Ratification vote in the Majilis: how did it break down, for and against?") == "number"
    assert question_type("The 2009 rapid reaction force — what headcount?") == "number"
    assert question_type("The record turnover — give the dollar amount.") == "number"
    assert answered(seeds_engine, "What was the vote tally when the Majilis approved the CIS communications accord?").abstained


def test_where_a_state_of_things_comes_from_is_its_cause_and_a_city_is_no_country(seeds_engine):
    # "D'où vient, pour l'auteur d'« Economic War », la facilité russe à … ?" was answered with Hess's institute;
    # "Which Kazakh city hosts the largest Soviet-era defence plant …?" with "Russie".
    assert question_type("D'où vient, selon Hess, l'influence russe dans la région ?") == "reason"
    assert question_type("D'où vient Max Hess ?") == "where"
    assert answered(seeds_engine, "In which Kazakh city do the former Soviet defence plants stand?").abstained
    assert "Moscou" in answered(seeds_engine, "Город, где было подписано соглашение о системе связи СНГ?").highlight


def test_a_count_of_nationals_needs_people_counted(seeds_engine):
    # "Combien de Russes vivent au Kazakhstan … ?" was answered "quatre" (the regions annexed).
    assert answered(seeds_engine, "Combien de Russes habitent au Kazakhstan ?").abstained


def test_a_leaving_asked_beside_a_membership_needs_a_quote_stating_it(seeds_engine):
    # Dev near-misses: "How many CIS members have left in recent years?" was answered "Seulement neuf pays"
    # (0.75, the members now), "Why did Kazakhstan leave the CIS before Putin's visit?" with the visit (0.82).
    assert answered(seeds_engine, "How many former members have walked out of the CIS lately?").abstained
    assert answered(seeds_engine, "Why did Kazakhstan quit the CIS ahead of Putin's visit?").abstained
    assert "launch" in analyze_question("What share of Russian launches leave from Baikonur?").relations


def test_a_role_asked_after_a_topic(seeds_engine):
    # "The spokesman's boss: name of the Kazakh minister of foreign affairs?" was answered "Aybek Smadiyarov"
    # (0.85, the spokesman).
    assert analyze_question("The spokesman's superior: name of the Kazakh minister of foreign affairs?").role
    assert answered(seeds_engine, "The spokesman's superior: name of the Kazakh minister of foreign affairs?").abstained
    assert "Aybek Smadiyarov" in answered(seeds_engine, "Pour la légende : nom du porte-parole de la diplomatie kazakhe ?").highlight


def test_a_closing_paragraph_closes_nothing_and_a_state_intermediary_is_a_body(seeds_engine):
    # "Closing paragraph: which tally is held up as proof …?" asked a closure; "which Russian state
    # intermediary handles …?" asked a state: both declined though the right sentence ranked first.
    assert "close" not in analyze_question("Closing paragraph: what does the author conclude?").relations
    assert "close" in analyze_question("Why did Kazakhstan close its trade mission?").relations
    assert "Rosoboronexport" in answered(seeds_engine, "Which Russian state intermediary does Astana buy its defence hardware through?").text


def test_a_posting_asked_needs_a_quote_stating_one(seeds_engine):
    # Dev near-misses answered 0.81–0.83 with "plusieurs centaines de militaires" (cadets studying in Russia):
    # "Kazakh soldiers assigned to the CSTO quick-reaction force: how many?", "Сколько казахстанских военных
    # участвуют в операциях ОДКБ?".
    assert "serve" in analyze_question("Combien d'officiers kazakhs sont affectés à la force de réaction rapide ?").relations
    assert answered(seeds_engine, "Kazakh troops assigned to the CSTO rapid reaction force: what number?").abstained
    assert answered(seeds_engine, "Сколько военных из Казахстана участвуют в учениях ОДКБ?").abstained


def test_common_russian_forms_ask_what_they_ask(seeds_engine):
    # seeds_fresh44's Russian misses: "Какова цель СВМДА …?" was read as a number, "Чем статья объясняет
    # уход …?" as no reason, "…: месяц и год подписания …?" as no date, "отказалась их признавать" as an
    # abandonment (declined at 0.01), "Какая часть … пусков …?" as no share (answered "115 millions de dollars").
    assert question_type("Какова роль Совещания по взаимодействию и мерам доверия в Азии?") != "number"
    assert question_type("Каков годовой объём двусторонней торговли?") == "number"
    assert question_type("Чем Астана объясняет закрытие торгпредства?") == "reason"
    assert question_type("Для справки: месяц и год подписания Договора о военном сотрудничестве?") == "date"
    assert question_type("ОДКБ — союз из скольких стран?") == "number"
    assert "refuse" in analyze_question("Когда Казахстан отказался их признавать?").relations
    assert "la majorité" in answered(seeds_engine, "Какую часть космических пусков России обеспечивает Байконур?").highlight
    assert "le mois dernier" in answered(
        seeds_engine, "Насколько раньше Казахстан отказался признавать референдумы об аннексии?").highlight


def test_a_qualified_time_noun_asks_a_date(seeds_engine):
    # "On what exact date was Russia's new National Security Strategy adopted?" (the corpus never says) was
    # answered "Principes fondamentaux" at 0.91: "exact" between "what" and "date" hid the date asked.
    assert question_type("On what exact date was the accord signed in Moscow?") == "date"
    assert question_type("Défense aérienne commune : mois et année de l'accord ?") == "date"
    assert answered(seeds_engine, "On what precise date was Russia's national security strategy adopted?").abstained


def test_going_on_air_is_no_leaving(seeds_engine):
    # "Проверяем перед выходом в эфир — в каком году … созданы Коллективные силы …?" was read as a leaving
    # asked ("выход"), and the sentence that answers was declined at 0.01 for not stating one.
    assert "leave" not in analyze_question("Перед выходом в эфир: когда была создана структура РАТС?").relations
    assert "leave" in analyze_question("Когда Армения объявила о выходе из ОДКБ?").relations
    assert "2009" in answered(
        seeds_engine, "Уточняем перед выходом в эфир: в каком году были созданы Коллективные силы быстрого реагирования ОДКБ?").text


def test_a_lead_in_label_does_not_hide_the_question_asked(seeds_engine):
    # A newsroom lead-in before the question ("Réponse courte attendue pour l'infographie : qui est le ministre
    # kazakh de la Défense en poste ?") left it untyped, so a sentence naming no one was answered at 0.50.
    assert question_type("Pour l'encadré : qui dirige la structure antiterroriste régionale de l'OCS ?") == "who"
    assert question_type("Quick check before the bulletin — when was the Baiterek agreement signed?") == "date"
    assert question_type("Для справки к материалу: кто возглавляет Роскосмос?") == "who"
    assert answered(seeds_engine, "Note de la rédaction : qui est l'actuel ministre kazakh de la Défense ?").abstained
    assert "Smadiyarov" in answered(seeds_engine, "For the fact box — who speaks for Kazakhstan's foreign ministry?").text


def test_who_may_asks_for_a_category_of_people(seeds_engine):
    # FAQ titles such as "Vidéoprotection : qui peut consulter les images ?" are answered by "les agents
    # habilités …": no person or body by name.
    assert question_type("Vidéoprotection : qui peut consulter les images ?") == "other"
    assert question_type("Who must register a data breach?") == "other"
    assert question_type("Кто может получить доступ к данным?") == "other"
    assert question_type("Qui a signé l'accord ?") == "who"


def test_a_name_cut_short_or_given_by_its_acronym_is_the_name_asked(seeds_engine):
    # "l'Organisation de Shanghai" is the corpus's "Organisation de Coopération de Shanghai" cut short: it
    # was checked as a title the quote had to spell, and the sentence saying "au sein de l'OCS … depuis
    # Tachkent" was declined; then "OCS", the name asked, was highlighted as the place.
    question = "Où opère la structure antiterroriste régionale de l'Organisation de Shanghai ?"
    assert seeds_engine.answerer.analyze(question).titles == []
    assert answered(seeds_engine, question).highlight == "Tachkent"
    assert answered(seeds_engine, "Where is the SCO's regional anti-terrorist structure based?").highlight == "Tachkent"
    # A title the corpus has whole is still checked as written.
    assert seeds_engine.answerer.analyze("Quand la Communauté des États Indépendants a-t-elle été créée ?").titles


def test_a_search_box_query_asks_for_its_head_noun(seeds_engine):
    # Typed as keywords, with no question word: "CSTO member countries" was untyped and quoted "Bien que la
    # Russie soit son plus grand membre, l'OTSC ne participera pas …" (the issue's own example, asked the
    # way a search box is used); "Baikonur annual rent" was declined.
    assert question_type("CSTO member countries") == "list"
    assert question_type("Pays membres de l'OTSC") == "list"
    assert question_type("Baikonur annual rent") == "number"
    assert question_type("Loyer annuel de Baïkonour") == "number"
    assert question_type("Nom complet de la CICA") == "name"
    assert question_type("Nom du ministre de la Défense") == "who"
    assert question_type("Kazakhstan's announcement on the CSTO and the Ukraine war") == "other"
    assert "Tadjikistan" in answered(seeds_engine, "CSTO member countries").highlight
    assert "115 millions de dollars" in answered(seeds_engine, "Baikonur annual rent").highlight


def test_a_common_noun_the_tagger_calls_a_place_is_not_highlighted(seeds_engine):
    # "signé le 29 mai 2020 à Moscou … des États membres de la CEI": the tagger calls "États" a place, and
    # it was highlighted as where the accord was signed.
    for question in ("Où a été signé l'accord sur le système de communication conjoint ?",
                     "Where was the CIS joint communications accord signed?",
                     "Le texte sur les communications conjointes des armées de la CEI : signé où ?"):
        assert answered(seeds_engine, question).highlight == "Moscou"


def test_a_bracketed_date_belongs_to_the_list_item_before_it(seeds_engine):
    # "citons la Déclaration d'Amitié … (juillet 1998), l'accord intergouvernemental sur la création d'un
    # système régional unifié de défense aérienne … (janvier 2013), le Traité de Bon Voisinage …": the words
    # after "(juillet 1998)" are the next item's, yet they made it the highlighted date.
    assert answered(seeds_engine, "Bouclier antiaérien commun russo-kazakh : mois et année de l'accord "
                                  "intergouvernemental ?").highlight == "janvier 2013"
    assert answered(seeds_engine, "Quand a été signée la Déclaration d'Amitié et d'Alliance Éternelle ?").highlight == "juillet 1998"


def test_a_russian_area_asked_is_a_number(seeds_engine):
    # "Какую площадь … Россия вывела из аренды?" was untyped and declined at 0.42; the sentence gives
    # "plus de 1,7 million d'hectares".
    assert question_type("Какую площадь бывших полигонов российской армии Россия вывела из аренды?") == "number"
    assert "1,7 million d'hectares" in answered(
        seeds_engine, "Какую площадь земель Россия по просьбе казахстанской стороны вывела из аренды?").highlight


def test_people_named_by_what_they_are_answer_who(seeds_engine):
    # "Which officials signed …?" — "les Ministres de la Défense des deux pays"; "Кто объявил …?" — "les premiers
    # ministres des deux pays voisins": no name, no tagged body, and the answering sentences were declined.
    assert "Ministres de la Défense" in answered(
        seeds_engine, "Which officials signed the military strategic partnership programme for 2019-2021?").highlight
    assert "premiers ministres" in answered(seeds_engine, "Кто объявил о рекордном товарообороте в декабре?").highlight
    assert "Vice-Ministres" in answered(
        seeds_engine, "Which officials hold the regular consultations on international military cooperation?").highlight
    # One office asked: a group of its holders does not name the one asked.
    assert answered(seeds_engine, "Qui est l'actuel ministre kazakh de la Défense ?").abstained


def test_a_request_asks_for_the_noun_it_names(seeds_engine):
    # "I need the day and month Mishustin landed in Almaty …" was untyped and quoted "Mishustin est à Almaty à
    # l'occasion de …"; "Give me the budget of the Nazarbayev Start project." was answered at 0.90 with a
    # sentence that states no sum.
    assert question_type("Give me the exact date of the accord on training officers for CSTO states.") == "date"
    assert question_type("Le nom du chef de la représentation commerciale kazakhe ?") == "who"
    assert question_type("Je voudrais la liste complète des pays de la CEI.") == "list"
    # The noun only sets the scene when a question word follows.
    assert question_type("L'année de la prolongation du bail, quel projet de fusée a été lancé ?") != "date"
    assert answered(seeds_engine, "I need the day and month Mikhail Mishustin landed in Almaty for the "
                                  "Eurasian council.").highlight == "vendredi 3 février"
    assert answered(seeds_engine, "Give me the budget of the Nazarbayev Start project.").abstained
    assert answered(seeds_engine, "Find me the price tag of the Russian communications kit going to Kazakh forces.").abstained


def test_a_language_or_a_phrase_setting_aside_is_no_constraint(seeds_engine):
    # "… as the article words it in French" made France a country the quote had to name; "If you leave the EU
    # bloc aside" made "leave" a relation (quitting) the quote had to state. Both were declined at 0.01.
    spec = seeds_engine.answerer.analyze("Spell out CICA for me, as the article words it in French.")
    assert spec.countries == [] and spec.located == []
    assert seeds_engine.answerer.analyze("Give me the name of the Russian official in Russian universities").countries
    assert seeds_engine.answerer.analyze("If you leave the EU bloc aside, who trades most with Kazakhstan?").relations == []
    assert seeds_engine.answerer.analyze("Which countries did Kazakhstan leave?").relations == ["leave"]


def test_a_writer_of_a_book_and_a_day_asked_as_yes_or_no(seeds_engine):
    # "Who is the author of 'Economic War …'?" looked for "author" in the French text ("auteur de « Economic War … »");
    # "Was the Russian president in Kazakhstan on a Thursday …?" read "a Thursday" as a class asked ("Is X a Y?").
    assert answered(seeds_engine, "Who is the author of 'Economic War: Ukraine and the Global Conflict Between "
                                  "Russia and the West'?").highlight == "Max Hess"
    answer = answered(seeds_engine, "Was the Russian president in Kazakhstan on a Thursday or another day?")
    assert not answer.abstained and "jeudi" in answer.text
    assert seeds_engine.answerer.analyze("Is the SCO a military bloc?").classifies


def test_the_countries_counted_are_the_answer_not_a_swap(seeds_engine):
    # "… the military alliance Kazakhstan says will stay out of Ukraine": Ukraine describes the alliance; the
    # six countries the quote lists answer the count. A union's members are still another union's.
    assert answered(seeds_engine, "How many countries belong to the military alliance Kazakhstan says will stay "
                                  "out of Ukraine?").highlight == "six pays"
    assert answered(seeds_engine, "How many members does the EU have, as the piece counts them?").highlight == "27 membres"


def test_the_one_person_named_speaks_when_he_is_referred_to(seeds_engine):
    # "Mishustin's keynote: which goal did he say …?" quoted "Mishustin est à Almaty …"; "по мнению Кремля" (in the
    # Kremlin's view) made "Кремля" a speaker the corpus never names, and the question was declined at 0.01.
    assert "potentiel technologique" in answered(
        seeds_engine, "Mishustin's keynote: which goal did he say EAEU states must put first?").highlight
    assert "criminalité organisée" in answered(
        seeds_engine, "Перечислите опасности — от терроризма до чего — которые, по мнению Кремля, угрожают соседям.").highlight
    assert question_type("Глава МИД России — как его зовут?") == "who"


def test_a_side_asked_is_not_answered_by_a_country(seeds_engine):
    # "Qui a signé le traité d'amitié de 1992 côté kazakh ?" was answered "Russie" at 0.82: the treaty names the
    # two states, not who signed for Kazakhstan. A person or an office answers for a side.
    assert seeds_engine.answerer.analyze("Кто подписал программу с казахстанской стороны?").side == "kazakhstan"
    assert answered(seeds_engine, "Qui a signé le traité d'amitié de 1992 côté kazakh ?").abstained
    assert answered(seeds_engine, "Premier ministre côté kazakh : son nom ?").highlight == "Alkhan Smailov"


def test_a_force_s_strength_asked_is_a_count_of_people(seeds_engine):
    # "Total manpower of the collective security alliance's forces?" was answered "six pays" at 0.85: the
    # corpus counts the alliance's countries, never its troops.
    assert answered(seeds_engine, "Total manpower of the collective security alliance's forces?").abstained
    assert answered(seeds_engine, "Size of the collective-security alliance's contingent on Kazakh soil?").abstained


def test_an_adjective_is_no_relation_asked(seeds_engine):
    # "la liste complète" asked for a completion, "Kazakhstan's leading trade partner" for who heads
    # Kazakhstan, "qui a sorti des camions" (made trucks) for a leaving, "Is there a likely rebranding …"
    # for a class: each quote was declined at 0.01 for lacking it.
    analyze = seeds_engine.answerer.analyze
    assert analyze("Je voudrais la liste complète des pays de la CEI donnée en note.").relations == []
    assert analyze("Is the European Union, taken as a whole, Kazakhstan's leading trade partner?").relations == []
    assert analyze("Nom de la société commune qui a sorti des camions de guerre pour Astana ?").relations == []
    assert not analyze("Is there a likely rebranding for the joint rocket project?").classifies
    # The verbs still ask.
    assert analyze("Qui dirige la CEI ?").relations == ["head"]
    assert analyze("Quand l'Arménie est-elle sortie de la CEI ?").relations == ["leave"]
    assert "complete" in analyze("Quand la construction sera-t-elle achevée ?").relations
    # Completing an act asks for the act.
    assert analyze("On what date did Moscow complete its own ratification?").relations == ["ratify"]


def test_a_russian_zh_is_a_french_j(seeds_engine):
    # "Мажилисом" was a name the corpus never has (ж is the French j of "Majilis"), and the question declined.
    assert seeds_engine.answerer.analyze("Когда Мажилис одобрил ратификацию соглашения?").entities == ["majilis"]
    assert "chambre basse" in answered(seeds_engine, "Какую палату казахстанского парламента называют Мажилисом?").text


def test_the_article_as_subject_is_no_speaker(seeds_engine):
    # "How does the Mishustin article describe the EAEU?" looked for a statement (by nobody) and quoted
    # Mishustin's; "Le texte sur la fermeture … donne l'UE à combien de pays ?" made the closure a relation.
    spec = seeds_engine.answerer.analyze("How does the Mishustin article describe the EAEU?")
    assert spec.qtype != "say" and not spec.speaker
    assert seeds_engine.answerer.analyze("Comment le papier sur Mishustin décrit-il l'UEE ?").qtype != "say"
    assert seeds_engine.answerer.analyze("How does Hess describe the regimes?").speaker == "hess"
    assert "27 membres" in answered(
        seeds_engine, "Le texte sur la fermeture de la représentation commerciale donne l'UE à combien de pays ?").highlight


def test_a_book_coming_out_and_the_twenty_seven(seeds_engine):
    # "When did Hess's book come out?" was answered by the day he spoke to CNBC; "les Vingt-Sept" (the EU)
    # by the trade with Russia. The corpus says neither.
    assert seeds_engine.answerer.analyze("When did Hess's book 'Economic War' come out?").relations == ["publish"]
    assert answered(seeds_engine, "When did Hess's book 'Economic War' come out?").abstained
    assert "ue" in seeds_engine.answerer.analyze("Combien pèse le commerce du Kazakhstan avec les Vingt-Sept ?").countries
    assert answered(seeds_engine, "Sur onze mois de 2022, combien pèse le commerce du Kazakhstan avec les Vingt-Sept ?").abstained


def test_a_name_word_finds_the_acronym(seeds_engine):
    # "the Shanghai grouping": the paragraph that writes only "L'OCS" is searched for too.
    retriever = seeds_engine.answerer.retriever
    assert retriever.alias_terms("Does the writer class the Shanghai grouping as a defence alliance?") == analyze("OCS")
    assert retriever.alias_terms("Quand Poutine est-il allé au Kazakhstan ?") == []


def test_the_person_whose_words_are_asked_speaks(seeds_engine):
    # "Tokayev's personal statement on the Ukraine war — what did he say?" quoted Smadiyarov at 0.84: the
    # speaker is the one person the question names, here one the corpus never quotes.
    analyze = seeds_engine.answerer.analyze
    assert analyze("Tokayev's personal statement on the Ukraine war — what did he say?").speaker == "tokayev"
    assert analyze("Did President Tokayev himself comment on the CSTO staying out of Ukraine? What did he say?").speaker == "tokayev"
    assert answered(seeds_engine, "Tokayev's message to the Russian premier at their Almaty meeting?").abstained
    assert analyze("Mishustin's keynote: which goal did he say EAEU states must put first?").speaker == "mishustin"


def test_a_part_of_a_thing_and_the_topic_of_a_reaction(seeds_engine):
    # "How many kilometres of the border are fenced?" was answered by the border's whole length at 0.88;
    # "о реакции Москвы на закрытие" made the closure a relation the reporters' sentence had to state;
    # "le calendrier de déploiement" asks when the deployment happens.
    analyze = seeds_engine.answerer.analyze
    assert analyze("How many kilometres of the Kazakh-Russian border are fenced?").relations == ["fortify"]
    assert answered(seeds_engine, "Quelle longueur de la frontière russo-kazakhe est fortifiée ?").abstained
    assert analyze("Кто спрашивал российских чиновников о реакции Москвы на закрытие торгпредства?").relations == []
    assert analyze("Когда Казахстан объявил о закрытии торгпредства?").relations == ["close"]
    assert analyze("Quel est le calendrier de déploiement du système de communication au Kazakhstan ?").relations == ["deploy"]
    assert analyze("Quel rôle joue l'agence d'exportation russe ?").relations == []


def test_a_russian_article_descriptor_is_no_constraint(seeds_engine):
    # "согласно статье о визите Путина" says which article; it made the visit a relation the listing
    # sentence had to state, and the question declined at 0.01.
    analyze = seeds_engine.answerer.analyze
    spec = analyze("Какие государства образуют Центральную Азию, согласно статье о визите Путина?")
    assert spec.relations == [] and spec.people == []
    assert "Turkménistan" in forced(seeds_engine, "Какие государства образуют Центральную Азию, согласно статье о визите Путина?").highlight
    # Where the clause goes on, the visit is what is asked; "в статье 6" is the accord's article.
    assert analyze("В статье о визите Путина указан день — какой?").relations == ["visit"]
    assert "статье" in analyze("Какой пост управления связью упомянут в статье 6?").terms


def test_a_group_of_the_people_asked_answers_which_people(seeds_engine):
    # "Which reporters …" quoted the bill's sentence with "Kazakhstan" highlighted at 0.83: "les journalistes
    # russes à Almaty" are the reporters, a nationality given or not; another kind of people is no answer.
    assert analyze_question("Which reporters picked up on the bill?").qtype == "who"
    answer = forced(seeds_engine, "Which reporters asked their government's representatives about Moscow's reaction?")
    assert answer.highlight == "les journalistes russes à Almaty"
    assert answered(seeds_engine, "Quel diplomate représente Astana auprès du Kremlin ?").abstained


def test_whose_words_and_who_speaks_beside_the_verb(seeds_engine):
    # "Dandybaiev's assurance on …" asked no statement; "Putin's warning …" quoted Hess's words about Putin
    # ("“… Poutine voudra …”, a déclaré Max Hess") as Putin's.
    analyze = seeds_engine.answerer.analyze
    spec = analyze("Quote needed: Dandybaiev's assurance on Kazakhstan's current command and communications setup.")
    assert (spec.qtype, spec.speaker) == ("say", "dandybaiev")
    assert analyze("Putin's warning on Western meddling in the CIS?").speaker == "poutine"
    assert analyze("Lavrov's complaint about the West?").people == ["lavrov"]  # a known surname, first word or not
    assert "Max Hess" not in forced(seeds_engine, "Putin's warning on Western meddling in the CIS?").text
    # The speaker asked by his role, and the article names the man who holds it.
    assert "priorité stratégique" in answered(seeds_engine, "Priorité stratégique des membres de l'UEE selon le chef du gouvernement russe ?").text


def test_a_person_asked_is_named_by_the_role_the_article_gives_him(seeds_engine):
    # "Dandybaiev insisted … could never do what …?" is answered by "le vice ministre de la Défense … a
    # rassuré que …": the article names him by his post there.
    answer = answered(seeds_engine, "Dandybaiev insisted Russian-supplied kit could never do what to Kazakhstan's current set-up?")
    assert not answer.abstained and "ne peut en aucun cas affecter" in answer.text


def test_capitals_of_the_two_sides_and_what_is_set_aside(seeds_engine):
    # "entre Astana et Moscou" made "Moscou" a name the quote had to hold ("entre les deux pays" did not).
    analyze = seeds_engine.answerer.analyze
    spec = analyze("Sur quel principe la coopération militaire actuelle entre Astana et Moscou est-elle fondée ?")
    assert spec.parties == {"kazakhstan", "russie"} and "moscou" not in spec.entities
    assert "moscou" in analyze("Quand Mishustin est-il venu de Moscou ?").entities
    # "besides the lease extension": what is set aside is not a relation asked.
    assert analyze("In 2004, besides the lease extension, what did Kazakhstan and Russia agree to build?").relations == ["build"]


def test_a_cost_or_a_figure_asked_needs_one(seeds_engine):
    # "What did the Kamaz-Engineering vehicles cost …?" and "production annuelle chiffrée" were answered at
    # 0.91 by "un nombre important de véhicules": no sum, no figure.
    assert analyze_question("What did the Kamaz-Engineering vehicles cost the Kazakh army?").measure == "money"
    assert question_type("Kamaz-Engineering : production annuelle chiffrée de véhicules pour l'armée kazakhe ?") == "number"
    assert question_type("Kamaz-Engineering output for the Kazakh army in 2020, in units?") == "number"
    assert answered(seeds_engine, "What did the Kamaz-Engineering vehicles cost the Kazakh army?").abstained
    assert answered(seeds_engine, "Kamaz-Engineering : production annuelle chiffrée de véhicules pour l'armée kazakhe ?").abstained


def test_the_question_own_organisation_is_no_answer(seeds_engine):
    # "Which drills did the CSTO rapid reaction force hold?" highlighted "OTSC": the CSTO it names.
    assert forced(seeds_engine, "Which drills did the CSTO rapid reaction force hold in 2009?").highlight != "OTSC"


def test_the_reason_asked_is_the_person_asked_about(seeds_engine):
    # "Why did Macron visit …?" quoted "Soucieux de maintenir …, le président russe Vladimir Poutine est au
    # Kazakhstan …" at 0.92: that reason is Putin's. Asked about Putin, it still answers.
    assert answered(seeds_engine, "Why did Macron visit Kazakhstan a week after Putin?").abstained
    assert "Soucieux de maintenir" in answered(seeds_engine, "Why did Putin visit Kazakhstan?").highlight
    assert "dans le but d’exploiter" in answered(seeds_engine, "Why is Mishustin visiting Kazakhstan?").highlight


def test_a_second_question_after_a_dash_says_what_is_asked(seeds_engine):
    # "Why did … — what was announced during the visit?" asked a reason, and the sentence announcing the
    # closure gives none: declined at 0.10.
    assert question_type("Why did Kazakhstan's announcement illustrate complex relations — what was announced during the visit?") == "other"
    assert question_type("Who signed the August 1992 training accord — which bodies?") == "who"
    answer = answered(seeds_engine, "Why did Kazakhstan's announcement illustrate complex relations — what was announced during the visit?")
    assert "clôture de sa mission commerciale" in answer.text
    # A role set off by dashes is the role asked.
    assert seeds_engine.answerer.analyze("Mishustin's host — the Kazakh prime minister — is who?").role == "premier ministre"
    assert answered(seeds_engine, "Smadiyarov's boss — the Kazakh minister of foreign affairs — is who?").abstained


def test_places_countries_and_sums_the_text_describes(seeds_engine):
    # "Где … учатся бесплатно?": "dans les universités militaires russes" is where (declined: no place named).
    assert answered(seeds_engine, "Где казахстанские военные учатся бесплатно?").highlight == "les universités militaires russes"
    # "à quels pays ?" and "aux pays qu'elle considère comme … sa sphère d'influence": countries described.
    answer = answered(seeds_engine, "Moscou veut imposer ses technologies d'abord à quels pays ?")
    assert "sphère d’influence" in answer.highlight
    # Money that leaves a budget is money spent, not a country leaving an organisation.
    assert "leave" not in seeds_engine.answerer.analyze("Сколько долларов в год уходит из российского бюджета за Байконур?").relations
    assert answered(seeds_engine, "Сколько долларов в год уходит из российского бюджета за Байконур?").highlight == "115 millions de dollars"


def test_where_a_quote_comes_from_and_where_a_country_climbed_to():
    # "Where does the quote … come from?" asks its source, "where has Kazakhstan climbed to" a rank: no place.
    assert question_type("Where does the quote on colonial dependence come from, per the article?") == "other"
    assert question_type("UN e-gov league table: where has Kazakhstan climbed to since 2018?") == "other"
    assert question_type("Where did Mishustin come from?") == "where"


def test_countries_described_answer_who_and_a_title_is_a_name(seeds_engine):
    # "Who has the solutions …?" and "vis-à-vis des pays qui les ont et les promeuvent": countries described
    # act, as people do (declined at 0.13: no person named).
    answer = answered(seeds_engine, "Who has the solutions and promotes them worldwide, in Mishustin's colonial-dependence remark?")
    assert answer.highlight.startswith("pays qui les ont")
    # A quoted title of any length, introduced as one, is the name asked.
    answer = answered(seeds_engine, "Quel est le nom du projet de loi sur la mission commerciale ?")
    assert answer.highlight.startswith("Sur certaines questions du ministère du Commerce")
    # "pèse combien dans les tirs": a part of them, never the rent in dollars.
    assert seeds_engine.answerer.analyze("Baïkonour pèse combien dans les tirs spatiaux de la Russie ?").measure == "percent"
    assert "115 millions" not in forced(seeds_engine, "Baïkonour pèse combien dans les tirs spatiaux de la Russie ?").highlight


def test_a_place_that_qualifies_the_thing_asked_does_not_date_another_event(seeds_engine):
    # "sa mission commerciale en Russie … a été publiée mercredi": Russia is where the mission is, not
    # where the bill was published (declined at 0.01 as a day given for another country).
    answer = answered(seeds_engine, "Publication du projet législatif kazakh sur la mission commerciale : quel jour ?")
    assert not answer.abstained and answer.highlight == "mercredi"
    # A verb's place still counts: Putin was in Kazakhstan on Thursday, not in Uzbekistan.
    assert answered(seeds_engine, "Quand Macron est-il arrivé en Ouzbékistan ?").abstained


def test_counted_things_the_text_names_otherwise(seeds_engine):
    # "combien de territoires" and "quatre régions"; "how many texts" and "plusieurs dizaines de documents":
    # both declined at 0.01 as counts of something else.
    answer = answered(seeds_engine, "Scrutins d'annexion non reconnus : ils portaient sur combien de territoires ?")
    assert not answer.abstained and answer.highlight == "quatre"
    question = "Solid legal foundation: roughly how many texts does it comprise?"
    assert seeds_engine.answerer.analyze(question).measure == "document"
    best = seeds_engine.answerer.choose(seeds_engine.answerer.candidates(seeds_engine.answerer.search(question))[1])
    assert violations(best.features) == []
    assert forced(seeds_engine, question).highlight == "plusieurs dizaines de documents"


def test_a_treaty_named_in_one_hyphenated_word_and_the_date_its_verb_governs(seeds_engine):
    # "Traité Amitié-Coopération-Assistance" is the "Traité d'Amitié, de Coopération et d'Assistance
    # Mutuelle" (an entity missed at 0.01); "traité qui a été prolongé en juin 2012": the date after the verb.
    question = "Traité Amitié-Coopération-Assistance : en quel mois de quelle année a eu lieu sa prolongation ?"
    assert forced(seeds_engine, question).highlight == "juin 2012"
    assert forced(seeds_engine, "Jusqu'à quand le bail de Baïkonour a-t-il été prolongé ?").highlight == "jusqu'en 2050"


def test_a_role_whose_holders_name_is_asked_comment(seeds_engine):
    # "le chef de l'État kazakh est nommé comment ?" was answered at 0.91 with "le président russe Vladimir
    # Poutine": "nommé" is "called" here, not "appointed", and the role is Kazakhstan's president.
    question = "Hôte de Poutine jeudi : le chef de l'État kazakh est nommé comment ?"
    spec = seeds_engine.answerer.analyze(question)
    assert (spec.qtype, spec.role, spec.relations) == ("who", "president", [])
    assert answered(seeds_engine, question).abstained
    assert answered(seeds_engine, "Le porte-parole du ministère kazakh est nommé comment ?").highlight == "Aybek Smadiyarov"
    assert answered(seeds_engine, "Le Premier ministre kazakh s'appelle comment ?").highlight == "Alkhan Smailov"


def test_questions_headed_by_the_noun_of_what_they_ask(seeds_engine):
    # "Manpower of …?" asks a count, "Year … hit the shelves?" a year, "— give the weekday plus calendar
    # date" a date: answered at 0.91 and 0.84 with sentences that give none.
    assert question_type("Manpower of the joint CSTO reaction unit set up in 2009?") == "number"
    assert question_type("Year 'Economic War' hit the shelves?") == "date"
    assert question_type("Russian PM in the southern capital — give the weekday plus calendar date.") == "date"
    assert answered(seeds_engine, "Manpower of the joint CSTO reaction unit set up in 2009?").abstained
    assert answered(seeds_engine, "Year 'Economic War' hit the shelves?").abstained
    # A league table named before the colon makes "where does it stand" a rank.
    question = "E-government league table: where does Kazakhstan stand now after climbing from 39th?"
    assert question_type(question) == "other"
    assert forced(seeds_engine, question).highlight == "28e place"


def test_other_countries_answer_to_whom_and_a_departure_is_not_a_visit(seeds_engine):
    assert forced(seeds_engine, "Selon la conclusion, la coopération militaire pourrait servir d'exemple à qui ?").highlight \
        == "d'autres pays"
    # "Départ du Premier ministre … : à quelle date ?" was answered at 0.75 with the day of his visit.
    question = "Départ du Premier ministre russe de la ville du forum : à quelle date ?"
    assert "leave" in seeds_engine.answerer.analyze(question).relations
    assert answered(seeds_engine, question).abstained
    assert seeds_engine.answerer.analyze("Ville hôte désignée pour la réunion suivante des chefs de gouvernement eurasiens ?").next_asked


def test_the_opening_line_asked_is_the_articles_first_sentence(seeds_engine):
    # "per the opening line" was read as an opening asked (declined at 0.14); the first sentence was not
    # among the candidates, and "two capitals" make a list of two.
    question = "Which two capitals, per the opening line, care a lot about military cooperation going well?"
    spec = seeds_engine.answerer.analyze(question)
    assert spec.lead_asked and spec.relations == [] and spec.qtype == "list"
    assert forced(seeds_engine, question).highlight == "Nur-Sultan et Moscou"
    # A quote from further down the article breaks that constraint.
    best = seeds_engine.answerer.choose(seeds_engine.answerer.candidates(seeds_engine.answerer.search(question))[1])
    assert violations(best.features) == []
    far = "Which cooperation effects does the opening line of the military analysis call mutually beneficial?"
    cands = seeds_engine.answerer.candidates(seeds_engine.answerer.search(far))[1]
    assert all("position" in violations(c.features) for c in cands if "L’analyse des premiers effets" in
               seeds_engine.index.sentences[c.first].text)


def test_taking_part_in_a_war_and_ruling_it_out(seeds_engine):
    # "join the Ukraine war" is taking part in it ("ne participera pas à la guerre"), not joining a body:
    # declined at 0.01 as a relation the quote lacked.
    question = "Who declared that the CSTO would not join the Ukraine war?"
    assert seeds_engine.answerer.analyze(question).relations == ["fight"]
    assert "Kazakhstan" in forced(seeds_engine, question).highlight
    assert answered(seeds_engine, "When did Kazakh soldiers join the Russian offensive in Ukraine?").abstained
    # "a exclu toute participation" rules it out, and expels no one; the name asked in full is not the
    # surname a later sentence repeats.
    question = "Nom et prénom du porte-parole qui a exclu toute participation de l'OTSC en Ukraine ?"
    spec = seeds_engine.answerer.analyze(question)
    assert spec.qtype == "who" and "expel" not in spec.relations
    assert forced(seeds_engine, question).highlight != "Smadiyarov"


def test_a_surname_tagged_otherwise_is_the_person_the_article_names_in_full(seeds_engine):
    # "a ajouté Smadiyarov": the tagger made him an organisation, so "quel diplomate" found no person there
    # (declined at 0.01); "Aybek Smadiyarov" is tagged a person two sentences before.
    answer = answered(seeds_engine, "Quel diplomate a ajouté que l'OTSC ne sera pas partie à la guerre en Ukraine ?")
    assert not answer.abstained and answer.highlight == "Smadiyarov"


def test_a_sum_paid_by_the_year_and_trade_with_a_bloc(seeds_engine):
    # "What does Moscow hand Astana every year …?" asks the rent (declined at 0.43, with the lease's extension first).
    question = "What does Moscow hand Astana every year for the cosmodrome lease?"
    assert question_type(question) == "number"
    assert forced(seeds_engine, question).highlight == "115 millions de dollars"
    # Trade with the EU is not the trade with Russia (answered at 0.91 with the Russian figure).
    question = "In dollars, how much did Kazakhstan trade with the European bloc during 2022?"
    assert seeds_engine.answerer.analyze(question).parties == frozenset({"kazakhstan", "ue"})
    assert answered(seeds_engine, question).abstained


def test_since_when_it_exists_and_the_exercises_held(seeds_engine):
    # "since when has this arrangement existed?" asks when it was set up ("créé fin 2018"), not the
    # programme of the next sentence (answered at 0.65 with "2019-2021").
    question = "Regular deputy-minister consultations: since when has this arrangement existed?"
    assert forced(seeds_engine, question).highlight == "fin 2018"
    # Exercises asked, and a sentence that only dates the force's creation (answered at 0.87 with "En 2009").
    assert answered(seeds_engine, "When did the CSTO rapid reaction force hold its first exercise?").abstained
    assert answered(seeds_engine, "Which drills did the CSTO rapid reaction force hold in 2009?").abstained


def test_offices_in_the_plural_or_shared_ask_for_people(seeds_engine):
    # "co-chairmen" are people (answered at 0.83 with "Coopération"), as the named company is a body.
    assert question_type("Name the co-chairmen of the bilateral commission set up in 1997.") == "who"
    assert answered(seeds_engine, "Name the co-chairmen of the bilateral commission set up in 1997.").abstained
    assert question_type("Name the Russian-Kazakh joint company cited as an example of common defence production.") == "who"


def test_a_claim_to_correct_and_nouns_that_name_no_act(seeds_engine):
    # "My notes say … in Minsk. Where was it actually signed?": the place claimed is the one to correct
    # (declined at 0.01: Minsk was looked for in the quote).
    answer = answered(seeds_engine, "My notes say the CIS comms accord was inked in Minsk. Where was it actually signed, and when?")
    assert not answer.abstained and "29 mai 2020 à Moscou" in answer.text
    # A claim the question asks to check is what it asks about.
    assert "kazakhstan" in seeds_engine.answerer.analyze("I read that Kazakhstan left the CSTO. Is that so?").entities
    # "a second stop" is a visit, not a stop put to something; "the Putin visit article" names an article.
    assert seeds_engine.answerer.analyze("Macron's Central Asian tour had a second stop — where?").relations == ["visit"]
    assert forced(seeds_engine, "Macron's Central Asian tour had a second stop — where?").highlight == "Ouzbékistan"
    question = "Which five countries make up Central Asia as defined in the Putin visit article?"
    assert "visit" not in seeds_engine.answerer.analyze(question).relations
    assert not answered(seeds_engine, question).abstained
    # "les départs" asked, "les récents départs de la CEI" written: the departure is stated.
    answer = answered(seeds_engine, "Malgré les départs, Moscou peut-il compter sur ses voisins pour le moment ?")
    assert not answer.abstained and answer.text.startswith("Malgré les récents départs")


def test_former_republics_a_counted_pair_and_a_rank_asked(seeds_engine):
    # "ex-républiques" are counted as countries ("neuf pays de l'ex-URSS"; declined at 0.01 on the unit).
    question = "L'astérisque en fin d'article de Kolesnyk : il recense combien d'ex-républiques soviétiques dans la Communauté ?"
    assert seeds_engine.answerer.analyze(question).measure == "pays"
    assert answered(seeds_engine, question).highlight == "Seulement neuf pays"
    # Two titles the text counts ("…, deux documents de nature stratégique") are a list.
    answer = answered(seeds_engine, "Какие документы стратегического характера Россия недавно приняла, по словам автора?")
    assert not answer.abstained and "Stratégie de la sécurité nationale" in answer.highlight
    # "Largest state inside the alliance?" asks a rank: the list of its six members does not give it
    # (answered at 0.90); "son plus grand membre" does.
    question = "Largest state inside the Collective Security Treaty alliance?"
    assert "plus grand membre" in forced(seeds_engine, question).text
    # "as the spokesman put it": the spokesman's statement is asked (the 1998 declaration was quoted at 0.76).
    spec = seeds_engine.answerer.analyze("Scope of the alliance's obligations, as the spokesman put it?")
    assert spec.speaker == "porte-parole"


def test_a_weekday_a_renaming_and_a_reason_asked_by_its_verb(seeds_engine):
    # "On which weekday …?" asks a date (answered at 0.82 with "Forum numérique annuel").
    assert question_type("On which weekday was Mishustin in Almaty for the intergovernmental council?") == "date"
    assert forced(seeds_engine, "On which weekday was Mishustin in Almaty for the intergovernmental council?").highlight \
        == "vendredi 3 février"
    # "on which day of 2021" and "le 23 juin dernier" in an article of 2021: no other year stated.
    assert forced(seeds_engine, "Per Kolesnyk, on which day of 2021 did Russia finish ratifying the CIS signals pact?"
                  ).highlight == "23 juin dernier"
    # "the Russian president's Kazakh stop falls on …": a stop on a trip, nothing ceased.
    assert seeds_engine.answerer.analyze(
        "Schedule check for the Central Asia piece: the Russian president's Kazakh stop falls on which weekday?").relations == []
    # "Astana explique comment …" asks the reason it gives (answered at 0.86 with the bill's title).
    question = "Astana explique comment le fait de fermer son bureau commercial en Russie ?"
    assert question_type(question) == "reason"
    assert forced(seeds_engine, question).highlight.startswith("pour optimiser le travail")
    # A renaming asked: the name the project bears now does not answer (answered at 0.73 with "Baiterek");
    # "the renamed Baiterek pad" names the pad, no renaming asked.
    question = "Le projet de fusée kazako-russe pourrait être rebaptisé : en quoi ?"
    assert "rename" in seeds_engine.answerer.analyze(question).relations
    assert forced(seeds_engine, question).highlight == "Nazarbayev Start"
    assert "rename" not in seeds_engine.answerer.analyze(
        "Launch log: maiden flight from the renamed Baiterek pad took place when?").relations
    # "supersedes" asks what is replaced; "voting no" a rejection the Majilis never voted.
    assert "replace" in seeds_engine.answerer.analyze(
        "The draft decade-long defence deal supersedes a text dating from what year?").relations
    assert answered(seeds_engine, "Grounds given by the Majilis for voting no on the Commonwealth signals accord?").abstained
    # "Après le Majilis, … la chambre haute ?": the upper house is asked, the Majilis sets the time
    # (answered at 0.86 with the Majilis's vote).
    question = "Après le Majilis, à quelle date la chambre haute kazakhe a-t-elle entériné le texte sur les liaisons militaires ?"
    assert seeds_engine.answerer.analyze(question).chamber == frozenset({"upper"})
    assert answered(seeds_engine, question).abstained


def test_a_number_asked_what_it_measures_needs_its_unit(seeds_engine):
    # "7 600 — what does that number measure?": "… donnée par un chiffre : 7 600." repeats the number and
    # says nothing of what it measures (answered at 0.78); "7 600 kilomètres est la longue frontière" does.
    for question in ("7 600 — what does that number measure?", "Le chiffre 7 600 : il mesure quoi ?"):
        assert seeds_engine.answerer.analyze(question).number_measured == "7600"
        assert forced(seeds_engine, question).text.startswith("7 600 kilomètres")


def test_a_representative_asked(seeds_engine):
    # "represented Kyrgyzstan at the forum": a representative asked, which the Russian prime minister's
    # visit does not name (answered at 0.87 with "Mishustin").
    assert seeds_engine.answerer.analyze("Who represented Kyrgyzstan at the Almaty digital forum?").relations == ["represent"]
    assert answered(seeds_engine, "Who represented Kyrgyzstan at the Almaty digital forum?").abstained


def test_the_dateline_answers_when_the_article_was_published(seeds_engine):
    # "Quelle date figure en tête de l'article …?" was answered with a date the article reports ("jeudi",
    # "23 juin dernier", 0.66–0.89): the dateline above the text answers, and only it.
    for question, date in (("When did the post on Russian comms technology in the CIS go online?", "2021-09-22"),
                           ("Quelle date porte en tête l'article sur Poutine en Asie centrale ?", "2023-11")):
        assert seeds_engine.answerer.analyze(question).dateline
        answer = answered(seeds_engine, question)
        assert not answer.abstained and answer.highlight.endswith(date) and answer.citations[0].paragraph <= 3
    # A date the article reports is no dateline: "When did the article say Russia ratified the accord?"
    assert not seeds_engine.answerer.analyze("When did the article say Russia ratified the accord?").dateline
    assert not seeds_engine.answerer.analyze("What date does the article give for the accord's signing?").dateline


def test_choices_offered_and_a_day_given_as_the_premise(seeds_engine):
    # "signé à Minsk ou ailleurs ?": Minsk is a choice, not a place the quote must name (declined at 0.01).
    spec = seeds_engine.answerer.analyze("L'accord sur les liaisons des armées de la CEI : signé à Minsk ou ailleurs ?")
    assert "bielorussie" not in spec.countries
    assert "Moscou" in answered(seeds_engine, "L'accord sur les liaisons des armées de la CEI : signé à Minsk ou ailleurs ?").text
    # "deux jours avant le vendredi de la visite : quel jour ?": Friday is the premise, never the answer (0.88).
    answer = forced(seeds_engine, "Le projet de loi est paru deux jours avant le vendredi de la visite : quel jour ?")
    assert "vendredi" not in answer.highlight


def test_an_analyst_speaks_and_a_quality_stated_as_its_opposite(seeds_engine):
    # "per the analyst": Max Hess, "chercheur", speaks; Lavrov does not.
    answer = answered(seeds_engine, "Selon l'analyste, pourquoi la Russie trouve-t-elle facilement des points de pression ?")
    assert not answer.abstained and "kleptocratique" in answer.text
    assert answered(seeds_engine, "According to the expert, what did Lavrov accuse the West of?").abstained
    # "democratic" asked, "antidémocratique" written: the quote denies the premise (answered at 0.87).
    assert answered(seeds_engine, "Why does Hess call the region's regimes democratic?").abstained


def test_counts_ago_and_a_closure_undone(seeds_engine):
    # "Staff numbers at …" asks a count (answered at 0.50 with the closure sentence).
    assert seeds_engine.answerer.analyze("Staff numbers at the Kazakh trade office in Moscow?").qtype == "number"
    assert answered(seeds_engine, "Staff numbers at the Kazakh trade office in Moscow?").abstained
    # "il y a combien de temps ?": "le mois dernier" answers, not "quatre régions" beside it (declined at 0.01).
    answer = answered(seeds_engine, "Le refus kazakh de reconnaître les référendums, c'était il y a combien de temps ?")
    assert not answer.abstained and answer.highlight == "le mois dernier"
    # A closure undone asks the reopening, which the text never states.
    assert "close" not in seeds_engine.answerer.analyze("Pourquoi Astana est-elle revenue sur la fermeture et a-t-elle rétabli sa mission ?").relations
    assert answered(seeds_engine, "Pourquoi Astana est-elle revenue sur la fermeture et a-t-elle rétabli sa mission ?").abstained


def test_the_headline_answers_what_the_article_is_called(seeds_engine):
    # "Sous quel titre … son billet ?", "per the headline": the title printed above the article (the front
    # matter's "title:" line, or a page's first line below the site's banner), not a sentence of its body.
    for question, headline in (
            ("Sous quel titre Kolesnyk a-t-il publié son billet ?", "La Russie impose ses technologies de communication à la CEI"),
            ("What is the headline of the Nouvelles du Monde piece?", "Le cauchemar de Poutine s’est réalisé, un pays frère lui a tourné le dos"),
            ("Quel est le titre de l'article sur la fermeture de la mission commerciale ?",
             "Le Kazakhstan clôt sa mission commerciale en Russie lors de la visite du Premier ministre Mishustin")):
        assert seeds_engine.answerer.analyze(question).headline
        answer = answered(seeds_engine, question)
        assert not answer.abstained and answer.highlight == headline
    assert "un pays frère" in answered(seeds_engine, "Who has turned their back on Putin, per the headline?").text
    # A book's, a bill's or a post's title is not the article's headline.
    for question in ("Title of the Hess book on economic warfare quoted in the piece?",
                     "Under what kind of title was the closure bill published, in the article's words?",
                     "Caption for the Lavrov photo: his job title as the article gives it?",
                     "Mishustin's headline ask of the Eurasian bloc at the forum — in a phrase?"):
        assert not seeds_engine.answerer.analyze(question).headline


def test_how_often_choices_listed_and_who_owns_what_is_counted(seeds_engine):
    # "Tous les combien …": a frequency, which "chaque année" gives without a figure (declined at 0.05).
    answer = answered(seeds_engine, "Tous les combien le plan de coopération bilatérale est-il élaboré et signé ?")
    assert not answer.abstained and "chaque année" in answer.text
    # "— China, Russia, or next door?": choices offered, none a name the quote must repeat (declined at 0.01).
    answer = answered(seeds_engine, "Where do most of the dangers to Kazakh security come from — China, Russia, or next door?")
    assert not answer.abstained and "pays voisins" in answer.text
    # "sociétés à capitaux kazakhs … sur le sol russe" are not "entreprises à participation russe … au
    # Kazakhstan" (answered at 0.91).
    assert seeds_engine.answerer.analyze("Combien de sociétés à capitaux kazakhs travaillent en Russie ?").counted_country == "kazakhstan"
    assert answered(seeds_engine, "Et dans l'autre sens : combien de sociétés à capitaux kazakhs travaillent sur le sol russe ?").abstained


def test_one_side_signatory_delay_and_model_asked(seeds_engine):
    # "The Kazakh signatory … was whom?": "les Ministres de la Défense des deux pays" names neither side's
    # signatory (answered at 0.86–0.89 in four languages and phrasings).
    for question in ("The Kazakh signatory of the strategic partnership programme for 2019–2021 was whom?",
                     "Кто подписал программу стратегического партнёрства 2019–2021 с казахстанской стороны?"):
        assert answered(seeds_engine, question).abstained
    # "held up": a delay the quote must state (answered at 0.64 with the lease extension).
    assert seeds_engine.answerer.analyze("Baiterek was held up — what explanation does the author give?").relations == ["delay"]
    assert "retardée" in answered(seeds_engine, "Pourquoi le projet Baiterek a-t-il pris du retard ?").text
    # "По образцу чего создан ЕАЭС?": a model, not the union's founding (answered at 0.51 with the forum).
    assert "model" in seeds_engine.answerer.analyze("По образцу чего создан Евразийский экономический союз?").relations
    assert "calquée" in answered(seeds_engine, "Sur quoi l'Union économique eurasienne est-elle calquée ?").text


def test_kind_or_not_and_a_verb_asked_after_its_topic(seeds_engine):
    # "Shanghai organisation: military bloc or not?": a yes/no question on what kind of body it is.
    spec = seeds_engine.answerer.analyze("Shanghai organisation: military bloc or not?")
    assert spec.scope == "yesno" and spec.classifies and spec.lang == "en"
    assert "politico-militaire" in forced(seeds_engine, "Shanghai organisation: military bloc or not?").text
    # "… : qu'ont-ils signé ensemble ?": the signing asked, which Putin's visit does not state (0.69).
    assert answered(seeds_engine, "Macron et Poutine côte à côte à Astana : qu'ont-ils signé ensemble ?").abstained
    # "Где проходят заседания комиссии, созданной в 1997 году?": the meetings' place asked; the
    # participle says which commission (answered at 0.81 with its topics).
    assert seeds_engine.answerer.analyze("Где проходят заседания межправительственной комиссии, созданной в 1997 году?").relations == ["meet"]
    assert answered(seeds_engine, "Где проходят заседания межправительственной комиссии, созданной в 1997 году?").abstained


def test_exact_counts_orders_of_magnitude_and_a_representative_asked(seeds_engine):
    # "Exact … count", "Personnel strength of …": a count asked, which "un nombre important de véhicules"
    # or the force's creation does not give (answered at 0.91 and 0.95).
    for question in ("Exact number of trucks Kamaz-Engineering turned out for the army?",
                     "Personnel strength of the CSTO's rapid reaction force?"):
        assert seeds_engine.answerer.analyze(question).qtype == "number"
        assert answered(seeds_engine, question).abstained
    # "des milliers de liens": an order of magnitude of what follows it (declined at 0.01).
    answer = answered(seeds_engine, "Combien de liens relient Astana et Moscou selon le texte sur l'armée ?")
    assert not answer.abstained and answer.highlight == "des milliers"
    # "Qui représentait l'Arménie au Conseil …": Mishustin attending represents no one for Armenia (0.94).
    assert seeds_engine.answerer.analyze("Qui représentait l'Arménie au Conseil intergouvernemental eurasien ?").relations == ["represent"]
    assert answered(seeds_engine, "Qui représentait l'Arménie au Conseil intergouvernemental eurasien ?").abstained


def test_one_side_signatory_acts_in_the_sentence_that_signs(seeds_engine):
    # "Russian signatory of …" asks a person (0.82 with the date and place of signing); in a two-sentence
    # quote the person must be the one the signing sentence is about: Dandybaiev speaks before "Cet accord
    # a été signé …", he signs nothing (0.93).
    assert seeds_engine.answerer.analyze("Kazakh signatory of the CIS communications agreement?").qtype == "who"
    assert answered(seeds_engine, "Kazakh signatory of the CIS communications agreement?").abstained
    # "Il a proposé …": the person named just before is the one who proposes.
    answer = answered(seeds_engine, "Who proposed opening a digital competence centre in Almaty?")
    assert not answer.abstained and answer.highlight == "Smailov"


def test_members_named_a_header_date_and_a_condition_in_time(seeds_engine):
    # "Name the CSTO's members." asks a list (answered at 0.69 with two countries of another article).
    assert seeds_engine.answerer.analyze("Name the CSTO's members.").qtype == "list"
    assert "le Tadjikistan" in forced(seeds_engine, "Name the CSTO's members.").highlight
    # "в шапке статьи": the dateline (answered at 0.84 with "jeudi").
    spec = seeds_engine.answerer.analyze("Какая дата стоит в шапке заметки Колесника?")
    assert spec.qtype == "date" and spec.dateline
    # "once it is open": when the head is asked about, not an opening asked (Smailov proposing it, 0.88).
    assert seeds_engine.answerer.analyze("Who will head the digital competence centre once it is open?").relations == ["head"]
    assert answered(seeds_engine, "Who will head the digital competence centre once it is open?").abstained
    # "Who was questioning …" asks who did it, not one office holder (declined at 0.04).
    assert not answered(seeds_engine, "Who was questioning the Russian officials in Almaty about Moscow's reaction?").abstained


def test_a_body_of_people_sized_a_pair_of_sides_and_a_boss_named(seeds_engine):
    # "… garrison size …": a count of people (answered at 0.94 with the force's creation).
    assert seeds_engine.answerer.analyze("Kazakh garrison size at Baikonur?").qtype == "number"
    assert answered(seeds_engine, "Kazakh garrison size at Baikonur?").abstained
    # "entre Astana et Pékin": "la longue frontière entre les deux pays" in an article that never names
    # China is about another pair (0.89).
    assert answered(seeds_engine, "How long is the border between Astana and Beijing?").abstained
    # "…, son nom ?" after a person's title asks who (0.85 with the body's creation).
    assert seeds_engine.answerer.analyze("Directeur de Rosoboronexport, son nom ?").qtype == "who"
    assert answered(seeds_engine, "Directeur de Rosoboronexport, son nom ?").abstained
    # "Name the Chinese who …" asks a person of that nationality (0.86 with Lavrov).
    assert seeds_engine.answerer.analyze("Name the Chinese who met Putin in Astana.").qtype == "who"
    assert answered(seeds_engine, "Name the Chinese who met Putin in Astana.").abstained


def test_deals_concluded_a_designation_and_places_climbed(seeds_engine):
    # "Agreements Macron concluded with …": the concluding is asked (0.87 with his visit).
    spec = seeds_engine.answerer.analyze("Agreements Macron concluded with Kazakhstan?")
    assert spec.relations == ["sign"] and spec.relation_is_verb
    assert answered(seeds_engine, "Agreements Macron concluded with Kazakhstan?").abstained
    # "Number of the … post": the number that names it, nothing counted (declined at 0.01).
    answer = answered(seeds_engine, "Number of the command post where the new department will sit?")
    assert not answer.abstained and answer.highlight == "32e"
    # "how far up the ladder": places climbed, no distance (declined at 0.01).
    assert not answered(seeds_engine, "How far up the UN e-government ladder has Kazakhstan climbed since 2018?").abstained
    # "combien de pièces": any count answers, "plusieurs dizaines de documents" (declined at 0.01).
    answer = answered(seeds_engine, "Combien de pièces compte la base juridique militaire, en gros ?")
    assert not answer.abstained and answer.highlight == "plusieurs dizaines de documents"
    # "The number of … could make it act as what?": the count is the subject, "what" is asked.
    assert seeds_engine.answerer.analyze(
        "The number of signed accords could make the cooperation act as what for other states?").qtype == "other"


def test_the_piece_named_an_editorial_signature_and_the_rest_of_the_world(seeds_engine):
    # "the CNBC text": the article must name CNBC, the quote need not (the DW article's "la plus riche"
    # was answered at 0.93).
    spec = seeds_engine.answerer.analyze("What does the CNBC text say Kazakhstan is rich in?")
    assert spec.pieces == ["cnbc"] and "cnbc" not in spec.entities
    assert answered(seeds_engine, "What does the CNBC text say Kazakhstan is rich in?").abstained
    # "Signature éditoriale …" asks the credit line; "Michoustine-Almaty" joins names the corpus has.
    answer = answered(seeds_engine, "Editorial signature at the bottom of the trade-mission story?")
    assert not answer.abstained and answer.highlight == "Nathalie Weatherald"
    assert seeds_engine.answerer.analyze("Qui signe le papier Michoustine-Almaty ?").entities == []
    # "au reste du monde" is where (declined at 0.05 for want of a place).
    answer = answered(seeds_engine, "Where does Moscow want to push its technologies after its sphere of influence?")
    assert not answer.abstained and answer.highlight == "au reste du monde"
    # "Для чего служили земли, выведенные из аренды?": a use asked, no military service, no lease.
    assert seeds_engine.answerer.analyze("Для чего служили земли, выведенные из аренды?").relations == []


def test_another_bloc_a_piece_named_before_its_words_go_and_what_is_undone(seeds_engine):
    # The SCO asked, and "La participation à l'OTSC a permis …": another of the region's blocs (0.75).
    assert "OCS" in forced(seeds_engine, "Kazakhstan bolstering SCO counter-terror work: through which activity?").text
    # "the CNBC article" leaves the question's words (it says which article is read) but still names it.
    spec = seeds_engine.answerer.analyze("Which countries does the CNBC article name as current CIS members?")
    assert spec.pieces == ["cnbc"]
    assert "Ouzbékistan" in forced(seeds_engine, "Which countries does the CNBC article name as current CIS members?").highlight
    # "be seen as a …" asks what kind of body it is: "L'OCS n'est pas une organisation politico-militaire".
    assert seeds_engine.answerer.analyze("Could the SCO be seen as a military alliance?").classifies
    # "straight after Kazakhstan": a later stop, which no sentence gives (0.90 with Macron's trip).
    assert seeds_engine.answerer.analyze("Which country did Putin travel to straight after Kazakhstan?").next_asked
    assert answered(seeds_engine, "Which country did Putin travel to straight after Kazakhstan?").abstained
    # "dépêché des soldats", "la réouverture": a deployment and a reopening asked, which no quote states.
    assert seeds_engine.answerer.analyze("Quand la Russie a-t-elle dépêché des soldats au Kazakhstan ?").relations == ["deploy"]
    assert answered(seeds_engine, "Date de la réouverture de la mission commerciale kazakhe ?").abstained
    # "Names of the Chinese diplomats …": people of that nationality, whom no sentence names.
    assert seeds_engine.answerer.analyze("Names of the Chinese diplomats at the Almaty forum?").qtype == "who"
    assert answered(seeds_engine, "Names of the Chinese diplomats at the Almaty forum?").abstained


def test_a_figure_asked_schools_counted_a_holder_and_months_shortened(seeds_engine):
    # "what percentage …, as a number": "la majorité" gives no figure (answered at 0.88).
    assert answered(seeds_engine, "What percentage of Russian launches leave from Baikonur, as a number?").abstained
    # Universities are counted as schools, never as "plusieurs centaines de militaires" (0.78).
    assert seeds_engine.answerer.analyze("How many Russian universities host Kazakh servicemen?").measure == "etablissement"
    assert answered(seeds_engine, "How many Russian universities host Kazakh servicemen?").abstained
    # "Le titulaire du portefeuille …, son nom ?" asks a person (0.80 with the bill's title).
    assert seeds_engine.answerer.analyze("Le titulaire du portefeuille du Commerce kazakh, son nom ?").qtype == "who"
    assert answered(seeds_engine, "Le titulaire du portefeuille du Commerce kazakh, son nom ?").abstained
    # "Jan–Nov 2022": months shortened, no title "Russian Jan" to find (declined at 0.01).
    answer = answered(seeds_engine, "Kazakh-Russian trade turnover, Jan–Nov 2022?")
    assert not answer.abstained and "23,6 milliards de dollars" in answer.text


def test_the_verb_after_who_an_acronym_spelled_out_and_who_is_ahead(seeds_engine):
    # "… set up in 2009: who leads it?": the leading is asked, the creation only says which force (0.93).
    assert answered(seeds_engine, "The rapid reaction force set up in 2009: who leads it?").abstained
    # "TIC" is spelled out by "technologie de l'information et de la communication" (declined at 0.01).
    answer = answered(seeds_engine, "La Russie veut-elle réduire sa dépendance aux TIC étrangères ?")
    assert not answer.abstained and "dépendance à la technologie de l’information" in answer.text
    # "Does Russia lead Kazakhstan in …?" asks who is ahead, nobody heads anything (declined at 0.01).
    assert seeds_engine.answerer.analyze("Does Russia lead Kazakhstan in everyday digital technology?").relations == []
    # "Отказ … признать": the refusal is asked as a noun too; "on a Friday or on a Sunday" is no kind of thing.
    assert "refuse" in seeds_engine.answerer.analyze("Отказ Казахстана признать референдумы — когда?").relations
    assert answered(seeds_engine, "Отказ Казахстана признать референдумы — когда?").highlight == "le mois dernier"
    assert not seeds_engine.answerer.analyze("Was Mishustin in Almaty on a Friday or on a Sunday?").classifies
    # Delegations sent are asked, which the union's list of members does not state (0.91).
    assert answered(seeds_engine, "Combien d'États membres ont envoyé une délégation au forum d'Almaty ?").abstained


def test_a_quote_that_only_says_the_question_back_and_what_it_is_rich_in(seeds_engine):
    # "… avait une bonne offre pour les pays de l'UEE." names the offer asked, never what it is (0.96).
    assert answered(seeds_engine, "Quelle est la bonne offre russe pour les pays de l'UEE, d'après Mishustin ?").abstained
    # "rich in what?" and "la plus riche d'Asie centrale": a rank, not what it is rich in (0.93).
    assert seeds_engine.answerer.analyze("Le Kazakhstan est riche en quoi ?").rich_in_asked
    assert answered(seeds_engine, "What is Kazakhstan described as rich in?").abstained


def test_the_end_of_the_article_and_a_name_given_by_its_initials(seeds_engine):
    # "… credited at the very bottom of the text?": the article's closing lines, not the front matter of
    # another (answered at 0.77 with "author: Denys Kolesnyk").
    assert seeds_engine.answerer.analyze("Credit line at the very bottom of the military-cooperation text?").foot_asked
    assert answered(seeds_engine, "Credit line at the very bottom of the military-cooperation text?").abstained
    answer = answered(seeds_engine, "Qui est crédité en bas de l'article sur la visite de Mishustin ?")
    assert not answer.abstained and answer.highlight == "Nathalie Weatherald"
    # "la Deutsche Welle" stands in the quote as "DW" (declined at 0.01).
    answer = answered(seeds_engine, "Selon la Deutsche Welle, le Kazakhstan est la plus… quoi ?")
    assert not answer.abstained and "écrit DW" in answer.text


def test_words_that_ask_no_relation_and_a_size_asked_by_its_noun(seeds_engine):
    analyze = seeds_engine.answerer.analyze
    # "import-substitution" imports nothing; "released from lease" and "launch the … format" ask no lease
    # and no launch; "вышел законопроект" is a bill published, nobody leaves (each declined at 0.01).
    assert analyze("Mishustin's import-substitution claim: what percentage of foreign software has a Russian twin?").relations == []
    assert analyze("At whose request were the Russian test grounds released from lease?").relations == []
    assert analyze("When did Astana and Moscow launch the deputy-minister consultation format?").relations == []
    assert analyze("Под каким заголовком вышел законопроект о закрытии торгпредства?").relations == ["close"]
    answer = answered(seeds_engine, "At whose request were the Russian test grounds released from lease?")
    assert not answer.abstained and "à la demande de la partie kazakhe" in answer.text
    # "losing sleep over an American takeover" asks no kind of thing (declined at 0.01).
    assert not analyze("Is the Kremlin losing sleep over an American takeover in Central Asia, according to Hess?").classifies
    # "came how long before this announcement?": "le mois dernier" answers it (declined at 0.01).
    answer = answered(seeds_engine, "Astana's refusal to accept the occupation votes came how long before this announcement?")
    assert not answer.abstained and answer.highlight == "le mois dernier"
    # A size, a tally, a population, a budget asked by their nouns, and a town: none of them stated (0.65–0.93).
    for question in ("Levada sample size for the friendship survey?", "Was the Majilis vote unanimous or split, and by what tally?",
                     "Almaty, ville hôte du forum : sa population ?", "Смета «Байтерека» в тенге или долларах?"):
        assert analyze(question).qtype == "number", question
        assert answered(seeds_engine, question).abstained, question
    assert analyze("Kamaz-Engineering's factory town?").qtype == "where"
    assert answered(seeds_engine, "Kamaz-Engineering's factory town?").abstained


def test_a_source_a_body_by_its_noun_a_credit_and_a_capital_for_its_country(seeds_engine):
    # "cited at the top of the article" places the concept there; its period is asked, not the article's date.
    spec = seeds_engine.answerer.analyze("Timeframe of the Kazakh foreign-policy concept cited at the top of the military-ties article?")
    assert spec.qtype == "date" and not spec.dateline
    assert_highlights(seeds_engine, (
            # "Who is the source for …?" asks who the text has it from, no office (declined at 0.01).
            ("Who is the source for Kazakhstan being the biggest and richest of the ex-Soviet Central Asian states?", "DW"),
            # "Name the Russian state exporter …": an exporter, whatever label the tagger gave it (0.01).
            ("Name the Russian state exporter via which Astana acquires defence materiel.", "Rosoboronexport"),
            # "The … story credits which editor?": the credit line, not a forum's name (0.61, wrong).
            ("The Mishustin-in-Almaty story credits which editor?", "Nathalie Weatherald"),
            # "which Uzbek city": its capital answers (0.21); "who is heavily involved": a group of firms (0.44).
            ("The SCO's permanent counter-terrorism body: which Uzbek city is it based in?", "Tachkent"),
            ("Renovating and modernising Kazakhstan's military hardware: who is heavily involved?", "Les entreprises russes"),
            # "ЕАЭС" is printed "EAEU" in the French text (0.42).
            ("В каком городе предложено создать центр цифровых компетенций ЕАЭС?", "Almaty")))


def test_near_misses_declined_by_what_they_ask(seeds_engine):
    analyze = seeds_engine.answerer.analyze
    # A whole year asked, a January–November figure stated (0.92); an ambassador (0.87); Yerevan's words
    # (0.83); a figure on Russians studying in Kazakhstan (0.80); a cost (0.71); who headed the mission (0.61).
    assert analyze("Total Kazakh–Russian trade across all twelve months of 2021?").whole_year
    assert analyze("Who is the Russian ambassador to Kazakhstan?").role == "ambassadeur"
    assert analyze("Que dit Erevan de la guerre en Ukraine ?").speaker == "erevan"
    for question in ("Y a-t-il un chiffre sur les Russes inscrits comme étudiants au Kazakhstan ?",
                     "Во что обошлась подготовка проекта «Байтерек»?"):
        assert analyze(question).qtype == "number", question
    assert analyze("Кто руководил закрытым торгпредством Казахстана?").relations == ["head", "close"]
    for question in ("Total Kazakh–Russian trade across all twelve months of 2021?", "Who is the Russian ambassador to Kazakhstan?",
                     "Que dit Erevan de la guerre en Ukraine ?", "Que dit Moscou de la guerre en Ukraine ?",
                     "Y a-t-il un chiffre sur les Russes inscrits comme étudiants au Kazakhstan ?",
                     "Во что обошлась подготовка проекта «Байтерек»?", "Кто руководил закрытым торгпредством Казахстана?",
                     # the agreement was "signé le 29 mai 2020 à Moscou": by whom, the text never says
                     "Кто поставил подпись под соглашением о связи?"):
        assert answered(seeds_engine, question).abstained, question
    # "a one-off, or renewed on a regular cycle?" asks how often, not what kind of plan (0.01).
    spec = analyze("Is the bilateral plan of military cooperation a one-off, or renewed on a regular cycle?")
    assert spec.frequency_asked and not spec.classifies
    answer = answered(seeds_engine, "Is the bilateral plan of military cooperation a one-off, or renewed on a regular cycle?")
    assert not answer.abstained and "chaque année" in answer.text


def test_a_ratification_in_russian_a_house_by_its_name_and_credits_asked_in_other_words(seeds_engine):
    analyze = seeds_engine.answerer.analyze
    # "ратификацию" asks the ratification ("одобрила ратификацию" asks the approval); "возглавляет
    # правительство" is the prime minister; "Où se classait …" asks a rank, no place.
    assert analyze("Когда Россия завершила ратификацию соглашения о единой системе связи?").relations == ["ratify"]
    assert "премьер-министр" in analyze("Кто возглавляет правительство Казахстана?").terms
    assert analyze("Où se classait le Kazakhstan en 2018 dans le palmarès onusien de l'e-gouvernement ?").qtype != "where"
    assert_highlights(seeds_engine, (
            # each declined before (0.42, 0.01, 0.37, 0.29, 0.41, 0.00, 0.01)
            ("Когда Россия завершила ратификацию соглашения о единой системе связи?", "23 juin dernier"),
            ("Who heads Kazakhstan's government?", "Alkhan Smailov"),
            ("I need to credit the writer of the Kolesnyk.fr post on Russian comms tech in the CIS: full name?", "Denys Kolesnyk"),
            ("De quand date la mise en ligne du texte de Denys Kolesnyk ?", "date: 2021-09-22"),
            ("The trade-mission article ends with an editor's credit: whose?", "Nathalie Weatherald"),
            ("Où se classait le Kazakhstan en 2018 dans le palmarès onusien de l'e-gouvernement ?", "39e"),
            ("Какую площадь полигонов Москва исключила из договора аренды по просьбе Казахстана?", "plus de 1,7 million d'hectares"),
            # the house asked is named, not another name of the sentence (highlighted "Communauté des États indépendants")
            ("Comment s'appelle la chambre basse kazakhe ?", "Majilis")))
    # "est déterminée par …" gives a cause (declined at 0.24).
    answer = answered(seeds_engine, "What explains the current need for military cooperation between the two states?")
    assert not answer.abstained and "besoin urgent" in answer.highlight
    # A house of parliament asked and a quote that names none; soldiers who study guard nothing; a chair asked
    # and a quote that names who came (answered at 0.54, 0.87, 0.57).
    for question in ("When did the Kazakh Senate approve the new ten-year military agreement?",
                     "How many soldiers guard the Kazakh–Russian border?",
                     "Кто председательствовал на заседании Евразийского межправсовета в Алматы?"):
        assert answered(seeds_engine, question).abstained, question
