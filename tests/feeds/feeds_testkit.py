"""Helpers for the feeds tests: a scriptable HTTP server on 127.0.0.1 and tiny feed builders."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] | None = None


Route = Callable[[BaseHTTPRequestHandler], "Reply | None"]


class FeedHTTPServer:
    """Routes are functions of the request handler; returning None means the route wrote the response itself."""

    def __init__(self, host: str = "127.0.0.1"):
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - http.server naming
                path = self.path.split("?", 1)[0]
                outer.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
                route = outer.routes.get(path)
                reply = route(self) if route else Reply(404, b"not here")
                if reply is None:
                    return
                try:
                    self.send_response(reply.status)
                    headers = {"Content-Length": str(len(reply.body)), **(reply.headers or {})}
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.base = f"http://{host}:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def seen(self, path: str) -> list[dict[str, str]]:
        return [h for p, h in self.requests if p == path]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def rss(items: list[dict], title: str = "Testfeed", encoding: str = "utf-8") -> str:
    """A small RSS 2.0 document; item keys: guid, title, link, description, pubDate."""
    out = [f'<?xml version="1.0" encoding="{encoding}"?>', '<rss version="2.0"><channel>',
           f"<title>{title}</title><link>https://example.org/</link><description>Test</description>"]
    for it in items:
        out.append("<item>")
        for key in ("guid", "title", "link", "description", "pubDate"):
            if key in it:
                out.append(f"<{key}>{it[key]}</{key}>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "\n".join(out)


def write_feeds(path: Path, feeds: list[dict]) -> Path:
    import yaml

    path.write_text(yaml.safe_dump({"feeds": feeds}, allow_unicode=True), encoding="utf-8")
    return path


_SM = "http://www.sitemaps.org/schemas/sitemap/0.9"
_NEWS = "http://www.google.com/schemas/sitemap-news/0.9"


def urlset(*items: tuple[str, str]) -> bytes:
    """A Google News sitemap of (link, title) items."""
    urls = "".join(
        f"<url><loc>{loc}</loc><news:news><news:publication><news:name>Ex</news:name><news:language>de"
        f"</news:language></news:publication><news:publication_date>2026-11-26T08:00:00+01:00"
        f"</news:publication_date><news:title>{title}</news:title></news:news></url>" for loc, title in items)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="{_SM}" xmlns:news="{_NEWS}">{urls}</urlset>'.encode()


def sitemap_index(*children: tuple[str, str | None]) -> bytes:
    """A sitemap index of (address, lastmod) children."""
    body = "".join(f"<sitemap><loc>{loc}</loc>" + (f"<lastmod>{mod}</lastmod>" if mod else "") + "</sitemap>"
                   for loc, mod in children)
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="{_SM}">{body}</sitemapindex>'.encode()
