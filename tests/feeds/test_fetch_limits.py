"""Fetcher behaviour that needs a server but no database: per-host limit, redirect limits."""
from __future__ import annotations

import threading
import time

from feeds_testkit import Reply, rss

from newsflow.feeds.fetch import FetchPolicy, fetch_many, request_for

DOC = rss([{"guid": "1", "title": "Föhnsturm im Rheintal"}]).encode()


def test_per_host_limit_caps_parallel_requests(http_server):
    lock, state = threading.Lock(), {"now": 0, "max": 0}

    def slow(h):
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        time.sleep(0.2)
        with lock:
            state["now"] -= 1
        return Reply(200, DOC)

    for i in range(6):
        http_server.routes[f"/f{i}.xml"] = slow
    started = time.monotonic()
    results = fetch_many([request_for(http_server.url(f"/f{i}.xml"), allow_private=True) for i in range(6)],
                         FetchPolicy(per_host=2, concurrency=10))
    assert all(r.ok for r in results)
    assert state["max"] == 2
    assert time.monotonic() - started >= 0.55  # three rounds of two


def test_redirect_loop_ends_with_an_error(http_server):
    http_server.routes["/a.xml"] = lambda h: Reply(302, b"", {"Location": "/b.xml"})
    http_server.routes["/b.xml"] = lambda h: Reply(302, b"", {"Location": "/a.xml"})
    (res,) = fetch_many([request_for(http_server.url("/a.xml"), allow_private=True)], FetchPolicy(max_redirects=4))
    assert res.error == "more than 4 redirects" and res.error_kind == "redirect"
    assert len(http_server.requests) == 5


def test_redirect_to_another_scheme_is_refused(http_server):
    http_server.routes["/a.xml"] = lambda h: Reply(301, b"", {"Location": "file:///etc/passwd"})
    (res,) = fetch_many([request_for(http_server.url("/a.xml"), allow_private=True)])
    assert res.error_kind == "refused" and "only http/https" in res.error


def test_declared_length_over_the_limit_is_refused_before_reading(http_server):
    http_server.routes["/big.xml"] = lambda h: Reply(200, DOC * 100)
    (res,) = fetch_many([request_for(http_server.url("/big.xml"), allow_private=True)],
                        FetchPolicy(max_body_bytes=1000))
    assert res.error_kind == "too_large" and res.error.startswith("Content-Length")
