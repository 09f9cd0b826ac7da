"""From a search result to a verified, quoted answer with honest citations, or an abstention."""

from __future__ import annotations

import functools
import math
import re
import time

from qa.answer.candidates import (
    BYLINE,
    HEADLINE,
    Candidate,
    CandidateFinder,
    is_heading,
    quotes_opened,
    same_name,
)
from qa.answer.corroborate import Value, compare
from qa.answer.model import AnswerModel, load_model
from qa.answer.question import (
    RELATIONS,
    QuestionSpec,
    analyze_question,
    country_spellings,
    joins_known_names,
    person_names,
)
from qa.answer.records import Answer, Citation, Statement, messages
from qa.answer.spans import (
    change_spans,
    description_of,
    fact_span,
    nearest_span,
    question_options,
    rank_span,
    typed_spans,
    which_span,
)
from qa.answer.verify import violations
from qa.corpus import fold
from qa.facts import amount_measure, dates_of
from qa.retrieve import Filters, Hit, Retriever, SearchResult
from qa.text import analyze
from qa.words import QuestionWords

# A broad question's quote: the best sentence and up to this many following ones, within this length.
BROAD_EXTRA_SENTENCES = 5
BROAD_MAX_CHARS = 900
BROAD_BACK_SENTENCES = 2
SEARCH_DEPTH = 10
CHOICE_DEPTH = 10
QUOTATION_BACK = 3
_ATTRIBUTED = re.compile(
    r"\s*[»”\"]?\s*,?\s*(?:a|ont|avait)(?:-t-(?:il|elle)|-(?:ils|elles))?\s+(?:également\s+|encore\s+)?"
    r"(?:déclaré|dit|affirmé|ajouté|souligné|estimé|indiqué|précisé|assuré|expliqué)"
    r"|\s*[»”\"]?\s*,?\s*(?:selon|d'après)\b",
    re.IGNORECASE,
)
_YES_OR_NO = re.compile(r"(oui|non|yes|no)\b")
"""A candidate that satisfies the constraints is preferred to better-ranked ones that do not, among this many."""


_COMMON_NOUNS = frozenset({"etat", "etats", "pays", "region", "regions", "republique", "republiques", "nation",
                           "nations", "gouvernement", "ministere", "union", "organisation", "alliance"})


def _bare(phrase: str) -> str:
    """A name folded, without its article: "l'OCS" and "OCS" are one name."""
    return re.sub(r"^(?:(?:le|la|les|du|des|de|au|aux|the)\s+|[ld]')", "", fold(phrase).strip())


class Answerer:
    """Answers questions by quoting the corpus; holds a `Retriever` and the fitted model."""

    def __init__(self, retriever: Retriever, model: AnswerModel | None = None) -> None:
        self.retriever = retriever
        self.model = model or load_model()
        self.finder = CandidateFinder(retriever.index, retriever.idf, retriever.max_idf, retriever.spelled)
        self.vocabulary: dict[str, str] = retriever.index.entities["vocabulary"]
        words = retriever.index.words
        self.question_words = QuestionWords(retriever.encoder, words) if words is not None else None

    @property
    def index(self):
        return self.retriever.index

    def ask(self, question: str, k: int = 5, filters: Filters | None = None) -> Answer:
        started = time.perf_counter()
        result = self.search(question, k, filters)
        answer = self.answer_from(result, k)
        answer.latency_ms = (time.perf_counter() - started) * 1000
        return answer

    def search(self, question: str, k: int = 5, filters: Filters | None = None) -> SearchResult:
        """The passages an answer is chosen from: `qa eval` and the fitting script answer from the
        same search as `ask`, or they would measure another product."""
        authored = self.authored_by(question) if filters is None or not filters.active else ()
        if authored:  # "Kolesnyk says Moscow wants …": the question names the writer, so it asks about his writing
            filters = Filters(doc_ids=authored)
        return self.retriever.search(question, k=max(k, SEARCH_DEPTH), filters=filters, also=country_spellings(question))

    def authored_by(self, question: str) -> tuple[str, ...]:
        """The documents whose author the question names by a surname ("selon Kolesnyk")."""
        named = self.author_docs.keys() & set(re.findall(r"[\w-]+", fold(question)))
        return tuple(dict.fromkeys(doc_id for word in sorted(named) for doc_id in self.author_docs[word]))

    # -- analysis, shared with benchmarks/calibrate.py

    def analyze(self, question: str) -> QuestionSpec:
        spec = analyze_question(question, self.vocabulary)
        vocab = self.index.lexicon.vocab
        surface = {fold(w): w for w in re.findall(r"[\w-]+", question)}  # "Amitié" stems unlike "amitie"
        in_text = [n for n in spec.unknown_names if any(t in vocab for t in (*analyze(n), *analyze(surface.get(n, n))))]
        # A compound name the tagger missed ("«Kamaz-Engineering»") is still a name the quote must give.
        # "la relation Astana-Moscou", "papier Michoustine-Almaty" join names the corpus has: no name to give.
        compound = [n for n in in_text if re.search(r"\w-\w|\d", n) and n not in spec.things
                    and not joins_known_names(n, self.vocabulary)]
        spec.things += compound
        spec.entities += [n for n in compound if n not in spec.entities]
        spec.unknown_names = [n for n in spec.unknown_names if n not in in_text and n not in self.author_words]
        # "… selon Kolesnyk": the writer of an article, named in its byline, is not a name its quote must give.
        spec.entities = [e for e in spec.entities if not set(e.split()) <= self.author_words]
        spec.people = [p for p in spec.people if not set(p.split()) <= self.author_words]
        if spec.cost_of and spec.lang != "fr" and spec.cost_of[0] not in vocab:
            # "How much did the upgrade cost?": an English word the French text never has, so no check (a
            # French one it never has, "les polygones", is what no quote is about).
            spec.cost_of = []
        if spec.qtype == "say" and spec.lang == "ru" and not spec.speaker and not spec.people and len(spec.unknown_names) == 1:
            spec.speaker = spec.unknown_names[0]  # "Что сказал Токаев …": a speaker the corpus never quotes
        return spec

    @functools.cached_property
    def author_docs(self) -> dict[str, tuple[str, ...]]:
        """Each word of a document's author (three letters or more, folded) and the documents it signs:
        built once, not per question."""
        docs: dict[str, list[str]] = {}
        for info in self.index.documents.infos:
            for w in dict.fromkeys(fold(info.author).split()):
                if len(w) > 2:
                    docs.setdefault(w, []).append(info.doc_id)
        return {w: tuple(ids) for w, ids in docs.items()}

    @functools.cached_property
    def author_words(self) -> frozenset[str]:
        """The words of the documents' authors: "selon Kolesnyk" names the writer of an article,
        a name its text never repeats."""
        return frozenset(self.author_docs)

    def candidates(self, result: SearchResult) -> tuple[QuestionSpec, list[Candidate]]:
        """Every candidate quote with its features, ranked best first."""
        spec = self.analyze(result.query)
        # An English or Russian question's words, to find the French words they mean; a French
        # question shares its words' spelling with the text, and does not pay for encoding them.
        words = (self.question_words.translations(result.query)
                 if spec.lang != "fr" and self.question_words is not None else None)
        cands = self.finder.find(result, spec, words)
        for c in cands:
            c.score = self.model.ranker.logit(c.features)
        if cands:
            top = max(c.score for c in cands)
            total = sum(math.exp(c.score - top) for c in cands)
            for c in cands:
                c.probability = math.exp(c.score - top) / total
        cands.sort(key=lambda c: -c.score)
        return spec, cands

    @staticmethod
    def choose(cands: list[Candidate]) -> Candidate:
        """The best-ranked candidate that satisfies the question's constraints, else the best one.

        Closeness ranks the candidates; verification decides between close ones: the sentence
        that names 1994 beats a closer one that names 2013 when the question says 1994, and the
        sentence that defines the term asked beats a closer one that only uses it.
        """
        valid = [c for c in cands[:CHOICE_DEPTH] if not c.features["violated"]]
        # "Qu'est-ce que X ?": the sentence where X is the subject of "est", "désigne", "permet" …
        most = max((c.features.get("defines", 0.0) for c in valid), default=0.0)
        defining = [c for c in valid if most and c.features.get("defines") == most]
        return (defining or valid or cands)[0]

    @staticmethod
    def confidence_features(
        spec: QuestionSpec, result: SearchResult, cands: list[Candidate], best: Candidate
    ) -> dict[str, float]:
        rows = set(range(best.first, best.last + 1))
        second = next((c.score for c in cands if c is not best and not rows & set(range(c.first, c.last + 1))),
                      best.score - 5)
        f = dict(best.features)
        coverage = float(result.coverage)
        if spec.lang != "fr":
            # Stemmed French overlap means little for English or Russian words; spelling overlap does.
            f["lexical"] = coverage = f["fuzzy"]
        return {
            "rank_p": best.probability,
            "rank_margin": min(best.score - second, 5.0),
            # The ranker's share for this quote among the ones that break no constraint: closer
            # quotes that answer something else do not make the one that answers less likely.
            "valid_p": best.probability / (sum(c.probability for c in cands[:CHOICE_DEPTH]
                                               if not c.features["violated"]) or best.probability or 1.0),
            "valid_margin": min(best.score - next((c.score for c in cands[:CHOICE_DEPTH] if c is not best
                                                   and not rows & set(range(c.first, c.last + 1))
                                                   and not c.features["violated"]), best.score - 5), 5.0),
            "top_dense": float(result.hits[0].dense_score) if result.hits else 0.0,
            "coverage": coverage,
            # A French question none of whose words the corpus has ("la recette de la ratatouille"):
            # its quote can only be a guess from closeness.
            "nothing_shared_fr": float(spec.lang == "fr" and result.coverage == 0.0),
            "dates_asked": float(bool(spec.dates)),
            "unknown_names": float(bool(spec.unknown_names)),
            # A French question's capitalised words are names; an English one's are often not ("Treaty").
            "unknown_names_fr": float(bool(spec.unknown_names) and spec.lang == "fr"),
            # "What did Tokayev say …?": a person the corpus never names is a near-miss in any language.
            "unknown_person": float(bool(person_names(spec.text, spec.unknown_names))),
            "lang_en": float(spec.lang == "en"),
            "lang_ru": float(spec.lang == "ru"),
            "scope_fact": float(spec.scope == "fact"),
            "valid_share": sum(not c.features["violated"] for c in cands[:CHOICE_DEPTH]) / min(len(cands), CHOICE_DEPTH),
            "rank_p_nonfr": best.probability * (spec.lang != "fr"),
            "top_dense_nonfr": (float(result.hits[0].dense_score) if result.hits else 0.0) * (spec.lang != "fr"),
            **{k: f[k] for k in ("type_ok", "type_free", "date_match", "date_conflict", "entity_miss",
                                 "say_ok", "say_miss", "local", "lexical", "role_match", "role_conflict",
                                 "expanded", "fuzzy", "verb_match", "date_partial", "unit_match",
                                 "unit_conflict", "entity_near", "date_absent", "content", "defines",
                                 "relation_match", "relation_miss", "title_miss", "kind_miss")},
        }

    # -- the answer

    def answer_from(self, result: SearchResult, k: int = 5, force: bool = False) -> Answer:
        """The answer for a search result; `force` quotes the best candidate even when unsure."""
        spec, cands = self.candidates(result)
        if not cands or not spec.terms:
            # Nothing to match (or only function words: "for to des an dans par"): nothing to verify.
            return self._abstain(spec, result, k, 0.0, {}, [])
        best = self.choose(cands)
        signals = self.confidence_features(spec, result, cands, best)
        unmet = violations(best.features)
        signals["violations"] = float(len(unmet))
        confidence = self.model.violation_confidence if unmet else self.model.confidence_of(signals)
        if confidence < self.model.abstain_below and not force:
            # Say what the closest quote lacked, even when a farther one was weighed and declined too.
            return self._abstain(spec, result, k, confidence, signals, unmet or violations(cands[0].features))

        signals["model_confidence"] = confidence
        confidence = self.model.shown(confidence)
        doc = best.hit.document
        first, last = self._extend(best, spec)
        sents = self.index.sentences
        start, end = sents[first].start, sents[last].end
        text = doc.text[start:end]
        h_start, h_end = self._highlight(text, first, last, spec)
        if (h_start, h_end) == (0, len(text)) and (first, last) != (best.first, best.last):
            # A quote extended for context: the sentence that answered is the one marked (with the
            # "Oui." or "Non." that opens a yes/no answer).
            opening = first if spec.scope == "yesno" else best.first
            h_start, h_end = sents[min(opening, best.first)].start - start, sents[best.last].end - start
        while h_end > h_start and text[h_end - 1].isspace():  # "… avec la Russie\xa0»": not the space before »
            h_end -= 1
        src_start, src_end = doc.source_span(start, end)
        citations = self._citations(result, k, best, [c for c in cands if c is not best], (start, end),
                                    text[h_start:h_end], spec)
        _, agreeing, disagreeing = compare(best, cands, spec, self.finder._annotations)
        conflicts = [self._statement(c, v) for c, v in disagreeing]
        corroborations = [self._statement(c, v) for c, v in agreeing]
        if conflicts:
            # Shown with the differing quotes; its confidence is shared with the sources that disagree.
            signals["sources_disagree"] = float(len(conflicts))
            signals["confidence_alone"] = confidence
            confidence *= (1 + len(corroborations)) / (1 + len(corroborations) + len(conflicts))
        return Answer(
            question=result.query, lang=spec.lang, text=text, highlight=text[h_start:h_end],
            highlight_start=h_start, highlight_end=h_end, doc_id=doc.doc_id, start=start, end=end,
            source_start=src_start, source_end=src_end, paragraph=doc.paragraph_at(sents[best.row].start).number,
            confidence=round(confidence, 4), abstained=False, message="", qtype=spec.qtype, scope=spec.scope,
            citations=citations, passages=self._passages(result, k), signals=signals,
            constraints=_constraints(spec, unmet), conflicts=conflicts, corroborations=corroborations,
        )

    def _statement(self, c: Candidate, value: Value) -> Statement:
        doc = c.hit.document
        sents = self.index.sentences
        start, end = sents[c.first].start, sents[c.last].end
        return Statement(
            text=doc.text[start:end], doc_id=doc.doc_id, title=doc.title, date=doc.date,
            paragraph=doc.paragraph_at(sents[c.row].start).number, start=start, end=end,
            value=value.raw, value_start=value.start, value_end=value.end,
        )

    def _extend(self, best: Candidate, spec: QuestionSpec) -> tuple[int, int]:
        """Add neighbouring sentences when they carry what the best one lacks (max 3).

        A fact missing from the best sentence may sit next to it; a list follows its colon; a broad
        question's answer, or a document's lead quoted for an untyped question (an FAQ's summary, a
        news lead), runs on over the following sentences of the paragraph, or over the following
        lines in pages written one sentence per line.
        """
        sents = self.index.sentences
        first, last = best.first, best.last
        if spec.headline:
            return first, last  # the headline alone, not the byline below it
        row = last
        same = self.finder.same_para
        first = self._quotation_start(first)
        if sents[row].text.rstrip().endswith(":") and same(row, row + 1):
            last = row + 1
        if spec.qtype not in ("other",) and not best.spans:
            for r in (first - 1, last + 1):
                if same(best.row, r) and typed_spans(sents[r].text, self.index.annotations[r], spec.qtype, spec.text):
                    first, last = min(first, r), max(last, r)
                    break
        if (spec.scope == "yesno" and self.finder.same_doc(first, first - 1)
                and _YES_OR_NO.match(fold(sents[first - 1].text))):
            first -= 1  # "Oui." / "Non, si vous exercez à titre individuel." opens the answer
        if first == last and len(sents[row].text) < 40 and same(row, row + 1):
            last = row + 1
        one_line = not same(row, row - 1) and not same(row, row + 1)
        lead = spec.qtype == "other" and self.finder.body_rank(row) == 0
        single = first == last
        if (spec.scope != "fact" or lead) and first == last and not (spec.qtype != "other" and best.spans):
            length = len(sents[row].text)
            for r in range(row + 1, row + 1 + BROAD_EXTRA_SENTENCES):
                nxt = sents[r] if r < len(sents) else None
                if (nxt is None or nxt.doc_id != sents[row].doc_id or is_heading(nxt.text)
                        or nxt.text.rstrip().endswith("?") or not (same(row, r) or one_line)):
                    break
                length += len(nxt.text)
                if length > BROAD_MAX_CHARS:
                    break
                last = r
        if spec.scope == "broad" and spec.qtype == "other" and single and not spec.defines:
            # A broad answer begins where its paragraph does, when that is a sentence or two before
            # (not a definition: it begins with the sentence that defines).
            back = self.finder.paragraph_start(row, BROAD_BACK_SENTENCES)
            if not same(row, back - 1) and not any(is_heading(sents[r].text) for r in range(back, row)):
                first = back
        return first, last

    def _quotation_start(self, row: int) -> int:
        """The sentence that opens a quotation `row` closes ("“Je pense que … ailleurs. De toute
        évidence, … ”, a déclaré Max Hess"): half a quotation is never quoted as the whole."""
        sents = self.index.sentences
        depth = -quotes_opened(sents[row].text)
        r = row
        while depth > 0 and r > row - QUOTATION_BACK and self.finder.same_para(row, r - 1):
            r -= 1
            depth -= quotes_opened(sents[r].text)
        return r if depth <= 0 else row

    def _highlight(self, text: str, first: int, last: int, spec: QuestionSpec) -> tuple[int, int]:
        """The answering span: the typed fact nearest the question's words; for an untyped question
        with a date ("quel accord… en janvier 2013 ?"), the list item that carries that date."""
        ann = self.finder._annotations(first, last)
        sents = self.index.sentences
        # Never highlight inside a question line or heading quoted as context.
        skip = [(sents[r].start - sents[first].start, sents[r].end - sents[first].start)
                for r in range(first, last + 1) if is_heading(sents[r].text)]
        if spec.described:
            # "Qui est Max Hess ?": what the text says he is, in apposition to his name.
            said = description_of(text, spec.described)
            if said:
                return said
        credit = BYLINE.match(text) if spec.byline else None
        if credit:  # "[Edited by Nathalie Weatherald]": the name
            return credit.span(1)
        headline = HEADLINE.match(text) if spec.headline else None
        if headline:  # "title: La Russie impose …": the headline, not the field's name
            return headline.span("value")
        ranked = rank_span(text, spec.text) if spec.qtype in ("other", "number") else None
        if ranked:  # "Quelle place …": the rank, not the whole sentence about the ranking
            return ranked
        spans = [sp for sp in typed_spans(text, ann, spec.qtype, spec.text)
                 if not any(a <= sp[0] < b for a, b in skip)]
        if spec.qtype in ("who", "where", "name") and spec.entities and not question_options(spec.text):
            # "Où opère la structure de l'Organisation de Shanghai ?": "au sein de l'OCS" restates the
            # name asked, by its acronym; "depuis Tachkent" answers.
            asked = {_bare(n) for e in spec.entities for n in (e, *self.finder.alias.get(e, ()))}
            spans = [(a, b) for a, b in spans if _bare(text[a:b]) not in asked] or spans
        if spec.qtype in ("who", "where"):
            # "des États membres": a tagger's place that is a common noun names no place or body.
            spans = [(a, b) for a, b in spans if _bare(text[a:b]) not in _COMMON_NOUNS] or spans
        if spec.measure:  # "combien a coûté …": the amount in dollars, not the length beside it
            measured = {(a, b) for a, b, v in ann.get("amounts", []) if amount_measure(v) == spec.measure}
            spans = [sp for sp in spans if sp in measured] or spans
        if spec.qtype == "number":
            spans = change_spans(text, spans, spec.text) or spans
        if spec.qtype == "say":
            # The quotation attributed to a speaker (“…”, a déclaré X), not a title quoted beside it.
            attributed = [sp for sp in spans if _ATTRIBUTED.match(text, sp[1])]
            by_speaker = [sp for sp in attributed
                          if spec.speaker and same_name(spec.speaker, fold(text[sp[1] : sp[1] + 60]))]
            spans = by_speaker or attributed or spans
            # "À quoi a-t-il exhorté …": the object of that verb, not another quotation beside it.
            asked_verb = [sp for sp in spans if spec.speech_verbs
                          and any(v in fold(text[max(0, sp[0] - 250) : sp[0]]) for v in spec.speech_verbs)]
            spans = asked_verb or spans
        given = [(a, b) for a, b, value in ann["dates"]
                 if any(q.matches(d) for q in spec.dates for d in dates_of([value]))]
        if spans and spec.qtype == "number" and given and len(spans) > 1:
            # "… in 2021?": of "23,6 milliards en 2022 … (22,1 milliards) l'année précédente", the
            # amount stated beside the asked year.
            return min(spans, key=lambda sp: min(abs(sp[0] - b) if sp[0] >= b else abs(a - sp[1]) for a, b in given))
        if spans and spec.qtype in ("date", "number") and len(spans) > 1:
            return fact_span(text, spans, spec.text, spec.relations, given)
        if spec.qtype == "where" and spec.relations and len(spans) > 1:
            # "… stopped in which country …?" and "… la Russie …, Poutine est au Kazakhstan …, après la visite
            # du président français … chez son voisin l'Ouzbékistan": a place after the relation stated.
            folded = fold(text)
            stated = [m.end() for name in spec.relations for m in RELATIONS[name][1].finditer(folded)]
            spans = [sp for sp in spans if stated and sp[0] >= min(stated)] or spans
        if spans:
            return nearest_span(text, spans, spec.text)
        if spec.dates:
            for a, b, value in ann["dates"]:
                if any(q.matches(d) for q in spec.dates for d in dates_of([value])):
                    others = [e for _, e, _ in ann["dates"] if e <= a]
                    item = item_around(text, a, b, others)
                    # "En 2009, … la Force Collective de Réaction Rapide fut créée": no list item
                    # around the date, only the date the question gave; the name asked is elsewhere.
                    if item[1] - item[0] > b - a + 6:
                        return item
                    break
        if spec.qtype == "other" and spec.scope == "fact":
            named = which_span(text, ann, spec.text)
            if named and not any(a <= named[0] < b for a, b in skip):
                return named
        return 0, len(text)

    # -- citations and passages

    def _citation(self, number: int, hit: Hit, start: int, end: int, quote: tuple[int, int] | None) -> Citation:
        doc = hit.document
        if quote is not None:
            start, end = min(start, quote[0]), max(end, quote[1])
        src = doc.source_span(start, end)
        at = quote[0] if quote is not None else start
        c = Citation(
            number=number, doc_id=doc.doc_id, title=doc.title, author=doc.author, date=doc.date,
            source_path=doc.path, paragraph=doc.paragraph_at(at).number, start=start, end=end,
            source_start=src[0], source_end=src[1], score=round(hit.score, 4), passage=doc.text[start:end],
            page=doc.page_at(at), section=doc.section_at(at),
        )
        if quote is not None:
            c.quote_start, c.quote_end = quote[0] - start, quote[1] - start
        return c

    def _citations(
        self, result: SearchResult, k: int, best: Candidate, cands: list[Candidate], quote: tuple[int, int],
        highlight: str, spec: QuestionSpec,
    ) -> list[Citation]:
        """[1] the quoted passage; then other paragraphs that state the same fact, one each."""
        sents = self.index.sentences
        hit = best.hit
        out = [self._citation(1, hit, hit.chunk.start, hit.chunk.end, quote)]
        seen = {(best.hit.document.doc_id, out[0].paragraph)}
        typed = bool(best.spans) and spec.qtype != "other" and highlight
        fact = fold(highlight) if typed else ""
        for c in cands:
            if len(out) >= k:
                break
            doc = c.hit.document
            key = (doc.doc_id, doc.paragraph_at(sents[c.first].start).number)
            if key in seen:
                continue
            supports = (fact and fact in fold(c.text)) if typed else (
                c.probability >= self.model.abstain_below and not c.features["date_conflict"]
                and not c.features["entity_miss"] and (c.features["type_ok"] or c.features["type_free"]))
            if not supports:
                continue
            seen.add(key)
            q = (sents[c.first].start, sents[c.last].end)
            out.append(self._citation(len(out) + 1, c.hit, c.hit.chunk.start, c.hit.chunk.end, q))
        return out

    def _passages(self, result: SearchResult, k: int) -> list[Citation]:
        """The closest passages, one per document paragraph (overlapping chunks merged), best first."""
        merged: dict[tuple[str, int], list] = {}
        for hit in result.hits:
            key = (hit.document.doc_id, hit.chunk.paragraph)
            if key in merged:
                entry = merged[key]
                entry[1], entry[2] = min(entry[1], hit.chunk.start), max(entry[2], hit.chunk.end)
            elif len(merged) < k:
                merged[key] = [hit, hit.chunk.start, hit.chunk.end]
        return [self._citation(i, hit, a, b, None) for i, (hit, a, b) in enumerate(merged.values(), 1)]

    def _abstain(
        self, spec: QuestionSpec, result: SearchResult, k: int, confidence: float, signals: dict[str, float],
        unmet: list[str],
    ) -> Answer:
        return Answer(
            question=result.query, lang=spec.lang, text="", highlight="", highlight_start=0, highlight_end=0,
            doc_id="", start=0, end=0, source_start=0, source_end=0, paragraph=0,
            confidence=round(confidence, 4), abstained=True, message=messages(spec.lang)["abstain"],
            qtype=spec.qtype, scope=spec.scope, citations=[], passages=self._passages(result, k),
            signals=signals, constraints=_constraints(spec, unmet),
        )


def _separators(text: str, marks: str) -> list[int]:
    """Where an item ends: a comma or point inside a number ("23,6 milliards") separates nothing."""
    return [m.start() for m in re.finditer(f"[{re.escape(marks)}]", text)
            if not (0 < m.start() < len(text) - 1 and text[m.start() - 1].isdigit() and text[m.start() + 1].isdigit())]


def item_around(text: str, a: int, b: int, other_ends: list[int] | None = None) -> tuple[int, int]:
    """The enumeration item or clause holding text[a:b]: between commas, semicolons or a colon, or
    after an "et" when the item before it carries a date of its own."""
    left = max((i for i in _separators(text, ",;:") if i < a), default=-1)
    start = left + 1 if left >= 0 else 0
    crossed = [e for e in (other_ends or []) if start < e <= a]
    if crossed:
        joins = [m.start() for m in re.finditer(r"\s(?:et|and)\s", text[max(crossed) : a])]
        if joins:
            start = max(crossed) + joins[-1] + 1
    while start < a and text[start].isspace():
        start += 1
    if text.startswith(("et ", "and "), start):
        start = text.index(" ", start) + 1
    end = min((i for i in _separators(text, ",;.") if i >= b), default=len(text))
    if text[b:end].strip().startswith(")"):
        end = text.find(")", b) + 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _constraints(spec: QuestionSpec, unmet: list[str]) -> dict[str, list[str]]:
    """What the question was understood to require, and what the best quote failed, shown so a user
    can check it."""
    out: dict[str, list[str]] = {"type": [spec.qtype]}
    if unmet:
        out["unmet"] = unmet
    if spec.dates:
        out["dates"] = [d.key().replace("????", "") for d in spec.dates]
    if spec.entities:
        out["entities"] = spec.entities
    if spec.speaker:
        out["speaker"] = [spec.speaker]
    if spec.unknown_names:
        out["not_in_corpus"] = spec.unknown_names
    return out
