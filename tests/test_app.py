"""The Gradio app, launched in-process: API calls with gradio_client, then a real headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import socket
from pathlib import Path

import pytest

from qa.app import launch
from qa.engine import Engine

from .conftest import SEEDS, make_settings

D2, D4 = "002_f1b9832a424fc6fa.txt", "004_5c102284ca252ee5.txt"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, seeds_engine):
    tmp = tmp_path_factory.mktemp("app")
    corpus = tmp / "seeds"
    shutil.copytree(SEEDS, corpus)
    settings = make_settings(tmp, corpus, port=free_port())
    # reuse the session's embedding cache so the build is instant
    shutil.copytree(seeds_engine.settings.embeddings_dir / "cache", tmp / "embeddings" / "cache")
    engine = Engine(settings)
    engine.build()
    demo, (_, url, _) = launch(engine, prevent_thread_lock=True)
    yield url.rstrip("/"), engine
    demo.close()


@pytest.fixture(scope="module")
def client(app_url):
    from gradio_client import Client

    return Client(app_url[0], verbose=False)


def test_analytics_off_and_no_share():
    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"


def test_api_french_answer_cites_the_right_document(client):
    answer = client.predict("Combien la Russie paie-t-elle par an pour louer Baïkonour ?", 5, [], "", "",
                            api_name="/ask")
    assert not answer["abstained"] and "115 millions de dollars" in answer["text"]
    assert answer["citations"][0]["doc_id"] == D4


def test_api_english_answer(client):
    answer = client.predict("What did Mishustin call for at the Almaty digital forum?", 3, [], "", "",
                            api_name="/ask")
    assert not answer["abstained"] and answer["doc_id"] == D2


def test_api_out_of_corpus_abstains(client):
    answer = client.predict("Quelle est la hauteur de la tour Eiffel ?", 3, [], "", "", api_name="/ask")
    assert answer["abstained"] and answer["message"] == "Je n'ai pas trouvé de réponse dans le corpus."
    assert answer["passages"] and not answer["citations"]


def test_api_filters_restrict_sources(client):
    answer = client.predict("Kazakhstan", 5, [D2], "", "", api_name="/ask")
    assert {c["doc_id"] for c in answer["citations"]} == {D2}


# ---------------------------------------------------------------- real browser


@pytest.fixture(scope="module")
def page(app_url):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: `make test` installs Debian's chromium for these tests")
        pytest.skip("no chromium on this machine (apt-get install chromium); browser tests skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        pg = browser.new_page(viewport={"width": 1400, "height": 1000})
        dialogs: list[str] = []
        pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        pg.qa_dialogs = dialogs  # type: ignore[attr-defined]
        pg.goto(app_url[0], wait_until="load")
        pg.locator("#qa-question textarea").wait_for(timeout=30_000)
        yield pg
        browser.close()


def ask(page, question: str) -> None:
    box = page.locator("#qa-question textarea")
    box.fill(question)
    box.press("Enter")


def test_browser_question_shows_highlighted_quote_and_citation(page):
    ask(page, "Combien la Russie paie-t-elle par an pour louer Baïkonour ?")
    mark = page.locator("#qa-chat mark").first
    mark.wait_for(timeout=30_000)
    assert "115 millions de dollars" in mark.inner_text()
    chat = page.locator("#qa-chat").inner_text()
    assert "[1]" in chat and "Le cauchemar de Poutine" in chat
    page.locator("#qa-evidence details").first.wait_for()
    assert "115 millions de dollars" in page.locator("#qa-copy textarea").input_value()


def test_browser_open_citation_shows_the_paragraph(page):
    page.locator("#qa-open").click()
    cited = page.locator("#qa-document #qa-cited")
    cited.wait_for(timeout=15_000)
    assert "115 millions de dollars" in cited.inner_text()


def test_browser_example_click_answers(page):
    page.locator(".qa-example").nth(3).click()
    page.wait_for_function(
        "() => document.querySelector('#qa-chat').innerText.includes('How long is the border')"
        " && document.querySelector('#qa-chat').innerText.includes('7 600 kilomètres')",
        timeout=30_000,
    )
    assert any("7 600" in m for m in page.locator("#qa-chat mark").all_text_contents())


def test_browser_upload_is_escaped_and_rebuild_shows_progress(page, app_url, tmp_path):
    evil = tmp_path / "evil.txt"
    evil.write_text(
        "Un article piégé <script>alert('xss')</script>\n\n"
        "Le zeppelin <img src=x onerror=\"alert('img')\"> survole Astana chaque mardi matin.\n",
        encoding="utf-8",
    )
    page.get_by_role("tab", name="Corpus").click()
    page.locator("#qa-upload input[type=file]").set_input_files(str(evil))
    page.wait_for_function("() => document.querySelector('#qa-corpus-log').innerText.includes('evil.txt')",
                           timeout=20_000)
    page.locator("#qa-rebuild").click()
    # One progress bar while it rebuilds (on the log line), not one over each part of the tab.
    bars = page.evaluate("""() => new Promise(done => { let most = 0; const t0 = Date.now();
        const tick = () => { const n = [...document.querySelectorAll('.eta-bar, .progress-bar')]
            .filter(e => e.offsetParent !== null).length; most = Math.max(most, n);
            if (/Index rebuilt|Index reconstruit/.test(document.querySelector('#qa-corpus-log').innerText)
                || Date.now() - t0 > 120000) done(most); else setTimeout(tick, 50); }; tick(); })""")
    assert bars <= 1
    page.get_by_role("tab", name="Questions").click()
    ask(page, "Que survole le zeppelin chaque mardi ?")
    page.wait_for_function("() => document.querySelector('#qa-chat').innerText.includes('zeppelin')",
                           timeout=30_000)
    page.locator("#qa-open").click()
    page.locator("#qa-document #qa-cited").wait_for(timeout=15_000)
    assert "<img src=x" in page.locator("#qa-document").inner_text() or "<img" in page.locator("#qa-chat").inner_text()
    assert page.locator("#qa-chat img[src=x], #qa-document img[src=x], #qa-evidence img[src=x]").count() == 0
    assert page.locator("#qa-chat script, #qa-document script, #qa-evidence script").count() == 0
    assert page.qa_dialogs == []  # nothing executed


@pytest.mark.parametrize("k", [-1, 0, 21])
def test_api_rejects_a_bad_number_of_sources(client, k):
    with pytest.raises(Exception, match="between 1 and 20"):
        client.predict("Kazakhstan", k, [], "", "", api_name="/ask")


def _get(url: str, headers: dict[str, str]) -> tuple[int, str]:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, ""
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_foreign_host_and_origin_are_refused(app_url):
    url = app_url[0] + "/config"
    assert _get(url, {})[0] == 200
    assert _get(url, {"Origin": url.rsplit("/", 1)[0]})[0] == 200
    status, body = _get(url, {"Host": "attacker.example"})
    assert status == 403 and "QA_ALLOWED_HOSTS" in body
    status, body = _get(url, {"Origin": "http://attacker.example"})
    assert status == 403 and "origin" in body


def test_login_attempts_slow_down_after_failures_and_reset_on_success():
    import asyncio

    from qa.guard import LoginThrottle

    waited: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waited.append(seconds)

    throttle = LoginThrottle("ana", "s3cret", sleep=fake_sleep)

    async def attempts() -> list[bool]:
        wrong = await asyncio.gather(*(throttle.check("ana", f"guess{i}") for i in range(100)))
        return [*wrong, await throttle.check("ana", "s3cret"), await throttle.check("ana", "nope")]

    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:  # its own event loop, whatever the test session is running
        results = pool.submit(asyncio.run, attempts()).result()
    assert not any(results[:100]) and results[100] and not results[101]
    assert waited[:3] == [0.5, 1.0, 2.0] and sum(waited) > 900  # 100 guesses cost a quarter of an hour
    assert throttle.failures == 1 and throttle.delay() == 0


def test_a_malformed_login_setting_is_one_line(tmp_path):
    from click.testing import CliRunner

    from qa.cli import cli

    result = CliRunner().invoke(cli, ["serve"], env={"QA_AUTH": "no-colon", "QA_EMBEDDINGS_DIR": str(tmp_path)})
    assert result.exit_code == 2 and "QA_AUTH must look like user:password" in result.output
    assert "Traceback" not in result.output


def test_api_follow_up_with_history(client):
    answer = client.predict("Et en décembre 2013 ?",
                            ["Quel accord de coopération militaire le Kazakhstan et la Russie ont-ils signé en mars 1994 ?"],
                            5, [], "", "", api_name="/follow_up")
    assert answer["interpreted_question"].endswith("en décembre 2013 ?")
    assert "décembre 2013" in answer["text"] and answer["conflicts"] == []


def test_a_follow_up_reply_shows_how_it_was_understood_and_where_sources_disagree():
    from qa.answer import Answer, Statement
    from qa.app import render_reply

    other = Statement(text="La CEI compte onze États membres.", doc_id="b.md", title="B", date="2021",
                      paragraph=2, start=0, end=33, value="onze", value_start=14, value_end=18)
    answer = Answer(question="Et la CEI ?", lang="fr", text="La CEI compte neuf États membres.", highlight="neuf",
                    highlight_start=14, highlight_end=18, doc_id="a.md", start=0, end=33, source_start=0,
                    source_end=33, paragraph=1, confidence=0.4, abstained=False, message="", qtype="number",
                    interpreted_question="Combien d'États membres compte la CEI ?", conflicts=[other])
    html = render_reply(answer, "fr")
    assert "Question comprise" in html and "Combien d'États membres compte la CEI ?" in html
    assert "Les sources divergent" in html and "<mark>onze</mark>" in html


def test_browser_a_refused_question_stays_in_the_box_with_a_message(page):
    long_question = "Pourquoi " + "vraiment " * 260 + "?"
    ask(page, long_question)
    page.wait_for_function("() => document.body.innerText.includes('trop longue')", timeout=15_000)
    assert page.locator("#qa-question textarea").input_value() == long_question
    page.locator("#qa-question textarea").fill("")


def test_browser_an_invalid_date_is_refused_with_a_message_and_the_question_kept(page):
    page.get_by_text("Réglages").click()
    page.locator("#qa-undated").wait_for()
    date_box = page.get_by_label("Depuis (AAAA-MM-JJ)")
    date_box.fill("hier")
    question = "Combien la Russie paie-t-elle par an pour louer Baïkonour ?"
    ask(page, question)
    page.wait_for_function("() => document.body.innerText.includes('YYYY, YYYY-MM or YYYY-MM-DD')", timeout=15_000)
    assert page.locator("#qa-question textarea").input_value() == question
    date_box.fill("")
    page.locator("#qa-question textarea").fill("")
    page.get_by_text("Réglages").click()


def test_browser_a_follow_up_shows_how_it_was_understood(page):
    ask(page, "Quel accord le Kazakhstan et la Russie ont-ils signé en décembre 2013 ?")
    page.wait_for_function(
        "() => document.querySelector('#qa-chat').innerText.includes('décembre 2013')", timeout=30_000)
    ask(page, "Et en janvier 2013 ?")
    page.wait_for_function(
        "() => document.querySelector('#qa-chat').innerText.includes('Question comprise')", timeout=30_000)
    assert "signé en janvier 2013" in page.locator("#qa-chat").inner_text()


def test_browser_switching_language_rerenders_earlier_answers(page):
    assert "confiance" in page.locator("#qa-chat").inner_text()
    page.get_by_role("radio", name="en").check()  # in sight, not inside the collapsed settings
    page.wait_for_function(
        "() => document.querySelector('#qa-chat').innerText.includes('confidence')", timeout=15_000)
    assert "confiance" not in page.locator("#qa-chat").inner_text()


def test_browser_a_shared_link_asks_its_question_and_the_address_follows(page, app_url):
    from urllib.parse import quote

    # A colleague opens the link in a page of their own.
    page = page.context.browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(app_url[0] + "/?q=" + quote("Combien la Russie paie-t-elle par an pour louer Baïkonour ?"))
    page.wait_for_function(
        "() => document.querySelector('#qa-chat') && document.querySelector('#qa-chat').innerText.includes('115 millions')",
        timeout=30_000)
    ask(page, "Quelle est la longueur de la frontière entre la Russie et le Kazakhstan ?")
    page.wait_for_function("() => (new URLSearchParams(window.location.search).get('q') || '').includes('longueur de la frontière')",
                           timeout=30_000)
    page.close()


def test_browser_export_downloads_the_conversation_with_quote_and_citation(page, tmp_path):
    # The page is shared: earlier answers may state the amount already, so wait for one more.
    before = page.locator("#qa-chat").inner_text().count("115 millions")
    ask(page, "Combien la Russie paie-t-elle par an pour louer Baïkonour ?")
    page.wait_for_function(
        f"() => document.querySelector('#qa-chat').innerText.split('115 millions').length > {before + 1}",
        timeout=30_000)
    for button, name in (("#qa-export-md", "qa-conversation.md"), ("#qa-export-json", "qa-conversation.json")):
        with page.expect_download(timeout=15_000) as download:
            page.locator(button).click()
        saved = tmp_path / name
        download.value.save_as(saved)
        text = saved.read_text(encoding="utf-8")
        assert "115 millions de dollars" in text and "004" in text
        if name.endswith(".md"):
            assert "**115 millions de dollars**" in text and "Le cauchemar de Poutine" in text
        else:
            import json

            answers = json.loads(text)["answers"]
            assert answers[-1]["citations"][0]["doc_id"] == D4


def test_browser_html_and_pdf_uploads_become_answerable_with_the_page_in_the_citation(page):
    documents = Path(__file__).resolve().parent / "data" / "documents"
    page.get_by_role("tab", name="Corpus").click()  # the interface may be in English by now
    page.locator("#qa-upload input[type=file]").set_input_files(
        [str(documents / "article.html"), str(documents / "rapport.pdf")])
    page.wait_for_function(
        "() => ['article.html', 'rapport.pdf'].every(n => document.querySelector('#qa-corpus-log').innerText.includes(n))",
        timeout=20_000)
    page.locator("#qa-rebuild").click()
    page.wait_for_function(
        "() => /Index rebuilt|Index reconstruit/.test(document.querySelector('#qa-corpus-log').innerText)",
        timeout=120_000)
    assert "PDF, 3" in page.locator("#qa-docs").inner_text()
    page.get_by_role("tab", name=re.compile("^(Questions|Ask)$")).click()
    ask(page, "Combien de tonnes de pétrole kazakh le CPC a-t-il transportées en 2023 ?")
    page.wait_for_function("() => document.querySelector('#qa-chat').innerText.includes('62 millions de tonnes')",
                           timeout=30_000)
    assert "p. 2" in page.locator("#qa-evidence").inner_text()
    ask(page, "Combien a coûté la ligne ferroviaire de fret entre le Kazakhstan et la Chine ?")
    page.wait_for_function("() => document.querySelector('#qa-chat').innerText.includes('2,4 milliards de dollars')",
                           timeout=30_000)
    assert "Aïgerim Nourlanova" in page.locator("#qa-evidence").inner_text()


def test_browser_the_corpus_table_fits_a_1280_pixel_window(page, app_url):
    narrow = page.context.browser.new_page(viewport={"width": 1280, "height": 900})
    narrow.goto(app_url[0], wait_until="load")
    narrow.get_by_role("tab", name="Corpus").click()
    narrow.wait_for_function("() => (document.querySelector('#qa-docs') || {innerText: ''}).innerText.includes('004_')",
                             timeout=15_000)
    overflow = narrow.evaluate("""() => Math.max(document.documentElement.scrollWidth - window.innerWidth,
        ...[...document.querySelectorAll('#qa-docs *')]
            .filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
            .map(e => e.scrollWidth - e.clientWidth))""")
    headers = narrow.locator("#qa-docs").inner_text()
    narrow.close()
    assert overflow <= 2, overflow
    assert all(h in headers for h in ("Fichier", "Segments", "Indexé"))


def test_browser_the_chat_follows_the_newest_answer(page):
    for question in ("Quels pays sont membres de l'OTSC ?", "Quelle est la longueur de la frontière entre la Russie et le Kazakhstan ?"):
        ask(page, question)
    page.wait_for_function("() => document.querySelector('#qa-chat').innerText.includes('7 600 kilomètres')",
                           timeout=30_000)
    page.wait_for_timeout(500)
    gap = page.evaluate("""() => { const c = [...document.querySelectorAll('#qa-chat *')].find(e =>
        e.scrollHeight > e.clientHeight + 20 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowY));
        return c ? c.scrollHeight - (c.scrollTop + c.clientHeight) : 0; }""")
    assert gap <= 30  # the newest answer is in view, not below the fold


def test_the_corpus_table_says_which_files_are_indexed_new_changed_or_unreadable(tiny_settings):
    from qa.app import documents_table

    engine = Engine(tiny_settings)
    engine.build()
    corpus = tiny_settings.corpus_dir
    before = {row[3].split(" (")[0]: row for row in documents_table(engine, "en")}
    assert before and all(row[5] == "yes" and row[4] > 0 for row in before.values())
    changed = sorted(before)[0]
    with open(corpus / changed, "a", encoding="utf-8") as f:
        f.write("\nUne phrase ajoutée après la construction.\n")
    (corpus / "nouveau.txt").write_text("Le port de Delta date de 1850.\n", encoding="utf-8")
    (corpus / "casse.txt").write_bytes(b"\x00\x01binary")
    rows = documents_table(engine, "en")
    by_file = {row[3].split(" (")[0]: row for row in rows}
    assert by_file[changed][5] == "no" and by_file[changed][4] == before[changed][4]
    assert by_file["nouveau.txt"][5] == "no" and by_file["nouveau.txt"][4] == 0
    assert rows[-1][0].startswith("⚠") and rows[-1][3] == "casse.txt"
    assert all(by_file[f][5] == "yes" for f in before if f != changed)


def test_exports_share_one_folder_and_old_ones_are_removed(tmp_path, seeds_engine):
    from qa.app import write_exports

    store = [seeds_engine.ask("Combien la Russie paie-t-elle par an pour louer Baïkonour ?").to_dict()]
    first, _ = write_exports(store, tmp_path)
    old = Path(first).parent
    os.utime(old, (0, 0))  # an export from long ago
    md, js = write_exports(store, tmp_path)
    assert Path(md).parent.parent == tmp_path and Path(md).is_file() and Path(js).is_file()
    assert not old.exists()
    assert "115 millions de dollars" in Path(md).read_text(encoding="utf-8")
