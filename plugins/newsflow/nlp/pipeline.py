"""One document in, one ``Extraction`` out: normalize → spaCy → canonical entities,
quantities, events → every offset mapped back onto the ORIGINAL text.

The stages work on the normalized text (standard German spelling and numbers,
markup removed) because that is what the model and the lexicons expect; the
records that leave here index the original, so analysts can always show the
outlet's own words.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import tee
from typing import Any, Callable, Iterable, Iterator

from newsflow.nlp.members import MEMBERS
from newsflow.nlp.ner_rules import SWISS_CANTON_CODES
from newsflow.nlp.records import ActorMention, Event, Extraction, Mention
from newsflow.text.normalize import Normalized, normalize

log = logging.getLogger(__name__)

# Labels other pipelines use, folded onto the four this product stores.
LABEL_MAP = {
    "PER": "PER", "PERSON": "PER",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
    "ORG": "ORG", "NORP": "MISC",
    "MISC": "MISC", "OTH": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
}


@dataclass(frozen=True)
class Document:
    """A text to analyse, with what the pipeline needs to know about its source."""

    text: str
    published: date | None = None
    country: str | None = None  # de, at, ch, li: drives Swiss normalization
    key: Any = None  # caller's handle (e.g. article id), passed through untouched


def extract(text: str, published: date | None = None, country: str | None = None, nlp=None) -> Extraction:
    """Analyse one document (see ``extract_many`` for batches)."""
    return next(iter(extract_many([Document(text, published, country)], nlp=nlp)))[1]


def extract_many(
    documents: Iterable[Document],
    nlp=None,
    batch_size: int = 32,
    on_error: Callable[[Document, Exception], None] | None = None,
    n_process: int = 1,
) -> Iterator[tuple[Document, Extraction]]:
    """Stream documents through the pipeline with ``nlp.pipe`` batching.

    Lazily consumes ``documents`` so memory stays flat however many there are.
    With ``on_error``, a document whose analysis raises is reported there and
    skipped, so one bad text cannot end a batch; without it the error propagates.
    ``n_process`` > 1 runs spaCy in that many worker processes (see ``usable_processes``);
    normalization and the rule stages stay in this process.
    """
    from newsflow.nlp.canonical import canonicalize
    from newsflow.nlp.events import LEXICON_VERSION, extract_events
    from newsflow.nlp.model import load_pipeline, model_info
    from newsflow.nlp.quantities import find_quantities

    nlp = nlp or load_pipeline()
    info = model_info(nlp)

    def normalized_stream() -> Iterator[tuple[str, tuple[Document, Normalized]]]:
        for document in documents:
            norm = normalize(document.text or "", document.country)
            yield norm.text, (document, norm)

    for doc, (document, norm) in _pipe(nlp, normalized_stream(), batch_size, usable_processes(n_process)):
        try:
            extraction = _analyse(doc, norm, document, info, LEXICON_VERSION,
                                  canonicalize, find_quantities, extract_events)
        except Exception as exc:
            if on_error is None:
                raise
            on_error(document, exc)
            continue
        yield document, extraction


def usable_processes(requested: int | None) -> int:
    """How many spaCy processes to run: ``requested``, or 1 where this process may not fork workers.

    Celery's prefork workers are daemonic processes, and a daemonic process may not have
    children (``multiprocessing`` refuses): there the NLP runs in-process instead of failing.
    """
    import multiprocessing

    requested = max(1, int(requested or 1))
    if requested > 1 and multiprocessing.current_process().daemon:
        log.warning("NLP asked for %d processes, but this is a daemonic worker process: using 1", requested)
        return 1
    return requested


def _pipe(nlp, stream: Iterator[tuple[str, Any]], batch_size: int, n_process: int) -> Iterator[tuple[Any, Any]]:
    if n_process == 1:
        yield from nlp.pipe(stream, as_tuples=True, batch_size=batch_size)
        return
    # With as_tuples, spaCy would tokenize in this process and ship Doc bytes to the workers; plain
    # strings let the workers tokenize. Docs come back in input order, so the contexts zip back on
    # (tee keeps only the contexts of the texts in flight).
    texts, contexts = tee(stream)
    docs = nlp.pipe((text for text, _ in texts), batch_size=batch_size, n_process=n_process)
    for doc, (_, context) in zip(docs, contexts):
        yield doc, context


def _analyse(doc, norm, document, info, lexicon_version, canonicalize, find_quantities, extract_events):
    from newsflow.nlp.lexicon import load_lexicon
    from newsflow.nlp.unnamed_actors import with_unnamed_actors
    from newsflow.nlp.canonical import (compound_parts_in_text, drop_unknown_seats, institutions_by_demonym,
                                        institutions_in_text, repeated_names_in_text, sites_by_demonym)

    found = _mentions(doc, norm.text)
    # "beteiligten sich an dem Ausstand" (LOC): a listed event noun is a thing that happens, not a name
    events_lexicon = load_lexicon()
    found = [m for m in found if " " in m.text or not events_lexicon.is_event_noun(m.text)]
    found = [_without_trailing_event_noun(m, events_lexicon) for m in found]
    if norm.swiss:
        found = [_swiss_party(m) for m in found]
        if not _GERMAN_POLITICS.search(norm.text):
            # "Die Linke begrüsste den Entscheid": in Swiss politics the left camp, no party of that name
            found = [m for m in found if m.text not in _CAMPS]
    # The model misses parts of compounds (GermEval tags them *part) and untagged repeats of a
    # name it found elsewhere in the article: "Ukraine-Krieg" -> Ukraine; "Olaf Scholz ... Scholz".
    parts = tuple(p for p in compound_parts_in_text(norm.text, found) if not _inside_currency(norm.text, p))
    found += parts + repeated_names_in_text(norm.text, found)
    # ... and institutions named by their seat, where it tags only the place: "Kantonspolizei Zürich"
    institutions = institutions_in_text(norm.text, found)
    found = drop_unknown_seats([*found, *institutions], institutions)
    found += institutions_by_demonym(norm.text, found)  # "Die Luzerner Polizei"
    found += sites_by_demonym(norm.text, found)  # "im Hamburger Hafen"
    mentions = canonicalize(sorted(found, key=lambda m: (m.start, m.end)), text=norm.text)
    quantities = find_quantities(norm.text)
    # A part inside a word is a topic, not an actor or a place: "Nato" in "Nato-Gipfel";
    # in "EU-Kommission" the Commission acts, not the EU.
    # (but "Im Gaza-Krieg sind … getötet worden": the war's place is where the deaths were)
    not_actors = {(m.start, m.end) for m in parts if not _MEMBERS.match(norm.text, m.end)
                  and not _WORKS.match(norm.text, m.end)
                  and not (m.label == "LOC" and _WAR_AFTER.match(norm.text, m.end)
                           and _IN_BEFORE.search(norm.text, max(0, m.start - 8), m.start))} | _nested_spans(mentions)
    actors = [m for m in mentions if (m.start, m.end) not in not_actors]
    # "Die israelische Armee hat … angegriffen" (Israel), "Die Gewerkschaft fordert" after "Die Gewerkschaft
    # Verdi": actors named without a name of their own
    actors = with_unnamed_actors(norm.text, actors, mentions)
    # "Die SBB … Die Bahn" (the NER's ORG "Bahn"): the description's organization is the entity's name too
    described = {(a.start, a.end, a.label): a.canonical for a in actors if isinstance(a, ActorMention)}
    mentions = [replace(m, canonical=described[(m.start, m.end, m.label)])
                if (m.start, m.end, m.label) in described else m for m in mentions]
    events = extract_events(doc, actors, quantities, document.published, norm.text)
    if not norm.replacements:
        # Nothing was changed (most standard German text): offsets and surfaces are the original's.
        return Extraction(text=norm.original, normalized=norm.text, entities=tuple(mentions),
                          quantities=tuple(quantities), events=tuple(events), replacements=(),
                          model=info, lexicon_version=lexicon_version)
    return Extraction(
        text=norm.original,
        normalized=norm.text,
        entities=tuple(_remap(m, norm) for m in mentions),
        quantities=tuple(_remap(q, norm) for q in quantities),
        events=tuple(_map_event(e, norm) for e in events),
        replacements=norm.replacements,
        model=info,
        lexicon_version=lexicon_version,
    )


def _nested_spans(mentions) -> set[tuple[int, int]]:
    """Spans lying inside a longer mention (one sweep, so long documents stay linear)."""
    nested, reach, reach_span = set(), -1, None
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if reach >= m.end and reach_span != (m.start, m.end):
            nested.add((m.start, m.end))
        if m.end > reach:
            reach, reach_span = m.end, (m.start, m.end)
    return nested


# ... except the group whose members act: "Greenpeace-Aktivisten protestierten", "Hamas-Kämpfer griffen an",
# "Die CDU-Fraktion im Stadtrat kritisierte", "Die US-Regierung drohte der EU"
# (plural heads, and no name after them: "SPD-Politiker Klingbeil" is one person).
# ... and the author of a proposal, which is judged with it: "Bundesrat lehnt Juso-Initiative ab" (the Juso),
# "Netanjahu begrüsst Trump-Plan"
_WORKS = re.compile(r"-(?:Initiative|Initiativen|Vorschlag|Vorschlags|Vorschläge|Vorschlägen|Plan|Plans|Pläne|Plänen|"
                    r"Antrag|Antrags|Anträge|Anträgen|Vorlage|Vorstoss|Vorstoß|Motion|Postulat|Entwurf|Entwurfs|"
                    r"Gesetzentwurf|Reformpläne|Forderung|Forderungen)\b")
_WAR_AFTER = re.compile(r"-(?:Krieg|Kriegs|Konflikt|Konflikts|Front)\b")
_IN_BEFORE = re.compile(r"(?<!\w)[Ii]m\s+$")
_MEMBERS = re.compile(r"-(?:" + "|".join(MEMBERS) + r")\b"
                      r"(?![ \t]+[A-ZÄÖÜ])")  # "die Grünen-Abgeordnete Merle Sommerfeld" is one person


# Currencies are units of quantities, not named entities (GermEval leaves them untagged),
# yet a model trained on little data tags them: "1,5 Milliarden Euro" -> Euro/MISC.
CURRENCY_WORDS = frozenset({
    "euro", "eur", "franken", "chf", "fr.", "rappen", "dollar", "usd", "cent", "pfund", "yen", "rubel",
    "schilling", "d-mark", "kronen", "zloty", "yuan", "bitcoin", "€", "$", "£", "us-dollar", "us$",
    "schweizer franken", "sfr.", "sfr", "mark",
})


def _inside_currency(text: str, m: Mention) -> bool:
    """"US" in "US-Dollar": a currency's part names no place."""
    start = m.start
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = m.end
    while end < len(text) and not text[end].isspace() and text[end] not in ".,;:!?)":
        end += 1
    return text[start:end].casefold() in CURRENCY_WORDS


# Swiss parliamentarians are named with party and canton: "Thomas Aeschi (SVP/ZG)". The tokenizer keeps
# "SVP/ZG" whole; the party is the entity, the canton code a label of the seat.
PARTY_CANTON = re.compile(r"(.+)/(?:" + "|".join(sorted(SWISS_CANTON_CODES)) + ")")


_CAMPS = frozenset({"Linke", "Linken", "Rechte", "Rechten"})
# ... unless the article is about German politics, where Die Linke is a party
_GERMAN_POLITICS = re.compile(r"\b(?:Bundestag\w*|Deutschland\w*|deutsche[nmrs]?|Berlin\w*|Landtag\w*|Wagenknecht|"
                              r"Reichinnek|BSW|SPD|CDU|CSU|AfD)\b")


# The object nouns of set phrases that follow a dative or genitive name: "der Credit Suisse Anklage erheben",
# "dem Konzern Kritik üben", "der Bank Vorwürfe machen".
_CLAUSE_OBJECTS = frozenset({"Anklage", "Klage", "Anzeige", "Strafanzeige", "Beschwerde", "Berufung", "Revision",
                             "Einspruch", "Rekurs", "Kritik", "Vorwürfe", "Hilfe", "Unterstützung"})


def _without_trailing_event_noun(m: Mention, events_lexicon) -> Mention:
    """"gegen Kader der Credit Suisse Anklage erhoben" (ORG "Credit Suisse Anklage"): a listed name the model
    ran on into the clause's event or object noun is the name alone (not "Kalter Krieg", which no list has
    without it)."""
    head, _, last = m.text.rpartition(" ")
    if not head or not (last in _CLAUSE_OBJECTS or events_lexicon.is_event_noun(last)):
        return m
    from newsflow.nlp.ner_rules import gazetteer

    label = gazetteer().get(head)
    if label is None:
        return m
    return Mention(head, label, m.start, m.start + len(head), m.canonical)


def _swiss_party(m: Mention) -> Mention:
    """In Swiss text "die Mitte" is the party (Die Mitte), not Berlin's district the model learnt."""
    if m.text == "Mitte" and m.label != "ORG":
        return Mention(m.text, "ORG", m.start, m.end, m.canonical)
    return m


def _mentions(doc, text: str) -> list[Mention]:
    found = []
    for ent in doc.ents:
        label = LABEL_MAP.get(ent.label_)
        # A slice of the text the doc was made from: ``ent.text`` rebuilds it token by token.
        surface = text[ent.start_char:ent.end_char]
        if label is None or not surface.strip() or surface.casefold() in CURRENCY_WORDS:
            continue
        end = ent.end_char
        if label == "ORG" and (party := PARTY_CANTON.fullmatch(surface)):
            surface, end = party.group(1), ent.start_char + party.end(1)
        if surface in SWISS_CANTON_CODES and text[ent.start_char - 1:ent.start_char] == "(" and text[end:end + 1] == ")":
            continue  # "Thomas Aeschi (ZG)": the canton a member sits for labels the person, no mention of its own
        found.append(Mention(surface, label, ent.start_char, end, ""))
    return found


# --- mapping normalized offsets back onto the original text ------------------

def _remap(record, norm: Normalized):
    """A record with ``text``/``start``/``end`` moved onto the original text (its surface as printed)."""
    s, e = norm.to_original(record.start, record.end)
    return replace(record, start=s, end=e, text=norm.original[s:e])


def _map_event(ev: Event, norm: Normalized) -> Event:
    ts, te = norm.to_original(ev.trigger_start, ev.trigger_end)
    s, e = norm.to_original(ev.start, ev.end)
    return replace(
        ev,
        trigger=norm.original[ts:te],
        trigger_start=ts,
        trigger_end=te,
        start=s,
        end=e,
        actors=tuple(_remap(a, norm) for a in ev.actors),
        place=_remap(ev.place, norm) if ev.place else None,
        date=_remap(ev.date, norm) if ev.date else None,
        count=_remap(ev.count, norm) if ev.count else None,
    )
