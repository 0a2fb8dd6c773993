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
