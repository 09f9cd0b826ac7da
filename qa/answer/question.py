"""What a question asks for, and what a correct quote must satisfy.

From the question alone (French, English or Russian): the expected answer type (date, amount,
person, place, list, reason, statement by someone, yes/no, definition), its scope (one fact, or a
broad explanation), and the constraints it names — dates ("en mars 1994"), named entities matched
against the corpus's own entity vocabulary, the speaker of a statement ("what did X say").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from qa.corpus import fold
from qa.facts import (
    COUNT_WORDS,
    GROWTH,
    MONTH_PATTERN,
    UNIT_WORDS,
    DateValue,
    find_dates,
    measure_of,
    parse_date,
)
from qa.text import (
    ACRONYMS,
    CYRILLIC,
    STOPWORDS,
    analyze,
    analyze_cached,
    detect_language,
    expand_abbreviations,
    latin_spellings,
    skeleton,
    skeleton_index,
    transliterate,
    words,
)

_POST_HELD = re.compile(r"\bquel(?:le)? (?:poste|fonction|titre)\b|\b(?:occupe|exerce)(?:-t-il|-t-elle)? quel(?:le)? (?:poste|fonction)\b"
                        r"|\bwhat (?:post|position|job|title|office)\b.*\b(?:hold|holds|held|have|has|occup)"
                        r"|\bкакую должность\b|\bкакой пост\b|\bкем работает\b")
""""Quel poste occupe X ?" about a person: what the text says X is, as for "Qui est X ?" ("What position
does Kazakhstan hold in the ranking?" names no person, and asks a rank)."""

PERSON_HEADS = frozenset({
    "responsable", "dirigeant", "dirigeante", "leader", "official", "officiel", "personnalite", "chercheur",
    "chercheuse", "expert", "experte", "analyste", "politicien", "politicienne", "diplomate", "ministre",
    "president", "presidente", "chef", "politician", "researcher", "analyst", "diplomat", "minister", "person",
    "personne", "journaliste", "journalist", "auteur", "author", "porte-parole", "spokesperson", "spokesman",
    "homme", "femme", "man", "woman", "premier", "director", "directeur", "directrice", "ambassador",
    "ambassadeur", "ambassadrice", "chair", "chairman", "chairwoman", "chairperson", "governor", "gouverneur", "commander", "commandant", "general",
    "chief", "secretary", "secretaire", "envoy", "emissaire", "negotiator", "negociateur", "counterpart", "homologue",
    "reporter", "correspondent", "correspondant", "correspondante", "patron", "patronne", "boss", "titulaire", "holder",
})
ORG_HEADS = frozenset({
    "media", "journal", "chaine", "radio", "television", "institut", "institute", "organisation", "organization",
    "organe", "body", "agence", "agency", "entreprise", "societe", "compagnie", "company", "firm", "firme",
    "groupe", "banque", "bank", "institution", "centre", "center", "chambre", "chamber", "parlement", "parliament",
    "coentreprise", "outlet", "newspaper", "channel", "network", "fonds", "fund", "ministere", "ministry",
    "instance", "assemblee", "assembly", "conseil", "council", "commission", "committee", "comite", "structure", "exporter", "exportateur",
    "broadcaster", "pollster", "venture", "operateur", "operator", "fournisseur", "supplier", "provider",
    "intermediary", "intermediaire", "middleman",
    "manufacturer", "fabricant", "constructeur", "universite", "university", "academie", "academy", "ecole", "school",
    "сми", "издание", "газета", "телеканал",
})
"""Heads of "quel responsable / quel média …" asking for a person, or an organisation, by name."""
_NAMED_BY_ANSWER = ORG_HEADS - {"organe", "body", "groupe", "centre", "center", "structure", "instance", "fonds", "fund",
                                "banque", "bank", "institution", "organisation", "organization"}
"""Heads whose answer is a name, not a description ("quel groupe d'étrangers", "quel organe de coordination")."""
_PLURAL_BODIES = {w[:-1] + "ies" if w.endswith("y") else w + "s" for w in _NAMED_BY_ANSWER if not w.endswith(("s", "x"))}
BODY_ASKED = re.compile(rf"^(?:par )?(?:quel|quelle|which) (?:[a-z-]+ ){{0,3}}?(?:{'|'.join(sorted(_NAMED_BY_ANSWER))})\b"
                        # "Name the Russian-Kazakh joint company cited …": the same body, asked by the imperative.
                        rf"|^(?:name|nommez|citez|identify) (?:the|le|la|l') ?(?:[a-z-]+ ){{0,3}}?(?:{'|'.join(sorted(_NAMED_BY_ANSWER))})\b"
                        # "Which Russian universities train them, by name?": their names, asked as such ("Quelles
                        # entreprises participent …?" may be answered by what they do as a group).
                        rf"|^(?:quels|quelles|which) (?:(?!(?:le|la|les|du|des|de|the|of)\b)[a-z-]+ ){{0,3}}?"
                        rf"(?:{'|'.join(sorted(_PLURAL_BODIES, key=len, reverse=True))})\b"
                        r"(?=.*\b(?:by name|names?|named|noms?|nommement|nommees?|nommes?)\b)")
"""A which-question whose noun asks for a company, an agency or a medium ("Which Russian state exporter
…", "Quelle chaîne …"): its name answers, whatever label the tagger gave it ("Kamaz-Engineering" is
tagged a place), but not a country."""
_PERSON_NOUNS = "|".join(sorted(
    PERSON_HEADS - {"premier"} | {"editor", "editeur", "editrice", "autrice", "spokeswoman"}
    # "the spokesmen", "the co-chairmen of the commission": the same people, in the plural or shared.
    | {w[:-3] + "men" for w in PERSON_HEADS | {"spokeswoman"} if w.endswith("man")}
    | {"co-" + w for w in ("chair", "chairs", "chairman", "chairmen", "chairwoman", "chairperson", "president",
                           "presidente", "presidents", "author", "authors", "auteur", "auteurs", "presidentes")},
    key=len, reverse=True))
"""Nouns that ask a person after "which" or "name the" ("quel premier accord" asks no person)."""
_CALLED_HOW = r"(?:s'appell?e(?:nt)?|(?:est|sont|etait|etaient) (?:nomme|appele)e?s?) comment\b"
"""A name asked the spoken way, after what is named: "le chef de l'État kazakh est nommé comment ?"."""
_HOW_CALLED = r"^comment (?:s'appell?ent|s'appelle|se nomment|se nomme)"
"""A name asked before what is named: "Comment s'appelle le ministre kazakh de la Défense ?"."""
_NOT_A_PERSON = r"(?:jour|date|annee|mois|moment|heure|poste|role|rang|titre|fonction|day|year|month|post|rank|title|position)\b"
PERSON_ASKED = re.compile(rf"(?:^|(?<=: ))(?:par |avec |aupres de |pour |a )?(?:quels?|quelles?|which) (?!{_NOT_A_PERSON})(?:(?!(?:le|la|les|du|des|de|the|of)\b)[a-z-]+ ){{0,3}}?"
                          rf"(?:{_PERSON_NOUNS})s?\b(?! staff)"
                          # "Le portefeuille … est tenu par quel ministre ?", "… claim came from which officials?": the agent asked at the end.
                          rf"|\b(?:par|by|from|de|with|avec) (?:quels?|quelles?|which) (?:[a-z-]+ )?(?:{_PERSON_NOUNS})s?\s*\??\s*$"
                          rf"|(?:^|[:—–]\s*)(?:the )?names? of (?:the |its |their )?(?:[a-z-]+ ){{0,2}}?(?:{_PERSON_NOUNS})s?\b"
                          # "Name the American counterparts …", "Citez les homologues kazakhs …"
                          rf"|^(?:name|nommez|citez|identify) (?:the |le |la |les |l')?(?:[a-z-]+ ){{0,2}}?(?:{_PERSON_NOUNS})s?\b"
                          # "Name the American who sat down with …": "who" says a person is named.
                          r"|^(?:name|identify) the (?:[a-z-]+ )?[a-z-]+ who\b"
                          # "Какие американские чиновники …": Russian declines the noun, so its stem.
                          r"|^как[а-я]{1,3} (?:[а-я-]+ ){0,2}?(?:чиновник|министр|руководител|лидер|политик|дипломат|эксперт|"
                          r"исследовател|журналист|представител|президент|премьер|посол|посл[аыу]|сотрудник|генерал|депутат)")
""""Quel porte-parole kazakh …", "Avec quel dirigeant …", "Which Kazakh deputy defence minister …": the noun says a person answers
("Quel jour le chef … ?" asks a day)."""

NAME_TAIL = (r"(?::|\s[—–]|,\s*on (?:connait|sait|a)|,(?=\s*(?:son|sa|leur|his|her|their) ))\s*(?:son |sa |leur |his |her |their |the )?"
             r"(?:(?:prenom|first name) (?:et|and) (?:son |sa |his |her |their )?)?(?:nom|name|nom complet|full name)\s*\??\s*$")
"""A question ending on the name asked: "… : son nom ?", "… — name?", "…, on connaît son nom ?", "…, son
nom ?", "… : son prénom et son nom ?"."""
_THEN_ITS_NAME = r"[^:?—–]*" + NAME_TAIL
"""The rest of "Premier ministre côté kazakh : son nom ?" (or "… — name?", "…, on connaît son nom ?") after
its topic: the topic's name is asked."""

FULL_NAME_WORDS = r"nom complet|nom et prenom|prenom et nom"
""""Nom et prénom du porte-parole ?": a person's name asked in full."""
NAME_ASKED_RU = r"\s[—–:]\s*(?:имя|фамилия|имя и фамилия)\s*\??\s*$|^(?:фамилия|имя и фамилия)\s+[а-я]|^чь[её] (?:имя|фамилия)\b"
""""Чей заместитель министра … — имя?", "Чьё имя стоит …?": a person's name (a thing's is "название")."""

_COUNTRYS_ROLE = rf"^(?:the )?([a-z-]+)'s (?:(?:current|then|new|former|acting|sitting) )?(?:[a-z-]+ ){{0,2}}?(?:{_PERSON_NOUNS})\b"
"""A role named by its country's possessive: "Kazakhstan's prime minister"."""
_BODY_SIZED = r"(?:contingent|garrison|delegation|troop|army|workforce) (?:size|strength)\b"
""""Kazakh contingent size in …?": the size of a body of people, a count of them."""
_IN_TIME_UNITS = r",\s*(?:in|en) (?:years|months|weeks|days|annees|ans|mois|semaines|jours)(?=\s*\??\s*$)"
"""A question ending ", in years?" ("Draft accord's partnership horizon, in years?"): a duration asked."""
IN_PERCENT = r"(?:,\s*|\s)(?:en|in) (?:%|pourcentage\b|percent(?:age)?\b|per cent\b)(?=\s*\??\s*$)|\bas a percentage\b|в процентах"
"""The unit asked: "…, en % ?", "…, in percent?": a percentage figure, which "la plupart" does not give."""
_TERM_NOUNS = (r"(?:partnership|partenariat|agreement|accord|treaty|traite|lease|bail|programme|program|stay|sejour|visit|visite|"
               r"term|mandat|mandate|deal|contract|contrat|mission)")
"""What lasts a while: "Length of the partnership …?", "Durée du bail …?" ask how long."""

_COUNT_QUALIFIER = r"(?: (?:exact|exacte|total|totale|precis|precise|approximatif|approximative|annuel|annuelle|mensuel|mensuelle))?"
"""What may stand between "nombre" and what it counts: "Nombre exact de lanceurs ?"."""
_COMBIEN_ADVERB = r"(?: (?:exactement|precisement|environ|au juste|au total))?"
"""And between "combien" and it: "Combien exactement de militaires …"."""
_RUSSIAN_MONTHS = tuple(re.compile(p) for p in (
    r"\bянвар", r"\bфеврал", r"\bмарт(?:е|а)?\b", r"\bапрел", r"\bма(?:й|я|е)\b", r"\bиюн", r"\bиюл",
    r"\bавгуст", r"\bсентябр", r"\bоктябр", r"\bноябр", r"\bдекабр"))
"""Russian month names by stem, January first: "в декабре" asks about December."""

_UNIT_FIRST = re.compile(r"^(kilometres|kilometers|km|miles|hectares|dollars|roubles|euros|tonnes|tons) (?:of|de|d')")
"""A question that opens with its unit ("Kilometres of border …?", "Hectares de terrain …?") asks how many."""

_QTYPES = [
    ("who", re.compile(  # "Quel est le nom du ministre …" asks for a person, not a name of a thing
        r"\bquel est le nom (?:du|de la|de l')\s*(?:nouveau |nouvelle |actuel |actuelle )?(?:premier |vice-?)?"
        r"(?:ministre|president|presidente|porte-parole|ambassadeur|chef|directeur|directrice|maire|gouverneur)\b"
        r"|^nom (?:du|de la|de l')\s*(?:auteur|autrice|editeur|editrice|redacteur|redactrice|signataire)\b"
        # "Nom du ministre kazakh de la Défense signataire du programme ?": a person, not a thing's name.
        rf"|(?:^|(?<=: ))(?:nom|{FULL_NAME_WORDS}|prenom) (?:du|de la|de l')\s*(?:nouveau |nouvelle |actuel |actuelle )?(?:premier |vice-?)?(?:{_PERSON_NOUNS})\b"
        r"|(?:^|(?<=: ))(?:what is )?(?:the )?name of (?:the |its |their )?(?:[a-z'-]+ ){0,6}?(?:vice-)?(?:minister|president|spokes(?:person|man|woman)|"
        rf"ambassador|head|director|mayor|governor|chairman|premier|leader|{_PERSON_NOUNS})(?= of | in | for | credited | quoted | cited | who | interviewed | \(|\s*\??$)"
        # "Name the official who voiced …": a person, whatever the verb.
        rf"|^(?:name|nommez|citez|identify) (?:the|le|la|l'|[a-z-]+'s) ?(?:[a-z-]+ ){{0,2}}?(?:{_PERSON_NOUNS})\b"
        r"|^(?:name|identify) the (?:[a-z-]+ )?head of\b"
        # "The Kazakh deputy defence minister is named how in the post?": a person's name.
        rf"|^(?:the )?(?:[a-z'-]+ ){{0,4}}?(?:vice-)?(?:{_PERSON_NOUNS}) (?:is|was) (?:named|called) how\b"
        # "The Kazakh signatory of the programme was whom?": the person asked last.
        r"|\b(?:is|was|are|were) whom\s*\??\s*$"
        # A question that is only its noun: "Chairperson of the commission …?", "Directeur du centre ?".
        r"|^(?:the |le |la |l')?(?:chair(?:man|woman|person)?|head|director|leader|secretary[- ]general|"
        r"president|presidente|directeur|directrice|dirigeant|dirigeante|secretaire general|publisher|owner|founder) (?:of|du|de la|de l'|des)\b"
        r"(?!.*\b(?:what|which|when|where|why|how|quel|quelle|quand|pourquoi|comment|combien)\b)"
        # "Signataire kazakh du traité de 1994 ?", "Ministre russe des Affaires étrangères ?": a person.
        r"|^(?:the |le |la |les |l')?(?:signataires?|signator(?:y|ies)|(?:premier |prime |vice-?|deputy )?minist(?:re|er)|"
        r"porte-parole|spokes(?:man|woman|person))(?: [a-z-]+)? (?:of|du|de la|de l'|des|for|pour)\b"
        r"(?![^?]*(?::|\b(?:what|which|when|where|why|how|quel|quelle|quand|pourquoi|comment|combien)\b))"
        # "Russian signatory of the Moscow signals agreement?": one side's signatory, a person.
        r"|^(?:the )?[a-z-]+ signator(?:y|ies) (?:of|for|to)\b(?![^?]*(?::|\b(?:what|which|when|where|why|how)\b))"
        # "Kazakhstan's prime minister at the time?": a role held, named by its country.
        r"|" + _COUNTRYS_ROLE + r"(?=\s*(?:\?|,|$| (?:at|in|of|per|according|during|then|now|back)\b))(?![^?]*(?::|\b(?:what|which|when|where|why|how|say|said|says|remarks?|statements?|words)\b))"
        # "Premier ministre côté kazakh : son nom ?": a person named by the topic, then the name asked.
        rf"|^(?:le |la |l'|the )?(?:[a-z-]+ ){{0,2}}?(?:vice-)?(?:{_PERSON_NOUNS})\b(?={_THEN_ITS_NAME})"
        rf"|^(?:the )?[a-z-]+'s (?:[a-z-]+ ){{0,4}}?(?:{_PERSON_NOUNS})\b(?={_THEN_ITS_NAME})"
        # "Comment s'appelle le ministre kazakh de la Défense ?": a person's name.
        rf"|{_HOW_CALLED} (?:le |la |les |l')(?:[a-z-]+ ){{0,2}}?(?:vice-?)?(?:{_PERSON_NOUNS})s?\b"
        # "… : le chef de l'État kazakh est nommé comment ?", the same asked the spoken way.
        rf"|(?:^|: |[—–] )(?:le |la |les |l')(?:[a-z-]+ ){{0,2}}?(?:vice-?)?(?:{_PERSON_NOUNS})s?\b[^?:]{{0,80}} {_CALLED_HOW}")),
    ("who", BODY_ASKED),
    ("who", PERSON_ASKED),
    ("list", re.compile(
        # "Quels anciens États soviétiques …", "Quelles autres villes …": an adjective may come first.
        r"^(quels|quelles) (?:(?:anciens|anciennes|autres|nouveaux|nouvelles|grands|grandes|principaux|principales) )?"
        r"(pays|etats|regions|villes|capitales|membres|organisations|documents|accords|traites|republiques|"
        r"domaines|formats|menaces)\b|\b(quels|quelles) (sont les )?(?:(?:\d+|trois|quatre|cinq|six|sept|huit|neuf|dix) )?"
        r"(pays|etats|regions|villes|capitales|republiques) \b"
        # "Which third countries …": whatever qualifies the noun, a list of them answers.
        r"|^which (?:(?!of\b)[a-z-]+\s+){0,3}"
        r"(countries|states|regions|cities|capitals|members|organisations|organizations|republics|nations)\b"
        r"|^what (?:(?:former|other|new|soviet|ex-soviet|post-soviet|central asian|member)\s+){0,2}"
        r"(countries|states|regions|cities|republics|nations)\b"
        # "Какие общие угрозы …", "Какие документы …": the plural noun, an adjective or two before it.
        r"|\b(?:какие|каких) (?:(?:две|два|три|четыре|пять|шесть|семь|восемь|девять|десять) )?(?:[а-яё-]+(?:ые|ие|ых|их) ){0,2}(?:страны|стран|государства|города|республики|регионы|организации|"
        r"документы|соглашения|договоры|области|сферы|направления|форматы|угрозы|члены|членов)\b"
        r"|^назовите (?:[а-я-]+ ){0,2}?(?:страны|государства|республики|города|членов|регионы|области|организации|документы)\b"
        r"|^(citez|nommez|enumerez|listez|donnez|indiquez|name|list) (les |la liste des |the )?([\w']+ ){0,3}?"
        r"(pays|etats|membres|regions|villes|republiques|organisations|accords|traites|documents|domaines|countries|states|"
        r"members|regions|cities|republics|nations|organisations|organizations|agreements|treaties)\b|^перечисл"
        # "List the contracts …", "Enumerate the republics …", "Énumérez les champs d'action …": whatever they are.
        r"|^(?:list|enumerate|enumerez|listez|give (?:me )?(?:a |the )?list of|dressez la liste)\b"
        r"|^(?:name|list|give) (?:every|each) (?:country|state|member|city|region)\b"
        # "Deux documents … sont cités : lesquels ?", "Multilateral frameworks …: which ones?"
        r"|\s?:\s*(?:lesquels|lesquelles|which ones)\s*\??\s*$|\b(?:une|la|a|the) (?:liste|list)\b[^?]*:\s*(?:laquelle|lequel|which)\s*\??\s*$"
        # "The CIS's recent departures — list them by name.", "… : nommez-les", "… — назовите их".
        r"|(?:^|[—–:,.?]\s*)(?:list|name) them\b|(?:^|[—–:,.?]\s*)spell (?:them|it) out\b|\b(?:nommez|citez|enumerez|listez)-les\b|\b(?:перечислите|назовите) их\b"
        # "… : cinq États, lesquels ?": a count of them, then which.
        r"|\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten) [a-z-]+, "
        r"(?:lesquels|lesquelles|which (?:ones|are they))\s*\??\s*$"
        # "Les pays membres de la CEI selon la note ?": the plural noun alone asks for them all.
        r"|^(?![^?]*(?:-t-|-ils\b|-elles\b|: (?:are|is|do|does|did|were|was|have|has|sont|est|ont)\b))(?:les|the) (?:member )?(?:pays|etats|republiques|countries|states|republics)"
        r"(?: membres| members)? (?:de|du|des|d'|of)\b")),
    ("say", re.compile(
        r"\b(qu'a|qu'ont|qu'avait|que a) (t-il |t-elle )?(declare|dit|affirme|annonce|propose|suggere|"
        r"souligne|promis|demande|reclame|exige|preconise|repondu)|\ba quoi .{0,40}\b(a|ont)(-t-il|-t-elle)? (appele|exhorte|invite)"
        r"|\bqu'a-t-(il|elle) (declare|dit|propose)|\bquel message\b"
        # a stance: "Quelle a été la position russe sur la décision … ?", "How did Moscow react?"
        r"|\bquel(?:le)? (?:a ete |est |etait |fut )?(?:la |le )?(?:position|reaction|reponse)\b"
        r"(?=[^?]*\b(?:sur|a|au|aux|face|concernant|vis-a-vis)\b)(?![^?]*\b(?:occupe|classement|rang)\b)"
        r"|\bwhat (?:was|is) (?:the )?(?:[a-z]+ ){0,2}?(?:reaction|response|stance)\b|\bhow did .{1,60}\b(?:react|respond)\b"
        # "Moscow's official line on Astana shutting its trade office?": a stance, asked by its noun.
        r"|^[a-z-]+'s (?:official |public |first )?(?:line|stance|position|reaction|response|reply) (?:on|to|about|regarding)\b"
        # "Quote from the Kazakh defence chief when …?", "Citation du ministre sur …": his words asked.
        # Not "La citation de l'auteur provient de quelle chaîne ?", which asks something else about them.
        r"|^(?:an? |the |his |her |their )?(?:exact |own |direct )?(?:quote|quotation|words|remarks|comments|statement)s? (?:from|by)\b"
        r"(?![^?]*\b(?:which|what|who|where|how)\b)"
        # "Quote needed: Dandybaiev's assurance on …": his words, named by what they do.
        r"|(?:^|(?<=: ))(?:the )?(?:[a-z-]+ ){0,2}[a-z-]+'s (?:exact |own |public |first )?(?:words|remarks|comments|statement|message|assurances?|"
        r"reassurances?|pledges?|promises?|warnings?|appeal)\b(?![^?]*\b(?:which|what|who|where|how)\b)"
        r"(?![^?]*\bwhen\b(?! [a-z]+ing\b))"  # "… when receiving Putin?" asks no time
        r"|^(?:la |une |les |des )?(?:citation|paroles|commentaire)s? (?:de|du|d'|des)\b"
        r"(?![^?]*\b(?:quel|quelle|quels|quelles|combien|comment|pourquoi)\b)"
        r"|\bwhat did .{1,60}\b(say|said|call for|urge|propose|suggest|announce|declare|promise|ask|tell|reply|answer|respond)\b"
        # "What budget did Moscow set aside …?" asks a sum, not words; "what force did the CSTO set up" a creation.
        r"|\bwhat (?!(?:[a-z]+ )?(?:budget|amount|sum|fee|fees|price|rent|salary|payment|share|percentage|number)\b)"
        r"(?:[a-z]+ ){1,2}did .{1,60}\b(?:say|call for|urge|propose|suggest|announce|set(?! up\b)|outline|lay out|"
        r"promise|demand|offer)\b"
        r"|\bwhat .{0,20}\b(call|urge)d?\b(?! off)|\b(?:что|к чему)\s+(?:[а-я-]+\s+){0,3}?(?:сказал|заявил|предложил|призвал|пообещал|предупредил|ответил)\b"
        r"|^comment .{1,60}\b(decrit|decrivent|qualifie|qualifient|caracterise|juge|jugent|voit|voient|percoit|"
        r"presente|presentent|resume)(-t-il|-t-elle|-ils|-elles)?\b|^comment .{1,60}\b(?:reagi|repondu)\b"
        r"|^how (did|does|do) .{1,60}\b(describe|characteri[sz]e|view|see|portray|sum up|assess)\b"
        r"|^как .{1,60}\b(описал|описыва|оценил|оценива|охарактеризовал)"
        # "Как Россия ответила на закрытие …?": a reaction, as "How did Moscow respond?".
        r"|^как\b[^?]{1,60}\b(?:ответил|отреагировал)[аио]?\b")),
    ("name", re.compile(
        r"\b(?:quel|quelle)s? (?:(?:est|etait|sera|serait|pourrait etre) )?(?:le |la )?(?:nouveau |nouvel |autre |ancien )?"
        r"nom\b|^nom (?:du|de la|de l'|des)\b|\bsous quel nom\b|\b(?:renomme|rebaptise|renamed|rebranded)e?s?\b[^?]*\b(?:en quoi|comment|to what|as what)\b|\bto what\b[^?]*\brenamed\b|\b(?:renamed|rebranded)(?: to| as)?\s*\??\s*$|\bnom\b[^?]*:\s*lequel\b|\bchanger de nom\b|\bchanger d'(?:appellation|denomination)\b|\b(?:quel|quelle)s? (?:nouvelle )?(?:appellation|denomination)\b|\bwhat (?:new |other |former )?"
        r"name\b|\bwhat (?:is|was|will be|would be|could be|might be) (?:the |its |their )?(?:[a-z-]+ ){0,2}?name\b|\bunder (?:what|which) name\b|^what (?:is|was|will be|would be) (?:the |its |their )?(?:[\w'-]+ ){1,6}?called\s*\??$|" + _HOW_CALLED + r"\b|\b" + _CALLED_HOW + r"|\bкак(?:ое|им|ое новое) (?:новое )?(?:название|имя|именем|названием)"
        # "Moscow's eastern launch site — what's it called?", "… — name it."
        r"|[—–:]\s*what(?:'s| is| are) (?:it|they|that) called\b|[—–:]\s*name (?:it|them)\b|^как называ"
        # "«Байтерек» могут переименовать. Как?": renamed, then how, in Russian.
        r"|переименов[а-я]*\b[^?]*\bкак\b|\bкак\b[^?]*\bпереименов")),
    ("date", re.compile(
        r"(^|: |depuis |jusqu'a |de )(quand|when)\b|\bquand ?\?$|^(?:date|annee|mois) (?:du|de la|de l'|des|de|d')|^(?:the )?(?:date|year|month) of\b"
        # "Publication year of the Hess volume?", "Month in which the premiers hailed …", "Mois où …": the
        # time noun heads the question, whatever qualifies it.
        r"|^(?!(?:how|what|which|who|why|where|when)\b)(?:the )?(?:[a-z-]+ ){0,2}?(?:date|year|month|day) (?:of|for|in which|on which|when)\b"
        r"|^(?:l')?(?:annee|mois|jour|date) (?:ou|durant laquelle|pendant laquelle|au cours de laquelle|au cours duquel)\b"
        # "Russian PM in the southern capital — give the weekday plus calendar date.": the date asked by its noun.
        r"|(?:^|(?<=[—–:] ))(?:give|state|provide|donnez|indiquez|precisez) (?:the |its |le |la |l')?(?:[a-z-]+ ){0,3}?"
        r"(?:date|day|weekday|year|month|jour|annee|mois)\b(?!.*\b(?:how many|combien)\b)"
        # "Year 'Economic War' hit the shelves?": the time noun, then the event it dates.
        r"|^(?:the )?(?:year|month)\b(?![s-])(?! of\b)(?!.*\b(?:what|which|who|when|where|why|how)\b)"
        # A question that is only its noun: "Opening date of the hub …?", "Échéance fixée pour le loyer ?"
        r"|^(?!.*\b(?:qui|quoi|quel|quelle|quels|quelles|comment|combien|pourquoi|what|which|who|how|why|where)\b)"
        r"(?:the |l'|la |le )?(?:[a-z-]+ )?(?:date|deadline|echeance|expiry|expiration|periode|period|timeframe|day)s?\b(?!-)(?! (?:to|a) )"
        r"|\b(en quelle annee|quelle annee|a quelle date|"
        r"quelle date|jusqu'en quelle|quel jour|quel mois|quelle semaine|which week|what week|what year|which year|what date|what day|what month|"
        r"which day|what weekday|which weekday|day of the week|date de quand|remonte a quand|"
        r"a quelle echeance|a quel horizon|a quel moment|by when|by what date|"
        r"which month|since when|until when|quelle saison|a quelle saison|which season|what season|"
        r"what time of (?:the )?year|quel autre jour|millesime|month and year|year and month|mois et (?:l')?annee)\b"
        r"|\bquelle (?:est|etait|sera|fut|a ete) (?:la )?date\b|\bwhat (?:is|was|will be|were) the date\b"
        # "On what exact date was the strategy adopted?": a qualifier between the wh-word and the time noun.
        r"|\b(?:what|which) (?:exact|precise|specific|actual|approximate) (?:date|day|year|month)s?\b"
        # "Instance où se discute Baïkonour : en place depuis ?": "since when", its last word left.
        r"|\b(?:depuis|since)\s*\?\s*$"
        # "… : c'était le combien ?", "on est le combien ?": the day of the month, asked the spoken way.
        r"|\b(?:c'etait|c'est|on etait|on est|etait-ce|est-ce) le combien\b|^когда\b|^дат[аыу]\b|^год\s+[а-я]|\b(в каком году|в каком месяце|какого числа|в какое время года|"
        r"(до|с|со) какого (?:времени|момента)|с каких пор|в как(?:ой|ои) (?:день|момент)|насколько (?:раньше|позже|ранее))\b"
        # "Для хронологии: месяц и год подписания …?", "точная дата …": the time asked by its nouns.
        r"|\b(?:месяц и год|год и месяц|день и месяц|число и месяц|точн(?:ая|ую|ои) дат[аыуе])\b|[:—–]\s*(?:дата|год|месяц|день)\s+[а-я]|\b(?:какои день|на какое число|какого (?:месяца|года))\b|\bкак(?:ая|ую) дат[аыу]\b"
        # "« Economic War » : date de parution de l'ouvrage ?": a topic, then only the time noun asked.
        r"|[:—–]\s*(?!.*\b(?:qui|quoi|quel|quelle|quels|quelles|comment|combien|pourquoi|what|which|who|how|why|where)\b)"
        r"(?:the |l'|la |le )?(?:[a-z-]+ )?(?:date|deadline|echeance|annee|year)s? (?:de|du|des|d'|of)\b")),
    ("number", re.compile(
        r"\b(combien|quel(le)?s? ((est|etait|sont|serait|fait|faisait|a ete|avait ete|sera|seront) )?((le|la|les) |l')?((annuel|annuelle|"
        r"mensuel|mensuelle|total|totale) )?(nombre|quantite|montant|volume|longueur|superficie|surface|part|chiffre|taille|population|"
        r"duree|age|pourcentage|proportion|fraction|valeur|cout|prix|budget|salaire|solde|taux|loyer|distance|effectif|contingent|somme|hausse|baisse|"
        r"croissance|augmentation|diminution|progression)|a combien|"
        r"de combien|how many|how much|how long|how far|how old|how large|how big|what age|what (is|was|are|were) (the |[a-z]+'s )([a-z-]+(?:'s)? ){0,4}?"
        r"(number|amount|length|size|share|value|cost|price|budget|rate|rent|salary|population|strength|head-?count|"
        r"distance|turnover|sum|total|volume|growth|increase|decrease|rise|drop|fee|fees|payment|charge|tariff|"
        r"(?:lease|rent|annual|yearly|monthly) bill)|what (?:share|percentage|proportion|fraction|portion)"
        # "Kazakhs as a fraction of all CIS nationals trained in Russia?": a share.
        r"|\bas a (?:share|percentage|proportion|fraction|portion) of\b"
        # "Hausse en pourcentage des échanges … ?", "Growth in percentage terms?": a share asked.
        r"|\ben pourcentage\b|\bin percent(?:age)?(?: terms)?\b"
        # "production annuelle chiffrée de véhicules ?", "output for the army in 2020, in units?": a count asked.
        r"|\b(?:production|output|nombre|effectifs?|volume|livraisons?|deliveries)\s+(?:[a-z]+\s+)?chiffree?s?\b"
        r"|,\s*in (?:units|figures|numbers)(?=\s*\??\s*$)"
        # "Record trade turnover announced in December: the figure?": a topic, then the number asked.
        r"|(?:(?<=: )|(?<=:))(?:the |its |le |la |l')?(?:exact |precise |total )?(?:figure|number|amount|sum|total|chiffre|montant|nombre|somme)(?=\s*\??\s*$)"
        r"|what (?:[a-z]+ )?figure (?:did|does|do|is|was|has|had|will)\b"
        r"|what (?:[a-z]+ )?(?:fee|fees|rent|payment|sum|amount|price(?: tag)?|salary|budget|value|total) (?:does|did|do|is|was|will|has|have)"
        # "Baiterek's price tag, in dollars?": a possessive, then the sum asked.
        r"|^[a-z-]+'s (?:price(?: tag)?|cost|budget|rent|fee)\b"
        r"|\b(?:over|across|for|on) what (?:distance|length|area|surface)\b"
        r"|for what (?:term|length of time)|(?:pour|sur) quelle duree"
        r"|(?:^|\s?:\s)(?:le |la |the |an? )?(?:(?:exact|precise|approximate|rough|total) )?(?:nombre|montant|quantite|taille|volume|"
        r"number|amount|quantity|size|count|chiffre|figure|tally|score|percentage|percent|share|pourcentage|proportion|valeur|value)" + _COUNT_QUALIFIER + r"(?: chiffre)? (?:de |d'|des |du |of )"
        # "Part exacte de sondés russes … ?": a share asked by its noun.
        r"|^(?:la )?part" + _COUNT_QUALIFIER + r" (?:de |d'|des |du )"
        # "The December record: put a dollar number on it."
        r"|\bput an? (?:[a-z]+ )?(?:number|figure|value|price) on\b"
        # A question that is only its noun: "Annual rent Moscow pays for Baikonur?", "Loyer annuel de Baïkonour ?"
        r"|(?:^|(?<=: ))(?:(?:le|la|the|sa|son|its|their) |l')?(?:(?:annual|yearly|monthly|total|annuel|annuelle|mensuel|mensuelle|"
        r"(?:full|whole|entire)-year|(?:19|20)\d\d) ){0,2}"
        r"(?:loyer|rent|salaire|salary|budget|population|superficie|prix|price|cost|cout|turnover|effectifs?|head-?count|attendance|tonnage|age|"
        r"duree|duration)"
        r"(?!.*\b(?:qui|who|quand|when|pourquoi|why|where|comment)\b)"
        # "Население Казахстана по данным DW?": the Russian noun alone, heading the question.
        r"|^(?:население|численность|площадь|стоимость|смета|бюджет)\b(?![^?]*\b(?:кто|когда|где|почему|зачем)\b)"
        # "Kilometres of border Kazakhstan shares with China?": a unit, then what it measures.
        r"|" + _UNIT_FIRST.pattern +
        # "Total personnel of the rapid reaction force?": a count of people.
        r"|^(?:the )?(?:total|overall|combined) (?:personnel|staff|manpower|strength|workforce|troops|membership)\b"
        # "By what vote margin did the Majilis approve it?": a count of votes.
        r"|\bby (?:what|which|how (?:large|wide|big|narrow) a) (?:[a-z-]+ )?(?:margin|tally|count|score)\b|\b(?:avec|a) quelle (?:majorite|marge)\b"
        # "Levada sample size for the friendship survey?": the size of a sample.
        r"|^(?:the )?(?:[a-z'-]+ ){0,2}sample size\b"
        # "Manpower of the joint CSTO reaction unit?", "Effectifs de la force ?": the count heads the question.
        r"|^(?:the |les |l')?(?:manpower|head-?count|workforce|(?:troop|personnel|force|staff) strength|effectifs?) (?:of|du|de la|de l'|des)\b"
        # "Troop numbers Kazakhstan commits to …", "Staff numbers at the trade office …": a count heads the question.
        r"|^(?:the )?(?:troop|staff|personnel|employee|student|visitor|soldier|user) numbers\b"
        # "Levada percentage for Russians calling Kazakhstan a friend?": a share asked by its noun.
        r"|^(?:the )?(?:[a-z'-]+ ){1,2}(?:percentage|percent|share) (?:for|of|among)\b(?!.*\b(?:what|which|who|when|where|why|how)\b)"
        r"|^(?:the )?length of (?:the |its |their )?(?:[a-z'-]+ ){0,2}?" + _TERM_NOUNS + r"\b"
        # "Unit count of the systems …?", "Length in days of the visit?": a count or a measure heads the question.
        r"|^(?:the )?(?:[a-z-]+ )?(?:count|tally|head-?count) of\b|^(?:the )?(?:length|duration) in (?:days|weeks|months|years) of\b"
        # "Exact vehicle count built by the Kamaz venture …?": an exact count heads the question.
        r"|^(?:the )?(?:exact|precise) (?:[a-z-]+ ){0,2}(?:count|tally|number|figure)\b"
        # "Kazakh contingent size in the 2009 rapid-reaction force?": the size of a body of people.
        r"|^(?:the )?(?:[a-z'-]+ ){0,2}" + _BODY_SIZED +
        r"|" + _IN_TIME_UNITS +
        # "… — give the dollar amount the two heads of government cited."
        r"|(?:^|(?<=[—–:] ))(?:give|state|provide|donnez|indiquez) (?:the |its |le |la |l')?(?:[a-z-]+ ){0,2}?(?:value|amount|number|"
        r"figure|total|montant|valeur|nombre|chiffre)"
        r"|(?:what|which) (?:growth|increase|decrease|rise|drop))\b|^(?:какова|каков|каковы) (?:[а-я]+ ){0,2}(?:размер|сумм|объем|стоимост|цен[аыу]|дол[яиюе]|численност|протяжен|длин|площад|срок|рост|прирост|бюджет|товарооборот|оборот|процент|количеств|числ|масштаб|темп|величин|плат)|[—–:]\s*(?:сколько|скольких|(?:what|which) (?:figure|number|sum|amount|head-?count)|(?:quel|quelle) (?:chiffre|nombre|montant|somme))\b|^(?:(?:какое|каково|какова) )?(?:(?:точное|примерное|общее|точная|примерная|общая) )?(?:число|количество|численность|цифра)\b|\b(?:какая|какие) (?:цифра|цифры)\b|\b(?:какои|какова|каков) (?:бюджет|размер|объем|сумм[аыу]|стоимост[ьи]|цен[аыу]|дол[яиюе]|тираж)\b|\b(?:какую|какая) площадь\b|^(?:как долго|на какои срок)\b"
        # "What was trade worth …?" asks a value as "how much" does.
        r"|^what (?:is|was|were|are|will be|would be) .{1,80}\bworth\b"
        # "What does Moscow hand Astana every year for the lease?": what is paid by the year is a sum.
        r"|^what (?:does|did|do|will|would) [^?]{1,60}\b(?:hand|pay|give|transfer|remit|owe)\b[^?]*"
        r"\b(?:(?:every|each|per|a) (?:year|month)|annually|yearly|monthly)\b"
        r"|^que (?:verse|paie|donne|doit)(?:-t-il|-t-elle|nt-ils|nt-elles)? [^?]*\b(?:chaque (?:annee|mois)|par (?:an|mois)|annuellement)\b"
        r"|" + IN_PERCENT +
        # "Kapustin Yar's yearly missile-firing tally?": a count asked by its noun.
        r"|^(?!.*\b(?:what|which|who|when|where|why|how|qui|quoi|quel|quelle|quand|pourquoi|comment|combien)\b)[^?]*\b(?:tally|head-?count)\s*\??\s*$"
        r"|^как(?:ой|ои|ого|ую) (?:длины|площади|размера|суммы|стоимости|протяж[её]нности)\b"
        # "What did the Majilis vote tally look like, for and against?": a count of votes.
        r"|\b(?:vote|voting|ballot) (?:tally|count|score|breakdown)s?\b|\bfor and against\b"
        # "Projected cost of the Almaty hub?", "Coût estimé du centre ?": only the noun of a sum asked.
        r"|^(?!.*\b(?:what|which|who|when|where|why|how|qui|quoi|quel|quelle|quand|pourquoi|comment|combien)\b)"
        r"(?:the |le |la |l')?(?:[a-z-]+ )?(?:cost|price|budget|rent|fee|salary|figure|value|sum|amount|cout|prix|loyer|montant|valeur|somme)s?"
        r"(?: [a-z-]+)? (?:of|for|du|de la|de l'|des|pour)\b"
        r"|^(?:какую|какая|какой|какои) (?:долю|доля|процент|часть)\b"
        r"|^(?:число|количество|продолжительность|длительность)\s+[а-я]"
        # "ОДКБ — альянс из скольких государств?", "Какую годовую плату Россия вносит …?"
        r"|\bскольк(?:о|их|им|ими)\b|\bкак(?:ую|ая) (?:[а-я]+ ){0,2}(?:плату|плата|сумму|сумма)\b"
        # "Во что обошлась подготовка проекта?": what it cost.
        r"|\bво что обо(?:ш|х)\w+"
        # "Total Kazakh–Russian trade across 2021?": a total asked by its noun.
        r"|^(?:the )?(?:total|overall|combined|cumulative) (?:[\w–'-]+ ){0,3}?(?:trade|turnover|exports?|imports?|sales|spending|"
        r"investment|revenue|output|deliveries|cost)\b"
        # "Y a-t-il un chiffre sur les Russes inscrits …?", "Is there a figure for …?": a number, or none.
        r"|^(?:y a-t-il|existe-t-il|is there|are there|do we have|есть ли) (?:un |une |des |a |an |any )?"
        r"(?:chiffre|nombre|statistique|estimation|figure|number|count|statistic|estimate|цифр\w*|данные о числе)s?\b")),
    ("who", re.compile(
        r"(^|\b(par|a|de|avec|pour) )(qui)\b|^(who|whom)\b|\bwho (is|was|are)\b|^(кто|кем|кого|как зовут)\b|\bкак (его|ее|их) зовут\b|"
        # "The commission set up in 1997: whose chairmanship is it under?": a person or a body heads it.
        r"(?:^|: )whose (?:chair(?:man|woman|person)?ship|leadership|presidency|command|direction|authority)\b|"
        + NAME_ASKED_RU)),
    ("reason", re.compile(r"\b(pourquoi|pour quelles? raisons?|why|for what reason|a cause de quoi|en raison de quoi|du fait de quoi)\b|^(почему|зачем|отчего)\b"
                          r"|^(?:по какои причине|по каким причинам|с какои целью|для чего|из-за чего)\b"
                          # "Чем статья объясняет уход …?", "Чем объясняется решение …?": a cause asked.
                          r"|^чем\s+(?:[а-я-]+\s+){0,3}?(?:объясня|обоснова)|\bкакую причину\b"
                          r"|\b(quel|quelle)s? (justification|motif|raison|explication|argument)s?\b"
                          r"|\bwhat (reason|justification|grounds|explanation|motive|rationale)s?\b"
                          # "Justification officielle de l'intervention …?": a reason asked by its noun.
                          r"|^(?:la |le |les |the |l')?(?:justification|raison|motif|reason|rationale|motive)s? "
                          r"(?:officielle |official |stated |avancee )?(?:de|du|des|d'|for|of|behind)\b"
                          # "Moscow's reasons for shuttering …?": a possessive first.
                          r"|^[a-z]+'s (?:(?:official|stated|main) )?(?:justification|reason|rationale|motive)s? (?:for|behind)\b"
                          # "Motif invoqué par le gouvernement …", "Reason given by Astana …"
                          r"|^(?:la |le |les |the |l')?(?:justification|raison|motif|reason|rationale|motive)s? "
                          r"(?:officiel\w* )?(?:invoque|avance|donne|cite|given|cited|offered|stated)e?s?\b"
                          # "What was the CSTO's reason for deploying …?"
                          r"|^what (?:is|was|were|are) (?:the |its |their )?(?:[a-z]+'s )?(?:main |official |stated )?"
                          r"(?:reason|justification|motive|rationale)s? (?:for|behind)\b"
                          r"|\bdans quel but\b|\b(?:for what purpose|to what end)\b|\bwhat (?:[a-z]+ )?purpose\b"
                          # "Astana explique comment le fait de fermer …?", "How does Moscow justify …?": the reason given.
                          r"|\b(?:expliqu|justifi)\w*(?:-t-(?:il|elle|ils|elles))? comment\b"
                          r"|\bcomment (?:[a-z'-]+ ){0,3}(?:expliqu|justifi)\w*\b"
                          r"|\bhow (?:does|do|did) (?:[a-z'-]+ ){1,3}(?:explain|justify|account for)\b"
                          r"|^what (?:(?:has|have|had) )?(?:made|led|caused|prompted|pushed|drove|driven|explains)\b|\bqu'est-ce qui (?:a )?(?:pousse|amene|conduit|motive|explique)"
                          # "D'où vient, pour Hess, la facilité russe à … ?": where a state of things comes from is its cause.
                          r"|(?:^|: )d'ou (?:vien|provien)(?:t|nent)\b(?:,[^,?]*,)?\s*(?:la|le|les|l'|cette|ce|cet)\b")),
    ("where", re.compile(
        r"(^|\b(d'|jusqu'))ou\b|\bou (se|est|a|ont|sont|se trouve)\b|^where\b|\bdans quelle ville\b|"
        r"\bdans quel pays\b|\bin which (?:(?:neighbouring|neighboring|other|nearby|foreign|central asian) )?(city|country)\b|\bdepuis quelle ville\b|\bquelle ville\b|^где\b|^куда\b"
        r"|^(?:the )?(?:[a-z-]+ )?(?:venue|location) (?:of|for)\b|^lieu (?:du|de la|de l'|des)\b"
        # "… : in which part of the country does it sit?": a part of a place asked.
        r"|\b(?:in|from) (?:which|what) (?:part|corner|end) of\b|\bdans quelle (?:partie|region) d[ue]\b"
        # "Kamaz-Engineering: factory address or city?": a place noun after the topic, alone.
        r"|:\s*(?:[a-z-]+\s+){0,2}(?:address|city|town|location|whereabouts|adresse|ville|localisation)"
        r"(?:\s+(?:or|ou)\s+(?:[a-z-]+\s+)?(?:address|city|town|location|country|adresse|ville|pays|region))?\s*\??\s*$"
        # "Kamaz-Engineering's factory town?": a possessive, then the place noun, alone.
        r"|^[a-z-]+'s (?:[a-z-]+ )?(?:town|city|address|location|headquarters|whereabouts)\s*\??\s*$"
        # "City where the accord got its signatures?", "Ville où …": the place noun heads the question.
        r"|^(?:the )?(?:[a-z-]+ )?(?:city|town|place|venue|location) (?:where|in which)\b"
        r"|^(?:la |le |l')?(?:ville|lieu|endroit) (?:ou|dans laquelle|dans lequel)\b"
        # "Which Kazakh region hosts …?", "Dans quelle région …", "В каком регионе …": a place noun asked
        r"|\b(?:which|what|in which|in what) (?:[a-z-]+ )?(?:region|province|oblast|town|city|locality)\b"
        r"|\b(?:quelle|dans quelle|de quelle) (?:region|province|localite)\b"
        # ("В какой области …" also asks "in which field": no place asked.)
        r"|\b(?:в каком|какой|каком|какои) (?:регион|город|населенн)|\bв какои столице\b|\bиз какого города\b|^откуда\b"
        # "… : город, где подписали договорённость?": the place noun, then "where".
        r"|(?:^|: )(?:город|место|страна),? (?:где|в котором|в которои)\b")),
]
_BROAD = re.compile(
    r"(^|: )(qu'est-ce qu|qu'est ce qu|c'est quoi|comment|que faire|que devien|a quoi|pourquoi|"
    r"en quoi consiste|quelles? (sont les )?differences?|quels? (sont les )?(droits|conditions|obligations|"
    r"regles|demarches)|what (is|are) (a|an)\b|how (do|does|can|to|is|are)\b|why\b|what happens|что такое|"
    r"почему)"
)
_YESNO = re.compile(
    r"^(est-ce qu|can|could|is|are|do|does|did|will|would|should|must|has|have|was|were|ли)\b"
    r"|\b\w+(-t)?-(il|elle|ils|elles|on|je|nous|vous)\b|\b(a|y a) t-(il|elle|on)\b|\bли\b"
    r"|\best-ce\b|\bc'est (\w+ ?){1,3}\?\s*$"
    r"|\b(?:or not|ou non|ou pas|или нет)(?=\s*(?:\?|,|$))"  # "Shanghai organisation: military bloc or not?"
)
_WH_WORD = re.compile(
    r"\b(qui|que|qu'|quoi|quel|quelle|quels|quelles|lequel|laquelle|comment|quand|pourquoi|combien|"
    r"what|who|whom|which|where|when|why|how)\b|où|\b(что|кто|когда|где|почему|сколько|какие|какой|как)\b"
)
_TOPIC_COLON = re.compile(r"^[^:?]{3,}: (quel|quelle|quels|quelles|que|qu'|comment|what|which|how)\b")
_SAY_SUBJECT = re.compile(
    r"(?:qu'a|qu'ont|à quoi|a quoi)(?:-t-il|-t-elle)?\s+(.+?)\s+(?:a-t-il|a-t-elle|ont-ils)?\s*"
    r"(?:déclaré|dit|affirmé|annoncé|proposé|suggéré|appelé|exhorté|invité|adressé|répondu)"
    r"|what (?:[a-z]+ ){0,2}did\s+(.+?)\s+(?:say|call|urge|propose|suggest|announce|declare|promise|ask|tell|reply|"
    r"answer|respond|set|outline|lay out|demand|offer)\b"
    r"|what (?:does|do)\s+([^,?]+?)\s+(?:say|claim|argue|think|believe|warn)"
    r"|^comment\s+(.+?)\s+(?:décrit|décrivent|qualifie|qualifient|caractérise|juge|jugent|voit|voient|perçoit|"
    r"présente|présentent|résume)"
    r"|^how (?:did|does|do)\s+(.+?)\s+(?:describe|characteri[sz]e|view|see|portray|sum up|assess)"
    # "How did Moscow react …?", "la position russe": the government that answered.
    r"|^how (?:did|does|do|has|have)\s+(.+?)\s+(?:react|respond)\b"
    # "Que dit Erevan de la guerre ?": whoever is named says it.
    r"|^que (?:dit|disent|pense|pensent|déclare|déclarent|affirme|affirment)\s+(.+?)\s+(?:de|du|des|d['’]|sur|à propos)\b"
    r"|^comment\s+(.+?)\s+(?:a-t-il|a-t-elle|ont-ils|ont-elles)\s+(?:réagi|répondu)\b"
    r"|\b(?:position|réaction|reaction|réponse|reponse)\s+(?:officielle\s+)?(russe|kazakhe|kazakh|américaine|chinoise)\b"
    r"|selon\s+([^,?]+)"
    r"|^((?-i:[A-ZÀ-ÖØ-Þ][\w-]*))['’]s (?:official |public |first )?(?:line|stance|position|reaction|response|reply) (?:on|to|about|regarding)\b"
    # "Quelle a été la réponse de Moscou à …": the answer is what Moscow said.
    r"|\b(?:réponse|reponse|réaction|reaction|riposte|response|reply)\s+(?:de la |de l['’]|du |de |d['’]|of the |of )"
    r"((?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3}))"
    r"|qu['’]a(?:-t-il|-t-elle)?\s+(?:déclaré|dit|affirmé|annoncé|proposé|suggéré|souligné|promis|demandé)\s+"
    r"((?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3}))",
    re.IGNORECASE,
)

# Nationality adjectives and country names, folded, to the country they name: "le président russe"
# is not "le président du Kazakhstan".
NATIONALITIES = {
    "russe": "russie", "russes": "russie", "russie": "russie", "russia": "russie", "russian": "russie",
    "kazakh": "kazakhstan", "kazakhe": "kazakhstan", "kazakhs": "kazakhstan", "kazakhstan": "kazakhstan",
    "kazakhstanais": "kazakhstan", "francais": "france", "francaise": "france", "france": "france",
    "french": "france", "americain": "etats-unis", "americaine": "etats-unis", "american": "etats-unis",
    "chinois": "chine", "chinoise": "chine", "chine": "chine", "chinese": "chine", "china": "chine",
    "ukrainien": "ukraine", "ukrainienne": "ukraine", "ukraine": "ukraine", "ukrainian": "ukraine",
    "bielorusse": "bielorussie", "bielorussie": "bielorussie", "belarus": "bielorussie",
    "kirghize": "kirghizistan", "kirghiz": "kirghizistan", "kirghizistan": "kirghizistan",
    "ouzbek": "ouzbekistan", "ouzbeke": "ouzbekistan", "ouzbekistan": "ouzbekistan", "uzbek": "ouzbekistan",
    "tadjik": "tadjikistan", "tadjikistan": "tadjikistan", "armenien": "armenie", "armenie": "armenie",
    "turkmene": "turkmenistan", "turkmenistan": "turkmenistan", "allemand": "allemagne",
    "kazakho": "kazakhstan", "russo": "russie", "sino": "chine",
    "allemagne": "allemagne", "german": "allemagne", "kazakhstan's": "kazakhstan", "russia's": "russie",
    "kazakhes": "kazakhstan", "francaises": "france", "americains": "etats-unis", "americaines": "etats-unis",
    "ukrainiens": "ukraine", "ukrainiennes": "ukraine", "ouzbeks": "ouzbekistan", "ouzbekes": "ouzbekistan",
    "tadjiks": "tadjikistan", "armeniens": "armenie", "armenienne": "armenie", "armeniennes": "armenie",
    "allemands": "allemagne", "allemande": "allemagne", "allemandes": "allemagne", "bielorusses": "bielorussie",
    "kirghizes": "kirghizistan", "turkmenes": "turkmenistan",
    # English names and plural demonyms: "Firms partly owned by Russians" names Russia.
    "russians": "russie", "americans": "etats-unis", "ukrainians": "ukraine", "uzbeks": "ouzbekistan",
    "uzbekistan": "ouzbekistan", "tajik": "tadjikistan", "tajiks": "tadjikistan", "tajikistan": "tadjikistan",
    "kyrgyz": "kirghizistan", "kyrgyzstan": "kirghizistan", "armenia": "armenie", "armenian": "armenie",
    "armenians": "armenie", "belarusian": "bielorussie", "belarusians": "bielorussie", "turkmen": "turkmenistan",
    "germans": "allemagne", "germany": "allemagne", "kazakhstani": "kazakhstan", "kazakhstanis": "kazakhstan",
    # The CIS members the corpus lists: "Moldova: is it a CIS member?" names a country.
    "moldavie": "moldavie", "moldave": "moldavie", "moldaves": "moldavie", "moldova": "moldavie", "moldovan": "moldavie",
    "azerbaidjan": "azerbaidjan", "azerbaidjanais": "azerbaidjan", "azerbaijan": "azerbaidjan",
    "azerbaijani": "azerbaidjan", "georgie": "georgie", "georgien": "georgie", "georgia": "georgie",
    # A union of states the text names beside countries: "L'UE … avec ses 27 membres" is not the CIS.
    "ue": "ue", "union europeenne": "ue", "european union": "ue", "vingt-sept": "ue",  # "les Vingt-Sept"
    # The United States by its own name, not only its demonym: "worried about America displacing Russia" is
    # answered by "les États-Unis la supplantent".
    "etats-unis": "etats-unis", "america": "etats-unis", "amerique": "etats-unis", "usa": "etats-unis",
}
CAPITALS = {
    "moscou": "russie", "kremlin": "russie", "astana": "kazakhstan", "nur-sultan": "kazakhstan",
    "pekin": "chine", "washington": "etats-unis", "kiev": "ukraine", "kyiv": "ukraine", "minsk": "bielorussie",
    "tachkent": "ouzbekistan", "bichkek": "kirghizistan", "douchanbe": "tadjikistan", "erevan": "armenie",
    "achgabat": "turkmenistan", "paris": "france", "berlin": "allemagne", "moscow": "russie",
    "beijing": "chine", "tashkent": "ouzbekistan", "bishkek": "kirghizistan", "dushanbe": "tadjikistan",
    "yerevan": "armenie", "ashgabat": "turkmenistan",
}
"""Capitals that newspapers write for their country's government: "Comment Moscou a-t-il réagi ?"
is answered by "La réponse russe a été …"."""


def country_forms(name: str) -> tuple[str, ...]:
    """The folded words that name the same country as `name` (a country, a nationality or a capital),
    empty for any other name."""
    country = NATIONALITIES.get(name) or CAPITALS.get(name)
    if not country:
        return ()
    return tuple(w for w, c in (*NATIONALITIES.items(), *CAPITALS.items()) if c == country and "'" not in w)


RUSSIAN_COUNTRIES = [(re.compile(p), c) for p, c in [
    (r"\bказах", "kazakhstan"), (r"\bросси|\bрусск", "russie"), (r"\bкита", "chine"), (r"\bукраин", "ukraine"),
    (r"\bбелорус|\bбеларус", "bielorussie"), (r"\bузбек", "ouzbekistan"), (r"\bкыргыз|\bкиргиз", "kirghizistan"),
    (r"\bтаджик", "tadjikistan"), (r"\bармен", "armenie"), (r"\bфранц", "france"), (r"\bсша\b|\bамерик", "etats-unis"),
    (r"\bтуркмен", "turkmenistan"), (r"\bгерман", "allemagne"),
    (r"\bмолдав|\bмолдов", "moldavie"), (r"\bевросоюз|\bевропеиск\w* союз|\bес\b", "ue"), (r"\bазербайдж", "azerbaidjan"), (r"\bгрузи", "georgie"),
    (r"\bмоскв|\bкремл", "russie"), (r"\bастан|\bнур-султан", "kazakhstan"), (r"\bдушанбе", "tadjikistan"),
    (r"\bташкент", "ouzbekistan"), (r"\bбишкек", "kirghizistan"), (r"\bминск", "bielorussie"), (r"\bереван", "armenie"),
    (r"\bпекин", "chine"), (r"\bвашингтон", "etats-unis"), (r"\bкиев", "ukraine"),  # capitals stand for their country, as in CAPITALS
]]
"""Russian country names, adjectives and capitals by stem ("Казахстана", "российских", "Москва"):
Russian declines them."""


_COUNTRY_WORD = re.compile(r"(?<!\w)(" + "|".join(sorted(
    (re.escape(w) for w in (*NATIONALITIES, *CAPITALS) if "'" not in w), key=len, reverse=True)) + r")(?!\w)")


def countries_in(folded_text: str) -> set[str]:
    """The countries a folded text names, by name, nationality or capital (in Russian too: "Казахстана")."""
    found = {NATIONALITIES.get(w) or CAPITALS[w] for w in _COUNTRY_WORD.findall(folded_text)}
    if CYRILLIC.search(folded_text):
        found |= {c for pattern, c in RUSSIAN_COUNTRIES if pattern.search(folded_text)}
    return found


@lru_cache(maxsize=1024)
def country_spellings(question: str) -> tuple[str, ...]:
    """The corpus's own names of the countries a question writes otherwise ("Tajikistan", "Moldova",
    "Таджикистан", "Kazakh"): searched for as the text spells them."""
    folded = fold(question)
    named = [NATIONALITIES[w] for w in _COUNTRY_WORD.findall(folded) if w in NATIONALITIES]
    if CYRILLIC.search(folded):
        named += [c for pattern, c in RUSSIAN_COUNTRIES if pattern.search(folded)]
    words_ = set(re.findall(r"[\w-]+", folded))
    return tuple(c for c in dict.fromkeys(named) if c not in words_)


@lru_cache(maxsize=1024)
def role_nationalities(folded_question: str) -> frozenset[str]:
    """Countries a question names only as a person's nationality ("le président russe", "the Russian
    minister"): they say who acts, not where the event takes place."""
    named = countries_in(folded_question)
    if not named:
        return frozenset()
    people = "|".join(sorted(PERSON_HEADS))
    rest = re.sub(rf"\b(?:{people})s?\s+([a-z-]+)\b", lambda m: " " if m.group(1) in NATIONALITIES else m.group(0),
                  folded_question)
    rest = re.sub(rf"\b([a-z-]+)\s+(?:{people})s?\b", lambda m: " " if m.group(1) in NATIONALITIES else m.group(0), rest)
    return frozenset(named - countries_in(rest))


_NATIONALITY_OF_ASKED = re.compile(r"\b(?:which|what) ([a-z-]+) ([a-z-]+)|\bquel(?:le)?s? ([a-z-]+) ([a-z-]+)"
                                   r"|^the ([a-z-]+) ([a-z-]+)\b(?=.*\b(?:is|was|are|were)\s*\??\s*$)")
"""The two words after "which" (a nationality, then its noun) or after "quel" (the noun, then its
nationality); in "The German broadcaster quoted on … is?", the subject's first two."""


@lru_cache(maxsize=1024)
def described_nationalities(folded_question: str) -> frozenset[str]:
    """Countries a question gives only as the nationality of the thing it asks ("which German
    broadcaster", "quelle entreprise russe"): the quote naming that broadcaster need not name Germany.
    A person asked by nationality is `asked_nationality`'s."""
    out = set()
    for m in _NATIONALITY_OF_ASKED.finditer(folded_question):
        adjective, noun = ((m.group(1), m.group(2)) if m.group(1) else (m.group(5), m.group(6)) if m.group(5)
                           else (m.group(4), m.group(3)))
        if adjective in NATIONALITIES and noun.rstrip("s") not in PERSON_HEADS and noun not in PERSON_HEADS:
            out.add(NATIONALITIES[adjective])
    return frozenset(out)


REGIONS = {
    "asie centrale": frozenset({"kazakhstan", "kirghizistan", "tadjikistan", "turkmenistan", "ouzbekistan"}),
    "caucase": frozenset({"armenie", "azerbaidjan", "georgie"}),
}
"""Regions a question may qualify a person by, as the countries they hold."""
_REGION_ASKED = [
    ("asie centrale", re.compile(r"\bcentral[- ]asian\b|\b(?:d'|en )asie centrale\b|\bcentrasiatique|центральноазиат|(?:средней|центральной) азии")),
    ("caucase", re.compile(r"\bcaucasian\b|\b(?:du|au) (?:sud-)?caucase\b|\bcaucasien|кавказ")),
]


_ROLE_OF_COUNTRY = re.compile(_COUNTRYS_ROLE)
""""Kazakhstan's prime minister …": the holder of that country's office, not Russia's."""


_RUSSIAN_NATIONALITY = (("американ", "etats-unis"), ("российск", "russie"), ("русск", "russie"), ("казахстанск", "kazakhstan"),
                        ("казахск", "kazakhstan"), ("французск", "france"), ("китаиск", "chine"),
                        ("узбекск", "ouzbekistan"), ("кыргызск", "kirghizistan"), ("киргизск", "kirghizistan"),
                        ("белорусск", "bielorussie"), ("таджикск", "tadjikistan"), ("армянск", "armenie"),
                        ("украинск", "ukraine"), ("туркменск", "turkmenistan"))
"""Stems of Russian nationality adjectives, folded ("й" is "и"), as Russian declines them ("американские",
"российского")."""


@lru_cache(maxsize=1024)  # read once per question, then again for every candidate quote of it
def asked_nationality(folded_question: str) -> str:
    """The country of the person a which-question asks ("Which American official …", "quel responsable
    russe …"), or its region ("quel dirigeant d'Asie centrale"), '' if it gives none: a person the
    quote gives another nationality is someone else."""
    owner = _ROLE_OF_COUNTRY.match(folded_question)
    if owner and (NATIONALITIES.get(owner.group(1)) or CAPITALS.get(owner.group(1))):
        return NATIONALITIES.get(owner.group(1)) or CAPITALS.get(owner.group(1))
    m = PERSON_ASKED.match(folded_question)
    if not m:
        return ""
    named = m.group(0) + re.match(r"(?:\s+(?:d'|du |en |from |of )[a-z' -]{0,20})?", folded_question[m.end():]).group(0)
    region = [name for name, pattern in _REGION_ASKED if pattern.search(named)]
    if len(region) == 1:
        return region[0]
    after = re.match(r"\s+([a-z-]+)", folded_question[m.end():])
    words = [*m.group(0).split()[1:-1], *([after.group(1)] if after else [])]
    countries = {_nationality_of(w) for w in words} - {""}
    return next(iter(countries)) if len(countries) == 1 else ""


def _nationality_of(word: str) -> str:
    """The country a nationality word names, in French, English or Russian ("kazakh", "казахстанской")."""
    return NATIONALITIES.get(word) or next((c for stem, c in _RUSSIAN_NATIONALITY if word.startswith(stem)), "")


_SIDE = re.compile(r"\b(?:du |au |de )?cote ([a-z]+)\b|\b(?:on|for|from) the ([a-z]+) side\b|\b([a-z]+) signator(?:y|ies)\b"
                   r"|\bsignataires? ([a-z]+)\b|\bde la partie ([a-z]+)\b|(?<![\w-])(?:с|от) ([а-я]+) стороны\b")


def side_asked(folded_question: str) -> str:
    """The country whose side a who-question asks about: "côté kazakh", "the Kazakh signatory", "с
    казахстанской стороны"."""
    for m in _SIDE.finditer(folded_question):
        word = next(g for g in m.groups() if g)
        country = _nationality_of(word) or CAPITALS.get(word)
        if country:
            return country
    return ""


_BETWEEN = re.compile(r"\b(?:entre|between)\s+(?:les? |la |l'|the )?([\w'-]+)\s+(?:et|and)\s+(?:les? |la |l'|the )?([\w'-]+)"
                      # "the European Union's commerce with Astana", "le commerce de l'UE avec le Kazakhstan"
                      r"|\b([\w-]+)'s (?:trade|commerce|exchanges?|turnover) with (?:the )?([\w'-]+)"
                      # "How much did Kazakhstan trade with the European bloc …?"
                      r"|\b([\w-]+) (?:trade|trades|traded|trading) with (?:the )?([\w'-]+)"
                      r"|\b(?:commerce|echanges|chiffre d'affaires) (?:de |du |d'|de l'|de la )([\w-]+) avec "
                      r"(?:les? |la |l')?([\w'-]+)"
                      # "le commerce sino-kazakh", "Russo-Kazakh trade": the two sides in one adjective
                      r"|\b(?:commerce|echanges|chiffre d'affaires|frontiere) ([a-z]+)-([a-z]+)\b"
                      r"|\b([a-z]+)\s?[-–—]\s?([a-z]+) (?:trade|commerce|turnover|border)\b"
                      # "les échanges Kazakhstan–Union européenne", "trade Kazakhstan – EU"
                      r"|\b(?:commerce|echanges|chiffre d'affaires|trade|turnover) ([a-z'-]+)\s*[–—]\s*(?:l'|la |le |the )?([a-z'-]+)")
_BETWEEN_RU = re.compile(r"(?:^|\s)(?:между\s+([а-я-]+)\s+и\s+([а-я-]+)"
                         r"|(?:торговл|товарооборот|обмен)\w*\s+([а-я-]+)\s+(?:с|со)\s+([а-я-]+))")
""""товарооборот между Россией и Казахстаном", "торговли Казахстана с Евросоюзом": the two sides, in Russian."""
_UNIONS = {"ue": "ue", "eu": "ue", "union": "ue", "european": "ue", "otsc": "otsc", "cei": "cei", "uee": "uee"}


_CHAMBERS = {
    "upper": re.compile(r"\b(?:senat|senateurs?|chambre haute|upper[- ](?:house|chamber)|senate|senators?)\b|сенат|верхн\w* палат"),
    "lower": re.compile(r"\b(?:majilis|mazhilis|chambre basse|lower[- ](?:house|chamber)|deputes|duma|douma)\b|мажилис|нижн\w* палат|\bдум[аеуы]\b"),
}


def chambers_in(folded_text: str) -> frozenset[str]:
    """Which house of a parliament a text names: the Senate's vote is not the Majilis's."""
    return frozenset(name for name, pattern in _CHAMBERS.items() if pattern.search(folded_text))


_BEFORE_OR_AFTER = re.compile(r"\b(?:apres|avant|after|before|following|после|до)\s+[^,?;:]{2,40}")


def chamber_asked(folded_question: str) -> frozenset[str]:
    """The house whose act is asked: "Après le Majilis, quand la chambre haute …?", "Which upper-house
    committee examined it before the Majilis vote?" ask about the upper house; the other sets the time."""
    named = chambers_in(folded_question)
    if len(named) < 2:
        return named
    return chambers_in(_BEFORE_OR_AFTER.sub(" ", folded_question)) or named


def parties_between(folded_text: str) -> frozenset[str]:
    """The two sides a text puts "entre A et B" ("le commerce entre l'UE et le Kazakhstan", "the EU's
    commerce with Astana"), as countries or unions; empty unless both are known ("entre les deux
    pays" names none)."""
    m = _BETWEEN.search(folded_text) or _BETWEEN_RU.search(folded_text)
    if not m:
        return frozenset()
    sides = set()
    for word in (g for g in m.groups() if g):
        word = ACRONYMS.get(word, word)
        side = NATIONALITIES.get(word) or CAPITALS.get(word) or _UNIONS.get(word) or next(
            (c for pattern, c in RUSSIAN_COUNTRIES if pattern.match(word)), None)
        if not side:
            return frozenset()
        sides.add(side)
    return frozenset(sides) if len(sides) == 2 else frozenset()


_LOCATIVE = re.compile(r"\b(?:en|au|aux|dans|in|inside|within)\s+(?:le |la |les |l'|the )?([a-z'-]+)")
_LOCATIVE_ADJECTIVE = re.compile(r"\bdans\s+(?:les |des |le |la |l'|leurs |ses )?(?:universites|ecoles|academies|usines|"
                                 r"entreprises|regions|villes|bases|prisons|hopitaux|ports)(?: [a-z'-]{4,})? ([a-z'-]+)\b")
_LOCATIVE_RU = re.compile(r"(?:^|\s)(?:в|во)\s+([а-яё]+)")


def located_in(folded_text: str) -> set[str]:
    """The countries a text places something in ("opèrent au Kazakhstan", "учится в Казахстане"):
    "entreprises kazakhes en Russie" are not "entreprises à participation russe au Kazakhstan"."""
    found = {NATIONALITIES.get(w) or CAPITALS.get(w) for w in _LOCATIVE.findall(folded_text)} - {None}
    # "étudient dans les universités militaires russes": in Russia, said with its adjective.
    found |= {NATIONALITIES.get(w) for w in _LOCATIVE_ADJECTIVE.findall(folded_text)} - {None}
    for word in _LOCATIVE_RU.findall(folded_text):
        found |= {c for pattern, c in RUSSIAN_COUNTRIES if pattern.match(word)}
    return {c for c in found if c}


ROLE = re.compile(
    r"\b(?:qui est|qui etait|qui sont|who is|who was|quel est le nom (?=du|de la|de l')|^(?:what is )?(?:the )?name of"
    # "Name the director of …" names an office, "Name the official who …" only a person.
    r"|^name(?= the (?:[a-z-]+ )?(?:director|ambassador|spokes(?:man|woman|person)|minister|president|chairman|"
    r"governor|mayor|secretary|commander|chief|head)\b))"
    # "Who is named as Kazakhstan's prime minister …?", "Qui est cité comme porte-parole …?": the role all the same.
    r"(?:(?<=is|as|st|it)\s+(?:named|described|identified|given|listed|cited|quoted|mentioned|presented|introduced)\s+as"
    r"|(?<=est|ait|ont)\s+(?:nomme|cite|presente|designe|decrit|mentionne)e?s?\s+comme)?"
    r"\s*(?:le |la |l'|les |the |its |their |du |de la |de l'|[a-z]+'s )"
    r"(?:(?:nouveau|nouvelle|actuel|actuelle|ancien|ancienne|current|new|former|last|dernier|derniere)\s+)?"
    r"([a-z-]+(?: [a-z-]+){0,2}?)(?= (?:du|de|des|d'|of|in|for|to|aupres|mentionnee?|citee?|nommee?|dans|mentioned|quoted|named|who|that|qui|"
    r"en|when|while|at the time|during|lorsque|quand|pendant|au moment)\b"
    r"| ?\?|$)"
    r"|\bкто (?:является|был|была|стал|стала|сейчас|сеичас)\s+([а-я-]+(?: [а-я-]+){0,3})(?= ?\?|$)"
    r"|^как зовут\s+([а-я-]+(?: [а-я-]+){0,3})(?= ?[?,]|$)"
    # "Chairperson of the commission …?": the question is only the role.
    r"|^(?:the |le |la |l')?(chair(?:man|woman|person)?|director|directeur|directrice|president|presidente|"
    r"secretary[- ]general|secretaire general|chief)(?= (?:of|du|de la|de l'|des)\b)"
    # "Premier ministre côté kazakh : son nom ?": the role, then its holder's name asked.
    r"|^(?:le |la |l'|the )?(premier ministre|prime minister|president|presidente|ministre|minister|porte-parole|"
    r"spokes(?:man|woman|person)|ambassadeur|ambassador|gouverneur|governor|maire|mayor)\b"
    rf"(?={_THEN_ITS_NAME})"
)
"""The role a "who" question asks the holder of ("qui est le président du Kazakhstan ?"), on the
folded question: the answer is a person's name."""
_ATTRIBUTION_NOUNS = frozenset({"source", "sources", "origin", "origine", "informant", "informateur"})


@lru_cache(maxsize=256)  # asked for every candidate quote of a question
def _role_named(folded: str) -> re.Match | None:
    return ROLE.search(folded)


def source_asked(folded: str) -> bool:
    """"Who is the source for …?" asks no office: whoever the text has it from ("…, écrit DW") answers."""
    role = _role_named(folded)
    return bool(role) and next(g for g in role.groups() if g) in _ATTRIBUTION_NOUNS


def asked_role(folded: str) -> re.Match | None:
    """The office a "who" question asks the holder of."""
    return None if source_asked(folded) else _role_named(folded)


# The verb of a statement question and the French stems that report it.
SPEECH_VERBS = {
    "call": ("appel",), "appele": ("appel",), "urge": ("exhort", "appel"), "exhorte": ("exhort", "appel"),
    "propos": ("propos", "sugger"), "suggest": ("sugger", "propos"), "suggere": ("sugger", "propos"),
    "announce": ("annonc",), "annonce": ("annonc",), "promis": ("promi", "promet"), "promise": ("promi",),
    "warn": ("avert", "mis en garde"), "ask": ("demand", "interrog"), "demande": ("demand",),
    # "say" is any plain verb of saying: "…, a ajouté Smadiyarov" says it as "a déclaré" does.
    "reclame": ("reclam", "appel", "demand", "exig"), "exige": ("exig", "reclam", "appel", "demand"),
    "preconise": ("preconis", "appel", "propos"),
    "invite": ("invit",), "dit": ("declar", "dit", "affirm", "ajout"), "declare": ("declar", "dit", "affirm", "ajout"),
    "say": ("declar", "dit", "affirm", "annonc", "ajout"), "said": ("declar", "dit", "affirm", "annonc", "ajout"),
    "affirme": ("affirm", "declar"),
    "decri": ("decri", "qualifi", "declar"), "qualifie": ("qualifi", "decri", "declar"),
    "describe": ("decri", "qualifi", "declar"), "characteri": ("qualifi", "decri", "declar"),
    "repondu": ("repon", "declar"), "reply": ("repon", "declar"), "respond": ("repon", "declar"),
    "answer": ("repon", "declar"),
    # "a assuré que", never "afin d'assurer": the verb of saying, not the purpose.
    **dict.fromkeys(("assurance", "assured", "reassur", "rassur"), ("rassur", "a assure", "ont assure")),
    "pledge": ("promi", "promet", "engag"),
    # "Comment la Russie a-t-elle réagi …", "How did Moscow react …": a reaction is stated as an answer is.
    "reagi": ("repon", "reagi", "reaction", "declar"), "react": ("repon", "reagi", "reaction", "declar"),
    "призвал": ("exhort", "appel"), "сказал": ("declar", "dit", "affirm", "annonc", "ajout"),
    "заявил": ("declar", "dit", "affirm", "annonc", "ajout"), "предложил": ("propos", "sugger"),
    "пообещал": ("promi", "promet"), "предупредил": ("avert", "mis en garde"), "ответил": ("repon", "declar"),
    "отреагировал": ("repon", "reagi", "reaction", "declar"), "реакци": ("repon", "reagi", "reaction", "declar"),
}
# The relation a question asks about, in French, English or Russian, and how French text states it.
_DEAL_NOUNS = r"(?:contracts?|deals?|agreements?|accords?|treat(?:y|ies)|pacts?)"
"""What is concluded or signed ("Contracts Emmanuel Macron concluded with the Uzbeks?")."""
_NOT_ATTRIBUTIVE = r"(?!ed\s+(?!by|from|into|to|in|at|during)[a-z])"
"""An English participle before its noun names a kind ("imported software"), not a relation asked."""

_GONE = "".join(f"(?<!{who} {adverb} )" for who in ("s'est", "s'est-il", "s'est-elle", "se sont", "s'etait")
                for adverb in ("aussi", "egalement", "deja", "ensuite", "finalement", "recemment"))
""""S'est-il aussi rendu …" goes somewhere: a visit, nothing handed back."""

_WHOLE_THING = r"(?<!\bliste )(?<!\blist )(?<!\btexte )(?<!\bnom )(?<!\bversion )(?<!\binventaire )"
_WHOLE_THING_AFTER = r"(?!\s+(?:list|text|name|set|roster|line-?up|rundown|breakdown|version|wording|title|picture|answer)s?\b)"
""""La liste complète", "the complete list": an adjective that asks for the whole of something."""

_NEGATED = r"\bne\b[^.;]{0,40}\bpas\b|\bn['’][^.;]{0,30}\bpas\b"
"""A French negation ("ne … pas", "n'a pas"): a refusal or a prevented act the text states by denying it."""

_PLACE_NAMES = "(?:" + "|".join(sorted({re.escape(w) for w in (*NATIONALITIES.values(), *CAPITALS)}, key=len, reverse=True)) + r")\b"
_SET_UP = r"\bcre[eé]|\bcreation|\bfond|\betabli|mis en place|\ben place"
"""How the text states that a thing was set up: what "founded" asks, and what "since when has it existed" asks."""
_ORDINALS = ("first", "second", "third", "next", "last", "final", "other")
""""a second stop", "the last stop": a stop on a trip, which nothing ceases."""
_DEPARTURE = r"(?<!\bau )(?<!\bpoint de )\bdeparts?\b"
""""les récents départs de la CEI": a leaving, asked or stated ("au départ", "point de départ" are none)."""
_SENT = r"\b(?:envoy|send|sent|dispatch|depech)\w*\s+(?:\w+\s+){0,2}"
"""Sent, and up to two words before what is sent ("envoyé des délégations", "sent its troops")."""
_RU_DOCUMENT = r"(?:законопроект|закон|документ|доклад|стать|книг|указ|постановлени|номер|выпуск)"
"""A document in Russian: after "вышел" ("вышел законопроект", "вышла книга") it is published, nobody leaves."""

RELATIONS: dict[str, tuple[re.Pattern, re.Pattern]] = {name: (re.compile(q), re.compile(t)) for name, q, t in [
    # "head": "leading" before a noun is an adjective ("Kazakhstan's leading trade partner"); before an article
    # it is the verb ("leading the delegation"). "Does Russia lead Kazakhstan in digital services?" asks who is ahead.
    # "L'auteur conclut-il que …", "Does the analysis conclude that …": a conclusion drawn, nothing signed.
    # "conclure à la nécessité" concludes; "conclus au Kazakhstan", "à Moscou" sign somewhere.
    ("sign", r"\bsign(?!al|if)|\bput (?:his|her|their|its) names? to\b|\bconclu(?:e|s|es|t|re)?\b(?!(?:(?:-t)?-(?:il|elle|on))?\s+(?:que|qu'|(?:a|au) (?!" + _PLACE_NAMES + r")|sur )|\s+(?:il|elle)\b)"
             r"|\bconclud(?!e[sd]?\s+(?:that|from|with)\b|ing\s+that\b|e\s+that\b)|\bparaph"
             # "Contracts Emmanuel Macron concluded with the Uzbeks?": a deal concluded with someone is signed.
             r"|\b" + _DEAL_NOUNS + r"\b[^?.]{0,40}\bconcluded with\b|\binked\b|\bpen to paper\b|подпис|заключ(?!ени|и[тл]\w*\s+что)",
     r"\bsign(?!al|if)|conclu|\bparaph"),
    # "завершила ратификацию" asks the ratification; "одобрила ратификацию" asks the approval of it.
    ("ratify", r"\bratif[iy]|ратифиц|^(?!.*\bодобр).*ратификаци", r"\bratifi"),
    # "the Putin visit article": the article is named by what it reports, no visit asked.
    ("visit", r"\bvisit(?!\w*\s+(?:article|piece|story|report|text|coverage)s?\b)|\bse rend|\bs'(?:est|etait)-(?:il|elle) rendu|\bse sont-(?:ils|elles) rendu|визит|посет"
              # "The French president also stopped in which country …?": a stop on a trip is a visit.
              r"|\bstop(?:s|ped|ping)?\s+(?:off\s+|over\s+)?(?:in|at)\b|\b(?:" + "|".join(_ORDINALS) + r") stop\b",
     r"\bvisit|\bse rend|\bsejour"),
    ("member", r"\bmembres?\b|\bmember|\bappart(?:ien|en)|\bbelong|\bf(?:ait|ont) partie\b|\bчлен|входят|состоят", r"\bmembres?\b|\bcompren|\bregroup|\breuni[ts]?\b|\brassembl|\balliance\b|\bcompte\b"),
    ("head", r"\bdirig(?!eant)|\ba la tete\b|\bhead(?:s|ed|ing)\b|(?<!\bthe )(?<!\bits )(?<!\bin a )\blead(?:s|ing)?\b(?! to)(?!\s+[a-z]+\s+in\b)(?!(?<=ing)\s+(?!the\b|a\b|an\b|its\b|his\b|her\b|their\b|this\b|that\b)[a-z])|\bled by\b|^who (?:runs|ran|is running|(?:will|would|is to|shall|should|could|might|is going to) (?:run|manage|direct|oversee|head|lead|chair))\b"
     r"|\bchair(?:s|ed|ing)?\b|\bchair(?:man|woman|person)?ship\b|\bleadership\b|\bpreside[rsd]?\b|\bpresiding\b|\bpresida|\bpresidai|руковод|возглав|председател(?!ь)|председательств"
     # "Кто командует силами …", "Who commands the rapid reaction force?": a commander, not its creation
     r"|\bcommand(?:s|ed|ing)\b|\bcommander\b|^qui commande|командует|командовал|командир",
     r"\bdirig|\bchef\b|\bpresid|a la tete|\bcommandant|\bcommande(?:nt|ait)\b"),
    ("replace", r"\bremplac|\breplac|\bsuccede|\bsucceed|\bsupersed|\bsupplant|\bdisplac|замен|смени|вытесн",
     r"\bremplac|\bsucced|\bsuccess|\bsubstitu|\bsupplant|\bevinc|\bequivalent"),
    # Vehicles are "fabriqués"; "build a partnership" or "build trust" is developing one, nothing built.
    ("build", r"(?:\bconstru|\bbuil[dt]|\bbati(?:r|ra|ront|t|ssent|e|s)?\b)(?!\w*\s+(?:up\s+)?(?:(?:a|an|the|their|its|un|une|des|leur|leurs|de|d'|closer|stronger|strong|new|"
              r"nouveaux?|nouvelles?|strategic|military|strategique|militaire|solid|solide)\s+){0,3}(?:partnership|partenariats?|relations?|"
              r"relationship|ties|trust|confiance|cooperation|confidence|alliances?|capacity|capacities|capacites?|potential|potentiel)\b)"
              # "партнёрство, которое стороны должны выстроить": a partnership is developed, nothing built.
              r"|(?<!вы)(?:постро|строит)(?!\w*\s+(?:\w+\s+){0,2}(?:партн|отношен|довери|сотруднич))",
     r"\bconstru|\bbati|\bfabriqu|\b(?:ont|a|avait|avaient) constitue"),
    # "la liste complète", "the complete list": a whole list asked, nothing completed.
    ("complete", r"\bachev|\btermin(?:e|ee|es|er|era|ait|ation|ated?)\b|" + _WHOLE_THING + r"\bcomplet(?:e|ed|ion)\b" + _WHOLE_THING_AFTER + r"|\bfinish|заверш(?!\w*\s+(?:список|перечень|статья|текст|абзац))|законч",
     r"\bachev|\btermin(?:e|ee|es|er|era|ait|ation)\b|\bfinalis"),
    ("start", r"\bdebut(?:e|er|era|ait|eront|ent)\b|\bcommenc|\bdemarr|\bstart(?:s|ed|ing)?\b(?=\s*(?:\?|$|to |work|construction|building|operat))|\bbegin|\bbegan|\bbegun"
              r"|начал|начн", r"\bdebut(?:e|er|era|ait|eront|ent|ant)?\b|\bcommenc|\bdemarr|\blanc"),
    # "поставил подпись" puts a signature, nothing supplied.
    ("deliver", r"\blivr(?!e\b)|\bfourn|\bdeliver|\bprovid(?!e[sd]? for\b|ing for\b)|\bsuppl|постав(?!\w*\s+(?:\w+\s+)?подпис)|передал|предостав",
     r"\blivr(?!e\b)|\bfourn|\btransf|\bcede"),
    # "Combien de pays ont envoyé des délégations au forum ?": delegations sent, which a list of members does not state.
    ("delegate", _SENT + r"delegations?\b|\bdelegations? (?:sent|envoyees?)\b"
                 r"|(?:присла|направи)\w*\s+(?:\w+\s+){0,2}делегаци",
     r"\bdelegation|делегаци"),
    # "Quel effectif l'armée russe maintient-elle en permanence sur le sol kazakh ?", "… based on Kazakh territory":
    # soldiers studying in Russian schools are deployed nowhere.
    ("deploy", r"\bdeploy|\bdeploi|\bstationn|\bgarrison|\bbased (?:on|in) (?:[a-z-]+ )?(?:territory|soil|kazakhstan|russia)\b"
               r"|\ben permanence (?:sur|au|en)\b|базиру|дислоцир|\binterven(?:tion|ed|ing|e|u|ir)\b|\b(?:troupe|force|soldat|militaire|troop|soldier)s?\b[^?]{0,60}\b(?:envoy|sen[dt]\b|dispatch|engag)"
     r"|" + _SENT + r"(?:troupe|force|soldat|militaire|troop|soldier)|развер|(?:направ|ввел)\w* (?:войск|военн)",
     r"\benvoy|\bdeploi|\bdeploy|\bstationn|\bdispatch|\bgarnison|\bimplant|\ben permanence\b"),  # troops sent, not a treaty signed that year
    # "close ties", "very close", "closely": near, not shut.
    # "Closing paragraph: …", "his closing remarks": the end of a text, nothing shut.
    ("close", r"\bferm|(?<!very )(?<!so )(?<!too )\bclos(?!ing (?:paragraph|remarks?|lines?|section|words?|sentences?|statements?|"
              r"speech|quotes?|passages?|part|argument|notes?)\b)(?!e (?:ties|relations?|links?|partners?|allies|ally|to|"
              r"cooperation|friends?|contacts?|neighbou?rs?)\b|er\b|est\b|ely\b)|\bclot|\bshut(?:s|ting)?\b|\bshutter(?:s|ed|ing)?\b|закры",
     r"\bferm|\bclotur|\bclo[st]\b"),
    # An "ouvrage" is a book; "the opening line", "ouvre l'article" is where the article says it, not an opening asked.
    ("open", r"\b(?:r|re)?ouv[er](?!age)(?!\w*\s+(?:l'article|le texte|le billet|le papier|la depeche)\b)"
             r"|\b(?:re)?open(?!s? the (?:article|piece|post|story)\b)(?!ing (?:paragraph|remarks?|lines?|section|words?|sentences?|statements?|"
             r"pages?|chapter|lead)\b)|откры"
             # "rétablir sa mission à Moscou", "reinstate the trade office": an office opened again.
             r"|\b(?:retabli|restor|reinstat)\w*\s+(?:sa |la |le |leur |une |un |its |the |a |their )?(?:[a-z-]+ )?(?:mission|representation|ambassade|bureau|consulat|office|embassy)",
             r"\br?ouv[er](?!age)|\binaugur"),
    # "Could it extend as far as foreign policy?": reaching, not a term prolonged.
    ("extend", r"\bprolong|\bprorog|\breconduct|\bextend(?!\w* (?:as|so) far as\b)|продл", r"\bprolong|\breconduit|\bprorog"),
    # "Which CIS country refused to sign the agreement?": a quote where it is signed states no refusal.
    ("refuse", r"\brefus(?:e|ed|es|ing|al|a|ait|er|erait)?\b|\bdeclin(?:e|ed|es|ing) to\b|\bturn(?:s|ed|ing)? down\b|\bотказ\w*\s+(?:[а-я]+\s+){0,2}?(?:подпис|ратифиц|призна)",
     r"\brefus|\brejet|" + _NEGATED + r"|\bjamais\b"),
    # "Après la restitution des terrains, quelle surface reste louée ?": what is left, not what was returned.
    ("remain", r"\breste(?:nt)? (?:loue|utilise|en vigueur|a payer|disponible)|\bremain(?:s|ed)? (?:leased|rented|in force|unpaid|outstanding)\b"
               r"|\bstill (?:leased|rented|used|held|in force)\b|\bencore (?:loue|utilise|en vigueur)",
     r"\breste|\brestant|\bremain|\bencore\b|\btoujours\b|\bdemeur"),
    # "Quel effectif employait la représentation commerciale ?": soldiers studying in Russia are no staff.
    ("employ", r"\bemploy\w*|\bemploi(?:e|ent|ait|aient)\b|\bstaff(?:ed)?\b(?! (?:post|comms?|communications?|control|officers?|college|headquarters)\b)"
               r"|\bworkforce\b|\bpeople worked\b",
     r"\bemploi|\bemploy|\bsalari|\bpersonnel\b|\beffectif|\bagents?\b|\btravaill"),
    # "How many Kazakh soldiers serve in CSTO forces?": soldiers studying in Russia serve in none.
    # "Kazakh soldiers assigned to the CSTO force: how many?", "участвуют в операциях ОДКБ": a posting.
    # "Для чего служили 1,7 млн гектаров?" asks what the land was used for: no military service.
    ("serve", r"\bserv(?:e|es|ed|ing) (?:in|with|under|on|as)\b|\bservent (?:dans|au|aux|sous)\b|(?<!для чего )(?<!зачем )\bслуж(?:ат|ит|или|ил|ба)\b"
              r"|\bassigned to\b|\baffecte(?:e|s|es)? (?:a|au|aux)\b|\bучаству\w* в (?:операци|учени|миротвор|составе)",
     r"\bserv(?:e|ent|ant|i|ir)\b|\bdeploy|\bstationn|\baffect(?:e|es|ee|ees)\b|\bcontingent|\bdetache"),
    # "Dandybaiev's predecessor?", "Кем работал Лавров до того, как стал министром?": a previous post the quote must state.
    ("previous", r"\bpredecessor|\bbefore (?:becoming|being (?:appointed|named)|joining|his appointment|her appointment|taking office)\b"
                 r"|\b(?:previous|prior|former|earlier) (?:job|post|position|role|career)\b|\bavant (?:de devenir|d'etre nomme|sa nomination|d'occuper)\b"
                 r"|\bpredecesseur|\b(?:poste|emploi|fonction)s? precedent|до того,? как стал|\bдо (?:назначения|работы|прихода)\b|предшественник",
     r"\bavant\b|\bancien(?:ne)?s? |\bex-|\bpreceden|\bauparavant\b|\bpredecesseur|\bjusqu'alors\b|\bremplac|\bsucced"),
    # "Quand Dandybaiev a-t-il été nommé vice-ministre ?": a quote that names him in post states no appointment
    # (a post held before one, "before being appointed", is the previous post asked, not this relation).
    ("appoint", r"(?<!\bbeing )(?<!\bhis )(?<!\bher )\bappoint(?:s|ed|ing|ment)?\b|(?<!d'etre )\b(?:ete|est|fut|sera|soit|etre) nomme(?:e|s|es)?\b(?! comment\b)"
                r"|(?<!avant sa )\bnomination\b|назначен|назначил",
     r"\bnomm(?:e|ee|es|ees|er|era|ait)\b|\bnomination\b|\bappoint|\bdesign(?:e|ee|es|ees)\b|\bpromu(?:e|s|es)?\b|\belu(?:e|s|es)?\b"),
    # "Who welcomed Putin at the airport?": a quote where he only arrives states no welcome.
    ("welcome", r"\bwelcom|\bgreet|\baccueilli(?:r|t|s|e|es|ent)?\b(?!-(?:t-)?(?:il|elle|ils|elles))", r"\baccueil|\bwelcom|\brecu\b"),
    # "Quand le Kazakhstan a-t-il vendu Baïkonour ?": a lease sells nothing.
    ("sell", r"\bvend(?!redi)|\bsold\b|\bsell|прода", r"\bvend(?!redi)|\bcession\b|\bcede"),
    ("rent", r"\blou[eé]|\blocation|\bloyer|\bleas|\brent|аренд", r"\blou[eé]|\blocation|\bloyer|\bbail"),
    ("pay", r"\bpai[ea]|\bpay(?!s)|\bpaid|\bfactur|плат", r"\bpai[ea]|\bpay(?!s)|\bvers[eé]|\bloyer|\bgratuit"),
    # "make others adopt its signals kit": a technology taken up, no text approved.
    ("approve", r"\bapprouv|\bapprov|\badopt(?!if|ive|ion)(?!\w*\s+(?:[\w'-]+\s+){0,2}?(?:tech\w*|kit|systems?|solutions?|"
                r"equipment|standards?|software|logiciels?|gear|hardware|materiel)\b)|\baval\b|\bavalis|\bsign(?:s|ed)? off\b|одобр|утверд|принят|принял", r"\bapprouv|\badopt|\bvalid|\baval\b"),
    ("reply", r"\brepond(?:u|ue|us|ait|ent|ra)?\b|\brepli(?:ed|es)\b|\banswered\b|\bresponded\b|ответил",
              r"\brepons|\brepond|\brepliqu|\breplied\b|\banswered\b|\bresponded\b"),
    # "Grounds given by the Majilis for voting no?": a vote against, which a quote approving the text does not state.
    ("reject", r"\brejet|\breject|\bvot(?:e|es|ed|ing) (?:no|against)\b|\bvot(?:e|es|ed|ing) (?:[\w'-]+ ){1,5}?down\b|\bvot(?:e|ant|er|e|es|ent)s? (?:non|contre)\b|\bvote negatif\b|отклон|отверг"
               r"|проголосова\w* против", r"\brejet|\bvote contre"),
    # "What made Smailov oppose a digital competence centre?": a quote where he proposes it states no opposing
    # ("as opposed to", "par opposition à" compare, they oppose nothing).
    ("oppose", r"(?<!\bas )(?<!\bpar )\boppos(?:e|es|ed|ing|ait|aient|er|ent|ition)?\b|\bs'oppos|выступи\w* против|возража",
     r"\boppos|\bcontre\b|\brejet|\brefus"),
    # "Quand Max Hess a-t-il publié son livre ?": "a déclaré mercredi à CNBC" dates an interview, no book.
    ("publish", r"\bpubli(?:e|ee|es|er|era|ait|ent|erent|shed|shes|shing|sh|cation)?\b|\bparu(?:e|s|tion)?\b|\b(?:come|comes|came|coming) out\b(?! of\b)|опубликова|издал|вышла в свет|вышел в свет|выш(?:ел|ла|ли|ло)\s+" + _RU_DOCUMENT,
     r"\bpubli|\bparu|\bparution\b|\bedit"),
    # "Which member voted against the plan?": a quote that calls for the plan states no vote.
    ("vote", r"\bvot(?:e|es|ed|ing|ent|ait|erent)\b|голосова", r"\bvot(?!re)|\bscrutin|\breferendum|\bsuffrage|\bapprouv|\badopt"),
    # "polls found that …", "what has the study found": the past of "find", nothing founded.
    ("create", r"\bcre[eé]|\bcreation|\bcreat|\bestablish|(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bwas )(?<!\bwere )"
               r"(?<!\bbeen )(?<!\bpoll )(?<!\bpolls )(?<!\bsurvey )(?<!\bsurveys )(?<!\bstudy )\bfound(?!\s+(?:that|out|it|them)\b)|\bset up|\b(?:vu|voir) le jour|\bnaissance|"
     # "основала", "основание", not "на безвозмездной основе" (free of charge)
     r"\bcame into being|\bfondation\b|(?<!\best )(?<!\bsont )(?<!\bse )\bfonde(?:e|es|s)?\b(?!\s+sur\b)|\binstaur|созда|основа(?:л|ла|ли|ло|н|на|ны|но|ть|ни|нн)|основател",
     _SET_UP + r"|\bconstitue(?:e|s|es|r|rent)?\b"),
    # "Did Kazakh soldiers join the Russian offensive?", "Who declared the CSTO would not join the Ukraine war?":
    # taking part in a war, which "ne participera pas à la guerre" states (and "rejoindre", membership, does not).
    ("fight", r"\bjoin(?:s|ed|ing)? (?:the |in (?:the )?)?(?:[a-z-]+ )?(?:fight|war|conflict|battle|combat|offensive|hostilities)\b"
              r"|\b(?:take|took|taking|takes|taken) part in (?:the )?(?:[a-z-]+ )?(?:fight|fighting|war|conflict|battle|combat|"
              r"offensive|hostilities)\b|\bparticip\w* (?:a la guerre|au conflit|aux combats|a l'offensive|aux hostilites)"
              r"|\bучаств\w* в (?:войне|конфликте|боевых)",
     r"\bparticip|\bprend\w* part\b|\bpris part\b|\bpartie a la guerre|\bengag|\bcombat"),
    # "Which drills did the rapid reaction force hold in 2009?": a sentence that only dates its creation holds none.
    ("exercise", r"\bexercises?\b|\bdrills?\b|\bmanoeuvres?\b|\bmaneuvers?\b|\bexercices?\b|\bучени[йяеюи]",
     r"\bexercice|\bmanoeuvr|\bexercise|\bdrill"),
    # "Quel diplomate représente Astana auprès du Kremlin ?": a representative, which a visiting prime minister is
    # not; "Que représentent les étudiants kazakhs …?" asks a share, no one representing.
    ("represent", r"\brepresent\w*\s+[^?,]{1,40}?\s+(?:aupres|au(?! total\b)|aux|a la|a l'|lors)\b|\brepresent(?:s|ed|ing)?\s+[^?,]{1,30}?\s+(?:at|in|before|to)\b"
                  r"|\bпредставля\w*\s+[^?,]{1,40}?\s+(?:в|при)\b",
     r"\bambassad|\brepresent|\bau nom de\b|\bporte-parole\b|\bdiplomat|\benvoy|\bconsul"),
    # "Le projet de fusée pourrait être rebaptisé : en quoi ?": the new name, not the one it bears now.
    ("rename", r"(?<!\bthe )(?<!\ba )(?:\brebapt|\brenomm|\brenam|\brebrand)|\bchanger d'(?:appellation|denomination)\b|\bchanger de nom\b"
               r"|\bnouveau nom\b|\bnew name\b|переименов|нов\w+ (?:названи|имен)",
     r"\bnouveau nom\b|\brebapti|\brenomm|\bsous le nom\b|\bdenomm"),
    # "Since when has this arrangement existed?": the date it was set up, or a "depuis" that says it.
    ("exist", r"\bexist(?:ed|s|ing|e|ent|ait|aient)?\b|\bbeen in (?:place|operation|existence|force)\b|\ben place\b"
              r"|\bсуществ",
     _SET_UP + r"|\bexist|\ben vigueur|\binstaur|\bdepuis (?:19|20)\d\d"),
    # "the launch project", "the launch site": a noun qualifying another, not a launch asked.
    ("launch", r"\blanc(?!eur)|\blaunch(?!er)(?!\s+(?:project|site|pad|complex|vehicle|facility|base|programme|program)s?\b)(?!\w*\s+(?:the |a |an |its |their )?(?:[\w-]+\s+){0,3}(?:format|mechanism|initiative|dialogue|forum|platform|process|talks|consultations?|campaign|reform)s?\b)"
               r"|\b(?:maiden|first) flight\b|\blift(?:s|ed|ing)? off\b|\bblast(?:s|ed|ing)? off\b|\brockets? off\b|\bpremier vol\b|\bvol inaugural\b|запуск|\bпуск(?:а|ов|и|ом|ами|ах)?\b|первый полет", r"\blanc|\bfondat|\bco-fondat|\bfonde"),  # "lanceurs" are launchers, not launched
    # Land "retirée du bail", "sortie du bail", "withdrawn from the lease" is returned (below): nothing is left.
    ("leave", r"\bexit(?:s|ed|ing)?\b|\bquitt|\bretrait\b|\bquit(?:s|ting)?\b|\bclaqu\w* la porte\b|\bretir(?!\w*\s+du bail\b)|(?:(?<!\ba )(?<!\bont )(?<!\bavait )(?<!\bavaient )\bsort(?:i|ie|is|ies)|\bsort(?:ir|ent|ira))\s+(?:de|du|des|d')\b(?!\s*bail\b)|\bleave(?!s? from\b)(?![^,:?]{0,50}\baside\b)|\bleft\b(?! from\b)|\bwithdr(?!\w*\s+(?:[\w'-]+\s+)?from (?:the |its |a )?lease\b)|\bpull(?:s|ed|ing)? (?:[\w'-]+ ){0,4}?out of\b|\bwalk(?:s|ed|ing)? out\b|выйти|выш(?:ел|ла|ли|ло)(?!\s+в\s+(?:свет|эфир))(?!\s+" + _RU_DOCUMENT + r")|выход(?!ц)\w*+(?!\s+в\s+(?:свет|эфир))|\bушл|\bушел|\bушедш|\bуход|\bпокину|\bпокида"
              r"|\brompu(?:e|s|es)? avec\b|\brompre avec\b|\b(?:break|broke|broken) (?:with|away from)\b"
              # "Départ du Premier ministre de la ville : à quelle date ?": a visit's day is not its departure's.
              r"|" + _DEPARTURE,
              # "a retiré du bail 1,7 million d'hectares" hands land back, and leaves nothing.
              r"\bquitt|\bretir(?!\w*\s+du bail\b)|\bretrait\b|\bsort|" + _DEPARTURE),
    ("join", r"\badher|\badhes|\brejoin|\bs'(?:est|etait)(?:-(?:il|elle))? joint(?:e|s|es)?\b|\bse joindre\b|\bse sont(?:-(?:ils|elles))? joint|\bjoin(?!t)(?!(?:s|ed|ing)? (?:the |in (?:the )?)?(?:[a-z-]+ )?(?:fight|war|conflict|battle|combat|offensive|hostilities))|\baccession\b|\bacced|\bentree (?:d'[a-z]+ |du [a-z]+ |de (?:la |l')?[a-z]+ )?(?:dans|a|au|en)\b|\bentry (?:into|to)\b|присоедин|вступ(?!\w*\s+в\s+(?:\w+\s+)?(?:конфликт|войн|бо[йеию]|сражени|военные действия))", r"\badher|\badhes|\brejoin|\bintegr"),
    # "Pourquoi l'Arménie a-t-elle été exclue de la CEI ?": members leaving of their own accord were not expelled.
    # "Le porte-parole qui a exclu toute participation …" ruled it out, and expelled no one.
    ("expel", r"\bexclu(?!siv)(?!\w*\s+(?:toute?s?|la possibilite|l'idee|l'hypothese|any)\b)|\bexpuls|\bexclud|\bexpel|\bkick(?:s|ed)? out\b|исключ(?!\w* из (?:\w+ )?аренд)", r"\bexclu(?!siv)|\bexpuls|\bradi[eé]"),
    # "On which date did Astana accept Kherson's incorporation?": accepting a vote's result recognises it
    # ("accepte-t-elle de passer pour …" agrees to something, and recognises nothing).
    ("recognise", r"\breconn|\brecogni|призна|\baccept(?:e|ee|es|ees|ed|s|er|era|ait|ing)?\b"
                  r"(?!(?:-t-(?:il|elle|on))?\s+(?:de|d'|to)\b)", r"\breconn"),
    # "Where did the council meet?", "Где проходят заседания …?": a session or a summit is a meeting held.
    # "met" is also French ("l'accord met-il en place …").
    ("meet", r"\brencontr|\bmeet(?!ings?\b)|\bmeetings? (?:with|between)\b|\bmet\b(?!-| en\b| fin\b| l'| au\b| a\b| sur\b)|встрет|встреч"
             r"|\bse reuni\w*|(?<!на )\bзаседа|\bсобира\w*ся\b", r"\brencontr|\bentretien|\breuni|\bsession\b|\bsommet\b|\bconsultations\b"),
    # "How much did Kazakhstan spend on weapons?" is not answered by a trade turnover.
    ("spend", r"\bdepens|\bspen[dt]|потрат|израсход", r"\bdepens|\bachat|\bachet|\bpai[ea]|\bpay(?!s)|\bdebours|\binvesti|\bcout|\bbudget"),
    # "Pourquoi Moscou a-t-il renoncé à Baïkonour ?", "What made X call off his visit?": a quote that
    # gives up or cancels nothing does not answer.
    ("abandon", r"\brenonc|\babandon|\bgive up|\bgave up|\bgiven up|\bstop(?:s|ped|ping)? using\b|\bcess(?:e|er|ait|a)"
                r"\s+d'utiliser\b|\bceased? to use\b|отказа(?!\w*\s+(?:[а-я]+\s+){0,2}?(?:подпис|ратифиц|призна))", r"\brenonc|\babandon|\bcede|\bceder|\bretir\w* du bail"),
    # "Pourquoi Moscou a-t-il protesté contre la fermeture ?": Astana's reason for closing is no protest.
    ("protest", r"\bprotest|\bcondamn|\bcondemn|\bdenounc|\bпротест|\bосуди|\bосужд", r"\bprotest|\bcondamn|\bdenonc|\bdenigr|\bcritiqu|\bdeplor"),
    # "Des militaires kazakhs sont-ils morts en Ukraine ?": only a quote about deaths answers.
    ("die", r"\bmort(?:s|e|es)?\b(?! de rire)|\btue(?:s|e|es)?\b|\bkilled\b|\bdied\b|\bdead\b|\bdeaths?\b|\bпогиб|\bубит",
     r"\bmort(?:s|e|es)?\b|\btue(?:s|e|es)?\b|\bdeces\b|\bperi(?:s|rent)?\b|\bvictimes?\b"),
    # "Why did Smailov boycott the forum?": a quote on his speech there states no boycott.
    ("boycott", r"\bboycott|бойкот", r"\bboycott"),
    # "Arrêt de la formation des officiers kazakhs : pour quelle raison ?": a stopping the quote must state.
    ("stop", r"\barret(?:e|ee|es|ees|er|ait|ent)?\b|\bcess(?:e|er|ation|ent|era)\b|\bhalt(?:s|ed)?\b|"
             # the verb, not "Putin's Kazakhstan stop"
             r"\bstop(?:ped|ping)\b(?!\s+(?:in|at|by|off|over)\b)|\b(?:did|does|do|will|would|to)\s+(?:[a-z-]+\s+){0,4}?stop\b(?!\s+(?:in|at|by|off|over)\b)|"
             r"\bsuspen(?:d|du|due|dus|sion)\w*|прекрат|приостанов",
     r"\barret|\bcess|\bstop|\bsuspen|\binterromp|\bmis(?:e)? fin\b|\bmettre fin\b"),
    # "How many kilometres of the border are fenced?": a part of the border, which its whole length does not give.
    ("fortify", r"\bfortifi\w*|\bfenced\b|\bfencing\b|\bwalled\b|огорож\w*",
     r"\bfortifi|\bclotur|\bbarbel|\bgrillag|\bmur\b"),
    # "Qu'est-ce qui a empêché Mishustin de venir ?": a quote where he comes states nothing that stopped him.
    ("prevent", r"\bempech|\bprevent(?:s|ed|ing)?\b|\bkept (?:him|her|them|it) from\b|помешал|помешало|помешали|не дал[аио]?\b",
     r"\bempech|\bpas pu\b|\bimpossib|\bannul|\breport(?:e|ee|er|ait)\b|\bentrav|\bbloqu|" + _NEGATED),
    ("cancel", r"\bannul|\bcancel|\bcall(?:ed|s)? off|\bscrap|отмен", r"\bannul|\breport|\bsuspend|\binterromp"),
    # "По образцу чего создан ЕАЭС?", "Modelled on what?": a model the quote must state, not the union's founding.
    ("model", r"\bmodel(?:l)?ed (?:on|after)\b|\bpatterned (?:on|after)\b|\bcalque(?:e|s|es)?\b|\bsur le modele\b|\ba l'image de\b"
              r"|\bпо образцу\b|\bпо модели\b|\bпо примеру\b",
     r"\bcalque|\bsur le modele\b|\ba l'image\b|\binspire(?:e|s|es)? (?:de|du|des)\b|\bmodel(?:l)?ed\b"),
    # "Baiterek was held up — why?": a delay the quote must state, not the project's signing.
    ("delay", r"\bheld up\b|\bdelay|\bretard(?:e|ee|es|ees|er|ait|ement)\b|\bpris du retard\b|\bpostpon|\bbehind schedule\b"
              r"|\bзадерж|\bотлож|\bзатянул",
     r"\bretard|\breport(?:e|ee|es|ees|er|ait)\b|\bdelay|\bdiffer(?:e|ee|es|ees)\b|\bajourn"),
    # "Pourquoi la Russie a-t-elle cessé de payer le loyer ?", "What led Moscow to halt its payments?":
    # only a quote that states a stop answers, not one where the paying goes on.
    ("cease", r"\bcess(?:e|er|ee|es|ait|a|ent|era|erait)\s+d(?:e\b|')|\bhalt\w*|(?<!'s )(?<!\ba )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\btheir )"
              + "".join(rf"(?<!\b{w} )" for w in _ORDINALS) + r"\bstop(?:s|ped|ping)?\b(?! (?:in|at|by|over|off)\b)(?!\s*:)(?!\s+(?:falls?|fell|is|was|were|will|would|took|takes|came|comes|lasted|lasts|happened|had|has)\b)"
              r"|\bceased?\b|\bsuspend|прекрат|перестал|приостанов",
     r"\bcess|\barret|\binterromp|\bsuspen|\bmis fin\b|\bmettre fin\b|\bretir"),
    ("export", r"\bexport" + _NOT_ATTRIBUTIVE + r"|экспорт", r"\bexport"),
    # "import substitution" (импортозамещение) replaces imports: nothing imported is asked.
    ("import", r"(?<!substitution des )(?<!substitution aux )\bimport(?!an)(?![\s-]+substitut|s? replacement)"
               # "Pourquoi la souveraineté technologique importe-t-elle ?": it matters, nothing is imported.
               r"(?!e(?:nt)?(?:-t)?-(?:il|elle|ils|elles)\s*(?:[?,.;]|$|selon\b|d'apres\b|pour\b|aux yeux\b|tant\b|autant\b))" + _NOT_ATTRIBUTIVE + r"|импорт(?!озамещ)", r"\bimport(?!an)"),
    ("annex", r"\bannex|аннекс", r"\bannex"),
    # "How many soldiers guard the border?": a count of soldiers who study guards nothing.
    ("guard", r"\bguard(?:s|ed|ing)?\b|охраня", r"\bgard(?:e|ent|aient|ait)\b(?! (?:un )?pied)|\bprot[eé]g|\bprotection|\bsurveill"),
    # "What did Lavrov offer Central Asian states in return?": a quote where he only criticises offers nothing.
    ("offer", r"\boffer(?:s|ed|ing)?\b|\boffr(?:e|es|ir|ira|ait|ent)\b|\boffert", r"\boffr|\boffert|\bpropos|\bpromi|\bsugger"),
    # "Quand la Russie a-t-elle rendu Baïkonour ?": a lease extended returns nothing.
    ("return", r"(?<!s'est )(?<!se )(?<!s'etait )(?<!s'etaient )(?<!s'y )(?<!s'en )(?<!s'est-il )(?<!s'est-elle )"
               r"(?<!s'etait-il )(?<!s'etait-elle )(?<!se sont-ils )(?<!se sont-elles )" + _GONE + r"\brend(?:u|ue|us|ues|re|ra|rait)\b"
               r"(?! public| publique| compte| hommage| visite)|\brestitu|(?<!\bin )\breturn|\bretir\w*\s+du bail\b|\bsorti\w*\s+du bail\b"
               r"|\bwithdr\w*\s+(?:[\w'-]+\s+)?from (?:the |its |a )?lease\b|\bhand(?:s|ed|ing)?\s+(?:[\w'-]+\s+){0,3}?back\b|\bg[ia]ve(?:s|n)?\s+(?:[\w'-]+\s+){0,3}?back\b|вернул|возвра|исключ\w* из (?:\w+ )?аренд",
     r"\brend(?:u|ue|us|ues|re|ra|rait|ait)\b|\brestitu|\bretir\w* du bail|\bremis\b|\brecupere"),
    # "Pourquoi le Kazakhstan a-t-il soutenu l'annexion ?": the support is asked, not only the annexation.
    ("support", r"\bsout(?:ien|enu|enir|iennent|int)|\bappuy|\b(?:to|did|does|do|will) back\b|(?<!-)\bbacked\b|\bbacking\b"
                r"|\bsupport|\bendors|поддерж",
     r"\bsout(?:ien|enu|enir|iennent|int)|\bappui|\bappuy|\bapprouv|\bfavorable|\bsupport"),
]}


RELATION_OPPOSITES: dict[str, re.Pattern] = {name: re.compile(t) for name, t in [
    ("open", r"\bferm|\bclotur|\bclo[st]\b"),
    ("close", r"\brouv|\bouvr|\bouvert|\binaugur"),
    ("complete", r"\bdebut(?:e|er|era|ait|eront|ent)?\b|\bcommenc|\bdemarr"),
    ("start", r"\bachev|\btermin(?:e|ee|es|er|era|ait|ation)\b"),
    ("join", r"\bquitt|\bretir|\bsort(?:i|ie|ir)\b"),
    ("leave", r"\badher|\brejoin|\bintegr"),
    ("rent", r"\bretir\w* du bail|\bresili|\bfin du bail"),
    ("approve", r"\brejet|\brefus|\bne reconn\w* pas|\bnon[- ]reconn"),
    ("ratify", r"\brejet|\brefus"),
    ("reject", r"\bapprouv|\bratifi|\badopt"),
    ("recognise", r"\bne reconn\w* pas|\brefus\w*(?:-t-(?:il|elle))? de reconn|\bnon[- ]reconn"),
    ("return", r"\bprolong"),
    ("pay", r"\bgratuit|\bsans frais|\bfree of charge|\bfor free\b|бесплатн"),
    ("support", r"\bne reconn\w* pas|\bne sout\w* pas|\bcondamn|\bs'oppos|\bopposition\b|\brejet|\brefus"),
]}
"""How French text states the reverse of a relation: a question about reopening the trade mission,
and the only sentence closes it; "combien d'hectares la Russie loue-t-elle", and the sentence
takes them out of the lease. A quote stating the reverse, and not the relation, does not answer."""


_TITLE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:(?:\s+(?:de|du|des|et)\s+|\s+d['’]|\s+)"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+)+"
)


_STOP_TITLE = frozenset({"de", "du", "des", "et"})
_ROLE_AFTER = re.compile(r"(?:\s+(?:de|du|des)\s+|\s+d['’]|\s+)(?:Premier|Première|Président|Présidente|Ministre|Prime|"
                         r"President|Vice)$")


def title_phrases(question: str) -> list[str]:
    """Folded multi-word titles the question names ("le Traité de Coopération Militaire"): a quote
    about "le Traité d'Amitié, de Coopération et d'Assistance Mutuelle" is about another one."""
    out = []
    for m in _TITLE.finditer(question):
        text = m.group(0)
        if m.start() == 0:  # the question's own first word is capitalised anyway
            text = text.split(None, 1)[1] if " " in text else ""
            text = re.sub(r"^(?:(?:de|du|des|et)\s+|d['’])", "", text)
        # "à Almaty du Premier ministre": a role after a place is no title's end.
        text = _ROLE_AFTER.sub("", text)
        # "du Kazakhstan Macron" is two names side by side, not a title.
        names_only = all(country_forms(w) or w in _STOP_TITLE or w in _CALENDAR_WORDS for w in fold(text).split())
        if len(re.findall(r"(?:^|[\s'’])[A-ZÀ-ÖØ-Þ]", text)) >= 2 and not names_only:
            out.append(fold(text))
    return out


_SUBJECT = re.compile(
    r"\b(accord|traite|convention|programme|memorandum|protocole|declaration|contrat|pacte|agreement|treaty)s?"
    r"\s+(?:(?:intergouvernemental|interetatique|bilateral|multilateral)\w*\s+)?"
    r"(?:sur|relatif a|relative a|concernant|portant sur|en matiere d[e']|on|about|regarding"
    r"|(?:(?<=traite )|(?<=accord )|(?<=pacte ))(?:de (?=[a-z])(?!" + MONTH_PATTERN + r")|d'(?=[a-z])(?!" + MONTH_PATTERN + r")))"
    r"\s*([^,.;:?!()«»]+)")  # "le traité de mai 1992" is dated, not about May
_SUBJECT_ALIKE = {"liaison": ("communic",), "communic": ("liaison",)}
"""Words for one subject: "l'accord sur les liaisons des armées" is the accord on communications."""
_SUBJECT_END = re.compile(
    r"\s(?:a|ont|est|sont|etait|avait|avaient|was|were|has|have|did|is|are)(?:-t-\w+|-(?:il|elle|ils|elles))?\s|\s(?:signe|ratifie|conclu|"
    r"approuve|adopte|prolonge|entre|par|depuis|jusqu|signed|ratified|between|by|in \d)\w*|\s(?:en|le|in) \d|\s?$")


def subject_phrases(folded: str) -> list[tuple[str, frozenset[str]]]:
    """What each agreement a text names is about, as (kind, content stems): "l'accord sur la formation
    des militaires" → ("accord", {format, militair}). Two agreements of one kind with no stem in
    common are two agreements."""
    out = []
    for m in _SUBJECT.finditer(folded):
        tail = m.group(2)
        end = _SUBJECT_END.search(tail)
        terms = frozenset(analyze(tail[: end.start()] if end else tail)[:4])
        terms |= {alike for t in terms for alike in _SUBJECT_ALIKE.get(t, ())}
        if terms:
            kind = {"agreement": "accord", "treaty": "traite"}.get(m.group(1), m.group(1))
            out.append((kind, terms))
    return out


_CURRENCIES = {"euro": r"euros?|€|eur\b", "dollar": r"dollars?|\$|usd\b", "rouble": r"roubles?|rubles?|рубл",
               "tenge": r"tenges?|тенге"}


def currency_of(folded_text: str) -> str:
    """The currency a text names ("115 millions de dollars" → "dollar"), '' when none or several."""
    found = {c for c, pattern in _CURRENCIES.items() if re.search(rf"(?:^|[\s\d]){pattern}", folded_text)}
    return found.pop() if len(found) == 1 else ""


def asked_currency(folded_question: str) -> str:
    """"Combien … en euros ?": the amount must be stated in euros, not converted by the reader."""
    # "Combien de roubles …", "How many dollars …" count in that currency as well.
    m = re.search(r"\b(?:en|in|combien de|how many|сколько)\s+(euros?|dollars?|roubles?|rubles?|tenges?|рубл\w*|тенге)(?!\w)|(€)",
                  folded_question)
    return currency_of(m.group(0)) if m else ""


PRICE_ASKED = re.compile(r"\b(?:pai[ea]|pay(?!s)|paid|vers[eé]|debours|gratuit|free\b|плат)")
"""A question about what someone paid, which "fourni gratuitement" answers (nothing). What the thing
cost, a budget or a turnover is another amount, and "gratuitement" does not state it."""


_COUNT_OF_THINGS = re.compile(r"^(?!.*\b(?:dollars?|euros?|roubles?|rubles?|tenge|долларов|рублей)\b)"
                              r".*(?:\bhow many\b|\bunit count\b|\bnumber of\b|\bcombien d['e]|\bnombre d['e]|\bсколько\b)")
"""A count of things asked ("Unit count of the free missile systems …?"), not what was paid for them."""


@lru_cache(maxsize=256)
def _asks_paid(question: str) -> bool:
    folded = fold(question)
    return bool(PRICE_ASKED.search(folded)) and not _COUNT_OF_THINGS.search(folded)


def free_counts(question: str, value: str) -> bool:
    """Whether a stored amount answers: "0 gratuit" only when the question asks what was paid, not how
    many of the things given free."""
    return value != "0 gratuit" or _asks_paid(question)


NEGATED = re.compile(r"\bne\b|\bn'|\bpas\b|\brefus|\bnot\b|n't\b|\bnever\b|\bjamais\b|(?:^|\s)не\s"
                     r"|\bnon[- ]?(?:reconn|recogni)|\bнепризна")
"""A negated question ("que le Kazakhstan ne reconnaît pas", "what would it not recognise") is
answered by the quote stating the reverse relation."""
NEGATED_VERB = re.compile(
    r"\bn'(?:a|ont|avait|avaient|aurait|auraient|est|sont|etait)(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))? (?:pas|jamais)\b"
    r"|\bne (?:[a-z']+ ){0,2}?(?:pas|jamais)\b|\b(?:did|does|do|has|have|had|was|were|is|are|will|would)(?: [a-z]+)? not\b"
    r"|n't\b|\bnever\b|(?:^|\s)не\s(?!только)")
"""A verb the question negates ("Quel pays n'a pas signé ?", "Which state did not sign?"): a quote stating the
thing done, with no negation of its own, says who did it, not who did not."""


_ATTRIBUTIVE = re.compile(r"(?<![\w-])([a-zàâçéèêëîïôûùüÿœ]+) (?=([a-zàâçéèêëîïôûùüÿœ]+(?:é|ée|és|ées))(?![\w'-]))")
_NOT_A_NOUN = frozenset({
    "a", "ont", "as", "avait", "avaient", "aura", "auront", "aurait", "auraient", "est", "sont", "etait", "était",
    "étaient", "sera", "seront", "serait", "été", "ete", "être", "etre", "avoir", "ne", "pas", "plus", "jamais",
    "déjà", "deja", "bien", "il", "elle", "ils", "elles", "on", "qui", "que", "se", "les", "la", "le", "l", "y",
    "en", "lui", "leur", "fut", "furent", "t-il", "t-elle", "vous", "nous", "je", "tu", "me", "te",
    "reste", "restent", "demeure", "demeurent",  # "quelle surface reste louée": a verb, then its participle
})


def _attributive(question: str) -> set[str]:
    """Folded participles that qualify a noun ("les programmes importés", "l'accord signé en 1994"):
    they say which thing the question is about, not the relation it asks the quote to state."""
    lowered = question.lower().replace("’", "'")
    return {fold(m.group(2)) for m in _ATTRIBUTIVE.finditer(lowered)
            if m.group(1) not in _NOT_A_NOUN and not m.group(1).endswith(("-il", "-elle", "-ils", "-elles", "-on", "ment"))}


_REACT_VERB = r"react(?:ed|s)?|respond(?:ed|s)?|reagi(?:t|r|ra|ssent)?|repondu"
""""How did Moscow react to the closure?": what is reacted to is the topic, not a relation asked."""
_STATEMENT_TOPIC = re.compile(r"\b(?:sur|au sujet d[eu]|concernant|a propos d[eu]|about|on|regarding|concerning|об?|про|насч[её]т)\s.*"
                              r"|\b(?:reponse|reaction|riposte|response|reply|" + _REACT_VERB + r")\b.*?\s(?:a|au|aux|to)\s.*"
                              r"|\b(?:реакци[яиюей]|ответ|ответил[аио]?|отреагировал[аио]?)\b.*?\sна\s.*")


_REACTION_TO = re.compile(r"\b(?:reponse|reaction|riposte|response|reply|" + _REACT_VERB + r")\s+(?:[\w'-]+\s+){0,3}?(?:a|au|aux|to)\s+"
                          r"(?:la |le |l'|les |the |its |their |this |that )?[\w-]+"
                          # "о реакции Москвы на закрытие": Moscow's reaction, the closure its topic.
                          r"|\b(?:реакци[яиюей]|ответ[ауеом]?)\s+(?:[а-я-]+\s+){0,3}?на\s+[а-я-]+")


_WHICH_THEN_VERB = re.compile(
    r"^what (?:did|does|do|has|have|had|will) (?!.*\b(?:say|said|tell|told|mean|think|want)\b)"  # "What did Lavrov offer …?": the verb is the relation
    r"|^(?:quels?|quelles?|which|what)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:(?!qui\b|that\b|who\b)[\w'-]+\s+){0,4}?"
    r"(?:(?:a|ont|avait|avaient|aura|auront)-t?-?(?:il|elle|ils|elles|on)|did|does|do|has|have|had|will)\b"
    # "… : qu'ont-ils signé ensemble ?", "… — what were they sent to do?": the verb asked, after the topic.
    r"|^qu'(?:a|ont|avait|avaient|aura|auront)-t?-?(?:il|elle|ils|elles|on)\s+(?!(?:dit|declare|affirme|repondu|annonce|pense|voulu|ajoute)\b)[a-z]"
    r"|^what (?:were|was|are|is) (?:they|he|she|it) (?:[a-z]+ )?(?:sent|asked|ordered|told|supposed|expected) to\b")
_NOUN_THEN_AGENT = re.compile(r"^(?:(?:the|les|des|le|la) |l')?[a-z-]+ (?:[a-z-]+ ){0,2}?(?:by|par) "
                              r"|^(?:the )?" + _DEAL_NOUNS + r" (?:[a-z-]+ ){1,3}?"
                              r"(?:concluded|signed|inked|struck)\b")
""""Deals concluded by the French president …?", "Contracts Emmanuel Macron concluded with the Uzbeks?": a
question that is only its noun and an agent asks the relation its verb names."""
"""A which-question whose own verb follows its subject: "Quels contrats Macron a-t-il signés ?", "Which
deals did Macron sign?" (not "Quels accords signés en 1994 …", where the participle qualifies)."""


_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "va", "vont", "doit", "doivent", "l'a", "l'ont",
                          "lui", "leur", "y", "en", "ne", "n'a", "se", "s'est", "does", "did", "do", "will", "has", "have",
                          "had", "would", "should", "to", "not", "still", "encore", "deja", "already", "also", "aussi"})


_INVERTED = re.compile(r"^[a-z']+-(?:t-)?(?:il|elle|ils|elles|on)$")
""""a-t-elle", "ont-ils": the auxiliary of an inverted question ("la Russie a-t-elle fermé …")."""


def actor_before(folded: str, position: int) -> str:
    """The country that is the subject of the verb at `position`: "la Russie paie", "le Kazakhstan
    paiera-t-il", "does Russia pay"; "" when the word before the verb (past its auxiliaries) is none."""
    words = re.findall(r"[\w'-]+", folded[max(0, position - 60) : position])
    while words and (words[-1] in _AUXILIARIES or _INVERTED.match(words[-1])):
        words.pop()
    named = countries_in(words[-1]) if words else set()
    return next(iter(named)) if len(named) == 1 else ""


_AGENT = re.compile(r"[\w'-]*\s+(?:par|by)\s+(?:la |le |l')?([\w'-]+)")


def _agent_after(folded: str, position: int) -> str:
    """The country a nominal relation names as its agent: "la fermeture par Moscou de sa représentation",
    "the closure by Russia of its mission"."""
    m = _AGENT.match(folded, position)
    named = countries_in(m.group(1)) if m else set()
    return next(iter(named)) if len(named) == 1 else ""


def relation_actors(folded_question: str, relations: list[str]) -> dict[str, str]:
    """For each relation asked, the country the question makes its subject: {"pay": "kazakhstan"} for
    "Combien le Kazakhstan paiera-t-il … ?"."""
    out = {}
    for name in relations:
        for m in RELATIONS[name][0].finditer(folded_question):
            actor = actor_before(folded_question, m.start()) or _agent_after(folded_question, m.start())
            if actor:
                out[name] = actor
                break
    return out


_SAME_TIME_AS = re.compile(r"\b(?:la meme annee que|the same year(?: as| that| when)?|в том же году,? (?:что|когда))\b.*$")
""""Quel accord a été signé la même année que la prolongation du bail ?": the lease is when, not what is asked."""
_DURING_VISIT = re.compile(r"\b(?:during|in the course of|lors de|pendant|au cours de|a l'occasion de|во время) "
                           r"(?:(?:his|her|their|its|the|sa|son|leur|la|le|l') ?)?(?:[\w'-]+ ){0,2}?"
                           r"(?:visit|visite|trip|voyage|tour|tournee|stay|sejour|визит\w*|поездк\w*)\b")
""""Which contracts did Macron sign during his Kazakhstan visit?": the visit is when, the signing what is asked."""
_AT_FOUNDING = re.compile(r"\b(?:lors de sa (?:fondation|creation)|a sa (?:fondation|creation)|at (?:its|the) (?:founding|creation|"
                          r"inception|outset)|when (?:it was|they were) (?:founded|created|set up)|при (?:создании|основании))\b")
""""Combien de membres l'OTSC avait-elle lors de sa fondation ?": a count at a time, the founding, which the
quote must state; its members today do not answer."""


def asked_relations(folded_question: str, question: str = "", qtype: str = "", lang: str = "") -> list[str]:
    """The relations a question asks about: "Qui l'a ratifié ?" → ["ratify"]. In a French question,
    a participle qualifying a noun names no relation; in a question about a statement, what the
    statement is about ("Qu'ont répondu les Russes sur la fermeture de la mission ?") names none."""
    attributive = _attributive(question) if question and lang == "fr" else set()
    agent = _NOUN_THEN_AGENT.match(folded_question)
    if agent and not _WH_WORD.search(folded_question) and not _AMOUNT_HEAD.match(folded_question):
        # "Documents paraphés par le président …": the signing is asked. "Montant facturé par Moscou …"
        # asks an amount, which the participle only qualifies.
        attributive -= set(agent.group(0).split())
    stated = " ".join(w if w not in attributive else "_" for w in _SAME_TIME_AS.sub(" _", folded_question).split(" "))
    stated = _set_aside(_DURING_VISIT, stated)
    # "Who will run the competence centre, once open?": when the asked fact holds, not the fact asked.
    stated = _set_aside(_ONCE_DONE, stated)
    # "In 2004, besides the lease extension, what did they agree to build?": what is set aside is not asked.
    stated = _set_aside(_SET_ASIDE, stated)
    replied = qtype == "who" and bool(RELATIONS["reply"][0].search(stated))
    # In "Who asked Russian officials about Moscow's reaction to the closure?" the closure is a topic.
    stated = _STATEMENT_TOPIC.sub("", stated) if qtype == "say" else _REACTION_TO.sub(" _", stated)
    if lang == "fr":  # "l'agence d'exportation": a kind of agency, not a relation asked
        stated = _NOUN_COMPLEMENT.sub(" _", stated)
        stated = _PROJECT_LAUNCHED.sub(r"\1_", stated)
    if lang == "ru":  # "комиссии, созданной в 1997 году": a participle describing the noun, no relation asked
        # "Как называется палата, одобрившая …": the clause is what is asked when nothing else is.
        stated = _set_aside(_RU_PARTICIPLE_CLAUSE, stated, " _")
        if _RU_BASED_ON.search(stated):  # "На каком принципе основано сотрудничество?": based on, nothing founded
            stated = re.sub(r"\bоснован\w*", "_", stated)
    # "Which Russian state exporter …", "quel exportateur": a body, not a relation asked ("exporter" is
    # also the French verb).
    stated = re.sub(r"\b(?:ex|im)portat(?:eur|rice)s?\b" + (r"|\b(?:ex|im)porters?\b" if lang == "en" else ""), "_", stated)
    stated = _MEMBER_ASKED.sub(" _ ", stated)
    asked = [name for name, (pattern, _) in RELATIONS.items() if pattern.search(stated)
             and not (name in _REVERSED_ASKED and _REVERSED_ASKED[name].search(f"{stated} {folded_question}"))
             and (name not in _DATED_ONLY or qtype == "date") and name not in _PERSON_ONLY]
    asked += ["reply"] if replied else []
    return ["create"] if "create" in asked and _AT_FOUNDING.search(stated) else asked


_PROJECT_LAUNCHED = re.compile(r"\b((?:projet|programme|chantier|initiative|format|mecanisme|processus|campagne|dialogue)s?\b"
                               r"(?:\s+[\w'-]+){0,4}?\s+(?:a|ont|avait|avaient|sera|seront|fut|furent)\s+(?:ete\s+)?)lance\w*")
""""Quel projet de fusée … a été lancé ?": a project launched is one started, no launch into space."""


def _set_aside(pattern: re.Pattern, stated: str, mark: str = " _ ") -> str:
    """`stated` without what `pattern` matches, as long as a relation is still asked without it: a clause that
    only says when or which one is no relation asked, unless it is all the question asks."""
    without = pattern.sub(mark, stated)
    return without if any(p.search(without) for p, _ in RELATIONS.values()) else stated


_ONCE_DONE = re.compile(r"\bonce (?:it is |it's |they are |it has been )?(?:open(?:ed)?|built|finished|completed?|launched|set up|created|"
                        r"in place|running|operational|ratified|signed)\b|\bune fois (?:qu'(?:il|elle) sera )?(?:ouvert|construit|acheve|termine|"
                        r"lance|cree|mis en place|en place|ratifie|signe)e?s?\b|\bпосле (?:открытия|создания|запуска|строительства|ратификации|подписания)\b")
"""A condition in time on the thing asked about ("once open", "une fois construit", "после открытия")."""

_RU_PARTICIPLE_CLAUSE = re.compile(r",\s*[а-яё]+(?:нн|вш|ем|им)(?:ы[йи]|ая|ое|ые|ого|о[йи]|ому|ым|ых|ую|ыми|ом)\b")
"""A Russian participle opening a clause after its noun ("комиссии, созданной в 1997 году", "договора, подписанного
…"): it says which one, and asks nothing."""

_RU_BASED_ON = re.compile(r"\bна (?:каком|какои|каких|чем)\b|\bоснован\w* на\b")
"""What something rests on ("На каком принципе основано …", "основано на …"), in folded Russian: "основано" founds nothing."""

_AMOUNT_HEAD = re.compile(r"^(?:(?:the|le|la|les) |l')?(?:montant|nombre|somme|total|valeur|prix|cout|amount|number|sum|value|price|cost)s?\b")
"""A question headed by an amount ("Montant facturé par Moscou …"): its participle qualifies the amount."""

_CLASS_ASKED = re.compile(
    r"^(?:is|was|are|were) (?!there\b)(?:the |l')?[\w' -]{2,60}?(?<!\bon)(?<!\bin)(?<!\bat)(?<!\bby)(?<!\bfor)(?<!\bwith)(?<!\bfrom)(?<!\bto)(?<!\bof)(?<!\bor)(?<!\bover)(?<!\babout)(?<!\binto)(?<!\bunder)(?<!\bafter)(?<!\bbefore)(?<!\bagainst)(?<!\bthrough)(?<!\bthan)(?<!\blike)"
    r" (?:an?|one of the) (?!(?:[\w-]+ )?(?:member|part|signatory|party)\b|(?:few|little|lot|bit)\b)[\w-]+"
    r"|\b(?:class(?:es|ed|ify|ifies)?|consider(?:s|ed)?|regard(?:s|ed)?|read|seen|describe[sd]?) (?:the |l')?[\w' -]{2,60}? as an? "
    # "Should the SCO be read as a military bloc?": the same, passive.
    r"|\b(?:be|is|are|was|were|being) (?:read|seen|regarded|considered|classed|classified|described|viewed|counted) as an? "
    # "Would the author call the SCO a military alliance?"
    r"|\bcall(?:s|ed)? (?:the |l')?[\w' -]{2,40}? an? (?!(?:few|lot|bit)\b)"
    r"|^(?:l'|le |la |les )?[\w' -]{2,60}? (?:est|etait|sont)-(?:il|elle|ils|elles) (?:une?|des) (?!(?:[\w-]+ )?(?:membre|partie|signataire)s?\b)")
"""A yes/no question on what kind of thing something is: "Is the SCO a military bloc?", "Does the
article class the SCO as a military alliance?", "Should it be read as a bloc?", "L'OCS est-elle une alliance militaire ?"."""

_KIND_OR_NOT = re.compile(r"(?::|\s[—–])\s*(?!(?:is|are|was|were|did|does|do|will|has|have|est|sont|a|ont)\b)"
                          r"(?![^?]*\b(?:member|membre|part|partie|signatory|signataire|party|counted|compte)s?\b)"
                          r"(?:[a-z'-]+\s+){1,4}(?:or not|ou non|ou pas)\b")
"""A kind offered, then "or not": "Shanghai organisation: military bloc or not?" asks what kind of thing it is."""

_DATED_ONLY = frozenset({"publish", "exist"})
"""Relations asked only with a date: "Quand a-t-il publié son livre ?" needs a publication stated,
but "Which institute published the polls?" asks who made them ("sondages réalisés par Levada")."""
_PERSON_ONLY = frozenset({"reply"})
"""Relations asked only by a who-question, read before the reply's topic is set aside: "Quel ministre
russe a répondu aux journalistes ?" needs a reply stated; in "Qu'a répondu Smadiyarov ?" the reply is the
statement asked, whatever verb reports it."""


_MEMBER_ASKED = re.compile(r"^(?:lequel|laquelle|lesquels|lesquelles) des (?:[a-z-]+ )?membres\b"
                           r"|^(?:quel|quels|which) (?:[a-z-]+ )?(?:membre|member)s?\b(?! (?:de|du|des|of)\b)")
""""Lequel des anciens membres a rompu …": the member is the one asked, not a membership."""


_WHOLE_YEAR = re.compile(r"\b(?:(?:sur |pour |durant |pendant )?(?:toute l'annee|l'ensemble de l'annee|l'annee entiere)|"
                         r"(?:the |a )?(?:full|whole|entire) (?:calendar )?year|over the year|за весь год|за год|"
                         # "Full twelve-month 2021 figure", "across all twelve months of 2021", "sur douze mois"
                         r"(?:full )?(?:twelve|12)-month|(?:all |the )?(?:twelve|12) months|(?:sur |les )?douze mois|(?:за )?(?:двенадцать|12) месяцев|"
                         # "for the whole of 2022", "sur tout 2022": the year named, whole
                         r"(?:the )?(?:whole|entirety) of (?:19|20)\d\d|all of (?:19|20)\d\d|(?:full|whole|entire)-year|(?:19|20)\d\d as a whole|"
                         r"(?:sur |pour |durant |pendant )?(?:tout|toute l'annee|l'ensemble de l'annee|l'ensemble de) (?:19|20)\d\d|"
                         r"за весь \d{4})\b")


_NOUN_COMPLEMENT = re.compile(r"(?<!\bdate )(?<!\bcalendrier )(?<!\becheancier )(?<!\bdelai )(?<!\bchanger )(?:\bd'|\bde )\w+(?:tion|ment|age|ture)s?\b")
""""L'agence d'exportation": a kind of agency, no export asked; but "la date (le calendrier) de déploiement"
asks when the deployment happens, which the quote must state, and "changer d'appellation" a renaming."""


_REVERSED_ASKED: dict[str, re.Pattern] = {name: re.compile(t) for name, t in [
    # "complete its ratification", "achever la construction": the act completed is what is asked.
    ("complete", r"\b(?:complet(?:e|ed|es|ing)|achev\w*|termin\w*|finish\w*|заверши\w*)\s+(?:(?:its|their|his|her|the|la|le|sa|son|l')\s*)?(?:own\s+)?"
                 r"(?:ratification|signing|signature|construction|building|withdrawal|retrait|visit|visite|deployment|deploiement|ратификаци\w*|строительств\w*)"),
    # "Pour combien d'années l'accord serait-il conclu ?" asks how long it runs, not its signing.
    ("sign", r"^pour (?:combien|quelle duree)|\bpour combien de temps\b|\bfor how long\b|\bhow long\b"),
    ("rent", r"\bwithdr[ae]w\w* from|\breleas\w* from (?:the |its |a )?leas|\btak(?:e|es|en|ing) out of|\bhand(?:s|ed|ing)? back|\bg[ia]ve(?:s|n)? back|\bg(?:ive|ave|iven|iving) up\b|\brelinquish|\bsurrender|\breturn|\brend(?:u|ue|us|re)\b|\brestitu|\bretir"
             r"|\bsorti\w* du bail|\bcess\w* de lou|\bstop(?:s|ped|ping)? (?:leasing|renting)|вернул|возврат|вывел|выведен|исключ\w* из"),
]}
"""A question whose words name a relation it does not ask the quote to state: "How much land did
Russia hand back from its lease?" asks what RELATION_OPPOSITES names, so the lease is not a relation
the quote must state; "Pour combien d'années l'accord serait-il conclu ?" asks a duration."""


_ROLE_ADJECTIVES = {"actuel", "actuelle", "nouveau", "nouvelle", "ancien", "ancienne", "current", "new", "former"}
_NEXT_ASKED = re.compile(r"\b(?:prochaine?s?|next|upcoming)\b(?![ -](?:to|door)\b)|\bследующ\w*|\bensuite\s*\?"
                         r"|\b(?:reunion|session|sommet|visite|rencontre|edition)s? suivantes?\b"
                         r"|\b(?:visit|go|went|travel|head|fly|flew|stop)\w*\b[^?]{0,40}?\b(?:right|straight|immediately|directly) after\b")
""""la prochaine session", "the next summit", "se réunira-t-il ensuite ?", "visit right after Kazakhstan": the
next occurrence (not "next to")."""
_LEAD_ASKED = re.compile(r"\b(?:opening|first|lead|leading|introductory) (?:line|sentence|paragraph)s?\b"
                         r"|\bouvr\w* (?:l'article|le texte|le billet|le papier|la depeche)\b|\bopens? the (?:article|piece|post|story)\b"
                         r"|\b(?:premiere|toute premiere) (?:phrase|ligne)\b|\bpremier paragraphe\b|\bchapeau\b"
                         r"|\bв (?:первой|первом) (?:строке|предложении|абзаце)\b")
_FOOT_ASKED = re.compile(r"\bat the (?:very )?(?:bottom|foot|end) of (?:the |this |that |his |its )?(?:[\w'-]+ ){0,3}?(?:article|piece|post|story|text|report|page|blog post)\b"
                         r"|\b(?:credited|printed|given|signed|listed) at the (?:very )?(?:bottom|foot|end)\b"
                         r"|\b(?:en bas|au bas|a la fin|tout en bas) (?:de l'|du |de la )(?:[\w'-]+ ){0,2}?(?:article|texte|papier|billet|page|depeche)\b"
                         r"|\ben bas de page\b|\bв конце (?:статьи|текста|заметки|материала|публикации)\b"
                         # "(последняя строка)", "the closing line": the piece's last line
                         r"|\bпоследн\w* строк|\b(?:last|final|closing) line\b|\bderniere ligne\b")
""""Which website is credited at the bottom of the article?": the article's closing lines, where notes,
credits and sources stand, not a sentence from its body."""
_FREQUENCY_ASKED = re.compile(r"\b(?:how often|how frequently|a quelle frequence|a quel rythme|combien de fois par|tous les combien)\b"
                              r"|\bкак часто\b|\bс какои (?:периодичностью|частотои)"
                              r"|\bone-off\b|\bon a (?:regular|fixed|set) (?:cycle|basis|schedule)\b|\bponctuel(?:le)? ou\b|\bразов\w+ или\b")
""""Как часто подписывается план ?", "How often do they meet?", "a one-off, or renewed on a regular cycle?": a
frequency, which a quote on who signs does not give."""
_WHAT_IT_MEASURES = re.compile(r"\bmeasures? what\b|\bwhat does (?:that|this|the) (?:number|figure) (?:measure|mean|refer to|stand for)\b"
                               r"|\bin (?:which|what) units?\b|\bque (?:mesure|represente|designe)\b|\ba quoi (?:correspond|renvoie)\b"
                               r"|\ben quelle unite\b|\bmesure(?:-t-il|-t-elle)? quoi\b|\bчто (?:означает|измеряет|обозначает)\b")
_NUMBER = re.compile(r"\d[\d\s.,]*\d|\d")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
_SUPERLATIVE_ASKED = re.compile(r"\b(?:largest|biggest|greatest|richest|wealthiest|longest|highest|lowest|smallest|poorest|"
                                r"oldest|strongest|closest|most(?! of\b)|le plus|la plus|les plus|крупнеиш\w*|наибольш\w*|наиболее|"
                                r"сам(?:ыи|ая|ое|ые|ого|ои|ую|ых)\s+(?:крупн|больш|богат|длинн|главн|важн|близк)\w*)\b")
""""Largest state inside the alliance?", "le pays le plus riche": the first, the largest, which a quote
listing the members without ranking them does not say."""
RICH_IN_ASKED = re.compile(r"\b(?:rich|wealthy) in\b|\briches? en\b|\bбогат(?:а|ы|о)?\b(?!-)")
""""What is Kazakhstan rich in?", "богат чем?": what it is rich in, which "la plus riche d'Asie centrale" does not say."""
_DAY_OF_MONTH_ASKED = re.compile(
    r"^(?!.*\b(?:of the week|weekday|jour de la semaine|день недели)\b).*(?:\b(?:date|jour) (?:exacte?|precise)\b|\bexact (?:date|day)\b"
    r"|\bprecise date\b|\bjour et (?:le )?mois\b|\b(?:day and month|month and day)\b|\bwhat day of the month\b"
    r"|\bquel jour du mois\b|\bкакого числа\b|\bточн(?:ая|ую|ой) дат)")
_NATIONALITY_ASKED = re.compile(r"\bnationalit(?:y|e|es)\b|\bcitizenship\b|\bнациональност|\bгражданств")
_ACTUAL_ASKED = re.compile(r"\b(?:actually|really|in fact|in reality|reellement|effectivement|en realite|"
                           r"на самом деле|фактически|already|deja|уже)\b")
"""A fact asked as done ("did construction actually begin?", "quelles entreprises exportent déjà ?"): a quote
that only says it may happen ("ils envisagent …") does not answer."""
_SUBJECT_ROLE = re.compile(
    r"^(?:(?:did|has|have|does|do|is|was|will|would|could) )?(?:le |la |the )"
    r"(?:(?!premier\b|prime\b)[a-z]+ )?(premier ministre|prime minister|premier|president|presidente|ministre|minister|porte-parole|"
    r"spokesman|spokeswoman)\b")
WHICH_ROLE = re.compile(
    r"^(?:.*: )?(?:quel|quelle|which|what)\s+((?:[a-z]+\s+)?(?:premier ministre|prime minister|president|presidente|"
    r"ministre|minister|porte-parole|spokesman|spokeswoman|ambassadeur|ambassador|chancelier|chancellor|"
    r"gouverneur|governor|maire|mayor))\b")
"""A which-question that asks for the holder of a role ("Quel président français …", "Which French
president …"): checked as "qui est le président français" would be. Not "quel dirigeant": any
president or minister is one."""
ROLE_WORDS = {
    "spokesman": "porte-parole", "spokeswoman": "porte-parole", "spokesperson": "porte-parole",
    "minister": "ministre", "president": "president", "chairman": "president", "prime": "premier",
    "head": "chef", "chief": "chef", "leader": "dirigeant", "ambassador": "ambassadeur", "researcher": "chercheur",
    "governor": "gouverneur", "mayor": "maire", "director": "directeur", "secretary": "secretaire",
    "commander": "commandant", "partner": "partenaire", "ally": "allie", "supplier": "fournisseur",
    "member": "membre", "deputy": "vice", "trading": "commercial", "trade": "commercial", "business": "commercial",
    "defence": "defense", "defense": "defense", "foreign": "etrangeres", "министр": "ministre", "министра": "ministre",
    "президент": "president", "президентом": "president", "министром": "ministre",
    "председателем": "president", "председатель": "president", "главой": "chef", "глава": "chef",
    "послом": "ambassadeur", "посол": "ambassadeur", "пресс-секретарем": "porte-parole",
    "пресс-секретарь": "porte-parole", "пресс-секретаря": "porte-parole", "президента": "president",
    "посла": "ambassadeur", "главы": "chef", "председателя": "president", "министров": "ministre",
    "представителем": "porte-parole", "обороны": "defense",
    "секретарь": "secretaire", "секретарем": "secretaire", "секретаря": "secretaire",
    "иностранных": "etrangeres",
    "author": "auteur", "writer": "auteur", "journalist": "journaliste", "reporter": "journaliste",
    "analyst": "analyste", "автор": "auteur", "автором": "auteur", "автора": "auteur", "журналист": "journaliste",
    "исследователь": "chercheur", "исследователем": "chercheur", "аналитик": "analyste",
}
"""English and Russian role words, as the French text states them."""
ROLE_CLASSES = {
    "vice": "deputy", "deputy": "deputy", "adjoint": "deputy", "adjointe": "deputy", "sous": "deputy",
    "delegue": "deputy", "deleguee": "deputy", "заместитель": "deputy", "заместителем": "deputy",
    "ex": "former", "former": "former", "ancien": "former", "ancienne": "former", "бывший": "former",
    "premier": "prime", "premiere": "prime", "prime": "prime", "премьер": "prime",
}
"""Words that make a role another one ("vice ministre", "Premier ministre" are not "ministre"), by
what they mean in any of the three languages."""
RANKING_WORDS = frozenset({"premier", "premiere", "principal", "principale", "plus", "grand", "grande", "second",
                           "seconde", "deuxieme", "main", "largest", "biggest", "first", "top", "leading"})
"""Words before a role that rank its holders ("le premier partenaire", "the largest supplier"):
the role itself is the noun after them, except in "Premier ministre"."""
RELATION_ROLES = frozenset({
    "partenaire", "allie", "fournisseur", "client", "voisin", "membre", "acheteur", "investisseur",
    "creancier", "importateur", "exportateur", "debouche", "partner", "ally", "supplier", "customer",
    "neighbour", "neighbor", "member", "buyer", "investor", "lender", "importer", "exporter", "market",
})
"""Roles a country or an organisation holds, not only a person: "Qui est le premier partenaire
commercial du Kazakhstan ?" is answered by "L'UE"."""


PORTFOLIOS = frozenset({
    "defense", "etrangeres", "commerce", "economie", "finances", "interieur", "justice", "sante", "education",
    "energie", "agriculture", "transports", "integration", "culture", "industrie", "emploi", "travail",
})
"""What a minister or ministry is in charge of: "le ministre de la Défense" is another one than "le
ministre des Affaires étrangères"."""
_PORTFOLIO_OF = re.compile(
    r"\b(?:ministre|ministere|minister|ministry)\s+(?:(?:" + "|".join(w for w in NATIONALITIES if w.isalpha())
    + r")\s+)?(?:(?:de la|du|des|de l'|d'|of)\s*)?(?:affaires\s+)?([a-z]+)")


def role_head(role: str) -> str:
    """The noun of a role, past the words that rank it: "premier partenaire commercial" →
    "partenaire", "premier ministre" → "ministre"."""
    words_ = role.split()
    while len(words_) > 1 and words_[0] in RANKING_WORDS:
        words_ = words_[1:]
    return words_[0] if words_ else ""


@dataclass
class QuestionSpec:
    text: str
    lang: str
    qtype: str
    scope: str
    dates: list[DateValue] = field(default_factory=list)
    published: list[DateValue] = field(default_factory=list)
    """Dates the question gives the article itself ("the September 2021 story"): the document's date
    must agree, not the quote's."""
    whole_year: bool = False
    """"Sur toute l'année 2021": a figure for part of the year ("janvier-novembre") does not answer."""
    months: list[int] = field(default_factory=list)
    """Months asked with no year ("le record de décembre", "в декабре"): a quote stating only a period of
    other months ("janvier-novembre") is about another time."""
    entities: list[str] = field(default_factory=list)
    """Folded names the question shares with the corpus's entity vocabulary."""
    unknown_names: list[str] = field(default_factory=list)
    """Capitalised names in the question that the corpus never mentions."""
    people: list[str] = field(default_factory=list)
    """The entities that name a person: the most specific constraint a question gives."""
    things: list[str] = field(default_factory=list)
    """Named things the question is about, written with a capital and tagged as an organisation or
    a thing, not a place ("Baiterek", "Kamaz-Engineering")."""
    pieces: list[str] = field(default_factory=list)
    """Names that say which article is read ("the CNBC text"): the article must name them, the quote need not."""
    speaker: str = ""
    weekdays: list[str] = field(default_factory=list)
    """Days of the week the question names, in French ("on Thursday" → "jeudi"): the quote must state one."""
    terms: list[str] = field(default_factory=list)
    speech_verbs: list[str] = field(default_factory=list)
    """French stems of the verb of a "what did X say/urge/call for" question: "appel", "exhort"."""
    role: str = ""
    """The role asked about: "president" in "qui est le président du Kazakhstan ?", "prime minister"."""
    next_asked: bool = False
    """"Où se tiendra le prochain sommet ?": the next occurrence, which a quote about the present one does not give."""
    lead_asked: bool = False
    foot_asked: bool = False
    """"Which capitals does the opening line name?", "dans la toute première phrase": the article's first
    sentences, which a quote from further down does not give."""
    day_asked: bool = False
    """"Quelle date exacte (jour et mois) ?": a day of the month, which "jeudi" or "en 2020" does not give."""
    number_measured: str = ""
    """"7 600 — what does that number measure?": the number's digits, which a quote must give with its unit."""
    superlative_asked: bool = False
    """"Largest state inside the alliance?": a quote that ranks ("son plus grand membre"), not one that lists."""
    rich_in_asked: bool = False
    """"Богат чем?": a quote that says what it is rich in ("riche en pétrole et en minéraux")."""
    frequency_asked: bool = False
    """"How often is the plan signed?": a frequency ("chaque année"), not the plan's contents."""
    actual_asked: bool = False
    """"When did construction actually begin?": what happened, which a quote saying it could happen does not give."""
    nationality_asked: bool = False
    """"What nationality is Max Hess?": a country or nationality the quote gives beside the person named."""
    nationality: str = ""
    """The country of the person asked ("Which American official …"): `asked_nationality`."""
    side: str = ""
    """The side whose signatory or representative is asked ("Qui a signé … côté kazakh ?", "с казахстанской
    стороны"): the country itself does not answer who acted for it."""
    set_aside: frozenset[str] = frozenset()
    """Countries the question sets aside ("Besides Moscow and Astana, which parliaments …"): a quote
    naming only them names nothing else asked."""
    dates_aside: list[DateValue] = field(default_factory=list)
    """Dates of what the question sets aside ("besides the 1994 treaty"): the quote must date something else."""
    subject_role: str = ""
    """The role of the question's subject ("Le premier ministre kazakh s'est-il exprimé …?"): a quote
    where another country's holder acts ("Le Premier ministre russe …") is about someone else."""
    countries: list[str] = field(default_factory=list)
    located: list[str] = field(default_factory=list)
    """The countries the question places its subject in (`located_in`)."""
    parties: frozenset[str] = frozenset()
    chamber: frozenset[str] = frozenset()
    """The two sides of "entre A et B" / "between A and B" (`parties_between`)."""
    country_terms: dict[str, str] = field(default_factory=dict)
    """Question terms that stand for a country ("astan", "moscou", "kazakh"), with the country: a
    quote that names the country by another form ("le Kazakhstan", "la partie kazakhe") has them."""
    measure: str = ""
    """What a "how many / how much" question counts: 'money', 'length', 'percent', 'duration', or the
    counted noun ('pays', 'entreprise') — qa.facts.measure_of."""
    counted_country: str = ""
    """The country the counted people or things belong to: "russie" in "Combien d'étudiants russes …"
    (the quote's "étudiants du Kazakhstan" are others)."""
    relations: list[str] = field(default_factory=list)
    """The relations asked ("sign", "ratify", "member"): the quote must state one of them."""
    titles: list[str] = field(default_factory=list)
    """Multi-word titles the question names, folded: the quote must name the same one."""
    measured: list[str] = field(default_factory=list)
    """What the rate, amount or number asked is of: "inflation" in "le taux d'inflation" (stems). A
    quote about another rate ("6,8 % de plus" of trade) does not answer."""
    currency: str = ""
    """The currency a money question asks the amount in ("en euros" → "euro")."""
    cost_of: list[str] = field(default_factory=list)
    """What a cost asked is the cost of ("Combien a coûté la modernisation …", "How much did the
    construction cost?"), stems: a rent paid for something else does not answer."""
    subjects: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    """What the agreements the question names are about (`subject_phrases`), French questions only."""
    described: str = ""
    """The person a "Qui est X ?" question asks about: the answer is what the text says X is."""
    asks_speaker: bool = False
    """"Qui a comparé … à une dépendance coloniale ?": the answer is whoever made the statement,
    maybe named paragraphs before its "…», a-t-il déclaré"."""
    classifies: bool = False
    """"Is the SCO a political-military alliance?": a yes/no question asking what kind of thing something
    is, answered only by a quote saying what it is or is not ("L'OCS n'est pas une organisation …")."""
    byline: bool = False
    """"Qui a écrit l'article …?": a question about the document's writer, answered only by a byline
    ("Par …", "Edited by …"), never by a person the article talks about."""
    dateline: bool = False
    """"Quand l'article a-t-il été publié ?": the date printed above the document (its front matter's
    "date:" line, a leading "date 2023-11"), never a date the article reports."""
    headline: bool = False
    """"What is the headline of the Nouvelles du Monde piece?", "Who turned their back on Putin, per the
    headline?": the title printed above the article (its first line, or the front matter's "title:" line)."""
    actors: dict[str, str] = field(default_factory=dict)
    """The country the question makes the subject of a relation ("le Kazakhstan paiera-t-il"): a quote
    where another country does it ("la Russie paie") answers another question."""
    relation_is_verb: bool = False
    """"Quels contrats Macron a-t-il signés ?": the relation is the question's own verb, so a quote that
    states no signing does not answer, whatever else it says about Macron."""
    defines: str = ""
    """What a definition question asks to define: "aide medicale de l'etat (ame)" in "Qu'est-ce que
    l'aide médicale de l'État (AME) ?"."""

    @cached_property
    def role_noun(self) -> str:
        """The noun of the role asked: "ministre" in "ministre de la Défense", the last word of an English
        role ("prime minister"), before the portfolio added after it ("minister of defence" → "ministre
        defense"). A property of the question, read for every candidate quote: computed once."""
        if self.lang == "fr":
            return role_head(self.role)
        words_ = self.role.split()
        if len(words_) > 1 and words_[-1] in PORTFOLIOS and words_[-2] == "ministre":
            return "ministre"
        return words_[-1] if words_ else ""

    @cached_property
    def negates_verb(self) -> bool:
        """"Quel pays n'a pas signé l'accord ?": the question negates its own verb."""
        return bool(NEGATED_VERB.search(fold(self.text)))


_ASKED_MEASURE = [
    ("duration", re.compile(r"\b(?:number of|how many|combien de|nombre de) (?:days|weeks|nights|jours|semaines|nuits)\b|\bскольк(?:о|их) (?:дней|недель|ночей)\b"
                            r"|" + _IN_TIME_UNITS +
                            r"|\b(duree|combien de temps|pendant combien|how long (?:will|did|does|do) .{0,60}\b"
                            r"(?:last|take)|for how long|for what (?:term|length of time))\b"
                            # "how long does Russia hold it for?": a verb after "how long" asks a time, not a length
                            r"|\bhow long (?:will|would|did|does|do|has|have|had|can|could|is it|are they)\b"
                            r"(?!.{0,60}\b(?:stretch|stretches|extend|extends|measure|measures|run along)\b)"
                            # "How long before Putin did Macron come?": the time between two events
                            r"|\b(?:lasting|last|lasts|run|running|runs) (?:for )?how long\b"
                            # "How long is the partnership meant to last?", "How long is the lease?": a time.
                            r"|\bhow long (?:is|was|are|were) .{0,80}\b(?:meant|supposed|expected|set|due|planned|slated) to (?:last|run)\b"
                            r"|\bhow long (?:is|was|are|were) (?:the |its |their |this |that )?(?:[a-z'-]+ ){0,3}?" + _TERM_NOUNS + r"\b"
                            r"|\bhow long (?:before|after|ago|earlier|later)\b|\bcombien de (?:jours|semaines|mois|temps) (?:avant|apres)\b"
                            r"|\b(?:как долго|сколько времени|на какои срок|на сколько лет)\b|^(?:продолжительность|длительность)\s"
                            # "Length of the strategic partnership the draft foresees?": how long it lasts.
                            r"|\b(?:length|duree) (?:of|de|du|des|d') ?(?:the |its |their |la |le |l')?(?:[a-z'-]+ ){0,2}?"
                            + _TERM_NOUNS + r"\b")),
    ("money", re.compile(r"\b(couts?|coute|coutera|coutent|paie|paye|payer|pays? pour|prix|montant|budget|valeur|"
                         r"vaut|valait|value|worth|investissements?|investments?|invested|investi|depens\w*|spent|spend|spends|spending|"
                         r"loyer|salaires?|soldes?|salary|salaries|wages?|fees?|payments?|tariffs?|"
                         r"(?:lease|rent|annual|yearly|monthly) bill|how much (?:does|did|do|will|is|was) .{0,40}\b(?:pay|cost)|cost|price|rent|quelle somme|"
                         r"dollars?|euros?|roubles?|rubles?|tenge)\b"
                         r"|\b(стоит|стоимость|платит|стоить|обход\w*|обошл\w*|сумм\w*|бюджет\w*)")),
    ("length", re.compile(r"\b(longueur|long|longue|distance|how long is|how far|length)\b|протяжен|\bдлин[аыу]\b")),
    ("percent", re.compile(r"^(?:la )?part" + _COUNT_QUALIFIER + r" (?:de |d'|des |du )|\b(quelle part|quelle proportion|quelle fraction|pourcentage|what share|what percentage|"
                           r"what proportion|what fraction|as a fraction|as a proportion|percentage|percent|per cent|share)\b|"
                           # "Baïkonour pèse combien dans les tirs spatiaux russes ?": a part of them.
                           r"\bpese(?:nt)? combien dans\b|\bcombien pese(?:nt)?\b[^?]{1,50}\bdans (?:les|le|la|l')\b|"
                           r"\baccounts? for how much of\b|\bдол[яюи]\b|^какои процент\b|^(?:какая|какую) часть\b|\bсколько процентов\b|" + IN_PERCENT)),
    ("area", re.compile(r"\b(superficie|surface|combien de (?:terres?|terrains?|territoire)|combien d'hectares|how many hectares|"
                        r"how much (?:land|territory)|what area|how large an area)\b|площад")),
    # "Kazakh grain shipments to Russia: annual tonnage?" is a weight: never the trade turnover in dollars.
    ("mass", re.compile(r"\b(tonnage|tonnes|tons|combien de tonnes|how many tons|how many tonnes|quel poids|what weight)\b|\bтонн|\bтоннаж")),
    ("population", re.compile(r"\b(population|nombre d'habitants|combien d'habitants|how many (?:people|inhabitants) "
                              r"live|inhabitants)\b|населени")),
    # "À combien s'élevait le commerce … ?": a sum, not a count ("deux pays"), unless a rate or a number is named.
    ("money", re.compile(r"\ba combien (?:s'elev|se mont|se chiffr)(?!.*\b(?:taux|nombre|part|pourcentage)\b)")),
]
_DEFINITION = re.compile(
    r"^(?:.*: )?(?:qu'est-ce qu'|qu'est-ce que |qu'est ce qu'|qu'est ce que |que (?:signifie|designe|veut dire) |"
    r"what (?:is|are|was) |what does (?=.+ stand for)|что такое |что представляет соб(?:ой|ои) |что означает )(?:(?:le|la|les|un|une|des|a|an|the) |l')?(.+?)\s*\??$"
    r"|^(?:.*: )?(.+?),? c'est quoi(?: au juste| exactement| donc)?\s*\??$"
    r"|^c'est quoi,? (?:au juste |exactement )?(?:(?:le|la|les|un|une|des) |l')?(.+?)\s*\??$"
    # "Quel genre d'instance est la CICA ?", "What kind of body is the CICA?", "Comment l'article
    # définit-il la CICA ?": what the thing is, as "qu'est-ce que la CICA" asks.
    # (a name after an article, or one word: "What kind of agreement was signed in 1994?" asks no definition)
    r"|^(?:.*: )?(?:quel|quelle) (?:genre|type|sorte|forme) (?:de |d')[a-z-]+ (?:est|sont|etait) (?:(?:le|la|les) |l')"
    r"(.+?)(?:,? (?:d'apres|selon) [^?]+)?\s*\??$"
    r"|^(?:.*: )?what (?:kind|type|sort) of [a-z-]+ (?:is|are|was) (?:the (.+?)|((?![a-z]+ed\b)[a-z0-9-]+))(?:,? (?:according to|per|in) [^?]+)?\s*\??$"
    r"|^comment (?:l'article |le texte |l'auteur )?(?:definit|qualifie)-(?:il|elle|t-il|t-elle) (?:(?:le|la|les) |l')?(.+?)\s*\??$"
)
_STANDS_FOR = re.compile(r"\s+stand for$")
_AS_DESCRIBED = re.compile(r",? (?:as (?:the|this|that) [^?]+ (?:describes|defines|presents|puts) it|according to [^?]+|"
                           r"per the [^?]+|selon [^?]+|d'apres [^?]+|tel(?:le)? que [^?]+ (?:le|la) (?:decrit|definit|presente))$")


def defined_term(folded_question: str) -> str:
    """The term a definition question asks about ("Qu'est-ce que la CICA ?" → "cica")."""
    m = _DEFINITION.search(folded_question.replace("’", "'"))
    if not m:
        return ""
    term = _STANDS_FOR.sub("", re.sub(r"^(?:(?:le|la|les|un|une|des|a|an|the) |l')", "", next(g for g in m.groups() if g)))
    # "What is CICA, as the article describes it?": the term, then where to read it.
    term = _AS_DESCRIBED.sub("", term)
    # "Qu'est-ce que la Russie a fourni ?" asks for an object, not a definition.
    verb = r"\b(a|ont|est|sont|va|vont|fait|font|doit|peut|mean|meant|said|say|happen\w*|do|did)\b|-t-"
    if re.search(verb, term) or not re.match(r"^(?:.*: )?(?:qu|que|c'est|.*c'est quoi)", folded_question) and (
            len(term.split()) > 3 or " of " in term):
        return ""  # "What is the probable new name of …" asks a fact
    return term


_MEASURED = re.compile(r"\b(?:taux|montant|nombre|niveau|volume|indice|part|chiffre|valeur|cout|prix|budget)\s+"
                       r"(?:de |d'|du |des )(?:l'|la |le |les )?([a-z]{4,}(?:-[a-z]+)?)")
_MEASURED_ALIKE = {"echang": ("commerc", "commercial"), "commerc": ("echang", "commercial"),
                   "commercial": ("echang", "commerc"), "locat": ("loi", "bail"), "loi": ("locat", "bail"),
                   "bail": ("locat", "loi")}
"""News French names trade three ways: "le volume des échanges" is stated as "le chiffre d'affaires commercial"."""
_MEASURE_NOUN = re.compile(r"\b(salaire|loyer|population|superficie|budget|dette|pib|age|salary|wage|rent|"
                           r"debt|gdp|investissement|investment|invested)s?\b")
"""A figure only that noun states: "Quel est le salaire moyen d'un militaire kazakh ?" is not answered by a
trade turnover in dollars, though both are money."""
_PRICE_ASKED = re.compile(r"\b(?:prix|couts?|coute\w*|couter\w*|costs?|costing|prices?|priced|стоит|стоимост\w*|стоить"
                          r"|sold|sells?|selling|sales|vendu\w*|vente\w*|продан\w*|продаж\w*)\b")
_CHANGE_ASKED = re.compile(r"\b(?:grow|grows|grew|grown|growth|rise|rose|risen|increase\w*|decrease\w*|decline\w*|drop\w*|"
                           r"fall|fell|hausse|baisse|progress\w*|augment\w*|diminu\w*|croissance|recul\w*|рост\w*|вырос\w*|"
                           r"увелич\w*|сниз\w*|сократ\w*|пад\w*)\b")
_TRADE_ASKED = re.compile(r"\b(?:commerce|echanges|trade|turnover|торгов\w*|товарооборот\w*)\b")
_PRICE_STATED = ("prix", "cout", "pai", "loi", "factur", "vend", "vendu", "achet", "achat", "budget", "financ", "invest",
                 "depens", "gratuit", "tarif", "frais", "cost", "price")
"""Stems of the words a French quote states a price or a cost with (coûte, payé, loyer, facturé, budget …)."""
_PAID_VERBS = r"pai[ea]\w*|paye\w*|verse\w*"
_SPENT_VERBS = r"promis\w*|allou\w*|consacr\w*|depens\w*|debloqu\w*|investi|investis|investie"
_COST_SUBJECT = re.compile(
    r"\bcombien (?:(?:a|ont|avait|avaient|aura|auront|va|vont|devrait|devraient) (?:coute|couter)|coute|coutera|coutent|coutait)"
    r"\s+(?:la |le |les |l')?([a-z]{5,})"
    r"|\bhow much (?:did|does|do|will|would|has|have|had|could) (?:the |a |an |its |their )?([a-z]{5,})(?: [a-z-]+){0,5}? cost\b"
    r"|\bwhat (?:did|does|do|will|would) (?:the |a |an |its |their )?([a-z]{5,})(?: [a-z-]+){0,5}? cost\b"
    r"|\b(?:the )?(?:cost|price(?: tag)?|budget) of (?:the |a |an |its |their )?([a-z]{5,})"
    # "Quel montant la Russie paie-t-elle pour les terrains d'essai ?", "What does Moscow pay for …?"
    # (an infinitive between is the purpose, not the thing: "payé pour obtenir les S-300PS")
    rf"|\b(?:{_PAID_VERBS})(?:-t-(?:il|elle))? pour (?![a-z]+(?:er|ir|re) )(?:la |le |les |l')?([a-z]{{5,}})\b(?!-)"
    r"|\bpa(?:y|ys|id|ying) for (?:the |its |their )?([a-z]{5,})\b(?!-)"
    # "What price does Moscow charge Astana for the communications hardware?"
    r"|\b(?:price|prices|charge|charges|charged|charging)\b[^?:]{0,40}?\bfor (?:the |its |their |a |an )?([a-z]{5,})\b(?!-)"
    # "Quel montant Moscou a-t-elle promis pour le centre …", "Quelle somme … consacrée à l'administration
    # en ligne ?": a sum promised, spent or set aside for one thing.
    rf"|\b(?:prevu\w*|{_SPENT_VERBS})(?:-t-(?:il|elle))?"
    r" (?:pour|a|au|aux|dans) (?![a-z]+(?:er|ir|re) )(?:la |le |les |l'|son |sa |ses )?([a-z]{5,})\b(?!-)"
    # "Combien Moscou a-t-il dépensé pour bâtir le bouclier …": the thing built, after the purpose.
    rf"|\b(?:{_PAID_VERBS}|{_SPENT_VERBS})"
    r"(?:-t-(?:il|elle))? pour [a-z]+(?:er|ir|re) (?:la |le |les |l'|son |sa |ses )([a-z]{5,})\b(?!-)")
"""The thing whose cost is asked: "Combien a coûté la modernisation de Baïkonour ?", "payé pour les terrains"."""
_MEASURE_NOUN_KIND = {"superficie": "area", "population": "population"}
"""Nouns whose unit says them: "1,7 million d'hectares" states a superficie without the word."""
_MEASURE_NOUN_FR = {"salary": "salaire", "wage": "salaire", "rent": "loyer", "debt": "dette", "gdp": "pib",
                    "investment": "investissement", "invested": "investissement"}

_COUNTED = re.compile(r"\b(?:combien" + _COMBIEN_ADVERB + r"|quantite|nombre" + _COUNT_QUALIFIER + r") (?:de |d')(?:(?:anciens|anciennes|nouveaux|nouvelles|autres|grands|grandes|"
                      r"petits|petites|principaux|principales|differents|differentes|vrais|vraies)\s+)?([a-z]+(?:-[a-z]+)*)|\b(?:how many|number of|(?:unit |head)?count of(?: the)?) ([a-z][\w-]*(?: [a-z][\w-]*){0,2})|\bскольк(?:о|их|им) ([а-я]+(?: [а-я]+)?)")


_TOPIC_THEN_COUNT = re.compile(r"^(?:(?:the|les|le|la|des) |l')?([a-z][\w-]*(?: [a-z][\w-]*)?)[^:?]*:\s*(?:how many|combien)\s*\??$")
"""A topic, then only "how many?": "Troops Russia keeps at Baikonur: how many?" counts troops."""

_NOT_COUNTED = frozenset({"are", "were", "is", "was", "there", "do", "did", "does", "have", "has", "had", "will",
                          "would", "can", "could", "of", "them", "times"})


def _qualifying_compound(word: str) -> bool:
    parts = word.split("-")
    return len(parts) > 1 and any(p in NATIONALITIES or p in ("owned", "based", "run", "led", "state") for p in parts)


_COST_ASKED = re.compile(r"\b(?:would|will|could|to|did|does) cost\b|\bcouter(?:ait|a|aient|ont)\b|\bworth\b"
                         # "What did the Kamaz-Engineering vehicles cost the army?": the verb after its subject.
                         r"|\bwhat (?:did|does|will|would)\b[^?]{1,60}?\bcost\b(?! of)"
                         # "dispose de quels moyens financiers ?", "What funding …?": a sum answers
                         r"|\b(?:moyens|ressources) financiers\b|\bfinancement\b|\bfunding\b|\bfinancial (?:means|resources)\b"
                         r"|финансирован")

_RUSSIAN_NATIONALS = re.compile(r"(?:казахстанц|казах|россиян|русских|узбек|киргиз|таджик|армян|белорус|украинц|"
                                r"американц|француз|китайц)")
"""Russian demonyms, by stem (Russian declines them: "казахстанцев", "россиян")."""

_CITIZENS = frozenset({"citoyens", "citizens", "ressortissants", "nationals", "граждан", "гражданам"})
_RUSSIAN_VERB = re.compile(r"(?:ал|ял|ил|ел|ла|ло|ли|ет|ют|ит|ят|ется|ются|ться|ть)$")
"""Endings of a Russian verb's past, present or infinitive ("составлял", "работает"): no counted noun."""
_RUSSIAN_PREPOSITIONS = frozenset({"в", "во", "на", "у", "с", "со", "по", "за", "для", "к", "из"})
_STAFF_ASKED = re.compile(r"\b(?:quel|quels|quelle|what|l')\s*(?:effectifs?|contingents?)\b(?!\s+(?:de|des|du|d')\b)|\bhow many (?:staff|employees|people worked)\b"
                          r"|\b(?:staff|head-?count|workforce) (?:size|numbers?)\b|^(?:the )?head-?count\b(?! of (?:the )?(?:member )?(?:states|countries|nations)\b)|^(?:les? |l')?effectifs?\b"
                          # "Size of the Russian garrison": a body of people, never a sum or a year.
                          r"|\b(?:size|strength|taille) (?:of|du|de la|de l'|des) (?:the |its |their )?(?:[a-z'-]+ ){0,2}?"
                          r"(?:garrisons?|contingents?|troops|army|armies|delegations?|workforce|personnel|garnisons?|troupes|armees?)\b"
                          r"|\b(?:manpower|troop (?:strength|numbers))\b|\b" + _BODY_SIZED)

_GROWTH_ASKED = re.compile(r"^(?=.*\b(?:de combien|by how much|на сколько)\b(?!\s+(?:de|d')\b))"
                           r"(?=.*\b(?:progress|augment|cru|croit|accru|grow|grew|grown|ris[ei]n?g?|rose|increas|"
                           r"f[ae]ll|fallen|drop|declin|baiss|recul|diminu|вырос|увелич|снизил|сократил))")
""""De combien le commerce a-t-il progressé ?", "Did trade fall, and by how much?": a change, not a count."""

_COUNT_NOUN_RU = re.compile(r"^(?:число|количество)\s+([а-я -]+)")
_RUSSIAN_ADJECTIVE = re.compile(r"(?:ых|их|ого|его|ои|ая|ое|ые|ие|ии|ско)$")

NATIONALS = "ressortissant"
"""What "combien de Russes" counts: a word no amount is measured in, so any people count may answer."""


_DESIGNATION = re.compile(r"\bnumber of the (?:[a-z-]+ ){0,4}?(?:post|article|clause|unit|regiment|brigade|division|base|"
                          r"pad|platform|resolution|decree|paragraph|section|site|launch complex)\b")
""""Number of the Russian staff comms control post …?": the number that names one thing ("32e"), nothing counted."""


def asked_measure(folded_question: str) -> str:
    if _DESIGNATION.search(folded_question) or RANK_ASKED.search(folded_question):
        return ""  # "how far up the ladder": places climbed, no distance
    unit = _UNIT_FIRST.match(folded_question)
    if unit:
        return measure_of(unit.group(1))
    if _GROWTH_ASKED.search(folded_question):
        return GROWTH  # "De combien le loyer a-t-il augmenté ?": a rise, which the rent itself does not state
    for measure, pattern in _ASKED_MEASURE:
        if pattern.search(folded_question):
            return measure
    if _STAFF_ASKED.search(folded_question):
        return NATIONALS  # "Quel effectif travaillait …": people, never firms or dollars
    noun = _COUNT_NOUN_RU.match(folded_question)
    if noun:  # "Число манёвров …?", "Число … совместных компаний": the noun after "число" is what is counted
        words_ = noun.group(1).split()[:5]
        for i, word in enumerate(words_):
            if " ".join(words_[i : i + 2]) in UNIT_WORDS:
                return measure_of(" ".join(words_[i : i + 2]))
            if word in UNIT_WORDS:
                return measure_of(word)
        nouns = [w for w in words_ if not _RUSSIAN_ADJECTIVE.search(w)]
        return measure_of(nouns[0]) if nouns else ""
    m = _COUNTED.search(folded_question)
    if not m:
        # "Troops Russia keeps at Baikonur: how many?": what is counted is the topic before the colon.
        topic = _TOPIC_THEN_COUNT.match(folded_question)
        return _counted_measure(topic.group(1).split()) if topic else ""
    if m.group(3) and (m.group(3).split()[0] in _RUSSIAN_PREPOSITIONS or _RUSSIAN_VERB.search(m.group(3).split()[0])
                       and not m.group(3).startswith("сто")):
        # "Сколько в Казахстане работает фирм", "Сколько составлял оборот …": a preposition or a verb
        # first, the counted word later, declined. "Сколько стоила модернизация …" asks the cost of
        # something qa cannot match in the French text: that reading stays unmatched, and declined.
        later = [w for w in re.findall(r"[а-я]+", folded_question[m.end():]) if w in UNIT_WORDS]
        return measure_of(later[0]) if later else ""
    # "how many Russian-owned companies": the compound qualifies the noun counted.
    # "how many S-300PS systems": a model's designation names what is counted, it does not count it.
    # "how many Russian-owned or part-owned companies": the conjunction joins two qualifiers.
    words_ = [w for w in next(g for g in m.groups() if g).split()
              if not _qualifying_compound(w) and not re.search(r"\d", w) and w not in ("or", "and")]
    if not words_:  # every word captured qualifies: what is counted comes next
        words_ = re.findall(r"[a-z][\w-]*", folded_question[m.end():])[:1] or ["?"]
    if words_[0] in _NOT_COUNTED:
        # "Firms partly owned by Russians: how many are there?": what is counted is the topic.
        topic = re.match(r"^([a-z-]+)[^:?]*:", folded_question)
        if not topic:
            return ""
        words_ = [topic.group(1)]
    return _counted_measure(words_)


_ANY_THING = frozenset({"piece", "pieces", "item", "items", "element", "elements", "chose", "choses", "things"})
""""combien de pièces", "how many items": a count of whatever the quote counts ("plusieurs dizaines de documents")."""


def _counted_measure(words_: list[str]) -> str:
    if words_ and words_[0] in _ANY_THING:
        return ""
    known = [i for i, w in enumerate(words_) if w in UNIT_WORDS or measure_of(w) != w]
    if len(words_) > 1 and " ".join(words_[-2:]) not in UNIT_WORDS and known:
        words_ = words_[known[0]:known[0] + 1]  # "how many CSTO member countries": countries
    words_ = words_[:2]
    if len(words_) == 2 and words_[0] in NATIONALITIES:  # "how many Kazakh servicemen"
        words_ = words_[1:]
    if words_[0] in NATIONALITIES or words_[0] in _CITIZENS or _RUSSIAN_NATIONALS.match(words_[0]):
        # "combien de Kazakhs", "сколько казахстанцев": people, whatever the quote calls them ("étudiants", "militaires"), but
        # never dollars or kilometres.
        return NATIONALS
    phrase = " ".join(words_).replace("-", " ")  # "joint-ventures" is "joint ventures"
    return measure_of(phrase if phrase in UNIT_WORDS else words_[0])  # "joint ventures" is one unit


ROLE_COUNTS = frozenset({"membre", "participant", "partenaire", "signataire", "allie", "partie", "adherent"})
"""Counted roles: "Combien de membres compte l'OTSC ?" is answered "six pays" as well as "27 membres"."""


_COUNTED_OF = re.compile(
    # "Effectif des étudiants venus de Russie", "how many students from Russia": where they come from
    r"\b(?:combien|nombre|effectifs?|how many) (?:de |d'|des |du )?[a-z]+ (?:venus|venues|originaires|arrives|arrivees|from|"
    r"en provenance) (?:de |d'|du |des )?(?:la |l'|the )?([a-z]+)"
    r"|\b(?:combien" + _COMBIEN_ADVERB + r"|^nombre|^(?:les? )?effectifs?) (?:de |d'|des |du )(?:[a-z]+) ([a-z]+)|\bhow many ([a-z']+) [a-z]+"
    r"|^(?:les? |l')?effectifs? [a-z]+ ([a-z]+)\b")  # "Effectif militaire russe …"


def counted_country(folded_question: str) -> str:
    """"Combien d'étudiants russes" → "russie"; "how many Kazakh students" → "kazakhstan"; "combien de sociétés à
    capitaux kazakhs" → "kazakhstan" (who owns them)."""
    folded_question = re.sub(r"\b(?:a|with) (?:participation|capitaux|capital|stake) ", "", folded_question)
    m = _COUNTED_OF.search(folded_question)
    word = next((g for g in m.groups() if g), "") if m else ""
    russian = _COUNTED_OF_RU.search(folded_question)  # "сколько российских военных"
    if russian and not word:
        return next((c for pattern, c in RUSSIAN_COUNTRIES if pattern.match(russian.group(1))), "")
    if word not in NATIONALITIES:  # "Combien de Russes …", "How many Kazakhs …": the people counted are the nationality
        people = _NATIONALS_COUNTED.search(folded_question)
        word = people.group(1) if people else ""
    return NATIONALITIES.get(word, "")


_NATIONALS_COUNTED = re.compile(r"\b(?:combien" + _COMBIEN_ADVERB + r" (?:de |d')|how many |nombre (?:de |d'))([a-z]+)\b(?! [a-z]+s\b)")
""""Combien de Russes …", "How many Kazakhs …": the word counted, a nationality when the people are; not
"how many Russian troops" (a plural after it is what is counted)."""
_COUNTED_OF_RU = re.compile(r"\bскольк(?:о|их|им)\s+([а-яё]+)(?:\s+[а-яё]+|(?=,))")


_KEYWORD_TYPE = re.compile(
    r"(?:\s:\s*|\s)(?:(?P<date>date|dated|datee|annee|jour|mois|quand|when|year)|(?P<where>ville|lieu|endroit|ou|where|city|place)"
    r"|(?P<number>combien|montant|nombre|chiffre|somme|how many|how much)|(?P<who>qui|who))\s*\??\s*$")
"""A query typed as keywords ("RATS de l'OCS : ville", "… ratifié l'accord quand"): the type is its
last word, after a colon or at the end."""


RANK_ASKED = re.compile(
    r"\b(?:quel(?:le)?|a quel(?:le)?|de quel(?:le)?)\s+(?:(?:est|etait|sera)\s+(?:la|le|sa|son)\s+)?(?:rang|place|position)\b"
    r"|\b(?:what|which|at what)\s+(?:rank|position)\b|\bwhat (?:is|was) (?:the |its |their |[a-z]+'s )(?:[a-z-]+ ){0,2}?rank\b"
    r"|\bwhere (?:does|did|do|will|would|has|had) .{1,80}\brank(?:s|ed)?\b|\bse classe-t-(?:il|elle)\b|\bse class(?:e|ait|aient)\b"
    # "D'où partait Astana dans le palmarès …", "Where does Kazakhstan sit in the … league table?"
    r"|\b(?:d'ou|ou) (?:partai|part|se situ|se trouv|se plac)\w*\b[^?]*\b(?:palmares|classement)\b"
    r"|\bwhere (?:does|did|do) .{1,80}\b(?:stand|sit|place)\b[^?]*\b(?:ranking|league table|index)\b"
    # "De la 16e place, jusqu'où le pays est-il monté ?": a rank reached.
    r"|^(?=.*\b(?:\d+e place|rang|classement|palmares|ranking|league table|ladder|standings)\b).*\b(?:jusqu'ou|how (?:far|high))\b"
    # the ranking named first: "Après sa remontée dans le palmarès …, où se situe le pays ?"
    r"|\b(?:palmares|classement)\b[^?]*\b(?:ou|a quelle hauteur) (?:se situ|se trouv|se plac|se class)\w*\b"
    r"|\b(?:ranking|league table)\b[^?]*\bwhere (?:does|did|do|is|was) .{1,60}\b(?:stand|sit|place|rank)\w*\b"
    # "… league table: where has Kazakhstan climbed to since 2018?": the rank reached.
    r"|\bwhere (?:has|have|had|did|does|do) .{1,60}\b(?:climb|rise|risen|rose|move|moved|jump|slip|slipped|fall|fallen|fell|drop)\w* to\b"
    r"|\bна (?:какои|каком) (?:строчке|позиции|месте)\b|\b(?:какое|какую) (?:место|позицию|строчку)\b"
    # A question that is only its noun: "Indice ONU … : rang actuel du Kazakhstan ?"
    r"|(?:^|(?<=: ))(?:le |son |the |its )?(?:rang|rank)(?: (?:actuel|current|present|final|new|nouveau))?(?:\s*\??\s*$| (?:du|de la|de l'|des|d'|of|in)\b)")
"""A rank asked; "which place did he visit" asks a place, so English needs "rank" or "position"."""
_WORDS_QUOTED = r"(?:quote|quotation|quoted|words|remarks?|statement|figures?|data|citation|propos|chiffres?|donnees|paroles)"
_COMES_FROM = r"(?:comes?|came|coming|vien(?:t|nent)|venai(?:t|ent)|provien(?:t|nent))"
_SOURCE_OF_WORDS = re.compile(rf"\b{_WORDS_QUOTED}\b[^?]*\b{_COMES_FROM}\b|\b(?:d'ou|where)\b[^?]*\b{_COMES_FROM}\b[^?]*\b{_WORDS_QUOTED}\b")
""""Where does the quote on colonial dependence come from?": its source ("selon une transcription officielle"), no place."""


_ASIDE_WORDS = (r"apart from|aside from|besides|other than|except(?: for)?|excluding|hormis|a part|en dehors de|mis a part|"
                r"sauf|(?<!en )outre")
"""What sets a name aside: "Apart from Russia", "Outre Baïkonour", "hormis Moscou"."""
_OPENING_PHRASE = re.compile(
    rf"^(?:(?:{_ASIDE_WORDS}|despite|malgre)\s+[^,?]{{2,60}}|[^,?]{{2,60}}\s+aside"
    # "When Russian reporters asked about the closure, what answer …", "At the Almaty session, who …": the
    # clause sets the scene, the question proper follows.
    r"|(?:when|while|once|at|during|quand|lorsque|lorsqu'|alors que|lors d[eu]|pendant|когда|во время)\s+[^,?]{2,80}),"
    r"\s+(?=(?:which|what|who|when|where|how|why|quel|quelle|quels|quelles|qui|quand|ou|comment|pourquoi|combien)\b"
    r"|(?:что|кто|как[а-я]{0,3}|где|когда|сколько|почему|зачем)(?![а-я]))")
"""An opening phrase before the question proper: "Apart from Russia, which countries …"."""


_LABEL = re.compile(r"\s*:\s+|\s+[—–-]\s+")
"""Where a lead-in ends: "Quick check — who signed the deal?", "Pour l'encadré : qui est …"."""
_REFINED = re.compile(r"\s[—–]\s(?=(?:what|which|quel(?:le)?s?|lequel|laquelle|lesquel(?:le)?s|что|как(?:ой|ая|ое|ие))\b)")
"""A dash before a second question that narrows the first."""
_APPOSED_ROLE = re.compile(r"\s[—–]\s((?:the|le|la|l') ?[^—–?]{3,60}?)\s[—–]\s(?:is|was|est|etait) (?:who|qui)\b")
"""A role set off by dashes before "is who": "Smadiyarov's boss — the Kazakh minister of foreign affairs — is who?"."""
_ROLE_CALLED_HOW = re.compile(r"(?:^|: |[—–] )((?:le|la|les|l') ?[^?:—–]{3,60}?) " + _CALLED_HOW
                              + "|" + _HOW_CALLED + r" ((?:le|la|les|l') ?[^?:]{3,60}?)\s*\??$")
"""A role whose holder's name is asked "comment": "le chef de l'État kazakh est nommé comment ?"."""


_WHO_MAY = re.compile(r"^(?:qui|who|кто)\s+(?:peut|peuvent|pourra|pourront|doit|doivent|devra|devront|can|could|may|"
                      r"must|should|is allowed|are allowed|может|могут|должен|должна|должны|вправе)\b")
""""Qui peut consulter les images ?", "Who must declare?": a category of people ("les professionnels de
santé"), not a person or a body the quote must name."""


def _not_a_place(qtype: str, q: str) -> str:
    """"D'où partait Astana dans le palmarès ?", "League table: where does Kazakhstan stand?" ask a rank,
    not a place; "where does the quote come from" a source."""
    return "other" if qtype == "where" and (RANK_ASKED.search(q) or _SOURCE_OF_WORDS.search(q)) else qtype


_COUNT_AS_SUBJECT = re.compile(r"^(?:the |le |la )?(?:number|nombre) (?:of|de|d')\b(?!.*\b(?:how many|combien)\b)"
                               r".*\b(?:as|into|like|comme) (?:what|quoi)\b")
""""The number of contracts signed could let it serve as what for others?": the count is the subject, the
question's last words ask."""


def question_type(question: str) -> str:
    """The answer type asked; after a lead-in label ("Note from the desk: who …") when the whole reads as none."""
    q = fold(question)
    asked = _OPENING_PHRASE.sub("", q)
    qtype = _type_of(asked)
    refined = _REFINED.split(asked) if qtype in ("reason", "where", "who") else []
    if len(refined) > 1 and len(refined[-1].split()) >= 3 and _type_of(refined[-1]) == "other":
        # "Why did the announcement illustrate complex relations — what was announced …?": the last
        # question, after the dash, says what is asked.
        return "other"
    if qtype == "who" and _WHO_MAY.search(asked):
        return "other"
    if qtype == "number" and _COUNT_AS_SUBJECT.search(asked):
        return "other"
    if qtype == "other":
        rest = _LABEL.split(q, maxsplit=1)[1:]
        if rest and len(rest[0].split()) >= 2:
            return _not_a_place(question_type(rest[0]), q)  # the label may name the league table
    return qtype


def _type_of(q: str) -> str:
    """The type read from a folded question whose opening phrase is already set aside."""
    keyword = _KEYWORD_TYPE.search(q)
    if keyword and (":" in keyword.group(0) or keyword.lastgroup in ("date", "who")
                    and not _WH_WORD.search(q[: keyword.start()])):
        return _not_a_place(keyword.lastgroup, q)
    for name, pattern in _QTYPES:
        if pattern.search(q):
            return _not_a_place(name, q)
    request = _REQUEST_HEAD.match(q)
    if request and (request.group("verb") or not _WH_WORD.search(q[request.end():])):
        # "L'année de la prolongation du bail, quel projet …?": the noun sets the scene, "quel" asks.
        asked = next(k for k in ("date", "where", "number", "list", "name") if request.group(k))
        # "Le nom du chef de la représentation …", "the name of the vice-minister": a person's name, as "who" asks.
        after = re.split(r"[ '-]", (request.group("after") or "").strip())
        return "who" if asked == "name" and any(w in PERSON_HEADS for w in after) else asked
    in_situ = _IN_SITU.search(q) or _IN_SITU_LAST.search(q)
    if in_situ:
        return in_situ.lastgroup
    head = (_KEYWORD_HEAD.search(q) or _HEAD_FIRST.match(q)) if "?" not in q and not _WH_WORD.search(q) else None
    return head.lastgroup if head else "other"


_AMOUNT_HEADS_EN = r"rent|cost|price|budget|length|population|area|amount"
_AMOUNT_HEADS_FR = r"loyer|montant|cout|prix|budget|population|longueur|superficie"
"""Nouns that ask for an amount when a keyword query is only them and their topic."""
_KEYWORD_HEAD = re.compile(
    rf"\s(?:(?P<number>{_AMOUNT_HEADS_EN}|{_AMOUNT_HEADS_FR}|turnover|headcount|effectifs?|аренда|стоимость|численность)"
    r"|(?P<list>member (?:countries|states|nations)|members|membres|pays membres|etats membres|signatories|signataires|"
    r"страны-члены|члены)"
    r"|(?P<name>full name|nom complet|name|nom|полное название|название)"
    r"|(?P<date>(?:extended|prolonge|valid|valable|runs?) until|(?:prolonge|valable) jusqu'(?:a|en)))\s*$")
"""A search-box query, no question word and no question mark: its last noun is what it asks for
("Baikonur annual rent", "CSTO member countries", "CICA full name", "baikonur lease extended until")."""
_HEAD_FIRST = re.compile(
    r"(?:(?:le|la|les|the) |l')?(?:(?P<list>(?:liste des )?(?:pays |etats )?membres|member (?:countries|states)|members)"
    rf"|(?P<number>(?:annual |yearly )?(?:{_AMOUNT_HEADS_EN})|(?:{_AMOUNT_HEADS_FR})(?: annuel(?:le)?)?)"
    r"|(?P<name>nom complet|full name)) (?:de |du |des |d'|of )")
"""The same query with its noun first, as French writes it: "Pays membres de l'OTSC", "Loyer annuel de
Baïkonour", "Nom complet de la CICA"."""


_REQUEST_HEAD = re.compile(
    r"^(?:(?:please|stp|svp),? )?(?P<verb>(?:give|tell|find|show|get|send) me|i need|i'd like|i would like|i want|"
    r"i'm looking for|i am looking for|looking for|donne(?:z)?[- ]moi|trouve(?:z)?[- ]moi|"
    r"j'ai besoin (?=de |d'|du |des )|je (?:voudrais|veux|cherche)|il me faut)?\s*"
    r"(?:de |d'|du |des )?(?:(?:the|le|la|les|l'|its|their|sa|son|ses) ?)?"
    r"(?:(?:exact|precise|full|official|actual|total|annual|yearly|exacte|complet|officiel(?:le)?)\s+)?"
    r"(?:(?P<date>date|day(?: and month)?|year|month|jour|annee|mois)|(?P<where>place|city|location|venue|lieu|ville|endroit)"
    r"|(?P<number>number|figure|amount|total|count|price(?: tag)?|cost|value|sum|budget|share|percentage|rent|length|"
    r"nombre|chiffre|montant|somme|prix|cout|valeur|pourcentage|loyer|longueur)"
    r"|(?P<list>list|liste)|(?P<name>name|nom)(?: complete?)?(?P<after> (?:du|de la|de l'|des|d'|of the|of) ?[a-z'-]+(?: [a-z'-]+)?)?)"
    r"(?: (?:exacte?|precise|complete?))?(?:(?(verb)\b|(?= (?:of|for|on|that|when|du|de|des|d'|ou|where)\b| [a-z'-]+ (?:of|du|de)\b)))")
"""A request or a question that is only its noun ("Give me the exact date of the accord …", "I need
the day and month X landed …", "Le nom du chef de la représentation …?"): what it asks is that noun."""


_IN_SITU = re.compile(r"(?<!\bno matter )(?<!\bsomewhere )\b(?:from |to |in |at |by |with |for )?(?:(?P<where>where)|(?P<date>when))"
                      r"\s*(?=\?|,|;|$| (?:per|according|in the|says|said|exactly)\b)")
"""An English wh-word left in place at the end of a clause: "Most perils … come from where, per the
piece?", "The deal was signed when?". Not "by whom": who stages or receives something is often a
group ("les occupants russes"), not the person or body a who-question is checked for."""


_IN_SITU_LAST = re.compile(r"(?:(?<![\w'])(?P<where>ou)|(?<!\w)(?P<date>когда))\s*\?\s*$")
"""The same in French and Russian, as the question's last word: "RATS de l'OCS : basée où ?",
"Договор продлили когда?" ("jusqu'où" is a rank or a limit: `RANK_ASKED` and the spans decide; "чем где?"
compares, it asks no place)."""


def _is_yesno(folded: str, lowered: str) -> bool:
    """An inverted verb ("peut-il", "puis-je", "est-ce"), "c'est … ?" or a leading auxiliary, with no
    interrogative word before it in the last clause: "qui" in "… des personnes qui déposent un
    dossier" is a relative pronoun, not the question's."""
    clause = folded.rsplit(": ", 1)[-1]
    m = _YESNO.search(clause)
    if not m:
        return False
    lowered_clause = lowered.rsplit(": ", 1)[-1]
    wh = _WH_WORD.search(lowered_clause)
    return wh is None or wh.start() > m.start() and not _WH_WORD.match(lowered_clause)


def question_scope(question: str, qtype: str | None = None) -> str:
    """'fact' for a specific fact, 'broad' for a definition or explanation, 'yesno'.

    Broad and yes/no questions are about a topic as a whole: their best answer is often the
    sentence that opens the document (a news lead, an FAQ page's summary, a definition), and a
    one-sentence quote is often too short, so the quote may take the following sentences too.
    """
    if (qtype or question_type(question)) in ("date", "number", "who", "where", "list", "say", "name"):
        return "fact"
    q = fold(question)
    if defined_term(q):
        return "broad"  # "Le RATS, c'est quoi ?" asks a definition, not yes or no
    if _is_yesno(q, question.lower().replace("’", "'")):
        return "yesno"
    if _BROAD.search(q) or _TOPIC_COLON.search(q):
        return "broad"
    return "fact"


_PERIPHRASES = [(re.compile(p, re.IGNORECASE), r) for p, r in [
    (r"\bchefs? du gouvernement\b", "premier ministre"), (r"\bchefs? de l['’]\s*[ée]tat\b", "président"),
    (r"\bheads? of (?:the )?government\b", "prime minister"), (r"\bheads? of state\b", "president"),
    (r"\bmouthpieces?\b", "spokesman"),
    (r"\bглав\w* правительства\b", "премьер-министр"), (r"\bглав\w* государства\b", "президент"),
    # "Qui dirige le gouvernement kazakh ?", "Who heads Kazakhstan's government?": its prime minister.
    (r"\b(?:dirige|dirigeait|conduit) (le|son) gouvernement\b", r"est \1 premier ministre"),
    (r"\best (?:à|a) la t[eê]te du gouvernement\b", "est le premier ministre"),
    (r"\b(?:heads|headed|leads|led|runs|ran) (the |its |[\w-]+['’]s )?government\b(?!['’])", r"is \1prime minister"),
    (r"\bвозглавля\w* правительство\b", "премьер-министр"),
]]
"""Roles news text names by their title: "le chef du gouvernement kazakh" is its Premier ministre, "the
ministry's mouthpiece" its spokesman."""


_YEAR_OFFSET = re.compile(
    r"(?:\b(?P<n>un|une|one|a|deux|two|trois|three|quatre|four|cinq|five|\d{1,2})\s+(?:ans?|annees?|years?)|\bl'annee|\bthe year)"
    r"\s+(?:(?P<before>avant|precedant|before|prior to)|(?P<after>apres|suivant|after))\s*(?:l'annee\s+|l'an\s+)?$"
    r"|\b(?:за|через)\s+(?:(?P<ru_n>\d{1,2}|два|три)\s+)?(?:год|года|лет)\s+(?:(?P<ru_before>до)|(?P<ru_after>после))\s*$")
_OFFSET_WORDS = {"un": 1, "une": 1, "one": 1, "a": 1, "два": 2, "три": 3, **COUNT_WORDS}


def _offset(value: DateValue | None, before: str) -> DateValue | None:
    """"un an avant 2020", "the year after 2022", "за год до 2020": the year asked is not the one written."""
    m = _YEAR_OFFSET.search(before)
    if value is None or value.year is None or not m:
        return value
    n = m.group("n") or m.group("ru_n") or "1"
    step = int(n) if n.isdigit() else _OFFSET_WORDS.get(n, 1)
    step = -step if m.group("before") or m.group("ru_before") else step
    return DateValue(value.year + step, None, None, value.year_to + step if value.year_to else None)


_REVERSED = re.compile(r"\brevenir sur\b|\brevenu(?:e|s)? sur\b|\brevers|\bu-turn\b|\bbacktrack|\bundo|\bundid|\bпередумал|\bотказал\w* от закрыт")
"""A closure undone: what is asked is the reopening, not the closure."""
_CLAIMED = (r"my notes (?:say|said)|i (?:read|heard|was told)|(?:some|many) (?:say|said|claim)|reportedly|"
            r"mes notes (?:disent|indiquent)|j'ai lu|j'ai entendu|on m'a dit|on dit|on lit")
"""A belief the question asks to correct ("My notes say the accord was inked in Minsk. Where was it actually
signed?"): what it claims is not asked about."""
_CORRECTION_ASKED = r"(?=[.;]\s+(?:where|when|who|which|what|how|ou|quand|qui|quel\w*|comment|combien|где|когда|кто)\b)"
"""After the claim, a question of its own: the claim is to be corrected ("… in Minsk. Where was it
signed?"), not checked ("I read that Kazakhstan left the CSTO. Is that so?")."""
_CLAIM = re.compile(rf"\b(?:{_CLAIMED})\b(?: that| que| qu')?\s+([^.;!?]{{3,80}}){_CORRECTION_ASKED}")
_SET_ASIDE = re.compile(rf"^([^,:?]{{3,60}}?) aside\b|\b(?:{_ASIDE_WORDS})\s+([^,:?]{{3,50}})|{_CLAIM.pattern}")
"""What a question sets aside: its names are not asked about."""
_OFFERED = re.compile(r"(?:^|\s)((?:[\w'-]+ )?[\w'-]+)\s+(?:ou|or|или)\s+(?:bien\s+)?(?:ailleurs|autre part|elsewhere|somewhere else|"
                      r"где-то (?:еще|в другом месте)|в другом месте)\b|^([^:?]{3,60}?\s(?:ou|or|или)\s[^:?]{2,40}?)\s*(?::|\s[—–]\s)"
                      r"|(?::|\s[—–])\s+([^:?—–,]{2,40},\s[^:?—–]{2,60}?\s(?:ou|or|или)\s[^:?—–]{2,40}?)\s*\?\s*$")
"""Choices a question offers ("signé à Minsk ou ailleurs ?", "Les voisins du sud ou la Chine : d'où vient …", "… — China,
Russia, or next door?"): the answer names one of them, or another, so none is a name the quote must repeat."""


WEEKDAYS = {
    "lundi": "lundi", "monday": "lundi", "понедельник": "lundi", "mardi": "mardi", "tuesday": "mardi",
    "вторник": "mardi", "mercredi": "mercredi", "wednesday": "mercredi", "сред[ауы]": "mercredi",
    "jeudi": "jeudi", "thursday": "jeudi", "четверг": "jeudi", "vendredi": "vendredi", "friday": "vendredi",
    "пятниц[аеуы]": "vendredi", "samedi": "samedi", "saturday": "samedi", "суббот[аеуы]": "samedi",
    "dimanche": "dimanche", "sunday": "dimanche", "воскресень[ея]": "dimanche",
}
"""Day names (patterns on folded text) and the French day each one is."""
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_DAY_ASKED = re.compile(r"\b(?:quel(?: autre)? jour|what(?: other)? day|which(?: other)? day|weekday|day of the week|jour de la semaine|"
                        r"какои день|день недели)\b")


def weekdays_named(folded_question: str) -> list[str]:
    """The days of the week a question names as a constraint ("signed on Thursday"), not when it asks
    for one ("quel jour ?")."""
    if _DAY_ASKED.search(folded_question):
        return []
    named = []
    for m in _WEEKDAY.finditer(folded_question):
        day = next(v for k, v in WEEKDAYS.items() if re.fullmatch(k, m.group(1)))
        if day not in named:
            named.append(day)
    return named if len(named) == 1 else []  # "lundi, mardi… ?": days offered, the one asked unknown


def analyze_question(question: str, vocabulary: dict[str, str] | None = None) -> QuestionSpec:
    """The question's type, scope and constraints; `vocabulary` maps folded corpus entities to labels."""
    question = expand_abbreviations(question)
    for pattern, title in _PERIPHRASES:
        question = pattern.sub(title, question)
    qtype = question_type(question)
    spec = QuestionSpec(question, detect_language(question), qtype, question_scope(question, qtype))
    # "… d'après l'article sur la mission commerciale ?": the words that say which article are for
    # finding it (retrieval reads the whole question), not constraints the quote must meet, nor
    # words it must share.
    credit_named = bool(_BYLINE_NAMED.search(fold(question)))
    named_source = question
    question = source_descriptor_removed(question)
    spec.terms = analyze(question)
    dates = [(m, _offset(parse_date(m.text), fold(question[: m.start]))) for m in find_dates(question)]
    spec.published = [d for m, d in dates if d and d.year and _dates_the_piece(question, m.start, m.end)]
    spec.dates = [d for m, d in dates if d and d.year and d not in spec.published]
    spec.whole_year = bool(spec.dates) and bool(_WHOLE_YEAR.search(fold(question)))
    spec.months = sorted({d.month for _, d in dates if d and d.month and not d.year}
                         | {n for n, stem in enumerate(_RUSSIAN_MONTHS, 1) if stem.search(fold(question))})
    spec.weekdays = weekdays_named(fold(question))
    if vocabulary:
        spec.entities = [e for e in _known_entities(question, vocabulary) if not _common_word(e, question)]
        spec.unknown_names = _unknown_names(question, vocabulary, spec.entities)
        # "the CNBC article" is taken out of the question's words (`source_descriptor_removed`): read it before.
        spec.pieces = [e for e in _known_entities(named_source, vocabulary) if _labels_piece(e, fold(named_source))]
        spec.entities = [e for e in spec.entities if not _describes_answer(fold(question), e)
                         and not _name_goes_on(e, fold(question)) and e not in spec.pieces]
        surnames = _names(vocabulary).surnames
        # The tagger's labels are noisy ("Baïkonour" tagged PER): a person is a full name, or its surname.
        spec.people = [e for e in spec.entities if e in surnames or vocabulary.get(e) == "PER" and " " in e]
        # "l'Union européenne": a name the vocabulary knows only in part is not checked as a name.
        capitalised = {fold(m.group(1)) for m in re.finditer(
            rf"(?<!^)\b([A-ZÀ-ÖØ-Þ][\w-]{{3,}})(?!\s+{_NAME_ADJECTIVES})", question)}
        proper = {fold(m.group(0)) for m in re.finditer(r"\b[A-ZÀ-ÖØ-Þ][\w-]+", question)}
        # "Kapustin Yar": a proper name of several words, each capitalised, names one thing as well.
        spec.things = [e for e in spec.entities if not country_forms(e) and e not in ACRONYMS.values() and (
            vocabulary.get(e) in ("ORG", "MISC") and " " not in e and e in capitalised
            or vocabulary.get(e) in ("ORG", "MISC", "LOC") and " " in e and (
                all(w in proper for w in e.split()) or CYRILLIC.search(question) and e not in fold(question)))]
    # "Rosoboronexport purchases aside, …", "Outre Baïkonour, …": a name set aside is no constraint.
    aside = " ".join(next(g for g in m.groups() if g) for m in _SET_ASIDE.finditer(fold(question)))
    offered = " ".join(next(g for g in m.groups() if g) for m in _OFFERED.finditer(fold(question)))
    spec.entities = [e for e in spec.entities if not re.search(rf"\b{re.escape(e)}\b", f"{aside} {offered}")]
    spec.set_aside = frozenset(countries_in(aside)) if qtype in ("other", "list", "who") else frozenset()
    aside_dates = [d for d in (parse_date(m.text) for m in find_dates(aside)) if d and d.year]
    spec.dates_aside = [d for d in spec.dates if d in aside_dates]
    spec.dates = [d for d in spec.dates if d not in aside_dates]
    # A numbered part the question names ("l'article 6", "section 3") must be in the quote, like a name.
    spec.entities += [m.group(0) for m in _DESIGNATOR.finditer(fold(question)) if m.group(0) not in spec.entities]
    # "in US dollars", "en dollars américains": a currency, no country asked about.
    folded = _LANGUAGE_OF.sub(" ", _CURRENCY_OF.sub(" ", fold(question)))
    # "My notes say it was inked in Minsk": a place claimed, to be corrected, is not one the quote must name.
    folded = _OFFERED.sub(" ", _CLAIM.sub(" ", folded))
    spec.countries = sorted({c for w, c in NATIONALITIES.items() if re.search(rf"\b{re.escape(w)}\b", folded)}
                            | {c for pattern, c in RUSSIAN_COUNTRIES if pattern.search(folded)})
    spec.located = sorted(located_in(folded))
    spec.parties = parties_between(folded)
    # "entre Astana et Moscou": capitals of the two sides are checked as the sides ("les deux pays").
    spec.entities = [e for e in spec.entities if CAPITALS.get(e) not in spec.parties]
    spec.chamber = chamber_asked(folded)
    spec.country_terms = {t: c for w in words(folded) for c in [NATIONALITIES.get(w) or CAPITALS.get(w)]
                          if c for t in analyze_cached(w)}
    folded = fold(question)
    if qtype in ("say", "other") and _COST_ASKED.search(folded):
        spec.measure = "money"  # "What did Smailov say the centre would cost?": only a sum answers
    if qtype == "number":
        spec.measure = asked_measure(folded)
        if not spec.measure and _TRADE_ASKED.search(folded) and not _COUNTED.search(folded) \
                and not _CHANGE_ASKED.search(folded):
            spec.measure = "money"  # "What record figure did trade reach?": a sum, never "deux pays"
        # "Combien d'États …": the noun counted is the unit, not a name the quote must repeat.
        spec.entities = [e for e in spec.entities if not spec.measure or measure_of(e) != spec.measure]
        measured = _MEASURED.search(folded) if spec.lang == "fr" else None
        # "Nombre de sociétés …": the counted unit, already checked as one (a quote says "entreprises").
        if measured and measured.group(1) not in NATIONALITIES and not (
                spec.measure and measure_of(measured.group(1).replace("-", " ")) == spec.measure):
            spec.measured = analyze(measured.group(1))
            spec.measured += [t for m in spec.measured for t in _MEASURED_ALIKE.get(m, ())]
        specific = _MEASURE_NOUN.search(folded)
        if specific and not spec.measured and _MEASURE_NOUN_KIND.get(specific.group(1)) != spec.measure:
            spec.measured = analyze(_MEASURE_NOUN_FR.get(specific.group(1), specific.group(1)))
        if not spec.measured and spec.measure == "money" and _PRICE_ASKED.search(folded):
            spec.measured = list(_PRICE_STATED)  # "quel prix pour Astana ?" is not answered by a trade turnover
        if not spec.measured and spec.measure == "money" and _TRADE_ASKED.search(folded):
            spec.measured = ["commerc", *_MEASURED_ALIKE["commerc"]]  # "À combien s'élèvent les échanges …": not a rent
        spec.counted_country = counted_country(folded)
        cost = _COST_SUBJECT.search(folded) if spec.measure == "money" and spec.lang != "ru" else None
        subject = next((g for g in cost.groups() if g), "") if cost else ""
        if subject in NATIONALITIES:  # "the price tag of the Russian communications kit": the kit's
            after = re.match(r"\s+([a-z]{5,})", folded[cost.end():])
            subject = after.group(1) if after else ""
        if subject and subject not in NATIONALITIES and subject not in CAPITALS:
            spec.cost_of = analyze(subject)
            spec.cost_of += [t for m in spec.cost_of for t in _MEASURED_ALIKE.get(m, ())]
    spec.currency = asked_currency(folded)
    if qtype == "other":
        spec.defines = defined_term(folded)
    spec.relations = asked_relations(folded, question, qtype, spec.lang)
    if spec.measure == "money":
        # "Сколько долларов уходит из бюджета за Байконур?": money that leaves is money spent.
        spec.relations = [r for r in spec.relations if r != "leave"]
    if {"open", "close"} <= set(spec.relations) and _REVERSED.search(folded):
        spec.relations = [r for r in spec.relations if r != "close"]  # "revenir sur la fermeture et rétablir …"
    spec.actors = relation_actors(folded, spec.relations)
    spec.relation_is_verb = bool(spec.relations) and qtype == "other" and bool(
        _WHICH_THEN_VERB.match(folded) or _WHICH_THEN_VERB.match(re.split(r": |\s[—–]\s", folded)[-1])
        or _NOUN_THEN_AGENT.match(folded) and not _WH_WORD.search(folded))
    # A person's name is checked as a name (a surname alone names them: "a déclaré Hess"), not as a title.
    # "du Kazakhstan Macron": names side by side (a country, a surname), not one title.
    surnames = _names(vocabulary).surnames if vocabulary else {}
    spec.titles = [t for t in title_phrases(question) if (vocabulary or {}).get(t) != "PER" and not all(
        w in surnames or country_forms(w) or w in _STOP_TITLE or w in _BLOCS for w in t.split())
        and not _shortened_entity(t, spec.entities, vocabulary or {})] if spec.lang == "fr" else []
    spec.subjects = subject_phrases(folded) if spec.lang == "fr" else []
    role = (asked_role(folded) if qtype == "who" else None) or WHICH_ROLE.search(folded)
    role_text = folded
    if not role and qtype == "who" and ": " in folded:
        # "The spokesman's boss: name of the Kazakh foreign minister?": the role asked after the topic.
        role_text = folded.rsplit(": ", 1)[1]
        role = asked_role(role_text)
    apposed = (_APPOSED_ROLE.search(folded) or _ROLE_CALLED_HOW.search(folded)) if not role and qtype == "who" else None
    if apposed:
        # "Smadiyarov's boss — the Kazakh minister of foreign affairs — is who?": the role set off by dashes.
        role_text = f"who is {next(g for g in apposed.groups() if g)}?"
        role = ROLE.search(role_text)
    if role:
        words_ = [w for w in next(g for g in role.groups() if g).split()
                  if w not in NATIONALITIES and w not in _ROLE_ADJECTIVES]
        if spec.lang == "ru":  # declined words: only the role itself ("министром обороны" → ministre)
            words_ = [w for w in words_ if w in ROLE_WORDS]
        # The text is French: "spokesman" is looked for as "porte-parole".
        spec.role = " ".join(ROLE_WORDS.get(w, w) for w in words_)
        # "Qui est le ministre de la Défense de la Russie ?": the portfolio is part of the role.
        portfolio = _PORTFOLIO_OF.search(role_text[role.start():])
        if portfolio and ROLE_WORDS.get(portfolio.group(1), portfolio.group(1)) in PORTFOLIOS:
            word = ROLE_WORDS.get(portfolio.group(1), portfolio.group(1))
            if word not in spec.role.split():
                spec.role += f" {word}"
    spec.nationality = asked_nationality(folded) if qtype == "who" else ""
    spec.side = side_asked(folded) if qtype == "who" else ""
    spec.nationality = spec.nationality or spec.side
    clause = re.split(r": |\s[—–]\s", folded)[-1]
    if not spec.nationality and clause != folded:
        # "Summer meetings with Central Asian leaders — which American secretary attended?": whoever
        # the quote names in that role is of that country.
        spec.nationality = asked_nationality(clause)
    spec.next_asked = bool(_NEXT_ASKED.search(folded))
    spec.lead_asked = bool(_LEAD_ASKED.search(folded))
    spec.foot_asked = bool(_FOOT_ASKED.search(folded))
    spec.frequency_asked = bool(_FREQUENCY_ASKED.search(folded))
    if spec.frequency_asked and qtype == "number":
        qtype = spec.qtype = "other"  # "Tous les combien …": "chaque année" answers, no figure needed
    spec.superlative_asked = bool(_SUPERLATIVE_ASKED.search(folded))
    spec.rich_in_asked = bool(RICH_IN_ASKED.search(folded))
    number = _NUMBER.search(folded) if _WHAT_IT_MEASURES.search(folded) else None
    # "Renforcement de 2009 : quelle unité … ?": a year dates what is asked, it measures nothing.
    spec.number_measured = re.sub(r"\D", "", number.group(0)) if number and not _YEAR_ONLY.fullmatch(number.group(0)) else ""
    spec.day_asked = bool(_DAY_OF_MONTH_ASKED.search(folded))
    spec.actual_asked = bool(_ACTUAL_ASKED.search(folded))
    spec.nationality_asked = bool(spec.people) and bool(_NATIONALITY_ASKED.search(folded))
    spec.classifies = spec.scope == "yesno" and not spec.frequency_asked and bool(
        _CLASS_ASKED.search(folded) or _KIND_OR_NOT.search(folded))
    subject_role = _SUBJECT_ROLE.match(folded) if not role and spec.scope == "yesno" else None
    if subject_role:
        spec.subject_role = " ".join(ROLE_WORDS.get(w, w) for w in subject_role.group(1).split())
    if qtype == "who" and "member" in spec.relations and not spec.people and all(
            w.startswith(("membre", "member")) for w in spec.role.split()):
        # "Qui fait partie de l'UEE ?", "Qui sont les membres de l'OTSC ?": its members, listed.
        qtype = spec.qtype = "list"
        spec.role = ""
    spec.byline = (bool(_BYLINE_ASKED.search(folded)) and (qtype == "who" or folded.startswith(("whose", "quelle signature", "чем подписан", "кем подписан")))
                   or credit_named)
    if spec.byline:
        spec.qtype = "who"
        spec.role = ""  # "l'éditeur nommé à la fin": the credit line answers, "Edited by …"
        spec.relations, spec.actors = [], {}  # "Кто отредактировал статью о визите …": the visit is the article's topic
    # "… of the Kolesnyk piece": the words that say which article; "d'après l'article" only attributes.
    piece = _ATTRIBUTED_TO_PIECE.sub(" ", fold(named_source))
    # "la mise en ligne du texte de Denys Kolesnyk": a text named by its author is a piece.
    spec.dateline = (qtype == "date" or bool(re.search(r"\bdate\b", piece))) and bool(
        _PIECE_NAMED.search(piece) or spec.pieces and re.search(r"\btextes? (?:de|d'|by|of)\b", piece)) and bool(_DATELINE_ASKED.search(piece))
    if spec.dateline:  # the names say which article: retrieval finds it, its dateline answers
        spec.qtype, spec.byline, spec.role = "date", False, ""
        _names_only_find_the_piece(spec)
    spec.headline = not spec.dateline and not spec.byline and headline_asked(fold(named_source))
    if spec.headline:  # "Sous quel titre paraît l'article sur l'OTSC ?": the names say which article, its headline answers
        qtype = spec.qtype = "other"
        spec.scope, spec.role, spec.speaker = "fact", "", ""
        _names_only_find_the_piece(spec)
    spec.asks_speaker = qtype == "who" and bool(_ASKS_SPEAKER.search(folded))
    post_held = bool(spec.people) and qtype in ("other", "who") and bool(_POST_HELD.search(folded))
    if post_held:
        qtype = spec.qtype = "who"
    says = _PERSON_SAYS.search(folded) if qtype == "other" else None
    if says and (spec.people or _a_government(says.group("who") or says.group("sayer"))):
        # "What does Mishustin say … amounts to?", "Que dit Erevan de la guerre ?" (not "what does the treaty say")
        qtype = spec.qtype = "say"
    reported = qtype == "other" and spec.scope != "yesno" and len(spec.people) == 1 and not spec.speaker and (
        _PRONOUN_SAYS.search(folded) or re.search(rf"\b{re.escape(spec.people[0])}\b {_SAID}", folded))
    if reported:
        # "Mishustin's keynote: which goal did he say …?", "Mishustin said the EAEU can't rely on … what?": his words answer.
        qtype = spec.qtype = "say"
    if qtype == "who" and not spec.role and spec.people and (post_held or _WHO_IS.search(folded)):
        spec.described = spec.people[0]
    if qtype == "say":
        spec.speech_verbs = sorted({stem for word, stems in SPEECH_VERBS.items()
                                    if re.search(rf"\b{word}", folded) for stem in stems})
        # "How does the Mishustin article describe …?": the words naming the article are gone from `question`.
        m = _SAY_SUBJECT.search(question) or _SAY_SUBJECT.search(named_source)
        if m:
            # "Comment la Russie a-t-elle réagi …": the country, whatever its article.
            spec.speaker = re.sub(r"^(?:la |le |les |l'|the )(?=\S+$)", "", fold(next(g for g in m.groups() if g)))
        elif spec.lang == "ru" and len(spec.people) == 1 or reported:
            spec.speaker = spec.people[0]  # "Что Путин призвал …": the corpus's "poutine"
    if qtype == "say" and not spec.people and (not spec.speaker or spec.speaker in _PRONOUNS):
        # "Tokayev's personal statement … — what did he say?", "Did President Tokayev comment …? What did he
        # say?": the speaker is the one name the question gives, here one the corpus never has.
        m = _WHOSE_WORDS.match(question)
        named = fold(m.group(1)) if m else (spec.unknown_names[0] if len(spec.unknown_names) == 1 else "")
        if named and (m or spec.speaker):
            spec.speaker = named
    elif qtype == "say" and not spec.speaker and len(spec.people) == 1 and _WHOSE_WORDS.search(question):
        spec.speaker = spec.people[0]  # "Dandybaiev's assurance on …": the corpus's person speaks
    role_words = _ROLES_WORDS.match(folded) if qtype == "say" and not spec.speaker else None
    if role_words:
        spec.speaker = role_words.group(1)  # "Kazakh president's remarks when receiving Putin?": not Putin's
    if not spec.speaker:
        m = _ATTRIBUTED_TO.search(question)
        if m:
            spec.speaker = fold(next(g for g in m.groups() if g))
    if not spec.speaker:
        m = _ATTRIBUTED_TO_ROLE.search(folded)
        if m:
            role = next(g for g in m.groups() if g)
            spec.speaker = ROLE_WORDS.get(role, role)
    if spec.speaker and spec.lang == "ru":
        # "по мнению Кремля", "по словам Москвы": the government speaks, as "according to Moscow" does.
        spec.speaker = next((c for pattern, c in RUSSIAN_COUNTRIES if pattern.match(spec.speaker)), spec.speaker)
    if _DOCUMENT_ITSELF.match(spec.speaker or ""):
        # "Comment l'article présente-t-il le Majilis ?": the article's own words answer, not a statement.
        spec.speaker = ""
        if qtype == "say":
            spec.qtype = "other"
    return spec


_LANGUAGE_OF = re.compile(
    r"\b(?:in|into) (?:french|english|russian|kazakh)\b(?!\s+(?!(?:in|as|by|for|and|or|please|per|according|from|on|of)\b)[a-z])"
    r"|\ben (?:francais|anglais|russe|kazakh)\b|(?<![\w-])(?:на|по) (?:русском|французском|английском|казахском)\b"
    r"|(?<![\w-])по-(?:русски|французски|английски|казахски)\b")
"""A language, not a country: "as the article words it in French", "le nom en russe"."""


_CURRENCY_OF = re.compile(r"\b(?:us|u\.s\.|american|americains?)\s+dollars?\b|\bdollars?\s+(?:us|americains?)\b"
                          r"|американск\w*\s+доллар\w*")


_DOCUMENT_ITSELF = re.compile(
    r"(?:l'|le |la |cet |cette |ce |the |this |that )?(?:[a-z-]+ ){0,2}(?:article|texte|papier|depeche|reportage|auteur|autrice|"
    r"journaliste|redacteur|redactrice|piece|story|report|author|writer|text)"
    r"(?:\s+(?:sur|consacre a|concernant|on|about|covering)\s+.*)?$")


_SOURCE_DESCRIPTOR = re.compile(
    r"[,\s]*\b(?:selon|d['’]apr[eè]s|dans|according to|in|from|per)\s+(?:l['’]\s*|le |la |cet |ce |the |this |that )"
    r"(?:article|papier|d[ée]p[eê]che|reportage|billet|piece|report|story|blog post|post|write-up|dispatch)\b"
    r"(?:\s+(?:sur|consacr[ée]e? [àa]|concernant|au sujet de|de|du|des|d['’]|on|about|covering|concerning|of"
    # "dans le papier repris de CNBC", "in the piece taken from CNBC": where the article comes from.
    r"|(?:repris|tir[ée]|publi[ée]|paru|sign[ée])e?s?\s+(?:de|du|des|d['’]|par|dans|sur)|(?:taken|sourced|adapted) from"
    r"|published (?:by|in|on)|written by|by)"
    r"\s*[^,?.!:]*)?"
    # "at the start of the Putin article": a name before "article" says which article.
    r"|[,\s]*\b(?:(?:at|near) the (?:start|beginning|end|top) of |in |from |of )?the\s+(?-i:[A-Z][\w-]+\s+){1,3}"
    r"(?:article|piece|report|story)\b"
    # "telle que la décrit le papier sur la visite de Mishustin", "comme le rapporte l'article".
    r"|[,\s]*\b(?:tel(?:le)?s? que|comme)\s+(?:l['’]\s*|le |la |les )?(?:d[ée]cri\w*|pr[ée]sent\w*|rapport\w*|"
    r"racont\w*|dit|explique)\s+(?:l['’]\s*|le |la |cet |ce )(?:article|papier|d[ée]p[eê]che|reportage|texte)\b"
    r"(?:\s+(?:sur|consacr[ée]e? [àa]|concernant|au sujet de|de|du|des|d['’])\s*[^,?.!]*)?"
    # "L'article sur la visite de Poutine énumère …": the article, subject of the question's verb.
    r"|^(?:l['’]\s*|le |the )(?:article|papier|texte|d[ée]p[eê]che|reportage|piece|report|story)\s+(?:sur|consacr[ée]e? [àa]|"
    r"concernant|au sujet de|on|about|covering)\s+[^,?.!:]{3,80}?(?=\s+(?:[ée]num[eè]re|cite|mentionne|nomme|liste|"
    r"[ée]voque|donne|indique|rapporte|lists|names|mentions|cites|gives|says|reports)\b)"
    # "согласно статье о визите Путина", "по мнению автора статьи о связи"; "в статье 6" is the accord's article;
    # the topic goes with it only where the clause ends ("В статье о визите Путина указан день" keeps the visit).
    r"|[,\s]*(?<![\w-])(?:согласно|судя по|по данным|по версии|по оценке|по мнению автора|по словам автора|в|во|по|из)\s+"
    r"(?:этой |данной )?(?:стать[еиюя]|материал[ае]?|заметк[еиу]|публикаци[июя]|репортаж[ае]?)(?![\w-])(?!\s*\d)"
    r"(?:\s+(?:о|об|про|на тему|по поводу)\s+[^,?.!:—–]*(?=[,?.!:]|$))?",
    re.IGNORECASE,
)


_PIECE_TOPIC = re.compile(
    r"\b(article|texte|d[ée]p[eê]che|papier|reportage|piece|story|report)\s+(?:sur|consacr[ée]e? [àa]|concernant|"
    r"au sujet de|de|du|des|d['’]|on|about|covering|concerning|of)\s*[^,?.!]*", re.IGNORECASE)


def _shortened_entity(title: str, entities: list[str], vocabulary: dict[str, str]) -> bool:
    """A title that is one known name cut short ("l'Organisation de Shanghai" for "l'Organisation de
    Coopération de Shanghai"): the name is checked as an entity, with its acronym, not as a phrase
    the quote must spell; a cut that fits two names ("Traité de Coopération") still picks one."""
    if title in vocabulary:
        return False
    words = title.split()
    fits = [e for e in entities if e != title and _in_order(words, e.split())]
    return len(fits) == 1


def _in_order(words: list[str], longer: list[str]) -> bool:
    it = iter(longer)
    return all(w in it for w in words)


def source_descriptor_removed(question: str) -> str:
    """The question without the words that name its source ("d'après l'article sur la visite de
    Poutine", "according to the article on Putin's visit"): they say which document, and the quote
    need not repeat them. In "Qui a édité l'article sur la visite de Mishustin ?" the article is
    what is asked about: its topic goes, the article stays."""
    if _BYLINE_ASKED.search(fold(question)) or _BYLINE_NAMED.search(fold(question)):
        question = _PIECE_TOPIC.sub(r"\1", question)
        question = _NAMED_PIECE.sub(r"the \1", question)  # "Who edited the Mishustin article?"
    return _SOURCE_DESCRIPTOR.sub("", question)


_PIECE_BEFORE_DATE = re.compile(
    r"\b(?:article|papier|d[ée]p[eê]che|reportage|billet|piece|report|story|post|write-up)\s+(?:(?:de|du|d['’]|of|from|dated|published in|"
    r"publi[ée]e? (?:en|le)|paru (?:en|le)|written in)\s+)(?:l['’]|le |la )?(?:ann[ée]e )?$"
    r"|(?:стать[яиюеё]|заметк[аиуе]|публикаци[яиюе])\s+(?:от\s+)?$", re.IGNORECASE)
_PIECE_AFTER_DATE = re.compile(r"^\s+(?:article|piece|report|story|post|blog post|write-up|overview|column|op-ed)\b", re.IGNORECASE)


def _dates_the_piece(question: str, start: int, end: int) -> bool:
    """"the September 2021 story", "l'article de 2021": the date a document was published, which its
    sentences need not repeat ("aujourd'hui" in a story of 22 September 2021; "по статье 2020 года"). "Le texte de 1992" is
    an agreement's date, not the article's."""
    return bool(_PIECE_BEFORE_DATE.search(question[:start]) or _PIECE_AFTER_DATE.match(question[end:]))


_NAMED_PIECE = re.compile(r"\bthe\s+(?:[A-Z][\w-]+\s+){1,3}(article|piece|report|story)\b")


_ASKS_SPEAKER = re.compile(
    r"^(?:qui|who)\s+(?:(?:a|avait|has|had)\s+)?(?:compare|declare|affirme|estime|accuse|appele|qualifie|dit|"
    r"souligne|averti|exhorte|suggere|assure|rassure|juge|denonce|promis|said|called|compared|warned|urged|"
    r"claimed|described|accused|suggested|argued|stated|promised)\b")


_PIECE_NOUNS = r"(?:article|piece|post|billet|papier|blog|story|depeche|tribune|chronique)s?"
_PIECE_NAMED = re.compile(rf"\b{_PIECE_NOUNS}\b|заметк|стать[яиюе]|публикаци")
_ATTRIBUTED_TO_PIECE = re.compile(rf"\b(?:d'apres|selon|according to|per|dans|in|from) (?:l'|le |la |the |this |that )?"
                                  rf"(?:[\w'-]+ ){{0,3}}?{_PIECE_NOUNS}\b")
_TITLE_NOUN = r"(?:headlines?|titles?|titre|intitule|manchette|заголов\w*|названи\w*)"
_TITLE_OWNER = re.compile(rf"\b{_TITLE_NOUN}\s+(?:exact\s+|full\s+|complet\s+)?(?:of|de|du|des|de la|de l'|d')\s*"
                          r"(?:the |this |that |son |sa |ce |cet |cette |l')?(?:[a-z-]+\s+){0,2}?([a-z-]+)"
                          rf"|\b([a-z-]+)'s (?:[a-z-]+ )?{_TITLE_NOUN}")
"""Whose title it is: "the title of the Hess book", "titre du billet", "the bill's title"."""
_NOT_A_HEADLINE = re.compile(
    r"\bheadline (?:ask|asks|figure|number|goal|demand|rate|act|event|message|news|grabbing)\b|\bjob title\b|\ba quel titre\b"
    r"|\bau titre d|\ba titre\b|\b(?:book|volume|ouvrage|livre|bill|law|loi|proposal|proposition|projet|draft|programme|program|"
    r"strategy|strategie|concept|doctrine|treaty|traite|agreement|accord|declaration|report|rapport)s?\b"
    r"|книг|законопроект|инициатив|закон|договор|соглашени|программ")
"""A title that is not the article's: a book's, a bill's, a treaty's; a job title; "à quel titre" (in what capacity)."""


def _names_only_find_the_piece(spec: QuestionSpec) -> None:
    """A dateline or a headline asked: the question's names say which article (retrieval reads them), and
    are no constraints on the line that answers."""
    spec.relations, spec.actors, spec.entities, spec.people, spec.things = [], {}, [], [], []
    spec.countries, spec.located, spec.titles, spec.subjects, spec.dates = [], [], [], [], []


def headline_asked(folded: str) -> bool:
    """Whether the question asks the article's headline ("Quel est le titre du billet sur la CEI ?", "Who
    has turned their back on Putin, per the headline?"), not the title of a book, a bill or a post held."""
    if not re.search(rf"\b{_TITLE_NOUN}\b", folded):
        return False
    owner = _TITLE_OWNER.search(folded)
    word = next((g for g in owner.groups() if g), "") if owner else ""
    if word and _PIECE_NAMED.search(word):
        return True
    if _NOT_A_HEADLINE.search(folded):
        return False
    return bool(_PIECE_NAMED.search(folded) or re.search(r"\bheadlines?\b|заголов|\bmanchette\b", folded))


_DATELINE_ASKED = re.compile(
    r"\bpubli(?:e|ee|shed)\b|\bparu(?:e|tion)?\b|\bposted\b|\b(?:go|goes|went|gone|going) (?:online|up|live)\b|\bmise? en ligne\b|\bdated\b"
    r"|\b(?:est|etait|sont|etaient) datee?s?\b|\bbyline date\b|\bdate de (?:publication|parution|mise en ligne)\b|\bpublication date\b|\bdateline\b|(?<!\bcitee )(?<!\bcite )(?<!\bmentionnee )(?<!\bmentionne )\ben (?:tete|haut)\b"
    r"|\bheader\b|(?<!\bcited )(?<!\bmentioned )(?<!\bnamed )(?<!\bquoted )\bat the top\b|\bstamped\b|опубликова|датирова|\bвышл[аио]\b|\bв шапке\b")
"""The date of the piece asked ("Le billet … est daté du combien ?", "Month and year the piece is dated?", "Quelle
date figure en tête de l'article ?"), with the piece named (a bill or a book published is another thing; "the concept
cited at the top of the article" is placed there, not the article's date)."""
_BYLINE_ASKED = re.compile(
    r"\b(?:(?:a )?(?:ecrit|redige|edite|revise|signe|relu)|wrote|writes|edited|edits|signed|signs|authored|revised|"
    r"auteur|autrice|author|writer|editor|editeur|editrice|redacteur|redactrice)s?\s+(?:(?:de |of )?(?:l'|le |la |cet |cette |ce |the |this |that )|du )"
    r"(?:[\w.-]+ ){0,2}(?:article|texte|depeche|papier|reportage|billet|tribune|chronique|editorial|blog|post|piece|story|report|"
    r"column|op-ed)\b"
    # "Whose name appears as editor at the foot of the Mishustin report?"
    r"|^whose\b[^?]{0,40}\b(?:author|editor|editing|writer)s?\b[^?]{0,40}\b(?:article|report|story|piece)\b|^кто (?:написал|автор|отредактировал|редактировал|редактор) (?:[а-я-]+ ){0,2}?(?:стать|материал|заметк|публикаци|репортаж)|^(?:чем|кем) подписан\w* (?:[а-я-]+ ){0,2}?(?:текст|стать|материал|заметк|публикаци)|\b(?:пометк|пометы|подпис)\w* редактора\b|^whose (?:name is in the )?byline\b|^(?:quelle|whose) signature\b"
    # "Nom de la personne créditée en fin de texte …", "Who is credited at the foot of the story?"
    r"|\bcredit(?:e|ee|es|ees|ed)\b[^?]{0,30}\b(?:en (?:fin|bas|pied) d[e'] ?(?:la |l')?(?:texte|article|page|papier)|"
    r"at the (?:foot|end|bottom)\b)"
    # "Nom de l'éditrice mentionnée entre crochets à la fin du papier …?"
    r"|\b(?:auteur|autrice|author|editor|editeur|editrice|redacteur|redactrice)s?\b[^?]{0,40}\b(?:entre crochets|in (?:square )?brackets|"
    r"(?:en|a la) (?:fin|bas|pied) d[eu'] ?(?:la |l')?(?:texte|article|page|papier)|at the (?:foot|end|bottom) of)\b")
_BYLINE_NAMED = re.compile(r"\b(?:edited by|written by|mention d'edition|credit d'edition|editing credit|byline|credit line)\b"
                           # "Signature éditoriale en bas du papier …?", "Editorial sign-off on the story?"
                           r"|\bsignature (?:editoriale|de l'editeur|de l'editrice|de la redaction|en (?:bas|fin|pied))\b"
                           r"|\beditorial (?:signature|credit|sign-off)\b|\b(?:editor|author|writer)'?s credit\b"
                           # "Reporter behind the CIS signals post?"
                           r"|\b(?:reporter|writer|author|journalist)s? behind (?:the|this|that)\b"
                           # "The … story credits which editor?", "I want to credit the analyst who covered …"
                           r"|\bcredits? (?:which|what) (?:editor|author|writer)\b"
                           r"|\bcredit the (?:[a-z]+ )?(?:analyst|author|writer|journalist|reporter|editor|blogger) (?:who "
                           r"(?:wrote|covered|penned|authored)|of (?:the|this|that))\b")
"""The credit line named as such ("la mention « Edited by » : quel nom suit ?"): the byline is asked, whatever the question's form."""


_PRONOUNS = frozenset({"he", "she", "il", "elle", "он", "она"})
_WORDS_NOUNS = (r"(?:[a-z-]+ ){0,2}(?:message|remarks?|statement|words|comments?|speech|reply|response|answer|view|position|"
                r"warning|appeal|call|assurances?|reassurances?|pledges?|promises?)\b")
"""What someone said, named by its noun after their possessive: "'s public remarks", "'s message"."""
_WHOSE_WORDS = re.compile(r"(?:^|(?<=: ))([A-ZА-Я][\w-]+)['’]s " + _WORDS_NOUNS)
""""Tokayev's message to …": the person whose words are asked, whether or not the corpus names him."""
_ROLES_WORDS = re.compile(r"(?:the )?((?:[a-z-]+ ){0,2}(?:president|prime minister|premier|minister|spokes(?:man|woman|person)|"
                          r"ambassador|governor|chairman))'s " + _WORDS_NOUNS)
"""A role whose words are asked, on the folded question: "Kazakh president's words to his Russian guest?"."""

_PRONOUN_SAYS = re.compile(
    r"\b(?:did|does|do|has|had|would|will) (?:he|she) (?:say|tell|claim|argue|warn|call|urge|stress|insist|suggest)\b"
    r"|\b(?:a-t-il|a-t-elle) (?:dit|declare|affirme|appele|exhorte|averti|estime|souligne)\b")
""""… did he say …", "… a-t-il dit …": the one person the question names is the speaker."""
_SAID = r"(?:said|says|stated|claimed|argued|told|a (?:declare|dit|affirme|estime))\b"
"""Verbs that only report speech, as in `_ATTRIBUTED_TO` ("Mishustin said the EAEU can't rely on … what?");
"warned" or "urged" tell the tone, which a summary ("Le message de Mishustin était que …") also has."""
_PERSON_SAYS = re.compile(r"^what (?:does|do)\s+(?P<who>.+?)\s+(?:say|says|claim|argue|think|believe|warn)\b"
                          r"|^que (?:dit|disent|pense|pensent|declare|declarent|affirme|affirment)\s+(?P<sayer>.+?)\s+"
                          r"(?:de|du|des|d'|sur|a propos)\b")


def _a_government(subject: str | None) -> bool:
    """"Erevan", "Moscow", "the Kremlin", "le Kazakhstan": a country speaks through its government."""
    words = re.sub(r"^(?:la |le |les |l'|the )", "", subject or "")
    return bool(CAPITALS.get(words) or NATIONALITIES.get(words) or countries_in(words))
_WHO_IS = re.compile(r"^(?:qui est|qui etait|who is|who was|кто так(?:ой|ои|ая)|кто это"
                     r"|кем (?:является|являлся|являлась|работает|работал|работала|был|была))\b")
""""Who is X?", "Кем является X?": what the text says X is."""
_PLACE_CLASS = re.compile(
    r"\b(?:quel|quelle|quels|quelles|which|what)\s+(?:autres?\s+|other\s+)?(?:pays|etats?|villes?|regions?|"
    r"republiques?|countries|country|states?|cities|city|regions?)\s+(?:d['’]|de la |de l['’]|du |des |de |en |"
    r"in |of |from )(?:the )?$")


_NAME_ADJECTIVES = r"(?:europ|econom|eurasi|sovi|national|international|intergouvern|collecti|unie|sociale)\w*"


def _name_goes_on(entity: str, folded_question: str) -> bool:
    """"l'Union européenne" is not the corpus's "Union": a name the question writes longer than
    the vocabulary knows it is another name, and not checked against the quote."""
    return bool(re.search(rf"(?<![\w-]){re.escape(entity)}\s+{_NAME_ADJECTIVES}", folded_question))


_PIECE_WORDS = r"(?:text|article|piece|story|report|coverage|texte|papier|reportage|billet|depeche)"


def _labels_piece(entity: str, folded_question: str) -> bool:
    """"Resources the CNBC text credits Kazakhstan with?": a medium naming the piece says which article
    is read (retrieval reads the name), not what the quote must name."""
    e = re.escape(entity)
    return not country_forms(entity) and bool(re.search(
        rf"(?<![\w-]){e}(?:'s)? {_PIECE_WORDS}\b|\b{_PIECE_WORDS} (?:de |d')(?:la |le |l')?{e}(?![\w-])", folded_question))


def _describes_answer(folded_question: str, entity: str) -> bool:
    """"Quel autre pays d'Asie centrale …": the region says where the answer lies, and the quote
    naming that country ("son voisin l'Ouzbékistan") need not name the region again."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(entity)}(?![\w-])", folded_question):
        if _PLACE_CLASS.search(folded_question[: m.start()]):
            return True
    return False


_ATTRIBUTED_TO = re.compile(
    r"\b(?:selon|d['’]apr[eè]s|according to|по словам|по мнению)\s+"
    r"((?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*){0,3}))"
    # "…, Mishustin said?", "…, a dit Poutine ?": the attribution after the question.
    r"|,\s*((?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3}))\s+(?:said|says|stated|claimed|argued)\s*\??\s*$"
    r"|,\s*(?:a|ont)\s+(?:dit|déclaré|affirmé|estimé)\s+((?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3}))\s*\??\s*$",
    re.IGNORECASE)
""""Selon Max Hess, qu'est-ce qui …", "…, according to Putin?": whatever the question asks, the quote
must be that person's (or organisation's) statement. Only a capitalised name counts: "selon les
données officielles" names no speaker."""


_SPEAKING_ROLES = (r"(porte-parole|spokes(?:man|woman|person)|ministre|minister|president|ambassadeur|ambassador|"
                   r"analyste?|researcher|chercheur|expert)")
_ATTRIBUTED_TO_ROLE = re.compile(
    r"\b(?:selon|d'apres|according to|per)\s+(?:its|the|their|le|la|l'|son|sa|leur)\s*(?:[a-z'-]+\s+){0,4}?(?:vice-|deputy-)?"
    + _SPEAKING_ROLES + r"\b"
    r"|\bas\s+(?:its|the|their)\s+(?:[a-z'-]+\s+){0,4}?(?:vice-|deputy-)?" + _SPEAKING_ROLES
    + r"\s+(?:put it|said|says|stated|described it)\b"
    r"|\bin\s+(?:its|the|their)\s+(?:[a-z'-]+\s+){0,4}?" + _SPEAKING_ROLES + r"'s\s+words\b")
""""…, according to its foreign ministry spokesman?", "…, per the Kazakh deputy defence minister?", "…, as the
spokesman put it?": the statement must be the spokesman's, the minister's."""




class _Names:
    """A corpus vocabulary arranged for lookups: a question is matched by its own word sequences,
    not by scanning every name of the corpus (a large archive knows hundreds of thousands)."""

    def __init__(self, vocabulary: dict[str, str]) -> None:
        # Longest first, then vocabulary order: the order a scan of the sorted vocabulary would find them.
        self.rank = {n: i for i, n in enumerate(sorted(vocabulary, key=len, reverse=True)) if len(n) >= 3}
        self.longest = max((n.count(" ") + 1 for n in self.rank), default=0)
        self.words = {w for name in vocabulary for w in name.split()}
        # "Macron" names the corpus's "Emmanuel Macron": a surname alone is the person.
        self.surnames = {name.split()[-1]: name for name, label in vocabulary.items()
                         if label == "PER" and " " in name and len(name.split()[-1]) >= 4}
        self._skeletons: dict[str, list[str]] | None = None
        self._holders: dict[str, list[str]] | None = None

    def spelled_otherwise(self, word: str) -> bool:
        """Whether a name the vocabulary lacks is one of its names in another spelling or script
        ("Putin" for "Poutine", "Смадияров" for "Smadiyarov")."""
        return bool(self.respelled(word))

    def respelled(self, word: str) -> str:
        """The vocabulary's word a name in another spelling or script stands for ("Байтерек" →
        "baiterek"), '' when none: same consonants (three at least, or two in a word of about the
        same length: "Хесс" is "Hess")."""
        return next((found for latin in latin_spellings(word) if (found := self._respelled(latin))), "")

    def _respelled(self, latin: str) -> str:
        key = skeleton(latin)
        if len(key) < 2:
            return ""
        if self._skeletons is None:
            self._skeletons = skeleton_index(self.words)
        # Equally near, a word that is a name by itself ("russie", not "russes") is the likelier reading.
        near = sorted(self._skeletons.get(key, ()), key=lambda w: (abs(len(w) - len(latin)), w not in self.rank))
        if near and (len(key) >= 3 or abs(len(near[0]) - len(latin)) <= 1):
            return near[0]
        return ""

    def _holding_all(self, word: str) -> list[str]:
        """The names of several words that hold `word`, in vocabulary order (built once)."""
        if self._holders is None:
            self._holders = {}
            for name in self.rank:
                if " " in name:
                    for w in set(name.split()):
                        self._holders.setdefault(w, []).append(name)
        return self._holders.get(word, [])

    def holding(self, word: str) -> str:
        """The one name of several words that holds `word` ("shanghai" → "organisation de cooperation
        de shanghai"), '' when none or several do."""
        held = self._holding_all(word)
        return held[0] if len(held) == 1 else ""

    def continued(self, first: str, following: list[str]) -> str:
        """The corpus name of several words that `first` begins and the question's next words spell in
        another script ("kapustin" and "Яр" → "kapustin yar"), '' when none."""
        begun = [name for name in self._holding_all(first) if name.split()[0] == first]
        for name in sorted(begun, key=len, reverse=True):
            rest = name.split()[1:]
            if len(rest) <= len(following) and all(
                    skeleton(w) == skeleton(transliterate(f)) for w, f in zip(rest, following)):
                return name
        return ""


_NAMES: dict[int, tuple[dict[str, str], _Names]] = {}


def _names(vocabulary: dict[str, str]) -> _Names:
    """Built once per vocabulary (one per index)."""
    held = _NAMES.get(id(vocabulary))
    if held is None or held[0] is not vocabulary:
        if len(_NAMES) >= 4:
            _NAMES.clear()
        held = _NAMES[id(vocabulary)] = (vocabulary, _Names(vocabulary))
    return held[1]


_ORGANISATION_NAMES = [(acronym, re.compile(rf"\b{name}\b")) for acronym, name in [
    ("otsc", r"collective security treaty organi[sz]ation"), ("cei", r"commonwealth of independent states"),
    ("ocs", r"shanghai cooperation organi[sz]ation"), ("uee", r"eurasian (?:economic )?union"), ("nations unies", r"united nations"),
    ("etats-unis", r"united states(?! of)"), ("cei", r"(?<!british )commonwealth(?! of nations)(?!'s? (?:games|realm))"),
    # "the remaining Commonwealth states", "which Commonwealth parliaments": the CIS's, as a qualifier.
    ("cei", r"commonwealth(?= (?:states?|countr(?:y|ies)|members?|parliaments?|capitals?|republics?|leaders?|summits?)\b)"),
    # The EU is checked as a country (NATIONALITIES): its words are no corpus name the quote must hold ("Union").
    ("ue", r"european union|union europeenne"),
    # Russian, folded ("й" is "и"): "Содружества", "Евразийский экономический союз".
    ("cei", r"содружеств\w*(?: независимых государств)?"), ("uee", r"евразии?ск\w* экономическ\w* союз\w*"),
    ("otsc", r"организаци\w* договора о коллективнои безопасности"),
]]
"""English and Russian names of several words, read as the French text writes them ("the Eurasian
Economic Union" is "l'UEE", "the United Nations" "les Nations Unies", "Содружество" "la CEI")."""
_QUALIFIER = re.compile(r"-(?:era|style|based|led|owned|run|made|born|backed|controlled|speaking)$")
""""Soviet-era", "Russian-led": a compound that qualifies a noun, not a name."""


def _known_entities(question: str, vocabulary: dict[str, str]) -> list[str]:
    """Longest corpus entities found in the question, as whole words (English and Russian acronyms
    read as their French form)."""
    q = f" {fold(question)} "
    q = re.sub(r"\b(?:[ldjmnstc]|qu)'", " ", q)
    q = re.sub(r"(?<=\w)'s\b", " ", q)  # "the CSTO's forces"
    q = re.sub(r"[^\w' -]", " ", q)
    for acronym, name in _ORGANISATION_NAMES:
        q = name.sub(f" {acronym} ", q)
    words = [ACRONYMS.get(w, w) for w in q.split()]
    names = _names(vocabulary)
    present = {" ".join(words[i : i + n]) for n in range(1, names.longest + 1) for i in range(len(words) - n + 1)}
    found: list[str] = []
    for name in sorted((p for p in present if p in names.rank), key=names.rank.__getitem__):
        if not any(name in f for f in found):
            found.append(name)
    # A name written in another script or spelling ("Байтерек", "Putin") is the corpus's name.
    for m in re.finditer(r"\b[A-ZÀ-ÖØ-ÞА-ЯЁ][\w-]{3,}", question):
        word = fold(m.group(0))
        if m.start() == 0 and word not in names.surnames and not re.match(r"['’]s\b", question[m.end():]):
            continue  # the first word is capitalised anyway; "Lavrov …", "Putin's warning" still name someone
        if word in names.surnames and not any(word in f for f in found):
            found.append(word)
            continue
        if (word in names.words and word not in names.rank and len(word) >= 5 and word not in STOPWORDS
                and word not in NATIONALITIES and word not in ROLE_WORDS and not any(word in f for f in found)):
            # "l'Organisation de Shanghai": a word only one of the corpus's longer names holds is that name.
            whole = names.holding(word)
            if whole and not any(whole in f for f in found):
                found.append(whole)
            continue
        if word in names.words or word in NATIONALITIES or word in ROLE_WORDS or word in ACRONYMS or _QUALIFIER.search(word):
            continue
        respelled = names.respelled(word)
        if respelled and respelled not in names.rank and respelled not in names.surnames:
            # "Капустин Яр": the first word respelled begins a name whose next words sound the same.
            following = [fold(w) for w in re.findall(r"[\w-]+", question[m.end():])]
            respelled = names.continued(respelled, following)
        if respelled and (respelled in names.rank or respelled in names.surnames) and not any(
                respelled in f for f in found):
            found.append(respelled)
    return found


def joins_known_names(compound: str, vocabulary: dict[str, str]) -> bool:
    """"papier Michoustine-Almaty", "the Putin-in-Kazakhstan article": a hyphenated label made of names the
    corpus already has (and small words) describes a piece by them; it is no new name a quote must give."""
    names = _names(vocabulary)
    parts = [p for p in compound.split("-") if p]
    return len(parts) > 1 and all(
        p in STOPWORDS or countries_in(p) or p in names.rank or p in names.surnames or names.respelled(p) for p in parts)


def _common_word(entity: str, question: str) -> bool:
    """"la coopération de défense": a word the tagger took for a name somewhere in the corpus
    ("ministère de la Défense"), written here in lower case, is the common noun, not a name the
    quote must hold. Countries and places keep their names however they are typed."""
    if " " in entity or country_forms(entity) or entity in CAPITALS or entity in ACRONYMS.values():
        return False
    written = [w for w in re.findall(r"[\w-]+", question) if fold(w) == entity]
    return bool(written) and all(w[0].islower() for w in written)


_DESIGNATOR = re.compile(r"\b(?:article|articles|paragraphe|chapitre|section|annexe|alinea|point|clause|"
                         r"paragraph|chapter|annex)\s+\d+\b")
_SENTENCE_START = re.compile(r"(^|[.?!:;«\"]\s*)$")


_REGION_ADJECTIVES = frozenset({"asian", "european", "western", "eastern", "northern", "southern", "soviet",
                                "post-soviet", "eurasian", "central", "caucasian", "baltic", "arctic"})
"""English adjectives of a region ("Central Asian states"): capitalised, and not names the quote must hold."""

_CALENDAR_WORDS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
     "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "fev", "avr", "juil"])
"""Month and day names, and months shortened ("Jan–Nov 2022"): capitalised in English, and dates, not names, in any language."""


ACRONYM_SPELLED_OUT = {
    "onu": "nations unies", "ue": "union europeenne", "otan": "organisation du traite de l'atlantique nord",
    "uee": "union economique eurasienne", "otsc": "organisation du traite de securite collective",
    "cei": "communaute des etats independants", "ocs": "organisation de cooperation de shanghai",
}
"""A French acronym whose letters are not its name's initials ("ONU", "Nations Unies"): a text that
writes the name in full knows the organisation."""


_SURNAME = re.compile(r"(?:ov|ev|ova|eva|sky|ski|enko|shvili|yan)$|(?:ов|ев|ёв|ин)(?:а|у|ым|е|ой)?$|(?:ский|ского|ским)$")
"""Endings of the region's surnames ("Tokayev", "Tokaïev", "Токаеву", "Pashinyan"): no common word of the
question's language ends so, and a person's name is never translated into another word. A town
named alike ("Rostov") is a name the corpus lacks all the same."""
_PERSON_TITLE = re.compile(r"\b(?:president|presidente|minister|ministre|m\.|mr\.?|mrs\.?|mme|general|"
                           r"президент|министр|премьер)\s+$")


def person_names(question: str, names: list[str]) -> list[str]:
    """The names among `names` that name a person: a surname's ending, or a title before it
    ("President Tokayev"). The corpus cannot say what a person it never names did or said."""
    folded = fold(question)
    return [n for n in names if (len(n.split("-")[-1]) >= 5 and _SURNAME.search(n)) or any(
        _PERSON_TITLE.search(folded[: m.start()]) for m in re.finditer(rf"\b{re.escape(n)}\b", folded))]


_RUSSIAN_CASE_ENDINGS = ("ым", "ом", "ем", "ой", "у", "а", "е")
"""Case endings a Russian question adds to a name ("предложенный Смаиловым"): the name is without them."""


_COMMON_ACRONYMS = frozenset({"сми", "media", "ong", "ngo", "нко"})
"""Capitalised words that name a kind of thing, not one: "Какое СМИ …" asks a medium."""
_BLOCS = frozenset({"ouest", "west", "est", "east", "nord", "north", "sud", "south",
                    *(side + end for side in ("запад", "восток", "север") for end in ("", "а", "у", "ом", "е"))})
""""Quel risque venant de l'Ouest …": a side of the world, capitalised, that the text may call "l'Occident"."""


def _unknown_names(question: str, vocabulary: dict[str, str], known: list[str]) -> list[str]:
    """Capitalised words inside the question that appear nowhere in the corpus's entities."""
    names = []
    names_ = _names(vocabulary)
    folded = fold(question)
    # "the Commonwealth of Independent States" is the corpus's "CEI": its words are not unknown names.
    translated = {w for _, pattern in _ORGANISATION_NAMES for m in pattern.finditer(folded)
                  for w in m.group(0).split()}
    for m in re.finditer(r"\b[A-ZÀ-ÖØ-ÞА-Я][\w-]{2,}", question):
        if _SENTENCE_START.search(question[: m.start()]):
            continue
        word = _QUALIFIER.sub("", fold(m.group(0)))  # "the Moscow-led pact" names Moscow
        word = ACRONYMS.get(word, word)
        if (word in translated or word in names_.words or word in NATIONALITIES or word in CAPITALS or word in ROLE_WORDS
                or word in _COMMON_ACRONYMS or word in _BLOCS
                or any(part in NATIONALITIES for part in word.split("-"))
                or word in ROLE_CLASSES or word in _REGION_ADJECTIVES or all(part in _CALENDAR_WORDS for part in word.split("-")) or any(p.match(word) for p, _ in RUSSIAN_COUNTRIES)
                or any(word in k for k in known) or names_.spelled_otherwise(word)
                or any(names_.spelled_otherwise(word[: -len(e)]) for e in _RUSSIAN_CASE_ENDINGS  # "Смаиловым"
                       if word.endswith(e) and len(word) - len(e) >= 4)
                or ACRONYM_SPELLED_OUT.get(word) in vocabulary):
            continue
        names.append(word)
    return names
