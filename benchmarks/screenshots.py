"""`make screenshot`: PNGs of the Ask tab (with an answer) and the Corpus tab into docs/."""

from __future__ import annotations

import shutil
import socket
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.app import launch  # noqa: E402
from qa.engine import Engine  # noqa: E402
from qa.settings import Settings  # noqa: E402

DOCS = Path(__file__).resolve().parent.parent / "docs"


def main() -> None:
    chromium = shutil.which("chromium")
    if not chromium:
        sys.exit("chromium not found: apt-get install chromium")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    engine = Engine(Settings.from_env(port=port))
    engine.ensure_built()
    demo, (_, url, _) = launch(engine, prevent_thread_lock=True)
    from playwright.sync_api import sync_playwright

    DOCS.mkdir(exist_ok=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
            page = browser.new_page(viewport={"width": 1440, "height": 1100})
            page.goto(url, wait_until="load")
            box = page.locator("#qa-question textarea")
            box.wait_for()
            box.fill("Combien la Russie paie-t-elle par an pour louer Baïkonour ?")
            box.press("Enter")
            page.locator("#qa-chat mark").first.wait_for(timeout=30_000)
            page.locator("#qa-open").click()
            page.locator("#qa-document #qa-cited").wait_for(timeout=15_000)
            page.screenshot(path=str(DOCS / "ask.png"), full_page=True)
            page.get_by_role("tab", name="Corpus").click()
            page.locator("#qa-docs").wait_for()
            page.screenshot(path=str(DOCS / "corpus.png"), full_page=True)
            browser.close()
    finally:
        demo.close()
    print(f"saved {DOCS / 'ask.png'} and {DOCS / 'corpus.png'}")


if __name__ == "__main__":
    main()
