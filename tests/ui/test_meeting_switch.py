"""Switching meetings while a speaker's clock runs in one of them."""

from datetime import timedelta

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.exchange.demo import demo_meeting
from tests.ui.console_support import FakeTimes, drive_with


def test_switching_back_to_a_meeting_with_a_running_speaker(qtbot, window, library, demo):
    times = FakeTimes()  # the console's clock: 30 s spoken, however slow the test runs
    slot = library.slots.for_session(demo.session.id)[2]
    slot.state = SlotState.SPEAKING
    slot.actual_start = slot.last_started_at = times.wall - timedelta(seconds=30)
    library.slots.update(slot)
    drive_with(window, times)
    other = library.add_meeting(demo_meeting())

    window.session_bar.reload(other.session.id)
    assert window.speakers_panel.model.rowCount() == len(other.slots)
    window.session_bar.reload(demo.session.id)

    panel = window.speakers_panel
    assert panel.restored_bar.isVisible()
    assert "Discussant 1" in panel.restored_bar.text
    statuses = [panel.model.status(s) for s in panel.model.rows]
    assert statuses[2].endswith("Speaking")
    assert statuses[0].endswith("Next") and statuses[3] == "Waiting 3"
