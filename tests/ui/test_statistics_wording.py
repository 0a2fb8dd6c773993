"""The statistics view's summary line reads as a sentence whatever the count."""

from roundtable_desktop.ui.console.statistics_view import StatisticsDialog
from tests.ui.console_support import FakeTimes, drive_with


def test_one_speaker_so_far_is_one_intervention(window, qtbot):
    times = FakeTimes()
    controller = drive_with(window, times)
    controller.toggle()
    times.advance(100)
    controller.end_current()
    dialog = StatisticsDialog(controller, window)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "1 intervention, 1:40 in all"
    controller.toggle()
    times.advance(20)
    controller.end_current()
    again = StatisticsDialog(controller, window)
    qtbot.addWidget(again)
    assert again.summary.text() == "2 interventions, 2:00 in all"
