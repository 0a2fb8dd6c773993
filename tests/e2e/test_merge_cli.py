"""export --format meeting and merge, run as a user would: two libraries, two laptops."""

import json
from pathlib import Path

from roundtable_desktop.domain.model import Note
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.storage.library import Library
from tests.e2e.test_cli import run


def _chair_library(path: Path) -> str:
    library = Library.open(path)
    session_id = library.add_meeting(demo_meeting()).session.id
    library.close()
    return session_id


def test_a_meeting_goes_to_another_laptop_and_its_notes_come_back(tmp_path):
    chair, rapporteur = tmp_path / "chair.sqlite", tmp_path / "rapporteur.sqlite"
    session_id = _chair_library(chair)
    out = tmp_path / "to-rapporteur.roundtable-meeting"
    done = run("export", session_id[:8], "--format", "meeting", "-o", str(out), "--db", str(chair))
    assert done.returncode == 0, done.stderr
    merged = run("merge", str(out), "--db", str(rapporteur))  # the library is created
    assert merged.returncode == 0, merged.stderr
    assert merged.stderr.strip() == f"Created the library {rapporteur}"  # as import says it
    assert merged.stdout.startswith("Added the meeting") and "5 agenda items" in merged.stdout

    library = Library.open(rapporteur)
    library.notes.add(Note(session_id, "Broadband is infrastructure."))
    library.close()
    back = tmp_path / "to-chair.roundtable-meeting"
    exported = run("export", "latest", "--format", "meeting", "-o", str(back), "--db", str(rapporteur))
    assert exported.returncode == 0, exported.stderr
    first = run("merge", str(back), "--db", str(chair))
    assert first.returncode == 0 and "Added: 1 note." in first.stdout
    second = run("merge", str(back), "--db", str(chair))
    assert second.returncode == 0 and second.stdout.startswith("Nothing to merge")
    shown = [json.loads(run("show", session_id, "--json", "--db", str(db)).stdout)
             for db in (chair, rapporteur)]
    assert shown[0] == shown[1]


def test_a_bad_file_is_one_line_and_creates_no_library(tmp_path):
    bad = tmp_path / "x.roundtable-meeting"
    bad.write_text('{"format": "roundtable-session", "version": 1}', encoding="utf-8")
    missing = tmp_path / "none.sqlite"
    done = run("merge", str(bad), "--db", str(missing))
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "File > Import" in done.stderr
    assert not missing.exists()
    nothing = run("merge", str(tmp_path / "absent.roundtable-meeting"), "--db", str(missing))
    assert nothing.returncode == 2 and "There is no file" in nothing.stderr


def test_merge_and_join_make_a_new_library_as_import_does(tmp_path):
    from tests.e2e.test_link_processes import _line, _start, _stop

    session_id = _chair_library(tmp_path / "chair.sqlite")
    out = tmp_path / "m.roundtable-meeting"
    assert run("export", session_id, "--format", "meeting", "-o", str(out),
               "--db", str(tmp_path / "chair.sqlite")).returncode == 0
    for command in (("merge", str(out)), ("join", "127.0.0.1:9", "--code", "123456")):
        missing = tmp_path / "no such folder" / f"{command[0]}.sqlite"
        refused = run(*command, "--db", str(missing))
        assert refused.returncode == 2 and refused.stderr.strip().splitlines() == [
            f"roundtable-desktop: No folder {missing.parent} for the new library {missing.name}: "
            "create the folder first."], command
        assert not missing.parent.exists()
    bad_address = run("join", "nonsense", "--code", "123456", "--db", str(tmp_path / "j.sqlite"))
    assert bad_address.returncode == 2 and not (tmp_path / "j.sqlite").exists()
    new = tmp_path / "join.sqlite"
    process, said = _start(tmp_path, "join", "127.0.0.1:9", "--code", "123456", "--db", str(new))
    try:  # nothing shares there: it keeps trying, with its new library made
        assert _line(said, "Created the library") == f"Created the library {new}"
    finally:
        _stop(process)
    assert run("sessions", "--db", str(new)).returncode == 0
