"""Entry dates feedparser cannot read (newsflow.feeds.dates), and entry links relative to the site (newsflow.feeds.parse)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from newsflow.feeds.dates import parse_entry_date
from newsflow.feeds.parse import parse_feed

UTC = timezone.utc


@pytest.mark.parametrize("raw, expected", [
    ("Mi, 26 Nov 2026 10:00:00 +0100", datetime(2026, 11, 26, 9, 0, tzinfo=UTC)),  # German day name
    ("Do, 05 Mär 2026 08:00:00 GMT", datetime(2026, 3, 5, 8, 0, tzinfo=UTC)),
    ("26.11.2026 10:00", datetime(2026, 11, 26, 9, 0, tzinfo=UTC)),  # no zone: Central European time
    ("Mittwoch, 26. November 2026, 09:15 Uhr", datetime(2026, 11, 26, 8, 15, tzinfo=UTC)),
    ("15. Juli 2026 14:30", datetime(2026, 7, 15, 12, 30, tzinfo=UTC)),  # summer time, +02:00
])
def test_localized_dates(raw, expected):
    assert parse_entry_date(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", "gestern", "kein Datum", "November", None])
def test_no_date_is_invented(raw):
    assert parse_entry_date(raw) is None


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Quaxlinger Bote</title><link>https://quaxlingen.example/</link>
<item><title>Eins</title><link>/politik/eins</link><pubDate>Mi, 26 Nov 2026 10:00:00 +0100</pubDate></item>
<item><title>Zwei</title><link>https://andere.example/zwei</link><pubDate>Wed, 26 Nov 2026 11:00:00 +0100</pubDate></item>
<item><title>Drei</title><link>drei.html</link><pubDate>kaputt</pubDate></item>
</channel></rss>"""


def test_feed_entries_get_absolute_links_and_localized_dates():
    parsed = parse_feed(FEED.encode(), {"content-type": "application/rss+xml"}, "rss", "http://feeds.example/rss")
    one, two, three = parsed.entries
    assert one.link == "https://quaxlingen.example/politik/eins"  # against the site's <link>
    assert two.link == "https://andere.example/zwei"
    assert three.link == "https://quaxlingen.example/drei.html"
    assert one.published == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    assert two.published == datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # feedparser's own reading
    assert three.published is None


def test_without_a_site_link_the_feed_address_is_the_base():
    feed = FEED.replace("<link>https://quaxlingen.example/</link>", "")
    parsed = parse_feed(feed.encode(), {}, "rss", "http://feeds.example/nachrichten/rss")
    assert parsed.entries[0].link == "http://feeds.example/politik/eins"
    assert parse_feed(feed.encode(), {}, "rss").entries[0].link == "/politik/eins"  # no base known: as received
