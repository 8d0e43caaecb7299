"""Numbers written as German words: ``fünf``, ``dreiundzwanzig``, ``zweihundertfünfzig``, ``zweieinhalb``.

Whole words only; text2num reads the compounds (``dreihundertfünfzigtausend`` = 350000), the
halves it does not know are added here (``eineinhalb`` = 1.5, ``anderthalb`` = 1.5).
Vague plurals (``Tausende``) and scale words after a number (``fünf Millionen``) are the
quantity finder's business (``newsflow.nlp.quantities``).
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from text_to_num import text2num

# The pieces a German number word is glued from; a candidate made only of them is then read by text2num.
_PIECES = ("einhalb", "anderthalb", "eins", "ein", "zwei", "zwo", "drei", "vier", "fünf", "sechs", "sech",
           "sieben", "sieb", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "dreissig", "zig",
           "hundert", "tausend", "und")
_FIRST = "|".join(f"{piece}|{piece.capitalize()}" for piece in _PIECES)
# A regular expression for a number word in a larger pattern (only its first letter may be capital);
# "und" is a conjunction, not the start of a number; "einhalb" alone is no count.
NUMBER_WORD = rf"(?![Uu]nd|[Ee]inhalb(?![a-zäöüß]))(?:{_FIRST})(?:{'|'.join(_PIECES)})*"
_NUMBER_WORD = re.compile(NUMBER_WORD)
_HALF = Decimal("0.5")


@lru_cache(maxsize=4096)
def number_word_value(word: str) -> Decimal | None:
    """The value of one number word, or None when it is none (``eine``, ``und``, ``Achtung``).

    >>> number_word_value("dreiundzwanzig"), number_word_value("zweieinhalb")
    (Decimal('23'), Decimal('2.5'))
    """
    lowered = word.lower()
    if not _NUMBER_WORD.fullmatch(lowered):
        return None
    if lowered == "anderthalb":
        return Decimal("1.5")
    half = lowered.endswith("einhalb") and lowered != "einhalb"
    core = lowered[: -len("einhalb")] if half else lowered
    try:
        value = Decimal(text2num(core, "de"))
    except ValueError:
        return None
    return value + _HALF if half else value
