"""From retrieved passages to a quoted answer with numbered citations, or an honest abstention.

The answer is always a verbatim slice of one document's text (`document.text[start:end]`), never
generated. Candidate sentences from the best passages are scored with several signals — dense
similarity to the question, stemmed lexical overlap, the passage's retrieval score, and whether
the sentence holds the kind of thing the question asks for (a date for "quand", an amount for
"combien"…), penalising headings. The question's scope shapes the quote: a specific fact gets
one sentence; a broad question (definition, "comment", "pourquoi") or a yes/no question leans
towards a document's opening sentences and may quote up to three adjacent sentences.
Sentence weights are chosen by `benchmarks/tune_sentences.py`; confidence is a logistic model
over question-level signals fitted by `benchmarks/calibrate.py` on in-corpus vs out-of-corpus
questions.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import asdict, dataclass, field

import numpy as np

from qa.corpus import fold
from qa.retrieve import Filters, Hit, Retriever, SearchResult
from qa.text import STOPWORDS, analyze, words

MESSAGES = {
    "fr": {
        "abstain": "Je n'ai pas trouvé de réponse dans le corpus.",
        "closest": "Passages les plus proches :",
    },
    "en": {
        "abstain": "No answer found in the corpus.",
        "closest": "Closest passages:",
    },
}

# Sentence choice weights (benchmarks/tune_sentences.py) and confidence model (benchmarks/calibrate.py).
SENTENCE_WEIGHTS = {
    "dense": 4.0, "lexical": 2.0, "retrieval": 0.5, "type": 0.6, "heading": -1.0, "lead": 2.0, "yesno": 1.0,
    "phrase": 0.5,
}
# Broad questions get the best sentence and up to this many following ones, within this length.
BROAD_EXTRA_SENTENCES = 2
BROAD_MAX_CHARS = 400
FEATURES = ("dense", "sentence_dense", "coverage", "lexical", "type", "margin")
CONFIDENCE_COEF = {
    "fr": {"bias": -52.172, "dense": 33.195, "sentence_dense": 23.697, "coverage": 2.802, "lexical": 2.717, "type": 1.409, "margin": -3.898},
    "en": {"bias": -60.127, "dense": 41.363, "sentence_dense": 32.48, "coverage": 2.669, "lexical": 3.381, "type": 0.0, "margin": 26.868},
}
ABSTAIN_BELOW = 0.5
CANDIDATE_PASSAGES = 4

_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DATE = re.compile(
    rf"(?:(?:{_DAYS})\s+)?(?:(?:1er|\d{{1,2}})\s+)?(?:{_MONTHS})(?:\s+(?:\d{{4}}|dernier|prochain))?"
    rf"|(?:(?:fin|début|debut|mi|depuis|jusqu'en|jusqu’en|en)\s+)?\b(?:1[89]|20)\d{{2}}(?:\s*[-–]\s*(?:1[89]|20)\d{{2}})?\b"
    rf"|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b",
    re.IGNORECASE,
)
_UNITS = (
    r"dollars|euros|roubles|tenges|kilomètres|km|hectares|tonnes|membres|pays|entreprises|étudiants|"
    r"militaires|personnes|habitants|ans|années|jours|mois|semaines|heures|minutes|secondes|places?|fois|"
    r"documents|coentreprises|mètres|litres|kilos|kg|trimestres|hours|days|weeks|months|years|people|"
    r"companies|members|countries|tons|miles"
)
_NUMBER = re.compile(
    r"(?:(?:environ|plus de|moins de|près de|quelque|au moins|au plus|jusqu'à|about|over|nearly|at least|up to)\s+)?"
    r"(?:\d{1,3}(?:[  \u202f]\d{3})+|\d+(?:[.,]\d+)?)"
    r"(?:\s?%|\s+pour\s?cent|e\b"
    rf"|\s+(?:millions?|milliards?|mille|billion|million)(?:\s+(?:de\s+|d['’])?(?:{_UNITS}))?"
    rf"|\s+(?:{_UNITS})\b)?"
    r"|(?:(?:environ|plus de|près de)\s+)?\b(?:un tiers|la moitié|un quart|deux|trois|quatre|cinq|six|sept|huit|"
    r"neuf|dix|onze|douze|quinze|vingt|trente|cent|mille)\b(?:\s+(?:" + _UNITS + r")\b)?",
    re.IGNORECASE,
)
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'-]*[\w]"
_NAME = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:de|du|des|d’|d')\s*)?{_NAME_WORD})*")
_PLACE = re.compile(
    rf"(?:\bà|\bau|\baux|\ben|\bdans|\bdepuis|\bvers|\bin|\bat)\s+({_NAME_WORD}(?:[\s-]+{_NAME_WORD})*)"
)

_QTYPES = [
    ("date", re.compile(
        r"(^|: |depuis |jusqu'a )(quand|when)\b|\bquand ?\?$|\b(en quelle annee|quelle annee|a quelle date|"
        r"quelle date|jusqu'en quelle|what year|which year|what date|since when|until when)\b")),
    ("number", re.compile(
        r"\b(combien|quel(le)?s? (est|etait|sont) (le|la|les) (nombre|montant|longueur|superficie|part|"
        r"chiffre|taille|population|duree|pourcentage|valeur|cout|prix)|quelle part|a combien|"
        r"how many|how much|how long|how far|what (is|was) the (number|amount|length|size|share|value|cost|price)|"
        r"what share|what percentage)\b")),
    ("who", re.compile(r"(^|\b(par|a|de|avec|pour) )(qui)\b|^(who|whom)\b|\bwho (is|was|are)\b")),
    ("reason", re.compile(r"\b(pourquoi|pour quelles? raisons?|why|for what reason)\b")),
    ("where", re.compile(
        r"(^|\b(d'|jusqu'))ou\b|\bou (se|est|a|ont|sont|se trouve)\b|^where\b|\bdans quelle ville\b|"
        r"\bdans quel pays\b|\bin which (city|country)\b|\bdepuis quelle ville\b|\bquelle ville\b")),
]

_REASON = re.compile(
    r"\b(?:pour|afin de|afin d['’]|afin que|parce que|parce qu['’]|car|en raison d(?:e|u|es|['’])|grâce à|"
    r"du fait d(?:e|u|es|['’])|puisque|because|due to|in order to|so that|so as to)\b[^.;:!?»]*",
    re.IGNORECASE,
)
_BROAD = re.compile(
    r"(^|: )(qu'est-ce qu|qu'est ce qu|c'est quoi|comment|que faire|que devien|a quoi|pourquoi|"
    r"quelles? (sont les )?differences?|quels? (sont les )?(droits|conditions|obligations|regles|demarches)|"
    r"what (is|are) (a|an)\b|how (do|does|can|to|is|are)\b|why\b|what happens)"
)
_YESNO = re.compile(
    r"^(est-ce qu|can|could|is|are|do|does|did|will|would|should|must|has|have|was|were)\b"
    r"|\b\w+(-t)?-(il|elle|ils|elles|on)\b|\b(a|y a) t-(il|elle|on)\b"
)
_WH_WORD = re.compile(
    r"\b(qui|que|qu'|quoi|quel|quelle|quels|quelles|lequel|laquelle|comment|quand|pourquoi|combien|"
    r"what|who|whom|which|where|when|why|how)\b|où"
)
_TOPIC_COLON = re.compile(r"^[^:?]{3,}: (quel|quelle|quels|quelles|que|qu'|comment|what|which|how)\b")
_YESNO_ANSWER = re.compile(r"(oui|non|yes|no)\b")
_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")

_FR_MARKERS = frozenset(
    ["le", "la", "les", "des", "du", "de", "un", "une", "est", "sont", "quel", "quelle", "quels", "quelles", "qui", "que", "quoi", "combien", "quand", "où", "ou", "pourquoi", "comment", "et", "en", "dans", "pour", "par", "sur", "a-t-il", "a-t-elle", "ont-ils", "ont-elles", "au", "aux", "ce", "cette"]
)
_EN_MARKERS = frozenset(
    ["the", "what", "who", "whom", "when", "where", "why", "how", "which", "is", "are", "was", "were", "did", "does", "do", "of", "in", "on", "for", "to", "and", "a", "an", "by", "with", "from", "this", "that"]
)


@dataclass
class Citation:
    number: int
    doc_id: str
    title: str
    author: str
    date: str
    source_path: str
    paragraph: int
    start: int
    end: int
    source_start: int
    source_end: int
    score: float
    passage: str
    quote_start: int = -1
    quote_end: int = -1

    def reference(self) -> str:
        parts = [self.title, self.author, self.date, f"§{self.paragraph}"]
        return ", ".join(p for p in parts if p)


@dataclass
class Answer:
    question: str
    lang: str
    text: str
    highlight: str
    highlight_start: int
    highlight_end: int
    doc_id: str
    start: int
    end: int
    source_start: int
    source_end: int
    paragraph: int
    confidence: float
    abstained: bool
    message: str
    qtype: str
    scope: str = "fact"
    citations: list[Citation] = field(default_factory=list)
    latency_ms: float = 0.0
    signals: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)

    def plain_text(self) -> str:
        """The quote with its reference, ready to paste into an article."""
        if self.abstained or not self.citations:
            return self.message
        return f"« {' '.join(self.text.split())} » — {self.citations[0].reference()}"


@dataclass
class _Candidate:
    row: int
    hit: Hit
    dense: float
    lexical: float
    type_ok: bool
    heading: bool
    phrase: float
    score: float = 0.0


def detect_language(text: str) -> str:
    """'fr' or 'en', from function words; accents tip a tie towards French."""
    toks = words(text)
    fr = sum(t in _FR_MARKERS for t in toks) + 0.5 * bool(re.search(r"[àâçéèêëîïôûùüÿœ’]", text.lower()))
    en = sum(t in _EN_MARKERS for t in toks)
    return "en" if en > fr else "fr"


def question_type(question: str) -> str:
    q = fold(question)
    for name, pattern in _QTYPES:
        if pattern.search(q):
            return name
    return "other"


def question_scope(question: str, qtype: str | None = None) -> str:
    """'fact' for a specific fact, 'broad' for a definition or explanation, 'yesno'.

    Broad and yes/no questions are about a topic as a whole: their best answer is often the
    sentence that opens the document (a news lead, an FAQ page's summary, a definition), and a
    one-sentence quote is often too short, so the quote may take the following sentences too.
    """
    if (qtype or question_type(question)) in ("date", "number", "who", "where"):
        return "fact"
    q = fold(question)
    if _YESNO.search(q) and not _WH_WORD.search(question.lower().replace("’", "'")):
        return "yesno"
    if _BROAD.search(q) or _TOPIC_COLON.search(q):
        return "broad"
    return "fact"


def is_heading(text: str) -> bool:
    """A section title or a list label: no sentence-final punctuation, so it is not an answer."""
    return not _SENTENCE_END.search(text) and not text.rstrip().endswith((",", ";", ":"))


def entity_spans(text: str, qtype: str, question: str = "") -> list[tuple[int, int]]:
    """Spans of `text` of the kind `qtype` asks for, leaving out what the question already says."""
    if qtype == "date":
        spans = [m.span() for m in _DATE.finditer(text)]
    elif qtype == "number":
        spans = _merge_joined([m.span() for m in _NUMBER.finditer(text) if not _is_bare_year(m.group(0))], text)
    elif qtype == "who":
        spans = [_skip_function_words(text, *m.span()) for m in _NAME.finditer(text)]
    elif qtype == "where":
        spans = [m.span(1) for m in _PLACE.finditer(text)]
    elif qtype == "reason":
        spans = [m.span() for m in _REASON.finditer(text)]
    else:
        return []
    qfold = fold(question)
    qterms = set(analyze(question))
    out = []
    for a, b in spans:
        span = text[a:b].strip()
        if not span or fold(span) in qfold:
            continue
        if qtype in ("who", "where"):
            terms = analyze(span)
            if not terms or all(t in qterms for t in terms):
                continue
        a += len(text[a:b]) - len(text[a:b].lstrip())
        b -= len(text[a:b]) - len(text[a:b].rstrip())
        out.append((a, b))
    return out


_CAPITALISED_FUNCTION_WORDS = frozenset(["cette", "cet", "ces", "selon", "toutefois", "cependant", "ainsi", "oui", "non"])


def _skip_function_words(text: str, a: int, b: int) -> tuple[int, int]:
    """A capital at the start of a sentence ('Cette carte…', 'Il a…') is not a name."""
    while a < b:
        m = re.match(r"[\w’'-]+\s*", text[a:b])
        if not m:
            break
        word = m.group(0).strip().lower()
        if word not in STOPWORDS and word not in _CAPITALISED_FUNCTION_WORDS:
            break
        a += m.end()
    return a, b


def _merge_joined(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """'3 heures et 30 minutes' is one amount, not two."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and re.fullmatch(r"\s+(?:et|and)\s+", text[out[-1][1] : a]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _is_bare_year(s: str) -> bool:
    return bool(re.fullmatch(r"(?:1[89]|20)\d{2}", s.strip()))


class Answerer:
    """Answers questions by quoting the corpus; holds a `Retriever` and nothing else."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever
        index = retriever.index
        self._row_of: dict[tuple[str, int], int] = {
            (s.doc_id, s.index): row for row, s in enumerate(index.sentences)
        }
        analyzed = [analyze(s.text) for s in index.sentences]
        self._sentence_terms = [set(terms) for terms in analyzed]
        self._sentence_pairs = [set(zip(terms, terms[1:])) for terms in analyzed]
        self._heading = [is_heading(s.text) for s in index.sentences]
        # Sentences of each document's opening paragraph (§1), and each sentence's position among
        # its document's body sentences (titles and section heads skipped).
        self._opening_rows: dict[str, list[int]] = {}
        self._body_rank: list[int] = []
        counts: dict[str, int] = {}
        for row, (s, heading) in enumerate(zip(index.sentences, self._heading)):
            if s.paragraph == 1:
                self._opening_rows.setdefault(s.doc_id, []).append(row)
            self._body_rank.append(counts.get(s.doc_id, 0))
            if not heading:
                counts[s.doc_id] = counts.get(s.doc_id, 0) + 1

    @property
    def index(self):
        return self.retriever.index

    def ask(self, question: str, k: int = 5, filters: Filters | None = None) -> Answer:
        started = time.perf_counter()
        result = self.retriever.search(question, k=max(k, CANDIDATE_PASSAGES), filters=filters)
        answer = self.answer_from(result, k)
        answer.latency_ms = (time.perf_counter() - started) * 1000
        return answer

    def answer_from(self, result: SearchResult, k: int = 5, force: bool = False) -> Answer:
        """The answer for a search result; `force` quotes the best sentence even when unsure."""
        question = result.query
        lang = detect_language(question)
        qtype = question_type(question)
        scope = question_scope(question, qtype)
        candidates = self._candidates(result, qtype, scope)
        if not candidates:
            return self._abstain(question, lang, qtype, scope, result, k, 0.0, {})
        best = max(candidates, key=lambda c: c.score)
        runner_up = max((c.dense for c in candidates if c.row != best.row), default=best.dense)
        signals = {
            "dense": float(result.hits[0].dense_score),
            "sentence_dense": best.dense,
            "coverage": float(result.coverage),
            "lexical": best.lexical,
            "type": float(best.type_ok or qtype == "other"),
            "margin": best.dense - runner_up,
        }
        confidence = confidence_from(signals, lang)
        if confidence < ABSTAIN_BELOW and not force:
            return self._abstain(question, lang, qtype, scope, result, k, confidence, signals)

        doc = best.hit.document
        first, last = self._extend(best, qtype, scope, question)
        start, end = self.index.sentences[first].start, self.index.sentences[last].end
        text = doc.text[start:end]
        h_start, h_end = self._highlight(text, qtype, question)
        src_start, src_end = doc.source_span(start, end)
        citations = self._citations(result, k, quote=(doc.doc_id, start, end, best.hit))
        return Answer(
            question=question, lang=lang, text=text, highlight=text[h_start:h_end],
            highlight_start=h_start, highlight_end=h_end, doc_id=doc.doc_id, start=start, end=end,
            source_start=src_start, source_end=src_end,
            paragraph=self.index.sentences[best.row].paragraph, confidence=confidence,
            abstained=False, message="", qtype=qtype, scope=scope, citations=citations, signals=signals,
        )

    # -- candidates

    def _candidates(self, result: SearchResult, qtype: str, scope: str = "fact") -> list[_Candidate]:
        qterms = result.query_terms
        idf = self._term_idf(qterms)
        total = sum(idf.values()) or 1.0
        # Consecutive question terms found side by side: "Premier ministre du Kazakhstan".
        qpairs = set(zip(qterms, qterms[1:]))
        seen: dict[int, _Candidate] = {}
        for hit in result.hits[:CANDIDATE_PASSAGES]:
            doc_rows = [
                self._row_of[(hit.chunk.doc_id, i)]
                for i in range(hit.chunk.first_sentence, hit.chunk.last_sentence + 1)
            ]
            if hit.with_opening and scope != "fact":
                doc_rows = self._opening_rows[hit.chunk.doc_id] + doc_rows
            for row in doc_rows:
                if row in seen:
                    continue
                sentence = self.index.sentences[row]
                terms = self._sentence_terms[row]
                lexical = sum(w for t, w in idf.items() if t in terms) / total
                type_ok = bool(entity_spans(sentence.text, qtype, result.query))
                phrase = len(qpairs & self._sentence_pairs[row]) / len(qpairs) if qpairs else 0.0
                seen[row] = _Candidate(row, hit, 0.0, lexical, type_ok, self._heading[row], phrase)
        if not seen:
            return []
        rows = np.fromiter(seen, dtype=np.int64)
        sims = self.index.sentence_vectors[rows] @ result.query_vector
        top_retrieval = max(h.score for h in result.hits) or 1.0
        w = SENTENCE_WEIGHTS
        best_sim = float(sims.max())
        for row, sim in zip(rows.tolist(), sims.tolist()):
            c = seen[row]
            c.dense = float(sim)
            sentence = self.index.sentences[row]
            c.score = (
                w["dense"] * (c.dense - best_sim)
                + w["lexical"] * result.coverage * c.lexical
                + w["retrieval"] * (c.hit.score / top_retrieval)
                + w["type"] * (c.type_ok if qtype != "other" else 0.0)
                + w["heading"] * c.heading
                + w["phrase"] * result.coverage * c.phrase
            )
            if scope != "fact" and qtype == "other" and not c.heading:
                c.score += w["lead"] / (1 + self._body_rank[row])
            if scope == "yesno" and _YESNO_ANSWER.match(fold(sentence.text)):
                c.score += w["yesno"]
        return list(seen.values())

    def _term_idf(self, terms: list[str]) -> dict[str, float]:
        bm25 = self.index.bm25
        idf = {}
        for t in dict.fromkeys(terms):
            tid = bm25.vocab_dict.get(t)
            idf[t] = float(self.retriever.idf[tid]) if tid is not None else self.retriever.max_idf
        return idf

    def _extend(self, best: _Candidate, qtype: str, scope: str, question: str) -> tuple[int, int]:
        """Add neighbouring sentences when they carry what the best one lacks (max 3).

        A fact missing from the best sentence (a date, an amount) may sit next to it; a list
        follows its colon; a broad question's answer runs on over the following sentences of the
        paragraph, or over the following lines in pages written one sentence per line.
        """
        sentences = self.index.sentences
        row = best.row
        first = last = row
        s = sentences[row]

        def same_para(r: int) -> bool:
            return 0 <= r < len(sentences) and sentences[r].doc_id == s.doc_id and sentences[r].paragraph == s.paragraph

        if s.text.rstrip().endswith(":") and same_para(row + 1):
            last = row + 1
        if qtype != "other" and not best.type_ok:
            for r in (row - 1, row + 1):
                if same_para(r) and entity_spans(sentences[r].text, qtype, question):
                    first, last = min(first, r), max(last, r)
                    break
        if len(s.text) < 40 and same_para(row + 1) and last == row:
            last = row + 1
        one_line = not same_para(row - 1) and not same_para(row + 1)
        if scope != "fact" and first == last == row and not (qtype != "other" and best.type_ok):
            length = len(s.text)
            for r in range(row + 1, row + 1 + BROAD_EXTRA_SENTENCES):
                nxt = sentences[r] if r < len(sentences) else None
                if (nxt is None or nxt.doc_id != s.doc_id or is_heading(nxt.text) or nxt.text.rstrip().endswith("?")
                        or not (same_para(r) or one_line)):
                    break
                length += len(sentences[r].text)
                if length > BROAD_MAX_CHARS:
                    break
                last = r
        return first, last

    def _highlight(self, text: str, qtype: str, question: str) -> tuple[int, int]:
        spans = entity_spans(text, qtype, question)
        if not spans:
            return 0, len(text)
        qterms = set(analyze(question))
        anchors = [m.start() for m in re.finditer(r"\w+", text) if set(analyze(m.group(0))) & qterms]

        def distance(span: tuple[int, int]) -> tuple[float, int]:
            if not anchors:
                return 0.0, -(span[1] - span[0])
            mid = (span[0] + span[1]) / 2
            return min(abs(mid - a) for a in anchors), -(span[1] - span[0])

        return min(spans, key=distance)

    # -- citations

    def _citations(
        self, result: SearchResult, k: int, quote: tuple[str, int, int, Hit] | None = None
    ) -> list[Citation]:
        citations: list[Citation] = []
        used: set[str] = set()
        hits = list(result.hits)
        if quote is not None:
            doc_id, start, end, hit = quote
            hits.remove(hit)
            hits.insert(0, hit)
        for hit in hits:
            if len(citations) >= k or hit.chunk.chunk_id in used:
                continue
            used.add(hit.chunk.chunk_id)
            c = hit.chunk
            doc = hit.document
            src = doc.source_span(c.start, c.end)
            citation = Citation(
                number=len(citations) + 1, doc_id=doc.doc_id, title=doc.title, author=doc.author,
                date=doc.date, source_path=doc.path, paragraph=c.paragraph, start=c.start, end=c.end,
                source_start=src[0], source_end=src[1], score=round(hit.score, 4), passage=c.text,
            )
            if quote is not None and not citations:
                _, q_start, q_end, _ = quote
                citation.start, citation.end = min(c.start, q_start), max(c.end, q_end)
                citation.passage = doc.text[citation.start : citation.end]
                citation.paragraph = doc.paragraph_at(q_start).number
                citation.source_start, citation.source_end = doc.source_span(citation.start, citation.end)
                citation.quote_start = q_start - citation.start
                citation.quote_end = q_end - citation.start
            citations.append(citation)
        return citations

    def _abstain(
        self, question: str, lang: str, qtype: str, scope: str, result: SearchResult, k: int,
        confidence: float, signals: dict[str, float],
    ) -> Answer:
        return Answer(
            question=question, lang=lang, text="", highlight="", highlight_start=0, highlight_end=0,
            doc_id="", start=0, end=0, source_start=0, source_end=0, paragraph=0,
            confidence=confidence, abstained=True, message=MESSAGES[lang]["abstain"], qtype=qtype,
            scope=scope, citations=self._citations(result, k), signals=signals,
        )


def confidence_from(signals: dict[str, float], lang: str = "fr") -> float:
    c = CONFIDENCE_COEF[lang]
    z = c["bias"] + sum(c[name] * signals.get(name, 0.0) for name in c if name != "bias")
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))
