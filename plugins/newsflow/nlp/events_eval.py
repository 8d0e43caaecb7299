"""``newsflow eval-events``: precision and recall of the event extraction per field on the gold set.

Two modes:
- ``--entities model`` (default): the FULL pipeline ``newsflow.nlp.pipeline.extract``
  (normalization, the bundled NER model, quantities, events) on each gold text;
- ``--entities gold``: the event stage alone, on ``spacy.blank('de')`` + sentencizer
  with the gold set's own entity list as ``doc.ents`` ("oracle entities"), to
  separate event-rule errors from NER errors.

Alignment: a predicted event matches a gold event when its trigger span overlaps
the gold trigger (first occurrence of the gold ``trigger`` string at or after the
previous gold trigger of the same text). Per field, a prediction is correct when it
is aligned, the gold field is set and the values agree; precision divides by the
predictions that fill the field, recall by the gold events that fill it.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Iterable

from newsflow.nlp.records import Event, Mention

__all__ = ["add_arguments", "run", "load_gold", "score", "GOLD_PATH", "FIELDS"]

GOLD_PATH = Path(__file__).resolve().parents[3] / "eval" / "events" / "gold.yaml"
FIELDS = ("type", "actor1", "actor2", "place", "date", "count")


@dataclass
class GoldEvent:
    type: str
    trigger_start: int
    trigger_end: int
    values: dict


@dataclass
class GoldText:
    id: str
    country: str
    published: date
    text: str
    entities: list[tuple[str, str]]
    events: list[GoldEvent] = field(default_factory=list)


def load_gold(path: Path = GOLD_PATH) -> list[GoldText]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    texts = []
    for item in data["texts"]:
        text = item["text"]
        gold = GoldText(item["id"], item["country"], _as_date(item["published"]), text,
                        [tuple(e) for e in item.get("entities", [])])
        cursor = 0
        for ev in item["events"]:
            pos = text.find(ev["trigger"], cursor)
            if pos < 0:
                pos = text.find(ev["trigger"])
            if pos < 0:
                raise ValueError(f"{item['id']}: trigger {ev['trigger']!r} not in text")
            cursor = pos + 1
            date_value = ev.get("date")
            values = {
                "type": ev["type"],
                "actor1": ev.get("actor1"),
                "actor2": ev.get("actor2"),
                "place": ev.get("place"),
                "date": (str(date_value["value"]), date_value["precision"]) if date_value else None,
                "count": Decimal(str(ev["count"])) if ev.get("count") is not None else None,
            }
            gold.events.append(GoldEvent(ev["type"], pos, pos + len(ev["trigger"]), values))
        texts.append(gold)
    return texts


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def predicted_values(event: Event) -> dict:
    actor = {}
    for a in event.actors:  # the gold names one actor per role: the first listed ("Scholz und Macron")
        actor.setdefault(a.role, (a.canonical or a.text, a.text))
    return {
        "type": event.type,
        "actor1": actor.get("actor1"),
        "actor2": actor.get("actor2"),
        "place": (event.place.canonical or event.place.text, event.place.text) if event.place else None,
        "date": (event.date.value.isoformat(), event.date.precision) if event.date else None,
        "count": event.count.value if event.count else None,
    }


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFC", s).casefold().replace("ß", "ss")
    return re.sub(r"\s+", " ", s).strip()


def _same(field_name: str, gold, pred) -> bool:
    if field_name in ("actor1", "actor2", "place"):
        g = _fold(gold)
        for p in map(_fold, pred):
            # "Kickl" vs "Herbert Kickl", "Grünen" vs "Die Grünen": one inside the other.
            if p and (p == g or p in g.split() or g in p or p in g):
                return True
        return False
    if field_name == "count":
        return Decimal(pred) == Decimal(gold)
    return gold == pred


@dataclass
class Tally:
    correct: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0


def score(pairs: Iterable[tuple[GoldText, list[Event]]]) -> tuple[dict[str, Tally], Tally, list[str]]:
    """Per-field tallies, trigger detection (type-agnostic) tally, and error lines for --verbose."""
    tallies = {f: Tally() for f in FIELDS}
    detection = Tally()
    errors: list[str] = []
    for gold, events in pairs:
        aligned: dict[int, Event] = {}
        used: set[int] = set()
        for gi, ge in enumerate(gold.events):
            for pi, ev in enumerate(events):
                if pi not in used and ev.trigger_start < ge.trigger_end and ge.trigger_start < ev.trigger_end:
                    aligned[gi] = ev
                    used.add(pi)
                    break
        detection.gold += len(gold.events)
        detection.predicted += len(events)
        detection.correct += len(aligned)
        for pi, ev in enumerate(events):
            pv = predicted_values(ev)
            for f in FIELDS:
                if pv[f] is not None:
                    tallies[f].predicted += 1
            if pi not in used:
                errors.append(f"{gold.id}: spurious {ev.type} {ev.trigger!r} {_short(pv)}")
        for gi, ge in enumerate(gold.events):
            ev = aligned.get(gi)
            pv = predicted_values(ev) if ev else {f: None for f in FIELDS}
            for f in FIELDS:
                if ge.values[f] is None:
                    if pv[f] is not None:
                        errors.append(f"{gold.id}: {gold.text[ge.trigger_start:ge.trigger_end]!r} {f}: "
                                      f"gold=None predicted={pv[f]!r}")
                    continue
                tallies[f].gold += 1
                if pv[f] is not None and _same(f, ge.values[f], pv[f]):
                    tallies[f].correct += 1
                else:
                    errors.append(f"{gold.id}: {gold.text[ge.trigger_start:ge.trigger_end]!r} {f}: "
                                  f"gold={ge.values[f]!r} predicted={pv[f]!r}")
    return tallies, detection, errors


def _short(values: dict) -> str:
    return " ".join(f"{k}={v!r}" for k, v in values.items() if v is not None and k != "type")


# --- running the extraction ------------------------------------------------

def events_with_model(texts: list[GoldText]) -> Iterable[tuple[GoldText, list[Event]]]:
    from newsflow.nlp.pipeline import extract

    for gold in texts:
        extraction = extract(gold.text, published=gold.published, country=gold.country)
        MODEL_SEEN.add(f"{extraction.model.name} {extraction.model.version}, lexicon {extraction.lexicon_version}")
        yield gold, list(extraction.events)


MODEL_SEEN: set[str] = set()


def events_with_gold_entities(texts: list[GoldText]) -> Iterable[tuple[GoldText, list[Event]]]:
    from newsflow.nlp.events import extract_events
    from newsflow.nlp.quantities import find_quantities
    from newsflow.nlp.unnamed_actors import with_unnamed_actors

    nlp = blank_pipeline()
    for gold in texts:
        # Same input as in the pipeline: the normalized text, offsets mapped back afterwards.
        text, to_original = _normalized(gold.text, gold.country)
        doc, mentions = doc_with_entities(nlp, text, _normalized_entities(gold.entities, gold.country))
        # as in the pipeline: actors named without a name ("die israelische Armee", "die Gewerkschaft")
        actors = with_unnamed_actors(text, mentions, mentions)
        events = extract_events(doc, actors, find_quantities(text), gold.published)
        yield gold, [to_original(ev) for ev in events]


def _normalized(text: str, country: str | None):
    try:
        from newsflow.nlp.pipeline import _map_event
        from newsflow.text.normalize import normalize
    except ImportError:
        return text, lambda ev: ev
    norm = normalize(text, country)
    return norm.text, lambda ev: _map_event(ev, norm)


def _normalized_entities(entities, country):
    try:
        from newsflow.text.normalize import normalize
    except ImportError:
        return entities
    return [(normalize(surface, country).text, label) for surface, label in entities]


def blank_pipeline():
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def doc_with_entities(nlp, text: str, entities: Iterable[tuple[str, str]]):
    """A Doc with every occurrence of the listed surfaces as an entity (longest first, whole tokens)."""
    doc = nlp(text)
    spans, taken = [], set()
    for surface, label in sorted(entities, key=lambda e: -len(e[0])):
        for m in re.finditer(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])", text):
            span = doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")
            if span is None or taken & set(range(span.start, span.end)):
                continue
            taken |= set(range(span.start, span.end))
            spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    mentions = [Mention(s.text, s.label_, s.start_char, s.end_char, s.text) for s in doc.ents]
    # the gold spans with the pipeline's canonical names ("Katars" is Katar), as the model's would have; no other
    # change (no compound parts, no new labels)
    from newsflow.nlp.canonical import canonicalize

    canonical = {(m.start, m.end): m.canonical for m in canonicalize(mentions, text=text)}
    return doc, [replace(m, canonical=canonical.get((m.start, m.end)) or m.text) for m in mentions]


# --- command line ----------------------------------------------------------

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", type=Path, default=GOLD_PATH, help=f"gold set (default: {GOLD_PATH})")
    parser.add_argument("--entities", choices=["model", "gold"], default="model",
                        help="model: full pipeline with the NER model (default); gold: event stage on gold entities")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every miss and spurious event")


def run(args: argparse.Namespace) -> int:
    texts = load_gold(args.gold)
    if args.entities == "model":
        try:
            pairs = list(events_with_model(texts))
        except ImportError as exc:
            print(f"eval-events: the full pipeline is not importable ({exc}); "
                  "use --entities gold to score the event stage alone", file=sys.stderr)
            return 2
    else:
        pairs = list(events_with_gold_entities(texts))
    tallies, detection, errors = score(pairs)
    n_gold = sum(len(t.events) for t in texts)
    source = f"model {', '.join(sorted(MODEL_SEEN))}" if args.entities == "model" else "gold (oracle) entities"
    print(f"gold set: {args.gold.name}, {len(texts)} texts, {n_gold} events; {source}")
    print(f"{'field':<10}{'precision':>10}{'recall':>8}{'correct':>9}{'predicted':>10}{'gold':>6}")
    rows = [("trigger", detection)] + [(f, tallies[f]) for f in FIELDS]
    for name, t in rows:
        print(f"{name:<10}{t.precision:>10.3f}{t.recall:>8.3f}{t.correct:>9}{t.predicted:>10}{t.gold:>6}")
    if args.verbose:
        print("\n".join(errors))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsflow eval-events", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
