"""Dates and amounts found in text, with normalised values, for questions and corpus alike.

A question's constraint ("en mars 1994", "in 2022", "115 millions") is compared with what a
sentence states by value, not by string: "mars 1994" is 1994-03, "fin 2018" is 2018, "2019-2021"
spans three years, "neuf" is 9, "1,2 milliard" is 1 200 millions. Pure regular expressions, so the
query path stays light; the build stores what it found per sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.corpus import fold

_MONTH_NAMES = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7, "августе": 8,
    "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12,
}
_MONTHS = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
MONTH_PATTERN = rf"(?:{_MONTHS})\b"
"""Any month name, as a regular expression: "le traité de mai 1992" is dated by it."""
_MONTH_RANGE = re.compile(rf"\b(?:de |from )?({_MONTHS})\s*(?:-|–|—|à|a|to|through)\s*({_MONTHS})\s+(\d{{4}})\b", re.IGNORECASE)


def month_ranges(text: str) -> list[tuple[int, int, int]]:
    """(year, first month, last month) of the periods a text states ("en janvier-novembre 2022"): a
    figure for them says nothing of December, though the year is the same."""
    return [(int(m.group(3)), _MONTH_NAMES[m.group(1).lower()], _MONTH_NAMES[m.group(2).lower()])
            for m in _MONTH_RANGE.finditer(text)]
_DAYS = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|"
    "saturday|sunday"
)
_YEAR = r"(?:1[89]|20)\d{2}"
DATE = re.compile(
    rf"(?:(?:{_DAYS})\s+)?(?:(?:1er|\d{{1,2}})\s+)?\b(?:{_MONTHS})\b(?:\s*[-–]\s*(?:{_MONTHS})\b)?"
    rf"(?:\s+(?:{_YEAR}\b|dernier|prochain|года?))?"
    rf"|(?:\b(?:fin|début|debut|mi|depuis|jusqu'en|jusqu’en|en|in|since|until|by|late|early|end of)\s+)?"
    rf"\b{_YEAR}(?:\s*[-–]\s*{_YEAR})?\b(?:\s*(?:году|года|г\.))?"
    rf"|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
    rf"|\b(?:{_DAYS})\b"
    # A time stated relative to the article's date still answers "quand": "cet été", "le mois dernier".
    r"|\b(?:cet (?:été|hiver|automne)|ce printemps|l['’](?:été|hiver|automne) (?:dernier|prochain)"
    r"|le printemps (?:dernier|prochain)|le mois (?:dernier|prochain)|la semaine (?:dernière|prochaine)"
    r"|l['’]an (?:dernier|passé|prochain)|l['’]année (?:dernière|passée|prochaine)|hier|avant-hier"
    r"|(?:this|last|next) (?:summer|winter|spring|autumn|fall|month|week|year)|yesterday)\b",
    re.IGNORECASE,
)

UNITS = (
    r"dollars|euros|roubles|tenges|kilomètres|km|hectares|tonnes|membres|pays|entreprises|étudiants|"
    r"militaires|personnes|habitants|ans|années|jours|mois|semaines|heures|minutes|secondes|places?|fois|"
    r"documents|coentreprises|mètres|litres|kilos|kg|trimestres|hours|days|weeks|months|years|people|"
    r"companies|members|countries|tons|miles|dollars?|euros?"
)
_NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "cent": 100, "mille": 1000,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six_": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "a": 1, "un tiers": 1 / 3, "la moitié": 0.5, "un quart": 0.25,
}
COUNT_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
               "dix": 10, "onze": 11, "douze": 12, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
"""Counts written in words before what they count ("neuf pays", "the six members"); folded."""
_SCALE = {
    "mille": 1e3, "thousand": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
    "billion": 1e9, "billions": 1e9,
}
MAGNITUDES = r"(?:centaines|dizaines|milliers|millions|milliards|hundreds|dozens|thousands)"
_MAGNITUDE = rf"(?:plusieurs|quelques|des|de nombreux|de nombreuses|several|many)\s+{MAGNITUDES}"
"""An order of magnitude in words ("plusieurs centaines", "des milliers"): a count, of whatever follows it."""
AMOUNT = re.compile(
    r"(?:(?:environ|plus de|moins de|près de|quelque|au moins|au plus|jusqu'à|about|over|nearly|at least|"
    r"up to|more than)\s+)?"
    r"(?:\d{1,3}(?:[  \u202f]\d{3})+|\d+(?:[.,]\d+)?)"
    r"(?:\s?%|\s+pour\s?cent|e\b"
    rf"|\s+(?:millions?|milliards?|mille|billions?|thousand)(?:\s+(?:de\s+|d['’])?(?:{UNITS}))?"
    rf"|\s+(?:{UNITS})\b)?"
    r"|(?:(?:environ|plus de|près de|seulement)\s+)?\b(?:un tiers|la moitié|un quart|deux|trois|quatre|cinq|"
    r"six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent|mille|two|three|four|five|seven|eight|"
    r"nine|ten)\b(?:\s+(?:" + UNITS + r")\b)?"
    # "une semaine après", "a year later": one unit of time is a duration too.
    r"|\b(?:une?|one|a)\s+(?:semaine|mois|an|année|jour|heure|décennie|week|month|year|day|decade)\b"
    # "fourni gratuitement": what was paid is nothing (stored as "0 gratuit").
    r"|\b(?:gratuitement|gratuits?|gratuites?|free of charge)\b"
    # An order of magnitude is an answer to "combien" too: "plusieurs centaines de militaires".
    rf"|\b{_MAGNITUDE}\b"
    rf"(?:\s+(?:de\s+|d['’]|of\s+)(?:{UNITS})\b)?"
    r"|\b(?:hundreds|dozens|thousands|tens of thousands)\s+of\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateValue:
    """A point or a span of time; unknown parts are None ('23 juin dernier' has no year)."""

    year: int | None
    month: int | None = None
    day: int | None = None
    year_to: int | None = None

    def matches(self, other: DateValue) -> bool:
        """Whether two mentions can name the same time (a year matches its months)."""
        if self.year is not None and other.year is not None:
            lo1, hi1 = self.year, self.year_to or self.year
            lo2, hi2 = other.year, other.year_to or other.year
            if hi1 < lo2 or hi2 < lo1:
                return False
        elif self.year is None and other.year is None and self.month is None:
            return False
        if self.month is not None and other.month is not None and self.month != other.month:
            return False
        return not (self.day is not None and other.day is not None and self.day != other.day)

    def key(self) -> str:
        y = f"{self.year:04d}" if self.year else "????"
        out = y + (f"-{self.month:02d}" if self.month else "") + (f"-{self.day:02d}" if self.day else "")
        return out + (f"/{self.year_to}" if self.year_to else "")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # "date" or "amount"
    value: str  # normalised: DateValue.key() or a number with its unit


def parse_date(text: str) -> DateValue | None:
    t = text.lower()
    years = [int(y) for y in re.findall(_YEAR, t)]
    months = [_MONTH_NAMES[m] for m in re.findall(rf"\b(?:{_MONTHS})\b", t)]
    day = re.search(r"\b(1er|\d{1,2})\s+(?=[^\d\s])", t)
    if not years and not months:
        return None
    return DateValue(
        year=years[0] if years else None,
        month=months[0] if months and len(months) == 1 else None,
        day=(1 if day.group(1) == "1er" else int(day.group(1))) if day and months else None,
        year_to=years[1] if len(years) > 1 else None,
    )


def parse_amount(text: str) -> tuple[float, str] | None:
    """(value, unit): '115 millions de dollars' → (115e6, 'dollars'); 'neuf pays' → (9, 'pays')."""
    t = text.lower().replace("\u202f", " ").replace("\xa0", " ")
    m = re.search(r"\d{1,3}(?: \d{3})+|\d+(?:[.,]\d+)?", t)
    if m:
        value = float(m.group(0).replace(" ", "").replace(",", "."))
        rest = t[m.end():]
    else:
        word = next((w for w in sorted(_NUMBER_WORDS, key=len, reverse=True)
                     if re.search(rf"\b{w}\b", t)), None)
        if word is None:
            return None
        value = _NUMBER_WORDS[word]
        rest = t[t.find(word) + len(word):]
    for scale, factor in _SCALE.items():
        if re.match(rf"\s+{scale}\b", rest):
            value *= factor
            rest = rest[re.match(rf"\s+{scale}\b", rest).end():]
            break
    unit = "%" if "%" in rest or "pour cent" in rest else ""
    if not unit:
        u = re.search(r"([a-zà-ÿ]+)\s*$", rest.strip())
        unit = u.group(1) if u else ""
    return value, unit


_RELATIVE_YEAR = re.compile(
    r"\b(?:(?P<before>l['’]année précédente|l['’]année d['’]avant|un an (?:plus tôt|auparavant)|"
    r"the previous year|the year before|a year earlier)|(?P<after>l['’]année suivante|un an plus tard|"
    r"the following year|a year later)|(?P<same>la même année|the same year))\b",
    re.IGNORECASE,
)
"""A year stated relative to the one just named: "en janvier-novembre 2022 … (22,1 milliards) à la
même période l'année précédente" states 2021."""


def find_dates(text: str) -> list[Mention]:
    out = []
    for m in DATE.finditer(text):
        value = parse_date(m.group(0))
        key = value.key() if value else m.group(0).strip().lower()
        out.append(Mention(m.start(), m.end(), m.group(0), "date", key))
    for m in _RELATIVE_YEAR.finditer(text):
        named = [parse_date(d.text) for d in out if d.end <= m.start()]
        years = [v.year_to or v.year for v in named if v and v.year]
        if years and not any(d.start < m.end() and m.start() < d.end for d in out):
            shift = -1 if m.group("before") else 1 if m.group("after") else 0
            out.append(Mention(m.start(), m.end(), m.group(0), "date", f"{years[-1] + shift:04d}"))
    return sorted(out, key=lambda d: d.start)


def find_amounts(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in AMOUNT.finditer(text):
        s = m.group(0)
        if re.fullmatch(_YEAR, s.strip()) or re.fullmatch(r"(un|une|one)", s.strip(), re.IGNORECASE):
            continue
        if out and re.fullmatch(r"\s+(?:et|and)\s+", text[out[-1].end : m.start()]):
            prev = out.pop()
            s = text[prev.start : m.end()]
            out.append(Mention(prev.start, m.end(), s, "amount", prev.value + "+"))
            continue
        if re.match(r"gratuit|free of charge", s, re.IGNORECASE):
            out.append(Mention(m.start(), m.end(), s, "amount", "0 gratuit"))
            continue
        parsed = parse_amount(s)
        value = f"{parsed[0]:g} {parsed[1]}".strip() if parsed else s.lower()
        out.append(Mention(m.start(), m.end(), s, "amount", value))
    return out


def dates_of(values: list[str]) -> list[DateValue]:
    """DateValues back from stored keys."""
    out = []
    for key in values:
        m = re.fullmatch(r"(\d{4}|\?{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:/(\d{4}))?", key)
        if m:
            out.append(DateValue(
                None if m.group(1) == "????" else int(m.group(1)),
                int(m.group(2)) if m.group(2) else None,
                int(m.group(3)) if m.group(3) else None,
                int(m.group(4)) if m.group(4) else None,
            ))
    return out


def find_facts(text: str) -> tuple[list[Mention], list[Mention]]:
    """Dates, and the amounts that are not part of a date ('29' in '29 mai 2020')."""
    dates = find_dates(text)
    amounts = [a for a in find_amounts(text) if not any(a.start < d.end and d.start < a.end for d in dates)]
    return dates, amounts


# -- what an amount measures, so "combien de pays" is not answered by "7 600 kilomètres"

MEASURES = {
    "money": ("dollar", "dollars", "euro", "euros", "rouble", "roubles", "tenge", "tenges", "usd", "eur", "gratuit"),
    "length": ("km", "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres", "mile", "miles"),
    "percent": ("%", "pour cent", "percent"),
    "duration": ("an", "ans", "annee", "annees", "mois", "jour", "jours", "semaine", "semaines", "heure", "decennie",
                 "heures", "year", "years", "month", "months", "day", "days", "week", "weeks", "decade"),
    "area": ("hectare", "hectares", "km2"),
    "mass": ("tonne", "tonnes", "ton", "tons", "kg", "kilo", "kilos"),
    "population": ("habitant", "habitants", "inhabitant", "inhabitants"),
}
UNIT_WORDS = {
    "countries": "pays", "country": "pays", "states": "pays", "state": "pays", "etat": "pays", "etats": "pays",
    "nation": "pays", "nations": "pays", "companies": "entreprise", "firms": "entreprise", "societe": "entreprise",
    "societes": "entreprise", "firme": "entreprise", "firmes": "entreprise", "businesses": "entreprise", "business": "entreprise",
    "enterprises": "entreprise", "company": "entreprise", "firm": "entreprise", "государств": "pays",
    "students": "etudiant", "members": "membre", "people": "personne", "soldiers": "militaire", "soldat": "militaire",
    "soldats": "militaire", "troops": "militaire", "republique": "pays", "republiques": "pays", "republics": "pays",
    "servicemen": "militaire", "joint ventures": "coentreprise", "ventures": "coentreprise",
    # Hardware is counted as hardware: "combien de lanceurs" is never "plusieurs centaines de militaires".
    "lanceurs": "materiel", "lanceur": "materiel", "launchers": "materiel", "launcher": "materiel",
    "missiles": "materiel", "vehicules": "materiel", "vehicles": "materiel", "blindes": "materiel",
    "avions": "materiel", "aircraft": "materiel", "helicopteres": "materiel", "helicopters": "materiel",
    "chars": "materiel", "tanks": "materiel", "fusees": "materiel", "rockets": "materiel",
    "пусковых установок": "materiel", "ракет": "materiel", "машин": "materiel", "самолетов": "materiel",
    "documents": "document", "textes": "document", "texte": "document", "texts": "document", "agreements": "accord",
    # "Combien de territoires ?" is answered by "quatre régions": an annexed region is a territory.
    "territoires": "region", "territoire": "region", "territories": "region", "regions": "region",
    "регионов": "region", "областей": "region", "территорий": "region",
    "страны": "pays", "стран": "pays", "студентов": "etudiant", "компаний": "entreprise", "военных": "militaire",
    "членов": "membre", "предприятий": "entreprise", "фирм": "entreprise", "совместных предприятий": "coentreprise",
    "совместных компаний": "coentreprise", "совместных фирм": "coentreprise", "сп": "coentreprise",
    # Schools are counted as schools: "how many academies host them" is never "plusieurs centaines de militaires".
    "academies": "etablissement", "academy": "etablissement", "academie": "etablissement",
    "universites": "etablissement", "universite": "etablissement", "universities": "etablissement",
    "university": "etablissement", "ecoles": "etablissement", "ecole": "etablissement", "schools": "etablissement",
    "school": "etablissement", "colleges": "etablissement", "college": "etablissement",
    "вузов": "etablissement", "академий": "etablissement", "университетов": "etablissement", "училищ": "etablissement",
}
UNIT_WORDS = {fold(word): kind for word, kind in UNIT_WORDS.items()}  # looked up folded: "компаний" is "компании"


_RUSSIAN_MEASURES = (
    ("length", ("километр", "км", "метр", "миль")), ("area", ("гектар",)),
    ("money", ("доллар", "евро", "рубл", "тенге")), ("percent", ("процент",)), ("mass", ("тонн", "килограм")),
    ("duration", ("лет", "год", "месяц", "днеи", "дня", "дни", "недел", "часов", "часа")), ("population", ("жител",)),
)
"""Russian unit words by folded stem ("дней" folds to "днеи"): Russian declines them ("километров", "долларов")."""


COUNTED_KINDS = frozenset(UNIT_WORDS.values())
"""Counted things qa can tell apart ("pays", "entreprise", "etudiant" …)."""
PEOPLE_COUNTED = frozenset({"militaire", "etudiant", "personne"})
""""Combien de cadets …" may be answered by "plusieurs centaines de militaires": people go by many names."""


GROWTH = "growth"
""""De combien le commerce a-t-il progressé ?": a rise is stated as a share or a sum, never as a count."""


def counted_alike(measure: str) -> frozenset[str]:
    """The kinds of amount that may count what a question counts: its own, and any people when qa
    does not know the word it counts ("cadets")."""
    if measure == GROWTH:
        return frozenset({"percent", "money"})
    if measure in ("pays", "membre"):
        return frozenset({"pays", "membre"})  # "How many member states …?" — "ses 27 membres"
    if measure in COUNTED_KINDS or measure in MEASURES:
        return frozenset({measure})
    return frozenset({measure}) | PEOPLE_COUNTED


def measure_of(unit: str) -> str:
    """The kind of quantity a unit word measures ('money', 'length' …), else the word itself, folded
    and singular ('pays', 'entreprise', 'militaire')."""
    word = fold(unit.strip())
    # "ex-républiques", "ex-members": former ones are counted as the things they were ("ex-Soviet" is no unit).
    if word.startswith("ex-") and (word[3:] in UNIT_WORDS or any(word[3:] in words for words in MEASURES.values())):
        word = word[3:]
    for measure, words in MEASURES.items():
        if word in words:
            return measure
    for measure, stems in _RUSSIAN_MEASURES:
        if word.startswith(stems) and word not in UNIT_WORDS:
            return measure
    word = UNIT_WORDS.get(word, word)
    return word[:-1] if len(word) > 4 and word.endswith(("s", "x")) else word


def amount_measure(value: str) -> str:
    """What a stored amount value ('1.15e+08 dollars', '6 pays', 'plusieurs centaines de militaires')
    measures; '' when it names no unit."""
    if value.endswith("%"):
        return "percent"
    parts = value.replace("+", "").split()
    if len(parts) < 2:
        try:  # "un tiers", "la moitié" are stored as the fraction they state: a share
            return "percent" if 0 < float(value) < 1 else ""
        except ValueError:
            return ""
    if _MAGNITUDE_ONLY.fullmatch(value.strip()):
        return ""  # "des milliers (de liens)": an order of magnitude, the thing counted is not stored
    return measure_of(parts[-1])


_MAGNITUDE_ONLY = re.compile(_MAGNITUDE, re.IGNORECASE)
