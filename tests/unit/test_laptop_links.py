"""What this laptop alone knows of a meeting it received: the address and code it last joined it
with (never in a meeting file), forgotten code after a refusal, and "run this meeting on this
laptop", after which this laptop is the chair's for the meeting: a record changed both here and on
the old chair's laptop is then shown for a choice, neither laptop owning it."""

import json
from dataclasses import replace

import pytest

from roundtable_desktop.domain.row_versions import Laptop
from roundtable_desktop.storage.meeting_rows import changes_since
from tests.merge_support import meeting_file, send, two_laptops


@pytest.fixture
def laptops():
    pair = two_laptops()
    yield pair
    pair.close()


def test_the_last_join_is_kept_for_a_received_meeting_only_and_never_travels(laptops):
    chair, rapporteur, session_id = laptops.chair, laptops.rapporteur, laptops.session_id
    assert rapporteur.laptop_links.received(session_id) and not chair.laptop_links.received(session_id)
    assert rapporteur.laptop_links.last_join(session_id) is None
    rapporteur.laptop_links.remember_join(session_id, "192.168.1.5:40065", "402917")
    chair.laptop_links.remember_join(session_id, "192.168.1.5:40065", "402917")
    last = rapporteur.laptop_links.last_join(session_id)
    assert (last.address, last.code) == ("192.168.1.5:40065", "402917")
    assert chair.laptop_links.last_join(session_id) is None  # the chair's own meeting joins nobody
    carried = json.dumps(meeting_file(rapporteur, session_id))
    assert "402917" not in carried and "40065" not in carried
    rapporteur.laptop_links.forget_code(session_id)
    last = rapporteur.laptop_links.last_join(session_id)
    assert (last.address, last.code) == ("192.168.1.5:40065", "")  # the address stays, offered


def _slot_changed(library, session_id, target_seconds):
    slot = library.load_meeting(session_id).slots[0]
    library.slots.update(replace(slot, target_seconds=target_seconds))
    return slot.id


def test_a_laptop_that_runs_the_meeting_here_is_the_chairs_and_owns_nothing_against_the_old_one(laptops):
    chair, rapporteur, session_id = laptops.chair, laptops.rapporteur, laptops.session_id
    rapporteur.laptop_links.remember_join(session_id, "192.168.1.5:40065", "402917")
    rapporteur.laptop_links.run_here(session_id)
    assert rapporteur.laptop_links.role(session_id) is Laptop.CHAIR
    assert rapporteur.laptop_links.last_join(session_id) is None
    assert changes_since(rapporteur.database, session_id).laptop is Laptop.CHAIR  # what it sends says so
    slot_id = _slot_changed(chair, session_id, 301)  # the old chair's laptop, still running after all
    _slot_changed(rapporteur, session_id, 299)
    report = send(chair, rapporteur, session_id)
    assert report.choices and not any("speaker" in line for line in report.by_rule)
    assert rapporteur.slots.get(slot_id).target_seconds in (299, 301)  # the newer, to check


def test_before_running_it_here_the_chairs_laptop_owns_the_speaker_list(laptops):
    chair, rapporteur, session_id = laptops.chair, laptops.rapporteur, laptops.session_id
    slot_id = _slot_changed(chair, session_id, 301)
    _slot_changed(rapporteur, session_id, 299)
    report = send(rapporteur, chair, session_id)
    assert not report.choices and report.by_rule
    assert chair.slots.get(slot_id).target_seconds == 301


def test_a_library_of_the_schema_before_opened_read_only_has_no_last_join(tmp_path):
    """A second copy of the app may look at a library an older version holds, without migrating it."""
    import sqlite3

    from roundtable_desktop.exchange.demo import demo_meeting
    from roundtable_desktop.storage.library import Library
    from roundtable_desktop.storage.read_only import open_read_only

    path = tmp_path / "library.sqlite"
    library = Library.open(path)
    session_id = library.add_meeting(demo_meeting()).session.id
    library.close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("DROP TABLE meeting_join")
        connection.execute("INSERT INTO meeting_laptop VALUES (?, '', '', 'rapporteur')", (session_id,))
        connection.execute("PRAGMA user_version = 11")
    connection.close()
    looking = open_read_only(path)
    try:
        assert looking.laptop_links.received(session_id)
        assert looking.laptop_links.last_join(session_id) is None
    finally:
        looking.close()


def test_how_far_a_follower_received_is_kept_with_the_batch_never_ahead_and_never_travels(laptops):
    from roundtable_desktop.domain.errors import InputError
    from roundtable_desktop.domain.meeting_changes import LinkReading
    from roundtable_desktop.link.offline import merge_through_change_path

    chair, rapporteur, session_id = laptops.chair, laptops.rapporteur, laptops.session_id
    assert rapporteur.laptop_links.reading(session_id) is None
    _slot_changed(chair, session_id, 302)
    batch = changes_since(chair.database, session_id)
    batch.reading = LinkReading("chair-laptop", batch.last_seq, 7)
    merge_through_change_path(rapporteur, batch, "link")
    assert rapporteur.laptop_links.reading(session_id) == LinkReading("chair-laptop", batch.last_seq, 7)

    refused = changes_since(chair.database, session_id)
    refused.session_id = "a-meeting-this-library-does-not-hold"
    refused.records = {}
    refused.reading = LinkReading("chair-laptop", batch.last_seq + 50, 9)
    with pytest.raises(InputError):
        merge_through_change_path(rapporteur, refused, "link")  # not stored: not kept either
    assert rapporteur.laptop_links.reading(session_id) == LinkReading("chair-laptop", batch.last_seq, 7)
    assert rapporteur.laptop_links.reading(refused.session_id) is None
    assert "chair-laptop" not in json.dumps(meeting_file(rapporteur, session_id))

    rapporteur.laptop_links.run_here(session_id)  # this laptop follows nobody for it any more
    assert rapporteur.laptop_links.reading(session_id) is None
