"""Spans of a quote that hold what the question asks for: the date, the amount, the person, the
list of countries, the reason clause, the object of "appelé à". They drive both verification
(is the expected type there?) and the highlight (which words answer?).

Entities, dates and amounts come from the build-time annotations of each sentence; reasons,
statements and enumerations from patterns over the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from qa.answer.question import (
    BODY_ASKED,
    CAPITALS,
    FULL_NAME_WORDS,
    IN_PERCENT,
    NAME_ASKED_RU,
    NAME_TAIL,
    NATIONALITIES,
    ORG_HEADS,
    PERSON_ASKED,
    PERSON_HEADS,
    RANK_ASKED,
    REGIONS,
    RELATION_ROLES,
    RELATIONS,
    ROLE_WORDS,
    SPEECH_VERBS,
    WEEKDAYS,
    WHICH_ROLE,
    asked_nationality,
    asked_role,
    chambers_in,
    countries_in,
    free_counts,
    source_asked,
)
from qa.corpus import fold
from qa.facts import COUNT_WORDS, MAGNITUDES, amount_measure, find_amounts, find_dates
from qa.text import ACRONYMS, RUSSIAN_CASE, STOPWORDS, analyze_cached, near_spelling, skeleton, transliterate

_REASON = re.compile(
    r"\b(?:(?<!n['’]est )pour(?!\s+(?:lequel|laquelle|lesquel\w*|cent|autant|l['’]instant|le moment|la premi\w+))|afin de|afin d['’]|afin que|parce que|parce qu['’]|car|en raison d(?:e|u|es|['’])|grâce à|"
    r"du fait d(?:e|u|es|['’])|puisque|puisqu['’]|dans le but d(?:e|['’])|à mesure que|because|due to|"
    r"in order to|so that|so as to|en vue d(?:e|['’])|soucieux d(?:e|['’])|"
    r"soucieuse d(?:e|['’])|désireux d(?:e|['’])|à la suite d(?:e|u|es|['’])|suite à|dans (?:le|un) contexte d(?:e|u|es|['’])|in the context of|amid|"
    r"c['’]est pourquoi|(?:est|sont|était|étaient|a été|ont été) (?:déterminé|dicté|motivé|expliqué|justifié)e?s? par)\b[^.;:!?»]*"
    r"|^[^.;:!?»]*\b(?:fut|a été|ont été|est|sont) ainsi\b[^.;:!?»]*",
    re.IGNORECASE,
)
_CONSEQUENCE = re.compile(r"(?:,\s*)?(?:\bet\s+)?\b(?:par conséquent|de ce fait|therefore)\b", re.IGNORECASE)
"""A consequence marker: the reason is the clause before it ("La responsabilité de l'OTSC est
limitée aux frontières de ses États membres, et par conséquent, elle ne sera pas partie à la guerre")."""


def reason_spans(text: str) -> list[tuple[int, int]]:
    """The reason clauses of a text: after "parce que", "afin de" …, or before "par conséquent"."""
    spans = [m.span() for m in _REASON.finditer(text)]
    for m in _CONSEQUENCE.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ".;:!?") + 1
        while start < m.start() and text[start].isspace():
            start += 1
        spans.append((start, m.start()))
    return sorted(spans)
WRITTEN_BY = ("écrit", "écrivait", "rapporte", "rapportait", "note", "notait")
"""Verbs after which a source is named ("…, qui entretient des liens très étroits avec la Russie, écrit
DW"): a medium speaks there, whatever the sentence says before."""
_WRITTEN = "|".join(WRITTEN_BY)
_NAMED_AFTER = rf"(?:{_WRITTEN})\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))"
SPEECH = re.compile(
    r"\b(?:a|ont|avait|aurait)\s+(?:également\s+|aussi\s+|notamment\s+)?(?:déclaré|dit|affirmé|annoncé|"
    r"ajouté|souligné|estimé|appelé|exhorté|invité|proposé|suggéré|promis|assuré|rassuré|indiqué|"
    r"précisé|averti|dénigré|insisté|demandé|répondu|expliqué|rappelé|reconnu|réagi|jugé|prévenu|dénoncé|"
    r"martelé)\b|\bselon\b|[«“\"”]|\bdéclare\b|\baffirme\b|\bindique\b"
    rf"|(?<=,)\s*{_NAMED_AFTER}"  # a source named after what it wrote
    # a view held, for "Comment la Russie voit-elle …": "La Russie considère … comme son arrière-cour"
    r"|\b(?:considère|considèrent|estime|estiment|perçoit|perçoivent)\b"
    r"|\b(?:message|réponse|position)\b[^.;!?]{0,60}?\b(?:était|a été|est)\s+(?:que|qu['’])",
    re.IGNORECASE,
)
_SPEECH_OBJECT = re.compile(
    r"\b(?:appelé|exhorté|invité)\s+(?:à|a|les?\s+[^.;!?]{0,200}?\s+(?:à|pour))\s+([^.;!?]+)"
    r"|\b(?:déclaré|dit|affirmé|annoncé|souligné|estimé|suggéré|indiqué|assuré|rassuré|proposé)\s+"
    r"(?:que|qu['’]|de|d['’])\s*([^.;!?]+)"
    r"|\b(?:annoncé|proposé|promis|demandé|suggéré|souligné|dénoncé|réclamé)\s+"
    r"((?:la|le|les|l['’]|un|une|des|son|sa|ses|leur|leurs)\s*[^.;!?]+)"
    r"|\b(?:message|réponse|position)\b[^.;!?]{0,60}?\b(?:était|a été|est)\s+(?:que|qu['’])\s*([^.;!?]+)"
    r"|\b(?:considère|considèrent|perçoit|perçoivent)\s+[^.;!?]{0,120}?\bcomme\s+([^.;!?]+)"
    r"|«\s*([^»]+?)\s*»|“([^”]+)”"
    rf"|^\s*(.{{15,}}?),\s*{_NAMED_AFTER}"
    r"|^\s*([^,]{3}.{12,}?),\s+(?:a|ont|avait|aurait)\s+(?:également\s+|aussi\s+)?(?:ajouté|déclaré|affirmé|"
    r"indiqué|précisé|souligné|estimé|dit|expliqué|assuré|annoncé)\b",
    re.IGNORECASE,
)
_MINISTRY_OF = re.compile(r"minist\w*\s+(?:de la |de l['’]|des |du |de |of (?:the )?)$", re.IGNORECASE)
_PLACE_PREP = re.compile(r"(?:\bà|\bau|\baux|\ben|\bdans|\bdepuis|\bvers|\bin|\bat)\s+$")
_PLACE_PHRASE = re.compile(
    r"\b(?:au sein d(?:u|es|e la|e l['’])|à l['’]intérieur d(?:u|es|e la|e l['’])|vers|à destination d(?:u|es|e la|e l['’]))"
    r"\s*((?:des|les|la|le|l['’]|un|une|\d+\w*)?\s*[^,.;:«»()]{3,80}?)\s*(?=[,.;:»)]|$)", re.IGNORECASE)
_CAMP = re.compile(r"(?:l['’])?(?:Occident|Ouest)", re.IGNORECASE)
_WORLD_PHRASE = re.compile(r"\b(?:au |du |le )?reste du monde\b|\b(?:à l['’]|de l['’])étranger\b|\bà l['’]échelle mondiale\b"
                           r"|\bdans le monde entier\b", re.IGNORECASE)
""""puis au reste du monde", "à l'étranger": where, for what the world at large is; no tagger names it."""
_FACILITY_PHRASE = re.compile(
    r"\b(?:dans|en)\s+((?:les|le|la|l['’]|des|un|une|ses|leurs?)\s*(?:universités?|écoles?|académies?|usines?|"
    r"bases?|centres?|instituts?|camps?|casernes?|hôpitaux|hôpital|aéroports?|cosmodromes?|laboratoires?)\b"
    r"[^,.;:«»()]{0,60}?)\s*(?=[,.;:»)]|$)", re.IGNORECASE)
_EXTENT_ASKED = re.compile(r"\bjusqu'ou\b|\bto what extent\b|\bhow far does\b")
_LIMIT_PHRASE = re.compile(
    r"\b(?:limitée?s?|restreinte?s?|bornée?s?|s['’]étend(?:ent)?|jusqu['’]|limited|restricted|extends?)\s*"
    r"(?:à|au|aux|to)\s+((?:des|les|la|le|l['’]|the)?\s*[^,.;:«»()]{3,80}?)\s*(?=[,.;:»)]|$)", re.IGNORECASE)
_PLACE_NOUN = re.compile(
    r"\b(?:base|cosmodrome|ville|région|province|port|capitale|site|aéroport|polygone|village|oblast|"
    r"district|territoire|city|town|region|spaceport|base de lancement)\s+(?:de\s+|d['’]|du\s+|of\s+)?$",
    re.IGNORECASE)
"""A name after a place noun is a place, whatever the tagger said ("la base de lancement de
Baïkonour" is tagged as a person)."""
_EXPANSION = re.compile(r"^\s*\(\s*$")
_ENUM_SEP = re.compile(r"^\)?\s*(?:,|et|and|ainsi que|–|-|:)\s*(?:(?:de|du|des)\s+)?(?:l['’]|la|le|les|du|de|des|d['’])?\s*$",
                       re.IGNORECASE)  # "…, du Turkménistan et de l’Ouzbékistan"

COUNTS_NAMES = re.compile(r"\b(?:combien|how many)\s+(?:de |d')?(?:pays|etats|membres|villes|regions|republiques|"
                          r"countries|states|members|cities|republics)\b|\bскольк(?:о|их|им) (?:стран|государств|членов)")
""""Combien de pays …", "how many countries": names counted, which a list of them answers."""
TYPE_LABELS = {"who": ("PER", "ORG"), "where": ("LOC",), "list": ("LOC", "ORG", "PER", "MISC")}


_UNTIL_DATE = re.compile(r"\b(?:jusqu['’](?:en|au|à|a)|until|till|до)\s+(?:(?:la fin de|fin|the end of)\s+)?"
                        r"(?:\d{1,2}\s+)?(?:[^\W\d]+\s+)?\d{4}\b", re.IGNORECASE)
"""An end date answers "pour combien de temps encore ?": "prolongé … jusqu'en 2050"."""
_SINCE_DATE = re.compile(r"\b(?:depuis|since|с)\s+(?:(?:la fin de|fin|the end of)\s+)?(?:\d{1,2}\s+)?(?:[^\W\d]+\s+)?\d{4}\b",
                         re.IGNORECASE)
_SINCE_WHEN = re.compile(r"\bdepuis quand\b|\bsince when\b|\bс каких пор\b|\bс какого времени\b")
_SINCE_PERIOD = re.compile(r"\b(?:depuis|dès)\s+(?:l['’]époque|l['’]ère|la période|les années|l['’]indépendance|la chute|la fin|"
                           r"la création|la dissolution|l['’]effondrement|l['’]éclatement)\b(?:\s+[^\W\d][\w’'-]*){0,3}",
                           re.IGNORECASE)
""""Depuis quand … ?" and "Depuis l'époque soviétique": a period named, not dated, answers it."""
_RELATIVE_TIME = re.compile(r"\b(?:avant|après)\s+(?:son|sa|ses|leur|leurs|la|le|les|l['’])\s*(voyage|visite|arrivée|départ|"
                            r"élection|investiture|annonce|signature|sommet|réunion|vote|référendum)\b(?:\s+(?:au|à|en|aux)\s+\w+)?",
                            re.IGNORECASE)
""""Quand Poutine a-t-il dit … ?" and "a déclaré avant son voyage au Kazakhstan": a time told by an event,
when no year, month or day is asked, and not the event asked about ("When did Macron visit …?" is not
answered by "après la visite")."""
_SO_FAR_ASKED = re.compile(r"\bhow long (?:has|have|had)\b|\bdepuis combien\b|\bкак давно\b|\bсколько (?:лет|времени) уже\b")
"""A time so far is asked ("How long has the commission been running?"): a start date answers it,
"depuis 1997", not the end date of something else."""
_AGO_ASKED = re.compile(r"\bil y a combien de temps\b|\bhow long ago\b|\bсколько времени назад\b"
                        # "… came how long before this announcement?": before the text's own now.
                        r"|\bhow long before (?:this|that|the) (?:announcement|statement|declaration)\b"
                        r"|\bcombien de temps avant (?:cette|l') ?(?:annonce|declaration)\b")
_RECENT_PAST = re.compile(r"\b(?:le mois|la semaine|l['’]an|l['’]année|la décennie) (?:dernier|dernière|passé|passée)\b|"
                          r"\blast (?:month|week|year)\b|\bв прошлом (?:месяце|году)\b", re.IGNORECASE)
"""How long ago is asked ("c'était il y a combien de temps ?"): "le mois dernier" answers it, as a time elapsed would."""
_SHARE_WORDS = re.compile(r"\b(?:la|une) (?:grande |large |petite )?(?:majorité|plupart|minorité)\b|\bthe (?:vast )?majority\b"
                          r"|\b(?:un|deux) tiers\b|\bla moitié\b|\b(?:un|trois) quarts?\b",
                         re.IGNORECASE)
"""A share stated in words: "la majorité des lancements spatiaux russes" answers "quelle part …"."""
_SHARE_ASKED = re.compile(r"\b(?:quelle part|quelle proportion|quelle fraction|pourcentage|(?:what|which) (?:share|proportion|"
                          r"percentage|fraction|part)|(?:as a|a) (?:share|proportion|fraction) of)\b|как(?:ая|ую) часть|\bдол[яюи]\b")
_DURATION_ASKED = re.compile(r"\b(?:combien de temps|pendant combien|combien d'annees|duree|how long|for how long)\b|"
                             r"\bскольк(?:о|их|им) (?:лет|времени)")
_COUNT_ASKED = re.compile(r"\b(?:combien|how many|how much|how large|how big|roughly|approximately|environ)\b|сколько|скольких")
_WORDED_COUNT = re.compile(
    rf"\b(?:plusieurs|quelques|des|de nombreuses|de nombreux|several|a few|many)\s+{MAGNITUDES}\b"
    r"|\b(?:(?:environ|près d['’]|plus d['’]|moins d['’]|about|nearly|over)\s*)?"
    r"(?:un|une|one|a) (?:tiers|quart|third|quarter)\b|\b(?:la |une )?moitié\b|\b(?:deux|two) (?:tiers|thirds)\b|\bhalf\b",
    re.IGNORECASE)
"""A count or share written in words: "plusieurs centaines de militaires", "environ un tiers"."""
_EXACT_ASKED = re.compile(r"\b(?:exact|exactly|precise|precisely|precis|precisement|exactement)\b|\bточн"
                          r"|\b(?:a|as a|one) (?:number|figure)(?:,)? please\b|\bas a (?:number|figure)\b|\bin (?:figures|numbers)\b"
                          r"|\ben chiffres?\b|\bun chiffre,? (?:svp|s'il vous plait)\b|\bв цифрах\b")
""""Exact number of …", "chiffre précis", "точное число", "what percentage — a number please —": a
count or share in words ("plusieurs centaines", "la majorité") does not give it."""
_BOUND_OR_ESTIMATE = re.compile(r"\b(?:plus|moins|près|pres) (?:de|d['’])\s*\S*\d|\b(?:environ|quelque|approximativement|"
                                r"more than|less than|fewer than|over|about|around|nearly|almost|some|roughly|"
                                r"approximately)\s+\S*\d", re.IGNORECASE)
"""A figure given as a bound or an estimate: "plus de 60 000" is not the exact number asked."""


def _gives_exact(text: str, start: int, end: int) -> bool:
    """Whether the amount at text[start:end] can be the exact number asked: a figure not given as a
    bound or an estimate, or a count in words that is not an order of magnitude."""
    if re.search(r"\d", text[start:end]):
        return not _BOUND_OR_ESTIMATE.search(text[max(0, start - 16) : end])
    return not _WORDED_COUNT.search(text[start:end])


WORDED_AMOUNTS: dict[str, tuple[re.Pattern, re.Pattern]] = {
    "duration": (_DURATION_ASKED, _UNTIL_DATE), "percent": (_SHARE_ASKED, _SHARE_WORDS)}
"""Amounts a text states in words, not figures, by measure: how a question asks for one, and how a text
states it. One table for the highlight (here) and the unit check (qa.answer.candidates)."""
_IN_PERCENT = re.compile(IN_PERCENT)
_NAME_TAIL = re.compile(NAME_TAIL)


def worded_amount(measure: str, qfold: str) -> re.Pattern | None:
    """How a text states the amount asked in words, or None when the question asks for its unit: "…, en % ?"
    wants a percentage, which "la plupart" does not give."""
    if measure == "percent" and (_IN_PERCENT.search(qfold) or _EXACT_ASKED.search(qfold)):
        return None
    if measure == "duration" and _SO_FAR_ASKED.search(qfold):
        return _SINCE_DATE
    if measure == "duration" and _AGO_ASKED.search(qfold):
        return _RECENT_PAST
    return WORDED_AMOUNTS[measure][1] if measure in WORDED_AMOUNTS else None


_OFFSET_AFTER = re.compile(r"\s*(?:après|avant|plus tard|plus tôt|auparavant|later|earlier|before|after|ago|спустя|назад)\b",
                           re.IGNORECASE)
_OFFSET_ASKED = re.compile(r"\b(?:avant|apres|plus tot|plus tard|auparavant|separ\w*|ecart|ecoule|intervalle|before|after|earlier|"
                           # "Macron a précédé Poutine de combien de temps ?"
                           r"later|ago|between|apart|gap|preced\w*|devanc\w*|ahead of)\b|спустя|назад|\bдо\b|межд|опередил|раньше")


@lru_cache(maxsize=256)
def _asks_offset(question: str) -> bool:
    return bool(_OFFSET_ASKED.search(fold(question)))


@lru_cache(maxsize=256)
def _asks_who_leads(qfold: str) -> bool:
    """"Who chairs the commission?": a person answers, not the body the sentence names."""
    return bool(re.match(r"\s*(?:qui|who)\b", qfold) and RELATIONS["head"][0].search(qfold))


_DESIGNATION = re.compile(r"[^\W\d_]-$")
"""A number glued to a name's letters ("S-300PS", "T-72") designates a model, it counts nothing."""


_PART_NUMBER = re.compile(r"\b(?:article|section|chapitre|chapter|paragraphe|paragraph|alinéa|annexe|annex|point|статья|стать[еию])\s*$",
                          re.IGNORECASE)
"""A number after "l'article" numbers a part of a text ("L'article 6 de cet accord"): it counts nothing."""


_OFFERS_CHOICE = re.compile(r"\b(?:ou|or)\b|\bили\b")
"""A question that offers choices ("Trois, cinq ou dix ans ?", "vendredi ou samedi ?"): what it names is no premise."""


def _figure(value: str) -> str:
    return value.split(" ", 1)[0]


@lru_cache(maxsize=1024)
def _given_figures(question: str) -> frozenset[str]:
    """The figure a question writes ("Une fois les 1,7 million d'hectares rendus, …"): the question's own
    premise, never its answer. Figures offered as choices ("Trois, cinq ou dix ans : …") are not premises."""
    given = frozenset(_figure(m.value) for m in find_amounts(question))
    return given if len(given) == 1 and not _OFFERS_CHOICE.search(fold(question)) else frozenset()


def answering_amounts(text: str, ann: dict, question: str) -> list[list]:
    """The stored amounts that can answer the question: "0 gratuit" only when payment is asked, a
    time between two events ("une semaine après la visite de Macron") not for how long one lasted,
    no model's designation, and no figure the question gives."""
    given = _given_figures(question)
    return [[a, b, v] for a, b, v in ann.get("amounts", []) if free_counts(question, v) and _figure(v) not in given and (
        _asks_offset(question) or amount_measure(v) != "duration" or not _OFFSET_AFTER.match(text, b))
        and not _DESIGNATION.search(text[max(0, a - 2) : a]) and not _PART_NUMBER.search(text[max(0, a - 14) : a])
        and not (_PAIR.fullmatch(text[a:b].strip()) and _DEFINITE_BEFORE.search(text[max(0, a - 8) : a]))]


_PAIR = re.compile(r"deux|two|2", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:les|des|aux|ces|leurs|the|these|those)\s+$", re.IGNORECASE)
""""les deux Ministères", "des deux pays voisins": the pair the text already named, not a count it gives."""


_HOLDER_ROLES = r"(?:ministre|president|presidente|premier ministre|chef|porte-parole|ambassadeur|directeur|directrice|" \
    r"minister|prime minister|head|spokes(?:man|woman|person)|ambassador|director|chairman|leader|dirigeant)"
_HOLDER_NAMED = re.compile(
    r"^(?:qui est|qui etait|comment s'appelle|comment se nomme|quel est le nom d[eu]|nom d[eu]) (?:le |la |l')?"
    r"(?:(?:actuel|actuelle|nouveau|nouvel|nouvelle|ancien|ancienne|vice|vice-) ?)?" + _HOLDER_ROLES + r"\b"
    r"|^(?:who is|who's|who was|name) the (?:[a-z-]+ ){0,3}?" + _HOLDER_ROLES + r"\b"
    r"|^кто (?:такои |сеичас |является |был |была )?(?:министр|президент|премьер|глава|председател|посол|руководител)")
"""The name of whoever holds a role: "Кто министр обороны России?", "Comment s'appelle le ministre kazakh
de la Défense ?" are answered by a person's name, not by "ministre de la Défense"."""


_PERSON_NAMED = re.compile(r"^(?:(?:name|nommez|citez|identify) (?:the|le|la|l'|[a-z-]+'s) ?|(?:name|nom|identity|identite|"
                           rf"full name|{FULL_NAME_WORDS}|prenom) "
                           r"(?:of the|of|du|de la|de l') ?)(?:[a-z-]+ ){0,2}?(?:"
                           + "|".join(sorted(PERSON_HEADS - {"premier"})) + r")s?\b|" + NAME_ASKED_RU)
""""Name the Kazakh diplomat quoted on …", "Name of the Kazakh official …", "… — имя?": a person's name, as
"which diplomat" asks one; the official's title alone does not give it."""
_FULL_NAME = re.compile(rf"\b(?:full name|{FULL_NAME_WORDS}|полное имя|имя и фамилия)\b")
""""Nom et prénom du porte-parole ?": the name in full, not the surname a later sentence repeats."""


def _touching(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that overlap one of `others` (a name the tagger found inside a longer span)."""
    return [(a, b) for a, b in spans if any(x < b and a < y for x, y in others)]


def typed_spans(text: str, ann: dict, qtype: str, question: str = "") -> list[tuple[int, int]]:
    """Spans of `text` of the kind `qtype` asks for, leaving out what the question already says."""
    spans = _typed_spans(text, ann, qtype, question)
    qfold = fold(question)
    if qtype == "where" and spans and _CITY_ASKED.search(qfold):
        # "… in which city?" and "… au sein de l'OCS, … depuis Tachkent": a place the tagger calls one goes
        # before a body or a phrase that only stands where a place could.
        places = {(a, b) for a, b, label in ann.get("ents", []) if label == "LOC"}
        spans = [sp for sp in spans if sp in places] or spans
    people = [(a, b) for a, b, label in ann.get("ents", []) if label == "PER"] if qtype == "who" else []
    if qtype == "who" and spans and (_PERSON_NAMED.search(qfold) or _NAME_TAIL.search(qfold) and not BODY_ASKED.search(qfold)):
        # a name asked ("Name the official …", "… : son nom ?"): a title does not give it
        spans = _touching(spans, people)
        if _FULL_NAME.search(qfold):  # "Nom et prénom du porte-parole ?": "a ajouté Smadiyarov" gives half
            spans = [(a, b) for a, b in spans if " " in text[a:b].strip()]
    if qtype == "who" and spans and PERSON_ASKED.search(qfold):
        # A person asked: "a annoncé le Kazakhstan" names a country, "l'OTSC" an alliance, not the diplomat.
        # "les journalistes russes à Almaty" are people, whatever nationality they are given.
        spans = _touching(spans, people) or [
            (a, b) for a, b in spans if _names_the_role_asked(text[a:b], qfold)
            or not countries_in(fold(text[a:b])) and not _UNION_OF_STATES.search(fold(text[a:b]))]
    if qtype == "who" and spans and _HOLDER_NAMED.search(qfold):
        spans = _touching(spans, people)
    if qtype == "who" and spans and (PERSON_ASKED.search(qfold) or BODY_ASKED.search(qfold)):
        nationality = asked_nationality(qfold)
        own = [sp for sp in spans if not of_another_country(text, sp, nationality)] if nationality else spans
        spans = own or spans  # "Quel président français …": not "le président russe Vladimir Poutine"
        # "Quel président français a visité …": of the people named, the one the noun points to.
        chosen = which_span(text, ann, question)
        if chosen and any(a <= chosen[0] < chosen[1] <= b or chosen[0] <= a < b <= chosen[1] for a, b in spans) and not (
                # "les journalistes russes à Almaty": the people, not the place inside their description.
                not _names_a_role(text[chosen[0]:chosen[1]])
                and any(a <= chosen[0] < chosen[1] <= b and _names_a_role(text[a:b]) for a, b in spans)):
            return [chosen]
    return spans


_OPTIONS = re.compile(r",\s*(?:(?:le|la|les|l['’]|the)\s*)?([^\W\d][\w'’ -]{0,40}?)\s+(?:ou|or|или)\s+"
                      r"(?:(?:le|la|les|l['’]|the)\s*)?([^\W\d][\w'’ -]{0,40}?)\s*\??\s*$")
"""A question that offers its answers: "Qui commerce le plus avec le Kazakhstan, l'UE ou la Russie ?"."""


def _role_words(folded: str, translated: bool = False) -> set[str]:
    """The role words of a folded phrase, singular, hyphenated words split ("vice-ministres" → "ministre");
    `translated`: English and Russian ones as the French text writes them ("reporters" → "journaliste")."""
    words = set(re.findall(r"[a-z-]+", folded))
    words |= {part for w in words for part in w.split("-")}
    words |= {w[:-1] for w in words if w.endswith("s")}
    return {ROLE_WORDS.get(w, w) for w in words} & PERSON_HEADS if translated else words & PERSON_HEADS


def _names_the_role_asked(phrase: str, qfold: str) -> bool:
    """"les journalistes russes à Almaty" for "Which reporters …?": the people the question's noun names,
    whatever nationality the text gives them (not for "Quel diplomate …?")."""
    return bool(_role_words(fold(phrase), translated=True) & _role_words(qfold, translated=True))


def _names_a_role(phrase: str) -> bool:
    """"le vice ministre de la Défense": a phrase with a role word in it names an office ("des Vice-Ministres
    de la Défense", "les journalistes russes": several holders)."""
    return bool(_role_words(fold(phrase)))


@lru_cache(maxsize=4096)  # asked by typed_spans, then again for the candidate's nationality check
def of_another_country(text: str, span: tuple[int, int], country: str) -> bool:
    """Whether the text gives the person at `span` a nationality, and not `country`: "Le ministre
    russe des Affaires étrangères Sergueï Lavrov", "Max Hess, chercheur américain"."""
    # "ministre russe des Affaires": a role span states its own nationality.
    before = re.split(r"[.;:!?]", fold(text[max(0, span[0] - 70) : span[1]]))[-1]
    after = re.match(r"\s*,([^,.;]{0,60})", text[span[1]:])
    nearest = [NATIONALITIES[w] for w in re.findall(r"[a-z-]+", before) if w in NATIONALITIES][-1:]
    stated = {*nearest, *(NATIONALITIES[w] for w in re.findall(r"[a-z-]+", fold(after.group(1)) if after else "")
                          if w in NATIONALITIES)}
    return bool(stated) and not stated & REGIONS.get(country, {country})


def question_options(question: str) -> tuple[str, ...]:
    m = _OPTIONS.search(question)
    return (m.group(1).strip(), m.group(2).strip()) if m else ()


_YEAR_ASKED = re.compile(r"\b(?:en quelle annee|quelle annee|de quelle annee|what year|which year|"
                         r"в каком году|(?:с|до) какого года)\b|^(?:annee (?:du|de la|de l'|des|de|d')|(?:the )?year\b(?![s-]))"
                         # "Release year of Max Hess's book?", "Founding year of the commission?"
                         r"|^(?!(?:how|what|which|who|why|where|when)\b)(?:the )?(?:[a-z-]+ ){1,2}?year (?:of|in which|when)\b")


@lru_cache(maxsize=1024)
def _given_dates(question: str) -> frozenset[str]:
    """The dates a question writes, as the index keys them: a quote giving only those adds nothing."""
    return frozenset(m.value for m in find_dates(question))


_WEEKDAY_VALUES = frozenset(WEEKDAYS.values())
_UNIT_OF_TIME_ASKED = re.compile(r"\b(?:annee|year|mois|month|jour|day|date|weekday|semaine|week|heure|hour)s?\b|"
                                 r"\b(?:год|месяц|день|дат|числ)")
_WITHIN_YEAR = re.compile(r"\b(?:month|mois|day|jour|week|semaine)s?\s+(?:of|de|d'|in|en)\s+(\d{4})\b")
"""A finer date asked within a year the question gives: "in which month of 2013", "quel jour de 2020"."""


_REGION_ASKED = re.compile(r"\b(?:which|what|in which|in what) (?:[a-z-]+ )?(?:region|province|oblast)\b"
                           r"|\b(?:quelle|dans quelle) (?:region|province) (?:kazakhe|russe|du kazakhstan|de russie)\b"
                           r"|\b(?:в каком|каком|какои) регион")
_CITY_ASKED = re.compile(r"\b(?:(?:quelle|quelles|dans quelle|which|what|in what|in which) (?:[a-z-]+ )?(?:ville|villes|city|cities|town)|"
                         r"(?:какои|каком|какого) город[а-я]*)\b|^(?:the )?(?:[a-z-]+ )?(?:city|town) (?:where|in which)\b"
                         r"|^(?:la )?ville (?:ou|dans laquelle)\b|(?:^|: )город,? (?:где|в котором)")
"""A place asked that is a city ("dans quelle ville", "which town", "в каком городе"): a country or region does not answer."""


_WIDE_PLACES = frozenset({"extreme-orient", "oural", "europe", "asie", "occident", "etats", "etat", "pays"})
"""Parts of the world the corpus names as places, and "États" ("des États membres"), which a tagger takes for
one: none of them a city."""


def _country_or_region(name: str) -> bool:
    words_ = fold(name).replace("'", " ").split()
    while words_ and words_[0] in ("le", "la", "l", "les", "the", "du", "de", "des", "d"):
        words_ = words_[1:]
    name = " ".join(words_)
    return name in NATIONALITIES or name in REGIONS or name in _WIDE_PLACES


def _typed_spans(text: str, ann: dict, qtype: str, question: str) -> list[tuple[int, int]]:
    qfold = fold(question)
    options = question_options(question) if qtype in ("who", "where", "other") else ()
    offered = [m.span() for o in options for m in re.finditer(rf"(?<!\w){re.escape(o)}(?!\w)", text, re.IGNORECASE)]
    if offered:
        return offered  # one of the answers the question offers, named in the quote, is of the kind asked
    if qtype == "date":
        # "En quelle année …": a weekday or "le 23 juin dernier" does not say the year.
        year_asked = bool(_YEAR_ASKED.search(qfold))
        # "Le remplaçant de l'accord de 1994 : signé quand ?" is not answered by "en vigueur depuis 1994".
        given = _given_dates(question)
        # "En quelle année le traité de 1994 expire-t-il ?" is not answered by "de mars 1994" either.
        years_given = {g[:4] for g in given} if year_asked else set()
        spans = [(a, b) for a, b, value in ann.get("dates", [])
                 if (not year_asked or value[:1].isdigit()) and value not in given and value[:4] not in years_given]
        # "… deux jours avant le vendredi de la visite : soit quel jour ?": the day the question names is its
        # premise, never its answer ("vendredi 3 février"), unless offered as a choice ("vendredi ou samedi ?").
        days = given & _WEEKDAY_VALUES if not _OFFERS_CHOICE.search(qfold) else frozenset()
        spans = [(a, b) for a, b in spans if not any(d in fold(text[a:b]) for d in days)]
        within = {m.group(1) for m in _WITHIN_YEAR.finditer(qfold)}
        if within:  # "in which month of 2013": a date of that year, never "juillet 1998" beside it
            # "le 23 juin dernier" in an article of 2021 states no year: the one asked is not contradicted.
            spans = [(a, b) for a, b, value in ann.get("dates", []) if (a, b) in spans and (
                value[:4] in within or value.startswith("????"))]
        if _SINCE_WHEN.search(qfold):
            spans += [m.span() for m in _SINCE_PERIOD.finditer(text)]
        if not year_asked and not within and not _UNIT_OF_TIME_ASKED.search(qfold):
            asked = {w[:4] for w in re.findall(r"\w{4,}", qfold)}
            spans += [m.span() for m in _RELATIVE_TIME.finditer(text) if fold(m.group(1))[:4] not in asked]
    elif qtype == "number":
        spans = [(a, b) for a, b, _ in answering_amounts(text, ann, question)]
        for measure, (asked, _) in WORDED_AMOUNTS.items():
            stated = worded_amount(measure, qfold) if asked.search(qfold) else None
            if stated:
                spans += [m.span() for m in stated.finditer(text)]
        recent = [m.span() for m in _RECENT_PAST.finditer(text)] if _AGO_ASKED.search(qfold) else []
        if recent:  # "… il y a combien de temps ?": "le mois dernier", not "quatre régions" beside it
            return recent
        if _COUNT_ASKED.search(qfold):
            # "Roughly how many Kazakh soldiers …": "plusieurs centaines", a count the text gives in words.
            spans += [m.span() for m in _WORDED_COUNT.finditer(text)]
        if COUNTS_NAMES.search(qfold):
            # "Combien de pays compte l'Asie centrale ?": a list of them answers, the reader counts; a list
            # of organisations counts no countries.
            spans += enumerations(text, ann, *list_kind(question))
        if _EXACT_ASKED.search(qfold):
            spans = [(a, b) for a, b in spans if _gives_exact(text, a, b)]
    elif qtype == "where" and _EXTENT_ASKED.search(qfold):
        # "Jusqu'où s'étend sa responsabilité ?": the limit the text states, not any place it names.
        spans = [m.span(1) for m in _LIMIT_PHRASE.finditer(text)]
    elif qtype in ("who", "where"):
        labels = TYPE_LABELS[qtype]
        spans = [(a, b) for a, b, label in ann.get("ents", []) if label in labels]
        if qtype == "who":  # "l'entreprise commune «Kamaz-Engineering»": a firm the tagger missed
            spans += [m.span(1) for m in _HEADED_NAME.finditer(text)]
            if not _ONE_HOLDER_ASKED.search(qfold):
                # "Who noticed the bill?": "les journalistes russes à Almaty", people named by what they are.
                spans += [m.span() for m in _PEOPLE_GROUP.finditer(text)]
                # "Who gets Russian solutions first?": "aux pays qu'elle considère comme …", countries described.
                spans += [m.span(1) for m in _DESCRIBED_COUNTRIES.finditer(text)]
        if qtype == "where":
            spans += [(a, b) for a, b, label in ann.get("ents", [])
                      if label in ("MISC", "ORG") and _PLACE_PREP.search(text[max(0, a - 8) : a])
                      or label != "LOC" and _PLACE_NOUN.search(text[max(0, a - 30) : a])]
            # "au sein du 32e poste de contrôle …", "vers des pays tiers": a place no tagger names.
            spans += [m.span(1) for m in _PLACE_PHRASE.finditer(text)]
            # "dans les universités militaires russes": an institution is where people study or work.
            spans += [m.span(1) for m in _FACILITY_PHRASE.finditer(text)]
            spans += [m.span() for m in _WORLD_PHRASE.finditer(text)]
            # "les Vice-Ministres de la Défense": a ministry's name, no place; "l'Occident" is a camp, no venue.
            spans = [(a, b) for a, b in spans if not _MINISTRY_OF.search(text[max(0, a - 30) : a])
                     and not _CAMP.fullmatch(text[a:b].strip())
                     and not re.fullmatch(r"[A-ZА-Я][\w-]*\d[\w-]*", text[a:b].strip())]  # "S-300PS" is no place
            if _REGION_ASKED.search(qfold):
                # "Which Kazakh region hosts …": a region within a country, never the country itself.
                spans = [(a, b) for a, b in spans if not countries_in(fold(text[a:b]))]
            if _CITY_ASKED.search(qfold):
                # "Quelle ville kazakhe Poutine a-t-il visitée ?": "au Kazakhstan" names a country, no city.
                spans = [(a, b) for a, b in spans if not _country_or_region(text[a:b])]
    elif qtype == "name":
        # "Sous quel nom …": a name the text gives, quoted or tagged, other than the one asked about.
        spans = [m.span(1) if m.group(1) else m.span(2) for m in _QUOTED_NAME.finditer(text)]
        # "publiée sous le titre indescriptible : « Sur certaines questions … »": a title, however long.
        spans += [m.span(1) for m in _QUOTED_TITLE.finditer(text) if _NAMING_BEFORE.search(text[max(0, m.start() - 40) : m.start()])]
        spans += [(a, b) for a, b, label in ann.get("ents", []) if label in ("MISC", "ORG")]
        if chambers_in(qfold):  # "Kazakhstan's lower house: what is it called?": the house's own name
            spans += [m.span() for m in _CHAMBER_NAME.finditer(text)]
    elif qtype == "list":
        labels, least = list_kind(question)
        spans = enumerations(text, ann, labels, least)
        asked = _listed_count(qfold)
        if asked:
            # "Énumérez les cinq républiques …": a list of seven is another one (one more or less is
            # how lists are split: "la Russie ainsi que …").
            spans = [(a, b) for a, b in spans
                     if abs(sum(a <= x and y <= b for x, y, label in ann.get("ents", []) if label in labels) - asked) <= 1]
        if labels == TYPE_LABELS["list"]:
            # "Quelles menaces …", "Citez les domaines …": things no tagger names, listed all the same.
            spans += noun_enumerations(text)
    elif qtype == "reason":
        spans = reason_spans(text)
    elif qtype == "say":
        spans = [next(s for s in (m.span(i) for i in range(1, _SPEECH_OBJECT.groups + 1)) if s[0] >= 0)
                 for m in _SPEECH_OBJECT.finditer(text)]
    else:
        return []
    qterms = set(analyze_cached(question))
    if qtype == "reason":
        # "Pourquoi … importante pour Moscou ?" is not answered by the "pour Moscou" it already says.
        return [(a, b) for a, b in spans if b - a > 3
                and not all(t in qterms for t in analyze_cached(text[a:b]) if t not in STOPWORDS)]
    if qtype in ("say", "list"):
        return [(a, b) for a, b in spans if b - a > 3]
    if qtype == "who" and BODY_ASKED.search(qfold):
        bodies = [(a, b) for a, b, _ in ann.get("ents", []) if not countries_in(fold(text[a:b]))]
        bodies += [m.span(1) for m in _HEADED_NAME.finditer(text)]
        return _of_kind(text, _beyond_question(text, bodies, qfold, qterms, qtype), ann, _which(qfold)[1])
    if qtype == "who" and source_asked(qfold):
        # "Who is the source for …?": the name the text has it from ("…, écrit DW", "selon Interfax").
        told = [(a, b) for a, b, label in ann.get("ents", []) if _TOLD.search(text[max(0, a - 40) : a])]
        if told:
            return told
    if qtype == "who":
        people = [(a, b) for a, b, label in ann.get("ents", []) if label == "PER" and _name_like(text[a:b])]
        speaker = _speaker(text, people) if _OPINION_QUESTION.search(qfold) else None
        if speaker:
            return [speaker]
        by_name = bool(_BY_NAME.search(qfold))
        subject = _subject_of_verb(text, ann, question)
        if subject and (subject in people or not by_name):
            return [subject]  # "Who signed it, by name?": "les Ministres de la Défense" names no one
        if _agentless(text, question):
            return []  # "Cet accord a été signé le 29 mai 2020 à Moscou" says when and where, not who signed
        # "Qui …" asks for a person first; an organisation answers only when no person is named, and
        # never when a role is asked ("qui est le ministre de la Défense" wants a name), unless a
        # country or an organisation can hold it ("qui est le premier partenaire commercial": L'UE).
        named = _beyond_question(text, people, qfold, qterms, qtype)
        role = asked_role(qfold) or WHICH_ROLE.search(qfold)  # "qui est le ministre", "quel ministre"
        role_words = set(next((g for g in role.groups() if g), "").split()) if role else set()
        held_by_any = bool(role_words & RELATION_ROLES)
        person_asked = bool(PERSON_ASKED.search(qfold)) and not held_by_any  # "Which ministers …": people only
        if by_name:
            return named
        if person_asked and not named:
            # "Which official …": a role the text names ("le vice ministre de la Défense"), never a place or a forum.
            return [(a, b) for a, b in _beyond_question(text, spans, qfold, qterms, qtype)
                    if _names_a_role(text[a:b])]
        if named or role and not held_by_any or _asks_who_leads(qfold):
            return named
        if held_by_any:
            spans = [(a, b) for a, b, label in ann.get("ents", []) if label in ("ORG", "LOC", "PER")]
        elif not role:
            # "Who gave Kazakhstan S-300PS systems?": a country acts, as a person or an organisation does.
            spans += [(a, b) for a, b, label in ann.get("ents", []) if label == "LOC"
                      and (countries_in(fold(text[a:b])) or _BLOC.search(fold(text[a:b])))]
    return _beyond_question(text, spans, qfold, qterms, qtype)


_BLOC = re.compile(r"^(?:l['’]\s*)?(?:occident|ouest|union europeenne|communaute internationale)$")
"""A bloc acts as a country does: "Who, according to Lavrov, is luring Russia's neighbours?" — l'Occident."""


_BY_NAME = re.compile(r"\bby (?:their |his |her )?names?\b|\bnommement\b|\bpar (?:leur |son )?nom\b|поим[её]нно|\bпо имени\b")
_NAME_PARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "van", "von", "der", "al", "el", "bin", "ibn", "ben", "y", "da", "dos"})


def _name_like(span: str) -> bool:
    """A person's name has no common word in it: "Forum numérique annuel", tagged a person, is not one."""
    words = re.findall(r"[^\W\d_]+", span)
    return all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in words)


_WHO_VERB = re.compile(r"^\s*(?:qui|who)\s+(?:(?:a|ont|avait|avaient|va|vont|est|sont|has|have|had|was|were|is|are)\s+)?"
                       r"(?:t-il\s+)?(?:[a-z]+ly\s+)?([a-zà-ÿ]{4,}|(?:ran|led|met|won|got|set|cut|put|dit|mis|pris)\b)", re.IGNORECASE)
"""The verb of "Qui a signé …", "Who ran the referendums …?" (a short past asks as a long one does)."""


_SUBJECT_GAP = re.compile(
    r"(?:\s*,[^,.;«»]{1,70},)?\s*(?:(?:a|ont|avait|avaient|va|vont|est|sont|a\s+été|ont\s+été)\s+)?"
    r"(?:(?:déjà|aussi|également|récemment|aujourd['’]hui)\s+)?", re.IGNORECASE)
"""Between a subject and its verb: an apposition (", la chambre basse du parlement kazakh,"), the auxiliary."""


_OPINION_QUESTION = re.compile(
    r"^\s*(?:qui|who)\s+(?:a\s+|ont\s+)?(?:pense|pensent|estime|estiment|dit|declare|affirme|juge|croit|"
    r"considere|souligne|ajoute|said|says|thinks|think|believes|told|stated|claims)\b")
_SPEECH_BEFORE = re.compile(
    r"(?:\bselon|\b(?:a|ont|avait)\s+(?:déclaré|dit|ajouté|affirmé|estimé|expliqué|indiqué|souligné|précisé|"
    r"assuré|averti))\s*$", re.IGNORECASE)
_SPEECH_AFTER = re.compile(
    r"^\s*,?\s*(?:[^\s,.;]+\s+){0,6}?(?:a|ont|avait)\s+(?:déclaré|dit|ajouté|affirmé|estimé|expliqué|indiqué|"
    r"souligné|précisé|assuré|averti)\b", re.IGNORECASE)


def _speaker(text: str, people: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The person a statement is attributed to: "…, a déclaré Max Hess", "selon X", "X a déclaré"."""
    for a, b in people:
        if _SPEECH_BEFORE.search(text[max(0, a - 30) : a]) or _SPEECH_AFTER.match(text[b : b + 80]):
            return a, b
    return None


_BY_WHOM = re.compile(r"^\s*(?:par\s+qui|by\s+whom)\b.*?\b(?:est|sont|a\s+été|ont\s+été|était|fut|is|are|was|were|been)"
                      r"(?:-(?:il|elle|ils|elles))?\s+(?:(?:déjà|already)\s+)?([a-zà-ÿ]{4,})", re.IGNORECASE)
_APPROVAL_OF_WHOM = re.compile(r"\b(?:aval|approbation|feu vert|validation|accord|assentiment)\s+(?:de|d')\s*qui\s*\??\s*$"
                               # "Qui donne son approbation au plan ?": the approving asked by its noun.
                               r"|^\s*qui\s+(?:\w+\s+){1,2}?(?:son|leur|l['’])\s*(?:aval|approbation|feu vert|validation|assentiment)\b",
                               re.IGNORECASE)
_BY_WHOM_END = re.compile(r"\b([a-zà-ÿ]{4,})\s+(?:par\s+qui|by\s+whom)\s*\??\s*$", re.IGNORECASE)
_NOUN_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\bet\s+|\bque\s+|\bqu['’])((?:les|la|le|l['’]|des|ses|leurs?|ces)\s*[^,.;:«»()—–]{2,70}?)\s+"
    r"(?:a|ont|avait|avaient|va|vont|est|sont|était|étaient|sera|seront|doit|doivent|peut|peuvent)\s+$",
    re.IGNORECASE)
"""A subject no tagger names, before its verb: "…, les premiers ministres des deux pays voisins ont annoncé",
"Le locataire est responsable"."""


def _subject_of_verb(text: str, ann: dict, question: str) -> tuple[int, int] | None:
    """For "Qui a construit …", the name just before "a construit" in the text: the doer, whatever its
    kind ("Moscou a construit un nouveau port spatial"); for "Par qui … est-il approuvé ?", the agent."""
    if _APPROVAL_OF_WHOM.search(question):
        # "… reçoit l'aval de qui ?": whoever the text says approves it, the agent of its passive.
        agent = _ANY_PASSIVE_AGENT.search(text)
        return agent.span(1) if agent else None
    m = _WHO_VERB.match(question) or _BY_WHOM.match(question) or _BY_WHOM_END.search(question)
    if not m:
        return None
    verb = m.group(1).lower()
    stem = _verb_stem(verb)
    folded = fold(text)
    stems = [stem]
    if len(folded) == len(text):  # "interrogeait" asked, "interrogent" written: the stemmer's stem
        stems += [t for t in analyze_cached(verb)[:1] if len(t) >= 4 and t != stem]
    forms = [(re.compile(rf"\b{re.escape(fold(form))}\w*", re.IGNORECASE), folded if form is not stem else text)
             for form in stems]
    if _ENGLISH_WHO.match(question) and len(folded) == len(text):
        # "Who announced …": the French text writes "ont annoncé", the verb of saying or the relation it maps to.
        forms += [(re.compile(rf"\b{re.escape(s)}\w*"), folded) for word, said in SPEECH_VERBS.items()
                  if verb.startswith(word) for s in said]
        forms += [(stated, folded) for stated in _french_relations(verb)]
    for pattern, haystack in forms:
        for v in pattern.finditer(haystack):
            before = [(a, b) for a, b, _ in ann.get("ents", []) if b <= v.start() and v.start() - b <= 90
                      and _SUBJECT_GAP.fullmatch(text[b : v.start()])]
            if before:
                return max(before, key=lambda s: s[1])
            # "… et approuvé par les responsables des départements de la Défense": the passive's agent.
            agent = _PASSIVE_AGENT.match(text, v.end())
            if agent:
                return agent.span(1)
            # "les journalistes russes à Almaty qui interrogent …": the group named before "qui".
            group = _RELATIVE_SUBJECT.search(text[: v.start()])
            if group:
                return group.span(1)
            noun = _NOUN_SUBJECT.search(text[: v.start()])
            if noun:
                return noun.span(1)
    if m.re is not _WHO_VERB or _ENGLISH_WHO.match(question):
        # "… validé par qui ?" and "… approuvé par les responsables …": the passive names its agent,
        # whatever verb the text chose (and an English verb is never the French text's).
        agent = _ANY_PASSIVE_AGENT.search(text)
        if agent:
            return agent.span(1)
    if _ENGLISH_WHO.match(question) and not _french_relations(verb):
        # "Who is heavily involved in …?" and "Les entreprises russes sont fortement impliquées …": an English
        # verb the text cannot spell; a group opening the sentence as its subject is who does it (a single
        # thing, "La proposition est passée inaperçue", is not; a single person or body the tagger names).
        aux = _FIRST_AUXILIARY.search(text)
        noun = _NOUN_SUBJECT.search(text[: aux.end()]) if aux else None
        if noun and noun.start(1) <= 2 and re.match(r"(?:les|des|ces|leurs|ses)\s", noun.group(1), re.IGNORECASE):
            return noun.span(1)
    return None


_FIRST_AUXILIARY = re.compile(r"\s(?:a|ont|avait|avaient|est|sont|était|étaient)\s")


def _verb_stem(verb: str) -> str:
    """"interrogeait" → "interroge": a French verb asked, as the text may conjugate it."""
    return verb[: max(4, len(verb) - 2)]


def _french_relations(verb: str) -> list[re.Pattern]:
    """How the French text states the relation an English verb asks ("signed" → "sign…")."""
    return [stated for asked, stated in RELATIONS.values() if asked.match(verb)]


def _agentless(text: str, question: str) -> bool:
    """Whether the text states the verb of "Qui a signé …" only in the passive, with no agent ("a été
    signé le 29 mai 2020 à Moscou"): it does not say who."""
    m = _WHO_VERB.match(question)
    russian = _RUSSIAN_WHO.match(question)
    if not m and not russian:
        return False
    folded = fold(text)
    if russian:  # "Кто поставил подпись под соглашением?": the relation its words ask, as the French text states it
        stated = [st for asked, st in RELATIONS.values() if asked.search(fold(question[russian.end() : russian.end() + 40]))]
    elif _ENGLISH_WHO.match(question):
        verb = m.group(1).lower()
        # "Who put his signature to …": a light verb, the relation asked is the noun after it.
        stated = _french_relations(verb) or [st for asked, st in RELATIONS.values()
                                             if asked.search(fold(question[m.end() : m.end() + 30]))]
    else:
        stated = [re.compile(rf"\b{re.escape(fold(_verb_stem(m.group(1).lower())))}")]
    for pattern in stated:
        for v in pattern.finditer(folded):
            if not _PASSIVE_BEFORE.search(folded[max(0, v.start() - 30) : v.start()]):
                return False  # an active use: its subject may be missed, not absent
            if re.match(r"\w*\s+par\b", folded[v.start() :]):
                return False
    return any(p.search(folded) for p in stated)


_PASSIVE_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|aura|auront)\s+ete\s+$|\b(?:est|sont|fut|furent|sera|seront|etait|etaient)\s+$")


_ENGLISH_WHO = re.compile(r"\s*who\s", re.IGNORECASE)
_RUSSIAN_WHO = re.compile(r"\s*кто\s+", re.IGNORECASE)
_AGENT = r"\s+par\s+((?:les|la|le|l['’]|des|un|une|ses|leurs?)\s*[^,.;:«»()]{2,80}?)\s*(?=[,.;:»)]|\s(?:pour|afin|en vue)\b|$)"
"""A passive's agent, "… par les responsables des départements de la Défense", up to the clause's end or
its purpose ("organisés par les occupants russes pour l'annexion …")."""
_PASSIVE_AGENT = re.compile(r"\w*" + _AGENT, re.IGNORECASE)  # right after the verb asked
_ANY_PASSIVE_AGENT = re.compile(r"\w(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)" + _AGENT, re.IGNORECASE)
_RELATIVE_SUBJECT = re.compile(r"((?:les|la|le|l['’]|des|un|une|ces|ses)\s*[^,.;:«»()]{2,60}?)\s+qui\s+$",
                               re.IGNORECASE)


def _beyond_question(text: str, spans: list[tuple[int, int]], qfold: str, qterms: set[str],
                     qtype: str) -> list[tuple[int, int]]:
    """The spans that add something to the question: not a name or place it already gives."""
    out = []
    respelled = _respelled(qterms)
    # "the CSTO rapid reaction force" gives "l'OTSC": an acronym in another language is the same name.
    given = {ACRONYMS[w] for w in re.findall(r"[\w-]+", qfold) if w in ACRONYMS}
    for a, b in spans:
        span = text[a:b].strip()
        if not span or fold(span) in qfold or fold(span) in given:
            continue
        if qtype in ("who", "where", "name"):
            terms = [t for t in analyze_cached(span) if t not in STOPWORDS]
            # "Who chairs the intergovernmental commission?" is not answered by "Commission
            # Intergouvernementale": a word of the question in the text's language adds nothing either.
            if not terms or all(t in qterms or len(t) >= 6 and any(len(q) >= 6 and near_spelling(t, q) for q in qterms)
                                or skeleton(t) in respelled for t in terms):
                continue
            if qtype == "who" and span[:1].isupper() and (len(terms) >= 2 and terms[-1] in qterms
                                                             or skeleton(terms[-1]) in respelled):
                # "Mikhail Mishustin" for "Which ministers travelled with Mishustin?", "Sergueï Lavrov" for
                # "Who, according to Lavrov, …" or "Кем работал Лавров …?": the man the question names.
                continue
            # "Who said Russia is …": the question's own country in another language adds nothing.
            # "Which Uzbek city …?" is answered by its capital, "Tachkent", all the same.
            named = countries_in(fold(span))
            if named and named <= countries_in(qfold) and not _names_the_role_asked(span, qfold) and not (
                    qtype == "where" and CAPITALS.get(fold(span))):
                continue
        out.append((a, b))
    return out


def _respelled(qterms: set[str]) -> frozenset[str]:
    """The consonants of the question's Russian words, to meet a quote's name spelled in Latin letters
    ("лавров" and "Lavrov" share "lvrv")."""
    return _respelled_cached(frozenset(qterms))


@lru_cache(maxsize=4096)
def _respelled_cached(qterms: frozenset[str]) -> frozenset[str]:
    keys = (skeleton(transliterate(RUSSIAN_CASE.sub("", q))) for q in qterms if re.match(r"[а-яё]", q))
    return frozenset(k for k in keys if len(k) >= 3)


_WHICH = re.compile(  # anywhere: "Max Hess est l'auteur de quel ouvrage ?", "Côté kazakh, quelle assemblée …"
    r"(?:^|(?<=[\s,:;]))(?:(?:par|avec|dans|de|d'|du|a|au|aux|sur|pour|en|vers|through|with|in|by|from|of|to|at|for|on)\s+)?"
    r"(?P<det>quel|quelle|quels|quelles|which|what|lequel des|laquelle des|lesquels des|lesquelles des|(?<![\w ])name the|(?<![\w ])nommez (?:le|la)|какой|какая|какое|какие|какую|каким|каком)\s+(?!est\b|sont\b|is\b|are\b|was\b|were\b|did\b|does\b|do\b|"
    r"doit\b|doivent\b|devrait\b|devraient\b|peut\b|peuvent\b|pourrait\b|will\b|would\b|could\b|should\b|"
    r"can\b|may\b|might\b|has\b|have\b|had\b)"
    r"(?P<head>[a-zà-ÿа-яё-]{3,})")
_CODE = re.compile(r"\b[A-Z][A-Za-z]*-\d+[A-Za-z]*\b|\b[A-Z]{2,}[-\d]*\b")
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-ZÀ-Ý][\wÀ-ÿ’'-]+(?:\s+(?:d[eu]s?\s+|de\s+la\s+|d[’']\s*)?[A-ZÀ-Ý][\wÀ-ÿ-]+)*")
_QUOTED_TITLE = re.compile(r"[«“]\s*([^»”]{2,200}?)\s*[»”]")
_NAMING_BEFORE = re.compile(r"\b(?:titre|intitulée?s?|nommée?s?|baptisée?s?|appelée?s?|dénommée?s?|sous le nom)\b[^«“.]{0,25}$",
                            re.IGNORECASE)
_PERIOD_HEADS = frozenset({"periode", "period", "annees", "years", "epoque", "decennie", "decade", "date", "dates"})
_TITLE_HEADS = frozenset({"titre", "intitule", "title", "heading", "slogan", "devise", "ouvrage", "livre", "book",
                          "roman", "novel", "essai", "essay", "film"})
"""What is named by a title in quotation marks, whatever its length."""
_QUOTED_NAME = re.compile(r"«\s*([^»]{2,60}?)\s*»|“([^”]{2,60})”")


_PEOPLE_GROUP = re.compile(
    r"\b(?:les|des|aux|ces|leurs|ses)\s+(?:premiers\s+)?(?:vice[- ])?(?:journalistes|responsables|ministres|dirigeants|"
    r"repr[ée]sentants|fonctionnaires|officiels|diplomates|d[ée]put[ée]s|autorit[ée]s|gouvernements|experts|analystes|"
    r"militaires|officiers|chercheurs|entreprises|soci[ée]t[ée]s|firmes|compagnies)\b(?:[ \t]+(?!qui\b|que\b|et\b|ont\b|sont\b|a\b)[\w’'-]+){0,6}",
    re.IGNORECASE)
"""People a text names by what they are, not by name: "les journalistes russes à Almaty", "des Vice-Ministres
de la Défense", "les responsables des départements de la Défense respectifs"; firms too ("Les entreprises russes
sont fortement impliquées …" answers "who is involved?")."""
_ONE_HOLDER_ASKED = re.compile(
    r"\b(?:qui est|qui etait|qui sera|who is|who was|who will be|кто такой|кто такая|кто является|кто был)\b(?! [a-z]+ing\b)"
    r"(?! (?:[a-z]+ly )?[a-z]+ed\b)"
    r"|\b(?:le|la|l'|the|its|his|her|quel|quelle|which|what|какои|какая)\s*(?:[a-zа-я-]+\s+){0,3}?(?:ministre|minister|"
    r"president|presidente|porte-parole|spokes(?:man|woman|person)|chef|head|leader|dirigeant|ambassadeur|ambassador|"
    r"directeur|director|secretaire|secretary|gouverneur|governor|premier|министр|президент)(?![a-zа-я])")
"""A question about one office or one person ("Qui est le ministre de la Défense ?", "Which Kazakh minister of
defence signed …?"; "who was quizzing …", "who is heavily involved" ask who did something, no office): a group of
office holders ("les Ministres de la Défense des deux pays") does not name the one asked; "which officials" asks for
several."""


_CHAMBER_NAME = re.compile(r"\b(?:Majilis|Mazhilis|Mäjilis|Sénat|Senate|Douma|Duma)\b")
"""A house of parliament by its name, which no tagger is sure to find."""
_HEADED_NAME = re.compile(r"\b(?:entreprises?|soci[ée]t[ée]s?|compagnies?|firmes?|coentreprises?|groupes?|agences?|"
                          r"consortiums?|holdings?|constructeurs?|fabricants?)(?:\s+[a-zà-ÿ-]+){0,2}\s+"
                          r"[«“]\s*([^»”]{2,60}?)\s*[»”]")


_NOT_A_NAME = frozenset({
    "place", "rang", "rank", "position", "role", "part", "type", "types", "sorte", "genre", "kind", "forme",
    "mesure", "mesures", "measure", "measures", "aspect", "objectif", "objectifs", "but", "goal",
    "condition", "conditions", "raison", "reason", "question", "probleme", "problem", "moyen", "moyens",
    "means", "way", "facon", "maniere", "niveau", "level", "statut", "status", "sujet", "topic", "theme",
    "domaine", "domaines", "area", "areas", "secteur", "sector", "periode", "period", "duree", "chose",
    "thing", "action", "actions", "decision", "effet", "effect", "consequence", "consequences", "avantage",
    "avantages", "interet", "priorite", "priority", "demarche", "situation", "approche", "approach", "processus",
    "process", "tache", "task", "principe", "principle", "idee", "idea", "risque", "risk", "defi", "challenge",
    "enjeu", "solution", "solutions", "задача", "задачу", "задачи", "ситуация", "ситуацию", "роль",
    "fondement", "fondements", "basis", "grounds", "principes", "principles", "critere", "criteres", "criteria",
})
"""Heads whose answer is not a name ("quelle place…": an ordinal; "quel type…": a description)."""


_WHICH_DOER = re.compile(r"\b(?:quel|quelle|quels|quelles|which|what)\s+(?:[\w'-]+\s+){1,3}?"
                         r"(a|ont|avait|avaient|has|have|had)\s+(?:t-(?:il|elle)\s+)?([a-zà-ÿ]{4,})", re.IGNORECASE)


_HEAD_IN_FRENCH = {
    "country": "pays", "countries": "pays", "city": "ville", "region": "région", "minister": "ministre",
    "president": "président", "institute": "institut", "body": "organe", "chamber": "chambre", "house": "chambre",
    "agreement": "accord", "treaty": "traité", "company": "entreprise", "firm": "entreprise",
    "conference": "conférence", "ranking": "classement", "spokesperson": "porte-parole", "researcher": "chercheur",
    "organisation": "organisation", "organization": "organisation", "alliance": "alliance", "party": "parti",
    "newspaper": "journal", "channel": "chaîne", "outlet": "média", "union": "union", "council": "conseil",
}
"""The French word for an English question's head, to find it in the French quote ("which country": "pays")."""
_PLACE_HEADS = frozenset({"pays", "country", "ville", "city", "region", "capitale", "capital", "province",
                          "territoire", "territory", "republique", "republic", "страна", "страну", "город"})
_AMBIGUOUS_MEDIA_HEADS = frozenset({"agence", "agency", "site", "network"})
_TEXT_HEADS = frozenset({"accord", "accords", "agreement", "agreements", "traite", "traites", "treaty", "treaties",
                         "pacte", "pact", "convention", "conventions", "declaration", "declarations"})
COUNTRY_HEADS = frozenset({"pays", "country", "etat", "state", "nation", "страна", "страну", "membre", "member", "membres", "members"})
_MEDIA_HEADS = frozenset({"media", "journal", "chaine", "radio", "television", "newspaper", "channel", "outlet", "broadcaster",
                          "network", "agence", "agency", "quotidien", "hebdomadaire", "site", "сми", "издание", "газета",
                          "телеканал"})
_TOLD = re.compile(r"(?:\b(?:déclaré|dit|confié|expliqué|indiqué|affirmé|précisé|said|spoke|speaking|talking)(?:\s+\w+)?"
                   rf"\s+(?:à|to)|\bselon|\bd['’]après|\btold|\baccording to|,\s*(?:{_WRITTEN}|"
                   r"indique|indiquait|précise|précisait))\s+$", re.IGNORECASE)
"""What stands before a medium's name: "a déclaré à CNBC", "selon Interfax", "…, écrit DW"."""


_COMPANY_HEADS = frozenset({"entreprise", "societe", "compagnie", "company", "firm", "firme", "coentreprise", "venture",
                            "groupe", "exporter", "exportateur", "operateur", "operator", "fournisseur", "supplier",
                            "provider", "manufacturer", "fabricant", "constructeur", "universite", "university",
                            "academie", "academy", "ecole", "school"})
"""Heads a person, a country or a union of states never names: "quel opérateur", "which university"."""
_UNION_OF_STATES = re.compile(r"\b(?:eaeu|uee|eeu|cei|cis|otsc|csto|ocs|sco|onu|ue|cica|rats|union|communaute|"
                              r"organisation|organization|nations unies|united nations|conseil|council)\b")


_TEXT_NAME = re.compile(r"(?:l'|le |la )?(?:" + "|".join(sorted(_TEXT_HEADS)) + r"|programme|concept|strategie)\b")
"""An agreement is signed, not a school or a firm: "Which Russian military academy …" is not answered
"Accord du 23 juin 2005"."""
_EVENT_NAME = re.compile(r"\b(?:forum|conference|sommet|summit|session|salon|exposition|festival)\b")
"""A forum or a summit is held, not a company: "Which software firms …" is not answered "Forum numérique"."""


UNIONS = frozenset({"ue"})
"""A union of states named beside countries ("L'UE … avec ses 27 membres"): no country a which-country
question asks, and its members are countries."""
_GROUP_OF_STATES = re.compile(r"(?:etats|pays|republiques|states|countries|republics)\s")


_EVENT_HEADS = re.compile(r"(?:meeting|event|gathering|conference|forum|session|summit|sommet|reunion|rencontre|evenement|"
                          r"мероприят|встреч|форум|саммит|сесси)\w*$")
"""A meeting asked ("which meeting", "quel autre événement", "с каким мероприятием"): a forum or a session
answers, never the person who came to it."""
_BLOC_HEADS = frozenset({"bloc", "union", "alliance", "blocs", "alliances", "блок", "союз", "альянс"})


def _of_kind(text: str, names: list[tuple[int, int]], ann: dict, head: str) -> list[tuple[int, int]]:
    """The names that are of the kind the head asks for (a person for "quel responsable", not a
    country or a person for "quel média"); all of them when none is, or the head says no kind.
    The tagger's labels are noisy ("Levada" tagged a person), so only a full name, or the surname of one
    the corpus gives in full, is a person and only a country or a capital a place."""
    if head in _MEDIA_HEADS:  # "a déclaré mercredi à CNBC", "selon Interfax", "…, écrit DW": the outlet
        told = [(a, b) for a, b in names if _TOLD.search(text[max(0, a - 40) : a])]
        # "quelle agence", "quel site" may ask an exporter or a range as well as a medium.
        return told if told or head not in _AMBIGUOUS_MEDIA_HEADS else names
    if _EVENT_HEADS.match(head):
        return [(a, b) for a, b in names if _EVENT_NAME.search(fold(text[a:b])) or re.search(r"\bconseil\b", fold(text[a:b]))]
    if head in _BLOC_HEADS:  # "what EU-style bloc": a union of states, not a member of it
        return [(a, b) for a, b in names if _UNION_OF_STATES.search(fold(text[a:b]))
                and not _EVENT_NAME.search(fold(text[a:b])) and not re.search(r"\b(?:conseil|council)\b", fold(text[a:b]))]
    if head in COUNTRY_HEADS:  # "which country": a country, not "Asie centrale", a person nor "États soviétiques"
        return [(a, b) for a, b in names if countries_in(fold(text[a:b])) - UNIONS
                and not _GROUP_OF_STATES.match(fold(text[a:b]))]
    if head in PERSON_HEADS:
        wanted = [(a, b) for a, b, label in ann.get("ents", []) if label == "PER"]
    elif head in _PLACE_HEADS:
        wanted = [(a, b) for a, b, label in ann.get("ents", []) if label == "LOC"]
    elif head in ORG_HEADS or head in _TEXT_HEADS:
        unwanted = [(a, b) for a, b, label in ann.get("ents", [])
                    if label == "PER" and (" " in text[a:b].strip() or head in _COMPANY_HEADS
                                           or fold(text[a:b].strip()) in ann.get("people", ()))
                    or label == "LOC" and (countries_in(fold(text[a:b])) or head in _COMPANY_HEADS
                                           and not _HEADED_NAME.search(text[max(0, a - 40) : b + 2]))
                    # "Which Russian company …": a union of states (the EAEU, the CIS) is no company.
                    or head in _COMPANY_HEADS and (_UNION_OF_STATES.search(fold(text[a:b]))
                                                   or _EVENT_NAME.search(fold(text[a:b]))
                                                   or _TEXT_NAME.match(fold(text[a:b]))
                                                   or _names_a_role(text[a:b]))]  # an office, not a firm
        kept = [(a, b) for a, b in names if not any(x < b and a < y for x, y in unwanted)
                and not (head in _COMPANY_HEADS and _LISTED_PLACES.search(fold(text[a:b])))]
        # "What agreements did Macron sign?": a person or a country is never the agreement.
        return kept if head in _TEXT_HEADS or head in _COMPANY_HEADS else kept or names
    else:
        return names
    return _touching(names, wanted) or names


_HEAD_MODIFIERS = frozenset({
    "autre", "autres", "other", "nouveau", "nouvelle", "nouveaux", "nouvelles", "new", "ancien", "ancienne",
    "former", "anciens", "anciennes", "principal", "principale", "main", "seul", "seule", "only", "grand", "grande", "big", "biggest",
    "largest", "same", "meme", "key", "certain", "certaine", "news", "press", "tv",
})
_ACRONYMS_FR = frozenset(ACRONYMS.values())
"""An organisation before the noun qualifies it: "which CIS country" asks a country."""
_NEXT_WORD = re.compile(r"\s+([a-zà-ÿа-яё-]{3,})")


@lru_cache(maxsize=1024)  # asked for every candidate quote of a question
def _which(folded_question: str) -> tuple[str, str]:
    """The determiner and the noun of "quel X / which X" ('', '' if none). A word that only qualifies
    the noun is passed over: "which Russian minister" asks a minister, "quel autre pays" a country."""
    m = _WHICH.search(folded_question)
    if not m:
        return "", ""
    head, end = m.group("head"), m.end("head")
    while (head in _HEAD_MODIFIERS or head in NATIONALITIES or head in ACRONYMS or head in _ACRONYMS_FR
           or re.search(r"\w-(?:style|like|led|based|type)$", head)):  # "what EU-style bloc" asks a bloc
        nxt = _NEXT_WORD.match(folded_question, end)
        if not nxt:
            break
        head, end = nxt.group(1), nxt.end(1)
    # "which software firms", "Name the state exporter": an English noun before the head qualifies it.
    nxt = _NEXT_WORD.match(folded_question, end)
    if nxt and m.group("det") in ("which", "what", "name the") and not _person_or_body(head) and _person_or_body(nxt.group(1)):
        head = nxt.group(1)
    return m.group("det"), _person_or_body(head) or head


_PERSON_OR_BODY_HEADS = ORG_HEADS | PERSON_HEADS


def _person_or_body(word: str) -> str:
    """The person or body a head noun names, singular ("firms" → "firm", "companies" → "company"); '' if none."""
    return next((h for h in (word, word[:-3] + "y", word[:-1]) if len(h) > 3 and h in _PERSON_OR_BODY_HEADS), "")


_ON_WHAT_GROUNDS = re.compile(r"\bsur quel(?:le)?s? bases?\b")
""""Sur quelles bases repose …": on what grounds, no military base."""


def _name_asked(head: str, folded_question: str) -> str:
    """`head` when its answer is a name, '' when not ("quel type", "sur quelles bases")."""
    return head if head not in _NOT_A_NAME and not _ON_WHAT_GROUNDS.search(folded_question) else ""


def which_head(question: str) -> str:
    """The noun a "quel X / which X" question asks a name of ("centre", "entreprise"), '' if none."""
    folded = fold(question)
    return _name_asked(_which(folded)[1], folded)


def named_spans(text: str, ann: dict, question: str) -> list[tuple[int, int]]:
    """The names in `text` the question does not give: entities found at build time, a name in
    quotation marks, a model code ("S-300PS"), a capitalised word inside the sentence (the NER
    pass misses some: "faisant autorité Levada")."""
    spans = {(a, b) for a, b, _ in ann.get("ents", [])}
    spans |= {next(m.span(i) for i in (1, 2) if m.span(i)[0] >= 0) for m in _QUOTED_NAME.finditer(text)}
    spans |= {m.span() for m in _CODE.finditer(text)}
    spans |= {m.span() for m in _CAPITALISED.finditer(text)
              if m.start() > 0 and not re.search(r"[.!?:»]\s*$|^\s*$", text[: m.start()])}
    kept = sorted(spans, key=lambda s: (s[0], -s[1]))
    merged: list[tuple[int, int]] = []
    for a, b in kept:  # one span per name: the longest reading of overlapping ones
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    qterms = set(analyze_cached(question)) - set(analyze_cached(which_head(question)))
    # A name sharing a word with the question is the one it gives ("Vladimir Poutine" for "Poutine");
    # the noun asked about may be part of the answer ("le Forum numérique" for "quel forum").
    return [(a, b) for a, b in _beyond_question(text, merged, fold(question), qterms, "who")
            if not set(analyze_cached(text[a:b])) & qterms]


def which_span(text: str, ann: dict, question: str) -> tuple[int, int] | None:
    """For "Quel centre de sondage … ?", the name next to "centre" in the quote; else the name nearest
    the question's words; None when the quote names nothing new."""
    folded = fold(question)
    det, head = _which(folded)
    if head in _PERIOD_HEADS:  # "Quelle période couvre …": the dates not given
        dates = [(a, b) for a, b, _ in ann.get("dates", []) if fold(text[a:b]) not in folded]
        return nearest_span(text, dates, question) if dates else None
    head = _name_asked(head, folded)
    if head and (det in ("quels", "quelles", "какие") or det in ("which", "what") and head.endswith("s")):
        # "… portent sur quelles régions ?": the list of them, not its first name.
        listed = enumerations(text, ann, *list_kind(question))
        if listed:
            return nearest_span(text, listed, question)
    if head in _TITLE_HEADS:  # "Sous quel titre …": the quoted title, however long
        quoted = [m.span(1) for m in _QUOTED_TITLE.finditer(text)]
        if quoted:
            return nearest_span(text, quoted, question)
    if head in PERSON_HEADS or head in ORG_HEADS:
        # "Quel organe a approuvé … ?": the doer of that verb in the quote, as for "Qui a approuvé … ?".
        doer = _WHICH_DOER.search(question)
        subject = _subject_of_verb(text, ann, f"qui {doer.group(1)} {doer.group(2)}") if doer else None
        if subject:
            return subject
    names = _of_kind(text, named_spans(text, ann, question), ann, head) if head else []
    # "Which upper-house committee …?" and "des États membres": a common noun a tagger took for a name.
    names = [(a, b) for a, b in names if fold(text[a:b]) not in _COMMON_NOUNS_TAGGED]
    if not names and head in COUNTRY_HEADS:
        # "À quels pays … ?" and "aux pays qu'elle considère comme sa sphère d'influence": countries
        # described, not named, are the ones asked.
        described = _DESCRIBED_COUNTRIES.search(text)
        return described.span(1) if described else None
    if not names:
        return None
    head_terms = set(analyze_cached(head)) | set(analyze_cached(_HEAD_IN_FRENCH.get(head, "")))
    heads = [m.span() for m in re.finditer(r"\w+", text) if head_terms & set(analyze_cached(m.group(0)))]
    if heads:
        def gap(span: tuple[int, int]) -> int:
            return min(max(span[0] - h_end, h_start - span[1], 0) + (0 if span[0] >= h_end else 10)
                       for h_start, h_end in heads)
        return min(names, key=gap)
    return nearest_span(text, names, question)


_COMMON_NOUNS_TAGGED = frozenset({"etats", "states", "countries"})
"""Words a tagger marks as names in "des États membres" that name no one: never the answer to "which"."""
_DESCRIBED_COUNTRIES = re.compile(r"\b((?:pays|États|countries|states) (?:qu['’]|que |qui |dont |that |which )[^,.;:«»()]{3,80}"
                                  # "pourrait servir d'exemple à d'autres pays": "à qui ?" is answered by them.
                                  r"|(?:d['’]autres|les autres|aux autres) pays(?: tiers)?\b|\bpays tiers\b|(?:other|third) countries\b)",
                                  re.IGNORECASE)
_LISTED_PLACES = re.compile(r"\b(?:pays|etats?|regions?|villes?|capitales|republiques|countries|states|cities|capitals|страны|стран|"
                            r"государства|города)\b")
_LISTED_TEXTS = re.compile(r"\b(?:documents?|accords?|traites?|textes?|agreements?|treaties)\b")
_COMPLEMENT_BEFORE = re.compile(r"\b(?!(?:list|liste|names|noms|ensemble|set)\b)[a-z]{4,} (?:of(?: the)?|des|de la|de|du|d')\s?$")
_LIST_HEAD = re.compile(r"^(?:list|enumerate|enumerez|listez|citez|nommez|name|give)\s+(?:the |les |des |all |tous les |toutes les )?"
                        r"(?:[a-z-]+\s+){0,2}?(?!(?:deux|trois|six|dix)\b)([a-z-]+[sx])\b")
"""The plural noun an imperative list question lists: "Énumérez les champs …" → "champs"."""
_LISTED_BODIES = re.compile(r"\b(?:organisations?|organizations?|formats?|frameworks?|bodies|institutions|alliances|blocs|"
                            r"организации|организаций|форматы|форматах)\b")
"""The bodies a question lists, by name ("the multilateral formats …": l'OTSC, l'OCS, la CICA), never a list of things done."""
_LISTED_PEOPLE = re.compile(r"\b(?:personnes|responsables|dirigeants|personnalites|people|leaders|officials)\b")


_LISTED_COUNT = re.compile(r"\b(\d{1,2}|" + "|".join(COUNT_WORDS) + r")\s+(?:[a-z-]+\s+)?(?:pays|etats|republiques|membres|"
                           r"regions|villes|countries|states|republics|members|cities|nations)\b")


def _listed_count(folded_question: str) -> int:
    """How many items a list question says there are ("les cinq républiques" → 5), 0 if it says none
    (or two: "les deux pays" names a pair, not a list)."""
    m = _LISTED_COUNT.search(folded_question)
    if not m:
        return 0
    n = int(m.group(1)) if m.group(1).isdigit() else COUNT_WORDS[m.group(1)]
    return n if n >= 3 else 0


@lru_cache(maxsize=1024)
def list_kind(question: str) -> tuple[tuple[str, ...], int]:
    """The entity labels a list question's items carry, and how many make a list: "quels pays"
    wants places (three or more: two countries are named together everywhere), "quels documents"
    wants titles ("la Stratégie … et les Principes …": two make a list)."""
    folded = fold(question)
    head = _LIST_HEAD.match(folded)
    if head and not any(p.search(head.group(1)) for p in (_LISTED_TEXTS, _LISTED_PLACES, _LISTED_PEOPLE, _LISTED_BODIES)):
        # "Énumérez les champs d'action que prévoit le futur texte …": fields are listed, not texts.
        return TYPE_LABELS["list"], 3
    # "Name the principles of states' coexistence": a noun after "of", "des" qualifies the one listed.
    kinds = [(m.start(), kind) for pattern, kind in ((_LISTED_TEXTS, (("ORG", "MISC"), 2)),
                                                     (_LISTED_PLACES, (("LOC",), 3)), (_LISTED_PEOPLE, (("PER",), 2)),
                                                     (_LISTED_BODIES, (("ORG", "MISC"), 3)))
             for m in [pattern.search(folded)] if m and not _COMPLEMENT_BEFORE.search(folded[: m.start()])]
    # The noun listed comes first: "Quels pays sont membres de l'Organisation du traité …" lists countries.
    labels, least = min(kinds)[1] if kinds else (TYPE_LABELS["list"], 3)
    # "Which two capitals …?": the question says two, and two make its list.
    return labels, 2 if _TWO_LISTED.search(folded) else least


_TWO_LISTED = re.compile(r"\b(?:two|deux|2|два|две|двух)\s+(?:[a-zа-я-]+\s+)?(?:pays|etats|villes|capitales|regions|"
                         r"republiques|countries|states|cities|capitals|republics|nations|страны|стран|"
                         r"государства|города|столицы)\b")


def enumerations(text: str, ann: dict, labels: tuple[str, ...] = TYPE_LABELS["list"],
                 least: int = 3) -> list[tuple[int, int]]:
    """Runs of `least` or more entities joined by commas or 'et': 'l’Arménie, la Biélorussie et …'."""
    ents = sorted((a, b) for a, b, label in ann.get("ents", []) if label in labels)
    runs: list[list[tuple[int, int]]] = []
    for a, b in ents:
        if runs and _EXPANSION.match(text[runs[-1][-1][1] : a]) and text[b : b + 1] == ")":
            runs[-1][-1] = (runs[-1][-1][0], b + 1)  # "l'OCS (Organisation de Coopération de Shanghai)": one item
        elif runs and _ENUM_SEP.match(text[runs[-1][-1][1] : a]):
            runs[-1].append((a, b))
        else:
            runs.append([(a, b)])
    # "y compris ceux qui font des affaires avec l'Occident, comme l'Ouzbékistan et le Kazakhstan":
    # examples the text gives make a list, even two of them.
    # "…, deux documents de nature stratégique": a pair the text itself counts is a list as well.
    return [(run[0][0], run[-1][1]) for run in runs if len(run) >= least
            or len(run) == 2 and (_EXAMPLES_AHEAD.search(text[max(0, run[0][0] - 25) : run[0][0]])
                                  or _PAIR_COUNTED.match(text, run[-1][1]))]


_PAIR_COUNTED = re.compile(r"[^,;:.]{0,120},\s*(?:les\s+|these\s+|the\s+)?(?:deux|two|both)\s+\w", re.IGNORECASE)
"""The pair's last item may run on ("les Principes fondamentaux de la politique …, deux documents")."""
_EXAMPLES_AHEAD = re.compile(r"\b(?:comme|notamment|tels? que|telles? que|such as|including|like)\s+(?:\w+['’]|\w+\s+)?$",
                             re.IGNORECASE)
_ITEM = r"(?:[\w'’-]+\s+){0,5}[\w'’-]+"
_RANGE_ENUM = re.compile(
    rf"\b(?:du|de la|de l['’])\s+{_ITEM}\s+(?:à|au|aux)\s+{_ITEM}"
    rf"(?:\s*,?\s+en passant par\s+{_ITEM}(?:\s+et\s+{_ITEM})?)?", re.IGNORECASE)
_NOUN_PHRASE = rf"(?:le|la|les|l['’]|du|des|de la|de l['’]|d['’]|un|une|au|aux|à la|à l['’]|the|an?)\s*{_ITEM}"
_COMMA_ENUM = re.compile(
    rf"(?<![\w'’-]){_NOUN_PHRASE}(?:\s*[,;]\s+{_NOUN_PHRASE}){{1,}}\s*[,;]?\s+(?:et|ainsi que|and|as well as)\s+"
    rf"{_NOUN_PHRASE}", re.IGNORECASE)
"""Things listed whether or not a tagger names them: "du terrorisme à la criminalité organisée, en
passant par le radicalisme et l'extrémisme"; three or more short items joined by commas and a last
"et" ("la protection des secrets d'État ; la culture et les sports"), whatever their preposition ("relatives au
complexe de Baïkonour, aux transports, à la coopération … et aux activités transfrontalières")."""


def noun_enumerations(text: str) -> list[tuple[int, int]]:
    out = [m.span() for m in _RANGE_ENUM.finditer(text) if "en passant par" in m.group(0)]
    for m in _COMMA_ENUM.finditer(text) if not out else ():
        if not any(a < m.end() and m.start() < b for a, b in out):
            out.append(m.span())
    return sorted(out)


def is_statement(text: str) -> bool:
    return bool(SPEECH.search(text))


def nearest_span(text: str, spans: list[tuple[int, int]], question: str) -> tuple[int, int]:
    """The span closest to the words the question shares with the text (ties: the longer one)."""
    qterms = set(analyze_cached(question))
    anchors = [m.start() for m in re.finditer(r"\w+", text) if set(analyze_cached(m.group(0))) & qterms]

    def distance(span: tuple[int, int]) -> tuple[float, int]:
        if not anchors:
            return 0.0, -(span[1] - span[0])
        mid = (span[0] + span[1]) / 2
        return min(abs(mid - a) for a in anchors), -(span[1] - span[0])

    return min(spans, key=distance)


_UNTIL_ASKED = re.compile(r"\bjusqu'?(?:a|en)? ?(?:quand|quelle annee|quelle date)\b|\buntil (?:when|which|what)\b|\bдо как")
_SINCE_ASKED = re.compile(r"\bdepuis quand\b|\bsince when\b|\bс какого\b")
_UNTIL_SAID = re.compile(r"\bjusqu['’]?\s*(?:en|au|à|a|aux)?\s", re.IGNORECASE)
_SINCE_SAID = re.compile(r"\bdepuis\s", re.IGNORECASE)
WINDOW = 60


_CHANGE_ASKED = re.compile(r"\b(?:hausse|baisse|croissance|augmentation|diminution|progression|recul|grow|increase|"
                           r"decrease|rise|drop|grown|grew|rose|fell|augmente|progresse|baisse)"
                           r"|\b(?:рост[аеу]?|прирост[аеу]?|увелич\w*|сниж\w*|вырос\w*|упал\w*|сократил\w*)\b")
_CHANGE_AFTER = re.compile(r"\s*(?:de plus|de moins|en plus|en moins|de hausse|de baisse|d['’]augmentation|more|less|"
                           r"higher|lower)\b", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(r"(?:hausse|baisse|croissance|augmentation|progression|recul|soit|growth|increase|"
                            r"rise|up|down)\s+(?:de\s+|d['’]|of\s+|by\s+)?$", re.IGNORECASE)


def asks_change(question: str) -> bool:
    """"Quelle hausse …", "By what percentage did trade grow?": a change asked, not a level or a share."""
    return bool(_CHANGE_ASKED.search(fold(question)))


def stated_as_change(text: str, start: int, end: int) -> bool:
    """Whether the amount at text[start:end] is written as a change ("6,8 % de plus", "une hausse de 3 %")."""
    return bool(_CHANGE_AFTER.match(text, end) or _CHANGE_BEFORE.search(text[max(0, start - 30) : start]))


def change_spans(text: str, spans: list[tuple[int, int]], question: str) -> list[tuple[int, int]]:
    """For "Quelle hausse … ?", "By how much did … grow?": the amounts stated as a change ("6,8 % de
    plus", "une hausse de 3 %"), not the total beside them; none when the question asks no change."""
    if not asks_change(question):
        return []
    return [(a, b) for a, b in spans if stated_as_change(text, a, b)]


def fact_span(text: str, spans: list[tuple[int, int]], question: str, relations: list[str],
              given: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:
    """Which of a sentence's dates or amounts answers: "L'accord de 1994 … a été prolongé en 2004
    jusqu'en 2050" holds three dates. The one beside the verb the question asks about ("prolongé
    en 2004"), surrounded by the question's words ("l'Accord du 23 juin 2005 portant sur la
    formation du personnel militaire"), after "jusqu'en" for "jusqu'à quand", and never the date
    the question itself gives ("the treaty of 1992")."""
    qfold = fold(question)
    qterms = set(analyze_cached(question))
    tokens = [(m.start(), m.group(0)) for m in re.finditer(r"\w+", text)]
    verbs = [at for at, word in tokens
             if any(RELATIONS[r][1].search(fold(word)) for r in relations if r in RELATIONS)]
    cue = _UNTIL_SAID if _UNTIL_ASKED.search(qfold) else _SINCE_SAID if _SINCE_ASKED.search(qfold) else None

    def score(span: tuple[int, int]) -> tuple[float, float]:
        a, b = span
        item = _bracketed_item(text, a, b)
        low, high = item if item else (a - WINDOW, b + WINDOW)
        near = {t for at, word in tokens if low <= at < high and not a <= at < b
                for t in analyze_cached(word)} & qterms
        verb_gap = min((a - v if v < a else v - b + 20 for v in verbs), default=10_000)
        # "… le Traité d'Amitié, de Coopération et d'Assistance, traité qui a été prolongé en juin 2012":
        # the date right after the verb asked dates it, however many of the question's words the other has.
        verb_before = max((v for v in verbs if v < a), default=None)
        governed = cue is None and verb_before is not None and not re.search(r"[,;:()]", text[verb_before:a]) and a - verb_before <= 15
        value = len(near) + 1.0 * (verb_gap <= 50) + 3.0 * governed
        value += 3.0 * bool(cue and (cue.search(text[max(0, a - 15) : a]) or cue.search(text[a : min(b, a + 10)] + " ")))
        value -= 5.0 * (span in given)
        return value, -verb_gap

    return max(spans, key=score)


def _bracketed_item(text: str, a: int, b: int) -> tuple[int, int] | None:
    """For a date or amount in brackets after a list item ("…, l'accord … de défense aérienne (janvier
    2013), le Traité …"), the item it dates: from the bracket that closed the item before (an item's
    own commas do not end it: "la Déclaration d'Amitié …, tournée vers le XXIe siècle (juillet 1998)")
    to its own bracket. The words after the bracket are the next item's."""
    opening = text.rfind("(", 0, a)
    if opening < 0 or text[opening + 1 : a].strip() or not text[b:].lstrip().startswith(")"):
        return None
    start = max(text.rfind(c, 0, opening) for c in ";:)")
    return start + 1, opening


def local_coverage(text: str, span: tuple[int, int], terms: dict[str, float], window: int = 60) -> float:
    """IDF-weighted share of the question's terms found within `window` characters of the answer span.

    A sentence may hold both the question's words and a date, yet the date belongs to another
    clause; the terms around the answer tell whether it answers *this* question.
    """
    total = sum(terms.values())
    if not total:
        return 0.0
    near = set(analyze_cached(text[max(0, span[0] - window) : span[1] + window]))
    return sum(w for t, w in terms.items() if t in near) / total


_APPOSITION_AFTER = (r"{name}\w*\s*,\s*((?:le |la |l['’]|un |une )?[^,.;:«»“”()]{{4,90}}?)\s*(?=[,.;:()«“]|$)")
_APPOSITION_BEFORE = r"(?:^|[,;:(]\s*|\b(?:selon|du|de la|le|la)\s+)([^,.;:«»“”()]{{4,90}}?),?\s+{first}{name}"
"""A surname alone may follow its first name ("Sergueï Lavrov" for "Lavrov"); a full name follows the description."""


_DESCRIPTION_NOUN = re.compile(
    r"\b(?:ministre|president|presidente|porte-parole|chercheur|chercheuse|directeur|directrice|chef|secretaire|"
    r"ambassadeur|ambassadrice|conseiller|conseillere|analyste|expert|experte|professeur|journaliste|auteur|"
    r"dirigeant|fondateur|commandant|general|depute|senateur|maire|gouverneur|premier)\b")
_REPORTING = re.compile(r"^(?:selon\s+|(?:a|ont|avait)\s+(?:declare|ajoute|indique|precise|souligne|dit|estime|affirme)\s+)")
_TRAILING = re.compile(r"(?:\s+(?:de|du|des|d'|et|la|le|les|l'|a|au|aux|en))+\s*$")


def description_of(text: str, name: str) -> tuple[int, int] | None:
    """What a text says a person is, beside their name: "Max Hess, chercheur au Institut …" or
    "a déclaré le porte-parole du ministère des Affaires étrangères du pays, Aybek Smadiyarov"; a
    phrase naming a role or a trade first ("Alkhan Smailov, ces dernières années" describes nothing)."""
    folded = fold(text)
    names = [re.escape(name)] + ([re.escape(name.split()[-1])] if " " in name else [])
    found: list[tuple[int, int]] = []
    for written in names:
        for pattern in (_APPOSITION_AFTER, _APPOSITION_BEFORE):
            first = "" if " " in written else r"(?:[\w'’-]+\s+)?"
            matches = list(re.finditer(pattern.format(name=written, first=first), folded))
            if pattern is _APPOSITION_BEFORE:
                # Then every later start, nearest the name first: "la Russie ont été … de la visite du Premier
                # ministre russe Mikhail Mishustin" is a clause; "Premier ministre russe" describes him.
                matches += sorted(re.finditer(f"(?={pattern.format(name=written, first=first)})", folded),
                                  key=lambda m: -m.start(1))
            for m in matches:
                a, b = m.span(1)
                cut = _REPORTING.match(folded[a:b])
                a += cut.end() if cut else 0
                tail = _TRAILING.search(folded[a:b])
                b = a + tail.start() if tail else b
                if re.search(r"\b(?:a|ont|est|sont|avait|etait)\s+\w+(?:e|é)\b", folded[a:b]):
                    continue  # a clause, not a description
                if analyze_cached(text[a:b]):
                    found.append((a, b))
    return next((sp for sp in found if _DESCRIPTION_NOUN.search(folded[sp[0] : sp[1]])), found[0] if found else None)


_RANK_FROM = re.compile(r"\bde quel(?:le)? (?:rang|place|position)\b|\bfrom (?:what|which)\b|\bd'ou partai"
                        r"|\bavant (?:sa|son|leur) (?:remontee|progression|ascension)\b|\bbefore (?:its|the|their) (?:rise|climb)\b")
_ORDINAL = r"\d+\s*(?:e|er|ère|ème|th|st|nd|rd)\b"
_RANK_RANGE = re.compile(rf"(?:de la|du|from)\s+({_ORDINAL})\s+(?:à la|au|to)\s+(?:the\s+)?({_ORDINAL}(?:\s+(?:place|rang|position))?)",
                         re.IGNORECASE)
_RANK = re.compile(rf"\b{_ORDINAL}(?:\s+(?:place|rang|position))?", re.IGNORECASE)


def asks_rank(question: str) -> bool:
    return bool(RANK_ASKED.search(fold(question)))


def rank_span(text: str, question: str) -> tuple[int, int] | None:
    """For "Quelle place …", the rank stated: "de la 39e à la 28e place" answers "de quel rang à quel
    rang" whole, "en 2018" (the year it moved from) with the first rank, else with the rank reached."""
    folded = fold(question)
    if not RANK_ASKED.search(folded):
        return None
    ranges = list(_RANK_RANGE.finditer(text))
    if ranges:
        # Each move is about the ranking named before it: "dans le sous-classement des services en
        # ligne, … passant de la 16e à la 8e place".
        qterms = set(analyze_cached(question))
        starts = [0, *(r.end() for r in ranges[:-1])]
        topical = [len(set(analyze_cached(text[s_ : r.start()])) & qterms) for s_, r in zip(starts, ranges)]
        move = ranges[max(range(len(ranges)), key=lambda i: (topical[i], -i))]
        if _RANK_FROM.search(folded):
            return move.span()
        since = re.search(r"depuis\s+(\d{4})", text[move.end() : move.end() + 30])
        if since and since.group(1) in folded:
            return move.span(1)
        return move.span(2)
    ranks = [m.span() for m in _RANK.finditer(text)]
    return nearest_span(text, ranks, question) if ranks else None
