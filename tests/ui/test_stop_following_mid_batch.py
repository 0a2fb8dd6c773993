"""Stopping the follower while a batch of the chair's changes waits to be stored (File > Stop
following, or closing the window): the batch is dropped whole, nothing is stored after the stop
or into a closed library, nothing crashes, and the next join brings the whole meeting."""

import sqlite3
import threading

from PySide6.QtCore import QSettings, Qt

from roundtable_desktop.domain.model import Note
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.storage.library import Library
from roundtable_desktop.ui.main_window import MainWindow
from tests.link_support import Laptop, read, share, wait_until
from tests.ui.event_queue import let_queued_events_run

WAIT = 120_000  # ms: generous, event-based
NOTES = 2000  # five batches of notes


class Batches:
    """Counts the batches the link's thread hands to the window, and those the window stored."""

    def __init__(self, window: MainWindow) -> None:
        self.handed = 0
        self.stored = 0
        self._lock = threading.Lock()
        window.live_link.adapter._window_thread.requested.connect(  # on the link's thread
            self._handed, Qt.ConnectionType.DirectConnection)
        window.library.feed.subscribe(self._stored)

    def _handed(self, _job: object) -> None:
        with self._lock:
            self.handed += 1

    def _stored(self, changes: object) -> None:
        if getattr(changes, "origin", "") == "link":
            self.stored += 1

    def one_waiting(self) -> bool:
        with self._lock:
            return self.handed > self.stored


def _chair(tmp_path) -> tuple[Laptop, str]:
    meeting = demo_meeting()
    for number in range(NOTES):
        meeting.notes.append(Note(meeting.session.id, f"Point {number}: " + "capacity building " * 10))
    laptop = Laptop(tmp_path / "chair.sqlite")
    return laptop, laptop.library.add_meeting(meeting).session.id


def _rapporteur(qtbot, tmp_path, name: str) -> MainWindow:
    library = Library.open(tmp_path / "rapporteur.sqlite")
    window = MainWindow(library, QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    return window


def _stored_notes(tmp_path, session_id: str) -> int:
    connection = sqlite3.connect(tmp_path / "rapporteur.sqlite")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        counted = connection.execute("SELECT count(*) FROM note WHERE session_id = ?", (session_id,))
        return int(counted.fetchone()[0])
    finally:
        connection.close()


def _storing_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name.startswith("link-apply") and t.is_alive()}


def _join_until_a_batch_waits(qtbot, window: MainWindow, server) -> Batches:
    """Join, let the first batch be stored, then stop pumping the window's events until the
    link's thread has handed it another batch: one batch is in flight."""
    batches = Batches(window)
    assert window.live_link.join(f"127.0.0.1:{server.port}", server.code)
    qtbot.waitUntil(lambda: batches.stored >= 1, timeout=WAIT)
    wait_until(batches.one_waiting, "a batch handed to the window")  # no event pumped meanwhile
    return batches


def _rejoin_completes(qtbot, tmp_path, chair: Laptop, server, session_id: str) -> None:
    window = _rapporteur(qtbot, tmp_path, "again")
    try:
        assert window.live_link.join(f"127.0.0.1:{server.port}", server.code)
        qtbot.waitUntil(lambda: _stored_notes(tmp_path, session_id) == NOTES, timeout=WAIT)
        qtbot.waitUntil(lambda: read(tmp_path / "rapporteur.sqlite", session_id)
                        == read(chair.path, session_id), timeout=WAIT)
    finally:
        window.live_link.stop()
        window.close()
        window.library.close()


def test_stop_following_while_a_batch_waits_drops_it_whole_and_the_next_join_completes(qtbot, tmp_path):
    chair, session_id = _chair(tmp_path)
    server = share(chair, session_id)
    window = _rapporteur(qtbot, tmp_path, "rapporteur")
    try:
        before = _storing_threads()
        batches = _join_until_a_batch_waits(qtbot, window, server)
        assert window.live_link.stop_following_action.isEnabled()
        window.live_link.stop_following_action.trigger()  # File > Stop following
        assert _storing_threads() <= before  # nothing is left storing once the stop returns
        assert window.live_link.adapter.follower is None
        assert not window.live_link.stop_following_action.isEnabled()
        stored = batches.stored
        notes = _stored_notes(tmp_path, session_id)
        qtbot.waitUntil(lambda: window.live_link.status.text() == "", timeout=WAIT)
        let_queued_events_run(qtbot)  # the batch dropped at the stop must not be stored
        assert batches.stored == stored and _stored_notes(tmp_path, session_id) == notes < NOTES
        window.close()
        window.library.close()
        _rejoin_completes(qtbot, tmp_path, chair, server, session_id)
    finally:
        server.stop()
        chair.close()


def test_closing_the_window_while_a_batch_waits_stores_nothing_into_the_closed_library(qtbot, tmp_path):
    chair, session_id = _chair(tmp_path)
    server = share(chair, session_id)
    window = _rapporteur(qtbot, tmp_path, "rapporteur")
    try:
        before = _storing_threads()
        batches = _join_until_a_batch_waits(qtbot, window, server)
        window.close()  # stops following before the library closes
        assert _storing_threads() <= before  # nothing is left storing into the library
        window.library.close()
        stored = batches.stored
        let_queued_events_run(qtbot)  # nothing may reach the closed library
        assert batches.stored == stored
        assert _stored_notes(tmp_path, session_id) < NOTES
        _rejoin_completes(qtbot, tmp_path, chair, server, session_id)
    finally:
        server.stop()
        chair.close()


def test_choosing_another_meeting_stops_following(qtbot, tmp_path):
    chair, session_id = _chair(tmp_path)
    server = share(chair, session_id)
    own = Library.open(tmp_path / "rapporteur.sqlite")
    own_id = own.add_meeting(demo_meeting()).session.id  # the rapporteur's own meeting, new ids
    own.close()
    window = _rapporteur(qtbot, tmp_path, "rapporteur")
    try:
        assert window.live_link.join(f"127.0.0.1:{server.port}", server.code)
        qtbot.waitUntil(lambda: window.session_id == session_id, timeout=WAIT)
        assert window.live_link.adapter.follower is not None
        picker = window.session_bar.picker
        picker.setCurrentIndex(picker.findData(own_id))  # the rapporteur turns to their own meeting
        assert window.session_id == own_id
        assert window.live_link.adapter.follower is None
        assert not window.live_link.stop_following_action.isEnabled()
        assert window.live_link.status.text() == ""
    finally:
        window.live_link.stop()
        window.close()
        window.library.close()
        server.stop()
        chair.close()
