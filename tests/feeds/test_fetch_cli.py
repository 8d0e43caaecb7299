"""``newsflow fetch``: fetch and parse without storing."""
from __future__ import annotations

import json

from feeds_testkit import Reply, rss

from newsflow.feeds import cli_fetch

DOC = rss([{"guid": "1", "title": "Lawinengefahr im Wallis steigt"}, {"guid": "2", "title": "Neuer Tunnel eröffnet"}])


def test_fetch_prints_one_json_object_per_feed(http_server, capsys, monkeypatch):
    monkeypatch.delenv("NEWSFLOW_ALLOW_PRIVATE_FEEDS", raising=False)
    http_server.routes["/a.xml"] = lambda h: Reply(301, b"", {"Location": "/b.xml"})
    http_server.routes["/b.xml"] = lambda h: Reply(200, DOC.encode(), {"Content-Type": "application/rss+xml"})
    status = cli_fetch.main([http_server.url("/a.xml"), http_server.url("/missing.xml"), "--json", "--allow-private"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 1
    assert lines[0]["final_url"] == http_server.url("/b.xml") and lines[0]["http_status"] == 200
    assert lines[0]["entries"] == 2 and lines[0]["error"] is None
    assert [item["title"] for item in lines[0]["items"]] == ["Lawinengefahr im Wallis steigt", "Neuer Tunnel eröffnet"]
    assert lines[1]["items"] == []
    assert lines[1]["http_status"] == 404 and lines[1]["error"].startswith("HTTP 404")


def test_fetch_takes_a_named_loopback_address_unless_denied(http_server, capsys, monkeypatch):
    monkeypatch.delenv("NEWSFLOW_ALLOW_PRIVATE_FEEDS", raising=False)
    http_server.routes["/a.xml"] = lambda h: Reply(200, DOC.encode())
    # the operator named the address: fetched, as by --allow-private (still accepted)
    for extra in ([], ["--allow-private"]):
        assert cli_fetch.main([http_server.url("/a.xml"), *extra]) == 0
        out = capsys.readouterr().out
        assert "2 entries (rss20)" in out and "Lawinengefahr im Wallis steigt" in out
    # --deny-private checks it as news_ingest would, without allow_private: refused before any request
    seen = len(http_server.seen("/a.xml"))
    assert cli_fetch.main([http_server.url("/a.xml"), "--deny-private"]) == 1
    assert "private/loopback" in capsys.readouterr().out and len(http_server.seen("/a.xml")) == seen
    monkeypatch.setenv("NEWSFLOW_ALLOW_PRIVATE_FEEDS", "1")
    assert cli_fetch.main([http_server.url("/a.xml"), "--deny-private"]) == 0  # the environment allows it


def test_user_agent_is_honest(http_server, capsys):
    http_server.routes["/a.xml"] = lambda h: Reply(200, DOC.encode())
    cli_fetch.main([http_server.url("/a.xml"), "--allow-private", "--json"])
    ua = http_server.seen("/a.xml")[0]["user-agent"]
    assert ua.startswith("newsflow/") and "feed reader" in ua


def test_fetch_json_shows_what_would_be_stored(http_server, capsys):
    doc = rss([
        {"title": "Nationalrat beschliesst Budget", "link": "https://example.org/a.html?utm_source=rss&amp;id=3",
         "description": "Der Nationalrat hat am Mittwoch das Budget für das kommende Jahr beschlossen."},
        {"title": "Nationalrat beschliesst Budget", "link": "https://example.org/a.html?utm_source=rss&amp;id=3",
         "description": "Der Nationalrat hat am Mittwoch das Budget für das kommende Jahr beschlossen."},
        {"guid": "en-1", "title": "Parliament passes the budget",
         "description": "The lower house passed next year's budget on Wednesday after a long debate."},
    ])
    http_server.routes["/a.xml"] = lambda h: Reply(200, doc.encode())
    assert cli_fetch.main([http_server.url("/a.xml"), "--json", "--allow-private"]) == 0
    (report,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert report["entries"] == 3 and report["repeats"] == 1
    first, _, english = report["items"]
    assert first["canonical_link"] == "https://example.org/a.html?id=3"
    assert first["entry_key"] == "link:https://example.org/a.html?id=3"
    assert first["text"].startswith("Nationalrat beschliesst Budget\n\nDer Nationalrat")
    assert (first["language"], english["language"]) == ("de", "en")
    assert cli_fetch.main([http_server.url("/a.xml"), "--allow-private"]) == 0
    assert "3 entries (rss20), 1 repeating an earlier entry" in capsys.readouterr().out
