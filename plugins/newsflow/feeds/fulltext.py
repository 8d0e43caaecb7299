"""Opt-in full text: fetch the article page of a teaser-only entry and extract its main text.

Pages go through the same fetcher (timeouts, size and decompression limits, address policy,
per-host limit). trafilatura is imported lazily: without it, full_text feeds keep their teasers.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from newsflow.feeds.dedupe import NewArticle, article_text
from newsflow.feeds.fetch import FetchPolicy, fetch_many, request_for
from newsflow.feeds.language import detect_language

MIN_CHARS = 200  # shorter "main text" is usually a paywall or cookie notice, not the article


@dataclass(frozen=True)
class FullTextReport:
    articles: tuple[NewArticle, ...]
    fetched: int = 0
    failed: int = 0
    warning: str | None = None


def extract_main_text(html: bytes | str, url: str | None = None) -> str | None:
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               favor_precision=True)
    text = (text or "").strip()
    return text if len(text) >= MIN_CHARS else None


def needs_page(art: NewArticle) -> bool:
    return art.content is None and bool(art.canonical_link)


def with_page_text(art: NewArticle, page_text: str, declared_language: str) -> NewArticle:
    """The article with the page's main text as its content; content_hash stays the feed's (dedupe key)."""
    text = article_text(art.title, page_text)
    guess = detect_language(text, declared_language)
    return replace(art, content=page_text, text=text, content_source="page", language=guess.language,
                   language_score=guess.score, nlp_status="pending" if guess.language == "de" else "skipped")


def enrich(articles: Sequence[NewArticle], declared_language: str, allow_private: bool,
           policy: FetchPolicy | None = None) -> FullTextReport:
    todo = [i for i, a in enumerate(articles) if needs_page(a)]
    if not todo:
        return FullTextReport(tuple(articles))
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return FullTextReport(tuple(articles), warning="full text: trafilatura is not installed, teasers kept")
    results = fetch_many([request_for(articles[i].link or "", allow_private) for i in todo], policy)
    out, fetched, failed = list(articles), 0, 0
    for i, res in zip(todo, results):
        page = extract_main_text(res.body, res.final_url) if res.ok and res.body else None
        if page is None:
            failed += 1
            continue
        out[i] = with_page_text(out[i], page, declared_language)
        fetched += 1
    warning = f"full text: {failed} of {len(todo)} article pages gave no main text, teasers kept" if failed else None
    return FullTextReport(tuple(out), fetched, failed, warning)
