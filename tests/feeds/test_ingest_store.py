"""Parse -> dedupe -> store on tricky input, through the real ingest job and database."""
from __future__ import annotations

from feeds_testkit import Reply, rss, sitemap_index, urlset, write_feeds

from newsflow.feeds.fetch import FetchPolicy
from newsflow.jobs.ingest import ingest_batch, plan_batches, sync_feeds

POLICY = FetchPolicy(total_timeout=5)
GERMAN = "Der Stadtrat von Graz hat am Montag beschlossen, die Straßenbahnlinie bis zum Bahnhof zu verlängern."


def serve(http_server, tmp_path, conn, docs: dict[str, bytes], names=None):
    feeds = []
    for i, (path, body) in enumerate(docs.items()):
        http_server.routes[path] = lambda h, body=body: Reply(200, body, {"Content-Type": "application/rss+xml"})
        feeds.append({"name": (names or {}).get(path, f"Outlet {i}"), "url": http_server.url(path),
                      "country": "at", "allow_private": True})
    sync_feeds(conn, write_feeds(tmp_path / "feeds.yaml", feeds))
    (batch,) = plan_batches(conn)
    return ingest_batch(conn, batch, "run-1", policy=POLICY)


def rows(conn, sql):
    with conn.cursor() as cur:
        cur.execute(sql)
        return cur.fetchall()


def test_missing_dates_duplicate_guids_html_and_tracking_links(conn, http_server, tmp_path):
    doc = rss([
        {"guid": "a-1", "title": "Ohne Datum", "description": GERMAN, "link": "https://Example.AT/a1?utm_source=rss#top"},
        {"guid": "a-1", "title": "Gleiche GUID, zweites Mal", "description": GERMAN + " Nachtrag."},
        {"guid": "a-2", "title": "Mit HTML", "link": "https://example.at/a2",
         "description": "&lt;p&gt;Die &lt;b&gt;Landesregierung&lt;/b&gt; in Linz tagte am Dienstag.&lt;/p&gt;",
         "pubDate": "Tue, 03 Nov 2026 09:30:00 +0100"},
    ]).encode()
    result = serve(http_server, tmp_path, conn, {"/a.xml": doc})
    assert (result.new_articles, result.duplicates) == (2, 1)
    stored = rows(conn, "SELECT guid, link, canonical_link, published_at, summary, text, entry_key FROM articles ORDER BY id")
    (g1, link1, canon1, pub1, _, text1, key1), (g2, _, canon2, pub2, summary2, text2, _) = stored
    assert (g1, pub1, key1) == ("a-1", None, "guid:a-1")
    assert link1 == "https://Example.AT/a1?utm_source=rss#top" and canon1 == "https://example.at/a1"
    assert text1 == "Ohne Datum\n\n" + GERMAN
    assert summary2 == "<p>Die <b>Landesregierung</b> in Linz tagte am Dienstag.</p>"  # as received
    assert text2 == "Mit HTML\n\n" + summary2
    assert pub2.isoformat() == "2026-11-03T08:30:00+00:00"


def test_same_link_in_another_feed_is_a_duplicate_and_rerun_adds_nothing(conn, http_server, tmp_path):
    first = rss([{"guid": "x-1", "title": "Original", "description": GERMAN, "link": "https://example.at/story?id=7"}])
    second = rss([{"guid": "other-guid", "title": "Kopie", "description": GERMAN,
                   "link": "https://EXAMPLE.at/story?utm_medium=feed&id=7&fbclid=abc"}])
    result = serve(http_server, tmp_path, conn, {"/one.xml": first.encode(), "/two.xml": second.encode()})
    assert (result.new_articles, result.duplicates) == (1, 1)
    again = ingest_batch(conn, [1, 2], "run-2", policy=POLICY)
    assert again.new_articles == 0 and again.duplicates == 2
    assert rows(conn, "SELECT count(*) FROM articles") == [(1,)]


def test_entries_without_guid_or_link_are_keyed_by_content(conn, http_server, tmp_path):
    doc = rss([{"title": "Nur Text", "description": GERMAN}, {"title": "Nur Text", "description": GERMAN}])
    result = serve(http_server, tmp_path, conn, {"/c.xml": doc.encode()})
    assert (result.new_articles, result.duplicates) == (1, 1)
    (key,), = rows(conn, "SELECT entry_key FROM articles")
    assert key.startswith("hash:")


def test_non_german_items_are_stored_but_skipped_by_nlp(conn, http_server, tmp_path):
    english = "The city council of Graz decided on Monday to extend the tram line all the way to the main station."
    doc = rss([{"guid": "de", "title": "Straßenbahn", "description": GERMAN},
               {"guid": "en", "title": "Tram line", "description": english}])
    serve(http_server, tmp_path, conn, {"/mixed.xml": doc.encode()})
    got = rows(conn, "SELECT guid, language, nlp_status FROM articles ORDER BY guid")
    assert got == [("de", "de", "pending"), ("en", "en", "skipped")]


def test_wire_story_from_three_outlets_shares_one_story(conn, http_server, tmp_path):
    wire = ("Bern (sda) Der Bundesrat will die Bahninfrastruktur in den kommenden zehn Jahren mit zusätzlichen "
            "2,5 Milliarden Franken ausbauen. Das hat die Landesregierung am Mittwoch in Bern mitgeteilt. "
            "Profitieren sollen vor allem die Strecken zwischen Zürich, Basel und Genf.")
    edited = wire.replace("am Mittwoch", "an ihrer Sitzung vom Mittwoch").replace("vor allem", "insbesondere")
    germanised = wire.replace("Strecken", "Bahnstrecken") + " Die Opposition kritisierte den Plan."
    unrelated = ("Wien (APA) Die Wiener Philharmoniker gehen im Frühjahr auf eine Tournee durch Japan und "
                 "spielen dort insgesamt zwölf Konzerte in fünf Städten vor ausverkauften Sälen.")
    docs = {
        "/nzz.xml": rss([{"guid": "n1", "title": "Bundesrat will Bahn ausbauen", "description": wire}]).encode(),
        "/tagi.xml": rss([{"guid": "t1", "title": "Bundesrat will Bahnnetz ausbauen", "description": edited}]).encode(),
        "/blick.xml": rss([{"guid": "b1", "title": "Milliarden für die Bahn", "description": germanised},
                           {"guid": "b2", "title": "Philharmoniker auf Tournee", "description": unrelated}]).encode(),
    }
    serve(http_server, tmp_path, conn, docs)
    stories = dict(rows(conn, "SELECT guid, story_id FROM articles"))
    assert stories["n1"] == stories["t1"] == stories["b1"]
    assert stories["b2"] != stories["n1"] and stories["b2"] is not None
    # A later run still joins the stored story (signatures are read back from the database).
    later = rss([{"guid": "w1", "title": "Bundesrat will Bahn ausbauen", "description": wire + " (Ergänzt)"}])
    http_server.routes["/watson.xml"] = lambda h: Reply(200, later.encode())
    feeds = [{"name": f"Outlet {i}", "url": http_server.url(p), "country": "ch", "allow_private": True}
             for i, p in enumerate([*docs, "/watson.xml"])]
    sync_feeds(conn, write_feeds(tmp_path / "feeds.yaml", feeds))
    ingest_batch(conn, [4], "run-2", policy=POLICY)
    assert dict(rows(conn, "SELECT guid, story_id FROM articles"))["w1"] == stories["n1"]


def test_full_text_feed_fetches_the_article_page_for_teasers(conn, http_server, tmp_path):
    paragraph = ("Der Gemeinderat von Winterthur hat am Mittwochabend nach einer langen Debatte beschlossen, "
                 "die Sanierung des Hallenbads Geiselweid um zwei Jahre vorzuziehen. ")
    page = ("<html><head><title>Hallenbad</title></head><body><nav>Startseite Region Sport Kultur</nav>"
            f"<article><h1>Hallenbad wird früher saniert</h1><p>{paragraph * 2}</p><p>{paragraph}</p></article>"
            "<footer>Impressum Datenschutz Kontakt</footer></body></html>").encode()
    http_server.routes["/artikel/1"] = lambda h: Reply(200, page, {"Content-Type": "text/html; charset=utf-8"})
    http_server.routes["/artikel/2"] = lambda h: Reply(404, b"")
    doc = rss([{"guid": "f1", "title": "Hallenbad wird früher saniert", "description": "Kurzer Teaser.",
                "link": http_server.url("/artikel/1")},
               {"guid": "f2", "title": "Seite fehlt", "description": "Nur der Teaser bleibt.",
                "link": http_server.url("/artikel/2")}]).encode()
    http_server.routes["/ft.xml"] = lambda h: Reply(200, doc)
    feeds = [{"name": "Landbote", "url": http_server.url("/ft.xml"), "country": "ch", "allow_private": True,
              "full_text": True}]
    sync_feeds(conn, write_feeds(tmp_path / "feeds.yaml", feeds))
    result = ingest_batch(conn, [1], "run-1", policy=POLICY)
    got = dict((g, (c, src, s, t)) for g, c, src, s, t in
               rows(conn, "SELECT guid, content, content_source, summary, text FROM articles"))
    content, source, summary, text = got["f1"]
    assert source == "page" and summary == "Kurzer Teaser." and "Hallenbads Geiselweid" in content
    assert "Impressum" not in content and text == "Hallenbad wird früher saniert\n\n" + content
    assert got["f2"][1:] == ("feed", "Nur der Teaser bleibt.", "Seite fehlt\n\nNur der Teaser bleibt.")
    assert any("1 of 2 article pages" in w for w in result.feeds[0].warnings)
    # A second run fetches no page again: both entries are known.
    seen = len(http_server.seen("/artikel/1"))
    ingest_batch(conn, [1], "run-2", policy=POLICY)
    assert len(http_server.seen("/artikel/1")) == seen


def test_a_news_sitemap_index_is_ingested_through_its_newest_sitemap(conn, http_server, tmp_path):
    http_server.routes["/day.xml"] = lambda h: Reply(200, urlset((http_server.url("/n/1"), "Föhnsturm im Rheintal"),
                                                                 (http_server.url("/n/2"), "Neue Seilbahn in Arosa")))
    http_server.routes["/index.xml"] = lambda h: Reply(200, sitemap_index((http_server.url("/day.xml"), "2026-11-26")))
    feeds = [{"name": "Ostschweiz", "url": http_server.url("/index.xml"), "country": "ch", "allow_private": True,
              "kind": "news-sitemap"}]
    sync_feeds(conn, write_feeds(tmp_path / "feeds.yaml", feeds))
    result = ingest_batch(conn, [1], "run-1", policy=POLICY)
    assert result.new_articles == 2 and result.feeds[0].error is None
    assert sorted(t for (t,) in rows(conn, "SELECT title FROM articles")) == ["Föhnsturm im Rheintal", "Neue Seilbahn in Arosa"]


def test_a_json_feed_is_ingested_like_rss(conn, http_server, tmp_path):
    import json

    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Seeblatt", "items": [
        {"id": "j1", "url": "https://seeblatt.example/a", "title": "Fähre fährt wieder", "content_text": GERMAN,
         "date_published": "2026-11-03T09:30:00+01:00"}]}, ensure_ascii=False).encode()
    http_server.routes["/feed.json"] = lambda h: Reply(200, body, {"Content-Type": "application/feed+json"})
    sync_feeds(conn, write_feeds(tmp_path / "feeds.yaml", [
        {"name": "Seeblatt", "url": http_server.url("/feed.json"), "country": "at", "allow_private": True}]))
    result = ingest_batch(conn, [1], "run-1", policy=POLICY)
    assert result.new_articles == 1 and result.feeds[0].error is None
    [(guid, text, published)] = rows(conn, "SELECT guid, text, published_at FROM articles")
    assert guid == "j1" and text == "Fähre fährt wieder\n\n" + GERMAN
    assert published.isoformat() == "2026-11-03T08:30:00+00:00"
