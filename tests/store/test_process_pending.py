"""process_pending end to end on the real NLP: hostile text is data, over-long text fails alone."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest
import synth

from newsflow.nlp.records import Extraction, Mention, ModelInfo
from newsflow.store import bulk

INJECTION = "'); DROP TABLE articles; --"
MARKUP = "<script>alert('x')</script><img src=x onerror=alert(1)>"
TITLE = f"Robert{INJECTION} {MARKUP}"
TEXT = (f"{TITLE}\n\nAnna Keller sagte in Bern: \"{INJECTION}\" und {MARKUP} seien keine Gefahr. "
        "Rund 4'500 Menschen demonstrierten in Zürich; %s %(x)s \\x00 $$ ; COMMIT; E'\\\\'")


@pytest.fixture(scope="module")
def pipeline_ok():
    try:
        from newsflow.nlp.pipeline import extract

        extract("Anna Keller besuchte Bern.")
    except Exception as exc:  # the NLP stages are being built by other engineers
        pytest.skip(f"the NLP pipeline does not run yet: {type(exc).__name__}: {exc}")


def _tables(db) -> set[str]:
    with db.cursor() as cur:
        cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        return {row[0] for row in cur.fetchall()}


def test_injection_and_markup_are_stored_verbatim_through_process_pending(db, pipeline_ok):
    from newsflow.jobs.nlp import process_pending

    before = _tables(db)
    (article_id,) = synth.store_articles(db, [replace(synth.article(0), title=TITLE, text=TEXT, country="ch")])
    result = process_pending(db)
    assert (result.articles, result.failed) == (1, 0)
    assert _tables(db) == before
    with db.cursor() as cur:
        cur.execute("SELECT title, text, nlp_status, normalized_text FROM articles WHERE id = %s", (article_id,))
        title, text, status, normalized = cur.fetchone()
        cur.execute("SELECT start_offset, end_offset, surface FROM entity_mentions WHERE article_id = %s "
                    "UNION ALL SELECT start_offset, end_offset, surface FROM quantities WHERE article_id = %s "
                    "UNION ALL SELECT start_offset, end_offset, original FROM normalization_replacements "
                    "WHERE article_id = %s", (article_id,) * 3)
        spans = cur.fetchall()
    assert (title, text, status) == (TITLE, TEXT, "done")
    assert INJECTION in normalized  # not markup: the normalizer must keep it as it is
    assert spans and all(text[s:e] == surface for s, e, surface in spans)


def test_injection_in_entity_names_and_model_fields_is_data(db):
    (article_id,) = synth.store_articles(db, [replace(synth.article(1), text=TEXT)])
    start = TEXT.index(INJECTION)
    hostile = Mention(INJECTION, "ORG", start, start + len(INJECTION), f"{INJECTION}{MARKUP}")
    x = Extraction(text=TEXT, normalized=TEXT, entities=(hostile,), model=ModelInfo(MARKUP, INJECTION))
    assert bulk.save_batch(db, [(article_id, x)]).loaded == (article_id,)
    with db.cursor() as cur:
        cur.execute("SELECT m.surface, e.canonical, m.model_name, m.model_version FROM entity_mentions m "
                    "JOIN entities e ON e.id = m.entity_id")
        assert cur.fetchall() == [(INJECTION, f"{INJECTION}{MARKUP}", MARKUP, INJECTION)]
        cur.execute("SELECT count(*) FROM articles")
        assert cur.fetchone()[0] == 1


def test_an_over_long_article_fails_alone_and_the_queue_goes_on(db, pipeline_ok):
    from newsflow.jobs.nlp import process_pending
    from newsflow.nlp.model import load_pipeline

    limit = load_pipeline().max_length
    arts = list(synth.articles(3))
    arts[1] = replace(arts[1], text="Anna Keller in Bern. " * (limit // 21 + 1))
    ids = synth.store_articles(db, arts)
    result = process_pending(db)
    assert (result.articles, result.failed) == (2, 1)
    with db.cursor() as cur:
        cur.execute("SELECT id, nlp_status, nlp_error FROM articles ORDER BY id")
        rows = cur.fetchall()
    assert [(i, s) for i, s, _ in rows] == [(ids[0], "done"), (ids[1], "failed"), (ids[2], "done")]
    assert "exceeds the NLP limit" in rows[1][2]


def _results(db) -> list[tuple]:
    with db.cursor() as cur:
        cur.execute("SELECT m.article_id, m.start_offset, m.end_offset, m.label, e.canonical FROM entity_mentions m "
                    "JOIN entities e ON e.id = m.entity_id ORDER BY 1, 2, 3, 4")
        mentions = cur.fetchall()
        cur.execute("SELECT article_id, start_offset, value, unit FROM quantities ORDER BY 1, 2")
        quantities = cur.fetchall()
        cur.execute("SELECT article_id, trigger_start, event_type, event_date FROM events ORDER BY 1, 2, 3")
        events = cur.fetchall()
    return [mentions, quantities, events]


def test_worker_processes_load_the_same_results_as_one_process(db, pipeline_ok):
    from newsflow.jobs.nlp import process_pending
    from newsflow.store import nlp as store

    synth.store_articles(db, list(synth.articles(12)))
    one = process_pending(db, batch_size=4)
    in_one = _results(db)
    assert store.requeue_since(db, datetime(2000, 1, 1, tzinfo=timezone.utc), None) == 12
    two = process_pending(db, batch_size=4, processes=2)
    assert (one.articles, two.articles, two.failed) == (12, 12, 0)
    assert in_one[0] and in_one[2]  # the comparison below is about real results
    assert _results(db) == in_one


def _processes_in_a_daemon(queue) -> None:
    from newsflow.nlp.pipeline import usable_processes

    queue.put(usable_processes(2))


def test_a_daemonic_worker_runs_the_nlp_in_process_instead_of_failing():
    import multiprocessing

    from newsflow.nlp.pipeline import usable_processes

    queue = multiprocessing.get_context("fork").Queue()
    child = multiprocessing.get_context("fork").Process(target=_processes_in_a_daemon, args=(queue,), daemon=True)
    child.start()
    child.join(30)
    assert queue.get(timeout=5) == 1  # Celery's prefork workers are daemonic: no grandchildren allowed
    assert usable_processes(2) == 2 and usable_processes(None) == 1
