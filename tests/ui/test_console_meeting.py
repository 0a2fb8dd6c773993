"""A chair runs the whole demo meeting with the keyboard alone, and finds every speaker's actual
time after a restart."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.enums import AgendaKind, SlotState
from roundtable_desktop.storage.library import Library
from tests.ui.console_support import FakeTimes, drive_with, when_modal


def test_the_demo_meeting_runs_from_first_speaker_to_closing_with_the_keyboard(
        qtbot, window, library_path, demo):
    times = FakeTimes()
    controller = drive_with(window, times)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.speakers_panel.view.setFocus()

    def press(key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        if not window.isActiveWindow():  # back from a dialog
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)

    press(Qt.Key.Key_F5)                 # the secretariat presents: 10:20
    times.advance(620)
    for seconds in (330, 400, 290, 450, 300):   # co-chair, then the four discussants
        press(Qt.Key.Key_F6)
        times.advance(seconds)
    for name in ("Amina Diallo, Minister, Senegal", "Jin Park, Vice-Minister, Republic of Korea"):
        def ask(dialog, name=name) -> None:
            qtbot.keyClicks(dialog.who, name)
            qtbot.keyClick(dialog.who, Qt.Key.Key_Return)
        when_modal(qtbot, ask)
        press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    for seconds in (200, 170):           # the floor
        press(Qt.Key.Key_F6)
        times.advance(seconds)

    def closing(dialog) -> None:
        qtbot.keyClicks(dialog.who, "Chair of the Commission")
        qtbot.keyClick(dialog.who.completer().popup(), Qt.Key.Key_Return)  # picks the participant
        dialog.item.setFocus()
        qtbot.keyClicks(dialog.item, "Closing")
        qtbot.keyClick(dialog.item, Qt.Key.Key_Return)

    when_modal(qtbot, closing)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    press(Qt.Key.Key_F6)
    times.advance(240)
    press(Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)   # the chair closes the meeting
    assert controller.speakers.current is None
    window.close()
    window.library.close()

    reopened = Library.open(library_path)
    slots = reopened.slots.for_session(demo.session.id)
    spoken = [round(s.spoken_seconds) for s in slots]
    assert spoken == [620, 330, 400, 290, 450, 300, 200, 170, 240]
    assert all(s.state is SlotState.DONE and s.actual_start and s.actual_end for s in slots)
    items = {i.kind: i for i in reopened.agenda.for_session(demo.session.id)}
    assert all(i.actual_start and i.actual_end for i in items.values())
    floor = items[AgendaKind.INTERACTIVE_DISCUSSION]
    assert (floor.actual_end - floor.actual_start).total_seconds() == 370
    reopened.close()
