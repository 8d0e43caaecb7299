"""Canonical links (for dedupe) and the address policy for feed URLs.

Canonical form drops what does not change the page: tracking parameters,
fragments, default ports and host case, e.g.
``HTTPS://WWW.Spiegel.de:443/a?utm_source=rss&id=3#top`` -> ``https://www.spiegel.de/a?id=3``.
"""
from __future__ import annotations

import ipaddress
import os
import socket
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

ALLOWED_SCHEMES = ("http", "https")

# Parameters that only say who sent the reader; a link with or without them is the same article.
_TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "at_", "wt_", "itm_")
_TRACKING_NAMES = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid",
    "ref", "ref_src", "cmp", "wt.mc_id", "xtor", "ns_campaign", "ns_mchannel",
    "ns_source", "ns_linkname", "ns_fee", "_ga",
})
_DEFAULT_PORTS = {"http": 80, "https": 443}


class AddressRefused(ValueError):
    """The URL points somewhere a news fetcher must not go (scheme, private network)."""


def is_tracking_param(name: str) -> bool:
    low = name.lower()
    return low in _TRACKING_NAMES or low.startswith(_TRACKING_PREFIXES)


def canonical_link(url: str | None) -> str | None:
    """The link as an identity key, or None when there is no usable http(s) link."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:  # IPv6 literal needs its brackets back
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)],
        doseq=True,
    )
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, query, ""))


def private_allowed_by_env() -> bool:
    return os.environ.get("NEWSFLOW_ALLOW_PRIVATE_FEEDS", "").strip().lower() in ("1", "true", "yes", "on")


def is_public_ip(ip: str) -> bool:
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return not (
        addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_multicast
        or addr.is_reserved or addr.is_unspecified
    )


def check_scheme(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise AddressRefused(f"only http/https feed URLs are fetched, not {parts.scheme or 'no scheme'!r}: {url}")
    if not parts.hostname:
        raise AddressRefused(f"feed URL has no host: {url}")


def check_addresses(url: str, addresses: list[str], allow_private: bool) -> None:
    """Raise AddressRefused when any resolved address is private/loopback/link-local and that is not allowed."""
    if allow_private:
        return
    bad = sorted({a for a in addresses if not is_public_ip(a)})
    if bad:
        raise AddressRefused(
            f"{urlsplit(url).hostname} is or resolves to a private/loopback/link-local address ({', '.join(bad)}); "
            "allow it per feed (allow_private: true) or with NEWSFLOW_ALLOW_PRIVATE_FEEDS=1"
        )


def resolve(host: str, port: int) -> list[str]:
    """Blocking resolution; the async fetcher uses the event loop's resolver instead."""
    return [info[4][0] for info in socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)]
