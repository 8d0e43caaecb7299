""""Die Stadt" and "die Gemeinde" refer back to the one town the article has named.

Local news names its town once and then acts through it: "Verdi hat die Kitas in Köln zum Streik
aufgerufen. … Die Stadt lehnte die Forderung ab" (Köln's administration rejects it), "Die Gemeinde
Grindelwald … Die Gemeinde will klagen". ``town_references_in_text`` gives an ``ActorMention`` (LOC, the
town as canonical name) for each later "die Stadt"/"die Gemeinde" when exactly one town was named before
it. A town is a German, Austrian or Swiss town of the place list, or any place introduced as one ("die
ostukrainische Stadt Charkiw"); a state, canton or country is none. With two towns named before, the
description is ambiguous and names nobody.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from newsflow.nlp.records import ActorMention, Mention

__all__ = ["town_references_in_text"]

# "die Stadt" as subject or object; not "die Stadt Zürich" (an introduction), "die Stadtverwaltung" (another word)
# nor "der Stadt" (a genitive or a dative place: "in der Stadt")
_DESCRIPTION = re.compile(r"(?<![\w-])[Dd]ie[ \t]+(Stadt|Gemeinde)\b(?![ \t]+[A-ZÄÖÜ])(?!-)")
# "die ostukrainische Stadt Charkiw", "Gemeinde Grindelwald": a place introduced as a town
_INTRODUCED = re.compile(r"(?:Stadt|Gemeinde|Großstadt|Grossstadt|Hauptstadt|Kleinstadt|Kreisstadt|Metropole)[ \t]+$")
# States and cantons the place list holds that are also towns keep their town: "Berlin", "Wien", "Zürich"
_CITY_STATES = frozenset({"Berlin", "Hamburg", "Bremen", "Wien", "Salzburg", "Zürich", "Luzern", "Zug", "Solothurn",
                          "Schaffhausen", "Glarus", "Schwyz", "Fribourg", "Bern", "Genf", "Basel", "St. Gallen",
                          "Appenzell", "Vaduz"})
# German names of Swiss cantons that are no town (pycountry names them in the canton's language)
_REGIONS = frozenset({"Aargau", "Thurgau", "Graubünden", "Wallis", "Tessin", "Waadt", "Jura", "Uri", "Obwalden",
                      "Nidwalden", "Baselland", "Basel-Landschaft", "Basel-Stadt", "Appenzell Ausserrhoden",
                      "Appenzell Innerrhoden"})


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    import pycountry

    from newsflow.nlp.ner_rules import _lines, country_names

    states = {s.name for code in ("DE", "AT", "CH") for s in pycountry.subdivisions.get(country_code=code)}
    places = {name for name, label in (line.split("\t") for line in _lines("ner_places_dach.tsv")) if label == "LOC"}
    return frozenset(places - states - _REGIONS - country_names()) | _CITY_STATES


def _is_town(text: str, m: Mention) -> bool:
    name = m.canonical or m.text
    return name in _towns() or _INTRODUCED.search(text, max(0, m.start - 40), m.start) is not None


def town_references_in_text(text: str, mentions: Sequence[Mention]) -> tuple[ActorMention, ...]:
    towns = sorted((m for m in mentions if m.label == "LOC" and not isinstance(m, ActorMention) and _is_town(text, m)),
                   key=lambda m: m.start)
    if not towns:
        return ()
    out = []
    for match in _DESCRIPTION.finditer(text):
        start, end = match.span(1)
        named = {m.canonical or m.text for m in towns if m.end <= match.start()}
        if len(named) == 1:
            out.append(ActorMention(match.group(1), "LOC", start, end, named.pop()))
    return tuple(out)
