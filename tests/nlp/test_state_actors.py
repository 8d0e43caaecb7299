import pytest

from newsflow.nlp.canonical import canonicalize
from newsflow.nlp.records import ActorMention, Mention
from newsflow.nlp.state_actors import state_adjectives, state_organs_in_text


def organs(text, mentions=()):
    return [(m.text, m.canonical) for m in state_organs_in_text(text, list(mentions))]


@pytest.mark.parametrize("text, expected", [
    ("Die israelische Armee hat Stellungen angegriffen.", [("israelische Armee", "Israel")]),
    ("Die israelische Luftabwehr fing zwei Raketen ab.", [("israelische Luftabwehr", "Israel")]),
    ("Der österreichische Bundeskanzler hat Orbán empfangen.", [("österreichische Bundeskanzler", "Österreich")]),
    ("Nach Angaben des taiwanischen Verteidigungsministeriums drangen Schiffe vor.",
     [("taiwanischen Verteidigungsministeriums", "Taiwan")]),
    ("Russische Truppen rückten vor.", [("Russische Truppen", "Russland")]),  # opening the sentence
    ("Die Schweizer Armee übt im Jura.", [("Schweizer Armee", "Schweiz")]),
    ("Die US-amerikanische Regierung droht.", [("US-amerikanische Regierung", "Vereinigte Staaten")]),
    ("Der russische Präsident sagte am Montag, …", [("russische Präsident", "Russland")]),
    # any ministry or minister
    ("Das libanesische Gesundheitsministerium teilte mit.", [("libanesische Gesundheitsministerium", "Libanon")]),
    ("Der französische Finanzminister kritisierte die Pläne.", [("französische Finanzminister", "Frankreich")]),
    # a weak noun's -en ("den ukrainischen Präsidenten")
    ("Merz traf den ukrainischen Präsidenten.", [("ukrainischen Präsidenten", "Ukraine")]),
    # the voters decide for the state in a referendum
    ("Die Schweizer Stimmberechtigten haben die Vorlage abgelehnt.", [("Schweizer Stimmberechtigten", "Schweiz")]),
    ("Das Schweizer Stimmvolk sagt Nein.", [("Schweizer Stimmvolk", "Schweiz")]),
    # the armed forces by their arms
    ("Israelische Kampfflugzeuge haben Ziele bombardiert.", [("Israelische Kampfflugzeuge", "Israel")]),
    ("Russische Drohnen greifen Kiew an", [("Russische Drohnen", "Russland")]),
    # a state's guards
    ("Die iranischen Revolutionsgarden setzten einen Tanker fest.", [("iranischen Revolutionsgarden", "Iran")]),
])
def test_a_country_adjective_and_a_state_organ_act_for_the_country(text, expected):
    assert organs(text) == expected


@pytest.mark.parametrize("text", [
    "Der russische Präsident Wladimir Putin sagte, …",  # the person, not the state
    "Der französische Finanzminister Eric Lombard sagte, …",
    "Eine russische Zeitung berichtete.",  # no organ of the state
    "Die Deutsche Bank meldet Gewinne.",
    "Die ukrainische-russische Grenze.",
])
def test_no_state_organ(text):
    assert organs(text) == []


def test_a_named_mention_wins():
    text = "Die Schweizer Armee übt."
    assert organs(text, [Mention("Schweizer Armee", "ORG", 4, 19, "Schweizer Armee")]) == []
    # an adjective the NER tagged MISC ("türkischen") does not hide the organ
    text = "von der türkischen Polizei festgenommen"
    assert organs(text, [Mention("türkischen", "MISC", 8, 18, "türkischen")]) == [("türkischen Polizei", "Türkei")]


def test_every_country_is_the_canonical_name_of_a_gazetteer_place():
    countries = sorted(set(state_adjectives().values()))
    text = " ".join(countries)
    mentions, at = [], 0
    for name in countries:
        start = text.index(name, at)
        mentions.append(Mention(name, "LOC", start, start + len(name), ""))
        at = start + len(name)
    assert [m.canonical for m in canonicalize(mentions, text=text)] == countries


def test_an_organ_mention_is_a_mention_for_the_event_stage():
    (m,) = state_organs_in_text("Die libanesische Regierung verurteilte den Angriff.", [])
    assert isinstance(m, ActorMention) and isinstance(m, Mention) and m.label == "LOC"


def test_a_national_organ_named_by_its_capital_acts_for_the_country():
    text = "Das teilte das Handelsministerium in Peking am Montag mit."
    peking = Mention("Peking", "LOC", text.index("Peking"), text.index("Peking") + 6, "Peking")
    assert organs(text, [peking]) == [("Handelsministerium in Peking", "China")]
    assert organs("Die Regierung in Kiew verurteilte den Angriff.") == [("Regierung in Kiew", "Ukraine")]
    assert organs("Das Parlament in Ankara stimmte dem Beitritt zu.") == [("Parlament in Ankara", "Türkei")]
    # the city's own police is no state organ; an unknown town is no capital
    assert organs("Die Polizei in Berlin nahm zwei Männer fest.") == []
    assert organs("Die Regierung in Quaxstadt tagte.") == []


def test_a_state_or_land_government_named_by_its_adjective_acts_for_it():
    text = "Die steirische Landesregierung und die Bayerische Staatsregierung widersprachen."
    assert organs(text, []) == [("steirische Landesregierung", "Steiermark"), ("Bayerische Staatsregierung", "Bayern")]


def test_two_adjectives_sharing_one_organ_name_two_states():
    assert organs("In der Ostukraine liefern sich ukrainische und russische Truppen heftige Gefechte.") == [
        ("ukrainische", "Ukraine"), ("russische Truppen", "Russland")]
    # an adjective with no organ after the pair names none
    assert organs("Ukrainische und russische Künstler traten auf.") == []


def test_a_states_ships_and_coast_guard_act_for_it():
    text = "Die chinesische Küstenwache hat ein philippinisches Versorgungsschiff angegriffen."
    assert organs(text, []) == [("chinesische Küstenwache", "China"), ("philippinisches Versorgungsschiff", "Philippinen")]

