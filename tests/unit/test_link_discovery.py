"""A share announced on mDNS is listed by the rapporteur's laptop with its title and address, and
is gone from the list once the share stops announcing."""

import time
import uuid

from roundtable_desktop.link.addresses import parse_address
from roundtable_desktop.link.discovery import Announcement, MeetingBrowser


def _wait(condition, timeout=60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_a_shared_meeting_is_found_by_its_title_address_and_meeting_id():
    lists: list[list] = []
    title = f"Budget panel {uuid.uuid4().hex[:8]}"  # unique: another run on this machine may announce too
    session_id = str(uuid.uuid4())
    announcement = Announcement(title, "127.0.0.1", 45_678, session_id)
    browser = MeetingBrowser(lists.append)
    announcement.start()
    browser.start()
    try:
        assert _wait(lambda: any(m.title == title for m in (lists[-1] if lists else [])))
        found = next(m for m in lists[-1] if m.title == title)
        assert parse_address(found.address)[1] == 45_678
        assert found.session_id == session_id
    finally:
        announcement.stop()
    assert _wait(lambda: not any(m.title == title for m in lists[-1]))
    browser.stop()


def test_typed_addresses_are_read_as_a_chair_writes_them():
    assert parse_address("192.168.1.5:8765") == ("192.168.1.5", 8765)
    assert parse_address(" ws://192.168.1.5:8765/follow ") == ("192.168.1.5", 8765)
    assert parse_address("http://10.0.0.2:4000/") == ("10.0.0.2", 4000)
    for bad in ("", "192.168.1.5", "host:99999", "host:port"):
        try:
            parse_address(bad)
        except ValueError as error:
            assert "is not an address" in str(error)
        else:
            raise AssertionError(bad)


def _browser_threads() -> list:
    import threading

    return [t for t in threading.enumerate() if t.name.startswith("zeroconf-ServiceBrowser")]


def test_a_stopped_browser_tells_nothing_more_and_leaves_no_thread_behind():
    """Stopping returns at once; from then on ``changed`` is never called (the Join dialog may be
    gone), and zeroconf's threads end: opening the dialog many times leaves nothing running."""
    title = f"Stopping panel {uuid.uuid4().hex[:8]}"
    announcement = Announcement(title, "127.0.0.1", 45_679, str(uuid.uuid4()))
    announcement.start()
    before = len(_browser_threads())
    told_after_stop: list[list] = []
    try:
        for _ in range(5):
            stopped = False

            def changed(meetings: list, stopped_flag=lambda: stopped) -> None:
                if stopped_flag():
                    told_after_stop.append(meetings)

            browser = MeetingBrowser(changed)
            browser.start()
            assert _wait(lambda b=browser: any(m.title == title for m in list(b.found.values())))
            browser.stop()
            stopped = True
        assert _wait(lambda: len(_browser_threads()) <= before)
    finally:
        announcement.stop()
    time.sleep(0.5)  # a late answer of the announcement's goodbye would be told now
    assert told_after_stop == []


def test_the_browser_says_whether_it_looks():
    browser = MeetingBrowser()
    assert not browser.looking and browser.meetings() == []
    browser.start()
    try:
        assert browser.looking  # zeroconf listens on this machine's loopback
    finally:
        browser.stop()
    assert not browser.looking
