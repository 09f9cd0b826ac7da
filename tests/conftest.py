"""Shared fixtures: a tiny corpus and the seeds, each indexed once per test session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from qa.annotate import keep_worker  # noqa: E402
from qa.engine import Engine  # noqa: E402
from qa.settings import Settings  # noqa: E402

keep_worker()  # one spaCy process for the whole session, not one per test index

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TINY = Path(__file__).resolve().parent / "data" / "tiny"


def make_settings(tmp: Path, corpus: Path, **kw) -> Settings:
    return Settings.from_env(environ={}, corpus_dir=corpus, embeddings_dir=tmp / "embeddings",
                             cache_dir=tmp / "cache", **kw)


@pytest.fixture()
def tiny_corpus(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(TINY, target)
    return target


@pytest.fixture()
def tiny_settings(tmp_path: Path, tiny_corpus: Path) -> Settings:
    return make_settings(tmp_path, tiny_corpus)


def built_engine(tmp_path_factory: pytest.TempPathFactory, source: Path) -> Engine:
    """An engine over a scratch copy of `source`, indexed once."""
    tmp = tmp_path_factory.mktemp(source.name)
    corpus = tmp / source.name
    shutil.copytree(source, corpus)
    engine = Engine(make_settings(tmp, corpus))
    engine.build()
    return engine


@pytest.fixture(scope="session")
def seeds_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return built_engine(tmp_path_factory, SEEDS)


def assert_verbatim(engine: Engine, answer) -> None:
    """The quote is an exact slice of the document, and its source offsets point at it."""
    doc = engine.index.documents[answer.doc_id]
    assert doc.text[answer.start : answer.end] == answer.text
    source = Path(doc.path).read_text(encoding="utf-8")
    raw = source[answer.source_start : answer.source_end]
    assert raw.startswith(answer.text[:1]) and raw.endswith(answer.text[-1:])
    if answer.highlight:
        assert answer.text[answer.highlight_start : answer.highlight_end] == answer.highlight
