"""The German event-trigger lexicon: ``data/triggers.tsv`` loaded, inflected, indexed.

The bundled spaCy model may have no lemmatizer, so every entry is expanded into
the surface forms it can take in a news sentence:
- verbs: present, preterite, Konjunktiv I and participle, weak forms generated
  (``lehnen`` → lehnt, lehnte, lehnten, gelehnt), strong ones from the TSV
  (``treffen`` pres=trifft;pret=traf;part=getroffen);
- separable verbs (``ab|lehnen``) split into *finite* forms that need their
  particle later in the clause (``lehnte ... ab``) and *joined* forms that carry it
  (``abgelehnt``, ``ablehnen``, ``abzulehnen``, ``weil sie ablehnte``);
- nouns are listed with their inflected forms; ``noun+`` ones also close a
  compound (``Raketenangriff`` → Angriff), except the compounds listed with a
  leading ``-`` (``-Sozialhilfe``: welfare is a system, not aid given);
- every form with ß also gets its Swiss spelling (``Zusammenstösse``).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["TYPES", "Entry", "Hit", "Lexicon", "load_lexicon", "LEXICON_PATH"]

LEXICON_PATH = Path(__file__).with_name("data") / "triggers.tsv"

# Taxonomy name → CAMEO root code (deviations are documented in docs/events.md).
TYPES: dict[str, str] = {
    "statement": "01",
    "appeal": "02",
    "intent_cooperate": "03",
    "consult": "04",
    "negotiate": "04",  # CAMEO 046 "engage in negotiation" sits under 04
    "mediate": "04",  # CAMEO 045 "engage in mediation" sits under 04
    "agree": "05",  # signing/agreeing: CAMEO 057 "sign formal agreement" sits under 05
    "praise": "05",  # CAMEO 051 "praise or endorse" sits under 05 too
    "aid": "07",
    "release": "08",  # CAMEO 0841 "return, release person(s)" sits under 08 yield
    "ease": "08",  # CAMEO 081 "ease administrative sanctions" sits under 08 yield too
    "investigate": "09",  # CAMEO 091 "investigate crime, corruption"
    "demand": "10",
    "criticize": "11",
    "reject": "12",
    "threaten": "13",
    "protest": "14",
    "sanction": "16",  # CAMEO 163 "impose embargo, boycott or sanctions"
    "arrest": "17",  # CAMEO 173 "arrest, detain" sits under 17 coerce
    "coerce": "17",
    "convict": "17",  # a court's verdict: CAMEO 173 also covers "charge with legal action"; an acquittal is negated
    "assault": "18",
    "fight": "19",
    "kill": "20",  # our choice: killings carry 20 so they can be counted apart (see docs)
}

_INSEPARABLE = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "über", "unter", "wider", "hinter")
# Forms that are far more often another word than the verb ("einige Menschen", "bitte").
_STOP_FORMS = frozenset({"einige", "bitte", "sage", "treffe", "gehe", "komme", "geht", "gehen"})


@dataclass(frozen=True)
class Entry:
    type: str
    cameo: str
    kind: str  # verb, noun, noun+
    lemma: str  # without the "|" particle marker
    particle: str | None
    requires: re.Pattern[str] | None
    forbids: bool  # requires is a pattern that must NOT occur
    example: str
    not_compounds: tuple[str, ...] = ()  # noun+: compounds (lowercase, all forms) that are no trigger
    participle_is_infinitive: bool = False  # "empfangen", "beraten": only the clause tells which it is


@dataclass(frozen=True)
class Hit:
    entry: Entry
    mode: str  # finite (may need its particle), nonfinite (infinitive/participle), noun
    also_finite: bool = False  # "verlangt" is both 3rd person present and participle


class Lexicon:
    def __init__(self, entries: list[tuple[Entry, set[str], set[str], set[str]]],
                 preterites: frozenset[str] = frozenset()):
        self.entries = [e for e, *_ in entries]
        self.preterites = preterites  # "kritisierte", "traf": the trigger reports the past
        self._finite: dict[str, list[Entry]] = {}
        self._nonfinite: dict[str, list[Entry]] = {}
        self._nouns: dict[str, list[Entry]] = {}
        self._suffixes: list[tuple[str, Entry]] = []
        for entry, finite, nonfinite, nouns in entries:
            for form in finite - _STOP_FORMS:
                self._finite.setdefault(form, []).append(entry)
            for form in nonfinite - _STOP_FORMS:
                self._nonfinite.setdefault(form, []).append(entry)
            for form in nouns:
                self._nouns.setdefault(form, []).append(entry)
                if entry.kind == "noun+":
                    self._suffixes.append((form, entry))
        self._suffixes.sort(key=lambda s: -len(s[0]))
        # Capitalized words recur across articles; the suffix scan is the hot spot of the event stage.
        self._heads: dict[str, list[Entry]] = {}
        # Every token of every article is looked up, and news vocabulary repeats: cache the answers.
        self._hits: dict[tuple[str, bool], tuple[Hit, ...]] = {}

    def is_event_noun(self, word: str) -> bool:
        """A trigger noun as listed ("Ausstand", "Protest"): a thing that happens, never a name."""
        return word.lower() in self._nouns

    def lookup(self, token: str, sentence_initial: bool = False) -> tuple[Hit, ...]:
        """Entries a single token can trigger; particles and ``requires`` are checked by the caller."""
        key = (token, sentence_initial)
        hits = self._hits.get(key)
        if hits is None:
            if len(self._hits) > 200_000:  # bounded like the compound heads below
                self._hits.clear()
            hits = self._hits[key] = tuple(self._lookup(token, sentence_initial))
        return hits

    def _lookup(self, token: str, sentence_initial: bool) -> list[Hit]:
        if not token or not token[0].isalpha():
            return []
        lower = token.lower()
        hits: list[Hit] = []
        # Verbs are lowercase except at the start of a sentence; nouns are capitalized.
        if token[0].islower() or sentence_initial:
            finite = self._finite.get(lower, [])
            hits += [Hit(e, "nonfinite", e in finite) for e in self._nonfinite.get(lower, [])]
            hits += [Hit(e, "finite") for e in self._finite.get(lower, []) if (e, "nonfinite") not in {(h.entry, h.mode) for h in hits}]
        if token[0].isupper():
            exact = self._nouns.get(lower, [])
            hits += [Hit(e, "noun") for e in exact]
            if not exact:
                hits += [Hit(e, "noun") for e in self._compound_heads(lower)]
        return hits

    def _compound_heads(self, lower: str) -> list[Entry]:
        heads = self._heads.get(lower)
        if heads is None:
            if len(self._heads) > 200_000:  # bounded: a long backfill sees many rare words
                self._heads.clear()
            heads = self._heads[lower] = self._scan_compound_heads(lower)
        return heads

    def _scan_compound_heads(self, lower: str) -> list[Entry]:
        for suffix, entry in self._suffixes:
            # "EU-Gipfel" or a modifier of 3+ letters: "Raketenangriff", not "Mannschaft".
            if lower.endswith(suffix) and (len(lower) - len(suffix) >= 3 or lower[-len(suffix) - 1:-len(suffix)] == "-"):
                if self._longer_head(lower, suffix):
                    return []
                # "Kindersozialhilfe" closes with an excluded compound as well
                return [e for s, e in self._suffixes if s == suffix
                        and not lower.endswith(e.not_compounds)]
        return []

    def _longer_head(self, lower: str, suffix: str) -> bool:
        """The compound closes with a longer noun that ends in the trigger: "Straßen|reinigung" is no
        "Einigung", "Bundes|vereinigung" no "Einigung", "Mann|schaft" no "Haft". The longer noun must be
        one the word list has capitalized and no trigger form itself, nor itself a compound with the
        trigger as its head ("Erd|öl|embargo" is an embargo)."""
        from newsflow.text.lexicon import fold, load_lexicon

        nouns = load_lexicon().capitalized
        for n in range(1, min(3, len(lower) - len(suffix) - 2) + 1):
            longer = lower[-len(suffix) - n:]
            if (longer.isalpha() and longer not in self._nouns and fold(longer) in nouns
                    and not (n > 1 and fold(longer[:n]) in nouns)):
                return True
        return False

    def is_finite_form(self, entry: Entry, form: str) -> bool:
        """``form`` (lowercase, without a particle) is a finite form of the entry's verb."""
        return entry in self._finite.get(form, ())

    @property
    def particles(self) -> frozenset[str]:
        return frozenset(e.particle for e in self.entries if e.particle)


def preterite_forms(infinitive: str, pret: str | None = None) -> set[str]:
    """3rd person preterite, singular and plural: "kritisierte", "kritisierten"; "traf", "trafen"."""
    stem = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    e = "e" if re.search(r"(?:[td]|ch[mn]|[^aeiouäöülrhmn][mn])$", stem) else ""
    pret = pret or stem + e + "te"
    return {pret, pret + "n" if pret.endswith("e") else pret + "en"}


def verb_forms(infinitive: str, pres3: str | None = None, pret: str | None = None,
               part: str | None = None) -> tuple[set[str], set[str]]:
    """(finite, non-finite) surface forms of a verb without its separable particle."""
    stem = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    # "arbeiten" → arbeitet/arbeitete: stems in -t/-d (and -chn, -ffn) take a linking e.
    e = "e" if re.search(r"(?:[td]|ch[mn]|[^aeiouäöülrhmn][mn])$", stem) else ""
    # No 2nd person singular ("du äußerst"): news report in the 3rd person, and the form is often another
    # word ("äußerst wichtig" is an adverb, "die lockerste Regel" a superlative).
    finite = {stem + "e", stem + e + "t", infinitive, stem + "en"}
    if pres3:
        finite.add(pres3)
    pret, plural = sorted(preterite_forms(infinitive, pret), key=len)
    finite |= {pret, plural, pret + "t" if not pret.endswith("t") else pret}
    if part is None:
        bare = stem + e + "t"
        part = bare if infinitive.startswith(_INSEPARABLE) or infinitive.endswith("ieren") else "ge" + bare
    # The participle is also an adjective: "die getöteten Zivilisten".
    # (minus preterite look-alikes: "kritisierte" is finite, not the adjective)
    nonfinite = {infinitive, part} | ({part + ending for ending in ("e", "en", "er", "es", "em")} - finite)
    return finite, nonfinite


def _swiss(forms: set[str]) -> set[str]:
    return forms | {f.replace("ß", "ss") for f in forms}


def _parse_forms(spec: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in spec.split(";") if "=" in part)


_NAMED = re.compile(r"@([A-Z_]+)@")


def _with_named(lines, named: dict[str, str]):
    """The trigger rows of ``lines``; the "@NAME<TAB>pattern" lines among them go into ``named``."""
    for line in lines:
        if line.startswith("@"):
            name, _, pattern = line.rstrip("\n").partition("\t")
            named[name[1:]] = pattern
        else:
            yield line


def _named_pattern(named: dict[str, str], name: str, path: Path) -> str:
    if name not in named:
        raise ValueError(f"{path}: @{name}@ is used before it is defined")
    return named[name]


def _read(path: Path) -> tuple[list[tuple[Entry, set[str], set[str], set[str]]], frozenset[str]]:
    rows, preterites = [], set()
    named: dict[str, str] = {}  # "@AID_SENT\t(?:Waffen|…)" lines: patterns several rows share as @AID_SENT@
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        for type_, kind, lemma, forms, requires, example in csv.reader(_with_named(lines, named), delimiter="\t",
                                                                        quoting=csv.QUOTE_NONE):
            if type_ not in TYPES:
                raise ValueError(f"{path}: unknown event type {type_!r} for {lemma!r}")
            requires = _NAMED.sub(lambda m: _named_pattern(named, m.group(1), path), requires)
            forbids = requires.startswith("!")
            pattern = re.compile(requires[1:] if forbids else requires, re.I) if requires else None
            particle, _, verb = lemma.rpartition("|")
            listed = [f.strip() for f in (forms or lemma).split(",") if f.strip()] if kind.startswith("noun") else []
            excluded = tuple(sorted(_swiss({f[1:].lower() for f in listed if f.startswith("-")})))
            if excluded and kind != "noun+":
                raise ValueError(f"{path}: only a noun+ entry excludes compounds ({lemma!r})")
            entry = Entry(type_, TYPES[type_], kind, particle + verb, particle or None, pattern, forbids, example,
                          excluded, kind == "verb" and _parse_forms(forms).get("part") == verb)
            finite: set[str] = set()
            nonfinite: set[str] = set()
            nouns: set[str] = set()
            if kind == "verb":
                spec = _parse_forms(forms)
                fin, nonfin = verb_forms(verb, spec.get("pres"), spec.get("pret"), spec.get("part"))
                preterites |= _swiss({f.lower() for f in preterite_forms(verb, spec.get("pret"))})
                if particle:
                    # Joined: "ablehnen", "abzulehnen", "abgelehnt", and finite in verb-final clauses.
                    nonfinite = {particle + f for f in fin | nonfin} | {particle + "zu" + verb}
                    finite = fin
                else:
                    finite, nonfinite = fin, nonfin
            elif kind in ("noun", "noun+"):
                nouns = {f.lower() for f in listed if not f.startswith("-")}
            else:
                raise ValueError(f"{path}: unknown kind {kind!r} for {lemma!r}")
            rows.append((entry, _swiss({f.lower() for f in finite}), _swiss({f.lower() for f in nonfinite}), _swiss(nouns)))
    return rows, frozenset(preterites)


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    rows, preterites = _read(path)
    return Lexicon(rows, preterites)
