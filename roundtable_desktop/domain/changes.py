"""What one change to the library changed: the announcement every area refreshes from.

An operation (storage's change path) returns an :class:`OpChanges` and announces it: which kinds
of record it added, updated or removed, their ids and, for an update, the fields it wrote. Areas
ask :meth:`OpChanges.touches` whether they must refresh; the live link publishes it to the other
laptops. It names records; it never carries a copy of one, so nobody writes a stale copy back.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class RecordKind(StrEnum):
    """Kinds of record, named as their tables are."""

    MEETING = "session"
    AGENDA_ITEM = "agenda_item"
    QUESTION = "guiding_question"
    PARTICIPANT = "participant"
    SLOT = "speaker_slot"
    NOTE = "note"


class ChangeAction(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class Change:
    """One record added, updated (these fields) or removed."""

    kind: RecordKind
    id: str
    action: ChangeAction
    fields: frozenset[str] = frozenset()


LOCAL = "local"


@dataclass(frozen=True, slots=True)
class OpChanges:
    """Everything one operation changed, committed together.

    ``what`` names the action in the user's words ("agenda item edit"): undo and the status bar
    say it. ``origin`` is ``local`` for this window's actions; the live link marks what arrives
    from another laptop, so it does not send it back. ``initiator`` is the object that asked
    (an area), so that it may skip a refresh it already made; it is never compared or sent.
    """

    what: str
    session_id: str | None
    changes: tuple[Change, ...] = ()
    origin: str = LOCAL
    initiator: object | None = field(default=None, compare=False)

    @property
    def empty(self) -> bool:
        return not self.changes

    @property
    def kinds(self) -> frozenset[RecordKind]:
        return frozenset(change.kind for change in self.changes)

    def touches(self, *kinds: RecordKind) -> bool:
        """True when any record of these kinds was added, updated or removed."""
        return any(change.kind in kinds for change in self.changes)

    def ids(self, kind: RecordKind, action: ChangeAction | None = None) -> set[str]:
        return {change.id for change in self.changes
                if change.kind is kind and (action is None or change.action is action)}

    def fields(self, kind: RecordKind, record_id: str) -> frozenset[str]:
        """The fields an update of this record wrote (every field when it was added)."""
        written: set[str] = set()
        for change in self.changes:
            if change.kind is kind and change.id == record_id:
                written |= change.fields
        return frozenset(written)

    def concerns(self, session_id: str | None) -> bool:
        """True when it changed the meeting ``session_id`` (or several meetings at once), and
        did not remove it (whoever shows it then shows another meeting)."""
        if session_id is not None and session_id in self.ids(RecordKind.MEETING, ChangeAction.REMOVED):
            return False
        return self.session_id is None or self.session_id == session_id


def merged(what: str, session_id: str | None, parts: Iterable[Change], origin: str = LOCAL,
           initiator: object | None = None) -> OpChanges:
    """One announcement of ``parts``, a record written twice counted once with all its fields."""
    order: list[tuple[RecordKind, str]] = []
    joined: dict[tuple[RecordKind, str], Change] = {}
    for part in parts:
        key = (part.kind, part.id)
        before = joined.get(key)
        if before is None:
            order.append(key)
            joined[key] = part
        elif part.action is ChangeAction.REMOVED:
            joined[key] = part if before.action is not ChangeAction.ADDED else \
                Change(part.kind, part.id, ChangeAction.REMOVED)
        else:
            action = before.action if before.action is not ChangeAction.UPDATED else part.action
            joined[key] = Change(part.kind, part.id, action, before.fields | part.fields)
    return OpChanges(what, session_id, tuple(joined[key] for key in order), origin, initiator)
