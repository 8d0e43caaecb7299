"""Synthetic German news articles for benchmarks and load tests (own templates, no real articles).

Each article is built from sentence templates with slots for people, places,
organisations and numbers; Swiss articles use "ss" for "ß" and ``45'000``-style
numbers. The builder records where every slot landed, so ``gold_extraction`` can
turn an article into an ``Extraction`` with exact offsets without running any NLP
(load tests and the load-only benchmark use that).

    python bench/synth.py 3        # print three articles
"""
from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from newsflow.nlp.records import (  # noqa: E402
    Event, EventActor, EventPlace, Extraction, Mention, ModelInfo, Quantity,
)

FIRST = ["Anna", "Lukas", "Sabine", "Reto", "Maria", "Jonas", "Ursula", "Stefan", "Petra", "Beat",
         "Claudia", "Matthias", "Elif", "Tobias", "Nadine", "Florian"]
LAST = ["Keller", "Brunner", "Huber", "Schmid", "Wagner", "Gruber", "Meier", "Hofmann", "Baumann",
        "Steiner", "Lehmann", "Fischer", "Zimmermann", "Moser", "Weber", "Schneider"]
PLACES = {
    "de": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden", "Frankfurt", "Stuttgart"],
    "at": ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt"],
    "ch": ["Bern", "Zürich", "Basel", "Genf", "Luzern", "St. Gallen", "Lausanne"],
}
ORGS = {
    "de": ["Deutsche Bahn", "SPD", "CDU", "Bundesgerichtshof", "Siemens", "Verdi"],
    "at": ["ÖVP", "SPÖ", "ÖBB", "Arbeiterkammer", "Wiener Linien"],
    "ch": ["SBB", "SVP", "Bundesrat", "Credit Suisse", "SRG"],
}
ROLES = ["Sprecherin", "Vorsitzende", "Ministerin", "Bürgermeister", "Direktor", "Gewerkschafter"]
UNITS = {"de": "Euro", "at": "Euro", "ch": "Franken"}
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]

# Sentence templates. Slots: {PER} {PER2} {LOC} {ORG} {ROLE} {NUM} {UNIT} {DAY};
# {ss} is "ß" in standard and "ss" in Swiss spelling ("Straße" / "Strasse").
TEMPLATES = [
    "{PER}, {ROLE} der {ORG}, traf am {DAY} in {LOC} mit {PER2} zusammen.",
    "Rund {NUM} Menschen demonstrierten in {LOC} gegen die geplanten Ma{ss}nahmen.",
    "Die {ORG} teilte mit, der Umsatz sei auf {NUM} {UNIT} gestiegen.",
    "In {LOC} streikten am Montag {NUM} Beschäftigte der {ORG}.",
    "{PER} kritisierte die Entscheidung der Regierung in {LOC} scharf.",
    "Die Polizei nahm in {LOC} nach Zusammenstö{ss}en {NUM} Personen fest.",
    "Die {ORG} will in {LOC} bis zu {NUM} {UNIT} in neue Stra{ss}en investieren.",
    "{PER} sagte, man müsse die Sache nun gro{ss}zügig und schlie{ss}lich gemeinsam lösen.",
    "Nach Angaben der {ORG} waren {NUM} Haushalte in {LOC} ohne Strom.",
    "Am {DAY} wählte die Versammlung in {LOC} {PER} zur neuen Präsidentin.",
]
TRIGGERS = {"demonstrierten": ("protest", "14"), "streikten": ("strike", "14"),
            "nahm": ("arrest", "17"), "kritisierte": ("criticize", "11")}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # PER, LOC, ORG, NUM, TRIGGER
    canonical: str
    value: Decimal | None = None
    unit: str | None = None


@dataclass(frozen=True)
class SynthArticle:
    key: str
    country: str
    published: date
    title: str
    text: str
    spans: tuple[Span, ...]

    @property
    def words(self) -> int:
        return len(self.text.split())


def format_number(n: int, country: str, rng: random.Random) -> str:
    """German thousands: ``45.000`` (de/at), Swiss ``45'000`` or ``45’000``."""
    grouped = f"{n:,}"
    if country == "ch":
        return grouped.replace(",", rng.choice(["'", "’"]))
    return grouped.replace(",", ".")


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[Span] = []

    def add(self, text: str, label: str | None = None, canonical: str | None = None, **extra) -> None:
        if label:
            self.spans.append(Span(self.length, self.length + len(text), label, canonical or text, **extra))
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _sentence(b: _Builder, template: str, country: str, rng: random.Random, published: date) -> None:
    ss = "ss" if country == "ch" else "ß"
    pos = 0
    while pos < len(template):
        open_ = template.find("{", pos)
        if open_ < 0:
            _words(b, template[pos:])
            return
        _words(b, template[pos:open_])
        close = template.index("}", open_)
        slot = template[open_ + 1:close]
        pos = close + 1
        if slot in ("PER", "PER2"):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            b.add(name, "PER")
        elif slot == "LOC":
            b.add(rng.choice(PLACES[country]), "LOC")
        elif slot == "ORG":
            b.add(rng.choice(ORGS[country]), "ORG")
        elif slot == "ROLE":
            b.add(rng.choice(ROLES))
        elif slot == "NUM":
            n = rng.choice([12, 300, 1500, 4800, 12000, 45000, 250000, 1200000])
            b.add(format_number(n, country, rng), "NUM", value=Decimal(n))
        elif slot == "UNIT":
            b.add(UNITS[country])
        elif slot == "DAY":
            day = published - timedelta(days=rng.randrange(0, 5))
            b.add(f"{day.day}. {MONTHS[day.month - 1]}")
        elif slot == "ss":
            b.add(ss)
        else:
            raise ValueError(f"unknown slot {slot!r}")


def _words(b: _Builder, text: str) -> None:
    # Event trigger verbs are recorded as spans too, so gold extractions carry events.
    for word in text.split(" "):
        if word in TRIGGERS:
            b.add(word, "TRIGGER", word)
        else:
            b.add(word)
        b.add(" ")
    b.parts.pop()
    b.length -= 1


def article(i: int, seed: int = 8, sentences: tuple[int, int] = (6, 14)) -> SynthArticle:
    """Article number ``i`` (deterministic for a given seed)."""
    rng = random.Random(seed * 1_000_003 + i)
    country = ("de", "at", "ch")[i % 3]
    published = date(2026, 1, 1) + timedelta(days=rng.randrange(0, 330))
    b = _Builder()
    for n in range(rng.randint(*sentences)):
        if n:
            b.add("\n\n" if rng.random() < 0.25 else " ")
        _sentence(b, rng.choice(TEMPLATES), country, rng, published)
    return SynthArticle(
        key=f"synth-{seed}-{i}", country=country, published=published,
        title=f"Meldung {i} aus {PLACES[country][i % len(PLACES[country])]}",
        text=b.text(), spans=tuple(b.spans),
    )


def articles(n: int, seed: int = 8, start: int = 0) -> Iterator[SynthArticle]:
    """A stream (not a list), so callers stay flat in memory however large ``n`` is."""
    for i in range(start, start + n):
        yield article(i, seed)


def gold_extraction(a: SynthArticle) -> Extraction:
    """The extraction a perfect pipeline would return (offsets index ``a.text``)."""
    mentions = tuple(Mention(a.text[s.start:s.end], s.label, s.start, s.end, s.canonical)
                     for s in a.spans if s.label in ("PER", "LOC", "ORG"))
    quantities = tuple(Quantity(a.text[s.start:s.end], s.value, s.unit, s.start, s.end)
                       for s in a.spans if s.label == "NUM")
    events = []
    for t in (s for s in a.spans if s.label == "TRIGGER"):
        kind, cameo = TRIGGERS[t.canonical]
        sentence_start = a.text.rfind(". ", 0, t.start) + 2 if ". " in a.text[:t.start] else 0
        sentence_end = a.text.find(".", t.end) + 1 or len(a.text)
        inside = [m for m in mentions if sentence_start <= m.start and m.end <= sentence_end]
        actors = tuple(EventActor("actor1", m.text, m.canonical, m.label, m.start, m.end)
                       for m in inside if m.label in ("PER", "ORG"))[:2]
        place = next((EventPlace(m.text, m.canonical, m.start, m.end) for m in inside if m.label == "LOC"), None)
        count = next((q for q in quantities if sentence_start <= q.start < sentence_end), None)
        events.append(Event(kind, cameo, t.canonical, t.start, t.end, sentence_start, sentence_end,
                            actors=actors, place=place, count=count, confidence=0.8))
    return Extraction(text=a.text, normalized=a.text, entities=mentions, quantities=quantities,
                      events=tuple(events), model=ModelInfo("synth_gold", "1"), lexicon_version="synth-1")


if __name__ == "__main__":
    for a in articles(int(sys.argv[1]) if len(sys.argv) > 1 else 2):
        print(f"[{a.country}] {a.title}\n{a.text}\n")


# --- storing synthetic articles (benchmarks and load tests) -----------------

def store_articles(conn, items, feed_url: str = "http://synth.invalid/feed") -> list[int]:
    """Insert articles as the ingest would (pending NLP); returns their ids in order."""
    from psycopg2.extras import execute_values

    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO feeds (url, name, country) VALUES (%s, 'Synth', 'de') "
            "ON CONFLICT (url) DO UPDATE SET name = EXCLUDED.name RETURNING id", (feed_url,))
        (feed_id,) = cur.fetchone()
        rows = [(feed_id, "Synth", a.country, a.key, a.key, a.title, a.text, a.published, "de")
                for a in items]
        ids = execute_values(
            cur,
            "INSERT INTO articles (feed_id, source, country, entry_key, content_hash, title, text, "
            "published_at, fetched_at, language) "
            "SELECT v.feed_id, v.source, v.country, v.key, v.hash, v.title, v.text, v.published, now(), v.language "
            "FROM (VALUES %s) AS v (feed_id, source, country, key, hash, title, text, published, language) "
            "RETURNING entry_key, id",
            rows, template="(%s, %s, %s, %s, %s, %s, %s, %s::timestamptz, %s)", fetch=True, page_size=1000)
    conn.commit()
    by_key = dict(ids)
    return [by_key[row[3]] for row in rows]
