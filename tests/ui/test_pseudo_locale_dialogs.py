"""The pseudo-locale on the dialogs that no menu item opens directly: those of the areas' buttons
(add or edit an agenda item, a guiding question; a speaker's times from the list), the chair's
override of a closed list of speakers, the merge report after File > Merge a meeting file…, and
Restore from backup. None shows an English word that did not go through translation."""

from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QFileDialog, QMessageBox
from setup_modal import watch_for

from roundtable_desktop.domain.closed_list import ListClosedError
from roundtable_desktop.domain.model import Note
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui.console.closed_list import add_anyway
from roundtable_desktop.ui.reliability.restore_dialog import RestoreDialog
from tests.ui.event_queue import let_queued_events_run
from tests.ui.pseudo import PAD
from tests.ui.test_pseudo_locale import library_words, pseudo_window, untranslated, widget_texts

__all__ = ["pseudo_window"]  # the fixture, shared with the pseudo-locale test of the window


class Inspector:
    """Reads the dialog that opens, then closes it; what it read is kept."""

    def __init__(self, library) -> None:
        self.library = library
        self.titles: list[str] = []
        self.problems: list[str] = []

    def __call__(self) -> None:
        dialog = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, QDialog | QMessageBox) and w.isVisible()), None)
        if dialog is None or isinstance(dialog, QFileDialog):
            return
        self.titles.append(dialog.windowTitle())
        self.problems += untranslated(widget_texts(dialog), library_words(self.library))
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    def around(self, qtbot, open_it) -> None:
        watch = watch_for(self.looks_on)  # inside a modal dialog's exec() too
        open_it()
        let_queued_events_run(qtbot)  # what the button put off has run: a dialog it opens is open
        self()
        watch.stop()

    def looks_on(self) -> bool:
        self()
        return False  # until the dialog's opener is done


def test_the_areas_buttons_open_dialogs_that_show_only_translated_text(qtbot, pseudo_window, library):
    inspector = Inspector(library)
    buttons = [b for b in pseudo_window.findChildren(QAbstractButton)
               if b.isVisible() and b.isEnabled() and "\u2026" in b.text()]
    assert len(buttons) >= 3  # Add… and Edit… of the agenda and the questions, at least
    for button in buttons:
        inspector.around(qtbot, button.click)
    panel = pseudo_window.speakers_panel
    panel.view.setCurrentIndex(panel.view.model().index(0, 0))
    inspector.around(qtbot, panel.edit_selected)  # Enter on a speaker: their times
    assert len(inspector.titles) >= 4, inspector.titles
    assert all(title.endswith(PAD) for title in inspector.titles), inspector.titles
    assert not inspector.problems, "\n".join(sorted(set(inspector.problems)))


def test_the_override_of_a_closed_list_shows_only_translated_text(qtbot, pseudo_window, library, demo):
    inspector = Inspector(library)
    inspector.around(qtbot, lambda: add_anyway(pseudo_window, ListClosedError(demo.agenda[2])))
    assert len(inspector.titles) == 1 and inspector.titles[0].endswith(PAD)
    assert not inspector.problems, "\n".join(inspector.problems)


def test_the_merge_report_after_merging_a_file_shows_only_translated_text(
        qtbot, pseudo_window, library, tmp_path, monkeypatch):
    from roundtable_desktop.exchange.meeting_file import read_meeting_file, write_meeting_file
    from roundtable_desktop.storage.meeting_rows import changes_since
    from roundtable_desktop.storage.merge import merge_changes

    target = tmp_path / "for the rapporteur.roundtable-meeting"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    pseudo_window.meeting_file_actions.export_action.trigger()
    rapporteur = Library.in_memory()
    merge_changes(rapporteur.database, read_meeting_file(target))
    session_id = pseudo_window.session_id
    rapporteur.notes.add(Note(session_id, "A point from the other laptop."))
    back = tmp_path / "from the rapporteur.roundtable-meeting"
    write_meeting_file(changes_since(rapporteur.database, session_id), back)
    rapporteur.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(back), ""))
    pseudo_window.meeting_file_actions.merge_action.trigger()
    dialog = pseudo_window.meeting_file_actions.last_dialog
    assert dialog is not None and PAD in dialog.text.toPlainText()
    lines = [("report", line) for line in dialog.text.toPlainText().splitlines()]
    data = library_words(library) | {"point", "from", "the", "other", "laptop"}
    problems = untranslated(widget_texts(dialog) + lines, data)
    dialog.reject()
    assert not problems, "\n".join(problems)


def test_restore_from_backup_shows_only_translated_text(qtbot, pseudo_window, library, library_path):
    dialog = RestoreDialog(library_path, pseudo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle().endswith(PAD)
    problems = untranslated(widget_texts(dialog), library_words(library))
    assert not problems, "\n".join(problems)
