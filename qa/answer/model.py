"""The fitted models, loaded from plain JSON written by `benchmarks/calibrate.py`.

Two logistic models: the *ranker* scores each candidate quote (probability it holds the answer);
the *confidence* model turns the chosen candidate's and the question's signals into a logit, which
a calibration map (Platt scaling on real questions) turns into the probability that the answer
shown is right. All are fitted by cross-validation over the seeds questions, SPF-105 and cnil_dev,
with negatives from near-miss questions and from questions whose gold document was removed. No
coefficient lives in code.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("model.json")
UNREAD_PATH = Path(__file__).with_name("unread.json")

CONFIDENCE_FEATURES = (
    "rank_p", "rank_margin", "top_dense", "coverage", "type_ok", "type_free", "date_match",
    "date_conflict", "dates_asked", "entity_miss", "unknown_names", "say_ok", "say_miss", "local", "lexical",
    "lang_en", "lang_ru", "scope_fact", "role_match", "role_conflict", "expanded", "fuzzy",
    "rank_p_nonfr", "top_dense_nonfr", "valid_share", "verb_match", "date_partial", "unit_match", "unit_conflict",
    "entity_near", "date_absent", "content", "defines", "relation_match", "relation_miss",
    "title_miss", "valid_p", "valid_margin", "unknown_names_fr", "kind_miss", "nothing_shared_fr",
    "unknown_person",
)


class ModelError(RuntimeError):
    """The fitted model file is missing or unreadable."""


@dataclass(frozen=True)
class Logistic:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    bias: float

    def logit(self, x: dict[str, float]) -> float:
        return self.bias + sum(
            c * (x.get(f, 0.0) - m) / s for f, m, s, c in zip(self.features, self.mean, self.scale, self.coef)
        )

    def probability(self, x: dict[str, float]) -> float:
        return sigmoid(self.logit(x))

    @classmethod
    def from_dict(cls, d: dict) -> Logistic:
        return cls(tuple(d["features"]), tuple(d["mean"]), tuple(d["scale"]), tuple(d["coef"]), float(d["bias"]))


@dataclass(frozen=True)
class AnswerModel:
    ranker: Logistic
    confidence: Logistic
    abstain_below: float
    violation_confidence: float = 0.0
    """Measured accuracy of quotes that break a constraint of the question (qa.answer.verify)."""
    calibration: tuple[float, float] = (1.0, 0.0)
    """Slope and intercept mapping the confidence model's logit to the probability of being right on
    real questions: the model is fitted with synthetic negatives (gold document removed, the other
    corpus) that teach abstention but would leave it underconfident on the questions people ask."""

    unread: tuple[float, float] = (1.0, 0.0)
    """Slope and intercept mapping that probability to the one shown: fitted on answers given to
    questions nobody had read (benchmarks/unread.py). Our own files were read before being fitted on,
    so on them the model is calibrated; on a new user's question it was overconfident."""

    def confidence_of(self, signals: dict[str, float]) -> float:
        slope, intercept = self.calibration
        return sigmoid(slope * self.confidence.logit(signals) + intercept)

    def shown(self, confidence: float) -> float:
        """The confidence a user sees for an answer the model would give at `confidence`."""
        slope, intercept = self.unread
        if (slope, intercept) == (1.0, 0.0):
            return confidence
        p = min(max(confidence, 1e-6), 1 - 1e-6)
        return sigmoid(slope * math.log(p / (1 - p)) + intercept)


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH, unread_path: Path = UNREAD_PATH) -> AnswerModel:
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
        calibration = d.get("calibration", {"slope": 1.0, "intercept": 0.0})
        model = AnswerModel(Logistic.from_dict(d["ranker"]), Logistic.from_dict(d["confidence"]),
                            float(d["abstain_below"]), float(d["violation_confidence"]),
                            (float(calibration["slope"]), float(calibration["intercept"])))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"answer model {path} is missing or unreadable ({exc}); "
                         "run `python benchmarks/calibrate.py`") from exc
    try:
        u = json.loads(unread_path.read_text(encoding="utf-8"))
        return replace(model, unread=(float(u["slope"]), float(u["intercept"])))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"confidence map {unread_path} is missing or unreadable ({exc}); "
                         "run `python benchmarks/unread.py fit`") from exc
