"""File > Import…: choose a file, read it, review it, and only then store it as a new meeting."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ...domain.errors import InputError
from ...exchange.concept_note import ImportResult, import_file
from ...storage.library import Library
from ..changes import ActionRunner
from ..settings import Setting
from .review_dialog import ImportReviewDialog

LAST_IMPORT_FOLDER = Setting("setup/last_import_folder", "")


class MeetingImporter:
    """Runs an import for ``parent``; :meth:`run` returns the new meeting's id, or None when the
    user cancelled or the file was refused (nothing is stored then)."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("MeetingImporter", text)

    def __init__(self, library: Library, settings: QSettings, runner: ActionRunner,
                 parent: QWidget) -> None:
        self.library = library
        self.runner = runner
        self.settings = settings
        self.parent = parent

    def choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.parent, self.tr("Import a concept note or a session file"),
            LAST_IMPORT_FOLDER.get(self.settings),
            self.tr("Concept notes and session files (*.docx *.md *.markdown *.txt *.json);;"
               "Word documents (*.docx);;Markdown and text (*.md *.markdown *.txt);;"
               "Session files (*.json);;All files (*)"))
        if path:
            LAST_IMPORT_FOLDER.set(self.settings, str(Path(path).parent))
        return path

    def run(self, path: str | None = None) -> str | None:
        path = path or self.choose_file()
        if not path:
            return None
        result = self._read(path)
        if result is None:
            return None
        self._note_if_already_there(result)
        dialog = ImportReviewDialog(result, Path(path).name, self.runner, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        return dialog.saved.session.id

    def _note_if_already_there(self, result: ImportResult) -> None:
        session = result.meeting.session
        if any(s.title == session.title and s.date == session.date for s in self.library.sessions.all()):
            result.notes.append(self.tr(
                "The library already holds a meeting with this title on this date; saving adds "
                "another one."))

    def _read(self, path: str) -> ImportResult | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return import_file(path)
        except InputError as error:
            problem = str(error)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._refused(problem)
        return None

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self.parent, self.tr("Import"),
                            self.tr("Nothing was imported.") + "\n\n" + message)
