"""The gold sets and the scorer behind ``newsflow eval-events``."""
from __future__ import annotations

import argparse
import re
from datetime import date
from decimal import Decimal

import pytest

from newsflow.nlp import events_eval
from newsflow.nlp.events_eval import FIELDS, GOLD_PATH, GoldEvent, GoldText, load_gold, score
from newsflow.nlp.lexicon import TYPES
from newsflow.nlp.records import Event, EventActor, EventDate, Quantity
from newsflow.nlp.state_actors import state_adjectives, state_organs_in_text

HELDOUT = GOLD_PATH.with_name("heldout.yaml")
HELDOUT2 = GOLD_PATH.with_name("heldout2.yaml")
HELDOUT3 = GOLD_PATH.with_name("heldout3.yaml")
HELDOUT4 = GOLD_PATH.with_name("heldout4.yaml")
HELDOUT5 = GOLD_PATH.with_name("heldout5.yaml")


@pytest.mark.parametrize("path", [GOLD_PATH, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5])
def test_gold_sets_are_well_formed(path):
    texts = load_gold(path)
    for t in texts:
        assert t.country in {"de", "at", "ch"}
        for ev in t.events:
            assert ev.values["type"] in TYPES
            for role in ("actor1", "actor2", "place"):
                # a named actor is in the text; a country may act through an organ named by its adjective,
                # or by its adjective alone before the event noun ("einem russischen Raketenangriff")
                assert ev.values[role] is None or ev.values[role] in t.text or (
                    role != "place" and ev.values[role] in {m.canonical for m in state_organs_in_text(t.text, [])}
                ) or (role == "actor1" and ev.values[role] in _countries_by_adjective(t.text))


def _countries_by_adjective(text):
    words = set(re.findall(r"\w+", text.lower()))
    return {country for stem, country in state_adjectives().items()
            if words & {stem + end for end in ("e", "en", "er", "es", "em")}}


def test_gold_set_size_and_styles():
    texts = load_gold(GOLD_PATH)
    assert len(texts) >= 15 and sum(len(t.events) for t in texts) >= 60
    assert {t.country for t in texts} == {"de", "at", "ch"}
    swiss = " ".join(t.text for t in texts if t.country == "ch")
    assert "ß" not in swiss and "'" in swiss  # Swiss spelling and 12'000-style numbers


def _gold(text="Die FPÖ lehnte ab. Kickl forderte Neuwahlen."):
    g = GoldText("t", "at", date(2024, 1, 1), text, [])
    g.events.append(GoldEvent("reject", 8, 14, {"type": "reject", "actor1": "FPÖ", "actor2": None, "place": None,
                                                 "date": ("2024-01-01", "day"), "count": None}))
    g.events.append(GoldEvent("demand", 25, 33, {"type": "demand", "actor1": "Herbert Kickl", "actor2": None,
                                                  "place": None, "date": None, "count": Decimal(3)}))
    return g


def _event(type_, start, end, actor1=None, when=None, count=None):
    actors = (EventActor("actor1", actor1, actor1, "ORG", 0, 1),) if actor1 else ()
    return Event(type_, "00", "x", start, end, 0, 10, actors=actors,
                 date=EventDate(when, "day", "x", 0, 1) if when else None,
                 count=Quantity("3", Decimal(count), None, 0, 1) if count else None)


def test_score_counts_alignment_and_fields():
    predicted = [
        _event("reject", 8, 14, actor1="FPÖ", when=date(2024, 1, 2)),  # wrong date
        _event("statement", 25, 33, actor1="Kickl", count=3),  # wrong type, short name still matches
        _event("kill", 0, 3),  # spurious
    ]
    tallies, detection, errors = score([(_gold(), predicted)])
    assert (detection.correct, detection.predicted, detection.gold) == (2, 3, 2)
    assert (tallies["type"].correct, tallies["type"].predicted, tallies["type"].gold) == (1, 3, 2)
    assert (tallies["actor1"].correct, tallies["actor1"].predicted) == (2, 2)
    assert (tallies["date"].correct, tallies["date"].predicted, tallies["date"].gold) == (0, 1, 1)
    assert tallies["count"].correct == 1
    assert any("spurious kill" in e for e in errors)


def test_the_first_of_listed_actors_is_scored():
    # the gold names one actor per role; "Scholz und Macron kündigten an" is scored by Scholz
    listed = Event("reject", "12", "x", 8, 14, 0, 10, actors=(
        EventActor("actor1", "FPÖ", "FPÖ", "ORG", 0, 3), EventActor("actor1", "ÖVP", "ÖVP", "ORG", 4, 7)))
    assert events_eval.predicted_values(listed)["actor1"] == ("FPÖ", "FPÖ")


def test_empty_prediction_has_zero_recall():
    tallies, detection, _ = score([(_gold(), [])])
    assert detection.recall == 0.0 and all(tallies[f].predicted == 0 for f in FIELDS)


def test_run_with_gold_entities_prints_every_field(capsys):
    parser = argparse.ArgumentParser()
    events_eval.add_arguments(parser)
    assert events_eval.run(parser.parse_args(["--entities", "gold"])) == 0
    out = capsys.readouterr().out
    for name in ("trigger",) + FIELDS:
        assert f"\n{name} " in out
    # The extraction finds most gold triggers; a broken lexicon would drop this far below.
    trigger_line = next(line for line in out.splitlines() if line.startswith("trigger"))
    assert float(trigger_line.split()[2]) > 0.5


def test_gold_entities_take_the_pipelines_canonical_names():
    import spacy

    text = "Unter Vermittlung Katars einigten sich Israel und die Hamas."
    _, mentions = events_eval.doc_with_entities(spacy.blank("de"), text, [("Katars", "LOC"), ("Hamas", "ORG")])
    assert [(m.text, m.canonical) for m in mentions] == [("Katars", "Katar"), ("Hamas", "Hamas")]
