"""The dateline of a news story: the place it is reported from ("Wien (APA) – Die Gewerkschaft ...").

Wire stories and most outlets open the body with the place, an optional agency in brackets and a
dash or colon; local papers write the place with a full stop ("Passau. Nach tagelangem Regen ...").
An event whose own clause names no place happened, as far as the text says, there: the dateline is
the event's place of last resort (``EventPlace.source == "dateline"``), never over a place the
clause names. Only the first paragraphs are looked at; a headline may come first.
"""
from __future__ import annotations

import re
from typing import Sequence

from newsflow.nlp.records import EventPlace, Mention

__all__ = ["dateline_place"]

# How far into the text a dateline may start: after a headline and a short teaser, never deeper.
_MAX_START = 400
_PARAGRAPHS = 3
# After the place: "(dpa)" / "(APA/Reuters)", then a dash or colon ("Bern –", "BERLIN:"), or a full stop
# followed by the story ("Passau. Nach ...").
# Swiss wire copy may drop the dash after the agency: "St. Gallen (sda) Die Kantonspolizei …".
# ("Bern. – Rund 300 …": a full stop and a dash)
# A day may follow the place: "BERN, 12. März (Keystone-SDA) –", "Wien, 3.2.2024 (APA) –".
_DAY = (r"(?:,[ \t]*(?:\d{1,2}\.[ \t]*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
        r"November|Dezember)(?:[ \t]+\d{4})?|\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?))?")
_AFTER_PLACE = re.compile(_DAY + r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[-–—:][ \t]|\.[ \t]*[-–—][ \t]|"
                          r"\.[ \t]+(?=[A-ZÄÖÜ„\"«]))"
                          r"|" + _DAY + r"[ \t]*\([^()\n]{1,40}\)[ \t]+(?=[A-ZÄÖÜ„\"«])")
# A place of one to four words written as a place name: "Frankfurt am Main", "St. Gallen", "BERLIN".
_LINKS = ("am", "an", "der", "im", "in", "ob", "bei")  # lowercase inside a place name: "Frankfurt am Main"
_WORD = r"(?:St\.|[A-ZÄÖÜ][\w'’-]*)"
_PLACE_WORDS = re.compile(_WORD + r"(?:[ \t](?:" + "|".join(_LINKS) + "|" + _WORD + r")){0,3}")


def dateline_place(text: str, mentions: Sequence[Mention], places: dict[str, str] | None = None) -> EventPlace | None:
    """The dateline's place, or None. ``mentions``: the NER's mentions (a LOC starting the paragraph);
    ``places``: name -> label of the gazetteer, for the capitals some outlets use ("BERLIN (dpa) -")."""
    if places is None:
        from newsflow.nlp.ner_rules import gazetteer

        places = gazetteer()
    locs = {m.start: m for m in mentions if m.label == "LOC"}
    for start in _paragraph_starts(text):
        words = _PLACE_WORDS.match(text, start)
        if not words:
            continue
        mention = locs.get(start)
        if mention is not None and text.startswith("/", mention.end):
            return _one_of_two(text, mention, locs.get(mention.end + 1), mentions)
        # the NER's place first, then the longest run of words that the gazetteer knows
        ends = [mention.end] if mention else []
        ends += [start + w.end() for w in reversed(list(re.finditer(r"\S+", words.group())))]
        for end in ends:
            if not _AFTER_PLACE.match(text, end):
                continue
            surface = text[start:end]
            if mention and end == mention.end:
                return EventPlace(surface, mention.canonical or surface, start, end, "dateline")
            name = surface if places.get(surface) == "LOC" else _title(surface)
            # a local paper's "Sölden. Eine …" only: "Merz (CDU) – Der Kanzler …" is a person's
            if places.get(name) == "LOC" or (text.startswith(".", end) and _unknown_word(name)):
                return EventPlace(surface, name, start, end, "dateline")
    return None


def _one_of_two(text: str, first: Mention, second: Mention | None, mentions: Sequence[Mention]) -> EventPlace | None:
    """A dateline of two places ("Lausanne/Genf –", "Kiew/Moskau (dpa) –") is the one the story names again
    as a place, when it names just one of them: "Lausanne/Genf – Bei einer Kundgebung in Lausanne …". With
    both or neither named again, which one is meant stays unknown."""
    if second is None or not _AFTER_PLACE.match(text, second.end):
        return None
    names = {first.canonical or first.text: first, second.canonical or second.text: second}
    named = {m.canonical or m.text for m in mentions if m.label == "LOC" and m.start > second.end} & names.keys()
    if len(named) != 1:
        return None
    chosen = names[named.pop()]
    return EventPlace(chosen.text, chosen.canonical or chosen.text, chosen.start, chosen.end, "dateline")


def _unknown_word(name: str) -> bool:
    """A village no gazetteer lists: one capitalized word the German word list does not know ("Sölden. Eine
    Lawine hat …"); a word it knows opens a sentence ("Achtung. Die …")."""
    from newsflow.nlp.ner_rules import _is_known_word

    return name.isalpha() and name[:1].isupper() and not name.isupper() and not _is_known_word(name)


def _paragraph_starts(text: str) -> list[int]:
    starts, pos = [], 0
    for _ in range(_PARAGRAPHS):
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if pos >= min(len(text), _MAX_START + 1):
            break
        starts.append(pos)
        nxt = text.find("\n", pos)
        if nxt == -1:
            break
        pos = nxt
    return starts


def _title(surface: str) -> str:
    """'BERLIN' -> 'Berlin', 'FRANKFURT AM MAIN' -> 'Frankfurt am Main' (agencies' capitals)."""
    if not surface.isupper():
        return surface
    return " ".join(w.lower() if w.lower() in _LINKS else w.capitalize()
                    for w in surface.split())
