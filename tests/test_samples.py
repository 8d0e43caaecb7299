"""The bundled sample feeds are what the demo and the pipeline tests ingest.

These tests pin down the properties other tests rely on: every feed parses
cleanly with its declared encoding, there is enough German text, the wire
story is the one near-duplicate across outlets, Swiss items use Swiss
spelling and numbers, and the deliberately tricky items are really there.
"""
from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from datetime import datetime, timezone
from itertools import combinations
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
import yaml

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FEEDS_DIR = SAMPLES / "feeds"
FEED_FILES = sorted(FEEDS_DIR.glob("*.xml"))

# Python codec names differ from the spellings used in XML declarations.
CODEC = {"utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}

# 3-word shingles overlap this much only for copies of one text (the wire story).
NEAR_DUPLICATE = 0.5
UNRELATED = 0.15


def _declared_encoding(raw: bytes) -> str:
    match = re.match(rb'<\?xml[^>]*encoding="([^"]+)"', raw)
    assert match, "sample feeds must declare their encoding"
    return match.group(1).decode("ascii").lower()


def _config() -> list[dict]:
    return yaml.safe_load((SAMPLES / "feeds.yaml").read_text(encoding="utf-8"))["feeds"]


def _file_of(feed: dict) -> Path:
    return FEEDS_DIR / feed["url"].removeprefix("{base}/")


def _plain(fragment: str) -> str:
    # Summaries carry HTML (tags, &nbsp;, &uuml;): compare on the visible text only.
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


def _body(entry) -> str:
    return _plain(entry.get("summary", ""))


def _shingles(text: str) -> set[tuple[str, ...]]:
    # ß folded to ss so the Swiss copy of the wire story still matches (hieß ~ hiess).
    words = re.findall(r"\w+", text.lower().replace("ß", "ss"))
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b)


@pytest.fixture(scope="module")
def parsed() -> dict[str, feedparser.FeedParserDict]:
    return {path.name: feedparser.parse(path.read_bytes()) for path in FEED_FILES}


@pytest.fixture(scope="module")
def entries(parsed) -> list[tuple[str, object]]:
    return [(name, entry) for name, feed in parsed.items() for entry in feed.entries]


def test_at_least_five_outlets_in_rss_and_atom(parsed):
    assert len(parsed) >= 5
    versions = {feed.version for feed in parsed.values()}
    assert "rss20" in versions and "atom10" in versions


@pytest.mark.parametrize("path", FEED_FILES, ids=lambda p: p.name)
def test_feed_parses_without_bozo_in_its_declared_encoding(path):
    raw = path.read_bytes()
    declared = _declared_encoding(raw)
    # application/xml lets the XML declaration decide, as the demo server must serve it.
    feed = feedparser.parse(raw, response_headers={"content-type": "application/xml"})
    assert not feed.bozo, f"{path.name}: {feed.get('bozo_exception')!r}"
    assert feed.encoding == declared
    raw.decode(CODEC[declared])  # strict: the bytes really are in that encoding


def test_legacy_encodings_are_real_single_byte_files():
    by_encoding = defaultdict(list)
    for path in FEED_FILES:
        by_encoding[_declared_encoding(path.read_bytes())].append(path)
    assert by_encoding["iso-8859-1"], "one feed must be in ISO-8859-1"
    for path in by_encoding["iso-8859-1"] + by_encoding["windows-1252"]:
        raw = path.read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")  # umlauts are single bytes, not UTF-8 sequences
        assert re.search(r"[äöüÄÖÜ]", raw.decode(CODEC[_declared_encoding(raw)]))


def test_enough_items_with_german_length_summaries(entries):
    assert len(entries) >= 45
    for name, entry in entries:
        words = len(_body(entry).split())
        assert 60 <= words <= 200, f"{name}: {entry.title!r} has {words} words"
        assert entry.get("title") and entry.get("link") and entry.get("id")


def test_some_items_have_longer_full_content(entries):
    longer = [
        entry for _, entry in entries
        if entry.get("content")
        and len(_plain(entry.content[0].value).split()) > len(_body(entry).split())
    ]
    assert len(longer) >= 2


def test_dates_fall_in_the_sample_week_and_one_item_has_none(entries):
    undated = []
    for name, entry in entries:
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed is None:
            undated.append(entry.title)
            continue
        when = datetime(*parsed[:6], tzinfo=timezone.utc)
        assert datetime(2026, 11, 19, 23, tzinfo=timezone.utc) <= when, entry.title
        assert when < datetime(2026, 11, 26, tzinfo=timezone.utc), entry.title
    assert len(undated) == 1


def test_links_use_fake_outlet_domains(entries):
    for _, entry in entries:
        host = urlsplit(entry.link).hostname
        assert host.startswith("example-") and host.endswith(".test"), entry.link


def test_feeds_yaml_lists_every_sample_once():
    feeds = _config()
    files = [_file_of(feed) for feed in feeds]
    assert sorted(files) == FEED_FILES
    assert {feed["country"] for feed in feeds} == {"de", "at", "ch"}
    for feed in feeds:
        assert feed["url"].startswith("{base}/")
        assert feed["language"] == "de" and feed["allow_private"] is True
        title = feedparser.parse(_file_of(feed).read_bytes()).feed.title
        assert title.startswith(feed["name"])


def test_wire_story_is_the_only_near_duplicate_across_three_outlets(entries):
    shingles = [(name, entry, _shingles(_body(entry))) for name, entry in entries]
    near = []
    for (n1, e1, s1), (n2, e2, s2) in combinations(shingles, 2):
        if n1 == n2:
            continue
        similarity = _jaccard(s1, s2)
        if similarity >= NEAR_DUPLICATE:
            near.append((n1, e1, n2, e2))
        else:
            assert similarity < UNRELATED, (e1.title, e2.title, similarity)
    outlets = {n for n1, _, n2, _ in near for n in (n1, n2)}
    assert len(outlets) == 3
    assert len(near) == 3  # one story, three pairwise matches
    # Small edits: every copy has its own title.
    titles = {e.title for _, e1, _, e2 in near for e in (e1, e2)}
    assert len(titles) == 3


@pytest.mark.parametrize(
    "feed", [f for f in _config() if f["country"] == "ch"], ids=lambda f: f["name"]
)
def test_swiss_feeds_use_swiss_spelling_and_apostrophe_numbers(feed):
    parsed = feedparser.parse(_file_of(feed).read_bytes())
    text = " ".join(e.title + " " + _body(e) for e in parsed.entries)
    assert "ß" not in text
    assert re.search(r"\d'\d{3}\b", text), "ASCII apostrophe grouping (1'000)"
    assert re.search(r"\d\u2019\d{3}\b", text), "U+2019 grouping (1’000)"
    assert re.search(r"\b(?:liess|hiess|schliesslich|gemäss|grosse|Strasse|mutmasslich)", text)


def test_swiss_copy_of_wire_story_uses_ss():
    swiss = _file_of(next(f for f in _config() if f["name"] == "Zürcher Tagblatt"))
    german = _file_of(next(f for f in _config() if f["name"] == "Rheinische Rundschau"))
    assert "hiess es in Brüssel" in feedparser.parse(swiss.read_bytes()).entries[0].summary
    assert "hieß es in Brüssel" in feedparser.parse(german.read_bytes()).entries[0].summary


def test_austrian_feeds_use_austrian_vocabulary():
    text = " ".join(
        _body(e) for f in _config() if f["country"] == "at"
        for e in feedparser.parse(_file_of(f).read_bytes()).entries
    )
    for word in ("Jänner", "Landeshauptmann", "heuer", "Spitäler"):
        assert word in text


def test_tricky_items_are_present(parsed, entries):
    # Duplicated guid inside one feed (an updated story re-published).
    duplicated = [
        name for name, feed in parsed.items()
        if any(n > 1 for n in Counter(e.id for e in feed.entries).values())
    ]
    assert len(duplicated) == 1
    # Tracking parameters that canonical-link dedupe must strip.
    assert any("utm_source=rss" in e.link for _, e in entries)
    # HTML markup and HTML-only entities inside summaries.
    raw_summaries = " ".join(e.get("summary", "") for _, e in entries)
    for needle in ("<p>", "<b>", "&amp;", "&nbsp;", "&uuml;"):
        assert needle in raw_summaries, needle
    # Atom content type="html".
    assert any(
        c.type == "text/html" for name, e in entries
        if parsed[name].version == "atom10" for c in e.get("content", [])
    )
    # Exactly one English entry, in an otherwise German feed.
    english = [(n, e) for n, e in entries if e.summary_detail.get("language") == "en"]
    assert len(english) == 1
    name = english[0][0]
    assert len(parsed[name].entries) > 1
    assert all(e.summary_detail.get("language") == "de"
               for e in parsed[name].entries if e is not english[0][1])


def test_wire_story_mentions_its_agency(entries):
    agencies = {e.get("author", "") for _, e in entries if "Nachtz" in e.title}
    assert {"dpa", "APA/dpa", "sda"} <= agencies
