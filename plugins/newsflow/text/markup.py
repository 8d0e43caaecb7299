"""Feed markup and invisible characters -> plain text edits.

HTML tags go (block tags leave a paragraph break so sentences stay apart: ``Satz.</p><p>Neu``
-> ``Satz.\\n\\nNeu``), entities are decoded (``&uuml;`` -> ``ü``, also double-escaped
``&amp;uuml;``), soft hyphens and zero-width characters vanish, no-break spaces become spaces.
"""
from __future__ import annotations

import html
import re
import unicodedata

from newsflow.text.offsets import Edit

BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td th thead title tr ul".split()
)
INLINE_TAGS = frozenset(
    "a abbr b bdi bdo big cite code data del dfn em font i img ins kbd label mark picture q s samp "
    "small source span strike strong sub sup time tt u var wbr video audio iframe embed object "
    "param input button meta link html head body".split()
)
PARAGRAPH = "\n\n"

MARKUP = re.compile(
    r"(?P<drop><!\[CDATA\[|\]\]>)"
    r"|(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9]*(?::[A-Za-z0-9]+)?)(?:\s[^<>]*)?/?>)"
    r"|(?P<entity>&(?:amp;)*(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?))"
    r"|(?P<soft>\u00ad+)"
    r"|(?P<zw>[\u200b\u200c\u200d\u2060\ufeff]+)"
    r"|(?P<space>[\u00a0\u2007\u202f])",
    re.DOTALL | re.IGNORECASE,
)
INVISIBLE = {"\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
             "\u00a0": " ", "\u2007": " ", "\u202f": " "}


def _decode_entity(raw: str) -> str:
    # "&amp;amp;uuml;" is escaped twice by careless feeds: decode as often as it was escaped
    decoded = raw
    for _ in range(raw.count("amp;") + 1):
        decoded = html.unescape(decoded)
    return "".join(INVISIBLE.get(c, c) for c in decoded)


def _tag_is_block(name: str) -> bool | None:
    name = name.lower()
    if name in BLOCK_TAGS:
        return True
    if name in INLINE_TAGS or ":" in name:  # <o:p> from Word
        return False
    return None  # not HTML ("<Bundesrat>" in running text): leave it alone


def markup_edits(text: str) -> list[Edit]:
    """One pass over ``text``; decoded entities may form new tags, so callers repeat to a fixpoint."""
    if "<" not in text and "&" not in text and not any(c in text for c in INVISIBLE) and "]]>" not in text:
        return []
    edits: list[Edit] = [Edit(start, end, "", "html") for start, end in _hidden_spans(text)]
    for match in MARKUP.finditer(text):  # matches inside hidden spans are dropped below
        kind = match.lastgroup
        start, end = match.span()
        if kind == "drop":
            edits.append(Edit(start, end, "", "html"))
        elif kind == "tag":
            block = _tag_is_block(match.group("name"))
            if block is None:
                continue
            edits.append(Edit(start, end, PARAGRAPH if block else "", "html"))
        elif kind == "entity":
            raw = match.group()
            new = _decode_entity(raw)
            # "&ampU" decodes to "&U" (a legacy entity without ";" ends where the name does): the
            # letters after it are unchanged and stay out of the edit, so a later edit of them
            # (NFC: U + combining grave -> Ù) does not overlap this one
            keep = 0
            while keep < min(len(raw), len(new)) - 1 and raw[-1 - keep] == new[-1 - keep]:
                keep += 1
            if new != raw:
                edits.append(Edit(start, end - keep, new[:len(new) - keep], "entity"))
        elif kind == "soft":
            edits.append(Edit(start, end, "", "soft_hyphen"))
        elif kind == "zw":
            edits.append(Edit(start, end, "", "zero_width"))
        elif kind == "space":
            edits.append(Edit(start, end, " ", "space"))
    edits.sort(key=lambda e: e.start)  # stable: a hidden span wins over a tag at the same start
    return _merge_blocks(text, _drop_overlaps(edits))


HIDDEN = tuple((re.compile(opener, re.IGNORECASE), re.compile(closer, re.IGNORECASE)) for opener, closer in (
    (r"<!--", r"-->"), (r"<script\b", r"</script\s*>"), (r"<style\b", r"</style\s*>")))


def _hidden_spans(text: str) -> list[tuple[int, int]]:
    """Comments, scripts and styles with their content.  Searching opener then closer (not one
    lazy regex) keeps 1 MB of unclosed "<!--" linear."""
    spans: list[tuple[int, int]] = []
    if "<" not in text:
        return spans
    for opener, closer in HIDDEN:
        start = opener.search(text)
        while start:
            close = closer.search(text, start.end())
            if not close:
                break  # unclosed: leave the rest as text
            spans.append((start.start(), close.end()))
            start = opener.search(text, close.end())
    spans.sort()
    kept: list[tuple[int, int]] = []
    for span in spans:  # a "<script" inside a comment belongs to the comment
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _drop_overlaps(edits: list[Edit]) -> list[Edit]:
    kept: list[Edit] = []
    for edit in edits:
        if not kept or edit.start >= kept[-1].end:
            kept.append(edit)
    return kept


def _merge_blocks(text: str, edits: list[Edit]) -> list[Edit]:
    """``</p>\\n<p>`` is one paragraph break, not three: merge block tags and the whitespace
    between and around them into a single edit."""
    merged: list[Edit] = []
    for edit in edits:
        if edit.kind == "html" and edit.new == PARAGRAPH:
            start, end = edit.start, edit.end
            while start > 0 and text[start - 1] in " \t\r\n" and (not merged or merged[-1].end < start):
                start -= 1
            while end < len(text) and text[end] in " \t\r\n":
                end += 1
            if merged and merged[-1].kind == "html" and merged[-1].end >= start and merged[-1].new in ("", PARAGRAPH):
                previous = merged.pop()
                start = previous.start
            elif merged and merged[-1].end > start:
                start = merged[-1].end
            edit = Edit(start, end, PARAGRAPH, "html")
        merged.append(edit)
    return merged


def nfc_edits(text: str) -> list[Edit]:
    """Compose decomposed characters (``u\\u0308`` -> ``ü``), one edit per changed cluster."""
    if unicodedata.is_normalized("NFC", text):
        return []
    edits: list[Edit] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        cluster = text[start:i]
        composed = unicodedata.normalize("NFC", cluster)
        if composed != cluster:
            edits.append(Edit(start, i, composed, "nfc"))
        start = i
    return edits
