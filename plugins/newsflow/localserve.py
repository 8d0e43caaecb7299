"""A tiny HTTP server for feed files on loopback: the demo's and the tests' stand-in for the web."""
from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _QuietHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".xml": "application/xml", ".rss": "application/rss+xml",
                      ".atom": "application/atom+xml"}

    def log_message(self, format, *args):  # keep demo output readable
        pass


class FeedServer:
    """Serves ``directory`` at ``http://127.0.0.1:<port>/`` in a background thread."""

    def __init__(self, directory: str | Path, port: int = 0):
        handler = functools.partial(_QuietHandler, directory=str(directory))
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "FeedServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
