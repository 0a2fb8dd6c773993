"""The window on a library whose disk fills up during the meeting (a real 2 MB tmpfs; needs root
on Linux, skipped elsewhere): no crash, the bar says so, the typing goes to the emergency file
(in the home folder, since the library's disk is full), and once space is freed the note is
saved."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.lock import LibraryLock
from roundtable_desktop.ui.main_window import MainWindow
from roundtable_desktop.ui.reliability import write_guard
from roundtable_desktop.ui.reliability.guardian import Reliability
from roundtable_desktop.ui.reliability.single_instance import Claim


@pytest.fixture
def small_disk(tmp_path: Path):
    folder = tmp_path / "disk"
    folder.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for block in (1 << 16, 4096, 1):  # to the last byte
            try:
                while os.write(fd, b"\0" * block):
                    pass
            except OSError:
                continue
    finally:
        os.close(fd)
    return filler


def test_a_full_disk_during_the_meeting_loses_no_note(qtbot, small_disk, tmp_path, qsettings,
                                                      monkeypatch):
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    monkeypatch.setattr(write_guard, "RETRY_MS", 100)
    path = small_disk / "library.sqlite"
    library = Library.open(path)
    meeting = library.add_meeting(demo_meeting())
    claim = Claim(path, LibraryLock(path).acquire())
    window = MainWindow(library, qsettings)
    qtbot.addWidget(window)
    reliability = Reliability(window, library, claim)
    reliability.guard.timer.setInterval(100)
    window.show()
    panel = window.notes_panel
    filler = fill(small_disk)
    panel.new_note()
    typed = "Commitments need finance: a fund for STI in the least developed countries. " * 40
    panel.composer.editor.insertPlainText(typed)
    qtbot.keyClick(panel.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert reliability.bar.isVisible() and "full" in reliability.bar.message.text()
    assert typed.strip() in panel.composer.editor.text()  # kept in memory
    assert typed.strip() in (tmp_path / "library.emergency.txt").read_text(encoding="utf-8")
    filler.unlink()  # the chair's assistant frees some space
    qtbot.waitUntil(lambda: not reliability.guard.in_trouble)
    qtbot.keyClick(panel.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    texts = [n.text for n in library.notes.for_session(meeting.session.id)]
    assert texts == [typed.strip()]
    assert library.database.query("PRAGMA integrity_check")[0][0] == "ok"
    reliability.close()
    window.close()
    claim.release()
    library.close()
