import json
import re

import pytest
from click.testing import CliRunner

from qa.cli import cli
from qa.evaluate import METRIC_KEYS

from .conftest import ROOT, TINY


def run(args, settings=None, **env):
    if settings is not None:
        env = {"QA_CORPUS_DIR": str(settings.corpus_dir), "QA_EMBEDDINGS_DIR": str(settings.embeddings_dir),
               "QA_CACHE_DIR": str(settings.cache_dir), **env}
    result = CliRunner().invoke(cli, args, env=env, catch_exceptions=False)
    return result


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert command.help, name
        assert f"qa {name}" in readme, name
        assert run([name, "--help"]).exit_code == 0


def test_build_ask_info(tiny_settings):
    built = run(["build"], tiny_settings)
    assert built.exit_code == 0, built.output
    assert "3 documents" in built.output and "dimension 384" in built.output
    again = run(["build"], tiny_settings)
    assert "up to date" in again.output

    info = json.loads(run(["info", "--json"], tiny_settings).output)
    assert info["fresh"] and info["model"] and info["dimension"] == 384 and info["chunks"] > 0

    out = run(["ask", "Combien de tonnes a traité le port de Rotterdam ?", "--json"], tiny_settings)
    answer = json.loads(out.output)
    assert answer["doc_id"] == "alpha.md" and "470 millions de tonnes" in answer["text"]
    text = run(["ask", "Combien de tonnes a traité le port de Rotterdam ?"], tiny_settings).output
    assert "[1] Le port de Rotterdam bat un record" in text and "Claire Martin" in text

    md = run(["ask", "Combien de tonnes a traité le port de Rotterdam ?", "--format", "md"], tiny_settings).output
    assert md.startswith("## 1. Combien de tonnes") and "**470 millions de tonnes**" in md
    assert "1. Le port de Rotterdam bat un record — Claire Martin" in md

    passages = json.loads(run(["ask", "Brocéliande", "--passages", "--json", "--doc", "beta.txt"],
                              tiny_settings).output)
    assert {p["doc_id"] for p in passages["passages"]} == {"beta.txt"}


def test_stale_index_is_reported(tiny_settings):
    run(["build"], tiny_settings)
    (tiny_settings.corpus_dir / "beta.txt").write_text("Changé.\n\nAutre texte.", encoding="utf-8")
    out = run(["info"], tiny_settings).output
    assert "STALE" in out and "beta.txt" in out


def test_empty_question_is_a_clear_error(tiny_settings):
    run(["build"], tiny_settings)
    result = run(["ask", "  "], tiny_settings)
    assert result.exit_code != 0 and "empty" in result.output


@pytest.mark.parametrize("dataset,extra", [("tiny_squad.json", []), ("tiny_questions.jsonl", ["--corpus", str(TINY)])])
def test_eval_json_has_every_key(tmp_path, dataset, extra):
    result = run(["eval", str(TINY.parent / dataset), "--json", "--cache-dir", str(tmp_path), *extra])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    for key in METRIC_KEYS:
        assert key in report, key
    assert "by_lang" in report
    assert 0.0 <= report["answer_hit"] <= 1.0
    if dataset.endswith(".jsonl"):
        assert report["n"] == 3 and report["n_unanswerable"] == 1
        assert set(report["by_lang"]) == {"fr", "en"}
        assert report["doc_recall_at_1"] == 1.0
    else:
        assert report["n"] == 2 and report["doc_recall_at_5"] == 1.0


def test_eval_details_give_each_answers_confidence_and_what_it_came_from(tmp_path):
    details = tmp_path / "details.jsonl"
    result = run(["eval", str(TINY.parent / "tiny_questions.jsonl"), "--corpus", str(TINY), "--cache-dir", str(tmp_path),
                  "--details", str(details)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in details.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3
    for row in rows:
        assert {"question", "confidence", "model_confidence", "abstained", "hit", "signals"} <= set(row)
    answered = [r for r in rows if not r["abstained"]]
    assert answered and all(r["signals"]["model_confidence"] == pytest.approx(r["model_confidence"], abs=1e-5) for r in answered)


def test_readme_settings_table_lists_every_setting():
    from qa.settings import Settings

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in Settings().describe():
        assert re.search(rf"`QA_{name.upper()}`", readme), name


@pytest.mark.parametrize(("flags", "message"), [
    (["--since", "hier"], "not YYYY, YYYY-MM or YYYY-MM-DD"),
    (["--until", "2023-13"], "not YYYY, YYYY-MM or YYYY-MM-DD"),
    (["--since", "2024", "--until", "2023-12"], "range is empty"),
])
def test_an_invalid_date_filter_is_refused_not_silently_empty(tiny_settings, flags, message):
    run(["build"], tiny_settings)
    result = run(["ask", "Quand le tunnel sous la Manche a-t-il été inauguré ?", *flags], tiny_settings)
    assert result.exit_code == 1 and message in result.output
