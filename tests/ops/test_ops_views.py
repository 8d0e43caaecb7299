"""The analytics views on a small hand-made database whose answers can be worked out by hand."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from newsflow.ops.health import refresh_views

UTC = timezone.utc
DAY = date(2026, 1, 14)
NOON = datetime(2026, 1, 14, 11, 0, tzinfo=UTC)  # 12:00 in Berlin, Vienna and Zurich (winter time)


def one(cur, sql, params=()):
    cur.execute(sql, params)
    return cur.fetchone()


def feed(cur, name, country):
    return one(cur, "INSERT INTO feeds (url, name, country) VALUES (%s, %s, %s) RETURNING id",
               (f"http://{country}.invalid/{name}", name, country))[0]


def story(cur, published):
    # The clustering migration may add a stories table that articles.story_id references.
    if one(cur, "SELECT to_regclass('public.stories') IS NOT NULL")[0]:
        return one(cur, "INSERT INTO stories (first_seen_at, title) VALUES (%s, 'x') RETURNING id", (published,))[0]
    return 9001


def article(cur, feed_id, key, published, *, story_id=None, fetched=None, status="done"):
    source, country = one(cur, "SELECT name, country FROM feeds WHERE id = %s", (feed_id,))
    return one(cur, """
        INSERT INTO articles (feed_id, source, country, entry_key, content_hash, title, text, published_at,
                              fetched_at, story_id, nlp_status, processed_at)
        VALUES (%s, %s, %s, %s, md5(%s), %s, 'Text', %s, %s, %s, %s, %s) RETURNING id""",
        (feed_id, source, country, key, key, f"Titel {key}", published, fetched or published or NOON,
         story_id, status, fetched or published or NOON))[0]


def entity(cur, name, label):
    return one(cur, "INSERT INTO entities (canonical, label) VALUES (%s, %s) RETURNING id", (name, label))[0]


def mention(cur, article_id, entity_id, start):
    cur.execute("""
        INSERT INTO entity_mentions (article_id, entity_id, label, start_offset, end_offset, surface, model_name,
                                     model_version)
        SELECT %s, id, label, %s, %s + length(canonical), canonical, 'test', '1' FROM entities WHERE id = %s""",
        (article_id, start, start, entity_id))


@pytest.fixture
def world(ops_db):
    """Two outlets, three entities, four articles over two days, one wire story, one event."""
    cur = ops_db.cursor()
    elbe, zueri, alpen = feed(cur, "Elbe-Anzeiger", "de"), feed(cur, "Zürcher Tagblatt", "ch"), feed(cur, "Alpenpost", "at")
    huber, bern, rat = entity(cur, "Lea Huber", "PER"), entity(cur, "Bern", "LOC"), entity(cur, "Bundesrat", "ORG")
    a1 = article(cur, elbe, "a1", NOON)
    a2 = article(cur, zueri, "a2", NOON + timedelta(hours=1))
    a3 = article(cur, elbe, "a3", NOON - timedelta(days=1))
    # 23:30 UTC on the 13th is 00:30 on the 14th in Central Europe: it counts for the 14th.
    a4 = article(cur, zueri, "a4", datetime(2026, 1, 13, 23, 30, tzinfo=UTC))
    for art, ent, start in [(a1, huber, 0), (a1, huber, 20), (a1, bern, 40), (a2, huber, 0), (a2, rat, 20),
                            (a3, bern, 0), (a3, rat, 20), (a4, rat, 0)]:
        mention(cur, art, ent, start)
    sid = story(cur, NOON)
    wire = [article(cur, f, f"w{n}", NOON + timedelta(minutes=m), story_id=sid)
            for n, (f, m) in enumerate([(zueri, 45), (elbe, 0), (alpen, 90)])]
    ev = one(cur, """
        INSERT INTO events (article_id, event_type, cameo_code, trigger, trigger_start, trigger_end, sentence_start,
                            sentence_end, place_entity_id, place_text, count_value, count_unit, confidence,
                            model_name, model_version, lexicon_version)
        VALUES (%s, 'protest', '141', 'demonstrierten', 5, 19, 0, 60, %s, 'Bern', 300, 'Personen', 0.9, 't', '1', '1')
        RETURNING id""", (a2, bern))[0]
    cur.execute("""INSERT INTO event_participants (event_id, role, entity_id, surface, start_offset, end_offset)
                   VALUES (%s, 'actor1', %s, 'Huber', 0, 5), (%s, 'actor2', %s, 'Bundesrat', 20, 29)""",
                (ev, huber, ev, rat))
    ops_db.commit()
    refresh_views(ops_db)
    return {"ids": dict(huber=huber, bern=bern, rat=rat, elbe=elbe, zueri=zueri, alpen=alpen, story=sid,
                        wire=wire, event=ev), "cur": cur}


def test_mentions_per_day_and_source_use_the_central_european_day(world):
    cur, ids = world["cur"], world["ids"]
    cur.execute("SELECT day, source, canonical, mentions, articles FROM analytics.entity_mentions_daily "
                "ORDER BY day, source, canonical")
    assert cur.fetchall() == [
        (DAY - timedelta(days=1), "Elbe-Anzeiger", "Bern", 1, 1),
        (DAY - timedelta(days=1), "Elbe-Anzeiger", "Bundesrat", 1, 1),
        (DAY, "Elbe-Anzeiger", "Bern", 1, 1),
        (DAY, "Elbe-Anzeiger", "Lea Huber", 2, 1),
        (DAY, "Zürcher Tagblatt", "Bundesrat", 2, 2),
        (DAY, "Zürcher Tagblatt", "Lea Huber", 1, 1),
    ]


def test_top_entities_compare_with_the_window_before(world):
    cur = world["cur"]
    start = datetime(2026, 1, 13, 23, 0, tzinfo=UTC)  # midnight of the 14th, Central European time
    cur.execute("SELECT rank, canonical, mentions, articles, previous_mentions, change, change_pct "
                "FROM analytics.top_entities(%s, %s, 10)", (start, start + timedelta(days=1)))
    assert cur.fetchall() == [
        (1, "Lea Huber", 3, 2, 0, 3, None),
        (2, "Bundesrat", 2, 2, 1, 1, 100.0),
        (3, "Bern", 1, 1, 1, 0, 0.0),
    ]
    cur.execute("SELECT canonical, mentions FROM analytics.top_entities(%s, %s, 10, ARRAY['ch'])",
                (start, start + timedelta(days=1)))
    assert cur.fetchall() == [("Bundesrat", 2), ("Lea Huber", 1)]


def test_cooccurrence_counts_articles_naming_both(world):
    cur = world["cur"]
    cur.execute("SELECT day, canonical_a, canonical_b, articles FROM analytics.entity_cooccurrence_daily "
                "ORDER BY day, canonical_a, canonical_b")
    pairs = [(d, *sorted((a, b)), n) for d, a, b, n in cur.fetchall()]
    assert sorted(pairs) == [
        (DAY - timedelta(days=1), "Bern", "Bundesrat", 1),
        (DAY, "Bern", "Lea Huber", 1),
        (DAY, "Bundesrat", "Lea Huber", 1),
    ]


def test_event_timeline_has_actors_place_count_and_falls_back_to_the_publication_day(world):
    cur = world["cur"]
    cur.execute("SELECT day, event_type, actor1, actor2, place, count_value, count_unit, source "
                "FROM analytics.event_timeline")
    assert cur.fetchall() == [(DAY, "protest", ["Lea Huber"], ["Bundesrat"], "Bern", 300, "Personen",
                               "Zürcher Tagblatt")]
    cur.execute("SELECT day, event_type, country, events, counted FROM analytics.events_daily")
    assert cur.fetchall() == [(DAY, "protest", "ch", 1, 300)]


def test_stories_list_outlets_first_seen_and_spread(world):
    cur, ids = world["cur"], world["ids"]
    cur.execute("SELECT story_id, articles, outlet_count, outlets, first_seen, first_outlet, spread "
                "FROM analytics.stories")
    assert cur.fetchall() == [(ids["story"], 3, 3, ["Alpenpost", "Elbe-Anzeiger", "Zürcher Tagblatt"], NOON,
                               "Elbe-Anzeiger", timedelta(minutes=90))]
    cur.execute("SELECT position, source, delay FROM analytics.story_articles WHERE story_id = %s ORDER BY 1",
                (ids["story"],))
    assert cur.fetchall() == [(1, "Elbe-Anzeiger", timedelta(0)), (2, "Zürcher Tagblatt", timedelta(minutes=45)),
                              (3, "Alpenpost", timedelta(minutes=90))]


def test_source_health_counts_recent_articles_and_errors(world):
    cur, ids = world["cur"], world["ids"]
    now = one(cur, "SELECT now()")[0]
    article(cur, ids["elbe"], "fresh1", now - timedelta(hours=2), fetched=now - timedelta(hours=1))
    article(cur, ids["elbe"], "fresh2", None, fetched=now - timedelta(hours=3))
    cur.execute("""INSERT INTO fetch_log (feed_id, run_id, started_at, url, http_status, error) VALUES
                   (%s, 'r1', now() - interval '2 hours', 'u', 503, 'HTTPStatusError: 503'),
                   (%s, 'r2', now() - interval '1 hours', 'u', 200, NULL),
                   (%s, 'r0', now() - interval '3 days', 'u', 500, 'old')""", (ids["elbe"],) * 3)
    cur.execute("SELECT source, articles_24h, articles_per_hour, fetches_24h, errors_24h, last_error, last_article_at "
                "FROM analytics.source_health ORDER BY source")
    rows = {r[0]: r[1:] for r in cur.fetchall()}
    assert rows["Elbe-Anzeiger"] == (2, Decimal("0.08"), 2, 1, "HTTPStatusError: 503", now - timedelta(hours=1))
    assert rows["Alpenpost"][:5] == (0, 0, 0, 0, None)


def test_articles_hourly_bins_by_fetch_hour(world):
    cur = world["cur"]
    cur.execute("SELECT hour, sum(articles) FROM analytics.articles_hourly GROUP BY hour ORDER BY hour")
    counts = dict(cur.fetchall())
    assert counts[NOON] == 3                       # a1 (11:00), wire copies at 11:00 and 11:45
    assert counts[NOON + timedelta(hours=1)] == 2  # a2 (12:00), wire copy at 12:30
    assert sum(counts.values()) == 7
