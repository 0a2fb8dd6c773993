"""File > Export for another laptop… and File > Merge a meeting file…: the path with no network."""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...domain.errors import RoundtableError
from ...exchange.meeting_file import SUFFIX
from ..settings import Setting
from ..wording import error_text

if TYPE_CHECKING:  # the merge's modules load on the first export or merge
    from .merge_dialog import MergeReportDialog

LAST_MEETING_FILE_FOLDER = Setting("link/last_meeting_file_folder", "")


class MeetingFileActions:
    """Created by the main window with itself; adds its two actions to the File menu."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("MeetingFileActions", text)

    def __init__(self, window: Any) -> None:
        self.window = window
        self.last_dialog: MergeReportDialog | None = None
        self.export_action = QAction(self.tr("Export for another &laptop\u2026"), window)
        self.export_action.setStatusTip(self.tr("Write the meeting with its ids to a file that the other "
                                           "laptop merges (no network needed)"))
        self.export_action.triggered.connect(lambda *_: self.export_file())
        self.merge_action = QAction(self.tr("&Merge a meeting file\u2026"), window)
        self.merge_action.setStatusTip(self.tr("Bring in the notes and changes of another laptop's "
                                          "meeting file, by id"))
        self.merge_action.triggered.connect(lambda *_: self.merge_file())
        before = window.export_action
        actions = window.file_menu.actions()
        after = actions[actions.index(before) + 1] if before in actions[:-1] else None
        for action in (self.export_action, self.merge_action):
            window.file_menu.insertAction(after, action)
        window.session_bar.session_chosen.connect(self._enable)
        self._enable(window.session_id or "")

    def _enable(self, session_id: str) -> None:
        self.export_action.setEnabled(bool(session_id))

    def _folder(self) -> str:
        return LAST_MEETING_FILE_FOLDER.get(self.window.settings) or str(Path.home())

    def export_file(self, path: str | None = None) -> Path | None:
        session_id = self.window.session_id
        if not session_id:
            return None
        self.window.notes_panel.flush()  # the last second of a synthesis goes too
        if path is None:
            title = self.window.library.sessions.get(session_id).title
            suggested = str(Path(self._folder()) / (_file_name(title) + SUFFIX))
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export for another laptop"), suggested,
                self.tr("Meeting files (*{suffix});;All files (*)").format(suffix=SUFFIX))
            if not path:
                return None
        from ...link.offline import export_for_another_laptop

        try:
            written = export_for_another_laptop(self.window.library, session_id, path)
        except RoundtableError as error:
            QMessageBox.warning(self.window, self.tr("Export for another laptop"), error_text(error))
            return None
        LAST_MEETING_FILE_FOLDER.set(self.window.settings, str(written.parent))
        self.window.statusBar().showMessage(self.tr("Written: {path}").format(path=written), 8000)
        return written

    def merge_file(self, path: str | None = None) -> "MergeReportDialog | None":
        from ...link.offline import merge_meeting_file
        from .merge_dialog import MergeReportDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Merge a meeting file"), self._folder(),
                self.tr("Meeting files (*{suffix});;All files (*)").format(suffix=SUFFIX))
            if not path:
                return None
        self.window.notes_panel.flush()
        try:
            report = merge_meeting_file(self.window.library, path)
        except RoundtableError as error:
            QMessageBox.warning(self.window, self.tr("Merge a meeting file"),
                                self.tr("Nothing was merged.") + "\n\n" + error_text(error))
            return None
        LAST_MEETING_FILE_FOLDER.set(self.window.settings, str(Path(path).parent))
        self.window.session_bar.reload(report.session_id)
        dialog = self.last_dialog = MergeReportDialog(report, self.window)
        dialog.finished.connect(lambda *_: self._take_choices(dialog))
        dialog.open()
        return dialog

    def _take_choices(self, dialog: "MergeReportDialog") -> None:
        from ...storage.merge import take_other_version

        chosen = dialog.chosen()
        try:
            for choice in chosen:
                values = {column: choice.other.get(column) for column in choice.columns}
                take_other_version(self.window.library.database, choice.kind, choice.record_id, values)
        except RoundtableError as error:
            QMessageBox.warning(self.window, self.tr("Merge a meeting file"), error_text(error))
        if chosen:
            self.window.session_bar.reload(dialog.report.session_id)


def _file_name(title: str) -> str:
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return " ".join(kept.split())[:60] or "meeting"
