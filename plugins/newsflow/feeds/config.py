"""Load and validate ``feeds.yaml`` into typed FeedConfig records.

Errors name the entry and the field, e.g. ``feeds[3] ('NZZ'): country: must be one of at, ch, de, li``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from newsflow.feeds.urls import AddressRefused, check_scheme

COUNTRIES = ("at", "ch", "de", "li")
KINDS = ("rss", "news-sitemap")
DEFAULT_MAX_CONSECUTIVE_ERRORS = 10
_FEED_FIELDS = {"name", "url", "country", "language", "active", "allow_private", "full_text", "kind",
                "max_consecutive_errors"}
_DEFAULT_FIELDS = {"max_consecutive_errors", "language", "allow_private", "full_text", "active"}


class FeedConfigError(ValueError):
    """feeds.yaml is unusable; the message names file, entry and field."""


@dataclass(frozen=True)
class FeedConfig:
    name: str
    url: str
    country: str
    language: str = "de"
    active: bool = True
    allow_private: bool = False
    full_text: bool = False
    kind: str = "rss"
    max_consecutive_errors: int = DEFAULT_MAX_CONSECUTIVE_ERRORS


def repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def feeds_file(explicit: str | Path | None = None) -> Path:
    return Path(explicit or os.environ.get("NEWSFLOW_FEEDS_FILE") or repo_root() / "config" / "feeds.yaml")


def load_feeds(path: str | Path | None = None) -> list[FeedConfig]:
    p = feeds_file(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise FeedConfigError(f"{p}: cannot read feed list ({exc.strerror or exc})") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise FeedConfigError(f"{p}: not valid YAML: {exc}") from exc
    return parse_config(data, source=str(p))


def _bool(where: str, field: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise FeedConfigError(f"{where}: {field}: must be true or false, got {value!r}")
    return value


def parse_config(data: Any, source: str = "feeds.yaml") -> list[FeedConfig]:
    if not isinstance(data, dict) or not isinstance(data.get("feeds"), list):
        raise FeedConfigError(f"{source}: top level must be a mapping with a 'feeds:' list")
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise FeedConfigError(f"{source}: defaults: must be a mapping")
    unknown = set(defaults) - _DEFAULT_FIELDS
    if unknown:
        raise FeedConfigError(f"{source}: defaults: unknown field(s) {', '.join(sorted(unknown))}")
    feeds: list[FeedConfig] = []
    seen: dict[str, str] = {}
    problems: list[str] = []  # every entry's first problem, so one edit round fixes them all
    for i, raw in enumerate(data["feeds"]):
        label = f"{source}: feeds[{i}]"
        try:
            feed = _entry(label, raw, defaults)
        except FeedConfigError as exc:
            problems.append(str(exc))
            continue
        if feed.url in seen:
            problems.append(f"{label}: url: {feed.url} is already used by {seen[feed.url]}")
            continue
        seen[feed.url] = label
        feeds.append(feed)
    if len(problems) == 1:
        raise FeedConfigError(problems[0])
    if problems:
        raise FeedConfigError(f"{len(problems)} problems in the feed list:\n  " + "\n  ".join(problems))
    return feeds


def _entry(label: str, raw: Any, defaults: dict[str, Any]) -> FeedConfig:
    if not isinstance(raw, dict):
        raise FeedConfigError(f"{label}: must be a mapping with name, url, country")
    if raw.get("name"):
        label += f" ({raw['name']!r})"
    unknown = set(raw) - _FEED_FIELDS
    if unknown:
        raise FeedConfigError(f"{label}: unknown field(s) {', '.join(sorted(unknown))}")
    return _one(label, {**defaults, **raw})


def _one(label: str, raw: dict[str, Any]) -> FeedConfig:
    for field in ("name", "url", "country"):
        if not isinstance(raw.get(field), str) or not raw[field].strip():
            raise FeedConfigError(f"{label}: {field}: required, must be a non-empty string")
    url = raw["url"].strip()
    try:
        check_scheme(url)
    except AddressRefused as exc:
        raise FeedConfigError(f"{label}: url: {exc}") from exc
    country = raw["country"].strip().lower()
    if country not in COUNTRIES:
        raise FeedConfigError(f"{label}: country: must be one of {', '.join(COUNTRIES)}, got {raw['country']!r}")
    language = raw.get("language", "de")
    if not isinstance(language, str) or not (2 <= len(language) <= 3) or not language.isalpha():
        raise FeedConfigError(f"{label}: language: must be an ISO 639 code such as 'de', got {language!r}")
    kind = raw.get("kind", "rss")
    if kind not in KINDS:
        raise FeedConfigError(f"{label}: kind: must be one of {', '.join(KINDS)}, got {kind!r}")
    mce = raw.get("max_consecutive_errors", DEFAULT_MAX_CONSECUTIVE_ERRORS)
    if isinstance(mce, bool) or not isinstance(mce, int) or mce < 1:
        raise FeedConfigError(f"{label}: max_consecutive_errors: must be a positive integer, got {mce!r}")
    return FeedConfig(
        name=raw["name"].strip(), url=url, country=country, language=language.lower(),
        active=_bool(label, "active", raw.get("active", True)),
        allow_private=_bool(label, "allow_private", raw.get("allow_private", False)),
        full_text=_bool(label, "full_text", raw.get("full_text", False)),
        kind=kind, max_consecutive_errors=mce,
    )
