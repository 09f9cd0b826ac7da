"""Candidate quotes and their features: how close each is to the question, and whether it
satisfies what the question asks.

A candidate is one sentence from the best passages, or a sentence with its neighbour when one
points back to the other ("Il consiste à…", "La même année, …", a list after a colon). Closeness
features (dense and lexical similarity, phrase match, retrieval rank, lead position) say a quote is
*about* the question; verification features say it *answers* it: the expected type is present
(a date for "quand", a person for "qui", an enumeration for "quels pays", a causal clause for
"pourquoi", a statement for "qu'a déclaré X"), the question's dates match (1994 is not 1992),
its named entities are there, X is the speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import numpy as np

from qa.answer.question import (
    ACRONYM_SPELLED_OUT,
    ACRONYMS,
    CAPITALS,
    NATIONALITIES,
    NATIONALS,
    NEGATED,
    PERSON_HEADS,
    PORTFOLIOS,
    REGIONS,
    RELATION_OPPOSITES,
    RELATIONS,
    RICH_IN_ASKED,
    ROLE_CLASSES,
    ROLE_COUNTS,
    ROLE_WORDS,
    QuestionSpec,
    actor_before,
    chambers_in,
    countries_in,
    country_forms,
    currency_of,
    described_nationalities,
    located_in,
    parties_between,
    role_nationalities,
    subject_phrases,
)
from qa.answer.spans import (
    COUNTRY_HEADS,
    COUNTS_NAMES,
    SPEECH,
    UNIONS,
    WRITTEN_BY,
    answering_amounts,
    asks_change,
    asks_rank,
    description_of,
    enumerations,
    is_statement,
    local_coverage,
    nearest_span,
    of_another_country,
    rank_span,
    stated_as_change,
    typed_spans,
    which_head,
    which_span,
    worded_amount,
)
from qa.answer.verify import violations
from qa.chunking import Chunk
from qa.corpus import fold
from qa.entities import LINK_WORDS
from qa.facts import (
    GROWTH,
    MEASURES,
    PEOPLE_COUNTED,
    DateValue,
    amount_measure,
    counted_alike,
    dates_of,
    month_ranges,
    parse_date,
)
from qa.index import Index
from qa.retrieve import Hit, SearchResult
from qa.text import analyze, latin_spellings, near_spelling, skeleton, transliterate
from qa.words import content_words

_BLOCS_STATED = {bloc: re.compile(rf"\b(?:{'|'.join(acronyms)})\b|{ACRONYM_SPELLED_OUT[bloc]}") for bloc, acronyms in [
    ("otsc", ("otsc",)), ("ocs", ("ocs",)), ("cei", ("cei",)), ("uee", ("uee", "eaeu")),
]}
"""The region's blocs as the French text names them, by acronym or in full."""

CANDIDATE_PASSAGES = 5
YESNO_EXTRA_PASSAGES = 3
"""A yes or no to a detail often sits in a passage the search ranks below the fifth: yes/no questions weigh
three more. Measured on the dev sets with the model fixed: one answer gained, one wrong answer declined, none lost."""
CLOSING_SENTENCES = 3
"""How many last sentences of an article "at the bottom of the article" reads: a note, a credit, a source."""

_UNDOING = ("cancel", "abandon", "protest", "cease", "refuse", "remain", "prevent")
"""Relations that act on another one the question also names ("renoncé à la location", "call off the visit",
"protesté contre la fermeture", "refused to sign", "reste louée", "empêché de venir"): the quote must state them, not only
what they act on."""
_MEMBERS_AS_RECIPIENTS = re.compile(r"\b(?:to|for|among|with|between|aux|pour|parmi|avec|entre) (?:the |les |its |their |ses |leurs )?"
                                    r"(?:fellow |other |autres )?(?:members?|membres)\b")
"""Members named as whom something goes to ("Russia's offer to fellow members", "among the member states"):
membership is not what is asked."""
_EVENTS = ("leave", "join", "expel", "appoint", "die", "boycott", "delay", "model", "delegate")
"""Relations that are the fact asked whatever else the question names ("How many members have left?",
"Why did Kazakhstan leave the CIS before Putin's visit?", "По образцу чего создан …?", "Сколько стран-членов
прислали делегации?"): a quote stating only membership, the visit or the founding does not answer."""

_WHO_THEN_VERB = re.compile(r"(?:^|[:;,]\s*|\s[—–]\s*)(?:who|whose|qui|кто)\s+"
                            r"(?:(?:will|would|did|does|is|was|has|had|now|currently|a|ont|avait|avaient|va|vont|doit)\s+)?")
"""A who-question's own verb follows its "who" (or its next word: "кто поставил подпись"): in "The rapid force created
in 2009: who commands it?" the commanding is asked, the creation only says which force."""


def _asked_after_who(asked: str, relations: Sequence[str]) -> list[str]:
    who = _WHO_THEN_VERB.search(asked)
    if not who:
        return []
    found = [(verb.start(), r) for r in relations if (verb := RELATIONS[r][0].search(asked, who.end()))
             and re.fullmatch(r"(?:\S+\s+)?", asked[who.end() : verb.start()])]
    # "Кто руководил закрытым торгпредством?": the verb asked comes first, the next word only says which mission.
    first = min((start for start, _ in found), default=None)
    return [r for start, r in found if start == first]


_SAID_BY_SOMEONE = frozenset(analyze(
    " ".join(sorted(PERSON_HEADS)) + " " + " ".join(sorted(set(ROLE_WORDS.values())))
    + " a déclaré dit affirmé ajouté annoncé estimé souligné indiqué expliqué selon"))
"""Words that only say who speaks ("Le Premier ministre russe a déclaré que …"): no content of their own."""


def _echoes(spec: QuestionSpec, quote_terms: set[str]) -> bool:
    """Whether a French quote only says back what the question says, and who says it: "Quelle est la bonne offre
    russe pour les pays de l'UEE ?" and "… a déclaré que son pays avait une bonne offre pour les pays de l'UEE."
    names the offer asked, never what it is."""
    return (spec.lang == "fr" and spec.qtype == "other" and spec.scope == "fact" and not spec.defines
            and not spec.described and bool(quote_terms) and quote_terms - set(spec.terms) <= _SAID_BY_SOMEONE)


def _spelled_out(name: str, question: str, folded_quote: str) -> bool:
    """Whether an acronym of the question ("TIC") is spelled out in the quote by its words' initials."""
    if not 2 <= len(name) <= 5 or not re.search(rf"\b{re.escape(name.upper())}\b", question):
        return False
    words = [w for w in re.findall(r"[a-z]+", folded_quote) if w not in LINK_WORDS]
    return any("".join(w[0] for w in words[i : i + len(name)]) == name for i in range(len(words) - len(name) + 1))


def _initials_in(title: str, text: str) -> bool:
    """Whether a name the question spells out ("Deutsche Welle") stands in the quote as its initials ("DW")."""
    initials = "".join(w[0] for w in title.split() if w not in LINK_WORDS).upper()
    return 2 <= len(initials) <= 5 and bool(re.search(rf"\b{re.escape(initials)}\b", text))


_ANAPHOR = re.compile(
    r"^(?:il|elle|ils|elles|ce|cet|cette|ces|ses|son|sa|leur|leurs|celui-ci|celle-ci|la même année|"
    r"le même jour|dans le même temps|en outre|de plus|it|they|this|these|its|their)\b",
    re.IGNORECASE,
)
_SUBJECT_PRONOUN = re.compile(r"^(?:il|elle|ils|elles|he|she|they)\b", re.IGNORECASE)
"""A sentence whose doer is the person named before ("Il a proposé …"); "Cet accord …" points back to a thing."""
_POINTS_BACK = re.compile(r"\b(?:ces|cette|cet|these|this)\s+(?!année|semaine|fois|époque|year|week|time)\w{4,}",
                          re.IGNORECASE)
"""A demonstrative inside the next sentence names what this one is about: "… de grandes entreprises …
Le Kazakhstan et la Russie … envisagent de passer de nouvelles commandes auprès de ces entreprises"."""
_TYPE_GROUPS = {
    "type_ok_list": ("list",), "type_ok_say": ("say",), "type_ok_reason": ("reason",),
    "type_ok_entity": ("who", "where", "name"), "type_ok_value": ("date", "number"),
}
_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")
_GENERIC_SUBJECTS = frozenset({"system", "creation", "programm", "projet"})
_CLASSIFIES = re.compile(r"\b(?:est|sont|etait|etaient|n'est|ne sont|n'etait|reste|restent|demeure|constitue|represente)"
                         r"\s+(?:pas\s+|plus\s+|donc\s+|toujours\s+|aussi\s+)?(?:une?|des|l'une?|l'un des|l'une des|un des|une des)\b"
                         r"|\b(?:apparaitre|passer pour|(?:vue?s?|percue?s?|consideree?s?|qualifiee?s?|decrite?s?) comme)\b")
"""A quote saying what kind of thing its subject is ("n'est pas une organisation politico-militaire", "ne veut pas
apparaître comme un briseur de sanctions")."""

HEADLINE = re.compile(r"^\W*title\s*:\s*[\"']?(?P<value>[^\"'\n]{2,300}?)[\"']?\s*$", re.IGNORECASE)
"""The front matter's "title:" line, kept above the article: its value is the headline."""
BYLINE = re.compile(r"^\W*(?:par|by|edited by|written by|reported by|propos recueillis par|[ée]crit par|"
                     r"r[ée]dig[ée] par|auteure?\s*:|author\s*:)\s+[\"'“«]?\s*"
                     r"((?-i:[A-ZÀ-ÖØ-Þ][\w.'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}))", re.IGNORECASE)
DATELINE = re.compile(r"^\W*date(?:\s*:\s*[\"']?(?P<value>[^\"'\n]{4,60}?)[\"']?|\s+(?P<iso>\d{4}-\d{2}(?:-\d{2})?))\s*$", re.IGNORECASE)
"""The date printed above an article ("date: 2021-09-22", "date 2023-11"), kept as a line of its text."""
_YESNO_ANSWER = re.compile(r"(oui|non|yes|no)\b")
_BARE_YESNO = re.compile(r"\W*(?:oui|non|yes|no)\W*")

FEATURES = (
    "dense", "dense_gap", "lexical", "phrase", "retrieval", "heading", "lead", "yesno_open", "pair",
    "type_ok", "type_free", "date_match", "date_partial", "date_conflict", "entity_miss", "say_ok", "say_miss",
    "local", "first_in_pair", "expanded", "role_match", "role_conflict", "role_absent", "verb_match", "fuzzy",
    "dense_gap_nonfr", "type_ok_list", "type_ok_say", "type_ok_reason", "type_ok_entity", "type_ok_value",
    "retrieval_nonfr", "unit_match", "unit_conflict", "entity_near", "date_absent", "content", "defines",
    "relation_match", "relation_miss", "title_miss", "location_swap", "person_miss", "measured_miss",
    "lead_yesno", "violated", "name_miss", "lead_long", "lead_yesno_long", "kind_ok", "fuzzy_nonfr", "rarest",
    "rarest_yesno", "near_words_nonfr",
)
_PART_OF_YEAR = re.compile(r"\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
                           r"decembre|trimestre|semestre|premier semestre|meme periode|january|february|march|april|"
                           r"june|july|august|september|october|november|december|quarter|half)\b")
EXPAND_DOCUMENTS = 3
"""For fact questions, typed sentences of the best documents are candidates even outside the best
passages: the sentence listing the six CSTO members is in the right article, not the right chunk."""
QUOTATION_SENTENCES = 3
PARAGRAPH_CONTEXT = 3
"""Sentences of the paragraph before a candidate whose names count as its topic."""
SPEAKER_CONTEXT = 4
"""How far back a pronoun speaker ("a-t-il déclaré") is looked for its person."""
RARE_NAME_ROWS = 3
"""A name the question gives that the retrieved documents state in at most this many sentences
brings those sentences in as candidates: "Quel est le rôle de Timour Dandybaiev ?" must see the one
sentence that names him, wherever its chunk ranked."""
ROLE_DOCUMENTS = 3
"""At most this many documents the search missed are searched for the holder of a role asked."""
_ROLE_NOUNS = frozenset({
    "ministre", "president", "presidente", "porte-parole", "ambassadeur", "ambassadrice", "chancelier", "gouverneur",
    "maire", "directeur", "directrice", "secretaire", "commandant", "chef", "chercheur", "dirigeant", "conseiller",
})
_ROLE_NOUN_FORMS = tuple(_ROLE_NOUNS)
"""The same, as the key `_word_in` caches its pattern under (built once, not for every span)."""


def _names_day(span: str) -> bool:
    """Whether a date names its day of the month ("le 29 mai 2020", "2021-09-22"), not only a weekday or a year."""
    value = parse_date(span)
    return bool(value and value.day) or bool(re.search(r"\b\d{4}-\d{2}-\d{2}\b", span))


@dataclass
class Candidate:
    first: int
    last: int
    row: int
    """The sentence that carries the match (for a pair, the one closest to the question)."""
    hit: Hit
    text: str
    features: dict[str, float] = field(default_factory=dict)
    spans: list[tuple[int, int]] = field(default_factory=list)
    score: float = 0.0
    probability: float = 0.0


_THE_COUNTRY = re.compile(r"\b(?:le pays|ce pays|the country|this country)\b|(?:^|\s)(?:страна|стране|страны)\b")
"""A country the text does not name: "le pays a considérablement amélioré sa position"."""


def _nationality_beside(folded_text: str, person: str) -> bool:
    """A country or nationality within a few words of the person's surname ("le président français Emmanuel
    Macron", "Vladimir Poutine, président russe"), or "du pays" there in a sentence that names one."""
    surname = person.split()[-1]
    windows = [folded_text[max(0, m.start() - 50) : m.end() + 50]
               for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", folded_text)]
    # "le porte-parole du ministère … du pays, Aybek Smadiyarov": the country the sentence is about.
    return any(countries_in(w) or (_THE_COUNTRY.search(w) or "du pays" in w) and countries_in(folded_text)
               for w in windows)


def quotes_opened(text: str) -> int:
    """Quotation marks the text opens and leaves open (negative: closes ones opened before it)."""
    return sum(text.count(c) for c in "«“") - sum(text.count(c) for c in "»”")


def is_heading(text: str) -> bool:
    """A section title, a list label or a question line ("Pourquoi … ?"): it asks or announces, it
    does not answer."""
    stripped = text.rstrip()
    if stripped.endswith("?"):
        return True
    return not _SENTENCE_END.search(text) and not stripped.endswith((",", ";", ":"))


class _PerRow:
    """A fact about a sentence row, computed on first use and kept (up to a bound)."""

    LIMIT = 200_000

    def __init__(self, sentences: Sequence, compute: Callable[[Any], Any]) -> None:
        self._sentences = sentences
        self._compute = compute
        self._cache: dict[int, Any] = {}

    def __getitem__(self, row: int) -> Any:
        value = self._cache.get(row)
        if value is None:
            if len(self._cache) >= self.LIMIT:
                self._cache = {}
            value = self._cache[row] = self._compute(self._sentences[row])
        return value


def _term_pairs(terms: tuple[str, ...]) -> set[tuple[str, str]]:
    return set(zip(terms, terms[1:]))


class CandidateFinder:
    """Per-index facts about sentences, computed once, and the candidates of one search."""

    def __init__(self, index: Index, idf: np.ndarray, max_idf: float, spelled: dict[str, list[str]]) -> None:
        self.index = index
        self.idf = idf
        self.max_idf = max_idf
        # Sentence facts are computed for the rows a question touches, when it touches them: analysing
        # every sentence at start-up was 85 % of the time to first answer on large corpora.
        self.terms = _PerRow(index.terms, set)
        self.pairs = _PerRow(index.terms, _term_pairs)
        self.heading = _PerRow(index.sentences, lambda s: is_heading(s.text))
        self.folded = index.folded
        self._ranks: dict[str, list[int]] = {}
        self._years: dict[str, frozenset[int]] = {}
        self._closing: dict[str, frozenset[int]] = {}
        # Both ways: "OTSC" in the question and the name spelled out in the text, or the reverse.
        self.alias: dict[str, list[str]] = {k: list(v) for k, v in spelled.items()}
        for acronym, names in list(self.alias.items()):
            for name in names:
                self.alias.setdefault(name, []).append(acronym)
        for foreign, native in ACRONYMS.items():
            if foreign.isascii() and len(foreign) >= 4:  # "dans l'espace EAEU": the English acronym, printed as is
                self.alias.setdefault(native, []).append(foreign)
        self.roles: dict[str, list[list[str]]] = index.entities["roles"]
        full = [name for name, label in index.entities["vocabulary"].items() if label == "PER" and " " in name]
        full += [person for held in self.roles.values() for _, person in held]
        # "Mishustin" alone is tagged a person only by luck; the corpus names him in full elsewhere.
        self.people: frozenset[str] = frozenset(full) | frozenset(name.split()[-1] for name in full)
        self._titles: dict[str, str] = {}
        self._scholar_names: dict[str, list[str]] = {}
        self._role_docs: dict[str, list[tuple[str, str, str]]] | None = None
        self._background: dict[str, set[str]] = {}
        self._named: dict[str, set[str]] = {}
        self._articles: dict[str, str] = {}
        self._surnames: dict[str, frozenset[str]] = {}
        self._mastheads: dict[str, tuple[str, str]] = {}
        self._pairs: dict[str, frozenset[str]] = {}

    def folded_article(self, doc_id: str) -> str:
        """The article's title and whole text, folded, once per article."""
        if doc_id not in self._articles:
            rows = self.doc_rows(doc_id)
            self._articles[doc_id] = " ".join([self._folded_title(doc_id), *(self.folded[i] for i in rows)])
        return self._articles[doc_id]

    def named_countries(self, doc_id: str) -> set[str]:
        """Every country the article names, in its title or anywhere in its text."""
        if doc_id not in self._named:
            self._named[doc_id] = countries_in(self.folded_article(doc_id))
        return self._named[doc_id]

    def article_pair(self, doc_id: str) -> frozenset[str]:
        """The two countries an article names in the most sentences (empty when a third ties with them)."""
        if doc_id not in self._pairs:
            counts = Counter(c for i in self.doc_rows(doc_id) for c in countries_in(self.folded[i]))
            top = counts.most_common(3)
            pair = len(top) >= 2 and (len(top) == 2 or top[2][1] < top[1][1])
            self._pairs[doc_id] = frozenset(c for c, _ in top[:2]) if pair else frozenset()
        return self._pairs[doc_id]

    def masthead(self, doc_id: str) -> tuple[str, str]:
        """What is printed above the article (a site's banner, the headline, the byline: the heading lines it
        opens with), folded, and the rest of its text."""
        if doc_id not in self._mastheads:
            rows = self.doc_rows(doc_id)
            top = next((r for r in rows if not self.heading[r]), rows.stop)
            self._mastheads[doc_id] = (" ".join(self.folded[i] for i in range(rows.start, top)),
                                       " ".join(self.folded[i] for i in range(top, rows.stop)))
        return self._mastheads[doc_id]

    def surnames(self, doc_id: str) -> frozenset[str]:
        """The last names of the people an article names in full: "a ajouté Smadiyarov", which the tagger
        takes for an organisation, is the "Aybek Smadiyarov" tagged a person two sentences before."""
        if doc_id not in self._surnames:
            sents = self.index.sentences
            self._surnames[doc_id] = frozenset(
                sents[i].text[a:b].split()[-1] for i in self.doc_rows(doc_id)
                for a, b, label in self.index.annotations[i].get("ents", [])
                if label == "PER" and len(sents[i].text[a:b].split()) > 1)
        return self._surnames[doc_id]

    def background_countries(self, doc_id: str) -> set[str]:
        """The countries an article is about throughout (named in a fifth of its sentences or more)."""
        if doc_id not in self._background:
            rows = self.doc_rows(doc_id)
            counts = Counter(c for i in rows for c in countries_in(self.folded[i]))
            self._background[doc_id] = {c for c, n in counts.items() if n >= max(2, 0.2 * len(rows))}
        return self._background[doc_id]

    @staticmethod
    def _dated_here(text: str, ann: dict, span: tuple[int, int], people: list[str], places: set[str],
                    question: str) -> bool:
        """Whether the clause a date stands in can be about the people and places asked: it names no
        other person, or one of them; it places the event in none of the other countries."""
        left, right = _clause_around(text, *span)
        clause = fold(text[left:right])
        named = [fold(text[s:e]) for s, e, label in ann.get("ents", []) if label == "PER" and left <= s and e <= right]
        if people and named and not any(same_name(p, clause) for p in people):
            return False
        placed = located_in(_own_places_dropped(clause, question))
        return not (places and placed and not placed & places)

    def doc_rows(self, doc_id: str) -> range:
        if doc_id not in self.index.documents:
            return range(0)
        info = self.index.documents.info(doc_id)
        return range(info.first_sentence, info.first_sentence + info.sentences)

    def row_of(self, doc_id: str, index: int) -> int:
        return self.index.documents.info(doc_id).first_sentence + index

    def opening_rows(self, doc_id: str) -> list[int]:
        return [r for r in self.doc_rows(doc_id) if self.index.sentences[r].paragraph == 1]

    def closing_rows(self, doc_id: str) -> frozenset[int]:
        """The document's last body sentences and the lines after them, where its notes, credits and
        sources stand."""
        closing = self._closing.get(doc_id)
        if closing is None:
            rows = list(self.doc_rows(doc_id))
            body = [i for i, r in enumerate(rows) if not self.heading[r]][-CLOSING_SENTENCES:]
            closing = self._closing[doc_id] = frozenset(rows[body[0]:] if body else rows)
        return closing

    def doc_years(self, doc_id: str) -> frozenset[int]:
        """Every year a document names, or spans ("2019-2021"), as the build-time date annotations hold them,
        with the year it was published and the one before ("l'année écoulée")."""
        years = self._years.get(doc_id)
        if years is None:
            found: set[int] = set()
            for r in self.doc_rows(doc_id):
                for d in dates_of([v for _, _, v in self.index.annotations[r].get("dates", [])]):
                    if d.year:
                        found |= set(range(d.year, (d.year_to or d.year) + 1))
            published = self.index.documents.info(doc_id).date[:4] if doc_id in self.index.documents else ""
            if published.isdigit():
                found |= {int(published), int(published) - 1}
            years = self._years[doc_id] = frozenset(found)
        return years

    def body_rank(self, row: int) -> int:
        """How many body sentences (not headings) of its document come before this one: 0 is the lead."""
        doc_id = self.index.sentences[row].doc_id
        ranks = self._ranks.get(doc_id)
        if ranks is None:
            ranks, count = [], 0
            for r in self.doc_rows(doc_id):
                ranks.append(count)
                count += not self.heading[r]
            self._ranks[doc_id] = ranks
        return ranks[row - self.index.documents.info(doc_id).first_sentence]

    def is_headline(self, row: int) -> bool:
        """Whether a row is its document's headline: the front matter's "title:" line, or the title
        the reader took from the article's first line (the second, below a site's banner)."""
        sent = self.index.sentences[row]
        if HEADLINE.match(sent.text):
            return True
        info = self.index.documents.info(sent.doc_id)
        return (info.title_from == "headline" and row - info.first_sentence <= 1  # below a site's banner
                and fold(sent.text.strip()) == fold(info.title.strip()))

    def body_count(self, row: int) -> int:
        """How many body sentences the document of this sentence has."""
        self.body_rank(row)
        ranks = self._ranks[self.index.sentences[row].doc_id]
        return ranks[-1] + 1 if ranks else 0

    def term_idf(self, terms: list[str]) -> dict[str, float]:
        vocab = self.index.lexicon.vocab
        out = {}
        for t in dict.fromkeys(terms):
            tid = vocab.get(t)
            out[t] = float(self.idf[tid]) if tid is not None else self.max_idf
        return out

    # -- candidates

    def _scholars(self, doc_id: str) -> list[str]:
        """The people a document calls researchers or analysts ("Max Hess, chercheur au …"), folded: "per
        the analyst" asks their words."""
        names = self._scholar_names.get(doc_id)
        if names is None:
            sents = self.index.sentences
            names = self._scholar_names[doc_id] = [
                fold(m.group(1)) for r in self.doc_rows(doc_id) for m in _SCHOLAR.finditer(sents[r].text)]
        return names

    def _source_line(self, doc_id: str) -> str:
        """The document's title and first line, folded: where a page names its publication."""
        rows = self.doc_rows(doc_id)
        return f"{self._folded_title(doc_id)} {self.folded[rows.start] if rows else ''}"

    def _folded_title(self, doc_id: str) -> str:
        title = self._titles.get(doc_id)
        if title is None:
            doc = self.index.documents.get(doc_id)
            title = self._titles[doc_id] = fold(doc.title) if doc is not None and doc.title_from != "lead" else ""
        return title

    def _naming_rows(self, best_hit: dict[str, Hit], spec: QuestionSpec) -> dict[int, Hit]:
        """Sentences of the retrieved documents that state a rare name of the question (or the name an
        acronym stands for), with their document's best hit."""
        out: dict[int, Hit] = {}
        # A country the question spells otherwise ("Moldova", "Tajikistan") is named in the text's spelling.
        for entity in dict.fromkeys((*spec.entities, *spec.countries)):
            # Whole words: "RATS" is not in "contrats".
            names = _words_pattern((entity, *self.alias.get(entity, ())))
            found = [(r, hit) for d, hit in best_hit.items() for r in self.doc_rows(d)
                     if names.search(self.folded[r])]
            if len(found) <= RARE_NAME_ROWS:
                out.update(found)
                # …and the sentences that name the person by the role the article gave them.
                for d, hit in best_hit.items():
                    roles = [role for role, person in self.roles.get(d, []) if same_name(entity, person)]
                    out.update((r, hit) for r in self.doc_rows(d)
                               if any(role in self.folded[r] for role in roles))
        return out

    def _role_rows(self, result: SearchResult, spec: QuestionSpec, best_hit: dict[str, Hit]) -> dict[int, Hit]:
        """Sentences naming the holder of the role asked, in documents the search missed: an English
        "Who is Kazakhstan's deputy defence minister?" retrieves no French article, but the build
        stored the apposition "Timour Dandybaiev, vice ministre de la Défense" (qa.entities)."""
        if spec.qtype != "who" or not spec.role or not result.hits:
            return {}
        nouns = [w for w in spec.role.split() if w in _ROLE_NOUNS]
        if not nouns:
            return {}
        if self._role_docs is None:
            self._role_docs = {}
            for doc_id, pairs in self.roles.items():
                for role, person in pairs:
                    for w in set(role.split()) & _ROLE_NOUNS:
                        self._role_docs.setdefault(w, []).append((doc_id, role, person))
        classes = _modifier_classes(spec.text)
        floor = min(h.score for h in result.hits)
        out: dict[int, Hit] = {}
        docs = 0
        for doc_id, role, person in self._role_docs.get(nouns[0], []):
            if doc_id in best_hit or doc_id not in self.index.documents or docs >= ROLE_DOCUMENTS:
                continue
            if {ROLE_CLASSES[w] for w in role.split() if w in ROLE_CLASSES} != classes:
                continue  # "vice ministre" is not "ministre"
            surname = person.split()[-1]
            named = [r for r in self.doc_rows(doc_id) if surname in self.folded[r]][:2]
            if not named:
                continue
            docs += 1
            document = self.index.documents[doc_id]
            for r in named:
                s = self.index.sentences[r]
                local = r - self.doc_rows(doc_id).start
                chunk = Chunk(f"{doc_id}#role{local}", doc_id, s.paragraph, s.start, s.end, s.text, local, local)
                out[r] = Hit(rank=len(result.hits) + docs, chunk=chunk, document=document, score=floor,
                             dense_score=0.0, lexical_score=0.0)
        return out

    def _quotation_end(self, r: int) -> int:
        """The sentence that closes a quotation opened and left open in sentence `r` (same paragraph,
        at most QUOTATION_SENTENCES on), or `r` when none is open."""
        depth = 0
        for i in range(r, r + QUOTATION_SENTENCES):
            if i > r and not self.same_para(r, i):
                return r
            text = self.index.sentences[i].text
            depth += quotes_opened(text)
            if depth <= 0:
                return i
        return r

    def same_para(self, r: int, s: int) -> bool:
        sents = self.index.sentences
        return 0 <= s < len(sents) and sents[s].doc_id == sents[r].doc_id and sents[s].paragraph == sents[r].paragraph

    def paragraph_start(self, r: int, back: int = PARAGRAPH_CONTEXT) -> int:
        """The first of the up to `back` sentences before `r` in its paragraph."""
        first = r
        while first > r - back and self.same_para(r, first - 1):
            first -= 1
        return first

    def acting(self, found: list[tuple[int, int]], a: int, b: int, relations: list[str]) -> list[tuple[int, int]]:
        """The people of a two-sentence quote who can be the ones a who-question's relation is about: those
        in a sentence that states it, or just before one that points back ("Il a proposé …"). "Who signed
        it for Kazakhstan?" and "Selon Timour Dandybaiev, … Cet accord a été signé …": he speaks, he signs nothing."""
        sents = self.index.sentences
        stated = [i for i in range(a, b + 1) if any(RELATIONS[r][1].search(self.folded[i]) for r in relations)]
        if not stated or len(stated) == b - a + 1:
            return found
        acting = set(stated) | {i - 1 for i in stated if i > a and _SUBJECT_PRONOUN.match(sents[i].text)}
        bounds = [(sents[i].start - sents[a].start, sents[i].end - sents[a].start) for i in acting]
        return [span for span in found if any(start <= span[0] and span[1] <= end for start, end in bounds)]

    def speaker_start(self, r: int) -> int:
        """Where the context naming the speaker of sentence `r` starts: `r` itself when it names a
        person, else back to the last sentence of the document that does (at most SPEAKER_CONTEXT);
        never less than the sentence before."""
        ann = self.index.annotations
        first = r
        while (first > r - SPEAKER_CONTEXT and self.same_doc(r, first - 1)
               and not any(e[2] == "PER" for e in ann[first].get("ents", []))):
            first -= 1
        if not any(e[2] == "PER" for e in ann[first].get("ents", [])):
            first = r
        return r - 1 if first == r and self.same_doc(r, r - 1) else first

    def _country_referred(self, first: int, last: int) -> set[str]:
        """The country "le pays" / "the country" in sentences first..last stands for: the only one the
        nearest earlier sentence of the document names (empty if the quote names one itself, or if
        that sentence names none or several)."""
        quote = " ".join(self.folded[i] for i in range(first, last + 1))
        if not _THE_COUNTRY.search(quote) or countries_in(quote):
            return set()
        for i in range(first - 1, first - 4, -1):
            if not self.same_doc(first, i):
                break
            named = countries_in(self.folded[i])
            if named:
                return named if len(named) == 1 else set()
        return set()

    def same_doc(self, r: int, s: int) -> bool:
        sents = self.index.sentences
        return 0 <= s < len(sents) and sents[s].doc_id == sents[r].doc_id

    def find(self, result: SearchResult, spec: QuestionSpec, question_words: list[int] | None = None) -> list[Candidate]:
        sents = self.index.sentences
        rows: dict[int, Hit] = {}
        for hit in result.hits[:CANDIDATE_PASSAGES + YESNO_EXTRA_PASSAGES * (spec.scope == "yesno")]:
            doc_rows = [self.row_of(hit.chunk.doc_id, i)
                        for i in range(hit.chunk.first_sentence, hit.chunk.last_sentence + 1)]
            if hit.with_opening and spec.scope != "fact" or spec.lead_asked:
                # "… per the opening line?": the article's first paragraph, wherever the passage found is.
                doc_rows = self.opening_rows(hit.chunk.doc_id) + doc_rows
            if spec.foot_asked:  # "… credited at the bottom of the article?": its closing lines
                doc_rows = doc_rows + sorted(self.closing_rows(hit.chunk.doc_id))
            for r in doc_rows:
                rows.setdefault(r, hit)
        if not rows:
            return []
        expanded: set[int] = set()
        best_hit: dict[str, Hit] = {}  # each retrieved document's best hit, best document first
        for h in result.hits:
            best_hit.setdefault(h.chunk.doc_id, h)
        if spec.qtype not in ("other", "reason"):
            for d in list(best_hit)[:EXPAND_DOCUMENTS]:
                for r in self.doc_rows(d):
                    if r not in rows and not self.heading[r] and typed_spans(
                            sents[r].text, self.index.annotations[r], spec.qtype, spec.text):
                        rows[r] = best_hit[d]
                        expanded.add(r)
        for r, hit in (*self._naming_rows(best_hit, spec).items(), *self._role_rows(result, spec, best_hit).items()):
            if r not in rows and not self.heading[r]:
                rows[r] = hit
        # "Qui a édité l'article …?": the credit line ("[Edited by …]", "Par …") wherever it stands,
        # and though it reads as a heading; of the article asked about, not of the next one.
        # "Quand l'article a-t-il été publié ?": its dateline, likewise.
        # "Quel est le titre du billet …?": its headline, likewise.
        credit = DATELINE if spec.dateline else BYLINE
        first_doc = list(best_hit)[:1]
        credits = {r for d in (first_doc if spec.byline or spec.dateline or spec.headline else [])
                   for r in self.doc_rows(d)
                   if (self.is_headline(r) if spec.headline else credit.match(sents[r].text))}
        if spec.foot_asked:  # "Which website is credited at the bottom?": a credit line closing the article
            credits |= {r for d in first_doc for r in self.closing_rows(d) if BYLINE.match(sents[r].text)}
        for r in credits:
            rows.setdefault(r, best_hit[sents[r].doc_id])
            expanded.add(r)
        spans: dict[tuple[int, int], tuple[int, Hit]] = {}
        for r, hit in rows.items():
            nxt = r + 1
            # A bare "Oui." says nothing checkable alone: it is quoted with the sentence that says what.
            bare = bool(_BARE_YESNO.fullmatch(fold(sents[r].text))) and self.same_para(r, nxt)
            # A heading is never quoted on its own, nor the "title:" line unless the headline is asked.
            if (not self.heading[r] and not HEADLINE.match(sents[r].text) or r in credits) and not bare:
                spans.setdefault((r, r), (r, hit))
            # A question the text asks is answered by the sentence after it: "Pouvons-nous nous le permettre ?
            # Bien sûr que non »".
            if self.same_para(r, nxt) and (_ANAPHOR.match(sents[nxt].text) or sents[r].text.rstrip().endswith((":", "?"))
                                           or bare or _POINTS_BACK.search(sents[nxt].text)):
                spans.setdefault((r, nxt), (r, hit))
            # A quotation left open runs on to the sentence that closes it, which often names the
            # speaker: "“Je pense que … ailleurs. De toute évidence …”, a déclaré Max Hess".
            end = self._quotation_end(r)
            if end > r:
                spans.setdefault((r, end), (r, hit))
            # "Il a appelé à…" opening a paragraph points back to the last sentence of the one before.
            if self.same_doc(r, r - 1) and _ANAPHOR.match(sents[r].text) and not self.heading[r - 1]:
                spans.setdefault((r - 1, r), (r, hit))
        if not spans:
            return []
        all_rows = sorted({i for a, b in spans for i in range(a, b + 1)})
        sims = dict(zip(all_rows, (self.index.sentence_vectors[all_rows] @ result.query_vector).tolist()))
        best_sim = max(sims.values())
        idf = self.term_idf(spec.terms)
        total_idf = sum(idf.values()) or 1.0
        # What the question asks about beyond its names and dates: "taux d'inflation" in "Quel est le
        # taux d'inflation au Kazakhstan en 2022 ?", "rendu" in "Quand la Russie a-t-elle rendu …".
        named = {t for e in spec.entities for t in analyze(e)}
        content = {t: w for t, w in idf.items() if t not in named and not t.isdigit()} if spec.lang == "fr" else {}
        total_content = sum(content.values()) or 1.0
        # The question's rarest word the corpus has ("record" in "… annoncé un commerce record ?",
        # "gratuit" in "Est-ce gratuit … ?"): what sets the asked sentence apart from its neighbours.
        known = [t for t in content if t in self.index.lexicon.vocab]
        rarest = max(known, key=content.__getitem__) if known else ""
        qpairs = set(zip(spec.terms, spec.terms[1:]))
        top_retrieval = max(h.score for h in result.hits) or 1.0
        spelled = [(self.alias[e], set(analyze(e))) for e in spec.entities if self.alias.get(e)]
        # "Qu'est-ce que la CICA ?": the term may be defined under the name its acronym stands for.
        defined_as = [n for e in spec.entities if e in spec.defines or e in fold(spec.text)
                      for n in (e, *self.alias.get(e, ()))] if spec.defines and len(spec.defines.split()) <= 2 else []
        # "Quelle agence …", "Which polling centre …", "Quelle place …": untyped, but a quote naming no
        # such thing, or stating no rank, does not answer.
        rank = spec.qtype in ("other", "number") and asks_rank(spec.text)
        head = which_head(spec.text) if spec.qtype == "other" and not rank else ""
        # "Why did Macron visit …?": whose reason is asked, read once for every quote.
        reason_of = _reason_asked_of(fold(spec.text), spec.people) if spec.qtype == "reason" else ""
        out = []
        for (a, b), (r, hit) in spans.items():
            doc = self.index.documents[sents[a].doc_id]
            text = doc.text[sents[a].start : sents[b].end]
            ann = self._annotations(a, b)
            terms = set().union(*(self.terms[i] for i in range(a, b + 1)))
            joined = " ".join(self.folded[i] for i in range(a, b + 1))
            if spec.country_terms:  # "Astana" asked, "le Kazakhstan" written
                named_countries = countries_in(joined)
                terms |= {t for t, c in spec.country_terms.items() if c in named_countries}
            if spelled:  # "Organisation du Traité de sécurité collective" says "OTSC"
                terms |= {t for names, acronym_terms in spelled for t in acronym_terms
                          if any(n in joined for n in names)}
            pairs = set().union(*(self.pairs[i] for i in range(a, b + 1)))
            dense = max(sims[i] for i in range(a, b + 1))
            found = typed_spans(text, ann, spec.qtype, spec.text)
            if spec.byline:  # "Qui a écrit l'article ?": its byline, not a person it reports on
                found = [m.span(1) for m in [BYLINE.match(text)] if m]
            if spec.dateline:  # "Quand l'article a-t-il été publié ?": its dateline, not a date it reports
                found = [m.span("value") if m.group("value") else m.span("iso") for m in [DATELINE.match(text)] if m]
            if spec.asks_speaker and not found and is_statement(text) and quotes_opened(text) <= 0:
                # "Qui a comparé … ?" and "«…», a-t-il déclaré": the speaker named sentences before (a
                # quotation still open is attributed after it, by the candidate that runs on to its end).
                first = self.speaker_start(a)
                # "Le Premier ministre russe a déclaré que …": a role names the speaker as well.
                if first < a and any(e[2] == "PER" for i in range(first, a)
                                     for e in self.index.annotations[i].get("ents", [])) or (
                        _word_in(_ROLE_NOUN_FORMS, fold(text))):
                    found = [m.span() for m in [SPEECH.search(text)] if m]
            if spec.qtype == "who" and a != b and spec.relations and not spec.byline:
                found = self.acting(found, a, b, spec.relations)
            if spec.side and spec.qtype == "who":
                # "Qui a signé … côté kazakh ?": a person or an office acts for a side; not "Kazakhstan", nor "la CEI".
                people_ = [(s_, e_) for s_, e_, label in ann["ents"] if label == "PER"]
                # An office names the side it acts for ("le vice ministre de la Défense du Kazakhstan"): "les
                # Ministres de la Défense des deux pays" names neither side's signatory.
                found = [span for span in found if any(s_ < span[1] and span[0] < e_ for s_, e_ in people_)
                         or _word_in(_ROLE_NOUN_FORMS, fold(text[span[0]:span[1]]))
                         and _side_stated(fold(text[span[0]:span[1] + 30]), spec.side)]
            if reason_of:
                # "Why did Macron visit …?" and "Soucieux de …, le président russe Vladimir Poutine est au
                # Kazakhstan": that reason is Putin's, not Macron's.
                found = [span for span in found if _reason_holder(text, span, self.people) in ("", reason_of)]
            if spec.day_asked and spec.qtype == "date":  # "date exacte (jour et mois)": "jeudi" gives no day
                found = [span for span in found if _names_day(text[span[0]:span[1]])]
            if spec.described:  # "Who is Alkhan Smailov?": what the text says he is
                said = description_of(text, spec.described)
                found = [said] if said else []
            f = {
                "dense": dense,
                "dense_gap": dense - best_sim,
                "lexical": sum(w for t, w in idf.items() if t in terms) / total_idf,
            }
            # A question made only of names ("Gestion de logements sociaux : que faire ?" tagged as one)
            # has no other words to find: its names stand for its content.
            f["content"] = (sum(w for t, w in content.items() if t in terms) / total_content if content
                            else f["lexical"] if spec.lang == "fr" else 0.0)
            f |= {
                "phrase": len(qpairs & pairs) / len(qpairs) if qpairs else 0.0,
                "retrieval": hit.score / top_retrieval,
                "expanded": float(a in expanded or b in expanded),
                "heading": float(self.heading[a] and a == b),
                "lead": 1.0 / (1 + self.body_rank(a)) if spec.scope != "fact" else 0.0,
                "yesno_open": float(spec.scope == "yesno" and bool(_YESNO_ANSWER.match(fold(text)))),
                # A page that opens on its answer (an FAQ's "Oui.") is not a news lead: weighed apart.
                "lead_yesno": (1.0 / (1 + self.body_rank(a))) * (spec.scope == "yesno"),
                # How much a lead is worth depends on its page's length (an FAQ answer of two sentences,
                # a service page, a news article): the ranker weighs the lead of a long page apart.
                "lead_long": (1.0 / (1 + self.body_rank(a))) * min(1.0, self.body_count(a) / 20),
                # A news article's lead states its topic, not the yes or no to a detail of it.
                "lead_yesno_long": (1.0 / (1 + self.body_rank(a))) * (spec.scope == "yesno")
                * min(1.0, self.body_count(a) / 20),
                "pair": float(a != b),
                "first_in_pair": float(a != b and sims[a] >= sims[b]),
                "type_ok": float(bool(found)),
                "type_free": float(spec.qtype == "other"),
                "kind_ok": float(rank_span(text, spec.text) is not None if rank
                                 else bool(head) and which_span(text, ann, spec.text) is not None),
            }
            f["kind_miss"] = float((rank or bool(head)) and not f["kind_ok"])
            if head in COUNTRY_HEADS and spec.scope != "yesno":
                # "Quel pays …", "Lequel des anciens membres …": a country named answers, as a date does "quand".
                f["type_free"], f["type_ok"] = 0.0, f["kind_ok"]
            # "Où se tiendra le prochain sommet ?" and a quote about this one: nothing next, nothing to come.
            f["next_miss"] = float(spec.next_asked and not _NEXT_STATED.search(joined))
            # "Which capitals, per the opening line, …?": a quote from further down the article.
            f["lead_miss"] = float(spec.lead_asked and self.body_rank(a) > 1)
            f["foot_miss"] = float(spec.foot_asked and b not in self.closing_rows(self.index.sentences[b].doc_id))
            # "Sous quel titre paraît l'article …?": its headline, not a sentence of its body.
            f["headline_miss"] = float(spec.headline and not self.is_headline(a))
            f["frequency_unstated"] = float(spec.frequency_asked and not _FREQUENCY_STATED.search(joined))
            f["superlative_unstated"] = float(spec.superlative_asked and not _SUPERLATIVE_STATED.search(joined))
            f["rich_in_unstated"] = float(spec.rich_in_asked and not RICH_IN_ASKED.search(joined))
            # "When did construction actually begin?" and "la construction pourrait débuter fin 2020".
            f["hedged"] = float(spec.actual_asked and bool(_HEDGED.search(joined)))
            # "Which American official met …?" is not answered by "Le ministre russe … Sergueï Lavrov",
            # nor by "Mishustin est à Almaty …" when the article calls him "le Premier ministre russe".
            # After a topic ("… — which American secretary attended?") the people named are the candidates.
            people = found if spec.qtype == "who" or not spec.nationality else typed_spans(text, ann, "who", spec.text)
            f["nationality_conflict"] = float(bool(spec.nationality) and bool(people) and all(
                of_another_country(text, span, spec.nationality)
                or _holder_of_another_country(text[span[0]:span[1]], spec.nationality, self.roles.get(doc.doc_id, []))
                for span in people))
            if spec.nationality_asked:
                # "What nationality is Max Hess?" and "…, a déclaré Max Hess, chercheur au Institut …": the
                # quote names him and no country or nationality beside him.
                f["nationality_unstated"] = float(not _nationality_beside(fold(text), spec.people[0]))
            f["rarest"] = float(bool(rarest) and rarest in terms)
            # "Est-ce gratuit … ?" is answered yes or no only by a sentence that says "gratuitement".
            f["rarest_yesno"] = f["rarest"] * (spec.scope == "yesno")
            # How much a typed span is worth depends on the type: an enumeration for "quels pays"
            # is rare and telling, a number for "combien" is common.
            for name, types in _TYPE_GROUPS.items():
                f[name] = f["type_ok"] * (spec.qtype in types)
            # "OTSC" in the question, "Organisation du Traité de sécurité collective" in the text.
            spelled_out = " ".join(e for e in spec.entities if any(n in joined for n in self.alias.get(e, ())))
            f["fuzzy"] = _fuzzy_overlap(spec.text, f"{joined} {spelled_out}")
            # Without shared words, an English or Russian question leans on dense similarity.
            nonfr = float(spec.lang != "fr")
            f["dense_gap_nonfr"] = nonfr * f["dense_gap"]
            f["retrieval_nonfr"] = nonfr * f["retrieval"]
            f["fuzzy_nonfr"] = nonfr * f["fuzzy"]  # cognates: "principle" ~ "principe"
            # Words that share no spelling: "commission" for "комиссия", "gratuitement" for "free of charge".
            f["near_words_nonfr"] = (self.index.words.near_share(question_words, content_words(joined))
                                     if question_words is not None and self.index.words is not None else 0.0)
            f.update(self._constraints(spec, a, b, text, joined, ann, found, doc.doc_id, idf, defined_as))
            # Whether any constraint is broken, as one signal: the checks combine features (a date
            # conflict only counts without a date match) in ways a linear ranker cannot.
            f["violated"] = float(bool(violations(f)))
            out.append(Candidate(a, b, r, hit, text, f, found))
        return out

    def _annotations(self, a: int, b: int) -> dict:
        """The stored annotations of sentences a..b, with offsets into their joined text."""
        sents = self.index.sentences
        merged: dict[str, list] = {"ents": [], "dates": [], "amounts": []}
        for i in range(a, b + 1):
            shift = sents[i].start - sents[a].start
            own = self.index.annotations[i]
            surnames = self.surnames(sents[i].doc_id)
            for key in merged:
                merged[key] += [[s + shift, e + shift, "PER" if key == "ents" and sents[i].text[s:e] in surnames else v]
                                for s, e, v in own.get(key, [])]
        merged["people"] = self.people  # type: ignore[assignment]
        return merged

    def _constraints(
        self, spec: QuestionSpec, a: int, b: int, text: str, quote: str, ann: dict, found: list[tuple[int, int]],
        doc_id: str, idf: dict[str, float], defined_as: list[str],
    ) -> dict[str, float]:
        """`quote` is the candidate's sentences folded, as every check reads them."""
        f = {"date_match": 0.0, "date_partial": 0.0, "date_conflict": 0.0, "entity_miss": 0.0, "say_ok": 0.0, "say_miss": 0.0,
             "local": 0.0, "role_match": 0.0, "role_conflict": 0.0, "role_absent": 0.0, "verb_match": 0.0,
             "unit_match": 0.0, "unit_conflict": 0.0, "entity_near": 0.0, "date_absent": 0.0, "defines": 0.0,
             "relation_match": 0.0, "relation_miss": 0.0, "title_miss": 0.0, "currency_conflict": 0.0,
             "subject_conflict": 0.0, "measure_missing": 0.0, "counted_conflict": 0.0, "unit_clash": 0.0, "relation_conflict": 0.0,
             "country_swap": 0.0, "location_swap": 0.0, "person_miss": 0.0, "measured_miss": 0.0, "name_miss": 0.0,
             "country_absent": 0.0, "name_unknown": 0.0, "actor_swap": 0.0}
        holders = self.roles.get(doc_id, [])  # (role, person) as the article names them
        if spec.role:
            folded_text = fold(text)
            head = spec.role_noun.split("-")[-1]
            head = ROLE_WORDS.get(head, head)  # "vice-minister": a "ministre" the text names
            # "the Kazakh foreign minister": "porte-parole du ministère des Affaires étrangères" names
            # the portfolio, not the minister.
            stem = re.escape(head[: max(4, len(head) - 1)])  # past its hyphen: no "-" left to match as "[ -]"
            if not any(same_name(w, folded_text) for w in spec.role.split() if len(w) >= 4) or (
                    len(head) >= 4 and not re.search(rf"\b{stem}", folded_text)):
                f["role_absent"] = 1.0
            else:
                f.update(_role_check(folded_text, spec))
        elif spec.subject_role and spec.countries:
            # "Le premier ministre kazakh s'est-il exprimé …?" and "Le Premier ministre russe …": another's.
            # "Was the Russian president in Kazakhstan …?" and a quote naming the French one too: his is named.
            held = _role_check(fold(text), replace(spec, role=spec.subject_role))
            f["role_conflict"] = held["role_conflict"] if not held["role_match"] else 0.0
        if spec.dates:
            stated = dates_of([v for _, _, v in ann["dates"]])
            if a > 0 and self.same_para(a, a - 1) and not stated:
                stated = dates_of([v for _, _, v in self.index.annotations[a - 1].get("dates", [])])
            # "vendredi 3 février" states no year: the article's date gives it, else it matches no year.
            year = self.index.documents.info(doc_id).date[:4]
            stated = [d if d.year or not year.isdigit() else replace(d, year=int(year)) for d in stated]
            stated += _years_before(text, stated)
            matching = [d for d in stated if all(q.matches(d) for q in spec.dates)]
            if not matching and len(spec.dates) > 1 and all(any(q.matches(d) for d in stated) for q in spec.dates):
                # "… en 2022, par rapport à 2021 ?": each year the question names is stated, none holds both.
                matching = [d for d in stated if any(q.matches(d) for q in spec.dates)]
            # "depuis 1994" only half-matches "en mars 1994": the month is not stated.
            if spec.whole_year and matching and _PART_OF_YEAR.search(fold(text)):
                # "sur toute l'année 2021", and "en janvier-novembre … la même période l'année précédente"
                f["date_conflict"] = 1.0
            elif _outside_months(spec.dates, text, stated):
                f["date_conflict"] = 1.0  # "in December 2022", and a figure for "janvier-novembre 2022"
            elif any(all((d.month or not q.month) and (d.year or not q.year) for q in spec.dates) for d in matching):
                f["date_match"] = 1.0
            elif matching:
                f["date_partial"] = 1.0
            elif any(d.year for d in stated):
                f["date_conflict"] = 1.0
            elif not stated:
                # "Quel accord ont-ils signé en 2017 ?" and a quote that dates nothing.
                f["date_absent"] = 1.0
            asked_years = [set(range(q.year, (q.year_to or q.year) + 1)) for q in spec.dates if q.year]
            if asked_years and not any(years & self.doc_years(doc_id) for years in asked_years):
                # "Which Russian minister negotiated the 1994 treaty?", and a quote from an article that
                # never names 1994: whatever the quote says, its source does not date it so.
                f["date_conflict"], f["date_match"] = 1.0, 0.0
        quoted_dates = dates_of([v for _, _, v in ann["dates"]]) if spec.months or spec.dates_aside else []
        if spec.months and _outside_months([DateValue(year=y, month=m) for y, _, _ in month_ranges(text) for m in spec.months],
                                           text, quoted_dates):
            # "Le chiffre d'affaires record de décembre ?" and a figure for "janvier-novembre 2022".
            f["date_conflict"], f["date_match"] = 1.0, 0.0
        if spec.dates_aside:
            # "Besides the 1994 military treaty, which documents …?" and the sentence on the 1994 treaty.
            stated = [d for d in quoted_dates if d.year]
            if stated and all(any(q.matches(d) for q in spec.dates_aside) for d in stated):
                f["date_conflict"], f["date_match"] = 1.0, 0.0
        if spec.weekdays and not any(re.search(rf"\b{day}\b", fold(text)) for day in spec.weekdays):
            # "Documents signed on Thursday?" and a quote that names no Thursday.
            f["date_conflict"], f["date_match"] = 1.0, 0.0
        # "Quand Macron a-t-il atterri ?" and "Poutine est au Kazakhstan jeudi, … une semaine après la
        # visite de Macron": the day given is another person's, or another country's.
        if spec.qtype == "date" and found and (spec.people or spec.countries):
            question = fold(spec.text)
            places = set(spec.countries) - role_nationalities(question)
            if not any(self._dated_here(text, ann, span, spec.people, places, question) for span in found):
                f["date_conflict"], f["date_match"] = 1.0, 0.0
        if spec.qtype == "date" and found and not _report_asked(spec.text) and all(
                _reported_by_another(text, span, spec) for span in found):
            # "À quelle date le référendum de Kherson a-t-il eu lieu ?", and "Déjà le mois dernier, le
            # Kazakhstan avait annoncé qu'il ne reconnaîtrait pas les référendums": the day of the statement.
            f["date_conflict"], f["date_match"] = 1.0, 0.0
        if spec.qtype == "date" and found and _future_asked(spec.text):
            # "À quelle date la mission fermera-t-elle ?", and "… a été publiée mercredi": a day already
            # past dates another event. A date still ahead ("jusqu'en 2050", "pourrait débuter fin
            # 2020") or a year after the article's can answer.
            year = self.index.documents.info(doc_id).date[:4]
            if not any(_ahead(text, span, int(year) if year.isdigit() else 0) for span in found):
                f["date_conflict"], f["date_match"] = 1.0, 0.0
        if spec.published:
            # "the September 2021 story": an article of another date is another story.
            published = _date_value(self.index.documents.info(doc_id).date)
            if published and not all(q.matches(published) for q in spec.published):
                f["date_conflict"], f["date_match"] = 1.0, 0.0
        sents = self.index.sentences
        first = a - 1 if a > 0 and self.same_doc(a, a - 1) and _ANAPHOR.match(sents[a].text) else a
        asked_countries = {*spec.countries, *spec.country_terms.values()}  # "Kyiv" asks about Ukraine
        if spec.entities or asked_countries:
            # A name in the document's title is the subject of all its sentences ("La ligne, longue de
            # 1 200 kilomètres" in an article titled "Un corridor … relie le Kazakhstan à la Chine").
            own = " ".join([self._folded_title(doc_id), *(self.folded[i] for i in range(first, b + 1))])
            # A name stated earlier in the paragraph is its topic: "Le Kazakhstan et la Russie … ont
            # constitué une base juridique. … des deux pays s'appuient sur le Traité … de mars 1994."
            near = " ".join(self.folded[i] for i in range(self.paragraph_start(first), first))
            # "La frontière entre le Kazakhstan et la Chine", and a quote about the one with Russia;
            # "entreprises à capitaux chinois", and firms "à participation russe": a country the
            # question names is nowhere around, and the quote names another.
            # "selon Astana": a capital may be the speaker, named in the sentence before or after.
            around = " ".join([own, near, *(self.folded[i] for i in (first - 1, b + 1) if self.same_doc(a, i))])
            # "Selon le porte-parole kazakh, …": the speaker's nationality, not a country the quote is about.
            absent = [c for c in asked_countries - described_nationalities(fold(spec.text))
                      - (role_nationalities(fold(spec.text)) if spec.speaker else frozenset())
                      if not _word_in(country_forms(c), f"{own} {near}")
                      and (c in spec.countries or not _word_in(country_forms(c), around))]
            # "pour Moscou … avec le Kazakhstan": a capital the question names is its country, named.
            # "How many countries belong to the alliance … out of Ukraine?": the countries the quote lists are
            # the answer; only a union asked about ("how many members does the EU have") has other members.
            counted = spec.measure in ("pays", "membre") and not set(absent) & UNIONS
            f["country_swap"] = float(bool(absent) and not counted and bool(
                countries_in(own) - set(spec.countries) - _named_countries(spec.text)))
            # "Kazakh–Chinese frontier length?" and "la longue frontière entre les deux pays" in an article
            # that never names China: what it says is about other countries.
            # "Is Turkmenistan a member?" is answered "no" by the list without it.
            # "Longueur du tracé frontalier entre Astana et Pékin ?": a party the question names counts too.
            f["country_unnamed"] = float((spec.scope != "yesno" or "member" not in spec.relations) and any(
                (c in spec.countries or c in spec.parties) and c not in self.named_countries(doc_id) for c in absent))
            if asked_countries and not f["country_swap"]:
                # "Russia's position in the UN e-government table?" and "…, le pays a amélioré sa position":
                # the country the quote calls "le pays" is the one named just before it, here Kazakhstan.
                referent = self._country_referred(first, b)
                f["country_swap"] = float(bool(referent) and not referent & asked_countries)
        if spec.set_aside and not f["country_swap"]:
            # "Besides Moscow and Astana, which parliaments have ratified …?" and the Majilis's vote.
            named_here = countries_in(fold(text))
            f["country_swap"] = float(bool(named_here) and named_here <= spec.set_aside)
        if spec.entities:

            def named(e: str, text: str) -> bool:
                forms = country_forms(e)
                # "le Premier ministre russe" asked, and "Mishustin a déclaré" written: the document says
                # who holds the role.
                # "Dandybaiev" asked, and "le vice ministre de la Défense" written: the role the article gives him.
                return (any(name in text for name in (e, *self.alias.get(e, ()))) or bool(forms and _word_in(forms, text))
                        or _parts_named(e, text)
                        or any(role in e and same_name(person, text) for role, person in holders)
                        or e in spec.people and any(role in text for role, person in holders if same_name(e, person)))

            # The speaker asked about may be named paragraphs before "…», a-t-il déclaré".
            spoken = (" ".join(self.folded[i] for i in range(self.speaker_start(a), first))
                      if spec.speaker else "")
            # A statement's topic may be named in the sentence just before or after it, across a
            # paragraph break: "… (OTSC) ne participera pas …, a annoncé le Kazakhstan." ¶ "Le
            # Kazakhstan soutient …, a déclaré le porte-parole …". ¶ "La responsabilité de l'OTSC …"
            beside = " ".join(self.folded[i] for i in (first - 1, b + 1) if self.same_doc(a, i))
            missing = [e for e in spec.entities if not named(e, own) and not named(e, near)
                       and not (spoken and (same_name(spec.speaker, e) or spec.speaker in e) and named(e, spoken))]
            missing = [e for e in missing if country_forms(e) or not named(e, beside)]
            # "Nouvelles Du Monde attributes the line to …": a name only the site's banner prints names the
            # source, which every sentence of the article is from.
            above, body = self.masthead(doc_id)
            missing = [e for e in missing if not (named(e, above) and not named(e, body))]
            f["entity_miss"] = len(missing) / len(spec.entities)
            # A person the question names, nowhere around and not by the role the article gives them (`named`
            # reads the role): "When did Macron visit Kazakhstan?" is not answered by Mishustin's visit.
            f["person_miss"] = float(any(e in spec.people for e in missing))
            # A named thing the question is about ("Baiterek", "Kamaz-Engineering") is not answered
            # by a quote about another one.
            f["name_miss"] = float(any(e in spec.things for e in missing))
            f["entity_near"] = sum(not named(e, own) and named(e, near) for e in spec.entities) / len(spec.entities)
        asked_blocs = {e for e in spec.entities if e in _BLOCS_STATED}
        if asked_blocs:
            # "Kazakhstan reinforcing SCO counter-terrorism: through what?" and "La participation à l'OTSC a
            # permis …": a quote about another of the region's blocs (its paragraph names the SCO, the quote not).
            named = {b for b, stated in _BLOCS_STATED.items() if stated.search(fold(text))}
            f["bloc_swap"] = float(bool(named) and not named & asked_blocs)
        if spec.pieces:
            # "the CNBC text": an article that never names CNBC is another one.
            whole = self.folded_article(doc_id)
            f["piece_unnamed"] = float(any(not any(n in whole for n in (e, *self.alias.get(e, ()))) for e in spec.pieces))
        if spec.parties:
            # "le commerce entre l'UE et le Kazakhstan", and "… entre le Kazakhstan et la Russie"; "entre les deux
            # pays" are the two the article is about ("la frontière russo-biélorusse" and the Kazakh–Russian one).
            stated = parties_between(fold(text)) or (self.article_pair(doc_id) if _THE_TWO.search(fold(text)) else frozenset())
            f["parties_conflict"] = float(bool(stated) and stated != spec.parties)
        if len(spec.chamber) == 1:
            # "Date du vote des sénateurs", and "Le Majilis, la chambre basse, a approuvé …"; "Kazakhstan's
            # lower house: what is it called?", and a quote that names no house of parliament.
            stated = chambers_in(fold(text))
            f["chamber_miss"] = float(not stated & spec.chamber)
        if spec.located:
            # "Combien d'entreprises kazakhes opèrent en Russie ?" and "… russes opèrent au Kazakhstan";
            # "Quand Poutine s'est-il rendu en Ouzbékistan ?" and "Poutine est au Kazakhstan": the
            # quote places it in another country, and not in the one asked.
            placed = located_in(quote)
            f["location_swap"] = float(bool(placed) and not placed & set(spec.located))
        if spec.titles:
            context = " ".join([self._folded_title(doc_id),
                                *(self.folded[i] for i in range(self.paragraph_start(first), b + 1))])
            f["title_miss"] = sum(t not in context and t not in self._source_line(doc_id) and not _initials_in(t, text)
                                  for t in spec.titles) / len(spec.titles)
        if spec.subjects:
            # "ratifié l'accord sur la formation …" and a quote about the accord on communications.
            stated = subject_phrases(fold(text))
            for kind, asked in spec.subjects:
                same_kind = [terms for k, terms in stated if k == kind]
                # "le système régional de défense aérienne" and "le système de communication": a
                # shared head word ("système") does not make them one agreement.
                if same_kind and not any(_share_stem(terms - _GENERIC_SUBJECTS, asked) for terms in same_kind) and not _stated_together(
                        asked, fold(text)):
                    f["subject_conflict"] = 1.0
        if spec.qtype == "say" or spec.speaker:
            # "…», a-t-il déclaré": the speaker is the last person named before, maybe paragraphs back.
            # "Selon X, …" asks X's statement whatever it asks for.
            first = self.speaker_start(a)
            context = " ".join(self.folded[i] for i in range(first, b + 1))
            # "selon Astana": a government speaks for its country; "d'après Nouvelles du Monde": the
            # source the document itself names at its head.
            forms = country_forms(spec.speaker)
            speaker_ok = not spec.speaker or same_name(spec.speaker, context) or any(
                role in context for role, person in holders if same_name(spec.speaker, person)
            ) or any(  # "the Russian premier" asked, "Mishustin a déclaré" written
                _holds_role(spec.speaker, role) and same_name(person, context) for role, person in holders
            ) or bool(forms) and _word_in(forms, context) or spec.speaker in self._source_line(doc_id) or (
                spec.speaker in _STUDIES and any(same_name(p, context) for p in self._scholars(doc_id))) or (
                same_name(spec.speaker, fold(self.index.documents.info(doc_id).author)))
            if speaker_ok and spec.speaker:
                # Who speaks is named beside the verb of saying (`_speaker_side`).
                said = [m for m in SPEECH.finditer(text) if m.group(0) not in "«“\"”"]
                sides = [fold(_speaker_side(text, m.start(), m.end())) for m in said]
                if forms:
                    # "How did Moscow react?" and "Le Kazakhstan affirme que … la Russie": another
                    # country speaks; so does a source named after the verb ("…, écrit DW").
                    speaking = NATIONALITIES.get(spec.speaker) or CAPITALS.get(spec.speaker)
                    # "…, a déclaré Max Hess": a person who holds no office the article names speaks for himself,
                    # not for a government, whatever country his words name.
                    officials = [person for _, person in holders]
                    voices = [countries_in(side) for side in sides]
                    named = [m.group(0).strip() in WRITTEN_BY or _private_voice(side, self.people, officials)
                             for m, side in zip(said, sides)]
                    if not voices and (closing := self._quotation_end(b)) > b:
                        # "“Je pense que la Russie …" left open: who speaks is named where the quotation closes.
                        end_text = self.index.sentences[closing].text
                        ends = [fold(_speaker_side(end_text, m.start(), m.end())) for m in SPEECH.finditer(end_text)
                                if m.group(0) not in "«“\"”"]
                        voices = [countries_in(side) for side in ends]
                        named = [_private_voice(side, self.people, officials) for side in ends]
                    if not voices and is_statement(text):  # a quotation only: the sentence's subject quotes it
                        voices, named = [countries_in(fold(text[:60]))], [False]
                    # Sides that name nobody ("…, a déclaré mercredi à CNBC") speak for the asked country only
                    # when no other side names another voice.
                    speaker_ok = not voices or any(speaking in v for v in voices) or all(
                        not v and not n for v, n in zip(voices, named))
                else:
                    # "selon le Premier ministre russe", and "… où le Kazakhstan a annoncé …": a country
                    # beside every verb of saying, and not the person asked, is who speaks.
                    # "“… Poutine voudra …”, a déclaré Max Hess": another person named beside a verb speaks.
                    scholars = self._scholars(doc_id) if spec.speaker in _STUDIES else []

                    def names_speaker(side: str) -> bool:
                        return (same_name(spec.speaker, side) or spec.speaker in side
                                or any(same_name(p, side) for p in scholars)
                                or any(role in side for role, person in holders if same_name(spec.speaker, person))
                                or any(_holds_role(spec.speaker, role) and same_name(person, side)
                                       for role, person in holders))

                    someone_else = any(_people_named(side, self.people) for side in sides)
                    speaker_ok = not sides or any(names_speaker(side) for side in sides) or (
                        not someone_else and any(not countries_in(side) for side in sides))
            # "Pourquoi … selon Mishustin ?" is answered by "Le message de Mishustin était que …": a
            # question that only attributes asks that the person be the source, not a quotation.
            if speaker_ok and (is_statement(text) or spec.qtype != "say"):
                f["say_ok"] = 1.0
            else:
                f["say_miss"] = 1.0
            folded_text = fold(text)
            f["verb_match"] = float(any(v in folded_text for v in spec.speech_verbs))
        if spec.currency:
            stated = {currency_of(fold(v)) for _, _, v in ann.get("amounts", [])} - {""}
            f["currency_conflict"] = float(bool(stated) and spec.currency not in stated)
        if spec.measure:
            amounts = answering_amounts(text, ann, spec.text)
            if spec.measure == "percent" and not asks_change(spec.text):
                # "Percentage of exports that go to Russia?": a share, which "6,8 % de plus" (a rise) is not.
                amounts = [[a_, b_, v] for a_, b_, v in amounts if not stated_as_change(text, a_, b_)]
            measures = {amount_measure(v) for _, _, v in amounts} - {""}
            worded = worded_amount(spec.measure, fold(spec.text))  # "jusqu'en 2050" states a duration, "la majorité" a share
            f["unit_match"] = float(spec.measure in measures or bool(worded and worded.search(text))
                                    or spec.measure == NATIONALS and bool(measures & PEOPLE_COUNTED)
                                    # "De combien les échanges ont-ils progressé ?": "6,8 % de plus", not a yearly rent
                                    or spec.measure == GROWTH and any(
                                        amount_measure(v) in counted_alike(GROWTH) and stated_as_change(text, a_, b_)
                                        for a_, b_, v in amounts))
            if f["unit_match"]:
                measures.add(spec.measure)
            f["unit_conflict"] = float(bool(measures) and spec.measure not in measures and spec.measure not in ROLE_COUNTS)
            # Another kind of amount breaks the question ("how many systems" and only hectares), except
            # people counted under a word qa does not know ("cadets", "recrues" and "militaires"): those
            # may be the same people, so they only weigh in the ranking.
            f["unit_clash"] = float(bool(f["unit_conflict"]) and not measures & counted_alike(spec.measure))
            # "Quel est le loyer…" wants money: a quote whose only amounts count ministries cannot say.
            f["measure_missing"] = float((spec.measure in MEASURES or spec.measure == GROWTH) and not f["unit_match"])
            if not measures and not f["unit_match"] and spec.measure not in MEASURES and spec.measure not in (
                    GROWTH, NATIONALS) and spec.measure not in ROLE_COUNTS and not COUNTS_NAMES.search(fold(spec.text)):
                # "How many players are on a football team?" and "… donnée par un chiffre : 7 600": a bare
                # number, and nothing in the quote is what the question counts (countries counted may be
                # listed: the reader counts them).
                stem = fold(spec.measure)[: max(4, len(spec.measure) - 1)]
                f["count_unstated"] = float(stem not in fold(text))
            if spec.measure == NATIONALS and not f["unit_match"] and not any(
                    _nationality_after(fold(text[e_ : e_ + 40])) for _, e_, _ in amounts):
                # "Combien de Russes vivent au Kazakhstan ?" and "l'annexion de quatre régions": no people counted.
                f["count_unstated"] = 1.0
        if spec.number_measured:
            # "7 600 — what does that number measure?" and "… donnée par un chiffre : 7 600": the number, no unit.
            f["count_unstated"] = float(not any(
                amount_measure(v) and re.sub(r"\D", "", v.split()[0]) == spec.number_measured
                for _, _, v in ann.get("amounts", [])))
        if spec.measured or spec.cost_of:
            stated = set().union(*(self.terms[i] for i in range(first, b + 1)))
            # "le taux d'inflation" asked, and a quote giving the growth of trade; "Combien a coûté la
            # modernisation …?" and "la Russie paie 115 millions … en loyer".
            f["measured_miss"] = float(bool(spec.measured) and not any(t in stated for t in spec.measured)
                                       or bool(spec.cost_of) and not any(t in stated for t in spec.cost_of))
        if spec.counted_country and spec.measure:
            alike = counted_alike(spec.measure)
            f["counted_conflict"] = float(_counted_conflict(fold(text), spec.measure, spec.counted_country, [
                fold(text[e : e + 40]) for _, e, v in ann.get("amounts", []) if amount_measure(v) in alike]))
        if spec.relations:
            stated = quote
            # "rouvert" asked, "fermer" stated: the quote says the reverse of what is asked.
            asked = fold(spec.text)
            reverse = [r for r in spec.relations if r in RELATION_OPPOSITES and RELATION_OPPOSITES[r].search(stated)
                       and not RELATION_OPPOSITES[r].search(asked) and not NEGATED.search(asked)
                       # "отказалась признать" asked: the refusal is stated by "ne reconnaîtrait pas".
                       and "refuse" not in spec.relations
                       # "Combien paient-ils ?" is answered by "gratuitement": nothing paid is an amount paid.
                       and not (r == "pay" and (spec.qtype == "number" or spec.measure == "money"))]
            # "call off his visit": the cancelling is asked, the visit is only what is cancelled.
            # "Russia's offer to fellow members": membership names who is offered to, the offer is asked.
            asked_relations = ([r for r in spec.relations if r in _UNDOING] or [r for r in spec.relations if r in _EVENTS]
                               or spec.qtype == "who" and _asked_after_who(asked, spec.relations)
                               or _MEMBERS_AS_RECIPIENTS.search(asked) and [r for r in spec.relations if r != "member"]
                               or spec.relations)
            # "le Traité de Bon Voisinage (novembre 2013)": a dated agreement states its signing or adoption.
            dated_document = bool({"sign", "approve"} & set(spec.relations)) and bool(_DATED_DOCUMENT.search(stated))
            f["relation_match"] = float(any(RELATIONS[r][1].search(stated) for r in asked_relations if r not in reverse)
                                        or spec.qtype == "date" and (_dated_title(spec.titles, stated) or dated_document)
                                        or spec.relation_is_verb and dated_document)
            if f["relation_match"] and "create" in asked_relations and len(asked_relations) == 1:
                # "Quand l'OTSC a-t-elle été fondée ?" and "… de l'OTSC a été renforcée et la Force … fut
                # ainsi créée": what the quote creates is another thing than the one asked.
                made = [e for e in spec.entities if not country_forms(e) and e not in spec.people and any(
                    re.search(rf"(?<!\bde l')(?<!\bdu )(?<!\bdes )(?<!\bde la )(?<!\bof the )(?<!\bof )\b{re.escape(form)}"
                              rf"\s+{_CREATED_AS_SUBJECT}", asked)
                    for form in (e, *self.alias.get(e, ()), *(k for k, v in ACRONYMS.items() if v == e)))]
                clauses = re.split(r"[.;!?]|\s(?:et|and)\s+(?=(?:la|le|les|l'|un|une|des|the|a|an)\b[^,]{0,60}?"
                                   r"\b(?:fut|furent|a ete|ont ete|est|sont|etait|was|were|has been)\b)", stated)
                if made and not any(RELATIONS["create"][1].search(c) and any(
                        name in c for e in made for name in (e, *self.alias.get(e, ()))) for c in clauses):
                    f["relation_match"] = 0.0
            f["relation_miss"] = 1.0 - f["relation_match"]
            # "Combien le Kazakhstan paiera-t-il ?" and "la Russie paie 115 millions": another country does it.
            f["actor_swap"] = float(any(_actor_swapped(stated, r, actor) for r, actor in spec.actors.items()))
            # Stated only as its reverse: "achevée" asked, "pourrait débuter" stated, though both build.
            # A yes/no question is answered "no" by the reverse: "Will Kazakhstan recognise …?"
            f["relation_conflict"] = float(spec.scope != "yesno" and any(
                not RELATIONS[r][1].search(RELATION_OPPOSITES[r].sub(" ", stated)) for r in reverse))
            if (spec.scope != "yesno" and f["relation_match"] and spec.negates_verb
                    and not NEGATED.search(stated)):
                # "Quel pays de la CEI n'a pas signé l'accord ?" and "Cet accord a été signé …".
                f["relation_conflict"] = 1.0
            # "Les militaires kazakhs paient-ils … ?" asks whether they pay: a quote that states no
            # paying (or its reverse) says neither yes nor no.
            f["relation_unstated"] = float((spec.scope == "yesno" or spec.relation_is_verb)
                                           and not f["relation_match"] and not reverse)
        if spec.scope != "yesno" and _opposite_stated(spec.terms, set().union(*(self.terms[i] for i in range(a, b + 1)))):
            # "Why did Hess say the regimes are thoroughly democratic?" and "antidémocratique": the quote
            # says the opposite of the question's premise.
            f["relation_conflict"] = 1.0
        if spec.scope == "yesno" and f["entity_miss"] < 1.0:
            # "Le Turkménistan fait-il partie des neuf pays de la CEI ?" and the list without it; "Kapustin
            # Yar est-il situé en Russie ?" and "en partie située au Kazakhstan": another country or
            # date than asked, about what the question asks, answers "no".
            f["country_swap"] = f["location_swap"] = 0.0
            if f["date_conflict"]:
                f["date_conflict"], f["date_partial"] = 0.0, 1.0
        if spec.classifies:
            # "Is the SCO a military bloc?" and a quote that only names the SCO among others: it says
            # neither yes nor no.
            f["class_unstated"] = float(not _CLASSIFIES.search(quote))
        if spec.scope == "yesno" and spec.countries:
            # "Is Moldova a CIS member?" is answered yes by a quote naming Moldova, no by a list of the
            # members without it; an article's own countries (Kazakhstan and Russia here) say neither.
            # A people ("Un Français peut-il …") is who is asked about, not a country the quote names.
            asked = _countries_by_name(spec.text) - self.background_countries(doc_id)
            stated = countries_in(quote)
            # Only a list of countries answers "no": "la Russie … la guerre en Ukraine, a annoncé le
            # Kazakhstan" names three and lists none.
            listed = len(stated) >= 3 and bool(enumerations(text, ann, ("LOC",)))
            f["country_absent"] = float(bool(asked) and not asked & stated and not listed)
        # "Has Kazakhstan's Senate also approved …?": no quote about what the corpus never names says yes or no.
        f["echo"] = float(a == b and _echoes(spec, self.terms[a]))
        # "… aux TIC étrangères ?" and "la technologie de l'information et de la communication": an acronym
        # the quote spells out is named.
        f["name_unknown"] = float(spec.scope == "yesno" and any(
            not _spelled_out(name, spec.text, quote) for name in spec.unknown_names))
        if spec.defines:
            f["defines"] = defines(quote, spec.defines, defined_as)
        if found and spec.qtype != "other":
            best = nearest_span(text, found, spec.text)
            f["local"] = local_coverage(text, best, idf)
        return f


_DEFINING = re.compile(
    r"\b(?:est|sont|etait|etaient|designe|designent|consiste|consistent|permet|permettent|correspond|"
    r"represente|constitue|regroupe|definit|definissent|agit|is|are|was|means|refers)\b"
)
_FOCUS_STOP = frozenset({"de", "du", "des", "la", "le", "les", "sur", "et", "en", "au", "aux", "the", "of", "and"})


def defines(folded_text: str, term: str, names: Sequence[str]) -> float:
    """How well the text defines `term`: 1 when the term (or a name it stands for) is the subject of
    a defining verb ("L'aide médicale de l'État (AME) est un dispositif …", "on définit le cloud
    computing comme …"); 0.5 when it only spells an acronym out ("la Conférence pour l'Interaction
    … (CICA)"), which names the thing without saying what it is."""
    words_ = [w[:5] for w in re.findall(r"\w{2,}", term) if w not in _FOCUS_STOP]
    if not words_:
        return 0.0
    for m in _DEFINING.finditer(folded_text):
        subject = folded_text[max(0, m.start() - 120) : m.start()]
        after = folded_text[m.end() : m.end() + 80]
        found = sum(w in subject or w in after and m.group(0) == "definit" for w in words_)
        if found * 2 >= len(words_) or any(n in subject for n in names):
            return 1.0
    if re.fullmatch(r"\w{2,10}", term) and re.search(
            rf"\w+ \w+ \({re.escape(term)}\)|(?<!\w){re.escape(term)} \(\w+ \w+", folded_text):
        return 0.5
    return 0.0


_ONLY_AFTER_ROLE = ("delegue", "deleguee")  # "ministre délégué"; "adjoint" comes before or after
_ROLE_MODIFIER = re.compile(rf"\b({'|'.join(w for w in ROLE_CLASSES if w.isascii() and w not in _ONLY_AFTER_ROLE)})[ -]*$")
_ROLE_MODIFIER_AFTER = re.compile(rf"^\w*[ -]+({'|'.join(('adjoint', 'adjointe', *_ONLY_AFTER_ROLE))})\b")


@lru_cache(maxsize=256)
def _named_countries(question: str) -> frozenset[str]:
    """The countries a question names, by name, nationality or capital (once per question, not per
    candidate)."""
    return frozenset(countries_in(fold(question)))


_COUNTRY_NAMES_EN = frozenset({"russia", "china", "ukraine", "belarus", "uzbekistan", "tajikistan", "kyrgyzstan",
                               "armenia", "germany", "moldova", "azerbaijan", "georgia", "kazakhstan", "france",
                               "turkmenistan"})


@lru_cache(maxsize=256)
def _countries_by_name(question: str) -> frozenset[str]:
    """The countries a question names by their name or capital, not by a nationality (once per
    question, like `_named_countries`)."""
    return frozenset(NATIONALITIES.get(w) or CAPITALS[w] for w in re.findall(r"[\w-]+", fold(question))
                     if w in CAPITALS or NATIONALITIES.get(w) == w or w in _COUNTRY_NAMES_EN)


@lru_cache(maxsize=256)
def _modifier_classes(question: str) -> frozenset[str]:
    """What the question's own role words make of the role: {"deputy"} for "le vice-ministre"."""
    return frozenset(ROLE_CLASSES[w] for w in re.findall(r"\w+", fold(question)) if w in ROLE_CLASSES)


def _role_check(folded: str, spec: QuestionSpec) -> dict[str, float]:
    """Whether the role the question asks about ("le président du Kazakhstan") is the one the sentence
    states: attached to the same country ("le président russe" is a conflict: the first country named
    within four words after the role, before any punctuation), and not a deputy's or a former
    holder's ("vice ministre de la Défense" does not answer "qui est le ministre de la Défense")."""
    role = spec.role_noun
    stem = role[: max(4, len(role) - 1)]
    out = {"role_match": 0.0, "role_conflict": 0.0}
    asked = _modifier_classes(spec.text)
    pattern = re.escape(stem).replace(r"\-", "[ -]")
    mentions = list(re.finditer(rf"\b{pattern}\w*((?:[ '-]+[\w]+){{1,5}})", folded))
    plain = []
    for m in mentions:
        modifier = _ROLE_MODIFIER.search(folded[max(0, m.start() - 12) : m.start()]) or \
            _ROLE_MODIFIER_AFTER.match(folded[m.start() :])
        # "le premier partenaire" ranks partners; only "Premier ministre" is another role.
        ranking = modifier is not None and ROLE_CLASSES[modifier.group(1)] == "prime" and not stem.startswith("minist")
        if modifier is None or ranking or ROLE_CLASSES[modifier.group(1)] in asked:
            plain.append(m)
    if mentions and not plain:
        out["role_conflict"] = 1.0
        return out
    # "le ministre de la Défense" is not "le ministre russe des Affaires étrangères".
    portfolios = [w for w in spec.role.split() if w in PORTFOLIOS]
    if portfolios and plain and not any(
            any(p in folded[max(0, m.start() - 30) : m.end() + 30] for p in portfolios) for m in plain):
        out["role_conflict"] = 1.0
        return out
    for m in plain if spec.countries else ():
        for word in re.findall(r"[\w]+", m.group(1))[:5]:
            country = NATIONALITIES.get(word)
            if country is not None:
                out["role_match" if country in spec.countries else "role_conflict"] = 1.0
                break
    return out


_DECISION_OF = re.compile(r"\b(?:decision|decide\w*|intention|choix|volonte|choice|plans?)\s+(?:de|d'|to)\s*$")
"""What precedes a relation that is a decision's ("la décision de fermer", "plans to close"): whose it is, its sentence says."""


def _actor_swapped(stated: str, relation: str, actor: str) -> bool:
    """Whether the quote makes a country the subject of the relation, and never the one asked."""
    said = list(RELATIONS[relation][1].finditer(stated))
    doers = {actor_before(stated, m.start()) for m in said} - {""}
    decided = [m for m in said if _DECISION_OF.search(stated[max(0, m.start() - 30) : m.start()])]
    if decided and not doers:
        # "Le Kazakhstan affirme que la décision de fermer …": a decision with no subject of its own is
        # the decision of the country that opens the sentence.
        start = max((m.end() for m in re.finditer(r"[.!?]\s", stated[: decided[0].start()])), default=0)
        opening = re.findall(r"[\w'-]+", stated[start:])[:4]
        named = countries_in(" ".join(opening[:3]))
        doers = named if len(named) == 1 and "et" not in opening and "and" not in opening else set()
    return bool(doers) and actor not in doers


_CREATED_AS_SUBJECT = (r"(?:(?:a-t-il|a-t-elle|ont-ils|ont-elles|a|ont|est|sont|ete|was|were|is|are|has|have|been|first|"
                       r"originally|initially)\s+)*(?:fonde|cree|etabli|instaur|founded|created|established|set up|formed)")
"""After the thing asked: "Quand l'OTSC a-t-elle été fondée ?", "When was the CSTO founded?" (not "the CSTO's
force … set up", "la Force … de l'OTSC a-t-elle été créée", nor "l'article qui crée")."""


_SCHOLAR = re.compile(r"((?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?)),\s+(?:chercheur|chercheuse|analyste|experte?|spécialiste)\b",
                      re.IGNORECASE)
_STUDIES = {"chercheur": "chercheur", "chercheuse": "chercheur", "analyste": "chercheur", "expert": "chercheur", "experte": "chercheur", "specialiste": "chercheur"}
"""One who studies a subject, however the question calls them: "per the analyst" and "Max Hess, chercheur"."""


_QUALITIES = ("democrat", "constitution", "liberal", "демократ", "конституц", "либерал")


def _opposite_stated(asked: Sequence[str], stated: set[str]) -> bool:
    """Whether the quote has the "anti-" form of a quality the question has, and not the quality itself
    ("democratic" asked, "antidémocratique" written). An "antiterroriste" structure is against terrorism,
    not its opposite: only qualities are read so."""
    for t in stated:
        for prefix in ("anti", "анти"):
            rest = t[len(prefix):] if t.startswith(prefix) else ""
            if rest.startswith(_QUALITIES) and not any(s.startswith(rest) for s in stated if s != t) and any(
                    len(q) >= 6 and not q.startswith(prefix) and (q.startswith(rest) or rest.startswith(q)) for q in asked):
                return True
    return False


def _holds_role(asked: str, role: str) -> bool:
    """Whether a document's role ("premier ministre russe") is the one a question names ("the Russian
    premier", "le Premier ministre russe"): its role words, and its country if one is given."""
    words = [_STUDIES.get(w, w) for w in (ROLE_WORDS.get(w, w) for w in re.findall(r"[\w-]+", asked))]
    held = [_STUDIES.get(w, w) for w in role.split()]
    keys = [w for w in words if w in _ROLE_NOUNS or w == "premier"]
    nations = {NATIONALITIES[w] for w in words if w in NATIONALITIES}
    return bool(keys) and all(k in held for k in keys) and all(
        any(NATIONALITIES.get(w) == n for w in held) for n in nations)


def _counted_conflict(folded: str, measure: str, country: str, after_amounts: Sequence[str] = ()) -> bool:
    """Whether the counted noun is only ever said of another country in the text: "Combien
    d'étudiants russes …" and "60 000 étudiants du Kazakhstan ont étudié en Russie". The amount's
    own words decide first: "combien de soldats russes" and "plusieurs centaines de militaires
    kazakhs", though the next sentence speaks of "personnel militaire russe"."""
    if measure == NATIONALS:  # "Сколько россиян …" and "60 000 étudiants du Kazakhstan": whatever the noun
        after_amounts = [a if _nationality_after(a) else re.sub(r"^\s*[\w-]+", " ", a) for a in after_amounts]
    said = {c for c in map(_nationality_after, after_amounts) if c}
    if said:
        return country not in said
    stem = re.escape(measure[: max(4, len(measure) - 1)])
    said = {c for m in re.finditer(rf"\b{stem}\w*((?:\s+[\w'-]+){{1,3}})", folded)
            for c in [_nationality_after(m.group(1))] if c}
    return bool(said) and country not in said


_OWNED_BY = re.compile(r"^\s*a (?:participation|capitaux|capital) ")
"""Who owns them, before the nationality: "8 000 entreprises à participation russe" are Russian firms."""


def _nationality_after(words_after: str) -> str:
    """The country the first words after a noun give it ("kazakhs", "du Kazakhstan", "à participation
    russe"), else ""."""
    words_after = _OWNED_BY.sub(" ", words_after)
    for word in re.findall(r"[\w]+", words_after):
        if word in NATIONALITIES:
            return NATIONALITIES[word]
        if word not in ("du", "de", "des", "d", "la", "le", "l", "en", "of", "from"):
            return ""
    return ""


def _stated_together(stems: frozenset[str], folded_text: str, window: int = 80) -> bool:
    """Whether every stem is stated within one short stretch of the text ("la formation du personnel
    militaire"), not scattered over two sentences."""
    where = [[m.start() for m in re.finditer(rf"\b{re.escape(s)}", folded_text)] for s in stems]
    if not all(where):
        return False
    return any(all(any(abs(p - q) <= window for q in others) for others in where) for p in where[0])


_DATED_DOCUMENT = re.compile(
    r"\b(?:declaration|accord|traite|convention|programme|pacte|memorandum|protocole|charte)\b[^().;]{0,150}"
    r"\((?:[a-z]+ )?\d{4}\)|\b(?:accord|traite|convention|declaration|pacte|memorandum|protocole)s?\b(?: [^().;,]{1,50}?)? (?:du |de |d')"
    r"(?:\d{1,2}(?:er)? )?(?:[a-z]+ )?\d{4}\b")
"""A document cited with its date ("la Déclaration d'Amitié … (juillet 1998)", "l'Accord du 23 juin 2005")
is dated by its signing, though no verb says so."""


def _share_stem(stated: frozenset[str], asked: frozenset[str]) -> bool:
    """Shared words, where the stemmer cut two forms of one word apart ("unifié" → "unif", "unifiée" →
    "unifie"): one stem of four letters or more beginning the other counts as the same word."""
    return any(s == a or min(len(s), len(a)) >= 4 and (s.startswith(a) or a.startswith(s))
               for s in stated for a in asked)


def _dated_title(titles: list[str], folded_text: str) -> bool:
    """"Le Traité de Coopération Militaire de mars 1994": the date the title carries is the date of
    its signing, even if no verb says so."""
    return any(re.search(rf"{re.escape(t)}\s*,?\s*(?:de |du |d'|en |\()\s*(?:[a-z]+ )?\d{{4}}", folded_text)
               for t in titles)


@lru_cache(maxsize=1024)
def _question_words(question: str) -> tuple[str, ...]:
    # "CSTO" is spelled "OTSC" in French, "CIS" "CEI": an acronym is matched as the text writes it.
    return tuple(sorted({ACRONYMS.get(w, w) for w in re.findall(r"\w{3,}", transliterate(fold(question)))
                         if (len(w) >= 4 or w in ACRONYMS) and not w.isdigit()}))


@lru_cache(maxsize=1 << 17)
def _near_question_words(word: str, qwords: tuple[str, ...]) -> frozenset[str]:
    """The question words a text word spells nearly (a three-letter word only itself). Cached: the
    same sentences come back in many candidates of one question."""
    if len(word) < 4:
        return frozenset(q for q in qwords if q == word)
    return frozenset(q for q in qwords if q == word or near_spelling(word, q))


def _outside_months(asked: list[DateValue], text: str, stated: list[DateValue]) -> bool:
    """A month asked that only a period of other months of its year covers in the quote."""
    ranges = month_ranges(text)
    for q in asked:
        periods = [(m1, m2) for y, m1, m2 in ranges if y == q.year]
        if (q.month and periods and not any(m1 <= q.month <= m2 for m1, m2 in periods)
                and not any(d.month == q.month and d.year == q.year for d in stated)):
            return True
    return False


def _speaker_side(text: str, start: int, end: int) -> str:
    """Where the speaker of a verb of saying is named: after it when inverted ("», a ajouté
    Smadiyarov"), else before it ("Le Kazakhstan affirme que")."""
    if re.search(r"[,»”]\s*$", text[:start]):
        return text[end:end + 40]
    return text[max(0, start - 50):start]


_CLAUSE_BREAK = re.compile(r"[,;:()–—]")


_REPORTED = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:annoncé|déclaré|affirmé|indiqué|dit|précisé|assuré|souligné|"
                       r"expliqué|fait savoir)\s+(?:qu['’]|que\b)|\b(?:announced|said|declared|stated)\s+that\b",
                       re.IGNORECASE)
_REPORT_ASKED = re.compile(r"\b(?:annonc|declar|affirm|indiqu|precis|assur|soulign|expliqu|fait savoir|said|say|announc|stat"
                           r"|rendu public|rendre public|publi|revel|report|reveal|disclos|unveil|made public|объяв|заяв|сообщ"
                           r"|tout(?:ed|s|ing)\b|tout (?:the|its|their|his|her|a|an|record)\b|hail|boast|proclaim|trumpet|vant|proclam"
                           r"|похвал|хвал)"  # English "tout", never the French "tout"
                           r"|\b(?:dit|dire)\b")


_SOURCE_BEFORE = re.compile(r"(?:\bselon|\baccording to|\bper|\bd'apres|\bpour|\bfor|по словам|\bпо мнению)\s+(?:\w+\s+){0,2}$")


def _reason_asked_of(folded_question: str, people: Sequence[str]) -> str:
    """The person whose reason is asked: the first one the question names, unless named as a source."""
    # A name written otherwise than the corpus writes it ("Putin" for "poutine") comes last.
    where = {p: re.search(rf"\b{re.escape(p)}\b", folded_question) for p in people}
    found = [(m.start() if m else len(folded_question), p) for p, m in where.items()
             if not (m and _SOURCE_BEFORE.search(folded_question[: m.start()]))]
    return min(found)[1] if found else ""


def _reason_holder(text: str, span: tuple[int, int], people: frozenset[str]) -> str:
    """The person a reason clause belongs to, when the sentence names one: the one named before it, or,
    for an opening clause ("Soucieux de …, le président … Poutine est …"), the first one named after its
    comma."""
    before = fold(text[: span[0]])
    if before.strip():
        named = _people_named(before, people)
        return named[-1] if named else ""
    comma = text.find(",", span[0], span[1])
    named = _people_named(fold(text[comma : span[1]]), people) if comma >= 0 else []
    return named[0] if named else ""


def _people_named(folded: str, people: frozenset[str]) -> list[str]:
    """The corpus's people a folded text names, in order (surnames and one-word names)."""
    return [w for w in re.findall(r"[\w-]+", folded) if w in people]


_THE_TWO = re.compile(r"\b(?:entre|between) (?:les|the|ces|these) (?:deux|two) (?:pays|etats|voisins|countries|states|neighbou?rs)\b")


def _private_voice(folded_side: str, people: frozenset[str], officials: Sequence[str]) -> bool:
    """Whether the side of a verb of saying names someone who holds none of the offices the article names."""
    return any(not any(name in official for official in officials) for name in _people_named(folded_side, people))


@lru_cache(maxsize=256)  # asked for every candidate quote of a question
def _report_asked(question: str) -> bool:
    return bool(_REPORT_ASKED.search(fold(question)))


def _reported_by_another(text: str, span: tuple[int, int], spec: QuestionSpec) -> bool:
    """Whether a date dates someone's statement about what the question asks rather than the event
    itself: it stands before "X a annoncé que …", and X is none of the countries or people asked."""
    m = _REPORTED.search(text, span[1])
    if not m or re.search(r"[.;!?]", text[span[1] : m.start()]):
        return False
    reporter = fold(text[max(0, m.start() - 40) : m.start()])
    return not (countries_in(reporter) & set(spec.countries) or any(same_name(p, reporter) for p in spec.people))


_FUTURE_ASKED = re.compile(
    r"\b(?:will|shall)\b|\b(?:is|are)(?: [a-z-]+){0,4}? (?:due|expected|scheduled|set|planned|slated) to\b|\bgoing to\b"
    r"|\b[a-z]{3,}(?:era|ira|eront|iront|endra|endront|iendra|iendront)(?:-t-(?:il|elle|ils|elles|on))?\b|\bsera(?:-t-(?:il|elle))?\b"
    r"|\b(?:va|vont|doit|doivent|devrait|devraient)(?:-t-(?:il|elle|ils|elles))? [a-z]+(?:er|ir|re)\b|\bprevue?s? (?:pour|en|le)\b"
    r"|\b(?:будет|будут|состоится|откроется|закроется|начнется|заработает)\b")
"""A question about an event still to come: "fermera-t-elle", "will go live", "is due to open"."""


@lru_cache(maxsize=256)  # asked for every candidate quote of a question
def _future_asked(question: str) -> bool:
    return bool(_FUTURE_ASKED.search(fold(question)))


_FUTURE_STATED = re.compile(
    r"\b[a-z]{2,}(?:ra|ront|rait|raient)\b|\bprevu|\b(?:va|vont|doit|doivent)\b|\bdevr|\bpourr"
    r"|\b(?:will|would|could|planned|expected|due to)\b|\bбудет|\bбудут")
_SENTENCE_CLAUSE_BREAK = re.compile(r"[,;:()–—.!?«»\n]")
_UNTIL = re.compile(r"(?:jusqu['’]\s*(?:en|au|à|a)?|until|till|до)\s*$")


def _ahead(text: str, span: tuple[int, int], article_year: int) -> bool:
    """Whether a date can be still to come: stated in a future or conditional clause, as an end
    ("jusqu'en 2050"), or in a year after the article's."""
    left, right = _clause_around(text, *span, breaks=_SENTENCE_CLAUSE_BREAK)
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text[span[0] : span[1]])]
    return (bool(_FUTURE_STATED.search(fold(text[left:right]))) or bool(_UNTIL.search(text[max(0, span[0] - 12) : span[0]]))
            or bool(re.match(r"(?:jusqu|until|till|до)\b", fold(text[span[0] : span[1]])))
            or bool(article_year and years and max(years) > article_year))


def _parts_named(entity: str, folded_text: str) -> bool:
    """Whether a name the question writes as one hyphenated compound is spelt out word by word:
    "Traité Amitié-Coopération-Assistance" is the "Traité d'Amitié, de Coopération et d'Assistance"."""
    parts = entity.split("-")
    return len(parts) >= 3 and all(len(p) >= 4 and re.search(rf"\b{re.escape(p)}", folded_text) for p in parts)


_PLACE_OF_NOUN = re.compile(r"\b((?:sa|son|ses|leur|leurs|la|le|les|l'|une?|des|du|de|d') ?(?:[a-z-]+ )?[a-z-]{4,})"
                            r" (?:en|au|aux) (?:le |la |les |l')?[a-z'-]+")
"""A noun phrase and the country it is in ("sa mission commerciale en Russie"), not a verb's place
("est arrivé au Kazakhstan")."""


def _own_places_dropped(folded_clause: str, folded_question: str) -> str:
    """The clause without the places that qualify a noun the question names: in "Publication du projet
    sur la mission commerciale : quel jour ?", "sa mission commerciale en Russie … publiée mercredi"
    says where the mission is, not where the bill was published."""
    asked = _word_starts(folded_question)
    return _PLACE_OF_NOUN.sub(lambda m: m.group(1) if _word_starts(m.group(1)) & asked else m.group(0), folded_clause)


@lru_cache(maxsize=1024)  # the question's, read for every date of every candidate quote
def _word_starts(folded: str) -> frozenset[str]:
    """The first five letters of each word of four letters or more: "commerciale" and "commercial" meet."""
    return frozenset(w[:5] for w in re.findall(r"[a-z-]{4,}", folded))


def _clause_around(text: str, start: int, end: int, breaks: re.Pattern = _CLAUSE_BREAK) -> tuple[int, int]:
    """The stretch between the punctuation marks around text[start:end]."""
    left = max((m.end() for m in breaks.finditer(text, 0, start)), default=0)
    after = breaks.search(text, end)
    return left, after.start() if after else len(text)


def _date_value(iso: str) -> DateValue | None:
    """A document's date ("2021-09-22", "2023-11", "") as a DateValue; None when unknown."""
    parts = [int(p) for p in iso.split("-")[:3] if p.isdigit()]
    return DateValue(*parts) if parts else None


def _fuzzy_overlap(question: str, folded_text: str) -> float:
    """Share of the question's longer words with a near-spelling in the text ("Baikonur" ~
    "Baïkonour", "Russia" ~ "Russie", "Байконур" ~ "Baïkonour"): a lexical signal that survives
    English and Russian questions."""
    qwords = _question_words(question)
    if not qwords:
        return 0.0
    hit: set[str] = set()
    for w in set(re.findall(r"\w{3,}", folded_text)):
        hit |= _near_question_words(w, qwords)
    return len(hit) / len(qwords)


@lru_cache(maxsize=256)
def _words_pattern(forms: tuple[str, ...]) -> re.Pattern:
    # A plural or a slip of the pen ("du Kazakhstans") still names it.
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")s?(?!\w)")


def _word_in(forms: tuple[str, ...], folded_text: str) -> bool:
    return bool(_words_pattern(forms).search(folded_text))


_HEDGED = re.compile(r"\b(?:pourrai(?:t|ent)|devrai(?:t|ent)|serai(?:t|ent)|probablement|eventuellement|envisag\w*|"
                     r"could|might|would|may|possibly|probably)\b")
"""Words that say a thing may happen, not that it did."""


_FREQUENCY_STATED = re.compile(r"\b(?:chaque|(?:tous|toutes) les (?:\w+ )?(?:ans|annees|mois|semaines|jours|heures)|"
                               r"par (?:an|mois|semaine|jour)|annuel\w*|mensuel\w*|hebdomadaire\w*|quotidien\w*|regulier\w*|"
                               r"reguliere\w*|periodique\w*|frequemment|every|"
                               r"annual\w*|yearly|monthly|weekly|daily|regular\w*|periodic\w*|\d+ fois|une fois|deux fois)\b")
""""chaque année", "des consultations régulières", "deux fois par an": how often something happens."""
_SUPERLATIVE_STATED = re.compile(
    r"\b(?:le|la|les|l'|du|des|de la|son|sa|ses|leur|leurs)\s*plus\b|\bplus (?:grand|gros|riche|long|important|vaste|peuple)\w*"
    r"|\bpremier\w*|\bprincipa\w*|\brecord\w*|\bmajorit\w*|\bplupart\b|\bmeilleur\w*|\bdeuxieme\b|\bsecond\w*|\bmaxim\w*|\btop\b"
    r"|\b(?:largest|biggest|greatest|richest|wealthiest|longest|highest|lowest|smallest|most|first|leading|main)\b")
""""son plus grand membre", "le premier partenaire", "l'une des plus longues frontières": a rank stated."""
_NEXT_STATED = re.compile(r"\b(?:prochaine?s?|suivante?s?|ensuite|puis|futur\w*|a venir|prevu\w*|next|will)\b"
                          # the conditional of a plan ("devraient développer", "remplacerait"), as the future
                          r"|\b\w{3,}(?:era|eront|ira|iront|ra|ront|rait|raient)\b")

_YEAR_BEFORE = re.compile(r"\b(?:l'annee precedente|l'annee d'avant|l'an dernier|l'annee derniere|un an plus tot|un an auparavant|"
                          r"the (?:previous|preceding|prior) year|the year before|a year earlier|a year before)\b")


def _years_before(text: str, stated: list[DateValue]) -> list[DateValue]:
    """ "en janvier-novembre 2022 …, soit 6,8 % de plus qu'à la même période l'année précédente": the year
    before the latest one stated, which a question names ("… par rapport à 2021 ?")."""
    years = [d.year for d in stated if d.year]
    return [DateValue(year=max(years) - 1)] if years and _YEAR_BEFORE.search(fold(text)) else []


def _holder_of_another_country(name: str, country: str, holders: Sequence[Sequence[str]]) -> bool:
    """Whether the article's own words for the person named give another nationality than `country`
    ("le Premier ministre russe Mikhail Mishustin" sentences away from the quote)."""
    stated = {c for role, person in holders if same_name(name, person) for c in countries_in(role)}
    return bool(stated) and not stated & REGIONS.get(country, {country})


def same_name(name: str, folded_text: str) -> bool:
    """Whether a name from the question appears in the text, across spellings: "Putin" / "Poutine",
    "Mishustin" / "Michoustine" (same consonants), "Baikonur" / "Baïkonour" (close trigrams)."""
    words = [w for latin in latin_spellings(name) for w in re.findall(r"\w{3,}", latin) if w not in LINK_WORDS]
    if not words:  # "DW", "AP": a short name is found as it is written, not by its spelling
        text_words = set(re.findall(r"\w+", folded_text))
        return any(w in text_words for w in re.findall(r"\w{2}", transliterate(name)))
    text_words = set(re.findall(r"\w{3,}", folded_text))
    for w in words:
        if any(w == t or skeleton(w) == skeleton(t) and len(skeleton(w)) >= 2 or near_spelling(w, t)
               for t in text_words):
            return True
    return False


def _side_stated(folded_phrase: str, side: str) -> bool:
    """Whether a role's words give it the side asked: "du Kazakhstan", "kazakh" (countries_in reads both)."""
    return bool(countries_in(folded_phrase) & REGIONS.get(side, {side}))
