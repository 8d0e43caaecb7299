"""Entry identity and content hash: what makes two feed entries the same article.

Identity: guid, else canonical link, else a hash of title + body. The content hash is
markup- and spacing-insensitive, so ``<p>Der Rat</p>`` and ``Der  Rat`` hash the same.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from newsflow.feeds.language import detect_language, plain
from newsflow.feeds.parse import ParsedEntry
from newsflow.feeds.urls import canonical_link

MAX_KEY_CHARS = 500


@dataclass(frozen=True)
class NewArticle:
    """One entry ready to insert into ``articles``; ``text`` is what the NLP offsets index."""

    entry_key: str
    guid: str | None
    link: str | None
    canonical_link: str | None
    content_hash: str
    title: str
    summary: str | None
    content: str | None
    text: str
    author: str | None
    published_at: datetime | None
    language: str
    language_score: float | None
    nlp_status: str  # pending for German, skipped otherwise
    content_source: str = "feed"  # "page" when full text replaced a teaser-only entry


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_text(title: str, body: str | None) -> str:
    return f"{title}\n\n{body or ''}"


def content_hash(title: str, body: str | None) -> str:
    return _sha(plain(title).casefold() + "\n" + plain(body or "").casefold())


def entry_key(entry: ParsedEntry, link: str | None) -> str:
    if entry.guid:
        key = "guid:" + entry.guid
    elif link:
        key = "link:" + link
    else:
        return "hash:" + _sha(article_text(entry.title, entry.content or entry.summary))
    # Keys are an index column; absurdly long guids are hashed instead of truncated (truncation could collide).
    return key if len(key) <= MAX_KEY_CHARS else key.split(":", 1)[0] + "-sha256:" + _sha(key)


def is_empty(entry: ParsedEntry) -> bool:
    return not (entry.title.strip() or entry.summary or entry.content or entry.link or entry.guid)


def prepare(entry: ParsedEntry, declared_language: str = "de") -> NewArticle:
    body = entry.content or entry.summary
    link = canonical_link(entry.link)
    text = article_text(entry.title, body)
    guess = detect_language(text, declared_language)
    return NewArticle(
        entry_key=entry_key(entry, link), guid=entry.guid, link=entry.link, canonical_link=link,
        content_hash=content_hash(entry.title, body), title=entry.title, summary=entry.summary,
        content=entry.content, text=text, author=entry.author, published_at=entry.published,
        language=guess.language, language_score=guess.score,
        nlp_status="pending" if guess.language == "de" else "skipped",
    )


def _stamp(entry: ParsedEntry) -> datetime | None:
    return entry.updated or entry.published


def prepare_all(entries: list[ParsedEntry] | tuple[ParsedEntry, ...], declared_language: str = "de"
                ) -> tuple[list[NewArticle], int]:
    """Articles to try, and how many entries repeated an earlier one in the same document.

    A repeated key keeps the newest version (by updated/published date, else the first seen):
    a feed that lists "Lawine: zwei verschüttet" and, later, "Lawine: beide geborgen" under one guid
    means the update.
    """
    chosen: dict[str, tuple[ParsedEntry, NewArticle]] = {}
    repeats = 0
    for entry in entries:
        if is_empty(entry):
            continue
        art = prepare(entry, declared_language)
        if art.entry_key in chosen:
            repeats += 1
            old_entry, _ = chosen[art.entry_key]
            old, new = _stamp(old_entry), _stamp(entry)
            if old is not None and new is not None and new > old:
                chosen[art.entry_key] = (entry, art)  # dict keeps the first position
            continue
        chosen[art.entry_key] = (entry, art)
    return [art for _, art in chosen.values()], repeats
