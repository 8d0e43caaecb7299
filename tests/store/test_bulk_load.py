"""store.bulk.save_batch: same rows as the per-article path, idempotent, per-article fall-back."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import synth
from newsflow.jobs.nlp import batches, load_extractions
from newsflow.nlp.records import EventActor, Extraction, Mention, ModelInfo, Quantity, Replacement
from newsflow.store import bulk
from newsflow.store import nlp as store

# Everything a load writes, without the surrogate ids (they differ between two loads).
SNAPSHOT = {
    "entities": "SELECT canonical, label, aliases FROM entities",
    "mentions": "SELECT a.entry_key, e.canonical, m.label, m.start_offset, m.end_offset, m.surface, "
                "m.model_name, m.model_version FROM entity_mentions m JOIN articles a ON a.id = m.article_id "
                "JOIN entities e ON e.id = m.entity_id",
    "quantities": "SELECT a.entry_key, q.value, q.unit, q.qualifier, q.approximate, q.start_offset, "
                  "q.end_offset, q.surface FROM quantities q JOIN articles a ON a.id = q.article_id",
    "events": "SELECT a.entry_key, ev.event_type, ev.cameo_code, ev.trigger, ev.trigger_start, ev.trigger_end, "
              "ev.sentence_start, ev.sentence_end, pl.canonical, ev.place_text, ev.place_source, ev.count_value, ev.confidence, "
              "ev.lexicon_version FROM events ev JOIN articles a ON a.id = ev.article_id "
              "LEFT JOIN entities pl ON pl.id = ev.place_entity_id",
    "participants": "SELECT a.entry_key, ev.trigger_start, p.role, e.canonical, p.surface, p.start_offset "
                    "FROM event_participants p JOIN events ev ON ev.id = p.event_id "
                    "JOIN articles a ON a.id = ev.article_id JOIN entities e ON e.id = p.entity_id",
    "replacements": "SELECT a.entry_key, r.start_offset, r.end_offset, r.original, r.normalized, r.kind "
                    "FROM normalization_replacements r JOIN articles a ON a.id = r.article_id",
    "articles": "SELECT entry_key, nlp_status, normalized_text FROM articles",
}


def snapshot(db) -> dict[str, list]:
    out = {}
    with db.cursor() as cur:
        for name, sql in SNAPSHOT.items():
            cur.execute(sql)
            out[name] = sorted(cur.fetchall(), key=repr)
    db.commit()
    return out


def _clear(db) -> None:
    with db.cursor() as cur:
        cur.execute("TRUNCATE event_participants, events, quantities, entity_mentions, "
                    "normalization_replacements, entities RESTART IDENTITY CASCADE")
        cur.execute("UPDATE articles SET nlp_status = 'pending', normalized_text = NULL")
    db.commit()


def _loaded(db, n: int = 40, start: int = 0):
    arts = list(synth.articles(n, start=start))
    ids = synth.store_articles(db, arts)
    return list(zip(ids, (synth.gold_extraction(a) for a in arts)))


def test_bulk_load_writes_exactly_what_the_per_article_path_writes(db):
    pairs = _loaded(db)
    for article_id, x in pairs:
        store.save_extraction(db, article_id, x)
    per_article = snapshot(db)
    _clear(db)
    report = bulk.save_batch(db, pairs)
    assert report.loaded == tuple(sorted(i for i, _ in pairs)) and not report.fell_back
    assert snapshot(db) == per_article
    assert len(per_article["mentions"]) > 100 and per_article["events"] and per_article["participants"]


def test_loading_a_batch_twice_leaves_the_same_rows(db):
    pairs = _loaded(db, 25)
    bulk.save_batch(db, pairs)
    first = snapshot(db)
    bulk.save_batch(db, pairs[5:] + pairs[:5])
    assert snapshot(db) == first


def test_offsets_slice_the_original_text_and_special_characters_survive_copy(db):
    text = "Zeile\tmit Tab\\Backslash\r\nund \\N Ende: Anna Keller in Zürich, 1'000 Franken."
    (article_id,) = synth.store_articles(db, [replace(synth.article(0), text=text)])
    start = text.index("Anna Keller")
    q_start = text.index("1'000 Franken")
    x = Extraction(
        text=text, normalized=text.replace("1'000", "1000"),
        entities=(Mention("Anna Keller", "PER", start, start + 11, "Anna\tKeller \\N"),),
        quantities=(Quantity("1'000 Franken", Decimal("1000"), None, q_start, q_start + 13),),
        replacements=(Replacement(q_start, q_start + 5, "1'000", "1000", "number"),),
        model=ModelInfo("m\\1", "v\n2"),
    )
    assert bulk.save_batch(db, [(article_id, x)]).loaded == (article_id,)
    with db.cursor() as cur:
        cur.execute("SELECT a.text, m.start_offset, m.end_offset, m.surface, e.canonical, m.model_name, "
                    "m.model_version, q.unit, a.normalized_text FROM entity_mentions m "
                    "JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id "
                    "JOIN quantities q ON q.article_id = a.id")
        stored, s, e, surface, canonical, model_name, model_version, unit, normalized = cur.fetchone()
    assert stored[s:e] == surface == "Anna Keller"
    assert (canonical, model_name, model_version, unit) == ("Anna\tKeller \\N", "m\\1", "v\n2", None)
    assert normalized == x.normalized


def test_one_bad_article_does_not_sink_its_batch(db):
    pairs = _loaded(db, 10)
    bad_id, bad = pairs[4]
    # A label outside the schema's CHECK makes the entity upsert (and so the batch) fail.
    broken = replace(bad, entities=bad.entities + (Mention("X", "NOPE", 0, 1, "X"),))
    pairs[4] = (bad_id, broken)
    report = bulk.save_batch(db, pairs)
    assert report.fell_back
    assert [i for i, _ in report.failed] == [bad_id]
    assert set(report.loaded) == {i for i, _ in pairs} - {bad_id}
    with db.cursor() as cur:
        cur.execute("SELECT count(*) FROM entity_mentions WHERE article_id = %s", (bad_id,))
        assert cur.fetchone()[0] == 0
        cur.execute("SELECT nlp_status, count(*) FROM articles GROUP BY 1")
        assert dict(cur.fetchall()) == {"done": 9, "pending": 1}


def test_a_missing_article_is_reported_and_the_rest_loaded(db):
    pairs = _loaded(db, 3)
    report = bulk.save_batch(db, pairs + [(999_999, pairs[0][1])])
    assert report.fell_back and [i for i, _ in report.failed] == [999_999]
    assert "LookupError" in report.failed[0][1]
    assert len(report.loaded) == 3


def test_duplicates_inside_an_extraction_are_stored_once(db):
    pairs = _loaded(db, 1)
    article_id, x = pairs[0]
    ev = next(e for a in synth.articles(50) for e in synth.gold_extraction(a).events if e.actors)
    x = replace(x, events=(), quantities=(), entities=x.entities + x.entities[:3])
    # Two events on the same trigger and type: one row, the actors of both, each once.
    extra_actor = EventActor("actor2", "Y", "Y", "PER", 0, 1)
    dup = replace(ev, actors=ev.actors + (extra_actor,))
    assert bulk.save_batch(db, [(article_id, replace(x, events=(ev, dup)))]).loaded == (article_id,)
    with db.cursor() as cur:
        cur.execute("SELECT count(*) FROM entity_mentions")
        assert cur.fetchone()[0] == len(x.entities) - 3
        cur.execute("SELECT count(*) FROM events")
        assert cur.fetchone()[0] == 1
        cur.execute("SELECT count(*) FROM event_participants")
        assert cur.fetchone()[0] == len(ev.actors) + 1


def test_load_extractions_commits_per_batch_and_marks_failures(db):
    pairs = _loaded(db, 12)
    pairs[7] = (pairs[7][0], replace(pairs[7][1], entities=(Mention("X", "NOPE", 0, 1, "X"),)))
    seen = []
    result = load_extractions(db, iter(pairs), batch_size=5, on_article=lambda r: seen.append(r.articles))
    assert (result.articles, result.failed) == (11, 1)
    assert seen == list(range(1, 12))
    assert result.entities == sum(len(x.entities) for i, (_, x) in enumerate(pairs) if i != 7)
    with db.cursor() as cur:
        cur.execute("SELECT id, nlp_status, nlp_error FROM articles WHERE nlp_status <> 'done'")
        (failed_id, status, error), = cur.fetchall()
    assert (failed_id, status) == (pairs[7][0], "failed")
    assert "entities_label_check" in error


def test_batches_are_lazy_and_complete():
    consumed = []

    def source():
        for i in range(7):
            consumed.append(i)
            yield i

    stream = batches(source(), 3)
    assert next(stream) == [0, 1, 2] and consumed == [0, 1, 2]
    assert list(stream) == [[3, 4, 5], [6]]


def test_transient_errors_in_the_per_article_fall_back_are_retried(db, monkeypatch):
    import psycopg2.errors

    pairs = _loaded(db, 2)
    save, calls = store.save_extraction, []

    def deadlocks_twice(conn, article_id, x):
        calls.append(article_id)
        if calls.count(article_id) <= 2:
            raise psycopg2.errors.DeadlockDetected("deadlock detected")
        save(conn, article_id, x)

    monkeypatch.setattr(store, "save_extraction", deadlocks_twice)
    broken = [(pairs[0][0], replace(pairs[0][1], entities=(Mention("X", "NOPE", 0, 1, "X"),))), pairs[1]]
    report = bulk.save_batch(db, broken)
    assert report.fell_back
    # The bad article fails for its own reason after its retries; the other one is saved on the 3rd try.
    assert [i for i, _ in report.failed] == [pairs[0][0]] and "entities_label_check" in report.failed[0][1]
    assert report.loaded == (pairs[1][0],)
    assert calls == [pairs[0][0]] * 3 + [pairs[1][0]] * 3
