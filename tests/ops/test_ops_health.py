"""Data-quality checks: each fires on the situation it describes, with a readable message."""
from __future__ import annotations

from datetime import timedelta

import pytest
from opskit import NOW

from newsflow.ops.health import HealthError, assert_healthy, check_health


def checks(problems, severity=None):
    return sorted({p.check for p in problems if severity is None or p.severity == severity})


def test_seeded_database_has_no_errors(seeded):
    assert checks(check_health(seeded, NOW), "error") == []


def test_no_articles_for_hours_is_an_error_naming_the_gap(seeded):
    later = NOW + timedelta(hours=8)
    with seeded.cursor() as cur:
        cur.execute("SELECT max(fetched_at) FROM articles")
        gap = (later - cur.fetchone()[0]).total_seconds() / 3600
    stale = [p for p in check_health(seeded, later) if p.check == "no_new_articles"]
    assert len(stale) == 1 and stale[0].severity == "error"
    assert f"for {gap:.1f} h" in stale[0].message and "limit 6 h" in stale[0].message
    assert "no_new_articles" not in checks(check_health(seeded, later, stale_hours=gap + 0.5))


def test_a_single_silent_feed_is_a_warning(seeded):
    with seeded.cursor() as cur:
        cur.execute("DELETE FROM articles WHERE source = 'Berner Landbote' AND fetched_at > %s",
                    (NOW - timedelta(hours=7),))
    seeded.commit()
    problems = check_health(seeded, NOW)
    stale = [p for p in problems if p.check == "stale_feed"]
    assert {p.severity for p in stale} == {"warning"}
    assert any("'Berner Landbote' (ch) stored no article for more than 6 h" in p.message for p in stale)
    assert "no_new_articles" not in checks(problems)


def test_backlog_over_the_limit_is_an_error(seeded):
    with seeded.cursor() as cur:
        cur.execute("SELECT count(*) FROM articles WHERE nlp_status = 'pending'")
        pending = cur.fetchone()[0]
    assert "nlp_backlog" not in checks(check_health(seeded, NOW, backlog_limit=pending))
    problems = check_health(seeded, NOW, backlog_limit=pending - 1)
    assert "nlp_backlog" in checks(problems, "error")
    assert f"{pending} articles wait" in next(p.message for p in problems if p.check == "nlp_backlog")


def test_many_articles_without_entities_is_an_error(seeded):
    assert "zero_entities" not in checks(check_health(seeded, NOW))
    with seeded.cursor() as cur:
        cur.execute("DELETE FROM entity_mentions WHERE article_id IN "
                    "(SELECT id FROM articles WHERE processed_at >= %s AND id %% 3 <> 0)", (NOW - timedelta(hours=24),))
    seeded.commit()
    problems = check_health(seeded, NOW)
    assert "zero_entities" in checks(problems, "error")
    assert check_health(seeded, NOW, zero_entity_share=0.9) == [p for p in problems if p.check != "zero_entities"]


def test_failing_and_disabled_feeds_are_warnings(seeded):
    with seeded.cursor() as cur:
        cur.execute("UPDATE feeds SET consecutive_errors = 4 WHERE name = 'Alpenpost'")
        cur.execute("UPDATE feeds SET disabled = true, disabled_reason = 'HTTP 410 Gone' WHERE name = 'Alpenpost' "
                    "OR name = 'Donau-Kurier' AND false")
    seeded.commit()
    problems = [p for p in check_health(seeded, NOW) if p.check.startswith("feed_")]
    assert [(p.check, p.severity) for p in problems] == [("feed_disabled", "warning")]
    assert "HTTP 410 Gone" in problems[0].message
    with seeded.cursor() as cur:
        cur.execute("UPDATE feeds SET disabled = false WHERE name = 'Alpenpost'")
    seeded.commit()
    failing = [p for p in check_health(seeded, NOW) if p.check == "feed_failing"]
    assert len(failing) == 1 and "4 times in a row" in failing[0].message and "503" in failing[0].message


def test_assert_healthy_raises_with_every_problem(ops_db):
    with pytest.raises(HealthError) as raised:
        assert_healthy(ops_db, NOW)
    assert "ERROR   no_new_articles: no new article from any feed ever" in str(raised.value)


def test_checks_leave_an_idle_connection_idle_and_a_callers_transaction_alone(ops_db):
    from psycopg2.extensions import TRANSACTION_STATUS_IDLE, TRANSACTION_STATUS_INTRANS

    check_health(ops_db, NOW)
    assert ops_db.get_transaction_status() == TRANSACTION_STATUS_IDLE
    with ops_db.cursor() as cur:
        cur.execute("INSERT INTO feeds (url, name, country) VALUES ('http://x.invalid/f', 'X', 'de')")
    check_health(ops_db, NOW)
    assert ops_db.get_transaction_status() == TRANSACTION_STATUS_INTRANS
    with ops_db.cursor() as cur:
        cur.execute("SELECT count(*) FROM feeds")
        assert cur.fetchone()[0] == 1
