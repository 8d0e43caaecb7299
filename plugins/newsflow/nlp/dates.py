"""Date expressions in German news text, resolved against the publication date.

Pure functions, no spaCy: ``resolve_dates(text, published)`` finds the expressions
and returns ``EventDate`` records (offsets into ``text``) with a precision of
``day``, ``week``, ``month`` or ``year``. Week values are the Monday of the week,
month values the 1st of the month, year values the 1st of January, so that equal
precisions compare equal.

Conventions (news is mostly about the recent past, see docs/events.md):
- a bare weekday is the most recent such day, the publication day included
  ("am Donnerstag" in a Friday article = yesterday); "kommenden/nächsten Montag"
  looks forward, "vergangenen/letzten Montag" back; "für Freitag" (set for a day) is the coming one,
  the publication day included;
- "in der Nacht auf/zum Sonntag" is that Sunday;
- a day or month without a year is put in the year that brings it closest to
  the publication date ("im Dezember" in a January article = last December);
- "nächste Woche" is the Monday of the next week (precision week);
- "heuer" (Austrian, Swiss, Bavarian) is this year, "im Vorjahr" last year (precision year);
- "am Vortag" / "tags darauf" count from the last day named before them, else from the publication day;
- "vor drei Tagen" / "in zwei Wochen" count from the publication day (a week is its Monday);
- "am 5.12." without a year is put in the closest year, like "am 5. Dezember";
- holidays ("an Weihnachten", "zu Ostern", "an Pfingsten", "in der Silvesternacht") are that day in the closest
  year (Easter from dateutil); a season without a year ("im kommenden Frühjahr", "im Herbst") is that season's year
  (precision year); "Ende letzten Jahres", "Anfang des Monats" are that year or month.
Relative expressions need a publication date; without it only dates that carry
their own year are returned. A span of days ("vom 3. bis 5. Dezember") is dated by its first day.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from newsflow.nlp.charmap import CharMap
from newsflow.nlp.records import EventDate

__all__ = ["resolve_dates", "MONTHS", "WEEKDAYS"]

MONTHS = {
    "januar": 1, "jänner": 1, "jaenner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3,
    "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9,
    "oktober": 10, "november": 11, "dezember": 12,
}
WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonnabend": 5, "sonntag": 6,
}
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_WDAY = "(?P<wday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
# "Donnerstagabend", "Sonntagmorgen": the time-of-day suffix does not change the date.
_DAYPART = r"(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# (with the dative's -em after "ab" and "seit": "ab kommendem Mittwoch", "seit vergangenem Montag")
_FORWARD = {"kommenden", "kommende", "kommendem", "nächsten", "nächste", "nächstem", "naechsten", "naechste",
            "übernächsten"}
_BACKWARD = {"vergangenen", "vergangene", "vergangenem", "letzten", "letzte", "letztem", "vorigen", "vorige", "vorigem"}
_REL_DAYS = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}
_COUNT_WORDS = {"einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
                "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}

# A night named for a holiday is dated by its evening: "in der Silvesternacht" is 31 December, though most of what
# happens in it falls on New Year's Day.
_FIXED_HOLIDAYS = {"Heiligabend": (12, 24), "Heiligen Abend": (12, 24), "Weihnachten": (12, 25),
                   "ersten Weihnachtsfeiertag": (12, 25), "zweiten Weihnachtsfeiertag": (12, 26),
                   "Stephanitag": (12, 26), "Stephanstag": (12, 26), "Silvester": (12, 31), "Silvesterabend": (12, 31),
                   "Silvesternacht": (12, 31), "Neujahrsnacht": (12, 31), "Neujahr": (1, 1), "Neujahrstag": (1, 1),
                   "Allerheiligen": (11, 1), "Tag der Deutschen Einheit": (10, 3), "Bundesfeiertag": (8, 1)}
# Days after Easter Sunday: "Karfreitag" is two days before it, "Pfingsten" seven weeks after, "Rosenmontag" 48 days
# before it.
_EASTER_OFFSETS = {"Ostern": 0, "Ostersonntag": 0, "Karfreitag": -2, "Gründonnerstag": -3, "Ostermontag": 1,
                   "Christi Himmelfahrt": 39, "Pfingsten": 49, "Pfingstsonntag": 49, "Pfingstmontag": 50,
                   "Fronleichnam": 60, "Rosenmontag": -48, "Aschermittwoch": -46, "Weiberfastnacht": -52}
# The holidays' names, longest first so that "Silvesternacht" wins over "Silvester"; the date patterns, their needle
# and holiday_a_year_earlier all read this one list
_HOLIDAYS = "|".join(sorted([*_FIXED_HOLIDAYS, *_EASTER_OFFSETS], key=len, reverse=True))
# A season's first month: "im Herbst" in January is last autumn (its year), in October this one.
_SEASON_MONTH = {"Frühjahr": 3, "Frühling": 3, "Sommer": 6, "Herbst": 9, "Winter": 12}


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 03.02.2024 / 3.2.24
    ("numeric", re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)?\d\d)\b")),
    # am 3. Februar (2024)
    # vom 3. bis 5. Dezember (2026): a span of days is dated by its first
    ("day_month", re.compile(r"\b(?:vom\s+)?(?P<d>[0-3]?\d)\.\s*(?:(?:bis(?:\s+zum)?|–|-)\s*[0-3]?\d\.\s*)?"
                             + _MONTH + r"(?:\s+" + _YEAR + r")?\b", re.I)),
    # in der Nacht auf Sonntag / zum Sonntag
    ("night", re.compile(r"\b(?:in\s+der\s+)?Nacht\s+(?:auf|zum|zu)\s+(?:(?P<dir>\w+)\s+)?" + _WDAY + r"\b", re.I)),
    # (am) (kommenden) Donnerstag(abend)
    ("weekday", re.compile(r"\b(?:(?P<prep>am|vom|bis|seit|ab|für)\s+)?(?:(?P<dir>\w+)\s+)?" + _WDAY + _DAYPART + r"\b", re.I)),
    # im Mai 2019 / Mai 2019 / im März
    ("month", re.compile(r"\b(?:(?:im|seit|bis|ab|für|Anfang|Mitte|Ende)\s+)?" + _MONTH + r"(?:\s+" + _YEAR + r")?\b", re.I)),
    # seit 2020 / im Jahr 2020 / Ende 2019 -- bare years are too often counts
    ("year", re.compile(r"\b(?:seit|im\s+Jahr(?:e)?|bis|ab|Anfang|Mitte|Ende|Frühjahr|Frühling|Herbst|Sommer|Winter)\s+"
                        + _YEAR + r"\b", re.I)),
    # a bare year between words: "hatte den 58-Jährigen 2023 wegen Geldwäscherei verurteilt", "war 2019 bereits
    # verhaftet worden" (not a count: "2023 Menschen", "rund 2000 kamen", "stieg auf 2025"; see _bare_year)
    ("bare_year", re.compile(r"(?<![\w'’.,-])" + _YEAR + r"(?![\w'’%-]|[.,]\d)")),
    # "heuer" (Austria, Switzerland, Bavaria: this year), "im Vorjahr" (last year)
    ("this_year", re.compile(r"\bheuer\b", re.I)),
    ("last_year", re.compile(r"\b(?:im\s+)?Vorjahr(?:es)?\b")),
    # lowercase, or capitalized opening a sentence ("Gestern hatte ..."); never "der Morgen" (morning)
    ("rel_day", re.compile(r"\b(?P<rel>heute|gestern|vorgestern|übermorgen|morgen|Heute|Gestern|Vorgestern|Übermorgen)\b")),
    ("weekend", re.compile(r"\b(?:am|vom|übers)\s+(?:(?P<dir>\w+)\s+)?Wochenende\b", re.I)),
    # vor drei Tagen / vor zwei Wochen / in einem Monat / vor einem Jahr
    ("span_ago", re.compile(r"\b(?P<dir>vor|in)\s+(?P<n>\d{1,2}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
                            + r")\s+(?P<unit>Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr)\b", re.I)),
    # am 5.12. (no year): "5.12." closed by its dot, not the start of "5.12.2026"
    ("numeric_no_year", re.compile(r"\b(?:am|vom|bis|ab|seit)\s+(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?!\d)")),
    # an/zu/über Weihnachten, an Ostern, am Pfingstmontag, an Silvester, in der Silvesternacht
    ("holiday", re.compile(r"\b(?i:an|am|zu|über|seit|bis|in\s+der)\s+(?P<holiday>" + _HOLIDAYS + r")\b")),
    # im (kommenden) Frühjahr / im letzten Sommer: that season's year (a season is no month)
    ("season", re.compile(r"\b(?i:im|diesen|diesem)\s+(?:(?P<dir>kommenden|nächsten|vergangenen|letzten|vorigen)\s+)?"
                          r"(?P<season>Frühjahr|Frühling|Sommer|Herbst|Winter)\b(?!\s+(?:19|20)\d\d)")),
    # Ende letzten Jahres / Anfang des Monats / Mitte nächsten Jahres
    ("part_of_unit", re.compile(r"\b(?:Anfang|Mitte|Ende)\s+(?:(?P<dir>letzten|vergangenen|vorigen|nächsten|kommenden|"
                                r"dieses)|des)\s+(?P<unit>Jahres|Monats)\b")),
    ("rel_unit", re.compile(
        r"\b(?:in\s+der\s+|im\s+|am\s+)?(?P<dir>nächste[nsr]?|kommende[nsr]?|vergangene[nsr]?|letzte[nsr]?|vorige[nsr]?|diese[nsr]?)\s+"
        r"(?P<unit>Woche|Monat|Jahr)\b", re.I)),
]


# A word each pattern cannot match without (same flags), searched first: most articles have no
# "Nacht auf", "Wochenende" or "nächste Woche", and a plain search is far cheaper than the pattern.
_NEEDLES: dict[str, re.Pattern[str]] = {
    "numeric": re.compile(r"\d\.\d"),
    "night": re.compile("nacht", re.I),
    "year": re.compile(r"(?:19|20)\d\d"),
    "bare_year": re.compile(r"(?:19|20)\d\d"),
    "rel_day": re.compile("heute|gestern|morgen|Heute|Gestern|Übermorgen"),
    "weekend": re.compile("wochenende", re.I),
    "this_year": re.compile("heuer", re.I),
    "last_year": re.compile("Vorjahr"),
    "rel_unit": re.compile("woche|monat|jahr", re.I),
    "span_ago": re.compile(r"\b(?:vor|in)\s", re.I),
    "numeric_no_year": re.compile(r"\d\.\d"),
    "holiday": re.compile(_HOLIDAYS),
    "season": re.compile("Frühjahr|Frühling|Sommer|Herbst|Winter"),
    "part_of_unit": re.compile("Jahres|Monats"),
}


# Streets, squares and bridges named for a day: "Straße des 17. Juni", "Platz des 4. Juli"
_NAMED_FOR_A_DAY = re.compile(r"(?:[Ss]tra(?:ß|ss)e|[Pp]latz|[Aa]llee|[Bb]rücke|[Gg]asse|[Rr]ing)\s+(?:des|der|vom)\s+$")


def resolve_dates(text: str, published: date | None) -> list[EventDate]:
    """All date expressions in ``text`` that can be resolved, in text order, non-overlapping."""
    found: list[EventDate] = []
    for kind, pattern in _PATTERNS:
        needle = _NEEDLES.get(kind)
        if needle is not None and needle.search(text) is None:
            continue
        for m in pattern.finditer(text):
            if _NAMED_FOR_A_DAY.search(text, max(0, m.start() - 30), m.start()):
                continue  # "die Straße des 17. Juni": a street named for a day
            if kind == "bare_year" and not _bare_year(text, m, published):
                continue
            resolved = _resolve(kind, m, published)
            if resolved is None:
                continue
            value, precision = resolved
            found.append(EventDate(value, precision, m.group(0), m.start(), m.end()))
    return _day_before_or_after(text, _with_written_dates(text, _non_overlapping(found)), published)


# "am Vortag", "tags darauf": a day counted from the day the story is on, which is the last day named
# before it ("Am Montag ... Am Vortag hatte ..." is Sunday), or the publication day when none was named.
_NEIGHBOUR_DAY = re.compile(
    r"\b(?:(?P<before>(?i:am|an\s+dem)\s+(?:Vortag|Vorabend|Tag\s+(?:zuvor|davor))|[Tt]ags\s+(?:zuvor|davor))"
    r"|(?P<after>(?i:am|an\s+dem)\s+(?:Folgetag|folgenden\s+Tag|nächsten\s+Tag|Tag\s+(?:danach|darauf))"
    r"|[Tt]ags\s+darauf))\b(?!\s+(?:des|der|von|vor)\b)")  # "am Vorabend des Gipfels": that day is not known


def _day_before_or_after(text: str, dates: list[EventDate], published: date | None) -> list[EventDate]:
    if "tag" not in text and "Tag" not in text and "abend" not in text:
        return dates
    out = list(dates)
    for m in _NEIGHBOUR_DAY.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in dates):
            continue
        named = [d for d in out if d.end <= m.start() and d.precision == "day"]
        base = named[-1].value if named else published
        if base is None:
            continue
        value = base + timedelta(days=-1 if m.group("before") else 1)
        out.append(EventDate(value, "day", m.group(0), m.start(), m.end()))
        out.sort(key=lambda d: d.start)
    return out


# "am Sonntag, 29. November", "am Sonntag (29.11.)", "Montag, dem 30. November": one date, the written one.
_WEEKDAY_THEN_DATE = re.compile(r",?\s*(?:den\s+|dem\s+)?\(?")
_HAS_WEEKDAY = re.compile(_WDAY, re.I)


def _with_written_dates(text: str, dates: list[EventDate]) -> list[EventDate]:
    """A weekday followed by its written date is that date: "am Sonntag, 29. November" was two dates, the
    weekday resolved alone to the Sunday before publication."""
    out: list[EventDate] = []
    for d in dates:
        previous = out[-1] if out else None
        if (previous is not None and d.precision == "day" and previous.precision == "day"
                and _WEEKDAY_THEN_DATE.fullmatch(text, previous.end, d.start)
                and _HAS_WEEKDAY.search(previous.text) and not _HAS_WEEKDAY.search(d.text)):
            end = d.end + 1 if text[previous.end:d.start].endswith("(") and text[d.end:d.end + 1] == ")" else d.end
            out[-1] = EventDate(d.value, "day", text[previous.start:end], previous.start, end)
            continue
        out.append(d)
    return out


# Words before a number that make it a count or a measure: "rund 2000", "mehr als 2020", "auf 2025 erhöht".
_COUNT_BEFORE = frozenset("als rund etwa über fast knapp ca ca. circa mindestens höchstens insgesamt nur weitere "
                          "weiteren von zu auf um gut exakt genau bis maximal minimal nummer nr nr. platz rang "
                          "der die das den dem des ein eine einem einen einer mit ohne für und oder sowie".split())


# Nouns a number names a thing of: "Linie 2020", "Artikel 2016", "Flug 2031", "Vision 2030".
_NUMBERED = frozenset("Linie Paragraph Paragraf Artikel Art. Nummer Nr. Zug Flug Bus Tram Route Autobahn Raum Zimmer "
                      "Gleis Kapitel Seite Band Modell Version Agenda Vision Strategie Programm Plan Projekt Expo Euro "
                      "Olympia Kurs Postleitzahl PLZ Kanton Code Typ Serie".split())


def _bare_year(text: str, m: re.Match[str], published: date | None) -> bool:
    """A four-digit number standing alone is a year only between words that make no count of it: a lowercase word
    or punctuation after it, no article, preposition of measure or qualifier before it, and within ten years of
    the publication (or 1950–2049 without one)."""
    year = int(m.group("year"))
    latest = (published.year if published else 2039) + 10
    if not 1950 <= year <= latest:
        return False
    before = text[max(0, m.start() - 30):m.start()].split()
    if not before or before[-1].lower().rstrip(",") in _COUNT_BEFORE or not before[-1][-1:].isalnum():
        return False
    if before[-1] in _NUMBERED or (len(before[-1]) <= 3 and before[-1].isupper()):
        return False  # "die Linie 2020", "Paragraf 2016", "die A 1999", "Agenda 2030": a number that names
    after = text[m.end():m.end() + 30].lstrip()
    words = after.split()
    if (len(words) >= 2 and words[0].isalpha() and words[0].islower() and words[0].endswith(_ADJECTIVE_ENDINGS)
            and words[0] not in _DETERMINERS and words[1][:1].isupper()
            and (year % 100 == 0 or words[0] in _MORE)):
        # "fordert 2000 zusätzliche Stellen", "1950 weitere Soldaten": a round number or "more" before an adjective
        # and its noun counts them ("hat 2023 neue Regeln beschlossen", "2019 eine Klage" stay years)
        return False
    return bool(after) and (after[0] in ",;" or (after[0].isalpha() and after[0].islower()))


_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_MORE = frozenset("zusätzliche zusätzlichen weitere weiteren".split())
_DETERMINERS = frozenset("eine einen einem einer eines keine keinen keinem keiner seine seinen seinem seiner ihre ihren "
                         "ihrem ihrer unsere unseren diese diesen diesem dieser jene jenen alle beide beiden erneut "
                         "die der des den dem wieder ferner später außerdem ausserdem".split())


def _non_overlapping(dates: list[EventDate]) -> list[EventDate]:
    # Longest first, so "am 3. Februar 2024" wins over "Februar 2024" inside it.
    kept: list[EventDate] = []
    # (the characters taken so far: one test per date, not one per date kept, for long documents)
    taken = CharMap(max((d.end for d in dates), default=0))
    for d in sorted(dates, key=lambda d: (-(d.end - d.start), d.start)):
        if not taken.overlaps(d.start, d.end):
            kept.append(d)
            taken.add(d.start, d.end)
    return sorted(kept, key=lambda d: d.start)


def _resolve(kind: str, m: re.Match[str], pub: date | None) -> tuple[date, str] | None:
    g = m.groupdict()
    if kind == "numeric":
        year = int(g["y"])
        year = year + 2000 if year < 100 else year
        return _safe_date(year, int(g["m"]), int(g["d"]), "day")
    if kind == "day_month":
        month, day = MONTHS[g["month"].lower()], int(g["d"])
        if g.get("year"):
            return _safe_date(int(g["year"]), month, day, "day")
        if pub is None:
            return None
        year = _closest_year(pub, lambda y: _try_date(y, month, day))
        return (date(year, month, day), "day") if year else None
    if kind == "month":
        month = MONTHS[g["month"].lower()]
        if g.get("year"):
            return date(int(g["year"]), month, 1), "month"
        if pub is None or not _looks_like_month(m):
            return None
        year = _closest_year(pub, lambda y: date(y, month, 1))
        return date(year, month, 1), "month"
    if kind == "bare_year":
        return date(int(g["year"]), 1, 1), "year"
    if kind == "year":
        return date(int(g["year"]), 1, 1), "year"
    if pub is None:
        return None
    if kind in ("weekday", "night"):
        direction = (g.get("dir") or "").lower()
        if (g.get("prep") or "").lower() == "für" and direction not in _BACKWARD:
            # "rief für Freitag zu einer Versammlung auf": what is set for a day lies ahead (today included)
            return pub + timedelta(days=(WEEKDAYS[g["wday"].lower()] - pub.weekday()) % 7), "day"
        return _weekday(pub, WEEKDAYS[g["wday"].lower()], direction), "day"
    if kind == "rel_day":
        # "am Morgen" / "heute Morgen" is a time of day, not tomorrow.
        if g["rel"] == "morgen" and re.search(r"\b(am|heute|gestern|jeden)\s+$", m.string[max(0, m.start() - 8):m.start()], re.I):
            return None
        return pub + timedelta(days=_REL_DAYS[g["rel"].lower()]), "day"
    if kind == "weekend":
        # The weekend is two days; we keep its Saturday (see docs/events.md).
        return _weekday(pub, 5, (g.get("dir") or "").lower()), "day"
    if kind == "rel_unit":
        return _relative_unit(pub, g["dir"].lower(), g["unit"].lower())
    if kind == "span_ago":
        return _span(pub, g["dir"].lower(), g["n"].lower(), g["unit"].lower())
    if kind == "numeric_no_year":
        month, day = int(g["m"]), int(g["d"])
        year = _closest_year(pub, lambda y: _try_date(y, month, day))
        return (date(year, month, day), "day") if year else None
    if kind == "holiday":
        name = g["holiday"]
        year = _closest_year(pub, lambda y: _holiday(name, y))
        return (_holiday(name, year), "day") if year else None
    if kind == "season":
        return _season(pub, g["season"], (g.get("dir") or "").lower())
    if kind == "part_of_unit":
        direction = (g.get("dir") or "dieses").lower()
        step = 1 if direction in _FORWARD else -1 if direction in _BACKWARD else 0
        return _shifted(pub, step, "jahr" if g["unit"] == "Jahres" else "monat")
    if kind == "this_year":
        return date(pub.year, 1, 1), "year"
    if kind == "last_year":
        return date(pub.year - 1, 1, 1), "year"
    return None


_HOLIDAY_NAME = re.compile(r"\b(?:" + _HOLIDAYS + r")\b")


def holiday_a_year_earlier(text: str, year: int) -> date | None:
    """The holiday a date expression names, in the year before ``year`` ("an Ostern": Easter moves
    from year to year, so the day is looked up again); None if it names no holiday."""
    match = _HOLIDAY_NAME.search(text)
    return _holiday(match.group(), year - 1) if match else None


def _holiday(name: str, year: int) -> date:
    if name in _FIXED_HOLIDAYS:
        return date(year, *_FIXED_HOLIDAYS[name])
    from dateutil.easter import easter  # Gregorian Easter Sunday: the movable feasts hang on it

    return easter(year) + timedelta(days=_EASTER_OFFSETS[name])


def _season(pub: date, season: str, direction: str) -> tuple[date, str]:
    """The year of the season meant, at year precision (a season spans months, Winter even two years)."""
    month = _SEASON_MONTH[season]
    this = date(pub.year, month, 1)
    if direction in _FORWARD:
        year = pub.year if this > pub else pub.year + 1
    elif direction in _BACKWARD:
        year = pub.year if this + timedelta(days=90) < pub else pub.year - 1
    else:
        year = _closest_year(pub, lambda y: date(y, month, 1) + timedelta(days=45))
    return date(year, 1, 1), "year"


def _looks_like_month(m: re.Match[str]) -> bool:
    # "Mai" alone is also a name; without "im/seit/..." or a year we want a preposition ("für Januar geplant").
    if re.match(r"für\s", m.group(0), re.I):
        return not re.match(r"\s+[A-ZÄÖÜ]", m.string[m.end():m.end() + 3])  # "Geld für Mai Thi"
    return bool(re.match(r"(?:im|seit|bis|ab|anfang|mitte|ende)\s", m.group(0), re.I))


def _weekday(pub: date, wday: int, direction: str) -> date:
    back = (pub.weekday() - wday) % 7
    if direction in _FORWARD:
        ahead = (wday - pub.weekday()) % 7 or 7
        return pub + timedelta(days=ahead)
    if direction in _BACKWARD and back == 0:
        back = 7
    return pub - timedelta(days=back)


def _relative_unit(pub: date, direction: str, unit: str) -> tuple[date, str]:
    step = 1 if direction.startswith(("nächst", "kommend")) else -1 if direction.startswith(("vergangen", "letzt", "vorig")) else 0
    return _shifted(pub, step, unit)


def _span(pub: date, direction: str, n: str, unit: str) -> tuple[date, str] | None:
    """"vor drei Tagen" is that day; "vor zwei Wochen" that week (its Monday); months and years likewise."""
    count = int(n) if n.isdigit() else _COUNT_WORDS[n]
    step = -count if direction == "vor" else count
    if unit.startswith("tag"):
        return pub + timedelta(days=step), "day"
    return _shifted(pub, step, unit)


def _shifted(pub: date, step: int, unit: str) -> tuple[date, str]:
    """The week (its Monday), month (its 1st) or year (1 January) ``step`` units from ``pub``'s."""
    if unit.startswith("woche"):
        return pub - timedelta(days=pub.weekday()) + timedelta(weeks=step), "week"
    if unit.startswith("monat"):
        index = pub.year * 12 + pub.month - 1 + step
        return date(index // 12, index % 12 + 1, 1), "month"
    return date(pub.year + step, 1, 1), "year"


def _closest_year(pub: date, make) -> int | None:
    best = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        candidate = make(year)
        if candidate is None:
            continue
        distance = abs((candidate - pub).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def _try_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _safe_date(year: int, month: int, day: int, precision: str) -> tuple[date, str] | None:
    value = _try_date(year, month, day)
    return (value, precision) if value else None
