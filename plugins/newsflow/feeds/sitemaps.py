"""A news sitemap index, followed one level down: its newest sitemaps together are the feed.

Several outlets publish their Google News sitemap as an index of per-day or per-section sitemaps.
Reading only the index would give no entries; reading every child would fetch an archive. The
newest few (``MAX_CHILDREN``, by ``lastmod``) hold the last days' articles, which is what a news
feed is. A child that is itself an index is not followed: one level is the format's own limit.
"""
from __future__ import annotations

from newsflow.feeds.fetch import FetchPolicy, fetch_many, request_for
from newsflow.feeds.parse import ParsedFeed, parse_news_sitemap

MAX_CHILDREN = 3


def follow_index(parsed: ParsedFeed, allow_private: bool = False, policy: FetchPolicy | None = None,
                 limit: int = MAX_CHILDREN) -> ParsedFeed:
    """``parsed`` itself when it is no sitemap index; else the entries of its newest sitemaps."""
    if not parsed.children:
        return parsed
    urls = parsed.children[:limit]
    warnings = list(parsed.warnings)
    if len(parsed.children) > limit:
        warnings.append(f"sitemap index: read the newest {limit} of {len(parsed.children)} sitemaps")
    entries, seen, problems = [], set(), []
    for url, res in zip(urls, fetch_many([request_for(u, allow_private) for u in urls], policy)):
        if not res.ok or res.body is None:
            problems.append(f"{url}: {res.error or f'HTTP {res.status}'}")
            continue
        child = parse_news_sitemap(res.body)
        if child.error:
            problems.append(f"{url}: {child.error}")
            continue
        for entry in child.entries:
            if entry.link not in seen:  # a story listed in two sections is one entry
                seen.add(entry.link)
                entries.append(entry)
    warnings.extend(f"sitemap {p}" for p in problems)
    error = None
    if problems and not entries:
        error = f"sitemap index: none of its newest sitemaps could be read ({problems[0]})"
    return ParsedFeed(entries=tuple(entries), version="news-sitemap-index", encoding="utf-8",
                      warnings=tuple(warnings), error=error)
