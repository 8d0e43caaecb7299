"""A definite description that refers back to the organization an article introduced with it.

News introduces an organization with what it is and then goes on with the description alone: "Die
Gewerkschaft Verdi hat … aufgerufen. … Die Gewerkschaft fordert 8,5 Prozent mehr Lohn", "Der Chiphersteller
Infineon … Der Konzern kündigte an". ``descriptions_in_text`` gives an ``ActorMention`` for each later
"der/die/das <head>" whose head introduced exactly one organization before it (the head itself, or a
generic head closing it: "Stahlkonzern Voestalpine" … "der Konzern"). Two organizations introduced with
the same head make the description ambiguous: it names nobody.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from importlib.resources import files
from itertools import accumulate
from typing import Sequence

from newsflow.nlp.records import ActorMention, Mention
from newsflow.text.lexicon import fold

__all__ = ["descriptions_in_text", "organization_kinds", "ARTICLES"]

# Heads that close compound descriptions: "Stahlkonzern" … "der Konzern", "Autobauer" … "der Hersteller".
_GENERIC_HEADS = ("Konzern", "Unternehmen", "Firma", "Gewerkschaft", "Partei", "Verband", "Bank", "Gruppe",
                  "Organisation", "Behörde", "Hersteller", "Verein", "Klub", "Club", "Airline", "Fluggesellschaft",
                  "Versicherer", "Sender", "Zeitung", "Institut", "Ministerium", "Kommission", "Gericht",
                  # "Die Stadtpolizei Zürich … wie ein Sprecher der Polizei sagte"
                  "Polizei", "Staatsanwaltschaft", "Regierung", "Feuerwehr", "Universität", "Stiftung", "Amt",
                  # "Die Rhätische Bahn … die Bahn" (the word list has "Bahn" only lowercase, as a verb's form)
                  "Bahn",
                  # "Die Terrormiliz IS … die Miliz", "Die Hamas … die Terrororganisation"
                  "Miliz")
# ... and kinds of firm that any firm's "das Unternehmen", "die Firma" or "der Konzern" refers back to: "Der Technologiekonzern
# Siemens kauft … Das teilte das Unternehmen mit"
_FIRMS = ("Konzern", "Hersteller", "Versicherer", "Airline", "Fluggesellschaft", "Bank", "Zulieferer", "Autobauer",
          "Discounter", "Reederei", "Brauerei", "Verlag", "Anbieter", "Detailhändler", "Detailhändlerin", "Händler")
# People who act for an organization of a kind, named without it: "Das Bundesverfassungsgericht … Die Richter
# beanstandeten …" (the court), "Die Kantonspolizei Bern … Die Beamten stellten … sicher" (the police).
_MEMBERS_OF = {
    "Richter": ("Gericht",), "Richterinnen": ("Gericht",), "Richterin": ("Gericht",),
    "Ermittler": ("Polizei", "Staatsanwaltschaft"), "Ermittlerinnen": ("Polizei", "Staatsanwaltschaft"),
    "Staatsanwälte": ("Staatsanwaltschaft",), "Polizisten": ("Polizei",), "Beamten": ("Polizei",),
    "Einsatzkräfte": ("Polizei", "Feuerwehr"), "Feuerwehrleute": ("Feuerwehr",),
}
_HEAD = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]{3,})[ \t]+$")
_LATER = re.compile(r"(?<![\w-])(?:[Dd](?:er|ie|as|es|em|en))[ \t]+([A-ZÄÖÜ][a-zäöüß]{3,})\b(?![ \t]+[A-ZÄÖÜ])")
# ... and a bare one in a pair, where German drops the article: "Darauf haben sich Konzern und IG Metall geeinigt",
# "zwischen Gewerkschaft und Arbeitgebern"
_PAIRED = re.compile(r"(?:(?<=\bund )|(?<=\bsowie )|(?<=\bzwischen ))([A-ZÄÖÜ][a-zäöüß]{3,})\b(?![ \t]+[A-ZÄÖÜ])"
                     r"|(?<![\w.-])([A-ZÄÖÜ][a-zäöüß]{3,})(?=[ \t]+(?:und|sowie)[ \t])")


# German articles, definite and indefinite (canonical.py strips them off names too)
ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"})


_LAST_WORD = re.compile(r"(\w+)\s*$")


def _word_before(text: str, start: int) -> str:
    match = _LAST_WORD.search(text, max(0, start - 12), start)
    return match.group(1) if match else ""


@lru_cache(maxsize=1)
def organization_kinds() -> dict[str, str]:
    """Canonical name -> what it is ("Verdi" -> "Gewerkschaft"), from ``data/organization_kinds.tsv``."""
    text = (files("newsflow.nlp") / "data" / "organization_kinds.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: kind for name, kind in rows}


def _introductions(text: str, mentions: Sequence[Mention]) -> list[tuple[int, str, Mention]]:
    """(end of the introduction, head, organization): "Gewerkschaft Verdi", "Stahlkonzern Voestalpine",
    also inside the NER's span ("Gewerkschaft Unia" tagged whole), or a name ending in a common noun
    ("Zürcher Kantonalbank", "Europäische Kommission")."""
    from newsflow.nlp.ner_rules import _is_common_noun, is_title_word

    out = []
    for m in mentions:
        if m.label != "ORG":
            continue
        words = m.text.split()
        heads = set()
        if (len(words) > 1 and (_is_common_noun(words[0]) or len(_heads(words[0])) > 1)
                and not is_title_word(words[0].lower())):
            heads.add(words[0])  # "Gewerkschaft Unia", "Stadtpolizei Zürich" (Stadt|polizei)
        if len(words) > 1 and words[-1][:1].isupper() and (
                _is_common_noun(words[-1]) or any(words[-1].lower().endswith(g.lower()) for g in _GENERIC_HEADS)):
            heads.add(words[-1])  # "Zürcher Kantonalbank" … "die Kantonalbank", "die Bank"
        if len(words) == 1 and words[0][:1].isupper() and any(
                words[0].endswith(g.lower()) and words[0] != g for g in _GENERIC_HEADS):
            heads.add(words[0])  # "Das Bundesverfassungsgericht" … "Das Gericht", "Die Richter"
        kind = organization_kinds().get(m.canonical or m.text)
        if kind:
            heads.add(kind)  # "Verdi-Chef Werneke …" then "Die Gewerkschaft droht …": a union everyone knows
        before = _HEAD.search(text, max(0, m.start - 40), m.start)
        word = before.group(1) if before else ""
        # "Der Autozulieferer Georg Fischer": a compound the word list lacks counts when a generic head closes it
        if before and (_is_common_noun(word) or len(_heads(word)) > 1) and not is_title_word(word.lower()):
            heads.add(word)
        out.extend((m.end, head, m) for head in heads)
    return out


def _singular(word: str) -> str:
    """The genitive's -s/-es dropped where a generic head remains: "Chemiekonzerns" -> "Chemiekonzern",
    "Unternehmens" -> "Unternehmen"; other words unchanged."""
    for cut in (1, 2):
        base = word[:-cut]
        if word.endswith("es"[-cut:]) and any(base == g or base.endswith(g.lower()) for g in _GENERIC_HEADS):
            return base
    return word


def _heads(head: str) -> set[str]:
    """The head and the generic head closing it: Stahlkonzern -> {Stahlkonzern, Konzern, Unternehmen, Firma}."""
    head = _singular(head)
    heads = {head} | {g for g in _GENERIC_HEADS if head.endswith(g.lower()) or head == g}
    if any(head == f or head.endswith(f.lower()) for f in _FIRMS):
        heads |= {"Unternehmen", "Firma", "Konzern"}  # "Der Autobauer Volkswagen … teilte der Konzern mit"
    return heads


# A size says nothing about who a firm is: "Die UBS … Die Großbank" (but "die Notenbank", "der Mutterkonzern" are
# others)
_SIZES = frozenset({"Groß", "Gross"})


def _sectors(intros: list[tuple[int, str, Mention]]) -> dict[str, set[str]]:
    """Organization -> the first parts of the compounds it was introduced or is known by, what is left once a
    generic head or a firm's kind is cut off: "Der Autobauer Volkswagen" -> {"Auto"}."""
    out: dict[str, set[str]] = {}
    for _, head, m in intros:
        for g in _GENERIC_HEADS + _FIRMS + ("Bauer",):  # "Autobauer": Auto|bauer
            if head.endswith(g.lower()) and len(head) > len(g):
                out.setdefault(m.canonical or m.text, set()).add(head[:-len(g)].rstrip("-"))
    return out


def _described_sector(word: str, sectors: dict[str, set[str]]) -> tuple[str | None, tuple[str, ...]]:
    """"Der Autokonzern" after "Der Autobauer Volkswagen", "Die Großbank" after the UBS (a bank): the generic head,
    with the first part the organization must share (None where any will do), or no head at all."""
    for g in _GENERIC_HEADS:
        first = word[:-len(g)]
        if word.endswith(g.lower()) and len(first) >= 3 and word[:1].isupper():
            if first in _SIZES:
                return None, (g,)
            if any(first in parts for parts in sectors.values()):
                return first, (g,) + (("Unternehmen", "Firma", "Konzern") if g in _FIRMS else ())
    return None, ()


def descriptions_in_text(text: str, mentions: Sequence[Mention]) -> tuple[ActorMention, ...]:
    """``ActorMention`` per later description of exactly one organization introduced before it."""
    intros = _introductions(text, mentions)
    if not intros:
        return ()
    # mention spans by start, to tell in O(log n) whether a word lies inside one (long documents)
    spans = sorted((m.start, m.end) for m in mentions)
    # the head word tagged alone as an organization of its own name: "Die SBB … Die Bahn" (ORG "Bahn")
    bare_heads = {(m.start, m.end) for m in mentions if m.label == "ORG" and " " not in m.text
                  and fold(m.canonical or m.text) == fold(m.text)}
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))
    by_head: dict[str, list[tuple[int, Mention]]] = {}
    for at, head, m in intros:
        for h in _heads(head):
            by_head.setdefault(h, []).append((at, m))
    out = []
    later = [(m.span(1), m.group(1)) for m in _LATER.finditer(text)]
    # (a word with its article is _LATER's, or no description at all: "eine Gewerkschaft und ein Verband")
    later += [(m.span(g), m.group(g)) for m in _PAIRED.finditer(text) for g in (1, 2) if m.group(g)
              and _word_before(text, m.start(g)).lower() not in ARTICLES]
    sectors = _sectors(intros)
    for (start, end), found in sorted(set(later)):
        word = _singular(found)  # "ein Sprecher des Unternehmens"
        heads = (word,) if word in by_head else _MEMBERS_OF.get(found, ())
        sector = None
        if not heads:
            sector, heads = _described_sector(word, sectors)
        if not any(h in by_head for h in heads):
            continue
        k = bisect_right(starts, start)
        if k and reach[k - 1] > start and not (spans[k - 1] == (start, end) and (start, end) in bare_heads):
            # "Die Gewerkschaft Unia" itself, tagged whole (but "die Bahn" tagged alone is still the description)
            continue
        named = {(m.canonical or m.text): m for h in heads for at, m in by_head.get(h, ()) if at <= start
                 and (sector is None or sector in sectors.get(m.canonical or m.text, ()))}
        if len(named) == 1:
            (m,) = named.values()
            out.append(ActorMention(found, "ORG", start, end, m.canonical or m.text))
    return tuple(out)
