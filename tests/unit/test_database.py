import sqlite3
from pathlib import Path

import pytest

from roundtable_desktop.domain.errors import LibraryError
from roundtable_desktop.storage.database import Database
from roundtable_desktop.storage.schema import LATEST_VERSION


def test_a_new_library_is_created_at_the_latest_schema_with_safe_settings(tmp_path: Path):
    database = Database.open(tmp_path / "new.sqlite")
    assert database.version == LATEST_VERSION

    def pragma(name: str):
        return database.connection.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 1000
    database.close()


def test_reopening_keeps_the_data_and_makes_no_backup(tmp_path: Path):
    path = tmp_path / "library.sqlite"
    database = Database.open(path)
    with database.transaction() as connection:
        connection.execute(
            "INSERT INTO session (id, created_at, updated_at, title) VALUES ('s1', 'x', 'x', 'Kept')")
    database.close()
    again = Database.open(path)
    assert again.query("SELECT title FROM session")[0][0] == "Kept"
    again.close()
    assert not list(tmp_path.glob("*.backup*"))


def test_a_library_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path):
    path = tmp_path / "newer.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE future (x)")
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer version"):
        Database.open(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_library_is_refused_clearly(tmp_path: Path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is a shopping list, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="not a Roundtable Desktop library"):
        Database.open(path)
    assert path.read_bytes() == before


def _with_extra_migration(monkeypatch, script: str) -> int:
    from roundtable_desktop.storage import database as database_module

    version = LATEST_VERSION + 1
    monkeypatch.setattr(database_module, "MIGRATIONS", [*database_module.MIGRATIONS, (version, script)])
    monkeypatch.setattr(database_module, "LATEST_VERSION", version)
    return version


def test_an_older_library_is_backed_up_before_its_first_migration(tmp_path: Path, monkeypatch):
    path = tmp_path / "library.sqlite"
    old = Database.open(path)
    with old.transaction() as connection:
        connection.execute(
            "INSERT INTO session (id, created_at, updated_at, title) VALUES ('s1', 'x', 'x', 'Old')")
    old.close()
    version = _with_extra_migration(monkeypatch, "CREATE TABLE extra_table (id TEXT PRIMARY KEY)")
    migrated = Database.open(path)
    assert migrated.version == version
    migrated.close()
    backups = list(tmp_path.glob(f"library.schema{LATEST_VERSION}-*.backup.sqlite"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT title FROM session").fetchone()[0] == "Old"
    assert copy.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    copy.close()


def test_a_failing_migration_leaves_the_library_at_its_old_version(tmp_path: Path, monkeypatch):
    path = tmp_path / "library.sqlite"
    Database.open(path).close()
    _with_extra_migration(monkeypatch, "CREATE TABLE fine (x); CREATE TABLE broken (")
    with pytest.raises(sqlite3.Error):
        Database.open(path)
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert not check.execute("SELECT name FROM sqlite_master WHERE name = 'fine'").fetchall()
    check.close()


def test_trigger_bodies_survive_statement_splitting():
    from roundtable_desktop.storage.database import _statements

    script = """CREATE TABLE a (x); CREATE TRIGGER t AFTER INSERT ON a BEGIN
        INSERT INTO a VALUES (1); SELECT 1; END; CREATE TABLE b (y);"""
    statements = _statements(script)
    assert len(statements) == 3
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].rstrip().endswith("END;")
