"""Typed records that leave the NLP layer.

Every ``start``/``end`` pair is a half-open character range. Inside the NLP
stages they index the *normalized* text; ``newsflow.nlp.pipeline.extract``
maps every one of them back onto the ORIGINAL article text before the records
leave the pipeline, so ``original[start:end]`` is always the surface form as
the outlet printed it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from newsflow.text.records import Replacement

__all__ = [
    "ActorMention", "Event", "EventActor", "EventDate", "EventPlace", "Extraction",
    "Mention", "ModelInfo", "Quantity", "Replacement",
]


@dataclass(frozen=True)
class Mention:
    """A named-entity mention."""

    text: str
    label: str  # PER, LOC, ORG, MISC
    start: int
    end: int
    canonical: str


@dataclass(frozen=True)
class ActorMention(Mention):
    """An actor named without a name of its own: a state organ by its country's adjective ("die
    israelische Armee" acts for Israel), or a description referring back to a named organization ("Die
    Gewerkschaft" after "Die Gewerkschaft Verdi"). ``canonical`` is whom it names; it is never a place,
    and not an entity mention of the article."""


@dataclass(frozen=True)
class Quantity:
    """A number with its unit or counted noun (``45'000 Besucher``)."""

    text: str
    value: Decimal
    unit: str | None
    start: int
    end: int
    qualifier: str | None = None  # mindestens, rund, über, knapp, ...
    approximate: bool = False  # Zehntausende, rund 300


@dataclass(frozen=True)
class EventActor:
    role: str  # actor1 (acting), actor2 (acted on)
    text: str
    canonical: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class EventDate:
    value: date
    precision: str  # day, month, year
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class EventPlace:
    text: str
    canonical: str
    start: int
    end: int
    # "clause"; "headline": the lead's clause names none, the headline's event of its type does;
    # "previous": neither does, the sentence before's scene event does ("… demonstrierten in Bern. Die Polizei
    # nahm 14 von ihnen fest"); "dateline": none of these does, the story's dateline does
    source: str = "clause"


@dataclass(frozen=True)
class Event:
    type: str  # taxonomy name, e.g. "protest"
    cameo: str  # CAMEO root code, e.g. "14"
    trigger: str
    trigger_start: int
    trigger_end: int
    start: int  # evidence sentence
    end: int
    actors: tuple[EventActor, ...] = ()
    place: EventPlace | None = None
    date: EventDate | None = None
    count: Quantity | None = None
    negated: bool = False
    modality: str | None = None  # e.g. "consider", "possible", "future", "demand"
    confidence: float = 0.5


@dataclass(frozen=True)
class ModelInfo:
    name: str
    version: str


@dataclass(frozen=True)
class Extraction:
    """Everything the NLP found in one document; offsets index ``text``."""

    text: str
    normalized: str
    entities: tuple[Mention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    events: tuple[Event, ...] = ()
    replacements: tuple[Replacement, ...] = ()
    model: ModelInfo = field(default_factory=lambda: ModelInfo("unknown", "0"))
    lexicon_version: str = "0"
