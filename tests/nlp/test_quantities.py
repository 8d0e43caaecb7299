import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "plugins"))

from newsflow.nlp.quantities import find_quantities  # noqa: E402
from newsflow.text.normalize import normalize  # noqa: E402


def one(text):
    [quantity] = find_quantities(text)
    assert text[quantity.start:quantity.end] == quantity.text
    return quantity


@pytest.mark.parametrize("text, value, unit", [
    ("Es kamen 45.000 Besucher.", Decimal(45000), "Besucher"),
    ("Der Bau kostet 780 Millionen Franken.", Decimal(780_000_000), "CHF"),
    ("Die Preise stiegen um 2,7 Prozent.", Decimal("2.7"), "%"),
    ("Sie zahlten CHF 650.000 dafür.", Decimal(650_000), "CHF"),
    ("Er verdient 3.500 Euro im Monat.", Decimal(3500), "EUR"),
    ("Das kostet Fr. 4,20 pro Kilo.", Decimal("4.20"), "CHF"),
    ("Ein Menü für Fr. 15,– am Mittag.", Decimal(15), "CHF"),
    ("Es fehlen 40 Mio. Euro.", Decimal(40_000_000), "EUR"),
    ("Der Index fiel auf -2.300 Punkte.", Decimal(-2300), "Punkte"),
    # two adjectives between the number and what it counts
    ("Es kamen drei weitere israelische Geiseln frei.", Decimal(3), "Geiseln"),
    ("Es kamen 45.000 begeisterte junge Fans.", Decimal(45000), "Fans"),
    # an acronym inside the counted noun
    ("Es kamen 45 SPD-Mitglieder.", Decimal(45), "SPD-Mitglieder"),
    ("Berlin liefert vier Iris-T-Systeme.", Decimal(4), "Iris-T-Systeme"),
])
def test_number_with_unit_or_counted_noun(text, value, unit):
    quantity = one(text)
    assert (quantity.value, quantity.unit) == (value, unit)
    assert not quantity.approximate


@pytest.mark.parametrize("text, value, unit", [
    ("Der Zug fuhr mit 200 Kilometern pro Stunde.", Decimal(200), "km/h"),  # inflected, several words
    ("Es waren 35 Grad Celsius.", Decimal(35), "°C"),
    ("Der Wald brannte auf 300 Hektaren.", Decimal(300), "ha"),  # the Swiss plural
    ("Sie sank um 0,7 Prozentpunkten.", Decimal("0.7"), "Prozentpunkte"),
    ("Das Werk erzeugt 30 Gigawattstunden.", Decimal(30), "GWh"),
    ("Der Schnee lag 40 Zentimeter hoch.", Decimal(40), "cm"),
    ("Der See misst 12 Quadratkilometer.", Decimal(12), "km²"),
    ("Der Zoll fand 300 Kilo Kokain.", Decimal(300), "kg"),  # news' word for a kilogram
])
def test_units_are_canonical_in_every_written_form(text, value, unit):
    quantity = one(text)
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("Der Schaden beträgt CHF 85.000. Die Polizei ermittelt.", Decimal(85_000), "CHF"),  # was read as 8
    ("Das Haus kostet EUR 1.250.000.\n", Decimal(1_250_000), "EUR"),
    ("Der Eintritt kostet Fr. 200. Kinder zahlen nichts.", Decimal(200), "CHF"),  # a currency never precedes an ordinal
    ("Es kamen 85.000 Besucher. Das ist ein Rekord.", Decimal(85_000), "Besucher"),
])
def test_a_number_at_the_end_of_a_sentence_is_read_whole(text, value, unit):
    quantity = one(text)
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("Die Firma beschäftigt 12 500 Mitarbeitende.", Decimal(12_500), "Mitarbeitende"),  # was read as 500
    ("Es kamen 1 250 000 Besucher.", Decimal(1_250_000), "Besucher"),
    ("Das kostet 12 500,50 Euro.", Decimal("12500.50"), "EUR"),
])
def test_thousands_grouped_by_spaces(text, value, unit):
    quantity = one(text)
    assert (quantity.value, quantity.unit) == (value, unit)


def test_a_swiss_figure_in_unnormalized_text_is_read_whole():
    # a German outlet quoting "45'000" is not normalized; the figure is still 45000, not "000 Besucher"
    assert [(q.text, q.value) for q in find_quantities("Es kamen 45'000 Besucher.")] == [("45'000 Besucher", Decimal(45_000))]
    low, high = find_quantities("Ein Platz kostet 1’500–2’500 Franken.")
    assert (low.value, high.value, low.unit) == (Decimal(1500), Decimal(2500), "CHF")
    assert find_quantities("Im Jahr '89 fiel die Mauer.") == []


@pytest.mark.parametrize("swiss, value, unit", [
    ("Das Budget beträgt 1.2 Mia. Franken.", Decimal(1_200_000_000), "CHF"),  # Swiss "Mia." = Milliarden
    ("Die Marke kostet 50 Rp. mehr.", Decimal(50), "CHF-Rappen"),
    ("Es kostet 1'000.– Franken.", Decimal(1000), "CHF"),
])
def test_swiss_abbreviations_after_normalization(swiss, value, unit):
    norm = normalize(swiss, "ch")
    (quantity,) = find_quantities(norm.text)
    assert (quantity.value, quantity.unit) == (value, unit)


def test_minus_in_words_is_a_sign():
    cold = one("In der Nacht wurde es bis zu minus 8 Grad kalt.")
    assert (cold.text, cold.value, cold.unit, cold.qualifier) == ("minus 8 Grad", Decimal(-8), "°C", "bis zu")
    assert one("Die Aktie schloss minus 3 Prozent tiefer.").value == Decimal(-3)
    assert one("Ein Minus von 3 Prozent.").value == Decimal(3)  # a noun, no sign


def test_a_thin_space_groups_thousands_after_normalization():
    norm = normalize("Die Firma beschäftigt 12\u202f500 Mitarbeitende.", "de")
    (quantity,) = find_quantities(norm.text)
    assert quantity.value == Decimal(12_500)


def test_an_ordinal_is_no_quantity():
    assert [q.text for q in find_quantities("Am 3. Mai kamen 12 Gäste.")] == ["12 Gäste"]
    assert [q.text for q in find_quantities("Der 2. Platz ging an Bern.")] == []


def test_scale_without_unit():
    quantity = one("Der Umsatz betrug 1,5 Mrd. im letzten Jahr.")
    assert (quantity.text, quantity.value, quantity.unit) == ("1,5 Mrd.", Decimal(1_500_000_000), None)


def test_qualifier():
    quantity = one("Bei dem Beben starben mindestens 1.200 Tote.")
    assert (quantity.value, quantity.unit, quantity.qualifier) == (Decimal(1200), "Tote", "mindestens")
    rough = one("Es kamen rund 300 Menschen.")
    assert rough.qualifier == "rund" and rough.approximate
    assert one("Es kamen gegen 300 Menschen.").approximate
    # after a noun, gegen/über/unter are its prepositions
    trial = one("Der Prozess gegen drei Männer begann.")
    assert trial.qualifier is None and not trial.approximate
    assert one("Ein Bericht über 30 Fälle liegt vor.").qualifier is None
    assert one("Am Montag. Über 200 Menschen kamen.").qualifier == "über"


def test_approximate_number_word():
    quantity = one("Zehntausende Demonstranten zogen durch Bern.")
    assert quantity.approximate and quantity.unit == "Demonstranten"
    assert Decimal(10_000) < quantity.value < Decimal(100_000)
    # a preposition with an adjective's ending is none: nobody counted "Korruption"
    quantity = one("In Belgrad protestieren Zehntausende gegen Korruption.")
    assert (quantity.text, quantity.unit) == ("Zehntausende", None)


def test_number_words():
    bare = one("Zehntausende gingen auf die Strasse.")
    assert (bare.text, bare.unit, bare.approximate) == ("Zehntausende", None, True)
    small = one("Dabei wurden drei Personen verletzt.")
    assert (small.text, small.value, small.unit, small.approximate) == ("drei Personen", Decimal(3), "Personen", False)
    assert find_quantities("Zwei der Verletzten sind Kinder.") == []
    assert find_quantities("Es sind zwei der Verletzten.") == []


def test_range_shares_unit():
    low, high = find_quantities("Tickets kosten 1.500–2.500 Franken.")
    assert (low.value, low.unit, high.value, high.unit) == (Decimal(1500), "CHF", Decimal(2500), "CHF")


@pytest.mark.parametrize("text, low, high, unit", [
    ("Ein Wachstum zwischen 0,8 und 1,2 Prozent.", "0.8", "1.2", "%"),
    ("Zwischen 2.500 und 3.000 Menschen demonstrierten.", "2500", "3000", "Menschen"),
    ("Es kamen 2.500 bis 3.000 Menschen.", "2500", "3000", "Menschen"),
])
def test_between_and_bis_ranges_give_both_ends(text, low, high, unit):
    found = find_quantities(text)
    assert [(q.value, q.unit) for q in found] == [(Decimal(low), unit), (Decimal(high), unit)]
    assert text[found[0].start:found[0].end] == found[0].text


def test_no_group_follows_a_lone_zero():
    # "0.958 Dollar" in German copy is an English decimal, never 958 Dollar
    assert find_quantities("Der Euro kostete 0.958 Dollar.") == []


@pytest.mark.parametrize("text", ["Am 1. Mai um 14.30 Uhr", "Im Jahr 2024 war alles anders.", "Seite 12",
                                  "Er ist seit 2019 Präsident."])
def test_no_quantity(text):
    assert find_quantities(text) == []


def test_offsets_map_back_to_swiss_original():
    original = "Es kamen 45'000 Besucher und zahlten Fr. 4.20."
    normalized = normalize(original, "ch")
    spans = [(q.start, q.end) for q in find_quantities(normalized.text)]
    surfaces = [original[slice(*normalized.to_original(*span))] for span in spans]
    assert surfaces == ["45'000 Besucher", "Fr. 4.20"]


def test_numbers_written_as_words_take_the_same_units():
    found = {q.text: q.unit for q in find_quantities("Ziel von zwei Prozent, zu sieben Jahren Haft, drei Menschen.")}
    assert found == {"zwei Prozent": "%", "sieben Jahren": "Jahre", "drei Menschen": "Menschen"}


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Das Land gibt fünf Millionen Euro.", "fünf Millionen Euro", "5000000", "EUR"),
    ("Es kostet eine Milliarde Franken.", "eine Milliarde Franken", "1000000000", "CHF"),
    ("Mit einer Million Menschen.", "einer Million Menschen", "1000000", "Menschen"),
    ("Es kamen dreihundert Demonstranten.", "dreihundert Demonstranten", "300", "Demonstranten"),
    ("Es kamen dreiundzwanzig Gäste.", "dreiundzwanzig Gäste", "23", "Gäste"),
    ("Sie bekam zweieinhalb Jahre Haft.", "zweieinhalb Jahre", "2.5", "Jahre"),
    ("Es waren eineinhalb Millionen Menschen.", "eineinhalb Millionen Menschen", "1500000", "Menschen"),
    ("Das kostet zwei Mio. Euro.", "zwei Mio. Euro", "2000000", "EUR"),
    ("Der Fonds hält eine halbe Milliarde Franken.", "eine halbe Milliarde Franken", "500000000", "CHF"),
    ("Mit einer halben Million Menschen.", "einer halben Million Menschen", "500000", "Menschen"),
    ("Das sind fünf Millionen.", "fünf Millionen", "5000000", None),
    ("Ein Unfall. Drei Personen wurden verletzt.", "Drei Personen", "3", "Personen"),
    ("Er sagte: „Zwei Männer kamen.“", "Zwei Männer", "2", "Männer"),
])
def test_numbers_written_as_words_with_scales(text, surface, value, unit):
    quantity = one(text)
    assert (quantity.text, quantity.value, quantity.unit) == (surface, Decimal(value), unit)
    assert text[quantity.start:quantity.end] == surface


@pytest.mark.parametrize("text", [
    "Ein Mann wurde verletzt.", "Er war einer der Täter.", "Zwei Drittel der Stimmen fehlen.",
    "Sie stellte die Elf Spieler vor.", "Er nahm sich in Acht Jahre lang.", "Um zehn Uhr begann es.",
    "Schnee und Regen.", "Eine halbe Stunde später ging es los.",
])
def test_words_that_count_nothing(text):
    assert find_quantities(text) == []


def test_vague_millions_take_a_canonical_currency():
    quantity = one("Der Schaden geht in die Millionen Euro.")
    assert (quantity.value, quantity.unit, quantity.approximate) == (Decimal(2_000_000), "EUR", True)


def test_number_word_values():
    from newsflow.nlp.numberwords import number_word_value
    assert [number_word_value(w) for w in ("zweihundertfünfzigtausend", "anderthalb", "Sechzehn", "und",
                                           "undzwanzig", "einhalb", "Achtung")] == [
        Decimal(250000), Decimal("1.5"), Decimal(16), None, None, None, None]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Er erbeutete mehrere hundert Euro.", "mehrere hundert Euro", 200, "EUR"),
    ("Es kamen einige tausend Fans.", "einige tausend Fans", 2000, "Fans"),
    # the surface keeps the word that makes the count vague, as above
    ("Das kostet mehrere Milliarden Euro.", "mehrere Milliarden Euro", 2_000_000_000, "EUR"),
    ("Der Schaden beträgt einige Millionen Franken.", "einige Millionen Franken", 2_000_000, "CHF"),
    # inflected: "eine Busse von mehreren tausend Franken" is no 1000 francs
    ("Ihm droht eine Busse von mehreren tausend Franken.", "mehreren tausend Franken", 2000, "CHF"),
    ("Mit einigen hundert Helfern.", "einigen hundert Helfern", 200, "Helfern"),
    ("Der Sachschaden beläuft sich auf mehrere hunderttausend Franken.", "mehrere hunderttausend Franken", 200_000, "CHF"),
    ("Es kamen einige zehntausend Menschen.", "einige zehntausend Menschen", 20_000, "Menschen"),
    # capitalized, as the spelling rules allow
    ("Es demonstrierten mehrere Tausend Menschen.", "mehrere Tausend Menschen", 2000, "Menschen"),
    ("Es kamen einige Hundert Fans.", "einige Hundert Fans", 200, "Fans"),
])
def test_some_hundreds_are_approximate_like_hunderte(text, surface, value, unit):
    quantity = one(text)
    assert text[quantity.start:quantity.end] == surface
    assert (quantity.text, quantity.value, quantity.unit, quantity.approximate) == (surface, Decimal(value), unit, True)


def test_a_qualified_four_digit_number_is_a_count_not_a_year():
    assert one("Es protestierten rund 2000 Beschäftigte.").value == Decimal(2000)
    assert one("Mehr als 1900 Menschen kamen.").unit == "Menschen"
    assert find_quantities("Er ist seit 2019 Präsident.") == []
    assert find_quantities("Bis 2030 Ziele erreichen.") == []


@pytest.mark.parametrize("text, expected", [
    ("31 von 37 Drohnen wurden abgeschossen.", [("31", 31, "Drohnen"), ("37 Drohnen", 37, "Drohnen")]),
    ("Männer im Alter von 23 und 41 Jahren", [("23", 23, "Jahre"), ("41 Jahren", 41, "Jahre")]),
    ("am 3. und 4. März kamen 500 Menschen", [("500 Menschen", 500, "Menschen")]),  # dates are no counts
    # an amount with its own currency shares nothing
    ("Sie zahlte CHF 5.000 und 2.000 Euro.", [("CHF 5.000", 5000, "CHF"), ("2.000 Euro", 2000, "EUR")]),
    ("Er bot € 5.000 oder 2.000 Dollar.", [("€ 5.000", 5000, "EUR"), ("2.000 Dollar", 2000, "USD")]),
    # a vote's tally counts votes on both sides; a score and a time of day share nothing
    ("Der Rat lehnte mit 110 zu 82 Stimmen ab.", [("110", 110, "Stimmen"), ("82 Stimmen", 82, "Stimmen")]),
    ("Angenommen mit 120 gegen 60 Stimmen.", [("120", 120, "Stimmen"), ("60 Stimmen", 60, "Stimmen")]),
    ("Sie gewannen 3 zu 1 Toren.", [("1 Toren", 1, "Toren")]),
    ("Er kam 3 gegen 20 Uhr an.", []),
])
def test_a_number_sharing_the_next_ones_unit(text, expected):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text, surface, value, unit", [
    # in German text a point before one or two digits groups no thousands: an English decimal, read only
    # beside a currency or a scale
    ("Die Aktie kostete 87.50 Franken.", "87.50 Franken", "87.5", "CHF"),
    ("Es flossen USD 3.5 Mio. in das Projekt.", "USD 3.5 Mio.", "3500000", "USD"),
])
def test_a_point_decimal_beside_a_currency_is_read(text, surface, value, unit):
    quantity = one(text)
    assert (quantity.text, quantity.value, quantity.unit) == (surface, Decimal(value), unit)


def test_a_point_before_two_digits_elsewhere_is_no_decimal():
    assert [q.text for q in find_quantities("Um 14.30 Uhr begann es. Paragraf 3.2 gilt.")] == []


def test_a_part_of_a_group_counted_before_counts_as_the_group():
    text = "Rund 300 Menschen demonstrierten. Die Polizei nahm 14 von ihnen fest. Zwei davon sind minderjährig."
    parts = [(q.text, q.value, q.unit) for q in find_quantities(text) if "von" in q.text or "davon" in q.text]
    assert parts == [("14 von ihnen", 14, "Menschen"), ("Zwei davon", 2, "Menschen")]
    # a measure is no group, and without a group before there is nothing to count
    assert [q.text for q in find_quantities("Das kostet 5 Millionen Franken, 2 davon zahlt der Bund.")] == [
        "5 Millionen Franken"]
    assert find_quantities("Er kennt 14 von ihnen.") == []


def test_a_change_from_one_value_to_another_shares_the_unit():
    found = [(q.text, q.value, q.unit) for q in find_quantities("Die Bussen steigen von 40 auf 60 Franken.")]
    assert found == [("40", 40, "CHF"), ("60 Franken", 60, "CHF")]
    # a percentage changes by points
    found = [(q.text, q.value, q.unit) for q in find_quantities("Die Quote sank um 0,2 auf 5,1 Prozent.")]
    assert found == [("0,2", Decimal("0.2"), "Prozentpunkte"), ("5,1 Prozent", Decimal("5.1"), "%")]
    assert find_quantities("Sie kamen von 3 auf 5 Uhr.") == []


def test_gegen_before_proceedings_is_against_not_about():
    assert [(q.text, q.qualifier) for q in find_quantities("Gegen 15 Personen wurden Strafverfahren eingeleitet.")] == [
        ("15 Personen", None)]
    assert [(q.text, q.qualifier) for q in find_quantities("Gegen 200 Menschen demonstrierten am Abend.")] == [
        ("200 Menschen", "gegen")]
    # fines "gegen" someone, whatever the spelling
    for text in ("Das Amt verhängte gegen drei Hersteller Bußgelder.", "Die Behörde verhängte gegen 12 Firmen eine Busse.",
                 "Sie verhängte gegen 4 Spieler Strafen."):
        assert [q.qualifier for q in find_quantities(text)] == [None], text


def test_a_scaled_amount_without_unit_is_in_the_currency_before_it_in_its_sentence():
    found = [(q.text, q.unit) for q in find_quantities("Der Gewinn betrug CHF 312,4 Mio., nach 298 Mio. im Vorjahr.")]
    assert found == [("CHF 312,4 Mio.", "CHF"), ("298 Mio.", "CHF")]
    found = [(q.text, q.unit) for q in find_quantities("Der Umsatz stieg auf 4,2 Milliarden Euro (Vorjahr: 3,9 Milliarden).")]
    assert found == [("4,2 Milliarden Euro", "EUR"), ("3,9 Milliarden", "EUR")]
    # not over a sentence's end, and not after a measure that is no currency
    assert [q.unit for q in find_quantities("Der Umsatz stieg auf 4,2 Milliarden Euro. 3 Mio. davon")] == ["EUR", None]
    assert [q.unit for q in find_quantities("Er verdiente 5 Prozent mehr, 3 Mio. insgesamt.")] == ["%", None]


def test_a_number_hyphened_to_letters_is_part_of_a_name():
    # "Kampfjets F-35", "MiG-29", "Covid-19": no 35 Mehrkosten, no 19 Patienten
    assert [q.text for q in find_quantities("Die Armee kauft 36 Kampfjets F-35 Mehrkosten inklusive.")] == ["36 Kampfjets"]
    assert [q.text for q in find_quantities("Es gab Covid-19 Patienten und MiG-29 Flugzeuge.")] == []
    # a minus sign and a range stay numbers
    assert [(q.text, q.value) for q in find_quantities("Es wurde -5 Grad kalt, 10-15 Grad am Tag.")] == [
        ("-5 Grad", -5), ("10", 10), ("15 Grad", 15)]


@pytest.mark.parametrize("text, surface, value, unit", [
    ("Die Polizei hat zwei 16-Jährige festgenommen.", "zwei 16-Jährige", 2, "16-Jährige"),
    ("Die Polizei hat zwei 16-jährige Burschen festgenommen.", "zwei 16-jährige Burschen", 2, "Burschen"),
    ("Drei 20-Jährige wurden verletzt.", "Drei 20-Jährige", 3, "20-Jährige"),
])
def test_people_counted_by_their_age(text, surface, value, unit):
    quantity = one(text)
    assert (quantity.text, quantity.value, quantity.unit) == (surface, Decimal(value), unit)


def test_one_person_of_an_age_is_no_count():
    assert find_quantities("Ein 34-Jähriger wurde festgenommen. Die 16-Jährige blieb unverletzt.") == []


@pytest.mark.parametrize("text, approximate", [
    ("An die 3000 Fans kamen ins Stadion.", True),
    ("Es waren an die 500 Menschen.", True),
    ("Bei dem Angriff starben an die 40 Menschen.", True),
    # "an" taken by a verb: to them
    ("Er verteilte Flugblätter an die 300 Gäste.", False),
    ("Die Polizei schickte Briefe an die 40 Anwohner.", False),
    ("Der Präsident wandte sich an die 300 Delegierten.", False),
])
def test_an_die_before_a_count_is_about_where_nothing_takes_an(text, approximate):
    (q,) = find_quantities(text)
    assert (q.approximate, q.qualifier) == ((True, "an die") if approximate else (False, None))

