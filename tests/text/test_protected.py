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
