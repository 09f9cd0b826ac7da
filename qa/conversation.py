"""Follow-up questions made self-contained, without generating text.

"Et en 2013 ?" after "Quel accord militaire ont-ils signé en mars 1994 ?" becomes "Quel accord
militaire ont-ils signé en 2013 ?"; "Qui l'a ratifié ?" brings in what the previous question was
about. The result is shown to the user ("Understood as: …") so a wrong reading is seen and fixed;
a question that stands alone is left exactly as typed. Every rule works on the question's words:
its dates, its named entities, its interrogative word, its pronouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.answer.question import NATIONALITIES, detect_language
from qa.corpus import fold
from qa.facts import find_dates

_LEAD = re.compile(
    r"^\s*(?:et|and|mais|but|ou|or|what about|how about|and what about|qu'en est-il (?:de|du|des|pour)|"
    r"et (?:pour|concernant|quid de|s'agissant de|du côté de)|et qu'en est-il (?:de|du|des|pour)|"
    r"what of|same (?:question )?for|même question pour|и|а как насч[её]т|а)\b[\s,]*",
    re.IGNORECASE,
)
_WH = re.compile(
    r"\b(qui|que|qu'|quoi|quel|quelle|quels|quelles|lequel|laquelle|comment|quand|pourquoi|combien|où|"
    r"what|who|whom|which|where|when|why|how|кто|что|когда|где|почему|сколько|какие|какой)\b",
    re.IGNORECASE,
)
_BARE = re.compile(
    r"^\s*(?:et |and |mais |but )?(pourquoi(?: donc)?|depuis quand|jusqu'à quand|jusqu'a quand|combien de temps|"
    r"quand|combien|où|ou ça|qui|comment|lequel|laquelle|since when|until when|how long|"
    r"why|when|how much|how many|how|where|who|which one|почему|когда|сколько|где|кто)\s*(?:donc|alors|exactement|"
    r"exactly|then)?\s*\??\s*$",
    re.IGNORECASE,
)
# A pronoun or demonstrative that points back: "Qui l'a ratifié ?", "When was it signed?", "cet accord".
_ANAPHORA = re.compile(
    r"\bl['’](?:a|ont|avait|avaient|aura|auront|a-t-(?:il|elle|on)|ont-(?:ils|elles))\b"
    r"|\b(?:les|la|le|lui|leur|en|y) (?:a|ont|avait|avaient|a-t-(?:il|elle|on)|ont-(?:ils|elles))\b"
    r"|-t-(?:il|elle)\b|\w-(?:ils|elles|il|elle)\b"
    r"|^(?:\w+ )?(?:il|elle|ils|elles)\b"
    r"|\b(?:cet|cette|ces|ce) (?:accord|traité|traite|document|pays|organisation|organisme|mission|forum|visite|"
    r"décision|decision|proposition|projet|système|systeme|programme|alliance|union|communauté|communaute|"
    r"base|cosmodrome|loyer|montant|chiffre|sommet|réunion|reunion|déclaration|declaration|homme|ministre|"
    r"président|president|responsable|dernier|dernière)\b"
    r"|\b(?:it|its|they|them|their|he|him|his|she|her)\b"
    r"|\b(?:this|that|these|those) (?:agreement|treaty|document|country|countries|organisation|organization|"
    r"mission|forum|visit|decision|proposal|project|system|programme|program|alliance|union|base|"
    r"cosmodrome|rent|amount|figure|summit|meeting|declaration|man|minister|president)\b"
    r"|\b(?:его|её|ее|их|он|она|они|это|этот|эта|этого)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-ÞА-Я][\w'’-]*(?:\s+(?:de |du |des |d['’]|la |le |of |the )?[A-ZÀ-ÖØ-ÞА-Я][\w'’-]*)*")
_ARTICLE = re.compile(r"(?:\b(?:de la|de l['’]|du|des|de|d['’]|la|le|les|l['’]|the|of the|of)\s*)$", re.IGNORECASE)
_DATE_PREP = re.compile(r"(?:\b(?:en|le|au|depuis|in|on|since|до|в)\s+)$", re.IGNORECASE)
_AUX = re.compile(
    r"\s*\b(?:\w+-t-(?:il|elle|on)|\w+-(?:ils|elles|il|elle|on)|a|ont|est|sont|été|était|étaient|"
    r"did|does|do|was|were|is|are|has|have|had)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reading:
    """How a question was understood: `text` is what is searched and verified."""

    text: str
    original: str
    how: str
    """'standalone', 'replaced date', 'replaced entity', 'added subject', 'asked about previous'."""

    @property
    def changed(self) -> bool:
        return self.text != self.original


def interpret(question: str, history: list[str] | tuple[str, ...] = ()) -> Reading:
    """The self-contained reading of `question` after the earlier questions `history` (oldest first)."""
    previous = ""
    for earlier in history:
        if earlier and earlier.strip():
            previous = _resolve(earlier.strip(), previous).text
    return _resolve(question.strip(), previous) if question.strip() else Reading(question, question, "standalone")


def _resolve(question: str, previous: str) -> Reading:
    alone = Reading(question, question, "standalone")
    if not previous:
        return alone
    if _BARE.match(question):
        return Reading(_swap_wh(previous, question), question, "asked about previous")
    lead = _LEAD.match(question)
    rest = question[lead.end():] if lead else question
    if lead and rest.strip(" ?") and not _WH.search(rest):
        return _ellipsis(question, rest.strip(" ?.!"), previous)
    if _ANAPHORA.search(question) and not _names(question):
        return Reading(_with_subject(question, previous), question, "added subject")
    if _ANAPHORA.search(question) and re.search(r"\b(?:it|its|they|them|l['’]a|l['’]ont)\b", question, re.IGNORECASE):
        return Reading(_with_subject(question, previous), question, "added subject")
    return alone


def _ellipsis(question: str, fragment: str, previous: str) -> Reading:
    """"Et en 2013 ?": the fragment replaces the constraint of the same kind in the previous question."""
    shift = _relative_year(fragment)
    old = find_dates(previous)
    if shift and old:
        years = re.findall(r"\b(1[89]\d\d|20\d\d)\b", previous[old[-1].start : old[-1].end])
        if years:
            a, b = _widen(previous, old[0].start, old[-1].end, _DATE_PREP)
            phrase = _keep_words(previous[a:b], str(int(years[-1]) + shift), _DATE_PREP_START)
            return Reading(_join(previous[:a], phrase, previous[b:]), question, "replaced date")
    if find_dates(fragment):
        old = find_dates(previous)
        if not old:
            return Reading(_append(previous, fragment), question, "replaced date")
        a, b = _widen(previous, old[0].start, old[-1].end, _DATE_PREP)
        return Reading(_join(previous[:a], _keep_words(previous[a:b], fragment, _DATE_PREP_START), previous[b:]),
                       question, "replaced date")
    new = _names(fragment)
    if new:
        kind = _kind(new[-1][2])
        same = [n for n in _names(previous) if _kind(n[2]) == kind]
        if same:
            a, b = _widen(previous, same[-1][0], same[-1][1], _ARTICLE)
            replacement = _keep_preposition(previous[a:b], fragment)
            return Reading(_join(previous[:a], replacement, previous[b:]), question, "replaced entity")
    return Reading(_append(previous, fragment), question, "added subject")


def _relative_year(fragment: str) -> int:
    f = fold(fragment)
    if re.search(r"\b(l'annee (precedente|d'avant|derniere)|un an (plus tot|avant)|the (year|one) before|"
                 r"the previous year|a year earlier)\b", f):
        return -1
    if re.search(r"\b(l'annee (suivante|d'apres)|un an (plus tard|apres)|the (year|one) after|the next year|"
                 r"a year later)\b", f):
        return 1
    return 0


_DATE_PREP_START = re.compile(r"^\s*(en|le|au|depuis|in|on|since|в)\s+", re.IGNORECASE)


def _keep_words(old: str, fragment: str, start: re.Pattern) -> str:
    """'en mars 1994' replaced by '2013' keeps its 'en': 'en 2013'."""
    m = start.match(old)
    if m and not start.match(fragment):
        return f"{m.group(1)} {fragment.strip()}"
    return fragment


def _keep_preposition(old: str, fragment: str) -> str:
    """'de l'OTSC' replaced by 'la CEI' keeps its 'de': 'de la CEI'."""
    m = re.match(r"\s*(de|d['’]|du|des|of)(?=\s|['’]|[A-ZÀ-Ý])\s*", old, re.IGNORECASE)
    f = fragment.strip()
    if not m or re.match(r"(de|d['’]|du|des|of)\b", f, re.IGNORECASE):
        return f
    prep = m.group(1).lower()
    if prep in ("du", "des", "d'", "d’"):
        prep = "de"
    if prep == "de" and re.match(r"le\s", f, re.IGNORECASE):
        return "du " + f[3:]
    if prep == "de" and re.match(r"les\s", f, re.IGNORECASE):
        return "des " + f[4:]
    if prep == "de" and re.match(r"[aeiouyàâéèêîôûh]", f, re.IGNORECASE):
        return "d'" + f
    return f"{prep} {f}"


def _with_subject(question: str, previous: str) -> str:
    """The question, then what the previous one was about (its words minus the asking)."""
    topic = _topic(previous)
    q = question.rstrip()
    return f"{q} — {topic}" if topic else q


def _topic(previous: str) -> str:
    text = previous.strip().rstrip("?").strip()
    m = _WH.match(text) or re.match(r"^(?:est-ce qu['’]|est-ce que|qu['’]est-ce qu['’])", text, re.IGNORECASE)
    if m:
        text = text[m.end():]
        text = re.sub(r"^\s*(?:de |d['’]|des |est |sont |a |ont )", "", text, flags=re.IGNORECASE)
    text = _AUX.sub("", text)
    return " ".join(text.split()).strip(" ,;:")


def _swap_wh(previous: str, bare: str) -> str:
    """'Pourquoi ?' after 'Quand l'accord a-t-il été signé ?' → 'Pourquoi l'accord a-t-il été signé ?'."""
    word = _BARE.match(bare).group(1)  # type: ignore[union-attr]
    word = word[0].upper() + word[1:]
    text = previous.strip()
    m = re.match(r"^\s*(?:(?:en |in |à |a |de |depuis |since )?(?:quel|quelle|quels|quelles|which|what)\s+"
                 r"(?!(?:did|does|do|is|are|was|were|has|have|had|will|can|est|sont|a|ont)\b)[\w'’-]+"
                 r"|combien de\s+[\w'’-]+|how (?:much|many)\s+[\w'’-]+|[\w'’-]+)\s*", text, re.IGNORECASE)
    if m and _WH.match(text[: m.end()].strip().split()[0] if text[: m.end()].strip() else "") or (
            m and _WH.search(text[: m.end()])):
        rest = text[m.end():]
        return f"{word} {rest}".strip() if rest.strip(" ?") else f"{word} ? — {_topic(previous)}"
    return f"{word} ? — {_topic(previous)}"


def _names(text: str) -> list[tuple[int, int, str]]:
    """Capitalised names and acronyms, not the sentence's first word when it is a common one."""
    out = []
    for m in _NAME.finditer(text):
        name = m.group(0)
        first = name.split()[0]
        at_start = m.start() == 0 or not text[: m.start()].strip()
        if at_start and (_WH.match(first) or fold(first) in _COMMON_STARTS):
            rest = name[len(first):].strip()
            if rest:
                start = m.start() + name.index(rest)
                out.append((start, start + len(rest), rest))
            continue
        out.append((m.start(), m.end(), name))
    return out


_COMMON_STARTS = {"et", "and", "mais", "but", "ou", "or", "what", "how", "qu'en", "le", "la", "les", "the",
                  "pour", "for", "de", "du", "des", "about", "en", "in", "est-ce", "dans", "depuis", "a", "à",
                  "selon", "according", "did", "does", "do", "is", "are", "was", "were", "has", "have", "can"}


def _kind(name: str) -> str:
    folded = fold(name)
    words = re.findall(r"[\w'-]+", folded)
    if any(w in NATIONALITIES for w in words) or folded in NATIONALITIES:
        return "country"
    if name.isupper() and len(name) <= 8:
        return "organisation"
    if len(words) >= 2 and all(w[:1].isalpha() for w in words):
        return "person-or-title"
    return "name"


def _widen(text: str, a: int, b: int, before: re.Pattern) -> tuple[int, int]:
    m = before.search(text[:a])
    return (m.start() if m else a), b


def _join(head: str, middle: str, tail: str) -> str:
    """Splice a replacement in, keeping the question's own spacing before '?' (French puts one)."""
    spaced = bool(re.search(r"\s[?!]\s*$", tail))
    text = " ".join(f"{head.rstrip()} {middle.strip()} {tail.lstrip()}".split())
    text = re.sub(r"\s+([?!.,])", r"\1", text)
    return re.sub(r"([^\s])([?!])", r"\1 \2", text) if spaced else text


def _append(previous: str, fragment: str) -> str:
    core = previous.rstrip().rstrip("?").rstrip()
    mark = " ?" if previous.rstrip().endswith(" ?") else "?"
    return f"{core} {fragment.strip()}{mark}"


def reading_language(reading: Reading) -> str:
    """The user's language is the one they typed the follow-up in, when it says enough."""
    return detect_language(reading.original)
