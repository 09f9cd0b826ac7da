"""The Gradio app: chat with quoted, cited answers, an evidence panel, and corpus management.

A thin layer over `qa.engine.Engine`. Corpus text and questions are untrusted: everything put
into HTML goes through `html.escape` here, whatever Gradio sanitizes after us. Nothing leaves
the machine: analytics are off, no share link, fonts are served locally.
"""

from __future__ import annotations

import html
import logging
import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import gradio as gr  # noqa: E402
from starlette.middleware import Middleware  # noqa: E402

from qa.answer import Answer, Citation, messages  # noqa: E402
from qa.corpus import (  # noqa: E402
    CORPUS_SUFFIXES,
    TRASH,
    LoadError,
    UploadError,
    add_document,
    corpus_files,
    document_id,
    file_hashes,
    read_document,
    remove_document,
)
from qa.engine import Engine  # noqa: E402
from qa.export import conversation_json, conversation_markdown  # noqa: E402
from qa.guard import HostGuard, LoginThrottle, allowed_hosts, parse_auth  # noqa: E402
from qa.index import BuildInProgress, IndexError_  # noqa: E402
from qa.retrieve import Filters, QueryError  # noqa: E402

log = logging.getLogger(__name__)

EXAMPLES = [
    "Quel accord le Kazakhstan et la Russie ont-ils signé en décembre 2013 ?",
    "Combien la Russie paie-t-elle par an pour louer Baïkonour ?",
    "What did Mishustin call for at the Almaty digital forum?",
    "How long is the border between Russia and Kazakhstan?",
]

LABELS = {
    "fr": {
        "ask_tab": "Questions", "corpus_tab": "Corpus", "question": "Votre question",
        "placeholder": "Posez une question sur le corpus (français ou anglais)…", "send": "Demander",
        "clear": "Effacer", "examples": "Exemples", "settings": "Réglages", "k": "Nombre de sources",
        "docs": "Limiter aux documents", "date_from": "Depuis (AAAA-MM-JJ)", "date_to": "Jusqu'à (AAAA-MM-JJ)",
        "lang": "Langue de l'interface", "evidence": "Sources de la réponse", "copy": "Citation à copier",
        "open": "Ouvrir la source", "open_btn": "Afficher le document", "document": "Document",
        "upload": "Ajouter des fichiers (.txt, .md, .html, .pdf, .docx)", "rebuild": "Reconstruire les embeddings",
        "status": "État de l'index", "confidence": "confiance", "no_answer": "Aucune réponse sélectionnée.",
        "building": "Une reconstruction est déjà en cours.", "built": "Index reconstruit",
        "uptodate": "L'index est déjà à jour.", "added": "Ajouté", "refused": "Refusé",
        "closest": "Passages les plus proches :", "fresh": "à jour", "stale": "périmé",
        "missing": "absent", "included": "indexé", "yes": "oui", "no": "non",
        "cols": ["Titre", "Auteur", "Date", "Fichier", "Segments", "Indexé"], "pages": "p.",
        "built_summary": "{built} : {documents} documents, {chunks} segments, {sentences} phrases ; "
                         "vecteurs calculés pour {embedded} textes (segments et phrases), {reused} repris du cache, "
                         "{seconds:.1f} s",
        "empty": "Tapez une question.",
        "too_long": "Question trop longue : {n} caractères (limite {limit}). Raccourcissez-la.",
        "error": "Erreur", "rebuild_hint": "Reconstruisez les embeddings pour inclure les nouveaux fichiers.",
        "export_md": "Exporter la conversation (Markdown)", "export_json": "Exporter (JSON)",
        "remove": "Retirer du corpus", "remove_btn": "Retirer et reconstruire",
        "page_title": "qa — questions sur le corpus, réponses citées des sources",
        "undated": "Avec des dates : garder aussi les documents non datés",
        "removed": "Retiré (déplacé dans {trash})",
    },
    "en": {
        "ask_tab": "Ask", "corpus_tab": "Corpus", "question": "Your question",
        "placeholder": "Ask a question about the corpus (French or English)…", "send": "Ask",
        "clear": "Clear", "examples": "Examples", "settings": "Settings", "k": "Number of sources",
        "docs": "Restrict to documents", "date_from": "From (YYYY-MM-DD)", "date_to": "Until (YYYY-MM-DD)",
        "lang": "Interface language", "evidence": "Sources of the answer", "copy": "Quote to copy",
        "open": "Open source", "open_btn": "Show document", "document": "Document",
        "upload": "Add files (.txt, .md, .html, .pdf, .docx)", "rebuild": "Rebuild embeddings",
        "status": "Index status", "confidence": "confidence", "no_answer": "No answer selected.",
        "building": "A rebuild is already running.", "built": "Index rebuilt",
        "uptodate": "The index is already up to date.", "added": "Added", "refused": "Refused",
        "closest": "Closest passages:", "fresh": "fresh", "stale": "stale", "missing": "missing",
        "included": "indexed", "yes": "yes", "no": "no",
        "cols": ["Title", "Author", "Date", "File", "Chunks", "Indexed"], "pages": "pp.",
        "built_summary": "{built}: {documents} documents, {chunks} chunks, {sentences} sentences; "
                         "{embedded} texts embedded (chunks and sentences), {reused} reused from the cache, "
                         "{seconds:.1f}s",
        "empty": "Type a question.",
        "too_long": "The question is too long: {n} characters (limit {limit}). Shorten it.",
        "error": "Error", "rebuild_hint": "Rebuild the embeddings to include new files.",
        "export_md": "Export the conversation (Markdown)", "export_json": "Export (JSON)",
        "remove": "Remove from the corpus", "remove_btn": "Remove and rebuild",
        "page_title": "qa — questions about the corpus, answers quoted from the sources",
        "undated": "With dates: also keep the documents that give no date",
        "removed": "Removed (moved to {trash})",
    },
}

CSS = """
.qa-quote mark, .qa-passage mark { background: #ffe58a; color: inherit; padding: 0 2px; }
.qa-passage { white-space: pre-wrap; font-size: 0.95em; }
.qa-doc p.qa-cited { background: #fff6cc; border-left: 4px solid #e0b000; padding-left: 8px; }
.qa-doc { max-height: 520px; overflow-y: auto; }
.qa-meta { color: #666; font-size: 0.9em; }
.qa-conflict { margin-top: 8px; padding: 6px 10px; border-left: 4px solid #d9534f; background: #fdf0f0; }
.qa-conflict mark { background: #f7c6c5; }
.qa-understood { font-style: normal; }
"""

SHARE_JS = ("(q) => { if (!q) return; const u = new URL(window.location.href); u.searchParams.set('q', q);"
            " window.history.replaceState(null, '', u.toString()); }")
SCROLL_JS = "() => { const el = document.getElementById('qa-cited'); if (el) el.scrollIntoView({block: 'center'}); }"

_MD_SPECIAL = re.compile(r"[\\`*_{}\[\]#|~$]")


def esc(text: str) -> str:
    """Escape for HTML, and turn Markdown syntax into entities, so corpus text shows exactly as written."""
    escaped = _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group(0))};", html.escape(text, quote=False))
    # A blank line would end the HTML block in the chat's Markdown; paragraph breaks become <br>.
    return re.sub(r"\n\s*\n", "<br>", escaped).replace("\n", " ")


def _marked(text: str, start: int, end: int) -> str:
    if 0 <= start < end <= len(text):
        return f"{esc(text[:start])}<mark>{esc(text[start:end])}</mark>{esc(text[end:])}"
    return esc(text)


def _meta_line(c: Citation, lang: str) -> str:
    parts = [c.author, c.date, c.doc_id, c.where(), f"score {c.score:.3f}"]
    return " · ".join(esc(p) for p in parts if p)


def _citation_block(c: Citation, lang: str, open_: bool = False, marker: str = "") -> str:
    """One source; citations are numbered [n], closest passages get a plain marker so the two never mix."""
    label = marker or f"[{c.number}]"
    return (
        f"<details{' open' if open_ else ''}><summary><b>{esc(label)}</b> {esc(c.title)} "
        f"<span class='qa-meta'>{esc(c.where())}</span></summary>"
        f"<div class='qa-meta'>{_meta_line(c, lang)}</div>"
        f"<div class='qa-passage'>{_marked(c.passage, c.quote_start, c.quote_end)}</div></details>"
    )


def render_reply(answer: Answer, lang: str) -> str:
    """Chat message for one answer: the quote with its highlighted span, confidence, citations."""
    t = LABELS[lang]
    if answer.abstained:
        message = answer.message
        if message == messages(answer.lang)["abstain"]:
            message = messages(lang)["abstain"]  # one language on the page: the interface's
        head = f"**{esc(message)}**"
    else:
        quote = answer.text
        if answer.highlight and (answer.highlight_start, answer.highlight_end) != (0, len(quote)):
            body = _marked(quote, answer.highlight_start, answer.highlight_end)
        else:
            body = f"<mark>{esc(quote)}</mark>"
        markers = " ".join(f"[{c.number}]" for c in answer.citations)
        confirmed = (f" — {esc(messages(lang)['confirmed'].format(n=len(answer.corroborations)))}"
                     if answer.corroborations else "")
        head = (
            f"<div class='qa-quote'>« {body} » <b>{markers}</b></div>\n\n"
            f"<span class='qa-meta'>{t['confidence']} {answer.confidence:.0%} — "
            f"{esc(answer.citations[0].reference()) if answer.citations else ''}{confirmed}</span>"
            f"{_conflicts_block(answer, lang)}"
        )
    if answer.interpreted_question:
        head = (f"<div class='qa-meta qa-understood'>{esc(messages(lang)['understood'])} "
                f"<i>{esc(answer.interpreted_question)}</i></div>\n\n{head}")
    blocks = "\n".join(_citation_block(c, lang) for c in answer.citations)
    others = answer.uncited_passages()
    if others:
        blocks += f"\n\n<div class='qa-meta'>{esc(t['closest'])}</div>\n" + "\n".join(
            _citation_block(p, lang, marker="·") for p in others)
    return f"{head}\n\n{blocks}"


def render_evidence(answer: dict | None, lang: str) -> str:
    t = LABELS[lang]
    if not answer:
        return f"<p class='qa-meta'>{esc(t['no_answer'])}</p>"
    a = Answer.from_dict(answer)
    intro = f"<p><b>{esc(a.question)}</b></p>"
    if a.interpreted_question:
        intro += f"<p class='qa-meta'>{esc(messages(lang)['understood'])} <i>{esc(a.interpreted_question)}</i></p>"
    cited = "".join(_citation_block(c, lang, open_=True) for c in a.citations) + _conflicts_block(a, lang)
    others = a.uncited_passages()
    closest = (f"<p class='qa-meta'>{esc(t['closest'])}</p>"
               + "".join(_citation_block(p, lang, marker="·") for p in others)
               if others else "")
    return intro + cited + closest


def render_document(engine: Engine, doc_id: str, paragraph: int, start: int = -1, end: int = -1) -> str:
    """The whole document, the cited paragraph marked, the quoted sentences highlighted exactly."""
    doc = engine.index.documents.get(doc_id)
    if doc is None:
        return ""
    meta = " · ".join(esc(x) for x in (doc.author, doc.date, doc.doc_id) if x)
    parts = [f"<h3>{esc(doc.title)}</h3><p class='qa-meta'>{meta}</p>"]
    anchored = False
    shown_page = 0
    for p in doc.paragraphs:
        quoted = 0 <= start < end and p.start < end and start < p.end
        cited = quoted or (p.number == paragraph and start < 0)
        attrs = " class='qa-cited'" if cited else ""
        if cited and not anchored:
            attrs = " id='qa-cited'" + attrs
            anchored = True
        body = doc.text[p.start : p.end]
        if quoted:
            body = _marked(body, max(start, p.start) - p.start, min(end, p.end) - p.start)
        else:
            body = esc(body)
        page = doc.page_at(p.start)
        if page and page != shown_page:
            parts.append(f"<p class='qa-meta qa-page'>— p. {page} —</p>")
            shown_page = page
        parts.append(f"<p{attrs}><span class='qa-meta'>§{p.number}</span> {body}</p>")
    return "<div class='qa-doc'>" + "".join(parts) + "</div>"


def chat_history(store: list[dict], lang: str) -> list[dict]:
    """The conversation re-rendered from its answers, so every message speaks the interface's language."""
    messages_ = []
    for record in store or []:
        messages_.append({"role": "user", "content": esc(record.get("question", ""))})
        messages_.append({"role": "assistant", "content": render_reply(Answer.from_dict(record), lang)})
    return messages_


def _conflicts_block(answer: Answer, lang: str) -> str:
    """"Sources disagree": each differing quote, its value marked, and where it comes from."""
    if not answer.conflicts:
        return ""
    items = "".join(
        f"<li>« {_marked(s.text, s.value_start, s.value_end)} »<div class='qa-meta'>"
        f"{' · '.join(esc(x) for x in (s.title, s.date, s.doc_id, f'§{s.paragraph}') if x)}</div></li>"
        for s in answer.conflicts)
    return (f"<div class='qa-conflict'><b>⚠ {esc(messages(lang)['disagree'])}</b>"
            f"<ul>{items}</ul></div>")


def _source_choices(answer: dict | None) -> list[tuple[str, str]]:
    if not answer:
        return []
    record = Answer.from_dict(answer)
    choices = []
    for c in record.citations:
        a = c.start + c.quote_start if c.quote_start >= 0 else -1
        b = c.start + c.quote_end if a >= 0 else -1
        choices.append((f"[{c.number}] {c.title[:60]} {c.where()}", f"{c.doc_id}|{c.paragraph}|{a}|{b}"))
    for p in record.uncited_passages():
        choices.append((f"· {p.title[:60]} §{p.paragraph}", f"{p.doc_id}|{p.paragraph}|-1|-1"))
    return choices


_KIND_LABELS = {"text": "TXT", "markdown": "MD", "html": "HTML", "pdf": "PDF", "docx": "DOCX"}


def documents_table(engine: Engine, lang: str) -> list[list[Any]]:
    """One row per corpus file. Files the index holds unchanged are described from the index (a
    hash, no parsing: the table is redrawn on every upload and rebuild); only new, changed or
    unreadable files are read."""
    t = LABELS[lang]
    s = engine.settings
    try:
        index = engine.index
        infos = {d.doc_id: d for d in index.documents.infos}
        stats = index.manifest.get("file_stats")
    except IndexError_:
        infos, stats = {}, None
    hashes = file_hashes(s.corpus_dir, {d: info.content_hash for d, info in infos.items()}, stats)
    rows, errors = [], []
    for path in corpus_files(s.corpus_dir):
        info = infos.get(document_id(path, s.corpus_dir))
        if info is not None and hashes.get(info.doc_id) == info.content_hash:
            rows.append(_document_row(t, info.title, info.author, info.date, info.doc_id, info.kind, info.pages,
                                      info.chunks, fresh=True))
            continue
        item = read_document(path, s.corpus_dir, s.max_file_bytes, s.max_sentences, s.max_sentence_chars)
        if isinstance(item, LoadError):
            errors.append([f"⚠ {item.message}", "", "", item.path, 0, t["no"]])
        else:
            rows.append(_document_row(t, item.title, item.author, item.date, item.doc_id, item.kind, len(item.pages),
                                      info.chunks if info else 0, fresh=False))
    return rows + errors


def _document_row(t: dict, title: str, author: str, date: str, doc_id: str, kind: str, pages: int, chunks: int,
                  fresh: bool) -> list[Any]:
    label = _KIND_LABELS.get(kind, kind) + (f", {pages} {t['pages']}" if pages else "")
    return [title, author, date, f"{doc_id} ({label})", chunks, t["yes"] if fresh else t["no"]]


def status_markdown(engine: Engine, lang: str) -> str:
    t = LABELS[lang]
    s = engine.status()
    m = s.manifest
    state = t["fresh"] if s.fresh else t["stale"] if s.exists else t["missing"]
    lines = [f"**{t['status']}: {state}**"]
    if s.exists:
        lines.append(
            f"model `{esc(str(m.get('model')))}` · {m.get('dim')}-d · {m['counts']['documents']} documents · "
            f"{m['counts']['chunks']} chunks · built {esc(str(m.get('built_at')))}"
        )
    lines += [f"- {esc(r)}" for r in s.reasons]
    return "\n\n".join(lines)


EXPORT_MAX_AGE = 3600.0
"""Seconds an exported conversation stays on disk: long enough to download it, not for ever."""


def write_exports(store: list[dict], root: Path, max_age: float = EXPORT_MAX_AGE) -> tuple[str, str]:
    """The conversation as Markdown and JSON files under `root`, one folder per export (two users
    never share a file). Exports older than `max_age` are removed first: each answer writes one, and a
    server that never restarts would otherwise keep every conversation anyone had."""
    cutoff = time.time() - max_age
    for old in root.iterdir():
        try:
            if old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            continue
    folder = Path(tempfile.mkdtemp(dir=root))
    md, js = folder / "qa-conversation.md", folder / "qa-conversation.json"
    md.write_text(conversation_markdown(store), encoding="utf-8")
    js.write_text(conversation_json(store), encoding="utf-8")
    return str(md), str(js)


def build_app(engine: Engine) -> gr.Blocks:
    t0 = LABELS["fr"]
    doc_choices = _doc_choices(engine)
    # Removed with the process; Gradio's own copies of served files go after an hour too.
    export_root = tempfile.TemporaryDirectory(prefix="qa-export-")

    with gr.Blocks(title="qa — corpus Kazakhstan–Russie",
                   delete_cache=(int(EXPORT_MAX_AGE), int(EXPORT_MAX_AGE))) as demo:
        demo.qa_export_root = export_root
        answers = gr.State([])
        selected = gr.State(-1)
        with gr.Row(equal_height=True):
            page_title = gr.Markdown(f"## {t0['page_title']}")
            lang = gr.Radio(["fr", "en"], value="fr", label=t0["lang"], elem_id="qa-lang", scale=0, min_width=220)
        with gr.Tabs():
            with gr.Tab(t0["ask_tab"], id="ask") as ask_tab:
                with gr.Row():
                    with gr.Column(scale=3):
                        chat = gr.Chatbot(label="qa", height=520, elem_id="qa-chat", buttons=["copy"],
                                          feedback_options=None)
                        with gr.Row():
                            question = gr.Textbox(label=t0["question"], placeholder=t0["placeholder"],
                                                  scale=5, elem_id="qa-question", max_lines=4)
                            send = gr.Button(t0["send"], variant="primary", scale=1, elem_id="qa-send")
                        examples_label = gr.Markdown(f"**{t0['examples']}**")
                        with gr.Row():
                            example_buttons = [
                                gr.Button(q, size="sm", elem_classes=["qa-example"]) for q in EXAMPLES
                            ]
                        with gr.Accordion(t0["settings"], open=False) as settings_box:
                            k = gr.Slider(1, 10, value=engine.settings.k, step=1, label=t0["k"])
                            docs = gr.Dropdown(choices=doc_choices, multiselect=True, label=t0["docs"])
                            with gr.Row():
                                date_from = gr.Textbox(label=t0["date_from"], max_lines=1)
                                date_to = gr.Textbox(label=t0["date_to"], max_lines=1)
                            undated = gr.Checkbox(value=True, label=t0["undated"], elem_id="qa-undated")
                        with gr.Row():
                            clear = gr.Button(t0["clear"], size="sm")
                            export_md = gr.DownloadButton(t0["export_md"], size="sm", elem_id="qa-export-md")
                            export_json = gr.DownloadButton(t0["export_json"], size="sm", elem_id="qa-export-json")
                    with gr.Column(scale=2):
                        evidence_title = gr.Markdown(f"### {t0['evidence']}")
                        evidence = gr.HTML(render_evidence(None, "fr"), elem_id="qa-evidence")
                        copy = gr.Textbox(label=t0["copy"], buttons=["copy"], interactive=False,
                                          elem_id="qa-copy", lines=3)
                        source = gr.Dropdown(choices=[], label=t0["open"], elem_id="qa-source")
                        open_btn = gr.Button(t0["open_btn"], size="sm", elem_id="qa-open")
                        document = gr.HTML("", elem_id="qa-document")
            with gr.Tab(t0["corpus_tab"], id="corpus") as corpus_tab:
                status = gr.Markdown(status_markdown(engine, "fr"), elem_id="qa-status")
                table = gr.Dataframe(
                    value=documents_table(engine, "fr"), headers=t0["cols"], interactive=False,
                    elem_id="qa-docs", wrap=True, column_widths=["34%", "14%", "10%", "26%", "8%", "8%"],
                )
                upload = gr.File(label=t0["upload"], file_count="multiple", file_types=list(CORPUS_SUFFIXES),
                                 elem_id="qa-upload")
                rebuild = gr.Button(t0["rebuild"], variant="primary", elem_id="qa-rebuild")
                with gr.Row():
                    to_remove = gr.Dropdown(choices=_doc_choices(engine, include_unindexed=True), value=None,
                                            label=t0["remove"], elem_id="qa-remove", scale=3)
                    remove_btn = gr.Button(t0["remove_btn"], variant="stop", elem_id="qa-remove-btn", scale=1)
                corpus_log = gr.Markdown("", elem_id="qa-corpus-log")

        def respond(q: str, history: list, store: list, k_: float, docs_: list, d_from: str, d_to: str,
                    lang_: str, undated_: bool = True):
            history = list(history or [])
            store = list(store or [])
            t = LABELS[lang_]
            typed, q = q or "", (q or "").strip()
            unchanged = (gr.update(), history, store, gr.update(), gr.update(), gr.update(), len(store) - 1,
                         gr.update())
            # A refused question stays in the box, with a message saying why; the chat keeps one
            # answer per question.
            if not q:
                gr.Warning(t["empty"])
                return unchanged
            if len(q) > engine.settings.max_question_chars:
                gr.Warning(t["too_long"].format(n=len(q), limit=engine.settings.max_question_chars))
                return (typed, *unchanged[1:])
            filters = Filters(doc_ids=tuple(docs_ or ()), date_from=(d_from or "").strip(),
                              date_to=(d_to or "").strip(), include_undated=bool(undated_))
            earlier = [r.get("question", "") for r in store]  # this conversation's questions, oldest first
            try:
                answer = engine.ask(q, k=int(k_), filters=filters, history=earlier)
            except (QueryError, IndexError_) as exc:
                gr.Warning(f"{t['error']}: {exc}")
                return (typed, *unchanged[1:])
            history.append({"role": "user", "content": esc(q)})
            history.append({"role": "assistant", "content": render_reply(answer, lang_)})
            record = answer.to_dict()
            store.append(record)
            choices = _source_choices(record)
            return (
                "", history, store, render_evidence(record, lang_), answer.plain_text(),
                gr.update(choices=choices, value=choices[0][1] if choices else None), len(store) - 1,
                "",  # the document pane showed the previous answer's source
            )

        inputs = [question, chat, answers, k, docs, date_from, date_to, lang, undated]
        outputs = [question, chat, answers, evidence, copy, source, selected, document]

        # The address carries the question being asked (?q=…), so the page can be shared.
        send.click(None, [question], None, js=SHARE_JS, api_visibility="private").then(
            respond, inputs, outputs, api_visibility="private")
        question.submit(None, [question], None, js=SHARE_JS, api_visibility="private").then(
            respond, inputs, outputs, api_visibility="private")
        for button in example_buttons:
            button.click(lambda q=button.value: q, None, question, api_visibility="private").then(
                None, [question], None, js=SHARE_JS, api_visibility="private").then(
                respond, inputs, outputs, api_visibility="private")

        linked = gr.State("")

        def from_link(request: gr.Request):
            """A shared address (?q=…) asks its question when the page opens; without one, the box is
            left alone (the user may already be typing)."""
            q = ((request.query_params.get("q") or "") if request else "")[: engine.settings.max_question_chars]
            return (q if q else gr.update()), q

        def respond_if_asked(q: str, history: list, store: list, k_: float, docs_: list, d_from: str, d_to: str,
                             lang_: str, undated_: bool):
            if not q.strip():
                return tuple(gr.update() for _ in outputs)
            return respond(q, history, store, k_, docs_, d_from, d_to, lang_, undated_)

        demo.load(from_link, None, [question, linked], api_visibility="private").then(
            respond_if_asked, [linked, *inputs[1:]], outputs, api_visibility="private")

        def on_select(store: list, lang_: str, evt: gr.SelectData):
            index = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
            answer_no = int(index) // 2
            if not store or answer_no >= len(store):
                return gr.update(), gr.update(), gr.update(), -1
            record = store[answer_no]
            choices = _source_choices(record)
            return (render_evidence(record, lang_), Answer.from_dict(record).plain_text(),
                    gr.update(choices=choices, value=choices[0][1] if choices else None), answer_no)

        chat.select(on_select, [answers, lang], [evidence, copy, source, selected], api_visibility="private")

        def open_source(value: str | None):
            if not value:
                return ""
            try:
                doc_id, para, start, end = value.rsplit("|", 3)
                return render_document(engine, doc_id, int(para or 0), int(start), int(end))
            except ValueError:
                return ""

        open_btn.click(open_source, source, document, api_visibility="private").then(
            None, None, None, js=SCROLL_JS
        )

        clear.click(lambda: ([], [], render_evidence(None, "fr"), "", gr.update(choices=[], value=None), "", -1),
                    None, [chat, answers, evidence, copy, source, document, selected], api_visibility="private")

        def on_upload(files: list | None, lang_: str):
            t = LABELS[lang_]
            lines = []
            for f in files or []:
                path = Path(f if isinstance(f, str) else f.name)
                original = getattr(f, "orig_name", None) or path.name
                try:
                    data = path.read_bytes()
                    target = add_document(engine.settings.corpus_dir, original, data,
                                          engine.settings.max_upload_bytes)
                    lines.append(f"- {t['added']}: `{esc(target.name)}`")
                except (UploadError, OSError) as exc:
                    lines.append(f"- {t['refused']}: {esc(str(exc))}")
            if lines:
                lines.append(f"\n{t['rebuild_hint']}")
            choices = _doc_choices(engine, include_unindexed=True)
            return ("\n".join(lines), None, documents_table(engine, lang_), status_markdown(engine, lang_),
                    gr.update(choices=choices), gr.update(choices=choices))

        upload.upload(on_upload, [upload, lang], [corpus_log, upload, table, status, docs, to_remove],
                      api_visibility="private")

        def on_rebuild(lang_: str, progress: gr.Progress = gr.Progress()):  # noqa: B008 - Gradio's idiom
            t = LABELS[lang_]
            if engine.rebuilding:
                return f"**{t['building']}**", gr.update(), gr.update(), gr.update()
            progress(0, desc=t["rebuild"])

            def report(done: int, total: int, desc: str) -> None:
                progress((done, max(total, 1)), desc=f"{t['rebuild']}: {desc}", unit="passages")

            try:
                r = engine.build(progress=report)
            except BuildInProgress:
                return f"**{t['building']}**", gr.update(), gr.update(), gr.update()
            except (IndexError_, OSError, ValueError) as exc:
                return f"**{t['error']}:** {esc(str(exc))}", gr.update(), gr.update(), gr.update()
            if r.up_to_date:
                msg = t["uptodate"]
            else:
                msg = t["built_summary"].format(
                    built=t["built"], documents=r.documents, chunks=r.chunks, sentences=r.sentences,
                    embedded=r.embedded, reused=r.reused, seconds=r.seconds)
            return (f"**{msg}**", documents_table(engine, lang_), status_markdown(engine, lang_),
                    gr.update(choices=_doc_choices(engine)))

        # One progress bar, on the log line, not three over the whole tab.
        rebuild.click(on_rebuild, [lang], [corpus_log, table, status, docs], api_name="rebuild",
                      concurrency_limit=2, show_progress_on=[corpus_log])

        def on_remove(doc_id: str | None, lang_: str, progress: gr.Progress = gr.Progress()):  # noqa: B008
            """The file goes to the corpus's trash folder (never deleted), then the index is rebuilt."""
            t = LABELS[lang_]
            if not doc_id:
                return gr.update(), gr.update(), gr.update(), gr.update(), gr.update()
            try:
                target = remove_document(engine.settings.corpus_dir, doc_id)
            except (UploadError, OSError) as exc:
                return f"**{t['refused']}:** {esc(str(exc))}", gr.update(), gr.update(), gr.update(), gr.update()
            done = f"- {t['removed'].format(trash=esc(f'{TRASH}/{target.name}'))}: `{esc(doc_id)}`\n\n"
            log_, table_, status_, docs_ = on_rebuild(lang_, progress)
            return (done + (log_ if isinstance(log_, str) else ""), table_, status_, docs_,
                    gr.update(choices=_doc_choices(engine, include_unindexed=True), value=None))

        remove_btn.click(on_remove, [to_remove, lang], [corpus_log, table, status, docs, to_remove],
                         api_visibility="private", concurrency_limit=1, show_progress_on=[corpus_log])

        def exports(store: list):
            """The conversation as files the two export buttons download (none before the first answer)."""
            if not store:
                return None, None
            return write_exports(store, Path(export_root.name))

        answers.change(exports, answers, [export_md, export_json], api_visibility="private")

        def relabel(lang_: str, store: list, sel: int):
            t = LABELS[lang_]
            record = store[sel] if store and 0 <= sel < len(store) else None
            return (
                gr.update(label=t["question"], placeholder=t["placeholder"]), gr.update(value=t["send"]),
                gr.update(value=f"**{t['examples']}**"), gr.update(label=t["settings"]),
                gr.update(label=t["k"]), gr.update(label=t["docs"]), gr.update(label=t["date_from"]),
                gr.update(label=t["date_to"]), gr.update(label=t["lang"]), gr.update(value=t["clear"]),
                gr.update(value=f"### {t['evidence']}"), render_evidence(record, lang_),
                gr.update(label=t["copy"]), gr.update(label=t["open"]), gr.update(value=t["open_btn"]),
                gr.update(label=t["upload"]), gr.update(value=t["rebuild"]),
                gr.update(value=documents_table(engine, lang_), headers=t["cols"]),
                status_markdown(engine, lang_), gr.update(label=t["ask_tab"]), gr.update(label=t["corpus_tab"]),
                chat_history(store, lang_), gr.update(label=t["export_md"]), gr.update(label=t["export_json"]),
                gr.update(label=t["remove"]), gr.update(value=t["remove_btn"]), gr.update(value=f"## {t['page_title']}"),
                gr.update(label=t["undated"]),
            )

        lang.change(
            relabel, [lang, answers, selected],
            [question, send, examples_label, settings_box, k, docs, date_from, date_to, lang, clear,
             evidence_title, evidence, copy, source, open_btn, upload, rebuild, table, status, ask_tab,
             corpus_tab, chat, export_md, export_json, to_remove, remove_btn, page_title, undated],
            api_visibility="private",
        )

        def answer_json(question: object, k: object, docs: object, date_from: object, date_to: object,
                        history: object) -> dict:
            try:
                k = int(k)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                raise gr.Error("k must be a whole number between 1 and 20") from None
            if not 1 <= k <= 20:
                raise gr.Error("k must be between 1 and 20")
            if not isinstance(question, str):
                raise gr.Error("question must be text")
            if not isinstance(docs, (list, tuple, type(None))) or not all(isinstance(d, str) for d in docs or ()):
                raise gr.Error("docs must be a list of file names")
            if not isinstance(history, (list, tuple, type(None))) or not all(isinstance(h, str) for h in history or ()):
                raise gr.Error("history must be a list of earlier questions")
            filters = Filters(doc_ids=tuple(docs or ()), date_from=str(date_from or ""), date_to=str(date_to or ""))
            try:
                return engine.ask(question, k=k, filters=filters, history=list(history or ())[-20:]).to_dict()
            except (QueryError, IndexError_) as exc:
                raise gr.Error(str(exc)) from exc

        def api_ask(question: str, k: int = 5, docs: list[str] | None = None, date_from: str = "",
                    date_to: str = "") -> dict:
            """Answer a question; returns the Answer as JSON (quote, highlight, citations, conflicts)."""
            return answer_json(question, k, docs, date_from, date_to, None)

        def api_follow_up(question: str, history: list[str], k: int = 5, docs: list[str] | None = None,
                          date_from: str = "", date_to: str = "") -> dict:
            """Answer a follow-up ("Et en 2013 ?") given the conversation's earlier questions, oldest first;
            the JSON's `interpreted_question` says how it was read."""
            return answer_json(question, k, docs, date_from, date_to, history)

        gr.api(api_ask, api_name="ask")
        gr.api(api_follow_up, api_name="follow_up")
    return demo


def _doc_choices(engine: Engine, include_unindexed: bool = False) -> list[tuple[str, str]]:
    try:
        docs = {d.doc_id: d.title for d in engine.index.documents.infos}
    except IndexError_:
        docs = {}
    if include_unindexed:
        s = engine.settings
        for path in corpus_files(s.corpus_dir):
            if document_id(path, s.corpus_dir) not in docs:
                item = read_document(path, s.corpus_dir, s.max_file_bytes, s.max_sentences, s.max_sentence_chars)
                if not isinstance(item, LoadError):
                    docs[item.doc_id] = item.title
    return [(f"{title[:70]} ({doc_id})", doc_id) for doc_id, title in docs.items()]


def launch(engine: Engine, prevent_thread_lock: bool = False, **kwargs: Any):
    """Start the app on the configured host and port; never a public share link."""
    s = engine.settings
    login = parse_auth(s.auth)
    demo = build_app(engine)
    demo.queue(default_concurrency_limit=4)
    guard = Middleware(HostGuard, allowed=allowed_hosts(s.host, s.allowed_hosts))
    return demo, demo.launch(
        server_name=s.host, server_port=s.port, share=False,
        auth=LoginThrottle(*login).check if login else None,
        max_file_size=s.max_upload_bytes, app_kwargs={"middleware": [guard]},
        prevent_thread_lock=prevent_thread_lock, css=CSS, footer_links=["api"], quiet=prevent_thread_lock,
        theme=gr.themes.Default(font=["ui-sans-serif", "system-ui", "sans-serif"],
                                font_mono=["ui-monospace", "monospace"]),
        **kwargs,
    )
