"""The statistics view's summary line reads as a sentence whatever the count; its tables and
the Balance tab's bars (told in words to a screen reader) say what they show."""

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


def test_a_point_of_order_and_time_past_the_limit_are_told_as_such(window, qtbot):
    from roundtable_desktop.domain.enums import RequestType
    from roundtable_desktop.domain.speaker_request import SpeakerRequest

    times = FakeTimes()
    controller = drive_with(window, times)
    controller.toggle()
    controller.adjust(-30)  # 10:00 / 10:00 becomes 9:30 / 9:30
    times.advance(600)
    controller.add_request(SpeakerRequest("Delegate of Chile", request_type=RequestType.POINT_OF_ORDER))
    controller.end_and_next()
    times.advance(60)
    controller.end_current()
    dialog = StatisticsDialog(controller, window)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "1 intervention, 1 point of order, 11:00 in all"
    speakers = dialog.tabs.widget(0)
    assert speakers.item(0, 5).text() == "0:30 past the limit"
    assert speakers.item(1, 0).text() == "Delegate of Chile (point of order)"
    assert speakers.item(1, 5).text() == "0:30 under the target"
    tabs = {dialog.tabs.tabText(i): dialog.tabs.widget(i) for i in range(dialog.tabs.count())}
    kinds = tabs["By kind of request"]
    assert [kinds.item(r, 0).text() for r in range(kinds.rowCount())] == ["Intervention", "Point of order"]
    # the Balance tab draws bars, not a table: a screen reader hears them in words
    bars = tabs["Balance"].region_bars
    assert bars.accessibleName() == "By regional group"
    assert bars.accessibleDescription() == "Not stated: 100 % of the time, 100 % of the interventions"
