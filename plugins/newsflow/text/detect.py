"""Is a text written in Swiss spelling?  Decides whether ß restoration and Swiss numbers apply."""
from __future__ import annotations

import re

from newsflow.text.lexicon import fold, load_lexicon
from newsflow.text.numbers import GROUPED
from newsflow.text.sharp_s import PLACE_HOMONYM, SURNAME_RISK, WORD, decide

SWISS_COUNTRIES = frozenset({"ch", "li"})
# Words that (almost) only Swiss outlets print.
SWISS_MARKERS = re.compile(
    r"\b(?:CHF|SFr\.|Fr\.\s?\d|Franken|Rappen|Bundesrat(?:es)?|Nationalrat|Ständerat|Kantons?|"
    r"Zürich|Bern|Basel|Luzern|Genf|Lausanne|Winterthur|St\.\s?Gallen|Graubünden|Aargau|Thurgau|"
    r"Tessin|SBB|SRF|NZZ|Tages-Anzeiger|Keystone-SDA|SDA|Liechtenstein|Vaduz)\b"
)


def is_swiss(text: str, country: str | None) -> bool:
    """Swiss rules apply to Swiss/Liechtenstein feeds and, without a country, to text with Swiss
    evidence.  A common word with ß means the text is in standard spelling, whatever the feed's
    country; a name with ß (Käßmann, Weiß) does not."""
    if "ß" in text and _standard_spelling(text):
        return False
    if country is not None:
        return country.lower() in SWISS_COUNTRIES
    if GROUPED.search(text) or SWISS_MARKERS.search(text):
        return True
    # "schliesslich", "Strasse" with no ß anywhere: spelled the Swiss way; the town Füssen is
    # spelled so everywhere, so it is no evidence
    return any(_swiss_word(w.group()) for w in WORD.finditer(text) if "ss" in w.group())


def _swiss_word(word: str) -> bool:
    decision = decide(word)
    return decision is not None and decision.condition != PLACE_HOMONYM


def _standard_spelling(text: str) -> bool:
    lexicon = load_lexicon()
    for match in WORD.finditer(text):
        word = match.group()
        if "ß" not in word:
            continue
        if lexicon.empty or word[0].islower():
            return True
        if word in lexicon.sharp.get(fold(word), ()) and word.lower() not in SURNAME_RISK:
            return True  # Straße, Fußball: a common noun
    return False
