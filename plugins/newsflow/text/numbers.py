"""Swiss number formats -> standard German, and exact parsing of German numbers.

Swiss outlets group thousands with an apostrophe (``45'000``; CLDR de-CH uses U+2019 ``27’350``,
some feeds U+02BC ``1ʼ875``) and write decimals with a point (``Fr. 4.20``).  Standard German
groups with a point and uses a decimal comma: ``1'234'567.25`` -> ``1.234.567,25``.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from newsflow.text.offsets import Edit

APOSTROPHES = "'’ʼ"
# 45'000, 1'234'567.25 — a grouped number is never glued to letters or digits ("Müller's", "'89").
# "Fr. 1'000.–": grouped round francs.
GROUPED = re.compile(rf"(?<![\w'’ʼ.,])(\d{{1,3}}(?:[{APOSTROPHES}]\d{{3}})+)(?:\.(\d+)|\.([–—-])(?![\w\d]))?"
                     rf"(?![\w'’ʼ]|[.,]\d)")
# Fr. 15.– : round francs ("15 Franken, no Rappen"); standard German writes "15,–".
ROUND_AMOUNT = re.compile(r"(?<![\w.,'’ʼ])(\d+)\.([–—-])(?![\w\d])")
# A Swiss decimal point: "1.5 Prozent", "Fr. 4.20".
DECIMAL = re.compile(r"(?<![\w.,'’ʼ])(\d+)\.(\d+)(?![\w'’ʼ]|[.,]\d)")
# 14.30 Uhr is a time, 3.5. a date, "Version 2.1" a version: no decimals. The first time of a span
# names its "Uhr" only after the second: "zwischen 12.30 und 13.30 Uhr", "von 8.00 bis 9.15 h".
NOT_DECIMAL_AFTER = re.compile(r"\s*(?:(?:und|bis|[–—-])\s*\d{1,2}\.\d{2}\s*)?(?:Uhr\b|h\b)")
# A scale word after d.ddd makes it a decimal: "1.234 Mrd. Franken" is 1.234 billion (German copy would write
# "1,234 Mrd."; a thousand billions is no amount news reports).
SCALE_AFTER = re.compile(r"\s*(?:Mio\.|Mrd\.|Mia\.|Bio\.|Millionen|Million|Milliarden|Milliarde|Billionen|Billion)(?!\w)")
CURRENCY_BEFORE = re.compile(r"(?:Fr\.|SFr\.|CHF|EUR|€|\$)\s?$")
NOT_DECIMAL_BEFORE = re.compile(r"(?:Version|Art\.|Artikel|Abs\.|Ziff\.|Kapitel|Nr\.|iOS|Android|Windows)\s*$")


def swiss_number_edits(text: str) -> list[Edit]:
    """Edits rewriting Swiss numbers in standard German; call only on Swiss text."""
    edits: list[Edit] = []
    for match in GROUPED.finditer(text):
        integer = re.sub(f"[{APOSTROPHES}]", ".", match.group(1))
        fraction, dash = match.group(2), match.group(3)
        new = integer + ("," + fraction if fraction else "") + ("," + dash if dash else "")
        edits.append(Edit(match.start(), match.end(), new, "number"))
    for match in ROUND_AMOUNT.finditer(text):
        edits.append(Edit(match.start(), match.end(), f"{match.group(1)},{match.group(2)}", "number"))
    for match in DECIMAL.finditer(text):
        # d.ddd stays: a Swiss text quoting German wire copy means 1500, and 45.000 is our own output;
        # but no thousands group follows a lone zero ("0.958 Franken") or precedes a scale ("1.234 Mrd.")
        # (".000" is nobody's decimal: "45.000 Mio." is our own output of "45'000 Mio.")
        thousands = len(match.group(2)) == 3 and match.group(1) != "0" and (
            match.group(2) == "000" or not SCALE_AFTER.match(text, match.end()))
        if thousands or NOT_DECIMAL_AFTER.match(text, match.end()):
            continue
        if NOT_DECIMAL_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if text[match.end():match.end() + 1] == "." and _could_be_date(match.group(1), match.group(2)) \
                and not CURRENCY_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            continue
        edits.append(Edit(match.start(), match.end(), f"{match.group(1)},{match.group(2)}", "number"))
    edits.sort(key=lambda e: e.start)
    kept: list[Edit] = []
    for edit in edits:  # the patterns cannot overlap in practice; keep the first if they ever do
        if not kept or edit.start >= kept[-1].end:
            kept.append(edit)
    return kept


def _could_be_date(day: str, month: str) -> bool:
    """"am 1.5." is the first of May; "Fr. 4.20." and "um 2.75." are not dates."""
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12 and len(month) <= 2


GERMAN_NUMBER = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")  # 0.958 is no 958


def parse_german_number(text: str) -> Decimal | None:
    """``1.234.567,25`` -> Decimal('1234567.25'); ``2,7`` -> 2.7; ``15,–`` -> 15; else None."""
    text = text.strip().rstrip("–—-").rstrip(",")
    if not GERMAN_NUMBER.fullmatch(text):
        return None
    try:
        return Decimal(text.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None
