"""The dateline's place: an event's place of last resort."""
from __future__ import annotations

import pytest

from newsflow.nlp.dateline import dateline_place
from newsflow.nlp.records import Mention

PLACES = {"Wien": "LOC", "Berlin": "LOC", "Frankfurt am Main": "LOC", "St. Gallen": "LOC", "Passau": "LOC"}


def loc(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(name, "LOC", start, start + len(name), name)


@pytest.mark.parametrize("text, expected", [
    ("Wien (APA) – Die Gewerkschaft hat Warnstreiks angekündigt.", "Wien"),
    ("Wien – Die Gewerkschaft hat Warnstreiks angekündigt.", "Wien"),
    ("Wien: Die Gewerkschaft hat Warnstreiks angekündigt.", "Wien"),
    ("Warnstreiks im Handel\n\nWien (APA/dpa) - Die Gewerkschaft hat ...", "Wien"),  # after a headline
    ("Hochwasser an der Donau\n\nPassau. Nach tagelangem Regen stieg der Pegel.", "Passau"),
    ("St. Gallen (sda) Die Kantonspolizei hat einen Mann festgenommen.", "St. Gallen"),  # Swiss wire, no dash
    ("Passau. – Nach tagelangem Regen stieg der Pegel.", "Passau"),  # a full stop and a dash
])
def test_a_place_opening_the_story_before_agency_and_dash_is_the_dateline(text, expected):
    place = dateline_place(text, [loc(text, expected)], PLACES)
    assert place is not None and place.source == "dateline"
    assert (place.text, place.canonical) == (expected, expected)
    assert text[place.start:place.end] == expected


def test_a_capital_dateline_the_ner_tagged_is_the_town_in_its_usual_spelling():
    from newsflow.nlp.canonical import canonicalize

    text = "BERLIN (dpa) – Die Gewerkschaft hat Warnstreiks angekündigt."
    start = text.index("BERLIN")
    # the mentions as the pipeline hands them on: canonicalize gives the listed spelling
    mentions = canonicalize([Mention("BERLIN", "LOC", start, start + 6, "")], text=text)
    place = dateline_place(text, mentions, PLACES)
    assert (place.text, place.canonical) == ("BERLIN", "Berlin")


def test_an_agency_capital_is_found_without_the_ner():
    text = "BERLIN (dpa) - Die Regierung hat beschlossen ..."
    place = dateline_place(text, [], PLACES)
    assert (place.text, place.canonical, place.start, place.end) == ("BERLIN", "Berlin", 0, 6)
    text = "FRANKFURT AM MAIN (Reuters) - Die Börse schloss ..."
    assert dateline_place(text, [], PLACES).canonical == "Frankfurt am Main"
    assert dateline_place("St. Gallen – Der Kantonsrat hat ...", [], PLACES).canonical == "St. Gallen"


def test_a_village_no_list_knows_is_the_dateline_when_the_word_list_does_not_know_it_either():
    text = "Lawine im Ötztal\n\nQuaxenried. Eine Lawine hat zwei Männer verschüttet."
    place = dateline_place(text, [], PLACES)
    assert (place.text, place.canonical, text[place.start:place.end]) == ("Quaxenried", "Quaxenried", "Quaxenried")
    # a word of the word list opens a sentence, not a story's place
    assert dateline_place("Lawine im Ötztal\n\nAchtung. Eine Lawine hat ...", [], PLACES) is None


@pytest.mark.parametrize("text", [
    "Wien ist die lebenswerteste Stadt, sagt eine Studie.",  # a sentence about the place
    "Kiew/Moskau (dpa) - Bei Angriffen ...",  # two places, neither named again: which one is meant is unknown
    "Die Gewerkschaft in Wien (APA) – hat ...",  # not at a paragraph's start
    "Merz (CDU) – Der Kanzler hat ...",  # no place
    "Merz (CDU) Der Kanzler hat ...",
    "Eins\n\nZwei\n\nDrei\n\nWien – Vierter Absatz.",  # deeper than the first paragraphs
])
def test_no_dateline(text):
    mentions = [loc(text, "Wien")] if "Wien" in text else []
    assert dateline_place(text, mentions, PLACES) is None


def all_locs(text: str, *names: str) -> list[Mention]:
    import re

    found = [Mention(n, "LOC", m.start(), m.end(), n) for n in names for m in re.finditer(re.escape(n), text)]
    return sorted(found, key=lambda m: m.start)


def test_of_two_places_in_a_dateline_the_one_the_story_names_again_is_it():
    text = "Lausanne/Genf (sda) – Bei einer Kundgebung in Lausanne nahm die Polizei fünf Personen fest."
    place = dateline_place(text, all_locs(text, "Lausanne", "Genf"), PLACES)
    assert (place.canonical, place.start, place.source) == ("Lausanne", 0, "dateline")
    text = "Lausanne/Genf – In Genf blieb es ruhig."
    assert dateline_place(text, all_locs(text, "Lausanne", "Genf"), PLACES).canonical == "Genf"
    # both named again, or neither: which one is meant stays unknown
    text = "Kiew/Moskau (dpa) - Bei Angriffen auf Kiew und auf Moskau ..."
    assert dateline_place(text, all_locs(text, "Kiew", "Moskau"), PLACES) is None
    text = "Kiew/Moskau (dpa) - Bei Angriffen auf Odessa ..."
    assert dateline_place(text, all_locs(text, "Kiew", "Moskau", "Odessa"), PLACES) is None


def test_an_event_without_a_place_of_its_own_takes_the_dateline_marked_so():
    from datetime import date

    from newsflow.nlp.pipeline import extract

    text = ("Wien (APA) – Die Gewerkschaft GPA hat am Dienstag Warnstreiks angekündigt. "
            "In Graz demonstrierten am Samstag etwa 600 Menschen.")
    x = extract(text, published=date(2026, 11, 20), country="at")
    places = {e.trigger: (e.place.text, e.place.source) for e in x.events if e.place}
    assert places["angekündigt"] == ("Wien", "dateline")
    assert places["demonstrierten"] == ("Graz", "clause")  # the clause's own place wins
    for e in x.events:
        assert text[e.place.start:e.place.end] == e.place.text


def test_the_dateline_acts_in_none_of_the_story():
    from datetime import date

    from newsflow.nlp.pipeline import extract

    text = "St. Gallen (sda) Die Kantonspolizei St. Gallen hat am Freitag bei Gossau einen Schlepper festgenommen."
    x = extract(text, published=date(2024, 3, 15), country="ch")
    (arrest,) = [e for e in x.events if e.type == "arrest"]
    assert [(a.role, a.text) for a in arrest.actors] == [("actor1", "Kantonspolizei St. Gallen")]


def test_a_dateline_may_give_the_day_after_the_place():
    from newsflow.nlp.dateline import dateline_place

    text = "BERN, 12. März (Keystone-SDA) – Der Bundesrat hat entschieden."
    place = dateline_place(text, [Mention("BERN", "LOC", 0, 4, "Bern")])
    assert (place.canonical, place.source) == ("Bern", "dateline")
    text = "Wien, 3.2.2024 (APA) – Die Polizei hat drei Männer festgenommen."
    assert dateline_place(text, [Mention("Wien", "LOC", 0, 4, "Wien")]).canonical == "Wien"
