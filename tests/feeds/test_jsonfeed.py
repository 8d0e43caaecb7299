"""JSON Feed 1 and 1.1: recognised by its version address, read into the same entries as RSS."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from newsflow.feeds.parse import parse_feed


def doc(**fields) -> bytes:
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Seeblatt",
                       "home_page_url": "https://seeblatt.example/", **fields}, ensure_ascii=False).encode()


def test_items_become_entries():
    parsed = parse_feed(doc(authors=[{"name": "Redaktion"}], items=[
        {"id": "a-1", "url": "/region/faehre", "title": "Neue Fähre auf dem Bodensee",
         "content_html": "<p>Die Fähre fährt ab Mai.</p>", "summary": "Ab Mai.",
         "date_published": "2026-11-26T08:00:00+01:00", "authors": [{"name": "Anna Keller"}, {"name": "Beat Meier"}]},
        {"id": 7, "external_url": "https://other.example/x", "content_text": "Nur Text.", "date_modified": "2026-11-25T10:00:00Z"},
    ]), {"Content-Type": "application/feed+json"})
    assert parsed.ok and parsed.version == "json11" and parsed.title == "Seeblatt"
    first, second = parsed.entries
    assert (first.guid, first.link, first.title) == ("a-1", "https://seeblatt.example/region/faehre", "Neue Fähre auf dem Bodensee")
    assert (first.content, first.summary, first.author) == ("<p>Die Fähre fährt ab Mai.</p>", "Ab Mai.", "Anna Keller, Beat Meier")
    assert first.published == datetime(2026, 11, 26, 7, 0, tzinfo=timezone.utc)
    # an integer id, the external link, text content, the feed's author, the modified date standing in
    assert (second.guid, second.link, second.content, second.author) == ("7", "https://other.example/x", "Nur Text.", "Redaktion")
    assert second.published == second.updated == datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)


def test_version_1_with_a_single_author_and_a_german_date():
    body = json.dumps({"version": "https://jsonfeed.org/version/1", "author": {"name": "Desk"},
                       "items": [{"id": "x", "title": "Wahl in Chur", "date_published": "26.11.2026 10:00"}]}).encode()
    (entry,) = parse_feed(body).entries
    assert entry.author == "Desk" and entry.published == datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)


def test_broken_json_feeds_are_errors_not_crashes():
    assert "not a JSON feed" in parse_feed(b'{"version": "https://jsonfeed.org/version/1.1", "items": [').error
    assert "no 'items' list" in parse_feed(b'{"version": "https://jsonfeed.org/version/1.1"}').error
    parsed = parse_feed(doc(items=["kein Objekt", {"id": "1", "title": "Gut"}]))
    assert [e.title for e in parsed.entries] == ["Gut"] and "1 item(s)" in parsed.warnings[0]
    # other JSON is no JSON feed: left to feedparser, which says it is not a feed
    assert not parse_feed(b'{"items": []}').ok
