"""Lexical analysis shared by BM25 indexing, query parsing and answer scoring.

French elisions (l', d', qu'…) are split off, stop words (French and English, since questions
come in both) dropped, words stemmed with the Snowball French stemmer, then accents folded so a
question typed without accents still matches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS, STOPWORDS_FRENCH

_ELISION = re.compile(
    r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’ʼ`]", re.IGNORECASE
)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|\w+(?:[-.]\w+)*", re.UNICODE)
STOPWORDS = frozenset(STOPWORDS_FRENCH) | frozenset(STOPWORDS_EN_PLUS) | {
    "ete", "etre", "fait", "faire", "plus", "tres", "aussi", "comme", "dont", "quel", "quelle",
    "quels", "quelles", "combien", "quand", "pourquoi", "comment", "lequel", "laquelle", "selon",
}
_stemmer = Stemmer.Stemmer("french")
# Terms are computed at build and stored in the index: bump this when `analyze` changes what it
# returns, and older indexes become stale (their vectors are kept).
ANALYSIS_VERSION = 2


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def _plain(word: str) -> str:
    """`strip_accents` of one word, cached: analysis asks it of every word of every text it reads."""
    return strip_accents(word)


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return strip_accents(_stemmer.stemWord(word))


def words(text: str) -> list[str]:
    """Lower-cased word tokens with elisions split off; hyphenated compounds also yield their parts."""
    text = _ELISION.sub(" ", text.casefold())
    out = []
    for tok in _TOKEN.findall(text):
        parts = [p for p in tok.split("-") if p] if "-" in tok else []
        if len(parts) > 1 and all(p == "t" or _plain(p) in STOPWORDS for p in parts[1:]):
            out.append(parts[0])  # "accepte-t-elle" is the verb: the inversion is no term of its own
            continue
        if not parts or not all(_plain(p) in STOPWORDS for p in parts):
            out.append(tok)
        out.extend(parts)
    return out


def analyze(text: str) -> list[str]:
    """Index/query terms: content words, stemmed and accent-folded."""
    return [
        _stem(w)
        for w in words(text)
        if _plain(w) not in STOPWORDS and w not in STOPWORDS and (len(w) > 1 or w.isdigit())
    ]


@lru_cache(maxsize=50_000)
def analyze_cached(text: str) -> tuple[str, ...]:
    """`analyze` for strings met again and again while answering (the question, single words)."""
    return tuple(analyze(text))


_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
     "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"],
))


_ABBREVIATIONS = {
    "MFA": "Ministry of Foreign Affairs", "MoD": "Ministry of Defence", "PM": "Prime Minister",
    "FM": "Foreign Minister", "MAE": "ministère des Affaires étrangères", "EU": "European Union",
}
_US = re.compile(r"(?<![\w-])U\.?S\.?(?![\w-])(?=( (?:officials?|president|diplomats?|leaders?|ministers?|envoys?|"
                 r"compan(?:y|ies)|firms?|troops|soldiers|sanctions|government|administration|counterparts?|"
                 r"delegation|senators?|secretary|ambassador|media|think tank|dollars?)\b))?")
_ABBREVIATION = re.compile(r"(?<![\w-])(?<!\d )(" + "|".join(_ABBREVIATIONS) + r")(?![\w-])")  # not "5 PM"


ACRONYMS = {
    "csto": "otsc", "cis": "cei", "sco": "ocs", "eaeu": "uee", "eeu": "uee", "un": "onu", "nato": "otan",
    "одкб": "otsc", "снг": "cei", "шос": "ocs", "еаэс": "uee", "оон": "onu", "нато": "otan", "свмда": "cica",
}
"""English and Russian acronyms of the organisations a French text writes otherwise ("CSTO" is "OTSC")."""


def expand_abbreviations(text: str) -> str:
    """Newsroom shorthand spelled out ("the Kazakh MFA spokesperson"): news text writes the ministry
    in full, and neither the encoder nor the question analysis knows the short form."""
    text = _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group(1)], text)
    # "US officials" are American ones; "the US" is the United States.
    return _US.sub(lambda m: "American" if m.group(1) else "United States", text)


def transliterate(text: str) -> str:
    """Russian letters to Latin ones, so "Байконур" can meet "Baïkonour"."""
    return "".join(_CYRILLIC.get(c, c) for c in text)


def latin_spellings(text: str) -> list[str]:
    """The Latin spellings a Russian name may stand for: Russian writes a foreign H as Г ("Гесс" is
    Hess, "Гамбург" Hamburg), so a name with Г is also read with H."""
    latin = transliterate(text)
    lower = text.lower()
    return [latin, transliterate(lower.replace("г", "х"))] if "г" in lower else [latin]


_SOUNDS = [("zh", "j"), ("kh", "h"), ("sch", "sh"), ("ch", "sh"), ("ks", "x"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("j", "i"), ("q", "k")]


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A word's consonants, spelled one way: "Putin" and "Poutine", "Айбек" and "Aybek", "Хесс" and
    "Hess", "Макс" and "Max", "Michoustine" and "Mishustin", "Макрон" and "Macron", "Мажилис" and "Majilis"
    (Russian ж is the French j) share theirs."""
    for a, b in _SOUNDS:
        word = word.replace(a, b)
    word = re.sub(r"c(?![eiy])", "k", word)  # a hard C is the K of other scripts: "Macron" is "Макрон"
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]+", "", word))


def skeleton_index(words: Iterable[str], least: int = 2) -> dict[str, list[str]]:
    """Words under their consonants (`least` of them at least), to find a name another script or
    spelling writes ("Смадияров" → "smadiyarov")."""
    out: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        key = skeleton(word)
        if len(key) >= least:
            out.setdefault(key, []).append(word)
    return out


CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
"""A Cyrillic letter: the text is Russian, or names something in Russian ("Тимур Дандыбаев")."""


RUSSIAN_CASE = re.compile(r"(?:ого|ему|ым|ом|ем|ой)$")
"""The case endings a Russian name takes whose consonants are not the name's ("Мишустиным")."""


@lru_cache(maxsize=1 << 16)
def _trigrams(word: str) -> frozenset[str]:
    w = f"#{word}#"
    return frozenset(w[i : i + 3] for i in range(len(w) - 2))


def near_spelling(a: str, b: str) -> bool:
    """Close spellings of one word ("Baikonur" / "Baïkonour", "Russia" / "Russie"): trigram overlap ≥ 0.35."""
    ga, gb = _trigrams(a), _trigrams(b)
    return len(ga & gb) / len(ga | gb) >= 0.35


_FR_MARKERS = frozenset(
    ["le", "la", "les", "des", "du", "de", "un", "une", "est", "sont", "quel", "quelle", "quels", "quelles", "qui", "que", "quoi", "combien", "quand", "où", "ou", "pourquoi", "comment", "et", "en", "dans", "pour", "par", "sur", "au", "aux", "ce", "cette"]
)
_EN_MARKERS = frozenset(
    ["the", "what", "who", "whom", "when", "where", "why", "how", "which", "is", "are", "was", "were", "did", "does", "do", "of", "in", "on", "for", "to", "and", "a", "an", "by", "with", "from", "this", "that", "or", "not", "its", "per", "has", "have", "had"]
)


def detect_language(text: str) -> str:
    """'fr', 'en' or 'ru', from the script and function words; accents tip a tie towards French."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum("\u0400" <= c <= "\u04ff" for c in letters) > len(letters) / 3:
        return "ru"
    toks = words(text)
    fr = (sum(t in _FR_MARKERS for t in toks) + 0.5 * bool(re.search(r"[àâçéèêëîïôûùüÿœ’]", text.lower()))
          + len(re.findall(r"\b(?:qu|[ldcsnjm])['’](?=\w)", text.lower()))  # "Qu'a proposé Smailov ?"
          + len(re.findall(r"\w-(?:t-)?(?:il|elle|ils|elles|on)\b", text.lower())))  # "Poutine a-t-il …"
    en = (sum(t in _EN_MARKERS for t in toks)
          + len(re.findall(r"\w{2,}['’]s\b", text)))  # "Name Astana's defence minister."
    return "en" if en > fr else "fr"
