from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def airflow_db():
    """A migrated, empty Airflow metadata DB (SQLite under the tests' AIRFLOW_HOME)."""
    from airflow.utils.db import resetdb

    resetdb(skip_init=False)
    from airflow.models import Pool
    from airflow.utils.session import create_session

    with create_session() as session:
        if session.query(Pool).filter(Pool.pool == "feed_fetch").first() is None:
            session.add(Pool(pool="feed_fetch", slots=4, description="feed fetch batches", include_deferred=False))
    return True
