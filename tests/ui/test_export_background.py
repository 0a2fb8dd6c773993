"""The export runs in the background: a progress bar, Cancel that writes nothing, the window and
the chair's clock alive meanwhile; the summary's choices in the dialog, stored with the meeting."""

import threading

import docx
import pytest
from PySide6.QtCore import QEvent, QObject, Qt

from roundtable_desktop.domain.enums import DocumentType
from roundtable_desktop.exchange.report import Section
from roundtable_desktop.exchange.report.progress import Progress
from roundtable_desktop.ui import export_dialog as module
from roundtable_desktop.ui.export_dialog import EXPORT_FOLDER, ExportDialog
from tests.rehearsed_meeting import rehearsed_meeting


class Paints(QObject):
    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def dialog(qtbot, qsettings, tmp_path):
    EXPORT_FOLDER.set(qsettings, str(tmp_path))
    dialog = ExportDialog(rehearsed_meeting(), qsettings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def slow_export(monkeypatch, release: threading.Event, steps: list[float]):
    """An export that reports progress and waits until the test lets it finish or cancels it."""

    def export_meeting(meeting, export_format, target, template, attribution, options, progress: Progress):
        fraction = 0.0
        while not release.wait(0.01):
            fraction = min(0.95, fraction + 0.01)
            progress.step(fraction)  # raises ExportCancelledError once Cancel is pressed
            steps.append(fraction)
        target.write_text("written")
        return target

    monkeypatch.setattr(module, "export_meeting", export_meeting)


def test_cancel_stops_the_export_and_nothing_is_written(qtbot, dialog, tmp_path, monkeypatch):
    release, steps = threading.Event(), []
    slow_export(monkeypatch, release, steps)
    dialog.path_edit.setText(str(tmp_path / "summary.docx"))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.progress.isVisible() and dialog.progress.value() > 0, timeout=30000)
    assert not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30000)
    assert dialog.isVisible() and not dialog.progress.isVisible()
    assert "cancelled" in dialog.hint.text() and "nothing was written" in dialog.hint.text()
    assert not (tmp_path / "summary.docx").exists()
    assert dialog.export_button.isEnabled()


def test_the_chair_s_clock_keeps_repainting_while_a_summary_is_exported(qtbot, window, qsettings, tmp_path,
                                                                       monkeypatch):
    release, steps = threading.Event(), []
    slow_export(monkeypatch, release, steps)
    EXPORT_FOLDER.set(qsettings, str(tmp_path))
    panel = window.speakers_panel
    panel.controller.toggle()  # a speaker on the floor
    paints = Paints(panel.clock)
    window.export_summary()
    dialog = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(steps) > 0, timeout=30000)
    before = paints.count
    qtbot.waitUntil(lambda: paints.count >= before + 3, timeout=30000)  # the export still runs
    assert dialog.job is not None and not release.is_set()
    release.set()
    qtbot.waitUntil(lambda: str(tmp_path) in window.statusBar().currentMessage(), timeout=30000)


def test_the_real_export_in_the_background_writes_the_summary(qtbot, dialog, tmp_path):
    dialog.path_edit.setText(str(tmp_path / "summary.docx"))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    assert dialog.written == tmp_path / "summary.docx"
    assert any(p.text == "I. Introduction" for p in docx.Document(str(dialog.written)).paragraphs)


def test_unattributed_switches_off_what_would_identify_the_speakers(qtbot, dialog):
    summary = dialog.summary
    summary.preset.setCurrentIndex(summary.preset.findData("full"))
    assert summary.boxes[Section.SPEAKING_TIME].isChecked()
    generated_with_names = summary.introduction.toPlainText()
    assert "Ms. Amina Diallo" in generated_with_names
    dialog.attribution_box.setCurrentIndex(dialog.attribution_box.findData("unattributed"))
    assert not summary.boxes[Section.SPEAKING_TIME].isEnabled()
    assert Section.SPEAKING_TIME not in summary.sections() and Section.SDGS in summary.sections()
    assert "Diallo" not in summary.introduction.toPlainText()  # written again without names


def test_the_document_type_and_an_edited_introduction_are_stored_with_the_meeting(qtbot, window, qsettings,
                                                                                 tmp_path):
    EXPORT_FOLDER.set(qsettings, str(tmp_path))
    window.export_summary()
    dialog = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.summary.document_type.setCurrentIndex(dialog.summary.document_type.findData("chair_summary"))
    dialog.summary.introduction.setPlainText("On 17 May 2021, the Commission met.")
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: str(tmp_path) in window.statusBar().currentMessage(), timeout=60000)
    stored = window.library.sessions.get(window.session_id)
    assert stored.document_type is DocumentType.CHAIR_SUMMARY
    assert stored.introduction == "On 17 May 2021, the Commission met."
    [written] = list(tmp_path.glob("*.docx"))
    texts = [p.text for p in docx.Document(str(written)).paragraphs]
    assert "On 17\u00a0May 2021, the Commission met." in texts
    assert any(t.startswith("Chair\u2019s summary of the") for t in texts)


def test_a_style_mapping_that_cannot_be_read_is_said_before_exporting(qtbot, dialog, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(module.QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    dialog.summary.style_names.setText("SingleTxtG")
    dialog.path_edit.setText(str(tmp_path / "summary.docx"))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert shown and "OUR STYLE=TEMPLATE STYLE" in shown[0]
    assert dialog.job is None and not (tmp_path / "summary.docx").exists()
