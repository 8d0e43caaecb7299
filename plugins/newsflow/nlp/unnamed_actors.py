"""Actors the article names without a name: state organs by their country's adjective
(``state_actors``) and descriptions referring back to an organization (``descriptions``).
The pipeline and the gold-entity mode of ``newsflow eval-events`` add the same ones."""
from __future__ import annotations

from typing import Sequence

from newsflow.nlp.descriptions import descriptions_in_text
from newsflow.nlp.records import ActorMention, Mention
from newsflow.nlp.state_actors import state_organs_in_text

__all__ = ["unnamed_actors", "with_unnamed_actors"]


def unnamed_actors(text: str, mentions: Sequence[Mention]) -> tuple[ActorMention, ...]:
    organs = state_organs_in_text(text, mentions)
    return organs + descriptions_in_text(text, [*mentions, *organs])


def with_unnamed_actors(text: str, actors: Sequence[Mention], mentions: Sequence[Mention]) -> list[Mention]:
    """``actors`` plus the unnamed ones found beside ``mentions``, in text order."""
    return sorted([*actors, *unnamed_actors(text, mentions)], key=lambda m: (m.start, m.end))
