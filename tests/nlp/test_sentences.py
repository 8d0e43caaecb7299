import spacy

from newsflow.nlp.sentences import COMPONENT, add_number_stops


def sentences(text):
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    add_number_stops(nlp)
    return [s.text for s in nlp(text).sents]


def test_a_number_closing_a_sentence_ends_it():
    assert sentences("Die Veranstalter sprachen von 20.000. Kultursenator Quax verteidigte sich.") == [
        "Die Veranstalter sprachen von 20.000.", "Kultursenator Quax verteidigte sich."]
    assert sentences("Der Preis stieg auf 4,5. Danach fiel er.") == ["Der Preis stieg auf 4,5.", "Danach fiel er."]
    assert sentences("Es kamen 300. Der Bürgermeister sprach.") == ["Es kamen 300.", "Der Bürgermeister sprach."]
    # a year after a preposition, and a hyphenated word after the number
    assert sentences("Mehrkosten bis 2040. DGB-Chefin Quax warnte.") == ["Mehrkosten bis 2040.", "DGB-Chefin Quax warnte."]
    assert sentences("Das gilt seit 1990. Damals fiel die Mauer.") == ["Das gilt seit 1990.", "Damals fiel die Mauer."]


def test_an_ordinal_stays_inside_its_sentence():
    for text in ("Das war am 3. Mai in Bern.", "Er wurde der 10.000. Besucher.", "1. FC Köln gewann.",
                 "Bundesliga, 12. Spieltag: Bayern gewinnt.", "Am Freitag 13. März regnete es.",
                 "Sie spielen in der 2. Bundesliga.", "Sie feierten zum 2000. Mal.", "Ab 2026. Januar gilt es."):
        assert sentences(text) == [text]


def test_added_once_and_only_after_a_sentencizer():
    nlp = spacy.blank("de")
    add_number_stops(nlp)
    assert COMPONENT not in nlp.pipe_names  # a parser or senter sets its own boundaries
    nlp.add_pipe("sentencizer")
    add_number_stops(nlp)
    add_number_stops(nlp)
    assert nlp.pipe_names == ["sentencizer", COMPONENT]


def test_a_blank_line_ends_a_sentence():
    # a stored article is its title, a blank line and the body; the title has no full stop
    assert sentences("Brand in Mehrfamilienhaus\n\nHamburg. Bei einem Feuer starb ein Mann.") == [
        "Brand in Mehrfamilienhaus\n\n", "Hamburg.", "Bei einem Feuer starb ein Mann."]
    assert sentences("Streik bei der Bahn \n \n Die Gewerkschaft ruft auf.")[1] == "Die Gewerkschaft ruft auf."
    # a single line break wraps a line of plain text, inside a sentence
    assert sentences("Die Gewerkschaft hat\nzum Streik aufgerufen.") == ["Die Gewerkschaft hat\nzum Streik aufgerufen."]


def test_an_ordinal_after_a_possessive_stays_inside_its_sentence():
    assert sentences("Die EU verhängte ihr 14. Sanktionspaket gegen Russland.") == [
        "Die EU verhängte ihr 14. Sanktionspaket gegen Russland."]


def test_a_regnal_numbers_stop_ends_no_sentence():
    assert sentences("Papst Leo XIV. empfing den Präsidenten.") == ["Papst Leo XIV. empfing den Präsidenten."]
    # before a capital it may end one
    assert sentences("Es regierte Ludwig XIV. Danach kam die Revolution.") == [
        "Es regierte Ludwig XIV.", "Danach kam die Revolution."]
