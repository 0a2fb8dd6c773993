"""The pseudo-locale on every refusal made below the window for a file or the library: a Word,
PDF, text, CSV, session, meeting or template file that is corrupt, encrypted, empty, locked, too
big or of the wrong kind; the library in use, read-only, too new; the health check; a stale
write's field names. Each path is triggered for real and what the window would show (its
message box, its bar) must hold no English word: only the file's name and path stay as they are.
"""

import dataclasses
import errno
import json
import re
import socket
import sqlite3
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from roundtable_desktop.domain.errors import InputError, LibraryError, StaleWriteError
from roundtable_desktop.exchange.concept_note import import_file
from roundtable_desktop.exchange.meeting_file import read_meeting_file
from roundtable_desktop.exchange.participants_csv import read_participants_csv
from roundtable_desktop.exchange.report import write_docx
from roundtable_desktop.exchange.session_json import read_session_json
from roundtable_desktop.storage.database import Database
from roundtable_desktop.storage.health import Health, HealthReport
from roundtable_desktop.storage.lock import LibraryLock
from roundtable_desktop.ui.setup.import_flow import MeetingImporter
from roundtable_desktop.ui.wording import error_text, shown
from tests.conftest import ROOT
from tests.ui.pseudo import PAD
from tests.ui.test_pseudo_locale import pseudo_window, untranslated

__all__ = ["pseudo_window"]

PDFS = ROOT / "tests" / "data" / "pdf"
# the files' own names: data, not language
NAMES = {"missing", "folder", "note", "xls", "vide", "corrompu", "sanszip", "abime", "secret", "scanned",
         "binaire", "gros", "verrou", "interdit", "disque", "gens", "xlsx", "entete", "colonnes", "nom",
         "seance", "modele", "reunion", "lib", "sqlite", "bibliotheque", "fichier", "Nom", "Fonction",
         "docx", "pdf", "txt", "csv", "json", "dotx", "Fichier"}


def refusal(work) -> str:
    with pytest.raises((InputError, LibraryError)) as caught:
        work()
    return error_text(caught.value)


def a_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def failing_read(error: OSError):
    def read_bytes(self):  # noqa: ARG001
        raise error
    return read_bytes


def locked_error() -> OSError:
    error = PermissionError(errno.EACCES, "Permission denied")
    error.winerror = 32  # what Windows says of a file Word holds open
    return error


def concept_note_refusals(tmp: Path, monkeypatch) -> dict[str, str]:
    (tmp / "folder.docx").mkdir()
    (tmp / "note.xls").write_bytes(b"x")
    (tmp / "vide.docx").write_bytes(b"")
    (tmp / "corrompu.docx").write_bytes(b"this is no zip archive")
    a_zip(tmp / "sanszip.docx", {"readme.txt": b"hello"})
    (tmp / "abime.pdf").write_bytes(b"%PDF-1.4\n garbage garbage garbage")
    (tmp / "binaire.txt").write_bytes(b"\x00\x01\x02binary\x00" * 100)
    with open(tmp / "gros.pdf", "wb") as big:  # sparse: 21 MB on paper, nothing on disk
        big.truncate(21 * 1024 * 1024)
    for name in ("verrou.docx", "interdit.docx", "disque.docx"):
        (tmp / name).write_bytes(b"PK")
    found = {
        "no such file": refusal(lambda: import_file(tmp / "missing.docx")),
        "a folder": refusal(lambda: import_file(tmp / "folder.docx")),
        "wrong kind": refusal(lambda: import_file(tmp / "note.xls")),
        "empty": refusal(lambda: import_file(tmp / "vide.docx")),
        "corrupt Word": refusal(lambda: import_file(tmp / "corrompu.docx")),
        "Word without its document": refusal(lambda: import_file(tmp / "sanszip.docx")),
        "corrupt PDF": refusal(lambda: import_file(tmp / "abime.pdf")),
        "encrypted PDF": refusal(lambda: import_file(PDFS / "secret-note.pdf")),
        "scanned PDF": refusal(lambda: import_file(PDFS / "scanned-note.pdf")),
        "binary text": refusal(lambda: import_file(tmp / "binaire.txt")),
        "too big": refusal(lambda: import_file(tmp / "gros.pdf")),
    }
    refused = PermissionError(errno.EACCES, "Permission denied")
    for label, name, error in (("locked", "verrou.docx", locked_error()),
                               ("not allowed", "interdit.docx", refused),
                               ("disk error", "disque.docx", OSError(errno.EIO, "Input/output error"))):
        with monkeypatch.context() as patched:
            patched.setattr(Path, "read_bytes", failing_read(error))
            found[label] = refusal(lambda name=name: import_file(tmp / name))
    return found


def participants_refusals(tmp: Path) -> dict[str, str]:
    (tmp / "gens.xlsx").write_bytes(b"x")
    (tmp / "vide.csv").write_bytes(b"")
    (tmp / "entete.csv").write_text("Nom;Fonction\n", encoding="utf-8")
    (tmp / "colonnes.csv").write_text("x;y\n1;2\n", encoding="utf-8")
    return {
        "CSV of the wrong kind": refusal(lambda: read_participants_csv(tmp / "gens.xlsx", "s")),
        "empty CSV": refusal(lambda: read_participants_csv(tmp / "vide.csv", "s")),
        "CSV with a header only": refusal(lambda: read_participants_csv(tmp / "entete.csv", "s")),
        "CSV without a name column": refusal(lambda: read_participants_csv(tmp / "colonnes.csv", "s")),
    }


def json_refusals(tmp: Path) -> dict[str, str]:
    files = {"seance-broken.json": b"{not json", "seance-latin.json": b'{"a": "\xe9"}',
             "seance-list.json": b"[1, 2]", "seance-other.json": b'{"format": "x"}',
             "seance-newer.json": json.dumps({"format": "roundtable-session", "version": 999}).encode(),
             "reunion-broken.json": b"{", "reunion-session.json": b'{"format": "roundtable-session"}',
             "reunion-newer.json": json.dumps({"format": "roundtable-meeting", "version": 999}).encode(),
             "reunion-other.json": b'{"format": "x"}'}
    for name, data in files.items():
        (tmp / name).write_bytes(data)
    found = {name: refusal(lambda name=name: read_session_json(tmp / name))
             for name in files if name.startswith("seance")}
    found |= {name: refusal(lambda name=name: read_meeting_file(tmp / name))
              for name in files if name.startswith("reunion")}
    found["session file too big"] = refusal(lambda: _too_big_session(tmp))
    return found


def _too_big_session(tmp: Path) -> None:
    with open(tmp / "seance-gros.json", "wb") as big:
        big.truncate(65 * 1024 * 1024)
    read_session_json(tmp / "seance-gros.json")


def template_refusals(tmp: Path, demo_meeting) -> dict[str, str]:
    (tmp / "modele-dossier.docx").mkdir()
    (tmp / "modele-abime.docx").write_bytes(b"junk")
    out = tmp / "out.docx"
    return {name: refusal(lambda name=name: write_docx(demo_meeting, out, tmp / name))
            for name in ("modele-absent.docx", "modele-dossier.docx", "modele-abime.docx")}


def library_refusals(tmp: Path) -> dict[str, str]:
    library = tmp / "bibliotheque.sqlite"
    held = LibraryLock(library).acquire()
    try:
        in_use = refusal(lambda: LibraryLock(library).acquire())
    finally:
        held.release()
    (tmp / "fichier").write_text("x")
    newer = tmp / "newer.sqlite"
    connection = sqlite3.connect(newer)
    connection.execute("PRAGMA user_version = 999")
    connection.close()
    return {"in use": in_use,
            "folder read-only": refusal(lambda: LibraryLock(tmp / "fichier" / "lib.sqlite").acquire()),
            "newer schema": refusal(lambda: Database.open(newer)),
            "library is a folder": refusal(lambda: Database.open(tmp / "modele-dossier.docx")),
            "not a library": refusal(lambda: Database.open(_not_a_library(tmp)))}


def _not_a_library(tmp: Path) -> Path:
    path = tmp / "fichier.sqlite"
    path.write_bytes(b"this is no SQLite file, only words" * 200)
    return path


def health_reports(tmp: Path) -> dict[str, str]:
    library = tmp / "bibliotheque.sqlite"
    library.write_bytes(b"")
    reports = {health: HealthReport(library, health) for health in Health}
    reports["damaged, with its detail"] = HealthReport(library, Health.DAMAGED, [journal_missing()])
    reports["missing"] = HealthReport(tmp / "missing.sqlite", Health.EMPTY)
    return {f"health: {name}": shown(report.message()) for name, report in reports.items()}


def journal_missing() -> str:
    from roundtable_desktop.storage import health

    return health.QT_TRANSLATE_NOOP("Storage", "its -wal journal is missing")


def test_every_refused_file_and_library_reads_in_the_window_s_language(
        qtbot, pseudo_window, tmp_path, monkeypatch, demo):
    meeting = pseudo_window.library.load_meeting(demo.session.id)
    found = concept_note_refusals(tmp_path, monkeypatch) | participants_refusals(tmp_path) \
        | json_refusals(tmp_path) | template_refusals(tmp_path, meeting) | library_refusals(tmp_path) \
        | health_reports(tmp_path)
    assert len(found) == 43
    names = NAMES | {"seance", "broken", "latin", "list", "other", "newer", "gros", "session", "reunion",
                     "modele", "absent", "dossier", "abime", "out", "note"}
    # a Word file's part, the formats' own ids and this computer's name are names, not language
    names |= {"word", "document", "xml", "roundtable", "meeting", "session"}
    names |= set(re.findall(r"[A-Za-z]{2,}", socket.gethostname()))
    problems = untranslated(list(found.items()), names)
    assert not problems, "\n".join(problems)
    assert all(PAD in text for text in found.values()), [k for k, v in found.items() if PAD not in v]


def test_the_rows_a_participants_list_skipped_or_changed_are_said_in_the_window_s_language(
        pseudo_window, tmp_path):
    (tmp_path / "gens.csv").write_text("Name;Role;Gender\nAmina Diallo;panellist;woman\n;chair;\n"
                                       "Amina Diallo;panellist;woman\nJuan Pérez;astronaut;man\n",
                                       encoding="utf-8")
    problems = [shown(problem) for problem in read_participants_csv(tmp_path / "gens.csv", "s").problems]
    assert len(problems) == 3 and all(PAD in problem for problem in problems)
    assert "ŕóĺé" in problems[-1]  # the column's name went through translation too
    found = untranslated([("row problem", problem) for problem in problems],
                         {"Amina", "Diallo", "Juan", "rez", "astronaut"})
    assert not found, "\n".join(found)


def test_a_stale_write_names_its_fields_in_the_window_s_language(pseudo_window, demo):
    library = pseudo_window.library
    held = library.agenda.for_session(demo.session.id)[0]
    elsewhere = dataclasses.replace(held, title="Ouverture", planned_minutes=held.planned_minutes + 5)
    library.change_path.run("agenda item edit", demo.session.id, lambda e: e.update(held, elsewhere))
    mine = dataclasses.replace(held, title="Mon titre", planned_minutes=held.planned_minutes + 1)
    with pytest.raises(StaleWriteError) as caught:
        library.change_path.run("agenda item edit", demo.session.id, lambda e: e.update(held, mine))
    text = error_text(caught.value)
    assert "title" not in text and "planned minutes" not in text
    assert "ţíţĺé" in text and "ƥĺàñ" in text  # each field's name went through translation
    assert "ţíţĺé~~ et ƥĺàññéđ" in text  # joined as the window's language joins a list (French here)
    assert not untranslated([("stale write", text)], {"et"})


def test_the_import_refusal_box_shows_the_translated_reason(qtbot, pseudo_window, tmp_path, monkeypatch):
    (tmp_path / "corrompu.docx").write_bytes(b"this is no zip archive")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: said.append(
        f"{title}\n{text}") or QMessageBox.StandardButton.Ok)
    window = pseudo_window
    importer = MeetingImporter(window.library, window.settings, window.runner, window)
    assert importer.run(str(tmp_path / "corrompu.docx")) is None
    assert len(said) == 1 and said[0].count(PAD) >= 3  # title, "nothing was imported", the reason
    assert not untranslated([("import box", said[0])], NAMES), said[0]


HAND_EDITS = [
    lambda d: d["session"].pop("title"),
    lambda d: d["notes"][0].update(kind="opinion"),
    lambda d: d["notes"][1].update(sdgs=[18]),
    lambda d: d["speaker_slots"][0].update(spoken_seconds="long"),
    lambda d: d["speaker_slots"][0].update(target_seconds=-5),
    lambda d: d["agenda"][0].update(planned_minutes=True),
    lambda d: d["session"].update(date="17 May 2021"),
    lambda d: d["session"].update(date="2500-01-01"),
    lambda d: d["session"].update(timezone="Mars/Olympus"),
    lambda d: d["notes"][0].update(participant_id="nobody"),
    lambda d: d["notes"][0].update(session_id="elsewhere"),
    lambda d: d["notes"][1].update(id=d["notes"][0]["id"]),
    lambda d: d.update(notes={}),
    lambda d: d["participants"].append("Ms. X"),
    lambda d: d["notes"][0].update(key_message="yes"),
    lambda d: d["session"].update(title=None),
]


def test_a_session_file_edited_by_hand_is_refused_in_the_window_s_language(pseudo_window):
    from roundtable_desktop.domain.enums import NoteKind
    from roundtable_desktop.exchange.session_json import meeting_from_dict, meeting_to_dict
    from tests.unit.test_summary_structure import rehearsed_meeting

    said = []
    for edit in HAND_EDITS:
        data = meeting_to_dict(rehearsed_meeting())
        edit(data)
        said.append(refusal(lambda data=data: meeting_from_dict(data)))
    # the file's own keys, values and ids are data: “agenda[0].planned_minutes”, “opinion”, Mars
    data = {"session", "title", "notes", "kind", "opinion", "sdgs", "speaker", "slots", "spoken", "seconds",
            "long", "target", "agenda", "planned", "minutes", "date", "May", "timezone", "Mars", "Olympus",
            "participant", "id", "nobody", "elsewhere", "participants", "Ms", "key", "message", "yes"}
    data |= {word for kind in NoteKind for word in re.findall(r"[A-Za-z]{2,}", kind.value)}
    data |= {word for text in said for found in re.findall(r"[0-9a-f]{8}-[0-9a-f-]+|[a-z]+_[a-z_]+", text)
             for word in re.findall(r"[A-Za-z]{2,}", found)}  # ids and field names
    assert all(PAD in text for text in said), said
    problems = untranslated([(f"edit {n}", text) for n, text in enumerate(said)], data)
    assert not problems, "\n".join(problems)


def test_an_export_s_refused_target_is_said_in_the_window_s_language(pseudo_window, demo, tmp_path):
    from roundtable_desktop.domain.errors import ExportError

    meeting = pseudo_window.library.load_meeting(demo.session.id)
    (tmp_path / "dossier.docx").mkdir()
    (tmp_path / "seule.docx").write_bytes(b"x")
    (tmp_path / "seule.docx").chmod(0o444)
    (tmp_path / "ouvert.docx").write_bytes(b"x")
    (tmp_path / "~$ouvert.docx").write_bytes(b"x")  # Word's lock beside a file it holds open
    said = {}
    for name in ("absent/rapport.docx", "dossier.docx", "mauvais?.docx", "seule.docx", "ouvert.docx",
                 "CON.docx"):
        with pytest.raises(ExportError) as caught:
            write_docx(meeting, tmp_path / name)
        said[name] = error_text(caught.value)
    names = {"absent", "rapport", "dossier", "mauvais", "seule", "ouvert", "CON", "docx"}
    assert all(PAD in text for text in said.values()), said
    problems = untranslated(list(said.items()), names)
    assert not problems, "\n".join(problems)
