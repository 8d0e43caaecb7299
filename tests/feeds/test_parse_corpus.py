"""feedparser's own test feeds through the project's parse step (../shared/data/feedparser-tests)."""
from __future__ import annotations

import re
from pathlib import Path

import feedparser
import pytest

from newsflow.feeds.parse import parse_feed

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "feedparser-tests"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"feedparser test corpus not found at {CORPUS}")

# We parse with sanitize_html=False so articles.text stays as received. In these two files the
# expectation is about what feedparser's HTML sanitizer rewrites, not about decoding.
SANITIZER_CASES = {"bozo_linenoise.xml", "demoronize-3.xml"}


def files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix == ".xml")


def comment_text(data: bytes) -> str:
    """The test header comment, whatever the file's encoding (UTF-16/32 files included)."""
    for codec in ("utf-32", "utf-16") if data[:4].count(b"\x00") else ():
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def headers_of(text: str) -> dict[str, str]:
    return {m.group(1).strip().lower(): m.group(2).strip()
            for m in re.finditer(r"^Header:\s*([^:]+):\s*(.*?)\s*$", text, re.M)}


def holds(expr: str, result) -> bool:
    try:
        return bool(eval(expr, {"feedparser": feedparser}, result))  # the corpus's own expectation syntax
    except Exception:
        return False


def test_every_corpus_file_parses_without_exception():
    paths = files()
    assert len(paths) >= 2000, f"expected the full corpus, found {len(paths)} files"
    failures = []
    for path in paths:
        data = path.read_bytes()
        try:
            parsed = parse_feed(data, headers_of(comment_text(data)))
            assert isinstance(parsed.entries, tuple)
        except Exception as exc:  # noqa: BLE001 - collect them all, report together
            failures.append(f"{path.relative_to(CORPUS)}: {type(exc).__name__}: {exc}")
    assert failures == []


def test_encoding_cases_decode_as_feedparser_expects():
    checked, failures = 0, []
    for path in sorted((CORPUS / "encoding").glob("*.xml")):
        data = path.read_bytes()
        text = comment_text(data)
        expect = re.search(r"^Expect:\s*(.*?)\s*$", text, re.M)
        skip = re.search(r"^SkipUnless:\s*(.*?)\s*$", text, re.M)
        if not expect or (skip and not holds(skip.group(1), {})):
            continue
        headers = headers_of(text)
        ours = parse_feed(data, headers).raw
        checked += 1
        if holds(expect.group(1), ours):
            continue
        if path.name in SANITIZER_CASES:
            reference = feedparser.parse(data, response_headers=headers)  # default: sanitizer on
            if holds(expect.group(1), reference) and reference.get("encoding") == ours.get("encoding"):
                continue
        failures.append(f"{path.name}: {expect.group(1)} (encoding {ours.get('encoding')!r})")
    assert checked >= 70
    assert failures == []
