"""Fixtures for the feeds tests: the shared test database and a scriptable HTTP server on 127.0.0.1."""
from __future__ import annotations

import pytest


@pytest.fixture
def conn(db):
    """A connection to the session's test database (tests/conftest.py), emptied before the test."""
    return db


@pytest.fixture
def http_server():
    from feeds_testkit import FeedHTTPServer

    with FeedHTTPServer() as server:
        yield server
