"""Pure pieces: config validation, canonical links, address policy, schedule, decoder, stories, sitemaps."""
from __future__ import annotations

import gzip
import zlib
from datetime import datetime, timedelta, timezone

import pytest

from newsflow.feeds.config import FeedConfigError, parse_config
from newsflow.feeds.fetch import FetchResult, _BoundedDecoder, _Failure, parse_retry_after
from newsflow.feeds.parse import defuse_entities, parse_feed
from newsflow.feeds.schedule import FeedState, SchedulePolicy, backoff, next_state, poll_interval
from newsflow.feeds.stories import StoryIndex, signature
from newsflow.feeds.urls import AddressRefused, canonical_link, check_addresses, is_public_ip

NOW = datetime(2026, 11, 3, 8, 0, tzinfo=timezone.utc)


# --- config -----------------------------------------------------------------------------------
def test_config_defaults_and_overrides():
    feeds = parse_config({"defaults": {"max_consecutive_errors": 3},
                          "feeds": [{"name": "NZZ", "url": "https://www.nzz.ch/recent.rss", "country": "CH"},
                                    {"name": "Demo", "url": "http://127.0.0.1:8000/a.xml", "country": "de",
                                     "allow_private": True, "max_consecutive_errors": 7, "active": False}]})
    assert (feeds[0].country, feeds[0].language, feeds[0].active, feeds[0].max_consecutive_errors) == ("ch", "de", True, 3)
    assert (feeds[1].allow_private, feeds[1].max_consecutive_errors, feeds[1].active) == (True, 7, False)


@pytest.mark.parametrize("entry,needle", [
    ({"name": "X", "url": "ftp://x.de/feed", "country": "de"}, "feeds[0] ('X'): url: only http/https"),
    ({"name": "X", "url": "https://x.de/feed", "country": "fr"}, "feeds[0] ('X'): country: must be one of"),
    ({"name": "X", "url": "https://x.de/feed"}, "feeds[0] ('X'): country: required"),
    ({"url": "https://x.de/feed", "country": "de"}, "feeds[0]: name: required"),
    ({"name": "X", "url": "https://x.de/feed", "country": "de", "active": "ja"}, "active: must be true or false"),
    ({"name": "X", "url": "https://x.de/feed", "country": "de", "colour": "red"}, "unknown field(s) colour"),
    ({"name": "X", "url": "https://x.de/feed", "country": "de", "max_consecutive_errors": 0}, "max_consecutive_errors"),
])
def test_bad_config_names_entry_and_field(entry, needle):
    with pytest.raises(FeedConfigError) as err:
        parse_config({"feeds": [entry]})
    assert needle in str(err.value)


def test_duplicate_urls_are_refused():
    feed = {"name": "A", "url": "https://a.de/rss", "country": "de"}
    with pytest.raises(FeedConfigError, match=r"feeds\[1\].*already used by"):
        parse_config({"feeds": [feed, dict(feed, name="B")]})


def test_shipped_feed_list_is_valid():
    from newsflow.feeds.config import load_feeds, repo_root

    feeds = load_feeds(repo_root() / "config" / "feeds.yaml")
    assert len(feeds) >= 60 and {f.country for f in feeds} >= {"de", "at", "ch"}
    assert not any(f.allow_private for f in feeds)


# --- links and addresses ----------------------------------------------------------------------
@pytest.mark.parametrize("raw,canon", [
    ("HTTPS://WWW.Spiegel.DE:443/politik/a.html?utm_source=rss&utm_medium=feed#comments",
     "https://www.spiegel.de/politik/a.html"),
    ("http://orf.at:80/stories/3?id=5&fbclid=x&ref=rss", "http://orf.at/stories/3?id=5"),
    ("https://srf.ch", "https://srf.ch/"),
    ("https://example.de:8443/x?b=2&a=1", "https://example.de:8443/x?b=2&a=1"),
    ("javascript:alert(1)", None), ("", None), (None, None), ("https://[::1]:99999/x", None),
])
def test_canonical_link(raw, canon):
    assert canonical_link(raw) == canon


@pytest.mark.parametrize("ip,public", [("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.1", False),
                                       ("169.254.169.254", False), ("::1", False), ("fe80::1", False),
                                       ("::ffff:127.0.0.1", False), ("0.0.0.0", False),
                                       ("194.230.160.1", True), ("2a00:1450:4001::1", True)])
def test_address_policy(ip, public):
    assert is_public_ip(ip) is public
    if public:
        check_addresses("https://x.ch/", [ip], allow_private=False)
    else:
        with pytest.raises(AddressRefused, match="NEWSFLOW_ALLOW_PRIVATE_FEEDS"):
            check_addresses("https://x.ch/", [ip], allow_private=False)
        check_addresses("https://x.ch/", [ip], allow_private=True)


# --- schedule ---------------------------------------------------------------------------------
def test_poll_interval_follows_entry_frequency_within_bounds():
    policy = SchedulePolicy()
    assert poll_interval(0) == policy.max_interval
    assert poll_interval(1) == policy.max_interval
    assert poll_interval(70) == timedelta(hours=1, minutes=12)
    assert poll_interval(10_000) == policy.min_interval


def test_backoff_doubles_and_is_bounded():
    assert [backoff(n).total_seconds() / 60 for n in (1, 2, 3)] == [10, 20, 40]
    assert backoff(50) == SchedulePolicy().max_backoff


def test_state_after_errors_and_success():
    state = FeedState(id=1, url="https://a.de/rss", consecutive_errors=2, max_consecutive_errors=3, etag='"old"')
    failed = next_state(state, FetchResult(url=state.url, status=500, error="HTTP 500"), None, 5, NOW)
    assert failed.disabled and "3 consecutive errors, last: HTTP 500" == failed.disabled_reason
    assert failed.etag == '"old"'
    ok = next_state(state, FetchResult(url=state.url, status=200, headers={"etag": '"new"'}), None, 0, NOW)
    assert (ok.consecutive_errors, ok.etag, ok.disabled, ok.success) == (0, '"new"', False, True)
    moved = next_state(state, FetchResult(url=state.url, status=200, permanent_url="https://b.de/rss"), None, 0, NOW)
    assert moved.url == "https://b.de/rss"


def test_retry_after_seconds_and_http_date():
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Tue, 03 Nov 2026 09:00:00 GMT", now=NOW) == 3600
    assert parse_retry_after("soon") is None
    state = FeedState(id=1, url="u")
    upd = next_state(state, FetchResult(url="u", status=503, error="HTTP 503", retry_after=5 * 3600), None, 0, NOW)
    assert upd.next_check_at == NOW + timedelta(hours=5)


# --- decompression limits ---------------------------------------------------------------------
def test_bounded_decoder_stops_a_gzip_bomb_and_reads_concatenated_members():
    bomb = gzip.compress(b"\0" * (20 << 20))
    dec = _BoundedDecoder("gzip", 1 << 20)
    with pytest.raises(_Failure, match="decompressed body exceeds"):
        dec.feed(bomb)
    assert dec.size <= (1 << 20) + 1
    two = _BoundedDecoder("gzip", 100)
    two.feed(gzip.compress(b"abc") + gzip.compress(b"def"))
    assert two.finish() == b"abcdef"
    raw = _BoundedDecoder("deflate", 100)
    comp = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw.feed(comp.compress(b"rohes deflate") + comp.flush())
    assert raw.finish() == b"rohes deflate"


# --- parse extras -----------------------------------------------------------------------------
def test_small_internal_entities_still_expand_and_big_ones_are_removed():
    ok = b'<!DOCTYPE rss [\n<!ENTITY org "Tamedia">\n]>\n<rss version="2.0"><channel><item><title>&org;</title></item></channel></rss>'
    assert defuse_entities(ok) == (ok, None)
    assert parse_feed(ok).entries[0].title == "Tamedia"
    big = b'<!DOCTYPE rss [<!ENTITY a "' + b"x" * 5000 + b'">]><rss><channel><item><title>' + b"&a;" * 500 + b"</title></item></channel></rss>"
    cleaned, note = defuse_entities(big)
    assert b"<!ENTITY" not in cleaned and "2500000 bytes" in note


def test_utf16_entity_declarations_are_refused():
    doc = '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE rss [<!ENTITY a "b">]><rss/>'.encode("utf-16")
    assert "refused" in parse_feed(doc).error


def test_news_sitemap_entries():
    doc = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc>https://www.example.ch/zuerich/tram-1</loc><news:news><news:publication><news:name>Ex</news:name>
  <news:language>de</news:language></news:publication><news:publication_date>2026-11-03T07:15:00+01:00</news:publication_date>
  <news:title>Tram in Zürich entgleist</news:title></news:news></url>
 <url><loc>https://www.example.ch/about</loc></url>
</urlset>""".encode("utf-8")
    parsed = parse_feed(doc, kind="news-sitemap")
    (entry,) = parsed.entries
    assert (entry.title, entry.link) == ("Tram in Zürich entgleist", "https://www.example.ch/zuerich/tram-1")
    assert entry.published == datetime(2026, 11, 3, 6, 15, tzinfo=timezone.utc)
    bomb = b'<!DOCTYPE urlset [<!ENTITY a "b">]><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>'
    assert parse_feed(bomb, kind="news-sitemap").error.startswith("refused")


# --- stories ----------------------------------------------------------------------------------
def test_story_index_joins_edited_copies_not_unrelated_news():
    base = ("Der Nationalrat hat am Dienstag die Reform der Altersvorsorge mit 110 zu 80 Stimmen angenommen. "
            "Die Vorlage geht nun an den Ständerat, der im Frühling darüber entscheidet.")
    copy = base.replace("am Dienstag", "am Dienstagabend").replace("Frühling", "Frühjahr")
    other = ("In Graz hat ein Großbrand in einer Lagerhalle am Montag hohen Sachschaden verursacht, "
             "verletzt wurde nach Angaben der Feuerwehr niemand.")
    index = StoryIndex()
    index.add(1, 100, signature(base))
    assert index.match(signature(copy)) == 100
    assert index.match(signature(other)) is None
    assert signature("Zu kurz für eine Geschichte") is None


# --- dedupe -----------------------------------------------------------------------------------
def test_repeated_guid_in_one_document_keeps_the_newest_version():
    from newsflow.feeds.dedupe import prepare_all
    from newsflow.feeds.parse import ParsedEntry

    early = ParsedEntry(title="Lawine: zwei Tourengeher verschüttet", guid="sb-1", published=NOW)
    late = ParsedEntry(title="Lawine: beide Tourengeher geborgen", guid="sb-1", published=NOW + timedelta(hours=3))
    other = ParsedEntry(title="Neue Gondel am Kitzsteinhorn", guid="sb-2")
    for order in ([early, other, late], [late, other, early]):
        arts, repeats = prepare_all(order)
        assert [a.title for a in arts if a.guid == "sb-1"] == [late.title] and repeats == 1
    undated = [ParsedEntry(title="erste", guid="x"), ParsedEntry(title="zweite", guid="x")]
    assert [a.title for a in prepare_all(undated)[0]] == ["erste"]


def test_an_html_title_is_stored_as_plain_text():
    from newsflow.feeds.parse import parse_feed

    doc = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2026-11-25T10:00:00Z</updated>
<entry><title type="html">Z&amp;uuml;rich: &lt;b&gt;Eil&lt;/b&gt; Gr&amp;ouml;sster Andrang</title><id>urn:1</id>
<updated>2026-11-25T10:00:00Z</updated><summary>Text</summary></entry>
<entry><title>Tom &amp; Jerry &lt;3</title><id>urn:2</id><updated>2026-11-25T10:00:00Z</updated><summary>T</summary></entry>
</feed>"""
    html_title, text_title = parse_feed(doc, {}, "rss", "https://example.org/feed").entries
    assert html_title.title == "Zürich: Eil Grösster Andrang"
    assert text_title.title == "Tom & Jerry <3"  # a text title keeps its characters
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
           b'<item><title><![CDATA[Gr&ouml;sster <em>Brand</em> seit Jahren]]></title><guid>1</guid></item>'
           b'<item><title>&lt;b&gt;Eil&lt;/b&gt;: Brand in Bern</title><guid>2</guid></item></channel></rss>')
    titles = [e.title for e in parse_feed(rss, {}, "rss", "https://example.org/feed").entries]
    assert titles == ["Grösster Brand seit Jahren", "Eil: Brand in Bern"]


def test_every_bad_entry_is_reported_at_once():
    feeds = [{"name": "X", "url": "ftp://x.de/feed", "country": "de"},
             {"name": "Gut", "url": "https://ok.de/rss", "country": "de"},
             {"url": "https://y.de/rss", "country": "zz"}]
    with pytest.raises(FeedConfigError) as err:
        parse_config({"feeds": feeds})
    message = str(err.value)
    assert message.startswith("2 problems in the feed list")
    assert "feeds[0] ('X'): url" in message and "feeds[2]: name" in message and "feeds[1]" not in message
