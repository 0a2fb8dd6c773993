"""The offline path: a meeting file for another laptop, and merging one back, by id."""

from pathlib import Path

from ..domain.meeting_changes import MeetingChanges
from ..domain.merge_report import MergeReport
from ..exchange.meeting_file import read_meeting_file, write_meeting_file
from ..storage.change_path import Edit
from ..storage.laptop_links import keep_reading
from ..storage.library import Library
from ..storage.meeting_rows import changes_since
from ..storage.merge import merge_into

FROM_FILE = "meeting file"


def export_for_another_laptop(library: Library, session_id: str, path: Path | str) -> Path:
    """Write the whole meeting, its ids, row versions and deletions, to ``path`` (atomically)."""
    library.sessions.get(session_id)  # an unknown meeting is refused before anything is written
    return write_meeting_file(changes_since(library.database, session_id), path)


def merge_meeting_file(library: Library, path: Path | str) -> MergeReport:
    """Merge the meeting file at ``path`` into the library; the file is read and checked first."""
    return merge_through_change_path(library, read_meeting_file(path), FROM_FILE)


def merge_through_change_path(library: Library, changes: MeetingChanges, origin: str) -> MergeReport:
    """Merge as one operation of the change path: stored in one transaction, then announced
    (with ``origin``, so the live link does not send back what it received). A follower's
    reading of the chair's laptop that comes with the changes is kept in the same transaction."""
    def merge(edit: Edit) -> MergeReport:
        report = merge_into(library.database, changes, edit.parts)
        if changes.reading is not None:
            keep_reading(library.database, changes.session_id, changes.reading)
        return report

    return library.change_path.run("merge from another laptop", changes.session_id, merge,
                                   origin=origin).value
