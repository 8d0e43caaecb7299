"""News sitemaps configured as RSS, sitemap indexes followed one level, gzipped sitemap files."""
from __future__ import annotations

import gzip
import json

from feeds_testkit import Reply, sitemap_index, urlset

from newsflow.feeds import cli_fetch
from newsflow.feeds.parse import parse_feed
from newsflow.feeds.sitemaps import follow_index

def test_a_news_sitemap_configured_as_rss_is_read_as_a_sitemap():
    parsed = parse_feed(urlset(("https://example.ch/a", "Tram in Bern entgleist")), kind="rss")
    assert parsed.ok and [e.title for e in parsed.entries] == ["Tram in Bern entgleist"]
    assert parsed.version == "news-sitemap" and "kind: news-sitemap" in parsed.warnings[0]


def test_an_index_lists_its_sitemaps_newest_first_and_is_not_followed_by_the_parser():
    parsed = parse_feed(sitemap_index(("https://example.ch/2020.xml", "2020-01-01"), ("https://example.ch/today.xml", "2026-11-26"),
                              ("https://example.ch/yesterday.xml", "2026-11-25")), kind="news-sitemap")
    assert parsed.children == ("https://example.ch/today.xml", "https://example.ch/yesterday.xml",
                               "https://example.ch/2020.xml")
    assert not parsed.ok and "not followed" in parsed.error


def test_a_gzipped_sitemap_file_is_read():
    parsed = parse_feed(gzip.compress(urlset(("https://example.ch/a", "Neuer Tunnel"))), kind="news-sitemap")
    assert [e.title for e in parsed.entries] == ["Neuer Tunnel"]
    # also when configured as RSS, and a broken archive is an error, not an exception
    assert [e.title for e in parse_feed(gzip.compress(urlset(("https://example.ch/a", "Neuer Tunnel")))).entries] == ["Neuer Tunnel"]
    assert "broken gzip" in parse_feed(gzip.compress(b"<rss/>")[:12]).error
    assert "broken gzip" in parse_feed(b"\x1f\x8b" + b"kein gzip", kind="news-sitemap").error


def test_follow_index_reads_the_newest_sitemaps_and_reports_the_rest(http_server):
    http_server.routes["/today.xml.gz"] = lambda h: Reply(200, gzip.compress(urlset(
        (http_server.url("/a"), "Lawine im Wallis"), (http_server.url("/b"), "Budget angenommen"))))
    http_server.routes["/politik.xml"] = lambda h: Reply(200, urlset(
        (http_server.url("/b"), "Budget angenommen"), (http_server.url("/c"), "Wahlen in Genf")))
    doc = sitemap_index((http_server.url("/old.xml"), "2019-05-01"), (http_server.url("/today.xml.gz"), "2026-11-26"),
                (http_server.url("/politik.xml"), "2026-11-26T06:00:00+00:00"), (http_server.url("/gone.xml"), "2026-11-25"))
    parsed = follow_index(parse_feed(doc, kind="news-sitemap"), allow_private=True, limit=3)
    assert parsed.ok and parsed.version == "news-sitemap-index"
    assert sorted(e.title for e in parsed.entries) == ["Budget angenommen", "Lawine im Wallis", "Wahlen in Genf"]
    assert http_server.seen("/old.xml") == []  # beyond the limit: not fetched
    assert any("newest 3 of 4" in w for w in parsed.warnings)
    assert any("gone.xml" in w and "404" in w for w in parsed.warnings)


def test_an_index_whose_sitemaps_all_fail_is_an_error(http_server):
    parsed = follow_index(parse_feed(sitemap_index((http_server.url("/gone.xml"), None)), kind="news-sitemap"), allow_private=True)
    assert not parsed.ok and "none of its newest sitemaps" in parsed.error and parsed.entries == ()


def test_fetch_cli_follows_a_sitemap_index(http_server, capsys):
    http_server.routes["/news.xml"] = lambda h: Reply(200, urlset((http_server.url("/a"), "Föhnsturm im Rheintal")))
    http_server.routes["/index.xml"] = lambda h: Reply(200, sitemap_index((http_server.url("/news.xml"), "2026-11-26")))
    assert cli_fetch.main([http_server.url("/index.xml"), "--json", "--allow-private"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["entries"] == 1 and report["items"][0]["title"] == "Föhnsturm im Rheintal"
