"""Event extraction on hand-built spaCy docs (blank German + sentencizer + explicit entities),
so the tests do not depend on the NER model's output."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
import spacy

from newsflow.nlp.events import LEXICON_VERSION, extract_events
from newsflow.nlp.lexicon import TYPES
from newsflow.nlp.records import Event, Mention, Quantity
from newsflow.nlp.quantities import find_quantities

PUBLISHED = date(2024, 3, 15)  # a Friday


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("de")
    pipeline.add_pipe("sentencizer")
    return pipeline


def analyse(nlp, text, entities=(), quantities=(), published=PUBLISHED) -> list[Event]:
    """``entities``: (surface, label) pairs, every occurrence becomes a mention;
    ``quantities``: (surface, value, unit, qualifier, approximate) tuples."""
    doc = nlp(text)
    mentions = []
    for surface, label in sorted(entities, key=lambda e: -len(e[0])):
        for m in re.finditer(re.escape(surface), text):
            if not any(x.start < m.end() and m.start() < x.end for x in mentions):
                mentions.append(Mention(surface, label, m.start(), m.end(), surface))
    mentions.sort(key=lambda x: x.start)
    doc.ents = spacy.util.filter_spans(
        [doc.char_span(x.start, x.end, label=x.label, alignment_mode="expand") for x in mentions])
    qs = []
    for surface, value, unit, qualifier, approximate in quantities:
        start = text.index(surface)
        qs.append(Quantity(surface, Decimal(value), unit, start, start + len(surface), qualifier, approximate))
    return extract_events(doc, mentions, qs, published)


def found_quantities(text):
    """What the pipeline would pass: ``find_quantities`` as ``analyse``'s tuples."""
    return [(q.text, q.value, q.unit, q.qualifier, q.approximate) for q in find_quantities(text)]


def one(events, type_=None) -> Event:
    chosen = [e for e in events if type_ is None or e.type == type_]
    assert len(chosen) == 1, events
    return chosen[0]


def actor(event, role):
    found = [a.canonical for a in event.actors if a.role == role]
    return found[0] if found else None


def test_meeting_with_actors_place_and_date(nlp):
    text = "Bundeskanzler Olaf Scholz hat am Donnerstag in Paris den Präsidenten Emmanuel Macron getroffen."
    ev = one(analyse(nlp, text, [("Olaf Scholz", "PER"), ("Paris", "LOC"), ("Emmanuel Macron", "PER")]))
    assert (ev.type, ev.cameo) == ("consult", "04")
    assert text[ev.trigger_start:ev.trigger_end] == "getroffen"
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Olaf Scholz", "Emmanuel Macron")
    assert ev.place.canonical == "Paris"
    assert (ev.date.value, ev.date.precision) == (date(2024, 3, 14), "day")
    assert (ev.start, ev.end) == (0, len(text))


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_dateline_is_no_subject(nlp, dash):
    text = f"Berlin (dpa) {dash} Kanzler Olaf Scholz hat am Donnerstag den Präsidenten Emmanuel Macron getroffen."
    ev = one(analyse(nlp, text, [("Berlin", "LOC"), ("dpa", "ORG"), ("Olaf Scholz", "PER"), ("Emmanuel Macron", "PER")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Olaf Scholz", "Emmanuel Macron")


@pytest.mark.parametrize("text, type_", [
    ("Der Verband gab den Rücktritt des Präsidenten bekannt.", "statement"),
    ("Der Minister räumte Fehler ein.", "statement"),
    ("Scholz telefonierte am Montag mit Putin.", "consult"),
    ("Der Rechnungshof bemängelte die Planung.", "criticize"),
    ("Der Konzern bestritt die Vorwürfe.", "reject"),
    ("Die Polizei durchsuchte mehrere Wohnungen.", "coerce"),
    ("Der Mann erstach seinen Nachbarn.", "kill"),
    ("Die EU stellte Moldau 200 Millionen Euro zur Verfügung.", "aid"),
    ("Brüssel überwies vier Milliarden Euro an Kiew.", "aid"),
    ("Rund 200 Klimaaktivisten blockierten die Zufahrt zum Flughafen.", "protest"),
    ("Merz sprach mit Macron über die Lage.", "consult"),
    ("Die Staatsanwaltschaft brachte Anklage gegen den Unternehmer ein.", "criticize"),
    ("Ein Mann ist mit einem Messer auf Passanten losgegangen.", "assault"),
    ("Der Mann ging auf seine Ehefrau los.", "assault"),
    ("Indien baut die Zölle auf Schweizer Uhren ab.", "ease"),
    ("Die Bundesanwaltschaft hat ein Verfahren eröffnet.", "investigate"),
    ("Der Bundespräsident mahnte die Einhaltung der Standards ein.", "demand"),
    ("Eine russische Rakete traf ein Wohnhaus in Kiew.", "assault"),
    ("Das Umspannwerk wurde von einer Drohne getroffen.", "assault"),
    ("Der Mann soll an Polen ausgeliefert werden.", "coerce"),
    ("Die Auslieferung des Mannes an die USA wurde genehmigt.", "coerce"),
    ("Die Bundesanwaltschaft hat die Ermittlungen übernommen.", "investigate"),
])
def test_more_triggers(nlp, text, type_):
    assert [e.type for e in analyse(nlp, text)] == [type_]


@pytest.mark.parametrize("text", [
    "Um acht Uhr geht es auf dem Platz los.",
    "Die Opposition brachte einen Antrag ein.",
    "Der Bundesrat hat das Vernehmlassungsverfahren eröffnet.",
    "Die Firma baut 300 Stellen ab.",
    "Die Firma hat 500 Autos an Händler ausgeliefert.",
])
def test_starting_or_bringing_in_alone_is_no_event(nlp, text):
    assert analyse(nlp, text) == []


def test_stellen_is_aid_only_as_zur_verfuegung_stellen(nlp):
    assert analyse(nlp, "Der Gemeinderat stellte den Antrag zur Diskussion.") == []


def test_signing_a_petition_is_no_agreement(nlp):
    assert analyse(nlp, "Rund 3000 Personen hatten eine Petition gegen Tempo 30 unterschrieben.") == []
    ev = one(analyse(nlp, "Bern und Genf unterzeichneten ein Abkommen.", [("Bern", "LOC"), ("Genf", "LOC")]))
    assert ev.type == "agree"


def test_goods_on_offer_are_no_offer_to_cooperate(nlp):
    assert analyse(nlp, "Bis Weihnachten bieten 152 Stände Maroni und Punsch an.") == []
    ev = one(analyse(nlp, "Köln und Düsseldorf boten Gespräche an.", [("Köln", "LOC"), ("Düsseldorf", "LOC")]), "intent_cooperate")
    assert ev.type == "intent_cooperate"


def test_a_match_played_is_no_denial_and_a_raid_frames_its_arrests(nlp):
    assert analyse(nlp, "Der FCB bestreitet am Samstag sein letztes Spiel.") == []
    assert analyse(nlp, "Der FC St. Pauli bestreitet am Sonntag sein Heimspiel.") == []
    events = analyse(nlp, "Die Polizei hat bei einer Razzia in Winterthur sieben Personen verhaftet.",
                     [("Winterthur", "LOC")])
    assert [e.type for e in events] == ["arrest"]


def test_announcing_cooperation_is_intending_it(nlp):
    ev = one(analyse(nlp, "Kickl kündigte an, rasch Gespräche mit der ÖVP aufzunehmen.", [("Kickl", "PER"), ("ÖVP", "ORG")]))
    assert (ev.type, ev.cameo, actor(ev, "actor1"), actor(ev, "actor2")) == ("intent_cooperate", "03", "Kickl", "ÖVP")
    # an announcement of something else stays a statement
    ev = one(analyse(nlp, "Kickl kündigte an, die Steuern zu senken.", [("Kickl", "PER")]))
    assert ev.type == "statement"


def test_a_bare_weekday_in_a_plan_is_the_coming_one(nlp):
    people = [("Habeck", "PER"), ("Macron", "PER")]
    ev = one(analyse(nlp, "Habeck will am Mittwoch Macron treffen.", people))  # published on a Friday
    assert (ev.date.value, ev.modality) == (date(2024, 3, 20), "intent")
    ev = one(analyse(nlp, "Habeck wollte am Mittwoch Macron treffen.", people))  # past: the last Wednesday
    assert ev.date.value == date(2024, 3, 13)
    ev = one(analyse(nlp, "Habeck hat am Mittwoch Macron getroffen.", people))
    assert ev.date.value == date(2024, 3, 13)


@pytest.mark.parametrize("text, value, modality", [
    ("Die ÖVP kritisierte am 12. Februar die SPÖ.", date(2026, 2, 12), None),  # past tense: last February
    ("Die ÖVP hat im Februar die SPÖ kritisiert.", date(2026, 2, 1), None),
    ("Die ÖVP traf am 12. Feber die SPÖ.", date(2026, 2, 12), None),  # a strong preterite, Austrian month
    ("Die ÖVP trifft am 12. Februar die SPÖ.", date(2027, 2, 12), "future"),  # present: the nearest February
    ("Die ÖVP will am 12. Februar die SPÖ treffen.", date(2027, 2, 12), "intent"),
    ("Die ÖVP kritisierte am 20. November die SPÖ.", date(2026, 11, 20), None),
    # a holiday too, and Easter is looked up in its own year: 5 April 2026, not 28 March 2027 less a year
    ("Die ÖVP kritisierte an Ostern die SPÖ.", date(2026, 4, 5), None),
    ("Die ÖVP kritisiert an Ostern die SPÖ.", date(2027, 3, 28), "future"),
    ("Die ÖVP kritisierte über Weihnachten die SPÖ.", date(2025, 12, 25), None),
])
def test_a_past_tense_puts_a_month_without_a_year_in_the_past(nlp, text, value, modality):
    ev = one(analyse(nlp, text, [("ÖVP", "ORG"), ("SPÖ", "ORG")], published=date(2026, 11, 26)))
    assert (ev.date.value, ev.modality) == (value, modality)


def test_a_date_restating_a_weekday_keeps_the_clause_whole(nlp):
    for text in ("Die Polizei nahm am Dienstag, dem 24. November, in Graz zwei Männer fest.",
                 "Die Polizei nahm am Dienstag, den 24.11.2026, in Graz zwei Männer fest."):
        ev = one(analyse(nlp, text, [("Graz", "LOC")], published=date(2026, 11, 26)))
        assert (ev.type, ev.place.canonical, ev.date.value) == ("arrest", "Graz", date(2026, 11, 24)), text


def test_a_list_of_names_is_one_clause_and_shares_its_preposition(nlp):
    parties = [("ÖVP", "ORG"), ("SPÖ", "ORG"), ("NEOS", "ORG")]
    ev = one(analyse(nlp, "Die Regierung aus ÖVP, SPÖ und NEOS hat sich am Montag geeinigt.", parties))
    assert ev.actors == ()  # the government agreed; the parties only make it up
    ev = one(analyse(nlp, "ÖVP, SPÖ und NEOS haben sich am Montag geeinigt.", parties))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("ÖVP", "SPÖ")


@pytest.mark.parametrize("text, trigger", [
    ("Die FPÖ lehnte das Paket ab.", "lehnte"),
    ("Die FPÖ hat das Paket abgelehnt.", "abgelehnt"),
    ("Die FPÖ will das Paket ablehnen.", "ablehnen"),
    ("Die FPÖ kündigte an, das Paket abzulehnen.", "abzulehnen"),
])
def test_separable_verb_forms(nlp, text, trigger):
    ev = one(analyse(nlp, text, [("FPÖ", "ORG")]), "reject")
    assert text[ev.trigger_start:ev.trigger_end] == trigger
    assert actor(ev, "actor1") == "FPÖ"


def test_finite_separable_verb_without_its_particle_is_not_a_trigger(nlp):
    # "lehnte sich zurück" is leaning back, not rejecting; "ab" never closes the clause.
    assert analyse(nlp, "Der Minister lehnte sich zurück.") == []


def test_particle_decides_between_readings(nlp):
    ev = one(analyse(nlp, "Sicherheitsdirektor Mario Fehr sprach sich für härtere Strafen aus.", [("Mario Fehr", "PER")]))
    assert ev.type == "statement" and ev.confidence > 0.8
    ev = one(analyse(nlp, "Das IKRK rief die Parteien zur Zurückhaltung auf.", [("IKRK", "ORG")]))
    assert (ev.type, actor(ev, "actor1")) == ("appeal", "IKRK")


def test_passive_voice_agent_is_actor1(nlp):
    text = "Der Journalist Deniz Aydin wurde gestern in Istanbul von Beamten der Polizei Istanbul festgenommen."
    ev = one(analyse(nlp, text, [("Deniz Aydin", "PER"), ("Polizei Istanbul", "ORG"), ("Istanbul", "LOC")]))
    assert ev.type == "arrest"
    assert actor(ev, "actor1") == "Polizei Istanbul"
    assert actor(ev, "actor2") == "Deniz Aydin"
    assert ev.place.canonical == "Istanbul"
    assert ev.date.value == date(2024, 3, 14)


def test_object_after_den_dem_is_not_the_subject(nlp):
    ev = one(analyse(nlp, "Dem Minister Hans Meier warf die SPD Versagen vor.", [("Hans Meier", "PER"), ("SPD", "ORG")]))
    assert ev.type == "criticize"
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("SPD", "Hans Meier")


def test_prepositional_target_is_actor2(nlp):
    ev = one(analyse(nlp, "Der Bundesrat hat am Mittwoch neue Sanktionen gegen Russland beschlossen.",
                     [("Bundesrat", "ORG"), ("Russland", "LOC")]))
    assert (ev.type, ev.cameo) == ("sanction", "16")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Bundesrat", "Russland")
    assert ev.place is None  # "gegen Russland" is not where it happened


def test_coordinated_subjects_of_a_symmetric_event(nlp):
    ev = one(analyse(nlp, "Nach langen Gesprächen haben sich Union und SPD in Berlin geeinigt.",
                     [("Union", "ORG"), ("SPD", "ORG"), ("Berlin", "LOC")]), "agree")
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.place.canonical) == ("Union", "SPD", "Berlin")


def test_genitive_attribute_is_not_an_actor(nlp):
    ev = one(analyse(nlp, "Die Schweiz übernimmt das Sanktionspaket der EU.", [("Schweiz", "LOC"), ("EU", "ORG")]))
    assert actor(ev, "actor1") == "Schweiz" and actor(ev, "actor2") is None


@pytest.mark.parametrize("text, entities, expected", [
    ("Österreichs Bundeskanzler Christian Stocker empfing den Präsidenten Wolodymyr Selenskyj in Wien.",
     [("Österreichs", "LOC"), ("Christian Stocker", "PER"), ("Wolodymyr Selenskyj", "PER"), ("Wien", "LOC")],
     ("Christian Stocker", "Wolodymyr Selenskyj")),
    ("Deutschlands Außenministerin Anna Berger traf Wang Yi in Peking.",
     [("Deutschlands", "LOC"), ("Anna Berger", "PER"), ("Wang Yi", "PER"), ("Peking", "LOC")],
     ("Anna Berger", "Wang Yi")),
    ("Österreich kritisierte Ungarn scharf.", [("Österreich", "LOC"), ("Ungarn", "LOC")], ("Österreich", "Ungarn")),
])
def test_a_country_in_the_genitive_before_a_title_and_name_is_no_actor(nlp, text, entities, expected):
    ev = one(analyse(nlp, text, entities))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == expected


@pytest.mark.parametrize("text", [
    "Die Rechnung der Gemeinde weist ein Defizit von zwei Millionen Franken aus.",
    "Der Kanton wies das Gebiet als Bauzone aus.",
    "Er konnte sich an der Grenze nicht ausweisen.",
    "Das Lawinenbulletin hatte für die Region die Gefahrenstufe 3 ausgewiesen.",
    "Die Gemeinde weist am Stadtrand neue Gewerbeflächen aus.",
])
def test_ausweisen_that_is_not_an_expulsion(nlp, text):
    assert [e for e in analyse(nlp, text) if e.type == "coerce"] == []


def test_ausweisen_an_expulsion(nlp):
    ev = one(analyse(nlp, "Berlin wies am Montag zwei Diplomaten aus.", [("Berlin", "LOC")]))
    assert (ev.type, actor(ev, "actor1")) == ("coerce", "Berlin")
    # the expelled are people, named by what they are
    ev = one(analyse(nlp, "Moskau hat einen deutschen Journalisten ausgewiesen.", [("Moskau", "LOC")]))
    assert (ev.type, actor(ev, "actor1")) == ("coerce", "Moskau")
    assert one(analyse(nlp, "Der 28-Jährige wurde nach Algerien ausgewiesen.", [("Algerien", "LOC")])).type == "coerce"


def test_a_name_after_noun_von_is_no_second_party(nlp):
    ev = one(analyse(nlp, "Der Vatikan hat die Wahl des Bischofs von Chur bestätigt.", [("Vatikan", "LOC"), ("Chur", "LOC")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Vatikan", None)
    # without a subject before it, the organisation behind the noun acts
    ev = one(analyse(nlp, "Organisatoren von Greenpeace kritisierten den Entscheid.", [("Greenpeace", "ORG")]))
    assert actor(ev, "actor1") == "Greenpeace"
    # demands are made of someone "von"
    ev = one(analyse(nlp, "Greenpeace verlangt eine Antwort von Bern.", [("Greenpeace", "ORG"), ("Bern", "LOC")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Greenpeace", "Bern")


def test_a_headline_is_its_own_sentence_and_does_not_repeat_the_leads_event(nlp):
    text = ("EU verhängt Sanktionen gegen Reedereien\n\n"
            "Die Europäische Union hat am Montag Sanktionen gegen 14 Reedereien verhängt. Russland kritisierte das.")
    events = analyse(nlp, text, [("EU", "ORG"), ("Europäische Union", "ORG"), ("Russland", "LOC")])
    assert [(e.type, actor(e, "actor1")) for e in events] == [("sanction", "Europäische Union"), ("criticize", "Russland")]
    # a first paragraph that ends in a full stop is no headline: both events stay
    text = "Die EU verhängte Sanktionen.\n\nDie Europäische Union hat weitere Sanktionen verhängt."
    assert len(analyse(nlp, text, [("EU", "ORG"), ("Europäische Union", "ORG")])) == 2


def test_a_forecast_is_no_statement_and_a_round_price_ends_its_sentence(nlp):
    assert analyse(nlp, "Für Sonntag sagt Meteoschweiz wieder Sonnenschein voraus.", [("Meteoschweiz", "ORG")]) == []
    assert analyse(nlp, "Der Verband sagte das Fest ab.") == []
    events = analyse(nlp, "Eine Portion kostet Fr. 15,–. Der Konsumentenschutz kritisierte die Preise.")
    assert [(e.type, e.start) for e in events] == [("criticize", 30)]


def test_a_court_sentence_is_no_criticism_and_a_political_block_no_protest(nlp):
    events = analyse(nlp, "Das Bezirksgericht verurteilte den Mann zu einer bedingten Freiheitsstrafe von 24 Monaten.")
    assert [(e.type, e.negated) for e in events] == [("convict", False)]
    # blocking a package is rejecting it (the package is not imposed)
    assert [e.type for e in analyse(nlp, "Ungarn blockiert das Sanktionspaket.", [("Ungarn", "LOC")])] == ["reject"]


def test_a_place_in_the_topic_is_not_where_it_happened(nlp):
    text = "Netanjahu hat in Washington mit Trump über die Lage im Gazastreifen gesprochen."
    ev = one(analyse(nlp, text, [("Netanjahu", "PER"), ("Washington", "LOC"), ("Trump", "PER"), ("Gazastreifen", "LOC")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2"), ev.place.canonical) == ("consult", "Netanjahu", "Trump", "Washington")


def test_an_event_noun_talked_about_is_a_topic(nlp):
    assert analyse(nlp, "Beide sprachen über Energielieferungen.") == []
    events = analyse(nlp, "Die UNO lud zu Gesprächen über humanitäre Hilfe nach Genf.", [("UNO", "ORG"), ("Genf", "LOC")])
    assert "aid" not in [e.type for e in events]
    assert [e.type for e in analyse(nlp, "Die EU schickt humanitäre Hilfe nach Gaza.", [("EU", "ORG")])] == ["aid"]


def test_shared_subject_of_coordinated_verbs(nlp):
    events = analyse(nlp, "Die NEOS kritisierten die ÖVP scharf und forderten einen Ausschuss.",
                     [("NEOS", "ORG"), ("ÖVP", "ORG")])
    crit, dem = one(events, "criticize"), one(events, "demand")
    assert (actor(crit, "actor1"), actor(crit, "actor2")) == ("NEOS", "ÖVP")
    assert (actor(dem, "actor1"), actor(dem, "actor2")) == ("NEOS", None)


@pytest.mark.parametrize("text, negated, modality", [
    ("Die Regierung wird das Abkommen nicht unterzeichnen.", True, "future"),
    ("Die Regierung unterzeichnete das Abkommen.", False, None),
    ("Die EU erwägt, Sanktionen gegen Iran zu verhängen.", False, "consider"),
    ("Brüssel könnte neue Strafzölle verhängen.", False, "possible"),
    ("Die Regierung will Panzer liefern.", False, "intent"),
    ("Die Männer sollen Anschläge geplant haben.", False, "alleged"),
    ("Der Vertrag soll im April unterzeichnet werden.", False, "future"),
    ("Die Polizei hat niemanden festgenommen.", True, None),
])
def test_negation_and_modality(nlp, text, negated, modality):
    ev = [e for e in analyse(nlp, text, [("EU", "ORG"), ("Iran", "LOC"), ("Brüssel", "LOC")])][0]
    assert (ev.negated, ev.modality) == (negated, modality)


def test_zu_infinitive_takes_subject_from_main_clause(nlp):
    ev = one(analyse(nlp, "Die EU erwägt, Sanktionen gegen Iran zu verhängen.", [("EU", "ORG"), ("Iran", "LOC")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("EU", "Iran")


def test_count_with_qualifier(nlp):
    text = "Im ukrainischen Charkiw sind mindestens 1.200 Menschen getötet worden."
    ev = one(analyse(nlp, text, [("Charkiw", "LOC")],
                     [("1.200 Menschen", "1200", "Menschen", "mindestens", False)]))
    assert ev.type == "kill" and ev.cameo == "20"
    assert (ev.count.value, ev.count.qualifier) == (Decimal(1200), "mindestens")
    assert ev.place.canonical == "Charkiw"


def test_a_number_completing_a_noun_is_no_head_count(nlp):
    jobs = ("500 Arbeitsplätzen", "500", "Arbeitsplätzen", None, False)
    ev = one(analyse(nlp, "Sie protestierten gegen den Abbau von 500 Arbeitsplätzen.", [], [jobs]))
    assert ev.type == "protest" and ev.count is None
    staff = ("3.000 Beschäftigte", "3000", "Beschäftigte", "rund", True)
    ev = one(analyse(nlp, "Rund 3.000 Beschäftigte protestierten gegen den Abbau von 500 Arbeitsplätzen.",
                     [], [staff, jobs]))
    assert ev.count.value == Decimal(3000)


def test_vague_crowd_without_counted_noun(nlp):
    text = "Zehntausende gingen in Zürich auf die Straße."
    ev = one(analyse(nlp, text, [("Zürich", "LOC")], found_quantities(text)))
    assert ev.type == "protest" and ev.count.approximate and ev.count.value == 20000
    assert ev.place.canonical == "Zürich"


def test_swiss_spelling_and_raw_text_still_match(nlp):
    ev = one(analyse(nlp, "Tausende gingen in Bern auf die Strasse.", [("Bern", "LOC")]))
    assert ev.type == "protest"


def test_statement_verbs_take_no_count(nlp):
    ev = one(analyse(nlp, "Die Organisatoren sprachen von 25.000 Teilnehmern.", (),
                     [("25.000 Teilnehmern", "25000", "Teilnehmern", None, False)]))
    assert ev.type == "statement" and ev.count is None


def test_ordinal_is_not_a_count(nlp):
    ev = one(analyse(nlp, "Die Schweiz übernimmt das 16. Sanktionspaket.", [("Schweiz", "LOC")],
                     [("16", "16", None, None, False)]))
    assert ev.count is None


def test_event_noun_as_object_of_criticism_is_not_a_new_event(nlp):
    events = analyse(nlp, "Präsident Selenskyj verurteilte den Angriff.", [("Selenskyj", "PER")])
    assert [e.type for e in events] == ["criticize"]


def test_place_from_building_and_compound_noun_trigger(nlp):
    ev = one(analyse(nlp, "Vor dem Bundeshaus fand eine Kundgebung statt.", [("Bundeshaus", "LOC")]))
    assert ev.type == "protest" and ev.place.canonical == "Bundeshaus"
    ev = one(analyse(nlp, "Ein Raketenangriff traf Wohnhäuser im Süden des Libanon.", [("Libanon", "LOC")]), "assault")
    assert ev.place.canonical == "Libanon"


def test_glued_abbreviation_period_splits_sentences(nlp):
    events = analyse(nlp, "Tausende protestierten gegen die AfD. Die Polizei setzte Wasserwerfer ein.", [("AfD", "ORG")])
    coerce = one(events, "coerce")
    assert actor(coerce, "actor2") is None
    assert actor(one(events, "protest"), "actor2") == "AfD"


def test_all_offsets_index_the_doc_text(nlp):
    text = ("Die Hisbollah feuerte Raketen auf Haifa ab. Außenministerin Annalena Baerbock rief am "
            "Sonntag beide Seiten zur Zurückhaltung auf.")
    events = analyse(nlp, text, [("Hisbollah", "ORG"), ("Haifa", "LOC"), ("Annalena Baerbock", "PER")])
    assert {e.type for e in events} == {"assault", "appeal"}
    for ev in events:
        assert text[ev.trigger_start:ev.trigger_end] == ev.trigger
        for a in ev.actors:
            assert text[a.start:a.end] == a.text
        if ev.place:
            assert text[ev.place.start:ev.place.end] == ev.place.text
        if ev.date:
            assert text[ev.date.start:ev.date.end] == ev.date.text
        assert ev.start <= ev.trigger_start < ev.trigger_end <= ev.end
        assert 0.0 < ev.confidence <= 1.0


def test_no_published_date_still_works(nlp):
    ev = one(analyse(nlp, "Die Polizei nahm am Montag 14 Personen fest.", (), [("14 Personen", "14", "Personen", None, False)],
                     published=None))
    assert ev.type == "arrest" and ev.date is None and ev.count.value == 14


def test_types_and_version():
    assert LEXICON_VERSION
    assert TYPES["protest"] == "14" and TYPES["arrest"] == "17" and TYPES["kill"] == "20"


def test_headline_participle_is_passive(nlp):
    ev = one(analyse(nlp, "Mutmaßlicher Einbrecher Karl Huber in Thun verhaftet.", [("Karl Huber", "PER"), ("Thun", "LOC")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.place.canonical) == (None, "Karl Huber", "Thun")


def test_bracketed_party_is_not_a_second_actor(nlp):
    text = "Der Landeshauptmann Josef Pramberger (ÖVP) verlangt vom Bund mehr Geld."
    ev = one(analyse(nlp, text, [("Josef Pramberger", "PER"), ("ÖVP", "ORG")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Josef Pramberger", None)


def test_vague_crowd_followed_by_a_date(nlp):
    text = "Zehntausende gingen am Samstag in Bern auf die Straße."
    ev = one(analyse(nlp, text, [("Bern", "LOC")], found_quantities(text)))
    assert ev.count.value == 20000 and ev.count.text == "Zehntausende"
    assert ev.date.value == date(2024, 3, 9)


def test_a_goal_is_no_meeting_and_a_score_ends_its_sentence(nlp):
    text = "Freiburg besiegte Dortmund mit 2:0. Vincenzo Grifo traf in der 67. Minute per Foulelfmeter."
    events = analyse(nlp, text, [("Freiburg", "ORG"), ("Dortmund", "ORG"), ("Vincenzo Grifo", "PER")])
    assert [e.type for e in events if e.type == "consult"] == []
    for goal in ("Für den BVB traf Serhou Guirassy.", "Guirassy traf für den BVB zum Ausgleich.",
                 "Guirassy traf zweimal für die Dortmunder.", "Guirassy traf per Kopf ins Netz.",
                 "Im Penaltyschiessen traf nur Guirassy.", "Nach dem Wechsel trafen Stürmer Guirassy und Joker Serhou."):
        events = analyse(nlp, goal, [("BVB", "ORG"), ("Serhou Guirassy", "PER"), ("Guirassy", "PER")])
        assert [e.type for e in events if e.type == "consult"] == [], goal
    # a meeting still is one
    ev = one(analyse(nlp, "Scholz traf Macron in Paris.", [("Scholz", "PER"), ("Macron", "PER"), ("Paris", "LOC")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("consult", "Scholz", "Macron")
    ev = one(analyse(nlp, "Scholz traf Macron für ein Gespräch.", [("Scholz", "PER"), ("Macron", "PER")]))
    assert ev.type == "consult"


def test_a_prison_sentence_is_no_arrest(nlp):
    text = "Das Landgericht München verurteilte den Mann zu sieben Jahren Haft."
    assert [e for e in analyse(nlp, text, [("Landgericht München", "ORG")]) if e.type == "arrest"] == []
    # Austrian and Swiss sentences name the kind of term: (un)bedingte, teilbedingte Haft
    for text in ("Er wurde zu zwei Jahren unbedingter Haft verurteilt.", "Er erhielt drei Jahre teilbedingte Haft."):
        assert [e for e in analyse(nlp, text) if e.type == "arrest"] == []
    ev = one(analyse(nlp, "Der Verdächtige sitzt seit Montag in Haft.", []), "arrest")
    assert ev.trigger_end > ev.trigger_start


def test_a_separable_verb_joined_in_a_subordinate_clause_is_finite_not_passive(nlp):
    text = "Die Inflation ist gesunken, wie die Statistik Austria am Freitag mitteilte."
    ev = one(analyse(nlp, text, [("Statistik Austria", "ORG")]), "statement")
    assert actor(ev, "actor1") == "Statistik Austria" and actor(ev, "actor2") is None
    # the participle still makes a passive: the bare mention is acted on
    ev = one(analyse(nlp, "Der Antrag der Grünen wurde vom Nationalrat abgelehnt.", [("Nationalrat", "ORG")]), "reject")
    assert actor(ev, "actor1") == "Nationalrat"


def test_a_time_phrase_before_the_object_does_not_make_it_a_place(nlp):
    # "in der Nacht die Ukraine": only a genitive (der/des) attaches a mention to the noun before it
    text = "Russland hat in der Nacht die Ukraine mit mehr als 100 Drohnen angegriffen."
    ev = one(analyse(nlp, text, [("Russland", "LOC"), ("Ukraine", "LOC")]), "assault")
    # (the place is the country attacked, as nothing else says where; not from "in der Nacht")
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.place.text) == ("Russland", "Ukraine", "Ukraine")
    ev = one(analyse(nlp, "Scholz traf sich in Paris mit Vertretern der EU-Kommission.",
                     [("Scholz", "PER"), ("Paris", "LOC"), ("EU-Kommission", "ORG")]), "consult")
    assert actor(ev, "actor2") == "EU-Kommission" and ev.place.canonical == "Paris"


def test_what_is_called_for_or_demanded_is_no_event_of_its_own(nlp):
    text = "Sozialminister Anton Quaxler rief beide Seiten zu raschen Verhandlungen auf."
    assert [e.type for e in analyse(nlp, text, [("Anton Quaxler", "PER")])] == ["appeal"]
    text = "Die Grünen forderten einen sofortigen Waffenstillstand und neue Gespräche."
    assert [e.type for e in analyse(nlp, text, [("Grünen", "ORG")])] == ["demand"]
    # without the appeal the talks are an event
    text = "Die Verhandlungen in Wien wurden am Donnerstag fortgesetzt."
    assert [e.type for e in analyse(nlp, text, [("Wien", "LOC")])] == ["negotiate"]


def test_calling_a_demand_excessive_criticizes_it(nlp):
    text = "Die Wirtschaftskammer bezeichnete die Forderung nach einem Lohnplus als überzogen."
    ev = one(analyse(nlp, text, [("Wirtschaftskammer", "ORG")]))
    assert (ev.type, actor(ev, "actor1")) == ("criticize", "Wirtschaftskammer")
    text = "Die Opposition nannte den Plan unverantwortlich."
    assert one(analyse(nlp, text, [("Opposition", "ORG")])).type == "criticize"
    # naming something is not criticizing it
    assert analyse(nlp, "Die Polizei bezeichnete den Mann als Zeugen.", []) == []


def test_laying_down_work_is_a_strike(nlp):
    text = "Rund 8.500 Beschäftigte sollen am kommenden Montag die Arbeit niederlegen."
    ev = one(analyse(nlp, text, quantities=[("8.500 Beschäftigte", "8500", "Beschäftigte", "rund", True)]))
    assert (ev.type, ev.count.value, ev.date.value) == ("protest", Decimal("8500"), date(2024, 3, 18))
    # laying down arms is not
    events = analyse(nlp, "Die UNO forderte die Rebellen auf, die Waffen niederzulegen.", [("UNO", "ORG")])
    assert [e.type for e in events] == ["appeal"]


def test_an_announced_strike_is_a_plan_not_dated_by_its_announcement(nlp):
    text = "Die Gewerkschaft GPA hat am Dienstag Warnstreiks im Handel angekündigt."
    strike = one(analyse(nlp, text, [("GPA", "ORG")]), "protest")
    assert (strike.modality, strike.date) == ("intent", None)
    statement = one(analyse(nlp, text, [("GPA", "ORG")]), "statement")
    assert statement.date.value == date(2024, 3, 12)


def test_a_short_quoted_phrase_does_not_cut_the_clause(nlp):
    text = "Die SP sprach von einer «verantwortungslosen Aufrüstung» und drohte mit dem Referendum."
    ev = one(analyse(nlp, text, [("SP", "ORG")]), "threaten")
    assert actor(ev, "actor1") == "SP"
    # direct speech still ends its clause
    text = "«Wir lehnen das ab», sagte Anna Quaxler. Die SP drohte mit dem Referendum."
    assert actor(one(analyse(nlp, text, [("Anna Quaxler", "PER"), ("SP", "ORG")]), "statement"), "actor1") == "Anna Quaxler"


def test_a_present_tense_with_a_weekday_is_the_coming_day(nlp):
    # published on a Friday: Thursday in the present tense is next week's
    text = "Am Donnerstag trifft sich Pfister in Brüssel mit Rutte."
    ev = one(analyse(nlp, text, [("Pfister", "PER"), ("Brüssel", "LOC"), ("Rutte", "PER")]))
    assert (ev.date.value, ev.modality) == (date(2024, 3, 21), "future")
    # the past tense, "seit", and a headline's present keep the past day
    text = "Am Donnerstag traf sich Pfister in Brüssel mit Rutte."
    assert one(analyse(nlp, text, [("Pfister", "PER"), ("Brüssel", "LOC"), ("Rutte", "PER")])).date.value == date(2024, 3, 14)
    text = "Pfister trifft am Donnerstag Rutte"
    assert one(analyse(nlp, text, [("Pfister", "PER"), ("Rutte", "PER")])).date.value == date(2024, 3, 14)
    text = "Seit Montag streiken die Lokführer in Bern."
    ev = one(analyse(nlp, text, [("Bern", "LOC")]))
    assert ev.date is None or ev.date.value <= PUBLISHED


def test_a_date_compared_with_is_no_event_date(nlp):
    text = "Wie die Veranstalter mitteilten, kamen 12.450 Personen, rund 1.200 mehr als im Vorjahr."
    assert one(analyse(nlp, text), "statement").date is None
    text = "Die Polizei nahm 14 Personen fest, deutlich weniger als am Samstag."
    assert one(analyse(nlp, text)).date is None
    # a temporal "als" is a time
    text = "Die Polizei nahm zwei Männer fest, als am Montag ein Feuer ausbrach."
    assert one(analyse(nlp, text)).date.value == date(2024, 3, 11)


def test_a_date_after_fuer_is_what_the_object_is_for(nlp):
    text = "Die Regierung hat sich am Dienstag auf das Budget für das kommende Jahr geeinigt."
    event = one(analyse(nlp, text, [("Regierung", "ORG")]), "agree")
    assert event.date.value == date(2024, 3, 12) and event.modality is None
    # the only date is the event's
    text = "Die Gewerkschaft ruft für Samstag zu einem Streik auf."
    assert one(analyse(nlp, text), "appeal").date.value == date(2024, 3, 16)


def test_an_averted_or_cancelled_event_noun_is_negated(nlp):
    assert one(analyse(nlp, "Ein Streik bei der SBB konnte in letzter Minute abgewendet werden.", [("SBB", "ORG")])).negated
    assert one(analyse(nlp, "Die Polizei verhinderte einen Angriff auf das Rathaus.", [])).negated
    assert one(analyse(nlp, "Die Kundgebung in Bern wurde abgesagt.", [("Bern", "LOC")])).negated
    # a spokesman's statement about a strike does not cancel it
    assert not one(analyse(nlp, "Ein Streik legte am Montag den Bahnverkehr lahm.", [])).negated


@pytest.mark.parametrize("text, entities, expected", [
    # who averts or holds up an event does not do it
    ("Die Bundespolizei verhinderte einen Anschlag.", [("Bundespolizei", "ORG")], (None, None)),
    ("Ungarn blockiert neue Sanktionen gegen Russland.", [("Ungarn", "LOC"), ("Russland", "LOC")], (None, "Russland")),
    ("Russland blockierte den Gefangenenaustausch.", [("Russland", "LOC")], (None, None)),
    # the noun's own owner stays
    ("Ein Streik der GDL konnte abgewendet werden.", [("GDL", "ORG")], ("GDL", None)),
])
def test_a_blocked_or_averted_event_is_not_the_blockers(nlp, text, entities, expected):
    ev = one(analyse(nlp, text, entities))
    assert ev.negated and (actor(ev, "actor1"), actor(ev, "actor2")) == expected


def test_a_noun_setting_the_scene_is_given_and_the_police_at_it_do_not_protest(nlp):
    police = [("Kantonspolizei Bern", "ORG")]
    found = analyse(nlp, "Die Kantonspolizei Bern hat bei der Kundgebung niemanden festgenommen.", police)
    protest, arrest = one(found, "protest"), one(found, "arrest")
    assert (protest.negated, protest.actors) == (False, ())
    assert (arrest.negated, actor(arrest, "actor1")) == (True, "Kantonspolizei Bern")
    assert not one(analyse(nlp, "Nach dem Angriff gab es keine Reaktion.", []), "assault").negated
    assert one(analyse(nlp, "Bei keiner Kundgebung nahm die Polizei jemanden fest.", []), "protest").negated
    # "in" with the dative sets a scene too; with the accusative it is where one goes
    assert not one(analyse(nlp, "Die Arbeitgeber legten in der ersten Verhandlungsrunde kein Angebot vor.", []),
                   "negotiate").negated
    assert not one(analyse(nlp, "Im Streik wurde niemand verletzt.", []), "protest").negated
    assert one(analyse(nlp, "Die Gewerkschaft trat nicht in den Streik.", []), "protest").negated
    # speaking at a protest is taking part
    found = analyse(nlp, "Bei der Kundgebung in Bern forderte die SP mehr Geld für die Pflege.", [("Bern", "LOC"), ("SP", "ORG")])
    assert actor(one(found, "protest"), "actor1") == "SP"


@pytest.mark.parametrize("text, expected", [
    ("Die Schweiz setzt sich für die Freilassung eines im Iran inhaftierten Doppelbürgers ein.", []),
    ("Die Bundesregierung bemüht sich um die Freilassung der Geiseln.", []),
    ("Hunderte demonstrierten in Berlin für die Freilassung des Journalisten.", ["protest"]),
])
def test_what_one_strives_for_has_not_happened(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text, [("Schweiz", "LOC"), ("Iran", "LOC"), ("Berlin", "LOC")])] == expected
    # what one is sentenced for did happen
    assert "assault" in [e.type for e in analyse(nlp, "Er wurde für den Angriff auf einen Polizisten verurteilt.")]


def test_an_event_noun_s_own_genitive_acts_when_nobody_else_does(nlp):
    text = "Ein Warnstreik der Gewerkschaft Verdi hat am Donnerstag den Nahverkehr lahmgelegt."
    assert actor(one(analyse(nlp, text, [("Verdi", "ORG")])), "actor1") == "Verdi"
    text = "Nach dem Angriff der Hamas auf Israel wurden Hunderte Menschen getötet."
    ev = one(analyse(nlp, text, [("Hamas", "ORG"), ("Israel", "LOC")]), "assault")
    assert (actor(ev, "actor1"), ev.place.text) == ("Hamas", "Israel")  # "auf" + a place: where it hit


def test_deaths_in_a_disaster_or_an_accident_are_no_violence(nlp):
    assert analyse(nlp, "Bei einem Erdbeben im Osten der Türkei sind 14 Menschen ums Leben gekommen.",
                   [("Türkei", "LOC")]) == []
    assert analyse(nlp, "Bei einem Verkehrsunfall kamen zwei Menschen ums Leben.", []) == []
    assert analyse(nlp, "Tote bei Lawine im Wallis", [("Wallis", "LOC")]) == []
    # in fighting they are
    assert one(analyse(nlp, "Bei Gefechten im Osten Kongos sind 300 Menschen ums Leben gekommen.",
                       [("Kongos", "LOC")]), "kill")
    assert one(analyse(nlp, "Mindestens 40 Tote bei Luftangriffen auf Gaza", [("Gaza", "LOC")]), "kill")


def test_offering_aid_is_the_intent_not_a_second_aid_event(nlp):
    events = analyse(nlp, "Die EU bot der Türkei Hilfe an.", [("EU", "ORG"), ("Türkei", "LOC")])
    assert [e.type for e in events] == ["intent_cooperate"]


def test_a_verb_after_an_apposition_or_a_relative_clause_has_its_subject_before_them(nlp):
    text = "Der Bürgermeister von Leipzig, Burkhard Quaxler, rief zur Besonnenheit auf."
    ev = one(analyse(nlp, text, [("Leipzig", "LOC"), ("Burkhard Quaxler", "PER")]))
    assert (ev.type, actor(ev, "actor1")) == ("appeal", "Burkhard Quaxler")
    text = "Innenminister Armin Quaxler, der die Einsätze leitete, kritisierte die Demonstranten."
    assert actor(one(analyse(nlp, text, [("Armin Quaxler", "PER")])), "actor1") == "Armin Quaxler"
    # a subordinate clause's subject is not the main verb's
    text = "Als Anna Quaxler ankam, kritisierte die Opposition den Plan."
    assert actor(one(analyse(nlp, text, [("Anna Quaxler", "PER")])), "actor1") is None


def test_nach_names_a_destination_not_where_a_protest_happened(nlp):
    text = "Die Demonstranten protestierten gegen die Abschiebung einer Familie nach Georgien."
    ev = one(analyse(nlp, text, [("Georgien", "LOC")]), "protest")
    assert ev.place is None
    text = "Die Außenministerin reiste nach Kiew und traf dort Selenskyj."
    assert one(analyse(nlp, text, [("Kiew", "LOC"), ("Selenskyj", "PER")])).place.text == "Kiew"


def test_ruling_out_a_coalition_rejects_it(nlp):
    text = "Nehammer schloss eine Koalition mit Kickl erneut aus."
    ev = one(analyse(nlp, text, [("Nehammer", "PER"), ("Kickl", "PER")]))
    assert (ev.type, actor(ev, "actor1")) == ("reject", "Nehammer")
    # a door is no coalition
    assert analyse(nlp, "Der Hauswart schloss die Tür aus Versehen ab.", []) == []


@pytest.mark.parametrize("text, entities, expected", [
    # breaking off or suspending talks or a treaty rejects them, with whom they were
    ("Karner hat die Gespräche mit der FPÖ abgebrochen.", [("Karner", "PER"), ("FPÖ", "ORG")], ("Karner", "FPÖ")),
    ("Russland setzte das Abkommen mit den USA aus.", [("Russland", "LOC"), ("USA", "LOC")], ("Russland", "USA")),
    ("Nehammer schloss eine Koalition mit Kickl erneut aus.", [("Nehammer", "PER"), ("Kickl", "PER")],
     ("Nehammer", "Kickl")),
])
def test_breaking_off_talks_rejects_them(nlp, text, entities, expected):
    ev = one(analyse(nlp, text, entities))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("reject", *expected)


@pytest.mark.parametrize("text", [
    "Der Schiedsrichter brach das Spiel ab.",
    "Das Gericht setzte die Verhandlung aus.",  # a court's hearing, no talks
    "Die Verhandlung vor dem Landgericht wurde vertagt.",
    "Die Gerichtsverhandlung beginnt am Montag.",
])
def test_breaking_off_other_things_is_no_event(nlp, text):
    assert analyse(nlp, text) == []


@pytest.mark.parametrize("text, entities, expected", [
    ("Die SVP begrüsste den Entscheid, die Grünen kritisierten ihn.", [("SVP", "ORG"), ("Grünen", "ORG")],
     [("praise", "SVP", None), ("criticize", "Grünen", None)]),
    ("Scholz gratulierte Macron zum Wahlsieg.", [("Scholz", "PER"), ("Macron", "PER")], [("praise", "Scholz", "Macron")]),
    ("Lob kam von der FDP.", [("FDP", "ORG")], [("praise", "FDP", None)]),
])
def test_welcoming_lauding_and_congratulating_praise(nlp, text, entities, expected):
    events = analyse(nlp, text, entities)
    assert [(e.type, actor(e, "actor1"), actor(e, "actor2")) for e in events] == expected


@pytest.mark.parametrize("text, entities, expected", [
    # tariffs are sanctions (CAMEO 163); announced, they are intended
    ("Trump hat neue Zölle auf Importe aus China angekündigt.", [("Trump", "PER"), ("China", "LOC")],
     [("sanction", "Trump", "China", "intent"), ("statement", "Trump", None, None)]),  # where the goods come from
    ("Peking reagierte mit Gegenzöllen.", [("Peking", "LOC")], [("sanction", "Peking", None, None)]),
    # lifting or easing them is the opposite (CAMEO 081), and what is lifted is no new sanction
    ("Die EU hebt die Sanktionen gegen Syrien auf.", [("EU", "ORG"), ("Syrien", "LOC")],
     [("ease", "EU", "Syrien", None)]),
    ("Die EU will die Zölle auf Stahl senken.", [("EU", "ORG")], [("ease", "EU", None, "intent")]),
    # helpers sent to a disaster are aid
    ("Deutschland entsandte Rettungsteams nach Marokko.", [("Deutschland", "LOC"), ("Marokko", "LOC")],
     [("aid", "Deutschland", "Marokko", None)]),
])
def test_tariffs_their_easing_and_helpers_sent(nlp, text, entities, expected):
    events = analyse(nlp, text, entities)
    assert [(e.type, actor(e, "actor1"), actor(e, "actor2"), e.modality) for e in events] == expected


@pytest.mark.parametrize("text, entities, expected", [
    # who receives aid is its actor2, the giver after von/vom/aus acts
    ("Die Ukraine erhielt von Deutschland weitere Panzer.", [("Ukraine", "LOC"), ("Deutschland", "LOC")],
     ("Deutschland", "Ukraine")),
    ("Kiew bekommt aus Berlin neue Flugabwehrsysteme.", [("Kiew", "LOC"), ("Berlin", "LOC")], ("Berlin", "Kiew")),
    # weapon systems named by their make
    ("Die Ukraine erhält von Deutschland weitere Iris-T-Systeme.", [("Ukraine", "LOC"), ("Deutschland", "LOC")],
     ("Deutschland", "Ukraine")),
])
def test_receiving_aid_turns_the_roles(nlp, text, entities, expected):
    ev = one(analyse(nlp, text, entities), "aid")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == expected


def test_receiving_other_things_is_no_aid(nlp):
    assert analyse(nlp, "Die Firma erhielt von der Bundeswehr einen Auftrag.", []) == []


@pytest.mark.parametrize("text", [
    "Das Gericht hob das Urteil auf.",  # lifting a verdict eases no sanction
    "Der Zoll beschlagnahmte Kokain.",  # the customs office is no tariff
])
def test_lifting_other_things_and_the_customs_are_no_sanction(nlp, text):
    assert all(e.type not in ("sanction", "ease") for e in analyse(nlp, text))


def test_a_dass_clause_after_the_comma_is_the_triggers_object(nlp):
    # welcoming that something happens is praise; ensuring it is no seizure (sicherstellen)
    assert [e.type for e in analyse(nlp, "Die FDP begrüßte, dass der Bundesrat die Steuern senkt.", [("FDP", "ORG")])] == ["praise"]
    assert analyse(nlp, "Die Regierung stellte sicher, dass die Renten steigen.") == []
    assert [e.type for e in analyse(nlp, "Die Polizei stellte 20 Kilo Kokain sicher.")] == ["coerce"]


@pytest.mark.parametrize("text", [
    "Der Bürgermeister begrüsste die Gäste im Rathaus.",  # greeting people is no praise
    "Die Polizei lobte eine Belohnung von 5000 Franken aus.",  # offering a reward neither
])
def test_greeting_and_offering_a_reward_are_no_praise(nlp, text):
    assert analyse(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # a participle spelt like its infinitive is passive beside "wurde" or an agent ...
    ("Selenskyj wurde in Washington von Trump empfangen.", ("Trump", "Selenskyj")),
    ("Selenskyj wird heute von Trump empfangen.", ("Trump", "Selenskyj")),
    # ... and the infinitive of a future otherwise
    ("Trump wird Selenskyj am Montag empfangen.", ("Trump", "Selenskyj")),
])
def test_a_participle_like_the_infinitive_in_the_passive(nlp, text, expected):
    ev = one(analyse(nlp, text, [("Selenskyj", "PER"), ("Trump", "PER"), ("Washington", "LOC")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == expected


def test_verbs_joined_by_a_comma_share_the_subject(nlp):
    text = "Die Gewerkschaft VPOD begrüsste den Entscheid, forderte aber höhere Löhne."
    assert actor(one(analyse(nlp, text, [("VPOD", "ORG")]), "demand"), "actor1") == "VPOD"
    # a place is nobody's subject
    text = "In Bern demonstrierten 5000 Menschen, forderten höhere Löhne."
    assert actor(one(analyse(nlp, text, [("Bern", "LOC")]), "demand"), "actor1") is None


def test_an_indictment_accuses(nlp):
    text = "Die Staatsanwaltschaft Graz hat Anklage gegen einen Ex-Bürgermeister erhoben."
    ev = one(analyse(nlp, text, [("Staatsanwaltschaft Graz", "ORG")]))
    assert (ev.type, actor(ev, "actor1")) == ("criticize", "Staatsanwaltschaft Graz")
    assert analyse(nlp, "Die Gemeinde erhebt eine neue Gebühr.", []) == []


def test_an_announced_protest_is_a_plan_even_when_the_clause_keeps_another_statement(nlp):
    text = "Die Gewerkschaft Unia sprach von einem «Kahlschlag» und kündigte Proteste an."
    protest = one(analyse(nlp, text, [("Gewerkschaft Unia", "ORG")]), "protest")
    assert protest.modality == "intent"


def test_a_speech_act_is_dated_by_its_own_clause(nlp):
    text = "Bis 2030 sollen 40 neue Verbindungen entstehen, teilte die Ratspräsidentschaft mit."
    assert one(analyse(nlp, text), "statement").date is None
    text = "Die Gewerkschaft drohte mit Warnstreiks, falls das Unternehmen nicht bis Mitte Dezember verhandle."
    assert one(analyse(nlp, text), "threaten").date is None
    # its own clause still dates it
    text = "Das teilte die Polizei am Montag mit."
    assert one(analyse(nlp, text)).date.value == date(2024, 3, 11)


def test_a_welcomed_agreement_and_a_framing_meeting_are_no_new_events(nlp):
    # welcoming it is praise (CAMEO 051); the agreement welcomed is no second event
    events = analyse(nlp, "Bundesverkehrsminister Thomas Quaxler begrüßte die Einigung.", [("Thomas Quaxler", "PER")])
    assert [(e.type, actor(e, "actor1")) for e in events] == [("praise", "Thomas Quaxler")]
    events = analyse(nlp, "Das kündigte er am Rande des Treffens an.", [])
    assert [e.type for e in events] == ["statement"]


def test_a_person_s_genitive_before_an_office_is_not_the_speaker(nlp):
    text = "„Wir sind zufrieden“, sagte Merkels Sprecher Steffen Quaxbert."
    ev = one(analyse(nlp, text, [("Merkels", "PER"), ("Steffen Quaxbert", "PER")]))
    assert [(a.role, a.canonical) for a in ev.actors] == [("actor1", "Steffen Quaxbert")]


def test_a_negation_inside_a_quoted_phrase_is_the_quote_s(nlp):
    text = "Die Landesrätin lehnte die Forderung als «nicht finanzierbar» ab."
    assert not one(analyse(nlp, text), "reject").negated
    assert one(analyse(nlp, "Die Landesrätin lehnte die Forderung nicht ab."), "reject").negated


def test_a_hypothetical_strike_is_possible_and_years_count_nobody(nlp):
    text = "Ein Streik wäre der erste in Salzburger Spitälern seit mehr als zwanzig Jahren."
    ev = one(analyse(nlp, text, quantities=[("zwanzig Jahren", "20", "Jahre", "mehr als", False)]))
    assert (ev.modality, ev.count) == ("possible", None)


def test_an_announcement_of_a_coming_day_stays_ahead(nlp):
    # in late November the coming 3 December is the closest; a past tense put it a year back
    text = "Die Behörde kündigte eine Informationsveranstaltung für den 3. Dezember an."
    ev = one(analyse(nlp, text, published=date(2026, 11, 26)), "statement")
    assert ev.date.value == date(2026, 12, 3)
    # a report of the past still goes back
    text = "Die Behörde kritisierte am 3. Dezember den Plan."
    assert one(analyse(nlp, text, published=date(2026, 11, 26))).date.value == date(2025, 12, 3)


def test_what_a_speaker_called_something_is_no_new_event(nlp):
    text = "Die Kantonspolizei Bern sprach von einer friedlichen Demonstration."
    assert [e.type for e in analyse(nlp, text, [("Kantonspolizei Bern", "ORG")])] == ["statement"]
    # a demonstration reported as such still counts
    assert one(analyse(nlp, "Die Demonstration in Bern verlief friedlich.", [("Bern", "LOC")])).type == "protest"


def test_facing_a_fine_is_no_threat(nlp):
    assert analyse(nlp, "Wegen Fackelwürfen droht Oerlikon eine Busse der Liga.", [("Oerlikon", "ORG")]) == []
    assert one(analyse(nlp, "Russland drohte mit Konsequenzen.", [("Russland", "LOC")])).type == "threaten"


def test_a_team_travelling_or_hosting_a_match_meets_nobody(nlp):
    assert analyse(nlp, "Am Mittwoch reisen die Hamburger zum Pokal-Achtelfinale nach Magdeburg.", [("Magdeburg", "LOC")]) == []
    assert analyse(nlp, "Am Freitag empfängt Rheinau den Tabellendritten aus Kiel.", [("Rheinau", "ORG"), ("Kiel", "LOC")]) == []
    assert analyse(nlp, "Am Mittwoch empfängt Bayern in der Champions League den FC Arsenal.",
                   [("Bayern", "ORG"), ("Champions League", "ORG"), ("FC Arsenal", "ORG")]) == []
    assert analyse(nlp, "Am Samstag empfängt Rheinau den SC Quaxdorf.", [("Rheinau", "ORG"), ("SC Quaxdorf", "ORG")]) == []
    assert one(analyse(nlp, "Die Kanzlerin reiste zum Beispiel nach Peking.", [("Peking", "LOC")])).type == "consult"


def test_a_measure_is_no_count_and_facing_a_prison_term_is_no_threat(nlp):
    text = "Der Neulenker fuhr mit 182 statt 120 km/h und wurde vorläufig festgenommen."
    ev = one(analyse(nlp, text, quantities=[("120 km/h", "120", "km/h", None, False)]))
    assert (ev.type, ev.count) == ("arrest", None)
    assert analyse(nlp, "Dem jungen Mann droht eine Freiheitsstrafe von bis zu vier Jahren.", []) == []
    # ... also without an article
    assert analyse(nlp, "Dem Mann drohen bis zu 15 Jahre Haft.", []) == []
    assert analyse(nlp, "Den Tätern drohen mehrjährige Haftstrafen.", []) == []
    # with "mit" the penalty is threatened
    assert one(analyse(nlp, "Der Verband drohte mit Sperren für die Spieler.", [])).type == "threaten"


def test_a_unit_with_a_slash_ends_its_sentence(nlp):
    text = "Er fuhr bei Sursee mit 182 statt 120 km/h. Er wurde vorläufig festgenommen."
    ev = one(analyse(nlp, text, [("Sursee", "LOC")]))
    assert ev.place is None  # Sursee is the previous sentence's


def test_waving_off_rejects(nlp):
    ev = one(analyse(nlp, "Kickl fordert Neuwahlen, die ÖVP winkt ab.", [("Kickl", "PER"), ("ÖVP", "ORG")]), "reject")
    assert actor(ev, "actor1") == "ÖVP"


def test_counts_written_as_words(nlp):
    text = "Dreihundert Beschäftigte streikten in Bremen. Die Polizei nahm dabei zweiundzwanzig Personen fest."
    strike, arrest = analyse(nlp, text, [("Bremen", "LOC")], found_quantities(text))
    assert (strike.type, strike.count.value, strike.count.unit) == ("protest", Decimal(300), "Beschäftigte")
    assert (arrest.type, arrest.count.value) == ("arrest", Decimal(22))


def test_the_count_nearest_the_trigger_by_the_gap_between_them(nlp):
    # the object before a verb-final participle is nearer than the next verb's, after "und"
    text = "Die Polizei hat am Freitag zwölf Wohnungen durchsucht und fünf Verdächtige festgenommen."
    search, arrest = analyse(nlp, text, [], found_quantities(text))
    assert (search.type, search.count.unit, arrest.type, arrest.count.unit) == (
        "coerce", "Wohnungen", "arrest", "Verdächtige")


def test_aid_in_millions_written_as_words(nlp):
    text = "Das Land Steiermark beschloss Soforthilfe in Höhe von fünf Millionen Euro."
    ev = one(analyse(nlp, text, [("Steiermark", "LOC")], found_quantities(text)))
    assert (ev.type, ev.count.value, ev.count.unit) == ("aid", Decimal(5_000_000), "EUR")


@pytest.mark.parametrize("text, sentences", [
    ("Es rechnet mit 186 Mio. Fr. Finanzdirektorin Dittli kritisierte den Rat.", 2),
    ("Das Billett kostet 50 Fr. Der Rat stimmte zu.", 2),
    ("Es kostet 3 Mrd. Die SVP kritisierte das.", 2),
    ("Es kostet 3 Mrd. Franken, die SVP kritisierte das.", 1),
    ("Es kostet 3 Mrd. Menschen viel Geld.", 1),
    ("Das Billett kostet Fr. 4.20 und mehr.", 1),
    ("Die SVP tagt am Fr. 3. Mai in Bern.", 1),
])
def test_an_amount_closes_its_sentence(nlp, text, sentences):
    from newsflow.nlp.events import _sentences
    assert len(_sentences(nlp(text), text)) == sentences


def test_a_date_before_an_amount_stays_in_its_sentence(nlp):
    text = "Am Montag bezifferte er das Defizit auf 186 Mio. Fr. Die SVP kritisierte das Budget."
    ev = one(analyse(nlp, text, [("SVP", "ORG")]))
    assert ev.type == "criticize" and ev.date is None


@pytest.mark.parametrize("text, entities, kept", [
    ("Die Gewerkschaft Verdi hatte zu dem Warnstreik aufgerufen.", [("Verdi", "ORG")], ["appeal"]),
    ("Die Nato hat den Angriff auf Kiew scharf verurteilt.", [("Nato", "ORG"), ("Kiew", "LOC")], ["criticize"]),
    ("Den Vorwurf hat Habeck am Sonntag zurückgewiesen.", [("Habeck", "PER")], ["reject"]),
    ("Nach dem Angriff hat die EU Sanktionen gefordert.", [("EU", "ORG")], ["assault", "demand"]),
])
def test_event_noun_as_object_of_a_closing_participle(nlp, text, entities, kept):
    assert [e.type for e in analyse(nlp, text, entities)] == kept


@pytest.mark.parametrize("text", ["Das Unglück forderte zwölf Todesopfer.", "Der Anschlag hat 12 Menschenleben gefordert.",
                                  "Der Sturm forderte das Leben von drei Menschen.",
                                  "Der Anschlag forderte mehrere Tote und Verletzte."])
def test_a_toll_is_no_demand(nlp, text):
    assert "demand" not in [e.type for e in analyse(nlp, text)]


def test_demand_for_victims_stays_a_demand(nlp):
    ev = one(analyse(nlp, "Die SPD forderte Hilfe für die Opfer.", [("SPD", "ORG")]))
    assert (ev.type, actor(ev, "actor1")) == ("demand", "SPD")


@pytest.mark.parametrize("text, entities, expected", [
    ("Nach dem Angriff hat die EU Sanktionen gefordert.", [("EU", "ORG")], None),
    ("Nach dem Angriff der Hamas hat die EU Sanktionen gefordert.", [("EU", "ORG"), ("Hamas", "ORG")], "Hamas"),
    ("Trotz der Proteste hielt die Regierung in Bern am Plan fest.", [("Regierung", "ORG"), ("Bern", "LOC")], None),
    ("Nach tagelangen Gesprächen haben sich Union und SPD geeinigt.", [("Union", "ORG"), ("SPD", "ORG")], "Union"),
    ("Ministerin Bas verteidigte das Gesetz gegen Kritik der Verbände.", [("Bas", "PER")], None),
    ("Hunderte protestierten in Bern gegen das Treffen von Merz.", [("Bern", "LOC"), ("Merz", "PER")], None),
])
def test_the_subject_after_an_event_noun_reacts_to_it(nlp, text, entities, expected):
    noun = [e for e in analyse(nlp, text, entities) if e.type in ("assault", "protest", "negotiate", "criticize", "consult")
            and e.trigger[0].isupper()][0]
    assert actor(noun, "actor1") == expected


def test_a_later_paragraph_elsewhere_takes_no_dateline(nlp):
    text = ("Wien (APA) – Die Polizei hat in der Nacht einen Mann festgenommen.\n\n"
            "In Linz wurde ein Mann festgenommen, der einen Supermarkt überfallen haben soll.\n\n"
            "Die FPÖ kritisierte die Regierung in Österreich scharf.")
    first, linz, robbery, criticism = analyse(nlp, text, [("Wien", "LOC"), ("Linz", "LOC"), ("FPÖ", "ORG"),
                                                          ("Österreich", "LOC")])
    assert (first.place.canonical, first.place.source) == ("Wien", "dateline")
    assert (linz.place.canonical, linz.place.source) == ("Linz", "clause")
    # not Wien: the paragraph is in Linz (where the one who did it was arrested)
    assert robbery.type == "assault" and robbery.place.canonical == "Linz"
    # a country is no other place than the dateline's city (its own clause names it, though: "in Österreich")
    assert criticism.type == "criticize"


def test_a_country_in_a_later_paragraph_keeps_the_dateline(nlp):
    text = "Wien (APA) – Die Regierung tagte.\n\nIn Österreich ist das umstritten, die FPÖ kritisierte das Paket."
    ev = one(analyse(nlp, text, [("Wien", "LOC"), ("Österreich", "LOC"), ("FPÖ", "ORG")]))
    assert ev.type == "criticize" and (ev.place.canonical, ev.place.source) == ("Wien", "dateline")


def test_a_noun_in_a_verbs_clause_leaves_the_count_to_the_verb(nlp):
    text = "In Belgrad nahm die Polizei bei Protesten gegen die Regierung mehr als 40 Menschen fest."
    events = {e.type: e for e in analyse(nlp, text, [("Belgrad", "LOC")], found_quantities(text))}
    assert events["arrest"].count.value == 40 and events["protest"].count is None
    text = "Bei einem Raketenangriff sind in Charkiw mindestens 11 Menschen getötet worden."
    events = {e.type: e for e in analyse(nlp, text, [("Charkiw", "LOC")], found_quantities(text))}
    assert events["kill"].count.value == 11 and events["assault"].count is None


@pytest.mark.parametrize("text, entities, kept", [
    ("Trump hat der EU mit neuen Strafzöllen gedroht.", [("Trump", "PER"), ("EU", "ORG")], ["threaten"]),
    ("Die SVP drohte mit einem Referendum und mit Sanktionen.", [("SVP", "ORG")], ["threaten"]),
    ("Die Hamas drohte nach dem Angriff mit Vergeltung.", [("Hamas", "ORG")], ["threaten", "assault"]),
])
def test_what_is_threatened_has_not_happened(nlp, text, entities, kept):
    assert [e.type for e in analyse(nlp, text, entities)] == kept


@pytest.mark.parametrize("text, expected", [
    ("Die Firma Hess liefert das Material.", []),
    ("Polizei und Demonstranten lieferten sich Straßenschlachten.", []),
    ("Die Schweiz lieferte Zelte und Decken in die Türkei.", ["aid"]),
    ("Deutschland liefert weitere Patriot-Systeme an die Ukraine.", ["aid"]),
])
def test_delivering_is_aid_only_with_aid_goods(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text)] == expected


def test_aid_counts_a_sum_else_the_goods_its_clause_delivers(nlp):
    ukraine = [("Schweiz", "LOC"), ("Ukraine", "LOC")]
    tents = ("5.000 Zelte", 5000, "Zelte", None, False)
    ev = one(analyse(nlp, "Die Schweiz liefert der Ukraine 5.000 Zelte.", ukraine, [tents]))
    assert (ev.count.value, ev.count.unit) == (5000, "Zelte")
    text = "Die Schweiz liefert der Ukraine 5.000 Zelte für 2 Millionen Franken."
    ev = one(analyse(nlp, text, ukraine, [tents, ("2 Millionen Franken", 2000000, "CHF", None, False)]))
    assert (ev.count.value, ev.count.unit) == (2000000, "CHF")
    # the sentence's other clause counts people, not goods
    text = "Die Schweiz liefert der Ukraine Zelte, weil 5.000 Menschen obdachlos sind."
    assert one(analyse(nlp, text, ukraine, [("5.000 Menschen", 5000, "Menschen", None, False)])).count is None


@pytest.mark.parametrize("text, expected", [
    ("Er hatte in Rorschach seine Ehefrau mit einem Messer schwer verletzt.", ["assault"]),
    ("Mehr als 30 Menschen wurden bei dem Unfall verletzt.", []),
    ("Unbekannte haben einen Mann zusammengeschlagen.", ["assault"]),
    ("Die Armee schlug den Aufstand nieder.", []),
    ("Zwei Männer haben in Olten einen Taxifahrer verprügelt.", ["assault"]),
    ("Ein Mann prügelte einen Rentner spitalreif.", ["assault"]),
    # fighting each other: a fight, whoever started it
    ("Fans prügelten sich vor dem Stadion.", ["fight"]),
    ("Vor dem Stadion gerieten Fans der beiden Clubs aneinander.", ["fight"]),
    ("In Zürich sind Fans am Samstag aneinandergeraten.", ["fight"]),
    ("Es kam zu einem Handgemenge zwischen Aktivisten und Polizisten.", ["fight"]),
    ("Die Preise geraten unter Druck.", []),
])
def test_assault_verbs(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text)] == expected


def test_the_attack_noun_beats_the_harm_verb(nlp):
    ev = one(analyse(nlp, "Bei einer Messerattacke in Graz ist ein Mann schwer verletzt worden.", [("Graz", "LOC")]))
    assert (ev.type, ev.trigger, ev.place.canonical) == ("assault", "Messerattacke", "Graz")


def test_a_later_paragraph_about_another_towns_council_takes_no_dateline(nlp):
    text = ("St. Gallen – Das Gericht tagte.\n\n"
            "Der Stadtrat von Winterthur hat ein Sparpaket präsentiert. Die SP lehnt den Abbau ab.")
    ev = one(analyse(nlp, text, [("St. Gallen", "LOC"), ("Winterthur", "LOC"), ("SP", "ORG")]))
    assert ev.type == "reject" and ev.place is None


def test_a_past_visit_takes_no_future_date_from_another_clause(nlp):
    text = "Pistorius besuchte die Truppe in Rukla und kündigte an, das Kontingent bis 2027 aufzustocken."
    visit = one(analyse(nlp, text, [("Pistorius", "PER"), ("Rukla", "LOC")]), "consult")
    assert visit.date is None and visit.modality is None


@pytest.mark.parametrize("text, expected", [
    ("Auf der B16 bei Kelheim kam es zu einem Frontalzusammenstoß.", []),
    ("Bei Zusammenstößen zwischen Fans und Polizei gab es Verletzte.", ["fight"]),
    ("Ein Mann ist von zwei Unbekannten ausgeraubt worden.", ["assault"]),
])
def test_a_collision_of_cars_is_no_clash_and_a_robbery_an_assault(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text)] == expected


def test_the_leads_event_keeps_what_only_the_headline_says(nlp):
    text = "Merz trifft Macron in Paris\n\nBundeskanzler Merz ist am Mittwoch zu einem Treffen gereist."
    ev = one(analyse(nlp, text, [("Merz", "PER"), ("Macron", "PER"), ("Paris", "LOC")]))
    assert ev.type == "consult" and ev.start > text.index("\n\n")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Merz", "Macron")
    assert (ev.place.canonical, ev.place.source) == ("Paris", "headline")
    assert text[ev.place.start:ev.place.end] == "Paris"


@pytest.mark.parametrize("text, expected", [
    ("Im Bundesliga-Spitzenspiel trifft Leverkusen am Samstag auf den FC Bayern.", []),
    ("Der Vorschlag trifft in Bern auf Widerstand.", []),
    ("Merz traf sich auf dem Gipfel mit Macron.", ["consult"]),
    ("Das Ministerium erklärte, man habe militärische Ziele getroffen.", ["statement"]),
    ("Die Regierung hat am Montag eine Entscheidung getroffen.", []),
    ("Die Dürre trifft die Bauern im Osten hart.", []),
    ("Beide Seiten haben eine Vereinbarung getroffen.", ["agree"]),
])
def test_meeting_as_opponents_or_running_into_is_no_meeting(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Mehr als 400 Feuerwehrleute kämpften gegen die Flammen.", []),
    ("Die Helfer kämpfen seit Tagen gegen das Hochwasser.", []),
    ("Der Verein kämpft um den Klassenerhalt.", []),
    ("Die Ärzte kämpften um sein Leben.", []),
    ("Dortmund kämpft nun um die Champions-League-Plätze.", []),
    ("Soldaten kämpften um die Stadt.", ["fight"]),
    ("Die Armee kämpft gegen die Rebellen.", ["fight"]),
])
def test_fighting_fire_floods_or_relegation_is_no_fight(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Ein Polizist hat auf einen Autofahrer geschossen.", ["assault"]),
    ("Unbekannte schossen auf das Haus.", ["assault"]),
    ("Der Stürmer schoss zwei Tore.", []),
    ("Er schoss auf das Tor.", []),
    ("Die Preise schossen in die Höhe.", []),
    ("Der Verein schoss sich auf Platz drei.", []),
    ("Die Polizei nahm 23 Personen in Gewahrsam.", ["arrest"]),
    ("Nach dem Spiel kam es zu Ausschreitungen.", ["protest"]),
])
def test_shots_custody_and_riots(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Im Angriff fehlte den Gästen die Durchschlagskraft.", []),
    ("Im Angriff auf die Stadt starben drei Menschen.", ["assault", "kill"]),
    ("Beim Angriff auf die Stadt wurde niemand verletzt.", ["assault"]),
])
def test_a_team_on_the_offense_attacks_nobody(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Die Polizei hat am Dienstag ein Protestcamp geräumt.", ["coerce"]),
    ("Die Räumung des besetzten Hauses verlief friedlich.", ["coerce"]),
    ("23 Personen wurden weggewiesen.", ["coerce"]),
    ("Der Minister räumte Fehler beim Bau des Gebäudes ein.", ["statement"]),  # admitted
    ("Die Gemeinde räumte den Schnee vom Platz.", []),
    ("Er räumte seinen Posten.", []),
])
def test_clearing_a_camp_is_coercion(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text)] == expected


def test_an_event_noun_before_a_comma_opens_no_list_of_names(nlp):
    text = "Quaxmann sagte nach dem Treffen, Deutschland und Frankreich trügen Verantwortung."
    ents = [("Quaxmann", "PER"), ("Deutschland", "LOC"), ("Frankreich", "LOC")]
    ev = one(analyse(nlp, text, ents), "statement")
    assert actor(ev, "actor1") == "Quaxmann" and actor(ev, "actor2") is None


def test_an_event_noun_referring_back_is_no_new_event(nlp):
    people = [("Quaxron", "PER"), ("Quaxholz", "PER")]
    text = "Quaxron hat Quaxholz am Dienstag empfangen. Quaxholz sagte nach dem Treffen, man sei einig."
    assert [e.type for e in analyse(nlp, text, people)] == ["consult", "statement"]
    # the first report of it is an event
    text = "Quaxholz sagte nach dem Treffen, man sei einig."
    assert [e.type for e in analyse(nlp, text, people)] == ["statement", "consult"]
    # "bei der"/"beim" too: the arrest already reported
    text = "Die Polizei hat in Quaxdorf einen Mann festgenommen. Bei der Festnahme leistete er Widerstand."
    assert [e.type for e in analyse(nlp, text, [("Quaxdorf", "LOC")])] == ["arrest"]
    text = "Bei der Festnahme leistete ein Mann in Quaxdorf Widerstand."
    assert [e.type for e in analyse(nlp, text, [("Quaxdorf", "LOC")])] == ["arrest"]


def test_a_clause_opened_by_dabei_happens_where_the_clause_before_did(nlp):
    text = "In der Region Quaxfur kam es zu Gefechten, dabei wurden Dutzende Zivilisten getötet."
    ev = one(analyse(nlp, text, [("Quaxfur", "LOC")]), "kill")
    assert ev.place is not None and ev.place.canonical == "Quaxfur"
    # without the adverb the clause keeps its own (no) place
    text = "In der Region Quaxfur kam es zu Gefechten, in Quaxdorf wurden Dutzende Zivilisten getötet."
    ev = one(analyse(nlp, text, [("Quaxfur", "LOC"), ("Quaxdorf", "LOC")]), "kill")
    assert ev.place.canonical == "Quaxdorf"


def test_a_modal_verb_belongs_to_its_own_conjunct(nlp):
    text = "Die QXP lehnt die Aufstockung ab und will das Referendum ergreifen."
    assert one(analyse(nlp, text, [("QXP", "ORG")]), "reject").modality is None
    text = "Die QXP will streiken und fordert mehr Lohn."
    assert one(analyse(nlp, text, [("QXP", "ORG")]), "demand").modality is None
    # a bare infinitive shares the modal verb before it
    text = "Die QXP will die Vorlage ablehnen und protestieren."
    assert {e.type: e.modality for e in analyse(nlp, text, [("QXP", "ORG")])} == {"reject": "intent", "protest": "intent"}


def test_die_beiden_are_the_two_parties_of_the_event_before(nlp):
    ents = [("Quaxler", "PER"), ("Blixen", "PER"), ("EU", "ORG")]
    text = "Quaxler und Blixen trafen sich in Paris. Die beiden vereinbarten eine engere Zusammenarbeit."
    agree = one(analyse(nlp, text, ents), "agree")
    assert (actor(agree, "actor1"), actor(agree, "actor2")) == ("Quaxler", "Blixen")
    # the name after the verb is the object
    text = "Quaxler und Blixen trafen sich in Paris. Beide forderten die EU auf, mehr zu tun."
    appeal = one(analyse(nlp, text, ents), "appeal")
    assert (actor(appeal, "actor1"), actor(appeal, "actor2")) == ("Quaxler", "EU")
    # done to them: no agents
    text = "Quaxler und Blixen trafen sich in Paris. Die beiden wurden festgenommen."
    assert actor(one(analyse(nlp, text, ents), "arrest"), "actor1") is None


def test_a_sentence_opened_by_dabei_goes_on_with_the_event_before(nlp):
    text = ("Die Luftwaffe von Quaxland hat am Dienstag Stellungen der Miliz im Süden von Quaxfur angegriffen. "
            "Dabei seien acht Menschen getötet worden, teilte das Ministerium mit.")
    events = analyse(nlp, text, [("Quaxland", "LOC"), ("Quaxfur", "LOC")])
    kill = one(events, "kill")
    assert kill.place.canonical == "Quaxfur" and kill.date.value == date(2024, 3, 12)
    assert actor(kill, "actor1") == actor(one(events, "assault"), "actor1") == "Quaxland"
    assert one(events, "statement").place is None  # what was said keeps its own place
    # "Dort" lends only the place
    text = "Am Dienstag demonstrierten in Quaxfur Tausende. Dort nahm die Polizei zwei Männer fest."
    arrest = one(analyse(nlp, text, [("Quaxfur", "LOC")]), "arrest")
    assert arrest.place.canonical == "Quaxfur" and arrest.date is None


def test_an_event_noun_after_a_countrys_adjective_is_that_countrys_act(nlp):
    ev = one(analyse(nlp, "Bei einem israelischen Luftangriff in Quaxdorf starben drei Menschen.", [("Quaxdorf", "LOC")]),
             "assault")
    assert actor(ev, "actor1") == "Israel"
    # a named actor comes first; a protest is not the state's
    ev = one(analyse(nlp, "Quaxland verhängte russische Sanktionen.", [("Quaxland", "LOC")]), "sanction")
    assert actor(ev, "actor1") == "Quaxland"
    ev = one(analyse(nlp, "Es gab ukrainische Proteste in Quaxdorf.", [("Quaxdorf", "LOC")]), "protest")
    assert actor(ev, "actor1") is None


def test_a_count_a_speaker_gives_is_not_the_speakers_act(nlp):
    text = "Innenminister Quaxez sprach von 140 Festnahmen in Quaxdorf."
    ev = one(analyse(nlp, text, [("Quaxez", "PER"), ("Quaxdorf", "LOC")]), "arrest")
    assert actor(ev, "actor1") is None


def test_an_event_noun_in_a_past_clause_takes_a_bare_month_from_the_past(nlp):
    # published 15 March 2024: "im Juni" in a past-tense clause is last June
    text = "Bereits im Juni waren bei Luftangriffen auf Quaxdorf Hunderte Menschen getötet worden."
    ev = one(analyse(nlp, text, [("Quaxdorf", "LOC")]), "assault")
    assert ev.date.value == date(2023, 6, 1) and ev.modality is None


def test_the_object_of_a_referring_participle_closing_the_clause_is_no_event(nlp):
    text = "Die Regierung von Quaxland hat die Vorwürfe bisher nicht kommentiert."
    assert [e.type for e in analyse(nlp, text, [("Quaxland", "LOC")])] == []
    text = "Quaxland hat die Vorwürfe zurückgewiesen."
    assert [e.type for e in analyse(nlp, text, [("Quaxland", "LOC")])] == ["reject"]


def test_an_event_noun_inside_an_organizations_name_is_no_event(nlp):
    text = "Die Direktion für Entwicklung und Zusammenarbeit schickt Fachleute nach Quaxland."
    ents = [("Direktion für Entwicklung und Zusammenarbeit", "ORG"), ("Quaxland", "LOC")]
    assert [e.type for e in analyse(nlp, text, ents)] == []
    # unnamed, it is the cooperation it says
    assert [e.type for e in analyse(nlp, "Die Zusammenarbeit mit Quaxland wird ausgebaut.", ents)] == ["intent_cooperate"]


def test_sprechen_with_a_sum_grants_it_and_says_nothing(nlp):
    # Swiss usage: "spricht einen Kredit", "spricht eine Soforthilfe von 5 Mio. Fr."
    text = "Der Bundesrat spricht eine Soforthilfe von 5 Mio. Fr. für Quaxland."
    assert "statement" not in [e.type for e in analyse(nlp, text, [("Bundesrat", "ORG"), ("Quaxland", "LOC")])]
    text = "Der Bundesrat sprach von einer schwierigen Lage in Quaxland."
    assert [e.type for e in analyse(nlp, text, [("Bundesrat", "ORG"), ("Quaxland", "LOC")])] == ["statement"]


def test_needing_aid_is_no_aid(nlp):
    assert [e.type for e in analyse(nlp, "Mehr als 25 Millionen Menschen sind auf humanitäre Hilfe angewiesen.")] == []
    assert [e.type for e in analyse(nlp, "Die Regierung schickt humanitäre Hilfe.")] == ["aid"]
    # help that came too late, first aid and a call for help are no aid between parties
    assert analyse(nlp, "Für die 35-jährige Frau kam jede Hilfe zu spät.") == []
    assert analyse(nlp, "Passanten leisteten dem Verletzten Erste Hilfe.") == []
    assert analyse(nlp, "Die Frau rief um Hilfe.") == []


def test_who_is_called_on_does_what_is_demanded(nlp):
    text = "Quaxler forderte Deutschland auf, mehr Flugabwehrsysteme zu liefern."
    ev = one(analyse(nlp, text, [("Quaxler", "PER"), ("Deutschland", "LOC")]), "aid")
    assert (actor(ev, "actor1"), ev.modality) == ("Deutschland", "demand")
    # nobody named: not the one who demands
    text = "Quaxler forderte die westlichen Verbündeten auf, mehr Flugabwehrsysteme zu liefern."
    assert actor(one(analyse(nlp, text, [("Quaxler", "PER")]), "aid"), "actor1") is None
    # who considers it does it
    text = "Die EU erwägt, Sanktionen gegen Quaxland zu verhängen."
    assert actor(one(analyse(nlp, text, [("EU", "ORG"), ("Quaxland", "LOC")])), "actor1") == "EU"


def test_arrival_looming_trouble_and_agreement_without_agreement(nlp):
    assert analyse(nlp, "Zeugen hielten den Mann bis zum Eintreffen der Beamten fest.") == []
    assert analyse(nlp, "Europa droht eine Rezession.") == []
    assert analyse(nlp, "Im Süden droht eine Hungersnot.") == []
    ev = one(analyse(nlp, "Die Gewerkschaft Quaxunion droht mit einem Streik.", [("Quaxunion", "ORG")]), "threaten")
    assert actor(ev, "actor1") == "Quaxunion"
    assert one(analyse(nlp, "Die Gespräche endeten ohne eine Einigung."), "agree").negated
    assert not one(analyse(nlp, "Die Gespräche endeten mit einer Einigung."), "agree").negated


def test_who_attacked_killed_and_an_accident_kills_nobody(nlp):
    text = "Bei einem Angriff der Quaxmiliz wurden zwei Soldaten getötet."
    events = analyse(nlp, text, [("Quaxmiliz", "ORG")], found_quantities(text))
    assert actor(one(events, "kill"), "actor1") == "Quaxmiliz"
    # an attack named elsewhere does not make the attacker a killer
    text = "Nach dem Angriff der Quaxmiliz wurden zwei Soldaten getötet."
    assert actor(one(analyse(nlp, text, [("Quaxmiliz", "ORG")]), "kill"), "actor1") is None
    assert analyse(nlp, "Bei einem Unfall wurden zwei Menschen getötet.") == []
    assert analyse(nlp, "Eine Lawine tötete zwei Skifahrer.") == []


def test_talks_between_two_parties_and_thanks_for_cooperation(nlp):
    text = "Die Gespräche zwischen Quaxland und der Ukraine sollen am Montag beginnen."
    ev = one(analyse(nlp, text, [("Quaxland", "LOC"), ("Ukraine", "LOC")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("negotiate", "Quaxland", "Ukraine")
    # thanks are praise (CAMEO 051), and the cooperation thanked for no intent to cooperate
    events = analyse(nlp, "Quaxli dankte den Organisatoren für die gute Zusammenarbeit.", [("Quaxli", "PER")])
    assert [e.type for e in events] == ["praise"]
    # working together on an investigation is the investigation, no intent to cooperate
    events = analyse(nlp, "Die Polizei ermittelt in enger Zusammenarbeit mit Europol.", [("Europol", "ORG")])
    assert [e.type for e in events] == ["investigate"]


def test_whose_criticism_it_is_when_it_comes_from_someone(nlp):
    ev = one(analyse(nlp, "Scharfe Kritik an den Plänen kam am Montag von der SVP.", [("SVP", "ORG")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("criticize", "SVP", None)
    ev = one(analyse(nlp, "Die Forderung kommt vom Quaxverband.", [("Quaxverband", "ORG")]))
    assert (ev.type, actor(ev, "actor1")) == ("demand", "Quaxverband")


def test_a_deadline_in_what_was_said_is_no_date_of_saying_it(nlp):
    ev = one(analyse(nlp, "Die Verbände warnten vor Mehrkosten von 120 Milliarden Euro bis 2040."))
    assert (ev.type, ev.date, ev.modality) == ("statement", None, None)
    ev = one(analyse(nlp, "Die Verbände warnten am Montag vor Mehrkosten bis 2040."))
    assert ev.date.value == date(2024, 3, 11)
    # a deadline of an act is its date
    ev = one(analyse(nlp, "Die Polizei nahm bis Sonntag 40 Personen fest."))
    assert ev.date.value == date(2024, 3, 10)


def test_aid_sent_to_a_country_and_a_site_with_its_town(nlp):
    ev = one(analyse(nlp, "Deutschland schickt Flugabwehrsysteme in die Ukraine.", [("Deutschland", "LOC"), ("Ukraine", "LOC")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2"), ev.place) == ("aid", "Deutschland", "Ukraine", None)
    ev = one(analyse(nlp, "Die Schweiz liefert Zelte nach Syrien.", [("Schweiz", "LOC"), ("Syrien", "LOC")]))
    assert actor(ev, "actor2") == "Syrien"
    # a place that is no country is where the aid goes
    ev = one(analyse(nlp, "Die EU schickt humanitäre Hilfe nach Gaza.", [("EU", "ORG"), ("Gaza", "LOC")]))
    assert (actor(ev, "actor2"), ev.place.canonical) == (None, "Gaza")
    assert analyse(nlp, "Er schickte ihr eine Nachricht.") == []
    ev = one(analyse(nlp, "Ein Streik legt den Flughafen Quaxburg lahm.", [("Quaxburg", "LOC")]))
    assert (ev.type, actor(ev, "actor2"), ev.place.canonical) == ("protest", None, "Quaxburg")


def test_an_event_noun_in_a_zu_infinitive_and_a_condition(nlp):
    text = "Quaxler forderte die CDU auf, Gespräche aufzunehmen."
    ev = one(analyse(nlp, text, [("Quaxler", "PER"), ("CDU", "ORG")]), "negotiate")
    assert (actor(ev, "actor1"), ev.modality) == ("CDU", "demand")
    ev = one(analyse(nlp, "Die EU erwägt, neue Sanktionen zu beschließen.", [("EU", "ORG")]))
    assert (ev.type, actor(ev, "actor1"), ev.modality) == ("sanction", "EU", "consider")
    text = "Die Übernahme soll abgeschlossen werden, sofern die Behörden zustimmen."
    assert one(analyse(nlp, text), "agree").modality == "possible"


def test_a_name_and_its_short_form_are_one_party(nlp):
    text = "Der Gewerkschaftsbund QGB kündigte Proteste an."
    doc = nlp(text)
    long_start, short_start = text.index("Gewerkschaftsbund"), text.index("QGB")
    mentions = [Mention("Gewerkschaftsbund", "ORG", long_start, long_start + 17, "Quaxischer Gewerkschaftsbund"),
                Mention("QGB", "ORG", short_start, short_start + 3, "Quaxischer Gewerkschaftsbund")]
    doc.ents = [doc.char_span(m.start, m.end, label=m.label) for m in mentions]
    events = extract_events(doc, mentions, [], PUBLISHED)
    assert {e.type for e in events} == {"statement", "protest"}
    assert all([(a.role, a.canonical) for a in e.actors] == [("actor1", "Quaxischer Gewerkschaftsbund")] for e in events)


def test_a_venue_receiving_its_visitors_meets_nobody(nlp):
    assert analyse(nlp, "Das Opernhaus empfängt jährlich über 250.000 Besucherinnen und Besucher.") == []
    assert analyse(nlp, "Das Spital empfing am Wochenende 300 Patienten.") == []
    text = "Bundesrat Quaxli empfing am Montag den Aussenminister von Quaxland in Bern."
    assert [e.type for e in analyse(nlp, text, [("Quaxli", "PER"), ("Quaxland", "LOC"), ("Bern", "LOC")])] == ["consult"]


def test_a_later_conjunct_keeps_its_date_and_count(nlp):
    text = "Die Gewerkschaft Quaxunion kündigte Widerstand an und will am Samstag vor dem Rathaus demonstrieren."
    events = analyse(nlp, text, [("Quaxunion", "ORG")])
    assert one(events, "statement").date is None
    assert one(events, "protest").date.value == date(2024, 3, 16)
    text = "Die Polizei nahm am Montag zwei Männer fest und beschlagnahmte Drogen."
    events = analyse(nlp, text, quantities=found_quantities(text))
    assert one(events, "arrest").count.value == 2 and one(events, "coerce").count is None
    assert one(events, "coerce").date.value == date(2024, 3, 11)  # an earlier conjunct's date is shared
    # a subject before the first verb is shared
    text = "Rund 500 Menschen versammelten sich und protestierten gegen die Reform."
    assert one(analyse(nlp, text, quantities=found_quantities(text)), "protest").count.value == 500


def test_the_source_of_a_report_is_no_actor(nlp):
    text = "Dabei wurden nach Angaben von Bürgermeister Vitali Quaxko mindestens vier Menschen getötet."
    ev = one(analyse(nlp, text, [("Vitali Quaxko", "PER")]), "kill")
    assert actor(ev, "actor1") is None
    text = "Bei dem Angriff wurden nach ersten Angaben der Polizei von Quaxstadt vier Menschen getötet."
    assert actor(one(analyse(nlp, text, [("Quaxstadt", "LOC")]), "kill"), "actor1") is None
    text = "Der Regierung von Quaxland zufolge wurden vier Menschen getötet."
    assert actor(one(analyse(nlp, text, [("Quaxland", "LOC")]), "kill"), "actor1") is None
    # the parties around the source still act
    text = "Russland hat nach Angaben der Ukraine Kiew angegriffen."
    ev = one(analyse(nlp, text, [("Russland", "LOC"), ("Ukraine", "LOC"), ("Kiew", "LOC")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Russland", "Kiew")
    assert actor(one(analyse(nlp, "Vier Menschen wurden von der Quaxarmee getötet.", [("Quaxarmee", "ORG")])),
                 "actor1") == "Quaxarmee"


def test_a_list_of_numbers_splits_no_clause(nlp):
    text = "Die Stadtpolizei hat drei Männer im Alter von 19, 23 und 27 Jahren verhaftet."
    assert actor(one(analyse(nlp, text, [("Stadtpolizei", "ORG")])), "actor1") == "Stadtpolizei"


def test_a_thing_hit_is_no_meeting(nlp):
    assert analyse(nlp, "In der Region Quaxfur wurde ein Umspannwerk getroffen.", [("Quaxfur", "LOC")]) == []
    assert [e.type for e in analyse(nlp, "Eine Rakete traf ein Wohnhaus in Quaxfur.", [("Quaxfur", "LOC")])] == [
        "assault"]  # hit by a missile: an attack (2026.12-261)
    ents = [("Quaxler", "PER"), ("Blixen", "PER")]
    assert one(analyse(nlp, "Quaxler und Blixen haben sich gestern getroffen.", ents)).type == "consult"


def test_what_a_strike_affects_is_no_count_of_it(nlp):
    text = "Wegen eines Warnstreiks hat die Fluggesellschaft mehr als 800 Flüge annulliert."
    assert one(analyse(nlp, text, quantities=found_quantities(text)), "protest").count is None
    text = "Wegen eines Warnstreiks von 2.000 Beschäftigten fielen mehr als 800 Flüge aus."
    assert one(analyse(nlp, text, quantities=found_quantities(text)), "protest").count.value == 2000


def test_cutting_aid_is_no_aid(nlp):
    assert analyse(nlp, "Gleichzeitig soll bei der Entwicklungshilfe gespart werden.") == []
    assert analyse(nlp, "Die Regierung kürzt das Hilfspaket um die Hälfte.") == []
    assert analyse(nlp, "Die Regierung hat die Hilfe für Bauern gekürzt.") == []
    assert [e.type for e in analyse(nlp, "Die Sparkasse schickt humanitäre Hilfe.")] == ["aid"]


def test_an_event_noun_with_a_definite_article_adding_nothing_refers_back(nlp):
    ents = [("Quaxland", "LOC"), ("Quaxstadt", "LOC"), ("Quaxdorf", "LOC")]
    text = "Quaxland verhängte Sanktionen gegen Quaxstadt. Die Sanktionen würden vor allem Quaxdorf schaden."
    assert [e.type for e in analyse(nlp, text, ents)] == ["sanction"]
    # another place is another event; "neue" ones are new
    text = "In Quaxstadt gab es einen Angriff. Die Angriffe auf Quaxdorf gingen weiter."
    assert [e.type for e in analyse(nlp, text, ents)] == ["assault", "assault"]
    text = "Quaxland verhängte Sanktionen. Die neuen Sanktionen gelten ab Mai."
    assert [e.type for e in analyse(nlp, text, ents)] == ["sanction", "sanction"]
    # a strike and a demonstration are two protests
    text = "Ein Streik in Quaxdorf wurde abgewendet. Die geplante Demonstration am Samstag wurde abgesagt."
    assert [e.type for e in analyse(nlp, text, ents)] == ["protest", "protest"]
    text = "Tausende demonstrierten in Quaxdorf. Die Kundgebung verlief friedlich."
    assert [e.type for e in analyse(nlp, text, ents)] == ["protest"]
    # custody after a reported arrest is that arrest; with a date of its own it is another
    text = "Die Polizei hat in Quaxdorf einen Mann festgenommen. Er sitzt in Untersuchungshaft."
    assert [e.type for e in analyse(nlp, text, ents)] == ["arrest"]
    text = "Die Polizei hat in Quaxdorf einen Mann festgenommen. Er sitzt seit 2020 in Haft."
    assert [e.type for e in analyse(nlp, text, ents)] == ["arrest", "arrest"]
    # custody applied for is no arrest (yet)
    assert analyse(nlp, "Die Staatsanwaltschaft hat Untersuchungshaft beantragt.") == []
    assert analyse(nlp, "Die Staatsanwaltschaft beantragte Untersuchungshaft für den Mann.") == []
    # the referring sentence's date goes to the event it refers to
    text = "Die Polizei hat in Quaxdorf fünf Männer festgenommen. Die Festnahmen erfolgten am Montag."
    [ev] = analyse(nlp, text, ents)
    assert ev.type == "arrest" and ev.date is not None and ev.date.value == date(2024, 3, 11)


def test_vor_allem_and_unter_anderem_are_no_prepositions_of_a_place(nlp):
    ev = one(analyse(nlp, "Die Regierung kritisierte vor allem Quaxland.", [("Quaxland", "LOC")]), "criticize")
    assert ev.place is None


def test_a_name_behind_an_event_noun_opening_its_clause_is_no_actor1(nlp):
    ev = one(analyse(nlp, "Die Sanktionen treffen Quaxland hart.", [("Quaxland", "LOC")]), "sanction")
    assert actor(ev, "actor1") is None


def test_a_count_in_a_clause_with_its_own_predicate_is_not_the_events(nlp):
    text = "Bei der Festnahme in Quaxdorf leistete der Mann Widerstand, zwei Polizisten wurden leicht verletzt."
    police = [("zwei Polizisten", "2", "Polizisten", None, False)]
    assert one(analyse(nlp, text, [("Quaxdorf", "LOC")], police), "arrest").count is None
    # in the event's own clause it is
    text = "Die Polizei nahm in Quaxdorf zwei Polizisten fest, die Bestechung wurde bekannt."
    assert one(analyse(nlp, text, [("Quaxdorf", "LOC")], police), "arrest").count.value == 2
    # a relative clause describes the event's noun
    text = "Die Kundgebung in Quaxdorf, an der 5.000 Menschen teilgenommen haben, verlief friedlich."
    people = [("5.000 Menschen", "5000", "Menschen", None, False)]
    assert one(analyse(nlp, text, [("Quaxdorf", "LOC")], people), "protest").count.value == 5000


@pytest.mark.parametrize("text, type_, expected", [
    ("Bei Ausschreitungen nach dem Spiel wurden drei Polizisten verletzt.", "protest", None),
    ("Bei der Demonstration gab es zwei Verletzte.", "protest", None),
    ("Bei der Festnahme wurden zwei Beamte leicht verletzt.", "arrest", None),
    # the participants stay counted beside the hurt, and the hurt are an attack's count
    ("Bei der Demonstration mit 5000 Teilnehmern wurden zwei Polizisten verletzt.", "protest", 5000),
    ("Bei dem Angriff wurden drei Polizisten verletzt.", "assault", 3),
])
def test_the_hurt_are_no_count_of_a_protest_or_an_arrest(nlp, text, type_, expected):
    ev = one(analyse(nlp, text, quantities=found_quantities(text)), type_)
    assert (ev.count.value if ev.count else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("Israel und die Hamas werfen sich vor, die Waffenruhe gebrochen zu haben.", ["criticize"]),
    ("Beide Seiten meldeten Verstöße gegen die Waffenruhe.", []),
    ("Die Waffenruhe hält.", ["agree"]),
    ("Israel und die Hamas haben sich auf eine Waffenruhe geeinigt.", ["agree"]),
])
def test_a_broken_ceasefire_is_no_agreement(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text, [("Israel", "LOC"), ("Hamas", "ORG")])] == expected


@pytest.mark.parametrize("text, expected", [
    ("Selenskyj warnte vor einer neuen russischen Offensive im Osten.", ["statement"]),
    ("Viele Familien verließen die Stadt aus Angst vor weiteren Angriffen.", []),
    ("Die Regierung warnte die Bevölkerung vor Anschlägen.", ["statement"]),
    ("Die Regierung hat vor Anschlägen in Berlin gewarnt.", ["statement"]),
    # a warning is no attack, but an attack after a warning is
    ("Trotz der Warnungen kam es am Abend zu einem Angriff.", ["assault"]),
])
def test_an_event_warned_of_or_feared_has_not_happened(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text, [("Selenskyj", "PER")])] == expected


def test_a_place_a_warning_or_a_talk_is_about_is_not_where_it_was_said(nlp):
    text = "Die WHO hat vor einer Ausbreitung des Virus in Zentralafrika gewarnt."
    ev = one(analyse(nlp, text, [("WHO", "ORG"), ("Zentralafrika", "LOC")]))
    assert (ev.type, actor(ev, "actor1"), ev.place) == ("statement", "WHO", None)
    text = "Die Ministerin äußerte sich in Genf besorgt über die Lage im Sudan."
    ev = one(analyse(nlp, text, [("Genf", "LOC"), ("Sudan", "LOC")]), "statement")
    assert ev.place.canonical == "Genf"
    # a strike named "Warnstreik" is no warning
    ev = one(analyse(nlp, "Verdi-Chef Quaxler sagte vor dem Warnstreik in Berlin, man sei bereit.",
                     [("Quaxler", "PER"), ("Berlin", "LOC")]), "statement")
    assert ev.place.canonical == "Berlin"
    # a protest against something in a place is still there
    ev = one(analyse(nlp, "Tausende demonstrierten in Wien gegen den Krieg.", [("Wien", "LOC")]))
    assert ev.place.canonical == "Wien"


@pytest.mark.parametrize("text, expected", [
    ("Vor 75'000 Zuschauern griffen die Gäste in der zweiten Halbzeit mutig an.", []),
    ("Nach dem Anpfiff attackierte der Stürmer den Torhüter.", []),
    ("Ein Mann griff in der Halle zwei Zuschauer mit einem Messer an.", ["assault"]),
])
def test_attacks_in_a_match_report_are_play(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text)] == expected


def test_the_country_named_by_the_adjective_acts_not_the_clause_subject(nlp):
    ev = one(analyse(nlp, "Die Ukraine wehrte eine russische Offensive bei Charkiw ab.",
                     [("Ukraine", "LOC"), ("Charkiw", "LOC")]), "fight")
    assert [(a.role, a.canonical) for a in ev.actors] == [("actor1", "Russland")]


def test_a_name_after_von_in_the_target_phrase_is_the_target(nlp):
    text = "Zehntausende Menschen haben am Samstag gegen die Regierung von Präsident Quaxić demonstriert."
    ev = one(analyse(nlp, text, [("Quaxić", "PER")]), "protest")
    assert actor(ev, "actor1") is None and actor(ev, "actor2") == "Quaxić"


def test_a_list_of_amounts_keeps_the_clause_whole(nlp):
    text = "Die Ermittler stellten 2,3 Kilogramm Kokain, 48.000 Franken Bargeld und eine Pistole sicher."
    assert [e.type for e in analyse(nlp, text)] == ["coerce"]


def test_the_organization_of_members_met_or_judged_is_the_other_party(nlp):
    ev = one(analyse(nlp, "Ludwig traf am Mittwoch Vertreter der Wirtschaftskammer.",
                     [("Ludwig", "PER"), ("Wirtschaftskammer", "ORG")]), "consult")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Ludwig", "Wirtschaftskammer")
    ev = one(analyse(nlp, "Die SVP kritisierte die Mitglieder der SP.", [("SVP", "ORG"), ("SP", "ORG")]), "criticize")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("SVP", "SP")


def test_a_place_in_the_phrase_of_a_scene_setting_noun_is_that_nouns(nlp):
    text = "Bei Protesten in Georgien nahm die Polizei mehr als 300 Menschen in Tiflis fest."
    events = analyse(nlp, text, [("Georgien", "LOC"), ("Tiflis", "LOC")])
    assert one(events, "protest").place.canonical == "Georgien"
    assert one(events, "arrest").place.canonical == "Tiflis"
    # with no place of its own the arrest is still where the protests were
    text = "Bei Protesten in Georgien nahm die Polizei mehr als 300 Menschen fest."
    assert one(analyse(nlp, text, [("Georgien", "LOC")]), "arrest").place.canonical == "Georgien"


def test_a_reporter_of_an_event_noun_did_not_do_it(nlp):
    ev = one(analyse(nlp, "Die Ukraine meldet den schwersten Luftangriff seit Wochen.", [("Ukraine", "LOC")]), "assault")
    assert actor(ev, "actor1") is None
    # sanctions or prices that hit someone are no meeting
    events = analyse(nlp, "Die Sanktionen Russlands treffen Europa.", [("Russlands", "LOC"), ("Europa", "LOC")])
    assert [e.type for e in events] == ["sanction"]


def test_a_subject_before_a_relative_clause_acts_and_the_name_after_the_verb_is_met(nlp):
    text = "Selenskyj, der am Dienstag in Berlin war, traf auch Merz."
    ev = one(analyse(nlp, text, [("Selenskyj", "PER"), ("Berlin", "LOC"), ("Merz", "PER")]), "consult")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Selenskyj", "Merz")
    # a speaker after a reported clause still speaks
    ev = one(analyse(nlp, "Die Lage sei ernst, sagte Merz.", [("Merz", "PER")]), "statement")
    assert actor(ev, "actor1") == "Merz"


def test_an_agent_inside_an_attribute_is_the_participles(nlp):
    ev = one(analyse(nlp, "Die von Russland annektierte Krim wurde erneut angegriffen.",
                     [("Russland", "LOC"), ("Krim", "LOC")]), "assault")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == (None, "Krim")
    events = analyse(nlp, "Die EU kritisierte die von Russland verhängten Sanktionen.", [("EU", "ORG"), ("Russland", "LOC")])
    assert [(e.type, actor(e, "actor1")) for e in events] == [("criticize", "EU"), ("sanction", "Russland")]


def test_where_people_go_is_not_where_the_event_was(nlp):
    ev = one(analyse(nlp, "Hunderte Menschen flohen vor den Kämpfen in den Libanon.", [("Libanon", "LOC")]), "fight")
    assert ev.place is None
    ev = one(analyse(nlp, "In den USA demonstrierten Tausende.", [("USA", "LOC")]), "protest")
    assert ev.place.canonical == "USA"  # a plural's dative: where it was
    ev = one(analyse(nlp, "Merz reiste in die Türkei und traf Erdogan.", [("Merz", "PER"), ("Türkei", "LOC"),
                                                                          ("Erdogan", "PER")]), "consult")
    assert ev.place.canonical == "Türkei"  # one travels to meet


def test_an_acronym_in_brackets_stands_for_the_untagged_phrase_before_it(nlp):
    text = "Die Vereinigung der kommunalen Arbeitgeberverbände (VKA) kritisierte den Streik."
    assert actor(one(analyse(nlp, text, [("VKA", "ORG")]), "criticize"), "actor1") == "VKA"
    # a tagged name before the bracket acts itself
    text = "Josef Pramberger (ÖVP) verlangt mehr Geld."
    ev = one(analyse(nlp, text, [("Josef Pramberger", "PER"), ("ÖVP", "ORG")]), "demand")
    assert [x.text for x in ev.actors] == ["Josef Pramberger"]


@pytest.mark.parametrize("text, types", [
    ("Die Polizei stellte drei Kilogramm Kokain sicher.", ["coerce"]),
    ("Die Ermittler stellten zwei Pistolen und Bargeld sicher.", ["coerce"]),
    # ensuring something is no seizure
    ("Ohne diese Investition können wir die Versorgung nicht sicherstellen.", []),
    ("Der Bund will die Stromversorgung sicherstellen.", []),
])
def test_sicherstellen_seizes_only_what_police_take(nlp, text, types):
    assert [e.type for e in analyse(nlp, text)] == types


@pytest.mark.parametrize("text, types", [
    # what looms is no threat, a struggle with figures no fight
    ("Es drohen schwere Überschwemmungen.", []),
    ("Das Unternehmen kämpft mit sinkenden Umsätzen.", []),
    ("Russland drohte mit Konsequenzen.", ["threaten"]),
    ("Die Rebellen kämpften mit Panzern gegen die Armee.", ["fight"]),
])
def test_impending_things_and_struggles_are_no_threats_or_fights(nlp, text, types):
    assert [e.type for e in analyse(nlp, text)] == types


def test_an_event_noun_with_a_verb_in_the_present_and_a_past_weekday_is_the_coming_one(nlp):
    # published on a Friday (PUBLISHED): "am Mittwoch" with "findet … statt" is the coming Wednesday
    ev = one(analyse(nlp, "Das Treffen findet am Mittwoch statt."), "consult")
    assert ev.date.value > PUBLISHED and ev.modality == "future"
    ev = one(analyse(nlp, "Das Treffen fand am Mittwoch statt."), "consult")
    assert ev.date.value < PUBLISHED and ev.modality is None


def test_police_breaking_up_a_protest_did_not_protest(nlp):
    text = "Die Stadtpolizei Zürich hat eine unbewilligte Demonstration aufgelöst."
    events = analyse(nlp, text, [("Stadtpolizei Zürich", "ORG")])
    assert actor(one(events, "protest"), "actor1") is None
    assert actor(one(events, "coerce"), "actor1") == "Stadtpolizei Zürich"


def test_a_list_of_phrases_repeating_the_preposition_keeps_the_clause_whole(nlp):
    text = "Die Polizei nahm in Zürich-Oerlikon, in Wien-Favoriten und in Bern zwölf Personen fest."
    ev = one(analyse(nlp, text, quantities=[("zwölf Personen", 12, "Personen", None, False)]), "arrest")
    assert ev.count is not None and ev.count.value == 12


def test_an_attempted_killing_is_an_assault(nlp):
    assert [e.type for e in analyse(nlp, "Der versuchte Mord an dem Journalisten erschütterte die Stadt.")] == [
        "assault"]
    # sentenced, not criticized
    assert [e.type for e in analyse(nlp, "Er wurde wegen Mordes verurteilt.")] == ["convict"]
    assert [e.type for e in analyse(nlp, "Die EU verurteilte Russland wegen des Angriffs.")] == ["criticize"]


def test_a_crime_named_bare_after_wegen_in_a_judicial_clause_is_the_charge_not_an_event(nlp):
    for text, kind in [("Die Staatsanwaltschaft ermittelt wegen versuchten Mordes.", "investigate"),
                       ("Das Landgericht Hannover hat einen Mann wegen versuchten Mordes zu neun Jahren Haft verurteilt.",
                        "convict"),
                       ("Die Polizei hat einen 40-Jährigen wegen Mordes an seiner Frau festgenommen.", "arrest")]:
        assert [e.type for e in analyse(nlp, text)] == [kind], text
    # with an article it is a told event, and a planned one stays a plan
    events = analyse(nlp, "Wegen eines geplanten Anschlags auf eine Synagoge wurde ein 19-Jähriger festgenommen.")
    assert sorted(e.type for e in events) == ["arrest", "assault"]
    assert one(events, "assault").modality == "intent"
    # outside a judicial clause a bare event noun after "wegen" stays an event
    assert [e.type for e in analyse(nlp, "Wegen Bombenangriffen auf Kiew sagte der Minister seine Reise ab.")] == [
        "assault"]


def test_an_incendiary_or_a_stone_thrown_is_an_assault_and_fire_laid_is_arson(nlp):
    text = "Er hatte im vergangenen Herbst einen Brandsatz in ein Wohnhaus in Hildesheim geworfen."
    ev = one(analyse(nlp, text, entities=[("Hildesheim", "LOC")]), "assault")
    assert ev.place is not None and ev.place.canonical == "Hildesheim"
    assert ev.date is not None and (ev.date.value.year, ev.date.precision) == (2023, "year")
    assert [e.type for e in analyse(nlp, "Vermummte warfen Steine und Böller auf Polizisten.")] == ["assault"]
    assert [e.type for e in analyse(nlp, "Der Attentäter zündete vor dem Bahnhof einen Sprengsatz.")] == ["assault"]
    assert [e.type for e in analyse(nlp, "Unbekannte legten in der Nacht Feuer in einer Lagerhalle.")] == ["coerce"]
    # a reproach and a foundation stone are none
    assert [e.type for e in analyse(nlp, "Merz warf Scholz Versagen vor.", entities=[("Merz", "PER"), ("Scholz", "PER")])] == [
        "criticize"]
    assert analyse(nlp, "Die Partei legte den Grundstein für den Wahlsieg.") == []


def test_a_duration_counts_nothing_that_was_enforced(nlp):
    text = "Die Polizei löste die Blockade nach drei Stunden auf."
    ev = one(analyse(nlp, text, quantities=[("drei Stunden", 3, "h", None, False)]), "coerce")
    assert ev.count is None


def test_an_organization_acts_through_its_members_or_speaker_named_by_its_genitive(nlp):
    eu = [("Europäischen Union", "ORG"), ("Ukraine", "LOC")]
    text = "Die Staats- und Regierungschefs der Europäischen Union haben sich auf ein Paket für die Ukraine geeinigt."
    assert actor(one(analyse(nlp, text, eu), "agree"), "actor1") == "Europäischen Union"
    text = "Ein Sprecher der Quaxpolizei sagte, die Suche werde fortgesetzt."
    assert actor(one(analyse(nlp, text, [("Quaxpolizei", "ORG")])), "actor1") == "Quaxpolizei"
    text = "«Die Suche geht weiter», sagte ein Sprecher der Quaxpolizei."
    assert actor(one(analyse(nlp, text, [("Quaxpolizei", "ORG")])), "actor1") == "Quaxpolizei"
    # what an organization has does not act, nor members who are the object
    text = "Das Sanktionspaket der Europäischen Union wurde kritisiert."
    # (whose work is judged is the target, no actor1)
    assert [(x.role, x.text) for x in one(analyse(nlp, text, eu)).actors] == [("actor2", "Europäischen Union")]
    text = "Die Polizei kritisierte die Mitglieder der Quaxpartei."
    assert actor(one(analyse(nlp, text, [("Quaxpartei", "ORG")])), "actor1") is None


def test_a_place_after_a_part_of_it_and_von_is_where_not_who(nlp):
    text = "Aktivisten haben am Montag die Autobahn am Stadtrand von München blockiert."
    ev = one(analyse(nlp, text, [("München", "LOC")]), "protest")
    assert ev.actors == () and ev.place.canonical == "München"
    text = "Die Organisatoren von Quaxfriday protestierten in Bern."
    ev = one(analyse(nlp, text, [("Quaxfriday", "ORG"), ("Bern", "LOC")]), "protest")
    assert actor(ev, "actor1") == "Quaxfriday"  # "von" after people is who they are


@pytest.mark.parametrize("text, entities, actor1, actor2", [
    # a subject with no name before the verb: the names after it are its objects
    ("Die Polizei nahm Hans Meier fest.", [("Hans Meier", "PER")], None, "Hans Meier"),
    ("Die Regierung kritisierte Merz scharf.", [("Merz", "PER")], None, "Merz"),
    ("Der Bürgermeister traf Merz in Berlin.", [("Merz", "PER"), ("Berlin", "LOC")], None, "Merz"),
    ("Die russische Armee griff Charkiw an.", [("Charkiw", "LOC")], None, "Charkiw"),
    ("Die Polizei in Zürich nahm Hans Meier fest.", [("Zürich", "LOC"), ("Hans Meier", "PER")], None, "Hans Meier"),
    # ... in a subordinate clause, and behind the verb of a clause opened by a time
    ("Er bestätigte, dass die Polizei Hans Meier festgenommen habe.", [("Hans Meier", "PER")], None, "Hans Meier"),
    ("Am Montag hat die Polizei Hans Meier festgenommen.", [("Hans Meier", "PER")], None, "Hans Meier"),
    # a name after "von" inside the subject is whose people they are
    ("Die Organisatoren von Quaxfriday protestierten in Bern.", [("Quaxfriday", "ORG"), ("Bern", "LOC")],
     "Quaxfriday", None),
    # a thing opening the clause is no subject: the name behind the verb is ("Die Forderung wies Merz zurück")
    ("Die Forderung wies Merz zurück.", [("Merz", "PER")], "Merz", None),
    ("Am Montag kritisierte Merz die Regierung.", [("Merz", "PER")], "Merz", None),
    # a firm's or a body's name right after its kind is the subject itself
    ("Am Montag kritisierte die Gewerkschaft Quaxdi den Konzern Quaxmens.", [("Quaxdi", "ORG"), ("Quaxmens", "ORG")],
     "Quaxdi", "Quaxmens"),
])
def test_a_subject_without_a_name_leaves_the_names_objects(nlp, text, entities, actor1, actor2):
    ev = next(e for e in analyse(nlp, text, entities) if e.type not in ("demand", "statement"))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == (actor1, actor2)


@pytest.mark.parametrize("text, entities, actor1, actor2, place", [
    # a date closes its phrase: the name after "am Dienstag" is no part of it
    ("Die Polizei nahm am Montag Hans Meier fest.", [("Hans Meier", "PER")], None, "Hans Meier", None),
    ("Merz empfing am Montag Macron in Berlin.", [("Merz", "PER"), ("Macron", "PER"), ("Berlin", "LOC")],
     "Merz", "Macron", "Berlin"),
    ("Die Ukraine hat am Montag Russland angegriffen.", [("Ukraine", "LOC"), ("Russland", "LOC")],
     "Ukraine", "Russland", "Russland"),
    ("Macron empfängt am 3. März Donald Tusk in Paris.", [("Macron", "PER"), ("Donald Tusk", "PER"), ("Paris", "LOC")],
     "Macron", "Donald Tusk", "Paris"),
])
def test_a_name_after_a_date_is_no_part_of_it(nlp, text, entities, actor1, actor2, place):
    ev = one(analyse(nlp, text, entities))
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.place.canonical if ev.place else None) == (actor1, actor2, place)


@pytest.mark.parametrize("text", [
    "Putin sei ein Kriegsverbrecher, erklärte die Sprecherin.",
    "Betroffen seien rund 5000 Beschäftigte der Hochbahn, teilte ein Sprecher mit.",
    "Scholz werde nach Paris reisen, sagte ein Regierungssprecher.",
])
def test_an_unnamed_speaker_is_not_the_subject_of_what_was_said(nlp, text):
    events = analyse(nlp, text, [("Putin", "PER"), ("Hochbahn", "ORG"), ("Scholz", "PER"), ("Paris", "LOC")])
    assert actor(one(events, "statement"), "actor1") is None


@pytest.mark.parametrize("text, type_, expected", [
    ("Scholz werde am Montag nach Paris reisen, sagte er.", "consult", date(2024, 3, 18)),
    ("Verdi kündigte an, am Montag zu streiken.", "protest", date(2024, 3, 18)),
    ("Verdi sagte, man werde am Dienstag mit dem Vorstand verhandeln.", "negotiate", date(2024, 3, 19)),
    ("Verdi hatte am Montag gestreikt.", "protest", date(2024, 3, 11)),  # told in the past: the last Monday
])
def test_a_weekday_in_a_reported_or_announced_plan_is_the_coming_one(nlp, text, type_, expected):
    ev = one(analyse(nlp, text, [("Scholz", "PER"), ("Paris", "LOC"), ("Verdi", "ORG")]), type_)
    assert ev.date.value == expected


@pytest.mark.parametrize("text, entities, expected", [
    # police wording: "fassen" a suspect is arresting him; a council "fasst" a decision
    ("Beamte fassten den mutmaßlichen Schützen am Freitag in Leverkusen.", [("Leverkusen", "LOC")], ["arrest"]),
    ("Der Verdächtige wurde in seiner Wohnung gefasst.", [], ["arrest"]),
    ("Der Gemeinderat fasste einen Beschluss.", [], []),
    # a verbal attack in parliament is criticism
    ("Die AfD griff die Bundesregierung im Bundestag scharf an.", [("AfD", "ORG"), ("Bundesregierung", "ORG")],
     ["criticize"]),
    ("Russland griff die Ukraine mit Drohnen an.", [("Russland", "LOC"), ("Ukraine", "LOC")], ["assault"]),
    # "am Anschlag" is at the limit; a match against a team is no meeting
    ("Die Kliniken sind am Anschlag, sagte der Minister.", [], ["statement"]),
    ("Bayern München trifft am Samstag auf Borussia Dortmund.",
     [("Bayern München", "ORG"), ("Borussia Dortmund", "ORG")], []),
    ("Merz traf auf Einladung Macrons den Präsidenten.", [("Merz", "PER"), ("Macrons", "PER")], ["consult"]),
    ("Macron wird am 3. April in Warschau mit Donald Tusk zusammentreffen.",
     [("Macron", "PER"), ("Warschau", "LOC"), ("Donald Tusk", "PER")], ["consult"]),
    ("Die Schweiz bietet sich als Vermittlerin an.", [("Schweiz", "LOC")], ["intent_cooperate"]),
])
def test_more_wordings_of_the_listed_types(nlp, text, entities, expected):
    assert [e.type for e in analyse(nlp, text, entities)] == expected


def test_a_political_attack_keeps_its_parties_and_an_acronym_is_no_second_party(nlp):
    ev = one(analyse(nlp, "Die AfD griff die Bundesregierung im Bundestag scharf an.",
                     [("AfD", "ORG"), ("Bundesregierung", "ORG"), ("Bundestag", "ORG")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("AfD", "Bundesregierung")
    text = "Der Verband der Pflegefachleute SBK warnte vor einer Überlastung."
    ev = one(analyse(nlp, text, [("Verband der Pflegefachleute", "ORG"), ("SBK", "ORG")]))
    assert [(a.role, a.text) for a in ev.actors] == [("actor1", "Verband der Pflegefachleute")]


def test_a_country_attacked_under_its_short_name_gives_way_to_the_dateline(nlp):
    ents = [("Ukraine", "LOC"), ("Russland", "LOC"), ("Kiew", "LOC")]
    ev = one(analyse(nlp, "KIEW – Die Ukraine hat Russland angegriffen.", ents))
    assert (actor(ev, "actor2"), ev.place.canonical) == ("Russland", "Kiew")
    # without one it is the place (since 2026.12-265; was none)
    ev = one(analyse(nlp, "Die Ukraine hat Russland angegriffen.", ents))
    assert (actor(ev, "actor2"), ev.place.canonical) == ("Russland", "Russland")


@pytest.mark.parametrize("text, entities, actor1, actor2", [
    # a party in brackets does not break a list
    ("Friedrich Merz (CDU) und Markus Söder (CSU) forderten eine Wende.",
     [("Friedrich Merz", "PER"), ("CDU", "ORG"), ("Markus Söder", "PER"), ("CSU", "ORG")],
     ["Friedrich Merz", "Markus Söder"], []),
    # a list before a relative clause acts together
    ("Die Grünen und die FDP, die in Berlin regieren, kritisierten den Plan.",
     [("Grünen", "ORG"), ("FDP", "ORG"), ("Berlin", "LOC")], ["Grünen", "FDP"], []),
    ("Katar und Ägypten, die zwischen Israel und der Hamas vermitteln, riefen beide Seiten zur Ruhe auf.",
     [("Katar", "LOC"), ("Ägypten", "LOC"), ("Israel", "LOC"), ("Hamas", "ORG")], ["Katar", "Ägypten"], []),
    # a verb after ", und" shares the subject across a zu-infinitive
    ("Die SPD kündigte an, gegen den Antrag zu stimmen, und warf der CDU Versagen vor.",
     [("SPD", "ORG"), ("CDU", "ORG")], ["SPD"], ["CDU"]),
    # more subjects without a name
    ("Die Organisation kritisierte die Bundesregierung.", [("Bundesregierung", "ORG")], [], ["Bundesregierung"]),
])
def test_listed_and_shared_subjects_across_clauses(nlp, text, entities, actor1, actor2):
    ev = next(e for e in analyse(nlp, text, entities) if e.type in ("demand", "criticize", "appeal"))
    assert (actors_of(ev, "actor1"), actors_of(ev, "actor2")) == (actor1, actor2)


def test_an_accused_act_is_the_accuseds_and_alleged(nlp):
    text = "Die Bundesanwaltschaft wirft Hans Meier vor, einen Anschlag auf eine Synagoge geplant zu haben."
    ev = one(analyse(nlp, text, [("Bundesanwaltschaft", "ORG"), ("Hans Meier", "PER")]), "assault")
    assert (actor(ev, "actor1"), ev.modality) == ("Hans Meier", "alleged")


@pytest.mark.parametrize("text, entities, type_, expected", [
    # a perfect zu-infinitive names no subject either: a name in it is the object
    ("Die Ukraine wirft Russland vor, erneut Kiew mit Drohnen angegriffen zu haben.",
     [("Ukraine", "LOC"), ("Russland", "LOC"), ("Kiew", "LOC")], "assault", ("Russland", "Kiew", "alleged")),
    ("Israel beschuldigt die Hamas, Soldaten getötet zu haben.", [("Israel", "LOC"), ("Hamas", "ORG")], "kill",
     ("Hamas", None, "alleged")),
    ("Die USA drohten, Venezuela anzugreifen.", [("USA", "LOC"), ("Venezuela", "LOC")], "assault",
     ("USA", "Venezuela", "intent")),
    # ... also before an event noun; after it a name is the noun's own ("die Angriffe Russlands")
    ("Die Regierung erwägt, Russland mit Sanktionen zu belegen.", [("Russland", "LOC")], "sanction",
     (None, "Russland", "consider")),
    # a denied act is the denier's, alleged by others
    ("Der Iran bestreitet, Drohnen an Russland geliefert zu haben.", [("Iran", "LOC"), ("Russland", "LOC")], "aid",
     ("Iran", "Russland", "alleged")),
])
def test_a_name_in_a_zu_infinitive_is_its_object(nlp, text, entities, type_, expected):
    ev = one(analyse(nlp, text, entities), type_)
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.modality) == expected


@pytest.mark.parametrize("text, type_", [
    ("Es sei vereinbart worden, den Haushalt im Mai zu beschließen.", "agree"),
    ("Die Polizei nahm den Mann fest, um ihn am Montag zu befragen.", "arrest"),
])
def test_a_date_in_the_zu_infinitive_a_verb_governs_is_not_the_verbs(nlp, text, type_):
    ev = one(analyse(nlp, text), type_)
    assert ev.date is None and ev.modality is None


def test_the_accused_are_no_count_of_the_alleged_act(nlp):
    text = "Die Bundesanwaltschaft wirft den neun Angeklagten vor, einen Anschlag vorbereitet zu haben."
    ev = one(analyse(nlp, text, [("Bundesanwaltschaft", "ORG")], found_quantities(text)), "assault")
    assert (ev.count, ev.modality) == (None, "alleged")
    text = "Die Anklage wirft ihm vor, bei drei Überfällen zwei Menschen verletzt zu haben."
    ev = one(analyse(nlp, text, [], found_quantities(text)), "assault")
    assert ev.count is not None and ev.modality == "alleged"  # counted in the alleged act's own clause


def test_an_event_noun_of_a_later_verb_is_not_referred_to_by_an_earlier_one(nlp):
    text = "Schallenberg verurteilte den Angriff scharf und kündigte humanitäre Hilfe von zehn Millionen Euro an."
    events = analyse(nlp, text, [("Schallenberg", "PER")], found_quantities(text))
    aid = one(events, "aid")
    assert (actor(aid, "actor1"), aid.count.value, aid.modality) == ("Schallenberg", 10_000_000, "intent")
    assert "assault" not in [e.type for e in events]  # the attack condemned is still no new one


@pytest.mark.parametrize("text, type_, expected", [
    ("Die Gewerkschaft Verdi will am Wochenende streiken.", "protest", (date(2024, 3, 16), "intent")),
    ("Die Weko muss der Transaktion noch zustimmen.", "agree", (None, "future")),
])
def test_a_planned_weekend_and_a_pending_approval(nlp, text, type_, expected):
    ev = one(analyse(nlp, text, [("Verdi", "ORG")]), type_)
    assert (ev.date.value if ev.date else None, ev.modality) == expected


@pytest.mark.parametrize("text, entities, expected", [
    # deported from an airport: where from, not by whom
    ("Vom Flughafen Leipzig/Halle sind 28 Straftäter nach Kabul abgeschoben worden.",
     [("Leipzig/Halle", "ORG"), ("Kabul", "LOC")], ("coerce", None, "Leipzig/Halle")),
    ("Der Mann wurde von der Polizei Tirol festgenommen.", [("Polizei Tirol", "ORG")], ("arrest", "Polizei Tirol", None)),
])
def test_from_an_airport_is_a_place(nlp, text, entities, expected):
    ev = one(analyse(nlp, text, entities))
    assert (ev.type, actor(ev, "actor1"), ev.place.text if ev.place else None) == expected


def test_money_owed_is_no_demand(nlp):
    assert analyse(nlp, "Zudem muss er eine Ersatzforderung von 250.000 Franken bezahlen.") == []
    assert [e.type for e in analyse(nlp, "Die Lohnforderung der Gewerkschaft liegt bei acht Prozent.")] == ["demand"]


@pytest.mark.parametrize("text, entities, expected", [
    # "so X" closing the sentence attributes what was said
    ("Die EU müsse handeln, so Scholz.", [("EU", "ORG"), ("Scholz", "PER")], [("statement", "Scholz")]),
    ("Das sei ein Fehler, so NEOS-Sprecherin Claudia Quaxl.", [("Claudia Quaxl", "PER")],
     [("statement", "Claudia Quaxl")]),
    ("Man werde helfen, so schnell wie möglich.", [], []),
    ("Es komme, so Gott will, zum Frieden.", [], []),
    # supporting someone's demand is no new demand; forbidding a demonstration is no protest, but a ban (coerce)
    ("Die CDU unterstützt die Forderung der Gewerkschaft.", [("CDU", "ORG")], []),
    ("Die Bezirkshauptmannschaft hat die Demonstration untersagt.", [], [("coerce", None)]),
])
def test_attributions_with_so_and_nouns_supported_or_forbidden(nlp, text, entities, expected):
    assert [(e.type, actor(e, "actor1")) for e in analyse(nlp, text, entities)] == expected


def test_a_round_of_talks_set_for_a_day_lies_ahead(nlp):
    ev = one(analyse(nlp, "Die nächste Verhandlungsrunde ist für den 26. März angesetzt."))
    assert (ev.type, ev.date.value) == ("negotiate", date(2024, 3, 26))


def test_a_plain_noun_behind_the_finite_verb_is_the_subject(nlp):
    text = "Bereits im Januar hatten Hacker die Stadt Potsdam angegriffen."
    ev = one(analyse(nlp, text, [("Potsdam", "LOC")]), "assault")
    assert actor(ev, "actor1") is None and actor(ev, "actor2") == "Potsdam"
    # a title before a name is no subject of its own
    text = "Am Montag kritisierte Bundeskanzler Quaxmann die Quaxpartei."
    ev = one(analyse(nlp, text, [("Quaxmann", "PER"), ("Quaxpartei", "ORG")]), "criticize")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Quaxmann", "Quaxpartei")


def test_a_target_of_what_is_talked_about_is_no_party_to_the_talks(nlp):
    text = "Die Außenminister berieten am Montag in Brüssel über neue Sanktionen gegen Russland."
    ev = one(analyse(nlp, text, [("Brüssel", "LOC"), ("Russland", "LOC")]), "consult")
    assert ev.actors == () and ev.place.canonical == "Brüssel"
    ev = one(analyse(nlp, "Die Armee kämpfte im Süden gegen die Hamas.", [("Armee", "ORG"), ("Hamas", "ORG")]), "fight")
    assert actor(ev, "actor2") == "Hamas"


def test_in_ganz_bayern_is_a_place_not_an_actor(nlp):
    ev = one(analyse(nlp, "Die Ärzte streiken seit Montag in ganz Bayern.", [("Bayern", "LOC")]))
    assert ev.type == "protest" and ev.actors == () and ev.place.canonical == "Bayern"


@pytest.mark.parametrize("text, expected", [
    ("Die USA verhängten Zölle von 39 Prozent auf Schweizer Importe.", ["sanction"]),
    ("Die Polizei löste die Blockade mit Wasserwerfern auf.", ["coerce"]),
    ("Das Parlament löste sich auf und die Versammlung endete.", []),
    ("Zwei Männer sind bei einer Schlägerei verletzt worden.", ["assault"]),
])
def test_tariffs_dissolved_protests_and_brawls(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text)] == expected


def test_assuring_aid_is_an_intent_not_the_aid(nlp):
    ev = one(analyse(nlp, "Maissen sicherte den Betroffenen rasche Hilfe zu.", [("Maissen", "PER")]))
    assert (ev.type, actor(ev, "actor1")) == ("intent_cooperate", "Maissen")


def test_a_call_keeps_its_coming_date(nlp):
    # published 15 March 2024: "für den 6. April" is this year's, not last year's
    text = "Der Verband rief für den 6. April zu einer Kundgebung vor dem Kanzleramt auf."
    ev = one(analyse(nlp, text, [("Kanzleramt", "ORG")]))
    assert ev.type == "appeal" and ev.date.value == date(2024, 4, 6)


def test_coordinated_subjects_with_offices_meet_the_object(nlp):
    text = "Regierungsrätin Fehr und Nationalrat Matter trafen Bundesrat Rösti."
    ev = one(analyse(nlp, text, [("Fehr", "PER"), ("Matter", "PER"), ("Rösti", "PER")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("consult", "Fehr", "Rösti")
    ev = one(analyse(nlp, "Union und SPD einigten sich.", [("Union", "ORG"), ("SPD", "ORG")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Union", "SPD")


def actors_of(event, role):
    return [a.canonical for a in event.actors if a.role == role]


@pytest.mark.parametrize("text, entities, actor1, actor2", [
    # listed subjects act together, with "und", commas, articles and offices between them
    ("Die Grünen und die FDP kritisierten den Entwurf.", [("Grünen", "ORG"), ("FDP", "ORG")], ["Grünen", "FDP"], []),
    ("ÖVP, SPÖ und NEOS lehnten den Antrag ab.", [("ÖVP", "ORG"), ("SPÖ", "ORG"), ("NEOS", "ORG")],
     ["ÖVP", "SPÖ", "NEOS"], []),
    ("Grüne, SPD und FDP kritisieren den Plan.", [("Grüne", "ORG"), ("SPD", "ORG"), ("FDP", "ORG")],
     ["Grüne", "SPD", "FDP"], []),
    ("Kanzler Stocker und Vizekanzler Babler forderten die Länder zum Sparen auf.",
     [("Stocker", "PER"), ("Babler", "PER"), ("Länder", "ORG")], ["Stocker", "Babler"], ["Länder"]),
    # listed objects are all acted on
    ("Der Kreml warf Paris und Berlin vor, den Krieg zu verlängern.",
     [("Kreml", "ORG"), ("Paris", "LOC"), ("Berlin", "LOC")], ["Kreml"], ["Paris", "Berlin"]),
    # listed agents of a passive act together
    ("Der Mann wurde von der Polizei Tirol und der Cobra festgenommen.",
     [("Polizei Tirol", "ORG"), ("Cobra", "ORG")], ["Polizei Tirol", "Cobra"], []),
    # alternatives are no party together
    ("Scholz oder Merz kritisierten den Plan.", [("Scholz", "PER"), ("Merz", "PER")], ["Scholz"], ["Merz"]),
    # subjects meeting an object both meet it; two that agree with each other are the two parties
    ("Regierungsrätin Fehr und Nationalrat Matter trafen Bundesrat Rösti.",
     [("Fehr", "PER"), ("Matter", "PER"), ("Rösti", "PER")], ["Fehr", "Matter"], ["Rösti"]),
    ("Union und SPD einigten sich.", [("Union", "ORG"), ("SPD", "ORG")], ["Union"], ["SPD"]),
])
def test_listed_actors_share_their_role(nlp, text, entities, actor1, actor2):
    ev = one(analyse(nlp, text, entities))
    assert (actors_of(ev, "actor1"), actors_of(ev, "actor2")) == (actor1, actor2)


def test_a_pronoun_subject_makes_every_listed_name_an_object(nlp):
    text = "Bundeskanzler Karl Nehammer traf Selenskyj. Danach besuchte er Butscha und Irpin."
    events = analyse(nlp, text, [("Karl Nehammer", "PER"), ("Selenskyj", "PER"), ("Butscha", "LOC"), ("Irpin", "LOC")])
    ev = one([e for e in events if e.trigger == "besuchte"])
    assert (actors_of(ev, "actor1"), actors_of(ev, "actor2")) == (["Karl Nehammer"], ["Butscha", "Irpin"])


@pytest.mark.parametrize("text, expected", [
    ("Die Minister haben sich in Brüssel auf einen gemeinsamen Plan verständigt.", ["agree"]),
    ("Er konnte sich kaum verständigen.", []),
    ("Österreich sieht seinen Kurs damit bestätigt.", []),
    ("Die Polizei bestätigte den Vorfall.", ["statement"]),
])
def test_agreeing_and_feeling_confirmed(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text)] == expected


def test_quoted_words_after_sprach_von_are_no_event(nlp):
    text = "Rademacher sprach von einem „wichtigen Schlag gegen hybride Angriffe auf unsere Infrastruktur“."
    assert [e.type for e in analyse(nlp, text, [("Rademacher", "PER")])] == ["statement"]
    text = "Der Minister sagte: „Die Angriffe auf Kiew müssen aufhören.“"
    assert "assault" in [e.type for e in analyse(nlp, text, [("Kiew", "LOC")])]  # a quote is not a name for it


def test_an_acquittal_is_no_accusation(nlp):
    text = "Das Landesgericht sprach einen Polizisten vom Vorwurf des Amtsmissbrauchs frei."
    assert [(e.type, e.negated) for e in analyse(nlp, text)] == [("convict", True)]


@pytest.mark.parametrize("text, entities, expected", [
    # a court's verdict: the court acts, the one sentenced or acquitted is acted on
    ("Das Bezirksgericht Zürich verurteilte Hans Meier am Dienstag zu vier Jahren Haft.",
     [("Bezirksgericht Zürich", "ORG"), ("Hans Meier", "PER")], ("Bezirksgericht Zürich", "Hans Meier", False)),
    ("Hans Meier wurde vom Landgericht Bonn wegen Betrugs verurteilt.",
     [("Hans Meier", "PER"), ("Landgericht Bonn", "ORG")], ("Landgericht Bonn", "Hans Meier", False)),
    ("Hans Meier ist vom Landesgericht Salzburg freigesprochen worden.",
     [("Hans Meier", "PER"), ("Landesgericht Salzburg", "ORG")], ("Landesgericht Salzburg", "Hans Meier", True)),
    ("Ein Mitangeklagter wurde freigesprochen.", [], (None, None, True)),
    ("Der Prozess gegen Hans Meier endete mit einem Freispruch.", [("Hans Meier", "PER")], (None, "Hans Meier", True)),
    # an acquittal that did not happen
    ("Das Gericht sprach Hans Meier nicht frei.", [("Hans Meier", "PER")], (None, "Hans Meier", False)),
    # no court named: a person passively "verurteilt" is sentenced (a headline, or "wurde der Manager verurteilt")
    ("Ex-Bankier in Bellinzona verurteilt", [("Bellinzona", "LOC")], (None, None, False)),
    ("Am Montag wurde der frühere Manager verurteilt.", [], (None, None, False)),
    ("Eine 34-jährige Ärztin ist verurteilt worden.", [], (None, None, False)),
])
def test_a_verdict_convicts_or_acquits(nlp, text, entities, expected):
    ev = one(analyse(nlp, text, entities), "convict")
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.negated) == expected
    assert ev.cameo == "17"


@pytest.mark.parametrize("text, entities, expected", [
    ("Die Hamas hat am Samstag drei Geiseln freigelassen.", [("Hamas", "ORG")], ("Hamas", None, 3)),
    ("Im Gegenzug entließ Israel 183 Häftlinge aus der Haft.", [("Israel", "LOC")], ("Israel", None, 183)),
    ("Die Journalistin Anna Berger wurde nach drei Monaten freigelassen.", [("Anna Berger", "PER")],
     (None, "Anna Berger", None)),
    ("Beim Gefangenenaustausch kamen 90 Soldaten frei.", [], (None, None, 90)),
    ("Der Reporter Evan Quaxovich kam nach 16 Monaten frei.", [("Evan Quaxovich", "PER")], (None, "Evan Quaxovich", None)),
    ("Russland und die Ukraine haben 150 Gefangene ausgetauscht.", [("Russland", "LOC"), ("Ukraine", "LOC")],
     ("Russland", None, 150)),
])
def test_a_release_frees_people_and_counts_them(nlp, text, entities, expected):
    events = analyse(nlp, text, entities, found_quantities(text))
    ev = one(events, "release")
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.count.value if ev.count else None) == expected
    assert ev.cameo == "08" and "arrest" not in [e.type for e in events]  # "aus der Haft" is no arrest


@pytest.mark.parametrize("text", [
    "Der Konzern hat 1200 Mitarbeiter entlassen.",  # dismissed from their jobs
    "Die EU forderte die Freilassung aller politischen Gefangenen.",  # demanded, not done
    "Die Minister tauschten sich über die Lage aus.",  # talked
])
def test_dismissals_and_demanded_releases_are_no_releases(nlp, text):
    assert "release" not in [e.type for e in analyse(nlp, text, [("EU", "ORG")], found_quantities(text))]


@pytest.mark.parametrize("text", [
    "Die Regierung verurteilte den Angriff scharf.",  # condemning is criticism
    "Der Angriff auf das Spital wurde international verurteilt.",  # an act condemned, passive
    "Der Minister hat den Anschlag verurteilt.",  # a person who condemns, perfect tense
    "Scholz verurteilt Angriff",  # a headline in the present
    "Der Kanzler verurteilt den Anschlag.",
    "Der Redner sprach frei und ohne Manuskript.",  # speaking without notes
])
def test_condemning_and_speaking_freely_are_no_verdicts(nlp, text):
    assert "convict" not in [e.type for e in analyse(nlp, text)]


@pytest.mark.parametrize("text, entities, expected", [
    ("Donald Trump sagte, er wolle mit Wladimir Putin telefonieren.",
     [("Donald Trump", "PER"), ("Wladimir Putin", "PER")], ("Donald Trump", "Wladimir Putin")),
    ("Er werde Wladimir Putin treffen, sagte Donald Trump am Montag.",
     [("Wladimir Putin", "PER"), ("Donald Trump", "PER")], ("Donald Trump", "Wladimir Putin")),
    ("Die EU erklärte, sie werde Sanktionen gegen Russland verhängen.",
     [("EU", "ORG"), ("Russland", "LOC")], ("EU", "Russland")),
    # a man's pronoun is not a woman's, and a surname alone tells no gender: the pronoun acts, unnamed
    ("Angela Merkel sagte, er habe Macron getroffen.", [("Angela Merkel", "PER"), ("Macron", "PER")], (None, "Macron")),
    ("Merz sagte, dass er Macron in Paris treffen wolle.",
     [("Merz", "PER"), ("Macron", "PER"), ("Paris", "LOC")], (None, "Macron")),
])
def test_a_pronoun_opening_reported_speech_is_its_speaker(nlp, text, entities, expected):
    ev = [e for e in analyse(nlp, text, entities) if e.type != "statement"][0]
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == expected


def test_am_is_a_place_and_an_is_a_criticisms_target(nlp):
    ev = one(analyse(nlp, "Am Rande der Kundgebung am Stachus nahmen Beamte sieben Personen fest.",
                     [("Stachus", "LOC")]), "arrest")
    assert ev.place.canonical == "Stachus"
    ev = one(analyse(nlp, "Die Grünen übten am Montag scharfe Kritik am Iran.", [("Grünen", "ORG"), ("Iran", "LOC")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.place) == ("Grünen", "Iran", None)
    ev = one(analyse(nlp, "Die SPD übte in Berlin Kritik an der CDU.", [("SPD", "ORG"), ("Berlin", "LOC"), ("CDU", "ORG")]))
    assert (actor(ev, "actor2"), ev.place.canonical) == ("CDU", "Berlin")


def test_a_call_for_a_weekday_is_for_the_coming_one(nlp):
    ev = one(analyse(nlp, "Die Gewerkschaft rief für Montag zu einer Betriebsversammlung auf."), "appeal")
    assert ev.date.value == date(2024, 3, 18)  # published on a Friday


def test_a_pronoun_opening_the_next_sentence_is_who_acted_last(nlp):
    text = ("In mehreren Ländern seien die Spitäler voll, sagte Hans Kluge in Kopenhagen. "
            "Er rief ältere Menschen auf, sich impfen zu lassen.")
    ev = one(analyse(nlp, text, [("Hans Kluge", "PER"), ("Kopenhagen", "LOC")]), "appeal")
    assert actor(ev, "actor1") == "Hans Kluge"
    # a woman's pronoun is not his; and only the sentence right before counts
    assert actor(one(analyse(nlp, text.replace("Er rief", "Sie rief"), [("Hans Kluge", "PER")]), "appeal"),
                 "actor1") is None
    later = text.replace("Er rief", "Die Lage ist ernst. Er rief")
    assert actor(one(analyse(nlp, later, [("Hans Kluge", "PER")]), "appeal"), "actor1") is None
    # in a passive the pronoun is who it happened to, not who acted
    text = "Staatsanwalt Peter Müller klagte den Mann an. Er wurde am Montag festgenommen."
    assert one(analyse(nlp, text, [("Peter Müller", "PER")]), "arrest").actors == ()


def test_an_inverted_pronoun_speaks_not_the_reported_subject(nlp):
    text = ("Bundesverkehrsminister Thomas Brandl begrüßte die Einigung. Deutschland werde zehn Linien "
            "mitfinanzieren, kündigte er am Rande des Treffens an.")
    entities = [("Thomas Brandl", "PER"), ("Deutschland", "LOC")]
    ev = one(analyse(nlp, text, entities), "statement")
    assert actor(ev, "actor1") == "Thomas Brandl"  # was Deutschland, the subject of what he said
    # with nobody before it, the pronoun stays unnamed
    ev = one(analyse(nlp, text.split(". ", 1)[1], entities), "statement")
    assert actor(ev, "actor1") is None


@pytest.mark.parametrize("text, expected", [
    # a judged event noun keeps its own phrase: the critic did not criticize Russland
    ("Die SPD kritisierte die Sanktionen gegen Russland.", None),
    ("Die SVP lehnte die Sanktionen gegen Russland ab.", None),
    ("Die SPD kritisierte Russland scharf.", "Russland"),
])
def test_a_judged_event_noun_keeps_its_target(nlp, text, expected):
    events = analyse(nlp, text, [("SPD", "ORG"), ("SVP", "ORG"), ("Russland", "LOC")])
    ev = next(e for e in events if e.type in ("criticize", "reject"))
    assert actor(ev, "actor2") == expected


def test_a_verb_joined_by_und_shares_the_subject_and_names_its_own_object(nlp):
    text = "Ein Sprecher nannte den Streik unverhältnismäßig und forderte Verdi auf, zu verhandeln."
    events = analyse(nlp, text, [("Verdi", "ORG")])
    assert "protest" not in [e.type for e in events]  # the strike named is no new event
    ev = one(events, "appeal")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == (None, "Verdi")
    text = "Selenskyj verurteilte den Angriff und forderte neue Sanktionen gegen Russland."
    events = analyse(nlp, text, [("Selenskyj", "PER"), ("Russland", "LOC")])
    assert actor(one(events, "criticize"), "actor2") is None  # Russland is the demand's
    assert actor(one(events, "demand"), "actor2") == "Russland"


def test_declaring_something_void_is_no_statement(nlp):
    assert analyse(nlp, "Das Gericht hat die Zölle teilweise für unzulässig erklärt.") == []
    assert [e.type for e in analyse(nlp, "Die Ministerin erklärte, die Lage sei ernst.")] == ["statement"]


def test_a_town_after_a_site_noun_is_the_place(nlp):
    text = "Verdi rief zum Warnstreik an den Flughäfen Frankfurt und München auf."
    ev = one(analyse(nlp, text, [("Verdi", "ORG"), ("Frankfurt", "LOC"), ("München", "LOC")]))
    assert (actor(ev, "actor2"), ev.place.canonical) == (None, "Frankfurt")
    ev = one(analyse(nlp, "Die UN appellierten an Deutschland, mehr zu tun.", [("UN", "ORG"), ("Deutschland", "LOC")]))
    assert (actor(ev, "actor2"), ev.place) == ("Deutschland", None)


def test_a_court_before_which_one_sues_is_no_place_and_a_conjunct_keeps_its_places(nlp):
    text = "Italien protestierte gegen die Maßnahme und drohte mit einer Klage vor dem Europäischen Gerichtshof."
    entities = [("Italien", "LOC"), ("Europäischen Gerichtshof", "ORG")]
    assert [e.place for e in analyse(nlp, text, entities)] == [None, None]
    text = "Hunderte protestierten vor dem Bundesgericht und zogen dann nach Bern weiter."
    ev = one(analyse(nlp, text, [("Bundesgericht", "ORG"), ("Bern", "LOC")]), "protest")
    assert ev.place.canonical == "Bundesgericht"


@pytest.mark.parametrize("text, expected", [
    ("Ein 17-Jähriger hat einen Mitfahrer mit einem Messer bedroht und ihm das Handy geraubt.", ["threaten", "assault"]),
    ("Die Hitze raubte den Anwohnern den Schlaf.", []),
    ("Der Klimawandel bedroht die Gletscher.", []),
])
def test_robbery_and_threats_with_a_weapon(nlp, text, expected):
    assert [e.type for e in analyse(nlp, text)] == expected


def test_an_event_noun_after_nach_takes_only_its_own_date(nlp):
    events = analyse(nlp, "Nach dem Überfall hat die Polizei am Montag zwei Männer festgenommen.")
    assert (one(events, "assault").date, one(events, "arrest").date.value) == (None, date(2024, 3, 11))
    events = analyse(nlp, "Nach dem Angriff am Montag hat die EU am Mittwoch Sanktionen verhängt.", [("EU", "ORG")])
    assert (one(events, "assault").date.value, one(events, "sanction").date.value) == (date(2024, 3, 11), date(2024, 3, 13))


def test_a_town_attacked_is_where_the_attack_was(nlp):
    text = "Kiew. Russland griff in der Nacht die Stadt Odessa mit Drohnen an. Dabei wurden sechs Menschen getötet."
    events = analyse(nlp, text, [("Kiew", "LOC"), ("Russland", "LOC"), ("Odessa", "LOC")])
    attack, killing = one(events, "assault"), one(events, "kill")
    assert (attack.place.canonical, attack.place.source) == ("Odessa", "clause")
    assert (killing.place.canonical, actor(killing, "actor1")) == ("Odessa", "Russland")
    # a country attacked is no place that exact: the dateline stays
    ev = one(analyse(nlp, "Kiew. Russland griff in der Nacht die Ukraine an.",
                     [("Kiew", "LOC"), ("Russland", "LOC"), ("Ukraine", "LOC")]))
    assert (actor(ev, "actor2"), ev.place.canonical, ev.place.source) == ("Ukraine", "Kiew", "dateline")


def test_a_particle_closing_the_clause_makes_another_verb(nlp):
    # eintreffen is arriving, antreffen finding someone: no meeting
    assert analyse(nlp, "Eine israelische Delegation traf am Mittwoch in Kairo ein.", [("Kairo", "LOC")]) == []
    assert analyse(nlp, "Die Polizei traf den Gesuchten in seiner Wohnung an.") == []
    ev = one(analyse(nlp, "Die Delegation traf am Mittwoch in Kairo Vertreter Katars.", [("Kairo", "LOC"), ("Katars", "LOC")]))
    assert ev.type == "consult"
    # the particle of the next conjunct's verb is not this verb's
    events = analyse(nlp, "Die Bahn verurteilte die Ankündigung und rief die Gewerkschaft auf, zu verhandeln.",
                     [("Bahn", "ORG")])
    assert actor(one(events, "criticize"), "actor1") == "Bahn"


def test_saying_yes_or_no_to_a_proposal_is_a_vote_not_a_statement(nlp):
    assert analyse(nlp, "Das Stimmvolk sagt Ja zur Autobahnvorlage") == []
    assert analyse(nlp, "Die Basler sagten deutlich Nein zum Stadion.") == []
    ev = one(analyse(nlp, "Rösti sagte, er sei zufrieden.", [("Rösti", "PER")]))
    assert (ev.type, actor(ev, "actor1")) == ("statement", "Rösti")


@pytest.mark.parametrize("text", [
    "Bei der Kollision eines Zuges mit einem Lastwagen sind zwei Menschen getötet worden.",
    "Bei dem Zugunglück kamen drei Menschen ums Leben.",
    "Nachdem der Zug entgleist war, zählte die Polizei vier Tote.",
    "Zugunglück in Niederbayern: Zwei Tote\n\nDer Zug stieß mit einem Lastwagen zusammen.",
])
def test_deaths_in_an_accident_are_no_killing(nlp, text):
    assert [e for e in analyse(nlp, text) if e.type == "kill"] == []


def test_a_death_in_a_story_headlined_by_a_disaster_is_no_killing(nlp):
    text = "Hochwasser in Niederösterreich\n\nEin Feuerwehrmann kam bei einem Einsatz in Rust ums Leben."
    assert [e for e in analyse(nlp, text, [("Rust", "LOC")]) if e.type == "kill"] == []
    # a headline about violence leaves the death a killing
    assert [e.type for e in analyse(nlp, "Anschlag in Kabul\n\nZwei Menschen kamen ums Leben.", [("Kabul", "LOC")])
            if e.type == "kill"] == ["kill"]


def test_a_death_in_a_story_whose_lead_tells_of_a_disaster_is_no_killing(nlp):
    text = ("Nach dem schweren Unwetter in Bayern hat die Regierung Soforthilfe zugesagt. "
            "Rund 1.500 Menschen wurden evakuiert, drei Personen kamen ums Leben.")
    assert [e for e in analyse(nlp, text, [("Bayern", "LOC")]) if e.type == "kill"] == []
    # a lead about violence, or violence in the sentence itself, leaves the death a killing
    text = "Nach dem Anschlag in Kabul sind die Sicherheitskräfte in Alarm. Drei Polizisten kamen ums Leben."
    assert [e.type for e in analyse(nlp, text, [("Kabul", "LOC")]) if e.type == "kill"] == ["kill"]
    text = "Hochwasser in Niederösterreich\n\nBei einem Angriff auf eine Tankstelle kamen zwei Männer ums Leben."
    assert [e.type for e in analyse(nlp, text) if e.type == "kill"] == ["kill"]
    # a word hidden in another names no violence ("Ausschuss", "bekämpfte die Fluten")
    text = "Nach dem Unwetter in Bayern sagte der Ausschuss Hilfe zu. Drei Menschen kamen ums Leben."
    assert [e for e in analyse(nlp, text) if e.type == "kill"] == []


def test_er_after_the_verb_is_the_subject_and_a_name_after_it_the_object(nlp):
    text = ("Kiew. Bundeskanzler Karl Nehammer traf Selenskyj. Am Nachmittag besuchte er den Vorort Butscha. "
            "Danach besuchte er Irpin.")
    events = analyse(nlp, text, [("Kiew", "LOC"), ("Karl Nehammer", "PER"), ("Selenskyj", "PER"),
                                 ("Butscha", "LOC"), ("Irpin", "PER")])  # a town the NER took for a person
    first, second = [e for e in events if e.trigger == "besuchte"]
    assert (actor(first, "actor1"), actor(first, "actor2")) == ("Karl Nehammer", "Butscha")
    assert (actor(second, "actor1"), actor(second, "actor2")) == ("Karl Nehammer", "Irpin")
    # the town visited is where the visit was, not the dateline's city
    assert (first.place.canonical, first.place.source) == ("Butscha", "clause")


def test_a_speech_noun_after_nach_that_nobody_made_is_no_new_statement(nlp):
    text = "Die Bank hat Anna Quax zur Chefin ernannt. Die Aktie legte nach der Ankündigung um zwei Prozent zu."
    assert analyse(nlp, text, [("Anna Quax", "PER")]) == []
    # someone's statement after "nach" still is one
    ev = one(analyse(nlp, "Nach einer Erklärung der Regierung fiel die Aktie.", [("Regierung", "ORG")]))
    assert ev.type == "statement"


def test_an_event_off_the_table_did_not_happen(nlp):
    ev = one(analyse(nlp, "Weitere Warnstreiks sind damit vom Tisch."))
    assert (ev.type, ev.negated) == ("protest", True)
    assert one(analyse(nlp, "Weitere Warnstreiks sind geplant.")).negated is False
    # the two words, not a word that begins so
    assert one(analyse(nlp, "Die Warnstreiks vom Tischlerverband gehen weiter.")).negated is False


def test_a_court_decides_at_its_seat(nlp):
    text = "Das Landgericht Quaxburg hat den Angeklagten am Montag verurteilt."
    ev = one(analyse(nlp, text, [("Landgericht Quaxburg", "ORG")]))
    assert ev.type == "convict" and ev.place.text == "Quaxburg"
    assert text[ev.place.start:ev.place.end] == "Quaxburg"
    # a court's number is no part of its town; the clause's own place still comes first
    ev = one(analyse(nlp, "Das Landgericht München I hat den Manager verurteilt.", [("Landgericht München I", "ORG")]))
    assert ev.place.canonical == "München"
    ev = one(analyse(nlp, "Das Verwaltungsgericht Quaxburg verurteilte in Leipzig den Mann.",
                     [("Verwaltungsgericht Quaxburg", "ORG"), ("Leipzig", "LOC")]))
    assert ev.place.canonical == "Leipzig"
    # a police force is no court: where it arrests is not its seat
    ev = one(analyse(nlp, "Die Kantonspolizei Quaxburg hat den Mann festgenommen.", [("Kantonspolizei Quaxburg", "ORG")]))
    assert ev.place is None


def test_a_name_after_its_kind_in_a_wie_clause_is_the_speaker(nlp):
    ev = one(analyse(nlp, "Die Busse fuhren nicht, wie die Gewerkschaft Quaxdi mitteilte.", [("Quaxdi", "ORG")]))
    assert ev.type == "statement" and (actor(ev, "actor1"), actor(ev, "actor2")) == ("Quaxdi", None)


@pytest.mark.parametrize("text, entities, actor1, actor2", [
    ("Quaxland hat Stellungen der Quaxmiliz angegriffen.", [("Quaxland", "LOC"), ("Quaxmiliz", "ORG")],
     "Quaxland", "Quaxmiliz"),
    ("Quaxland griff Ziele der Quaxmiliz an.", [("Quaxland", "LOC"), ("Quaxmiliz", "ORG")], "Quaxland", "Quaxmiliz"),
    ("Die Stellungen der Quaxmiliz wurden von Quaxland angegriffen.", [("Quaxland", "LOC"), ("Quaxmiliz", "ORG")],
     "Quaxland", "Quaxmiliz"),
    # an owner of what is no target stays no party
    ("Quaxland hat mit Drohnen der Quaxmiliz angegriffen.", [("Quaxland", "LOC"), ("Quaxmiliz", "ORG")],
     "Quaxland", None),
])
def test_the_owner_of_attacked_holdings_is_the_target(nlp, text, entities, actor1, actor2):
    ev = one(analyse(nlp, text, entities))
    assert ev.type == "assault" and (actor(ev, "actor1"), actor(ev, "actor2")) == (actor1, actor2)


@pytest.mark.parametrize("text", [
    "Quaxland beschloss die Aufhebung der Sanktionen gegen Quaxonien.",
    "Quaxland kündigte eine Lockerung der bestehenden Sanktionen gegen Quaxonien an.",
    "Quaxland beschloss eine Senkung der Zölle auf Stahl.",
])
def test_lifting_sanctions_is_easing_them_not_imposing(nlp, text):
    found = analyse(nlp, text, [("Quaxland", "LOC"), ("Quaxonien", "LOC")])
    assert [e.type for e in found if e.type in ("ease", "sanction")] == ["ease"]
    assert actor(one(found, "ease"), "actor1") == "Quaxland"


@pytest.mark.parametrize("text, threat", [
    ("Ohne Einsparungen drohe ein Defizitverfahren der Quaxunion, sagte Quaxbauer.", False),  # it looms
    ("Dem Minister droht ein Strafverfahren.", False),
    ("Es drohe eine Rezession, warnte Quaxbauer.", False),
    ("Die Quaxunion drohe Quaxland mit einem Verfahren, hieß es.", True),
])
def test_what_looms_is_no_threat_in_reported_speech_too(nlp, text, threat):
    found = analyse(nlp, text, [("Quaxunion", "ORG"), ("Quaxbauer", "PER"), ("Quaxland", "LOC")])
    assert ("threaten" in {e.type for e in found}) is threat


@pytest.mark.parametrize("text, entities, actor1, actor2", [
    ("Quaxpartei kritisierte die Pläne der Quaxregierung scharf.", [("Quaxpartei", "ORG"), ("Quaxregierung", "ORG")],
     "Quaxpartei", "Quaxregierung"),
    ("Quaxpartei kritisierte die Sparpläne von Finanzminister Quaxbauer.", [("Quaxpartei", "ORG"), ("Quaxbauer", "PER")],
     "Quaxpartei", "Quaxbauer"),
    ("Die Pläne der Quaxregierung wurden von Quaxpartei kritisiert.", [("Quaxpartei", "ORG"), ("Quaxregierung", "ORG")],
     "Quaxpartei", "Quaxregierung"),
    # one who speaks for an organization is no work of it
    ("Ein Sprecher der Quaxregierung kritisierte Quaxpartei.", [("Quaxpartei", "ORG"), ("Quaxregierung", "ORG")],
     "Quaxregierung", "Quaxpartei"),
])
def test_whose_work_is_judged_is_the_target(nlp, text, entities, actor1, actor2):
    ev = one(analyse(nlp, text, entities))
    assert ev.type == "criticize" and (actor(ev, "actor1"), actor(ev, "actor2")) == (actor1, actor2)


@pytest.mark.parametrize("text, expected", [
    # a conjunct opened by its verb and "aber"/"zuvor" shares the subject; the name behind is its object
    ("Quaxpartei lobte den Entscheid, kritisierte aber Quaxunion.", ("Quaxpartei", "Quaxunion")),
    ("Quaxbauer traf Quaxmann, kritisierte zuvor Quaxunion.", ("Quaxbauer", "Quaxunion")),
    # ... a perfect opened by its auxiliary too
    ("Quaxpartei lobte den Entscheid, hat aber Quaxunion kritisiert.", ("Quaxpartei", "Quaxunion")),
    ("Quaxpartei lobte die Aktion, hatte aber nicht selbst dazu aufgerufen.", ("Quaxpartei", None)),
    # a quote's speaker comes behind the verb
    ("Das ist falsch, kritisierte Quaxunion.", ("Quaxunion", None)),
])
def test_a_conjunct_opened_by_its_verb_shares_the_subject(nlp, text, expected):
    entities = [("Quaxpartei", "ORG"), ("Quaxunion", "ORG"), ("Quaxbauer", "PER"), ("Quaxmann", "PER")]
    ev = [e for e in analyse(nlp, text, entities) if e.type in ("criticize", "appeal")][-1]
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == expected



def test_a_month_something_is_set_for_lies_ahead(nlp):
    # published 15 March 2024: the nearest February is past, the one something is set for is next year's
    ev = one(analyse(nlp, "Die Regierung kündigte für Mitte Februar eine Entscheidung an."), "statement")
    assert ev.date.value == date(2025, 2, 1) and ev.modality == "future"
    # this month is still this month's; a year written out stays
    assert one(analyse(nlp, "Die Regierung kündigte für März eine Entscheidung an.")).date.value == date(2024, 3, 1)
    ev = one(analyse(nlp, "Die Regierung kündigte für Februar 2024 eine Entscheidung an."))
    assert ev.date.value == date(2024, 2, 1)


def test_a_street_or_a_shore_after_an_der_is_the_place(nlp):
    text = "Die Polizei hat an der Quaxstrasse drei Männer verhaftet."
    assert one(analyse(nlp, text, [("Quaxstrasse", "LOC")])).place.text == "Quaxstrasse"
    text = "An der Aare demonstrierten 300 Menschen."
    assert one(analyse(nlp, text, [("Aare", "LOC")])).place.text == "Aare"
    # a country after "an" is criticized, no place
    ev = one(analyse(nlp, "Quaxpartei übte Kritik an der Türkei.", [("Quaxpartei", "ORG"), ("Türkei", "LOC")]))
    assert ev.place is None and actor(ev, "actor2") == "Türkei"


def test_a_square_after_auf_dem_is_the_place(nlp):
    text = "Auf dem Quaxplatz demonstrierten am Samstag 5000 Menschen."
    assert one(analyse(nlp, text, [("Quaxplatz", "LOC")])).place.text == "Quaxplatz"


def test_a_council_before_a_listed_person_is_the_persons_title(nlp):
    text = "Grossrätin Anna Quax und Gemeinderat Peter Quaxler kritisierten die Massnahmen."
    ev = one(analyse(nlp, text, [("Anna Quax", "PER"), ("Peter Quaxler", "PER")]))
    assert [(x.role, x.text) for x in ev.actors] == [("actor1", "Anna Quax"), ("actor1", "Peter Quaxler")]


@pytest.mark.parametrize("text, value", [
    # an event noun in a clause of what will be or is expected is to come
    ("Quaxbauer zeigte sich zuversichtlich, dass eine Einigung bis Ende November gelingen werde.", date(2024, 11, 1)),
    ("Eine Einigung wird bis Freitag erwartet.", date(2024, 3, 15)),
    ("Der Streik wird am Montag fortgesetzt.", date(2024, 3, 18)),
])
def test_an_event_noun_of_what_will_be_is_to_come(nlp, text, value):
    ev = [e for e in analyse(nlp, text, [("Quaxbauer", "PER")]) if e.type in ("agree", "protest")][0]
    assert (ev.modality, ev.date.value) == ("future", value)


def test_an_event_noun_told_in_the_past_stays_past(nlp):
    ev = one(analyse(nlp, "Der Streik wurde am Montag fortgesetzt."))
    assert (ev.modality, ev.date.value) == (None, date(2024, 3, 11))
    assert one(analyse(nlp, "Die Einigung wurde am Montag erzielt.")).modality is None


@pytest.mark.parametrize("second", [
    "Die Waffenruhe soll am Sonntag in Kraft treten.",
    "Die Waffenruhe tritt am Sonntag in Kraft.",
    "Die Waffenruhe trat am Sonntag in Kraft.",
])
def test_when_an_agreement_takes_effect_is_not_when_it_was_made(nlp, second):
    text = "Israel und die Hamas haben sich auf eine Waffenruhe geeinigt. " + second
    ev = one(analyse(nlp, text, [("Israel", "LOC"), ("Hamas", "ORG")]), "agree")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Israel", "Hamas")
    assert ev.date is None


def test_a_later_mention_still_dates_the_event_it_refers_back_to(nlp):
    ev = one(analyse(nlp, "Die Polizei hat fünf Männer festgenommen. Die Festnahmen erfolgten am Montag."), "arrest")
    assert ev.date.value == date(2024, 3, 11)


def test_a_present_tense_coming_into_force_lies_ahead(nlp):
    ev = one(analyse(nlp, "Die Waffenruhe tritt am Sonntag in Kraft."), "agree")
    assert (ev.date.value, ev.modality) == (date(2024, 3, 17), "future")


@pytest.mark.parametrize("text, entities, expected", [
    # a town's or a canton's own body acts for it
    ("Der Regierungsrat des Kantons Aargau hat die Initiative abgelehnt.", [("Aargau", "LOC")], ("Aargau", None)),
    ("Das Parlament des Kantons Bern hat die Vorlage abgelehnt.", [("Bern", "LOC")], ("Bern", None)),
    # ... and the named body's own genitive is no second party
    ("Der Grosse Rat des Kantons Bern hat die Vorlage abgelehnt.", [("Grosse Rat", "ORG"), ("Bern", "LOC")],
     ("Grosse Rat", None)),
    # as the object, it is the target
    ("Die SVP kritisierte den Regierungsrat des Kantons Aargau.", [("SVP", "ORG"), ("Aargau", "LOC")],
     ("SVP", "Aargau")),
])
def test_a_places_council_in_the_genitive(nlp, text, entities, expected):
    ev = one(analyse(nlp, text, entities))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == expected


@pytest.mark.parametrize("text, entities", [
    ("Der Präsident der USA, Joe Biden, kritisierte China.", [("USA", "LOC"), ("Joe Biden", "PER"), ("China", "LOC")]),
    ("Der Bürgermeister der Stadt Wien, Michael Ludwig, kritisierte Österreich.",
     [("Wien", "LOC"), ("Michael Ludwig", "PER"), ("Österreich", "LOC")]),
])
def test_a_name_in_apposition_is_the_subject_and_the_name_after_the_verb_its_object(nlp, text, entities):
    ev = one(analyse(nlp, text, entities), "criticize")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == (entities[1][0], entities[2][0])


def test_what_a_clause_comes_after_has_happened(nlp):
    events = analyse(nlp, "Nach dem Anschlag in Magdeburg hat Nancy Faeser Aufklärung angekündigt.",
                     [("Magdeburg", "LOC"), ("Nancy Faeser", "PER")])
    assert one(events, "assault").modality is None
    assert actor(one(events, "statement"), "actor1") == "Nancy Faeser"


@pytest.mark.parametrize("text, type_, modality", [
    ("Die Polizei hat den Mann wegen eines geplanten Anschlags festgenommen.", "assault", "intent"),
    ("Nach dem mutmaßlichen Giftanschlag forderte die EU Aufklärung.", "assault", "alleged"),
    ("Die geplante Demonstration am Samstag wurde abgesagt.", "protest", "intent"),
])
def test_an_event_nouns_adjective_says_it_has_not_happened(nlp, text, type_, modality):
    assert one(analyse(nlp, text, [("EU", "ORG")]), type_).modality == modality


def test_every_listed_topic_of_a_warning_is_no_event(nlp):
    events = analyse(nlp, "Die UNO warnte vor einer drohenden Hungersnot und einem möglichen Angriff.", [("UNO", "ORG")])
    assert [e.type for e in events] == ["statement"]
    assert [e.type for e in analyse(nlp, "Beide sprachen über Sanktionen und Angriffe auf Kiew.", [("Kiew", "LOC")])] == []
    # a list after another preposition stays: the protests happened
    events = analyse(nlp, "Die Polizei nahm bei Protesten und Ausschreitungen 40 Menschen fest.")
    assert {e.type for e in events} == {"arrest", "protest"}


def test_what_the_arrested_are_said_to_have_done_is_not_the_polices(nlp):
    text = "Die Polizei hat Peter Huber festgenommen. Er soll Anna Meier angegriffen haben."
    ev = one(analyse(nlp, text, [("Peter Huber", "PER"), ("Anna Meier", "PER")]), "assault")
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.modality) == ("Peter Huber", "Anna Meier", "alleged")
    text = "Die Stadtpolizei Zürich hat zwei Männer verhaftet. Sie sollen einen Passanten mit einem Messer verletzt haben."
    ev = one(analyse(nlp, text, [("Stadtpolizei Zürich", "ORG")]), "assault")
    assert actor(ev, "actor1") is None
    # without an allegation the pronoun is still who acted before
    text = "Die Stadtpolizei Zürich hat zwei Männer verhaftet. Sie rief die Bevölkerung zur Vorsicht auf."
    assert actor(one(analyse(nlp, text, [("Stadtpolizei Zürich", "ORG")]), "appeal"), "actor1") == "Stadtpolizei Zürich"


def test_what_a_meeting_was_about_is_no_event(nlp):
    text = "Donald Tusk hat Olaf Scholz in Warschau empfangen. Dabei ging es um die Grenzkontrollen und die Hilfe für die Ukraine."
    events = analyse(nlp, text, [("Donald Tusk", "PER"), ("Olaf Scholz", "PER"), ("Warschau", "LOC"), ("Ukraine", "LOC")])
    assert [e.type for e in events] == ["consult"]


def test_objecting_to_something_is_criticism(nlp):
    ev = one(analyse(nlp, "Die Finanzkontrolle hat die Beschaffung beanstandet."))
    assert ev.type == "criticize"


@pytest.mark.parametrize("second, expected", [
    ("Rolf Mützenich warf ihm Sturheit vor.", "Christian Lindner"),
    ("Rolf Mützenich kritisierte ihn scharf.", "Christian Lindner"),
    # a name before the pronoun is whom it means
    ("Rolf Mützenich traf Olaf Scholz und kritisierte ihn.", None),
    # "ihn" cannot be a woman
    ("Rolf Mützenich kritisierte sie.", None),
])
def test_a_mans_object_pronoun_is_the_man_who_acted_before(nlp, second, expected):
    text = "Christian Lindner hat den Vorschlag der SPD abgelehnt. " + second
    entities = [("Christian Lindner", "PER"), ("SPD", "ORG"), ("Rolf Mützenich", "PER"), ("Olaf Scholz", "PER")]
    ev = one(analyse(nlp, text, entities), "criticize")
    assert actor(ev, "actor1") == "Rolf Mützenich"
    assert [a.canonical for a in ev.actors if a.role == "actor2" and a.canonical != "Olaf Scholz"] == (
        [expected] if expected else [])


def test_a_scene_event_without_a_place_is_where_the_sentence_before_was(nlp):
    text = "Rund 300 Menschen demonstrierten in Bern gegen die Regierung. Die Polizei nahm 14 von ihnen fest."
    events = analyse(nlp, text, [("Bern", "LOC")], found_quantities(text))
    arrest = one(events, "arrest")
    assert (arrest.place.canonical, arrest.place.source) == ("Bern", "previous")
    assert (arrest.count.value, arrest.count.unit) == (14, "Menschen")
    assert one(events, "protest").place.source == "clause"


@pytest.mark.parametrize("text", [
    # a place of its own
    "Rund 300 Menschen demonstrierten in Bern. Die Polizei nahm in Zürich 14 Personen fest.",
    # a new paragraph
    "Rund 300 Menschen demonstrierten in Bern.\nDie Polizei nahm 14 Personen fest.",
    # a day of its own
    "Am Montag demonstrierten Hunderte in Ankara. Im Mai 2019 war er schon einmal verhaftet worden.",
    # what was said is no scene event
    "Rund 300 Menschen demonstrierten in Bern. Die Polizei kritisierte die Gewalt.",
])
def test_no_place_from_the_sentence_before_where_the_scene_changes(nlp, text):
    events = analyse(nlp, text, [("Bern", "LOC"), ("Zürich", "LOC"), ("Ankara", "LOC")])
    later = [e for e in events if e.start > 0]
    assert later and all(e.place is None or e.place.source == "clause" for e in later)
    assert all(e.place is None or e.place.canonical != "Bern" for e in later)


def test_a_shooting_is_an_assault_and_the_arrest_after_it_is_at_its_place(nlp):
    text = ("Bei einer Schießerei in einem Einkaufszentrum in Hanau sind zwei Menschen verletzt worden. "
            "Der mutmaßliche Schütze wurde kurz darauf festgenommen.")
    events = analyse(nlp, text, [("Hanau", "LOC")], found_quantities(text))
    assert one(events, "assault").place.canonical == "Hanau"
    assert (one(events, "arrest").place.canonical, one(events, "arrest").place.source) == ("Hanau", "previous")


def test_what_an_attack_hits_is_not_met(nlp):
    text = "Die Ukraine hat bei einem Drohnenangriff eine Ölraffinerie in der Region Krasnodar getroffen."
    assert [e.type for e in analyse(nlp, text, [("Ukraine", "LOC"), ("Krasnodar", "LOC")])] == ["assault"]
    text = "Nach dem Anschlag traf Olaf Scholz in Magdeburg Angehörige der Opfer."
    assert {e.type for e in analyse(nlp, text, [("Olaf Scholz", "PER"), ("Magdeburg", "LOC")])} == {"assault", "consult"}


def test_whom_a_demand_is_made_of_after_von_is_its_target(nlp):
    ev = one(analyse(nlp, "Die Bauern forderten vom Bundesrat faire Preise.", [("Bundesrat", "ORG")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == (None, "Bundesrat")
    # a noun's "von" is its owner
    ev = one(analyse(nlp, "Die Forderung von Verdi ist hoch.", [("Verdi", "ORG")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Verdi", None)


def test_a_subordinate_clauses_verb_is_finite_not_passive(nlp):
    text = "Die SVP fordert, dass der Bundesrat von der EU mehr verlangt."
    events = analyse(nlp, text, [("SVP", "ORG"), ("Bundesrat", "ORG"), ("EU", "ORG")])
    later = [e for e in events if e.trigger == "verlangt"]
    assert [(actor(e, "actor1"), actor(e, "actor2")) for e in later] == [("Bundesrat", "EU")]


def test_the_scene_goes_on_over_sentences_that_name_no_other_place(nlp):
    text = ("Mehrere tausend Menschen sind in Dresden auf die Straße gegangen. Die Polizei sprach von 6000 Teilnehmern. "
            "Am Rande kam es zu Rangeleien, drei Personen wurden festgenommen.")
    events = analyse(nlp, text, [("Dresden", "LOC")], found_quantities(text))
    assert [(e.type, e.place and e.place.canonical) for e in events] == [
        ("protest", "Dresden"), ("statement", None), ("protest", "Dresden"), ("arrest", "Dresden")]
    # another place between ends the scene
    text = "Tausende demonstrierten in Dresden. In Leipzig blieb es ruhig. Drei Personen wurden festgenommen."
    assert one(analyse(nlp, text, [("Dresden", "LOC"), ("Leipzig", "LOC")]), "arrest").place is None
    # what is alleged as a noun has no scene yet
    text = "Die Polizei hat in Berlin drei Männer festgenommen. Sie sollen Anschläge geplant haben."
    assert one(analyse(nlp, text, [("Berlin", "LOC")]), "assault").place is None


def test_what_is_demanded_after_nach_is_no_event(nlp):
    text = "Benjamin Netanjahu hat Forderungen nach einer Waffenruhe erneut zurückgewiesen."
    assert [e.type for e in analyse(nlp, text, [("Benjamin Netanjahu", "PER")])] == ["reject"]


def test_urging_is_an_appeal_and_activists_shutting_down_a_site_a_protest(nlp):
    ev = one(analyse(nlp, "Annalena Baerbock mahnte China zur Zurückhaltung.", [("Annalena Baerbock", "PER"), ("China", "LOC")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("appeal", "Annalena Baerbock", "China")
    text = "Klimaaktivisten haben am Flughafen Zürich den Betrieb lahmgelegt."
    assert [e.type for e in analyse(nlp, text, [("Zürich", "LOC")])] == ["protest"]
    assert analyse(nlp, "Ein Stromausfall legte den Betrieb lahm.") == []


def test_in_a_seat_of_government_is_the_building(nlp):
    text = "Wladimir Putin hat Viktor Orbán im Kreml empfangen."
    ev = one(analyse(nlp, text, [("Wladimir Putin", "PER"), ("Viktor Orbán", "PER"), ("Kreml", "ORG")]))
    assert (ev.type, ev.place.canonical, actor(ev, "actor2")) == ("consult", "Kreml", "Viktor Orbán")
    ev = one(analyse(nlp, "Der Kreml wies die Berichte zurück.", [("Kreml", "ORG")]))
    assert (actor(ev, "actor1"), ev.place) == ("Kreml", None)


def test_an_event_noun_in_the_genitive_takes_no_count_from_the_clause(nlp):
    text = "Hunderte Menschen sahen in Magdeburg die Folgen des Anschlags."
    assert one(analyse(nlp, text, [("Magdeburg", "LOC")], found_quantities(text)), "assault").count is None
    # (a remembered attack is no event at all since 2026.12-236: "der Opfer des Anschlags gedacht")
    text = "Hunderte Menschen haben in Magdeburg der Opfer des Anschlags gedacht."
    assert [e.type for e in analyse(nlp, text, [("Magdeburg", "LOC")], found_quantities(text))] == []
    text = "Rund 5.000 Teilnehmer der Demonstration zogen durch Berlin."
    assert one(analyse(nlp, text, [("Berlin", "LOC")], found_quantities(text)), "protest").count.value == 5000


def test_setting_property_on_fire_is_damage_to_it(nlp):
    ev = one(analyse(nlp, "Unbekannte haben in Leipzig mehrere Autos angezündet.", [("Leipzig", "LOC")]))
    assert (ev.type, ev.cameo, ev.place.canonical) == ("coerce", "17", "Leipzig")
    assert analyse(nlp, "Sie zündeten Kerzen an.") == []


def test_the_lead_goes_on_at_the_headlines_scene(nlp):
    text = ("Demonstration in Bern\n\nRund 5000 Menschen zogen durch die Innenstadt. Die Polizei nahm drei Personen "
            "fest.\n\nIn einem anderen Fall wurde ein Mann verhaftet.")
    events = analyse(nlp, text, [("Bern", "LOC")])
    assert [(e.type, e.place and e.place.canonical) for e in events] == [
        ("protest", "Bern"), ("arrest", "Bern"), ("arrest", None)]


def test_a_datelines_day_is_no_events_day(nlp):
    text = "Wien, 3.2.2024 (APA) – Die Polizei hat drei Männer festgenommen."
    ev = one(analyse(nlp, text, [("Wien", "LOC"), ("APA", "ORG")]))
    assert (ev.place.canonical, ev.place.source, ev.date) == ("Wien", "dateline", None)


def test_blame_an_invitation_and_a_demonstrative_subject(nlp):
    text = "Herbert Kickl gab der ÖVP die Schuld, diese wies die Vorwürfe zurück."
    events = analyse(nlp, text, [("Herbert Kickl", "PER"), ("ÖVP", "ORG")])
    blame, rejection = one(events, "criticize"), one(events, "reject")
    assert (actor(blame, "actor1"), actor(blame, "actor2")) == ("Herbert Kickl", "ÖVP")
    assert actor(rejection, "actor1") == "ÖVP"
    ev = one(analyse(nlp, "Olaf Scholz hat die Länder zu einem Gipfel eingeladen.", [("Olaf Scholz", "PER")]))
    assert (ev.type, actor(ev, "actor1")) == ("intent_cooperate", "Olaf Scholz")
    assert analyse(nlp, "Er gab dem Kind ein Buch.") == []


def test_an_indictment_and_a_state_passive(nlp):
    text = "Markus Braun ist vor dem Landgericht München angeklagt. Ihm wird Betrug vorgeworfen."
    events = analyse(nlp, text, [("Markus Braun", "PER"), ("Landgericht München", "ORG")])
    assert [(e.trigger, actor(e, "actor1"), actor(e, "actor2")) for e in events] == [
        ("angeklagt", None, "Markus Braun"), ("vorgeworfen", None, "Markus Braun")]
    ev = one(analyse(nlp, "Die Staatsanwaltschaft Wien hat Karl-Heinz Grasser angeklagt.",
                     [("Staatsanwaltschaft Wien", "ORG"), ("Karl-Heinz Grasser", "PER")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Staatsanwaltschaft Wien", "Karl-Heinz Grasser")


def test_criminal_proceedings_opened_are_an_investigation_and_carrying_protesters_away_coercion(nlp):
    assert [e.type for e in analyse(nlp, "Gegen 15 Personen wurden Strafverfahren eingeleitet.")] == ["investigate"]
    text = "Rund 40 Aktivisten haben den Eingang in Zürich blockiert. Die Stadtpolizei trug sie weg."
    events = analyse(nlp, text, [("Zürich", "LOC")])
    assert [(e.type, e.place.canonical) for e in events] == [("protest", "Zürich"), ("coerce", "Zürich")]


def test_stabbing_at_someone_is_an_assault(nlp):
    ev = one(analyse(nlp, "Er hatte in Dietikon auf einen Nachbarn eingestochen.", [("Dietikon", "LOC")]))
    assert (ev.type, ev.place.canonical) == ("assault", "Dietikon")


def test_what_the_accused_are_said_to_have_done_is_theirs_and_defacing_is_damage(nlp):
    text = ("Die Staatsanwaltschaft Berlin hat Anklage gegen vier Aktivisten erhoben. "
            "Sie sollen das Brandenburger Tor mit Farbe besprüht haben.")
    ev = one(analyse(nlp, text, [("Staatsanwaltschaft Berlin", "ORG"), ("Brandenburger Tor", "LOC")]), "coerce")
    assert (actor(ev, "actor1"), ev.modality) == (None, "alleged")
    text = "Die Staatsanwaltschaft ermittelt gegen Peter Huber. Er soll Anna Meier angegriffen haben."
    ev = one(analyse(nlp, text, [("Peter Huber", "PER"), ("Anna Meier", "PER")]), "assault")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Peter Huber", "Anna Meier")
    assert analyse(nlp, "Der Bauer besprühte das Feld mit Pestiziden.") == []


def test_the_adverb_aeusserst_is_no_statement(nlp):
    # "äußerst warm" is "extremely"; "äußerte sich" is the verb
    assert analyse(nlp, "Das Wasser im Rhein ist mit 26 Grad äußerst warm.", [("Rhein", "LOC")]) == []
    assert analyse(nlp, "Das Wasser im Rhein ist mit 26 Grad äusserst warm.", [("Rhein", "LOC")]) == []
    assert one(analyse(nlp, "Die Ministerin äußerte sich zurückhaltend.")).type == "statement"


def test_a_source_phrase_before_the_attacked_holdings_leaves_their_owner_the_target(nlp):
    # "nach eigenen Angaben" is the source's phrase; "Ziele der Hisbollah" opens a new one after it
    for text in ("Israel hat nach eigenen Angaben Ziele der Hisbollah angegriffen.",
                 "Israel hat laut Armee Ziele der Hisbollah angegriffen."):
        event = one(analyse(nlp, text, [("Israel", "LOC"), ("Hisbollah", "ORG")]))
        assert (actor(event, "actor1"), actor(event, "actor2")) == ("Israel", "Hisbollah")


def test_a_group_named_by_a_compound_acts_for_its_organization(nlp):
    # "Klimaaktivisten" is a compound of "Aktivisten": the organization in the genitive acts through them
    text = "Die Klimaaktivisten der Letzten Generation haben den Flughafen blockiert."
    event = one(analyse(nlp, text, [("Letzten Generation", "ORG")]), "protest")
    assert actor(event, "actor1") == "Letzten Generation"
    text = "Die Polizei nahm Klimaaktivisten der Letzten Generation fest."
    event = one(analyse(nlp, text, [("Letzten Generation", "ORG")]), "arrest")
    assert (actor(event, "actor1"), actor(event, "actor2")) == (None, "Letzten Generation")


def test_mediators_act_together_and_the_parties_between_are_the_other_side(nlp):
    event = one(analyse(nlp, "Katar und Ägypten hatten monatelang zwischen den Konfliktparteien vermittelt.",
                        [("Katar", "LOC"), ("Ägypten", "LOC")]))
    assert event.type == "mediate" and event.cameo == "04"
    assert actors_of(event, "actor1") == ["Katar", "Ägypten"] and actors_of(event, "actor2") == []
    event = one(analyse(nlp, "Die Schweiz vermittelt zwischen Armenien und Aserbaidschan.",
                        [("Schweiz", "LOC"), ("Armenien", "LOC"), ("Aserbaidschan", "LOC")]))
    assert actors_of(event, "actor1") == ["Schweiz"] and actors_of(event, "actor2") == ["Armenien", "Aserbaidschan"]
    event = one(analyse(nlp, "Die Vermittlung zwischen Kiew und Moskau ist gescheitert.", [("Kiew", "LOC"), ("Moskau", "LOC")]))
    assert actors_of(event, "actor1") == [] and actors_of(event, "actor2") == ["Kiew", "Moskau"]
    assert analyse(nlp, "Die Schule soll Werte vermitteln.") == []  # conveying is no mediation


def test_prisoners_released_from_prisons_abroad_are_released(nlp):
    event = one(analyse(nlp, "Am Montag wurden 90 Häftlinge aus israelischen Gefängnissen entlassen.",
                        quantities=found_quantities("Am Montag wurden 90 Häftlinge aus israelischen Gefängnissen entlassen.")))
    assert event.type == "release" and event.count.value == 90
    assert analyse(nlp, "Der Konzern entließ 50 Mitarbeiter.") == []


def test_dabei_after_a_sentence_without_an_event_takes_its_place_and_day(nlp):
    text = ("In Magdeburg ist am Freitagabend ein Autofahrer in einen Weihnachtsmarkt gerast. "
            "Dabei wurden fünf Menschen getötet. Der Fahrer wurde noch am Tatort festgenommen.")
    events = analyse(nlp, text, [("Magdeburg", "LOC")], found_quantities(text))
    kill, arrest = one(events, "kill"), one(events, "arrest")
    assert (kill.place.canonical, kill.place.source, kill.date.value) == ("Magdeburg", "previous", PUBLISHED)
    assert (arrest.place.canonical, arrest.place.source) == ("Magdeburg", "previous")  # the scene goes on
    # two places before, or none, give none
    text = "In Magdeburg und in Halle ist ein Auto gerast. Dabei wurden fünf Menschen getötet."
    assert one(analyse(nlp, text, [("Magdeburg", "LOC"), ("Halle", "LOC")]), "kill").place is None
    # without "Dabei" the sentence may be elsewhere
    text = "In Magdeburg ist ein Autofahrer gerast. Fünf Menschen wurden getötet."
    assert one(analyse(nlp, text, [("Magdeburg", "LOC")]), "kill").place is None


def test_a_politician_described_by_party_is_the_one_who_acted_before(nlp):
    text = ("Landeshauptmann Wilfried Haslauer hat die Bundesregierung kritisiert. "
            "Es fehle an Geld für die Pflege, sagte der ÖVP-Politiker.")
    events = analyse(nlp, text, [("Wilfried Haslauer", "PER"), ("Bundesregierung", "ORG")])
    assert actor(one(events, "statement"), "actor1") == "Wilfried Haslauer"
    text = "Wilfried Haslauer kritisierte die Regierung. Der ÖVP-Politiker kündigte an, zu klagen."
    assert actor(one(analyse(nlp, text, [("Wilfried Haslauer", "PER")]), "statement"), "actor1") == "Wilfried Haslauer"
    # "die" is no man; an office may be someone new; an organization is no politician
    text = "Wilfried Haslauer kritisierte die Regierung. Es fehle an Geld, sagte die Politikerin."
    assert actor(one(analyse(nlp, text, [("Wilfried Haslauer", "PER")]), "statement"), "actor1") is None
    text = "Wilfried Haslauer kritisierte die Regierung. Der Bürgermeister wies die Vorwürfe zurück."
    assert actor(one(analyse(nlp, text, [("Wilfried Haslauer", "PER")]), "reject"), "actor1") is None
    text = "Die CDU kritisierte die Planung. Die Politikerin wies die Vorwürfe zurück."
    assert actor(one(analyse(nlp, text, [("CDU", "ORG")]), "reject"), "actor1") is None


def test_man_and_wir_in_reported_speech_are_the_speakers_side(nlp):
    text = "Ein Sprecher des Auswärtigen Amtes sagte, man verurteile den Angriff auf das Konsulat."
    events = analyse(nlp, text, [("Auswärtigen Amtes", "ORG")])
    assert actor(one(events, "criticize"), "actor1") == "Auswärtigen Amtes"
    text = "Wir lehnen das ab, sagte Anna Quaxler."
    assert actor(one(analyse(nlp, text, [("Anna Quaxler", "PER")]), "reject"), "actor1") == "Anna Quaxler"
    # without a speaker beside it "man" is nobody, not the one who acted before
    text = "Die SVP kritisierte den Entscheid. Man lehnt die Vorlage ab."
    assert actor(one(analyse(nlp, text, [("SVP", "ORG")]), "reject"), "actor1") is None


def test_a_persons_party_after_von_is_no_party_to_the_event(nlp):
    text = "Wir lehnen das ab, sagte Anna Quaxler von der SVP."
    event = one(analyse(nlp, text, [("Anna Quaxler", "PER"), ("SVP", "ORG")]), "statement")
    assert actors_of(event, "actor1") == ["Anna Quaxler"] and actors_of(event, "actor2") == []
    # by whom, after a passive, stays the agent
    text = "Die Demonstranten wurden von der SVP kritisiert."
    assert actor(one(analyse(nlp, text, [("SVP", "ORG")])), "actor1") == "SVP"


def test_attacking_in_sports_is_no_assault(nlp):
    assert analyse(nlp, "Red Bull Salzburg greift in der Champions League wieder an.", [("Red Bull Salzburg", "ORG")]) == []
    assert analyse(nlp, "Er attackierte im zweiten Durchgang noch einmal.") == []
    assert one(analyse(nlp, "Ein Mann attackierte zwei Passanten.")).type == "assault"
    assert one(analyse(nlp, "Russland griff in der Nacht Kiew an.", [("Russland", "LOC"), ("Kiew", "LOC")])).type == "assault"


def test_a_place_in_the_topic_of_talks_is_not_where_they_were(nlp):
    text = "Die Minister haben in Brüssel über die Lage in der Ukraine beraten."
    event = one(analyse(nlp, text, [("Brüssel", "LOC"), ("Ukraine", "LOC")]))
    assert event.place.canonical == "Brüssel"


def test_where_taxed_goods_come_from_is_the_target_of_tariffs(nlp):
    text = "Die USA verhängen Strafzölle von 25 Prozent auf Stahl aus China."
    event = one(analyse(nlp, text, [("USA", "LOC"), ("China", "LOC")]))
    assert (actor(event, "actor1"), actor(event, "actor2")) == ("USA", "China")
    # ... over a list of goods
    text = "Quaxland kündigte neue Zölle von 25 Prozent auf Stahl und Aluminium aus der Blixunion an."
    event = one(analyse(nlp, text, [("Quaxland", "LOC"), ("Blixunion", "ORG")]), "sanction")
    assert (actor(event, "actor1"), actor(event, "actor2")) == ("Quaxland", "Blixunion")


def test_blocking_an_accession_or_a_deal_is_a_rejection(nlp):
    text = "Die Türkei hat die Aufnahme Schwedens in die Nato blockiert."
    event = one(analyse(nlp, text, [("Türkei", "LOC"), ("Schwedens", "LOC"), ("Nato", "ORG")]))
    assert (event.type, actor(event, "actor1"), actor(event, "actor2")) == ("reject", "Türkei", "Schwedens")
    assert one(analyse(nlp, "Klimaaktivisten blockierten die Zufahrt zum Flughafen.")).type == "protest"
    # a veto's object is judged, no event of its own
    event = one(analyse(nlp, "Ungarn legte sein Veto gegen die Sanktionen ein.", [("Ungarn", "LOC")]))
    assert (event.type, actor(event, "actor1")) == ("reject", "Ungarn")
    assert one(analyse(nlp, "Die Kritik an den Angriffen wächst.")).type == "criticize"
    # ... also behind the noun it hangs on with "von"
    text = "Quaxland hat sein Veto gegen die Aufnahme von Beitrittsgesprächen mit Blixland eingelegt."
    event = one(analyse(nlp, text, [("Quaxland", "LOC"), ("Blixland", "LOC")]))
    assert (event.type, actor(event, "actor1"), actor(event, "actor2")) == ("reject", "Quaxland", "Blixland")
    text = "Quaxland beschloss die Aufnahme von Beitrittsgesprächen mit Blixland."
    assert one(analyse(nlp, text, [("Quaxland", "LOC"), ("Blixland", "LOC")])).type == "negotiate"


def test_damals_is_the_day_the_sentence_before_named(nlp):
    text = ("Bereits im März 2023 hatte es in der gleichen Halle gebrannt. "
            "Damals war ein 17-jähriger Lehrling festgenommen worden.")
    event = one(analyse(nlp, text), "arrest")
    assert (event.date.value.isoformat(), event.date.precision) == ("2023-03-01", "month")
    # without "Damals" the arrest has no day of the sentence before
    text = "Bereits im März 2023 hatte es in der gleichen Halle gebrannt. Ein Lehrling wurde festgenommen."
    assert one(analyse(nlp, text), "arrest").date is None


def test_an_opened_inquiry_is_an_investigation(nlp):
    assert one(analyse(nlp, "Die Staatsanwaltschaft hat eine Untersuchung eröffnet.")).type == "investigate"
    assert one(analyse(nlp, "Die Behörde hat eine Untersuchung aufgenommen.")).type == "investigate"
    assert analyse(nlp, "Die Untersuchung des Wassers ergab keine Keime.") == []


def test_the_author_of_a_proposal_named_in_its_compound_is_judged_with_it(nlp):
    # the pipeline keeps "Juso" of "Juso-Initiative" as an actor; the event stage makes it the rejected party
    from newsflow.nlp.pipeline import extract

    x = extract("Bundesrat lehnt Juso-Initiative ab", published=PUBLISHED)
    event = one(list(x.events))
    assert [(a.role, a.canonical) for a in event.actors] == [("actor1", "Bundesrat"), ("actor2", "Juso")]
    x = extract("Beim Nato-Gipfel in Vilnius sprach Selenskyj über Waffen.", published=PUBLISHED)
    assert all(a.canonical != "Nato" for e in x.events for a in e.actors)  # a summit's part stays a topic


def test_contradicting_is_a_rejection_and_an_office_before_a_name_is_its_title(nlp):
    text = "Merz fordert schärfere Grenzkontrollen – SPD widerspricht"
    event = one(analyse(nlp, text, [("Merz", "PER"), ("SPD", "ORG")]), "reject")
    assert actor(event, "actor1") == "SPD"
    assert analyse(nlp, "Die Aussagen widersprechen sich.") == []
    assert analyse(nlp, "Das widerspricht dem Völkerrecht.") == []
    event = one(analyse(nlp, "Dem widersprach der Kanzler Olaf Scholz.", [("Olaf Scholz", "PER")]))
    assert actor(event, "actor1") == "Olaf Scholz"
    text = "Am Montag kritisierte der Kanzler Olaf Scholz die Union."
    event = one(analyse(nlp, text, [("Olaf Scholz", "PER"), ("Union", "ORG")]))
    assert (actor(event, "actor1"), actor(event, "actor2")) == ("Olaf Scholz", "Union")


def test_a_headlines_part_before_the_colon_sets_the_scene(nlp):
    event = one(analyse(nlp, "Explosion in Wohnhaus in Essen: Zwei Tote", [("Essen", "LOC")],
                        found_quantities("Explosion in Wohnhaus in Essen: Zwei Tote")))
    assert (event.type, event.place.canonical, event.place.source) == ("kill", "Essen", "clause")
    # a sentence with its full stop is no headline
    text = "Die Lage in Essen bleibt unklar: Zwei Tote wurden gefunden."
    assert all(e.place is None for e in analyse(nlp, text, [("Essen", "LOC")]))


def test_swiss_police_angehalten_is_an_arrest_of_people(nlp):
    text = "Die Kantonspolizei hat in Baden zwei mutmassliche Einbrecher angehalten."
    event = one(analyse(nlp, text, [("Baden", "LOC")], found_quantities(text)))
    assert (event.type, event.place.canonical, event.count.value) == ("arrest", "Baden", 2)
    assert analyse(nlp, "Die Polizei hielt das Auto an.") == []  # a car stopped is no arrest
    assert analyse(nlp, "Der Regen hielt den ganzen Tag an.") == []


def test_who_receives_an_aid_noun_is_its_other_party(nlp):
    text = "Die Universität Bern erhält eine Spende von 20 Millionen Franken für die Krebsforschung."
    event = one(analyse(nlp, text, [("Universität Bern", "ORG")], found_quantities(text)))
    assert (event.type, actor(event, "actor1"), actor(event, "actor2")) == ("aid", None, "Universität Bern")
    text = "Die Ukraine bekam von Deutschland Hilfe."
    event = one(analyse(nlp, text, [("Ukraine", "LOC"), ("Deutschland", "LOC")]))
    assert (actor(event, "actor1"), actor(event, "actor2")) == ("Deutschland", "Ukraine")


def test_a_person_described_by_age_is_the_one_who_acted_before(nlp):
    text = ("Ricarda Lang hat ihren Rückzug angekündigt. Sie wolle Platz für einen Neuanfang machen, "
            "sagte die 30-Jährige.")
    said = [e for e in analyse(nlp, text, [("Ricarda Lang", "PER")]) if e.trigger == "sagte"]
    assert actor(one(said), "actor1") == "Ricarda Lang"
    text = "Olaf Scholz kritisierte die Union. Der 65-Jährige warf ihr Blockade vor."
    events = analyse(nlp, text, [("Olaf Scholz", "PER"), ("Union", "ORG")])
    assert actor([e for e in events if e.trigger == "warf"][0], "actor1") == "Olaf Scholz"
    # "der" is no woman
    text = "Ricarda Lang kritisierte die Union. Der 65-Jährige warf ihr Blockade vor."
    events = analyse(nlp, text, [("Ricarda Lang", "PER"), ("Union", "ORG")])
    assert actor([e for e in events if e.trigger == "warf"][0], "actor1") is None


def test_a_rampage_is_an_assault(nlp):
    assert one(analyse(nlp, "Nach dem Amoklauf an einer Schule in Graz trauert die Stadt.", [("Graz", "LOC")])).type == "assault"


def test_a_states_protest_is_a_diplomatic_complaint(nlp):
    events = analyse(nlp, "Österreich protestierte gegen die Ausweisung des Journalisten.", [("Österreich", "LOC")])
    event = [e for e in events if e.trigger == "protestierte"][0]  # (the expulsion is an event of its own)
    assert (event.type, event.cameo, actor(event, "actor1")) == ("criticize", "11", "Österreich")
    text = "China protestierte scharf gegen den Besuch in Taiwan."
    event = [e for e in analyse(nlp, text, [("China", "LOC"), ("Taiwan", "LOC")]) if e.trigger == "protestierte"][0]
    assert (event.type, event.place) == ("criticize", None)
    text = "In Wien protestierten 500 Menschen gegen die Regierung."
    assert one(analyse(nlp, text, [("Wien", "LOC")], found_quantities(text))).type == "protest"


def test_an_event_remembered_is_not_told_again(nlp):
    assert analyse(nlp, "Mehrere Tausend Menschen haben in Berlin der Opfer des Anschlags gedacht.", [("Berlin", "LOC")]) == []
    assert analyse(nlp, "In Hanau erinnerten Hunderte an den Anschlag vor vier Jahren.", [("Hanau", "LOC")]) == []
    # what reminds of something is told
    assert one(analyse(nlp, "Der Angriff auf Kiew erinnert an die ersten Kriegstage.", [("Kiew", "LOC")])).type == "assault"
    assert one(analyse(nlp, "Bei einer Mahnwache für die Opfer des Angriffs sprach der Bürgermeister.")).type == "protest"


def test_a_cantons_landsgemeinde_acts_for_the_canton(nlp):
    text = "Die Landsgemeinde des Kantons Glarus hat am Sonntag die Fusion von Gemeinden abgelehnt."
    assert actor(one(analyse(nlp, text, [("Glarus", "LOC")])), "actor1") == "Glarus"


def test_suing_is_a_criticism_and_complaining_of_pain_is_none(nlp):
    assert one(analyse(nlp, "Die Gemeinde klagt gegen den Entscheid des Kantons.")).type == "criticize"
    events = analyse(nlp, "Moskau kündigte an, vor dem Internationalen Sportgerichtshof zu klagen.", [("Moskau", "LOC")])
    sued = [e for e in events if e.trigger == "klagen"]
    assert [(e.type, actor(e, "actor1")) for e in sued] == [("criticize", "Moskau")]
    assert one(analyse(nlp, "Die Stadt hat Klage gegen das Land eingereicht.")).type == "criticize"
    assert analyse(nlp, "Der Patient klagt über Schmerzen.") == []
    assert analyse(nlp, "Viele Bürger klagen über Lärm.") == []


def test_a_protest_counts_its_people_not_their_vehicles(nlp):
    text = "Mit mehr als 300 Traktoren haben Landwirte am Montag die Innenstadt von Linz blockiert."
    ev = one(analyse(nlp, text, entities=[("Linz", "LOC")], quantities=found_quantities(text)), "protest")
    assert ev.count is None and ev.place is not None and ev.place.canonical == "Linz"
    text = "Rund 300 Bauern blockierten mit ihren Traktoren die Innenstadt von Linz."
    ev = one(analyse(nlp, text, entities=[("Linz", "LOC")], quantities=found_quantities(text)), "protest")
    assert ev.count is not None and ev.count.value == 300


def test_who_does_what_a_protest_or_a_criticism_opposes_is_its_target(nlp):
    text = "Sie protestierten gegen die geplante Kürzung der Agrarförderungen durch die Bundesregierung."
    assert actor(one(analyse(nlp, text, entities=[("Bundesregierung", "ORG")]), "protest"), "actor2") == "Bundesregierung"
    text = "Die SPD kritisierte die Blockade der Hilfen durch Ungarn."
    ev = one(analyse(nlp, text, entities=[("SPD", "ORG"), ("Ungarn", "LOC")]), "criticize")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("SPD", "Ungarn")
    # a passive's "durch" is still its agent
    text = "Die Stadt wurde durch Russland angegriffen."
    assert actor(one(analyse(nlp, text, entities=[("Russland", "LOC")]), "assault"), "actor1") == "Russland"


def test_dabei_behind_the_verb_goes_on_with_the_sentence_before_as_an_opening_dabei_does(nlp):
    text = ("Russland hat die Stadt Charkiw in der Nacht auf Freitag mit Drohnen angegriffen. Nach Angaben von "
            "Bürgermeister Ihor Terechow wurden dabei drei Menschen getötet.")
    entities = [("Russland", "LOC"), ("Charkiw", "LOC"), ("Ihor Terechow", "PER")]
    kill = one(analyse(nlp, text, entities=entities), "kill")
    assert actor(kill, "actor1") == "Russland"
    assert kill.place is not None and kill.place.canonical == "Charkiw"
    assert kill.date is not None and kill.date.value == date(2024, 3, 15)
    # "und dabei" joins another clause of the sentence; the adverb there is no scene
    text = ("Russland hat die Stadt Charkiw am Freitag angegriffen. Die Armee schoss Drohnen ab und dabei wurden "
            "zwei Menschen getötet.")
    kill = one(analyse(nlp, text, entities=entities), "kill")
    assert actor(kill, "actor1") is None


def test_a_place_inside_the_object_is_not_where_a_call_or_an_invitation_was_made(nlp):
    text = ("Die Gewerkschaft Verdi hat die Beschäftigten der städtischen Kitas in Köln für Donnerstag zu einem "
            "Warnstreik aufgerufen.")
    assert one(analyse(nlp, text, entities=[("Verdi", "ORG"), ("Köln", "LOC")]), "appeal").place is None
    text = "Duda lud Van der Bellen zu einem Gegenbesuch nach Warschau ein."
    ev = one(analyse(nlp, text, entities=[("Duda", "PER"), ("Van der Bellen", "PER"), ("Warschau", "LOC")]))
    assert ev.type == "intent_cooperate" and ev.place is None
    # where it was said stays its place
    for text in ["Verdi hat in Köln zum Streik aufgerufen.", "Verdi rief bei einer Kundgebung in Köln zum Streik auf."]:
        ev = one(analyse(nlp, text, entities=[("Verdi", "ORG"), ("Köln", "LOC")]), "appeal")
        assert ev.place is not None and ev.place.canonical == "Köln", text


def test_the_next_conjuncts_names_are_no_subject_of_the_first(nlp):
    text = "Die Stadt lehnte die Forderung als unbezahlbar ab und warf Verdi vor, Eltern in Geiselhaft zu nehmen."
    events = analyse(nlp, text, entities=[("Verdi", "ORG")])
    assert actor(one(events, "reject"), "actor1") is None
    assert actor(one(events, "criticize"), "actor2") == "Verdi"


def test_marching_through_a_town_is_a_protest_when_protesters_march(nlp):
    text = "Rund 2000 Demonstranten zogen am Samstag durch die Innenstadt von Leipzig."
    ev = one(analyse(nlp, text, entities=[("Leipzig", "LOC")], quantities=found_quantities(text)), "protest")
    assert ev.trigger == "zogen" and ev.place.canonical == "Leipzig" and ev.count.value == 2000
    assert analyse(nlp, "Hunderte Fans zogen durch die Innenstadt von Basel.", entities=[("Basel", "LOC")]) == []
    assert analyse(nlp, "Die Klimaaktivisten zogen ihre Klage zurück.") == []


def test_a_purpose_clause_naming_the_same_act_is_no_second_event(nlp):
    text = "Tausende Demonstranten zogen durch die Innenstadt, um gegen die Bundesregierung zu protestieren."
    events = analyse(nlp, text, entities=[("Bundesregierung", "ORG")])
    assert [(e.type, e.trigger) for e in events] == [("protest", "zogen")]
    assert actor(events[0], "actor2") == "Bundesregierung"
    # another act's purpose stays its own event
    text = "Die Polizei setzte Tränengas ein, um die Demonstranten zu vertreiben, die gegen die Regierung protestierten."
    assert sorted(e.type for e in analyse(nlp, text)) == ["coerce", "protest"]


def test_participles_joined_by_und_share_the_closing_auxiliary(nlp):
    text = ("Die Stadtpolizei Zürich hat drei Männer festgenommen. Sie sollen einen 22-Jährigen mit einem Messer "
            "bedroht und ausgeraubt haben.")
    events = analyse(nlp, text, entities=[("Stadtpolizei Zürich", "ORG")])
    for type_ in ("threaten", "assault"):
        ev = one(events, type_)
        # what the arrested are said to have done, not the police
        assert ev.modality == "alleged" and actor(ev, "actor1") is None, type_


def test_who_adopts_anothers_sanctions_in_a_zu_clause_imposes_them(nlp):
    text = "Der Bundesrat hat am Mittwoch beschlossen, die Sanktionen der EU gegen Iran zu übernehmen."
    ev = one(analyse(nlp, text, entities=[("Bundesrat", "ORG"), ("EU", "ORG"), ("Iran", "LOC")]), "sanction")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Bundesrat", "Iran")
    # an event noun's own genitive still acts when nobody adopts it
    text = "Der Bundesrat hat beschlossen, die Sanktionen der EU gegen Iran genau zu prüfen."
    ev = one(analyse(nlp, text, entities=[("Bundesrat", "ORG"), ("EU", "ORG"), ("Iran", "LOC")]), "sanction")
    assert actor(ev, "actor1") == "EU"


def test_the_parties_a_coalition_is_made_of_act_for_it(nlp):
    text = "Die Koalition aus CDU und SPD lehnte den Antrag der Grünen ab."
    ev = one(analyse(nlp, text, entities=[("CDU", "ORG"), ("SPD", "ORG"), ("Grünen", "ORG")]), "reject")
    assert actors_of(ev, "actor1") == ["CDU", "SPD"] and actor(ev, "actor2") == "Grünen"
    # pressure from parties is no coalition
    text = "Der Druck aus SPD und Grünen wächst, Scholz lehnte ab."
    ev = one(analyse(nlp, text, entities=[("SPD", "ORG"), ("Grünen", "ORG"), ("Scholz", "PER")]), "reject")
    assert actors_of(ev, "actor1") == ["Scholz"]


def test_a_place_in_what_the_clause_comes_after_is_not_where_a_statement_was_made(nlp):
    text = ("Nach dem Anschlag auf eine Moschee in Dresden hat Innenminister Dobrindt ein hartes Vorgehen gegen "
            "Extremisten angekündigt. Unbekannte hatten in der Nacht zum Freitag einen Sprengsatz vor dem Eingang gezündet.")
    events = analyse(nlp, text, entities=[("Dresden", "LOC"), ("Dobrindt", "PER")])
    assert one(events, "statement").place is None
    # the attack the story goes on to tell happened at the scene named before, though it has a day of its own
    bomb = next(e for e in events if e.trigger == "gezündet")
    assert bomb.place is not None and (bomb.place.canonical, bomb.place.source) == ("Dresden", "previous")
    # one speaks where one met, and a place phrase of its own is the speaker's
    ev = one(analyse(nlp, "Nach dem Treffen in Brüssel sagte Scholz, man sei sich einig.",
                     entities=[("Brüssel", "LOC"), ("Scholz", "PER")]), "statement")
    assert ev.place is not None and ev.place.canonical == "Brüssel"
    ev = one(analyse(nlp, "Scholz sagte nach dem Anschlag in Dresden in Berlin, man werde handeln.",
                     entities=[("Dresden", "LOC"), ("Berlin", "LOC"), ("Scholz", "PER")]), "statement")
    assert ev.place is not None and ev.place.canonical == "Berlin"



def test_a_fight_between_people_is_an_assault_a_political_dispute_is_none(nlp):
    text = "Bei einer handgreiflichen Auseinandersetzung vor einem Club in Bern wurden zwei Männer verletzt."
    ev = one(analyse(nlp, text, entities=[("Bern", "LOC")], quantities=found_quantities(text)), "assault")
    assert ev.trigger == "Auseinandersetzung" and ev.place.canonical == "Bern" and ev.count.value == 2
    assert [e.trigger for e in analyse(nlp, "Es kam zu einer Auseinandersetzung zwischen mehreren Personen.")] == [
        "Auseinandersetzung"]
    assert analyse(nlp, "Die politische Auseinandersetzung zwischen SPD und Union wird härter.",
                   entities=[("SPD", "ORG"), ("Union", "ORG")]) == []


def test_shooting_down_or_intercepting_missiles_is_fighting_shooting_someone_an_assault(nlp):
    text = "Die Ukraine hat in der Nacht 45 russische Drohnen abgeschossen."
    ev = one(analyse(nlp, text, entities=[("Ukraine", "LOC")], quantities=found_quantities(text)))
    assert (ev.type, actor(ev, "actor1"), ev.count.value) == ("fight", "Ukraine", 45)
    assert [e.type for e in analyse(nlp, "Die Luftabwehr fing zwei Raketen ab.")] == ["fight"]
    assert analyse(nlp, "Der Torhüter fing den Ball ab.") == []
    assert [e.type for e in analyse(nlp, "Ein Unbekannter schoss den Wirt nieder.")] == ["assault"]
    assert [e.type for e in analyse(nlp, "Ein Unbekannter hat einen 30-Jährigen angeschossen.")] == ["assault"]
    assert analyse(nlp, "Der Stürmer schoss den Ball an den Pfosten.") == []


def test_the_site_a_protest_blocks_is_its_place(nlp):
    text = "Hunderte Landwirte haben am Montag die Zufahrten zum Hamburger Hafen blockiert. Die Polizei löste die Blockade auf."
    events = analyse(nlp, text, entities=[("Hamburger Hafen", "LOC")])
    assert one(events, "protest").place.canonical == "Hamburger Hafen"
    assert (one(events, "coerce").place.canonical, one(events, "coerce").place.source) == ("Hamburger Hafen", "previous")
    # a place phrase of its own wins, and a country blocking is no place
    ev = one(analyse(nlp, "Aktivisten blockierten in Berlin die Zufahrt zum Kanzleramt.", entities=[("Berlin", "LOC")]))
    assert ev.place.canonical == "Berlin"



def test_a_set_phrases_verb_after_und_opens_the_conjunct_whose_count_it_is(nlp):
    text = "Die Polizei löste die Blockade nach drei Stunden auf und nahm 23 Personen vorübergehend in Gewahrsam."
    events = analyse(nlp, text, quantities=found_quantities(text))
    assert one(events, "arrest").count.value == 23 and one(events, "coerce").count is None
    # one clause: the verb's noun still counts the verb's
    text = "Bei Protesten nahm die Polizei 40 Menschen fest."
    events = analyse(nlp, text, quantities=found_quantities(text))
    assert one(events, "arrest").count.value == 40 and one(events, "protest").count is None


def test_a_road_by_its_number_is_a_blockade_site(nlp):
    ev = one(analyse(nlp, "Mitglieder der Gruppe haben am Dienstag die A100 in Quaxdorf blockiert.",
                     entities=[("Quaxdorf", "LOC")]))
    assert (ev.type, ev.place.canonical) == ("protest", "Quaxdorf")
    assert one(analyse(nlp, "Sie blockierten die B 96.")).type == "protest"
    assert one(analyse(nlp, "Mit 1.000 Traktoren blockierten sie das Europaviertel.")).type == "protest"
    assert [e.type for e in analyse(nlp, "Der Ausschuss blockierte den Antrag 12.")] == ["reject"]


def test_the_sky_over_a_country_is_where_a_drone_was_downed(nlp):
    ev = one(analyse(nlp, "Zwei Drohnen wurden über Polen abgeschossen.", entities=[("Polen", "LOC")]))
    assert (ev.type, ev.place.canonical) == ("fight", "Polen")
    # not where the talk is about
    ev = one(analyse(nlp, "Quaxler sprach mit Blixen über Polen.", entities=[("Quaxler", "PER"), ("Blixen", "PER"),
                                                                         ("Polen", "LOC")]))
    assert ev.place is None


def test_confirming_someone_in_office_is_no_statement(nlp):
    assert analyse(nlp, "Der Verwaltungsrat hat Jens Quaxinger als Chef bestätigt.", [("Jens Quaxinger", "PER")]) == []
    assert analyse(nlp, "Der Parteitag bestätigte Quaxler im Amt.", [("Quaxler", "PER")]) == []
    assert [e.type for e in analyse(nlp, "Das Ministerium bestätigte den Bericht als korrekt.")] == ["statement"]


def test_blowing_up_a_cash_machine_is_an_assault_demolishing_a_bridge_none(nlp):
    ev = one(analyse(nlp, "Unbekannte haben in Quaxdorf einen Bankomaten gesprengt.", [("Quaxdorf", "LOC")]))
    assert (ev.type, ev.place.canonical) == ("assault", "Quaxdorf")
    assert analyse(nlp, "Die Armee sprengte die Brücke.") == []


def test_an_arrest_counts_the_arrested_by_their_age_not_the_crimes_of_the_relative_clause(nlp):
    text = "Die Polizei hat in Quaxdorf zwei 16-Jährige festgenommen, die für 17 Einbrüche verantwortlich sein sollen."
    ev = one(analyse(nlp, text, [("Quaxdorf", "LOC")], quantities=found_quantities(text)), "arrest")
    assert ev.count.value == 2 and ev.count.text == "zwei 16-Jährige"


def test_the_place_of_an_event_judged_is_not_where_it_was_judged(nlp):
    ents = [("Bundesrat", "ORG"), ("Teheran", "LOC"), ("Bern", "LOC")]
    ev = one(analyse(nlp, "Der Bundesrat hat den Angriff auf die Schweizer Botschaft in Teheran verurteilt.", ents))
    assert (ev.type, actor(ev, "actor1"), ev.place) == ("criticize", "Bundesrat", None)
    assert one(analyse(nlp, "Bundesrat verurteilt Angriff auf Schweizer Botschaft in Teheran", ents)).place is None
    # where it was judged stays
    ev = one(analyse(nlp, "Der Bundesrat verurteilte in Bern den Angriff auf die Botschaft.", ents))
    assert ev.place.canonical == "Bern"


def test_a_killing_a_dash_adds_to_an_attack_happened_in_it(nlp):
    ents = [("Israel", "LOC"), ("Gazastreifen", "LOC")]
    text = "Israel hat am Sonntag Ziele im Gazastreifen angegriffen – mindestens 30 Menschen wurden getötet."
    kill = one(analyse(nlp, text, ents, quantities=found_quantities(text)), "kill")
    assert (actor(kill, "actor1"), kill.place.canonical, kill.count.value) == ("Israel", "Gazastreifen", 30)
    # without an attack before the dash, nobody's and nowhere
    text = "Der Sturm zog über das Land – mindestens 30 Menschen wurden getötet."
    kill = one(analyse(nlp, text, quantities=found_quantities(text)), "kill")
    assert (actor(kill, "actor1"), kill.place) == (None, None)


def test_dashes_around_a_short_insertion_split_no_clause(nlp):
    text = "In Quaxstadt wurden – nach Angaben der Behörden – zwei Menschen getötet."
    assert one(analyse(nlp, text, [("Quaxstadt", "LOC")])).place.canonical == "Quaxstadt"
    # a headline's dashes list its clauses
    text = "Messerangriff in Quaxstadt – Zwei Verletzte – Polizei nimmt Täter fest"
    events = analyse(nlp, text, [("Quaxstadt", "LOC")], quantities=found_quantities(text))
    assert one(events, "arrest").count is None  # the hurt are no count of the arrest in a clause of its own


def test_talks_between_one_party_and_a_described_group_name_both_sides(nlp):
    ents = [("Iran", "LOC"), ("Deutschland", "LOC"), ("Frankreich", "LOC")]
    ev = one(analyse(nlp, "Die Gespräche zwischen Iran und den Europäern Deutschland und Frankreich scheiterten.", ents))
    assert [(x.role, x.canonical) for x in ev.actors] == [
        ("actor1", "Iran"), ("actor2", "Deutschland"), ("actor2", "Frankreich")]


def test_a_stance_towards_an_event_is_no_part_in_it(nlp):
    text = "Minister Alois Quaxer zeigte Verständnis für die Proteste."
    assert analyse(nlp, text, [("Alois Quaxer", "PER")]) == []
    assert [e.type for e in analyse(nlp, "Die Bauern protestierten für höhere Preise.")] == ["protest"]


def test_a_court_upholding_a_verdict_convicts_a_spokesman_confirming_one_speaks(nlp):
    ev = one(analyse(nlp, "Der Bundesgerichtshof hat die Verurteilung des Mannes bestätigt.", [("Bundesgerichtshof", "ORG")]))
    assert (ev.type, actor(ev, "actor1")) == ("convict", "Bundesgerichtshof")
    assert [e.type for e in analyse(nlp, "Das Gericht bestätigte den Eingang der Klage.")] == ["statement"]
    assert [e.type for e in analyse(nlp, "Der Sprecher bestätigte die Festnahme.")] == ["statement", "arrest"]


def test_a_riot_am_rande_is_told_and_the_arrests_of_the_next_clause_are_not_its_count(nlp):
    text = "In Quaxstadt kam es am Rande zu Ausschreitungen, die Polizei setzte Tränengas ein und nahm 45 Personen fest."
    events = analyse(nlp, text, [("Quaxstadt", "LOC")], quantities=found_quantities(text))
    riot = one(events, "protest")
    assert (riot.trigger, riot.place.canonical, riot.count) == ("Ausschreitungen", "Quaxstadt", None)
    assert one(events, "arrest").count.value == 45
    # "am Rande des Gipfels" still only frames the time
    assert [e.type for e in analyse(nlp, "Am Rande des Gipfels sagte Quaxler, er sei zuversichtlich.",
                                    [("Quaxler", "PER")])] == ["statement"]


def test_a_crowd_visiting_a_show_or_a_rally_is_no_meeting(nlp):
    assert analyse(nlp, "Tausende besuchten den Weihnachtsmarkt.") == []
    assert "consult" not in [e.type for e in analyse(nlp, "Bei der Kundgebung, die 5.000 Menschen besuchten, blieb es ruhig.")]
    assert [e.type for e in analyse(nlp, "Die Ministerin besuchte Quaxstadt.", [("Quaxstadt", "LOC")])] == ["consult"]


def test_a_vague_crowd_closing_its_sentence_is_no_ordinal(nlp):
    text = "In Quaxstadt demonstrierten Hunderte. Die Polizei blieb im Hintergrund."
    ev = one(analyse(nlp, text, [("Quaxstadt", "LOC")], quantities=found_quantities(text)))
    assert (ev.type, ev.count.value) == ("protest", 200)


def test_talk_of_an_agenda_is_no_event(nlp):
    assert analyse(nlp, "Im Mittelpunkt standen der Krieg in der Ukraine und die Zölle.", [("Ukraine", "LOC")]) == []
    assert analyse(nlp, "Auf der Tagesordnung stehen neue Sanktionen gegen Russland.", [("Russland", "LOC")]) == []


def test_a_sentence_naming_the_scenes_own_town_goes_on_at_the_scene(nlp):
    text = ("Die Polizei hat in Quaxstadt vier Männer festgenommen. Die Staatsanwaltschaft Quaxstadt ermittelt. "
            "Bei den Durchsuchungen stellten die Beamten Kokain sicher.")
    events = analyse(nlp, text, [("Staatsanwaltschaft Quaxstadt", "ORG"), ("Quaxstadt", "LOC")])
    assert one(events, "coerce").place.canonical == "Quaxstadt"
    # another town ends the scene
    text = "Die Polizei hat in Quaxstadt vier Männer festgenommen. In Blixdorf blieb es ruhig. Die Beamten stellten Kokain sicher."
    events = analyse(nlp, text, [("Quaxstadt", "LOC"), ("Blixdorf", "LOC")])
    assert one(events, "coerce").place is None


@pytest.mark.parametrize("text, negated, modality", [
    ("Die Gewerkschaft hat einen Streik vorerst ausgeschlossen.", True, None),
    ("Die Gewerkschaft schloss einen Streik über die Feiertage aus.", True, None),
    # two denials leave it possible
    ("Ein Streik sei aber nicht vom Tisch.", False, "possible"),
    ("Ein Streik ist nicht ausgeschlossen.", False, "possible"),
])
def test_a_strike_ruled_out_did_not_happen_one_not_ruled_out_may(nlp, text, negated, modality):
    ev = one(analyse(nlp, text))
    assert (ev.type, ev.negated) == ("protest", negated)
    assert modality is None or ev.modality == modality


def test_setting_fire_to_something_is_coercion_lightning_is_not(nlp):
    ev = one(analyse(nlp, "In Quaxstadt sind mehrere Autos in Brand gesteckt worden.", [("Quaxstadt", "LOC")]))
    assert (ev.type, ev.place.canonical) == ("coerce", "Quaxstadt")
    assert [e.type for e in analyse(nlp, "Der Täter setzte das Haus in Brand.")] == ["coerce"]
    assert analyse(nlp, "Der Blitz setzte einen Baum in Brand.") == []


def test_a_mans_pronoun_after_a_charge_is_the_accused(nlp):
    text = "Die Staatsanwaltschaft Quaxstadt hat Anklage gegen Gernot Quaxler erhoben. Ihm wird Betrug vorgeworfen."
    events = analyse(nlp, text, [("Staatsanwaltschaft Quaxstadt", "ORG"), ("Gernot Quaxler", "PER")])
    second = [e for e in events if e.trigger == "vorgeworfen"]
    assert len(second) == 1 and (actor(second[0], "actor1"), actor(second[0], "actor2")) == (None, "Gernot Quaxler")


def test_warding_off_drones_is_fighting_and_counts_the_part_not_the_whole(nlp):
    text = "Die Ukraine hat in der Nacht 42 von 50 Drohnen abgewehrt."
    ev = one(analyse(nlp, text, [("Ukraine", "LOC")], quantities=found_quantities(text)))
    assert (ev.type, actor(ev, "actor1"), ev.count.value) == ("fight", "Ukraine", 42)
    text = "Die Polizei nahm 14 von 300 Demonstranten fest."
    assert one(analyse(nlp, text, quantities=found_quantities(text))).count.value == 14
    assert analyse(nlp, "Der Torhüter wehrte den Ball ab.") == []


def test_an_auxiliary_after_an_apposition_has_its_subject_before_the_commas(nlp):
    ents = [("Jens Quaxler", "PER"), ("SPD", "ORG")]
    ev = one(analyse(nlp, "Der Fraktionschef der Union, Jens Quaxler, hat die SPD aufgefordert, nachzugeben.", ents))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("appeal", "Jens Quaxler", "SPD")
    # a place before the comma is no subject
    ev = one(analyse(nlp, "In Quaxstadt, der Hauptstadt, hat die SPD die Pläne kritisiert.",
                     [("Quaxstadt", "LOC"), ("SPD", "ORG")]))
    assert actor(ev, "actor1") == "SPD"


def test_a_court_of_justice_convicts(nlp):
    text = "Der Europäische Gerichtshof für Menschenrechte hat die Schweiz wegen ungenügenden Klimaschutzes verurteilt."
    ev = one(analyse(nlp, text, [("Europäische Gerichtshof für Menschenrechte", "ORG"), ("Schweiz", "LOC")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == (
        "convict", "Europäische Gerichtshof für Menschenrechte", "Schweiz")


def test_the_place_of_what_is_protested_against_is_not_the_protests(nlp):
    text = "Aktivisten haben am Dienstag vor dem Kanzleramt in Berlin gegen neue Gasbohrungen in der Nordsee protestiert."
    ev = one(analyse(nlp, text, [("Berlin", "LOC"), ("Nordsee", "LOC")]))
    assert ev.place.canonical == "Berlin"


def test_a_persons_pronoun_as_subject_of_a_passive_is_who_it_is_done_to(nlp):
    text = "Ahmed Quaxari ist in Berlin eingetroffen. Er wird von Kanzler Friedrich Blixer mit Ehren empfangen."
    ev = [e for e in analyse(nlp, text, [("Ahmed Quaxari", "PER"), ("Berlin", "LOC"), ("Friedrich Blixer", "PER")])
          if e.trigger == "empfangen"][0]
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.modality) == ("Friedrich Blixer", "Ahmed Quaxari", None)
    # after an organization "sie" is mostly the people it acted on: nobody's
    text = "Die Polizei Quaxstadt hat zwei Männer festgenommen. Sie wurden von Beamten verhört und verhaftet."
    events = analyse(nlp, text, [("Polizei Quaxstadt", "ORG")])
    assert all(actor(e, "actor2") != "Polizei Quaxstadt" for e in events)


def test_what_the_subject_reacts_to_was_done_by_the_nouns_genitive(nlp):
    ents = [("Quaxland", "LOC"), ("Europäischen Union", "ORG"), ("China", "LOC")]
    text = "Quaxland reagiert damit auf die Strafzölle der Europäischen Union auf Elektroautos aus China."
    ev = one(analyse(nlp, text, ents))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("sanction", "Europäischen Union", "China")
    # without a reaction the subject is the one who imposes them
    ev = one(analyse(nlp, "Quaxland verhängt Strafzölle auf Elektroautos aus China.", ents))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Quaxland", "China")


@pytest.mark.parametrize("text", [
    "«Das ist ein Angriff auf den Acht-Stunden-Tag», sagte die Gewerkschafterin.",
    "Die Zeitung sprach von einem Angriff auf die Pressefreiheit.",
    "Der Angriff auf die Demokratie muss abgewehrt werden.",
    "Eine Attacke auf unsere freiheitliche Grundordnung.",
    "Quaxland hat erneut eine ballistische Rakete ins Japanische Meer abgefeuert.",
    "Quaxland feuerte bei einem Test zwei Raketen ab.",
])
def test_an_attack_on_an_idea_or_a_missile_test_is_no_assault(nlp, text):
    assert [e.type for e in analyse(nlp, text) if e.type == "assault"] == []


@pytest.mark.parametrize("text", [
    "Bei dem Angriff auf die Redaktion wurden zwei Journalisten verletzt.",
    "Es war der schwerste Angriff auf Quaxstadt seit Wochen.",
    "Die Miliz feuerte Raketen auf Quaxstadt ab.",
])
def test_attacks_on_people_and_places_stay_assaults(nlp, text):
    assert [e.type for e in analyse(nlp, text, [("Quaxstadt", "LOC")])] == ["assault"]


def test_the_place_of_an_event_words_threaten_is_not_the_words(nlp):
    ents = [("IG Metall", "ORG"), ("Nordrhein-Westfalen", "LOC")]
    text = "Die IG Metall kündigte Widerstand an und drohte mit Streiks an allen Standorten in Nordrhein-Westfalen."
    events = analyse(nlp, text, ents)
    assert [(e.type, e.place) for e in events] == [("statement", None), ("threaten", None)]
    # where the words were said stays their place
    ev = one(analyse(nlp, "Die IG Metall hat in Nordrhein-Westfalen mit Streiks gedroht.", ents))
    assert ev.place.canonical == "Nordrhein-Westfalen"
    ev = one(analyse(nlp, "Die Ministerin sagte bei der Kundgebung in Quaxstadt, man werde handeln.",
                     [("Quaxstadt", "LOC")]), "statement")
    assert ev.place.canonical == "Quaxstadt"


def test_a_purpose_clause_happens_where_the_main_clause_gathers(nlp):
    text = ("Rund 300 Menschen haben sich am Samstag vor dem Rathaus in Quaxstadt versammelt, um gegen die Schließung "
            "des Klinikums zu protestieren.")
    ev = one(analyse(nlp, text, [("Quaxstadt", "LOC")], found_quantities(text)))
    assert (ev.type, ev.place.canonical, ev.count.value) == ("protest", "Quaxstadt", 300)
    # a main clause with an event of its own keeps the place to itself, and words are said elsewhere
    text = "Die Polizei nahm in Quaxstadt zwei Männer fest, um einen Anschlag zu verhindern."
    ev = one(analyse(nlp, text, [("Quaxstadt", "LOC")]), "assault")
    assert ev.place is None and ev.negated


def test_sie_behind_the_verb_after_a_woman_is_she_and_the_next_conjunct_shares_her(nlp):
    ents = [("Annalena Quaxbock", "PER"), ("Quaxland", "LOC"), ("Quaxstadt", "LOC"), ("Benjamin Blixer", "PER")]
    text = ("Außenministerin Annalena Quaxbock ist zu einem Besuch in Quaxland eingetroffen. In Quaxstadt traf sie "
            "Benjamin Blixer und forderte mehr humanitäre Hilfe.")
    met, demanded = [e for e in analyse(nlp, text, ents) if e.trigger in ("traf", "forderte")]
    assert (actor(met, "actor1"), actor(met, "actor2")) == ("Annalena Quaxbock", "Benjamin Blixer")
    assert actor(demanded, "actor1") == "Annalena Quaxbock"
    # after a man "sie" behind the verb is no subject: the name stays the one who met
    ents = [("Peter Quaxbock", "PER"), ("Quaxland", "LOC"), ("Benjamin Blixer", "PER")]
    text = "Peter Quaxbock ist zu einem Besuch in Quaxland eingetroffen. Dort traf sie Benjamin Blixer."
    met = [e for e in analyse(nlp, text, ents) if e.trigger == "traf"][0]
    assert actor(met, "actor1") == "Benjamin Blixer"


@pytest.mark.parametrize("text, organ", [
    ("Der Bundespräsident hat den chinesischen Vizepremier in Wien empfangen.", "chinesischen Vizepremier"),
    ("Die ukrainische Delegation verhandelte in Genf.", "ukrainische Delegation"),
    ("Russische Raketen trafen in der Nacht ein Kraftwerk.", "Russische Raketen"),
])
def test_deputies_delegations_and_missiles_act_for_their_state(nlp, text, organ):
    from newsflow.nlp.state_actors import state_organs_in_text
    assert organ in [m.text for m in state_organs_in_text(text, [])]


def test_an_arrest_told_again_of_the_arrested_is_the_same_arrest(nlp):
    text = ("Die Polizei hat in Quaxstadt einen 24-jährigen Mann festgenommen. Er soll mehrere Autos aufgebrochen "
            "haben. Der Verdächtige sei bereits am Dienstag gefasst worden, teilte die Polizei mit.")
    arrests = [e for e in analyse(nlp, text, [("Quaxstadt", "LOC")]) if e.type == "arrest"]
    # one arrest, dated by the retelling (the Tuesday before Friday, 15 March 2024)
    assert [(e.trigger, e.date.value) for e in arrests] == [("festgenommen", date(2024, 3, 12))]


@pytest.mark.parametrize("second", [
    "Ein zweiter Verdächtiger wurde am Dienstag gefasst.",
    "Der Mann war 2019 bereits verhaftet worden.",
    "Der Mann wurde auch in Blixdorf schon einmal verhaftet.",
])
def test_another_arrest_told_after_one_stays_its_own(nlp, second):
    text = "Die Polizei hat in Quaxstadt einen Mann festgenommen. " + second
    arrests = [e for e in analyse(nlp, text, [("Quaxstadt", "LOC"), ("Blixdorf", "LOC")]) if e.type == "arrest"]
    assert len(arrests) == 2


@pytest.mark.parametrize("text, name", [
    ("Kritik kam von der Quaxpartei, die Kürzungen der Förderungen forderte.", "Quaxpartei"),
    ("Der Kanzler traf Peter Blixer, der mehr Waffen forderte.", "Peter Blixer"),
    ("Unterstützung kam von der Quaxpartei, die das Paket begrüßte.", "Quaxpartei"),
])
def test_a_relative_clause_opened_by_a_nominative_pronoun_is_about_the_name_before_the_comma(nlp, text, name):
    ents = [("Quaxpartei", "ORG"), ("Peter Blixer", "PER")]
    ev = [e for e in analyse(nlp, text, ents) if e.trigger in ("forderte", "begrüßte")][0]
    assert actor(ev, "actor1") == name


def test_a_relative_clause_in_the_accusative_is_not_about_the_name_before(nlp):
    ents = [("Quaxpartei", "ORG"), ("Peter Blixer", "PER"), ("Merz", "PER")]
    ev = [e for e in analyse(nlp, "Die Grünen kritisierten Peter Blixer, den Merz in Berlin traf.", ents)
          if e.trigger == "traf"][0]
    assert actor(ev, "actor1") == "Merz"
    # a "den" after a comma that opens no clause of the event is an article: "den Quaxrat" is criticized too
    ev = one(analyse(nlp, "Die Grünen kritisierten die Quaxpartei, den Quaxrat und Merz.",
                     [*ents, ("Quaxrat", "ORG"), ("Grünen", "ORG")]))
    assert actor(ev, "actor1") == "Grünen"


@pytest.mark.parametrize("text", [
    "Die EU kritisierte Quaxland, das Blixonien angegriffen hat.",
    "Die EU kritisierte Quaxland, das die Blixonien angegriffen hat.",
    # the name before the verb closing the clause
    "Die EU hat am Montag Sanktionen gegen Quaxland verhängt, das im Februar 2022 Blixonien angegriffen hatte.",
    # "der" is nominative after a man
    "Der Kanzler traf Peter Quaxland, der Blixonien im Mai angegriffen hat.",
])
def test_a_relative_pronoun_that_may_be_the_subject_is_it_and_the_name_in_the_clause_the_object(nlp, text):
    ents = [("Peter Quaxland", "PER"), ("Quaxland", "LOC"), ("Blixonien", "LOC"), ("EU", "ORG")]
    ev = one(analyse(nlp, text, ents), "assault")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) in (("Quaxland", "Blixonien"), ("Peter Quaxland", "Blixonien"))


@pytest.mark.parametrize("text", [
    "Die EU kritisierte Quaxland, das der Blixer angegriffen hat.",  # "der Blixer": a nominative
    "Der Kanzler traf Anna Quaxland, der Blixer am Montag gedroht hatte.",  # "der" after a woman: a dative
    "Der Kanzler traf Quaxland, den Blixer angegriffen hatte.",  # "den": an accusative
    "Der Kanzler traf Quaxland, dem Blixer gedroht hatte.",  # "dem": a dative
])
def test_a_relative_clause_whose_case_tells_otherwise_keeps_the_name_in_it_as_subject(nlp, text):
    ents = [("Anna Quaxland", "PER"), ("Quaxland", "LOC"), ("Blixer", "PER")]
    ev = [e for e in analyse(nlp, text, ents) if e.type in ("assault", "threaten")][0]
    assert actor(ev, "actor1") == "Blixer"


def test_a_relative_clause_with_an_event_of_its_own_keeps_its_date(nlp):
    ents = [("Quaxland", "LOC"), ("Blixonien", "LOC"), ("EU", "ORG")]
    text = "Die EU verhängt neue Sanktionen gegen Quaxland, das Blixonien im Februar 2022 angegriffen hat."
    events = analyse(nlp, text, ents)
    assert one(events, "sanction").date is None
    assert one(events, "assault").date.value == date(2022, 2, 1)
    # a relative clause about the event itself dates it
    text = "Bei dem Angriff, der am Montag in Blixonien begann, wurden drei Menschen getötet."
    assert one(analyse(nlp, text, ents), "assault").date.value == date(2024, 3, 11)


def test_a_person_described_by_what_they_are_opening_the_sentence_is_the_one_just_named(nlp):
    ents = [("Roger Quaxerer", "PER"), ("Basel", "LOC")]
    text = ("Roger Quaxerer hat in Basel eine Stiftung gegründet. Der ehemalige Tennisprofi will jährlich fünf "
            "Millionen Franken für Bildungsprojekte bereitstellen.")
    ev = one(analyse(nlp, text, ents), "aid")
    assert actor(ev, "actor1") == "Roger Quaxerer"
    # someone described by a plain role is someone new
    text = "Roger Quaxerer hat in Basel eine Stiftung gegründet. Der Fahrer eines Lastwagens griff einen Polizisten an."
    ev = one(analyse(nlp, text, ents), "assault")
    assert actor(ev, "actor1") is None


def test_a_country_attacked_is_the_place_when_nothing_else_says_where(nlp):
    ents = [("Russland", "LOC"), ("Ukraine", "LOC"), ("Kiew", "LOC")]
    text = ("Russland hat die Ukraine in der Nacht zum Sonntag mit mehr als 100 Drohnen angegriffen. Die ukrainische "
            "Luftabwehr schoss nach eigenen Angaben 85 davon ab.")
    attack, defence = analyse(nlp, text, ents, found_quantities(text))
    assert (attack.type, attack.place.canonical, actor(attack, "actor2")) == ("assault", "Ukraine", "Ukraine")
    # "85 davon": the drones of the sentence before, shot down where the attack was
    assert (defence.type, defence.place.canonical, defence.count.value) == ("fight", "Ukraine", 85)
    # a dateline's city is more exact than the country
    ev = one(analyse(nlp, "KIEW – Russland hat die Ukraine mit Drohnen angegriffen.", ents))
    assert ev.place.canonical == "Kiew"


def test_a_parliaments_committee_acts_for_it(nlp):
    text = "Die Staatspolitische Kommission des Ständerates hat die Vorlage abgelehnt."
    ev = one(analyse(nlp, text, [("Ständerates", "ORG")]))
    assert (ev.type, actor(ev, "actor1")) == ("reject", "Ständerates")


def test_nicht_before_an_attributive_participle_negates_the_adjective_not_the_event(nlp):
    text = "Die Polizei in Quaxstadt hat eine nicht angemeldete Demonstration aufgelöst."
    events = analyse(nlp, text, [("Quaxstadt", "LOC")])
    assert [(e.type, e.negated) for e in events] == [("protest", False), ("coerce", False)]
    ev = one(analyse(nlp, "Die Polizei hat die Demonstration nicht aufgelöst."), "coerce")
    assert ev.negated
    ev = one(analyse(nlp, "Er hat nicht gegen Gesetze verstoßen und wurde nicht festgenommen."), "arrest")
    assert ev.negated


def test_a_bare_nicht_denies_the_verbs_event_not_the_nouns(nlp):
    for text in ("Die Polizei hat die Demonstration nicht aufgelöst.", "Die Demonstration wurde nicht aufgelöst."):
        assert [(e.type, e.negated) for e in analyse(nlp, text)] == [("protest", False), ("coerce", True)]
    # the noun's own negation, or a clause with no other event, still denies it
    assert one(analyse(nlp, "Bei der Kundgebung gab es keine Festnahmen."), "arrest").negated
    assert one(analyse(nlp, "Der Streik findet nicht statt.")).negated


@pytest.mark.parametrize("text, negated", [
    # what is not prolonged, eased or ended is there
    ("Die Regierung hat die Sanktionen gegen Quaxland nicht verlängert.", False),
    ("Die Gewerkschaft hat den Streik nicht beendet.", False),
    ("Die Regierung hat die Sanktionen gegen Quaxland nicht verschärft.", False),
    # the noun's own negation, another verb or an indefinite noun still deny it
    ("Die Regierung hat keine Sanktionen gegen Quaxland verlängert.", True),
    ("Am Montag findet der Streik nicht statt.", True),
    ("Die Polizei hat die Demonstration nicht genehmigt.", True),
])
def test_nicht_before_a_verb_that_presupposes_the_event_denies_only_the_verb(nlp, text, negated):
    ev = [e for e in analyse(nlp, text, [("Quaxland", "LOC")]) if e.type in ("sanction", "protest")][0]
    assert ev.negated is negated


@pytest.mark.parametrize("text, expected", [
    ("Die Stadt Quaxstadt hat die Kundgebung gegen die Sparpläne verboten.", ("coerce", "Quaxstadt")),
    ("Das Innenministerium hat den Verein Quaxhilfe verboten.", ("coerce", None)),
    ("Die Demonstration wurde untersagt.", ("coerce", None)),
])
def test_banning_a_rally_or_an_association_is_coercion(nlp, text, expected):
    ev = one(analyse(nlp, text, [("Quaxstadt", "LOC"), ("Quaxhilfe", "ORG")]))
    assert (ev.type, actor(ev, "actor1")) == expected


def test_what_a_ban_has_no_object_to_is_no_ban(nlp):
    assert analyse(nlp, "Das Gesetz verbietet den Verkauf von Alkohol.") == []


def test_vom_and_a_day_after_another_noun_is_that_nouns(nlp):
    # which rally was banned, not when (a Friday's article)
    ev = one(analyse(nlp, "Die Polizei hat die Kundgebung vom Samstag verboten."), "coerce")
    assert ev.date is None
    ev = one(analyse(nlp, "Die SPD kritisierte den Angriff vom Montag scharf."), "criticize")
    assert ev.date is None
    # the noun's own day, and a scene's
    assert one(analyse(nlp, "Der Streik vom Donnerstag legte den Verkehr lahm.")).date.value == date(2024, 3, 14)
    events = analyse(nlp, "Bei der Kundgebung vom Samstag wurden fünf Personen festgenommen.")
    assert one(events, "arrest").date.value == date(2024, 3, 9)


@pytest.mark.parametrize("text", [
    "Der angedrohte Warnstreik vom Donnerstag ist vom Tisch.",
    "Der angekündigte Warnstreik vom Donnerstag findet nicht statt.",
])
def test_a_planned_events_own_weekday_is_the_coming_one(nlp, text):
    ev = one(analyse(nlp, text), "protest")
    assert (ev.date.value, ev.modality, ev.negated) == (date(2024, 3, 21), "intent", True)


def test_the_clauses_nicht_denies_the_noun_not_its_attributive_participle(nlp):
    events = analyse(nlp, "Der angekündigte Warnstreik findet nicht statt.")
    assert [(e.type, e.negated) for e in events] == [("statement", False), ("protest", True)]
    # "nicht" right before the participle denies it, and makes no plan of the noun
    events = analyse(nlp, "Eine nicht angekündigte Demonstration wurde aufgelöst.")
    assert [(e.type, e.negated, e.modality) for e in events] == [
        ("statement", True, None), ("protest", False, None), ("coerce", False, None)]


def test_events_that_stayed_away_did_not_happen(nlp):
    assert one(analyse(nlp, "Die angekündigten Proteste blieben aus."), "protest").negated
    assert not one(analyse(nlp, "Die Proteste blieben friedlich."), "protest").negated


def test_an_apposition_between_a_verb_and_its_particle_ends_no_clause(nlp):
    text = "Die Quaxpolizei nahm den Mann, einen 33-jährigen Deutschen, am Sonntag in Quaxstadt fest."
    ev = one(analyse(nlp, text, [("Quaxpolizei", "ORG"), ("Quaxstadt", "LOC")]), "arrest")
    assert (actor(ev, "actor1"), ev.place.canonical, ev.date.value) == ("Quaxpolizei", "Quaxstadt", date(2024, 3, 10))
    # nor does a relative clause
    text = "Die Quaxpolizei nahm den Mann, der die Frau bedroht hatte, am Sonntag in Quaxstadt fest."
    events = analyse(nlp, text, [("Quaxpolizei", "ORG"), ("Quaxstadt", "LOC")])
    ev = one(events, "arrest")
    assert (actor(ev, "actor1"), ev.place.canonical, ev.date.value) == ("Quaxpolizei", "Quaxstadt", date(2024, 3, 10))


@pytest.mark.parametrize("text", [
    "Quaxland hat nach ukrainischen Angaben Blixstadt angegriffen.",
    "Quaxland hat nach ukrainischen Angaben die Stadt Blixstadt erneut mit Gleitbomben angegriffen.",
])
def test_a_name_after_a_told_source_is_no_part_of_it(nlp, text):
    ev = one(analyse(nlp, text, [("Quaxland", "LOC"), ("Blixstadt", "LOC")]), "assault")
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.place.canonical) == ("Quaxland", "Blixstadt", "Blixstadt")
    # a source in the genitive still tells, and is no party
    ev = one(analyse(nlp, "Nach Angaben der Polizei Blixstadt wurden zwei Männer verhaftet.",
                     [("Polizei Blixstadt", "ORG")]), "arrest")
    assert actor(ev, "actor1") is None


def test_supporting_with_money_or_arms_is_aid(nlp):
    ents = [("Quaxland", "LOC"), ("Blixonien", "LOC"), ("Quaxpartei", "ORG")]
    ev = one(analyse(nlp, "Quaxland will Blixonien mit weiteren acht Milliarden Euro unterstützen.", ents), "aid")
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.modality) == ("Quaxland", "Blixonien", "intent")
    assert analyse(nlp, "Die Quaxpartei unterstützt Blixonien mit aller Kraft.", ents) == []


@pytest.mark.parametrize("text", [
    "Ein 45-jähriger Mann ist am Landesgericht Quaxstadt zu drei Jahren Haft verurteilt worden.",
    "Der Mann wurde vor dem Landesgericht Quaxstadt zu einer bedingten Strafe verurteilt.",
])
def test_the_court_a_verdict_was_passed_at_passed_it(nlp, text):
    ev = one(analyse(nlp, text, [("Landesgericht Quaxstadt", "ORG")]), "convict")
    assert actor(ev, "actor1") == "Landesgericht Quaxstadt"


@pytest.mark.parametrize("name, canonical", [("Frankreichs", "Frankreich"), ("Quaxstadts", "Quaxstadt")])
def test_a_meeting_with_a_countrys_representatives_is_not_in_that_country(nlp, name, canonical):
    text = f"Merz will am Montag mit Vertretern {name} zusammenkommen."
    doc = nlp(text)
    start = text.index(name)
    mentions = [Mention("Merz", "PER", 0, 4, "Merz"), Mention(name, "LOC", start, start + len(name), canonical)]
    doc.ents = [doc.char_span(m.start, m.end, label=m.label) for m in mentions]
    ev = one(extract_events(doc, mentions, [], PUBLISHED), "consult")
    assert ev.place is None


@pytest.mark.parametrize("text, arrests", [
    ("Die Polizei nahm 17 Personen in Gewahrsam.", 1),
    ("17 Personen wurden in Gewahrsam genommen.", 1),
    # being in custody is no arrest
    ("Nach dem Tod eines 19-Jährigen in Polizeigewahrsam ermittelt die Staatsanwaltschaft.", 0),
    ("Der Mann befindet sich in Gewahrsam.", 0),
])
def test_custody_is_an_arrest_only_when_someone_is_taken_into_it(nlp, text, arrests):
    assert len([e for e in analyse(nlp, text) if e.type == "arrest"]) == arrests


def test_two_states_named_by_adjectives_of_one_organ_fight_each_other(nlp):
    from newsflow.nlp.state_actors import state_organs_in_text
    text = "Ukrainische und russische Soldaten kämpfen um die Stadt."
    doc = nlp(text)
    mentions = list(state_organs_in_text(text, []))
    ev = one(extract_events(doc, mentions, [], PUBLISHED), "fight")
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.place) == ("Ukraine", "Russland", None)


@pytest.mark.parametrize("text, name", [
    ("Die Grossratsfraktion der Quaxpartei hatte mit dem Referendum gedroht.", "Quaxpartei"),
    ("Die Parteispitze der Quaxpartei lehnte den Vorschlag ab.", "Quaxpartei"),
])
def test_a_partys_bodies_act_for_it(nlp, text, name):
    ev = one(analyse(nlp, text, [("Quaxpartei", "ORG")]))
    assert actor(ev, "actor1") == name


def test_a_threat_or_demand_dropped_is_no_new_one(nlp):
    text = "Die Quaxpartei hatte mit dem Referendum gedroht, liess die Drohung aber fallen."
    assert [e.trigger for e in analyse(nlp, text, [("Quaxpartei", "ORG")])] == ["gedroht"]
    assert analyse(nlp, "Die Gewerkschaft hat ihre Forderung nach mehr Lohn fallen gelassen.") == []
    # shots that fall are no dropping
    assert [e.type for e in analyse(nlp, "Bei dem Angriff fallen Schüsse.")] == ["assault"]


def test_a_mayor_of_a_town_is_no_agent_of_his_acquittal(nlp):
    text = "Der ehemalige Bürgermeister von Quaxstadt ist vom Landesgericht Blixdorf freigesprochen worden."
    ev = one(analyse(nlp, text, [("Quaxstadt", "LOC"), ("Landesgericht Blixdorf", "ORG")]), "convict")
    assert actor(ev, "actor1") == "Landesgericht Blixdorf"
    # an agent right after the auxiliary still acts
    ev = one(analyse(nlp, "Die Stadt wurde von Quaxland angegriffen.", [("Quaxland", "LOC")]), "assault")
    assert actor(ev, "actor1") == "Quaxland"


def test_investigators_act_for_their_office(nlp):
    text = "Die Ermittler des Quaxkriminalamts haben 14 Wohnungen durchsucht."
    ev = one(analyse(nlp, text, [("Quaxkriminalamts", "ORG")]), "coerce")
    assert actor(ev, "actor1") == "Quaxkriminalamts"


def test_a_states_organ_in_the_genitive_without_article_is_the_nouns_owner(nlp):
    from newsflow.nlp.state_actors import state_organs_in_text
    text = "In einer Erklärung verurteilten die Minister die Lieferung nordkoreanischer Raketen."
    doc = nlp(text)
    ev = one(extract_events(doc, list(state_organs_in_text(text, [])), [], PUBLISHED), "criticize")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == (None, "Nordkorea")
    # a noun's own attacker still acts
    text = "Bei einem Angriff russischer Truppen wurden drei Menschen getötet."
    ev = one(extract_events(nlp(text), list(state_organs_in_text(text, [])), [], PUBLISHED), "assault")
    assert actor(ev, "actor1") == "Russland"


@pytest.mark.parametrize("text", [
    "Der Kanton Quaxstadt hat gegen den Bund Beschwerde beim Bundesverwaltungsgericht eingereicht.",
    "Der Kanton Quaxstadt hat gegen den Bund Klage eingereicht.",
    "Der Kanton Quaxstadt legte Rekurs gegen den Entscheid ein.",
    "Gegen den Beschluss hat die Stadt Quaxstadt Widerspruch eingelegt.",
])
def test_a_complaint_filed_is_an_accusation_of_who_filed_it(nlp, text):
    ev = one(analyse(nlp, text, [("Quaxstadt", "LOC")]), "criticize")
    assert actor(ev, "actor1") == "Quaxstadt"


def test_complaints_about_noise_are_no_filed_complaint(nlp):
    assert analyse(nlp, "Es gab viele Beschwerden über den Lärm.") == []


def test_attacking_competitors_with_prices_is_no_assault(nlp):
    text = "Im Kampf um Marktanteile greift der Discounter Quaxmarkt die Konkurrenz mit Preissenkungen an."
    assert analyse(nlp, text, [("Quaxmarkt", "ORG")]) == []
    # customers attacked with a knife are
    ev = one(analyse(nlp, "Ein Mann griff zwei Kunden eines Supermarkts mit einem Messer an."), "assault")
    assert not ev.negated


@pytest.mark.parametrize("text, coerce", [
    ("In Quaxstadt haben Unbekannte mehrere Scheiben einer Bankfiliale eingeschlagen.", True),
    ("Unbekannte sprayten Parolen an die Fassade des Rathauses.", True),
    # a path taken, lightning
    ("Die Regierung hat einen neuen Kurs eingeschlagen.", False),
    ("Der Blitz schlug in ein Haus ein.", False),
])
def test_smashed_windows_and_sprayed_slogans_are_vandalism(nlp, text, coerce):
    assert ("coerce" in {e.type for e in analyse(nlp, text, [("Quaxstadt", "LOC")])}) is coerce


def test_a_holiday_told_in_the_past_is_the_last_one(nlp):
    # PUBLISHED is 15 March 2024: the New Year's Eve closest to it lies ahead, but the attacks are told in the past
    ev = one(analyse(nlp, "Die Angriffe in der Silvesternacht sorgten für Empörung."), "assault")
    assert (ev.date.value, ev.modality) == (date(2023, 12, 31), None)
    # a strike in December that ended (an event noun with a preterite that tells of it) was last December
    ev = one(analyse(nlp, "Der Streik im Dezember endete ohne Ergebnis."), "protest")
    assert ev.date.value == date(2023, 12, 1)


def test_aid_flown_in_is_aid(nlp):
    text = "Die Luftwaffe von Quaxland flog Hilfsgüter und Medikamente in das Erdbebengebiet."
    assert one(analyse(nlp, text, [("Quaxland", "LOC")]), "aid")
    assert analyse(nlp, "Die Maschine flog am Abend nach Quaxstadt.", [("Quaxstadt", "LOC")]) == []


@pytest.mark.parametrize("text, arrest", [
    ("Die Polizei hat in Quaxstadt eine mutmaßliche Einbrecherbande zerschlagen.", True),
    ("Ermittler zerschlugen einen internationalen Schleuserring.", True),
    ("Der Sturm zerschlug mehrere Fenster in Quaxstadt.", False),
])
def test_a_gang_broken_up_is_an_arrest(nlp, text, arrest):
    assert ("arrest" in {e.type for e in analyse(nlp, text, [("Quaxstadt", "LOC")])}) is arrest


def test_rubber_bullets_and_irritant_gas_used_are_coercion(nlp):
    for weapon in ("Gummischrot", "Reizgas"):
        ev = one(analyse(nlp, f"Die Polizei setzte in Quaxstadt {weapon} ein.", [("Quaxstadt", "LOC")]), "coerce")
        assert ev.place.canonical == "Quaxstadt"


@pytest.mark.parametrize("text, actor1", [
    ("Quaxland und Blixland hoffen auf eine baldige Einigung.", "Quaxland"),
    ("Die Hoffnung auf eine Einigung zwischen Quaxland und Blixland wächst.", "Quaxland"),
    # who hopes for a release does not release anyone
    ("Quaxland hofft auf die Freilassung der Geiseln.", None),
])
def test_an_event_hoped_for_is_only_possible(nlp, text, actor1):
    ev = one(analyse(nlp, text, [("Quaxland", "LOC"), ("Blixland", "LOC")]))
    assert (ev.modality, actor(ev, "actor1")) == ("possible", actor1)
    # one that came is no hope
    assert one(analyse(nlp, "Die Einigung zwischen Quaxland und Blixland kam am Montag.",
                       [("Quaxland", "LOC"), ("Blixland", "LOC")])).modality is None


@pytest.mark.parametrize("text, release", [
    ("Die Hamas hat drei weitere Geiseln an das Rote Kreuz übergeben.", True),
    ("Die Hamas übergab die Leichen von vier Geiseln.", False),  # the dead are released by nobody
    ("Der Minister übergab den Bericht an das Parlament.", False),
])
def test_hostages_handed_over_are_released(nlp, text, release):
    events = analyse(nlp, text, [("Hamas", "ORG")], found_quantities(text))
    assert ("release" in {e.type for e in events}) is release
    if release:
        ev = one(events, "release")
        assert (actor(ev, "actor1"), ev.count.value) == ("Hamas", 3)


@pytest.mark.parametrize("text, assault", [
    ("In Quaxstadt ist ein Mann mit einem Auto in eine Menschenmenge gefahren.", True),
    ("Ein Lastwagen fuhr in den Weihnachtsmarkt von Quaxstadt.", True),
    ("Wir fahren am Wochenende in die Stadt.", False),
])
def test_driving_into_a_crowd_is_an_assault(nlp, text, assault):
    assert ("assault" in {e.type for e in analyse(nlp, text, [("Quaxstadt", "LOC")])}) is assault


@pytest.mark.parametrize("text, actor1", [
    ("Kanzler Quaxler reiste nach Blixstadt. Er traf dort Anna Blix.", "Quaxler"),
    ("Innenministerin Quaxler reiste nach Blixstadt. Sie traf dort Anna Blix.", "Quaxler"),
    # the office says a woman; "er" is someone else
    ("Innenministerin Quaxler reiste nach Blixstadt. Er traf dort Anna Blix.", None),
    # with no office, a surname alone tells no gender
    ("Quaxler reiste nach Blixstadt. Er traf dort Anna Blix.", None),
])
def test_an_office_before_a_surname_tells_the_pronoun(nlp, text, actor1):
    events = analyse(nlp, text, [("Quaxler", "PER"), ("Blixstadt", "LOC"), ("Anna Blix", "PER")])
    ev = next(e for e in events if e.trigger == "traf")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == (actor1, "Anna Blix")


def test_a_scenes_opponent_is_no_target(nlp):
    entities = [("Quaxler", "PER"), ("Blixstadt", "ORG")]
    text = "Quaxler hat nach der Niederlage gegen Blixstadt Kritik an den Schiedsrichtern geübt."
    ev = one(analyse(nlp, text, entities), "criticize")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Quaxler", None)
    text = "Nach der Niederlage gegen Blixstadt hat Quaxler die Schiedsrichter kritisiert."
    ev = one(analyse(nlp, text, entities), "criticize")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Quaxler", None)
    # a target of the clause's own noun stays one
    ev = one(analyse(nlp, "Quaxler hat Kritik an Blixstadt geübt.", entities), "criticize")
    assert actor(ev, "actor2") == "Blixstadt"


def test_a_genitive_before_an_event_noun_owns_it(nlp):
    text = "Nach Quaxlands Angriff hat die EU Sanktionen verhängt."
    mentions = [Mention("Quaxlands", "LOC", 5, 14, "Quaxland"), Mention("EU", "ORG", 31, 33, "EU")]
    events = extract_events(nlp(text), mentions, [], PUBLISHED)
    assert actor(one(events, "assault"), "actor1") == "Quaxland"
    assert actor(one(events, "sanction"), "actor1") == "EU"


def test_an_event_nouns_own_genitive_acts_whatever_the_subject_does_with_it(nlp):
    entities = [("Quaxland", "LOC"), ("Blixstadt", "LOC"), ("Blixfront", "ORG")]
    text = "Quaxland hat einen Angriff der Blixfront auf Blixstadt abgewehrt."
    ev = one(analyse(nlp, text, entities), "assault")
    assert actor(ev, "actor1") == "Blixfront"
    # who adopts another's measure imposes it
    for text in ("Quaxland übernimmt das Sanktionspaket der EU.", "Quaxland schliesst sich den Sanktionen der EU an."):
        ev = one(analyse(nlp, text, [("Quaxland", "LOC"), ("EU", "ORG")]))
        assert actor(ev, "actor1") == "Quaxland"


def test_an_attack_that_hit_a_town_is_no_meeting(nlp):
    events = analyse(nlp, "Ein Angriff russischer Truppen traf Blixstadt.", [("Blixstadt", "LOC")])
    assert [e.type for e in events] == ["assault"]
    events = analyse(nlp, "Nach dem Angriff traf Quaxler Anna Blix in Blixstadt.",
                     [("Quaxler", "PER"), ("Anna Blix", "PER"), ("Blixstadt", "LOC")])
    assert actor(one(events, "consult"), "actor2") == "Anna Blix"


def test_a_pronoun_the_subject_before_does_not_fit_is_the_one_person_named_there(nlp):
    entities = [("Quaxwehr", "ORG"), ("Quaxler", "PER")]
    text = "Die Quaxwehr soll nach dem Willen von Verteidigungsminister Quaxler wachsen. Er kündigte neue Stellen an."
    assert actor(one(analyse(nlp, text, entities)), "actor1") == "Quaxler"
    # "sie" still fits the organization that was the subject
    text = "Die Quaxwehr soll nach dem Willen von Verteidigungsminister Quaxler wachsen. Sie kündigte neue Stellen an."
    assert actor(one(analyse(nlp, text, entities)), "actor1") == "Quaxwehr"


def test_hackers_who_paralyse_websites_attack(nlp):
    ev = one(analyse(nlp, "Hacker haben die Webseiten mehrerer Ministerien in Quaxland lahmgelegt.",
                     [("Quaxland", "LOC")]), "assault")
    assert ev.place.canonical == "Quaxland"
    # a strike that paralyses an airport is no attack
    assert "assault" not in {e.type for e in analyse(nlp, "Ein Streik legte den Flughafen lahm.")}


def test_tariffs_lowered_under_a_possessive_are_eased_not_imposed(nlp):
    text = "Quaxland und Blixland einigten sich auf eine Senkung ihrer gegenseitigen Zölle."
    types = [e.type for e in analyse(nlp, text, [("Quaxland", "LOC"), ("Blixland", "LOC")])]
    assert "ease" in types and "sanction" not in types


@pytest.mark.parametrize("clause", [
    "die einen Anschlag auf ein Konzert geplant haben sollen",
    "die an einem Angriff beteiligt gewesen sein sollen",
    "die einen Mann angegriffen hatten",
])
def test_what_the_arrested_are_said_to_have_done_is_not_dated_by_the_arrest(nlp, clause):
    text = f"Die Polizei hat am Montag drei Männer festgenommen, {clause}."
    events = analyse(nlp, text, quantities=found_quantities(text))
    arrest, assault = one(events, "arrest"), one(events, "assault")
    assert arrest.date.value == date(2024, 3, 11) and arrest.count.value == 3
    assert (assault.date, assault.count) == (None, None)
    assert assault.modality == ("alleged" if "sollen" in clause else None)


def test_water_cannon_brought_into_action_is_coercion(nlp):
    text = "Die Polizei löste die Kundgebung in Quaxstadt auf. Dabei kamen Wasserwerfer und Tränengas zum Einsatz."
    assert [e.type for e in analyse(nlp, text, [("Quaxstadt", "LOC")])].count("coerce") == 2
    assert analyse(nlp, "Der Einsatz der Feuerwehr dauerte bis zum Morgen.") == []


def test_a_protest_compound_broken_up_and_a_headlines_arrest_count(nlp):
    events = analyse(nlp, "Polizei löst Klimaprotest am Flughafen auf – 30 Festnahmen", quantities=[
        ("30 Festnahmen", 30, "Festnahmen", None, False)])
    assert sorted(e.type for e in events) == ["arrest", "coerce", "protest"]
    # the arrests' own noun counts them, not the protest
    assert one(events, "protest").count is None and one(events, "arrest").count.value == 30
    assert analyse(nlp, "Die Regierung löste das Parlament auf, die Demokratie leidet.") == []


def test_a_mans_object_pronoun_after_the_same_subject_is_the_man_acted_on_before(nlp):
    entities = [("Anton Quaxler", "PER"), ("Peter Blix", "PER"), ("Anna Blix", "PER")]
    text = "Anton Quaxler hat Peter Blix zum Rücktritt aufgefordert. Er warf ihm vor, versagt zu haben."
    ev = next(e for e in analyse(nlp, text, entities) if e.trigger == "warf")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Anton Quaxler", "Peter Blix")
    # a woman acted on is no "ihm"
    text = "Anton Quaxler hat Anna Blix zum Rücktritt aufgefordert. Er warf ihm vor, versagt zu haben."
    ev = next(e for e in analyse(nlp, text, entities) if e.trigger == "warf")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Anton Quaxler", None)


def test_a_governments_stimulus_for_its_own_economy_is_no_aid(nlp):
    text = "Die Regierung von Quaxland kündigte neue Konjunkturhilfen an."
    assert "aid" not in {e.type for e in analyse(nlp, text, [("Quaxland", "LOC")])}
    text = "Die EU kündigte neue Hilfen für Quaxland an."
    assert "aid" in {e.type for e in analyse(nlp, text, [("Quaxland", "LOC"), ("EU", "ORG")])}


@pytest.mark.parametrize("text, mediators", [
    ("Vermittelt hatten Quaxland und Blixland einen Gefangenenaustausch.", ["Quaxland", "Blixland"]),
    ("Quaxland hatte die Waffenruhe vermittelt.", ["Quaxland"]),
    ("Quaxland vermittelte zwischen Blixland und der Hamas.", ["Quaxland"]),
])
def test_a_truce_or_an_exchange_brokered_is_mediation_without_zwischen(nlp, text, mediators):
    events = analyse(nlp, text, [("Quaxland", "LOC"), ("Blixland", "LOC"), ("Hamas", "ORG")])
    # the mediator made no truce or exchange of its own
    assert [e.type for e in events] == ["mediate"]
    assert actors_of(events[0], "actor1") == mediators
    assert analyse(nlp, "Das Arbeitsamt vermittelte 300 Stellen.") == []


@pytest.mark.parametrize("text, arrest", [
    ("Die Polizei hat in Quaxstadt nach einer Verfolgungsjagd einen 29-jährigen Autodieb gestellt.", True),
    ("Beamte stellten den Verdächtigen in einem Hinterhof.", True),
    # seized at, surrendered, applied for
    ("Die Polizei stellte beim Täter Drogen sicher.", False),
    ("Der Täter stellte sich am Abend der Polizei.", False),
    ("Der 45-Jährige stellte einen Antrag auf Asyl.", False),
])
def test_a_suspect_cornered_is_arrested(nlp, text, arrest):
    assert ("arrest" in {e.type for e in analyse(nlp, text, [("Quaxstadt", "LOC")])}) is arrest


@pytest.mark.parametrize("text, day", [
    # PUBLISHED is Friday 15 March 2024: what is called off has not come yet
    ("Die Kundgebung am Samstag wurde abgesagt.", date(2024, 3, 16)),
    ("Der Warnstreik vom Donnerstag wurde abgesagt.", date(2024, 3, 21)),
    # ... but one told as called off before may be past, and one that took place is
    ("Die Kundgebung am Samstag war abgesagt worden.", date(2024, 3, 9)),
    ("Die Kundgebung am Samstag fand statt.", date(2024, 3, 9)),
])
def test_an_event_called_off_is_the_coming_one(nlp, text, day):
    ev = one(analyse(nlp, text), "protest")
    assert ev.date.value == day
    assert ev.negated is ("statt" not in text)


def test_an_event_called_off_with_the_particle_closing_the_clause_did_not_happen(nlp):
    ev = one(analyse(nlp, "Quaxverdi sagte den Streik ab.", [("Quaxverdi", "ORG")]), "protest")
    assert ev.negated
    assert not one(analyse(nlp, "Quaxverdi sagte, der Streik gehe weiter.", [("Quaxverdi", "ORG")]), "protest").negated


def test_a_motion_of_no_confidence_brought_is_criticism_of_its_target(nlp):
    entities = [("Quaxpartei", "ORG"), ("Anton Quaxler", "PER")]
    text = "Die Quaxpartei hat einen Misstrauensantrag gegen Innenminister Anton Quaxler eingebracht."
    ev = one(analyse(nlp, text, entities), "criticize")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Quaxpartei", "Anton Quaxler")
    assert analyse(nlp, "Der Misstrauensantrag scheiterte im Parlament.") == []


def test_a_participle_closes_its_conjunct_before_und_and_the_next_verbs_objects(nlp):
    text = "Die Polizei hatte Tränengas eingesetzt und mehr als 100 Menschen festgenommen."
    events = analyse(nlp, text, quantities=found_quantities(text))
    # the hundred were arrested; no count of the tear gas
    assert one(events, "arrest").count.value == 100 and one(events, "coerce").count is None
    text = "Quaxland hat Blixstadt angegriffen und zwölf Menschen getötet."
    events = analyse(nlp, text, [("Quaxland", "LOC"), ("Blixstadt", "LOC")], found_quantities(text))
    assert one(events, "assault").count is None and actor(one(events, "assault"), "actor2") == "Blixstadt"
    kill = one(events, "kill")
    assert (actor(kill, "actor1"), actor(kill, "actor2"), kill.count.value) == ("Quaxland", None, 12)


def test_what_a_person_is_tells_the_pronoun_as_an_office_does(nlp):
    entities = [("Quaxler", "PER"), ("Quaxstadt", "ORG")]
    text = "Die Staatsanwaltschaft hat Anklage gegen den Immobilieninvestor Quaxler erhoben. Ihm wird Betrug vorgeworfen."
    ev = next(e for e in analyse(nlp, text, entities) if e.trigger == "vorgeworfen")
    assert actor(ev, "actor2") == "Quaxler"


def test_a_crowd_coming_together_is_no_meeting(nlp):
    assert analyse(nlp, "Allein in Quaxstadt kamen nach Polizeiangaben 80.000 Menschen zusammen.",
                   [("Quaxstadt", "LOC")]) == []
    assert one(analyse(nlp, "Die Außenminister kamen in Quaxstadt zusammen.", [("Quaxstadt", "LOC")])).type == "consult"


def test_an_attack_named_for_its_town_happened_there(nlp):
    ev = one(analyse(nlp, "Nach dem Messerangriff von Quaxstadt wurde Anklage erhoben.", [("Quaxstadt", "LOC")]),
             "assault")
    assert (ev.place.canonical, actor(ev, "actor1")) == ("Quaxstadt", None)
    # a country after "von" attacks
    ev = one(analyse(nlp, "Der Angriff von Russland auf die Ukraine dauert an.", [("Russland", "LOC"), ("Ukraine", "LOC")]))
    assert actor(ev, "actor1") == "Russland"


def test_farmers_paralysing_traffic_with_tractors_protest(nlp):
    text = "In Quaxland haben Landwirte mit Traktoren den Verkehr lahmgelegt."
    assert one(analyse(nlp, text, [("Quaxland", "LOC")])).type == "protest"
    assert analyse(nlp, "Ein Unfall legte den Verkehr lahm.") == []


def test_a_name_of_two_words_closes_a_phrase_too(nlp):
    entities = [("Quaxler", "PER"), ("Bayer Blixkusen", "ORG")]
    text = "Quaxler hat nach der Niederlage gegen Bayer Blixkusen Kritik an den Schiedsrichtern geübt."
    ev = one(analyse(nlp, text, entities), "criticize")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Quaxler", None)


def test_an_event_nouns_genitive_owner_behind_an_adjective_acts(nlp):
    text = "In Quaxstadt nahmen Tausende an einer Kundgebung der rechtsextremen Freien Quaxen teil."
    ev = one(analyse(nlp, text, [("Quaxstadt", "LOC"), ("Freien Quaxen", "ORG")]), "protest")
    assert actor(ev, "actor1") == "Freien Quaxen"


@pytest.mark.parametrize("text, type_, actor1, actor2", [
    ("Die Quaxkommission hat gegen Blixco eine Strafe von 1,8 Milliarden Euro verhängt.", "sanction", "Quaxkommission",
     "Blixco"),
    ("Das Quaxkartellamt verhängte gegen Blixco Bußgelder in Höhe von 280 Millionen Euro.", "sanction",
     "Quaxkartellamt", "Blixco"),
    # Swiss "büssen" with a sum is to fine
    ("Die Quaxkommission hat Blixco mit 12 Millionen Franken gebüßt.", "sanction", "Quaxkommission", "Blixco"),
    # a court's fine or prison term is a sentence
    ("Das Amtsgericht Quaxstadt verhängte gegen den Fahrer eine Geldstrafe.", "convict", "Amtsgericht Quaxstadt", None),
])
def test_a_fine_imposed_is_a_sanction_and_a_courts_a_sentence(nlp, text, type_, actor1, actor2):
    entities = [("Quaxkommission", "ORG"), ("Quaxkartellamt", "ORG"), ("Blixco", "ORG"), ("Amtsgericht Quaxstadt", "ORG")]
    ev = one(analyse(nlp, text, entities, found_quantities(text)))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == (type_, actor1, actor2)
    if "Euro" in text or "Franken" in text:
        assert ev.count is not None and ev.count.value >= 12_000_000


@pytest.mark.parametrize("text, actor1, actor2", [
    ("Die Blixbank muss eine Busse von 511 Millionen Dollar bezahlen.", None, "Blixbank"),
    # whoever is paid fined the payer
    ("Blixco zahlte an die Quaxkommission eine Strafe von 2,4 Milliarden Euro.", "Quaxkommission", "Blixco"),
])
def test_who_pays_a_fine_was_fined(nlp, text, actor1, actor2):
    entities = [("Quaxkommission", "ORG"), ("Blixco", "ORG"), ("Blixbank", "ORG")]
    ev = one(analyse(nlp, text, entities, found_quantities(text)))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("sanction", actor1, actor2)
    assert ev.count is not None and ev.count.value >= 500_000_000


def test_what_is_no_fine_is_not_imposed_or_atoned(nlp):
    assert analyse(nlp, "Für seine Fehler wird er büßen müssen.") == []
    assert analyse(nlp, "Die Stadt verhängte eine Ausgangssperre.") == []
    # wages and a court's fine paid are no authority's sanction
    assert analyse(nlp, "Die Firma zahlt ihren Mitarbeitern eine Prämie.") == []
    assert analyse(nlp, "Der Angeklagte muss eine Geldstrafe von 3600 Euro zahlen.") == []


def test_sie_behind_a_singular_verb_after_an_organization_is_it(nlp):
    entities = [("Quaxer Stadtpolizei", "ORG")]
    text = "Die Quaxer Stadtpolizei hat eine Kundgebung aufgelöst. Dabei setzte sie Gummischrot ein."
    ev = next(e for e in analyse(nlp, text, entities) if e.trigger == "setzte")
    assert actor(ev, "actor1") == "Quaxer Stadtpolizei"
    # a plural verb's "sie" may be the crowd the organization acted on
    text = "Die Quaxregierung verhängte Sanktionen gegen die Rebellen. Daraufhin griffen sie die Hauptstadt an."
    ev = next(e for e in analyse(nlp, text, [("Quaxregierung", "ORG")]) if e.trigger == "griffen")
    assert actor(ev, "actor1") is None


def test_pelting_with_incendiaries_or_stones_is_an_assault(nlp):
    text = "Unbekannte haben in der Nacht zum Dienstag eine Synagoge in Quaxstadt mit einem Brandsatz beworfen."
    ev = one(analyse(nlp, text, [("Quaxstadt", "LOC")]))
    assert (ev.type, ev.place.canonical, ev.date.value) == ("assault", "Quaxstadt", date(2024, 3, 12))
    assert analyse(nlp, "Er wurde mit Tomaten beworfen.") == []


@pytest.mark.parametrize("text, found", [
    ("Der Quaxer Staatsschutz ermittelt.", True),
    ("Die Polizei ermittelt in alle Richtungen.", True),
    # to find out a fact is no investigation
    ("Die Polizei ermittelte die Identität des Mannes.", False),
    ("Die Forscher ermittelten den Wert.", False),
])
def test_an_investigating_authority_investigates_with_no_object(nlp, text, found):
    assert [e.type for e in analyse(nlp, text)] == (["investigate"] if found else [])


def test_a_verdict_pleaded_for_has_not_come(nlp):
    events = analyse(nlp, "Die Verteidigung plädierte auf Freispruch.")
    assert [e.type for e in events] == ["demand"]


def test_one_dead_persons_identity_is_no_killing(nlp):
    assert analyse(nlp, "Die Polizei ermittelte die Identität des Toten.") == []
    assert analyse(nlp, "Bei dem Toten handelt es sich um einen 40-Jährigen.") == []
    assert one(analyse(nlp, "Bei dem Anschlag gab es drei Tote.", [], found_quantities("drei Tote")), "kill").count.value == 3


def test_who_calls_off_an_event_calls_off_their_own(nlp):
    entities = [("Quaxjahu", "PER"), ("Washington", "LOC")]
    ev = one(analyse(nlp, "Der Ministerpräsident Quaxjahu hat einen Besuch in Washington abgesagt.", entities))
    assert (ev.type, ev.negated, actor(ev, "actor1")) == ("consult", True, "Quaxjahu")
    # who averts one does not do it
    ev = one(analyse(nlp, "Die Quaxpolizei hat einen Anschlag verhindert.", [("Quaxpolizei", "ORG")]))
    assert (ev.negated, actor(ev, "actor1")) == (True, None)


def test_the_second_of_two_after_zwischen_is_in_that_phrase_whatever_the_first_is(nlp):
    text = "Bei Krawallen nach dem Derby zwischen Quax 04 und Blixmund wurden 23 Beamte verletzt."
    ev = one(analyse(nlp, text, [("Blixmund", "LOC")]))
    assert (ev.type, actor(ev, "actor1")) == ("protest", None)


@pytest.mark.parametrize("text", [
    "Die Polizei hat am Dienstagmorgen einen 52-jährigen Mann verhaftet, der verdächtigt wird, seine Ehefrau getötet zu haben.",
    "Am Dienstag stand er im Verdacht, seine Ehefrau getötet zu haben.",
])
def test_a_suspected_act_is_alleged_and_not_dated_by_the_suspicion(nlp, text):
    ev = one(analyse(nlp, text), "kill")
    assert (ev.modality, ev.date) == ("alleged", None)


def test_a_perfect_infinitive_keeps_only_its_own_date(nlp):
    events = analyse(nlp, "Am Montag wurde ihm vorgeworfen, einen Polizisten angegriffen zu haben.")
    assert one(events, "criticize").date.value == date(2024, 3, 11)
    assert one(events, "assault").date is None
    ev = one(analyse(nlp, "Er bestritt am Montag, im Mai einen Polizisten angegriffen zu haben."), "assault")
    assert ev.date.value == date(2023, 5, 1)


def test_what_is_decided_to_be_done_is_intended(nlp):
    ev = one(analyse(nlp, "Die Partei beschloss am Montag, am Samstag zu demonstrieren."))
    assert (ev.modality, ev.date.value) == ("intent", date(2024, 3, 16))
    # sanctions prolonged are in force
    ev = one(analyse(nlp, "Die Quaxunion hat beschlossen, die Sanktionen gegen Blixland zu verlängern.",
                     [("Quaxunion", "ORG"), ("Blixland", "LOC")]))
    assert (ev.modality, actor(ev, "actor1")) == (None, "Quaxunion")


def test_a_passive_with_no_named_subject_acts_on_the_party_its_phrase_names(nlp):
    ev = one(analyse(nlp, "40 Panzer sollen an die Quaxraine geliefert werden.", [("Quaxraine", "LOC")],
                     found_quantities("40 Panzer")))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("aid", None, "Quaxraine")
    ev = one(analyse(nlp, "Es wurde gegen die QfD protestiert.", [("QfD", "ORG")]))
    assert actor(ev, "actor2") == "QfD"


def test_a_wie_clause_of_report_keeps_its_date_to_itself(nlp):
    text = "Wie das Ministerium am Donnerstag mitteilte, sollen 40 Panzer an die Quaxraine geliefert werden."
    events = analyse(nlp, text, [("Quaxraine", "LOC")])
    assert one(events, "statement").date.value == date(2024, 3, 14)
    assert one(events, "aid").date is None


@pytest.mark.parametrize("text, found", [
    ("Rebellen haben die Stadt Quaxoma eingenommen.", True),
    ("Russische Truppen haben das Dorf Quaxiwka erobert.", True),
    ("Nach der Eroberung von Quaxiwka rückten die Truppen vor.", True),
    ("Der FC Quax eroberte die Tabellenspitze.", False),
    ("Die Sängerin eroberte die Herzen des Publikums.", False),
    ("Er nahm seine Medikamente ein.", False),
    ("Die Partei hat drei Sitze erobert.", False),
])
def test_taking_a_town_is_fighting(nlp, text, found):
    assert [e.type for e in analyse(nlp, text)] == (["fight"] if found else [])


@pytest.mark.parametrize("text", [
    "Im Süden von Quaxanon sind nach Angaben des Gesundheitsministeriums in Blixrut zwölf Menschen getötet worden.",
    "Nach Angaben des Roten Kreuzes in Blixrut wurden in Quaxanon zwölf Menschen getötet.",
])
def test_a_sources_seat_is_not_where_it_happened(nlp, text):
    ev = one(analyse(nlp, text, [("Quaxanon", "LOC"), ("Blixrut", "LOC")]))
    assert ev.place.canonical == "Quaxanon"


def test_sie_after_a_state_organ_named_for_its_country_is_the_organ(nlp):
    from newsflow.nlp.records import ActorMention

    text = "Die quaxische Armee erklärte, sie habe eine Kommandozentrale der Blixbollah angegriffen."
    doc = nlp(text)
    organ = ActorMention("quaxische Armee", "LOC", 4, 19, "Quaxien")
    group = Mention("Blixbollah", "ORG", text.index("Blixbollah"), text.index("Blixbollah") + 10, "Blixbollah")
    doc.ents = [doc.char_span(group.start, group.end, label="ORG")]
    ev = next(e for e in extract_events(doc, [organ, group], [], PUBLISHED) if e.type == "assault")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Quaxien", "Blixbollah")


def test_thanks_are_praise_and_the_thanked_gave_the_help(nlp):
    entities = [("Quaxenskyj", "PER"), ("Blixland", "LOC")]
    ev = one(analyse(nlp, "Quaxenskyj dankte Blixland für die Unterstützung.", entities))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("praise", "Quaxenskyj", "Blixland")
    ev = one(analyse(nlp, "Quaxenskyj bedankte sich bei Blixland für die Hilfe.", entities))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2"), ev.place) == ("praise", "Quaxenskyj", "Blixland", None)
    ev = one(analyse(nlp, "Für die Hilfe dankte Quaxenskyj Blixland.", entities), "aid")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Blixland", "Quaxenskyj")
    # a bare "danke" in a quote is no act of thanks
    assert [e.type for e in analyse(nlp, "«Nein, danke», sagte er.")] == ["statement"]


def test_two_phrases_are_no_list_without_a_comma_or_und(nlp):
    text = "Mehr als 50 Staaten haben auf einer Konferenz in Quaxis dem Blixan Hilfe zugesagt."
    ev = one(analyse(nlp, text, [("Quaxis", "LOC"), ("Blixan", "LOC")]))
    assert (ev.place.canonical, actor(ev, "actor2")) == ("Quaxis", "Blixan")


def test_warplanes_sent_near_an_island_are_no_aid(nlp):
    assert analyse(nlp, "Quaxing schickte 30 Kampfflugzeuge in die Nähe der Insel.", [("Quaxing", "LOC")]) == []
    ev = one(analyse(nlp, "Die Quaxwehr schickt 50 Helfer und Zelte in die Türkei.", [("Quaxwehr", "ORG"), ("Türkei", "LOC")]))
    assert (ev.type, actor(ev, "actor2")) == ("aid", "Türkei")


@pytest.mark.parametrize("text, type_", [
    ("Der Kanton Quax hat einen Asylbewerber nach Blixerien ausgeschafft.", "coerce"),
    ("Die Ausschaffung nach Blixerien scheiterte.", "coerce"),
    ("Die Revolutionsgarden haben einen Öltanker im Golf von Quax festgesetzt.", "coerce"),
    ("Die Regierung hat den quaxischen Botschafter ins Außenministerium zitiert.", "criticize"),
])
def test_swiss_and_austrian_words_for_deporting_seizing_and_summoning(nlp, text, type_):
    assert [e.type for e in analyse(nlp, text)] == [type_]


def test_an_envoy_summoned_in_the_passive_is_acted_on(nlp):
    # (the participle "einbestellt" is also a joined finite form: beside "wurde" it is the participle)
    text = "Der Quaxer Botschafter wurde von Blixland einbestellt."
    ev = one(analyse(nlp, text, [("Quaxer Botschafter", "LOC"), ("Blixland", "LOC")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("criticize", "Blixland", "Quaxer Botschafter")
    # the ministry he is summoned to summoned him
    text = "Der Botschafter Quaxlands wurde ins Blixer Außenministerium einbestellt."
    ev = one(analyse(nlp, text, [("Quaxlands", "LOC"), ("Blixer Außenministerium", "ORG")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Blixer Außenministerium", "Quaxlands")


def test_a_participle_between_article_and_noun_is_none_of_the_clauses_parties(nlp):
    text = "Der Quaxrat hat die Ausschaffung eines verurteilten Drogendealers angeordnet."
    events = analyse(nlp, text, [("Quaxrat", "ORG")])
    ev = next(e for e in events if e.trigger == "verurteilten")
    # a convicted man, no condemnation, and the council convicted nobody
    assert (ev.type, ev.actors) == ("convict", ())
    ev = one(analyse(nlp, "Quaxland verurteilten Blixland scharf.", [("Quaxland", "LOC"), ("Blixland", "LOC")]))
    assert (ev.type, actor(ev, "actor1")) == ("criticize", "Quaxland")


def test_quoting_an_ambassador_is_no_summons(nlp):
    assert analyse(nlp, "Der Journalist zitierte den Botschafter in seinem Artikel.") == []


def test_a_partys_posters_defaced_are_hit(nlp):
    text = "In Quaxtirol haben Unbekannte in der Nacht auf Samstag mehrere Wahlplakate der QPÖ beschmiert."
    ev = one(analyse(nlp, text, [("Quaxtirol", "LOC"), ("QPÖ", "ORG")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2"), ev.place.canonical) == ("coerce", None, "QPÖ", "Quaxtirol")


@pytest.mark.parametrize("second", [
    "Zu der Tat bekannte sich die Terrorgruppe Quaxo Haram.",
    "Quaxo Haram reklamierte den Anschlag für sich.",
    "Quaxo Haram übernahm die Verantwortung.",
])
def test_who_claims_a_deed_did_it(nlp, second):
    text = "Bei einem Anschlag auf eine Polizeistation in Quaxdugu wurden zwölf Beamte getötet. " + second
    events = analyse(nlp, text, [("Quaxdugu", "LOC"), ("Quaxo Haram", "ORG")], found_quantities(text))
    # the claimed deed is the one told before, no second
    assert sorted((e.type, actor(e, "actor1")) for e in events) == [("assault", "Quaxo Haram"), ("kill", "Quaxo Haram")]


def test_a_claim_reaches_the_deed_over_one_sentence_between(nlp):
    text = ("Bei einem Messerangriff in Quaxingen hat ein Mann drei Menschen getötet. Der Täter stellte sich der Polizei. "
            "Die Terrormiliz Quaxo Haram reklamierte die Tat für sich.")
    events = analyse(nlp, text, [("Quaxingen", "LOC"), ("Quaxo Haram", "ORG")], found_quantities(text))
    assert sorted((e.type, actor(e, "actor1")) for e in events) == [("assault", "Quaxo Haram"), ("kill", "Quaxo Haram")]
    # ... but not over three
    text = ("Bei einem Messerangriff in Quaxingen hat ein Mann drei Menschen getötet. Der Täter stellte sich der Polizei. "
            "Die Stadt trauert. Viele Menschen legten Blumen nieder. Die Terrormiliz Quaxo Haram reklamierte die Tat für sich.")
    events = analyse(nlp, text, [("Quaxingen", "LOC"), ("Quaxo Haram", "ORG")], found_quantities(text))
    assert all(actor(e, "actor1") is None for e in events)


def test_a_claim_of_something_else_claims_no_deed(nlp):
    text = "Bei einem Anschlag in Quaxdugu wurden zwölf Menschen getötet. Die Quaxpartei bekannte sich zu Reformen."
    events = analyse(nlp, text, [("Quaxdugu", "LOC"), ("Quaxpartei", "ORG")])
    assert all(actor(e, "actor1") is None for e in events)


def test_a_protest_framing_the_time_took_place(nlp):
    text = "Die Polizei hat am Rande einer Demonstration in Quaxstadt 38 Personen festgenommen."
    events = analyse(nlp, text, [("Quaxstadt", "LOC")], found_quantities(text))
    assert sorted(e.type for e in events) == ["arrest", "protest"]
    # ... but not before it
    events = analyse(nlp, "Im Vorfeld der Demonstration nahm die Polizei zwei Männer fest.")
    assert [e.type for e in events] == ["arrest"]


def test_charges_listed_before_a_crime_are_charges_too(nlp):
    text = "Gegen sie wird wegen Volksverhetzung und tätlichen Angriffs auf Vollstreckungsbeamte ermittelt."
    assert [e.type for e in analyse(nlp, text)] == ["investigate"]


def test_gluing_oneself_to_the_road_is_a_protest(nlp):
    text = "Aktivisten der Quaxgeneration haben sich am Montag auf der Ringstraße festgeklebt."
    ev = one(analyse(nlp, text, [("Quaxgeneration", "ORG")]))
    assert (ev.type, actor(ev, "actor1")) == ("protest", "Quaxgeneration")
    assert analyse(nlp, "Das Etikett klebt fest.") == []


def test_a_minister_taking_political_responsibility_claims_no_deed(nlp):
    text = ("Bei einem Anschlag in Quaxdugu wurden zwölf Menschen getötet. Das Quaxministerium übernahm die politische "
            "Verantwortung.")
    assert all(actor(e, "actor1") is None for e in analyse(nlp, text, [("Quaxdugu", "LOC"), ("Quaxministerium", "ORG")]))


def test_what_is_permitted_is_only_possible(nlp):
    ev = one(analyse(nlp, "Künftig sollen Quaxer Rüstungsfirmen Waffen auch in Länder liefern dürfen."))
    assert (ev.type, ev.modality) == ("aid", "possible")


def test_a_noun_making_the_verbs_phrase_counts_its_own(nlp):
    text = "Nach Ausschreitungen in Quaxgart hat die Polizei 228 Personen in Gewahrsam genommen."
    events = analyse(nlp, text, [("Quaxgart", "LOC")], found_quantities(text))
    assert {e.type: e.count and e.count.value for e in events} == {"protest": None, "arrest": 228}


def test_er_behind_a_finite_modal_is_the_subject(nlp):
    text = "Bundeskanzler Olaf Quaxolz bricht zu einer Reise auf. In Quaxking will er Staatschef Xi Quaxping treffen."
    ev = one(analyse(nlp, text, [("Olaf Quaxolz", "PER"), ("Quaxking", "LOC"), ("Xi Quaxping", "PER")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.modality) == ("Olaf Quaxolz", "Xi Quaxping", "intent")


@pytest.mark.parametrize("text, actors1", [
    ("Die QVP und Teile der Quaxmitte stimmten dagegen.", ["QVP", "Quaxmitte"]),
    ("Die QVP stimmte gegen die Vorlage.", ["QVP"]),
    ("Die Mehrheit der QDP lehnte die Vorlage ab.", ["QDP"]),
])
def test_voting_against_is_rejecting_and_a_part_acts_for_its_party(nlp, text, actors1):
    ev = one(analyse(nlp, text, [("QVP", "ORG"), ("Quaxmitte", "ORG"), ("QDP", "ORG")]))
    assert (ev.type, actors_of(ev, "actor1")) == ("reject", actors1)


def test_a_tally_is_no_vote_against(nlp):
    assert [e.type for e in analyse(nlp, "Der Rat stimmte mit 120 gegen 60 Stimmen zu.")] == ["agree"]


def test_an_open_question_is_only_possible(nlp):
    ev = one(analyse(nlp, "Ob es zu einem Treffen zwischen Quaxin und Blixenskyj kommt, ist offen.",
                     [("Quaxin", "PER"), ("Blixenskyj", "PER")]))
    assert (ev.type, ev.modality) == ("consult", "possible")


@pytest.mark.parametrize("text", [
    "Der FC Quax hat den Angriff des Gegners in der Schlussphase abgewehrt und gewinnt mit 1:0.",
    "Mit einem Angriff über die linke Seite erzielte Quaxiala das 2:0.",
    "Die Quaxern attackierten früh und ließen Blixkusen kaum Zeit.",
])
def test_an_attack_on_the_pitch_is_no_assault(nlp, text):
    assert analyse(nlp, text, [("FC Quax", "ORG"), ("Quaxern", "ORG"), ("Blixkusen", "ORG")]) == []


def test_a_clock_time_and_an_early_morning_leave_an_attack_one(nlp):
    assert [e.type for e in analyse(nlp, "Um 20:15 Uhr wurde ein Angriff auf eine Polizeiwache gemeldet.")] == ["assault"]
    assert [e.type for e in analyse(nlp, "Die Angreifer attackierten früh am Morgen ein Dorf.")] == ["assault"]


def test_a_ceasefire_holds_no_weapons(nlp):
    text = "Quaxrael hat eine Delegation zu Verhandlungen über eine Waffenruhe nach Quaxiro entsandt."
    events = analyse(nlp, text, [("Quaxrael", "LOC"), ("Quaxiro", "LOC")])
    assert [e.type for e in events] == ["negotiate"]


def test_a_declaration_signed_is_the_agreements_no_statement_of_its_own(nlp):
    text = "Quaxherd und Blixeyen unterzeichneten in Quaxbern eine gemeinsame Erklärung."
    events = analyse(nlp, text, [("Quaxherd", "PER"), ("Blixeyen", "PER"), ("Quaxbern", "LOC")])
    assert [e.type for e in events] == ["agree"]


def test_kettling_is_coercion(nlp):
    ev = one(analyse(nlp, "Rund 200 Demonstranten wurden in der Innenstadt eingekesselt.", [],
                     found_quantities("Rund 200 Demonstranten")))
    assert (ev.type, ev.count.value) == ("coerce", 200)


def test_accepting_an_invitation_is_intent_to_cooperate(nlp):
    ev = one(analyse(nlp, "Quaxenskyj hat die Einladung nach Quaxington angenommen.",
                     [("Quaxenskyj", "PER"), ("Quaxington", "LOC")]))
    assert (ev.type, actor(ev, "actor1")) == ("intent_cooperate", "Quaxenskyj")
    assert analyse(nlp, "Das Parlament nahm das Gesetz an.") == []


@pytest.mark.parametrize("text, found", [
    ("Der Quaxländer Staatsrat hat ein Verbot von Kundgebungen in der Innenstadt erlassen.", True),
    ("Die Stadt erließ ein Demonstrationsverbot.", True),
    ("Die Stadt hat ein Verbot von Alkohol in der Innenstadt erlassen.", False),
])
def test_a_ban_on_rallies_is_coercion(nlp, text, found):
    assert [e.type for e in analyse(nlp, text)] == (["coerce"] if found else [])


def test_put_on_the_sanctions_list_and_imports_taxed_from_somewhere(nlp):
    ev = one(analyse(nlp, "Das Finanzministerium setzte 50 Banken auf die Sanktionsliste."))
    assert ev.type == "sanction"
    assert analyse(nlp, "Er setzte sich auf die Bank.") == []
    text = "Quaxina hat die Einfuhr von Schweinefleisch aus der Blixunion mit Strafzöllen belegt."
    ev = one(analyse(nlp, text, [("Quaxina", "LOC"), ("Blixunion", "ORG")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Quaxina", "Blixunion")


def test_a_violated_truce_is_in_force_no_new_agreement(nlp):
    text = "Die Quamas hat Quaxrael vorgeworfen, gegen die Waffenruhe verstoßen zu haben."
    events = analyse(nlp, text, [("Quamas", "ORG"), ("Quaxrael", "LOC")])
    assert [e.type for e in events] == ["criticize"]


def test_ramming_a_rally_is_an_assault_on_its_owner(nlp):
    text = "Der Täter hatte mit seinem Auto eine Demonstration von Quaxdi gerammt."
    ev = one(analyse(nlp, text, [("Quaxdi", "ORG")]), "assault")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == (None, "Quaxdi")
    assert analyse(nlp, "Ein Lastwagen rammte auf der Autobahn ein Auto.") == []
    ev = one(analyse(nlp, "Rechtsextreme griffen eine Kundgebung der Quaxgrünen an.", [("Quaxgrünen", "ORG")]), "assault")
    assert actor(ev, "actor2") == "Quaxgrünen"


def test_in_a_clause_of_place_the_pronoun_is_the_sentences_subject_and_wo_the_place(nlp):
    text = "Ungarns Regierungschef Viktor Quaxán reiste überraschend nach Quaxkau, wo er Blixin traf."
    entities = [("Ungarns", "LOC"), ("Viktor Quaxán", "PER"), ("Quaxkau", "LOC"), ("Blixin", "PER")]
    ev = next(e for e in analyse(nlp, text, entities) if e.trigger == "traf")
    assert (actor(ev, "actor1"), actor(ev, "actor2"), ev.place.canonical) == ("Viktor Quaxán", "Blixin", "Quaxkau")


def test_a_phone_call_is_a_consultation_and_its_topics_place_no_place(nlp):
    text = "Quaxron und Blixolz führten ein Telefonat über die Lage in Quaxost."
    ev = one(analyse(nlp, text, [("Quaxron", "PER"), ("Blixolz", "PER"), ("Quaxost", "LOC")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2"), ev.place) == ("consult", "Quaxron", "Blixolz", None)


def test_a_commander_killed_is_his_groups_loss(nlp):
    ev = one(analyse(nlp, "Quaxrael hat einen ranghohen Kommandeur der Quamas getötet.",
                     [("Quaxrael", "LOC"), ("Quamas", "ORG")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("kill", "Quaxrael", "Quamas")
    ev = one(analyse(nlp, "Ein Kommandeur der Quamas sagte, man werde weiterkämpfen.", [("Quamas", "ORG")]), "statement")
    assert actor(ev, "actor1") == "Quamas"


def test_a_relative_clause_with_an_event_verb_of_its_own_counts_for_it(nlp):
    text = "Es kam zu Protesten, bei denen 120 Menschen festgenommen wurden."
    events = analyse(nlp, text, [], found_quantities(text))
    assert {e.type: e.count and e.count.value for e in events} == {"protest": None, "arrest": 120}
    text = "Die Kundgebung, an der 5000 Menschen teilgenommen haben, verlief friedlich."
    assert one(analyse(nlp, text, [], found_quantities(text))).count.value == 5000


def test_a_one_word_genitive_may_follow_the_subject_behind_the_verb(nlp):
    text = "Im Osten haben Rebellen der Q23 die Stadt Quaxoma eingenommen."
    ev = one(analyse(nlp, text, [("Q23", "ORG"), ("Quaxoma", "LOC")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("fight", "Q23", "Quaxoma")


def test_a_judging_verb_closing_its_clause_leaves_the_nouns_target_to_the_noun(nlp):
    entities = [("Oberlandesgericht Quaxfurt", "ORG"), ("Quaxhansa", "ORG"), ("Karner", "PER"), ("FPÖ", "ORG")]
    ev = one(analyse(nlp, "Das Oberlandesgericht Quaxfurt hat die Klage des Verbands gegen die Quaxhansa abgewiesen.",
                     entities))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Oberlandesgericht Quaxfurt", None)
    ev = one(analyse(nlp, "Karner hat die Gespräche mit der FPÖ abgebrochen.", entities))
    assert actor(ev, "actor2") == "FPÖ"


@pytest.mark.parametrize("text", [
    "Quaxo Haram bekannte sich zu dem Anschlag in Quaxdugu, bei dem 20 Menschen getötet wurden.",
    "Quaxland hat Quaxdugu angegriffen und zwölf Menschen getötet.",
    "Quaxland griff Quaxdugu an und tötete fünf Menschen.",
])
def test_a_killing_told_right_after_an_attack_is_at_its_place(nlp, text):
    entities = [("Quaxo Haram", "ORG"), ("Quaxdugu", "LOC"), ("Quaxland", "LOC")]
    kill = one(analyse(nlp, text, entities, found_quantities(text)), "kill")
    assert kill.place is not None and kill.place.canonical == "Quaxdugu"
    assert kill.count is not None and kill.count.value in (5, 12, 20)


def test_a_killing_after_a_comma_or_by_another_keeps_no_place(nlp):
    text = "Quaxland griff Quaxdugu an, später tötete Blixland fünf Menschen."
    entities = [("Quaxdugu", "LOC"), ("Quaxland", "LOC"), ("Blixland", "LOC")]
    assert one(analyse(nlp, text, entities, found_quantities(text)), "kill").place is None


def test_und_opening_a_main_clause_with_its_own_subject_gives_it_its_own_parties(nlp):
    text = "Quaxland griff Quaxdugu an und Blixa Quax verurteilte den Angriff."
    entities = [("Quaxland", "LOC"), ("Quaxdugu", "LOC"), ("Blixa Quax", "PER")]
    ev = one(analyse(nlp, text, entities), "criticize")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Blixa Quax", None)
    # one subject of two names keeps its verb
    text = "Quaxland und Blixland vereinbarten eine Waffenruhe."
    ev = one(analyse(nlp, text, [("Quaxland", "LOC"), ("Blixland", "LOC")]), "agree")
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Quaxland", "Blixland")


def test_an_event_noun_counted_is_the_count(nlp):
    text = "In Quaxstadt kam es zu 23 Anzeigen und vier Festnahmen."
    ev = one(analyse(nlp, text, [("Quaxstadt", "LOC")], found_quantities(text)), "arrest")
    assert (ev.count.value, ev.count.text) == (4, "vier Festnahmen")
    text = "Bei der Demo gab es zwei Festnahmen und 30 Verletzte."
    assert one(analyse(nlp, text, [], found_quantities(text)), "arrest").count.value == 2


def test_a_headlines_bare_subject_with_no_name_leaves_the_name_an_object(nlp):
    ev = one(analyse(nlp, "Polizei nimmt Hans Quaxer fest", [("Hans Quaxer", "PER")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("arrest", None, "Hans Quaxer")
    ev = one(analyse(nlp, "Quaxer kritisiert Blixa", [("Quaxer", "PER"), ("Blixa", "PER")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Quaxer", "Blixa")


def test_the_town_of_a_perpetrators_deed_is_no_party_to_his_arrest(nlp):
    for text in ("Polizei nimmt mutmaßlichen Attentäter von Quaxburg fest",
                 "Die Polizei nahm den Amokfahrer von Quaxburg fest."):
        ev = one(analyse(nlp, text, [("Quaxburg", "LOC")]))
        assert (ev.type, ev.actors) == ("arrest", ())
    # (a mayor's town acts through him)
    ev = one(analyse(nlp, "Der Bürgermeister von Quaxburg kritisierte die Regierung.", [("Quaxburg", "LOC")]))
    assert actor(ev, "actor1") == "Quaxburg"


def test_who_refuses_the_permit_for_a_rally_does_not_rally(nlp):
    text = "Der Stadtrat von Quaxthur hat die Bewilligung für die Demonstration am 1. Mai verweigert."
    events = analyse(nlp, text, [("Quaxthur", "LOC")])
    rally = one(events, "protest")
    assert rally.actors == ()
    # the permit's tense is not the rally's: the coming 1 May (published 15 March)
    assert rally.date.value == date(2024, 5, 1)
    refusal = one(events, "reject")
    assert (actor(refusal, "actor1"), refusal.date) == ("Quaxthur", None)  # the day is the rally's, not the refusal's


def test_the_deed_of_the_one_arrested_was_where_he_was_arrested(nlp):
    text = "Die Polizei hat in Quaxwil einen Mann festgenommen, der seine Nachbarin mit einem Beil bedroht hatte."
    ev = one(analyse(nlp, text, [("Quaxwil", "LOC")]), "threaten")
    assert ev.place.canonical == "Quaxwil"
    # a place of its own stays
    text = "Die Polizei hat in Quaxwil einen Mann festgenommen, der in Blixdorf einen Passanten angegriffen hatte."
    ev = one(analyse(nlp, text, [("Quaxwil", "LOC"), ("Blixdorf", "LOC")]), "assault")
    assert ev.place.canonical == "Blixdorf"


def test_the_partner_of_a_rejected_cooperation_is_rejected(nlp):
    ev = one(analyse(nlp, "Quaxer schloss eine Zusammenarbeit mit der QfD aus.", [("Quaxer", "PER"), ("QfD", "ORG")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("reject", "Quaxer", "QfD")


def test_a_partys_premises_vandalised_are_hit(nlp):
    text = "In Quaxf haben Unbekannte die Scheiben eines Parteilokals der QVP eingeschlagen."
    ev = one(analyse(nlp, text, [("Quaxf", "LOC"), ("QVP", "ORG")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("coerce", None, "QVP")


def test_a_partys_website_hacked_is_hit(nlp):
    ev = one(analyse(nlp, "Hacker haben die Website des Quaxtags lahmgelegt.", [("Quaxtags", "ORG")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("assault", None, "Quaxtags")


def test_holding_someone_responsible_is_blame(nlp):
    ev = one(analyse(nlp, "Quaxland macht Blixland für den Angriff verantwortlich.", [("Quaxland", "LOC"), ("Blixland", "LOC")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("criticize", "Quaxland", "Blixland")
    # many governments unnamed leave the name an object
    ev = one(analyse(nlp, "Mehrere Regierungen machten Präsident Quaxow für den Tod verantwortlich.", [("Quaxow", "PER")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == (None, "Quaxow")
    assert analyse(nlp, "Er macht sich Sorgen.") == []


def test_a_party_left_out_after_ausser_does_not_act(nlp):
    ev = one(analyse(nlp, "Alle Parteien außer der QfD verurteilten den Anschlag.", [("QfD", "ORG")]))
    assert (ev.type, ev.actors) == ("criticize", ())


def test_aid_money_stopped_is_a_sanction_on_whom_it_was_for(nlp):
    text = "Die Quaxregierung hat die Auszahlung von Geldern an das Hilfswerk Quaxaid ausgesetzt."
    ev = one(analyse(nlp, text, [("Quaxregierung", "ORG"), ("Quaxaid", "ORG")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("sanction", "Quaxregierung", "Quaxaid")
    assert analyse(nlp, "Die Firma stellte 20 neue Mitarbeiter ein.") == []
    # funds and assets frozen
    text = "Die Blixunion hat Quaxland Mittel in Höhe von 6,3 Milliarden Euro gesperrt."
    ev = one(analyse(nlp, text, [("Blixunion", "ORG"), ("Quaxland", "LOC")], found_quantities(text)))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2"), ev.count.value) == (
        "sanction", "Blixunion", "Quaxland", 6_300_000_000)
    assert analyse(nlp, "Die Polizei sperrte die Straße.") == []


def test_an_envoy_declared_unwelcome_is_expelled(nlp):
    text = "Quaxland hat den blixischen Militärattaché zur unerwünschten Person erklärt."
    ev = one(analyse(nlp, text, [("Quaxland", "LOC"), ("blixischen Militärattaché", "LOC")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("coerce", "Quaxland", "blixischen Militärattaché")
    assert one(analyse(nlp, "Die Ministerin erklärte, die Lage sei ernst.")).type == "statement"


def test_rape_is_an_assault(nlp):
    text = "Die Polizei hat in Quaxgraz einen Mann festgenommen. Er soll am 12. Jänner eine Frau vergewaltigt haben."
    ev = one(analyse(nlp, text, [("Quaxgraz", "LOC")]), "assault")
    assert (ev.modality, ev.date.value) == ("alleged", date(2024, 1, 12))


@pytest.mark.parametrize("text", ["In Quaxstadt haben zwischen 3000 und 5000 Menschen protestiert.",
                                  "In Quaxstadt demonstrierten 3000 bis 5000 Menschen."])
def test_a_range_counts_from_its_first(nlp, text):
    ev = one(analyse(nlp, text, [("Quaxstadt", "LOC")], found_quantities(text)))
    assert ev.count.value == 3000


def test_workers_act_for_their_union_and_against_their_employer(nlp):
    ev = one(analyse(nlp, "Die Lokführer der GDL streiken.", [("GDL", "ORG")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("GDL", None)  # GDL is a union everyone knows
    ev = one(analyse(nlp, "Beschäftigte des Autozulieferers Quaxparts haben protestiert.", [("Quaxparts", "ORG")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == (None, "Quaxparts")


def test_occupying_a_site_is_a_protest(nlp):
    assert one(analyse(nlp, "Klimaaktivisten besetzten das Rollfeld des Flughafens.")).type == "protest"
    assert analyse(nlp, "Die Stelle wird neu besetzt.") == []
    assert analyse(nlp, "Quaxische Truppen besetzten die Stadt.") == []


def test_a_groups_members_counted_and_arrested_are_the_groups(nlp):
    text = "Die Polizei hat in Quaxel 12 Anhänger des FC Quax festgenommen."
    ev = one(analyse(nlp, text, [("Quaxel", "LOC"), ("FC Quax", "ORG")], found_quantities(text)))
    assert (ev.type, actor(ev, "actor2"), ev.count.value) == ("arrest", "FC Quax", 12)


def test_an_ambassador_summoned_to_a_swiss_department(nlp):
    text = "Der Quaxrat hat den Botschafter Blixlands ins Aussendepartement zitiert."
    ev = one(analyse(nlp, text, [("Quaxrat", "ORG"), ("Blixlands", "LOC")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("criticize", "Quaxrat", "Blixlands")


def test_a_name_in_apposition_to_a_phrase_is_the_phrases_party(nlp):
    text = "Gegen den früheren Präsidenten Quaxiliens, Jair Quaxonaro, ist Anklage erhoben worden."
    ev = one(analyse(nlp, text, [("Quaxiliens", "LOC"), ("Jair Quaxonaro", "PER")]))
    assert (ev.type, actor(ev, "actor1"), actor(ev, "actor2")) == ("criticize", None, "Jair Quaxonaro")
    text = "Mit dem Chef der Opposition, Quax Blixer, traf sich Blixa Quaxel in Quaxstadt."
    ev = one(analyse(nlp, text, [("Quax Blixer", "PER"), ("Blixa Quaxel", "PER"), ("Quaxstadt", "LOC")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Blixa Quaxel", "Quax Blixer")
    # a subject's apposition still acts
    text = "Der Präsident Quaxlands, Joe Quaxden, kritisierte Blixland."
    ev = one(analyse(nlp, text, [("Quaxlands", "LOC"), ("Joe Quaxden", "PER"), ("Blixland", "LOC")]))
    assert (actor(ev, "actor1"), actor(ev, "actor2")) == ("Joe Quaxden", "Blixland")


def test_recognising_a_state_and_recalling_an_ambassador(nlp):
    text = "Die Quaxregierung hat Blixtina offiziell als Staat anerkannt. Quaxrael rief daraufhin seinen Botschafter aus Quaxdrid zurück."
    entities = [("Quaxregierung", "ORG"), ("Blixtina", "LOC"), ("Quaxrael", "LOC"), ("Quaxdrid", "LOC")]
    recognition, recall = analyse(nlp, text, entities)
    assert (recognition.type, actor(recognition, "actor1"), actor(recognition, "actor2")) == (
        "agree", "Quaxregierung", "Blixtina")
    assert (recall.type, actor(recall, "actor1"), actor(recall, "actor2")) == ("sanction", "Quaxrael", "Quaxdrid")
    assert analyse(nlp, "Der Konzern rief 50.000 Autos zurück.") == []

