"""One repository per table. Nothing above ``storage/`` writes SQL."""

from collections.abc import Iterable, Mapping

from ..domain.errors import InputError, NotFoundError
from ..domain.model import AgendaItem, GuidingQuestion, Note, Participant, Session, SpeakerSlot
from ..domain.row_versions import Laptop
from .change_path import Edit
from .mapping import from_row
from .repository import Repository


class SessionRepository(Repository[Session]):
    table = "session"
    record_type = Session
    order_by = "date DESC, start_time DESC, created_at DESC"
    what = "meeting"

    def all(self) -> list[Session]:
        rows = self.database.query(f"SELECT * FROM session ORDER BY {self.order_by}")
        return [from_row(Session, row) for row in rows]

    def count(self) -> int:
        return int(self.database.query("SELECT COUNT(*) FROM session")[0][0])

    def received(self) -> set[str]:
        """The meetings this library received from the chair's laptop (joined or merged in)."""
        rows = self.database.query("SELECT id FROM meeting_laptop WHERE role = ?", (Laptop.RAPPORTEUR.value,))
        return {str(row[0]) for row in rows}

    def resolve(self, reference: str) -> Session:
        """A meeting by full id, unique id prefix, or ``latest`` (the newest meeting date)."""
        reference = reference.strip()
        if reference == "latest":
            rows = self.database.query(
                "SELECT * FROM session ORDER BY date DESC, updated_at DESC LIMIT 1"
            )
            if not rows:
                raise NotFoundError("The library holds no meeting yet.")
            return from_row(Session, rows[0])
        if len(reference) < 4:
            raise InputError("Give at least the first 4 characters of the meeting's id, or 'latest'.")
        escaped = reference.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.database.query(
            "SELECT * FROM session WHERE id LIKE ? ESCAPE '\\' LIMIT 2", (escaped + "%",)
        )
        if not rows:
            raise NotFoundError(f"No meeting with id {reference}.")
        if len(rows) > 1:
            raise InputError(f"More than one meeting's id starts with {reference}; give more of it.")
        return from_row(Session, rows[0])


class AgendaRepository(Repository[AgendaItem]):
    table = "agenda_item"
    record_type = AgendaItem
    what = "agenda item"


class QuestionRepository(Repository[GuidingQuestion]):
    table = "guiding_question"
    record_type = GuidingQuestion
    what = "guiding question"


class ParticipantRepository(Repository[Participant]):
    table = "participant"
    record_type = Participant
    order_by = "name COLLATE NOCASE, created_at"
    what = "participant"


class SlotRepository(Repository[SpeakerSlot]):
    table = "speaker_slot"
    record_type = SpeakerSlot
    what = "speaker slot"

    def current(self, session_id: str) -> SpeakerSlot | None:
        """The slot whose clock is running (or paused), else the one that ended last."""
        rows = self.database.query(
            "SELECT * FROM speaker_slot WHERE session_id = ? AND state IN ('speaking', 'paused') "
            "ORDER BY state = 'speaking' DESC, last_started_at DESC LIMIT 1",
            (session_id,),
        ) or self.database.query(
            "SELECT * FROM speaker_slot WHERE session_id = ? AND state = 'done' "
            "ORDER BY actual_end DESC LIMIT 1",
            (session_id,),
        )
        return from_row(SpeakerSlot, rows[0]) if rows else None

    def save_changes(self, slots: Iterable[SpeakerSlot], items: Iterable[AgendaItem] = (),
                     participants: Iterable[Participant] = (),
                     before: Mapping[str, SpeakerSlot | AgendaItem | Participant] | None = None,
                     what: str = "speaker list change", initiator: object | None = None) -> None:
        """Store what one action of the chair changed, as one operation: new records (no
        ``created_at`` yet) are added; of the others only the fields the action changed are
        written, compared with ``before`` (the records as they were before the action; the
        stored ones when not given). Participants first, for the links."""
        earlier = before or {}
        records: tuple[Participant | SpeakerSlot | AgendaItem, ...] = (*participants, *slots, *items)
        session_id = next((r.session_id for r in records), None)

        def write(edit: Edit) -> None:
            for record in records:
                if not record.created_at:
                    edit.add(record)
                    continue
                found = earlier.get(record.id)
                edit.update(found if found is not None else edit.stored(type(record), record.id),
                            record)

        self.path.run(what, session_id, write, initiator=initiator)


class NoteRepository(Repository[Note]):
    table = "note"
    record_type = Note
    order_by = "COALESCE(meeting_offset_seconds, 0), created_at"
    what = "note"
