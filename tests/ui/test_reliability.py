"""In the window: disk trouble shown in a bar at once and nothing typed lost, backups
listed and restored, a read-only window, the damaged-library question at start."""

import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from roundtable_desktop.domain.errors import StorageWriteError
from roundtable_desktop.domain.model import Note
from roundtable_desktop.storage.backups import take_backup
from roundtable_desktop.storage.health import check_library
from roundtable_desktop.storage.lock import LibraryInUseError, LibraryLock, LockHolder
from roundtable_desktop.storage.read_only import open_read_only
from roundtable_desktop.ui.main_window import MainWindow
from roundtable_desktop.ui.reliability import write_guard
from roundtable_desktop.ui.reliability.guardian import Reliability
from roundtable_desktop.ui.reliability.restore_dialog import RestoreDialog
from roundtable_desktop.ui.reliability.single_instance import Claim
from roundtable_desktop.ui.reliability.start_dialogs import settle_health


@pytest.fixture
def guarded(window, library_path, monkeypatch):
    monkeypatch.setattr(write_guard, "RETRY_MS", 100)
    claim = Claim(library_path, LibraryLock(library_path).acquire())
    reliability = Reliability(window, window.library, claim)
    reliability.guard.timer.setInterval(100)
    yield reliability
    reliability.close()
    claim.release()


@pytest.fixture
def locked_by_another_program(library_path, guarded):
    guarded.library.database.connection.execute("PRAGMA busy_timeout = 20")
    other = sqlite3.connect(library_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def test_a_note_typed_while_another_program_locks_the_library_is_kept_and_saved_later(
        qtbot, guarded, demo, locked_by_another_program, library_path):
    note = Note(session_id=demo.session.id, text="الالتزامات المالية 🌍 must follow")
    saved = guarded.guard.attempt("Note", lambda: guarded.library.notes.add(note), note.text)
    assert not saved
    qtbot.waitUntil(guarded.bar.isVisible)  # said by the refusal itself, no timer between
    assert "another program" in guarded.bar.message.text()
    emergency = library_path.with_name("library.emergency.txt")
    assert note.text in emergency.read_text(encoding="utf-8")
    locked_by_another_program.execute("ROLLBACK")
    qtbot.waitUntil(lambda: not guarded.guard.pending)  # retried until it worked
    assert [n.text for n in guarded.library.notes.for_session(demo.session.id)] == [note.text]
    assert "can be written again" in guarded.bar.message.text()


def test_changes_made_while_writes_fail_are_saved_in_the_order_they_were_made(
        qtbot, guarded, demo, locked_by_another_program):
    texts = ["first", "second", "third"]
    for text in texts:
        note = Note(session_id=demo.session.id, text=text)
        guarded.guard.attempt("Note", lambda n=note: guarded.library.notes.add(n), text)
    assert len(guarded.guard.pending) == 3
    locked_by_another_program.execute("ROLLBACK")
    qtbot.waitUntil(lambda: not guarded.guard.pending)
    stored = guarded.library.database.query("SELECT text FROM note ORDER BY rowid")
    assert [row[0] for row in stored] == texts


def test_a_write_refused_inside_any_panel_shows_the_bar_not_a_crash(
        qtbot, guarded, locked_by_another_program):
    item = guarded.window.agenda_panel.model.record(0)
    item.title = "Renamed while the library is locked"
    QTimer.singleShot(0, lambda: guarded.window.agenda_panel.repository.update(item))
    qtbot.waitUntil(guarded.bar.isVisible)
    assert "could not be saved" in guarded.bar.message.text()


def test_restore_from_backup_lists_backups_and_restores_with_the_keyboard(qtbot, guarded, demo):
    take_backup(guarded.library.database)
    guarded.library.notes.add(Note(session_id=demo.session.id, text="after the backup"))
    dialog = RestoreDialog(guarded.path, guarded.window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "1 meeting" in dialog.list.item(0).text()
    dialog.show()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    kept = guarded.restore(dialog.chosen().path)
    assert kept.exists()
    assert guarded.library.notes.for_session(demo.session.id) == []
    assert guarded.window.session_bar.current_id() == demo.session.id


def test_the_file_menu_offers_restore_from_backup(guarded):
    titles = [a.text() for a in guarded.window.file_menu.actions()]
    assert "&Restore from backup\u2026" in titles
    assert titles.index("&Restore from backup\u2026") < titles.index("&Quit")


def test_a_read_only_window_says_so_and_a_write_shows_the_bar(qtbot, library, demo, library_path,
                                                             qsettings):
    read_only = open_read_only(library_path)
    window = MainWindow(read_only, qsettings)
    qtbot.addWidget(window)
    holder = LockHolder(4242, "chair-laptop", "2026-05-17T13:00:00+00:00")
    claim = Claim(library_path, None, LibraryInUseError("in use", holder))
    reliability = Reliability(window, read_only, claim)
    window.show()
    assert "read-only" in window.windowTitle()
    assert "4242" in reliability.bar.message.text()
    reliability.bar.hide()  # dismissed by the chair
    with pytest.raises(StorageWriteError):
        read_only.notes.add(Note(session_id=demo.session.id, text="x"))
    assert reliability.bar.isVisible()  # said again at once, no retry
    assert "Read-only" in reliability.bar.message.text()
    assert not reliability.guard.in_trouble
    reliability.close()
    read_only.close()


def _click_when_shown(qtbot, words: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        button = next(b for b in box.buttons() if words in b.text())
        button.click()
    QTimer.singleShot(50, click)


def test_at_start_a_damaged_library_is_explained_and_the_backup_restored(qtbot, library, demo,
                                                                         library_path):
    take_backup(library.database)
    library.close()
    data = library_path.read_bytes()
    library_path.write_bytes(data[: len(data) // 2])
    report = check_library(library_path)
    _click_when_shown(qtbot, "Restore the backup")
    fixed = settle_health(report)
    assert fixed.restored is not None and fixed.kept_as.stat().st_size == len(data) // 2
    assert check_library(library_path).health == "sound"


def test_at_start_the_user_may_quit_and_nothing_is_changed(qtbot, library, demo, library_path):
    library.close()
    library_path.write_bytes(library_path.read_bytes()[:3000])
    _click_when_shown(qtbot, "Quit")
    assert settle_health(check_library(library_path)) is False
    assert library_path.stat().st_size == 3000



def test_a_note_saved_with_ctrl_return_while_the_library_is_locked_is_not_lost(
        qtbot, guarded, demo, locked_by_another_program, library_path):
    panel = guarded.window.notes_panel
    panel.new_note()
    typed = "Least developed countries need STI partnerships 🤝 科技"
    qtbot.keyClicks(panel.composer.editor, typed[:-5])
    panel.composer.editor.insertPlainText(typed[-5:])  # QTest types ASCII only
    qtbot.keyClick(panel.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(guarded.bar.isVisible)  # said in the bar, not in a dialog
    assert panel.composer.editor.text() == typed  # kept in memory
    emergency = library_path.with_name("library.emergency.txt").read_text(encoding="utf-8")
    assert typed in emergency  # and beside the library
    assert "Not saved yet" in panel.composer.status.text()  # nothing says saved
    assert guarded.library.notes.for_session(demo.session.id) == []
    locked_by_another_program.execute("ROLLBACK")
    qtbot.waitUntil(lambda: not guarded.guard.in_trouble)  # retried until stored
    assert [n.text for n in guarded.library.notes.for_session(demo.session.id)] == [typed]
    assert panel.composer.editor.text() == ""  # the box is ready for the next note
    assert "Saved at" in panel.composer.status.text()
    assert panel.services.drafts.load(demo.session.id, "capture") is None
    assert "every change kept for a retry is stored" in guarded.bar.message.text()


def test_closing_the_window_while_the_library_is_locked_keeps_the_typing_in_the_emergency_file(
        qtbot, guarded, demo, locked_by_another_program, library_path):
    panel = guarded.window.notes_panel
    panel.new_note()
    qtbot.keyClicks(panel.composer.editor, "Typed just before closing")
    guarded.window.close()
    emergency = library_path.with_name("library.emergency.txt").read_text(encoding="utf-8")
    assert "Typed just before closing" in emergency


def test_backups_at_start_and_every_five_minutes_only_when_something_changed(guarded, demo):
    from roundtable_desktop.storage.backups import INTERVAL_SECONDS, list_backups

    assert guarded.backup_timer.interval() == INTERVAL_SECONDS * 1000 == 300_000
    guarded.backup_at_start()
    assert len(list_backups(guarded.path)) == 1
    guarded.backup_if_changed()
    assert len(list_backups(guarded.path)) == 1  # nothing changed
    guarded.library.notes.add(Note(session_id=demo.session.id, text="a new point"))
    guarded.backup_if_changed()
    backups = list_backups(guarded.path)
    assert len(backups) == 2 and backups[0].meetings == 1


def test_when_the_emergency_file_cannot_be_written_beside_the_library_it_goes_home(
        tmp_path, monkeypatch):
    from pathlib import Path

    from roundtable_desktop.ui.reliability.write_guard import WriteGuard

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setattr(Path, "home", lambda: home)
    guard = WriteGuard(blocked / "library.sqlite")
    guard.watch("Note", lambda: "Typed while the folder was gone", lambda: None)
    guard.report(StorageWriteError("The last change could not be saved.", "read_only"))
    assert guard.written_to == home / "library.emergency.txt"
    assert "Typed while the folder was gone" in guard.written_to.read_text(encoding="utf-8")
    guard.timer.stop()


def test_an_emergency_file_that_leads_to_the_library_is_never_written_into(
        tmp_path, monkeypatch, library, demo, library_path):
    from pathlib import Path

    from roundtable_desktop.ui.reliability.write_guard import WriteGuard, emergency_file_for

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setattr(Path, "home", lambda: home)
    emergency_file_for(library_path).symlink_to(library_path)
    before = library_path.read_bytes()
    guard = WriteGuard(library_path)
    guard.watch("Note", lambda: "Typed while the disk refused", lambda: None)
    guard.report(StorageWriteError("The last change could not be saved.", "read_only"))
    guard.timer.stop()
    assert library_path.read_bytes() == before
    assert guard.written_to == home / "library.emergency.txt"
    assert library.sessions.count() == 1


def test_a_journal_deleted_while_the_window_runs_is_said_and_nothing_is_lost(
        qtbot, guarded, demo, library_path):
    guarded.library.notes.add(Note(session_id=demo.session.id, text="Before the journal went"))
    library_path.with_name(library_path.name + "-wal").unlink()
    guarded.journal.vanished_timer.setInterval(50)
    guarded.journal.start()
    qtbot.waitUntil(lambda: guarded.bar.isVisible())
    assert "was removed" in guarded.bar.message.text()
    assert "nothing was lost" in guarded.bar.message.text()
    import shutil

    copy = library_path.with_name("as-a-kill-leaves-it.sqlite")  # the library file alone
    shutil.copyfile(library_path, copy)
    connection = sqlite3.connect(copy)
    texts = [row[0] for row in connection.execute("SELECT text FROM note")]
    connection.close()
    assert "Before the journal went" in texts


def test_at_start_an_empty_library_with_backups_offers_the_newest(qtbot, library, demo,
                                                                   library_path):
    take_backup(library.database)
    library.close()
    library_path.write_bytes(b"")
    _click_when_shown(qtbot, "Restore the backup")
    fixed = settle_health(check_library(library_path))
    assert fixed.restored is not None
    assert check_library(library_path).health == "sound"
    library_path.write_bytes(b"")
    _click_when_shown(qtbot, "Start a new library")
    assert settle_health(check_library(library_path)) is True


def test_a_meeting_with_a_damaged_row_is_said_with_the_restore_offered_not_half_shown(
        qtbot, library, demo, library_path, qsettings, monkeypatch):
    from roundtable_desktop.ui.reliability import guardian

    take_backup(library.database)
    library.database.connection.execute(
        "UPDATE speaker_slot SET spoken_seconds = 'lots' WHERE rowid = 1")
    offered = []
    monkeypatch.setattr(guardian, "offer_restore_for_damage",
                        lambda parent, text: offered.append(text) or False)
    unexpected = []
    monkeypatch.setattr("sys.excepthook", lambda *error: unexpected.append(error))
    window = MainWindow(library, qsettings)
    qtbot.addWidget(window)
    claim = Claim(library_path, LibraryLock(library_path).acquire())
    reliability = Reliability(window, library, claim)
    try:
        window.show()
        qtbot.waitUntil(lambda: bool(offered))
        assert "“spoken_seconds”" in offered[0] and "Restore a backup" in offered[0]
        assert window.speakers_panel.controller.session_id is None  # nothing half-shown
        assert reliability.bar.isVisible() and "damaged" in reliability.bar.message.text()
        assert unexpected == []
    finally:
        reliability.close()
        claim.release()


def test_the_restore_dialog_says_what_it_drops_and_offers_the_replaced_library_back(
        qtbot, guarded, demo):
    take_backup(guarded.library.database)
    guarded.library.notes.add(Note(session_id=demo.session.id, text="written after the backup"))
    dialog = RestoreDialog(guarded.path, guarded.window, guarded._losses)
    qtbot.addWidget(dialog)
    assert "1 note(s) written since" in dialog.dropped.text()
    assert "comes back paused" in dialog.dropped.text()
    kept = guarded.restore(dialog.chosen().path)
    assert guarded.library.notes.for_session(demo.session.id) == []
    again = RestoreDialog(guarded.path, guarded.window, guarded._losses)
    qtbot.addWidget(again)
    assert again.list.count() == 2 and "before a restore" in again.list.item(1).text()
    again.list.setCurrentRow(1)
    assert again.chosen().path == kept and "drops nothing" in again.dropped.text()
    guarded.restore(again.chosen().path)
    assert [n.text for n in guarded.library.notes.for_session(demo.session.id)] == [
        "written after the backup"]


def test_a_start_after_an_interrupted_restore_says_it_was_undone(
        qtbot, library, demo, library_path, monkeypatch):
    from roundtable_desktop.storage.restore import marker_path, partial_path
    from roundtable_desktop.ui.reliability import guardian

    take_backup(library.database)
    library.close()
    partial_path(library_path).write_bytes(b"half a copy")
    marker_path(library_path).write_text('{"source": "library-x.sqlite", "kept": null}')
    told = []
    monkeypatch.setattr(guardian, "tell_restore_settled", told.append)
    claim = Claim(library_path, LibraryLock(library_path).acquire())
    try:
        reopened = guardian.open_library_for_window(library_path, claim)
        assert reopened is not None and reopened.sessions.count() == 1
        reopened.close()
    finally:
        claim.release()
    assert len(told) == 1 and "was undone" in told[0]
    assert not partial_path(library_path).exists() and not marker_path(library_path).exists()


def test_f5_while_another_program_locks_the_library_starts_the_clock_and_stores_it_later(
        qtbot, guarded, demo, locked_by_another_program):
    from roundtable_desktop.domain.enums import SlotState

    console = guarded.window.speakers_panel.controller
    console.set_session(demo.session.id)
    assert console.toggle()  # F5: the clock starts although the disk refuses
    speaking = console.speakers.current
    assert speaking is not None and speaking.state is SlotState.SPEAKING
    qtbot.waitUntil(guarded.bar.isVisible)
    assert "another program" in guarded.bar.message.text()
    stored = guarded.library.slots.get(speaking.id)
    assert stored.state is not SlotState.SPEAKING  # not stored yet, and not said to be
    locked_by_another_program.execute("ROLLBACK")
    qtbot.waitUntil(lambda: not guarded.guard.pending)
    assert guarded.library.slots.get(speaking.id).state is SlotState.SPEAKING
    assert console.speakers.current.state is SlotState.SPEAKING  # the clock went on meanwhile


def test_the_window_waits_on_another_programs_lock_only_a_moment(qtbot, library, demo,
                                                                  library_path):
    from roundtable_desktop.ui.reliability import guardian

    library.close()
    claim = Claim(library_path, LibraryLock(library_path).acquire())
    try:
        opened = guardian.open_library_for_window(library_path, claim)
        waits = opened.database.query("PRAGMA busy_timeout")[0][0]
        assert waits <= guardian.WINDOW_BUSY_TIMEOUT_MS <= 200  # not the command line's 5 s
        from roundtable_desktop.storage.journal import reopen

        reopen(opened.database)  # a journal recovered: the same short wait
        assert opened.database.query("PRAGMA busy_timeout")[0][0] == waits
        opened.close()
    finally:
        claim.release()


def test_a_restore_while_the_meeting_is_shared_reaches_the_follower(qtbot, guarded, demo, tmp_path):
    """The share reads the restored library from then on, and the follower joins again by
    itself (same address, same code) and receives it whole, with what is typed after."""
    from tests.link_support import Laptop, follow

    window = guarded.window
    backup = take_backup(guarded.library.database)
    guarded.library.notes.add(Note(session_id=demo.session.id, text="after the backup"))
    window.live_link.listen_host, window.live_link.announce = "127.0.0.1", False
    window.live_link.share()
    server = window.live_link.adapter.server
    rapporteur = Laptop(tmp_path / "rapporteur.sqlite")
    follower = follow(rapporteur, server)
    try:
        def held() -> set[str]:
            return {n.id for n in rapporteur.library.notes.for_session(demo.session.id)}

        qtbot.waitUntil(lambda: len(held()) == 1, timeout=60_000)
        guarded.restore(backup.path)
        typed = guarded.library.notes.add(Note(session_id=demo.session.id, text="after the restore"))
        qtbot.waitUntil(lambda: typed.id in held(), timeout=60_000)
        assert window.live_link.adapter.server is server  # the same share: nobody types a new code
    finally:
        follower.stop()
        window.live_link.stop()
        rapporteur.close()
