"""extract(): the stages together, with every offset on the original text."""
from __future__ import annotations

from datetime import date

import pytest

from newsflow.nlp.pipeline import extract

SWISS = ("Die Bundesrätin Karin Keller-Sutter traf am Donnerstag in Bern den Aussenminister. "
         "Keller-Sutter sagte, der Bund zahle 780 Millionen Franken für die Strassen.")


@pytest.fixture(scope="module")
def swiss():
    return extract(SWISS, published=date(2026, 11, 20), country="ch")


def test_every_offset_slices_the_original_surface(swiss):
    for m in swiss.entities:
        assert SWISS[m.start:m.end] == m.text
    for q in swiss.quantities:
        assert SWISS[q.start:q.end] == q.text
    for r in swiss.replacements:
        assert SWISS[r.start:r.end] == r.original
    for ev in swiss.events:
        assert SWISS[ev.trigger_start:ev.trigger_end] == ev.trigger
        assert ev.start <= ev.trigger_start < ev.trigger_end <= ev.end
        for a in ev.actors:
            assert SWISS[a.start:a.end] == a.text


def test_swiss_spelling_is_restored_in_the_normalized_text_only(swiss):
    assert "Außenminister" in swiss.normalized and "Straßen" in swiss.normalized
    assert swiss.text == SWISS
    assert {r.original for r in swiss.replacements if r.kind == "sharp_s"} >= {"Aussenminister", "Strassen"}


def test_currencies_are_units_not_entities(swiss):
    assert not [m for m in swiss.entities if m.text == "Franken"]
    assert [(q.value, q.unit) for q in swiss.quantities if q.text.startswith("780")] == [(780_000_000, "CHF")]


def test_untagged_repeats_of_a_name_join_the_person():
    text = "Olaf Scholz reiste nach Paris. Dort sagte Scholz, die Lage sei ernst."
    x = extract(text, published=date(2026, 11, 20), country="de")
    scholz = [m for m in x.entities if m.text == "Scholz"]
    assert scholz and all(m.canonical == "Olaf Scholz" and m.label == "PER" for m in scholz)


def test_entity_parts_of_compounds_are_linked():
    text = "Der Ukraine-Krieg dominierte den Nato-Gipfel in Brüssel."
    x = extract(text, published=date(2026, 11, 20), country="de")
    parts = {(m.text, m.canonical) for m in x.entities}
    assert ("Ukraine", "Ukraine") in parts
    assert any(c == "Nato" or c == "North Atlantic Treaty Organization" for t, c in parts if t == "Nato")


def test_a_genitive_behind_a_title_noun_is_not_the_acting_party():
    # "gegen die Sparpläne des Landes Steiermark": Steiermark is what is protested against.
    text = "In Graz demonstrierten rund 3.000 Menschen gegen die Sparpläne des Landes Steiermark."
    x = extract(text, published=date(2026, 11, 26), country="at")
    (protest,) = [e for e in x.events if e.type == "protest"]
    assert "Steiermark" not in {a.canonical for a in protest.actors if a.role == "actor1"}
    assert protest.place and protest.place.text == "Graz"
    assert protest.count and protest.count.value == 3000


def test_the_whole_institution_acts_not_its_compound_part():
    x = extract("Die EU-Kommission erwägt, Sanktionen gegen Iran zu verhängen.", published=date(2026, 11, 26))
    (sanction,) = [e for e in x.events if e.type == "sanction"]
    assert sanction.modality == "consider"
    roles = {a.role: a.canonical for a in sanction.actors}
    assert roles == {"actor1": "Europäische Kommission", "actor2": "Iran"}
    # The part still links the article to the EU for analysts.
    assert "Europäische Union" in {m.canonical for m in x.entities}


def test_an_institution_named_by_its_seat_acts_and_the_place_stays():
    x = extract("Der Mieterverein Hamburg kritisierte am Montag den Senat scharf.", published=date(2026, 11, 26))
    entities = {(m.text, m.label) for m in x.entities}
    assert {("Mieterverein Hamburg", "ORG"), ("Hamburg", "LOC")} <= entities
    (criticize,) = [e for e in x.events if e.type == "criticize"]
    assert [a.text for a in criticize.actors if a.role == "actor1"] == ["Mieterverein Hamburg"]


def test_a_government_of_a_genitive_place_is_no_institution_mention():
    x = extract("Die Regierung Österreichs kritisierte den Plan.", published=date(2026, 11, 26))
    assert "Regierung Österreichs" not in {m.text for m in x.entities}


def test_a_parliamentarian_s_party_is_the_entity_not_party_and_canton():
    text = "Nationalrat Thomas Aeschi (SVP/ZG) kritisierte den Entscheid. Auch Ständerätin Eva Herzog (SP/BS) äusserte sich."
    x = extract(text, published=date(2026, 11, 26), country="ch")
    orgs = [(m.text, text[m.start:m.end]) for m in x.entities if m.label == "ORG"]
    assert ("SVP", "SVP") in orgs and ("SP", "SP") in orgs
    assert not any("/" in surface for _, surface in orgs)
    assert "Ständerätin" not in {m.text for m in x.entities}  # her title, no second person
    # the canton alone in brackets labels the member too
    x = extract("SVP-Fraktionschef Thomas Aeschi (ZG) forderte einen Asylstopp.", published=date(2026, 11, 26), country="ch")
    assert [m.text for m in x.entities if m.label != "PER"] == ["SVP"]


def test_die_mitte_is_the_party_in_swiss_text():
    text = "SP und Grüne stimmten dagegen, die Mitte war gespalten."
    swiss = {(m.text, m.label) for m in extract(text, country="ch").entities}
    assert ("Mitte", "ORG") in swiss
    berlin = {(m.text, m.label) for m in extract("Die Galerie liegt in Mitte.", country="de").entities}
    assert ("Mitte", "ORG") not in berlin


def test_die_linke_is_the_left_camp_in_swiss_politics():
    text = "Der Nationalrat lehnte die Vorlage ab. Die Linke begrüsste den Entscheid."
    assert "Linke" not in {m.text for m in extract(text, country="ch").entities}
    # a Swiss article on German politics keeps the party, and so does German text
    text = "Im Bundestag stimmte die Linke dagegen."
    assert ("Linke", "ORG") in {(m.text, m.label) for m in extract(text, country="ch").entities}
    assert ("Linke", "ORG") in {(m.text, m.label) for m in extract(text, country="de").entities}


def test_a_court_named_by_its_seat_and_number_is_one_institution():
    text = "Das Landgericht München I verurteilte den Mann. Ein Sprecher des Landgerichts München I bestätigte das."
    orgs = [(m.text, m.canonical) for m in extract(text, published=date(2026, 11, 26)).entities if m.label == "ORG"]
    assert orgs == [("Landgericht München I", "Landgericht München I"),
                    ("Landgerichts München I", "Landgericht München I")]


def test_a_seat_of_government_acts_for_the_government():
    text = "Der Kreml wies die Berichte zurück. Ein Sprecher des Weißen Hauses sagte, das Weiße Haus prüfe sie."
    x = extract(text, published=date(2026, 11, 26))
    assert {(m.canonical, m.label) for m in x.entities} >= {("Kreml", "ORG"), ("Weißes Haus", "ORG")}
    (reject,) = [e for e in x.events if e.type == "reject"]
    assert [a.canonical for a in reject.actors if a.role == "actor1"] == ["Kreml"]


def test_a_title_s_person_keeps_a_given_name_no_list_has():
    text = "Präsident Wolodymyr Selenskyj traf Nato-Generalsekretär Mark Rutte in Brüssel."
    people = [m.text for m in extract(text, published=date(2026, 11, 26)).entities if m.label == "PER"]
    assert people == ["Wolodymyr Selenskyj", "Mark Rutte"]


def test_currency_signs_and_compound_currencies_are_no_entities():
    text = "Ein Barrel Brent kostete 64,20 US-Dollar, ein Viertel verdient weniger als 1000 € im Monat."
    assert extract(text, published=date(2026, 11, 26)).entities == ()


def test_a_listed_event_noun_is_no_entity():
    text = "Rund 30.000 Beschäftigte beteiligten sich an dem Ausstand in Köln."
    assert "Ausstand" not in {m.text for m in extract(text, published=date(2026, 11, 26)).entities}


def test_a_group_whose_members_act_is_the_actor():
    x = extract("Greenpeace-Aktivisten protestierten in Bern gegen neue Gaskraftwerke.", published=date(2026, 11, 26))
    (protest,) = [e for e in x.events if e.type == "protest"]
    assert [a.canonical for a in protest.actors if a.role == "actor1"] == ["Greenpeace"]
    # one person named after the compound is the actor, not the party
    x = extract("SPD-Chef Lars Klingbeil kritisierte die Union.", published=date(2026, 11, 26))
    (criticize,) = [e for e in x.events if e.type == "criticize"]
    assert [a.canonical for a in criticize.actors if a.role == "actor1"] == ["Lars Klingbeil"]
    x = extract("Das sei falsch, sagte die Grünen-Abgeordnete Merle Sommerfeld.", published=date(2026, 11, 26))
    (statement,) = [e for e in x.events if e.type == "statement"]
    assert [a.canonical for a in statement.actors] == ["Merle Sommerfeld"]  # a singular member, named
    x = extract("Die CDU-Fraktion im Stadtrat kritisierte die Planung.", published=date(2026, 11, 26))
    (criticize,) = [e for e in x.events if e.type == "criticize"]
    assert [a.canonical for a in criticize.actors if a.role == "actor1"] == ["CDU"]
    x = extract("Die US-Regierung drohte der EU mit Vergeltungszöllen.", published=date(2026, 11, 26))
    (threaten,) = [e for e in x.events if e.type == "threaten"]
    assert {a.role: a.canonical for a in threaten.actors} == {"actor1": "Vereinigte Staaten",
                                                             "actor2": "Europäische Union"}
    x = extract("Die EU-Außenminister haben sich auf neue Sanktionen verständigt.", published=date(2026, 11, 26))
    (agree,) = [e for e in x.events if e.type == "agree"]
    assert [a.canonical for a in agree.actors if a.role == "actor1"] == ["Europäische Union"]
    # a head without a name acts for what it heads; the object after the verb stays the object
    x = extract("Der US-Präsident drohte China mit neuen Zöllen.", published=date(2026, 11, 26))
    (threaten,) = [e for e in x.events if e.type == "threaten"]
    assert {a.role: a.canonical for a in threaten.actors} == {"actor1": "Vereinigte Staaten", "actor2": "China"}
    # ... so does one who leads or represents it
    x = extract("Der UN-Generalsekretär rief beide Seiten zur Zurückhaltung auf.", published=date(2026, 11, 26))
    (appeal,) = [e for e in x.events if e.type == "appeal"]
    assert [a.canonical for a in appeal.actors if a.role == "actor1"] == ["Vereinte Nationen"]
    x = extract("Der SPD-Vorsitzende kritisierte die Regierung.", published=date(2026, 11, 26))
    (criticize,) = [e for e in x.events if e.type == "criticize"]
    assert [a.canonical for a in criticize.actors if a.role == "actor1"] == ["SPD"]
    # an armed group's short and declined names are its name
    x = extract("Die Kämpfer des Islamischen Staates griffen das Dorf an. Der IS drohte mit weiteren Angriffen.",
                published=date(2026, 11, 26))
    assert {e.type: [a.canonical for a in e.actors if a.role == "actor1"] for e in x.events} == {
        "assault": ["Islamischer Staat"], "threaten": ["Islamischer Staat"]}
    # the group itself named by what it is, listed or known only by its short name
    for text, group in (("Bei Angriffen der Hisbollah-Miliz wurden drei Soldaten getötet.", "Hisbollah"),
                        ("Bei Angriffen der QRF-Miliz wurden drei Soldaten getötet.", "QRF")):
        x = extract(text, published=date(2026, 11, 26))
        assert {e.type: [a.canonical for a in e.actors if a.role == "actor1"] for e in x.events} == {
            "assault": [group], "kill": [group]}, text


def test_summoning_an_ambassador_is_a_rebuke_of_the_envoys_country():
    x = extract("Die Türkei hat den schwedischen Botschafter einbestellt.", published=date(2026, 11, 26))
    (criticize,) = x.events
    assert (criticize.type, {a.role: a.canonical for a in criticize.actors}) == (
        "criticize", {"actor1": "Türkei", "actor2": "Schweden"})
    x = extract("Frankreich weist zwei russische Diplomaten aus.", published=date(2026, 11, 26))
    (expel,) = x.events
    assert {a.role: a.canonical for a in expel.actors} == {"actor1": "Frankreich", "actor2": "Russland"}
    assert extract("Er bestellte eine Pizza ein.", published=date(2026, 11, 26)).events == ()


def _first_actor(x, event_type):
    """The first event of a type and its one actor1."""
    event = next(e for e in x.events if e.type == event_type)
    (a1,) = [a for a in event.actors if a.role == "actor1"]
    return event, a1


def test_a_state_organ_named_by_its_country_adjective_acts_for_the_country():
    text = ("Die israelische Armee hat Stellungen der Hisbollah im Südlibanon angegriffen. "
            "Ein Sprecher bei der libanesischen Armee sprach von einem Angriff.")
    x = extract(text, published=date(2026, 11, 26))
    assault, a1 = _first_actor(x, "assault")
    assert (a1.canonical, a1.label, text[a1.start:a1.end]) == ("Israel", "LOC", "israelische Armee")
    assert assault.place.canonical == "Südlibanon"
    # an actor, never a place, and no entity mention of its own
    assert all(e.place is None or e.place.canonical != "Libanon" for e in x.events)
    assert "israelische Armee" not in {m.text for m in x.entities}


def test_a_description_after_its_organization_is_the_actor():
    text = ("Die Gewerkschaft Verdi hat das Bodenpersonal zu einem Warnstreik aufgerufen. "
            "Die Gewerkschaft fordert 8,5 Prozent mehr Lohn.")
    x = extract(text, published=date(2026, 11, 26))
    _, a1 = _first_actor(x, "demand")
    assert (a1.canonical, a1.label, text[a1.start:a1.end]) == ("Verdi", "ORG", "Gewerkschaft")
    assert [m.text for m in x.entities if m.start >= text.index(". ")] == []  # no entity mention of its own


def test_a_name_in_the_bare_genitive_after_an_event_noun_is_its_owner():
    x = extract("Das Ministerium bestätigte die Angriffe Russlands.", published=date(2026, 11, 26))
    (assault,) = [e for e in x.events if e.type == "assault"]
    assert [(a.role, a.canonical) for a in assault.actors] == [("actor1", "Russland")]


def test_a_site_named_by_its_towns_demonym_is_the_events_place():
    x = extract("Im Hamburger Hafen haben Zollbeamte am Mittwoch zwei Männer festgenommen.",
                published=date(2024, 3, 15), country="de")
    assert ("Hamburger Hafen", "LOC") in [(m.text, m.label) for m in x.entities]
    (ev,) = [e for e in x.events if e.type == "arrest"]
    assert ev.place.text == "Hamburger Hafen"


def test_a_court_named_by_a_seat_no_list_has_is_an_organization_and_its_seat_the_place():
    x = extract("Das Bezirksgericht Quaxdorf hat den Unternehmer am Dienstag verurteilt.",
                published=date(2024, 3, 15), country="ch")
    assert {(m.text, m.label) for m in x.entities} >= {("Bezirksgericht Quaxdorf", "ORG"), ("Quaxdorf", "LOC")}
    (ev,) = [e for e in x.events if e.type == "convict"]
    assert [a.text for a in ev.actors if a.role == "actor1"] == ["Bezirksgericht Quaxdorf"]
    assert ev.place.text == "Quaxdorf"


def test_the_place_of_a_war_named_in_a_compound_is_where_its_deaths_were():
    x = extract("Im Gaza-Krieg sind mehr als 40.000 Menschen getötet worden.", published=date(2026, 11, 26))
    (ev,) = [e for e in x.events if e.type == "kill"]
    assert (ev.place.canonical, x.text[ev.place.start:ev.place.end]) == ("Gaza", "Gaza")
    # the town attacked is more precise than the war's country
    x = extract("Im Ukraine-Krieg hat Russland erneut Kiew angegriffen.", published=date(2026, 11, 26))
    (ev,) = [e for e in x.events if e.type == "assault"]
    assert ev.place.canonical == "Kiew"
    # a part is still no actor
    x = extract("Der Gaza-Krieg beschäftigt die UNO.", published=date(2026, 11, 26))
    assert all(a.canonical != "Gaza" for e in x.events for a in e.actors)


def test_a_description_the_ner_tagged_alone_takes_the_organizations_name():
    text = "Die SBB erhöhen die Preise. Die Bahn begründete den Schritt mit höheren Kosten. Der VCS kritisierte die Bahn."
    x = extract(text, published=date(2026, 11, 26))
    bahn = [m for m in x.entities if m.text == "Bahn"]
    assert bahn and all(m.canonical == "SBB" for m in bahn)
    event = next(e for e in x.events if e.type == "criticize")
    assert [(a.role, a.canonical) for a in event.actors if a.role == "actor2"] == [("actor2", "SBB")]
    assert sum(1 for a in event.actors if text[a.start:a.end] == "Bahn") == 1  # the description replaced the name


def test_a_listed_name_run_on_into_the_clauses_object_noun_is_the_name_alone():
    from newsflow.nlp.lexicon import load_lexicon
    from newsflow.nlp.pipeline import _without_trailing_event_noun
    from newsflow.nlp.records import Mention

    lexicon = load_lexicon()
    trimmed = _without_trailing_event_noun(Mention("Credit Suisse Anklage", "ORG", 10, 31, ""), lexicon)
    assert (trimmed.text, trimmed.label, trimmed.start, trimmed.end) == ("Credit Suisse", "ORG", 10, 23)
    # an event noun the lexicon lists, after a listed place
    assert _without_trailing_event_noun(Mention("Berlin Protest", "ORG", 0, 14, ""), lexicon).text == "Berlin"
    # names no list has without the noun, and nouns that are no clause's object, stay whole
    for whole in ("Kalter Krieg", "Quaxler Anklage", "Allianz Arena"):
        m = Mention(whole, "MISC", 0, len(whole), "")
        assert _without_trailing_event_noun(m, lexicon) == m
    x = extract("Die Staatsanwaltschaft hat gegen drei Kader der Credit Suisse Anklage erhoben.",
                published=date(2026, 12, 1), country="ch")
    assert "Credit Suisse" in {m.text for m in x.entities}
    assert not any("Anklage" in m.text for m in x.entities)
