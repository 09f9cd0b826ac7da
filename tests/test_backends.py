"""The Milvus backend (through Milvus Lite, the client code a Milvus server serves) against the
embedded FAISS + bm25s files: same retrieval, same answers, versions that clean up after themselves."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from qa.backends import collection_prefix, milvus_client
from qa.engine import Engine
from qa.index import IndexError_, build_index, index_status, load_index
from qa.retrieve import Filters

from .conftest import SEEDS, make_settings

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [json.loads(line) for line in (ROOT / "benchmarks" / "seeds_qa.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]


def milvus_settings(tmp: Path, corpus: Path, cache_from: Path | None = None):
    settings = make_settings(tmp, corpus, backend="milvus", milvus_uri=str(tmp / "milvus.db"))
    if cache_from is not None:  # reuse the vectors the FAISS build embedded: same model, same text
        shutil.copytree(cache_from / "cache", settings.embeddings_dir / "cache")
    return settings


def collections(settings) -> list[str]:
    prefix = collection_prefix(settings.embeddings_dir)
    return sorted(n for n in milvus_client(settings.milvus_target).list_collections() if n.startswith(prefix))


@pytest.fixture(scope="session")
def milvus_engine(tmp_path_factory, seeds_engine) -> Engine:
    tmp = tmp_path_factory.mktemp("milvus-seeds")
    corpus = tmp / "seeds"
    shutil.copytree(SEEDS, corpus)
    engine = Engine(milvus_settings(tmp, corpus, cache_from=seeds_engine.settings.embeddings_dir))
    report = engine.build()
    assert report.embedded == 0  # every vector came from the cache
    return engine


def test_milvus_index_says_where_it_lives(milvus_engine):
    manifest = milvus_engine.index.manifest
    assert manifest["backend"]["kind"] == "milvus"
    assert manifest["backend"]["collection"] in collections(milvus_engine.settings)
    assert not (milvus_engine.index.path / "dense.faiss").exists() and not (milvus_engine.index.path / "bm25").exists()
    assert index_status(milvus_engine.settings).fresh


@pytest.mark.parametrize("mode", ["hybrid", "dense", "bm25"])
def test_retrieval_is_the_same_on_both_backends(seeds_engine, milvus_engine, mode):
    for item in QUESTIONS[::7]:
        a = seeds_engine.search(item["question"], k=10, mode=mode)
        b = milvus_engine.search(item["question"], k=10, mode=mode)
        assert [h.chunk.chunk_id for h in a.hits] == [h.chunk.chunk_id for h in b.hits], item["question"]
        assert [h.score for h in a.hits] == pytest.approx([h.score for h in b.hits], abs=1e-4)
        assert [h.lexical_score for h in a.hits] == pytest.approx([h.lexical_score for h in b.hits], abs=1e-4)


def test_filters_are_the_same_on_both_backends(seeds_engine, milvus_engine):
    docs = sorted(seeds_engine.index.documents)
    for filters in (Filters(doc_ids=(docs[0], docs[2])), Filters(date_from="2023", include_undated=False),
                    Filters(doc_ids=("nothing.txt",))):
        a = seeds_engine.search("accord de coopération militaire", k=10, filters=filters)
        b = milvus_engine.search("accord de coopération militaire", k=10, filters=filters)
        assert [h.chunk.chunk_id for h in a.hits] == [h.chunk.chunk_id for h in b.hits]
        assert all(not filters.doc_ids or h.document.doc_id in filters.doc_ids for h in b.hits)


def test_answers_on_the_seeds_are_identical_across_backends(seeds_engine, milvus_engine):
    for item in QUESTIONS:
        a, b = seeds_engine.ask(item["question"]), milvus_engine.ask(item["question"])
        assert (a.abstained, a.doc_id, a.text, a.highlight) == (b.abstained, b.doc_id, b.text, b.highlight), item["question"]
        assert a.confidence == pytest.approx(b.confidence, abs=1e-3)  # float32 scores, rounded to 4 places
        assert [c.doc_id for c in a.citations] == [c.doc_id for c in b.citations]


def test_rebuilds_drop_superseded_and_orphaned_collections(tmp_path, tiny_corpus):
    settings = milvus_settings(tmp_path, tiny_corpus)
    build_index(settings)
    first = collections(settings)
    build_index(settings, force=True)
    build_index(settings, force=True)
    # The live version and the one before it (a reader may still be loading it); no more.
    assert len(collections(settings)) == 2 and first[0] not in collections(settings)
    milvus_client(settings.milvus_target).create_collection(collection_prefix(settings.embeddings_dir) + "v_killed", dimension=4)
    build_index(settings, force=True)
    assert len(collections(settings)) == 2


def test_a_missing_collection_is_a_clear_error_and_a_rebuild_mends_it(tmp_path, tiny_corpus):
    settings = milvus_settings(tmp_path, tiny_corpus)
    build_index(settings)
    name = load_index(settings).manifest["backend"]["collection"]
    milvus_client(settings.milvus_target).drop_collection(name)
    with pytest.raises(IndexError_, match="Milvus collection"):
        load_index(settings)
    Engine(settings).build(force=True)
    assert Engine(settings).search("port de Rotterdam record").hits[0].document.doc_id == "alpha.md"


def test_switching_backend_makes_the_index_stale(tmp_path, tiny_corpus):
    settings = make_settings(tmp_path, tiny_corpus)
    build_index(settings)
    status = index_status(settings.replace(backend="milvus", milvus_uri=str(tmp_path / "m.db")))
    assert not status.fresh and any("backend" in r for r in status.reasons)
    with pytest.raises(IndexError_, match="unknown backend"):
        build_index(settings.replace(backend="elastic"))


def test_the_cli_builds_and_answers_on_milvus(tmp_path, tiny_settings):
    from click.testing import CliRunner

    from qa.cli import cli

    env = {"QA_CORPUS_DIR": str(tiny_settings.corpus_dir), "QA_EMBEDDINGS_DIR": str(tiny_settings.embeddings_dir)}
    uri = str(tmp_path / "cli.db")
    runner = CliRunner()
    built = runner.invoke(cli, ["--backend", "milvus", "--milvus-uri", uri, "build"], env=env, catch_exceptions=False)
    assert built.exit_code == 0, built.output
    info = runner.invoke(cli, ["--backend", "milvus", "--milvus-uri", uri, "info"], env=env, catch_exceptions=False)
    assert f"Milvus at {uri}" in info.output and "(fresh)" in info.output
    out = runner.invoke(cli, ["--backend", "milvus", "--milvus-uri", uri, "ask", "--json",
                              "Combien de tonnes a traité le port de Rotterdam ?"], env=env, catch_exceptions=False)
    assert json.loads(out.output)["citations"][0]["doc_id"] == "alpha.md"
    # The FAISS side of the same directory was never built: asking it says so instead of reading Milvus.
    assert "backend" in runner.invoke(cli, ["info"], env=env).output
