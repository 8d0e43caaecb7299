import pytest

from newsflow.text.lexicon import wordlist_path
from newsflow.text.normalize import normalize

needs_wordlist = pytest.mark.skipif(wordlist_path() is None,
                                    reason="German word list missing: apt-get install -y wngerman")

pytestmark = needs_wordlist


def ch(text: str) -> str:
    return normalize(text, "ch").text


@pytest.mark.parametrize("swiss, standard", [
    ("liess", "ließ"), ("schliesslich", "schließlich"), ("Gruss", "Gruß"),
    ("Fussball-WM", "Fußball-WM"), ("Grossrat", "Großrat"), ("Richard-Wagner-Strasse", "Richard-Wagner-Straße"),
    ("Strassennamen", "Straßennamen"), ("grösseren", "größeren"), ("beschliesst", "beschließt"),
    ("Füssen", "Füßen"), ("Pestalozzistrasse", "Pestalozzistraße"), ("Schliessmuskel", "Schließmuskel"),
])
def test_restores_sharp_s(swiss, standard):
    assert ch(f"Sie sahen {swiss} gestern.") == f"Sie sahen {standard} gestern."


@pytest.mark.parametrize("word", ["dass", "muss", "Schloss", "Prozess", "Wasser", "gewusst", "Ausstellung"])
def test_keeps_right_ss(word):
    assert ch(f"Er sagte, {word} sei klar.") == f"Er sagte, {word} sei klar."


@pytest.mark.parametrize("name", ["Kässmann", "Hassan", "Nussbaumer", "Grossmann"])
def test_never_changes_names(name):
    text = f"Das sagte Margot {name} in Zürich."
    assert ch(text) == text


def test_surname_after_first_name_stays_but_adjective_changes():
    assert ch("Hans Gross kam. Im Grossen und Ganzen gut.") == "Hans Gross kam. Im Großen und Ganzen gut."
    assert ch("Richard Strauss und einen Strauss Rosen") == "Richard Strauss und einen Strauß Rosen"
    assert ch("Die Grosse Koalition") == "Die Große Koalition"


def test_strassburger_rule():
    # adjective of place before a noun is restored; the family name stays
    assert ch("das Strassburger Münster") == "das Straßburger Münster"
    assert ch("Peter Strassburger sagte") == "Peter Strassburger sagte"


def test_ambiguous_pairs_need_strong_context():
    assert ch("Er erhielt eine Busse wegen Falschparkens.") == "Er erhielt eine Buße wegen Falschparkens."
    assert ch("Es gibt neue Busse für die Postautolinie.") == "Es gibt neue Busse für die Postautolinie."
    assert ch("Die Busse fahren.") == "Die Busse fahren."
    assert ch("in hohem Masse") == "in hohem Maße"
    assert ch("Die Masse der Erde") == "Die Masse der Erde"
    assert ch("im Schoss der Familie") == "im Schoß der Familie"
    assert ch("Er schoss ein Tor.") == "Er schoss ein Tor."
    assert ch("Die Flosse des Fisches") == "Die Flosse des Fisches"


def test_all_caps_and_club_names_stay():
    assert ch("STRASSE GESPERRT") == "STRASSE GESPERRT"
    assert ch("der BSC Preussen spielte") == "der BSC Preussen spielte"


def test_replacement_records_original_word():
    result = normalize("Die Strasse ist gross.", "ch")
    sharp = [r for r in result.replacements if r.kind == "sharp_s"]
    assert [(r.original, r.normalized) for r in sharp] == [("Strasse", "Straße"), ("gross", "groß")]
    for r in sharp:
        assert result.original[r.start:r.end] == r.original

