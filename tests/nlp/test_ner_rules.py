import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "plugins"))  # in case conftest is absent

import pytest

spacy = pytest.importorskip("spacy")

from newsflow.nlp.germeval import LABELS, bio_to_spans, read_germeval
from newsflow.nlp.model import SHARED_DATA_DIR
from newsflow.nlp.ner_features import FLAGS, install_lex_features
from newsflow.nlp.ner_rules import add_entity_ruler, declined_forms, gazetteer, is_title_word


@pytest.fixture(scope="module")
def rules_nlp():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return add_entity_ruler(nlp)


def ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_title_word_marks_following_name_not_the_title(rules_nlp):
    assert ents(rules_nlp, "Gestern sprach Landeshauptmann Peter Quaxler lange.") == [("Peter Quaxler", "PER")]
    assert ents(rules_nlp, "Dann predigte Bischof Quaxler.") == [("Quaxler", "PER")]
    # Swiss and Austrian offices are titles too
    assert ents(rules_nlp, "Dazu sagte Nationalrätin Petra Quaxler nichts.") == [("Petra Quaxler", "PER")]
    assert ents(rules_nlp, "Es sprach Landesrat Quaxler.") == [("Quaxler", "PER")]


def test_a_counterpart_is_a_title(rules_nlp):
    # a verb written capitalized after the office is the counterpart's name ("Blinken")
    assert ents(rules_nlp, "Sie telefonierte mit ihrem US-Amtskollegen Blinken.") == [("Blinken", "PER")]
    assert ents(rules_nlp, "Die Amtskollegen stimmten zu.") == []


def test_given_name_plus_capitalised_word(rules_nlp):
    assert ents(rules_nlp, "Laut Annalena Quaxler ist das falsch.") == [("Annalena Quaxler", "PER")]


def test_a_given_name_that_is_a_function_word_does_not_open_a_name(rules_nlp):
    # "Bei" is a given name too, but opening a sentence it is the preposition
    assert ents(rules_nlp, "Bei Zusammenstößen wurden Beamte verletzt.") == []
    assert ents(rules_nlp, "Gestern sprach Bei Quaxler.") == [("Bei Quaxler", "PER")]


def test_name_particles_join_a_given_name():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Ursula"}, {"label": "PER", "pattern": "Rafael van"},
                             {"label": "PER", "pattern": "Quaxler"}])
    assert ents(nlp, "Für Ursula von der Leyen ist das ein Erfolg.") == [("Ursula von der Leyen", "PER")]
    assert ents(nlp, "Dann traf Rafael van der Quaxl.") == [("Rafael van der Quaxl", "PER")]
    # only behind a given name: "von Montag" is no part of a surname
    assert ents(nlp, "Die Rede von Quaxler von Montag war kurz.") == [("Quaxler", "PER")]


def test_a_title_and_given_name_take_the_particle_surname(rules_nlp):
    # no model span: the title rule finds the given name, the particle brings the surname
    assert ents(rules_nlp, "Dann lobte Trainer Erik ten Quaxhag die Abwehr.") == [("Erik ten Quaxhag", "PER")]
    assert ents(rules_nlp, "Dann lobte Trainer Erik am Montag die Abwehr.") == [("Erik", "PER")]


def test_compound_offices_speakers_and_name_continuations(rules_nlp):
    assert ents(rules_nlp, "Dagegen betont Motorenchef Quaxler die Kosten.") == [("Quaxler", "PER")]
    assert ents(rules_nlp, '"Das reicht nicht", sagte Quaxler in Bern.') == [("Quaxler", "PER"), ("Bern", "LOC")]
    assert ents(rules_nlp, '"Das reicht", sagte Kanzler Quaxler.') == [("Quaxler", "PER")]  # a title, not a speaker
    nlp = _with_model_spans([{"label": "PER", "pattern": "Hans Werner"}, {"label": "PER", "pattern": "Anna K."},
                             {"label": "LOC", "pattern": "Quaxler"}])
    assert ents(nlp, "Es freut sich Hans Werner Quaxl.") == [("Hans Werner Quaxl", "PER")]
    assert ents(nlp, "Es schrieb Anna K. Quaxl.") == [("Anna K. Quaxl", "PER")]
    assert ents(nlp, "Dann sprach der Vorsitzende Quaxler.") == [("Quaxler", "PER")]  # the model's LOC after a title
    assert ents(nlp, '"Gut", so Quaxler abschließend.') == [("Quaxler", "PER")]


@pytest.mark.parametrize("office", ["Landeshauptmann-Stellvertreter", "Vizebürgermeisterin", "Grünen-Politikerin",
                                    "Verfassungsrichter", "Polizeikommandant", "Vizekanzlerin", "Stadträtin",
                                    "Immobilieninvestor", "Investor", "Klimaaktivistin", "Bauunternehmer"])
def test_more_compound_offices_are_titles(rules_nlp, office):
    assert ents(rules_nlp, f"Dagegen betont {office} Quaxler die Kosten.") == [("Quaxler", "PER")]


def test_a_lowercase_word_opening_the_sentence_is_no_person():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Letztes"}, {"label": "PER", "pattern": "Anna"}])
    assert ents(nlp, "Letztes Jahr kam Anna.") == [("Anna", "PER")]


def test_place_names_take_their_prefix_and_river_but_no_date():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Quaxlingen"}, {"label": "LOC", "pattern": "Berlin am Montag"},
                             {"label": "LOC", "pattern": "Frankfurt"}])
    assert ents(nlp, "Er wohnt in Groß Quaxlingen.") == [("Groß Quaxlingen", "LOC")]
    assert ents(nlp, "Die Demo in Berlin am Montag war friedlich.") == [("Berlin", "LOC")]
    assert ents(nlp, "Er lebte in Frankfurt an der Oder.") == [("Frankfurt an der Oder", "LOC")]
    assert ents(nlp, "Er war in Frankfurt am Montag.") == [("Frankfurt", "LOC")]


def test_a_swiss_place_takes_its_canton_code():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Quaxwil"}, {"label": "ORG", "pattern": "SG"},
                             {"label": "ORG", "pattern": "Quax AG"}])
    assert ents(nlp, "Ein Unfall in Quaxwil SG forderte ein Opfer.") == [("Quaxwil SG", "LOC")]
    assert ents(nlp, "Er kam aus Quaxwil ZH zurück.") == [("Quaxwil ZH", "LOC")]
    assert ents(nlp, "Die Quax AG baut Stellen ab.") == [("Quax AG", "ORG")]  # a company's AG stays its own


def test_an_untagged_town_before_its_canton_code_is_the_place():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "GR"}])
    # the model tags only the code (ORG), or nothing
    assert ents(nlp, "Nach dem Murgang in Quaxienz GR mussten alle gehen.") == [("Quaxienz GR", "LOC")]
    assert ents(nlp, "Ein Stall brannte in Quaxienz BE nieder.") == [("Quaxienz BE", "LOC")]
    assert ents(nlp, "Er wohnt in Quaxbuchs SO.") == [("Quaxbuchs SO", "LOC")]
    # without a place preposition AG is the legal form, and a person's name takes no canton
    assert ents(nlp, "Die Quaxbuchs AG baut ab.") != [("Quaxbuchs AG", "LOC")]
    assert ("Muster GR", "LOC") not in ents(nlp, "Das sagte Hans Muster GR.")


def test_newspapers(rules_nlp):
    assert ents(rules_nlp, "Das meldet die Neue Quaxlinger Zeitung.") == [("Neue Quaxlinger Zeitung", "ORG")]
    assert ents(rules_nlp, "Die Quaxl-Zeitung und der Quaxl-Anzeiger schrieben darüber.") == [
        ("Quaxl-Zeitung", "ORG"), ("Quaxl-Anzeiger", "ORG")]
    assert ents(rules_nlp, "Gute Nachrichten: Die Zeitung berichtete.") == []


def test_a_title_the_model_took_for_a_person_is_dropped_before_a_given_name():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Ständerätin"}, {"label": "LOC", "pattern": "Quaxler"}])
    assert ents(nlp, "Auch Ständerätin Eva Quaxler sprach.") == [("Eva Quaxler", "PER")]


def test_neue_before_an_organisation_is_part_of_its_name():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Quaxlinger Zeitung"}])
    assert ents(nlp, "Laut der Neuen Quaxlinger Zeitung kam er.") == [("Neuen Quaxlinger Zeitung", "ORG")]


def test_clubs_abroad_and_lower_down(rules_nlp):
    assert ents(rules_nlp, "Dann schlug der MSV Quaxlingen den AC Quaxler.") == [
        ("MSV Quaxlingen", "ORG"), ("AC Quaxler", "ORG")]


def test_org_suffixes_and_federal_offices(rules_nlp):
    assert ents(rules_nlp, "Die Quaxler Bau GmbH baut.") == [("Quaxler Bau GmbH", "ORG")]
    assert ents(rules_nlp, "Das meldet das Bundesamt für Quaxlerei heute.") == [("Bundesamt für Quaxlerei", "ORG")]
    # sentence-final legal form: the full stop is not part of the entity
    assert ents(rules_nlp, "Er kaufte die Quaxler AG. Sie auch.")[0] == ("Quaxler AG", "ORG")


def test_gazetteer_uses_german_country_names(rules_nlp):
    names = gazetteer()
    assert names["Frankreich"] == "LOC" and names["Deutschland"] == "LOC"
    assert ents(rules_nlp, "Von Tschechien nach Frankreich.") == [("Tschechien", "LOC"), ("Frankreich", "LOC")]


def test_rules_never_override_existing_entities():
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler", name="first")
    ruler.add_patterns([{"label": "MISC", "pattern": "Berlin"}])
    add_entity_ruler(nlp)
    assert ents(nlp, "Sie zog nach Berlin und Wien.") == [("Berlin", "MISC"), ("Wien", "LOC")]


def test_lexical_flags():
    nlp = install_lex_features(spacy.blank("de"))
    loc_flag, given_flag, unknown_flag = 20, 22, 24
    assert nlp.vocab["Berlin"].check_flag(loc_flag)
    assert not nlp.vocab["und"].check_flag(loc_flag)  # lower-case words of multiword names excluded
    assert nlp.vocab["Angela"].check_flag(given_flag)
    assert nlp.vocab["Quaxlerhausen"].check_flag(unknown_flag)
    assert not nlp.vocab["Haus"].check_flag(unknown_flag)
    assert set(FLAGS) == set(range(20, 28))


GERMEVAL_TRAIN = SHARED_DATA_DIR / "germeval2014" / "NER-de-test.tsv"


@pytest.mark.skipif(not GERMEVAL_TRAIN.exists(), reason=f"GermEval data not found at {GERMEVAL_TRAIN}")
def test_germeval_training_file_reads_into_four_labels():
    sentences = read_germeval(GERMEVAL_TRAIN)
    assert len(sentences) == 5100
    labels = {label for s in sentences for _, _, label in bio_to_spans(s.tags)}
    assert labels == set(LABELS)
    assert all(len(s.tokens) == len(s.tags) for s in sentences)


def test_given_names_come_from_gender_guesser_without_common_words():
    from newsflow.nlp.ner_rules import first_names, given_names

    names = given_names()
    assert first_names() <= names
    assert {"Sybille", "Gustavo", "Vladimir"} <= names  # not in the hand list
    assert not {"Mai", "August", "Tor", "Stein", "Mark"} & names  # months and common nouns are left out


def test_gender_guesser_given_name_plus_capitalised_word(rules_nlp):
    assert ents(rules_nlp, "Laut Sybille Quaxler ist das falsch.") == [("Sybille Quaxler", "PER")]
    assert ents(rules_nlp, "Im Mai Neuwahlen auszurufen war falsch.") == []


def _with_model_spans(patterns):
    """A blank pipeline whose first entity_ruler plays the statistical model, then the newsflow rules."""
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler", name="model")
    ruler.add_patterns(patterns)
    return add_entity_ruler(nlp)


def test_corrections_of_model_spans():
    nlp = _with_model_spans([
        {"label": "LOC", "pattern": "Reiner Quaxler"},
        {"label": "LOC", "pattern": "Bernau"},
        {"label": "LOC", "pattern": "Dresden"},
        {"label": "PER", "pattern": "Angola"},
        {"label": "ORG", "pattern": "Palästinenserpräsident Mahmud Quaxler"},
    ])
    assert ents(nlp, "Das sagte Reiner Quaxler gestern.") == [("Reiner Quaxler", "PER")]
    assert ents(nlp, "Das sagte Patrick Bernau gestern.") == [("Patrick Bernau", "PER")]
    assert ents(nlp, "Sie spielte für Dynamo Dresden.") == [("Dynamo Dresden", "ORG")]
    assert ents(nlp, "Er flog nach Angola.") == [("Angola", "LOC")]
    assert ents(nlp, "Es sprach Palästinenserpräsident Mahmud Quaxler.") == [("Mahmud Quaxler", "PER")]
    # a place alone stays a place
    assert ents(nlp, "Er wohnt in Bernau.") == [("Bernau", "LOC")]


def test_a_town_alone_is_no_person_unless_the_text_names_someone_so():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Leverkusen"}, {"label": "PER", "pattern": "Hagen"},
                             {"label": "PER", "pattern": "Nina Hagen"}])
    assert ents(nlp, "Leverkusen bleibt Dritter.") == [("Leverkusen", "LOC")]
    assert ents(nlp, "Nina Hagen sang. Dann lachte Hagen.") == [("Nina Hagen", "PER"), ("Hagen", "PER")]


def test_a_name_of_the_hand_list_takes_its_label_from_there():
    nlp = _with_model_spans([
        {"label": "PER", "pattern": "Charkiw"},
        {"label": "PER", "pattern": "Young Boys"},
        {"label": "LOC", "pattern": "Quaxlingen"},
    ])
    assert ents(nlp, "Drohnen trafen Charkiw.") == [("Charkiw", "LOC")]
    assert ents(nlp, "Der FC Basel schlug die Young Boys.")[-1] == ("Young Boys", "ORG")
    assert ents(nlp, "Er wohnt in Quaxlingen.") == [("Quaxlingen", "LOC")]  # not on the list: the model stays


def test_a_quoted_catchword_is_no_name_but_a_quoted_newspaper_is():
    nlp = _with_model_spans([
        {"label": "ORG", "pattern": "Belastungspaket"},
        {"label": "ORG", "pattern": "Zeitenwende"},
        {"label": "ORG", "pattern": "Bild"},
        {"label": "PER", "pattern": "Quaxler"},
    ])
    assert ents(nlp, "Die FPÖ nannte es ein „Belastungspaket“.") == [("FPÖ", "ORG")]
    assert ents(nlp, "Er sprach von einer «Zeitenwende».") == []
    assert ents(nlp, "Die „Bild“ berichtete zuerst.") == [("Bild", "ORG")]
    assert ents(nlp, "Der Spitzname „Quaxler“ blieb.") == [("Quaxler", "PER")]  # no word: a name
    assert ents(nlp, "Das Belastungspaket kommt.") == [("Belastungspaket", "ORG")]  # unquoted: the model stays


def test_spans_opened_by_a_function_word_a_title_or_a_preposition_before_a_place():
    nlp = _with_model_spans([
        {"label": "PER", "pattern": "Bei Protesten"},
        {"label": "PER", "pattern": "Am Quaxler"},
        {"label": "PER", "pattern": "Kassel"},
        {"label": "LOC", "pattern": "Kanzler Quaxler"},
        {"label": "PER", "pattern": "Präsidentin Anna Quaxler"},
    ])
    nlp.add_pipe("sentencizer", first=True)
    # after a line break the sentencizer starts the sentence at the newline token
    assert ents(nlp, "Die Lage blieb ruhig.\nBei Protesten starben zwei Menschen.") == []
    assert ents(nlp, "Das sagte Am Quaxler.") == [("Quaxler", "PER")]
    assert ents(nlp, "Der Bürgermeister von Kassel trat zurück.") == [("Kassel", "LOC")]
    assert ents(nlp, "Kassel trat zurück.") == [("Kassel", "LOC")]  # a town alone is no person
    assert ents(nlp, "Das sagte Kanzler Quaxler gestern.") == [("Quaxler", "PER")]
    assert ents(nlp, "Es sprach Präsidentin Anna Quaxler.") == [("Anna Quaxler", "PER")]


def test_after_a_title_an_unknown_word_completes_a_one_word_person():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Sinischa"}, {"label": "PER", "pattern": "Quaxlinski"}])
    assert ents(nlp, "Betriebsratschef Sinischa Horvat kritisierte das.") == [("Sinischa Horvat", "PER")]
    assert ents(nlp, "Vorsitzender Quaxlinski Horvatek sprach.") == [("Quaxlinski Horvatek", "PER")]
    # a known word or no title before: nothing joins
    assert ents(nlp, "Vorsitzender Quaxlinski Haus sprach.") == [("Quaxlinski", "PER")]
    assert ents(nlp, "Gestern kam Quaxlinski Horvatek.") == [("Quaxlinski", "PER")]


def test_two_places_joined_by_a_slash_are_two_entities():
    nlp = _with_model_spans([
        {"label": "PER", "pattern": [{"TEXT": "Lausanne"}, {"TEXT": "/"}, {"TEXT": "Bern"}]},
        {"label": "PER", "pattern": [{"TEXT": "Anna"}, {"TEXT": "/"}, {"TEXT": "Bern"}]},
        {"label": "PER", "pattern": [{"TEXT": "Aviv"}, {"TEXT": "/"}, {"TEXT": "Gaza"}]},
    ])
    assert ents(nlp, "Lausanne/Bern (sda) - Es schneit.") == [("Lausanne", "LOC"), ("Bern", "LOC")]
    # the first place's first word left out by the model
    assert ents(nlp, "Tel Aviv/Gaza - Es schneit.") == [("Tel Aviv", "LOC"), ("Gaza", "LOC")]
    assert ents(nlp, "Anna/Bern kam.") == [("Anna/Bern", "PER")]  # not two places: the model stays


def test_a_name_listed_among_plain_nouns_is_a_thing():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Maroni"}, {"label": "PER", "pattern": "Kiachl"},
                             {"label": "PER", "pattern": "Posey"}, {"label": "PER", "pattern": "Quaxler"},
                             {"label": "PER", "pattern": "Müller"}, {"label": "PER", "pattern": "Bauer"}])
    assert ents(nlp, "Die Stände bieten Maroni, Bratkartoffeln, Kiachl und Kunsthandwerk an.") == []
    assert ents(nlp, "Es kursierten Gerüchte, Posey sei krank.") == [("Posey", "PER")]  # a comma alone: a clause
    # surnames that are also nouns count as names when they are names
    assert ents(nlp, "Es sprachen Quaxler, Müller und Bauer.") == [("Quaxler", "PER"), ("Müller", "PER"), ("Bauer", "PER")]


def test_an_office_or_an_article_with_adjective_before_a_lone_person_is_no_name():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Landeshauptmann"},
                             {"label": "PER", "pattern": "Serieneinbrecher"}, {"label": "PER", "pattern": "Quaxler"}])
    assert ents(nlp, "Landeshauptmann fordert mehr Geld.") == []
    assert ents(nlp, "Die Polizei fasste einen mutmasslichen Serieneinbrecher.") == []
    assert ents(nlp, "Die Polizei fasste gestern Quaxler.") == [("Quaxler", "PER")]
    nlp = _with_model_spans([{"label": "PER", "pattern": "Rösti"}])
    assert ents(nlp, "Es gab eine grosse Rösti mit Spiegelei.") == []  # the dish, after "eine" and an adjective
    assert ents(nlp, "Es gab eine Rösti mit Spiegelei.") == []
    assert ents(nlp, "Bundesrat Rösti sprach.") == [("Rösti", "PER")]
    nlp = _with_model_spans([{"label": "PER", "pattern": "Charta"}])
    assert ents(nlp, "Das verstösst gegen die olympische Charta.") == []  # "die" and an adjective, too


def test_a_headline_without_full_stop_opens_no_sentence_for_the_lead():
    nlp = _with_model_spans([{"label": "PER", "pattern": [{"TEXT": "Bei"}, {"TEXT": "Protesten"}]}])
    assert ents(nlp, "Unruhen in der Hauptstadt\n\nBei Protesten starben zwei Menschen.") == []


def test_a_given_name_takes_an_unknown_surname_also_when_the_model_joined_the_title():
    nlp = _with_model_spans([{"label": "ORG", "pattern": [{"TEXT": "Landwirtschaftsminister"}, {"TEXT": "Beat"}]},
                             {"label": "PER", "pattern": "Serieneinbrecher"}])
    assert ents(nlp, "Landwirtschaftsminister Beat Zumstein traf eine Delegation.") == [("Beat Zumstein", "PER")]
    # a headline's capitalized adjective before a lone "person" makes it a noun
    assert ents(nlp, "Mutmaßlicher Serieneinbrecher in Thun verhaftet") == [("Thun", "LOC")]


def test_a_country_title_and_person_in_one_model_span_are_split():
    nlp = _with_model_spans([{"label": "ORG", "pattern": [{"TEXT": "Israels"}, {"TEXT": "Regierungschef"},
                                                          {"TEXT": "Benjamin"}, {"TEXT": "Quaxler"}]}])
    assert ents(nlp, "Israels Regierungschef Benjamin Quaxler reiste ab.") == [("Israels", "LOC"), ("Benjamin Quaxler", "PER")]


def test_a_country_title_and_a_surname_alone_in_one_model_span_are_split():
    nlp = _with_model_spans([{"label": "LOC", "pattern": [{"TEXT": "Indiens"}, {"TEXT": "Premier"}, {"TEXT": "Modi"}]},
                             {"label": "LOC", "pattern": [{"TEXT": "Indiens"}, {"TEXT": "Premier"}, {"TEXT": "Quaxon"}]},
                             {"label": "LOC", "pattern": [{"TEXT": "Indiens"}, {"TEXT": "Premier"}, {"TEXT": "Montag"}]}])
    assert ents(nlp, "Indiens Premier Modi sprach in Delhi.") == [("Indiens", "LOC"), ("Modi", "PER"), ("Delhi", "LOC")]
    assert ents(nlp, "Indiens Premier Quaxon reiste ab.") == [("Indiens", "LOC"), ("Quaxon", "PER")]
    # a common noun after the office is no person: the model's span stays as it was
    assert ents(nlp, "Indiens Premier Montag reiste ab.") == [("Indiens Premier Montag", "LOC")]


def test_a_given_name_and_a_listed_surname_are_a_person_whatever_the_model_said():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Narendra Modi"}, {"label": "ORG", "pattern": "Modi GmbH"}])
    assert ents(nlp, "Premierminister Narendra Modi sprach.") == [("Narendra Modi", "PER")]
    assert ents(nlp, "Die Modi GmbH wächst.") == [("Modi GmbH", "ORG")]  # a firm's legal form


def test_a_counted_listed_surname_is_a_plural_noun(rules_nlp):
    assert ents(rules_nlp, "Das Gerät kennt drei Modi.") == []
    assert ents(rules_nlp, "Beide Modi sind neu.") == []
    assert ents(rules_nlp, "Er traf Putin und Modi.") == [("Putin", "PER"), ("Modi", "PER")]


def test_a_legal_form_makes_a_firm_of_the_span_it_closes():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Prime Selection AG"}, {"label": "PER", "pattern": "Holding AG"},
                             {"label": "ORG", "pattern": "Signa"}])
    assert ents(nlp, "Der Plan der Signa Prime Selection AG gilt.") == [("Signa Prime Selection AG", "ORG")]
    assert ents(nlp, "Die Quaxler Holding AG wächst.") == [("Quaxler Holding AG", "ORG")]
    # a compound of nouns before the name is what the firm is, not its name
    assert ents(nlp, "Die Graphitwerke Holding AG wächst.") == [("Holding AG", "ORG")]


def test_a_council_before_a_person_is_a_title_and_a_firm_takes_its_partner(rules_nlp):
    assert ents(rules_nlp, "Nationalrat Quaxenberger widersprach.") == [("Quaxenberger", "PER")]
    assert ents(rules_nlp, "Der Nationalrat stimmte zu.") == [("Nationalrat", "ORG")]
    assert ents(rules_nlp, "Die Firma Gross & Partner AG wächst.") == [("Gross & Partner AG", "ORG")]


def test_two_listed_surnames_side_by_side_are_two_people(rules_nlp):
    assert ents(rules_nlp, "Am Montag trifft Merz Macron in Paris.") == [("Merz", "PER"), ("Macron", "PER"), ("Paris", "LOC")]
    # ... also when the model took them for one person
    nlp = _with_model_spans([{"label": "PER", "pattern": "Merz Selenskyj"}])
    assert ents(nlp, "Danach traf Merz Selenskyj.") == [("Merz", "PER"), ("Selenskyj", "PER")]


def test_a_noun_before_a_given_name_in_a_model_span_is_a_role():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Masseverwalter Norbert Quaxler"},
                             {"label": "ORG", "pattern": "Verlag Paul Quaxler"}])
    assert ents(nlp, "Masseverwalter Norbert Quaxler sprach.") == [("Norbert Quaxler", "PER")]
    assert ents(nlp, "Verlag Paul Quaxler, Bern.") == [("Verlag Paul Quaxler", "ORG"), ("Bern", "LOC")]  # a firm
    # in a person's span too, and a hyphened role; a double given name stays
    nlp = _with_model_spans([{"label": "PER", "pattern": "Joker Felix Quaxler"},
                             {"label": "ORG", "pattern": "Flachgau-Tormann Dominik Quaxler"},
                             {"label": "PER", "pattern": "Hans-Peter Quaxler Meier"}])
    assert ents(nlp, "Dann traf Joker Felix Quaxler.") == [("Felix Quaxler", "PER")]
    assert ents(nlp, "Flachgau-Tormann Dominik Quaxler hielt.") == [("Dominik Quaxler", "PER")]
    assert ents(nlp, "Dann sprach Hans-Peter Quaxler Meier.") == [("Hans-Peter Quaxler Meier", "PER")]


def test_a_way_named_with_an_er_word_is_a_place():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Quaxer Brücke"}, {"label": "ORG", "pattern": "Quaxer Bank"}])
    assert ents(nlp, "Der Zug führte über die Quaxer Brücke.") == [("Quaxer Brücke", "LOC")]
    assert ents(nlp, "Die Quaxer Bank wächst.") == [("Quaxer Bank", "ORG")]
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    assert ents(add_entity_ruler(nlp), "Sie gingen über die Quaxer Brücke.") == [("Quaxer Brücke", "LOC")]  # untagged


def test_a_club_named_like_a_person_before_a_town_is_the_club():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Viktoria Bielefeld"}, {"label": "PER", "pattern": "Viktoria Quaxler"}])
    assert ents(nlp, "Das Spiel bei Viktoria Bielefeld ging verloren.") == [("Viktoria Bielefeld", "ORG")]
    assert ents(nlp, "Dann sprach Viktoria Quaxler.") == [("Viktoria Quaxler", "PER")]


def test_a_headlines_topic_before_its_colon_is_no_name():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Sabotageverdacht"}, {"label": "PER", "pattern": "Quaxler"}])
    assert ents(nlp, "Sabotageverdacht: Drei Männer festgenommen") == []
    assert ents(nlp, "Quaxler: Ich trete zurück") == [("Quaxler", "PER")]


def test_a_place_in_capitals_opening_a_line_before_a_dash_is_the_dateline_town():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "GALLEN"}, {"label": "ORG", "pattern": "LA CHAUX-DE-FONDS"}])
    assert ents(nlp, "ST. GALLEN – Die Polizei griff ein.") == [("ST. GALLEN", "LOC")]
    assert ents(nlp, "Titel\n\nLA CHAUX-DE-FONDS (sda) Die Polizei griff ein.") == [("LA CHAUX-DE-FONDS", "LOC")]
    # not inside a line, and not without the dateline's dash or bracket
    assert ents(nlp, "Er sagte ST. GALLEN – nichts.") == [("GALLEN", "ORG")]
    assert ents(nlp, "ST. GALLEN gewinnt.") == [("GALLEN", "ORG")]


def test_a_surname_after_two_particles_takes_them():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Quaxleyen"}])
    assert ents(nlp, "Von der Quaxleyen lobte Bern.") == [("Von der Quaxleyen", "PER"), ("Bern", "LOC")]
    assert ents(nlp, "Das sagte von der Quaxleyen.") == [("von der Quaxleyen", "PER")]
    assert ents(nlp, "Ein Brief von Quaxleyen kam.") == [("Quaxleyen", "PER")]  # one "von" is a preposition


def test_a_model_span_grows_to_the_gazetteer_name_the_text_goes_on_with():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Bundesamt"}])
    assert ents(nlp, "Laut Bundesamt für Statistik stieg die Zahl.") == [("Bundesamt für Statistik", "ORG")]
    assert ents(nlp, "Laut Bundesamt in Quaxdorf stieg die Zahl.") == [("Bundesamt", "ORG"), ("Quaxdorf", "LOC")]  # no such name
    # a verb after the name is none of it ("lebten" looks like an adjective, "Ende" like its next noun)
    assert ents(nlp, "Laut Bundesamt für Quaxistik lebten Ende Mai viele hier.") == [("Bundesamt für Quaxistik", "ORG")]
    assert ents(nlp, "Das Bundesamt für Quaxistik und wirtschaftliche Forschung tagt.") == [
        ("Bundesamt für Quaxistik und wirtschaftliche Forschung", "ORG")]


def test_a_count_is_no_name():
    nlp = _with_model_spans([{"label": "MISC", "pattern": [{"LOWER": "mindestens"}, {"TEXT": "50"}, {"TEXT": "Tote"}]},
                             {"label": "ORG", "pattern": [{"TEXT": "Hannover"}, {"TEXT": "96"}]}])
    assert ents(nlp, "Erdbeben: Mindestens 50 Tote") == []
    assert ents(nlp, "Das Spiel gewann Hannover 96 klar.") == [("Hannover 96", "ORG")]


def test_a_known_person_named_alone_and_in_the_genitive():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Selenskyj"},
                             {"label": "PER", "pattern": [{"TEXT": "Putins"}, {"TEXT": "Truppen"}]}])
    assert ents(nlp, "Scholz empfängt Selenskyj im Kanzleramt") == [("Scholz", "PER"), ("Selenskyj", "PER"),
                                                                    ("Kanzleramt", "ORG")]
    assert ents(nlp, "Putins Truppen rücken vor") == [("Putins", "PER")]


def test_a_title_tagged_as_org_before_a_person_is_dropped():
    nlp = _with_model_spans([
        {"label": "ORG", "pattern": "Bundesrat"},
        {"label": "PER", "pattern": "Albert Quaxler"},
    ])
    assert ents(nlp, "Bundesrat Albert Quaxler besuchte Luzern.") == [("Albert Quaxler", "PER"), ("Luzern", "LOC")]
    # the council itself stays an organisation
    assert ents(nlp, "Der Bundesrat hat entschieden.") == [("Bundesrat", "ORG")]


def test_a_person_named_like_an_institution_is_an_org():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Landespolizeidirektion"}])
    assert ents(nlp, "Laut Landespolizeidirektion gab es keine Verletzten.") == [("Landespolizeidirektion", "ORG")]


def test_a_place_named_like_an_institution_is_an_org_with_its_adjective():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Bundesamts"}, {"label": "LOC", "pattern": "Landesamtes"}])
    assert ents(nlp, "Nach Angaben des Statistischen Bundesamts stieg sie. Das meldet ein Sprecher des Landesamtes.") == [
        ("Statistischen Bundesamts", "ORG"), ("Landesamtes", "ORG")]


def test_a_place_or_person_opened_by_a_club_prefix_is_the_club():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "SC Quaxlingen"}, {"label": "PER", "pattern": "Borussia Quaxler"}])
    assert ents(nlp, "Der SC Quaxlingen schlug Borussia Quaxler.") == [("SC Quaxlingen", "ORG"), ("Borussia Quaxler", "ORG")]


def test_a_lone_person_behind_an_article_is_a_noun():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Brand"}])
    assert ents(nlp, "Nach dem Brand ermittelt die Polizei.") == []
    assert ents(nlp, "Laut Brand ist das falsch.") == [("Brand", "PER")]


def test_mitte_before_a_month_is_a_date():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Mitte"}])
    assert ents(nlp, "Mitte Dezember beginnt es.") == []
    assert ents(nlp, "Die Partei Mitte gewann.") == [("Mitte", "ORG")]


def test_clubs_and_streets_fill_gaps(rules_nlp):
    assert ents(rules_nlp, "Das Spiel gegen Arminia Quaxlingen endete 1:1.") == [("Arminia Quaxlingen", "ORG")]
    assert ents(rules_nlp, "Sie wohnt in der Quaxlerstraße.") == [("Quaxlerstraße", "LOC")]
    assert ents(rules_nlp, "Wir treffen uns am Quaxlinger Platz.") == [("Quaxlinger Platz", "LOC")]


def test_between_a_title_and_a_one_word_person_an_unknown_word_is_the_given_name():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Quaxlenskyj"}])
    assert ents(nlp, "Präsident Wolquaxyr Quaxlenskyj forderte mehr Hilfe.") == [("Wolquaxyr Quaxlenskyj", "PER")]
    assert ents(nlp, "SPD-Chef Wolquaxyr Quaxlenskyj forderte mehr Hilfe.") == [("Wolquaxyr Quaxlenskyj", "PER")]
    # a known word, or no title before it, is no given name
    assert ents(nlp, "Präsident Haus Quaxlenskyj sprach.") == [("Quaxlenskyj", "PER")]
    assert ents(nlp, "Gestern kam Wolquaxyr Quaxlenskyj.") == [("Quaxlenskyj", "PER")]


def test_a_one_word_misc_after_a_hyphenated_title_with_an_unknown_word_is_a_person():
    # "Mark" is also the old currency, which a small model tags MISC
    nlp = _with_model_spans([{"label": "MISC", "pattern": "Mark"}])
    assert ents(nlp, "Nato-Generalsekretär Mark Quaxte reiste an.") == [("Mark Quaxte", "PER")]
    assert ents(nlp, "Das kostete 100 Mark Gebühr.") == [("Mark", "MISC")]


def test_a_name_never_crosses_a_line_break():
    nlp = _with_model_spans([{"label": "LOC", "pattern": [{"TEXT": "Quaxburg"}, {"IS_SPACE": True}, {"TEXT": "Bei"}]}])
    assert ents(nlp, "Unfall bei Quaxburg\n\nBei einem Unfall starben zwei Menschen.") == [("Quaxburg", "LOC")]


def test_a_function_word_is_no_person():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Ja"}])
    assert ents(nlp, "Stimmvolk sagt Ja zur Rente") == []


def test_a_hyphenated_pair_of_given_names_is_a_given_name():
    from newsflow.nlp.ner_rules import GivenNames

    given = GivenNames({"Pierre", "Yves", "Hans", "Peter"})
    assert "Pierre-Yves" in given and "Hans-Peter" in given and "Hans" in given
    assert "Pierre-Quaxler" not in given and "Hans-Peter-Paul" not in given
    nlp = _with_model_spans([{"label": "LOC", "pattern": [{"TEXT": "Hans-Peter"}, {"TEXT": "Quaxler"}]}])
    assert ents(nlp, "Gewerkschaftsbund-Präsident Hans-Peter Quaxler sprach.") == [("Hans-Peter Quaxler", "PER")]


def test_a_regnal_number_belongs_to_the_name():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "XIV"}])
    assert ents(nlp, "Papst Leo XIV. empfing den Präsidenten.") == [("Leo XIV", "PER")]
    nlp = _with_model_spans([{"label": "PER", "pattern": "Karl"}, {"label": "ORG", "pattern": "III"}])
    # the period is the ordinal's ("Karl der Dritte") when the tokenizer keeps it
    assert ents(nlp, "König Karl III. reiste nach Kanada.") == [("Karl III.", "PER"), ("Kanada", "LOC")]


def test_an_inflected_adjective_before_a_lone_person_makes_it_a_noun():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Raub"}, {"label": "PER", "pattern": "Quaxler"}])
    assert ents(nlp, "Die Anklage wirft ihm u.a. schweren Raub vor.") == []
    # a verb before a name is no adjective
    assert ents(nlp, "Es sprachen Quaxler und andere.") == [("Quaxler", "PER")]


def test_a_word_written_only_lowercase_opening_the_sentence_is_no_name():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Offiziell"}, {"label": "ORG", "pattern": "Grüne"}])
    assert ents(nlp, "Offiziell will die Kommission den Entwurf am Dienstag verabschieden.") == []
    # a word the list also writes capitalized can be a name ("die Grünen")
    assert ents(nlp, "Grüne fordern mehr Geld.") == [("Grüne", "ORG")]


def test_a_hyphenated_unknown_surname_continues_a_given_name():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Alexandra"}])
    assert ents(nlp, "Das sagte Sportsenatorin Alexandra Quax-Dierig am Montag.") == [("Alexandra Quax-Dierig", "PER")]


def test_a_counted_demonym_is_no_person():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Hamburger"},
                             {"label": "PER", "pattern": [{"TEXT": "Hamburger"}, {"TEXT": "Brand"}]}])
    assert ents(nlp, "Es waren 1.256.147 Hamburger aufgerufen.") == []
    assert ents(nlp, "Das Haus fiel 1842 dem Hamburger Brand zum Opfer.") == []
    assert ents(nlp, "Zollfahnder haben am Hamburger Flughafen einen Mann festgenommen.") == []  # before a noun
    assert ents(nlp, "Das sagte Hamburger gestern.") == [("Hamburger", "PER")]  # a surname alone stays


def test_a_persons_genitive_before_a_noun_is_the_person_alone():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Quaxmozarts Requiem"},
                             {"label": "PER", "pattern": "Hans Fischer"}])
    assert ents(nlp, "Das Orchester spielte Quaxmozarts Requiem.") == [("Quaxmozarts", "PER")]
    assert ents(nlp, "Dann sprach Hans Fischer.") == [("Hans Fischer", "PER")]  # a given name in -s


def test_swiss_parliamentary_committees_are_organizations(rules_nlp):
    assert ents(rules_nlp, "Die WAK-S lehnte den Vorschlag ab.") == [("WAK-S", "ORG")]


def test_a_weather_system_is_no_name_and_its_name_is_misc():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Sturmtief"}, {"label": "ORG", "pattern": "Quaxoltan"},
                             {"label": "LOC", "pattern": "Quaxilton"}, {"label": "PER", "pattern": "Sturm"}])
    assert ents(nlp, "Bahnchaos nach Sturmtief: Tausende gestrandet") == []
    assert ents(nlp, "Sturmtief „Quaxoltan“ legte den Verkehr lahm.") == [("Quaxoltan", "MISC")]
    assert ents(nlp, "Hurrikan Quaxilton trifft die Küste.") == [("Quaxilton", "MISC")]
    assert ents(nlp, "Trainer Sturm lobte das Team.") == [("Sturm", "PER")]  # a bare Sturm may be a name


def test_a_demonym_and_a_landscape_are_a_region():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Zürcher Oberland"}])
    assert ents(nlp, "Sie brachen im Zürcher Oberland ein.") == [("Zürcher Oberland", "LOC")]
    assert ents(nlp, "Im Berner Seeland regnet es.") == [("Berner Seeland", "LOC")]  # untagged
    assert ents(nlp, "Der Zürcher Kantonsrat tagt.") == [("Zürcher Kantonsrat", "ORG")]


def test_a_noun_opening_a_headline_or_after_its_colon_is_no_person():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Brand"}, {"label": "PER", "pattern": "Quaxbrand"}])
    assert ents(nlp, "Linz: Brand in Chemiefabrik") == [("Linz", "LOC")]
    assert ents(nlp, "Linz: Quaxbrand in Wien") == [("Linz", "LOC"), ("Quaxbrand", "PER"), ("Wien", "LOC")]  # a name
    assert ents(nlp, "Brand in Chemiefabrik in Linz: Feuerwehr im Einsatz") == [("Linz", "LOC")]
    # not inside the sentence: "der Brand" is handled by the article rule, a bare one may be a name
    assert ents(nlp, "Gestern sprach Brand in Linz.") == [("Brand", "PER"), ("Linz", "LOC")]


def test_an_adjective_and_a_noun_in_a_headline_are_no_person():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Mutmaßlicher Drogenhändler"},
                             {"label": "PER", "pattern": "Mutmaßlicher Quaxler"}])
    assert ents(nlp, "Mutmaßlicher Drogenhändler am Flughafen festgenommen") == []
    assert ents(nlp, "Mutmaßlicher Quaxler festgenommen") == [("Mutmaßlicher Quaxler", "PER")]  # a name no list has


def test_a_club_prefix_alone_takes_the_club_s_name():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "AC"}])
    assert ents(nlp, "Der AC Milan hat einen Verteidiger verpflichtet.") == [("AC Milan", "ORG")]


def test_a_title_abbreviation_without_its_period_is_no_person():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Prof"}])
    assert ("Prof", "PER") not in ents(nlp, "Der frühere Präsident , Prof . Quaxler hält sie für obsolet .")


def test_an_article_before_a_plain_noun_makes_no_organisation():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Industrie"}, {"label": "ORG", "pattern": "Hertha"},
                             {"label": "ORG", "pattern": "Landesamtes"}])
    assert ents(nlp, "Die Lage der Industrie ist schlecht .") == []
    # a given name after the article is a club or a person, and an institution word stays
    assert ents(nlp, "Bei der Hertha fehlt ein Stürmer .") == [("Hertha", "ORG")]
    assert ents(nlp, "Der Sprecher des Landesamtes sagte das .") == [("Landesamtes", "ORG")]


def test_a_given_names_span_and_a_known_surname_side_by_side_are_one_person():
    nlp = _with_model_spans([{"label": "PER", "pattern": [{"TEXT": "Recep"}, {"TEXT": "Tayyip"}]}])
    assert ents(nlp, "Präsident Recep Tayyip Erdoğan reiste ab.") == [("Recep Tayyip Erdoğan", "PER")]
    # a surname no list has, which the model took for a place
    nlp = _with_model_spans([{"label": "PER", "pattern": [{"TEXT": "Pierre"}, {"TEXT": "Alain"}]},
                             {"label": "LOC", "pattern": "Quaxnegg"}, {"label": "LOC", "pattern": "Bern"}])
    assert ents(nlp, "Regierungsrat Pierre Alain Quaxnegg sprach.") == [("Pierre Alain Quaxnegg", "PER")]
    assert ents(nlp, "Dann traf Pierre Alain Bern.") == [("Pierre Alain", "PER"), ("Bern", "LOC")]  # a known place


def test_a_place_s_genitive_before_an_office_is_the_place():
    nlp = _with_model_spans([{"label": "PER", "pattern": [{"TEXT": "Armin"}, {"TEXT": "Quaxler"}]}])
    assert ents(nlp, "Sachsens Innenminister Armin Quaxler verteidigte das.") == [("Sachsens", "LOC"),
                                                                                  ("Armin Quaxler", "PER")]
    assert ents(nlp, "Des Rätsels Lösung kam spät.") == []  # no place, no office


def test_a_capitalized_particle_inside_a_name_takes_the_surname():
    nlp = _with_model_spans([{"label": "PER", "pattern": [{"TEXT": "Alexander"}, {"TEXT": "Van"}]},
                             {"label": "LOC", "pattern": "Bellen"}])
    assert ents(nlp, "Bundespräsident Alexander Van der Bellen lud ein.") == [("Alexander Van der Bellen", "PER")]


def test_unknown_names_between_an_office_and_a_one_word_place_are_one_person():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Quaxyesus"}])
    assert ents(nlp, "Generaldirektor Tedros Adhanom Quaxyesus warnte.") == [("Tedros Adhanom Quaxyesus", "PER")]
    # known words are no names
    assert ents(nlp, "Generaldirektor Haus Quaxyesus warnte.") == [("Quaxyesus", "LOC")]


def test_two_unknown_words_after_an_office_are_a_person():
    nlp = _with_model_spans([{"label": "ORG", "pattern": [{"TEXT": "Conradin"}, {"TEXT": "Quaxmer"}]}])
    assert ents(nlp, "Regierungspräsident Conradin Quaxmer zeigte sich enttäuscht.") == [("Conradin Quaxmer", "PER")]


def test_ice_hockey_club_prefixes_make_clubs():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Davos"}, {"label": "ORG", "pattern": "Quaxtal"}])
    assert ents(nlp, "Der HC Davos verlor gegen den EHC Quaxtal .") == [("HC Davos", "ORG"), ("EHC Quaxtal", "ORG")]


def test_a_misc_given_name_after_an_office_joins_a_known_surname():
    nlp = _with_model_spans([{"label": "MISC", "pattern": "Mark"}])
    found = ents(nlp, "Am Donnerstag trifft sich Pfister mit Nato-Generalsekretär Mark Rutte.")
    assert ("Mark Rutte", "PER") in found and ("Rutte", "PER") not in found


def test_a_demonym_before_a_council_is_the_council(rules_nlp):
    nlp = _with_model_spans([{"label": "MISC", "pattern": "Quaxquax"}])  # the model finds nothing here
    assert ents(nlp, "Der Zürcher Kantonsrat lehnt die Vorlage ab.") == [("Zürcher Kantonsrat", "ORG")]
    assert ents(nlp, "Der Wiener Landtag tagte.") == [("Wiener Landtag", "ORG")]
    assert ents(nlp, "Der Zürcher Wein ist gut.") == []  # no council
    # before a person's name the council is the person's office
    nlp = _with_model_spans([{"label": "PER", "pattern": "Quax Quaxuff"}])
    assert ents(nlp, "Der Bündner Regierungsrat Quax Quaxuff trat zurück.") == [("Quax Quaxuff", "PER")]
    assert ents(rules_nlp, "Der Zürcher Stadtrat Richard Quaxolff trat zurück.") == [("Richard Quaxolff", "PER")]
    assert ents(nlp, "Die Salzburger Festspiele haben einen Intendanten.") == [("Salzburger Festspiele", "ORG")]


def test_a_place_name_closes_with_a_river_or_a_name_never_a_word():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Bern am Plan"}, {"label": "LOC", "pattern": "Frankfurt am Main"},
                             {"label": "LOC", "pattern": "Quaxlingen"}])
    assert ents(nlp, "Die Regierung hielt in Bern am Plan fest.") == [("Bern", "LOC")]
    assert ents(nlp, "Die Messe in Frankfurt am Main beginnt.") == [("Frankfurt am Main", "LOC")]
    assert ents(nlp, "Sie kam aus Quaxlingen an der Pielach.") == [("Quaxlingen an der Pielach", "LOC")]
    assert ents(nlp, "Sie kam aus Quaxlingen an der Grenze.") == [("Quaxlingen", "LOC")]


def test_a_gazetteer_place_with_a_link_word_is_one_place():
    # the model's person "Taunus" and its two places "Lindau", "Bodensee" give way to the gazetteer's name
    nlp = _with_model_spans([{"label": "PER", "pattern": "Taunus"}, {"label": "LOC", "pattern": "Neumarkt"}])
    assert ents(nlp, "Bad Soden am Taunus feiert.") == [("Bad Soden am Taunus", "LOC")]
    assert ents(nlp, "Die Feier in Neumarkt in der Oberpfalz.") == [("Neumarkt in der Oberpfalz", "LOC")]


def test_a_compass_point_and_a_known_place_is_a_region():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Südlibanon"}, {"label": "LOC", "pattern": "Brüssel an der Digitalsteuer"}])
    assert ents(nlp, "Israel griff Stellungen im Südlibanon an.") == [("Israel", "LOC"), ("Südlibanon", "LOC")]
    assert ents(nlp, "Die Kämpfe in der Ostukraine dauern an.") == [("Ostukraine", "LOC")]
    assert ents(nlp, "Der Ostwind bläst, die Südkoreaner jubeln.") == []
    # a compound of words closes no place's name
    assert ents(nlp, "Sollte Brüssel an der Digitalsteuer festhalten, droht Streit.") == [("Brüssel", "LOC")]


def test_a_valley_or_lake_after_im_or_am_is_no_person():
    # an invented valley: a listed one (Ötztal) is a place by the gazetteer wherever it stands
    nlp = _with_model_spans([{"label": "PER", "pattern": "Quaxertal"}, {"label": "PER", "pattern": "Quaxthaler"}])
    assert ents(nlp, "Eine Lawine im Tiroler Quaxertal verschüttete zwei Männer.") == [("Quaxertal", "LOC")]
    assert ents(nlp, "Laut Quaxthaler war das Quaxertal gesperrt.") == [("Quaxthaler", "PER"), ("Quaxertal", "PER")]


def test_a_place_genitive_and_scores():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "0:2. Trainer"}, {"label": "PER", "pattern": "Irans Atomprogramm"}])
    assert ents(nlp, "Sie verloren mit 0:2. Trainer Polzin war enttäuscht.") == [("Polzin", "PER")]
    assert ents(nlp, "Er kritisierte Irans Atomprogramm.") == [("Irans", "LOC")]
    assert ("Russlands", "LOC") in ents(nlp, "Vertreter der USA und Russlands trafen sich.")


def test_a_name_closed_by_the_model_span_takes_the_rulers_opening_of_the_same_kind():
    # the ruler tags "Amnesty" (a listed name) where the model took "International" alone
    nlp = _with_model_spans([{"label": "ORG", "pattern": "International"}, {"label": "LOC", "pattern": "Herzegowina"},
                             {"label": "LOC", "pattern": "Bosnien"}])
    assert ents(nlp, "Amnesty International kritisierte die Haft.") == [("Amnesty International", "ORG")]
    # two places stay two (GermEval's convention)
    assert ents(nlp, "Sie lebt in Bosnien und Herzegowina.") == [("Bosnien", "LOC"), ("Herzegowina", "LOC")]


def test_a_name_closed_by_the_model_span_and_a_street_after_an_indefinite_article():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Neustadt"}])
    assert ents(nlp, "Sie demonstrierten in Wiener Neustadt.") == [("Wiener Neustadt", "LOC")]
    assert ents(nlp, "Es geht um den Bau einer Umfahrungsstraße.") == []
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Stau"}])
    assert ents(nlp, "Es bildete sich ein Stau von zehn Kilometern.") == []
    assert ents(nlp, "Er wohnt in der Bayernstraße.") == [("Bayernstraße", "LOC")]


def test_a_noun_after_in_with_geraten_or_nehmen_is_a_state():
    nlp = _with_model_spans([{"label": "LOC", "pattern": w} for w in ("Seenot", "Beschlag", "Schieflage", "Hof")])
    assert ents(nlp, "Das Schiff geriet vor der Küste in Seenot.") == []
    assert ents(nlp, "Die Behörden nahmen die Wohnung in Beschlag.") == []
    assert ents(nlp, "Der Konzern ist in Schieflage geraten.") == []
    # a town named like a noun stays a place when the verb does other work
    assert ents(nlp, "Die Polizei nahm den Mann in Hof fest.") == [("Hof", "LOC")]
    assert ents(nlp, "Er geriet in eine Kontrolle bei Hof.") == [("Hof", "LOC")]


def test_a_party_before_an_office_is_a_title():
    assert is_title_word("sp-nationalrätin") and is_title_word("övp-abgeordneter")
    assert not is_title_word("nato-gipfel") and not is_title_word("blau-weiss")
    # the model's two-word span behind the title's given name is the rest of the name
    nlp = _with_model_spans([{"label": "MISC", "pattern": "Quaxer Graf"}])
    assert ents(nlp, "SP-Nationalrätin Priska Quaxer Graf sagte, das sei falsch.") == [("Priska Quaxer Graf", "PER")]
    assert ents(nlp, "Die Vereine Priska Quaxer Graf und andere.") == [("Quaxer Graf", "MISC")]


def test_an_association_and_a_court_with_their_names_are_organizations():
    nlp = _with_model_spans([{"label": "MISC", "pattern": "Pro Quax"},
                             {"label": "LOC", "pattern": "Landgericht Oldenburg"},
                             {"label": "LOC", "pattern": "Museum Ludwig"}])
    assert ents(nlp, "Der Fahrgastverband Pro Quax forderte beide Seiten auf.") == [("Pro Quax", "ORG")]
    assert ents(nlp, "Das Landgericht Oldenburg hat den Mann verurteilt.") == [("Landgericht Oldenburg", "ORG")]
    # a building named for a place or a person may be a place
    assert ents(nlp, "Die Ausstellung im Museum Ludwig endet.") == [("Museum Ludwig", "LOC")]


def test_unions_and_business_associations_are_in_the_gazetteer(rules_nlp):
    assert ents(rules_nlp, "Der Beamtenbund dbb schloss sich an.") == [("Beamtenbund", "ORG"), ("dbb", "ORG")]
    assert ents(rules_nlp, "Economiesuisse und die GEW widersprachen.") == [("Economiesuisse", "ORG"), ("GEW", "ORG")]


def test_a_club_named_by_its_state_and_town_is_the_club(rules_nlp):
    assert ents(rules_nlp, "Bayern München gewinnt gegen Quaxdorf.")[0] == ("Bayern München", "ORG")
    assert ents(rules_nlp, "Er zog von Bayern nach München.") == [("Bayern", "LOC"), ("München", "LOC")]


def test_a_person_made_of_places_is_those_places():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Russland Charkiw"}, {"label": "PER", "pattern": "Wien Quaxler"}])
    assert ents(nlp, "Am Morgen griff Russland Charkiw an.") == [("Russland", "LOC"), ("Charkiw", "LOC")]
    assert ents(nlp, "Dann sprach Wien Quaxler.") == [("Wien Quaxler", "PER")]


def test_where_a_firm_is_from_and_what_it_is_are_no_part_of_its_name():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Thurgauer Zugbauer Quaxler Rail"},
                             {"label": "ORG", "pattern": "Münchner Autobauer"}, {"label": "ORG", "pattern": "QBW"}])
    assert ents(nlp, "Der Thurgauer Zugbauer Quaxler Rail hat einen Auftrag.") == [("Quaxler Rail", "ORG")]
    assert ents(nlp, "Der Münchner Autobauer QBW legt zu.") == [("QBW", "ORG")]


def test_a_bracket_or_comma_is_no_part_of_a_name():
    nlp = _with_model_spans([{"label": "MISC", "pattern": "Katrin Quaxetta ("}, {"label": "LOC", "pattern": ", Quaxdorf"}])
    assert ents(nlp, "Stadträtin Katrin Quaxetta (GLP) zeigte sich erleichtert.")[0] == ("Katrin Quaxetta", "PER")
    assert ("Quaxdorf", "LOC") in ents(nlp, "Er kam aus Bern, Quaxdorf und Thun.")


def test_a_place_with_a_noun_and_a_genitive_compound_of_words():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Moskau Kriegsverbrechen"}, {"label": "LOC", "pattern": "Lokpersonals"},
                             {"label": "LOC", "pattern": "Kahlenbergs"}])
    assert ents(nlp, "Selenskyj wirft Moskau Kriegsverbrechen vor.") == [("Selenskyj", "PER"), ("Moskau", "LOC")]
    # a given name opens a person even where given name + s is a town (Jona SG) and the surname a compound
    nlp2 = _with_model_spans([{"label": "PER", "pattern": "Jonas Wehrmann"}])
    assert ents(nlp2, "Das sagte dessen Sprecher Jonas Wehrmann.") == [("Jonas Wehrmann", "PER")]
    assert ents(nlp, "Wegen eines Warnstreiks des Lokpersonals fielen Züge aus.") == []
    assert ents(nlp, "Der Gipfel des Kahlenbergs ist gesperrt.") == [("Kahlenbergs", "LOC")]


def test_the_kind_of_firm_before_its_name_is_no_part_of_it():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Chiphersteller Quaxtron"}, {"label": "ORG", "pattern": "Gewerkschaft Quax"}])
    assert ents(nlp, "Der Chiphersteller Quaxtron will wachsen.") == [("Quaxtron", "ORG")]
    assert ents(nlp, "Die Gewerkschaft Quax streikt.") == [("Gewerkschaft Quax", "ORG")]  # an institution word stays
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Terrormiliz QX"}])
    assert ents(nlp, "Er unterstützte die Terrormiliz QX.") == [("QX", "ORG")]
    # ... also where the model took the two for a place or a person: the firm is the name alone
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Autobauer Quaxwagen"}, {"label": "PER", "pattern": "Versicherer Blixa"},
                             {"label": "PER", "pattern": "Orgelbauer Quaxler"}])
    assert ents(nlp, "Der Autobauer Quaxwagen hat eine Strafe bezahlt.") == [("Quaxwagen", "ORG")]
    assert ents(nlp, "Der Versicherer Blixa zahlt.") == [("Blixa", "ORG")]
    assert ents(nlp, "Der Orgelbauer Quaxler starb.") == [("Orgelbauer Quaxler", "PER")]  # a craftsman may be a person


def test_a_model_person_that_is_a_gazetteer_place_of_several_words_is_the_place():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Appenzell Ausserrhoden"}])
    assert ents(nlp, "Der Regierungsrat von Appenzell Ausserrhoden tagte.") == [("Appenzell Ausserrhoden", "LOC")]


def test_the_title_before_a_known_person_is_no_part_of_the_name():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Kanzler Merz"}])
    assert ents(nlp, "Kanzler Merz und Präsident Macron trafen sich.")[0] == ("Merz", "PER")


def test_a_function_word_after_a_dateline_dash_opens_the_story_not_a_name(rules_nlp):
    assert ents(rules_nlp, "Genf – Bei Gesprächen in Genf wurde verhandelt.") == [("Genf", "LOC"), ("Genf", "LOC")]


def test_a_date_is_no_part_of_a_name():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Institut am Dienstag"}, {"label": "ORG", "pattern": "Quaxtron AG am Montag"}])
    assert ents(nlp, "Das teilte das Institut am Dienstag mit.") == []  # what is left is a plain noun
    assert ents(nlp, "Es klagte die Quaxtron AG am Montag.") == [("Quaxtron AG", "ORG")]
    # a listed name with a day in it is that name: Sunday papers
    nlp = _with_model_spans([{"label": "ORG", "pattern": "NZZ am Sonntag"}])
    assert ents(nlp, "Das berichtet die NZZ am Sonntag.") == [("NZZ am Sonntag", "ORG")]


def test_in_brand_is_on_fire_not_the_town():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Brand"}])
    assert ents(nlp, "Unbekannte haben mehrere Autos in Brand gesetzt.") == []
    assert ents(nlp, "Das Haus geriet in Brand.") == []
    assert ents(nlp, "Er wohnt in Brand bei Aachen.")[0] == ("Brand", "LOC")


def test_a_party_and_its_voters_and_a_club_and_its_year():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "QXP Wähler"}, {"label": "ORG", "pattern": "Naumburger SV"},
                             {"label": "ORG", "pattern": "FSV Quaxstadt"}])
    assert ents(nlp, "Viele QXP Wähler sind unzufrieden.") == [("QXP", "ORG")]
    assert ents(nlp, "Der Naumburger SV 1905 gewann.") == [("Naumburger SV 1905", "ORG")]
    assert ents(nlp, "Der FSV Quaxstadt 05 verlor zwei Spiele.") == [("FSV Quaxstadt 05", "ORG")]
    # the model tagged only the town: the prefix, the club's number and its year join it
    town = _with_model_spans([{"label": "LOC", "pattern": "Quaxstadt"}])
    assert ents(town, "Der 1. FSV Quaxstadt 05 verlor.") == [("1. FSV Quaxstadt 05", "ORG")]


def test_a_gazetteer_name_takes_the_models_part_of_another_kind():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Bayer"}, {"label": "LOC", "pattern": "Leverkusen"},
                             {"label": "LOC", "pattern": "Bosnien"}, {"label": "LOC", "pattern": "Herzegowina"}])
    assert ents(nlp, "Dortmund schlug Bayer Leverkusen klar.") == [("Dortmund", "LOC"), ("Bayer Leverkusen", "ORG")]
    # also one with a number ("Mainz" LOC + "05")
    mainz = _with_model_spans([{"label": "LOC", "pattern": "Mainz"}])
    assert ents(mainz, "Mainz 05 schlägt Leverkusen.") == [("Mainz 05", "ORG"), ("Leverkusen", "LOC")]
    # two places the model tagged stay two (GermEval's convention)
    assert ents(nlp, "Er reiste nach Bosnien und Herzegowina.") == [("Bosnien", "LOC"), ("Herzegowina", "LOC")]


def test_a_listed_name_the_model_cut_into_parts_or_left_unopened_is_that_name():
    parts = _with_model_spans([{"label": "MISC", "pattern": "Pro"}, {"label": "ORG", "pattern": "Natura"}])
    assert ents(parts, "Die Umweltorganisation Pro Natura kündigte eine Beschwerde an.") == [("Pro Natura", "ORG")]
    unopened = _with_model_spans([{"label": "LOC", "pattern": "Natura"}])
    assert ents(unopened, "Pro Natura kündigte eine Beschwerde an.") == [("Pro Natura", "ORG")]


def test_a_persons_name_never_ends_in_a_capitalized_particle():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Jean-Marie Le"}, {"label": "PER", "pattern": "Luigi Di"}])
    assert ents(nlp, "Jean-Marie Le Pen starb im Januar.") == [("Jean-Marie Le Pen", "PER")]
    assert ents(nlp, "Gestern sprach Luigi Di Maio in Rom.") == [("Luigi Di Maio", "PER"), ("Rom", "LOC")]


def test_a_compound_of_two_nouns_is_no_person():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Armeebudget"}, {"label": "PER", "pattern": "Quaxlinger"},
                             {"label": "PER", "pattern": "Bergmann"}])
    assert ents(nlp, "Bundesrat will Armeebudget schneller erhöhen") == [("Bundesrat", "ORG")]  # the gazetteer's
    assert ents(nlp, "Dann sprach Quaxlinger.") == [("Quaxlinger", "PER")]  # an unknown name stays
    assert ents(nlp, "Dann sprach Bergmann.") == [("Bergmann", "PER")]  # a surname the word list knows stays
    long = _with_model_spans([{"label": "PER", "pattern": "Wasserkraftwerk"}])
    assert ents(long, "Wasserkraftwerk liefert weniger Strom") == []  # a long one it knows is a word too


def test_a_canton_code_that_opens_a_club_stays_the_clubs():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Quaxwil"}, {"label": "ORG", "pattern": "SG Quaxia"}])
    assert ents(nlp, "Er wechselte von Quaxwil SG Quaxia zu uns.") == [("Quaxwil", "LOC"), ("SG Quaxia", "ORG")]


def test_a_naming_adjective_and_an_organization_word_are_an_organization(rules_nlp):
    assert ents(rules_nlp, "Kritik kam vom Europäischen Quaxverband.") == [("Europäischen Quaxverband", "ORG")]
    assert ents(rules_nlp, "Der Deutsche Quaxbund warnte.") == [("Deutsche Quaxbund", "ORG")]
    assert ents(rules_nlp, "Es spielte im Jüdischen Quaxmuseum.") == []  # a building is no organization


def test_a_word_the_text_uses_as_a_noun_is_no_person_elsewhere():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Lawine"}, {"label": "PER", "pattern": "Crawford"},
                             {"label": "PER", "pattern": "Quaxler"}])
    # the headline's "Lawine" is the noun the story opens with an indefinite article
    assert ents(nlp, "Lawine verschüttet Skitourengeher\n\nEine Lawine hat am Samstag zwei Männer verschüttet.") == []
    # a definite article alone proves nothing for a word the word list does not know: the actress
    assert ents(nlp, "Crawford lachte. Die Crawford war bester Laune.") == [("Crawford", "PER"), ("Crawford", "PER")]
    # and a name is left alone where no article stands before it
    assert ents(nlp, "Quaxler lachte. Dann sprach Quaxler.") == [("Quaxler", "PER"), ("Quaxler", "PER")]


def test_a_person_after_the_kind_of_firm_is_the_firm():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Georg Quaxler"}])
    assert ents(nlp, "Der Autozulieferer Georg Quaxler baut Stellen ab.") == [("Georg Quaxler", "ORG")]
    assert ents(nlp, "Beim Versicherer Georg Quaxler sinkt der Gewinn.") == [("Georg Quaxler", "ORG")]
    places = _with_model_spans([{"label": "LOC", "pattern": "Quaxnova"}, {"label": "LOC", "pattern": "Nordeuropas"}])
    assert ents(places, "Der Energieversorger Quaxnova baut.") == [("Quaxnova", "ORG")]
    assert ents(places, "Der größte Computer-Dienstleister Nordeuropas wächst.") == [("Nordeuropas", "LOC")]
    # words that name people as well as firms leave the person alone
    assert ents(nlp, "Der Produzent Georg Quaxler lachte.") == [("Georg Quaxler", "PER")]
    assert ents(nlp, "Der Orgelbauer Georg Quaxler lachte.") == [("Georg Quaxler", "PER")]


def test_a_known_place_the_model_calls_an_organization_is_the_place_after_in_or_bei():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Kassel"}])
    assert ents(nlp, "Ein Zug ist bei Kassel entgleist.") == [("Kassel", "LOC")]
    assert ents(nlp, "Er zog nach Kassel.") == [("Kassel", "LOC")]
    # after "gegen" or "von" it may be the club or the town's administration
    assert ents(nlp, "Das Team verlor gegen Kassel.") == [("Kassel", "ORG")]


def test_an_organization_runs_up_to_the_acronym_that_spells_it():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Bundesamt"}, {"label": "ORG", "pattern": "Quaxamt"}])
    assert ents(nlp, "Das Bundesamt für Sicherheit in der Informationstechnik (BSI) hilft.") == [
        ("Bundesamt für Sicherheit in der Informationstechnik", "ORG"), ("BSI", "ORG")]
    # an acronym that does not spell the words before it leaves the span as the model made it; right after an
    # organization's name of several words it is still its short form
    assert ents(nlp, "Das Quaxamt für Wetter (XYZ) hilft.") == [("Quaxamt für Wetter", "ORG"), ("XYZ", "ORG")]
    assert ents(nlp, "Das Bundesamt hilft der Stadt (BSI) nicht.") == [("Bundesamt", "ORG")]


def test_a_word_in_brackets_after_an_organizations_name_is_its_short_form():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Quaxamt für Straßen"}, {"label": "PER", "pattern": "Quastra"},
                             {"label": "ORG", "pattern": "Quaxische Gewerkschaftsbund"}, {"label": "ORG", "pattern": "Quaxpartei"}])
    assert ents(nlp, "Das Quaxamt für Straßen (Quastra) baut.") == [("Quaxamt für Straßen", "ORG"), ("Quastra", "ORG")]
    assert ents(nlp, "Der Quaxische Gewerkschaftsbund (QGB) streikt.") == [
        ("Quaxische Gewerkschaftsbund", "ORG"), ("QGB", "ORG")]
    # a place in brackets is where the organization is, and a one-word name gives no short form
    assert ents(nlp, "Das Quaxamt für Straßen (Bern) baut.") == [("Quaxamt für Straßen", "ORG"), ("Bern", "LOC")]
    assert ents(nlp, "Die Quaxpartei (Quastra) wächst.") == [("Quaxpartei", "ORG"), ("Quastra", "PER")]


def test_an_islands_name_after_the_word_is_a_place(rules_nlp):
    assert ents(rules_nlp, "Die Brände auf der Insel Quaxöa wüten.") == [("Quaxöa", "LOC")]
    assert ents(rules_nlp, "Er floh auf die Halbinsel Quaxia.") == [("Quaxia", "LOC")]
    assert ents(rules_nlp, "Die Insel Hälfte ist verbrannt.") == []  # a plain noun is no name


def test_a_plural_noun_is_no_place():
    nlp = _with_model_spans([{"label": "LOC", "pattern": w} for w in ("Haftbefehle", "Sozialkürzungen", "Böhmen",
                                                                      "Nordhessen", "Quaxlingen", "Wohnhäuser",
                                                                      "Wohnungen")])
    assert ents(nlp, "Der Staatsanwalt hat Haftbefehle beantragt.") == []
    assert ents(nlp, "Tausende demonstrieren gegen Sozialkürzungen") == []
    # an umlaut plural in -er (Wohn|häuser), and -ungen at any length
    assert ents(nlp, "Sie brachen seit Januar in Wohnhäuser ein.") == []
    assert ents(nlp, "Sie brachen in Wohnungen ein.") == []
    # a region named like its people, a known place closing the word, an unknown name stay places
    assert ents(nlp, "Er stammte aus Böhmen.") == [("Böhmen", "LOC")]
    assert ents(nlp, "Nicht nur in Nordhessen regnet es.") == [("Nordhessen", "LOC")]
    assert ents(nlp, "Er stammte aus Quaxlingen.") == [("Quaxlingen", "LOC")]


def test_a_known_place_joined_to_a_place_is_a_place():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Basel"}, {"label": "PER", "pattern": "Liestal"},
                             {"label": "ORG", "pattern": "Basel\n\nQuaxdorf"}])
    assert ents(nlp, "Die Strecke zwischen Basel und Liestal ist gesperrt.") == [("Basel", "LOC"), ("Liestal", "LOC")]
    assert ents(nlp, "Liestal lachte.") == [("Liestal", "LOC")]  # a town alone is no person
    # a headline's ORG cut at the line break is the place after "bei", though Basel is on a given-name list
    assert ents(nlp, "Zug entgleist bei Basel\n\nQuaxdorf. Ein Zug.")[0] == ("Basel", "LOC")


def test_a_compound_of_two_nouns_is_no_place():
    nlp = _with_model_spans([{"label": "LOC", "pattern": w} for w in ("Stadtrand", "Nordamerika", "Rosenberg",
                                                                      "Katastrophenfonds")])
    assert ents(nlp, "Sie blockierten die Autobahn am Stadtrand.") == []
    # also one the word list lacks, made of two it has
    assert ents(nlp, "Er sagte Hilfe aus dem Katastrophenfonds zu.") == []
    # a compass region, a place head ("-berg") stay places
    assert ents(nlp, "Er lebte in Nordamerika.") == [("Nordamerika", "LOC")]
    assert ents(nlp, "Er lebte in Rosenberg.") == [("Rosenberg", "LOC")]


def test_an_office_after_an_office_is_nobody(rules_nlp):
    assert ents(rules_nlp, "Der Vorsitzende Richter sprach von einer heimtückischen Tat.") == []
    assert ents(rules_nlp, "Die Lawine kam schnell. Landrat Lawine sprach.") == []  # the text's own noun
    assert ents(rules_nlp, "Der Vorsitzende Quaxler sprach.") == [("Quaxler", "PER")]


def test_a_place_that_opens_an_organizations_name_in_the_text_is_that_organization():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Quaxia Wien"}, {"label": "LOC", "pattern": "Quaxia"},
                             {"label": "ORG", "pattern": "Berliner Quaxzeitung"}, {"label": "LOC", "pattern": "Berliner"}])
    assert ents(nlp, "Quaxia Wien verliert. Das Derby gegen Quaxia ging verloren.") == [
        ("Quaxia Wien", "ORG"), ("Quaxia", "ORG")]
    assert ents(nlp, "Quaxia liegt am Meer.") == [("Quaxia", "LOC")]  # alone, the model's reading stays
    # a demonym is its people or its place, whatever the paper is called
    assert ents(nlp, "Die Berliner Quaxzeitung schrieb, die Berliner seien müde.")[-1] == ("Berliner", "LOC")


def test_a_kind_of_road_is_no_place():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Kantonsstraße"}])
    assert ents(nlp, "Der Unfall geschah auf der Kantonsstraße bei Quaxdorf.") == []
    rules = add_entity_ruler(spacy.blank("de"))
    assert ents(rules, "Er wohnt an der Bahnhofstraße, nicht an der Bundesstraße.") == [("Bahnhofstraße", "LOC")]


def test_an_unknown_name_after_a_kind_of_firm_is_the_firm(rules_nlp):
    assert ents(rules_nlp, "Siemens kauft den US-Softwarehersteller Quaxair für zehn Milliarden.") == [
        ("Siemens", "ORG"), ("Quaxair", "ORG")]
    # a word of the word list after it is no name
    assert ents(rules_nlp, "Der Konzern Gewinne machte.") == []
    # unions, parties, associations and foundations too
    assert ents(rules_nlp, "Die Gewerkschaft Quaxna kritisierte den Abbau.") == [("Quaxna", "ORG")]
    assert ents(rules_nlp, "Dann gewann die Oppositionspartei Quaxza die Wahl.") == [("Quaxza", "ORG")]


def test_an_arabic_patronymic_joins_the_given_name():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Quaxman"}])
    assert ents(nlp, "Er traf Mohammed bin Quaxman gestern.") == [("Mohammed bin Quaxman", "PER")]
    assert ents(nlp, "Ich bin Quaxman.") == [("Quaxman", "LOC")]  # the verb after a pronoun


def test_a_firm_name_cut_in_two_is_one():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Quaxter"}, {"label": "ORG", "pattern": "Quaxmens"},
                             {"label": "ORG", "pattern": "Energy AG"}, {"label": "ORG", "pattern": "Gamble"}])
    assert ents(nlp, "Quaxter & Quaxble investiert.") == [("Quaxter & Quaxble", "ORG")]
    assert ents(nlp, "Die Quaxmens Energy AG investiert.") == [("Quaxmens Energy AG", "ORG")]
    assert ents(nlp, "Quaxter & Gamble investiert.") == [("Quaxter & Gamble", "ORG")]
    # two firms side by side without a legal form stay two
    assert ents(nlp, "Quaxter Quaxmens investiert.") == [("Quaxter", "ORG"), ("Quaxmens", "ORG")]


def test_a_legal_form_the_model_joined_to_the_next_noun_closes_the_name_before_it():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "AG Anklage"}, {"label": "ORG", "pattern": "AG Quaxdorf"}])
    assert ents(nlp, "Gegen die Quaxcard AG Anklage erhoben.") == [("Quaxcard AG", "ORG")]
    # a name after the legal form is no noun of the sentence: left as the model has it
    assert ents(nlp, "Die Quaxcard AG Quaxdorf wächst.") == [("AG Quaxdorf", "ORG")]


def test_an_unknown_organization_word_with_the_place_it_is_named_for_is_one_name():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Quaxair"}, {"label": "ORG", "pattern": "SPD"}])
    assert ents(nlp, "Ein Helikopter der Quaxair Zermatt flog ihn nach Visp.") == [
        ("Quaxair Zermatt", "ORG"), ("Visp", "LOC")]
    assert ents(nlp, "Die SPD Zermatt tagt.") == [("SPD", "ORG"), ("Zermatt", "LOC")]  # an acronym stays apart


def test_a_model_span_opening_a_declined_gazetteer_name_is_that_name():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Schweizerische Rote"}])
    assert ents(nlp, "Das Schweizerische Rote Kreuz hilft.") == [("Schweizerische Rote Kreuz", "ORG")]


def test_a_quoted_person_name_is_a_work():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Don Quaxanni"}, {"label": "PER", "pattern": "Anna Quax"}])
    assert ents(nlp, 'Sie spielen Mozarts „Don Quaxanni“ in Quaxdorf.') == [("Don Quaxanni", "MISC"), ("Quaxdorf", "LOC")]
    assert ents(nlp, 'Dann sprach Anna Quax lange.') == [("Anna Quax", "PER")]


def test_gazetteer_names_are_found_with_declined_adjectives(rules_nlp):
    assert declined_forms("Vereinte Nationen") == ["Vereinten Nationen"]
    assert declined_forms("Deutscher Gewerkschaftsbund") == [
        "Deutschen Gewerkschaftsbund", "Deutsche Gewerkschaftsbund",
        "Deutschen Gewerkschaftsbunds", "Deutschen Gewerkschaftsbundes"]  # the genitive, too
    assert declined_forms("Rotes Kreuz") == ["Roten Kreuz", "Rote Kreuz", "Roten Kreuzes"]
    assert declined_forms("Europäische Union") == ["Europäischen Union"]  # a feminine head keeps its form
    assert declined_forms("Die Mitte") == []  # an article is no adjective
    assert declined_forms("Wiener Neustadt") == []  # a demonym does not decline
    assert ents(rules_nlp, "Ein Bericht der Vereinten Nationen warnt.") == [("Vereinten Nationen", "ORG")]
    assert ents(rules_nlp, "Die Mitglieder des Europäischen Parlaments stimmten ab.") == [
        ("Europäischen Parlaments", "ORG")]


def test_an_unknown_town_after_in_nach_aus_is_a_place(rules_nlp):
    assert ents(rules_nlp, "Ein Mann wurde in Quaxheimkirchen tot aufgefunden.") == [("Quaxheimkirchen", "LOC")]
    assert ents(rules_nlp, "Sie zogen nach Quaxikon.") == [("Quaxikon", "LOC")]
    assert ents(rules_nlp, "Das Gesetz trat in Kraft.") == []  # a word
    assert ents(rules_nlp, "Er blieb in Quaxler.") == []  # no town's ending


def test_a_town_and_its_district_after_a_bare_preposition_are_one_place(rules_nlp):
    assert ents(rules_nlp, "Die Polizei nahm in Wien-Favoriten zwei Männer fest.") == [("Wien-Favoriten", "LOC")]
    assert ents(rules_nlp, "Auch in Frankfurt-Höchst und Köln-Ehrenfeld gab es Razzien.") == [
        ("Frankfurt-Höchst", "LOC"), ("Köln-Ehrenfeld", "LOC")]
    assert ents(rules_nlp, "Nach Wien-Besuch reist er weiter.") == []  # headline style: a visit
    assert ents(rules_nlp, "Er wohnt in Berlin-Nähe.") == []
    assert ents(rules_nlp, "Sie verhandelten in Ukraine-Fragen.") == []  # a country's compounds are topics
    assert ents(rules_nlp, "Der Wien-Besuch und Köln-Ehrenfeld.") == []  # no preposition, no district before


def test_a_town_named_like_a_word_after_a_bare_preposition_is_the_town(rules_nlp):
    assert ents(rules_nlp, "Ein Anschlag auf eine Moschee in Halle schockierte.") == [("Halle", "LOC")]
    assert ents(rules_nlp, "Er fuhr nach Zug.") == [("Zug", "LOC")]
    assert ents(rules_nlp, "Im Zug war es kalt. In der Halle spielte er.") == []  # with an article: the word


def test_the_seat_after_a_court_or_a_police_force_is_a_place(rules_nlp):
    # a town named like a word ("baden" is a verb) after an institution is its seat
    assert ents(rules_nlp, "Das Bezirksgericht Baden verurteilte ihn.") == [("Baden", "LOC")]
    assert ents(rules_nlp, "Das Amtsgericht Hof wies die Klage ab.") == [("Hof", "LOC")]
    # ... and a town no list has, after a court, a police force or a district authority
    assert ents(rules_nlp, "Das Bezirksgericht Quaxdorf verurteilte ihn.") == [("Quaxdorf", "LOC")]
    assert ents(rules_nlp, "Die Bezirkshauptmannschaft Quaxau verhängte eine Strafe.") == [("Quaxau", "LOC")]
    # a plain noun after the police is its object, a given name a person's
    assert ents(rules_nlp, "Am Montag sucht die Kantonspolizei Zeugen.") == []
    assert ents(rules_nlp, "Dann hat die Polizei Tränengas und Pfefferspray eingesetzt.") == []
    assert ents(rules_nlp, "Am Montag nahm die Polizei Quaxovic fest.") == []  # no town's ending: whom it arrested
    # a union's name is no seat, and a train no town
    assert ents(rules_nlp, "Die Gewerkschaft Quaxia streikt. Im Zug sass er.") == [("Quaxia", "ORG")]


def test_an_unknown_valley_or_lake_after_im_or_am_is_a_place(rules_nlp):
    assert ents(rules_nlp, "Im Quaxtal wurden Keller überflutet.") == [("Quaxtal", "LOC")]
    assert ents(rules_nlp, "Sie badeten am Quaxsee.") == [("Quaxsee", "LOC")]
    assert ents(rules_nlp, "Sie wanderten im Nadelwald.") == []  # a compound of plain nouns
    assert ents(rules_nlp, "So kalt wie im Münsterland ist es nicht.") == [("Münsterland", "LOC")]  # a region


def test_an_institution_goes_on_with_what_it_is_for():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Institut für Quax-"}, {"label": "ORG", "pattern": "Departement"},
                             {"label": "LOC", "pattern": "Quaxland"}])
    assert ents(nlp, "Das Institut für Quax- und Lawinenforschung in Davos warnt.")[0] == (
        "Institut für Quax- und Lawinenforschung", "ORG")
    assert ents(nlp, "Das Eidgenössische Departement für auswärtige Angelegenheiten zahlt.") == [
        ("Eidgenössische Departement für auswärtige Angelegenheiten", "ORG")]
    # untagged, and with its seat
    assert ents(nlp, "Sitz des Landesamtes für Mess- und Eichwesen Quaxland.") == [
        ("Landesamtes für Mess- und Eichwesen Quaxland", "ORG")]
    # courts, central offices, chambers and societies, with the seat after them
    assert ents(nlp, "Am Landesgericht für Strafsachen Quaxland begann der Prozess.") == [
        ("Landesgericht für Strafsachen Quaxland", "ORG")]
    assert ents(nlp, "Die Bundeszentrale für politische Bildung lädt ein.") == [
        ("Bundeszentrale für politische Bildung", "ORG")]
    # "für" after anything else is no name
    assert ents(nlp, "Das Geld für Bildung fehlt.") == []


def test_an_institution_takes_in_the_short_name_tagged_after_its_fuer():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Bundesamt"}, {"label": "ORG", "pattern": "Quaxschutz"},
                             {"label": "LOC", "pattern": "Quaxland"}])
    assert ents(nlp, "Das Bundesamt für Quaxschutz darf sie beobachten.") == [("Bundesamt für Quaxschutz", "ORG")]
    assert ents(nlp, "Der Chef des Landesamts für Quaxschutz Quaxland geht.") == [
        ("Landesamts für Quaxschutz Quaxland", "ORG")]
    # a seat after "in" stays a place of its own; the short name alone stays as tagged
    assert ents(nlp, "Das Landesamt für Quaxschutz in Quaxland warnt.") == [
        ("Landesamt für Quaxschutz", "ORG"), ("Quaxland", "LOC")]
    assert ents(nlp, "Der Quaxschutz warnt vor Geld für Quaxschutz.") == [("Quaxschutz", "ORG"), ("Quaxschutz", "ORG")]


def test_a_known_places_genitive_is_the_place_not_a_person():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Bielefelds"}, {"label": "PER", "pattern": "Quaxlers"}])
    assert ents(nlp, "Dann trafen Bielefelds Stürmer.") == [("Bielefelds", "LOC")]
    assert ents(nlp, "Dann trafen Quaxlers Stürmer.") == [("Quaxlers", "PER")]


def test_a_word_the_word_list_writes_lowercase_only_is_no_name():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Weiteres"}, {"label": "PER", "pattern": "Immerhin"},
                             {"label": "PER", "pattern": "Braun"}])
    assert ents(nlp, "Die Straße bleibt bis auf Weiteres gesperrt.") == []
    assert ents(nlp, "Immerhin könnte sie regieren.") == []
    assert ents(nlp, "Dann übernahm Braun die Leitung.") == [("Braun", "PER")]  # a surname that is an adjective


def test_a_demonym_before_a_club_prefix_is_the_club(rules_nlp):
    assert ents(rules_nlp, "Er besiegte den Tabellenführer Quaxbacher SC mit 2:0.") == [("Quaxbacher SC", "ORG")]
    nlp = _with_model_spans([{"label": "LOC", "pattern": "SC"}])
    assert ents(nlp, "Er besiegte den Tabellenführer Grazer SC mit 2:0.") == [("Grazer SC", "ORG")]


def test_a_person_named_like_a_firm_with_its_legal_form_in_the_text_is_the_firm():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Quaxor AG"}, {"label": "PER", "pattern": "Quaxor"},
                             {"label": "ORG", "pattern": "Quaxtal Steel"}, {"label": "PER", "pattern": "Quaxtal"}])
    assert ents(nlp, "Die Quaxor AG senkt die Prognose. Bis 2027 will Quaxor sparen.")[-1] == ("Quaxor", "ORG")
    # without a legal form, the shared word may be the founder's name
    assert ents(nlp, "Quaxtal Steel wächst. Dann sagte Quaxtal nichts.")[-1] == ("Quaxtal", "PER")


def test_a_person_right_after_in_is_a_place():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Quaxenwald"}, {"label": "PER", "pattern": "Quaxlers"}])
    assert ents(nlp, "In Quaxenwald waren die Räumungsdienste im Einsatz.") == [("Quaxenwald", "LOC")]
    assert ents(nlp, "Das geschah in Quaxlers Amtszeit.") == [("Quaxlers", "PER")]  # a genitive before a noun


def test_the_kind_of_firm_is_no_part_of_a_name_with_a_legal_form(rules_nlp):
    assert ents(rules_nlp, "Der Autozulieferer Quaxauto GmbH will Stellen streichen.") == [("Quaxauto GmbH", "ORG")]


def test_what_someone_has_is_no_name():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Mandant"}, {"label": "PER", "pattern": "Quaxler"},
                             {"label": "ORG", "pattern": "Mercedes"}])
    assert ents(nlp, "Der Verteidiger sagte, sein Mandant bereue die Tat.") == []
    assert ents(nlp, "Der Verteidiger sagte, sein Quaxler bereue die Tat.") == [("Quaxler", "PER")]
    assert ents(nlp, "Er fuhr mit seinem Mercedes vor.") == [("Mercedes", "ORG")]  # a brand stays


def test_a_word_no_list_has_after_a_bare_in_closing_the_clause_is_a_town(rules_nlp):
    assert ents(rules_nlp, "Er besuchte die Truppe am Samstag in Quaxbork.") == [("Quaxbork", "LOC")]
    assert ents(rules_nlp, "Die Zahl stieg in Touristenbüros.") == []  # a compound of nouns the lists lack
    assert ents(rules_nlp, "Er wohnt in Quaxbork bei Freunden.") == []  # not closing the clause: left to the model


def test_a_compound_of_nouns_after_von_or_mit_is_stuff_not_a_person():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Wasserstoff"}, {"label": "PER", "pattern": "Plutarch"}])
    assert ents(nlp, "Ein Verfahren zur Speicherung von Wasserstoff wurde entwickelt.") == []
    assert ents(nlp, "Eine Biografie von Plutarch erschien.") == [("Plutarch", "PER")]  # a name, no compound


def test_a_charge_after_wegen_is_no_person():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Hausfriedensbruchs"}, {"label": "PER", "pattern": "Quaxler"}])
    assert ents(nlp, "Die Leitung erstattete Anzeige wegen Hausfriedensbruchs.") == []
    assert ents(nlp, "Das Spiel fiel wegen Quaxler aus.") == [("Quaxler", "PER")]
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Betrugs"}, {"label": "LOC", "pattern": "Russlands"}])
    assert ents(nlp, "Er wurde wegen Betrugs verurteilt.") == []
    assert ents(nlp, "Es kam angesichts Russlands zu Protesten.") == [("Russlands", "LOC")]


def test_a_frequent_surname_that_is_a_noun_continues_a_given_name():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Stefan"}])
    assert ents(nlp, "Der Skispringer Stefan Kraft wurde Zweiter.") == [("Stefan Kraft", "PER")]
    assert ents(nlp, "Gestern gewann Stefan mit viel Kraft.") == [("Stefan", "PER")]


def test_a_listed_name_the_model_tagged_as_another_kind_grows_to_the_longer_listed_name():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Red Bull"}, {"label": "LOC", "pattern": "Salzburg"}])
    assert ents(nlp, "Red Bull Salzburg gewann.") == [("Red Bull Salzburg", "ORG")]
    assert ents(nlp, "Der Hersteller Red Bull wächst.") == [("Red Bull", "ORG")]


def test_a_surname_that_is_an_adjective_continues_a_given_name():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Burkhard"}])
    assert ents(nlp, "Oberbürgermeister Burkhard Jung kündigte an, das Urteil zu prüfen.") == [("Burkhard Jung", "PER")]
    assert ents(nlp, "Dann kam Burkhard jung und froh.") == [("Burkhard", "PER")]


def test_an_inflected_compound_office_opens_a_name(rules_nlp):
    assert ents(rules_nlp, "Die Verurteilung des früheren Quaxbank-Chefs Pierin Quaxenz wurde bestätigt.") == [
        ("Pierin Quaxenz", "PER")]
    assert ents(rules_nlp, "Sie dankte dem Ministerpräsidenten Quaxler.") == [("Quaxler", "PER")]


def test_a_word_of_a_persons_full_name_is_that_person_again():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Quax Jinping"}, {"label": "MISC", "pattern": "Quax"}])
    assert ents(nlp, "Quax Jinping kam. Dann sagte Quax, es sei gut.") == [("Quax Jinping", "PER"), ("Quax", "PER")]


def test_a_clubs_name_without_its_prefix_is_the_club():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "FC Quaxtal"}, {"label": "PER", "pattern": "Quaxtal"}])
    assert ents(nlp, "Der FC Quaxtal gewann. Quaxtal liess nichts mehr zu.") == [("FC Quaxtal", "ORG"), ("Quaxtal", "ORG")]


def test_a_currency_after_a_name_is_no_part_of_it():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Quaxiz Fr."}])
    assert ents(nlp, "Der Kanton muss der Gemeinde Quaxiz Fr. 1'234 zurückzahlen.") == [("Quaxiz", "LOC")]


def test_a_person_described_by_age_or_a_common_noun_at_a_place_is_no_name():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Landsmann"}, {"label": "MISC", "pattern": "Tatort"},
                             {"label": "MISC", "pattern": "Tatorts"}])
    assert ents(nlp, "Ein 27-jähriger Landsmann wurde noch am Tatort festgenommen.") == []
    assert ents(nlp, "Sie fasste ihn in der Nähe des Tatorts.") == []
    assert ents(nlp, "Der Tatort lief am Sonntag.") == [("Tatort", "MISC")]  # the series


def test_a_places_genitive_tagged_as_an_organization_is_the_place():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Berlins Regierender"}, {"label": "ORG", "pattern": "Berlins"},
                             {"label": "ORG", "pattern": "Chemiekonzerns Quaxf"}])
    assert ents(nlp, "Stromausfall legt Teile Berlins lahm") == [("Berlins", "LOC")]
    assert ents(nlp, "Dann sprach Berlins Regierender Bürgermeister.")[0] == ("Berlins", "LOC")
    assert ents(nlp, "Im Werk des Chemiekonzerns Quaxf brannte es.") == [("Quaxf", "ORG")]


def test_a_word_the_text_counts_with_an_indefinite_article_is_no_place():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Mehrfamilienhaus"}, {"label": "LOC", "pattern": "Wilhelmsburg"}])
    text = "Brand in Mehrfamilienhaus\n\nBei einem Feuer in einem Mehrfamilienhaus in Wilhelmsburg starb ein Mann."
    assert ents(nlp, text) == [("Wilhelmsburg", "LOC")]
    # without "ein", the headline's word may be a village
    assert ents(nlp, "Brand in Mehrfamilienhaus\n\nDas Feuer brach am Abend aus.") == [("Mehrfamilienhaus", "LOC")]


def test_a_quoted_phrase_after_an_indefinite_article_is_what_someone_called_it():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Budget der Verantwortung"},
                             {"label": "ORG", "pattern": "Grünen"}])
    assert ents(nlp, "Die Stadträtin sprach von einem „Budget der Verantwortung“.") == []
    assert ents(nlp, "Der Antrag kam von den „Grünen“.") == [("Grünen", "ORG")]


def test_a_name_after_a_group_word_is_the_groups():
    nlp = _with_model_spans([{"label": "MISC", "pattern": "Letzte Generation"},
                             {"label": "MISC", "pattern": "Fridays for Future"}, {"label": "MISC", "pattern": "Tatort"}])
    assert ents(nlp, "Mitglieder der Gruppe Letzte Generation klebten sich fest.") == [("Letzte Generation", "ORG")]
    assert ents(nlp, "Die Klimabewegung Fridays for Future rief auf.") == [("Fridays for Future", "ORG")]
    assert ents(nlp, "Die Folge Tatort lief am Sonntag.") == [("Tatort", "MISC")]


def test_a_club_prefix_and_a_common_noun_are_a_clubs_name():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "FC Arsenal"}, {"label": "ORG", "pattern": "SVP Wähler"}])
    assert ents(nlp, "Am Mittwoch empfängt Quaxdorf den FC Arsenal.") == [("FC Arsenal", "ORG")]
    assert ents(nlp, "Viele SVP Wähler blieben zu Hause.") == [("SVP", "ORG")]


def test_a_plural_opening_a_headline_before_a_plural_verb_is_nobody():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Hilfsgüter"}, {"label": "PER", "pattern": "Quaxhäuser"}])
    assert ents(nlp, "Hilfsgüter erreichen die Stadt") == []
    # a person takes a verb in the singular
    assert ents(nlp, "Quaxhäuser erreicht das Finale") == [("Quaxhäuser", "PER")]


def test_a_quality_is_nobodys_name():
    # the model's span, the office rule's and a lone one: "warf der Ministerin Untätigkeit vor"
    nlp = _with_model_spans([{"label": "PER", "pattern": "Arroganz"}, {"label": "PER", "pattern": "Kanzler Feigheit"},
                             {"label": "PER", "pattern": "Quaxenberg"}])
    assert ents(nlp, "Die Opposition warf der Ministerin Untätigkeit vor.") == []
    assert ents(nlp, "Die Partei warf dem Kanzler Feigheit vor.") == []
    assert ents(nlp, "Kritiker werfen ihm Arroganz vor.") == []
    # a name after an office stays, and so does a given name ending like a quality
    assert ents(nlp, "Die Opposition warf der Ministerin Quaxenberg Untätigkeit vor.") == [("Quaxenberg", "PER")]
    assert ents(nlp, "Dazu sagte Ministerin Marion Quaxenberg nichts.") == [("Marion Quaxenberg", "PER")]


def test_austrian_firms_are_in_the_gazetteer(rules_nlp):
    assert ents(rules_nlp, "Die Asfinag verteidigte das Projekt, die AUA strich Flüge.") == [
        ("Asfinag", "ORG"), ("AUA", "ORG")]


def test_a_place_followed_by_a_person_is_split():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Bern Marco Quaxler"},
                             {"label": "LOC", "pattern": "Berlin Quaxdorf"}])
    assert ents(nlp, "Die Polizei verhaftete in Bern Marco Quaxler.") == [("Bern", "LOC"), ("Marco Quaxler", "PER")]
    # a district after its town stays one place
    assert ents(nlp, "Er wohnt in Berlin Quaxdorf.") == [("Berlin Quaxdorf", "LOC")]


def test_a_given_name_and_a_particle_make_a_place_a_surname():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Storch"}, {"label": "PER", "pattern": "Karl-Theodor"},
                             {"label": "LOC", "pattern": "Guttenberg"}, {"label": "PER", "pattern": "Christian"}])
    assert ents(nlp, "Die Politikerin Beatrix von Storch kritisierte das.") == [("Beatrix von Storch", "PER")]
    assert ents(nlp, "Der Minister Karl-Theodor zu Guttenberg sprach.") == [("Karl-Theodor zu Guttenberg", "PER")]
    # "zu" with a noun is an idiom, and "von" after a verb a preposition
    assert ents(nlp, "Sie traf Christian zu Hause.") == [("Christian", "PER")]
    assert ents(nlp, "Er kam von Storch.") == [("Storch", "LOC")]


def test_a_hand_listed_name_of_several_words_keeps_its_label_and_sport_offices_are_titles():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Pro Asyl"}])
    assert ents(nlp, "Die Polizei schob ab, während Pro Asyl die Abschiebung kritisierte.") == [("Pro Asyl", "ORG")]
    assert ents(nlp, "Das sagte Sportvorstand Max Quaxler.") == [("Max Quaxler", "PER")]
    assert ents(nlp, "Das Bundesinnenministerium teilte mit.") == [("Bundesinnenministerium", "ORG")]


def test_a_frequent_surname_the_word_list_knows_follows_a_given_name():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Karl"}])
    assert ents(nlp, "Karl Huber sagte, die Lage sei ernst.") == [("Karl Huber", "PER")]


def test_waters_mountains_passes_and_regions_are_in_the_gazetteer(rules_nlp):
    assert ents(rules_nlp, "An der Aare und an der Limmat stieg der Pegel.") == [("Aare", "LOC"), ("Limmat", "LOC")]
    assert ents(rules_nlp, "Der Gotthardpass bleibt gesperrt, im Engadin schneit es.") == [
        ("Gotthardpass", "LOC"), ("Engadin", "LOC")]
    assert ents(rules_nlp, "Die Fähre verkehrt zwischen Sylt und Helgoland.") == [("Sylt", "LOC"), ("Helgoland", "LOC")]
    assert ents(rules_nlp, "Toyota und Ikea legten Zahlen vor, TikTok und die Deutsche Post auch.") == [
        ("Toyota", "ORG"), ("Ikea", "ORG"), ("TikTok", "ORG"), ("Deutsche Post", "ORG")]
    assert ents(rules_nlp, "Von der Leyen und Nawalnaja sprachen mit Kim Jong Un.") == [
        ("Von der Leyen", "PER"), ("Nawalnaja", "PER"), ("Kim Jong Un", "PER")]
    # a word that is also a place stays a word: Harz is resin too ("Bänke aus Kunstharz")
    assert ents(rules_nlp, "Das Harz tropft.") == []


def test_a_listed_place_the_model_takes_for_a_person_is_the_place():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Korsika"}, {"label": "PER", "pattern": "Watzmann"}])
    assert ents(nlp, "Korsika ist bei Touristen beliebt.") == [("Korsika", "LOC")]
    assert ents(nlp, "Watzmann und Zugspitze lagen im Nebel.") == [("Watzmann", "LOC"), ("Zugspitze", "LOC")]


def test_a_measure_with_what_it_measures_is_no_name():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Liter Benzin"}, {"label": "MISC", "pattern": "Tonnen Stahl"},
                             {"label": "LOC", "pattern": "Marihuana"},
                             {"label": "ORG", "pattern": "Liter Bau"}])
    assert ents(nlp, "Ein Liter Benzin kostet mehr.") == []
    assert ents(nlp, "Sie lieferten drei Tonnen Stahl.") == []
    assert ents(nlp, "Gefunden wurden 40 Kilogramm Marihuana.") == []
    # without an article or a number before it the measure word may open a name
    assert ents(nlp, "Die Firma Liter Bau baut.") == [("Liter Bau", "ORG")]


def test_works_colours_and_feasts_are_no_names():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Walzer"}, {"label": "PER", "pattern": "Johann Strauss"},
                             {"label": "LOC", "pattern": "Weiß"}, {"label": "PER", "pattern": "Christi"},
                             {"label": "PER", "pattern": "Quaxer"}])
    assert ents(nlp, "Das Orchester spielte Walzer von Johann Strauss.") == [("Johann Strauss", "PER")]
    assert ents(nlp, "Die Braut erschien ganz in Weiß.") == []
    assert ents(nlp, "An Christi Himmelfahrt bleibt es zu.") == []
    # a surname no word list knows stays a person before "von" and a person
    assert ents(nlp, "Es sprach Quaxer von Johann Strauss.") == [("Quaxer", "PER"), ("Johann Strauss", "PER")]


def test_bilingual_and_bracketed_town_names_stay_whole(rules_nlp):
    assert ents(rules_nlp, "In Biel/Bienne wurde gewählt.") == [("Biel/Bienne", "LOC")]
    assert ents(rules_nlp, "Auch in Halle (Saale) gab es Proteste.") == [("Halle (Saale)", "LOC")]
    # two places joined by a slash stay two; a bracket after a name stays outside it
    nlp = _with_model_spans([{"label": "PER", "pattern": "Lausanne/Bern"}])
    assert ents(nlp, "Lausanne/Bern (sda) - Es schneite.") == [("Lausanne", "LOC"), ("Bern", "LOC")]


def test_a_listed_persons_surname_the_model_takes_for_a_work_is_the_person():
    nlp = _with_model_spans([{"label": "MISC", "pattern": "Trump"}, {"label": "MISC", "pattern": "Tagesschau"}])
    assert ents(nlp, "Selenskyj wurde von Trump empfangen.")[-1] == ("Trump", "PER")
    assert ents(nlp, "Die Tagesschau berichtete.") == [("Tagesschau", "MISC")]  # no listed person: stays


def test_a_club_prefix_tagged_alone_joins_the_town_after_it():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "VfL"}, {"label": "LOC", "pattern": "Wolfsburg"}])
    assert ents(nlp, "Der VfL Wolfsburg verlor.") == [("VfL Wolfsburg", "ORG")]
    assert ents(nlp, "Die Stadt Wolfsburg trauert.") == [("Wolfsburg", "LOC")]


def test_a_rare_given_name_and_a_frequent_surname_after_an_office_are_a_person():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Mattea Meyer"}, {"label": "ORG", "pattern": "Quaxa Meyer"}])
    assert ents(nlp, "SP-Co-Präsidentin Mattea Meyer kritisierte den Entscheid.") == [("Mattea Meyer", "PER")]
    assert ents(nlp, "Die Firma Quaxa Meyer baut.") == [("Quaxa Meyer", "ORG")]  # after no office: stays


def test_a_person_after_a_bare_preposition_with_a_towns_ending_is_the_town():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Quaxstedt"}, {"label": "PER", "pattern": "Quaxingen"},
                             {"label": "PER", "pattern": "Quaxberg"}])
    assert ents(nlp, "Ein Unfall bei Quaxstedt forderte Verletzte.") == [("Quaxstedt", "LOC")]
    assert ents(nlp, "Die Architektur ist bei Quaxstedt schlüssig.") == [("Quaxstedt", "PER")]  # in his work
    assert ents(nlp, "Sie kam aus Quaxingen zurück.") == [("Quaxingen", "LOC")]
    # -berg ends family names too: at someone's, or a person
    assert ents(nlp, "Der Abend bei Quaxberg war lang.") == [("Quaxberg", "PER")]


def test_a_club_takes_its_number():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "FC Quaxingen"}])
    assert ents(nlp, "Der Gast besiegte den 1. FC Quaxingen mit 4:0.") == [("1. FC Quaxingen", "ORG")]
    assert ents(nlp, "Am 1. FC Quaxingen lag es nicht.") == [("1. FC Quaxingen", "ORG")]
    assert ents(nlp, "Platz 12. FC Quaxingen folgt.") == [("FC Quaxingen", "ORG")]  # no club has two digits


def test_a_countrys_people_are_no_place():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Palästinenser"}, {"label": "LOC", "pattern": "Afghanen"},
                             {"label": "PER", "pattern": "Italienerin"}])
    assert ents(nlp, "Ein 33-jähriger Palästinenser wurde festgenommen.") == []
    assert ents(nlp, "Zwei Afghanen und eine Italienerin wurden verletzt.") == []
    # the countries stay
    assert ents(rules_free(), "Er reiste nach Schweden und in die Ukraine.") == [("Schweden", "LOC"), ("Ukraine", "LOC")]


def rules_free():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return add_entity_ruler(nlp)


def test_a_package_a_law_or_a_plan_is_no_place_nor_person():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Sparpaket"}, {"label": "PER", "pattern": "Quaxgesetz"},
                             {"label": "LOC", "pattern": "Quaxbrunnen"}])
    assert ents(nlp, "Tausende demonstrieren gegen Sparpaket") == []
    assert ents(nlp, "Die Kammer billigte das Quaxgesetz.") == []
    assert ents(nlp, "Tausende demonstrieren in Quaxbrunnen") == [("Quaxbrunnen", "LOC")]  # a place's head stays


def test_squares_landmarks_and_seats_of_government_are_in_the_gazetteer(rules_nlp):
    assert ents(rules_nlp, "Auf dem Bundesplatz und am Heldenplatz war es ruhig.") == [
        ("Bundesplatz", "LOC"), ("Heldenplatz", "LOC")]
    assert ents(rules_nlp, "Bauern protestieren vor dem Bundeshaus") == [("Bundeshaus", "LOC")]
    assert ents(rules_nlp, "Auf dem Rathausplatz war Markt.") == []  # every town has one


def test_party_youth_organisations_are_in_the_gazetteer(rules_nlp):
    assert ents(rules_nlp, "Die Junge Union und die Jusos stritten.") == [("Junge Union", "ORG"), ("Jusos", "ORG")]
    assert ents(rules_nlp, "Der Chef der Jungen Union sprach.") == [("Jungen Union", "ORG")]


def test_an_organization_and_a_country_after_it_are_its_national_branch():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "JUSO"}, {"label": "LOC", "pattern": "Schweiz"},
                             {"label": "PER", "pattern": "Greenpeace Schweiz"}, {"label": "ORG", "pattern": "EU"}])
    assert ents(nlp, "Die JUSO Schweiz demonstrierte.") == [("JUSO Schweiz", "ORG")]
    assert ents(nlp, "Auch Greenpeace Schweiz kritisierte.") == [("Greenpeace Schweiz", "ORG")]
    assert ents(nlp, "Die Verhandlungen EU Schweiz stocken.") == [("EU", "ORG"), ("Schweiz", "LOC")]


def test_a_word_the_word_list_writes_lowercase_after_an_office_is_no_name(rules_nlp):
    text = "Die Staatsanwaltschaft hat gegen den früheren Gemeindepräsidenten Anklage wegen Veruntreuung erhoben."
    assert ents(rules_nlp, text) == []
    # surnames that are adjectives stay names
    assert ents(rules_nlp, "Dann sprach Präsident Klein.") == [("Klein", "PER")]


def test_a_countrys_genitive_after_an_office_stays_the_country():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Frankreichs"}, {"label": "LOC", "pattern": "Quaxler"}])
    assert ents(nlp, "Der Präsident Frankreichs sprach.") == [("Frankreichs", "LOC")]
    assert ents(nlp, "Der Präsident Quaxler sprach.") == [("Quaxler", "PER")]  # an unknown name is the person


def test_a_surname_that_is_a_function_word_joins_the_given_name_before_it():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Lang"}, {"label": "LOC", "pattern": "Quaxler"}])
    assert ents(nlp, "Die Chefin der Grünen, Ricarda Lang, sprach.") == [("Ricarda Lang", "PER")]
    assert ents(nlp, "Es ist Lang her.") == []  # alone it is the word
    # a sentence's first word is a given name when no word list has it ("Will" is a verb)
    assert ents(nlp, "Ricarda Quaxler kritisierte das.") == [("Ricarda Quaxler", "PER")]
    assert ents(nlp, "Will Quaxler das?") == [("Quaxler", "LOC")]


def test_cities_of_war_news_are_in_the_gazetteer(rules_nlp):
    assert ents(rules_nlp, "Die Raketen trafen Haifa.") == [("Haifa", "LOC")]
    assert ents(rules_nlp, "In Kramatorsk und Bergkarabach blieb es ruhig.") == [("Kramatorsk", "LOC"), ("Bergkarabach", "LOC")]


def test_a_demonym_before_a_tagged_council_is_the_council():
    nlp = _with_model_spans([{"label": "MISC", "pattern": "Staatsrat"}, {"label": "ORG", "pattern": "Kantonsrat"}])
    assert ents(nlp, "Der Waadtländer Staatsrat tagte.") == [("Waadtländer Staatsrat", "ORG")]
    assert ents(nlp, "Der Zürcher Kantonsrat tagte.") == [("Zürcher Kantonsrat", "ORG")]
    assert ents(nlp, "Der neue Staatsrat tagte.") == [("Staatsrat", "MISC")]  # no place's council


def test_a_town_and_its_canton_code_the_model_took_for_a_firm_is_the_town():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Kirchberg BE"}, {"label": "ORG", "pattern": "Buchs AG"}])
    assert ents(nlp, "Der Unfall geschah bei Kirchberg BE.") == [("Kirchberg BE", "LOC")]
    assert ents(nlp, "Die Buchs AG meldet Gewinn.") == [("Buchs AG", "ORG")]  # a firm's legal form


def test_an_adjective_surname_after_an_office_is_the_person(rules_nlp):
    assert ents(rules_nlp, "Dann kritisierte Altkanzler Kurz die Regierung.") == [("Kurz", "PER")]
    assert ents(rules_nlp, "Es sprach Präsident Lang.") == [("Lang", "PER")]


def test_what_someone_is_accused_of_is_no_part_of_the_name():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Union Wortbruch"}, {"label": "ORG", "pattern": "Grünen Ideologie"},
                             {"label": "ORG", "pattern": "Google News"}, {"label": "ORG", "pattern": "SPD"},
                             {"label": "PER", "pattern": "Merz"}])
    assert ents(nlp, "Die SPD warf der Union Wortbruch vor.") == [("SPD", "ORG"), ("Union", "ORG")]
    assert ents(nlp, "Merz warf den Grünen Ideologie vor.") == [("Merz", "PER"), ("Grünen", "ORG")]
    assert ents(nlp, "Das Magazin ist bei Google News gelistet.") == [("Google News", "ORG")]  # a name of two words


def test_a_family_name_with_the_arabic_article_closes_the_name():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Abdel Fattah"}])
    assert ents(nlp, "Er traf Abdel Fattah al-Sisi gestern.") == [("Abdel Fattah al-Sisi", "PER")]


def test_institutions_known_by_their_short_form_are_in_the_gazetteer(rules_nlp):
    assert ents(rules_nlp, "Laut BAMF und Fedpol stieg die Zahl.") == [("BAMF", "ORG"), ("Fedpol", "ORG")]


def test_a_given_name_that_is_a_noun_too_names_before_a_word_no_list_has(rules_nlp):
    assert ents(rules_nlp, "Der Trainer nominierte Granit Quaxhaka.") == [("Granit Quaxhaka", "PER")]
    assert ents(rules_nlp, "Das Granit Gestein ist hart.") == []  # a word the list has
    assert ents(rules_nlp, "Aktueller Kader Rekordspieler fehlen.") == []  # a compound of nouns


def test_a_town_of_several_words_in_the_place_list_is_a_place():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Le Locle"}, {"label": "ORG", "pattern": "Pro Asyl"}])
    assert ents(nlp, "Sie besuchte Le Locle gestern.") == [("Le Locle", "LOC")]
    assert ents(nlp, "Sie besuchte Pro Asyl gestern.") == [("Pro Asyl", "ORG")]  # the hand list's label


def test_a_common_noun_after_beim_is_no_person_and_a_town_with_its_canton_no_firm():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Brand"}, {"label": "LOC", "pattern": "Oftringen AG"}])
    assert ents(nlp, "Beim Brand in Oftringen AG entstand Schaden.") == [("Oftringen AG", "LOC")]


def test_what_an_organization_is_before_its_short_form_is_no_part_of_its_name():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Lokführergewerkschaft GDL"}])
    assert ents(nlp, "Die Lokführergewerkschaft GDL streikt.") == [("GDL", "ORG")]


def test_a_plural_noun_behind_its_plural_verb_is_nobody():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Landwirte"}, {"label": "PER", "pattern": "Quaxler"}])
    assert ents(nlp, "Am Montag haben Landwirte die Innenstadt blockiert.") == []
    # a surname there stays a person
    assert ents(nlp, "Am Montag haben Quaxler und seine Frau geheiratet.") == [("Quaxler", "PER")]


def test_a_border_crossing_is_named_by_its_place(rules_nlp):
    assert ents(rules_nlp, "Der Zoll hat am Grenzübergang Basel-Weil zwei Männer verhaftet.") == [
        ("Basel-Weil", "LOC")]
    assert ("Quaxlingen", "LOC") in ents(rules_nlp, "Beim Zollamt Quaxlingen stauten sich die Lastwagen.")
    # a common noun after it is none
    assert ents(rules_nlp, "Am Grenzübergang Stau und Wartezeiten.") == []


def test_a_noun_after_an_indefinite_article_and_its_adjective_is_no_name():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Landesmantelvertrag"}, {"label": "ORG", "pattern": "Sparpaket"},
                             {"label": "LOC", "pattern": "Quaxlingen"}])
    assert ents(nlp, "Sie einigten sich auf einen neuen Landesmantelvertrag.") == []
    assert ents(nlp, "Die Regierung schnürte ein weiteres Sparpaket.") == []
    # a listed place stays one, and so does a name no word list has
    assert ents(nlp, "Er träumt von einem geeinten Europa.") == [("Europa", "LOC")]
    assert ents(nlp, "Es entsteht ein neues Quaxlingen.") == [("Quaxlingen", "LOC")]


def test_an_office_compound_before_a_person_cut_by_a_date():
    # the model took "Kilian am Donnerstag"; the date goes, the given name before it joins
    nlp = _with_model_spans([{"label": "PER", "pattern": "Quaxler am Donnerstag"}])
    assert ents(nlp, "Das kündigte Personalvorstand Gunnar Quaxler am Donnerstag an.") == [("Gunnar Quaxler", "PER")]
    assert ents(nlp, "Das sagte Quaxler am Donnerstag.") == [("Quaxler", "PER")]
    assert ents(nlp, "Das sagte Abteilungsleiterin Quaxler.") == [("Quaxler", "PER")]


def test_a_word_no_list_has_opening_the_sentence_before_a_one_word_person_is_the_given_name():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Quaxiri"}, {"label": "PER", "pattern": "Merkel"}])
    assert ents(nlp, "Xherdan Quaxiri erzielte zwei Tore.") == [("Xherdan Quaxiri", "PER")]
    # a word the lists have, or an office no list has, is no given name
    assert ents(nlp, "Gestern Quaxiri, heute Merkel.") == [("Quaxiri", "PER"), ("Merkel", "PER")]
    assert ents(nlp, "Ex-Kanzler Merkel sagte das.") == [("Merkel", "PER")]


def test_the_noun_of_a_set_phrase_after_im_is_no_name():
    nlp = _with_model_spans([{"label": "MISC", "pattern": "Stich"}, {"label": "LOC", "pattern": "Abseits"}])
    assert ents(nlp, "Er warf dem Bund vor, die Kommunen im Stich zu lassen.") == []
    assert ents(nlp, "Die Partei steht im Abseits.") == []


def test_a_plain_noun_right_after_the_article_opens_a_firms_name_with_its_legal_form():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Zürich AG"}, {"label": "ORG", "pattern": "Rheinauto GmbH"}])
    assert ents(nlp, "Bis Mitte Januar will die Flughafen Zürich AG neue Zahlen vorlegen.") == [
        ("Flughafen Zürich AG", "ORG")]
    # what kind of firm it is stays outside
    assert ents(nlp, "Der Autozulieferer Rheinauto GmbH meldete Verluste.") == [("Rheinauto GmbH", "ORG")]


def test_seas_are_places(rules_nlp):
    assert ents(rules_nlp, "Die Rakete stürzte ins Japanische Meer.") == [("Japanische Meer", "LOC")]
    assert ents(rules_nlp, "Im Schwarzen Meer wurde ein Frachter getroffen.") == [("Schwarzen Meer", "LOC")]


def test_a_surname_of_several_words_repeated_alone_is_the_person():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Alexander Van der Quaxen"},
                             {"label": "MISC", "pattern": "Van der Quaxen"}])
    text = "Bundespräsident Alexander Van der Quaxen empfing den Gast. Van der Quaxen mahnte Reformen ein."
    assert ents(nlp, text) == [("Alexander Van der Quaxen", "PER"), ("Van der Quaxen", "PER")]


def test_marine_le_pen_is_one_person_and_the_navy_nobody(rules_nlp):
    assert ents(rules_nlp, "Marine Le Pen kritisierte die Regierung.") == [("Marine Le Pen", "PER")]
    assert ents(rules_nlp, "Die Marine verlegte zwei Schiffe.") == []


def test_a_compound_office_before_a_person_is_no_organization_and_a_match_no_place():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Sturm-Präsident"}, {"label": "PER", "pattern": "Christian Quaxer"},
                             {"label": "LOC", "pattern": "Derby"}, {"label": "LOC", "pattern": "Wetzstein"}])
    assert ents(nlp, "Sturm-Präsident Christian Quaxer verurteilte die Gewalt.") == [("Christian Quaxer", "PER")]
    assert ents(nlp, "Nach dem Derby kam es zu Ausschreitungen.") == []
    # on a mountain the article stays with a place
    assert ents(nlp, "Der Turm steht auf dem Wetzstein.") == [("Wetzstein", "LOC")]


def test_a_plural_noun_after_its_preposition_is_nobody():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Landwirte"}, {"label": "PER", "pattern": "Quaxler"}])
    assert ents(nlp, "Die Regierung beschloss ein Hilfspaket für Landwirte.") == []
    assert ents(nlp, "Die Regierung beschloss ein Hilfspaket für Quaxler.") == [("Quaxler", "PER")]


def test_an_institutions_genitive_and_a_listed_name_declined_keep_their_label(rules_nlp):
    assert ents(rules_nlp, "Der Präsident des Bundestages sprach.") == [("Bundestages", "ORG")]
    assert ents(rules_nlp, "Das Gesetz des Bundesrats gilt.") == [("Bundesrats", "ORG")]
    assert ents(rules_nlp, "Mitglieder des Deutschen Bundestages kamen.") == [("Deutschen Bundestages", "ORG")]
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Vereinigten Staaten"}])
    assert ents(nlp, "Die Vertreter der Vereinigten Staaten kamen.") == [("Vereinigten Staaten", "LOC")]


def test_genitive_forms_only_for_masculine_and_neuter_institutions():
    from newsflow.nlp.ner_rules import genitive_forms
    assert genitive_forms("Bundesrat", "ORG") == ["Bundesrats", "Bundesrates"]
    assert genitive_forms("Bundesgesundheitsministerium", "ORG") == ["Bundesgesundheitsministeriums"]
    assert genitive_forms("Bundesbank", "ORG") == [] and genitive_forms("Bundesrat", "LOC") == []


def test_a_name_right_behind_a_relative_pronoun_is_no_noun_of_an_article(rules_nlp):
    # "Putin" is listed: after ", der" the pronoun is no article
    assert ("Putin", "PER") in ents(rules_nlp, "Er traf Macron, der Putin anrief.")
    nlp = _with_model_spans([{"label": "PER", "pattern": "Quaxinski"}, {"label": "PER", "pattern": "Wasser"}])
    assert ents(nlp, "Er traf Mia, die Quaxinski anrief.") == [("Quaxinski", "PER")]
    # a word of the word list stays a noun there, and so does an unknown name after a plain article
    assert ents(nlp, "Es brannte ein Haus, das Wasser löschte.") == []
    assert ents(nlp, "Er traf den Quaxinski am Bahnhof.") == []


def test_a_count_and_its_people_after_a_name_are_no_part_of_it():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Quaxland 90 palästinensische Gefangene"},
                             {"label": "ORG", "pattern": "Quaxstadt 96"}])
    assert ents(nlp, "Im Gegenzug entließ Quaxland 90 palästinensische Gefangene.") == [("Quaxland", "LOC")]
    # a club's number closes its name
    assert ents(nlp, "Quaxstadt 96 verlor das Spiel.") == [("Quaxstadt 96", "ORG")]
    # ... and a capitalized counted noun after a place's count
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Quaxburg 38 Personen"},
                             {"label": "ORG", "pattern": "Quaxern 2 Radio"}])
    assert ents(nlp, "Die Polizei hat in Quaxburg 38 Personen festgenommen.") == [("Quaxburg", "LOC")]
    # (a station's number is inside its name)
    assert ents(nlp, "Das Programm Quaxern 2 Radio sendet.") == [("Quaxern 2 Radio", "ORG")]


def test_a_word_no_list_has_opening_the_sentence_before_a_persons_verb_is_a_person(rules_nlp):
    assert ents(rules_nlp, "Blixauer hat die Pläne der Regierung kritisiert.") == [("Blixauer", "PER")]
    assert ents(rules_nlp, "Blixauer kündigte einen harten Wahlkampf an.") == [("Blixauer", "PER")]
    # a compound of nouns, a word of the word list or another verb make no person
    assert ents(rules_nlp, "Wohnungsbrand hat drei Verletzte gefordert.") == []
    assert ents(rules_nlp, "Vorgestern hat es geschneit.") == []
    assert ents(rules_nlp, "Blixauer liegt am See.") == []


def test_an_airport_or_a_station_is_named_by_its_towns(rules_nlp):
    assert ents(rules_nlp, "Am Flughafen Wien-Schwechat kam es zu Verspätungen.") == [("Wien-Schwechat", "LOC")]
    assert ents(rules_nlp, "Am Bahnhof Zürich-Oerlikon gab es Staus.") == [("Zürich-Oerlikon", "LOC")]


def test_the_g7_is_an_organization(rules_nlp):
    assert ents(rules_nlp, "Die Außenminister der G7 haben Quaxland aufgefordert.") == [("G7", "ORG")]


def test_a_place_and_a_compound_on_a_short_noun_are_the_place_alone():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Paris Tränengas"}])
    assert ents(nlp, "Die Polizei hat in Paris Tränengas eingesetzt.") == [("Paris", "LOC")]


def test_a_weapons_type_after_its_kind_is_a_product():
    nlp = _with_model_spans([{"label": "ORG", "pattern": "Flugabwehrpanzer Quaxpard"},
                             {"label": "LOC", "pattern": "Quaxurus"}, {"label": "LOC", "pattern": "Hamburgs"}])
    assert ents(nlp, "Sie bat um Munition für den Flugabwehrpanzer Quaxpard.") == [("Quaxpard", "MISC")]
    assert ents(nlp, "Berlin liefert den Marschflugkörper Quaxurus nicht.")[-1] == ("Quaxurus", "MISC")
    # a known place's genitive after such a word stays the place: the helicopters are the city's
    assert ents(nlp, "Die Hubschrauber Hamburgs flogen.") == [("Hamburgs", "LOC")]


def test_a_person_after_an_armed_groups_word_is_the_group():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Quaxo Haram"}, {"label": "PER", "pattern": "Peter Quaxmann"}])
    assert ents(nlp, "Zu der Tat bekannte sich die Terrorgruppe Quaxo Haram.") == [("Quaxo Haram", "ORG")]
    # a band may be named for a person
    assert ents(nlp, "Er trat mit der Gruppe Peter Quaxmann auf.") == [("Peter Quaxmann", "PER")]


def test_a_word_no_list_has_after_a_places_kind_is_the_place(rules_nlp):
    assert ents(rules_nlp, "Drohnen trafen eine Raffinerie in der Region Quaxatow.") == [("Quaxatow", "LOC")]
    assert ents(rules_nlp, "Rebellen haben die Stadt Quaxoma eingenommen.") == [("Quaxoma", "LOC")]
    # a compound the lists lack is a noun
    assert ents(rules_nlp, "Im 13. Jahrhundert wurde das Dorf Rittersitz.") == []


def test_a_name_after_vom_typ_is_a_products_type():
    nlp = _with_model_spans([{"label": "LOC", "pattern": "Quaxder"}, {"label": "PER", "pattern": "AT-10 Quaxber"}])
    assert ents(nlp, "Es sollen 40 Schützenpanzer vom Typ Quaxder geliefert werden.") == [("Quaxder", "MISC")]
    assert ents(nlp, "Sie verschießt Lenkwaffen des Typs AT-10 Quaxber.") == [("AT-10 Quaxber", "MISC")]
    assert ents(nlp, "Quaxder liegt am Fluss.") == [("Quaxder", "LOC")]


def test_what_vorwerfen_accuses_of_is_nobodys_name():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Wortbruch"}, {"label": "PER", "pattern": "Bauer"}])
    assert ents(nlp, "Die Opposition warf dem Kanzler Wortbruch vor.") == []
    assert ents(nlp, "Die Opposition warf dem Kanzler Wortbruch vor, weil er log.") == []
    # with the accusation after the comma, the word before "vor" is the accused
    assert ents(nlp, "Die Grünen warfen dem Minister Bauer vor, gelogen zu haben.") == [("Bauer", "PER")]


def test_a_word_listed_with_a_person_is_a_person():
    # the model's person opening the sentence stays one although the word list has "wüst"
    nlp = _with_model_spans([{"label": "PER", "pattern": "Wüst"}, {"label": "PER", "pattern": "Söder"}])
    assert ents(nlp, "Wüst und Söder kritisierten den Kanzler.") == [("Wüst", "PER"), ("Söder", "PER")]
    # ... and an untagged one in the middle of the sentence becomes one; a noun or a place does not
    nlp = _with_model_spans([{"label": "PER", "pattern": "Söder"}])
    assert ents(nlp, "Gestern kritisierten Wüst und Söder den Kanzler.") == [("Wüst", "PER"), ("Söder", "PER")]
    assert ents(nlp, "Gestern kritisierten Bauern und Söder den Plan.") == [("Söder", "PER")]


def test_a_swiss_or_austrian_village_is_a_place_after_a_preposition(rules_nlp):
    from newsflow.nlp.ner_rules import villages

    assert {"Brienz", "Kölliken"} <= villages()  # generated from GeoNames by training/build_places.py
    assert ents(rules_nlp, "Nach dem Bergsturz in Brienz hat die Gemeinde evakuiert.") == [("Brienz", "LOC")]
    assert ("Kölliken", "LOC") in ents(rules_nlp, "Auf der A1 bei Kölliken kam es zu einem Unfall.")
    # alone, after an article or before a name it may be a word or a surname
    assert "Priel" in villages() and ents(rules_nlp, "Die Insel wird durch einen Priel geteilt.") == []
    assert ents(rules_nlp, "Er zog nach Priel Quaxmann.") != [("Priel", "LOC")]


def test_un_agencies_are_organizations(rules_nlp):
    assert ents(rules_nlp, "Die Zahlungen an die UNRWA wurden gestoppt.") == [("UNRWA", "ORG")]
    assert ents(rules_nlp, "Das Welternährungsprogramm warnte.") == [("Welternährungsprogramm", "ORG")]


def test_a_model_span_running_over_a_verb_or_into_a_title_is_its_known_names():
    nlp = _with_model_spans([{"label": "PER", "pattern": "Quaxo Jinping"}, {"label": "MISC", "pattern": "Quaxo lobte Ungarn"},
                             {"label": "LOC", "pattern": "Peking Chinas Staatschef"}])
    text = "Quaxo Jinping kam. Quaxo lobte Ungarn als Partner."
    assert ents(nlp, text) == [("Quaxo Jinping", "PER"), ("Quaxo", "PER"), ("Ungarn", "LOC")]
    assert ents(nlp, "Orbán traf in Peking Chinas Staatschef.")[-2:] == [("Peking", "LOC"), ("Chinas", "LOC")]
    # a work's title may hold any word, and a person's particles are his
    nlp = _with_model_spans([{"label": "MISC", "pattern": "Draußen vor der Tür"}, {"label": "PER", "pattern": "Jan ter Quax"},
                             {"label": "MISC", "pattern": "Wien lobt Bern"}])
    assert ents(nlp, "Er spielte in Draußen vor der Tür mit.") == [("Draußen vor der Tür", "MISC")]
    assert ents(nlp, "Dann kam Jan ter Quax.") == [("Jan ter Quax", "PER")]
    assert ents(nlp, "Er las „Wien lobt Bern“.") == [("Wien lobt Bern", "MISC")]

