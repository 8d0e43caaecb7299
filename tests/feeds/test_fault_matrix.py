"""Fault matrix: each bad server behaviour next to a healthy feed in the same batch."""
from __future__ import annotations

import gzip
import time
import zlib
from datetime import datetime, timedelta, timezone

import pytest
from feeds_testkit import Reply, rss, write_feeds

from newsflow.feeds.fetch import FetchPolicy
from newsflow.jobs.ingest import ingest_batch, plan_batches, sync_feeds

# Small timeouts keep the suite fast; the limits are the production defaults.
POLICY = FetchPolicy(connect_timeout=2, read_timeout=1.0, total_timeout=2.0)

HEALTHY = rss([
    {"guid": f"gesund-{i}", "title": f"Meldung {i} aus Bern",
     "description": f"Der Gemeinderat hat am Dienstag über das Geschäft Nummer {i} beraten und es angenommen.",
     "link": f"https://example.ch/meldung-{i}", "pubDate": "Tue, 03 Nov 2026 08:00:00 GMT"}
    for i in range(3)
]).encode()

UMLAUT_ITEM = {"guid": "u1", "title": "Grüße aus Zürich",
               "description": "Die Straße über den Fluss wird gesperrt, sagte der Stadtrat.",
               "link": "https://example.at/gruesse"}


def feed_body(items=None, encoding="utf-8", **kw) -> bytes:
    return rss(items or [UMLAUT_ITEM], encoding=encoding).encode(kw.pop("codec", encoding))


def run_case(conn, http_server, tmp_path, route, reply_fn, *, feed_extra=None, run_id="run-1", policy=POLICY):
    """Serve ``reply_fn`` at ``route`` plus a healthy feed, sync both, ingest one batch."""
    http_server.routes[route] = reply_fn
    http_server.routes["/healthy.xml"] = lambda h: Reply(200, HEALTHY, {"Content-Type": "application/rss+xml"})
    feeds = [
        {"name": "Fallfeed", "url": http_server.url(route), "country": "ch", "allow_private": True, **(feed_extra or {})},
        {"name": "Gesund", "url": http_server.url("/healthy.xml"), "country": "de", "allow_private": True},
    ]
    sync_feeds(conn, write_feeds(tmp_path / "feeds.yaml", feeds))
    batches = plan_batches(conn)
    assert len(batches) == 1 and len(batches[0]) == 2
    result = ingest_batch(conn, batches[0], run_id, policy=policy)
    by_url = {f.url: f for f in result.feeds}
    healthy = by_url[http_server.url("/healthy.xml")]
    assert healthy.error is None and healthy.new_articles == 3, "the healthy feed in the same batch must succeed"
    return result, by_url.get(http_server.url(route)) or next(f for f in result.feeds if f.feed_id == 1)


def q(conn, sql, *params):
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def case_feed(conn):
    cols = ("url", "etag", "last_status", "consecutive_errors", "next_check_at", "disabled", "disabled_reason",
            "previous_url", "config_url")
    row = q(conn, f"SELECT {', '.join(cols)} FROM feeds WHERE name = 'Fallfeed'")[0]
    return dict(zip(cols, row))


def case_log(conn):
    cols = ("http_status", "not_modified", "entries", "new_entries", "duplicate_entries", "warnings", "error")
    rows = q(conn, f"SELECT {', '.join(cols)} FROM fetch_log l JOIN feeds f ON f.id = l.feed_id WHERE f.name = 'Fallfeed'")
    assert len(rows) == 1
    return dict(zip(cols, rows[0]))


def case_articles(conn):
    return q(conn, "SELECT a.title, a.text, a.language FROM articles a JOIN feeds f ON f.id = a.feed_id "
                   "WHERE f.name = 'Fallfeed' ORDER BY a.id")


def test_200_then_304_costs_no_parsing(conn, http_server, tmp_path, monkeypatch):
    body = feed_body()

    def conditional(h):
        if h.headers.get("If-None-Match") == '"v1"':
            return Reply(304, b"", {"ETag": '"v1"'})
        return Reply(200, body, {"ETag": '"v1"', "Last-Modified": "Tue, 03 Nov 2026 08:00:00 GMT",
                                 "Content-Type": "application/rss+xml; charset=utf-8"})

    result, case = run_case(conn, http_server, tmp_path, "/ok.xml", conditional)
    assert case.http_status == 200 and case.new_articles == 1
    assert case_feed(conn)["etag"] == '"v1"'
    assert case_articles(conn)[0][:2] == ("Grüße aus Zürich", "Grüße aus Zürich\n\n" + UMLAUT_ITEM["description"])

    import newsflow.jobs.ingest as ingest

    calls = []
    real_parse = ingest.parse_feed
    monkeypatch.setattr(ingest, "parse_feed", lambda *a, **k: calls.append(a[0]) or real_parse(*a, **k))
    ids = [r[0] for r in q(conn, "SELECT id FROM feeds ORDER BY id")]
    second = ingest_batch(conn, ids, "run-2", policy=POLICY)
    assert http_server.seen("/ok.xml")[-1]["if-none-match"] == '"v1"'
    assert second.feeds_not_modified == 1 and second.new_articles == 0
    assert len(calls) == 1, "only the healthy feed (no validators) is parsed; the 304 is not"
    assert q(conn, "SELECT not_modified, http_status FROM fetch_log l JOIN feeds f ON f.id = l.feed_id "
                   "WHERE f.name = 'Fallfeed' AND run_id = 'run-2'") == [(True, 304)]


def test_301_moves_the_feed_and_sync_keeps_it(conn, http_server, tmp_path):
    http_server.routes["/new-home.xml"] = lambda h: Reply(200, feed_body())
    result, case = run_case(conn, http_server, tmp_path, "/old.xml",
                            lambda h: Reply(301, b"", {"Location": "/new-home.xml"}))
    feed = case_feed(conn)
    assert feed["url"] == http_server.url("/new-home.xml")
    assert feed["previous_url"] == http_server.url("/old.xml")
    assert case.new_articles == 1 and any("moved permanently" in w for w in case_log(conn)["warnings"])
    again = sync_feeds(conn, tmp_path / "feeds.yaml")
    assert (again.new, again.deactivated) == (0, 0)
    assert q(conn, "SELECT count(*) FROM feeds") == [(2,)]


def test_302_does_not_move_the_feed(conn, http_server, tmp_path):
    http_server.routes["/elsewhere.xml"] = lambda h: Reply(200, feed_body())
    result, case = run_case(conn, http_server, tmp_path, "/temp.xml",
                            lambda h: Reply(302, b"", {"Location": "/elsewhere.xml"}))
    assert case_feed(conn)["url"] == http_server.url("/temp.xml")
    assert case.final_url == http_server.url("/elsewhere.xml") and case.new_articles == 1


def test_404_counts_errors_until_disabled(conn, http_server, tmp_path):
    result, case = run_case(conn, http_server, tmp_path, "/missing.xml", lambda h: Reply(404, b"nope"),
                            feed_extra={"max_consecutive_errors": 2})
    feed = case_feed(conn)
    assert case.error.startswith("HTTP 404") and feed["consecutive_errors"] == 1 and not feed["disabled"]
    assert case_log(conn)["error"].startswith("HTTP 404")
    ingest_batch(conn, [1], "run-2", policy=POLICY)
    feed = case_feed(conn)
    assert feed["disabled"] and "2 consecutive errors" in feed["disabled_reason"]
    assert plan_batches(conn, now=datetime.now(timezone.utc) + timedelta(days=30)) == [[2]]


def test_410_disables_at_once(conn, http_server, tmp_path):
    result, case = run_case(conn, http_server, tmp_path, "/gone.xml", lambda h: Reply(410, b"gone"))
    feed = case_feed(conn)
    assert feed["disabled"] and "410" in feed["disabled_reason"] and case.disabled


def test_429_honours_retry_after(conn, http_server, tmp_path):
    before = datetime.now(timezone.utc)
    result, case = run_case(conn, http_server, tmp_path, "/busy.xml",
                            lambda h: Reply(429, b"slow down", {"Retry-After": "7200"}))
    feed = case_feed(conn)
    assert case.error.startswith("HTTP 429")
    assert feed["next_check_at"] >= before + timedelta(seconds=7200)
    assert not feed["disabled"]


def test_500_is_an_error_with_backoff(conn, http_server, tmp_path):
    before = datetime.now(timezone.utc)
    result, case = run_case(conn, http_server, tmp_path, "/boom.xml", lambda h: Reply(500, b"boom"))
    feed = case_feed(conn)
    assert feed["consecutive_errors"] == 1 and feed["last_status"] == 500
    assert feed["next_check_at"] >= before + timedelta(minutes=10)
    assert case_articles(conn) == []


def _hang(h):
    time.sleep(6)  # longer than the total timeout; the daemon thread is left behind
    return None


def _drip(h):
    h.send_response(200)
    h.send_header("Content-Type", "application/rss+xml")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    try:
        for _ in range(30):  # one byte per 0.3 s never trips the 1 s read timeout
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(0.3)
    except (BrokenPipeError, ConnectionResetError):
        pass
    return None


@pytest.mark.parametrize("route,fn", [("/hang.xml", _hang), ("/drip.xml", _drip)])
def test_never_answering_and_slow_drip_time_out(conn, http_server, tmp_path, route, fn):
    started = time.monotonic()
    result, case = run_case(conn, http_server, tmp_path, route, fn)
    assert case.error.startswith("timeout")
    assert time.monotonic() - started < POLICY.total_timeout + 3
    assert case_log(conn)["error"].startswith("timeout") and case_articles(conn) == []


def test_truncated_xml_keeps_complete_items_and_warns(conn, http_server, tmp_path):
    items = [dict(UMLAUT_ITEM, guid=f"t{i}", title=f"Teil {i} der Serie über Wien", link=f"https://example.at/serie/{i}")
             for i in range(3)]
    body = feed_body(items)
    cut = body[: body.index(b"Teil 2") + 4]
    result, case = run_case(conn, http_server, tmp_path, "/truncated.xml", lambda h: Reply(200, cut))
    log = case_log(conn)
    assert case.error is None and log["error"] is None
    assert any(w.startswith("bozo") for w in log["warnings"])
    titles = [t for t, _, _ in case_articles(conn)]
    assert titles[:2] == ["Teil 0 der Serie über Wien", "Teil 1 der Serie über Wien"]


@pytest.mark.parametrize("declared,codec,ctype", [
    ("utf-8", "windows-1252", "application/rss+xml"),              # wrong declared encoding
    ("iso-8859-1", "iso-8859-1", "application/rss+xml; charset=ISO-8859-1"),
    ("windows-1252", "windows-1252", "text/xml"),
])
def test_legacy_and_wrong_encodings_decode(conn, http_server, tmp_path, declared, codec, ctype):
    item = dict(UMLAUT_ITEM)
    if codec == "windows-1252":
        item["description"] = "„Die Straße bleibt zu“, sagte die Stadträtin – Kosten: 5 €."
    body = feed_body([item], encoding=declared, codec=codec)
    result, case = run_case(conn, http_server, tmp_path, "/enc.xml", lambda h: Reply(200, body, {"Content-Type": ctype}))
    (title, text, _), = case_articles(conn)
    assert title == "Grüße aus Zürich" and text.endswith(item["description"])
    warned = any("declared as utf-8" in w for w in case_log(conn)["warnings"])
    assert warned == (declared != codec)


def _huge(h):
    h.send_response(200)
    h.send_header("Content-Type", "application/rss+xml")
    h.end_headers()  # no Content-Length: only the streaming limit can stop it
    chunk = b"<!-- " + b"x" * (1 << 20) + b" -->"
    try:
        h.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
        for _ in range(50):
            h.wfile.write(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass
    h.close_connection = True
    return None


def test_50_mb_body_is_refused_while_streaming(conn, http_server, tmp_path):
    result, case = run_case(conn, http_server, tmp_path, "/huge.xml", _huge)
    assert "exceeds the limit" in case.error and case_articles(conn) == []


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    # 200 MiB of spaces in a ~200 kB gzip member.
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b" " * (1 << 20)
    return b"".join([comp.compress(b'<?xml version="1.0"?><rss version="2.0"><channel>')]
                    + [comp.compress(block) for _ in range(200)] + [comp.flush()])


def test_gzip_bomb_is_refused(conn, http_server, tmp_path, gzip_bomb):
    assert len(gzip_bomb) < 1 << 20
    result, case = run_case(conn, http_server, tmp_path, "/bomb.xml",
                            lambda h: Reply(200, gzip_bomb, {"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"}))
    assert "decompressed body exceeds the limit" in case.error and case_articles(conn) == []


def test_gzip_body_is_decoded(conn, http_server, tmp_path):
    body = gzip.compress(feed_body())
    result, case = run_case(conn, http_server, tmp_path, "/gz.xml",
                            lambda h: Reply(200, body, {"Content-Encoding": "gzip"}))
    assert case.new_articles == 1


def test_xml_entity_bomb_is_not_expanded(conn, http_server, tmp_path):
    bomb = (b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "' + b"A" * 100_000 + b'">\n]>\n'
            b'<rss version="2.0"><channel><title>t</title><item><guid>b1</guid><title>Bombe</title><description>'
            + b"&a;" * 10_000 + b"</description></item></channel></rss>")
    started = time.monotonic()
    result, case = run_case(conn, http_server, tmp_path, "/entities.xml", lambda h: Reply(200, bomb))
    assert time.monotonic() - started < 10
    assert any("entity declarations removed" in w for w in case_log(conn)["warnings"])
    (title, text, _), = case_articles(conn)
    assert len(text) < 100_000


def test_html_page_is_an_error_not_a_crash(conn, http_server, tmp_path):
    page = b"<!DOCTYPE html><html><head><title>Startseite</title></head><body><p>Willkommen</p></body></html>"
    result, case = run_case(conn, http_server, tmp_path, "/index.html",
                            lambda h: Reply(200, page, {"Content-Type": "text/html; charset=utf-8"}))
    assert case.error == "not a feed: the server returned an HTML page"
    assert case_feed(conn)["consecutive_errors"] == 1 and case_articles(conn) == []


def test_loopback_is_refused_without_permission(conn, http_server, tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSFLOW_ALLOW_PRIVATE_FEEDS", raising=False)
    http_server.routes["/private.xml"] = lambda h: Reply(200, feed_body())
    http_server.routes["/healthy.xml"] = lambda h: Reply(200, HEALTHY)
    feeds = [{"name": "Privat", "url": http_server.url("/private.xml"), "country": "de"},
             {"name": "Gesund", "url": http_server.url("/healthy.xml"), "country": "de", "allow_private": True}]
    sync_feeds(conn, write_feeds(tmp_path / "feeds.yaml", feeds))
    result = ingest_batch(conn, plan_batches(conn)[0], "run-1", policy=POLICY)
    private = next(f for f in result.feeds if f.url.endswith("/private.xml"))
    assert "private/loopback" in private.error and http_server.seen("/private.xml") == []
    assert result.feeds_ok == 1 and result.new_articles == 3
    monkeypatch.setenv("NEWSFLOW_ALLOW_PRIVATE_FEEDS", "1")
    again = ingest_batch(conn, [1], "run-2", policy=POLICY)
    assert again.feeds[0].error is None and again.new_articles == 1


def test_same_run_twice_leaves_the_same_rows(conn, http_server, tmp_path):
    result, case = run_case(conn, http_server, tmp_path, "/ok.xml", lambda h: Reply(200, feed_body()))
    snapshot = lambda: (q(conn, "SELECT feed_id, run_id, http_status, new_entries, error FROM fetch_log ORDER BY feed_id"),
                        q(conn, "SELECT feed_id, entry_key FROM articles ORDER BY id"))
    before = snapshot()
    again = ingest_batch(conn, [1, 2], "run-1", policy=POLICY)
    assert again.feeds_skipped == 2 and again.new_articles == 0
    assert snapshot() == before
    assert again.to_dict()["feeds_skipped"] == 2
