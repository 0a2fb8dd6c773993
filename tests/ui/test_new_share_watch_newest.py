"""The rapporteur's laptop offers the newest share of its meeting at another address: a share
killed before it (no mDNS goodbye) may still be listed beside it."""

from roundtable_desktop.link.discovery import SharedMeeting
from roundtable_desktop.ui.link.new_share_watch import NewShareWatch


def test_the_newest_share_of_the_meeting_elsewhere_is_offered(qtbot):
    watch = NewShareWatch()
    offered: list = []
    watch.found.connect(offered.append)
    watch.session_id, watch.address = "meeting-1", ("127.0.0.1", 4000)
    killed = SharedMeeting("Panel", "127.0.0.1:4100", "a", "meeting-1", started=100.0)
    newest = SharedMeeting("Panel", "127.0.0.1:4200", "b", "meeting-1", started=200.0)
    other = SharedMeeting("Other", "127.0.0.1:4300", "c", "meeting-2", started=300.0)
    old = SharedMeeting("Panel", "127.0.0.1:4000", "d", "meeting-1", started=400.0)
    watch._check([newest, other, killed, old])
    watch._check([killed, newest])
    assert offered == [newest, newest]
    watch._check([other, old])
    assert offered[-1] is None
