"""HTTP for feeds: conditional GET, redirects by rule, hard limits, bounded concurrency.

Every failure becomes a FetchResult with ``error`` set; nothing here raises for one bad feed.
"""
from __future__ import annotations

import asyncio
import ipaddress
import os
import time
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Sequence
from urllib.parse import urljoin, urlsplit

import httpx

from newsflow.feeds.urls import AddressRefused, check_addresses, check_scheme, private_allowed_by_env

USER_AGENT = "newsflow/0.1 (news feed reader; +https://github.com/newsflow/newsflow)"
ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
          "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
PERMANENT = (301, 308)
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class FetchPolicy:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0  # a slow drip that never trips the read timeout still ends here
    max_body_bytes: int = 15 * 1024 * 1024  # after decompression, enforced while streaming
    max_redirects: int = 5
    concurrency: int = 32
    per_host: int = 2  # never more than this many open requests to one server
    user_agent: str = field(default_factory=lambda: os.environ.get("NEWSFLOW_USER_AGENT") or USER_AGENT)
    verify_tls: bool = True


@dataclass(frozen=True)
class FetchRequest:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    allow_private: bool = False


@dataclass(frozen=True)
class FetchResult:
    url: str
    final_url: str | None = None
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    body: bytes | None = field(default=None, repr=False)
    not_modified: bool = False
    error: str | None = None
    error_kind: str | None = None  # refused, timeout, too_large, network, http, redirect, encoding, internal
    permanent_url: str | None = None  # set when every redirect hop was 301/308
    redirects: tuple[tuple[int, str], ...] = ()
    retry_after: float | None = None  # seconds, from Retry-After on 429/503
    duration_ms: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


class _Failure(Exception):
    def __init__(self, kind: str, message: str, status: int | None = None, **extra):
        super().__init__(message)
        self.kind, self.status, self.extra = kind, status, extra


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait: ``Retry-After: 120`` or ``Retry-After: Wed, 21 Oct 2026 07:28:00 GMT``."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class _BoundedDecoder:
    """Decompress gzip/deflate with a hard output limit, so a gzip bomb stops at the limit."""

    def __init__(self, encoding: str, limit: int):
        self.encoding, self.limit = encoding, limit
        self.parts: list[bytes] = []
        self.size = 0
        self.started = False
        if encoding in ("gzip", "x-gzip"):
            self.d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self.d = zlib.decompressobj(zlib.MAX_WBITS)
        elif encoding in ("", "identity"):
            self.d = None
        else:
            raise _Failure("encoding", f"unsupported Content-Encoding {encoding!r}")

    def _append(self, out: bytes) -> None:
        self.size += len(out)
        if self.size > self.limit:
            what = "decompressed body" if self.d is not None else "body"
            raise _Failure("too_large", f"{what} exceeds the limit of {self.limit} bytes")
        self.parts.append(out)

    def feed(self, data: bytes) -> None:
        if self.d is None:
            self._append(data)
            return
        while data:
            try:
                out = self.d.decompress(data, self.limit - self.size + 1)
            except zlib.error as exc:
                if self.encoding == "deflate" and not self.started:
                    # Some servers send raw deflate without the zlib header.
                    self.d, self.started = zlib.decompressobj(-zlib.MAX_WBITS), True
                    continue
                if self.size and self.d.eof:
                    return  # garbage after a complete gzip member: keep what we have
                raise _Failure("encoding", f"broken {self.encoding} body: {exc}") from exc
            self.started = True
            self._append(out)
            if self.d.unconsumed_tail:
                data = self.d.unconsumed_tail
            elif self.d.eof and self.d.unused_data and self.encoding != "deflate":
                data = self.d.unused_data  # concatenated gzip members
                self.d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            else:
                data = b""

    def finish(self) -> bytes:
        if self.d is not None:
            try:
                self._append(self.d.flush())
            except zlib.error:
                pass
        return b"".join(self.parts)


async def _check_host(url: str, allow_private: bool) -> None:
    check_scheme(url)
    if allow_private:
        return
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
        except OSError as exc:
            raise _Failure("network", f"cannot resolve {host}: {exc}") from exc
        addresses = [info[4][0] for info in infos]
    check_addresses(url, addresses, allow_private)


async def _read_body(resp: httpx.Response, limit: int) -> bytes:
    declared = resp.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _Failure("too_large", f"Content-Length {declared} exceeds the limit of {limit} bytes", resp.status_code)
    decoder = _BoundedDecoder(resp.headers.get("content-encoding", "").strip().lower(), limit)
    raw = 0
    async for chunk in resp.aiter_raw():
        raw += len(chunk)
        if raw > limit:
            raise _Failure("too_large", f"body exceeds the limit of {limit} bytes", resp.status_code)
        decoder.feed(chunk)
    return decoder.finish()


async def _fetch(client: httpx.AsyncClient, req: FetchRequest, policy: FetchPolicy) -> FetchResult:
    url, hops, permanent = req.url, [], True
    headers = {"User-Agent": policy.user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
    if req.etag:
        headers["If-None-Match"] = req.etag
    if req.last_modified:
        headers["If-Modified-Since"] = req.last_modified
    for _ in range(policy.max_redirects + 1):
        await _check_host(url, req.allow_private)
        async with client.stream("GET", url, headers=headers) as resp:
            status = resp.status_code
            resp_headers = {k.lower(): v for k, v in resp.headers.items()}
            location = resp.headers.get("location")
            if status in REDIRECTS and location:
                nxt = urljoin(url, location.strip())
                hops.append((status, nxt))
                permanent = permanent and status in PERMANENT
                url = nxt
                continue
            common = dict(url=req.url, final_url=url, status=status, headers=resp_headers,
                          redirects=tuple(hops), permanent_url=url if hops and permanent else None)
            if status == 304:
                return FetchResult(not_modified=True, **common)
            if status >= 400 or status < 200:
                retry = parse_retry_after(resp.headers.get("retry-after")) if status in (429, 503) else None
                reason = resp.reason_phrase or ""
                return FetchResult(error=f"HTTP {status} {reason}".strip(), error_kind="http", retry_after=retry, **common)
            if status in REDIRECTS:
                return FetchResult(error=f"HTTP {status} without Location", error_kind="redirect", **common)
            try:
                body = await _read_body(resp, policy.max_body_bytes)
            except _Failure as exc:
                exc.extra.update(common)
                raise
            return FetchResult(body=body, **common)
    raise _Failure("redirect", f"more than {policy.max_redirects} redirects", redirects=tuple(hops))


async def fetch_one(client: httpx.AsyncClient, req: FetchRequest, policy: FetchPolicy) -> FetchResult:
    started = time.monotonic()

    def done(**kw) -> FetchResult:
        return FetchResult(duration_ms=int((time.monotonic() - started) * 1000), **kw)

    try:
        async with asyncio.timeout(policy.total_timeout):
            result = await _fetch(client, req, policy)
        return FetchResult(**{**result.__dict__, "duration_ms": int((time.monotonic() - started) * 1000)})
    except TimeoutError:
        return done(url=req.url, error=f"timeout: no complete response within {policy.total_timeout:g} s",
                    error_kind="timeout")
    except AddressRefused as exc:
        return done(url=req.url, error=str(exc), error_kind="refused")
    except _Failure as exc:
        extra = {k: v for k, v in exc.extra.items() if k in ("final_url", "status", "headers", "redirects")}
        extra.setdefault("status", exc.status)
        return done(url=req.url, error=str(exc), error_kind=exc.kind, **extra)
    except httpx.TimeoutException as exc:
        return done(url=req.url, error=f"timeout: {type(exc).__name__}", error_kind="timeout")
    except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
        return done(url=req.url, error=f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__,
                    error_kind="network")
    except Exception as exc:  # noqa: BLE001 - one feed's surprise must not cancel the whole gather
        return done(url=req.url, error=f"internal: {type(exc).__name__}: {exc}", error_kind="internal")


def _client(policy: FetchPolicy) -> httpx.AsyncClient:
    timeout = httpx.Timeout(connect=policy.connect_timeout, read=policy.read_timeout,
                            write=policy.read_timeout, pool=None)
    limits = httpx.Limits(max_connections=policy.concurrency, max_keepalive_connections=policy.concurrency)
    # trust_env=False: a proxy from the environment must not carry feed traffic around the address policy.
    return httpx.AsyncClient(timeout=timeout, limits=limits, verify=policy.verify_tls,
                             follow_redirects=False, trust_env=False)


async def fetch_all(requests: Sequence[FetchRequest], policy: FetchPolicy | None = None) -> list[FetchResult]:
    """Fetch concurrently: at most ``concurrency`` requests, at most ``per_host`` per server."""
    policy = policy or FetchPolicy()
    overall = asyncio.Semaphore(policy.concurrency)
    per_host: dict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(policy.per_host))

    async with _client(policy) as client:
        async def guarded(req: FetchRequest) -> FetchResult:
            host = (urlsplit(req.url).hostname or "").lower()
            # Waiting for a slot is not the feed's fault, so it does not count toward its timeout.
            async with per_host[host], overall:
                return await fetch_one(client, req, policy)

        return list(await asyncio.gather(*(guarded(r) for r in requests)))


def fetch_many(requests: Sequence[FetchRequest], policy: FetchPolicy | None = None) -> list[FetchResult]:
    """Blocking entry point for the job and the CLI."""
    return asyncio.run(fetch_all(requests, policy))


def request_for(url: str, allow_private: bool = False, etag: str | None = None,
                last_modified: str | None = None) -> FetchRequest:
    return FetchRequest(url=url, etag=etag, last_modified=last_modified,
                        allow_private=allow_private or private_allowed_by_env())
