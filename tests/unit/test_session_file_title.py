"""A session file whose title was blanked by hand still imports, named after the file, and the
review lists the title as not found."""

import json

from roundtable_desktop.exchange.concept_note.importer import import_bytes


def test_a_session_file_without_a_title_takes_the_file_name():
    raw = json.dumps({"format": "roundtable-session", "version": 1,
                      "session": {"id": "0", "title": ""}}).encode()
    result = import_bytes(raw, "ministerial_roundtable.json", ".json")
    assert result.meeting.session.title == "ministerial roundtable"
    assert "title" not in result.found
