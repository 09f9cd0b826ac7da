"""The embedding cache: what was embedded once is found again, from disk, across builds and crashes."""

from __future__ import annotations

import json

import numpy as np
import pytest

from qa import cache as cache_mod
from qa.cache import KEY, EmbeddingCache, text_key

MODEL = "test/model"


def _vectors(texts: list[str], dim: int = 8) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(0)
    return {text_key(t): rng.standard_normal(dim).astype(np.float32) for t in texts}


def test_saved_vectors_are_found_again_and_only_the_kept_ones_stay(tmp_path):
    texts = [f"phrase numéro {i}" for i in range(50)]
    vectors = _vectors(texts)
    cache = EmbeddingCache(tmp_path, MODEL)
    cache.add(dict(list(vectors.items())[:20]))
    cache.add(dict(list(vectors.items())[20:]))
    keep = [text_key(t) for t in texts[:30]]
    cache.save(np.array(keep, dtype=KEY))

    again = EmbeddingCache(tmp_path, MODEL)
    found = again.lookup([text_key(t) for t in texts])
    assert set(found) == set(keep)
    for k in keep:
        np.testing.assert_array_equal(found[k], vectors[k])
    assert again.missing([text_key(t) for t in texts] + [keep[0]]) == 20
    assert not list(again.dir.glob("journal-*")) and len(list(again.dir.glob("vectors-*.npy"))) == 1
    assert EmbeddingCache(tmp_path, "another/model").lookup(keep) == {}


def test_a_killed_build_leaves_a_journal_whose_complete_rows_are_reused(tmp_path, monkeypatch):
    monkeypatch.setattr(EmbeddingCache, "FLUSH_SECONDS", 0.0)
    vectors = _vectors([f"t{i}" for i in range(10)])
    cache = EmbeddingCache(tmp_path, MODEL)
    cache.add(vectors)  # flushed: durable without save()
    journal = next(cache.dir.glob("journal-*.f32"))
    with open(journal, "ab") as f:
        f.write(b"\x00" * 10)  # the kill came in the middle of the next row
    found = EmbeddingCache(tmp_path, MODEL).lookup(list(vectors))
    assert set(found) == set(vectors)


def test_caches_written_by_earlier_versions_are_read_and_migrated(tmp_path):
    vectors = _vectors(["un", "deux", "trois"])
    legacy = EmbeddingCache(tmp_path, MODEL).dir
    legacy.mkdir(parents=True)
    keys = list(vectors)
    np.save(legacy / "vectors.npy", np.vstack([vectors[k] for k in keys]))
    (legacy / "keys.json").write_text(json.dumps({"model": MODEL, "keys": keys}))
    cache = EmbeddingCache(tmp_path, MODEL)
    assert set(cache.lookup(keys)) == set(keys)
    cache.save(np.array(keys, dtype=KEY))
    assert not (legacy / "keys.json").exists()
    np.testing.assert_array_equal(EmbeddingCache(tmp_path, MODEL).lookup(keys)[keys[1]], vectors[keys[1]])


@pytest.mark.parametrize("resort", [3, 1000])
def test_keys_added_in_this_build_are_found_before_and_after_the_journal_is_sorted(tmp_path, monkeypatch, resort):
    monkeypatch.setattr(cache_mod, "RESORT", resort)
    vectors = _vectors([f"s{i}" for i in range(40)])
    cache = EmbeddingCache(tmp_path, MODEL)
    items = list(vectors.items())
    for i in range(0, 40, 4):
        cache.add(dict(items[i : i + 4]))
        found = cache.lookup([k for k, _ in items[: i + 4]])
        assert len(found) == i + 4
    for k, v in cache.lookup(list(vectors)).items():
        np.testing.assert_array_equal(v, vectors[k])
