"""Canonical names for the entity mentions of ONE article.

Steps per mention (each a pure function below):
1. strip articles and apostrophe genitives  (``der Europäischen Union`` -> ``Europäischen Union``, ``Scholz'`` -> ``Scholz``)
2. undo inflection                          (``Merkels`` -> ``Merkel``, ``Europäischen Union`` -> ``Europäische Union``)
3. curated aliases                          (``EU`` -> ``Europäische Union``, ``BRD`` -> ``Deutschland``)
4. short forms -> the article's full name   (``Macron`` -> ``Emmanuel Macron``)
5. spelling variants merged via ``fold``    (``Strasse``/``Straße``: the first spelling in the article wins;
   a name in capitals takes the gazetteer's spelling first: ``BERLIN (dpa)`` -> ``Berlin``)
6. an organization's short form in brackets after its name is that name in the article
   (``Bundesamt für Strassen (Astra)`` … ``Astra`` -> ``Bundesamt für Strassen``)
7. in a match report, a club's town or name alone is the club named in full (``Dortmund`` -> ``Borussia
   Dortmund``, ORG), not after a preposition (``in Dortmund``) and not in the dateline
Compounds with an entity part (``EU-Kommission``, ``Ukraine-Krieg``) additionally yield a
mention for the part (``EU`` -> ``Europäische Union``) with offsets inside the compound.
An institution named by its seat (``Kantonspolizei Zürich``: the model, like GermEval, tags only
``Zürich``) yields an ORG mention around the place (``institutions_in_text``), and one named by its town's
demonym (``Die Luzerner Polizei``, untagged) an ORG mention of its own (``institutions_by_demonym``). Step 2 strips a
final -s only where German text uses the bare form more (wordfreq): ``Merkels``, not ``Fuchs``;
with the article's text, an unknown person's -s only before a noun (``Merkels Politik``, not
``Bundesrat Beat Jans traf``), and a genitive so confirmed also strips the article's other ones.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

from newsflow.nlp.charmap import CharMap
from newsflow.nlp.descriptions import ARTICLES, organization_kinds
from newsflow.nlp.ner_rules import _LEGAL_FORMS, INSTITUTION_ENDINGS, PARTICLE_WORDS
from newsflow.nlp.records import Mention

__all__ = ["canonicalize", "load_aliases", "load_alias_entries", "fold", "strip_inflection",
           "compound_part_mentions", "compound_parts_in_text",
           "repeated_names_in_text", "institutions_in_text", "institutions_by_demonym", "sites_by_demonym",
           "drop_unknown_seats",
           "AliasEntry"]

_ALIASES_TSV = Path(__file__).resolve().parent / "data" / "aliases.tsv"
_APOSTROPHES = "'’`´"
_HYPHENS = "\u2010\u2011\u2012\u2013\u00ad"
# Nouns whose gender decides the nominative adjective ending (``Internationaler Währungsfonds``).
_NEUTER = {"kreuz", "meer", "parlament", "amt", "institut", "ministerium", "komitee", "zentrum", "gericht",
           "reich", "land", "königreich", "forum", "haus", "museum", "theater", "werk", "bündnis", "büro",
           "fernsehen"}
_FEMININE_SUFFIXES = ("ung", "ion", "ei", "heit", "keit", "schaft", "tät", "ik", "anz", "enz", "ie", "e",
                      "bank", "union", "agentur", "bahn", "post", "liga", "front", "armee", "see", "burg")
# Masculine heads whose weak adjective ("der Deutsche Wetterdienst") has a strong nominative without
# the article: "Deutscher Wetterdienst", "Europäischer Rat", "Schweizerischer Gewerkschaftsbund".
_MASCULINE_SUFFIXES = ("dienst", "verband", "bund", "rat", "gerichtshof", "konzern", "verein", "fonds", "senat",
                       "landtag", "bundestag", "kreis", "klub", "club", "rundfunk", "zoll")
# Names that end in -s in the nominative; never strip a genitive -s from them.
_NOMINATIVE_S = {"siemens", "hans", "jens", "mars", "cannes", "reims", "paris", "los angeles", "mercedes",
                 "texas", "kansas", "athens", "wales", "laos", "honduras", "tunis", "vilnius", "fonds"}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Matching key: NFC, case-folded (ß -> ss, so ``Straße`` == ``Strasse``), unified hyphens/spaces."""
    text = unicodedata.normalize("NFC", text)
    for h in _HYPHENS:
        text = text.replace(h, "-")
    return " ".join(text.casefold().split())


class AliasEntry(tuple):
    """(alias, canonical, label) row of aliases.tsv."""

    __slots__ = ()

    def __new__(cls, alias: str, canonical: str, label: str):
        return super().__new__(cls, (alias, canonical, label))

    alias = property(lambda self: self[0])
    canonical = property(lambda self: self[1])
    label = property(lambda self: self[2])


@lru_cache(maxsize=1)
def load_alias_entries() -> tuple[AliasEntry, ...]:
    rows = []
    for line in _ALIASES_TSV.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        alias, canonical, label = line.split("\t")
        rows.append(AliasEntry(alias, canonical, label))
    return tuple(rows)


def load_aliases() -> dict[str, str]:
    """Bundled curated aliases: alias -> canonical (e.g. ``EZB`` -> ``Europäische Zentralbank``)."""
    return {e.alias: e.canonical for e in load_alias_entries()}


@lru_cache(maxsize=65_536)  # called several times per mention, and names recur across articles
def _strip_determiners(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower() in ARTICLES:
        words = words[1:]
    out = " ".join(words)
    # Apostrophe genitive: Scholz' -> Scholz, Merkel's -> Merkel.
    out = re.sub(f"[{_APOSTROPHES}]s?$", "", out)
    return out


def _adjective_nominative(adj: str, head: str) -> str:
    # Weak/oblique adjective ending -en -> article-less nominative: "Roten Armee" -> "Rote Armee",
    # "Internationalen Währungsfonds" -> "Internationaler ...", "Schwarzen Meer" -> "Schwarzes Meer".
    h = _head_nominative(head.lower())
    stem = adj[:-2]
    if any(h.endswith(n) for n in _NEUTER):
        return stem + "es"
    if h.endswith(("en", "inseln")):
        return stem + "e"  # plural head: "Vereinigten Staaten" -> "Vereinigte Staaten"
    if h.endswith(_FEMININE_SUFFIXES):
        return stem + "e"
    return stem + "er"


def _head_nominative(head: str) -> str:
    """A masculine or neuter head without its genitive -s/-es, so its gender shows:
    "parlaments" -> "parlament" (des Europäischen Parlaments), "rates" -> "rat"."""
    for ending in ("es", "s"):
        bare = head[:-len(ending)]
        if head.endswith(ending) and bare.endswith((*_NEUTER, *_MASCULINE_SUFFIXES)):
            return bare
    return head


def _is_head_word(word: str) -> bool:
    """A capitalized word that can head a name: not a numeral ("I"), not an acronym ("SPD")."""
    return len(word) > 2 and word[:1].isupper() and not word.isupper() and word.isalpha()


def _is_weak_adjective(word: str) -> bool:
    """'Deutsche', 'Europäische', 'Rote': the word list has it lowercase, with an -er form too."""
    from newsflow.text.lexicon import fold, load_lexicon

    lowercase = load_lexicon().lowercase
    return fold(word) in lowercase and fold(word + "r") in lowercase


def _is_place(word: str) -> bool:
    from newsflow.nlp.ner_rules import gazetteer

    return gazetteer().get(word) == "LOC"


_INSTITUTION_GENITIVE = re.compile(r"(.*(?:" + "|".join(INSTITUTION_ENDINGS) + r"))e?s", re.I)


def _institution_nominative(word: str) -> str:
    """The genitive of an institution's head noun: "Landgerichts", "Vereins", "Bundesamtes"."""
    match = _INSTITUTION_GENITIVE.fullmatch(word)
    return match.group(1) if match else word


def _genitive_candidates(word: str) -> list[str]:
    cands = []
    if word.endswith("es") and len(word) > 4:
        cands.append(word[:-2])  # des Bundestages -> Bundestag
    if word.endswith("s") and len(word) > 2:
        cands.append(word[:-1])
    if word.endswith("en") and len(word) > 4:
        cands.append(word[:-1])  # a plural's dative: in den Niederlanden -> Niederlande
    return cands


def _nominative_is_likelier(word: str) -> bool:
    """German text uses the -s form more than the bare one: a name ending in -s ("Fuchs" 4.2 Zipf vs
    "Fuch" 0, "Sachs", "Dachs", "Mertens"), not a genitive ("Merkels" 3.8 vs "Merkel" 4.8)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "de") > zipf_frequency(word[:-1].lower(), "de")


@lru_cache(maxsize=1)
def _declined_gazetteer_names() -> dict[str, str]:
    """Declined form -> listed name, for the gazetteer names whose adjectives the ruler declines."""
    from newsflow.nlp.ner_rules import declined_forms, gazetteer

    names = gazetteer()
    # (only names opened by a word that may be an adjective: "Junge", "Europäische", "Roter")
    return {form: name for name in names if " " in name and name.split(" ", 1)[0].endswith(("e", "er", "es"))
            for form in declined_forms(name) if form not in names}


def strip_inflection(text: str, label: str, known: set[str] | frozenset[str] = frozenset(),
                     seen: set[str] | frozenset[str] = frozenset(), before_noun: bool = True) -> str:
    """Nominative form of one mention.

    ``known``: fold()ed names that are certainly nominative (aliases, gazetteer);
    ``seen``: fold()ed surface forms of the other mentions of the article, used only to
    confirm a stripped candidate (``Libanons`` -> ``Libanon`` when the article also says ``Libanon``);
    ``before_noun``: False when a noun does not follow, where an unknown person's -s is part of the
    name (``Beat Jans traf``; ``Merkels Politik`` is a genitive).

    ``Merkels`` -> ``Merkel``; ``Frankreichs`` -> ``Frankreich``; ``des Libanons`` -> ``Libanon``;
    ``der Europäischen Union`` -> ``Europäische Union``.
    """
    text = _strip_determiners(text)
    if fold(text) in known:
        return text
    if (listed := _declined_gazetteer_names().get(text)) is not None:
        return listed  # "der Jungen SVP" -> "Junge SVP": the ruler's own declined form of a listed name
    words = text.split(" ")
    # The name's own head closes the words before its first link word; what follows the link is an
    # attribute and keeps its case: "Bundesverband der Deutschen Industrie", "Gerichtshof für Menschenrechte".
    link = next((i for i, w in enumerate(words) if i and w.islower()), len(words))
    # Adjectives before the head noun (not for persons: "Jürgen", "Karsten" end in -en too).
    # Not before a numeral or an acronym, and not for a place: "Landgericht München I", "Bremen SPD".
    if label != "PER" and link > 1 and _is_head_word(words[link - 1]):
        head = words[link - 1]
        declined = False
        for i, w in enumerate(words[:link - 1]):
            if w[:1].isupper() and w.endswith("en") and len(w) > 4 and not _is_place(w):
                words[i] = _adjective_nominative(w, head)
                declined = True
            elif w[:1].isupper() and w.endswith("e") and len(w) > 3 and _is_weak_adjective(w):
                h = _head_nominative(head.lower())
                if h.endswith(_MASCULINE_SUFFIXES):
                    words[i] = w + "r"  # "Deutsche Wetterdienst" -> "Deutscher Wetterdienst"
                elif any(h.endswith(n) for n in _NEUTER):
                    words[i] = w + "s"  # "Rote Kreuz" -> "Rotes Kreuz"
        if declined:
            # An -en adjective before a masculine or neuter head in -s is a genitive:
            # "des Deutschen Bundestages" -> "Deutscher Bundestag".
            words[link - 1] = head[:len(_head_nominative(head.lower()))]
    if label == "ORG" and len(words) > 1:
        words[0] = _institution_nominative(words[0])  # "Landgerichts München I" -> "Landgericht München I"
    last = words[-1]
    if fold(" ".join(words)) not in known and fold(text) not in _NOMINATIVE_S:
        for cand in _genitive_candidates(last):
            if fold(" ".join([*words[:-1], cand])) in known | seen:
                words[-1] = cand
                break
        else:
            # Unknown name: strip a genitive -s after a consonant for persons/places
            # ("Merkels", "Libanons"), but not after a vowel ("Obamas" vs "Thomas") or s/x/z.
            if (label in ("PER", "LOC") and last.endswith("s") and len(last) > 3 and (label == "LOC" or before_noun)
                    and last[-2].isalpha() and last[-2].lower() not in "aeiouäöüyszxß"
                    and not last.isupper() and fold(last) not in _NOMINATIVE_S
                    and not _nominative_is_likelier(last)):
                words[-1] = last[:-1]
    return " ".join(words)


def _alias_tables(aliases: Mapping[str, str] | None) -> tuple[dict[str, str], frozenset[str], dict[str, str], frozenset[str]]:
    # The bundled table is the usual case: build its look-ups once, not per article.
    if aliases is None:
        return _bundled_tables()
    return _tables(frozenset(aliases.items()))


@lru_cache(maxsize=1)
def _bundled_tables() -> tuple[dict[str, str], frozenset[str], dict[str, str], frozenset[str]]:
    return _tables(frozenset(load_aliases().items()))


@lru_cache(maxsize=8)
def _tables(alias_items: frozenset[tuple[str, str]]) -> tuple[dict[str, str], frozenset[str], dict[str, str], frozenset[str]]:
    """Per alias list (cached): fold(alias) -> canonical, known nominatives, fold(name) -> label,
    and the known names that are not persons."""
    from newsflow.nlp.ner_rules import gazetteer

    aliases = dict(alias_items)
    alias_by_fold = {fold(a): c for a, c in aliases.items()}
    known = {fold(a) for a in aliases} | {fold(c) for c in aliases.values()} | {fold(n) for n in gazetteer()}
    labels = {fold(n): lab for n, lab in gazetteer().items()}
    for entry in load_alias_entries():
        labels.setdefault(fold(entry.alias), entry.label)
    for a, c in aliases.items():
        if fold(c) in labels:
            labels.setdefault(fold(a), labels[fold(c)])
    # Known names that are no persons: a lone "Paris" stays the city next to "Paris Hilton".
    not_persons = frozenset(k for k in known if labels.get(k, "PER") != "PER")
    return alias_by_fold, frozenset(known), labels, not_persons


@lru_cache(maxsize=1)
def _listed_spelling() -> dict[str, str]:
    """fold(name) -> the gazetteer's spelling of it, for names a text writes in capitals."""
    from newsflow.nlp.ner_rules import gazetteer

    return {fold(n): n for n in gazetteer()}


def compound_part_mentions(mention: Mention, known: Mapping[str, str]) -> list[Mention]:
    """``EU-Kommission`` -> [Mention('EU', ...)] when the part before a hyphen is a known name.

    ``known`` maps fold()ed name -> label. Offsets point inside the compound mention.
    """
    text = mention.text
    out = []
    pos = 0
    parts = text.split("-")
    if len(parts) < 2:
        return out
    if mention.label == "LOC" and (fold(text) in known or (text.endswith("s") and fold(text[:-1]) in known)):
        return out  # "Sachsen-Anhalts Innenministerin": one place, not Sachsen too
    for part in parts[:-1]:
        label = known.get(fold(part))
        if part and label:
            start = mention.start + pos
            out.append(Mention(part, label, start, start + len(part), part))
        pos += len(part) + 1
    return out


_COMPOUND = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\wÄÖÜäöüß]*)-(?=[A-ZÄÖÜ])")
# A short name in capitals (and digits) before the word for an armed group or its fighters names that group.
_ARMED_GROUP_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,4}")
_ARMED_GROUP_HEAD = re.compile(r"-(?:Miliz|Milizen|Terrormiliz|Terrorgruppe|Terrororganisation|Rebellen|Rebellengruppe|"
                               r"Kämpfer|Kämpfern|Kämpferinnen)\b")


def compound_parts_in_text(text: str, mentions: Sequence[Mention] = (),
                           aliases: Mapping[str, str] | None = None) -> tuple[Mention, ...]:
    """Entity parts of hyphenated compounds the NER did not tag: ``der Ukraine-Krieg`` -> ``Ukraine`` (LOC).

    The GermEval-trained model labels such compounds O (``*part`` tags), so the pipeline can add
    these before calling ``canonicalize``. A part counts if it is a gazetteer/alias name or
    a name the article's own mentions use; parts inside existing mentions are skipped.
    """
    alias_by_fold, _, labels, _ = _alias_tables(aliases)
    labels = dict(labels)
    for m in mentions:
        labels.setdefault(fold(_strip_determiners(m.text)), m.label)
    covered = [(m.start, m.end) for m in mentions]
    out = []
    for match in _COMPOUND.finditer(text):
        start, end = match.span(1)
        key = fold(match.group(1))
        label = "ORG" if _party_without_article(key, alias_by_fold) else labels.get(key)
        if label is None and _ARMED_GROUP_ACRONYM.fullmatch(match.group(1)) and _ARMED_GROUP_HEAD.match(text, end):
            label = "ORG"  # "der RSF-Miliz", "M23-Rebellen": an armed group known by its short name, listed or not
        if label and not any(s <= start < e for s, e in covered):
            out.append(Mention(match.group(1), label, start, end, ""))
    return tuple(out)


def _party_without_article(key: str, alias_by_fold: Mapping[str, str]) -> bool:
    """A party named with its article ("Die Mitte", "Die Linke") drops it in compounds, where the bare word
    would be Berlin's district or no name: "Mitte-Präsident Gerhard Pfister", "Linken-Chefin"."""
    parties = _parties_by_fold()
    for name in ("die " + key, "die " + key[:-1] if key.endswith("n") else ""):
        if name and (name in parties or fold(alias_by_fold.get(name, "")) in parties):
            return True
    return False


@lru_cache(maxsize=1)
def _parties_by_fold() -> frozenset[str]:
    return frozenset(fold(name) for name, kind in organization_kinds().items() if kind == "Partei")


# An institution named by its seat: "Kantonspolizei Zürich", "Staatsanwaltschaft Wien", "Mieterverein
# Hamburg". GermEval tags only the place, so the model does too; the institution is what acts.
# Whole words that name an institution by its seat too ("Uni Basel", "ETH Zürich", "Stadtwerke München");
# as endings they would catch "Juni" or "Feuerwerke".
INSTITUTION_WORDS = ("Uni", "ETH", "EPFL", "Stadtwerke", "Verkehrsbetriebe", "Sparkasse", "Diözese", "Bistum",
                     "Erzbistum", "Landeskirche", "Staatsoper", "Oper", "Zoo")
_INSTITUTION = re.compile(
    r"(?<![\w-])((?=[A-ZÄÖÜ])[\wäöüß]*(?i:" + "|".join(INSTITUTION_ENDINGS) + r")(?:e?s)?|"
    + "|".join(INSTITUTION_WORDS) + r")[ \t]+$")
# ... or by the seat's kind and name: "Staatsanwaltschaft des Kantons Wallis", "Polizei der Stadt Zürich".
_INSTITUTION_OF = re.compile(
    r"(?<![\w-])((?=[A-ZÄÖÜ])[\wäöüß]*(?i:" + "|".join(INSTITUTION_ENDINGS) + r"|polizei))[ \t]+"
    r"(?:des|der)[ \t]+(?:Kantons|Landes|Bundeslandes|Freistaats|Stadt|Gemeinde|Bezirks|Kreises|Region)[ \t]+$")


def institutions_in_text(text: str, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """ORG mentions for an institution word right before a place: ``Kantonspolizei Zürich`` (ORG)
    around ``Zürich`` (LOC), which stays, nested; ``Staatsanwaltschaft des Kantons Wallis`` likewise.
    Not for a genitive (``Regierung Österreichs``)."""
    out = []
    for m in mentions:
        # The model tags the seat LOC, or ORG when a court's number follows ("München I").
        seat = m.label == "LOC" or (m.label == "ORG" and _is_place(m.text.split()[0]))
        if not seat or strip_inflection(m.text, "LOC") != m.text:
            continue
        match = (_INSTITUTION.search(text, max(0, m.start - 60), m.start)
                 or _INSTITUTION_OF.search(text, max(0, m.start - 80), m.start))
        if match:
            start = match.start(1)
            out.append(Mention(text[start:m.end], "ORG", start, m.end, ""))
    return tuple(out)


# Institutions named by their town's demonym; the words do not decline, so the surface is the name:
# "Die Luzerner Polizei", "der Zürcher Staatsanwaltschaft", "die Wiener Feuerwehr", "die Urner Regierung".
_DEMONYM_INSTITUTION = re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]+er)[ \t]+((?:Stadt|Kantons|Landes|Bundes)?[Pp]olizei|Staatsanwaltschaft|"
    r"(?:Berufs)?[Ff]euerwehr|(?:Stadt|Kantons|Landes)?[Rr]egierung|Stadtverwaltung|Verkehrsbetriebe|Behörden|"
    # courts: "Das Zürcher Obergericht", "das Berner Verwaltungsgericht", "das Münchner Landgericht"
    r"(?:Ober|Bezirks|Kantons|Verwaltungs|Straf|Land|Amts|Landes|Jugend|Arbeits|Sozial)?[Gg]ericht)(?![\w-])")


def institutions_by_demonym(text: str, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """ORG mentions for "<demonym> <institution>" where the demonym names a known place and no mention
    covers the phrase: "Die Luzerner Polizei hat 37 Lenker gebüsst" (the model tags nothing there)."""
    # "Die Schweizer Regierung" acts for the country (state_actors), not as an institution of its own
    return _by_demonym(_DEMONYM_INSTITUTION, "ORG", text, mentions, country_heads=("regierung", "behörden"))


def _by_demonym(pattern: re.Pattern[str], label: str, text: str, mentions: Sequence[Mention],
                country_heads: tuple[str, ...]) -> tuple[Mention, ...]:
    """Mentions for the matches of ``pattern`` (group 1 a demonym, group 2 what it names) whose demonym names a
    known place, where no mention covers the phrase; a country's demonym only before other heads than
    ``country_heads`` (all heads when it is empty)."""
    from newsflow.nlp.ner_rules import country_names, is_demonym

    taken = [(m.start, m.end) for m in mentions]
    out = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if match.group(1)[:-2] in country_names() and (
                not country_heads or match.group(2).lower().endswith(country_heads)):
            continue
        if is_demonym(match.group(1)) and not any(s < end and start < e for s, e in taken):
            out.append(Mention(match.group(), label, start, end, ""))
    return tuple(out)


# A town's sites named by its demonym: "im Hamburger Hafen", "am Zürcher Hauptbahnhof", "durch die Kölner
# Altstadt". GermEval tags none of them (the demonym is a derived word), so the model does not either; for an
# event they are the place.
_DEMONYM_SITE = re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]+er)[ \t]+((?:Haupt|West|Ost|Süd|Nord)?[Bb]ahnhof|(?:Flug)?[Hh]afen|Altstadt|"
    r"Innenstadt|Dom|Münster|Hafencity)(?![\w-])")


def sites_by_demonym(text: str, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """LOC mentions for "<demonym> <site>" where the demonym names a known place and no mention covers the
    phrase: "Im Hamburger Hafen wurden 1,2 Tonnen Kokain sichergestellt"."""
    # (a country's demonym names no site: "der Schweizer Bahnhof" is any Swiss station)
    return _by_demonym(_DEMONYM_SITE, "LOC", text, mentions, country_heads=())


def drop_unknown_seats(mentions: Sequence[Mention], institutions: Sequence[Mention]) -> list[Mention]:
    """Without the place mention inside an institution when no gazetteer knows the place:
    in ``Gewerkschaft Unia`` the model's LOC ``Unia`` is the union's name, not its seat, while
    ``Zürich`` in ``Kantonspolizei Zürich`` stays."""
    from newsflow.nlp.ner_rules import SEAT_HEADS, TOWN_WORDS, gazetteer

    if not institutions:
        return list(mentions)
    places = gazetteer()
    seats = {(i.end, i.start) for i in institutions}
    # A court's or a police force's district is a place, listed or not ("Bezirksgericht Dielsdorf")
    districts = {(i.end, i.start) for i in institutions if i.text.split()[0].lower().endswith(SEAT_HEADS)}
    inside = lambda m, spans: any(end == m.end and start < m.start for end, start in spans)  # noqa: E731
    # ... and its ORG for the institution word alone ("ETH" in "ETH Zürich") is the institution's head.
    head = lambda m: any(start == m.start and m.end < end for end, start in seats)  # noqa: E731
    unknown_place = lambda m: (m.label == "LOC" and places.get(m.text) != "LOC" and m.text not in TOWN_WORDS  # noqa: E731
                               and not inside(m, districts))
    # The model's ORG for the seat ("München I" in "Landgericht München I") is the institution's tail.
    return [m for m in mentions
            if not ((unknown_place(m) or m.label == "ORG") and inside(m, seats))
            and not (m.label == "ORG" and head(m))]


def repeated_names_in_text(text: str, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """Untagged repeats of names the NER found elsewhere in the same article.

    ``Olaf Scholz ... Scholz sagte`` with only the first tagged -> adds ``Scholz`` (PER): the full
    text of every mention and the surname of every multi-word person are searched as whole,
    case-sensitive words; spans overlapping existing mentions are skipped.
    """
    names: dict[str, str] = {}
    for m in mentions:
        names.setdefault(m.text, m.label)
        words = m.text.split()
        if (m.label == "ORG" and len(words) > 1 and len(words[-1]) > 1 and words[-1].isalpha() and words[-1].isupper()
                and words[-1] not in _LEGAL_FORMS):
            names.setdefault(words[-1], "ORG")  # "die kurdische Miliz YPG … Die YPG sprach": the acronym alone
        if m.label == "PER" and len(words) > 1 and len(words[-1]) > 2:
            names.setdefault(words[-1], "PER")
            if _family_name_first(words):
                names.setdefault(words[0], "PER")  # "Xi Jinping … Xi sprach": the family name written first
            # "Ursula von der Leyen ... Von der Leyen lobte": the surname with its particles, also
            # capitalized to open a sentence (the longest match wins over "Leyen")
            first_particle = next((i for i, w in enumerate(words[1:-1], 1) if w in PARTICLE_WORDS), None)
            if first_particle is not None:
                tail = " ".join(words[first_particle:])
                names.setdefault(tail, "PER")
                names.setdefault(tail[0].upper() + tail[1:], "PER")
    if not names:
        return ()
    # "Der Bundesrat … Bundesrat Ignazio Cassis": before a person the council's name is his title
    person_starts = {m.start for m in mentions if m.label == "PER"}
    covered = CharMap(len(text))  # characters inside an existing mention
    for m in mentions:
        covered.add(m.start, m.end)
    # Every whole-word occurrence of every name (str.find: a regex of this article's names would be
    # compiled anew for every article), then a left-to-right sweep in which the longest name wins
    # at a position ("Olaf Scholz" over "Scholz") and matches do not overlap.
    found = []
    for name in names:
        start = text.find(name) if name else -1
        while start != -1:
            end = start + len(name)
            if not _word_char(text, start - 1) and not _word_char(text, end):
                found.append((start, -len(name), name))
            start = text.find(name, start + 1)
    out, reach = [], 0
    for start, negative_length, name in sorted(found):
        end = start - negative_length
        if start < reach:
            continue
        reach = end
        if not covered.overlaps(start, end) and not (names[name] != "PER" and end + 1 in person_starts):
            out.append(Mention(name, names[name], start, end, ""))
    return tuple(out)


def _family_name_first(words: list[str]) -> bool:
    """A Chinese or Korean name, family name first ("Xi Jinping", "Yoon Suk Yeol"): two or three words, the first
    short and no given name people in Germany, Austria or Switzerland bear, nor a noun or a title ("Olaf Scholz",
    "Papst Franziskus" are none)."""
    from newsflow.nlp.ner_rules import _is_common_noun, is_title_word

    first = words[0]
    return (2 <= len(first) <= 5 and len(words) in (2, 3) and first.isalpha() and first[:1].isupper()
            and first[1:].islower() and first not in _dach_given_names() and not _is_common_noun(first)
            and not is_title_word(first.lower()))


@lru_cache(maxsize=1)
def _dach_given_names() -> frozenset[str]:
    """Given names people in Germany, Austria or Switzerland bear ("Olaf", "Kim"): no family name written first."""
    from newsflow.nlp.ner_rules import _nam_dict_names, first_names

    return frozenset(_nam_dict_names(min_any=99)) | first_names()


def _word_char(text: str, i: int) -> bool:
    """Whether ``text[i]`` would extend a word (``\\w`` or a hyphen); outside the text it does not."""
    if i < 0 or i >= len(text):
        return False
    c = text[i]
    return c.isalnum() or c == "_" or c == "-"


def _resolve_short_forms(names: list[tuple[Mention, str]], not_persons: frozenset[str]) -> list[tuple[str, str]]:
    # "Macron" -> "Emmanuel Macron": a name equal to the trailing words of exactly one longer
    # name of the same label in the article takes that longer name. A lone surname the model
    # labelled otherwise ("Scholz" as LOC) joins a person too, unless it is a known place/org name.
    # Indexed by (label, trailing words) so long articles stay linear in their mentions.
    keys = [tuple(fold(name).split()) for _, name in names]
    longer_by_tail: dict[tuple[str, tuple[str, ...]], set[tuple[str, str]]] = {}
    for (mention, name), words in zip(names, keys):
        for size in range(1, len(words)):
            longer_by_tail.setdefault((mention.label, words[-size:]), set()).add((name, mention.label))
    # "Xi" -> "Xi Jinping": a family name written first, when the word is no given name ("Olaf")
    two_word_by_head: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    for (mention, name), words in zip(names, keys):
        if mention.label == "PER" and (len(words) == 2 or _family_name_first(name.split())):
            two_word_by_head.setdefault(words[:1], set()).add((name, "PER"))
    result = []
    for (mention, name), key in zip(names, keys):
        longer = longer_by_tail.get((mention.label, key), set())
        if not longer and len(key) == 1 and fold(name) not in not_persons:
            longer = longer_by_tail.get(("PER", key), set())
        heads = two_word_by_head.get(key, set())
        if (not longer and mention.label == "PER" and len(heads) == 1
                and (not _given_name(name) or _family_name_first(next(iter(heads))[0].split()))):
            longer = heads
        result.append(_one_longer(longer) or (name, mention.label))
    return result


def _given_name(word: str) -> bool:
    from newsflow.nlp.ner_rules import given_names

    return word in given_names()


def _one_longer(longer: set[tuple[str, str]]) -> tuple[str, str] | None:
    """The one longer name a short form stands for; several count as one when each is a tail of the
    longest ("Leyen" within "von der Leyen" within "Ursula von der Leyen")."""
    if not longer:
        return None
    longest = max(longer, key=lambda c: (len(c[0].split()), c[0]))
    words = tuple(fold(longest[0]).split())
    if all(words[-len(fold(c[0]).split()):] == tuple(fold(c[0]).split()) for c in longer):
        return longest
    return None


# A genitive person stands before the noun it owns: "Merkels Politik", "Putins Truppen".
_BEFORE_NOUN = re.compile(r"[ \t]+[A-ZÄÖÜ]")


def canonicalize(mentions: Sequence[Mention], aliases: Mapping[str, str] | None = None,
                 text: str | None = None) -> tuple[Mention, ...]:
    """Fill ``Mention.canonical`` for all mentions of one article (text order); see module docstring.

    ``text``: the article the offsets index. With it, a person's -s is a genitive only before a noun
    (``Merkels Politik``); ``Bundesrat Beat Jans traf …`` keeps ``Jans``.

    Returns the input mentions (canonical filled) plus one extra mention per entity part of
    a hyphenated compound (``Nato-Gipfel`` -> ``Nato``), sorted by (start, end). The only label
    change: a lone surname resolved to a person becomes PER (``Scholz`` tagged LOC next to
    ``Olaf Scholz``).
    """
    alias_by_fold, known, static_labels, not_persons = _alias_tables(aliases)
    # Names the article spells uninflected elsewhere confirm a stripped form ("Libanon" ... "Libanons").
    seen = {fold(_strip_determiners(m.text)) for m in mentions}
    part_labels = dict(static_labels)
    for m in mentions:
        if "-" not in m.text:
            part_labels.setdefault(fold(_strip_determiners(m.text)), m.label)

    all_mentions = list(mentions)
    spans = {(o.start, o.end) for o in mentions}
    for m in mentions:
        all_mentions.extend(p for p in compound_part_mentions(m, part_labels) if (p.start, p.end) not in spans)
    all_mentions.sort(key=lambda m: (m.start, m.end))

    base = []
    for m in all_mentions:
        before_noun = text is None or m.label != "PER" or _BEFORE_NOUN.match(text, m.end) is not None
        name = strip_inflection(m.text, m.label, known, seen, before_noun)
        name = alias_by_fold.get(fold(name), name)
        base.append((m, name))
    # "Merkels Politik … die Rede Merkels": a genitive found before a noun confirms the other one
    stripped = {fold(n) for m, n in base if m.label == "PER" and fold(n) != fold(m.text)}
    base = [(m, n[:-1] if m.label == "PER" and n.endswith("s") and fold(n[:-1]) in stripped else n)
            for m, n in base]
    resolved = _resolve_short_forms(base, not_persons)
    # Aliases may apply to the resolved long form too; then merge spelling variants (first wins).
    first_spelling: dict[str, str] = {}
    out = []
    for (m, _), (name, label) in zip(base, resolved):
        name = alias_by_fold.get(fold(name), name)
        if name.isupper():
            name = _listed_spelling().get(fold(name), name)  # "BERLIN (dpa)" is Berlin; "SPD" stays SPD
        name = first_spelling.setdefault(fold(name), name)
        out.append(replace(m, canonical=name, label=label))
    if text is None:
        return tuple(out)
    return tuple(_clubs_by_short_name(_bracketed_short_forms(out, text), text))


# "Das Bundesamt für Strassen (Astra)": the short form an article gives in brackets after a name
_BRACKETED = re.compile(r"\s*\(\s*([^\s()]+)\s*\)")


def _bracketed_short_forms(mentions: list[Mention], text: str) -> list[Mention]:
    """An organization's short form given in brackets after its name is that organization in this article
    (``Das Bundesamt für Strassen (Astra) … Das Astra teilte mit``: both ``Bundesamt für Strassen``), where
    no curated alias already says what the short form is."""
    at = {(m.start, m.end): m for m in mentions}
    long_forms: dict[str, str] = {}
    for m in mentions:
        if m.label != "ORG" or " " not in m.text:
            continue
        match = _BRACKETED.match(text, m.end)
        short = match and at.get((match.start(1), match.end(1)))
        if short and short.label == "ORG" and fold(short.canonical) == fold(short.text):
            long_forms.setdefault(fold(short.text), m.canonical)
    if not long_forms:
        return mentions
    return [replace(m, canonical=long_forms[fold(m.canonical)])
            if m.label == "ORG" and fold(m.canonical) in long_forms else m for m in mentions]


# A match report names a club in full once, then by its town or name alone: "Der FC Bayern München
# gewann gegen Borussia Dortmund … war Dortmund nur in der ersten Halbzeit ebenbürtig".
_SPORT = re.compile(r"\b(?:Spiel|Tor|Tore|Trainer|Tabelle|Liga|Saison|Halbzeit|Punkte[n]?|Sieg|Niederlage|Remis|"
                    r"Meister\w*|Bundesliga|Super League|Champions League|Derby|Heimspiel|Auswärtsspiel|Stadion)\b")
_LOCATIVE = re.compile(r"(?:^|\b)(?:in|im|nach|aus|bei|beim|von|vom|zu|zum|am|um|über|durch|ab|bis|nahe|Raum|Region|"
                       r"Stadt|Kanton|Land|Bundesland|Freistaat)\s+$", re.IGNORECASE)


def _clubs_by_short_name(mentions: list[Mention], text: str) -> list[Mention]:
    """A place or person that shares a word with a club named in full in a match report is the club, unless
    a preposition makes it the place ("in Dortmund") or it is the dateline."""
    from newsflow.nlp.ner_rules import CLUB_PREFIXES

    clubs = [m for m in mentions if m.label == "ORG" and len(words := m.text.split()) >= 2 and words[0] in CLUB_PREFIXES]
    if not clubs or not _SPORT.search(text):
        return mentions
    short: dict[str, str | None] = {}
    for club in clubs:
        words = club.text.split()
        # "Borussia", "Eintracht", "Rapid" name the club alone too; "FC", "SV" do not
        for word in words[1:] + ([words[0]] if words[0].istitle() and len(words[0]) > 3 else []):
            if len(word) > 2 and word[:1].isupper():
                short[word] = club.canonical if short.get(word, club.canonical) == club.canonical else None
    spans = [(c.start, c.end) for c in clubs]
    opening = len(text) - len(text.lstrip())  # the dateline's place starts the text
    out = []
    for m in mentions:
        club = short.get(m.text) if m.label in ("LOC", "PER") else None
        if (club and m.start > opening and not any(a <= m.start and m.end <= b for a, b in spans)
                and not _LOCATIVE.search(text, max(0, m.start - 20), m.start)):
            m = replace(m, label="ORG", canonical=club)
        out.append(m)
    return out
