"""Do other sources state the same value as the quote, or a different one?

After the answer is chosen, every other candidate that answers the *same* question — it passes the
same verification (type present, the question's dates and names all there, no broken constraint)
and comes from another document — is read for its value of the asked slot: the count, amount,
date, list of members, person or place. Values are normalised before they are compared ("neuf" =
"9", "1,2 milliard" = "1 200 millions", "mars 1994" agrees with "1994" but not with "1992",
"Bélarus" = "Biélorussie"). Then:

- the same value → a corroboration ("confirmed by 2 other sources");
- a different value → a conflict ("sources disagree"), except that a list given as examples
  ("comme …", "notamment …", "such as …") whose items all appear in the other list is partial,
  not contradictory; two lists disagree when one names a member the other does not, or when a
  complete list (no such marker, or as many items as the count it states) is longer or shorter.

Nothing here is fitted: these are rules a reader can check against the quotes shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.answer.candidates import Candidate
from qa.answer.question import NATIONALITIES, QuestionSpec
from qa.answer.spans import enumerations, nearest_span, typed_spans
from qa.answer.verify import violations
from qa.corpus import fold
from qa.facts import COUNT_WORDS, parse_amount, parse_date

SLOT_TYPES = ("number", "date", "list", "who")
_PARTIAL = re.compile(r"\b(comme|notamment|dont|parmi lesquel\w*|tels? que|telles? que|such as|including|among them|"
                      r"par exemple|for example|e\.g\.)\s*:?\s*$", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\bet\b|\band\b|\bainsi que\b|\bou\b)\s*", re.IGNORECASE)
_ARTICLES = re.compile(r"^(?:l['’]|la |le |les |the |de la |du |des |d['’])", re.IGNORECASE)
# Spellings of the same country across articles and transliterations.
SPELLINGS = {"belarus": "bielorussie", "tajikistan": "tadjikistan", "kyrgyzstan": "kirghizistan",
             "kirghizstan": "kirghizistan", "uzbekistan": "ouzbekistan", "moldova": "moldavie",
             "azerbaijan": "azerbaidjan", "armenia": "armenie", "federation de russie": "russie",
             "russian federation": "russie", "kazakhstan": "kazakhstan"}


@dataclass(frozen=True)
class Value:
    kind: str
    raw: str
    start: int
    end: int
    key: object
    partial: bool = False


def slot_value(text: str, ann: dict, spec: QuestionSpec) -> Value | None:
    """The value of the asked slot in `text`, normalised for comparison; None when it has none."""
    if spec.qtype not in SLOT_TYPES or spec.qtype == "who" and not spec.role:
        return None  # "qui …" names many people and bodies; only a role ("le président du …") is one slot
    if spec.qtype == "list":
        runs = enumerations(text, ann)
        if not runs:
            return None
        a, b = max(runs, key=lambda r: r[1] - r[0])
        items = frozenset(_canonical(i) for i in _ITEM_SPLIT.split(text[a:b]) if _canonical(i))
        before = text[max(0, a - 40) : a]
        partial = bool(_PARTIAL.search(before.rstrip(" ,:")) or _PARTIAL.search(before))
        stated = _stated_count(text[:a])
        if stated and stated == len(items):
            partial = False
        return Value("list", text[a:b], a, b, items, partial)
    spans = typed_spans(text, ann, spec.qtype, spec.text)
    if not spans:
        return None
    a, b = nearest_span(text, spans, spec.text)
    raw = text[a:b]
    if spec.qtype == "number":
        parsed = parse_amount(raw)
        if parsed and not parsed[1]:
            following = re.match(r"\s*([^\W\d_][\w'’-]*)", text[b:])
            word = following.group(1) if following else ""
            parsed = (parsed[0], word) if word and fold(word) not in _NOT_UNITS else parsed
        if not parsed or not parsed[1]:
            return None  # "un tiers", "plusieurs": no unit, nothing to compare it with
        return Value("number", raw, a, b, (parsed[0], _unit(parsed[1])))
    if spec.qtype == "date":
        parsed = parse_date(raw)
        return Value("date", raw, a, b, parsed) if parsed and parsed.year else None
    return Value(spec.qtype, raw, a, b, _canonical(raw))


def relation(a: Value, b: Value) -> str:
    """'agree', 'consistent' (a partial list inside the other, a less precise date), 'disagree', or
    '' when the two cannot be compared (different kinds or units)."""
    if a.kind != b.kind:
        return ""
    if a.kind == "number":
        (x, unit_x), (y, unit_y) = a.key, b.key  # type: ignore[misc]
        if unit_x != unit_y:
            return ""  # 7 600 kilomètres and 23,6 milliards de dollars answer different questions
        return "agree" if abs(x - y) <= 0.005 * max(abs(x), abs(y), 1e-9) else "disagree"
    if a.kind == "date":
        if a.key == b.key:
            return "agree"
        compatible = a.key.matches(b.key) or b.key.matches(a.key)  # type: ignore[union-attr]
        return "consistent" if compatible else "disagree"
    if a.kind == "list":
        x, y = a.key, b.key
        if x == y:
            return "agree"
        if (a.partial and x <= y) or (b.partial and y <= x):  # type: ignore[operator]
            return "consistent"
        return "disagree"
    return "agree" if a.key == b.key else "disagree"


def compare(
    best: Candidate, cands: list[Candidate], spec: QuestionSpec, annotations, depth: int = 15,
) -> tuple[Value | None, list[tuple[Candidate, Value]], list[tuple[Candidate, Value]]]:
    """(the quote's value, candidates that agree, candidates that disagree), one per other document."""
    own = slot_value(best.text, annotations(best.first, best.last), spec)
    if own is None:
        return None, [], []
    agreeing: list[tuple[Candidate, Value]] = []
    disagreeing: list[tuple[Candidate, Value]] = []
    seen = {best.hit.document.doc_id}
    for c in cands[:depth]:
        doc_id = c.hit.document.doc_id
        if c is best or doc_id in seen:
            continue
        ann = annotations(c.first, c.last)
        if not _answers_same_question(c, best, spec, len(ann["dates"]) if spec.qtype == "date" else 0):
            continue
        value = slot_value(c.text, ann, spec)
        if value is None:
            continue
        seen.add(doc_id)
        verdict = relation(own, value)
        if verdict == "agree":
            agreeing.append((c, value))
        elif verdict == "disagree":
            disagreeing.append((c, value))
    return own, agreeing, disagreeing


def _answers_same_question(c: Candidate, best: Candidate, spec: QuestionSpec, dates_stated: int) -> bool:
    """It passes the same checks as the quote, and it is about what the question asks about: the
    question's words sit around its value about as much as around the quote's, or its meaning is
    as close to the question's (a paraphrase: "verse chaque année … pour le loyer").

    Closeness of meaning alone is not trusted twice over: a sentence that dates three or more things
    (a list of treaties, each with its month) is about all of them; and across languages every French
    sentence on the topic is about as close to an English or Russian question, so there it must also
    name every name the question gives ("CIS" → "CEI"), and a question that gives none is not compared."""
    f, b = c.features, best.features
    if violations(f) or not f.get("type_ok"):
        return False
    near = b.get("local", 0.0) > 0 and f.get("local", 0.0) >= 0.5 * b["local"]
    if near:
        return True
    named = spec.lang == "fr" or bool(spec.entities) and f.get("entity_miss", 1.0) == 0.0
    return named and dates_stated < 3 and f.get("dense", 0.0) >= b.get("dense", 0.0) - 0.03


def _canonical(item: str) -> str:
    text = fold(item).strip(" .;:«»\"'()")
    text = _ARTICLES.sub("", text).strip()
    text = re.sub(r"^(?:l'|d')", "", text)
    return SPELLINGS.get(text, NATIONALITIES.get(text, text) if text in NATIONALITIES else text)


_NOT_UNITS = {"de", "des", "du", "d'", "et", "a", "en", "le", "la", "les", "par", "pour", "sur", "of", "and", "in",
              "to", "ans", "fois"}


def _unit(unit: str) -> str:
    u = fold(unit)
    u = {"$": "dollars", "usd": "dollars", "km": "kilometres", "kms": "kilometres"}.get(u, u)
    return u.rstrip("sx") or u




def _stated_count(text: str) -> int:
    """A count the sentence gives before its list: "neuf pays …", "six pays –"."""
    words = re.findall(r"\w+", fold(text))
    for w in reversed(words):
        if w.isdigit() and int(w) < 500:
            return int(w)
        if w in COUNT_WORDS:
            return COUNT_WORDS[w]
    return 0
