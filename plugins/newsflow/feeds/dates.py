"""Entry dates feedparser cannot read: German and other localized forms, with dateparser.

feedparser knows RFC 822 and ISO 8601 in English. German-speaking CMSs also write
"Mi, 26 Nov 2026 10:00:00 +0100", "26.11.2026 10:00" or "Mittwoch, 26. November 2026, 09:15 Uhr";
feedparser then leaves ``published_parsed`` empty and the article would lose the date that anchors
its relative dates ("am Donnerstag"). dateparser reads those. A date without a zone is taken as
Central European time, the zone of every DACH country.
"""
from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache

LOCAL_ZONE = "Europe/Berlin"  # Vienna and Zurich keep the same offsets


@lru_cache(maxsize=1)
def _settings() -> dict:
    return {
        "TIMEZONE": LOCAL_ZONE,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "DATE_ORDER": "DMY",
        # absolute dates only: "gestern" in a pubDate would be read against today, not the feed's day
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
    }


def parse_entry_date(raw: str | None) -> datetime | None:
    """The UTC time a localized date string names, or None when it names none."""
    if not raw or not raw.strip() or len(raw) > 200:
        return None
    import dateparser  # only needed when feedparser failed: keep feed parsing light otherwise

    try:
        when = dateparser.parse(raw.strip(), languages=["de", "en", "fr", "it"], settings=_settings())
    except (ValueError, OverflowError):
        return None
    return when.astimezone(timezone.utc) if when is not None else None
