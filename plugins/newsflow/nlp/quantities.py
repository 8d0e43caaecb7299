"""Quantities in normalized (standard German) text: number + scale + unit or counted noun.

``45.000 Besucher``, ``780 Millionen Franken``, ``2,7 Prozent``, ``CHF 650.000``, ``1,5 Mrd.``,
``mindestens 1.200 Tote`` (qualifier), ``Zehntausende Demonstranten`` (approximate).
Offsets index the normalized text; ``newsflow.text.normalize.Normalized.to_original`` maps them back.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from newsflow.nlp.charmap import CharMap
from newsflow.nlp.numberwords import NUMBER_WORD, number_word_value
from newsflow.nlp.records import Quantity
from newsflow.text.numbers import parse_german_number

SCALES = {
    "tausend": Decimal(10) ** 3, "million": Decimal(10) ** 6, "millionen": Decimal(10) ** 6,
    "mio.": Decimal(10) ** 6, "mio": Decimal(10) ** 6, "milliarde": Decimal(10) ** 9,
    "milliarden": Decimal(10) ** 9, "mrd.": Decimal(10) ** 9, "mrd": Decimal(10) ** 9,
    "billion": Decimal(10) ** 12, "billionen": Decimal(10) ** 12, "bio.": Decimal(10) ** 12,
    # Swiss outlets abbreviate Milliarde(n) "Mia." ("1,2 Mia. Franken")
    "mia.": Decimal(10) ** 9, "mia": Decimal(10) ** 9,
}
# Written as printed -> canonical unit (also the inflected forms: "mit 200 Kilometern pro Stunde").
WRITTEN_UNITS = {
    "Franken": "CHF", "Fr.": "CHF", "SFr.": "CHF", "CHF": "CHF", "Rappen": "CHF-Rappen", "Rp.": "CHF-Rappen",
    "Euro": "EUR", "EUR": "EUR", "€": "EUR", "Cent": "EUR-Cent", "US-Dollar": "USD", "Dollar": "USD",
    "USD": "USD", "$": "USD", "Pfund": "GBP", "Prozent": "%", "%": "%",
    "Prozentpunkte": "Prozentpunkte", "Prozentpunkten": "Prozentpunkte",
    "km/h": "km/h", "Stundenkilometer": "km/h", "Stundenkilometern": "km/h",
    "Kilometer pro Stunde": "km/h", "Kilometern pro Stunde": "km/h", "km pro Stunde": "km/h",
    "km": "km", "Kilometer": "km", "Kilometern": "km", "m": "m", "Meter": "m", "Metern": "m",
    "cm": "cm", "Zentimeter": "cm", "Zentimetern": "cm", "mm": "mm", "Millimeter": "mm", "Millimetern": "mm",
    "kg": "kg", "Kilogramm": "kg", "Kilo": "kg", "Tonnen": "t", "t": "t", "Grad Celsius": "°C", "Grad": "°C", "°C": "°C",
    "°": "°", "Liter": "l", "Litern": "l", "l": "l", "Stunden": "h", "Minuten": "min", "Sekunden": "s",
    "Jahren": "Jahre", "Jahre": "Jahre", "Tagen": "Tage", "Tage": "Tage", "Monaten": "Monate", "Monate": "Monate",
    "Quadratmeter": "m²", "Quadratmetern": "m²", "m²": "m²", "Quadratkilometer": "km²",
    "Quadratkilometern": "km²", "km²": "km²", "Hektar": "ha", "Hektaren": "ha", "ha": "ha",
    "MW": "MW", "Megawatt": "MW", "GW": "GW", "Gigawatt": "GW", "kWh": "kWh", "Kilowattstunden": "kWh",
    "MWh": "MWh", "Megawattstunden": "MWh", "GWh": "GWh", "Gigawattstunden": "GWh",
}
UNITS = {written.lower(): canonical for written, canonical in WRITTEN_UNITS.items()}
PREFIX_CURRENCIES = {"chf": "CHF", "fr.": "CHF", "sfr.": "CHF", "eur": "EUR", "€": "EUR",
                     "usd": "USD", "$": "USD", "us$": "USD"}
# Counted nouns never follow in these cases: "1. Mai", "3 Uhr", "2024 Januar".
NOT_COUNTED = frozenset(
    "Uhr Januar Februar März April Mai Juni Juli August September Oktober November Dezember "
    "Und Der Die Das".split()
)
# "zwei Drittel der Stimmen" is a share, not two things called Drittel.
FRACTIONS = frozenset("Drittel Viertel Fünftel Sechstel Achtel Zehntel Hälfte".split())
QUALIFIERS = ("mehr als", "weniger als", "bis zu", "mindestens", "höchstens", "maximal", "über",
              "unter", "knapp", "fast", "beinahe", "nahezu", "rund", "etwa", "ca.", "circa", "zirka",
              "ungefähr", "annähernd", "gut", "gegen", "an die")
APPROXIMATE = frozenset({"rund", "etwa", "ca.", "circa", "zirka", "ungefähr", "annähernd", "gegen", "an die"})
# Zehntausende Demonstranten: at least 20,000, an order of magnitude; we store the lower bound.
NUMBER_WORDS = {
    "dutzende": Decimal(24), "hunderte": Decimal(200), "tausende": Decimal(2000),
    "zehntausende": Decimal(20000), "hunderttausende": Decimal(200000), "millionen": Decimal(2000000),
    "milliarden": Decimal(2000000000),
}

# Thousands grouped by dots (45.000) or by spaces ("12 500", also a no-break or thin space, which
# normalization has made a plain space).
# Apostrophes group them in Swiss figures quoted by German or Austrian outlets, whose text is not
# normalized ("45'000 Besucher" in a German feed).
# No group follows a lone zero: "0.958 Dollar" is an English decimal, not 958.
# A point before one or two digits groups no thousands: in German text it is an English decimal, read only
# before a currency or a scale, or after a currency ("87.50 Franken", "USD 3.5 Mio."; not "um 14.30 Uhr").
_POINT_DECIMAL = (r"(?:(?<=CHF )|(?<=USD )|(?<=EUR )|(?<=US\$ )|(?<=\$)|(?<=€ ))\d+\.\d{1,2}(?!\d)"
                  r"|\d+\.\d{1,2}(?=\s?(?:Mio\.|Millionen|Million|Mrd\.|Milliarden|Milliarde|Franken|Euro|Dollar|"
                  r"CHF|EUR|USD)(?!\w))")
_POINT_DECIMAL_ONLY = re.compile(r"\d+\.\d{1,2}")
_NUM = (r"[-−]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?(?:,[–-])?|[-−]?[1-9]\d{0,2}(?: \d{3})+(?:,\d+)?(?:,[–-])?"
        r"|[-−]?[1-9]\d{0,2}(?:['’ʼ]\d{3})+(?:,\d+)?|" + _POINT_DECIMAL + r"|[-−]?\d+(?:,\d+)?(?:,[–-])?")
_SCALE = r"Tausend|Millionen|Million|Mio\.?|Milliarden|Milliarde|Mrd\.?|Mia\.?|Billionen|Billion|Bio\."
# Longest first, so that "Kilometern pro Stunde" wins over "Kilometern" and "km/h" over "km".
_UNIT = "|".join(re.escape(u) for u in sorted(WRITTEN_UNITS, key=len, reverse=True))
# Words with an adjective's ending that are none: "Zehntausende gegen Korruption", "80 aber nicht mehr"
_NO_ADJECTIVES = ("gegen|unter|über|hinter|wegen|neben|zwischen|entgegen|außer|ausser|aber|oder|sondern|sowie|immer|"
                  "wieder|eher|weiter|später|früher|jeder|jede|jedes|jeden|diese|dieser|dieses|diesen|seine|seiner|"
                  "seinen|ihre|ihrer|ihren|keine|keiner|keinen|unsere|unserer|deren|dessen|alle|aller|allen")
# up to two inflected adjectives, never an article: "45.000 begeisterte Fans", "drei weitere israelische Geiseln",
# not "zwei der Verletzten"; or an age: "zwei 16-jährige Burschen", "drei 20-Jährige" (people named by their age)
_COUNTED = (r"(?:(?:(?!(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|" + _NO_ADJECTIVES + r")\s)"
            r"[a-zäöüß]+(?:e|en|er|es)\s+){1,2}"
            r"|\d{1,3}-jährige[nmrs]?\s+)?"
            # ("45 SPD-Mitglieder", "drei US-Soldaten", "vier Iris-T-Systeme": acronyms inside the noun)
            r"(?:(?:[A-ZÄÖÜ]{2,5}-)?[A-ZÄÖÜ][a-zäöüß]+(?:-(?:[A-ZÄÖÜ]?[a-zäöüß]+|[A-Z0-9]{1,4}(?=-)))*"
            r"|\d{1,3}-Jährige[nmr]?(?![\w-]))")
QUANTITY = re.compile(
    rf"(?:(?P<prefix>CHF|SFr\.|Fr\.|EUR|€|USD|US\$|\$)\s?)?"
    # "Kampfjets F-35", "Covid-19", "G-7": a number hyphened to letters is part of a name
    rf"(?<![\w.,'’ʼ])(?<![A-Za-zÄÖÜäöü][-‑])(?P<number>{_NUM})(?!\d)(?![.,'’ʼ]\d)"
    # "am 3. Mai" is an ordinal; "CHF 85.000." and "CHF 200." end a sentence
    rf"(?(prefix)|(?:(?<=\.\d{{3}})|(?!\.\s)))"
    rf"(?:\s?(?P<scale>{_SCALE})(?![\w]))?"
    rf"(?:\s?(?P<unit>{_UNIT})(?![\w])|\s(?P<counted>{_COUNTED}))?"
)
WORD_QUANTITY = re.compile(
    r"\b(?P<word>Dutzende|Hunderte|Tausende|Zehntausende|Hunderttausende|Millionen|Milliarden)\b"
    rf"(?:\s+(?:von\s+)?(?P<counted>{_COUNTED}))?"
)
# "drei Personen", "fünf Millionen Euro", "eine (halbe) Milliarde Franken", "zweieinhalb Jahre": a number
# written as a word counts only with a scale, a unit or a noun ("zwei der Verletzten" does not).
# "ein"/"eine" are articles unless a scale follows. A capital is a sentence's first word ("Drei Personen").
WORD_NUMBER_QUANTITY = re.compile(
    rf"(?<![\w-])(?:(?P<article>[Ee]ine[mnrs]?|[Ee]in)(?:\s(?P<half>halbe[nmr]?)(?=\s(?:{_SCALE})(?!\w)))?"
    rf"|(?P<word>{NUMBER_WORD}))(?![\w-])"
    rf"(?:\s(?P<scale>{_SCALE})(?!\w))?"
    rf"(?:\s(?P<unit>{_UNIT})(?![\w])|\s(?P<counted>{_COUNTED}))?"
)
_SOME_BEFORE = re.compile(r"(?<![\w-])(?:mehrere[nmr]?|einige[nmr]?|etliche[nmr]?|ein paar|viele[nmr]?)\s$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[„“»«\"(]\s*)$")
QUALIFIER_BEFORE = re.compile(
    r"(?P<q>" + "|".join(re.escape(q) for q in QUALIFIERS) + r")\s+$", re.IGNORECASE
)


# "1.500–2.500 Franken", "2.500 bis 3.000 Menschen", "zwischen 0,8 und 1,2 Prozent"; and numbers sharing the
# next one's unit: "im Alter von 23 und 41 Jahren", "31 von 37 Drohnen" (a part of them)
RANGE_BEFORE = re.compile(rf"(?:(?<![\d.,])(?P<number>{_NUM})\s?(?:–|—|-|bis)\s?"
                          rf"|\b[Zz]wischen\s+(?P<between>{_NUM})\s+und\s+"
                          # "steigen von 40 auf 60 Franken", "sank um 2 auf 5 Prozent": the change shares the unit
                          rf"|\b(?:[Vv]on|[Uu]m)\s+(?P<change>{_NUM})\s+auf\s+"
                          rf"|(?<![\d.,])(?P<also>{_NUM})\s+(?:und|oder|von)\s+"
                          # "mit 110 zu 82 Stimmen", "mit 120 gegen 60 Stimmen": a vote's tally (votes only, below)
                          rf"|(?<![\d.,])(?P<tally>{_NUM})\s+(?:zu|gegen)\s+)$")
# What a tally counts: "110 zu 82 Stimmen" (not "3 zu 1 Toren", a score, nor "gegen 20 Uhr")
_TALLIED = re.compile(r"(?:Ja-|Nein-|Gegen)?[Ss]timmen")


# A part of a group counted before: "14 von ihnen", "drei davon"
_OF_THEM = re.compile(rf"(?<![\w.,'’ʼ-])(?P<number>\d+|{NUMBER_WORD})\s+(?:von\s+ihnen|davon)(?![\w-])", re.IGNORECASE)
# units that measure rather than count: no group of people or things "von ihnen" refers to
_MEASURED = frozenset(UNITS.values())

_MINUS_BEFORE = re.compile(r"(?<![\w-])minus\s$", re.IGNORECASE)


def _value(number: str) -> Decimal | None:
    """The unsigned value of a matched number in any of its groupings: 45.000, 12 500, 45'000."""
    number = re.sub(r"[ '’ʼ]", "", number).replace("−", "-").lstrip("-")
    if _POINT_DECIMAL_ONLY.fullmatch(number):
        return Decimal(number)  # "87.50": the point before one or two digits is a decimal point
    return parse_german_number(number)



def _tidy(value: Decimal) -> Decimal:
    """1.5 × 10^9 is stored as 1500000000, not 1.5E+9."""
    return value.to_integral_value() if value == value.to_integral_value() else value


def _qualifier(text: str, start: int) -> str | None:
    match = QUALIFIER_BEFORE.search(text, max(0, start - 16), start)
    if not match:
        return None
    boundary = match.start() == 0 or not text[match.start() - 1].isalnum()
    qualifier = match.group("q").lower()
    if qualifier in _PREPOSITION_QUALIFIERS and _NOUN_BEFORE.search(text, max(0, match.start() - 40), match.start()):
        return None  # "der Prozess gegen drei Männer", "ein Bericht über 30 Fälle": a noun's preposition
    if qualifier == "gegen" and _AGAINST_AFTER.match(text, start, start + 120):
        return None  # "Gegen 15 Personen wurden Strafverfahren eingeleitet": against them, not about 15
    if qualifier == "an die" and not _ABOUT_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return None  # "verteilte Flugblätter an die 300 Gäste": to them ("An die 3000 Fans kamen": about 3000)
    return qualifier if boundary else None


# Proceedings or fines "gegen" someone: "Gegen 15 Personen wurden Strafverfahren eingeleitet",
# "verhängte gegen drei Hersteller Bußgelder".
_AGAINST_AFTER = re.compile(r"[^.!?;]*?(?:[Vv]erfahren|ermittel|[Aa]nzeige|[Aa]nklage|[Ss]trafbefehl|[Hh]aftbefehl|"
                            r"vorgegangen|vorgehen|[Ss]anktionen|[Kk]lage|[Bb]u(?:ß|ss)en?\b|[Bb]u(?:ß|ss)geld|[Ss]trafen?\b|[Ee]inreiseverbot)")
# "an die 3000" is about 3000 only where no verb or noun takes "an": at a sentence's or clause's start, or after a
# verb of being, coming or losing ("An die 3000 Fans kamen", "Es waren an die 500", "starben an die 40 Menschen";
# not after "sich": "wandte sich an die 300 Mitglieder")
_ABOUT_BEFORE = re.compile(r"(?:^|[.!?:;,(–—]|\b(?:kamen|kommen|waren|sind|seien|wären|nahmen|folgten|versammelten|"
                           r"starben|verloren|zählte|zählten|zählt|erwartet|erwarten|erwartete|gab|gibt|es|"
                           r"insgesamt|demonstrierten|protestierten))\s*$", re.IGNORECASE)
# Qualifiers that are prepositions too; after a noun they are the noun's ("Prozess gegen drei Männer").
_PREPOSITION_QUALIFIERS = frozenset({"gegen", "über", "unter"})
_NOUN_BEFORE = re.compile(r"(?<![.!?:]\s)\b[A-ZÄÖÜ][a-zäöüß]+\s+$")


def _looks_like_year(number: str) -> bool:
    """"seit 2019 Präsident": a year before a noun, not 2019 presidents."""
    return number.isdigit() and len(number) == 4 and 1800 <= int(number) <= 2100


def _counted_noun(phrase: str) -> str | None:
    noun = phrase.split()[-1]
    return None if noun in NOT_COUNTED else noun


def _word_number_quantity(text: str, match: re.Match) -> Quantity | None:
    scale, unit, counted = match.group("scale"), match.group("unit"), match.group("counted")
    word = match.group("word") or match.group("article")
    if (word[0].isupper() and not _SENTENCE_START.search(text, max(0, match.start() - 8), match.start())
            and not (word.lower() in ("hundert", "tausend")
                     and _SOME_BEFORE.search(text, max(0, match.start() - 12), match.start()))):
        return None  # "die Elf", "in Acht nehmen" (but "mehrere Tausend Menschen", capitalized as the rules allow)
    value = number_word_value(word) if match.group("word") else (Decimal(1) if scale else None)
    if match.group("half"):
        value = Decimal("0.5")  # "eine halbe Milliarde Franken", "einer halben Million Menschen"
    if value is None:
        return None
    start, approximate = match.start(), False
    if value in (100, 1000, 10000, 100000) and (some := _SOME_BEFORE.search(text, max(0, start - 12), start)):
        # "mehrere hundert Euro", "einige tausend Fans", "mehrere hunderttausend Franken": like Hunderte, twice
        # the unit, approximate
        value, start, approximate = value * 2, some.start(), True
    end = match.end()
    if unit:
        canonical = UNITS[unit.lower()]
    elif counted and (noun := _counted_noun(counted)) and noun not in FRACTIONS:
        canonical = UNITS.get(noun.lower(), noun)  # "zwei Prozent" is %, like "2 Prozent"
    elif scale:
        canonical, end = None, match.end("scale")
    else:
        return None
    factor = SCALES[scale.lower()] if scale else Decimal(1)
    qualifier = _qualifier(text, start)
    return Quantity(text[start:end], _tidy(value * factor), canonical, start, end, qualifier,
                    approximate or qualifier in APPROXIMATE)


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in normalized text, in text order; numbers without unit or noun are skipped
    (a bare "2024" is a year, not a quantity)."""
    found: list[Quantity] = []
    taken = CharMap(len(text))  # the characters already inside a quantity
    for match in QUANTITY.finditer(text):
        value = _value(match.group("number"))
        if value is None:
            continue
        if match.group("number").startswith(("-", "−")):
            value = -value
        start, end = match.start(), match.end()
        if minus := _MINUS_BEFORE.search(text, max(0, start - 7), start):
            value, start = -value, minus.start()  # "minus 5 Grad"
        prefix, scale, unit = match.group("prefix"), match.group("scale"), match.group("unit")
        counted = match.group("counted")
        canonical = PREFIX_CURRENCIES.get(prefix.lower()) if prefix else None
        if unit:
            canonical = canonical or UNITS[unit.lower()]
        elif counted:
            # "seit 2019 Präsident" is a year, "rund 2000 Beschäftigte" a count
            year = _looks_like_year(match.group("number")) and _qualifier(text, start) is None
            noun = None if year else _counted_noun(counted)
            if noun is None:
                end = match.end("scale") if scale else match.end("number")
            elif canonical is None:
                canonical = noun
            else:
                end = match.end("scale") if scale else match.end("number")
        factor = SCALES[scale.lower()] if scale else Decimal(1)
        if canonical is None and not scale:
            continue
        lower = RANGE_BEFORE.search(text, max(0, start - 40), start) if not prefix else None
        group = next((g for g in ("number", "between", "change", "also", "tally") if lower and lower.group(g)), "number")
        if lower and group == "tally" and not (canonical and _TALLIED.fullmatch(canonical)):
            lower = None
        if lower and taken.at(lower.start(group)):
            lower = None  # "CHF 5'000 und 2'000 Euro": the first amount has its own currency
        if lower and (low := _value(lower.group(group))) is not None:
            # "1.500–2.500 Franken": the lower end shares the upper end's unit and scale
            qualifier = _qualifier(text, lower.start(group))
            # "sank um 0,2 auf 5,1 Prozent": a percentage changes by points
            by_points = group == "change" and canonical == "%" and lower.group(0)[:1] in "Uu"
            found.append(Quantity(lower.group(group), _tidy(low * factor), "Prozentpunkte" if by_points else canonical,
                                  lower.start(group),
                                  lower.end(group), qualifier, qualifier in APPROXIMATE))
        qualifier = _qualifier(text, start)
        found.append(Quantity(text[start:end], _tidy(value * factor), canonical, start, end, qualifier,
                              qualifier in APPROXIMATE))
        taken.add(start, end)
    for match in WORD_NUMBER_QUANTITY.finditer(text):
        if taken.overlaps(match.start(), match.end()):
            continue
        if quantity := _word_number_quantity(text, match):
            found.append(quantity)
            taken.add(quantity.start, quantity.end)
    for match in WORD_QUANTITY.finditer(text):
        if taken.overlaps(match.start(), match.end()):
            continue
        noun = _counted_noun(match.group("counted")) if match.group("counted") else None
        if match.group("word") in ("Millionen", "Milliarden") and noun is None:
            continue  # "Millionen" alone is mostly a scale word gone astray, not "Millionen kamen"
        end = match.end() if noun else match.end("word")
        start = match.start()
        if some := _SOME_BEFORE.search(text, max(0, start - 12), start):
            start = some.start()  # "mehrere Millionen Franken": the same vague count, said in full
        found.append(Quantity(text[start:end], NUMBER_WORDS[match.group("word").lower()],
                              UNITS.get(noun.lower(), noun) if noun else None,
                              start, end, _qualifier(text, start), True))
    found.sort(key=lambda q: q.start)
    for match in _OF_THEM.finditer(text):
        if taken.overlaps(match.start(), match.end()):
            continue
        # "Rund 300 Menschen demonstrierten … Die Polizei nahm 14 von ihnen fest": counted as the group before
        group = next((q for q in reversed(found) if q.end <= match.start() and match.start() - q.end < 400
                      and q.unit is not None and q.unit not in _MEASURED), None)
        number = match.group("number")
        value = _value(number) if number[0].isdigit() else number_word_value(number)
        if group is None or value is None:
            continue
        qualifier = _qualifier(text, match.start())
        found.append(Quantity(match.group(0), _tidy(value), group.unit, match.start(), match.end(), qualifier,
                              qualifier in APPROXIMATE))
    return _amounts_in_the_currency_before(sorted(found, key=lambda q: q.start), text)


_CURRENCIES = frozenset({"CHF", "EUR", "USD", "GBP"})
# what ends a sentence between two amounts ("Mio., nach" does not)
_SENTENCE_BREAK = re.compile(r"[!?;]|\.\s+[A-ZÄÖÜ\d„«\"]|\n")  # not a colon: "(Vorjahr: 3,9 Mrd.)"


def _amounts_in_the_currency_before(found: list[Quantity], text: str) -> list[Quantity]:
    """"Der Gewinn betrug CHF 312 Mio., nach 298 Mio. im Vorjahr": a scaled amount with no unit of its own is in
    the currency of the amount right before it in its sentence."""
    out = list(found)
    for k in range(1, len(out)):
        q, before = out[k], out[k - 1]
        if (q.unit is None and q.text.rstrip(".").endswith(("Mio", "Mrd", "Mia", "Millionen", "Milliarden", "Million",
                                                             "Milliarde", "Bio", "Billionen", "Tausend"))
                and before.unit in _CURRENCIES and q.start - before.end < 80
                and not _SENTENCE_BREAK.search(text, before.end, q.start + 1)):
            out[k] = replace(q, unit=before.unit)
    return out
