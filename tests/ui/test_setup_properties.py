"""Meeting > Properties…: the meeting's title, times and zone, people and focus SDGs."""

import pytest
from PySide6.QtCore import Qt, QTime
from setup_modal import on_modal, raise_pending

from roundtable_desktop.ui.setup.fields import ZoneBox, is_zone
from roundtable_desktop.ui.setup.properties_dialog import MeetingPropertiesDialog


@pytest.fixture(autouse=True)
def _dialog_actions_passed():
    yield
    raise_pending()


def test_ctrl_shift_m_edits_the_meeting_and_the_window_shows_the_change(qtbot, window):
    def edit(dialog: MeetingPropertiesDialog) -> None:
        form = dialog.form
        form.title.setText("CSTD roundtable, revised")
        form.end.setTime(QTime(16, 30))
        form.zone.setEditText("Europe/Vienna")
        form.chair.setText("H.E. Ms. Chair")
        form.rapporteur.setText("Mr. Rapporteur")
        form.sdgs.boxes[4].setChecked(True)
        qtbot.keyClick(form.title, Qt.Key.Key_Return)

    seen = on_modal(MeetingPropertiesDialog, edit)
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_M, control_shift)
    assert seen
    session = window.library.sessions.get(window.session_id)
    assert (session.title, session.timezone, session.chair_name, session.rapporteur_name) == (
        "CSTD roundtable, revised", "Europe/Vienna", "H.E. Ms. Chair", "Mr. Rapporteur")
    assert 4 in session.focus_sdgs and session.planned_minutes == 90
    assert "CSTD roundtable, revised" in window.session_bar.picker.currentText()
    assert "60 of 90 min" in window.agenda_panel.summary_label.text()


def test_cancel_changes_nothing(qtbot, window):
    before = window.library.sessions.get(window.session_id)

    def edit(dialog: MeetingPropertiesDialog) -> None:
        dialog.form.title.setText("Not kept")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_modal(MeetingPropertiesDialog, edit)
    window.setup_actions.edit_properties()
    assert window.library.sessions.get(window.session_id).title == before.title


def test_an_unknown_zone_or_no_title_is_not_saved(qtbot, window):
    def edit(dialog: MeetingPropertiesDialog) -> None:
        dialog.form.zone.setEditText("Central Time")
        dialog.accept()
        assert dialog.isVisible() and "time zone" in dialog.message.text()
        dialog.form.zone.setEditText("UTC+05:30")
        dialog.form.title.clear()
        dialog.accept()
        assert dialog.isVisible() and "title" in dialog.message.text()
        dialog.form.title.setText("Back")
        dialog.accept()

    on_modal(MeetingPropertiesDialog, edit)
    window.setup_actions.edit_properties()
    session = window.library.sessions.get(window.session_id)
    assert (session.title, session.timezone) == ("Back", "UTC+05:30")
    assert session.planned_start().utcoffset().total_seconds() == 5.5 * 3600


def test_the_zone_list_holds_every_zone_and_filters_on_any_part(qtbot):
    box = ZoneBox("Europe/Zurich")
    qtbot.addWidget(box)
    assert box.findText("America/Argentina/Buenos_Aires") >= 0 and box.findText("UTC+02:00") >= 0
    completer = box.completer()
    completer.setCompletionPrefix("zur")
    assert completer.currentCompletion() == "Europe/Zurich"
    completer.setCompletionPrefix("new_y")
    assert completer.currentCompletion() == "America/New_York"
    assert is_zone("UTC+02:00") and is_zone("Asia/Kolkata") and not is_zone("Mars/Olympus")


def test_the_zone_hint_gives_the_offset_on_the_meeting_date(qtbot, window):
    def check(dialog: MeetingPropertiesDialog) -> None:
        hint = dialog.form.zone_hint.text()
        assert "UTC+02:00" in hint and "CEST" in hint
        dialog.form.zone.setEditText("America/New_York")
        assert "UTC-04:00" in dialog.form.zone_hint.text()
        dialog.reject()

    seen = on_modal(MeetingPropertiesDialog, check)
    window.setup_actions.edit_properties()
    assert seen


def test_the_zone_hint_reads_right_to_left_in_arabic_though_it_starts_with_a_zone(qtbot, window, in_language):
    from roundtable_desktop.ui.bidi import RIGHT_TO_LEFT_MARK

    in_language("ar")
    session = window.library.sessions.get(window.session_id)
    dialog = MeetingPropertiesDialog(window.runner, session, window)
    qtbot.addWidget(dialog)
    hint = dialog.form.zone_hint.text()
    assert hint.startswith(f"<small>{RIGHT_TO_LEFT_MARK}Europe/Zurich"), hint
    dialog.form.zone.setEditText("Mars/Olympus")
    assert dialog.form.zone_hint.text().startswith(RIGHT_TO_LEFT_MARK), dialog.form.zone_hint.text()
