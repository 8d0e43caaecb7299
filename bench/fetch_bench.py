"""Fetch throughput: the project's fetch + parse vs a serial feedparser loop, and an all-304 second pass.

500 feeds served on loopback (spread over 25 addresses 127.0.0.2-26, 20 feeds each, so the per-host
limit applies as it would on the real web), every response delayed by 50 ms. The servers run in a
child process so they do not share the client's interpreter lock. All variants run in one run over
the same servers; the printed ratios compare them within this run.

    .venv/bin/python bench/fetch_bench.py [--feeds 500] [--latency 0.05] [--hosts 25]
"""
from __future__ import annotations

import argparse
import multiprocessing
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

import feedparser  # noqa: E402

from newsflow.feeds.fetch import FetchPolicy, fetch_many, request_for  # noqa: E402
from newsflow.feeds.parse import parse_feed  # noqa: E402


def feed_document(n: int, items: int = 20) -> bytes:
    parts = ['<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>',
             f"<title>Bench-Feed {n}</title><link>https://example.org/{n}</link><description>Bench</description>"]
    for i in range(items):
        parts.append(
            f"<item><guid>bench-{n}-{i}</guid><title>Gemeinderat {n} beschliesst Vorlage {i}</title>"
            f"<link>https://example.org/{n}/{i}</link><pubDate>Tue, 03 Nov 2026 08:{i:02d}:00 GMT</pubDate>"
            f"<description>Der Gemeinderat hat am Dienstag die Vorlage {i} mit grosser Mehrheit angenommen. "
            f"Die Kosten belaufen sich auf rund {i * 1000} Franken, teilte die Stadt mit.</description></item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def start_server(host: str, latency: float, docs: dict[str, bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802
            time.sleep(latency)
            body = docs.get(self.path)
            etag = f'"{hash(self.path) & 0xffff:x}"'
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer((host, 0), Handler)
    server.daemon_threads = True
    server.request_queue_size = 128
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def serve_all(hosts: int, latency: float, feeds: int, ports, ready) -> None:
    docs = {f"/feed-{n}.xml": feed_document(n) for n in range(feeds)}
    for h in range(hosts):
        ports[h] = start_server(f"127.0.0.{2 + h}", latency, docs).server_address[1]
    ready.set()
    threading.Event().wait()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--feeds", type=int, default=500)
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--hosts", type=int, default=25)
    args = ap.parse_args()

    ports, ready = multiprocessing.Array("i", args.hosts), multiprocessing.Event()
    child = multiprocessing.Process(target=serve_all, args=(args.hosts, args.latency, args.feeds, ports, ready),
                                    daemon=True)
    child.start()
    ready.wait(60)
    urls = [f"http://127.0.0.{2 + n % args.hosts}:{ports[n % args.hosts]}/feed-{n}.xml" for n in range(args.feeds)]
    policy = FetchPolicy()

    t0 = time.perf_counter()
    serial_entries = sum(len(feedparser.parse(u).entries) for u in urls)
    serial = time.perf_counter() - t0

    t0 = time.perf_counter()
    first = fetch_many([request_for(u, allow_private=True) for u in urls], policy)
    fetch_only = time.perf_counter() - t0
    ours_entries = sum(len(parse_feed(r.body or b"", r.headers).entries) for r in first)
    ours = time.perf_counter() - t0

    t0 = time.perf_counter()
    second = fetch_many([request_for(u, True, r.etag, r.last_modified) for u, r in zip(urls, first)], policy)
    for r in second:
        if not r.not_modified:
            parse_feed(r.body or b"", r.headers)
    revisit = time.perf_counter() - t0

    errors = sum(1 for r in first if r.error)
    not_modified = sum(1 for r in second if r.not_modified)
    print(f"feeds: {args.feeds} on {args.hosts} loopback hosts, {args.latency * 1000:.0f} ms latency each, "
          f"per-host limit {policy.per_host}, concurrency {policy.concurrency}")
    print(f"serial feedparser loop : {serial:7.2f} s  ({serial_entries} entries)")
    print(f"newsflow fetch + parse : {ours:7.2f} s  ({ours_entries} entries, {errors} errors; "
          f"fetch alone {fetch_only:.2f} s)")
    print(f"all-304 second pass    : {revisit:7.2f} s  ({not_modified}/{args.feeds} not modified)")
    print(f"ratio serial / newsflow        : {serial / ours:6.1f}x")
    print(f"ratio serial / all-304 pass    : {serial / revisit:6.1f}x")
    print(f"ratio first pass / all-304 pass: {ours / revisit:6.1f}x")
    child.terminate()
    return 0 if errors == 0 and serial_entries == ours_entries else 1


if __name__ == "__main__":
    raise SystemExit(main())
