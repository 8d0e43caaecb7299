"""Bytes + HTTP headers -> typed feed entries, with feedparser (RSS/Atom/RDF), a JSON Feed reader or a
news sitemap reader.

Text is kept exactly as received (no sanitizing, no URI rewriting): the NLP offsets index it. Entry
links, which are no text, are made absolute against the site's address; dates feedparser cannot
read (German forms) are read by ``newsflow.feeds.dates``.
"""
from __future__ import annotations

import io
import re
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Mapping
from urllib.parse import urljoin, urlsplit

import feedparser
from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from newsflow.feeds.dates import parse_entry_date
from newsflow.feeds.jsonfeed import looks_like_json_feed, parse_json_feed
from newsflow.feeds.language import plain

# Entities whose expansion would exceed this many bytes are not expanded at all.
ENTITY_EXPANSION_BUDGET = 1_000_000
GUNZIP_LIMIT = 15 * 1024 * 1024  # the fetcher's own body limit

_ENTITY_DECL = re.compile(rb"<!ENTITY\s+(%\s*)?([^\s%]+)\s+(?:\"([^\"]*)\"|'([^']*)'|[^>]*)>", re.I | re.S)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")
# Enough of the start to tell a sitemap someone configured as an RSS feed ("kind" left at its default).
_SITEMAP_ROOT = re.compile(rb"<(?:\w+:)?(?:urlset|sitemapindex)\b[^>]*sitemaps\.org/schemas/sitemap", re.S)
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)


class FeedRefused(ValueError):
    """The document must not be parsed (e.g. an entity bomb we cannot defuse)."""


@dataclass(frozen=True)
class ParsedEntry:
    title: str
    guid: str | None = None
    link: str | None = None
    summary: str | None = None
    content: str | None = None
    author: str | None = None
    published: datetime | None = None
    updated: datetime | None = None


@dataclass(frozen=True)
class ParsedFeed:
    entries: tuple[ParsedEntry, ...] = ()
    title: str | None = None
    version: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    error: str | None = None  # set when the document is not a usable feed
    raw: Any = field(default=None, repr=False, compare=False)  # feedparser's own result, for diagnostics
    children: tuple[str, ...] = ()  # a sitemap index: its sitemaps, newest first (see feeds/sitemaps.py)

    @property
    def ok(self) -> bool:
        return self.error is None


def defuse_entities(body: bytes, budget: int = ENTITY_EXPANSION_BUDGET) -> tuple[bytes, str | None]:
    """Drop internal entity declarations when expanding them would exceed ``budget`` bytes.

    feedparser keeps "safe" entities (plain text values) and its loose parser expands them without
    a limit, so ``<!ENTITY a "AAAA…(200 kB)">`` used 20,000 times would become 4 GB.
    """
    first = _FIRST_ELEMENT.search(body)
    head = body[: first.start()] if first else body
    if b"\x00" in head[:4096] and b"<!ENTITY" in head.replace(b"\x00", b"").upper():
        # UTF-16/32: the byte patterns below do not apply, and real feeds never need this.
        raise FeedRefused("entity declarations in a UTF-16/32 document are refused")
    if b"<!entity" not in head.lower():
        return body, None
    expansion = 0
    for m in _ENTITY_DECL.finditer(head):
        if m.group(1):
            continue  # parameter entity: feedparser drops these
        value = m.group(3) if m.group(3) is not None else (m.group(4) or b"")
        expansion += len(value) * body.count(b"&" + m.group(2) + b";")
    if expansion <= budget:
        return body, None
    cleaned = _ENTITY_DECL.sub(b"", head) + body[len(head):]
    return cleaned, f"entity declarations removed: expanding them would produce {expansion} bytes"


def _when(parsed: Any) -> datetime | None:
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=timezone.utc)
    except (TypeError, ValueError):
        return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value != "" else None


_HTML_TYPES = ("text/html", "application/xhtml+xml")
_BREAK = re.compile(r"<br\s*/?>|</?(?:p|div|h\d)\b[^>]*>", re.I)
_INLINE_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _plain_title(e: Mapping[str, Any]) -> str:
    """A title is shown as plain text: an Atom ``type="html"`` title ("Z&amp;uuml;rich", "<b>Eil</b>")
    comes from feedparser as markup, so its tags go and its entities are decoded ("Zürich", "Eil")."""
    title = e.get("title") or ""
    detail = e.get("title_detail") or {}
    # feedparser leaves an RSS title with markup (CDATA or escaped) as html too: "Gr&ouml;sster <em>Brand</em>"
    if detail.get("type") in _HTML_TYPES and ("<" in title or "&" in title):
        # inline tags join their neighbours ("<b>Eil</b>:" -> "Eil:"); a line break is a space
        return plain(_INLINE_TAG.sub("", _BREAK.sub(" ", title)))
    return title


def _entry(e: Mapping[str, Any], base: str | None) -> ParsedEntry:
    content = None
    for c in e.get("content") or []:
        if _text(c.get("value")):
            content = c["value"]
            break
    # dict.get: feedparser's own lookup maps updated<->published with a DeprecationWarning.
    updated = _when(dict.get(e, "updated_parsed")) or parse_entry_date(_text(dict.get(e, "updated")))
    published = _when(dict.get(e, "published_parsed")) or parse_entry_date(_text(dict.get(e, "published")))
    return ParsedEntry(
        title=_plain_title(e),
        guid=_text((e.get("id") or "").strip()),
        link=_absolute(_text((e.get("link") or "").strip()), base),
        summary=_text(e.get("summary")),
        content=content,
        author=_text(e.get("author")),
        published=published or updated,
        updated=updated,
    )


def _absolute(link: str | None, base: str | None) -> str | None:
    """An entry link relative to the site ("/politik/artikel-1") made absolute, as a reader needs it."""
    if link is None or base is None or urlsplit(link).scheme:
        return link
    return urljoin(base, link)


def _base_url(result: Mapping[str, Any], url: str | None) -> str | None:
    """The site's own address when the feed names one (RSS <link>), else the feed's address."""
    site = _text(result.get("feed", {}).get("link"))
    return site if site and urlsplit(site).scheme in ("http", "https") else url


def _looks_like_html(body: bytes, headers: Mapping[str, str]) -> bool:
    ctype = {k.lower(): v for k, v in headers.items()}.get("content-type", "").lower()
    return "html" in ctype and "xhtml" not in ctype or bool(_HTML_START.match(body[:4096]))


def parse_feed(body: bytes, headers: Mapping[str, str] | None = None, kind: str = "rss",
               url: str | None = None) -> ParsedFeed:
    """Parse one fetched document (``url``: where it came from, for relative entry links).
    Never raises for bad input: problems land in ``error``/``warnings``."""
    headers = dict(headers or {})
    body, problem = _gunzipped(body)
    if problem:
        return ParsedFeed(error=problem)
    if kind == "news-sitemap":
        return parse_news_sitemap(body)
    if looks_like_json_feed(body):
        return parse_json_feed(body, url)
    try:
        body, note = defuse_entities(body)
    except FeedRefused as exc:
        return ParsedFeed(error=str(exc))
    # A BytesIO, never raw bytes: feedparser would treat short bytes as a local file name.
    try:
        result = feedparser.parse(io.BytesIO(body), response_headers=headers,
                                  resolve_relative_uris=False, sanitize_html=False)
    except Exception as exc:  # feedparser is robust, but one feed must never stop the batch
        return ParsedFeed(error=f"parser failure: {type(exc).__name__}: {exc}")
    warnings = [note] if note else []
    if result.get("bozo"):
        warnings.append(f"bozo: {type(result.get('bozo_exception')).__name__}: {result.get('bozo_exception')}"[:500])
    base = _base_url(result, url)
    entries = tuple(_entry(e, base) for e in result.get("entries", []))
    error = None
    if not result.get("version") and not entries:
        if _SITEMAP_ROOT.search(body[:4096]):
            sitemap = parse_news_sitemap(body)
            note = "a news sitemap, read as one (say kind: news-sitemap for this feed)"
            return ParsedFeed(entries=sitemap.entries, version=sitemap.version, encoding=sitemap.encoding,
                              warnings=(note,), error=sitemap.error, children=sitemap.children)
        if _looks_like_html(body, headers):
            error = "not a feed: the server returned an HTML page"
        elif not body.strip():
            error = "not a feed: empty body"
        else:
            error = "not a feed: " + (warnings[-1] if warnings else "no RSS/Atom/RDF root element")
    return ParsedFeed(entries=entries, title=_text(result.get("feed", {}).get("title")),
                      version=result.get("version") or None, encoding=result.get("encoding"),
                      warnings=tuple(warnings), error=error, raw=result)


_SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def _iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def _gunzipped(body: bytes) -> tuple[bytes, str | None]:
    """The document inside a ``.gz`` file served as it is, not with Content-Encoding (``sitemap.xml.gz``);
    other bodies unchanged. A broken or oversized archive is a problem, never an exception."""
    if body[:2] != b"\x1f\x8b":
        return body, None
    unzip = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        inner = unzip.decompress(body, GUNZIP_LIMIT + 1)
    except zlib.error as exc:
        return b"", f"not a feed: a broken gzip file ({exc})"
    if len(inner) > GUNZIP_LIMIT:
        return b"", f"refused: the gzipped document expands beyond {GUNZIP_LIMIT} bytes"
    if not unzip.eof:
        return b"", "not a feed: a broken gzip file (truncated)"
    return inner, None


def parse_news_sitemap(body: bytes) -> ParsedFeed:
    """A Google News sitemap: each <url> with <news:news> becomes an entry (title + link + date, no text)."""
    body, problem = _gunzipped(body)
    if problem:
        return ParsedFeed(error=problem)
    try:
        root = SafeET.fromstring(body, forbid_dtd=True)
    except DefusedXmlException as exc:
        return ParsedFeed(error=f"refused: {type(exc).__name__}")
    except SafeET.ParseError as exc:
        return ParsedFeed(error=f"not a news sitemap: {exc}")
    if root.tag == f"{_SM}sitemapindex":
        # NZZ-style indexes point to one sitemap per day or section: the newest are what a news feed is.
        children = sorted(((s.findtext(f"{_SM}lastmod") or "").strip(), (s.findtext(f"{_SM}loc") or "").strip())
                          for s in root.iter(f"{_SM}sitemap"))
        locs = tuple(loc for _, loc in reversed(children) if loc)
        return ParsedFeed(version="sitemap-index", encoding="utf-8", children=locs,
                          error=f"a sitemap index of {len(locs)} sitemaps, not followed")
    if root.tag != f"{_SM}urlset":
        return ParsedFeed(error=f"not a news sitemap: root element is {root.tag!r}")
    entries = []
    for url in root.iter(f"{_SM}url"):
        news = url.find(f"{_NEWS}news")
        loc = (url.findtext(f"{_SM}loc") or "").strip()
        if news is None or not loc:
            continue
        entries.append(ParsedEntry(
            title=(news.findtext(f"{_NEWS}title") or "").strip(), link=loc,
            published=_iso(news.findtext(f"{_NEWS}publication_date")),
        ))
    return ParsedFeed(entries=tuple(entries), version="news-sitemap", encoding="utf-8")
