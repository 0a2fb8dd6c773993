"""Edits in two areas of one meeting: what one area wrote is never undone by another's older
copy of the same row, and every area shows the other's change."""

import pytest
from console_support import FakeTimes, drive_with
from PySide6.QtWidgets import QApplication
from setup_modal import on_modal, raise_pending

from roundtable_desktop.exchange.report import build_report, render_markdown
from roundtable_desktop.ui.agenda_panel import AgendaItemDialog
from roundtable_desktop.ui.setup.properties_dialog import MeetingPropertiesDialog


@pytest.fixture(autouse=True)
def _dialog_actions_passed():
    yield
    raise_pending()


@pytest.fixture
def times():
    return FakeTimes()


def _edit_agenda_item(window, item_id: str, title: str) -> None:
    panel = window.agenda_panel
    panel.select_id(item_id)

    def rename(dialog: AgendaItemDialog) -> None:
        dialog.title.setText(title)
        dialog.accept()

    seen = on_modal(AgendaItemDialog, rename)
    panel.edit_selected()
    assert seen


def _programme_row(markdown: str, title: str) -> str:
    return next(line for line in markdown.splitlines() if line.startswith(f"| {title} "))


def test_an_agenda_edit_while_a_speaker_speaks_keeps_the_programme_as_held(
        qtbot, window, library, demo, times):
    controller = drive_with(window, times)
    first = controller.speakers.next_up
    item_id = first.agenda_item_id
    started = times.wall
    controller.toggle()  # the first speaker has the floor: their item starts
    times.advance(300)
    _edit_agenda_item(window, item_id, "Presentation of the report, as revised")
    times.advance(120)
    while controller.speakers.current is not None and \
            controller.speakers.current.agenda_item_id == item_id:
        controller.end_and_next()
        times.advance(60)
    stored = library.agenda.get(item_id)
    assert stored.title == "Presentation of the report, as revised"
    assert stored.actual_start == started  # when the first speaker took the floor
    assert stored.actual_end is not None
    row = _programme_row(render_markdown(build_report(library.load_meeting(demo.session.id))),
                         "Presentation of the report, as revised")
    assert "not held" not in row and "10:00" in row  # started 10:00 Geneva time


def test_the_console_shows_an_agenda_edit_at_once_and_its_clock_goes_on(
        qtbot, window, library, demo, times):
    controller = drive_with(window, times)
    item_id = controller.speakers.next_up.agenda_item_id
    controller.toggle()
    times.advance(90)
    _edit_agenda_item(window, item_id, "Opening, renamed")
    assert controller.speakers.item(item_id).title == "Opening, renamed"
    assert controller.speakers.clock is not None and controller.speakers.clock.is_running
    assert controller.frame().reading.spoken == pytest.approx(90, abs=0.01)


def test_the_meeting_properties_leave_the_notes_undo_history_and_the_box_as_they_are(
        qtbot, window, library, demo):
    panel = window.notes_panel
    panel.new_note()
    panel.composer.editor.insertPlainText("A point worth keeping")
    panel.save()
    panel.composer.editor.insertPlainText("half a thought")
    assert panel.undo_stack.can_undo()

    def rename(dialog: MeetingPropertiesDialog) -> None:
        dialog.form.title.setText("CSTD roundtable, renamed")
        dialog.accept()

    on_modal(MeetingPropertiesDialog, rename)
    window.setup_actions.edit_properties()
    assert library.sessions.get(demo.session.id).title == "CSTD roundtable, renamed"
    assert "CSTD roundtable, renamed" in window.session_bar.picker.currentText()
    assert panel.undo_stack.can_undo() and panel.undo_action.isEnabled()
    assert panel.composer.editor.toPlainText() == "half a thought"


def test_a_participants_change_leaves_the_notes_undo_history_as_it_is(qtbot, window, library, demo):
    from roundtable_desktop.ui.setup.participant_dialog import ParticipantDialog
    from roundtable_desktop.ui.setup.participants_dialog import ParticipantsDialog

    panel = window.notes_panel
    panel.new_note()
    panel.composer.editor.insertPlainText("Said by the floor")
    panel.save()

    def add_one(editor: ParticipantDialog) -> None:
        editor.name.setText("Ms. Ana Lima")
        editor.accept()

    def in_the_list(dialog: ParticipantsDialog) -> None:
        on_modal(ParticipantDialog, add_one)
        dialog.add()
        dialog.reject()

    on_modal(ParticipantsDialog, in_the_list)
    window.setup_actions.edit_participants()
    names = [p.name for p in library.participants.for_session(demo.session.id)]
    assert "Ms. Ana Lima" in names
    assert panel.undo_stack.can_undo()
    speakers = panel.composer.speaker
    assert "Ms. Ana Lima" in [speakers.itemText(i) for i in range(speakers.count())]
    assert QApplication.activeModalWidget() is None
