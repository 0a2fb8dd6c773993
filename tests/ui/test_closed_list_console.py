"""The chair closes the list of speakers with a key: the console shows it, a request is refused
with a clear message unless the chair adds it anyway, points of order still go in, and the list
stays closed after a kill."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from roundtable_desktop.domain.enums import RequestType
from roundtable_desktop.ui.console.dialogs import SpeakerRequestDialog
from roundtable_desktop.ui.console.shortcuts_dialog import shortcut_rows
from roundtable_desktop.ui.main_window import MainWindow
from tests.ui.console_support import FakeTimes, drive_with, when_modal


def floor_item(controller):
    return controller.speakers.interactive_item()


def close_floor(window, qtbot, controller):
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_O, keys)
    qtbot.waitUntil(lambda: floor_item(controller).list_closed_at is not None)


def request(window, controller, who: str) -> SpeakerRequestDialog:
    dialog = SpeakerRequestDialog(controller, True, window)
    dialog.who.setText(who)
    return dialog


def names_queued(controller) -> list[str]:
    return [controller.participant(s).name for s in controller.speakers.queued()]


def press(button_text: str, qtbot):
    def click(box) -> None:
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        button.click()
    when_modal(qtbot, click)


def test_ctrl_shift_o_closes_the_floor_and_the_console_says_so(window, library, qtbot):
    controller = drive_with(window, FakeTimes())
    close_floor(window, qtbot, controller)
    line = window.list_closing.line
    qtbot.waitUntil(line.isVisible)
    assert floor_item(controller).title in line.text() and "points of order" in line.text()
    controller.tick()
    assert controller.frame().forecast.floor_closed
    assert "floor closed" in window.speakers_panel.meeting_clock.text()
    stored = library.agenda.get(floor_item(controller).id)
    assert stored.list_closed_at is not None
    close_floor_again = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_O, close_floor_again)
    qtbot.waitUntil(lambda: library.agenda.get(stored.id).list_closed_at is None)
    qtbot.waitUntil(lambda: not line.isVisible())


def test_a_request_to_a_closed_list_is_refused_with_a_message(window, qtbot):
    controller = drive_with(window, FakeTimes())
    close_floor(window, qtbot, controller)
    dialog = request(window, controller, "Ms. Ana Rojas, Delegate, Chile")
    qtbot.addWidget(dialog)
    press("Cancel", qtbot)
    dialog.accept()
    assert "closed" in dialog.status.text() and dialog.who.text().startswith("Ms. Ana Rojas")
    assert "Ms. Ana Rojas" not in names_queued(controller)


def test_add_anyway_is_the_explicit_override(window, qtbot):
    controller = drive_with(window, FakeTimes())
    close_floor(window, qtbot, controller)
    dialog = request(window, controller, "Ms. Ana Rojas, Delegate, Chile")
    qtbot.addWidget(dialog)
    press("Add anyway", qtbot)
    dialog.accept()
    qtbot.waitUntil(lambda: "Ms. Ana Rojas" in names_queued(controller))


def test_a_point_of_order_still_goes_in(window, qtbot):
    controller = drive_with(window, FakeTimes())
    close_floor(window, qtbot, controller)
    dialog = request(window, controller, "Mr. Li Wei, Delegate, China")
    qtbot.addWidget(dialog)
    dialog.request.setCurrentIndex(dialog.request.findData(RequestType.POINT_OF_ORDER.value))
    dialog.accept()
    assert QApplication.activeModalWidget() is None
    assert "Mr. Li Wei" in names_queued(controller)


def test_the_closed_list_is_closed_after_a_kill(window, library, qtbot, qsettings):
    controller = drive_with(window, FakeTimes())
    close_floor(window, qtbot, controller)
    again = MainWindow(library, qsettings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.list_closing.line.isVisible)


def test_the_keys_are_listed_in_keyboard_shortcuts(window):
    rows = {(action, keys) for _menu, action, keys in shortcut_rows(window)}
    assert ("Close or reopen the list of speakers", "Ctrl+Shift+L") in rows
    assert ("Close or reopen floor requests", "Ctrl+Shift+O") in rows
