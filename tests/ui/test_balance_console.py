"""Live balance in the console: shares so far, marks on waiting speakers who have not spoken
yet, Ctrl+Shift+S sorting the floor so they come first (points of order at the head); the
statistics' Balance tab with bars and the Gini figure."""

from PySide6.QtCore import Qt

from roundtable_desktop.domain.enums import RequestType, SlotState
from roundtable_desktop.ui.console.shortcuts_dialog import shortcut_rows
from roundtable_desktop.ui.console.statistics_view import StatisticsDialog
from roundtable_desktop.ui.main_window import MainWindow
from tests.ui.console_support import FakeTimes, drive_with


def speak_first_two(window, qtbot, times):
    controller = drive_with(window, times)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    times.advance(120)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    times.advance(60)
    qtbot.keyClick(window, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    return controller


def add_floor(controller, who: str, request=RequestType.INTERVENTION) -> None:
    from roundtable_desktop.domain.speaker_request import SpeakerRequest

    floor = controller.speakers.interactive_item()
    assert controller.add_request(SpeakerRequest(who, agenda_item_id=floor.id, request_type=request))


def test_the_console_shows_the_shares_so_far(window, qtbot):
    controller = speak_first_two(window, qtbot, FakeTimes())
    line = window.balance_line.label
    qtbot.waitUntil(lambda: "So far (time / interventions)" in line.text())
    assert "Regions:" in line.text()
    assert controller.speakers.slots[0].state is SlotState.DONE


def test_waiting_speakers_who_have_not_spoken_are_marked(window, qtbot):
    controller = speak_first_two(window, qtbot, FakeTimes())
    spoke = controller.speakers.slots[0]
    person = controller.participant(spoke)
    add_floor(controller, person.name)  # asks again: has spoken
    add_floor(controller, "Ms. Ana Rojas, Delegate, Chile")
    model = window.speakers_panel.model
    rows = {model.slot(r).id: r for r in range(model.rowCount())}
    again = next(s for s in controller.speakers.queued() if s.participant_id == spoke.participant_id)
    new = next(s for s in controller.speakers.queued() if controller.participant(s).name == "Ms. Ana Rojas")
    decoration = Qt.ItemDataRole.DecorationRole
    assert model.data(model.index(rows[new.id], 1), decoration) is not None
    assert model.data(model.index(rows[again.id], 1), decoration) is None
    assert "not spoken yet" in model.data(model.index(rows[new.id], 1), Qt.ItemDataRole.ToolTipRole)


def test_ctrl_shift_s_puts_first_timers_first_with_points_of_order_at_the_head(window, library, qtbot):
    controller = speak_first_two(window, qtbot, FakeTimes())
    spoke = controller.participant(controller.speakers.slots[0]).name
    add_floor(controller, spoke)
    add_floor(controller, "Ms. Ana Rojas, Delegate, Chile")
    add_floor(controller, "Mr. Li Wei, Delegate, China", RequestType.POINT_OF_ORDER)
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_S, keys)
    floor = controller.speakers.interactive_item()
    names = [controller.participant(s).name for s in controller.speakers.queued()
             if s.agenda_item_id == floor.id or s.request_type is RequestType.POINT_OF_ORDER]
    assert names.index("Ms. Ana Rojas") < names.index(spoke)
    assert controller.speakers.queued()[0].request_type is RequestType.POINT_OF_ORDER
    stored = sorted(library.slots.for_session(controller.session_id), key=lambda s: s.position)
    stored_names = [controller.participant(s).name for s in stored if s.state is SlotState.QUEUED]
    assert stored_names.index("Ms. Ana Rojas") < stored_names.index(spoke)  # kept after a kill


def test_the_statistics_show_bars_and_the_fairness_figure(window, qtbot):
    controller = speak_first_two(window, qtbot, FakeTimes())
    dialog = StatisticsDialog(controller, window)
    qtbot.addWidget(dialog)
    view = dialog.balance_view
    assert view.gender_bars.rows() and view.region_bars.rows()
    total = sum(time for _, time, _ in view.region_bars.rows())
    assert round(total) == 100
    assert "Gini" in view.fairness.text()
    assert view.gender_bars.label_width == view.region_bars.label_width > 0  # one scale for both
    dialog.tabs.setCurrentWidget(view)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = view.gender_bars.grab().toImage()
    assert image.width() > 0  # painted without error


def test_the_balance_is_shown_again_after_a_kill(window, library, qtbot, qsettings):
    speak_first_two(window, qtbot, FakeTimes())
    again = MainWindow(library, qsettings)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: "So far (time / interventions)" in again.balance_line.label.text())


def test_the_sort_key_is_listed(window):
    rows = {(action, keys) for _menu, action, keys in shortcut_rows(window)}
    assert ("Sort the floor: not yet spoken first", "Ctrl+Shift+S") in rows
