from __future__ import annotations

from newsflow.nlp.records import ActorMention, Mention
from newsflow.nlp.town_references import town_references_in_text


def mentions(text, *names):
    return [Mention(name, "LOC", text.index(name), text.index(name) + len(name), name) for name in names]


def references(text, *names):
    return [(text[r.start:r.end], r.canonical, r.label) for r in town_references_in_text(text, mentions(text, *names))]


def test_die_stadt_is_the_one_town_named_before():
    text = "Verdi hat die Kitas in Köln bestreikt. Die Stadt lehnte die Forderung ab."
    assert references(text, "Köln") == [("Stadt", "Köln", "LOC")]
    text = "Lawinengefahr in Davos. Die Gemeinde sperrte die Strasse."
    assert references(text, "Davos") == [("Gemeinde", "Davos", "LOC")]
    assert all(isinstance(r, ActorMention) for r in town_references_in_text(text, mentions(text, "Davos")))


def test_a_place_introduced_as_a_town_is_one_wherever_it_lies():
    text = "Russland hat die ostukrainische Stadt Charkiw angegriffen. Die Stadt meldete Schäden."
    assert references(text, "Russland", "Charkiw") == [("Stadt", "Charkiw", "LOC")]


def test_no_town_two_towns_a_state_or_a_town_named_after_it_name_nobody():
    assert references("Die Stadt lehnte ab. Später äusserte sich Köln.", "Köln") == []
    assert references("Streiks in Köln und Bonn. Die Stadt lehnte ab.", "Köln", "Bonn") == []
    assert references("In Bayern wird gestreikt. Die Stadt lehnte ab.", "Bayern") == []
    assert references("In Frankreich wird gestreikt. Die Stadt lehnte ab.", "Frankreich") == []
    # an introduction and another word are no description
    assert references("Streik in Köln. Die Stadt Bonn lehnte ab. Die Stadtverwaltung schwieg.", "Köln", "Bonn") == []


def test_a_city_state_and_a_canton_named_like_its_town_are_towns():
    assert references("Streik in Wien. Die Stadt lehnte ab.", "Wien") == [("Stadt", "Wien", "LOC")]
    assert references("Streik in Zürich. Die Stadt lehnte ab.", "Zürich") == [("Stadt", "Zürich", "LOC")]
    assert references("Streik im Aargau. Die Stadt lehnte ab.", "Aargau") == []


def test_extract_makes_the_town_the_actor_of_die_stadt():
    from datetime import date

    from newsflow.nlp.pipeline import extract

    text = ("Verdi hat die Beschäftigten der Kitas in Köln zum Warnstreik aufgerufen. Die Stadt lehnte die "
            "Forderung ab.")
    result = extract(text, published=date(2025, 2, 25), country="de")
    reject = next(e for e in result.events if e.type == "reject")
    (actor1,) = [x for x in reject.actors if x.role == "actor1"]
    assert (actor1.canonical, text[actor1.start:actor1.end]) == ("Köln", "Stadt")
