"""save_extraction: one transaction per article, idempotent, offsets into the original text."""
from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

from newsflow.nlp.records import (
    Event, EventActor, EventDate, EventPlace, Extraction, Mention, ModelInfo, Quantity, Replacement,
)
from newsflow.store import nlp as store

TEXT = "Gipfel in Bern\n\nDie Bundesrätin Anna Keller traf in Bern den Minister. 45'000 Personen demonstrierten."


def _article(db, text: str = TEXT, key: str = "a1") -> int:
    with db.cursor() as cur:
        cur.execute(
            "INSERT INTO feeds (url, name, country) VALUES ('http://x.test/feed', 'Test', 'ch') "
            "ON CONFLICT (url) DO UPDATE SET name = EXCLUDED.name RETURNING id"
        )
        (feed_id,) = cur.fetchone()
        cur.execute(
            "INSERT INTO articles (feed_id, source, country, entry_key, content_hash, title, text, fetched_at) "
            "VALUES (%s, 'Test', 'ch', %s, 'h', 'Gipfel in Bern', %s, now()) RETURNING id",
            (feed_id, key, text),
        )
        (article_id,) = cur.fetchone()
    db.commit()
    return article_id


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _extraction(text: str = TEXT) -> Extraction:
    keller = Mention("Anna Keller", "PER", *_span(text, "Anna Keller"), "Anna Keller")
    bern_first = Mention("Bern", "LOC", *_span(text, "Bern"), "Bern")
    s, e = _span(text, "45'000 Personen")
    count = Quantity("45'000 Personen", Decimal("45000"), "Personen", s, e)
    ts, te = _span(text, "demonstrierten")
    sentence_start = text.index("45'000")
    protest = Event(
        type="protest", cameo="14", trigger="demonstrierten", trigger_start=ts, trigger_end=te,
        start=sentence_start, end=len(text),
        actors=(EventActor("actor1", "Anna Keller", "Anna Keller", "PER", keller.start, keller.end),),
        place=EventPlace("Bern", "Bern", bern_first.start, bern_first.end),
        date=EventDate(date(2026, 11, 24), "day", "Bern", bern_first.start, bern_first.end),
        count=count, confidence=0.7,
    )
    repl = Replacement(s, s + 6, "45'000", "45.000", "number")
    return Extraction(
        text=text, normalized=text.replace("45'000", "45.000"), entities=(keller, bern_first),
        quantities=(count,), events=(protest,), replacements=(repl,), model=ModelInfo("test_model", "1.2.3"),
        lexicon_version="lex-1",
    )


def _counts(db) -> dict[str, int]:
    out = {}
    with db.cursor() as cur:
        for table in ("entities", "entity_mentions", "quantities", "events", "event_participants",
                      "normalization_replacements"):
            cur.execute(f"SELECT count(*) FROM {table}")
            out[table] = cur.fetchone()[0]
    return out


def test_saved_offsets_slice_the_original_text(db):
    article_id = _article(db)
    store.save_extraction(db, article_id, _extraction())
    with db.cursor() as cur:
        cur.execute(
            "SELECT m.start_offset, m.end_offset, m.surface, e.canonical, m.model_name, m.model_version, a.text "
            "FROM entity_mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id"
        )
        rows = cur.fetchall()
        assert len(rows) == 2
        for start, end, surface, canonical, model_name, model_version, text in rows:
            assert text[start:end] == surface
            assert (model_name, model_version) == ("test_model", "1.2.3")
        cur.execute("SELECT nlp_status, normalized_text FROM articles WHERE id = %s", (article_id,))
        status, normalized = cur.fetchone()
    assert status == "done"
    assert "45.000" in normalized


def test_saving_twice_leaves_the_same_rows(db):
    article_id = _article(db)
    store.save_extraction(db, article_id, _extraction())
    first = _counts(db)
    store.save_extraction(db, article_id, _extraction())
    assert _counts(db) == first
    assert first == {"entities": 2, "entity_mentions": 2, "quantities": 1, "events": 1,
                     "event_participants": 1, "normalization_replacements": 1}


def test_event_is_stored_with_participants_place_date_and_count(db):
    article_id = _article(db)
    store.save_extraction(db, article_id, _extraction())
    with db.cursor() as cur:
        cur.execute(
            "SELECT ev.event_type, ev.cameo_code, ev.count_value, ev.event_date, ev.date_precision, "
            "pl.canonical, ev.place_source, p.role, en.canonical, ev.lexicon_version "
            "FROM events ev JOIN event_participants p ON p.event_id = ev.id "
            "JOIN entities en ON en.id = p.entity_id JOIN entities pl ON pl.id = ev.place_entity_id"
        )
        row = cur.fetchone()
    assert row == ("protest", "14", Decimal("45000"), date(2026, 11, 24), "day", "Bern", "clause", "actor1",
                   "Anna Keller", "lex-1")


def test_a_dateline_place_is_stored_as_such(db):
    article_id = _article(db)
    x = _extraction()
    ev = x.events[0]
    moved = Event(**{**ev.__dict__, "place": EventPlace(**{**ev.place.__dict__, "source": "dateline"})})
    store.save_extraction(db, article_id, Extraction(**{**x.__dict__, "events": (moved,)}))
    with db.cursor() as cur:
        cur.execute("SELECT place_source FROM events WHERE article_id = %s", (article_id,))
        assert cur.fetchall() == [("dateline",)]
        cur.execute("SELECT place, place_source FROM analytics.event_timeline WHERE article_id = %s", (article_id,))
        assert cur.fetchall() == [("Bern", "dateline")]


def test_a_failing_load_leaves_nothing_behind(db):
    article_id = _article(db)
    bad = _extraction()
    # An actor whose entity label violates the schema makes the event insert fail mid-transaction.
    broken_actor = EventActor("actor1", "X", "X", "NOPE", 0, 1)
    bad = Extraction(**{**bad.__dict__, "events": (Event(**{**bad.events[0].__dict__, "actors": (broken_actor,)}),)})
    with pytest.raises(Exception):
        store.save_extraction(db, article_id, bad)
    assert _counts(db) == {k: 0 for k in _counts(db)}
    with db.cursor() as cur:
        cur.execute("SELECT nlp_status FROM articles WHERE id = %s", (article_id,))
        assert cur.fetchone()[0] == "pending"


def test_aliases_accumulate_on_the_canonical_entity(db):
    text = "Merkels Rede. Merkel sprach."
    article_id = _article(db, text)
    x = Extraction(text=text, normalized=text, entities=(
        Mention("Merkels", "PER", 0, 7, "Merkel"), Mention("Merkel", "PER", 14, 20, "Merkel"),
    ), model=ModelInfo("m", "1"))
    store.save_extraction(db, article_id, x)
    with db.cursor() as cur:
        cur.execute("SELECT canonical, aliases FROM entities")
        assert cur.fetchall() == [("Merkel", ["Merkels"])]


def test_pending_articles_stream_in_batches_and_requeue_backfills(db):
    ids = [_article(db, f"Text {i}", key=f"k{i}") for i in range(5)]
    assert [a.id for a in store.pending_articles(db, batch_size=2)] == ids
    assert [a.id for a in store.pending_articles(db, batch_size=2, limit=3)] == ids[:3]
    for article_id in ids:
        store.save_extraction(db, article_id, Extraction(text="t", normalized="t"))
    assert list(store.pending_articles(db)) == []
    assert store.requeue_since(db, datetime(2000, 1, 1, tzinfo=timezone.utc)) == 5
    assert store.backlog(db) == 5


def test_the_anchor_day_is_the_central_european_publication_day_or_the_fetch_day(db):
    late, undated = _article(db, "Heute Abend.", key="late"), _article(db, "Ohne Datum.", key="undated")
    with db.cursor() as cur:
        # 00:30 in Zurich on 27 November is still 26 November in UTC
        cur.execute("UPDATE articles SET published_at = '2026-11-26 23:30+00' WHERE id = %s", (late,))
        cur.execute("UPDATE articles SET published_at = NULL, fetched_at = '2026-11-20 10:00+00' WHERE id = %s",
                    (undated,))
    db.commit()
    days = {a.id: a.published for a in store.pending_articles(db)}
    assert days[late] == date(2026, 11, 27) and days[undated] == date(2026, 11, 20)


def test_a_retried_backfill_does_not_requeue_what_it_already_redid(db):
    ids = [_article(db, f"Text {i}", key=f"r{i}") for i in range(4)]
    for article_id in ids:
        store.save_extraction(db, article_id, Extraction(text="t", normalized="t"))
    with db.cursor() as cur:
        cur.execute("SELECT now()")
        (backfill_started,) = cur.fetchone()
    db.commit()
    since = datetime(2000, 1, 1, tzinfo=timezone.utc)
    assert store.requeue_since(db, since, processed_before=backfill_started) == 4
    for article_id in ids[:2]:  # the first try redid two articles, then died
        store.save_extraction(db, article_id, Extraction(text="t", normalized="t"))
    assert store.requeue_since(db, since, processed_before=backfill_started) == 0
    assert [a.id for a in store.pending_articles(db)] == ids[2:]
