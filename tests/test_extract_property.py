"""Property: ``extract`` survives any Unicode text and every offset it returns slices the original."""
from __future__ import annotations

from datetime import date

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# German news fragments, so that entities, numbers and events actually occur between the noise.
FRAGMENTS = [
    "Anna Keller traf in Bern den Minister. ", "Rund 45'000 Menschen demonstrierten in Zürich. ",
    "Die SPD kritisierte die Regierung in Berlin. ", "Am 3. März streikten 1’200 Beschäftigte der SBB. ",
    "Die Strasse wurde gesperrt; schliesslich kamen 12.500 Besucher nach Wien. ", "&amp; <b>fett</b> &#x27; ",
    "Sabine Huber (SPÖ) sagte: «Wir verhandeln.» ", "\u00ad", "\u200b", "ß", "Maße", "Masse",
]
NOISE = [
    "🎉👩‍👩‍👧", "🇨🇭", "مرحبا بالعالم", "שלום", "\u202e\u202d\u2066", "\x00", "\x07", "\x1b[31m", "\r\n", "\t",
    "\ufeff", "\ufffd", "e\u0301", "ﬁ", "Ⅻ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u2028", "\u0085", "'", "’", "1'000'000",
]

texts = st.lists(
    st.one_of(st.text(max_size=40), st.sampled_from(FRAGMENTS), st.sampled_from(NOISE)),
    max_size=25,
).map("".join)


@pytest.fixture(scope="module")
def nlp():
    from newsflow.nlp.model import load_pipeline

    return load_pipeline()


def assert_offsets_valid(text: str, x) -> None:
    def span(start: int, end: int, surface: str | None = None) -> None:
        assert 0 <= start <= end <= len(text)
        if surface is not None:
            assert text[start:end] == surface

    assert x.text == text
    for m in x.entities:
        span(m.start, m.end, m.text)
    for q in x.quantities:
        span(q.start, q.end, q.text)
    for r in x.replacements:
        span(r.start, r.end, r.original)
    for ev in x.events:
        span(ev.trigger_start, ev.trigger_end, ev.trigger)
        span(ev.start, ev.end)
        for a in ev.actors:
            span(a.start, a.end, a.text)
        if ev.place:
            span(ev.place.start, ev.place.end, ev.place.text)
        if ev.date:
            span(ev.date.start, ev.date.end, ev.date.text)
        if ev.count:
            span(ev.count.start, ev.count.end, ev.count.text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, country=st.sampled_from([None, "de", "at", "ch", "li"]),
       published=st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))))
def test_extract_never_raises_and_offsets_slice_the_original(nlp, text, country, published):
    from newsflow.nlp.pipeline import extract

    assert_offsets_valid(text, extract(text, published=published, country=country, nlp=nlp))


@pytest.mark.parametrize("text", ["", " ", "\x00", "\n\n\n", "🎉" * 500, "‏" * 50])
def test_degenerate_documents(nlp, text):
    from newsflow.nlp.pipeline import extract

    x = extract(text, nlp=nlp)
    assert_offsets_valid(text, x)
    assert x.entities == () or text.strip()


def _document(size: int) -> str:
    block = "".join(FRAGMENTS + NOISE) + "\n"
    return (block * (size // len(block) + 1))[:size]


@pytest.mark.slow
def test_a_100_kb_document(nlp):
    from newsflow.nlp.pipeline import extract

    text = _document(100_000)
    x = extract(text, country="ch", nlp=nlp)
    assert_offsets_valid(text, x)
    assert len(x.entities) > 100


def _mostly_noise(size: int) -> str:
    # Emoji, RTL and CJK survive normalization, so the normalized text stays above 1,000,000
    # characters; one German sentence per block keeps entities (and the canonicalizer) busy.
    noise = "🎉 مرحبا بالعالم שלום 世界你好 👩‍👩‍👧 🇨🇭 "
    block = FRAGMENTS[1] + noise * 20 + "\n"
    return (block * (size // len(block) + 1))[:size]


@pytest.mark.slow
def test_a_1_mb_document(nlp):
    from newsflow.nlp.pipeline import extract
    from newsflow.text.normalize import normalize

    text = _mostly_noise(1_100_000)  # > 1 MiB of characters (and ~3 MB of UTF-8)
    assert len(normalize(text, "ch").text) > 1_000_000
    x = extract(text, country="ch", nlp=nlp)
    assert_offsets_valid(text, x)
    assert x.entities
