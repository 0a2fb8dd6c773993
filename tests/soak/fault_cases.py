"""The cases `make soak-faults` replays, each run in its own process: a function that sets the
fault up, does what a user would, and returns "held" or "lost: why" (an exception is "broke")."""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from roundtable_desktop.domain.errors import ExportError, InputError, RoundtableError
from roundtable_desktop.domain.model import Note
from roundtable_desktop.exchange.concept_note.importer import import_bytes
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.exchange.report.formats import ExportFormat, export_meeting
from roundtable_desktop.storage.backups import list_backups, take_backup
from roundtable_desktop.storage.health import Health, check_library
from roundtable_desktop.storage.journal import JournalKeeper
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.restore import settle_interrupted_restore
from tests.hostile_inputs import corpus

Case = Callable[[Path], str]
CASES: dict[str, Case] = {}


def _library(folder: Path, notes: int = 20) -> tuple[Path, str]:
    path = folder / "library.sqlite"
    library = Library.open(path)
    meeting = library.add_meeting(demo_meeting())
    for number in range(notes):
        library.notes.add(Note(session_id=meeting.session.id, text=f"Point {number}"))
    take_backup(library.database)
    library.close()
    return path, meeting.session.id


def _notes(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT COUNT(*) FROM note").fetchone()[0]
    finally:
        connection.close()


def _hostile(name: str) -> Case:
    hostile = next(case for case in corpus() if case.name == name)

    def run(folder: Path) -> str:
        suffix = "." + name.rsplit(".", 1)[-1]
        try:
            meeting = import_bytes(hostile.make(), name, suffix).meeting
        except InputError as refused:
            one_line = "\n" not in str(refused)
            return "held" if hostile.expect and hostile.expect in str(refused) and one_line \
                else f"lost: refused as {refused}"
        if hostile.expect:
            return "lost: imported although it should be refused"
        for export_format in ExportFormat:
            export_meeting(meeting, export_format, folder / f"out{export_format.suffix}")
        return "held"
    return run


for _case in corpus():
    CASES[f"import {_case.name}"] = _hostile(_case.name)


def _export_onto(suffix: str) -> Case:
    def run(folder: Path) -> str:
        path, _session = _library(folder)
        library = Library.open(path)
        target = path.with_name(path.name + suffix) if suffix != "backup" else list_backups(path)[0].path
        meeting = library.load_meeting(library.sessions.resolve("latest").id)
        before = target.read_bytes() if target.exists() else None
        try:
            export_meeting(meeting, ExportFormat.DOCX, target)
            return "lost: written over the library's own file"
        except ExportError:
            after = target.read_bytes() if target.exists() else None
        finally:
            library.close()
        return "held" if after == before and _notes(path) == 20 else "lost: the file changed"
    return run


for _suffix in ("", "-wal", "-shm", ".lock", "backup"):
    CASES[f"export onto the library's {_suffix.strip('-.') or 'file'}"] = _export_onto(_suffix)


def _killed_restore(step: str) -> Case:
    def run(folder: Path) -> str:
        from tests.unit.test_restore_atomic import KILLED_DURING_RESTORE

        path, session = _library(folder)
        library = Library.open(path)
        library.notes.add(Note(session_id=session, text="written since the backup"))
        library.close()
        backup = list_backups(path)[0].path
        subprocess.run([sys.executable, "-c", KILLED_DURING_RESTORE, str(backup), str(path), step],
                       capture_output=True, timeout=300)
        if not path.exists():
            return "lost: no library after the kill"
        settled = settle_interrupted_restore(path)
        count = _notes(path)
        if settled is not None and settled.finished:
            return "held" if count == 20 else f"lost: {count} notes after a finished restore"
        return "held" if count == 21 else f"lost: {count} notes after an undone restore"
    return run


for _step in ("copied", "noted", "kept", "in place"):
    CASES[f"kill during restore, {_step}"] = _killed_restore(_step)


def _damaged_row(statement: str) -> Case:
    def run(folder: Path) -> str:
        path, _session = _library(folder)
        connection = sqlite3.connect(path)
        connection.execute(statement)
        connection.commit()
        connection.close()
        report = check_library(path)
        return "held" if report.health is Health.DAMAGED else "lost: damage not seen"
    return run


for _statement, _field in __import__("tests.unit.test_row_damage", fromlist=["DAMAGE"]).DAMAGE:
    CASES[f"damaged row ({_statement[:60]})"] = _damaged_row(_statement)


def _unfinished_transaction(folder: Path) -> str:
    from tests.unit.test_health import UNFINISHED_TRANSACTION

    path, _session = _library(folder)
    subprocess.run([sys.executable, "-c", UNFINISHED_TRANSACTION, str(path)], capture_output=True)
    report = check_library(path)
    return "held" if report.health is Health.SOUND else f"lost: called {report.health}"


def _vanished_journal(folder: Path) -> str:
    path, session = _library(folder)
    library = Library.open(path)
    keeper = JournalKeeper(library.database)
    library.notes.add(Note(session_id=session, text="typed before the journal went"))
    path.with_name(path.name + "-wal").unlink()
    if not keeper.journal_vanished():
        return "lost: the vanished journal went unnoticed"
    keeper.recover_vanished_journal()
    copy = folder / "as-a-kill-leaves-it.sqlite"
    shutil.copyfile(path, copy)  # what is on disk if the window is killed now
    library.database.connection.close()
    return "held" if _notes(copy) == 21 else f"lost: {_notes(copy)} notes"


def _empty_library(folder: Path) -> str:
    path, _session = _library(folder)
    path.write_bytes(b"")
    return "held" if check_library(path).health is Health.EMPTY else "lost: a new demo instead"


CASES["unfinished transaction at a crash"] = _unfinished_transaction
CASES["journal deleted while open, then a kill"] = _vanished_journal
CASES["0-byte library with backups"] = _empty_library


def run_case(name: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        try:
            return CASES[name](Path(folder))
        except RoundtableError as error:
            return f"lost: {type(error).__name__}: {error}"
        finally:
            os.chdir(Path(folder).parent)
