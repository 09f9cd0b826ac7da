"""The confidence a user sees is calibrated for questions nobody here has read."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from qa.answer.model import MODEL_PATH, ModelError, load_model

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import unread  # noqa: E402


def test_a_sure_answer_is_shown_with_the_confidence_measured_on_unread_questions(seeds_engine):
    answer = seeds_engine.ask("Combien la Russie paie-t-elle chaque année pour louer Baïkonour ?")
    assert not answer.abstained and "115 millions de dollars" in answer.highlight
    model = load_model()
    raw = answer.signals["model_confidence"]
    assert answer.confidence == pytest.approx(model.shown(raw), abs=1e-4)
    assert answer.confidence < raw  # on unread questions the model was overconfident


def test_the_map_keeps_the_order_of_answers():
    model = load_model()
    shown = [model.shown(p) for p in (0.3, 0.5, 0.7, 0.9, 0.99)]
    assert shown == sorted(shown) and all(0.0 < s < 1.0 for s in shown)


def test_a_corrupt_confidence_map_is_a_clear_error(tmp_path: Path):
    broken = tmp_path / "unread.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="benchmarks/unread.py fit"):
        load_model(MODEL_PATH, broken)


def test_the_fit_corrects_overconfidence_on_files_it_did_not_see(tmp_path: Path, monkeypatch):
    rng = random.Random(0)
    rows = []
    for n in range(8, 14):  # six files, answered at 0.95 and right three times in four
        for i in range(60):
            conf = rng.choice([0.6, 0.8, 0.95, 0.99])
            rows.append({"set": f"seeds_fresh{n}", "commit": "c", "question": f"q{i}", "lang": "fr", "kind": "",
                         "answerable": True, "confidence": conf, "abstained": False,
                         "right": rng.random() < conf - 0.2})
    records = tmp_path / "unread_answers.jsonl"
    records.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(unread, "RECORDS", records)
    result = unread.fit(tmp_path / "unread.json")
    folds = result["leave_one_file_out"]
    assert folds["mapped"]["ece"] < folds["model"]["ece"] / 2
    assert result["slope"] > 0
    assert json.loads((tmp_path / "unread.json").read_text(encoding="utf-8"))["slope"] == result["slope"]
