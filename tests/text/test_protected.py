"""Addresses and identifiers are never rewritten by the Swiss rules."""
from newsflow.text.normalize import normalize
from newsflow.text.protected import protected_spans


def spans(text):
    return [text[s:e] for s, e in protected_spans(text)]


def test_addresses_handles_and_glued_codes_are_protected():
    text = ("Siehe https://example.ch/Strasse?gross=1, www.strassen.ch, info@grossrat.ch, @Strassenbau, #Fussball, "
            "massnahmen_2026.pdf und Grosskopf123.")
    assert spans(text) == ["https://example.ch/Strasse?gross=1", "www.strassen.ch", "info@grossrat.ch", "@Strassenbau",
                           "#Fussball", "massnahmen_2026", "Grosskopf123"]
    # Swiss numbers are no codes, whatever apostrophe groups them
    assert spans("Es waren 1ʼ875, 45'000 und 27’350.") == []


def test_swiss_rules_leave_protected_text_as_written():
    text = "Die Strasse: https://example.ch/Strasse?gross=1 und @Strassenbau, Passwort Grosskopf123. 45'000 Gäste."
    norm = normalize(text, country="ch")
    assert norm.text == ("Die Straße: https://example.ch/Strasse?gross=1 und @Strassenbau, Passwort Grosskopf123. "
                         "45.000 Gäste.")


def test_a_firms_registered_name_before_its_legal_form_is_protected():
    assert spans("Die Firma Gasser Strassenbau AG aus Sarnen und die Grossenbacher Holding.") == [
        "Gasser Strassenbau AG", "Grossenbacher Holding"]
    norm = normalize("Die Gasser Strassenbau AG baut die Strasse.", country="ch")
    assert norm.text == "Die Gasser Strassenbau AG baut die Straße."
    # a word that is no legal form protects nothing: "Ag" is no AG
    assert spans("Der Grossrat Ag lehnte ab.") == []
