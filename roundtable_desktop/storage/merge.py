"""Merge a meeting's changes from another laptop into this library, by id, in one transaction.

New records are added; a record changed on one laptop only takes that change; a record changed
on both is resolved by the ownership rule (``domain.row_versions``); deletions are carried by
tombstones and a deleted record stays deleted. Applying the same changes twice changes nothing.
"""

from ..domain.changes import Change, ChangeAction, RecordKind
from ..domain.errors import InputError
from ..domain.field_names import field_names
from ..domain.meeting_changes import KINDS, MeetingChanges, Tombstone
from ..domain.merge_report import Choice, MergeReport, kind_name
from ..domain.row_versions import (
    Laptop,
    Row,
    compare,
    joined,
    owner_of,
    parse_version,
    resolve,
    same_content,
    version_text,
)
from ..domain.translatable import QT_TRANSLATE_NOOP
from .database import Database
from .meeting_rows import (
    change_seq,
    columns_of,
    deleted_ids,
    is_deleted,
    laptop_role,
    local_row,
    local_rows,
    row_of,
    set_laptop_role,
)

# link column -> table it points to; None: the column is required (the row goes with its target)
_KEPT_AS_ON_CHAIR = QT_TRANSLATE_NOOP(
    "MergeReport", "Changed on both laptops: the {what} “{label}” ({fields}) kept as on the chair's laptop.")
_KEPT_AS_ON_RAPPORTEUR = QT_TRANSLATE_NOOP(
    "MergeReport", "Changed on both laptops: the {what} “{label}” ({fields}) kept as on the rapporteur's "
    "laptop.")
_KEPT_AS_ON_BOTH = QT_TRANSLATE_NOOP(
    "MergeReport", "Changed on both laptops: the {what} “{label}” ({fields}) kept as on the chair's and "
    "the rapporteur's laptop.")
_LINKS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "speaker_slot": (("participant_id", "participant", True), ("agenda_item_id", "agenda_item", False),
                     ("question_id", "guiding_question", False)),
    "note": (("slot_id", "speaker_slot", False), ("participant_id", "participant", False),
             ("agenda_item_id", "agenda_item", False), ("question_id", "guiding_question", False)),
    "speaker_message": (("slot_id", "speaker_slot", False),),
}


def merge_changes(database: Database, changes: MeetingChanges) -> MergeReport:
    """Apply ``changes`` (another laptop's) to this library in one transaction; say what was done."""
    with database.transaction():
        return merge_into(database, changes)


def merge_into(database: Database, changes: MeetingChanges,
               announced: list[Change] | None = None) -> MergeReport:
    """The merge, inside the caller's transaction (the change path's operation); each record
    added, updated or removed is appended to ``announced``."""
    report = MergeReport(session_id=changes.session_id)
    database.connection.execute("UPDATE laptop SET merging = 1")
    _Merge(database, changes, report, announced if announced is not None else []).run()
    database.connection.execute("UPDATE laptop SET merging = 0")
    return report


class _Merge:
    def __init__(self, database: Database, changes: MeetingChanges, report: MergeReport,
                 announced: list[Change]) -> None:
        self.database = database
        self.announced = announced
        self.changes = changes
        self.report = report
        self.here: Laptop | None = None
        self.rows: dict[str, dict[str, Row]] = {}  # this library's rows of the meeting, kept in step
        self.deleted: set[str] = set()

    def run(self) -> None:
        session_id = self.changes.session_id
        if is_deleted(self.database, session_id):
            raise InputError(QT_TRANSLATE_NOOP(
                "MergeReport", "This meeting was deleted from this library; to have it again, import the "
                "file as a new meeting (File > Import)."))
        existing = local_row(self.database, "session", session_id)
        self.report.new_meeting = existing is None
        if existing is None:
            if not self.changes.records.get("session"):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MergeReport", "This library does not hold the meeting these changes belong to."))
            role = self.changes.laptop.other if self.changes.laptop else Laptop.RAPPORTEUR
            set_laptop_role(self.database, session_id, role)
        self.here = laptop_role(self.database, session_id)
        for tombstone in self.changes.tombstones:
            self._delete(tombstone)
        self.rows = local_rows(self.database, session_id)  # read once, after the deletions' cascades
        self.deleted = deleted_ids(self.database, session_id)
        for kind in KINDS:
            for record in self.changes.records.get(kind, []):
                row = row_of(record)
                row["row_version"] = version_text(self.changes.versions.get(record.id, {}))
                self._apply(kind, row)
        title = local_row(self.database, "session", session_id)
        self.report.title = str(title["title"]) if title else ""

    def _delete(self, tombstone: Tombstone) -> None:
        if tombstone.kind not in KINDS or tombstone.kind == "session":
            return
        if tombstone.session_id != self.changes.session_id:
            return
        if local_row(self.database, tombstone.kind, tombstone.id) is not None:
            self._announce_dependents(tombstone.kind, tombstone.id)
            self.database.connection.execute(f"DELETE FROM {tombstone.kind} WHERE id = ?", (tombstone.id,))
            self.report.count(self.report.deleted, tombstone.kind)
            self._announce(tombstone.kind, tombstone.id, ChangeAction.REMOVED)
        elif not is_deleted(self.database, tombstone.id):
            self._remember_deleted(tombstone.id, tombstone.kind, tombstone.deleted_at)

    def _announce(self, kind: str, record_id: str, action: ChangeAction,
                  fields: frozenset[str] = frozenset()) -> None:
        self.announced.append(Change(RecordKind(kind), record_id, action, fields))

    def _announce_dependents(self, kind: str, record_id: str) -> None:
        """What the schema removes or unlinks with a deleted record is announced too."""
        for table, columns in _LINKS.items():
            for column, target, required in columns:
                if target != kind:
                    continue
                for row in self.database.query(f"SELECT id FROM {table} WHERE {column} = ?", (record_id,)):
                    action = ChangeAction.REMOVED if required else ChangeAction.UPDATED
                    fields = frozenset() if required else frozenset({column})
                    self._announce(table, str(row[0]), action, fields)

    def _remember_deleted(self, record_id: str, kind: str, when: str) -> None:
        """A tombstone for a record this library never had, so it travels on."""
        self.database.connection.execute("UPDATE laptop SET change_seq = change_seq + 1")
        self.database.connection.execute(
            "INSERT OR IGNORE INTO tombstone (id, created_at, updated_at, session_id, kind, row_seq) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (record_id, when, when, self.changes.session_id, kind, change_seq(self.database)))
        self.deleted.add(record_id)

    def _apply(self, kind: str, incoming: Row) -> None:
        record_id = str(incoming.get("id"))
        if kind != "session" and incoming.get("session_id") != self.changes.session_id:
            return
        if kind == "session" and record_id != self.changes.session_id:
            return
        if record_id in self.deleted:
            self.report.count(self.report.kept_deleted, kind)
            return
        local = self.rows[kind].get(record_id)
        if local is None:
            self._insert(kind, incoming)
            return
        local_version = parse_version(local.get("row_version"))
        incoming_version = parse_version(incoming.get("row_version"))
        order = compare(local_version, incoming_version)
        if order == "older":
            self._write(kind, dict(incoming), version_text(incoming_version), self.report.updated)
        elif order == "both":
            self._both(kind, local, incoming, joined(local_version, incoming_version))

    def _both(self, kind: str, local: Row, incoming: Row, version: dict[str, int]) -> None:
        resolution = resolve(kind, local, self.here, incoming, self.changes.laptop)
        label = _label(kind, resolution.row)
        if resolution.by_owner:
            owners = {owner_of(kind, c) for c in resolution.by_owner}
            line = _KEPT_AS_ON_CHAIR if owners == {Laptop.CHAIR} else \
                _KEPT_AS_ON_RAPPORTEUR if owners == {Laptop.RAPPORTEUR} else _KEPT_AS_ON_BOTH
            self.report.by_rule.append(line.format(what=kind_name(kind), label=label,
                                                   fields=field_names(resolution.by_owner)))
        if resolution.for_choice:
            self.report.choices.append(Choice(kind, str(resolution.row["id"]), label,
                                              resolution.for_choice, resolution.row, resolution.other))
        tally = None if same_content(resolution.row, local) else self.report.updated
        self._write(kind, resolution.row, version_text(version), tally)

    def _insert(self, kind: str, incoming: Row) -> None:
        row = self._linked(kind, dict(incoming))
        if row is None:
            return
        columns = [*columns_of(kind), "row_version"]
        row["row_version"] = version_text(parse_version(incoming.get("row_version")))
        self.database.connection.execute(
            f"INSERT INTO {kind} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            [row.get(c) for c in columns])
        self.rows[kind][str(row["id"])] = row
        self.report.count(self.report.added, kind)
        self._announce(kind, str(row["id"]), ChangeAction.ADDED, frozenset(columns_of(kind)))

    def _write(self, kind: str, row: Row, version: str, tally: dict[str, int] | None) -> None:
        linked = self._linked(kind, row)
        if linked is None:
            return
        before = self.rows[kind].get(str(linked["id"])) or {}
        linked["row_version"] = version
        columns = [c for c in [*columns_of(kind), "row_version"] if c != "id"]
        self.database.connection.execute(
            f"UPDATE {kind} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            [*(linked.get(c) for c in columns), linked["id"]])
        self.rows[kind][str(linked["id"])] = linked
        if tally is not None:
            self.report.count(tally, kind)
        written = frozenset(c for c in columns_of(kind) if c not in ("id", "created_at", "updated_at")
                            and before.get(c) != linked.get(c))
        if written:
            self._announce(kind, str(linked["id"]), ChangeAction.UPDATED, written)

    def _linked(self, kind: str, row: Row) -> Row | None:
        """The row with links to records this library does not hold cleared, as a local
        deletion would have cleared them; None when the row must go with what it belongs to."""
        for column, table, required in _LINKS.get(kind, ()):
            target = row.get(column)
            if target is None or str(target) in self.rows[table]:
                continue
            if required:
                if self.rows[kind].pop(str(row["id"]), None) is not None:
                    self.database.connection.execute(f"DELETE FROM {kind} WHERE id = ?", (row["id"],))
                    self._announce(kind, str(row["id"]), ChangeAction.REMOVED)
                else:
                    self._remember_deleted(str(row["id"]), kind, str(row.get("updated_at") or ""))
                self.report.count(self.report.kept_deleted, kind)
                return None
            row[column] = None
        return row


def _label(kind: str, row: Row) -> str:
    column = {"participant": "name", "note": "text", "guiding_question": "text",
              "speaker_slot": "id", "speaker_message": "text"}.get(kind, "title")
    text = str(row.get(column) or row.get("id"))
    return text if len(text) <= 50 else text[:49] + "…"


def take_other_version(database: Database, kind: str, record_id: str, values: Row) -> None:
    """After a merge: the user chose the version not kept for these fields. Stored as a change of
    this laptop, so it prevails at the next merge on both laptops."""
    columns = [c for c in values if c in columns_of(kind) and c not in ("id", "created_at", "updated_at")]
    if not columns:
        return
    with database.transaction() as connection:
        connection.execute(
            f"UPDATE {kind} SET {', '.join(f'{c} = ?' for c in columns)}, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') WHERE id = ?",
            [*(values[c] for c in columns), record_id])
