"""Sentence ends the rule-based sentencizer misses: after a number, and at a blank line (and one it makes
wrongly: after a regnal number, "Papst Leo XIV. empfing").

The tokenizer keeps the full stop of "300." and "20.000." in the number, because German writes
ordinals so ("am 3. Mai", "der 10.000. Besucher"); the sentencizer then runs two sentences into one
("Die Veranstalter sprachen von 20.000. Kultursenator Chialo verteidigte …"), and an event of the
second takes its actor from the first. This component marks the next token as a sentence start when
the number cannot be an ordinal there. It changes no token, so offsets and the NER input stay as they
were.

A blank line ends a sentence too: a stored article is its title, a blank line and the body, and a
title has no full stop ("Brand in Mehrfamilienhaus\n\nHamburg. Bei einem Feuer …" would otherwise be
one sentence, and the NER reads "Mehrfamilienhaus Hamburg" as one place).
"""
from __future__ import annotations

import re

from newsflow.nlp.dates import MONTHS
from newsflow.nlp.ner_rules import ROMAN_NUMERAL

__all__ = ["COMPONENT", "register", "add_number_stops"]

COMPONENT = "newsflow_number_stops"
_NUMBER_WITH_STOP = re.compile(r"\d[\d.,'’]*\.")
# An ordinal stands after an article or a preposition ("der 90. Minute", "zum 1.000. Mal", "ab 1. Januar")
_ORDINAL_BEFORE = frozenset(
    "der die das den dem des ein eine einen einem einer eines am im vom zum zur beim ab bis seit nach vor für "
    "jeder jede jedes jeden jedem dieser diese dieses diesen diesem seinem seiner ihrem ihrer unser unsere "
    "sein seine seinen seines ihr ihre ihren ihres unserem unseren unseres deren dessen".split())  # "ihr 14. Sanktionspaket"
_MONTH_WORDS = frozenset(m.lower() for m in MONTHS)
# ... but a year after a preposition is a year: "Mehrkosten bis 2040. DGB-Chefin Fahimi …", "seit 1990. Damals …"
_YEAR_WITH_STOP = re.compile(r"(?:19|20)\d\d\.")
_YEAR_PREPOSITIONS = frozenset("bis seit ab im vor nach von".split())


def number_stops(doc):
    """Mark the token after a blank line as a sentence start (see `paragraph_starts`), and the
    token after "N." where N. is no ordinal: a capitalized word follows that is no month ("am 3. Mai"),
    and no article or preposition stands before it, unless N is a year after a preposition ("bis 2040.")."""
    for i in paragraph_starts(doc):
        doc[i].is_sent_start = True
    for i in range(1, len(doc) - 1):
        tok, nxt = doc[i], doc[i + 1]
        if (_NUMBER_WITH_STOP.fullmatch(tok.text) and nxt.text[:1].isupper()
                and nxt.text.replace("-", "").isalpha()  # "DGB-Chefin"
                and nxt.lower_ not in _MONTH_WORDS
                and (doc[i - 1].lower_ not in _ORDINAL_BEFORE
                     or (_YEAR_WITH_STOP.fullmatch(tok.text) and doc[i - 1].lower_ in _YEAR_PREPOSITIONS))
                and not doc[i - 1].is_punct and not doc[i - 1].is_space):
            nxt.is_sent_start = True
        if (tok.text == "." and ROMAN_NUMERAL.fullmatch(doc[i - 1].text) and nxt.is_lower and nxt.is_alpha
                and not doc[i - 1].whitespace_):
            # "Papst Leo XIV. empfing …": a regnal number's stop ends no sentence (the tokenizer splits "XIV" from
            # its stop, while it keeps "III." whole)
            nxt.is_sent_start = False
    return doc



def paragraph_starts(doc) -> list[int]:
    """Indexes of the tokens that follow a blank line (a whitespace token with two line breaks).
    A single line break is no boundary: plain text wraps lines inside sentences."""
    return [i + 1 for i in range(len(doc) - 1)
            if doc[i].is_space and doc[i].text.count("\n") >= 2 and not doc[i + 1].is_space]


def register() -> None:
    from spacy.language import Language

    if COMPONENT not in Language.factories:
        Language.component(COMPONENT, func=number_stops)


def add_number_stops(nlp) -> None:
    """After a rule-based sentencizer only: a parser's boundaries are its own."""
    register()
    if "sentencizer" in nlp.pipe_names and COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="sentencizer")
