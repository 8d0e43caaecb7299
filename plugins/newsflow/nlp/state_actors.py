"""State organs named by a country adjective act for that country.

News names a state by what acts for it far more often than by its name: "Die israelische Armee hat
Stellungen angegriffen", "Das russische Verteidigungsministerium erklärte", "Die libanesische Regierung
verurteilte". The NER tags no name there (GermEval leaves the adjective untagged), so without this the
event has no actor. ``state_organs_in_text`` gives one ``ActorMention`` per such phrase: its surface is
the phrase, its canonical name the country (LOC), as the country itself would be the actor
("Israel griff an"). Adjectives: ``data/state_adjectives.tsv`` (hand-written).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from typing import Sequence

from newsflow.nlp.records import ActorMention, Mention

__all__ = ["state_organs_in_text", "state_adjectives", "capitals"]

# Organs that act for the state. A person's office is one only without a name after it: "der russische
# Präsident sagte" acts for Russland, "der russische Präsident Wladimir Putin" is Putin (the NER's).
_ORGANS = ("Regierung", "Armee", "Streitkräfte", "Militär", "Luftwaffe", "Marine", "Truppen", "Soldaten",
           "Sicherheitskräfte", "Polizei", "Behörden", "Justiz", "Staatsanwaltschaft", "Küstenwache", "Grenzschutz",
           "Geheimdienst", "Revolutionsgarden", "Revolutionsgarde", "Nationalgarde", "Luftabwehr", "Flugabwehr",
           "Luftverteidigung", "Außenministerium", "Aussenministerium",
           "Verteidigungsministerium", "Innenministerium",
           "Ministerium", "Botschaft", "Führung", "Staatsführung", "Parlament", "Zentralbank", "Präsident",
           "Präsidentin", "Regierungschef", "Regierungschefin", "Ministerpräsident", "Ministerpräsidentin",
           # heads of government and state by their office: "Der österreichische Bundeskanzler hat … empfangen"
           "Bundeskanzler", "Bundeskanzlerin", "Kanzler", "Kanzlerin", "Premierminister", "Premierministerin",
           "Bundespräsident", "Bundespräsidentin", "Staatspräsident", "Staatspräsidentin", "Staatschef", "Staatschefin",
           "Außenminister", "Aussenminister", "Verteidigungsminister", "Staatsmedien",
           # their deputies, spokespeople and monarchs: "den chinesischen Vizepremier empfangen"
           "Vizepremier", "Vizepremierin", "Premier", "Vizepräsident", "Vizepräsidentin", "Vizekanzler",
           "Vizekanzlerin", "Regierungssprecher", "Regierungssprecherin", "Staatsoberhaupt", "König", "Königin",
           "Kronprinz", "Machthaber", "Delegation", "Unterhändler",
           # a state's envoys: "Frankreich weist zwei russische Diplomaten aus", "den schwedischen Botschafter"
           "Botschafter", "Botschafterin", "Diplomaten", "Diplomatin", "Gesandte", "Gesandten",
           "Diplomat", "Militärattaché", "Attaché", "Konsul", "Konsulin", "Generalkonsul", "Generalkonsulin",
           # a state's or canton's: "die steirische Landesregierung", "die bayerische Staatsregierung"
           "Landesregierung", "Staatsregierung", "Staatskanzlei", "Landespolizei", "Kantonsregierung", "Landtag",
           # the voters decide for the state in a referendum: "Die Schweizer Stimmberechtigten haben … abgelehnt"
           "Stimmberechtigte", "Stimmbürger", "Stimmbürgerinnen", "Stimmvolk", "Stimmbevölkerung", "Volk",
           # the armed forces by their arms, which news makes the subject of an attack: "Israelische
           # Kampfflugzeuge haben … bombardiert", "Russische Drohnen greifen Kiew an"
           "Kampfflugzeuge", "Kampfjets", "Kampfhubschrauber", "Kriegsschiffe", "Drohnen", "Bodentruppen",
           "Spezialkräfte", "Einheiten", "Raketen", "Marschflugkörper",
           # ... and at sea, its ships and coast guard: "ein philippinisches Versorgungsschiff angegriffen"
           "Kriegsschiff", "Marineschiff", "Marineschiffe", "Versorgungsschiff", "Patrouillenboot", "Patrouillenboote",
           "Küstenwache", "Flugzeugträger", "U-Boot", "U-Boote")
# Demonyms that do not inflect: "die Schweizer Armee".
_INVARIABLE = {"Schweizer": "Schweiz"}


def _country_table(name: str) -> dict[str, str]:
    """A two-column table of ``data/`` (key<TAB>country), comment lines skipped."""
    text = (files("newsflow.nlp") / "data" / name).read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {key: country for key, country in rows}


@lru_cache(maxsize=1)
def state_adjectives() -> dict[str, str]:
    """Adjective stem (``israelisch``) -> the country's canonical name (``Israel``)."""
    return _country_table("state_adjectives.tsv")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    stems = sorted(state_adjectives(), key=len, reverse=True)
    # any case: a sentence may open with it ("Russische Truppen …"), and proper names with a capitalized
    # adjective name no organ of this list ("Deutsche Bank", "Russische Föderation")
    adjective = (r"(?P<adj>(?i:" + "|".join(re.escape(s) for s in stems) + r")(?:e|en|er|es|em)|"
                 + "|".join(_INVARIABLE) + r")")
    # any ministry or minister: "das libanesische Gesundheitsministerium", "der französische Finanzminister"
    ministries = r"[A-ZÄÖÜ][a-zäöüß]+(?:ministerium|ministerin|minister)"
    organ = r"(?P<organ>" + ministries + "|" + "|".join(sorted(_ORGANS, key=len, reverse=True)) + r")(?:s|es|en|n)?"
    # no name after the organ: "der russische Präsident Wladimir Putin" is the person
    return re.compile(r"(?<![\w-])" + adjective + r"[ \t]+" + organ + r"\b(?![ \t]+[A-ZÄÖÜ][a-zäöüß]+[ \t,.])")


@lru_cache(maxsize=1)
def _coordinated_pattern() -> re.Pattern[str]:
    """The first of two adjectives sharing one organ: "ukrainische und russische Truppen" (the second is the
    organ's own match)."""
    full = _pattern().pattern
    second = full.replace("(?P<adj>", "(?:").replace("(?P<organ>", "(?:").replace(r"(?<![\w-])", "", 1)
    first = full[len(r"(?<![\w-])"):full.index(r"[ \t]+")]
    return re.compile(r"(?<![\w-])" + first + r"(?=[ \t]+(?:und|sowie|oder)[ \t]+" + second + ")")


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital (``Peking``) -> the country's canonical name (``China``)."""
    return _country_table("capitals.tsv")


# National organs named by their seat: "die Regierung in Peking", "das Außenministerium in Moskau". Not the
# police or the courts, which are the city's own ("die Polizei in Berlin").
# (and the parliament: "Das Parlament in Ankara stimmte dem Beitritt zu")
_SEATED_ORGANS = (r"(?P<organ>Regierung|Führung|Staatsführung|Machthaber|Regime|Parlament|Kongress|Junta|Militärjunta|"
                  r"Präsidialamt|[A-ZÄÖÜ][a-zäöüß]*[Mm]inisterium)(?:s|es)?")


@lru_cache(maxsize=1)
def _seat_pattern() -> re.Pattern[str]:
    seats = "|".join(re.escape(c) for c in sorted(capitals(), key=len, reverse=True))
    return re.compile(r"(?<![\w-])" + _SEATED_ORGANS + r"[ \t]+in[ \t]+(?P<seat>" + seats + r")(?![\w-])")


def state_organs_in_text(text: str, mentions: Sequence[Mention]) -> tuple[ActorMention, ...]:
    """``ActorMention`` per "<country adjective> <organ>" not overlapping a named mention, and per
    "<organ> in <capital>" (the capital's own mention may lie inside it)."""
    adjectives = state_adjectives()
    named = [(m.start, m.end) for m in mentions if m.label != "MISC"]
    out = []
    seats = capitals()
    for match in _seat_pattern().finditer(text):
        start, end = match.span()
        if any(s < end and start < e and not (match.start("seat") <= s and e <= end) for s, e in named):
            continue  # "Bundesministerium in Berlin" tagged as a name of its own: the NER's name wins
        out.append(ActorMention(match.group(0), "LOC", start, end, seats[match.group("seat")]))
    for match in [*_pattern().finditer(text), *_coordinated_pattern().finditer(text)]:
        start, end = match.span()
        if any(s < end and start < e for s, e in named):
            continue  # "die Schweizer Armee" tagged whole, "Russische Föderation": the NER's name wins
        word = match.group("adj")
        country = _INVARIABLE.get(word) or adjectives.get(re.sub(r"(?:e|en|er|es|em)$", "", word.lower()))
        if country is not None:
            out.append(ActorMention(match.group(0), "LOC", start, end, country))
    return tuple(sorted(out, key=lambda m: m.start))
