"""``newsflow fetch URL... [--json] [--deny-private]``: fetch and parse feeds without storing anything."""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass

from newsflow.feeds.dedupe import prepare, prepare_all
from newsflow.feeds.fetch import fetch_many, request_for
from newsflow.feeds.parse import ParsedEntry, parse_feed
from newsflow.feeds.sitemaps import follow_index


@dataclass(frozen=True)
class FetchReport:
    url: str
    final_url: str | None
    http_status: int | None
    entries: int
    error: str | None
    not_modified: bool = False
    version: str | None = None
    warnings: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    repeats: int = 0  # entries that repeat an earlier one of the same document (stored once)
    items: tuple[Item, ...] = ()  # every entry, for --json


@dataclass(frozen=True)
class Item:
    """One entry as a reader sees it: absolute link, UTC publication time in ISO 8601, and what the
    pipeline would store: its identity, the link without tracking parameters, the article text (title,
    blank line, body as the feed gives it: normalization strips markup later, offsets index this) and
    its language."""

    title: str
    link: str | None
    guid: str | None
    published: str | None
    author: str | None
    entry_key: str
    canonical_link: str | None
    language: str
    text: str

    @classmethod
    def of(cls, entry: ParsedEntry) -> Item:
        published = entry.published.isoformat() if entry.published else None
        article = prepare(entry)
        return cls(entry.title, entry.link, entry.guid, published, entry.author, article.entry_key,
                   article.canonical_link, article.language, article.text)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("urls", nargs="+", metavar="URL", help="feed address(es), http or https")
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per feed, one per line, with every entry under 'items'")
    # The pipeline refuses private addresses (a feed list must not reach the intranet); an operator
    # who names an address on the command line means it, e.g. a feed served on loopback for a test.
    parser.add_argument("--deny-private", action="store_true",
                        help="refuse loopback/private addresses as news_ingest does for a feed without "
                             "allow_private (default: the addresses named here are fetched)")
    parser.add_argument("--allow-private", action="store_true",
                        help="the default; kept for scripts written when it was not")
    parser.add_argument("--kind", choices=("rss", "news-sitemap"), default="rss", help="document kind (default rss)")


def reports(urls: list[str], allow_private: bool = False, kind: str = "rss") -> list[FetchReport]:
    out = []
    for url, res in zip(urls, fetch_many([request_for(u, allow_private) for u in urls])):
        entries, error, version, warnings, titles, items, repeats = 0, res.error, None, (), (), (), 0
        if res.ok and res.body is not None:
            parsed = follow_index(parse_feed(res.body, res.headers, kind, res.final_url or url), allow_private)
            entries, version, warnings = len(parsed.entries), parsed.version, parsed.warnings
            titles = tuple(e.title for e in parsed.entries[:5])
            items = tuple(Item.of(e) for e in parsed.entries)
            repeats = prepare_all(parsed.entries)[1]
            error = parsed.error
        out.append(FetchReport(url=url, final_url=res.final_url, http_status=res.status, entries=entries,
                               error=error, not_modified=res.not_modified, version=version,
                               warnings=warnings, titles=titles, repeats=repeats, items=items))
    return out


def run(args: argparse.Namespace) -> int:
    """Exit status 0 when every feed fetched and parsed, 1 otherwise."""
    results = reports(list(args.urls), not getattr(args, "deny_private", False), getattr(args, "kind", "rss"))
    for r in results:
        if getattr(args, "json", False):
            print(json.dumps(asdict(r), ensure_ascii=False))
            continue
        status = r.http_status if r.http_status is not None else "-"
        head = f"{r.url}  [{status}]" + (f" -> {r.final_url}" if r.final_url and r.final_url != r.url else "")
        print(head)
        if r.error:
            print(f"  error: {r.error}")
        else:
            repeated = f", {r.repeats} repeating an earlier entry (stored once)" if r.repeats else ""
            print(f"  {r.entries} entries ({r.version or 'unknown format'}){repeated}")
            for t in r.titles:
                print(f"    - {t}")
        for w in r.warnings:
            print(f"  warning: {w}")
    sys.stdout.flush()
    return 0 if all(r.error is None for r in results) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsflow fetch", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
