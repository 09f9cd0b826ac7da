"""Conversation and corroboration: follow-ups made self-contained, sources that agree or disagree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa.answer.question import analyze_question
from qa.cli import cli
from qa.conversation import interpret
from qa.engine import Engine
from qa.retrieve import Filters

from .conftest import assert_verbatim, built_engine

DATA = Path(__file__).resolve().parent / "data"
MARCH_1994 = "Quel accord de coopération militaire le Kazakhstan et la Russie ont-ils signé en mars 1994 ?"
SIGNED = "Quand l'accord sur le système de communication conjoint des forces armées de la CEI a-t-il été signé ?"


@pytest.mark.parametrize(("history", "question", "understood"), [
    ([MARCH_1994], "Et en 2013 ?",
     "Quel accord de coopération militaire le Kazakhstan et la Russie ont-ils signé en 2013 ?"),
    (["Quels pays sont membres de l'OTSC ?"], "Et de la CEI ?", "Quels pays sont membres de la CEI ?"),
    (["Combien de pays compte la CEI ?"], "Et de l'OTSC ?", "Combien de pays compte l'OTSC ?"),
    (["Quels pays sont membres de la CEI ?"], "Et l'Union économique eurasienne ?",
     "Quels pays sont membres de l'Union économique eurasienne ?"),
    (["Which countries are members of the CSTO?"], "What about the CIS?", "Which countries are members of the CIS?"),
    (["Who is the Russian Prime Minister?"], "And Kazakhstan's?", "Who is Kazakhstan's Prime Minister?"),
    (["Qui est le Premier ministre russe ?"], "Et celui du Kazakhstan ?", "Qui est le Premier ministre du Kazakhstan ?"),
    (["Qui est Aybek Smadiyarov ?"], "Qu'a-t-il déclaré sur l'OTSC ?", "Qu'a déclaré Aybek Smadiyarov sur l'OTSC ?"),
    (["Qui est Max Hess ?"], "What did he tell CNBC?", "What did Max Hess tell CNBC?"),
    ([SIGNED], "Pourquoi ?",
     "Pourquoi l'accord sur le système de communication conjoint des forces armées de la CEI a-t-il été signé ?"),
    (["Quel est le chiffre d'affaires entre le Kazakhstan et la Russie en 2022 ?"], "Et l'année précédente ?",
     "Quel est le chiffre d'affaires entre le Kazakhstan et la Russie en 2021 ?"),
    ([MARCH_1994, "Et en 2013 ?"], "Et en 2005 ?",
     "Quel accord de coopération militaire le Kazakhstan et la Russie ont-ils signé en 2005 ?"),
])
def test_a_follow_up_is_rewritten_into_a_question_that_stands_alone(history, question, understood):
    reading = interpret(question, history)
    assert reading.changed and reading.text == understood


def test_a_pronoun_without_antecedent_brings_in_the_previous_subject():
    reading = interpret("Qui l'a ratifié ?", [SIGNED])
    assert reading.text.startswith("Qui l'a ratifié ?")
    assert "système de communication conjoint" in reading.text
    assert analyze_question(reading.text).qtype == "who"


@pytest.mark.parametrize("question", [
    "Combien la Russie paie-t-elle par an pour louer Baïkonour ?",
    "Poutine a-t-il visité le Kazakhstan ?",
    "Quand la Russie a-t-elle ratifié l'accord de communication ?",
    "Qu'est-ce que l'OTSC ?",
    "Quels pays sont membres de la CEI ?",
    "Et quel est le chiffre d'affaires entre le Kazakhstan et la Russie ?",
    "How long is the border between Russia and Kazakhstan?",
    "What did Mishustin call for at the Almaty digital forum?",
])
def test_a_question_that_stands_alone_is_left_exactly_as_typed(question):
    assert not interpret(question, [MARCH_1994, "Et en 2013 ?"]).changed


def test_seeds_follow_ups_quote_the_right_sentence(seeds_engine):
    answer = seeds_engine.ask("Et en décembre 2013 ?", history=[MARCH_1994])
    assert answer.interpreted_question.endswith("en décembre 2013 ?")
    assert not answer.abstained and "coopération militaro-technique (décembre 2013)" in answer.text
    assert answer.question == "Et en décembre 2013 ?"
    assert_verbatim(seeds_engine, answer)

    answer = seeds_engine.ask("Qui l'a ratifié ?", history=[SIGNED])
    assert not answer.abstained and "ratifi" in answer.text
    assert answer.doc_id == "000_f5ecb9d377298199.txt"


def test_a_new_topic_after_history_is_answered_as_without_history(seeds_engine):
    question = "Combien la Russie paie-t-elle par an pour louer Baïkonour ?"
    alone, after = seeds_engine.ask(question), seeds_engine.ask(question, history=[MARCH_1994, "Et en 2013 ?"])
    assert after.interpreted_question == "" and after.text == alone.text and after.confidence == alone.confidence


def test_an_english_follow_up_is_answered_in_english(seeds_engine):
    answer = seeds_engine.ask("Why?", history=["Quand Mishustin est-il venu à Almaty ?"])
    assert answer.lang == "en" and answer.interpreted_question


# -- sources that agree or disagree


@pytest.fixture(scope="module")
def conflicts_engine(tmp_path_factory) -> Engine:
    return built_engine(tmp_path_factory, DATA / "conflicts")


def _gold() -> list[dict]:
    return [json.loads(line) for line in (DATA / "conflicts_questions.jsonl").read_text(encoding="utf-8").splitlines()]


def test_conflict_flag_precision_and_recall_on_the_conflict_corpus(conflicts_engine):
    flagged = [(bool(conflicts_engine.ask(g["question"]).conflicts), g["conflict"]) for g in _gold()]
    true_pos = sum(f and g for f, g in flagged)
    precision = true_pos / max(1, sum(f for f, _ in flagged))
    recall = true_pos / max(1, sum(g for _, g in flagged))
    assert precision == 1.0 and recall >= 0.75


def test_disagreeing_sources_are_shown_verbatim_with_their_value(conflicts_engine):
    answer = conflicts_engine.ask("Combien d'États membres compte la CEI ?")
    assert not answer.abstained and answer.conflicts
    other = answer.conflicts[0]
    doc = conflicts_engine.index.documents[other.doc_id]
    assert doc.text[other.start : other.end] == other.text
    assert other.text[other.value_start : other.value_end] == other.value
    assert {answer.highlight, other.value} == {"neuf", "onze"}
    assert answer.confidence < answer.signals["confidence_alone"]  # disagreement lowers it


def test_the_same_value_written_differently_corroborates(conflicts_engine):
    answer = conflicts_engine.ask("Quel est le montant du commerce entre le Kazakhstan et la Russie au premier trimestre ?")
    assert not answer.conflicts and answer.corroborations  # 1,2 milliard = 1 200 millions
    answer = conflicts_engine.ask("Quelle est la longueur de la frontière entre la Russie et le Kazakhstan ?")
    assert not answer.conflicts and answer.corroborations  # 7 600 km = 7 600 kilomètres


def test_a_partial_list_given_as_examples_is_not_a_contradiction(conflicts_engine):
    question = "Quels pays sont membres de l'Organisation du traité de sécurité collective ?"
    answer = conflicts_engine.ask(question)
    assert answer.conflicts  # the four-member list and the six-member one contradict each other
    # Against the six-member list, "des pays comme l'Arménie, le Kazakhstan et le Kirghizistan" is a
    # partial list, not a contradiction (against the four-member one, Kirghizistan is).
    without_four = tuple(d for d in conflicts_engine.index.documents if d != "a4_otsc_liste.md")
    answer = conflicts_engine.ask(question, filters=Filters(doc_ids=without_four))
    assert answer.doc_id == "a3_otsc_six.md"
    assert "a5_otsc_exemples.md" not in {s.doc_id for s in answer.conflicts}


def test_a_fact_stated_once_has_no_conflict(seeds_engine):
    answer = seeds_engine.ask("Combien la Russie paie-t-elle par an pour louer Baïkonour ?")
    assert not answer.abstained and answer.conflicts == []


# -- the shell


def test_qa_ask_history_and_json_keys(seeds_engine):
    env = {"QA_CORPUS_DIR": str(seeds_engine.settings.corpus_dir),
           "QA_EMBEDDINGS_DIR": str(seeds_engine.settings.embeddings_dir)}
    result = CliRunner().invoke(cli, ["ask", "Et en décembre 2013 ?", "--history", MARCH_1994, "--json"], env=env)
    data = json.loads(result.output)
    assert data["interpreted_question"].endswith("décembre 2013 ?")
    assert data["conflicts"] == [] and isinstance(data["corroborations"], list)
    text = CliRunner().invoke(cli, ["ask", "Et en décembre 2013 ?", "--history", MARCH_1994], env=env).output
    assert text.startswith("Question comprise : Quel accord")


def test_qa_chat_carries_the_conversation(seeds_engine):
    env = {"QA_CORPUS_DIR": str(seeds_engine.settings.corpus_dir),
           "QA_EMBEDDINGS_DIR": str(seeds_engine.settings.embeddings_dir)}
    result = CliRunner().invoke(cli, ["chat"], env=env, input=f"{MARCH_1994}\nEt en décembre 2013 ?\n\n")
    assert result.exit_code == 0
    assert "Question comprise : Quel accord de coopération militaire" in result.output
    assert "décembre 2013" in result.output
