"""File > Import… and File > Import from clipboard: read the note (on a worker thread), review
it, and only then store it as a new meeting."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ...domain.errors import InputError, RoundtableError
from ...exchange.concept_note import ImportResult, import_file, import_pasted
from ...storage.library import Library, renumbered
from ..settings import Setting
from .background_read import BackgroundRead
from .review_dialog import ImportReviewDialog

LAST_IMPORT_FOLDER = Setting("setup/last_import_folder", "")


class MeetingImporter:
    """Runs an import for ``parent``; :meth:`run` returns the new meeting's id, or None when the
    user cancelled or the file was refused (nothing is stored then)."""

    def __init__(self, library: Library, settings: QSettings, parent: QWidget) -> None:
        self.library = library
        self.settings = settings
        self.parent = parent

    def choose_file(self) -> str:
        tr = self.parent.tr
        path, _ = QFileDialog.getOpenFileName(
            self.parent, tr("Import a concept note or a session file"), LAST_IMPORT_FOLDER.get(self.settings),
            tr("Concept notes and session files (*.docx *.pdf *.md *.markdown *.txt *.json);;"
               "Word documents (*.docx);;PDF documents (*.pdf);;Markdown and text (*.md *.markdown *.txt);;"
               "Session files (*.json);;All files (*)"))
        if path:
            LAST_IMPORT_FOLDER.set(self.settings, str(Path(path).parent))
        return path

    def run(self, path: str | None = None) -> str | None:
        path = path or self.choose_file()
        if not path:
            return None
        name = Path(path).name
        result = self._read(lambda: import_file(path), name)
        return self._review(result, name) if result is not None else None

    def run_pasted(self) -> str | None:
        """The note's text from the clipboard (copied from an e-mail, a web page or a PDF)."""
        text = QGuiApplication.clipboard().text()
        name = self.parent.tr("the pasted text")
        if not text.strip():
            self._refused(self.parent.tr("The clipboard holds no text: copy the concept note's text, "
                                         "then choose File > Import from clipboard again."))
            return None
        result = self._read(lambda: import_pasted(text, name), name)
        return self._review(result, self.parent.tr("pasted text")) if result is not None else None

    def _review(self, result: ImportResult, name: str) -> str | None:
        self._note_if_already_there(result)
        dialog = ImportReviewDialog(result, name, self.parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            reviewed = dialog.reviewed_meeting()
        finally:
            dialog.deleteLater()  # not kept as the window's child after each import
        try:
            meeting = self.library.add_meeting(renumbered(reviewed))
        except RoundtableError as error:
            self._refused(str(error))
            return None
        return meeting.session.id

    def _note_if_already_there(self, result: ImportResult) -> None:
        session = result.meeting.session
        if any(s.title == session.title and s.date == session.date for s in self.library.sessions.all()):
            result.notes.append(self.parent.tr(
                "The library already holds a meeting with this title on this date; saving adds "
                "another one."))

    def _read(self, work: Callable[[], ImportResult], name: str) -> ImportResult | None:
        """The note read on a worker thread; the window goes on meanwhile."""
        reading = BackgroundRead[ImportResult](self.parent, self.parent.tr("Reading {name}\u2026").format(
            name=name))
        try:
            return reading.run(work)
        except InputError as error:
            self._refused(str(error))
            return None

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self.parent, self.parent.tr("Import"),
                            self.parent.tr("Nothing was imported.") + "\n\n" + message)
