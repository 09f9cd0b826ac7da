"""A conversation as a file a journalist keeps: Markdown to read or paste, JSON for tools.

Both are made from the answer records (`Answer.to_dict()`), so the CLI and the app export the same
thing. Quotes stay verbatim: Markdown only escapes the characters that would change how they render.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from qa.answer import Answer, Citation, Statement, messages

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    """Escaped for Markdown, on one line (runs of whitespace become one space)."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def _marked(text: str, start: int, end: int) -> str:
    """The text with [start:end] in bold, escaped for Markdown."""
    if not (0 <= start < end <= len(text)) or (start == 0 and end == len(text)):
        return _md(text).strip()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return f"{_md(text[:start])}**{_md(text[start:end])}**{_md(text[end:])}".strip()


def _reference(c: Citation | Statement) -> str:
    place = c.where() if isinstance(c, Citation) else f"§{c.paragraph}"
    where = [getattr(c, "author", ""), c.date, c.doc_id, place]
    return f"{_md(c.title or c.doc_id)} — " + ", ".join(_md(w) for w in where if w)


def answer_markdown(record: dict, number: int = 1) -> str:
    """One answer: the question, how it was understood, the quote with its highlight, the confidence,
    the numbered citations, and the sources that disagree or agree."""
    a = Answer.from_dict(record)
    t = messages(a.lang)
    lines = [f"## {number}. {_md(a.question)}", ""]
    if a.interpreted_question:
        lines += [f"*{t['understood']} {_md(a.interpreted_question)}*", ""]
    if a.abstained:
        lines += [_md(a.message) if a.message else t["abstain"], ""]
    else:
        lines += [f"> « {_marked(a.text, a.highlight_start, a.highlight_end)} » [1]", "",
                  f"{t['confidence']} {a.confidence:.2f}", ""]
        if a.citations:
            lines += [f"**{t['sources']}**", ""]
            lines += [f"{c.number}. {_reference(c)}" for c in a.citations]
            lines.append("")
        if a.corroborations:
            lines += [t["confirmed"].format(n=len(a.corroborations)) + ": "
                      + "; ".join(_reference(s) for s in a.corroborations), ""]
        if a.conflicts:
            lines += [f"**{t['disagree']}**", ""]
            lines += [f"- « {_marked(s.text, s.value_start, s.value_end)} » — {_reference(s)}" for s in a.conflicts]
            lines.append("")
    others = a.uncited_passages()
    if others:
        lines += [f"*{t['closest']}*", ""]
        lines += [f"- {_reference(p)}: {_md(p.passage[:300])}" for p in others]
        lines.append("")
    return "\n".join(lines)


def conversation_markdown(records: list[dict], title: str = "qa") -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [f"# {_md(title)} — {stamp}", ""]
    parts += [answer_markdown(r, i) for i, r in enumerate(records, 1)]
    return "\n".join(parts).rstrip() + "\n"


def conversation_json(records: list[dict]) -> str:
    """Every answer record whole, minus the ranker's internal signals."""
    answers = [{k: v for k, v in r.items() if k != "signals"} for r in records]
    return json.dumps({"exported_at": datetime.now(UTC).isoformat(timespec="seconds"), "answers": answers},
                      ensure_ascii=False, indent=1) + "\n"
