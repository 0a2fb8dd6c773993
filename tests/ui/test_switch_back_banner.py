"""Back from another meeting, the banner says the speaker's clock went on meanwhile; it does not
claim the app was closed."""

from datetime import timedelta

from roundtable_desktop.exchange.demo import demo_meeting
from tests.ui.console_support import FakeTimes, drive_with


def test_switching_back_does_not_say_the_app_closed(window, library, demo):
    times = FakeTimes()  # the clock the console reads: the banner's time is exact, however slow the test
    drive_with(window, times)
    window.console_actions.start_pause.trigger()  # the secretariat speaks
    slot = library.slots.for_session(demo.session.id)[0]
    slot.actual_start = slot.last_started_at = times.wall - timedelta(seconds=30)
    library.slots.update(slot)
    other = library.add_meeting(demo_meeting())
    window.session_bar.reload(other.session.id)
    window.session_bar.reload(demo.session.id)
    bar = window.speakers_panel.restored_bar
    assert bar.isVisible()
    assert "Commission secretariat is still speaking" in bar.text
    assert "another meeting" in bar.text and "stands at 0:30" in bar.text
    assert "closed" not in bar.text
