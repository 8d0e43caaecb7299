"""Date expressions resolved against the publication date (newsflow.nlp.dates)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from newsflow.nlp.dates import WEEKDAYS, resolve_dates

FRIDAY = date(2024, 3, 15)


def only(text: str, published: date | None = FRIDAY):
    found = resolve_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value, precision", [
    ("Scholz traf Macron am Donnerstag in Paris.", date(2024, 3, 14), "day"),
    ("Am Freitag kam es zu Protesten.", date(2024, 3, 15), "day"),  # the publication day itself
    ("Er wurde gestern festgenommen.", date(2024, 3, 14), "day"),
    ("Die Sitzung findet morgen statt.", date(2024, 3, 16), "day"),
    ("Im März stiegen die Preise.", date(2024, 3, 1), "month"),
    ("Im Mai 2019 war er schon einmal verhaftet worden.", date(2019, 5, 1), "month"),
    ("Bereits am 3. Februar hatten Hunderte protestiert.", date(2024, 2, 3), "day"),
    ("Er sitzt seit 2020 in Haft.", date(2020, 1, 1), "year"),
    ("Der Streik beginnt nächste Woche.", date(2024, 3, 18), "week"),
    ("Angriffe in der Nacht auf Sonntag.", date(2024, 3, 10), "day"),
    ("Das Treffen ist am kommenden Montag.", date(2024, 3, 18), "day"),
    ("Am vergangenen Freitag wurde gewählt.", date(2024, 3, 8), "day"),
    # the dative after "ab" and "seit"
    ("Die Ärzte streiken ab kommendem Mittwoch.", date(2024, 3, 20), "day"),
    ("Seit vergangenem Montag wird gestreikt.", date(2024, 3, 11), "day"),
    ("Das Abkommen vom 03.02.2023 gilt weiter.", date(2023, 2, 3), "day"),
    ("Kundgebung am Donnerstagabend vor dem Kanzleramt.", date(2024, 3, 14), "day"),
])
def test_expressions_from_the_issue(text, value, precision):
    found = only(text)
    assert (found.value, found.precision) == (value, precision)
    assert text[found.start:found.end] == found.text


def test_month_without_year_goes_to_the_closest_year():
    # A January article about "Dezember" means the December just past.
    assert only("Im Dezember stiegen die Preise.", date(2025, 1, 10)).value == date(2024, 12, 1)
    assert only("Im Januar soll gewählt werden.", date(2024, 12, 20)).value == date(2025, 1, 1)


def test_a_street_named_for_a_day_is_no_date():
    assert resolve_dates("Sie blockierten die Straße des 17. Juni.", FRIDAY) == []
    assert resolve_dates("Kundgebung auf dem Platz des 4. Juli", FRIDAY) == []
    assert only("Am 17. Juni blockierten sie die Straße.").value == date(2024, 6, 17)


def test_austrian_month_name():
    assert only("Am 12. Jänner 2024 wurde gewählt.").value == date(2024, 1, 12)


@pytest.mark.parametrize("text, value", [
    ("Heuer gab es weniger Unfälle.", date(2024, 1, 1)),  # Austrian and Swiss: this year
    ("Die Zahl stieg gegenüber dem Vorjahr.", date(2023, 1, 1)),
    ("Im Vorjahr waren es noch 300.", date(2023, 1, 1)),
    ("Die Strasse wird im Frühling 2025 saniert.", date(2025, 1, 1)),
])
def test_years_named_without_a_number(text, value):
    found = only(text)
    assert (found.value, found.precision) == (value, "year")
    assert text[found.start:found.end] == found.text
    assert resolve_dates("Die Vorjahreszahlen fehlen.", FRIDAY) == []  # a compound, no date


@pytest.mark.parametrize("text, value, precision", [
    ("Der Unfall geschah vor drei Tagen.", date(2024, 3, 12), "day"),
    ("Vor 3 Tagen kam es zu Protesten.", date(2024, 3, 12), "day"),
    ("Er wurde vor zwei Wochen entlassen.", date(2024, 2, 26), "week"),  # the Monday of that week
    ("Das Gesetz tritt in einer Woche in Kraft.", date(2024, 3, 18), "week"),
    ("Die Firma ging vor einem Jahr bankrott.", date(2023, 1, 1), "year"),
    ("Die Preise stiegen vor sechs Monaten.", date(2023, 9, 1), "month"),
    ("Die Sitzung vom 12.3. wurde verschoben.", date(2024, 3, 12), "day"),  # no year: the closest one
])
def test_spans_counted_from_publication_and_days_without_a_year(text, value, precision):
    found = only(text)
    assert (found.value, found.precision) == (value, precision)
    assert text[found.start:found.end] == found.text


def test_vor_without_a_count_is_no_date():
    assert resolve_dates("Das gilt vor allem für Familien. Vor dem Rathaus standen Hunderte.", FRIDAY) == []


def test_morgen_as_time_of_day_is_not_tomorrow():
    assert resolve_dates("Am Morgen gab es Explosionen.", FRIDAY) == []


def test_relative_dates_need_a_publication_date():
    assert resolve_dates("Er wurde gestern am Donnerstag festgenommen.", None) == []
    assert only("Im Mai 2019 war er verhaftet worden.", None).value == date(2019, 5, 1)


@pytest.mark.parametrize("text", ["Es kamen 2020 Menschen.", "Rund 2000 kamen.", "Die Zahl stieg auf 2025.",
                                  "Die Linie 2020 fährt nicht.", "Paragraf 2016 gilt.", "Die A 1999 ist gesperrt.",
                                  "Die Agenda 2030 gilt.", "Er zahlte 1980 Euro."])
def test_bare_numbers_that_count_or_name_are_not_years(text):
    assert resolve_dates(text, FRIDAY) == []


@pytest.mark.parametrize("text, year", [
    ("Das Bezirksgericht hatte den 58-Jährigen 2023 wegen Geldwäscherei verurteilt.", 2023),
    ("Der Mann war 2019 bereits verhaftet worden.", 2019),
    ("Die Zahl der Anzeigen stieg 2023 auf 500.", 2023),
])
def test_a_bare_year_between_words_is_a_year(text, year):
    assert (only(text, FRIDAY).value, only(text, FRIDAY).precision) == (date(year, 1, 1), "year")


@pytest.mark.parametrize("text", ["Vom 3. bis 5. Dezember tagen die Minister.", "Die Messe dauert vom 3.–5. Dezember.",
                                  "Sie tagen vom 3. bis zum 5. Dezember 2026 in Bremen."])
def test_a_span_of_days_is_dated_by_its_first(text):
    found = only(text, date(2026, 11, 26))
    assert (found.value, found.precision) == (date(2026, 12, 3), "day")


def test_longest_expression_wins():
    found = only("Am 3. Februar 2021 wurde er verurteilt.")
    assert found.value == date(2021, 2, 3) and found.text == "3. Februar 2021"


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.sampled_from(sorted(WEEKDAYS)))
def test_bare_weekday_is_within_the_last_week(published, weekday):
    found = only(f"Die Polizei griff am {weekday.capitalize()} ein.", published)
    assert published - timedelta(days=6) <= found.value <= published
    assert found.value.weekday() == WEEKDAYS[weekday]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.sampled_from(sorted(WEEKDAYS)))
def test_kommenden_weekday_is_within_the_next_week(published, weekday):
    found = only(f"Er kommt am kommenden {weekday.capitalize()}.", published)
    assert published < found.value <= published + timedelta(days=7)
    assert found.value.weekday() == WEEKDAYS[weekday]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.sampled_from(sorted(WEEKDAYS)))
def test_a_weekday_something_is_set_for_lies_ahead(published, weekday):
    found = only(f"Die Gewerkschaft rief für {weekday.capitalize()} zu einer Versammlung auf.", published)
    assert published <= found.value < published + timedelta(days=7)
    assert found.value.weekday() == WEEKDAYS[weekday]


def test_a_relative_day_opening_a_sentence():
    from datetime import date

    from newsflow.nlp.dates import resolve_dates

    found = resolve_dates("Gestern hatte sie gefordert. Der Morgen war kalt.", date(2026, 11, 26))
    assert [(d.value, d.text) for d in found] == [(date(2026, 11, 25), "Gestern")]


NOVEMBER = date(2026, 11, 26)


@pytest.mark.parametrize("text, value, precision", [
    ("Die Gespräche sollen an Weihnachten ruhen.", date(2026, 12, 25), "day"),
    ("Bis Silvester gilt das Verbot.", date(2026, 12, 31), "day"),
    ("Zu Ostern wird gewählt.", date(2027, 3, 28), "day"),  # Easter Sunday 2027, the closer one
    ("An Pfingsten kamen Tausende.", date(2027, 5, 16), "day"),
    ("Die Reform kommt im kommenden Frühjahr.", date(2027, 1, 1), "year"),  # a season is no month
    ("Im letzten Sommer brannte der Wald.", date(2026, 1, 1), "year"),
    ("Ende letzten Jahres fiel der Kurs.", date(2025, 1, 1), "year"),
    ("Anfang des Monats stieg die Zahl.", date(2026, 11, 1), "month"),
    ("Mitte nächsten Jahres soll es fertig sein.", date(2027, 1, 1), "year"),
    # a holiday's night is its evening's day; holidays named in more words, and Carnival from Easter
    ("In der Silvesternacht knallte es.", date(2026, 12, 31), "day"),
    ("Am zweiten Weihnachtsfeiertag war Ruhe.", date(2026, 12, 26), "day"),
    ("Am Tag der Deutschen Einheit wurde gefeiert.", date(2026, 10, 3), "day"),
    ("Am Rosenmontag zogen die Narren durch Mainz.", date(2027, 2, 8), "day"),  # 48 days before Easter 2027
    ("An Fronleichnam blieben die Läden zu.", date(2026, 6, 4), "day"),  # closer than 27 May 2027
])
def test_holidays_seasons_and_parts_of_a_year(text, value, precision):
    found = only(text, NOVEMBER)
    assert (found.value, found.precision) == (value, precision)
    assert text[found.start:found.end] == found.text


def test_holidays_need_a_preposition_and_a_season_with_a_year_stays_that_year():
    assert resolve_dates("Weihnachten ist ein Fest.", NOVEMBER) == []
    assert only("Im Sommer 2025 war es heiss.", NOVEMBER).value == date(2025, 1, 1)


@pytest.mark.parametrize("text, expected", [
    ("am Sonntag, 29. November", "am Sonntag, 29. November"),
    ("am Sonntag (29.11.2026) kam er", "am Sonntag (29.11.2026)"),
    ("Am Montag, dem 30. November", "Am Montag, dem 30. November"),
])
def test_a_weekday_with_its_written_date_is_that_date(text, expected):
    # Thursday 26 November: "Sonntag" alone would be the 22nd
    found = resolve_dates(text, date(2026, 11, 26))
    assert len(found) == 1 and found[0].text == expected and found[0].precision == "day"
    assert found[0].value in (date(2026, 11, 29), date(2026, 11, 30))
    assert text[found[0].start:found[0].end] == expected


def test_a_month_planned_for():
    found = resolve_dates("Ein erstes Treffen ist für Januar geplant.", date(2026, 11, 26))
    assert [(d.value, d.precision, d.text) for d in found] == [(date(2027, 1, 1), "month", "für Januar")]
    assert resolve_dates("Geld für Mai Thi.", date(2026, 11, 26)) == []  # a name, not the month


@pytest.mark.parametrize("text, expected", [
    # the day before or after the last day named before it
    ("Am Montag nahm die Polizei ihn fest. Am Vortag hatte er gedroht.", [date(2024, 3, 11), date(2024, 3, 10)]),
    ("Am 3. März begann der Prozess, tags darauf sagte er aus.", [date(2024, 3, 3), date(2024, 3, 4)]),
    ("Am 3. März begann der Prozess. Am Tag danach sagte er aus.", [date(2024, 3, 3), date(2024, 3, 4)]),
    # no day named before it: counted from the publication day
    ("Am Vortag hatte die Verteidigung einen Freispruch gefordert.", [date(2024, 3, 14)]),
    ("Am Folgetag wird abgestimmt.", [date(2024, 3, 16)]),
    # the eve of a named occasion is not a known day
    ("Am Vorabend des Gipfels trafen sie sich.", []),
    ("Der Tag danach war ruhig.", []),
])
def test_a_day_before_or_after_counts_from_the_last_day_named(text, expected):
    found = resolve_dates(text, FRIDAY)
    assert [d.value for d in found] == expected
    assert all(d.precision == "day" and text[d.start:d.end] == d.text for d in found)


def test_a_round_number_or_more_before_an_adjective_and_its_noun_is_a_count():
    from newsflow.nlp.dates import resolve_dates
    published = date(2026, 11, 20)
    assert [d.text for d in resolve_dates("Die GEW fordert 2000 zusätzliche Stellen.", published)] == []
    assert [d.text for d in resolve_dates("Dort kamen 2024 weitere Soldaten an.", published)] == []
    # a year before an article, a preposition or a plain adjective stays one
    assert [d.text for d in resolve_dates("Die Firma hatte 2019 eine Klage eingereicht.", published)] == ["2019"]
    assert [d.text for d in resolve_dates("Das Gericht hatte ihn 2023 wegen Betrugs verurteilt.", published)] == ["2023"]
    assert [d.text for d in resolve_dates("Die Stadt hat 2023 neue Regeln beschlossen.", published)] == ["2023"]
