"""Fixtures of the fault tests (helpers live in durakit.py)."""
from __future__ import annotations

import pytest
from durakit import ThrowawayPostgres


@pytest.fixture(scope="module")
def throwaway_pg():
    """A private PostgreSQL server this module may stop and start (never the shared one)."""
    reason = ThrowawayPostgres.missing()
    if reason:
        pytest.skip(reason)
    server = ThrowawayPostgres()
    try:
        server.init()
        server.start()
        yield server
    finally:
        server.destroy()


@pytest.fixture
def throwaway_db(throwaway_pg):
    """URL of a fresh, migrated database on the throw-away server."""
    from newsflow.store.migrate import migrate

    url = throwaway_pg.create_database()
    migrate(url)
    return url
