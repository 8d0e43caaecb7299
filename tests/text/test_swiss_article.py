"""End to end on a Swiss feed item written for this test (title + "\n\n" + HTML summary)."""
import pytest

from newsflow.nlp.quantities import find_quantities
from newsflow.text.lexicon import wordlist_path
from newsflow.text.normalize import normalize

pytestmark = pytest.mark.skipif(wordlist_path() is None,
                                reason="German word list missing: apt-get install -y wngerman")

ARTICLE = (
    "Grossrat beschliesst neue Strassen&shy;namen\n\n"
    "<p>Der Grosse Rat hat am Dienstag schliesslich entschieden: Die Richard-Wagner-Strasse "
    "heisst k&uuml;nftig anders.</p><p>Die Massnahme kostet CHF 650'000; 45'000 Einwohner sind "
    "betroffen, das sind 2.7 Prozent.&nbsp;Wer falsch parkiert, zahlt eine Busse von Fr. 40.–.</p>"
    "<p>Stadtpr&auml;sident Urs Nussbaumer sagte, dass man das Wasser im Schloss gewusst habe.</p>"
)


def test_swiss_article_end_to_end():
    result = normalize(ARTICLE, "ch")
    assert result.swiss
    text = result.text
    for word in ["Großrat", "beschließt", "Straßennamen", "Große Rat", "schließlich",
                 "Richard-Wagner-Straße", "heißt künftig", "Maßnahme", "CHF 650.000", "45.000 Einwohner",
                 "2,7 Prozent", "eine Buße", "Fr. 40,–", "Nussbaumer", "dass", "Wasser", "Schloss", "gewusst"]:
        assert word in text
    assert "<" not in text and "&" not in text and "\u00ad" not in text
    assert "\n\nDie Maßnahme" in text  # paragraph break kept

    for r in result.replacements:
        assert ARTICLE[r.start:r.end] == r.original

    surfaces = {ARTICLE[slice(*result.to_original(q.start, q.end))] for q in find_quantities(text)}
    assert {"CHF 650'000", "45'000 Einwohner", "2.7 Prozent", "Fr. 40.–"} <= surfaces

    start = text.index("Straßennamen")
    assert ARTICLE[slice(*result.to_original(start, start + len("Straßennamen")))] == "Strassen&shy;namen"
