from pathlib import Path

import pytest

from qa.corpus import UploadError, add_document, load_corpus, parse_document

from .conftest import SEEDS


@pytest.fixture(scope="module")
def seeds():
    corpus = load_corpus(SEEDS)
    assert not corpus.errors
    return {d.doc_id[:3]: d for d in corpus.documents}


def test_front_matter_becomes_metadata(seeds):
    d = seeds["000"]
    assert d.title == "La Russie impose ses technologies de communication à la CEI"
    assert d.author == "Denys Kolesnyk"
    assert d.date == "2021-09-22"
    assert d.categories == ["CEI", "Kazakhstan", "Russie"]
    # The title, author and date lines stay, as a headline, a byline and a dateline above the article
    # ("What is its headline?", "Who wrote it?", "When was it published?" quote them); the rest does not.
    assert d.text.startswith("title: La Russie impose ses technologies de communication à la CEI\n\n"
                             "author: Denys Kolesnyk\n\ndate: 2021-09-22\n\nLe Majilis")
    assert "categories:" not in d.text and "tags:" not in d.text
    assert d.text[d.opening().start :].startswith("Le Majilis")


def test_titles_and_dates_without_front_matter(seeds):
    assert seeds["002"].title.startswith("Le Kazakhstan clôt sa mission commerciale")
    assert seeds["003"].date == "2023-11"
    assert seeds["003"].text.startswith("date 2023-11\n\nLa Russie veut maintenir")  # its dateline, then the lead
    assert seeds["003"].title.startswith("La Russie veut maintenir")
    # The first line is a sentence, not a headline: the title is that lead, cut at a word.
    assert seeds["001"].title == "Nur-Sultan et Moscou attachent une grande importance au développement fructueux…"
    assert seeds["001"].title_from == "lead"
    assert seeds["004"].title == "Le cauchemar de Poutine s’est réalisé, un pays frère lui a tourné le dos"


@pytest.mark.parametrize("debris", [
    "Facebook", "Twitter", "LinkedIn", "Pinterest", "Leave a Comment", "Akismet", "ADVERTISEMENT",
    "Lire aussi", "Source link", "По сообщению", "](http", "- - -",
])
def test_boilerplate_is_not_indexed(seeds, debris):
    assert all(debris not in d.text for d in seeds.values())


def test_a_site_banner_stays_above_the_headline_and_the_repeated_headline_goes(seeds):
    # "the Nouvelles du Monde piece": the banner names the site; the headline printed twice is read once.
    d = seeds["004"]
    assert d.text.startswith("Nouvelles Du Monde\n\nLe cauchemar de Poutine s’est réalisé, un pays frère lui a tourné le dos\n\nBien que")
    assert d.text.count("Le cauchemar de Poutine") == 1
    assert d.section_at(d.text.index("Bien que")) == ""  # nothing above the headline heads a section


def test_a_credit_line_is_kept_as_text(seeds):
    # "Who edited the article?" is a question people ask: the credit line is the source's answer.
    assert "[Edited by Nathalie Weatherald]" in seeds["002"].text


def test_repeated_headline_kept_once(seeds):
    assert seeds["004"].text.count("Le cauchemar de Poutine s’est réalisé") == 1


def test_markdown_links_keep_their_text(seeds):
    assert "a approuvé aujourd’hui la ratification" in " ".join(seeds["000"].text.split())


def test_every_kept_character_maps_to_the_source(seeds):
    for d in seeds.values():
        source = (SEEDS / d.doc_id).read_text(encoding="utf-8")
        for p in d.paragraphs:
            for i in range(p.start, p.end):
                assert source[d.source_offset(i)] == d.text[i], (d.doc_id, i)


def test_non_utf8_file_does_not_break_loading(tmp_path: Path):
    (tmp_path / "good.txt").write_text("Un titre\n\nLe texte est en UTF-8. Il est lisible.", encoding="utf-8")
    (tmp_path / "legacy.txt").write_bytes("Le café coûte 2 €. Très cher.".encode("cp1252"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    corpus = load_corpus(tmp_path)
    names = {d.doc_id: d for d in corpus.documents}
    assert "good.txt" in names
    assert "café coûte 2 €" in names["legacy.txt"].text
    assert any("UTF-8" in w for w in names["legacy.txt"].warnings)
    assert [e.path for e in corpus.errors] == ["binary.txt"]


def test_parse_document_handles_crlf_and_broken_front_matter():
    doc = parse_document("x.md", b"---\ntitle: [unclosed\n---\r\nPremier paragraphe.\r\n\r\nSecond.\r\n")
    assert [doc.text[p.start:p.end] for p in doc.paragraphs] == ["Premier paragraphe.", "Second."]
    assert doc.warnings


def test_upload_is_safe(tmp_path: Path):
    corpus = tmp_path / "corpus"
    first = add_document(corpus, "../../etc/evil.txt", b"Bonjour.", 1000)
    assert first.parent == corpus.resolve() and first.name == "evil.txt"
    second = add_document(corpus, "evil.txt", b"Autre.", 1000)
    assert second.name == "evil-2.txt" and first.read_text() == "Bonjour."
    for name, data, msg in [
        ("x.exe", b"data", "only"),
        ("big.txt", b"a" * 2000, "limit"),
        ("latin.txt", "é".encode("latin-1") * 3, "UTF-8"),
        ("empty.md", b"  ", "empty"),
    ]:
        with pytest.raises(UploadError, match=msg):
            add_document(corpus, name, data, 1000)


@pytest.mark.parametrize("front_matter", [
    "title: " + "[" * 3000 + "]" * 3000,  # nesting deep enough to overflow the parser's stack
    "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\ntitle: [*b, *b, *b, *b, *b]",
    "title: " + "x" * 20_000,
])
def test_hostile_front_matter_is_ignored_and_the_text_kept(tmp_path, front_matter):
    from qa.corpus import load_corpus

    (tmp_path / "bad.md").write_text(f"---\n{front_matter}\n---\nLe texte reste lisible.\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Un autre document.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    docs = {d.doc_id: d for d in corpus.documents}
    assert set(docs) == {"bad.md", "good.txt"}
    assert docs["bad.md"].text.strip() == "Le texte reste lisible."
    assert len(docs["bad.md"].title) <= 300
    assert any("front matter" in w for w in docs["bad.md"].warnings)


def test_a_file_name_that_is_not_utf8_is_reported_and_the_rest_indexed(tmp_path):
    import os

    from qa.corpus import file_hashes, load_corpus

    (tmp_path / "ok.txt").write_text("Un document lisible.\n", encoding="utf-8")
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as f:
        f.write("Le café est servi.\n".encode())
    corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus.documents] == ["ok.txt"]
    assert [e.path for e in corpus.errors] == ["caf\ufffd.txt"]
    assert "not valid UTF-8" in corpus.errors[0].message
    assert set(file_hashes(tmp_path)) == {"ok.txt", "caf\ufffd.txt"}


@pytest.mark.parametrize("name,data,limit,message", [
    ("big.txt", b"Une phrase. " * 1000, {"max_file_bytes": 5000}, "over the limit"),
    ("zeros.txt", b"0. " * 16_000, {"max_sentences": 10_000}, "sentences"),
    ("one_line.txt", b"russie accord kazakhstan " * 8_000, {}, "no sentence end"),
])
def test_files_over_the_limits_are_refused_whole(tmp_path, name, data, limit, message):
    from qa.corpus import load_corpus

    (tmp_path / name).write_bytes(data)
    (tmp_path / "ok.txt").write_text("Un document lisible.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, **limit)
    assert [d.doc_id for d in corpus.documents] == ["ok.txt"]
    assert corpus.errors[0].path == name and message in corpus.errors[0].message


def test_a_removed_document_goes_to_the_trash_inside_the_corpus_and_leaves_the_corpus(tmp_path):
    from qa.corpus import TRASH, remove_document

    (tmp_path / "a.txt").write_text("Premier article.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second article.", encoding="utf-8")
    moved = remove_document(tmp_path, "a.txt")
    assert moved.parent == tmp_path / TRASH and moved.read_text(encoding="utf-8") == "Premier article."
    assert [d.doc_id for d in load_corpus(tmp_path).documents] == ["b.txt"]
    for bad in ("../outside.txt", "a.txt", f"{TRASH}/{moved.name}", "/etc/passwd"):
        with pytest.raises(UploadError):
            remove_document(tmp_path, bad)


def test_a_dateline_in_any_format_stays_above_the_article():
    # "date: 22 septembre 2021" is kept as the dateline (quotable), never the opening or a section heading,
    # below the headline and the byline.
    d = parse_document("x.md", b"---\ntitle: T\nauthor: A B\ndate: 22 septembre 2021\n---\n"
                       b"Le premier paragraphe dit quelque chose.\n\nLe second.\n", "x.md")
    assert d.text.startswith("title: T\n\nauthor: A B\n\ndate: 22 septembre 2021\n\nLe premier")
    assert d.text[d.opening().start :].startswith("Le premier") and d.section_at(len(d.text) - 2) == ""
