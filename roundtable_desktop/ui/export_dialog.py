"""File > Export rapporteur's summary…: the Word summary, the Markdown summary, the speaker log
(CSV) or the whole meeting (JSON), with an optional Word template, an attribution choice and the
summary's options (export_options). The export runs in the background (export_job) with a
progress bar and Cancel, so the chair's clock keeps running on the screen meanwhile."""

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ..domain.enums import DocumentType
from ..domain.errors import InputError
from ..domain.model import Meeting, Session
from ..exchange.report.attribution import Attribution
from ..exchange.report.build import held_by_a_woman
from ..exchange.report.formats import ExportFormat, export_meeting
from ..exchange.report.progress import Progress
from ..exchange.report.texts import texts_for
from .changes import ActionRunner
from .export_job import PROGRESS_STEPS, ExportJob
from .export_options import SummaryOptions
from .settings import Setting
from .wording import error_text

EXPORT_FOLDER = Setting("export/folder", "")
EXPORT_FORMAT = Setting("export/format", ExportFormat.DOCX.value)
EXPORT_TEMPLATE = Setting("export/template", "")
EXPORT_ATTRIBUTION = Setting("export/attribution", Attribution.NAMED.value)

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\u201c\u201d\u00ab\u00bb]+')


def suggested_name(meeting: Meeting, export_format: ExportFormat, language: str = "en",
                   document_type: DocumentType | None = None) -> str:
    """``2021-05-17 Summary by the Rapporteur - High-level Roundtable on….docx``: a summary named
    by its own title in its own language ("Résumé établi par la Rapporteuse"), a speaker log or
    a meeting file in the window's; safe on every system."""
    session = meeting.session
    if export_format is ExportFormat.CSV:
        what = QCoreApplication.translate("ExportDialog", "Speaker log")
    elif export_format is ExportFormat.JSON:
        what = QCoreApplication.translate("ExportDialog", "Meeting")
    else:
        woman = held_by_a_woman(meeting, session.rapporteur_name)
        what = texts_for(language).title(document_type or session.document_type, woman)
    what = " ".join(_UNSAFE.sub(" ", what).split())
    title = _shortened(" ".join(_UNSAFE.sub(" ", session.title).split()), 50)
    parts = [session.date.isoformat() if session.date else "", what, "-", title] if title else [what]
    stem = " ".join(p for p in parts if p).replace("  ", " ")
    return stem + export_format.suffix


def _shortened(text: str, limit: int) -> str:
    if len(text) > limit:
        text = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return text.rstrip(" .,;:-")


def nearest_folder(path: Path) -> Path:
    """The folder to offer for ``path``: its own when it exists, else the nearest one above it
    that exists, but never the root of the disk (then Documents)."""
    for folder in (path.parent, *path.parent.parents):
        if folder.is_dir():
            return folder if folder != Path(folder.anchor) else Path(_documents_folder())
    return Path(_documents_folder())


def another_name(path: Path) -> Path:
    """``summary (2).docx`` (or 3, 4…) in the same folder when it exists, else in the nearest
    folder above it (never the root of the disk: then Documents)."""
    folder = nearest_folder(path)
    stem = re.sub(r" \(\d+\)$", "", path.stem) or "Rapporteur's summary"
    number = 2
    while (candidate := folder / f"{stem} ({number}){path.suffix}").exists():
        number += 1
    return candidate


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) \
        or str(Path.home())


class ExportDialog(QDialog):
    def __init__(self, meeting: Meeting, settings: QSettings, parent: QWidget | None = None,
                 runner: ActionRunner | None = None) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.settings = settings
        self.runner = runner  # stores the document type and the introduction with the meeting
        self.written: Path | None = None
        self.job: ExportJob | None = None
        self.setWindowTitle(self.tr("Export rapporteur’s summary"))
        self.format_box = QComboBox()
        self.format_labels = {
            ExportFormat.DOCX: self.tr("Rapporteur’s summary (Word, .docx)"),
            ExportFormat.MARKDOWN: self.tr("Rapporteur’s summary (Markdown, .md)"),
            ExportFormat.CSV: self.tr("Speaker log (CSV spreadsheet, .csv)"),
            ExportFormat.JSON: self.tr("Whole meeting (session JSON, .json)"),
        }
        for export_format, label in self.format_labels.items():
            self.format_box.addItem(label, export_format.value)
        self.path_edit = QLineEdit()
        self.template_edit = QLineEdit()
        self.template_edit.setPlaceholderText(self.tr("None: a plain A4 document"))
        self.template_edit.setToolTip(self.tr("A Word file (.docx or .dotx) whose styles, page set-up, "
                                              "header and footer the summary takes"))
        self.attribution_box = QComboBox()
        for label, attribution in ((self.tr("Named"), Attribution.NAMED),
                                   (self.tr("By role (“a discussant from …”)"), Attribution.BY_ROLE),
                                   (self.tr("Unattributed (no speaker named)"), Attribution.UNATTRIBUTED)):
            self.attribution_box.addItem(label, attribution.value)
        self.attribution_box.setToolTip(self.tr("How the summary says who made each point; "
                                                "unattributed, nothing names or times a speaker"))
        self.summary = SummaryOptions(meeting, settings)
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self._build_layout()
        self._restore_choices()
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.summary.changed.connect(self._name_follows_the_summary)
        self.summary.document_type.currentIndexChanged.connect(self._name_follows_the_summary)

    def _build_layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("&Export:"), self.format_box)
        form.addRow(self.tr("&File:"), self._with_button(self.path_edit, self.tr("C&hoose…"),
                                                        self.choose_file))
        self.template_row = self._with_button(self.template_edit, self.tr("Choose &template…"),
                                              self.choose_template)
        form.addRow(self.tr("Word &template:"), self.template_row)
        form.addRow(self.tr("&Speakers named:"), self.attribution_box)
        self.summary.add_rows(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        form.addRow(self.progress)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("E&xport"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.export_button.setDefault(True)  # once in the dialog: Enter exports
        self.path_edit.setAccessibleName(self.tr("File"))
        self.template_edit.setAccessibleName(self.tr("Word template"))
        self.setMinimumWidth(760)

    @staticmethod
    def _with_button(edit: QLineEdit, text: str, slot) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter in the dialog exports; it never opens a file picker
        button.clicked.connect(slot)
        layout.addWidget(button)
        return row

    def _restore_choices(self) -> None:
        index = self.format_box.findData(EXPORT_FORMAT.get(self.settings))
        self.format_box.setCurrentIndex(max(0, index))
        index = self.attribution_box.findData(EXPORT_ATTRIBUTION.get(self.settings))
        self.attribution_box.setCurrentIndex(max(0, index))
        self.summary.set_attribution(Attribution(self.attribution_box.currentData()))
        self.attribution_box.currentIndexChanged.connect(
            lambda: self.summary.set_attribution(Attribution(self.attribution_box.currentData())))
        self.template_edit.setText(EXPORT_TEMPLATE.get(self.settings))
        folder = EXPORT_FOLDER.get(self.settings)
        folder = folder if folder and Path(folder).is_dir() else _documents_folder()
        self._suggested = self._suggested_name(self.export_format)
        self.path_edit.setText(str(Path(folder) / self._suggested))

    @property
    def export_format(self) -> ExportFormat:
        return ExportFormat(self.format_box.currentData())

    def _format_changed(self) -> None:
        export_format = self.export_format
        path = Path(self.path_edit.text().strip())
        if path.name == self._suggested:  # not renamed by hand: suggest the new format's name
            path = path.with_name(self._suggested_name(export_format))
        elif path.name:
            path = path.with_suffix(export_format.suffix)
        self._suggested = self._suggested_name(export_format)
        self.path_edit.setText(str(path) if path.name else "")
        is_report = export_format in (ExportFormat.DOCX, ExportFormat.MARKDOWN)
        self.template_row.setEnabled(export_format is ExportFormat.DOCX)
        self.attribution_box.setEnabled(is_report)
        self.summary.set_enabled(is_report)
        self._show_hint()

    def _suggested_name(self, export_format: ExportFormat) -> str:
        return suggested_name(self.meeting, export_format, self.summary.chosen_language(),
                              self.summary.chosen_document_type())

    def _name_follows_the_summary(self) -> None:
        """A name not changed by hand follows the summary's language and kind of document."""
        path = Path(self.path_edit.text().strip())
        suggested = self._suggested_name(self.export_format)
        if path.name == self._suggested and suggested != self._suggested:
            self.path_edit.setText(str(path.with_name(suggested)))
        self._suggested = suggested

    def _show_hint(self) -> None:
        self.hint.setText({
            ExportFormat.DOCX: self.tr("The summary in Word, to edit and circulate."),
            ExportFormat.MARKDOWN: self.tr("The same summary as plain text with Markdown headings."),
            ExportFormat.CSV: self.tr("One row per speaker slot: who, when, planned and spoken time."),
            ExportFormat.JSON: self.tr("The whole meeting, readable back by Roundtable Desktop."),
        }[self.export_format])

    def choose_file(self) -> None:
        export_format = self.export_format
        typed = Path(self.path_edit.text() or self._suggested)
        start = typed if typed.parent.is_dir() else nearest_folder(typed) / typed.name
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(start),
            self.tr("{what} (*{suffix})").format(what=self.format_labels[export_format],
                                                  suffix=export_format.suffix))
        if path:
            if not path.lower().endswith(export_format.suffix):
                path += export_format.suffix
            self.path_edit.setText(path)

    def choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Word template"), self.template_edit.text() or _documents_folder(),
            self.tr("Word documents and templates (*.docx *.dotx)"))
        if path:
            self.template_edit.setText(path)

    def export(self) -> None:
        if self.job is not None:
            return
        text = self.path_edit.text().strip()
        if not text:
            self.path_edit.setFocus()
            return
        target = Path(text).expanduser()
        export_format = self.export_format
        template = self.template_edit.text().strip() if export_format is ExportFormat.DOCX else ""
        try:
            options = self.summary.options()
        except InputError as error:
            QMessageBox.warning(self, self.tr("Export not written"), error_text(error))
            self.summary.style_names.setFocus()
            return
        meeting = self._with_document_choices()
        template_path = Path(template).expanduser() if template else None

        def run_export(progress: Progress) -> Path:
            return export_meeting(meeting, export_format, target, template_path, options.attribution,
                                  options, progress)

        self._start(ExportJob(run_export), target)

    def _with_document_choices(self) -> Meeting:
        """The meeting to export, with the document type and introduction as chosen here; both
        are stored with the meeting (through the change path) for the next export."""
        session = self.meeting.session
        kind, introduction = self.summary.chosen_document_type(), self.summary.introduction_to_store()
        language = self.summary.chosen_language()
        chosen = (kind, introduction, language)
        if self.runner is not None and chosen != (session.document_type, session.introduction,
                                                  session.summary_language):
            self.runner.run(self.tr("summary document"), session.id,
                            lambda edit: edit.set_fields(Session, session.id, document_type=kind,
                                                         introduction=introduction,
                                                         summary_language=language))
        session.document_type, session.introduction, session.summary_language = chosen
        return self.meeting

    def _start(self, job: ExportJob, target: Path) -> None:
        """Run the export; its outcome is acted on once its thread has ended (never while it
        still runs: the dialog may close then)."""
        self.job = job
        self._outcome: Callable[[], None] = lambda: None
        job.progressed.connect(self.progress.setValue)
        job.written.connect(lambda path: self._then(lambda: self._written(Path(path), target)))
        job.refused.connect(lambda message, kind: self._then(lambda: self._refused(message, kind, target)))
        job.cancelled.connect(lambda: self._then(self._cancelled))
        job.failed.connect(lambda message: self._then(lambda: self._failed(message)))
        job.finished.connect(self._job_ended)
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel export"))
        self.hint.setText(self._exporting_text())
        job.start()

    def _exporting_text(self) -> str:
        return self.tr("Exporting… the meeting goes on meanwhile; Cancel stops the export and "
                       "writes nothing.")

    def _then(self, outcome: Callable[[], None]) -> None:
        self._outcome = outcome

    def _job_ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        if self.hint.text() == self._exporting_text():
            self._show_hint()
        self._outcome()

    def _written(self, path: Path, target: Path) -> None:
        self.written = path
        self._remember(target)
        self.accept()

    def _refused(self, message: str, kind: str, target: Path) -> None:
        if kind == "target":
            self._offer_another_name(message, target)
        else:
            QMessageBox.warning(self, self.tr("Export not written"), message)

    def _cancelled(self) -> None:
        self.hint.setText(self.tr("Export cancelled: nothing was written."))

    def _failed(self, message: str) -> None:
        QMessageBox.critical(self, self.tr("Export not written"), self.tr(
            "The export failed and nothing was written ({problem}). The details are in the log "
            "file.").format(problem=message))

    def reject(self) -> None:
        """Cancel: stops an export under way (nothing is written), else closes the dialog."""
        if self.job is not None:
            self.job.cancel()
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)

    def _offer_another_name(self, message: str, target: Path) -> None:
        alternative = another_name(target)
        self.path_edit.setText(str(alternative))
        self.path_edit.setFocus()
        self.path_edit.selectAll()
        QMessageBox.warning(self, self.tr("Export not written"), self.tr(
            "{problem}\n\nNothing was written. The file name now offers another one:\n{name}\n"
            "Press Export to use it, or choose another.").format(problem=message, name=alternative))

    def _remember(self, target: Path) -> None:
        EXPORT_FOLDER.set(self.settings, str(target.parent))
        EXPORT_FORMAT.set(self.settings, self.export_format.value)
        EXPORT_ATTRIBUTION.set(self.settings, self.attribution_box.currentData())
        if self.export_format is ExportFormat.DOCX:
            EXPORT_TEMPLATE.set(self.settings, self.template_edit.text().strip())
        if self.export_format in (ExportFormat.DOCX, ExportFormat.MARKDOWN):
            self.summary.remember()


def open_export_dialog(window: QMainWindow, meeting: Meeting, settings: QSettings,
                       runner: ActionRunner | None = None) -> ExportDialog:
    """Show the dialog (window-modal, not blocking); the status bar says where the file went."""
    dialog = ExportDialog(meeting, settings, window, runner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(result: int) -> None:
        if result == QDialog.DialogCode.Accepted and dialog.written:
            written = QCoreApplication.translate("ExportDialog", "Exported to {path}")
            window.statusBar().showMessage(written.format(path=dialog.written), 15000)

    dialog.finished.connect(done)
    dialog.open()
    return dialog
