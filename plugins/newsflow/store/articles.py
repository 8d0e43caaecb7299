"""Insert side of ``articles``: dedupe look-ups, the insert itself, and story assignment."""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Sequence

import psycopg2

from newsflow.feeds.dedupe import NewArticle
from newsflow.feeds.stories import StoryIndex, from_bytes, signature, to_bytes
from newsflow.store.sql import query


def existing_keys(conn, feed_id: int, keys: Sequence[str]) -> set[str]:
    if not keys:
        return set()
    with conn.cursor() as cur:
        cur.execute(query("articles/existing_keys"), {"feed_id": feed_id, "keys": list(keys)})
        return {row[0] for row in cur.fetchall()}


def find_duplicate(conn, art: NewArticle, source: str, lock: bool = True) -> str | None:
    """'link' or 'content' when an equal article is already stored (with lock: locks the key until commit)."""
    with conn.cursor() as cur:
        if lock:
            cur.execute(query("articles/lock_key"), {"key": art.canonical_link or art.content_hash})
        cur.execute(query("articles/find_duplicate"),
                    {"canonical_link": art.canonical_link, "content_hash": art.content_hash, "source": source})
        row = cur.fetchone()
        return row[1] if row else None


def insert_article(conn, art: NewArticle, feed_id: int, source: str, country: str,
                   fetched_at: datetime) -> int | None:
    """The new article's id, or None when (feed_id, entry_key) already exists."""
    with conn.cursor() as cur:
        cur.execute(query("articles/insert"), {**asdict(art), "feed_id": feed_id, "source": source,
                                               "country": country, "fetched_at": fetched_at})
        row = cur.fetchone()
        return row[0] if row else None


def load_story_index(conn, since: datetime) -> StoryIndex:
    index = StoryIndex()
    with conn.cursor() as cur:
        cur.execute(query("articles/recent_signatures"), {"since": since})
        for article_id, story_id, minhash in cur:
            index.add(article_id, story_id, from_bytes(minhash))
    return index


def assign_story(conn, index: StoryIndex, article_id: int, art: NewArticle, seen_at: datetime):
    """Join the most similar recent story or open a new one.

    Returns (story_id, signature or None); the caller adds it to the index after commit,
    so a rolled-back feed never leaves phantom stories in memory.
    """
    mh = signature(art.text)
    story_id = index.match(mh) if mh is not None else None
    with conn.cursor() as cur:
        if story_id is None:
            cur.execute(query("articles/insert_story"),
                        {"article_id": article_id, "seen_at": art.published_at or seen_at, "title": art.title})
            story_id = cur.fetchone()[0]
        cur.execute(query("articles/set_story"), {"story_id": story_id, "article_id": article_id})
        if mh is not None:
            cur.execute(query("articles/insert_signature"),
                        {"article_id": article_id, "story_id": story_id, "created_at": seen_at,
                         "minhash": psycopg2.Binary(to_bytes(mh))})
    return story_id, mh
