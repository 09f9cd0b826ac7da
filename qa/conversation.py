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
_AUXILIARIES = {"a", "ont", "est", "sont", "été", "était", "étaient", "avait", "avaient", "did", "does", "do", "was",
                "were", "is", "are", "has", "have", "had"}
_INVERSION = re.compile(r"\b(\w+)-(?:t-)?(?:il|elle|on|ils|elles)\b", re.IGNORECASE)
_AUX = re.compile(rf"\s*\b(?:{'|'.join(sorted(_AUXILIARIES, key=len, reverse=True))})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """How a question was understood: `text` is what is searched and verified."""

    text: str
    original: str
    how: str
    """'standalone', 'replaced date', 'replaced entity', 'replaced subject', 'added subject', 'asked about previous'."""

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
    if _points_back(question):
        return Reading(_with_subject(question, previous), question, "added subject")
    return alone


_ALWAYS_BACK = re.compile(
    r"\b(?:it|its|they|them|their|he|him|his|she|her)\b|\bl['’](?:a|ont|avait|avaient)\b"
    r"|\b(?:cet|cette|ces|ce|this|that|these|those) (?!pays\b)[^\W\d_]{3,}\b(?<!\bce que)"
    r"|\best-ce (?:important|vrai|possible|grave|le cas)\b|\bcela\b|\bça\b|\bis (?:that|this) (?:true|important)\b",
    re.IGNORECASE,
)
_INVERTED = re.compile(r"\b\w+-(?:t-)?(?:il|elle|ils|elles)\b", re.IGNORECASE)


def _points_back(question: str) -> bool:
    """A pronoun or demonstrative whose antecedent is not in the question itself."""
    if _ALWAYS_BACK.search(question) and not re.search(r"\b(?:est-ce qu|qu['’]est-ce)", question, re.IGNORECASE):
        return True
    if not _ANAPHORA.search(question):
        return False
    inverted = _INVERTED.search(question)
    if inverted:
        # "Qu'a-t-il déclaré …" points back; "Poutine a-t-il …", "Quand la Russie l'a-t-elle …" name their subject.
        before = question[: inverted.start()]
        before = re.sub(r"^\s*(?:et\s+)?(?:qu['’]|que|quand|où|comment|pourquoi|combien|qui|quel\w*|à quoi|de qui|"
                        r"en quoi|pour quoi|depuis quand)\s*", "", before, flags=re.IGNORECASE)
        return not re.search(r"[A-ZÀ-ÖØ-Þ]\w+|\b(?:le|la|les|l['’]|un|une|ce|cette)\s*\w", before)
    return not _names(question)


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
    owner = re.match(r"^(?:celui|celle|ceux|celles)\s+(d['’]|de la|de l['’]|du|des|de)\s*(.+)$|^(.+?)['’]s$",
                     fragment.strip(), re.IGNORECASE)
    if owner:
        country = _country_mention(previous)
        if country:
            a, b = country
            if owner.group(3):  # "And Kazakhstan's?" → "Who is Kazakhstan's Prime Minister?"
                a, b = _widen(previous, a, b, re.compile(r"\bthe\s+$", re.IGNORECASE))
                return Reading(_reorder_possessive(previous, a, b, owner.group(3)), question, "replaced entity")
            phrase = f"{owner.group(1)} {owner.group(2)}".replace("' ", "'").replace("’ ", "’")
            return Reading(_join(previous[:a], phrase, previous[b:]), question, "replaced entity")
    new = _names(fragment)
    lead = re.match(r"^\s*(qui est|qui était|qui sont|quel est|quelle est|quels sont|quelles sont|who is|who was|"
                    r"who are|what is|what are)\b", previous, re.IGNORECASE)
    if new and lead and fold(new[-1][2]) in fold(previous):
        # "Et le Premier ministre du Kazakhstan ?" after "Qui est le porte-parole … du Kazakhstan ?"
        mark = " ?" if previous.rstrip().endswith(" ?") else "?"
        return Reading(f"{lead.group(1)} {fragment.strip()}{mark}", question, "replaced subject")
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


def _country_mention(text: str) -> tuple[int, int] | None:
    """The last country or nationality word: "Russie", "russe", "Russian"."""
    found = None
    for m in re.finditer(r"[^\W\d_][\w'’-]*", text):
        word = fold(m.group(0))
        word = re.sub(r"^(?:l'|d')", "", word)
        if word in NATIONALITIES:
            found = (m.start() + (len(m.group(0)) - len(re.sub(r"^(?:l['’]|d['’])", "", m.group(0)))), m.end())
    return found


def _reorder_possessive(previous: str, a: int, b: int, owner: str) -> str:
    """English adjective of nationality → possessive: 'the Russian Prime Minister' → "Kazakhstan's Prime Minister"."""
    return _join(previous[:a], f"{owner}'s", previous[b:])


def _keep_preposition(old: str, fragment: str) -> str:
    """'de l'OTSC' replaced by 'la CEI' keeps its 'de': 'de la CEI'."""
    m = re.match(r"\s*(de|d['’]|du|des|of)(?=\s|['’]|[A-ZÀ-Ý])\s*", old, re.IGNORECASE)
    f = fragment.strip()
    if not m:
        # "Combien de pays compte la CEI ?" + "Et de l'OTSC ?" → "… compte l'OTSC ?": "de" belonged to
        # the fragment's own ellipsis ("et de l'OTSC, combien ?"), not to the slot it fills.
        d = re.match(r"(du|des|de|d['’])\s*(?=\S)", f, re.IGNORECASE)
        if d and not re.match(r"\s*(de|d['’]|du|des|of)\b", old, re.IGNORECASE) and re.match(
                r"\s*(le|la|les|l['’])", old, re.IGNORECASE):
            rest = f[d.end():]
            lead = d.group(1).lower()
            return ("le " if lead == "du" else "les " if lead == "des" else "") + rest
        return f
    if re.match(r"(de|d['’]|du|des|of)\b", f, re.IGNORECASE):
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
    """The question with its pronoun replaced by the person the previous question was about, or else
    followed by what the previous one was about (its words minus the asking)."""
    person = _person(previous)
    if person:
        named = _name_the_pronoun(question, person)
        if named != question:
            return named
    topic = _topic(previous, subject_only=True)
    q = question.rstrip()
    return f"{q} — {topic}" if topic else q


_PERSON = re.compile(r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3})")


def _person(previous: str) -> str:
    """Who the previous question was about: "Qui est X ?", "Qu'a déclaré X", "Quand X a-t-il …",
    "What did X say", "When did X visit" — a capitalised name that is not a country."""
    patterns = (
        r"^\s*(?:qui est|qui était|who is|who was)\s+(?:(?:le|la|the)\s+)?",
        r"\bqu['’]a(?:-t-il|-t-elle)?\s+(?:déclaré|dit|affirmé|annoncé|proposé|suggéré|souligné|promis|demandé)\s+",
        r"^\s*(?:quand|où|comment|pourquoi|à quoi|a quoi|qu['’]a)\s+",
        r"\b(?:what|when|where|why|how) did\s+",
    )
    for pattern in patterns:
        m = re.search(pattern, previous, re.IGNORECASE)
        if not m:
            continue
        name = _PERSON.match(previous, m.end())
        if name and _kind(name.group(0)) != "country" and not _WH.fullmatch(name.group(0).split()[0]):
            return name.group(0)
    return ""


def _name_the_pronoun(question: str, person: str) -> str:
    """"Qu'a-t-il déclaré ?" → "Qu'a déclaré X ?"; "Quand a-t-il …" → "Quand X a-t-il …"; "he" → X."""
    m = re.match(r"^(\s*qu['’]a)-t-(?:il|elle)\s+(\w+)", question, re.IGNORECASE)
    if m:
        return f"{m.group(1)} {m.group(2)} {person}{question[m.end():]}"
    m = re.search(r"\b\w+-t-(?:il|elle)\b|\b(?:a|est|était|avait)-(?:il|elle)\b", question, re.IGNORECASE)
    if m and not re.search(r"\bl['’]\w+-t-", question[max(0, m.start() - 3) : m.end()]):
        return f"{question[: m.start()]}{person} {question[m.start():]}"
    return re.sub(r"\b(?:he|she)\b", person, question, count=1, flags=re.IGNORECASE)


def _topic(previous: str, subject_only: bool = False) -> str:
    text = previous.strip().rstrip("?").strip()
    m = re.match(r"^(?:combien de|combien d['’]|how many|how much|(?:en |in )?(?:quel|quelle|quels|quelles|which|what)"
                 r"(?=\s)|est-ce qu['’]|est-ce que|qu['’]est-ce qu['’])", text, re.IGNORECASE) or _WH.match(text)
    if m:
        text = text[m.end():]
        text = re.sub(r"^\s*(?:de |d['’]|des |est |sont |a |ont )", "", text, flags=re.IGNORECASE)
    text = _INVERSION.sub(lambda m: "" if m.group(1).lower() in _AUXILIARIES else m.group(1), text)
    text = _AUX.sub("", text)
    # The subject, not what was asked about it: "l'accord … signé" would pull the answer to "Qui l'a
    # ratifié ?" towards the signing sentence.
    if subject_only:
        text = re.sub(r"(?:\s+(?:\w+(?:é|ée|és|ées|ed)|sign))+\s*$", "", text.strip(), flags=re.IGNORECASE)
    return " ".join(text.split()).strip(" ,;:")


def _swap_wh(previous: str, bare: str) -> str:
    """'Pourquoi ?' after 'Quand l'accord a-t-il été signé ?' → 'Pourquoi l'accord a-t-il été signé ?';
    after a question built on 'quel …' or 'combien de …', the new word and the previous topic."""
    word = _BARE.match(bare).group(1)  # type: ignore[union-attr]
    word = word[0].upper() + word[1:]
    m = re.match(r"^\s*(?:quand|où|comment|pourquoi|qui|when|where|how|why|who)\b(?!\s+(?:de|d['’]|many|much)\b)\s*",
                 previous, re.IGNORECASE)
    if m and previous[m.end():].strip(" ?"):
        return f"{word} {previous[m.end():].strip()}"
    mark = "?" if detect_language(bare) == "en" else " ?"
    return f"{word}{mark} — {_topic(previous)}"


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
