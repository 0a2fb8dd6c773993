"""File > Export rapporteur's summary…, driven with the keyboard."""

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable_desktop.exchange.demo import DEMO_TITLE
from roundtable_desktop.ui import export_dialog as module
from roundtable_desktop.ui.export_dialog import EXPORT_FOLDER, ExportDialog, another_name, suggested_name
from tests.rehearsed_meeting import FLOOR_NAME, rehearsed_meeting


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """What the dialog told the user in a warning box (the box itself would block the test)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def dialog(qtbot, qsettings, tmp_path):
    EXPORT_FOLDER.set(qsettings, str(tmp_path))
    dialog = ExportDialog(rehearsed_meeting(), qsettings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export(qtbot, dialog) -> None:
    """Enter in the dialog, and wait for the export (in the background) to end."""
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)


def type_path(qtbot, dialog, path) -> None:
    dialog.path_edit.setFocus()
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, str(path))


def test_the_menu_shortcut_exports_the_word_summary_of_the_meeting_shown(qtbot, window, qsettings, tmp_path):
    EXPORT_FOLDER.set(qsettings, str(tmp_path))
    window.activateWindow()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_E, modifiers)
    dialog = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.path_edit.text().startswith(str(tmp_path))
    assert dialog.path_edit.text().endswith(".docx")
    said: list[str] = []  # the status bar's message goes after a while: kept as it is shown
    window.statusBar().messageChanged.connect(said.append)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(str(tmp_path) in message for message in said), timeout=60000)
    [written] = list(tmp_path.glob("*.docx"))
    assert written.name.startswith("2021-05-17 Summary by the Rapporteur - High-level Roundtable on")
    document = docx.Document(str(written))
    title = DEMO_TITLE.replace("High-level Roundtable", "high-level roundtable")  # For circulation
    assert any(p.text == f"Summary by the Rapporteur of the {title}" for p in document.paragraphs)
    assert any(str(written) in message for message in said)
    assert "Ctrl+Shift+E" in window.export_action.toolTip()


def test_choosing_another_format_changes_the_file_name_and_what_applies(qtbot, dialog, tmp_path):
    dialog.format_box.setFocus()
    qtbot.keyClick(dialog.format_box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.format_box, Qt.Key.Key_Down)  # Word -> Markdown -> CSV
    assert dialog.path_edit.text().endswith("Speaker log - High-level Roundtable on The role of science.csv")
    assert not dialog.template_row.isEnabled() and not dialog.attribution_box.isEnabled()
    type_path(qtbot, dialog, tmp_path / "my own name.csv")
    qtbot.keyClick(dialog.format_box, Qt.Key.Key_Down)  # -> JSON keeps a name typed by hand
    assert dialog.path_edit.text() == str(tmp_path / "my own name.json")
    export(qtbot, dialog)
    assert (tmp_path / "my own name.json").exists()


def test_a_file_open_in_word_gives_a_clear_message_and_offers_another_name(qtbot, dialog, tmp_path, warnings):
    target = tmp_path / "summary.docx"
    target.write_text("the previous summary")
    (tmp_path / "~$summary.docx").write_text("Word's lock")
    type_path(qtbot, dialog, target)
    export(qtbot, dialog)
    assert dialog.isVisible()
    assert "open in Word" in warnings[0] and "summary (2).docx" in warnings[0]
    assert dialog.path_edit.text() == str(tmp_path / "summary (2).docx")
    assert target.read_text() == "the previous summary"
    export(qtbot, dialog)
    assert not dialog.isVisible()
    assert docx.Document(str(tmp_path / "summary (2).docx")).paragraphs


def test_a_missing_folder_is_explained(qtbot, dialog, tmp_path, warnings):
    type_path(qtbot, dialog, tmp_path / "gone" / "summary.docx")
    export(qtbot, dialog)
    assert "does not exist" in warnings[0]
    assert dialog.isVisible() and dialog.path_edit.text().endswith("summary (2).docx")


def test_a_template_and_an_attribution_are_used_and_remembered(qtbot, dialog, qsettings, tmp_path):
    template = tmp_path / "org.docx"
    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "SECRETARIAT LETTERHEAD"
    letterhead.save(str(template))
    dialog.template_edit.setText(str(template))
    dialog.attribution_box.setFocus()
    qtbot.keyClick(dialog.attribution_box, Qt.Key.Key_Down)  # named -> by role
    type_path(qtbot, dialog, tmp_path / "summary.docx")
    export(qtbot, dialog)
    document = docx.Document(str(tmp_path / "summary.docx"))
    assert document.sections[0].header.paragraphs[0].text == "SECRETARIAT LETTERHEAD"
    body = " ".join(p.text for p in document.paragraphs)
    assert FLOOR_NAME not in body and "A Director from the African States" in body
    again = ExportDialog(rehearsed_meeting(), qsettings)
    qtbot.addWidget(again)
    assert again.template_edit.text() == str(template)
    assert again.attribution_box.currentData() == "by_role"


def test_a_template_that_is_not_word_is_refused_and_nothing_written(qtbot, dialog, tmp_path, warnings):
    fake = tmp_path / "org.docx"
    fake.write_text("plain text")
    dialog.template_edit.setText(str(fake))
    type_path(qtbot, dialog, tmp_path / "summary.docx")
    export(qtbot, dialog)
    assert "not a Word document" in warnings[0]
    assert dialog.isVisible() and not (tmp_path / "summary.docx").exists()
    assert QApplication.overrideCursor() is None


def test_choose_file_adds_the_format_suffix(qtbot, dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(module.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "chosen"), ""))
    dialog.choose_file()
    assert dialog.path_edit.text() == str(tmp_path / "chosen.docx")


def test_names_suggested_are_safe_and_another_name_counts_up(tmp_path):
    meeting = rehearsed_meeting()
    meeting.session.title = 'Panel: "AI/ML" <today>?'
    assert suggested_name(meeting, module.ExportFormat.MARKDOWN) == \
        "2021-05-17 Summary by the Rapporteur - Panel AI ML today.md"
    (tmp_path / "summary (2).docx").write_text("")
    assert another_name(tmp_path / "summary.docx") == tmp_path / "summary (3).docx"
