"""Numbered schema migrations. Append only: a migration that has shipped is never edited."""

from .row_version_schema import FORMER_LAPTOPS, MEETING_TABLES, ROW_VERSIONS, numbered_rows, row_versions_of

_COMMON = "id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL"

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        f"""
        CREATE TABLE session (
            {_COMMON},
            title TEXT NOT NULL,
            organiser TEXT NOT NULL DEFAULT '',
            session_line TEXT NOT NULL DEFAULT '',
            date TEXT,
            start_time TEXT,
            end_time TEXT,
            timezone TEXT NOT NULL DEFAULT 'UTC',
            venue TEXT NOT NULL DEFAULT '',
            background TEXT NOT NULL DEFAULT '',
            objectives TEXT NOT NULL DEFAULT '',
            format_text TEXT NOT NULL DEFAULT '',
            focus_sdgs TEXT NOT NULL DEFAULT '',
            outcome_destination TEXT NOT NULL DEFAULT '',
            chair_name TEXT NOT NULL DEFAULT '',
            rapporteur_name TEXT NOT NULL DEFAULT '',
            key_messages TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE agenda_item (
            {_COMMON},
            session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            planned_minutes INTEGER NOT NULL DEFAULT 0,
            presenter TEXT NOT NULL DEFAULT '',
            default_target_seconds INTEGER NOT NULL,
            default_limit_seconds INTEGER NOT NULL,
            actual_start TEXT,
            actual_end TEXT
        );
        CREATE INDEX agenda_item_session ON agenda_item(session_id, position);
        CREATE TABLE guiding_question (
            {_COMMON},
            session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            synthesis TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX guiding_question_session ON guiding_question(session_id, position);
        CREATE TABLE participant (
            {_COMMON},
            session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            function TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL,
            gender TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX participant_session ON participant(session_id);
        CREATE TABLE speaker_slot (
            {_COMMON},
            session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
            agenda_item_id TEXT REFERENCES agenda_item(id) ON DELETE SET NULL,
            position INTEGER NOT NULL,
            target_seconds INTEGER NOT NULL,
            limit_seconds INTEGER NOT NULL,
            request_type TEXT NOT NULL,
            state TEXT NOT NULL,
            spoken_seconds REAL NOT NULL DEFAULT 0,
            last_started_at TEXT,
            actual_start TEXT,
            actual_end TEXT,
            question_id TEXT REFERENCES guiding_question(id) ON DELETE SET NULL
        );
        CREATE INDEX speaker_slot_session ON speaker_slot(session_id, position);
        CREATE TABLE note (
            {_COMMON},
            session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            slot_id TEXT REFERENCES speaker_slot(id) ON DELETE SET NULL,
            participant_id TEXT REFERENCES participant(id) ON DELETE SET NULL,
            agenda_item_id TEXT REFERENCES agenda_item(id) ON DELETE SET NULL,
            question_id TEXT REFERENCES guiding_question(id) ON DELETE SET NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            sdgs TEXT NOT NULL DEFAULT '',
            key_message INTEGER NOT NULL DEFAULT 0,
            meeting_offset_seconds INTEGER
        );
        CREATE INDEX note_session ON note(session_id, created_at);
        CREATE TABLE draft (
            {_COMMON},
            session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            target TEXT NOT NULL,
            payload TEXT NOT NULL,
            UNIQUE (session_id, target)
        );
        """,
    ),
    (
        2,
        # Full-text search over the rapporteur's notes: an external-content FTS5 index on
        # note.text kept in step by triggers. VACUUM may renumber note's rowids: rebuild the
        # index after one (storage.notes.NoteSearch.rebuild).
        """
        CREATE VIRTUAL TABLE note_fts USING fts5(
            text, content='note', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
        );
        INSERT INTO note_fts(rowid, text) SELECT rowid, text FROM note;
        CREATE TRIGGER note_fts_after_insert AFTER INSERT ON note BEGIN
            INSERT INTO note_fts(rowid, text) VALUES (new.rowid, new.text);
        END;
        CREATE TRIGGER note_fts_after_delete AFTER DELETE ON note BEGIN
            INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        END;
        CREATE TRIGGER note_fts_after_update AFTER UPDATE OF text ON note BEGIN
            INSERT INTO note_fts(note_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
            INSERT INTO note_fts(rowid, text) VALUES (new.rowid, new.text);
        END;
        CREATE INDEX note_session_question ON note(session_id, question_id);
        """,
    ),
    (
        3,
        # Row versions for merging a meeting between laptops: a version vector per row, a local
        # change sequence, tombstones left by every deletion, and which laptop this is per meeting.
        ROW_VERSIONS,
    ),
    (
        4,
        # The Word summary's document type, masthead and edited introduction, per meeting.
        """
        ALTER TABLE session ADD COLUMN document_type TEXT NOT NULL DEFAULT 'rapporteur_summary';
        ALTER TABLE session ADD COLUMN document_symbol TEXT NOT NULL DEFAULT '';
        ALTER TABLE session ADD COLUMN distribution TEXT NOT NULL DEFAULT '';
        ALTER TABLE session ADD COLUMN issue_date TEXT;
        ALTER TABLE session ADD COLUMN original_language TEXT NOT NULL DEFAULT '';
        ALTER TABLE session ADD COLUMN introduction TEXT NOT NULL DEFAULT '';
        """,
    ),
    (
        5,
        # Attendance: a participant marked present at the roll call.
        """
        ALTER TABLE participant ADD COLUMN present INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    (
        6,
        # The language a speaker speaks in (for the interpreters): the participant's, and a
        # speaker slot's own for one turn.
        """
        ALTER TABLE participant ADD COLUMN language TEXT NOT NULL DEFAULT '';
        ALTER TABLE speaker_slot ADD COLUMN language TEXT NOT NULL DEFAULT '';
        """,
    ),
    (
        7,
        # The language the summary is written in, per meeting ("": the window's).
        """
        ALTER TABLE session ADD COLUMN summary_language TEXT NOT NULL DEFAULT '';
        """,
    ),
    (
        8,
        # Messages from the chair to the speaker (presenter display), each with its time.
        f"""
        CREATE TABLE IF NOT EXISTS speaker_message (
            {_COMMON},
            session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            slot_id TEXT REFERENCES speaker_slot(id) ON DELETE SET NULL,
            usual TEXT NOT NULL DEFAULT 'typed',
            text TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            cleared_at TEXT
        );
        CREATE INDEX IF NOT EXISTS speaker_message_session ON speaker_message(session_id, sent_at);
        """,
    ),
    (
        9,
        # A closed list of speakers: when the chair closed an agenda item's list (NULL: open).
        """
        ALTER TABLE agenda_item ADD COLUMN list_closed_at TEXT;
        """,
    ),
    (
        10,
        # The messages to the speaker travel between laptops too: row versions and tombstones.
        row_versions_of("speaker_message"),
    ),
    (
        11,
        # Every row stored before its table had row versions gets a change number, so the next
        # snapshot for another laptop carries it.
        numbered_rows((*MEETING_TABLES, "speaker_message")),
    ),
    (
        12,
        # Where this laptop last joined a meeting it received (joined again when it is opened),
        # beside the laptop's role per meeting: neither ever travels to another laptop.
        f"""
        CREATE TABLE IF NOT EXISTS meeting_join (
            {_COMMON},
            address TEXT NOT NULL,
            code TEXT NOT NULL DEFAULT ''
        );
        """,
    ),
    (
        13,
        # A note's speaker not sure: the last one seen, written while the link to the chair's
        # laptop was lost (1), until the rapporteur confirms it or the chair's record tells.
        """
        ALTER TABLE note ADD COLUMN speaker_unsure INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    (
        14,
        # What this laptop has received of a meeting it follows (the chair's laptop, the chair's
        # change number it holds everything up to, its own change number the chair confirmed),
        # so a restarted follower catches up from there; never travels to another laptop.
        f"""
        CREATE TABLE IF NOT EXISTS meeting_received (
            {_COMMON},
            chair_laptop TEXT NOT NULL,
            chair_seq INTEGER NOT NULL DEFAULT 0,
            confirmed_seq INTEGER NOT NULL DEFAULT 0
        );
        """,
    ),
    (
        15,
        # A note's meeting time not sure: the moment it was written (the chair's time), kept
        # while the meeting's start was not known on this laptop (NULL: the time is sure).
        """
        ALTER TABLE note ADD COLUMN meeting_moment TEXT;
        """,
    ),
    (
        16,
        # The laptop ids this library had before a restore gave it a new one: what it wrote
        # under them is still its own (a restored copy may have the table already).
        FORMER_LAPTOPS,
    ),
]

LATEST_VERSION = MIGRATIONS[-1][0]
