from decimal import Decimal

import pytest

from newsflow.text.normalize import normalize
from newsflow.text.numbers import parse_german_number


@pytest.mark.parametrize("swiss, standard, value", [
    ("45'000", "45.000", Decimal("45000")),
    ("27’350", "27.350", Decimal("27350")),  # U+2019, CLDR de-CH
    ("1ʼ875", "1.875", Decimal("1875")),  # U+02BC
    ("7'800'000", "7.800.000", Decimal("7800000")),
    ("1'234'567.25", "1.234.567,25", Decimal("1234567.25")),
    ("CHF 650'000", "CHF 650.000", Decimal("650000")),
    ("Fr. 4.20", "Fr. 4,20", Decimal("4.20")),
    ("Fr. 15.–", "Fr. 15,–", Decimal("15")),
    ("Fr. 1'250.–", "Fr. 1.250,–", Decimal("1250")),  # grouped round francs (was 1.250.–)
    ("-2'300", "-2.300", Decimal("2300")),
])
def test_swiss_numbers(swiss, standard, value):
    result = normalize(f"Es waren {swiss} laut Polizei.", "ch")
    assert result.text == f"Es waren {standard} laut Polizei."
    number = standard.split()[-1].lstrip("-")
    assert parse_german_number(number) == value
    start = result.text.index(number)
    s, e = result.to_original(start, start + len(number))
    assert result.original[s:e] == swiss.split()[-1].lstrip("-")


def test_range():
    assert normalize("1'500–2'500 Franken", "ch").text == "1.500–2.500 Franken"


@pytest.mark.parametrize("text", ["geht's", "Müller's Laden", "der Jahrgang '89", "die Zahl '45'", "'12' Punkte"])
def test_apostrophes_that_are_no_grouping(text):
    assert normalize(text, "ch").text == text


def test_decimal_point_depends_on_country():
    assert normalize("Das BIP wuchs um 1.5 Prozent.", "ch").text == "Das BIP wuchs um 1,5 Prozent."
    assert normalize("Das BIP wuchs um 1.5 Prozent.", "de").text == "Das BIP wuchs um 1.5 Prozent."
    assert normalize("Es kamen 1.500 Menschen.", "de").text == "Es kamen 1.500 Menschen."
    assert normalize("Es kamen 1.500 Menschen.", "at").text == "Es kamen 1.500 Menschen."
    # three decimals are ambiguous in Swiss text (German wire copy): left alone
    assert normalize("Es kamen 1.500 Menschen.", "ch").text == "Es kamen 1.500 Menschen."
    # but no thousands group follows a lone zero
    assert normalize("Der Euro kostete 0.958 Franken.", "ch").text == "Der Euro kostete 0,958 Franken."
    # nor precedes a scale word: a thousand billions is no amount news reports
    assert normalize("Der Umsatz lag bei 1.234 Mrd. Franken.", "ch").text == "Der Umsatz lag bei 1,234 Mrd. Franken."
    assert normalize("Sie schuldet 2.345 Millionen.", "ch").text == "Sie schuldet 2,345 Millionen."
    assert normalize("Der Umsatz lag bei 1.234 Mrd. Euro.", "de").text == "Der Umsatz lag bei 1.234 Mrd. Euro."
    once = normalize("Es kostet 45'000 Mio. Franken.", "ch").text
    assert once == "Es kostet 45.000 Mio. Franken." and normalize(once, "ch").text == once  # idempotent


@pytest.mark.parametrize("text", ["um 14.30 Uhr", "zwischen 12.30 und 13.30 Uhr", "von 8.00 bis 9.15 h",
                                  "von 7.45–8.30 Uhr", "am 1.5. geschlossen", "am 1.5.2024", "Version 2.1", "IP 10.0.0.1"])
def test_times_dates_versions_are_not_decimals(text):
    assert normalize(text, "ch").text == text


def test_number_replacements_are_recorded():
    result = normalize("Es kamen 45'000 Besucher.", "ch")
    [number] = [r for r in result.replacements if r.kind == "number"]
    assert (number.original, number.normalized) == ("45'000", "45.000")
    assert result.original[number.start:number.end] == "45'000"


def test_parse_german_number_rejects_garbage():
    assert parse_german_number("12.34.5") is None
    assert parse_german_number("abc") is None
    assert parse_german_number("2,7") == Decimal("2.7")
