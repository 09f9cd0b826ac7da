"""Corpus-wide facts about names, derived at build time from the sentences and their annotations.

Which folded names are entities (and of which kind), which acronyms the corpus spells out, and which
role each document gives its people. The answer stage needs all three for every question; computed
at start-up they cost a pass over every sentence of the corpus, so the build stores them in
`entities.json`. Bump ENTITIES_VERSION when what they compute changes: older indexes become stale.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.chunking import Sentence
from qa.corpus import fold

ENTITIES_VERSION = 2
PAREN_ACRONYM = re.compile(r"\(([A-ZÀ-Þ]{2,6})\)")
ACRONYM_PAREN = re.compile(r"(?<![\w-])([A-ZÀ-Þ]{2,6})\s+\(([^()]{5,120})\)")
LINK_WORDS = {"de", "du", "des", "la", "le", "les", "et", "d", "l", "pour", "en", "of", "the", "and"}
_ROLE_HEAD = re.compile(r"\b(?:vice[ -])?(?:premier |vice-premier )?(?:ministre|president|porte-parole|chef|directeur|"
                        r"directrice|ambassadeur|secretaire|depute|gouverneur|maire|chercheur|general|commandant|"
                        r"conseiller)\b")
_ROLE_AFTER = re.compile(r"^\s*,\s*((?:le |la |l['’])?[^,.;«»“”()]{4,80}?)\s*(?:,|\.|$)")
_ROLE_BEFORE = re.compile(r"(?:^|[,.;:]\s*|\bselon\s+|\bde\s+|\b)((?:le |la |l['’])[^,.;«»“”()]{4,80}?)[\s,]*$",
                          re.IGNORECASE)


class EntityCollector:
    """What `entities.json` holds ({"vocabulary": {name: label}, "aliases": {acronym: [names]},
    "roles": {doc_id: [[role, person]]}}), gathered batch by batch so a build never holds every
    sentence at once. Each batch must hold whole documents (roles are per document)."""

    def __init__(self) -> None:
        self.aliases: dict[str, list[str]] = {}
        self.roles: dict[str, list[list[str]]] = {}
        self._names: dict[str, str] = {}
        self._lower: dict[str, int] = {}
        self._upper: dict[str, int] = {}
        self._folded: dict[str, str] = {}

    def add(self, sentences: Sequence[Sentence], annotations: Sequence[dict]) -> None:
        for acronym, names in aliases(sentences).items():
            known = self.aliases.setdefault(acronym, [])
            known.extend(n for n in names if n not in known)
        self.roles.update(person_roles(sentences, annotations))
        _count_words(sentences, self._lower, self._upper, self._folded)
        for s, ann in zip(sentences, annotations):
            for a, b, label in ann.get("ents", []):
                name = re.sub(r"^(l'|la |le |les |d')", "", fold(s.text[a:b]))
                if len(name) >= 3:
                    self._names.setdefault(name, label)

    def result(self) -> dict:
        # "Défense" in "ministre de la Défense" is tagged, but "défense" is a common noun.
        vocab = {name: label for name, label in self._names.items()
                 if " " in name or self._lower.get(name, 0) < self._upper.get(name, 0)}
        return {"vocabulary": vocab, "aliases": self.aliases, "roles": self.roles}


def initials(vocabulary: dict[str, str]) -> dict[str, str]:
    """The acronym each name of three or more words makes from its initials ("union economique
    eurasienne" → "uee"), for the names whose initials no other name shares."""
    out: dict[str, str] = {}
    seen: dict[str, int] = {}
    for name in vocabulary:
        words = [w for w in re.findall(r"\w+", name) if w not in LINK_WORDS]
        if len(words) >= 3 and all(w.isalpha() for w in words):
            acronym = "".join(w[0] for w in words)
            seen[acronym] = seen.get(acronym, 0) + 1
            out[name] = acronym
    return {name: acronym for name, acronym in out.items() if seen[acronym] == 1}


def aliases(sentences: Sequence[Sentence]) -> dict[str, list[str]]:
    """Acronyms and the names they abbreviate, as the corpus defines them: "Organisation du Traité
    de sécurité collective (OTSC)" lets a question about the OTSC match the sentence that spells it
    out, and "l'OCS (Organisation de Coopération de Shanghai)" a question naming the organisation
    match the sentences that write "l'OCS"."""
    out: dict[str, list[str]] = {}

    def add(acronym: str, name: str) -> None:
        names = out.setdefault(fold(acronym), [])
        if name not in names:
            names.append(name)

    for sentence in sentences:
        text = sentence.text
        if "(" not in text:
            continue
        for m in ACRONYM_PAREN.finditer(text):
            content = [w for w in re.findall(r"\w+", m.group(2)) if w.lower() not in LINK_WORDS]
            if fold("".join(w[0] for w in content)) == fold(m.group(1)):
                add(m.group(1), fold(m.group(2).strip()))
        for m in PAREN_ACRONYM.finditer(text):
            before = text[max(0, m.start() - 200) : m.start()]
            spans = list(re.finditer(r"[\w’'-]+", before))[-9:]
            if len(spans) < 2 or before[spans[-1].end():].strip():
                continue
            acronym, phrase = m.group(1), before[spans[0].start() : spans[-1].end()]
            content = [w for w in re.findall(r"\w+", phrase) if w.lower() not in LINK_WORDS]
            for n in range(len(acronym), len(content) + 1):
                tail = content[-n:]
                if fold("".join(w[0] for w in tail)) == fold(acronym):
                    add(acronym, fold(phrase[phrase.find(tail[0]):]))
                    break
    return out

def person_roles(sentences: Sequence[Sentence], annotations: Sequence[dict]) -> dict[str, list[list[str]]]:
    """Per document, the people it names with their role, from appositions: "Timour Dandybaiev,
    vice ministre de la Défense du Kazakhstan", "le porte-parole du ministère …, Aybek Smadiyarov",
    "le Premier ministre russe Mikhail Mishustin". A later "le vice ministre de la Défense a
    rassuré …" is then that person speaking. A role two people share in one document is dropped."""
    found: dict[str, dict[str, set[str]]] = {}
    for s, ann in zip(sentences, annotations):
        text = s.text
        for a, b, label in ann.get("ents", []):
            if label != "PER":
                continue
            after = _ROLE_AFTER.match(text[b : b + 90])
            before = _ROLE_BEFORE.search(text[max(0, a - 90) : a])
            for m in (after, before):
                head = _ROLE_HEAD.search(fold(m.group(1))) if m else None
                if head:
                    key = " ".join(fold(m.group(1))[head.start() :].split()[:4])
                    found.setdefault(s.doc_id, {}).setdefault(key, set()).add(fold(text[a:b]))
    return {doc: [[role, next(iter(people))] for role, people in roles.items() if len(people) == 1]
            for doc, roles in found.items()}

def _count_words(sentences: Sequence[Sentence], lower: dict[str, int], upper: dict[str, int],
                 folded: dict[str, str]) -> None:
    """How often each folded word is written capitalised and not."""
    for s in sentences:
        for w in re.findall(r"\w+", s.text):
            counts = upper if w[0].isupper() else lower
            key = folded.get(w)
            if key is None:
                key = folded[w] = fold(w)
            counts[key] = counts.get(key, 0) + 1
