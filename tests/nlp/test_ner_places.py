"""The generated DACH place list feeds the gazetteer without swallowing ordinary German words."""
from newsflow.nlp.ner_rules import DATA_DIR as DATA, gazetteer


def test_places_of_all_three_countries_are_known():
    names = gazetteer()
    for place in ("Winterthur", "Dornbirn", "Gelsenkirchen", "Steiermark", "Graubünden", "Vaduz"):
        assert names.get(place) == "LOC", place


def test_places_named_like_common_words_are_left_out_of_the_generated_list():
    generated = {line.split("\t")[0] for line in (DATA / "ner_places_dach.tsv").read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith("#")}
    assert len(generated) > 1000
    # essen/weil/baden are German words, Hof and Zug common nouns: the ruler would fire on them.
    # (The hand list may still name one on purpose: it keeps "Essen", a city of 580,000.)
    for word in ("Essen", "Weil", "Baden", "Hof", "Zug", "Wetter"):
        assert word not in generated, word
    # a noun's plural, and towns named like a frequent word or surname
    for word in ("Auen", "Geldern", "Wangen", "Lage", "Roth", "Norden"):
        assert word not in generated, word


def test_towns_the_word_list_knows_only_as_names_are_kept():
    # The word list holds proper names too: a town it never declines is no noun ("Rosenheims" is a
    # genitive of a name, "Passauer" a demonym), and a town known in many languages is no surname.
    generated = {line.split("\t")[0] for line in (DATA / "ner_places_dach.tsv").read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith("#")}
    for town in ("Rosenheim", "Luzern", "Passau", "Kaiserslautern", "Chur", "Bregenz", "Tübingen", "Davos"):
        assert town in generated, town


def test_the_hand_list_wins_over_generated_places():
    # The hand-written gazetteer decides labels such as ORG for clubs named after cities.
    assert gazetteer().get("FC Bayern München") == "ORG"
