"""The Join dialog's list: each meeting once, the share that answers; a share killed without a
goodbye is not listed beside the new share of its meeting, and a share that does not answer says so."""

import socket
import threading
import time

from roundtable_desktop.link.discovery import SharedMeeting
from roundtable_desktop.link.meeting_list import AnswerWatch, answers, listed


def _share(address: str, session_id: str, started: float, title: str = "Budget panel") -> SharedMeeting:
    return SharedMeeting(title, address, f"{title} ({address})._roundtable._tcp.local.", session_id, started)


def test_a_killed_share_is_not_listed_beside_the_new_share_of_its_meeting():
    killed, new = _share("10.0.0.5:40001", "m1", 100.0), _share("10.0.0.5:40002", "m1", 200.0)
    rows = listed([killed, new], {"10.0.0.5:40001": False, "10.0.0.5:40002": True})
    assert [(row.meeting, row.answering) for row in rows] == [(new, True)]


def test_the_share_that_answers_is_kept_even_if_an_older_announcement_looks_newer():
    answering, silent = _share("10.0.0.5:40001", "m1", 100.0), _share("10.0.0.5:40002", "m1", 200.0)
    rows = listed([silent, answering], {answering.address: True, silent.address: False})
    assert [row.meeting for row in rows] == [answering]


def test_of_two_shares_that_answer_the_newest_is_kept_and_other_meetings_stay():
    old, new = _share("10.0.0.5:1", "m1", 100.0), _share("10.0.0.5:2", "m1", 200.0)
    other = _share("10.0.0.6:3", "m2", 50.0, title="Another panel")
    rows = listed([new, other, old], {old.address: True, new.address: True, other.address: True})
    assert [row.meeting for row in rows] == [other, new]


def test_a_meeting_whose_only_share_does_not_answer_is_listed_as_not_answering():
    dead = _share("10.0.0.5:40001", "m1", 100.0)
    unknown = _share("10.0.0.7:40003", "m3", 100.0, title="Third")
    rows = listed([dead, unknown], {dead.address: False})
    assert [(row.meeting, row.answering) for row in rows] == [(dead, False), (unknown, None)]


def test_shares_without_a_meeting_id_are_told_apart_by_their_mdns_name():
    first, second = _share("10.0.0.5:1", "", 0.0), _share("10.0.0.5:2", "", 0.0)
    assert len(listed([first, second], {})) == 2


def test_an_address_answers_while_something_listens_there_and_not_after():
    listener = socket.create_server(("127.0.0.1", 0))
    address = f"127.0.0.1:{listener.getsockname()[1]}"
    try:
        assert answers(address)
    finally:
        listener.close()
    assert not answers(address)
    assert not answers("not an address")


def test_the_watch_asks_each_address_and_stops_when_told():
    asked: list[str] = []
    seen = threading.Event()

    def ask(address: str) -> bool:
        asked.append(address)
        seen.set()
        return address.endswith(":1")

    watch = AnswerWatch(lambda: ["h:1", "h:2"], ask, every=3600)
    watch.start()
    deadline = time.monotonic() + 60
    while len(watch.answering()) < 2 and time.monotonic() < deadline:
        seen.wait(0.1)
    assert watch.answering() == {"h:1": True, "h:2": False}
    watch.stop()
    watch._thread.join(60)
    assert not watch._thread.is_alive()
