"""Which of two versions of one record a merge keeps: version vectors and the ownership rule.

A record's version is a version vector: for each laptop, how many changes it made to the record.
One version descends from the other when it counts at least as many changes of every laptop; two
versions neither of which descends from the other were changed on both laptops. Those are
resolved field by field by the stated rule: the chair's laptop owns the set-up, the speaker list,
the times and the messages to the speaker; the rapporteur's laptop owns the notes, the syntheses,
the key messages and what the summary says of itself (its document type, its language and its
introduction: the laptop that writes the notes writes the summary); the rest (the participants)
takes the newer of the two and is shown to the user for a choice. The rule gives the same
result whichever laptop applies it, so merging both ways converges.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

VersionVector = dict[str, int]
RowValue = str | int | float | None
Row = dict[str, RowValue]
Order = Literal["same", "newer", "older", "both"]

METADATA_COLUMNS = frozenset({"row_version", "row_seq"})
_NOT_COMPARED = frozenset({"id", "created_at", "updated_at"}) | METADATA_COLUMNS


class Laptop(StrEnum):
    """Whose laptop a library is, for one meeting."""

    CHAIR = "chair"
    RAPPORTEUR = "rapporteur"

    @property
    def other(self) -> "Laptop":
        return Laptop.RAPPORTEUR if self is Laptop.CHAIR else Laptop.CHAIR


_RAPPORTEUR_FIELDS: dict[str, frozenset[str] | None] = {
    "note": None,  # every field
    "guiding_question": frozenset({"synthesis"}),
    # the summary's own choices, made in the Export dialog where the summary is written
    "session": frozenset({"key_messages", "document_type", "summary_language", "introduction"}),
}
_CHAIR_KINDS = frozenset({"session", "agenda_item", "guiding_question", "speaker_slot",
                          "speaker_message"})


def owner_of(kind: str, column: str) -> Laptop | None:
    """The laptop that owns a field when both changed it; None: shown for a choice."""
    if kind in _RAPPORTEUR_FIELDS:
        columns = _RAPPORTEUR_FIELDS[kind]
        if columns is None or column in columns:
            return Laptop.RAPPORTEUR
    return Laptop.CHAIR if kind in _CHAIR_KINDS else None


def parse_version(text: object) -> VersionVector:
    """A stored or received version vector; anything malformed counts as no change known."""
    if not isinstance(text, str) or not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items()
            if isinstance(v, int) and not isinstance(v, bool) and v >= 0}


def version_text(version: Mapping[str, int]) -> str:
    return json.dumps(dict(sorted(version.items())), separators=(",", ":"))


def compare(local: Mapping[str, int], incoming: Mapping[str, int]) -> Order:
    """``newer``: the local version descends from the incoming one; ``both``: changed on both."""
    laptops = set(local) | set(incoming)
    ahead = any(local.get(k, 0) > incoming.get(k, 0) for k in laptops)
    behind = any(local.get(k, 0) < incoming.get(k, 0) for k in laptops)
    if ahead and behind:
        return "both"
    return "newer" if ahead else "older" if behind else "same"


def joined(first: Mapping[str, int], second: Mapping[str, int]) -> VersionVector:
    return {k: max(first.get(k, 0), second.get(k, 0)) for k in sorted(set(first) | set(second))}


def same_content(first: Row, second: Row) -> bool:
    columns = (set(first) | set(second)) - _NOT_COMPARED
    return all(first.get(c) == second.get(c) for c in columns)


@dataclass(slots=True)
class Resolution:
    """The merged row of a record changed on both laptops, and how it was decided."""

    row: Row
    by_owner: list[str] = field(default_factory=list)  # fields taken from their owner's laptop
    for_choice: list[str] = field(default_factory=list)  # fields that differed, newer kept
    other: Row = field(default_factory=dict)  # the version not kept, for the user's choice


def _newer_first(first: Row, second: Row) -> tuple[Row, Row]:
    """The two versions, the newer first; equal times are ordered by content, never by side."""
    def key(row: Row) -> tuple[str, str]:
        return (str(row.get("updated_at") or ""), json.dumps(row, sort_keys=True, default=str))

    return (first, second) if key(first) >= key(second) else (second, first)


def resolve(kind: str, local: Row, local_laptop: Laptop | None,
            incoming: Row, incoming_laptop: Laptop | None) -> Resolution:
    """Merge two versions of one record that were both changed, field by field."""
    newer, older = _newer_first(local, incoming)
    by_laptop = {local_laptop: local, incoming_laptop: incoming} if local_laptop != incoming_laptop else {}
    merged: Row = dict(newer)
    resolution = Resolution(merged)
    for column in sorted((set(local) | set(incoming)) - _NOT_COMPARED):
        if local.get(column) == incoming.get(column):
            continue
        owner = owner_of(kind, column)
        if owner is not None and owner in by_laptop:
            merged[column] = by_laptop[owner].get(column)
            resolution.by_owner.append(column)
        else:
            resolution.for_choice.append(column)
    created = [str(row["created_at"]) for row in (local, incoming) if row.get("created_at")]
    merged["created_at"] = min(created) if created else newer.get("created_at")
    merged["updated_at"] = newer.get("updated_at")
    if resolution.for_choice:
        resolution.other = dict(older)
    return resolution
