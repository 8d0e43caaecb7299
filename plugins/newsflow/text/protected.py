"""Stretches of text that are addresses or identifiers, not words: Swiss rules never rewrite them.

``https://example.ch/Strasse?gross=1``, ``info@grossrat.ch``, ``@Strassenbau``, ``#Fussball`` and
``Grosskopf123`` are spelled as their owner spells them; ``Straße`` there would break a link, an address,
a handle or a password. A firm's registered name before its legal form (``Gasser Strassenbau AG``) is a proper
name, which is never changed either.
"""
from __future__ import annotations

import re

from newsflow.text.offsets import Edit

__all__ = ["protected_spans", "outside_protected"]

# a URL, a bare www address, an e-mail address, a handle or hashtag, and a word glued to digits or an
# underscore (file names, codes: "massnahmen_2026", "Grosskopf123")
PROTECTED = re.compile(
    r"(?:https?://|www\.)[^\s<>\"«»„“]*[^\s<>\"«»„“.,;:!?)]"  # (a sentence's stop after it is no part of it)
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # (starting where a run starts: linear, not quadratic)
    r"|(?<![\w@#])[@#]\w+"
    # a firm's registered name before its legal form: "Gasser Strassenbau AG", "Grossenbacher Holding AG"
    r"|(?<![\w-])(?:[A-ZÄÖÜ][\w&-]*[ \t]+){1,2}(?:AG|GmbH|SA|Sàrl|KG|Holding)(?![\w-])"
)
# (U+02BC, a modifier letter to Python, groups Swiss thousands: "1ʼ875" is a number, no code)
_WORD = re.compile(r"[^\Wʼ]+")
_GLUED = re.compile(r"\d[^\W\d_]|[^\W\d_]\d|_")


def protected_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every protected stretch, in text order (each word is looked at once: linear time)."""
    spans = [m.span() for m in PROTECTED.finditer(text)]
    if any(c.isdigit() or c == "_" for c in text):
        spans += [m.span() for m in _WORD.finditer(text) if _GLUED.search(m.group())]
    return sorted(spans)


def outside_protected(text: str, edits: list[Edit]) -> list[Edit]:
    """The edits that touch no protected stretch."""
    spans = protected_spans(text)
    if not spans:
        return edits
    return [e for e in edits if not any(s < e.end and e.start < t for s, t in spans)]
