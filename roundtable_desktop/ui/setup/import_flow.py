"""File > Import… and File > Import from clipboard: read the note (on a worker thread), review
it, and only then store it as a new meeting (the review saves it through the change path)."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ...domain.errors import InputError
from ...exchange.concept_note import ImportResult, import_file, import_pasted
from ...storage.library import Library
from ..changes import ActionRunner
from ..settings import Setting
from ..wording import error_text
from .background_read import BackgroundRead
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
            self.tr("Concept notes and session files (*.docx *.pdf *.md *.markdown *.txt *.json);;"
                    "Word documents (*.docx);;PDF documents (*.pdf);;"
                    "Markdown and text (*.md *.markdown *.txt);;Session files (*.json);;All files (*)"))
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
        if not text.strip():
            self._refused(self.tr("The clipboard holds no text: copy the concept note's text, then "
                                  "choose File > Import from clipboard again."))
            return None
        name = self.tr("the pasted text")
        result = self._read(lambda: import_pasted(text, name), name)
        return self._review(result, self.tr("pasted text")) if result is not None else None

    def _review(self, result: ImportResult, name: str) -> str | None:
        self._note_if_already_there(result)
        dialog = ImportReviewDialog(result, name, self.runner, self.parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
                return None
            return dialog.saved.session.id
        finally:
            dialog.deleteLater()  # not kept as the window's child after each import

    def _note_if_already_there(self, result: ImportResult) -> None:
        session = result.meeting.session
        if any(s.title == session.title and s.date == session.date for s in self.library.sessions.all()):
            result.notes.append(self.tr(
                "The library already holds a meeting with this title on this date; saving adds "
                "another one."))

    def _read(self, work: Callable[[], ImportResult], name: str) -> ImportResult | None:
        """The note read on a worker thread; the window goes on meanwhile."""
        reading = BackgroundRead[ImportResult](self.parent, self.tr("Reading {name}\u2026").format(name=name))
        try:
            return reading.run(work)
        except InputError as error:
            self._refused(error_text(error))
            return None

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self.parent, self.tr("Import"),
                            self.tr("Nothing was imported.") + "\n\n" + message)
