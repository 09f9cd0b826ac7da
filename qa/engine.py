"""The library's public face: one object the CLI, the app and `qa eval` all talk to.

It owns the loaded index and encoder and swaps in a rebuilt index only once the build is
complete, so questions asked during a rebuild are answered from the old index.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from qa.answer import Answer, Answerer, messages
from qa.conversation import interpret, reading_language
from qa.corpus import parse_document
from qa.encoders import load_encoder
from qa.index import (
    BuildReport,
    Index,
    IndexError_,
    ProgressFn,
    Status,
    build_index,
    current_version,
    index_status,
    load_index,
)
from qa.retrieve import Filters, Retriever, SearchResult
from qa.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")

STALE_SOURCE = {
    "fr": "La source a changé depuis la construction de l'index : citation retirée. Reconstruisez l'index.",
    "en": "The source changed since the index was built, so the quote is withheld. Rebuild the index.",
}


def _at_low_priority(work: Callable[[], T], nice: int) -> T:
    """Run `work` in a thread of its own at a lower CPU priority, and wait for it.

    A rebuild competes with questions for the same cores; Linux gives niceness per thread (and
    the encoder's OpenMP threads and the spaCy process inherit it), so questions keep their
    latency while the build takes what is left. The thread ends with the build.
    """
    if nice <= 0:
        return work()
    outcome: dict[str, object] = {}

    def run() -> None:
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)
        try:
            outcome["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="qa-build", daemon=True)
    worker.start()
    worker.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


class Engine:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._answerer: Answerer | None = None
        self._version = ""
        self._sources: dict[tuple[str, int, int], str] = {}
        self._load_lock = threading.Lock()
        self._building = threading.Lock()

    @property
    def answerer(self) -> Answerer:
        """The answerer over the live index; a newer index (rebuilt by another process) is swapped in."""
        version = current_version(self.settings.embeddings_dir)
        if self._answerer is None or (version and version != self._version):
            with self._load_lock:
                if self._answerer is None or (version and version != self._version):
                    index = self._load_newest()
                    self._answerer, self._version = self._open(index), index.path.name
        return self._answerer

    def _load_newest(self, attempts: int = 3) -> Index:
        """Load the live index; if a build swapped it away mid-load, load the one that replaced it."""
        root = self.settings.embeddings_dir
        for attempt in range(attempts):
            version = current_version(root)
            try:
                return load_index(self.settings)
            except IndexError_:
                if attempt == attempts - 1 or current_version(root) == version:
                    raise
        raise AssertionError("unreachable")

    @property
    def index(self) -> Index:
        return self.answerer.index

    def _open(self, index: Index) -> Answerer:
        s = self.settings
        encoder = load_encoder(s.model, s.query_prompt, s.passage_prompt)
        retriever = Retriever(
            index, encoder, lexical_weight=s.lexical_weight, candidates=s.candidates,
            max_query_chars=s.max_question_chars,
        )
        return Answerer(retriever)

    def ask(
        self, question: str, k: int | None = None, filters: Filters | None = None,
        history: list[str] | tuple[str, ...] = (),
    ) -> Answer:
        """Answer `question`; with `history` (the conversation's earlier questions, oldest first) a
        follow-up such as "Et en 2013 ?" is first made self-contained, and the answer says how."""
        answerer = self.answerer
        limit = self.settings.max_question_chars
        reading = interpret(question, [h[:limit] for h in history][-20:])
        answer = answerer.ask(reading.text, k=k or self.settings.k, filters=filters)
        if reading.changed:
            answer.question, answer.interpreted_question = question, reading.text
            answer.lang = reading_language(reading)
            if answer.abstained:
                answer.message = messages(answer.lang)["abstain"]
        if not answer.abstained and not self._quote_still_in_source(answerer.index, answer):
            answer.abstained = True
            answer.message = STALE_SOURCE[answer.lang if answer.lang in STALE_SOURCE else "en"]
            answer.text = answer.highlight = ""
            answer.citations = []
        return answer

    def _quote_still_in_source(self, index: Index, answer: Answer) -> bool:
        """Re-read the quoted file: a quote is shown only if the current source still says it.

        The index could have been edited on disk, or the file changed since the build; either way
        the user would be quoted words the source no longer holds.
        """
        doc = index.documents.get(answer.doc_id)
        if doc is None:
            return False
        try:
            stat = Path(doc.path).stat()
            key = (doc.path, stat.st_mtime_ns, stat.st_size)
            text = self._sources.get(key)
            if text is None:
                text = parse_document(doc.doc_id, Path(doc.path).read_bytes(), path=doc.path).text
                self._sources = {key: text}  # one entry: the check is about the answer being shown
        except (OSError, ValueError):
            return False
        return text[answer.start : answer.end] == answer.text

    def search(
        self, question: str, k: int | None = None, filters: Filters | None = None, mode: str = "hybrid"
    ) -> SearchResult:
        return self.answerer.retriever.search(question, k=k or self.settings.k, filters=filters, mode=mode)

    def status(self, verify_all: bool = False) -> Status:
        return index_status(self.settings, verify_all=verify_all)

    @property
    def rebuilding(self) -> bool:
        return self._building.locked()

    def build(
        self, force: bool = False, progress: ProgressFn | None = None, use_cache: bool = True
    ) -> BuildReport:
        """Rebuild, then swap the new index in; on failure the old one keeps serving."""
        with self._building:
            report = _at_low_priority(
                lambda: build_index(self.settings, force=force, progress=progress, use_cache=use_cache),
                self.settings.build_nice,
            )
            if not report.up_to_date or self._answerer is None:
                index = load_index(self.settings)
                fresh = self._open(index)
                with self._load_lock:
                    self._answerer, self._version = fresh, index.path.name
            return report

    def verify_in_background(self) -> threading.Thread:
        """Hash the large index files while the app serves, and rebuild if one differs from what the
        build wrote.

        A start checks sizes and the small files only: at a million passages the vectors are
        gigabytes, and hashing them before serving kept users waiting minutes. Until the check
        ends, a flipped byte inside a large file is served as it is.
        """
        def run() -> None:
            try:
                status = self.status(verify_all=True)
                if status.corrupt and not self.rebuilding:
                    log.warning("the index is corrupt (%s); rebuilding it", "; ".join(status.reasons))
                    self.build(force=True)
                else:
                    log.info("index files verified")
            except Exception:  # noqa: BLE001 - a failed check must not stop the app; it is logged
                log.exception("verifying the index failed")

        worker = threading.Thread(target=run, name="qa-verify", daemon=True)
        worker.start()
        return worker

    def ensure_built(self, progress: ProgressFn | None = None, verify_all: bool = False) -> BuildReport | None:
        """Build when missing, stale or corrupt; None when the index was already fresh and intact."""
        status = self.status(verify_all=verify_all)
        if status.fresh:
            return None
        if status.corrupt:
            log.warning("rebuilding: %s", "; ".join(status.reasons))
        return self.build(progress=progress, force=status.corrupt)
