"""The JSON shape of an ``Extraction``: the stable interface of ``newsflow extract``."""
from __future__ import annotations

from dataclasses import asdict
from datetime import date
from decimal import Decimal
from typing import Any

from newsflow.nlp.records import Event, Extraction, Quantity


def number(value: Decimal) -> int | float:
    """JSON has no decimals: integral values stay exact ints; ``value_text`` keeps the exact form."""
    return int(value) if value == value.to_integral_value() else float(value)


def quantity_json(q: Quantity) -> dict[str, Any]:
    return {
        "text": q.text, "value": number(q.value), "value_text": str(q.value), "unit": q.unit,
        "start": q.start, "end": q.end, "qualifier": q.qualifier, "approximate": q.approximate,
    }


def event_json(ev: Event) -> dict[str, Any]:
    return {
        "type": ev.type,
        "cameo": ev.cameo,
        "trigger": ev.trigger,
        "trigger_start": ev.trigger_start,
        "trigger_end": ev.trigger_end,
        "actors": [asdict(a) for a in ev.actors],
        "place": asdict(ev.place) if ev.place else None,
        "date": _date_json(ev.date) if ev.date else None,
        "count": quantity_json(ev.count) if ev.count else None,
        "negated": ev.negated,
        "modality": ev.modality,
        "confidence": round(ev.confidence, 3),
        "start": ev.start,
        "end": ev.end,
    }


def _date_json(d) -> dict[str, Any]:
    out = asdict(d)
    out["value"] = d.value.isoformat() if isinstance(d.value, date) else str(d.value)
    return out


def extraction_json(x: Extraction) -> dict[str, Any]:
    return {
        "text": x.text,
        "normalized": x.normalized,
        "entities": [
            {"text": m.text, "label": m.label, "start": m.start, "end": m.end, "canonical": m.canonical}
            for m in x.entities
        ],
        "quantities": [quantity_json(q) for q in x.quantities],
        "events": [event_json(e) for e in x.events],
        "replacements": [asdict(r) for r in x.replacements],
        "model": {"name": x.model.name, "version": x.model.version},
        "lexicon_version": x.lexicon_version,
    }
