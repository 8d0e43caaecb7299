"""Actors the article names without a name: state organs by their country's adjective
(``state_actors``), descriptions referring back to an organization (``descriptions``) and "die Stadt"
referring back to the article's town (``town_references``).
The pipeline and the gold-entity mode of ``newsflow eval-events`` add the same ones."""
from __future__ import annotations

from typing import Sequence

from newsflow.nlp.descriptions import descriptions_in_text
from newsflow.nlp.records import ActorMention, Mention
from newsflow.nlp.state_actors import state_organs_in_text
from newsflow.nlp.town_references import town_references_in_text

__all__ = ["unnamed_actors", "with_unnamed_actors"]


def unnamed_actors(text: str, mentions: Sequence[Mention]) -> tuple[ActorMention, ...]:
    organs = state_organs_in_text(text, mentions)
    return organs + descriptions_in_text(text, [*mentions, *organs]) + town_references_in_text(text, mentions)


def with_unnamed_actors(text: str, actors: Sequence[Mention], mentions: Sequence[Mention]) -> list[Mention]:
    """``actors`` plus the unnamed ones found beside ``mentions``, in text order; an unnamed one on the very span
    of a named one replaces it ("Die SBB … Die Bahn": the NER's ORG "Bahn" is the SBB)."""
    unnamed = unnamed_actors(text, mentions)
    replaced = {(u.start, u.end) for u in unnamed}
    return sorted([*(a for a in actors if (a.start, a.end) not in replaced), *unnamed], key=lambda m: (m.start, m.end))
