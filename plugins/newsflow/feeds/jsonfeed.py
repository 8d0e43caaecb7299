"""JSON Feed (https://jsonfeed.org, versions 1 and 1.1), which feedparser does not read.

Some CMSs and feed services offer only JSON Feed next to, or instead of, RSS. Its items map
one to one onto our entries: ``id`` is the guid, ``url`` (else ``external_url``) the link,
``content_html``/``content_text`` the content, ``summary`` the summary. Dates are RFC 3339.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from typing import Any, Mapping
from urllib.parse import urljoin, urlsplit

from newsflow.feeds.dates import parse_entry_date

# The document declares itself: {"version": "https://jsonfeed.org/version/1.1", ...}
_SIGNATURE = re.compile(rb'^\s*(?:\xef\xbb\xbf)?\{.*?"version"\s*:\s*"https?://jsonfeed\.org/version/', re.S)


def looks_like_json_feed(body: bytes) -> bool:
    return _SIGNATURE.match(body[:4096]) is not None


def parse_json_feed(body: bytes, url: str | None = None):
    """A ParsedFeed; problems land in ``error``, as for every other format."""
    from newsflow.feeds.parse import ParsedEntry, ParsedFeed

    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        return ParsedFeed(error=f"not a JSON feed: {exc}"[:300])
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        return ParsedFeed(error="not a JSON feed: no 'items' list")
    base = _string(doc.get("home_page_url")) or url
    entries, skipped = [], 0
    for item in doc["items"]:
        if not isinstance(item, dict):
            skipped += 1
            continue
        link = _string(item.get("url")) or _string(item.get("external_url"))
        published = _when(item.get("date_published"))
        updated = _when(item.get("date_modified"))
        entries.append(ParsedEntry(
            title=_string(item.get("title")) or "",
            guid=_string(item.get("id")) or (str(item["id"]) if isinstance(item.get("id"), int) else None),
            link=urljoin(base, link) if link and base and not urlsplit(link).scheme else link,
            summary=_string(item.get("summary")),
            content=_string(item.get("content_html")) or _string(item.get("content_text")),
            author=_author(item) or _author(doc),
            published=published or updated,
            updated=updated,
        ))
    warnings = (f"{skipped} item(s) that are not JSON objects skipped",) if skipped else ()
    version = "json" + str(doc.get("version", "")).rsplit("/", 1)[-1].replace(".", "")
    return ParsedFeed(entries=tuple(entries), title=_string(doc.get("title")), version=version,
                      encoding="utf-8", warnings=warnings)


def _string(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _author(obj: Mapping[str, Any]) -> str | None:
    """1.1 has ``authors`` (a list), 1.0 ``author``; each an object with a ``name``."""
    people = obj.get("authors") if isinstance(obj.get("authors"), list) else [obj.get("author")]
    names = [_string(p.get("name")) for p in people if isinstance(p, dict)]
    return ", ".join(n for n in names if n) or None


def _when(value: Any) -> datetime | None:
    text = _string(value)
    if text is None:
        return None
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return parse_entry_date(text)
    return (when if when.tzinfo else when.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
