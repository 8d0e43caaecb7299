from newsflow.text import places


def city(name, country, alternates=(), population=20_000):
    return {"name": name, "countrycode": country, "alternatenames": list(alternates), "population": population}


def test_spelling_rules_per_country():
    assert places._sharp_spelling(city("Gießen", "DE")) == "Gießen"
    assert places._sharp_spelling(city("Füssen", "DE")) == "Füssen"
    # GeoNames folds Austrian ß; the alternate name that folds the same way restores it
    assert places._sharp_spelling(city("Grossarl", "AT", ["Gross Arl", "Großarl"])) == "Großarl"
    # a German ss name with a ß alternate is disputed (Meissen/Meißen): the word list decides
    assert places._sharp_spelling(city("Meissen", "DE", ["Meißen"])) is None
    # Swiss names are official with ss, whatever the alternates say
    assert places._sharp_spelling(city("Küssnacht", "CH", ["Küßnacht"])) == "Küssnacht"
    assert places._sharp_spelling(city("Bern", "CH")) is None


def test_committed_gazetteer():
    loaded = places.load_places()
    assert loaded.sharp["giessen"] == "Gießen" and "giessen" in loaded.big_sharp
    assert loaded.sharp_only("grossarl") == "Großarl" and loaded.town("grossarl") is None  # 3,800 people
    assert "füssen" in loaded.ss and "füssen" in loaded.big_ss
    assert "strassen" in loaded.ss and "strassen" not in loaded.big_ss  # a Tyrolean hamlet of 800
    # a Swiss village of any size: the texts this restores are Swiss
    assert "weisslingen" in loaded.ss and "weisslingen" in loaded.big_ss
    assert "Groß-Gerau" in loaded.multiword
    assert "Karben" in loaded.towns  # from the NER gazetteer (ner_places_dach.tsv)
