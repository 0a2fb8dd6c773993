"""The SQL of the row versions (schema migration 3), kept by triggers on every meeting table.

Each row of a meeting carries ``row_version``, a version vector (JSON: laptop id -> count of that
laptop's changes to the row), and ``row_seq``, this library's change sequence number when the row
last changed. Triggers maintain both on every insert, update and delete, whatever code writes:
an ordinary write counts one more change of this laptop; a write that sets ``row_version`` itself
(a merge) keeps the version it brings. (The update trigger skips the triggers' own updates, which
set ``row_seq``; nothing else writes that column. While a merge runs, ``laptop.merging`` is 1 inside
its transaction: what the database itself changes then, a link cleared by ON DELETE SET NULL for a
deletion the other laptop made, is not a change of this laptop.) Every deletion leaves a
tombstone with its sequence number. A one-row table holds this library's laptop id and its last
sequence number.
"""

MEETING_TABLES: tuple[str, ...] = (  # as migration 3 found them; later tables: row_versions_of
    "session", "agenda_item", "guiding_question", "participant", "speaker_slot", "note",
)

_LAPTOP = "(SELECT id FROM laptop LIMIT 1)"
_SEQ = "(SELECT change_seq FROM laptop LIMIT 1)"
_NOW = "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')"


def _session_of(table: str, row: str) -> str:
    return f"{row}.id" if table == "session" else f"{row}.session_id"


def row_versions_of(table: str) -> str:
    """The row versions' columns, index and triggers for a meeting table added after them."""
    return _triggers(table)


def numbered_rows(tables: tuple[str, ...]) -> str:
    """Rows stored before their table had row versions have change number 0, which "changed
    since 0" leaves out: they get a number of their own, so the next snapshot carries them."""
    return "UPDATE laptop SET change_seq = change_seq + 1;\n" + "".join(
        f"UPDATE {table} SET row_seq = {_SEQ} WHERE row_seq = 0;\n" for table in tables)


def _triggers(table: str) -> str:
    bumped = (f"json_set(COALESCE(OLD.row_version, '{{}}'), '$.\"' || {_LAPTOP} || '\"', "
              f"COALESCE(json_extract(OLD.row_version, '$.\"' || {_LAPTOP} || '\"'), 0) + 1)")
    return f"""
        ALTER TABLE {table} ADD COLUMN row_version TEXT;
        ALTER TABLE {table} ADD COLUMN row_seq INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX {table}_row_seq ON {table}(row_seq);
        UPDATE {table} SET row_version = json_object({_LAPTOP}, 1);
        CREATE TRIGGER {table}_version_after_insert AFTER INSERT ON {table} BEGIN
            UPDATE laptop SET change_seq = change_seq + 1;
            UPDATE {table} SET row_seq = {_SEQ},
                row_version = COALESCE(NEW.row_version, json_object({_LAPTOP}, 1))
            WHERE id = NEW.id;
        END;
        CREATE TRIGGER {table}_version_after_update AFTER UPDATE ON {table}
        WHEN NEW.row_seq IS OLD.row_seq BEGIN
            UPDATE laptop SET change_seq = change_seq + 1;
            UPDATE {table} SET row_seq = {_SEQ},
                row_version = CASE WHEN NEW.row_version IS OLD.row_version
                                        AND (SELECT merging FROM laptop LIMIT 1) = 0 THEN {bumped}
                                   ELSE NEW.row_version END
            WHERE id = NEW.id;
        END;
        CREATE TRIGGER {table}_tombstone_after_delete AFTER DELETE ON {table} BEGIN
            UPDATE laptop SET change_seq = change_seq + 1;
            INSERT OR REPLACE INTO tombstone (id, created_at, updated_at, session_id, kind, row_seq)
            VALUES (OLD.id, {_NOW}, {_NOW}, {_session_of(table, "OLD")}, '{table}', {_SEQ});
        END;
    """


# the laptop ids a library had before a restore gave it a new one (``laptop_identity``)
FORMER_LAPTOPS = """
    CREATE TABLE IF NOT EXISTS former_laptop (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
"""

ROW_VERSIONS = (
    f"""
    CREATE TABLE laptop (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        change_seq INTEGER NOT NULL DEFAULT 0,
        merging INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO laptop (id, created_at, updated_at) VALUES (
        lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
              || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)
              || '-' || hex(randomblob(6))),
        {_NOW}, {_NOW});
    CREATE TABLE tombstone (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        session_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        row_seq INTEGER NOT NULL
    );
    CREATE INDEX tombstone_session ON tombstone(session_id, row_seq);
    CREATE TABLE meeting_laptop (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        role TEXT NOT NULL
    );
    """
    + "".join(_triggers(table) for table in MEETING_TABLES)
)
