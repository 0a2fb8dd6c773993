"""Nothing typed is lost: drafts within a second, at once on focus loss, switching and close."""

import pytest
from notes_helpers import press, start_speaking, type_note

from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.ui.main_window import MainWindow
from roundtable_desktop.ui.notes.editor import AUTOSAVE_MS


@pytest.fixture
def panel(window, qtbot, library, demo):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start_speaking(library, demo, 2, question_index=2)
    return window.notes_panel


@pytest.fixture
def doomed(qtbot, library, demo, qsettings):
    """A window that the test destroys itself, as a kill would."""
    start_speaking(library, demo, 2, question_index=2)
    first = MainWindow(library, qsettings)
    first.show()
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    return first


def destroy(qtbot, window) -> None:
    """Destroy the window without a close event: nothing gets flushed on the way out."""
    window.hide()
    with qtbot.waitSignal(window.destroyed):
        window.deleteLater()


def draft_text(panel, session_id: str, target: str = "capture") -> str | None:
    draft = panel.services.drafts.load(session_id, target)
    return draft["text"] if draft else None


def test_typing_is_stored_within_a_second_without_saving(qtbot, window, panel, demo):
    assert AUTOSAVE_MS <= 1000
    press(qtbot, window, "Ctrl+N")
    qtbot.keyClicks(panel.composer.editor, "The digital divide")
    assert panel.capture.draft_saver.timer.isActive()
    qtbot.waitUntil(lambda: draft_text(panel, demo.session.id) == "The digital divide")


def test_focus_leaving_the_box_stores_the_draft_at_once(qtbot, window, panel, demo):
    press(qtbot, window, "Ctrl+N")
    qtbot.keyClicks(panel.composer.editor, "Half a sentence")
    panel.table.setFocus()
    assert draft_text(panel, demo.session.id) == "Half a sentence"


def test_the_draft_comes_back_after_the_window_is_destroyed_without_saving(qtbot, doomed, library,
                                                                          demo, qsettings):
    window, panel = doomed, doomed.notes_panel
    press(qtbot, window, "Ctrl+N")
    qtbot.keyClicks(panel.composer.editor, "Killed mid-sen")
    press(qtbot, panel.composer.editor, "Ctrl+4")
    qtbot.waitUntil(lambda: draft_text(panel, demo.session.id) == "Killed mid-sen")
    destroy(qtbot, window)  # as if the app had been killed
    again = MainWindow(library, qsettings)
    qtbot.addWidget(again)
    composer = again.notes_panel.composer
    assert composer.editor.toPlainText() == "Killed mid-sen"
    assert composer.speaker.currentText() == "Discussant 1"
    assert composer.question.currentText() == "Q3"
    assert composer.kind.currentIndex() == 3
    assert "brought back" in composer.status.text()
    qtbot.keyClicks(composer.editor, "tence")
    composer.save_requested.emit()
    assert [n.text for n in library.notes.for_session(demo.session.id)] == ["Killed mid-sentence"]
    assert again.notes_panel.services.drafts.for_session(demo.session.id) == {}


def test_closing_the_window_stores_what_is_being_typed(qtbot, window, panel, library, demo, qsettings):
    press(qtbot, window, "Ctrl+N")
    qtbot.keyClicks(panel.composer.editor, "Typed just before closing")
    window.close()
    assert draft_text(panel, demo.session.id) == "Typed just before closing"


def test_switching_meetings_keeps_each_meetings_draft(qtbot, window, library, demo):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = window.notes_panel
    other = library.add_meeting(demo_meeting())
    press(qtbot, window, "Ctrl+N")
    qtbot.keyClicks(panel.composer.editor, "For the first meeting")
    window.session_bar.reload(other.session.id)
    assert draft_text(panel, demo.session.id) == "For the first meeting"
    assert panel.composer.editor.toPlainText() == ""
    window.session_bar.reload(demo.session.id)
    assert panel.composer.editor.toPlainText() == "For the first meeting"


def test_an_edit_in_progress_comes_back_too(qtbot, doomed, library, demo, qsettings):
    window, panel = doomed, doomed.notes_panel
    type_note(qtbot, window, "Stored wording")
    qtbot.keyClicks(panel.composer.editor, "next note")
    panel.edit_note(panel.table.notes_model.record(0))
    assert draft_text(panel, demo.session.id) == "next note"  # switching notes stores at once
    qtbot.keyClicks(panel.composer.editor, ", amended")
    window.close()
    destroy(qtbot, window)
    again = MainWindow(library, qsettings)
    qtbot.addWidget(again)
    composer = again.notes_panel.composer
    assert composer.editing is not None
    assert composer.editor.toPlainText() == "Stored wording, amended"
    again.notes_panel.stop_editing()
    assert composer.editor.toPlainText() == "next note"
    assert library.notes.for_session(demo.session.id)[0].text == "Stored wording"
