"""Which entity mentions of a clause are *places* of an event, and which preposition governs a mention.

No parser: a mention's preposition is found by walking back at most a few tokens
over articles, adjectives and nouns ("im ukrainischen Charkiw", "im Süden des
Libanon", "vor dem Bundeshaus"). Pure functions over token tuples.
"""
from __future__ import annotations

import re

__all__ = ["Tok", "governing_preposition", "is_place", "PLACE_PREPOSITIONS", "PREPOSITIONS"]

# "in Brüssel", "im Süden des Libanon", "bei Bern", "vor dem Bundeshaus", "nach Kiew (reisen)".
# "am Stachus", "am Bodensee": a place's name after "am" (a date is no mention; "Kritik am Iran" is a
# criticism's target, see events).
PLACE_PREPOSITIONS = frozenset({"in", "im", "am", "bei", "beim", "vor", "nahe", "nach", "nördlich", "südlich",
                                "östlich", "westlich", "außerhalb", "ausserhalb", "innerhalb"})
# "Raketen auf Haifa", "Angriff auf Charkiw": for violence the target town is where it happened; so is the
# sky it happened in ("Drohnen wurden über Polen abgeschossen").
VIOLENT_PLACE_PREPOSITIONS = frozenset({"auf", "gegen", "über"})
PREPOSITIONS = PLACE_PREPOSITIONS | frozenset({
    "auf", "gegen", "mit", "für", "an", "am", "zu", "zum", "zur", "von", "vom", "durch", "über", "aus",
    "laut", "gemäß", "gemäss", "wegen", "seit", "ab", "bis", "um", "unter", "zwischen", "ohne", "trotz",
    "hinter", "neben", "seitens", "statt", "während", "angesichts",
})
_WALK_THROUGH = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
                           "eines", "seine", "seinen", "seinem", "ihrer", "ihren", "ihrem", "ihre", "dessen",
                           "deren", "stadt", "region", "provinz", "kanton", "hauptstadt",
                           "ganz", "halb"})  # "in ganz Bayern", "in halb Europa"
_DATIVE_ACCUSATIVE = frozenset({"den", "dem", "einem", "einen", "ihm", "ihr", "ihn"})
MAX_WALK = 5
_GENITIVE_ARTICLES = frozenset({"der", "des", "eines", "einer", "dessen", "deren", "ihrer"})


class Tok:
    """A token of the sentence being analysed, with its lowercase form computed once.

    A plain slotted class, not a dataclass: every token of every article becomes one,
    and the event rules read ``lower`` many times per token.
    """

    __slots__ = ("text", "start", "end", "lower")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end, self.lower = text, start, end, text.lower()

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tok) and (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))


_IDIOM_ENDS = frozenset({"allem", "anderem"})
# Days, times of day and months: "am Montag", "am Freitagmorgen", "am 3. März" end before the name after them.
_TIME_NOUN = re.compile(r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
                        r"(?:s|morgen|vormittag|mittag|nachmittag|abend|nacht)?$|"
                        r"(?:morgen|vormittag|mittag|nachmittag|abend|wochenende|januar|jänner|februar|feber|märz|"
                        r"april|mai|juni|juli|august|september|oktober|november|dezember)$")


# Nouns that close "nach Angaben", "laut Berichten", "nach eigenen Worten": a name right after one is no part of it
# (unless in the genitive: "nach Angaben Kiews").
_SOURCE_NOUNS = frozenset({"angaben", "informationen", "berichten", "aussagen", "erkenntnissen", "schätzungen",
                           "darstellung", "worten", "medienberichten", "polizeiangaben", "behördenangaben"})


def governing_preposition(tokens: tuple[Tok, ...], index: int, stop: frozenset[int] = frozenset()) -> tuple[str | None, str | None]:
    """(preposition, article) in front of the mention starting at token ``index``.

    Walks back over articles, lowercase adjectives and capitalized nouns (appositions
    and genitive heads: "mit Vertretern der EU-Kommission" → mit); stops at punctuation,
    at indexes in ``stop`` (verbs, other mentions) and after MAX_WALK tokens.
    """
    article = None
    for i in range(index - 1, max(-1, index - 1 - MAX_WALK), -1):
        if i in stop:
            return None, article
        tok = tokens[i]
        low = tok.lower
        if low in _IDIOM_ENDS and i > 0 and tokens[i - 1].lower in ("vor", "unter"):
            return None, article  # "vor allem Europa", "unter anderem Bern": no preposition of the name
        if low in PREPOSITIONS:
            return low, article
        if not tok.text[0].isalnum():
            return None, article
        if article is None and low in _WALK_THROUGH | _DATIVE_ACCUSATIVE:
            article = low
        if low in _WALK_THROUGH or low in _DATIVE_ACCUSATIVE:
            continue
        if _TIME_NOUN.match(low):
            return None, article  # "am Dienstag Stefan Hofer festgenommen": a date closes its phrase
        if i == index - 1 and low in _SOURCE_NOUNS and not tokens[index].text.endswith(("s", "'", "’")):
            return None, article  # "hat nach ukrainischen Angaben Charkiw angegriffen": the source closes its phrase
        if tok.text[0].isupper() or tok.text[0].isdigit():
            if article is not None and article not in _GENITIVE_ARTICLES and not tok.text[0].isdigit():
                # "in der Nacht die Ukraine": only a genitive attaches the mention to the noun before
                return None, article
            if (article is not None and i + 1 < index and tokens[i + 1].text[0].isupper()
                    and tokens[i + 1].lower not in _WALK_THROUGH and not tok.text[0].isdigit()):
                # "nach eigenen Angaben Ziele der Hisbollah": a genitive's noun right after another noun
                # opens a new phrase; the preposition before is the other noun's
                return None, article
            continue  # noun or apposition head ("Präsidenten", "Stadt", "16.")
        if low.endswith(("e", "en", "er", "es", "em")):
            continue  # inflected adjective ("ukrainischen")
        return None, article
    return None, article


def is_object_article(article: str | None) -> bool:
    """'den/dem/einem ... X' cannot be the subject: "warf den Aktivisten vor"."""
    return article in _DATIVE_ACCUSATIVE


def is_place(label: str, preposition: str | None, violent: bool) -> bool:
    if preposition is None:
        return False
    if label == "LOC":
        return preposition in PLACE_PREPOSITIONS or (violent and preposition in VIOLENT_PLACE_PREPOSITIONS)
    # Buildings often come out as ORG: "vor dem Kanzleramt".
    return label == "ORG" and preposition == "vor"
