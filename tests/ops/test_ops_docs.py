"""The ten example questions of the README's analyst section answer something on the seeded database,
asked as a login holding newsflow_analyst, exactly as an analyst would."""
from __future__ import annotations

import psycopg2
import pytest
from opskit import docs_queries, with_user

QUESTIONS = docs_queries()


def test_the_docs_have_ten_questions():
    assert len(QUESTIONS) == 10


@pytest.fixture(scope="module")
def analyst(seeded_once, pg_url):
    import uuid

    name = f"nf_test_docs_{uuid.uuid4().hex[:8]}"
    with seeded_once.cursor() as cur:
        cur.execute(f'CREATE ROLE "{name}" LOGIN IN ROLE newsflow_analyst')
    seeded_once.commit()
    conn = psycopg2.connect(with_user(pg_url, name))
    yield conn
    conn.close()
    with seeded_once.cursor() as cur:
        cur.execute(f'DROP ROLE "{name}"')
    seeded_once.commit()


@pytest.mark.parametrize("question,sql", QUESTIONS, ids=[f"q{n}" for n in range(1, len(QUESTIONS) + 1)])
def test_question_is_answered(analyst, question, sql):
    with analyst.cursor() as cur:
        cur.execute(sql)
        rows = cur.fetchall()
    analyst.rollback()
    assert rows, f"no answer on the seeded database to: {question}"
