"""Overlapping loads of the same articles: no deadlock, no duplicate, every article complete."""
from __future__ import annotations

import random
import threading

from durakit import assert_all_or_nothing, gold_pairs, synthetic_queue

from newsflow.jobs.nlp import batches
from newsflow.store import bulk
from newsflow.store.db import connect

N = 240


def test_three_loaders_over_the_same_articles_in_different_orders(db, pg_url):
    want = synthetic_queue(db, N)
    pairs = list(gold_pairs(db))
    shuffled = pairs[:]
    random.Random(8).shuffle(shuffled)
    plans = [
        list(batches(pairs, 20)),  # ascending
        list(batches(pairs[::-1], 30)),  # descending: meets the first one in the middle
        list(batches(shuffled, 15)),  # random batches: every lock order a batch could ask for
    ]
    start = threading.Barrier(len(plans))
    reports: list[list] = [[] for _ in plans]
    errors: list[BaseException] = []

    def loader(plan, out):
        conn = connect(pg_url)
        try:
            # Postgres reports a deadlock after deadlock_timeout; keep it short so one would show.
            with conn.cursor() as cur:
                cur.execute("SET deadlock_timeout = '100ms'")
            conn.commit()
            start.wait(30)
            for chunk in plan:
                out.append(bulk.save_batch(conn, chunk))
        except BaseException as exc:
            errors.append(exc)
        finally:
            conn.close()

    threads = [threading.Thread(target=loader, args=(plan, out)) for plan, out in zip(plans, reports)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not any(t.is_alive() for t in threads), "a loader hung"
    assert errors == []
    # A deadlock would have rolled a batch back and shown here as a fall-back to per-article loading.
    flat = [r for out in reports for r in out]
    assert [r for r in flat if r.fell_back or r.failed] == []
    assert all(sum(len(r.loaded) for r in out) == N for out in reports)
    assert assert_all_or_nothing(db, want) == set(want)
