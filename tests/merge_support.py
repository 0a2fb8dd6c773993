"""Two libraries holding one meeting, as the chair's and the rapporteur's laptops, for merge tests."""

from dataclasses import dataclass

from roundtable_desktop.domain.meeting_changes import KINDS
from roundtable_desktop.domain.merge_report import MergeReport
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.exchange.meeting_file import changes_from_dict, changes_to_dict
from roundtable_desktop.exchange.session_json import meeting_to_dict
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.meeting_rows import changes_since
from roundtable_desktop.storage.merge import merge_changes


@dataclass
class Laptops:
    chair: Library
    rapporteur: Library
    session_id: str

    def close(self) -> None:
        self.chair.close()
        self.rapporteur.close()


def two_laptops() -> Laptops:
    """The demo meeting on the chair's laptop, sent whole to the rapporteur's (ids kept)."""
    chair, rapporteur = Library.in_memory(), Library.in_memory()
    meeting = chair.add_meeting(demo_meeting())
    laptops = Laptops(chair, rapporteur, meeting.session.id)
    send(laptops.chair, laptops.rapporteur, laptops.session_id)
    return laptops


def meeting_file(library: Library, session_id: str) -> dict:
    """The meeting file's content, through JSON's own value types, as a file carries it."""
    return changes_to_dict(changes_since(library.database, session_id))


def send(source: Library, target: Library, session_id: str) -> MergeReport:
    return receive(target, meeting_file(source, session_id))


def receive(target: Library, file_content: dict) -> MergeReport:
    return merge_changes(target.database, changes_from_dict(file_content))


def shown(library: Library, session_id: str) -> dict:
    """The whole meeting as ``show --json`` prints it, each list in id order."""
    data = meeting_to_dict(library.load_meeting(session_id))
    for key, value in data.items():
        if isinstance(value, list):
            data[key] = sorted(value, key=lambda record: record["id"])
    return data


def speaker_messages(library: Library, session_id: str) -> list[tuple]:
    """The messages to the speaker as stored (``show --json`` does not print them), in id order."""
    return [tuple(row) for row in library.database.query(
        "SELECT id, slot_id, usual, text, sent_at, cleared_at, created_at, updated_at "
        "FROM speaker_message WHERE session_id = ? ORDER BY id", (session_id,))]


def ids_of(library: Library, session_id: str) -> dict[str, set[str]]:
    found = {}
    for kind in KINDS:
        where = "id" if kind == "session" else "session_id"
        found[kind] = {row[0] for row in library.database.query(
            f"SELECT id FROM {kind} WHERE {where} = ?", (session_id,))}
    return found


def deleted_ids(library: Library) -> set[str]:
    return {row[0] for row in library.database.query("SELECT id FROM tombstone")}
