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
    qtbot.waitUntil(lambda: "So far, % of time / of interventions: " in line.text())
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
    qtbot.waitUntil(lambda: "So far, % of time / of interventions: " in again.balance_line.label.text())


def test_the_sort_key_is_listed(window):
    rows = {(action, keys) for _menu, action, keys in shortcut_rows(window)}
    assert ("Sort the floor: not yet spoken first", "Ctrl+Shift+S") in rows


def test_the_console_line_reads_at_a_glance(window):
    from roundtable_desktop.domain.balance import Share
    from roundtable_desktop.ui.console.balance_line import shares_words

    shares = [Share("Latin American and Caribbean States", 1, 60, 0.254, 0.5),
              Share("African States", 3, 180, 0.746, 0.5), Share("Woman", 1, 60, 1.0, 1.0)]
    assert shares_words(shares) == "GRULAC 25/50, Africa 75/50, Woman 100/100"


def test_the_fairness_figure_takes_the_window_language_s_decimal_mark(monkeypatch):
    from roundtable_desktop.domain.balance import Balance
    from roundtable_desktop.ui.console import balance_bars

    balance = Balance([], [], 0.3456, 4)
    assert "is 0.35 (" in balance_bars.fairness_words(balance)
    monkeypatch.setattr(balance_bars, "window_language", lambda: "fr")
    assert "is 0,35 (" in balance_bars.fairness_words(balance)  # untranslated here: the mark only


def test_the_bars_read_from_the_right_in_a_right_to_left_window(qtbot):
    from PySide6.QtGui import QColor

    from roundtable_desktop.domain.balance import Share
    from roundtable_desktop.ui.console.balance_bars import TIME_COLOUR, BalanceBars

    def time_bar_middle(direction) -> float:
        bars = BalanceBars("By gender", [Share("Woman", 1, 60, 0.6, 0.5), Share("Man", 1, 40, 0.4, 0.5)])
        qtbot.addWidget(bars)
        bars.setLayoutDirection(direction)
        bars.resize(600, bars.sizeHint().height())
        image = bars.grab().toImage()
        xs = [x for x in range(image.width()) for y in range(0, image.height(), 2)
              if QColor(image.pixel(x, y)) == TIME_COLOUR]
        assert xs
        return sum(xs) / len(xs)

    left_to_right = time_bar_middle(Qt.LayoutDirection.LeftToRight)
    assert left_to_right < 300 < time_bar_middle(Qt.LayoutDirection.RightToLeft)


def test_the_exported_csv_has_the_balance_tab_s_figures(window, qtbot, tmp_path):
    import csv

    controller = speak_first_two(window, qtbot, FakeTimes())
    dialog = StatisticsDialog(controller, window)
    qtbot.addWidget(dialog)
    assert dialog.export(tmp_path / "speaking-time.csv")
    with (tmp_path / "speaking-time.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    fairness = next(r for r in rows if r["section"] == "fairness")
    assert fairness["gini"] == f"{dialog.balance.gini:.2f}"
    regions = [r for r in rows if r["section"] == "balance_region"]
    assert [round(float(r["share_percent"])) for r in regions] == [
        round(time) for _, time, _ in dialog.balance_view.region_bars.rows()]
