"""Texts made below the window are marked for translation without Qt: each is its English text
(the command line and the log print it as it is) and keeps what the window needs to show it in
its own language (context, source, fields)."""

import datetime as dt
import pickle

import pytest

from roundtable_desktop.domain.translatable import QT_TRANSLATE_NOOP, Wording, dated


def test_a_marked_text_is_its_english_with_its_fields_filled_in():
    kind = QT_TRANSLATE_NOOP("MergeReport", "note")
    said = QT_TRANSLATE_NOOP("Storage", "The {thing} was removed meanwhile.").format(thing=kind)
    assert said == "The note was removed meanwhile."
    assert isinstance(said, str) and isinstance(said, Wording)
    assert (said.context, said.source) == ("Storage", "The {thing} was removed meanwhile.")
    assert said.fields["thing"].context == "MergeReport"


def test_a_date_and_a_list_read_in_english_here():
    day = dt.date(2021, 5, 17)
    assert dated(day) == "Monday 17 May 2021"
    listed = QT_TRANSLATE_NOOP("MergeReport", "Added: {items}.").format(items=("2 notes", "1 agenda item"))
    assert listed == "Added: 2 notes, 1 agenda item."


def test_a_marked_text_takes_named_fields_only_and_survives_a_copy():
    with pytest.raises(TypeError):
        QT_TRANSLATE_NOOP("Storage", "{} and {}").format("a", "b")
    said = QT_TRANSLATE_NOOP("Storage", "Kept as {name}.").format(name="lib.sqlite")
    copied = pickle.loads(pickle.dumps(said))
    assert copied == said and copied.fields == {"name": "lib.sqlite"} and copied.context == "Storage"


def test_the_error_of_a_refused_write_keeps_its_marked_message(tmp_path):
    import sqlite3

    from roundtable_desktop.storage.write_errors import as_write_error

    error = as_write_error(sqlite3.OperationalError("database or disk is full"), tmp_path / "lib.sqlite")
    assert error is not None and str(error).startswith("The last change could not be saved: the disk")
    assert isinstance(error.args[0], Wording) and error.args[0].context == "Storage"
