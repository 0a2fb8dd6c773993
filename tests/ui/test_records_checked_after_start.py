"""A library at this version's schema opens before each of its records is read (a large one takes
a while): the records are read on a thread of their own once the window is shown, and nothing
is written to the library until they are found sound. Damage found so is said with the choices
a start offers, and nothing was written to the damaged library."""

import sqlite3

import pytest

from roundtable_desktop.domain.errors import StorageWriteError
from roundtable_desktop.domain.model import Note
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.storage.backups import newest_good_backup, take_backup
from roundtable_desktop.storage.health import Health, check_library, repair
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.lock import LibraryLock
from roundtable_desktop.ui import settings as prefs
from roundtable_desktop.ui.main_window import MainWindow
from roundtable_desktop.ui.reliability import guardian
from roundtable_desktop.ui.reliability.single_instance import Claim

DAMAGED_NOTE = "a note the disk changed"


@pytest.fixture
def two_meetings(library, demo):
    """The demo, shown, and a second meeting with a note; a good backup of both."""
    other = library.add_meeting(demo_meeting())
    library.notes.add(Note(session_id=other.session.id, text=DAMAGED_NOTE))
    take_backup(library.database)
    return demo, other


def _damage_the_note(path) -> None:
    """A value changed inside a sound page: SQLite's own check does not see it."""
    connection = sqlite3.connect(path)
    connection.execute("UPDATE note SET kind = 'scribble' WHERE text = ?", (DAMAGED_NOTE,))
    connection.commit()
    assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    connection.close()


def _notes_on_disk(path) -> int:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM note").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def claim(library_path):
    claimed = Claim(library_path, LibraryLock(library_path).acquire())
    yield claimed
    claimed.release()


@pytest.fixture(autouse=True)
def told(monkeypatch):
    """What the window says once a repair is done (a message box, in the real window)."""
    said = []
    monkeypatch.setattr(guardian, "tell_repaired", said.append)
    monkeypatch.setattr(guardian, "offer_restore_for_damage", lambda parent, text: said.append(text))
    return said


def _open_window(qtbot, library_path, claim, qsettings, shown=None):
    if shown is not None:
        prefs.LAST_SESSION.set(qsettings, shown)
    library = guardian.open_library_for_window(library_path, claim)
    assert library is not None
    window = MainWindow(library, qsettings)
    qtbot.addWidget(window)
    reliability = guardian.Reliability(window, library, claim)
    window.show()
    return library, window, reliability


def test_the_records_are_read_after_the_library_opens_and_a_write_waits_for_them(
        qtbot, library, demo, library_path, claim):
    library.close()
    opened = guardian.open_library_for_window(library_path, claim)
    try:
        assert opened is not None and opened.row_check is not None
        assert not opened.row_check.done  # not read before the window
        opened.notes.add(Note(session_id=demo.session.id, text="typed at once"))
        assert opened.row_check.done and opened.row_check.report().health is Health.SOUND
        assert _notes_on_disk(library_path) == 1
    finally:
        opened.close()


def test_a_library_that_needs_a_migration_is_read_whole_before_it_opens(
        qtbot, library, demo, library_path, claim, monkeypatch):
    library.close()
    monkeypatch.setattr(guardian, "schema_is_current", lambda path: False)
    opened = guardian.open_library_for_window(library_path, claim)
    try:
        assert opened is not None and opened.row_check is None
        assert opened.database.before_write is None
    finally:
        opened.close()


def test_damage_found_after_the_window_shows_refuses_every_write_and_offers_a_backup(
        qtbot, library, two_meetings, library_path, claim, qsettings, monkeypatch):
    demo, _other = two_meetings
    library.close()
    _damage_the_note(library_path)
    asked: list = []

    def choose_the_backup(report, before_repair):
        asked.append(report)
        with pytest.raises(StorageWriteError, match="damaged"):  # the library refuses writes
            opened.notes.add(Note(session_id=demo.session.id, text="typed before the answer"))
        assert _notes_on_disk(library_path) == 1  # nothing written
        before_repair()
        return repair(report, newest_good_backup(report.library))

    monkeypatch.setattr(guardian, "settle_health", choose_the_backup)
    opened, window, reliability = _open_window(qtbot, library_path, claim, qsettings, demo.session.id)
    try:
        assert window.session_id == demo.session.id  # the window shows before the records are read
        qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
        assert asked[0].health is Health.DAMAGED and "“kind”" in asked[0].problems[0]
        assert check_library(library_path).health is Health.SOUND  # the backup is the library
        opened.notes.add(Note(session_id=demo.session.id, text="typed after the restore"))
        texts = {note.text for note in opened.notes.for_session(demo.session.id)}
        assert "typed after the restore" in texts
        assert any(".damaged-" in kept.name for kept in library_path.parent.iterdir())  # kept aside
    finally:
        reliability.close()
        opened.close()


def test_quitting_at_damage_found_after_the_window_shows_writes_nothing(
        qtbot, library, two_meetings, library_path, claim, qsettings, monkeypatch):
    library.close()
    _damage_the_note(library_path)
    before = library_path.read_bytes()
    asked = []
    monkeypatch.setattr(guardian, "settle_health", lambda report, before_repair: asked.append(report)
                        or False)
    opened, window, reliability = _open_window(qtbot, library_path, claim, qsettings,
                                               two_meetings[0].session.id)
    try:
        qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
        assert not window.isVisible()  # Quit closes the window
        assert _notes_on_disk(library_path) == 1
    finally:
        reliability.close()
        opened.close()
    assert library_path.read_bytes() == before


def test_a_sound_library_takes_writes_without_waiting_once_its_records_are_read(
        qtbot, library, two_meetings, library_path, claim, qsettings):
    library.close()
    opened, _window, reliability = _open_window(qtbot, library_path, claim, qsettings)
    try:
        qtbot.waitUntil(lambda: opened.database.before_write is None, timeout=30_000)
        assert not reliability.bar.isVisible()
    finally:
        reliability.close()
        opened.close()


def test_a_new_library_in_place_of_a_damaged_one_without_backup_gets_the_demo(
        qtbot, library, library_path, claim, qsettings, monkeypatch):
    other = library.add_meeting(demo_meeting())
    library.notes.add(Note(session_id=other.session.id, text=DAMAGED_NOTE))
    library.close()
    _damage_the_note(library_path)
    asked = []

    def start_a_new_library(report, before_repair):
        asked.append(report)
        before_repair()
        return repair(report)

    monkeypatch.setattr(guardian, "settle_health", start_a_new_library)
    opened, window, reliability = _open_window(qtbot, library_path, claim, qsettings)
    try:
        qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
        assert [s.title for s in opened.sessions.all()] == [demo_meeting().session.title]
        assert window.session_id == opened.sessions.all()[0].id
        assert isinstance(opened, Library)
    finally:
        reliability.close()
        opened.close()


def test_damage_found_in_the_meeting_shown_is_asked_first_and_the_start_choices_after(
        qtbot, library, library_path, claim, qsettings, monkeypatch):
    shown = library.add_meeting(demo_meeting())
    library.notes.add(Note(session_id=shown.session.id, text=DAMAGED_NOTE))
    take_backup(library.database)
    library.close()
    _damage_the_note(library_path)
    asked, offered = [], []
    monkeypatch.setattr(guardian, "settle_health", lambda report, before_repair: asked.append(report)
                        or False)

    def offer_while_the_check_ends(parent, text):
        qtbot.waitUntil(lambda: reliability.row_watch.check.done, timeout=30_000)
        reliability.row_watch._look()  # the check's end seen while this question is open
        offered.append(list(asked))
        return False

    monkeypatch.setattr(guardian, "offer_restore_for_damage", offer_while_the_check_ends)
    opened, window, reliability = _open_window(qtbot, library_path, claim, qsettings, shown.session.id)
    try:
        qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
        assert offered == [[]]  # the start choices came once the first question was answered
    finally:
        reliability.close()
        opened.close()
