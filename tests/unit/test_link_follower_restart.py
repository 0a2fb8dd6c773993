"""A restarted follower catches up from where it was: how far it had received the meeting is kept
in its library with each batch, so the chair's laptop sends only what changed meanwhile (not the
whole meeting once more); a chair's laptop whose library was replaced sends it all, as before."""

import shutil

import pytest

from roundtable_desktop.domain.model import Note
from roundtable_desktop.link.offline import merge_meeting_file
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.meeting_rows import laptop_id
from tests.link_support import Laptop, follow, read, share, wait_until
from tests.merge_support import meeting_file

NOTES = 2000


def _received(laptop: Laptop) -> int:
    return sum(event.count for event in laptop.events if event.kind == "received")


def _meeting_of(path, notes: int) -> str:
    from roundtable_desktop.exchange.demo import demo_meeting

    meeting = demo_meeting()
    meeting.notes = [Note(meeting.session.id, f"Point {number} made from the floor")
                     for number in range(notes)]
    library = Library.open(path)
    session_id = library.add_meeting(meeting).session.id
    library.close()
    return session_id


def _followed_then_closed(chair: Laptop, rapporteur_path, session_id: str, server) -> None:
    rapporteur = Laptop(rapporteur_path)
    follower = follow(rapporteur, server)
    try:
        wait_until(lambda: read(chair.path, session_id) == read(rapporteur_path, session_id),
                   "the whole meeting reached the follower")
        wait_until(lambda: rapporteur.library.laptop_links.reading(session_id) is not None
                   and rapporteur.library.laptop_links.reading(session_id).chair_seq > 0,
                   "how far it received is kept")
    finally:
        follower.stop()  # the rapporteur's app closes (or is killed: the reading went with a batch)
        rapporteur.close()


def test_a_restarted_follower_of_a_2000_note_meeting_receives_only_what_changed(tmp_path):
    session_id = _meeting_of(tmp_path / "chair.sqlite", NOTES)
    chair = Laptop(tmp_path / "chair.sqlite")
    server = share(chair, session_id)
    try:
        _followed_then_closed(chair, tmp_path / "rapporteur.sqlite", session_id, server)
        meeting = chair.library.load_meeting(session_id)
        slot = meeting.slots[0]
        slot.spoken_seconds = 42.0
        chair.library.slots.update(slot)
        for number in range(3):
            chair.library.notes.add(Note(session_id, f"Added while the rapporteur was away {number}"))
        chair.library.notes.delete(meeting.notes[0].id)

        again = Laptop(tmp_path / "rapporteur.sqlite")  # the rapporteur's app, started again
        follower = follow(again, server)
        try:
            wait_until(lambda: read(chair.path, session_id) == read(again.path, session_id),
                       "the restarted follower caught up")
            wait_until(lambda: "received" in again.kinds(), "the catch-up was stored")
            assert _received(again) == 5  # one slot, three notes, one deletion: not 2,000 notes
            assert again.library.laptop_links.reading(session_id).chair_laptop == \
                laptop_id(chair.library.database)
            assert len(again.library.notes.for_session(session_id)) == NOTES + 2
            sent_before = _received(chair)
            again.library.notes.add(Note(session_id, "Typed after the restart"))
            wait_until(lambda: _received(chair) > sent_before and any(
                n.text == "Typed after the restart" for n in chair.library.notes.for_session(session_id)),
                "the rapporteur's new note reached the chair")
            assert _received(chair) - sent_before == 1  # its own note only, nothing received back
        finally:
            follower.stop()
            again.close()
    finally:
        server.stop()
        chair.close()


def _restored_from_before(tmp_path, chair: Laptop, session_id: str) -> Laptop:
    """The chair's library put back from a copy taken before the last changes: same laptop,
    fewer changes than the follower holds."""
    chair.library.notes.add(Note(session_id, "Typed after the copy was taken"))
    chair.close()
    shutil.copy(tmp_path / "before.sqlite", tmp_path / "chair.sqlite")
    for extra in ("-wal", "-shm"):
        (tmp_path / f"chair.sqlite{extra}").unlink(missing_ok=True)
    return Laptop(tmp_path / "chair.sqlite")


def _another_laptop(tmp_path, chair: Laptop, session_id: str) -> Laptop:
    """The meeting taken over by another laptop from a meeting file: another laptop id."""
    import json

    (tmp_path / "meeting.json").write_text(json.dumps(meeting_file(chair.library, session_id)))
    chair.close()
    other = Library.open(tmp_path / "other.sqlite")
    merge_meeting_file(other, tmp_path / "meeting.json")
    other.close()
    return Laptop(tmp_path / "other.sqlite")


@pytest.mark.parametrize("replaced", [_restored_from_before, _another_laptop])
def test_a_chairs_laptop_whose_library_was_replaced_sends_the_whole_meeting(tmp_path, replaced):
    session_id = _meeting_of(tmp_path / "chair.sqlite", 20)
    chair = Laptop(tmp_path / "chair.sqlite")
    chair.library.database.backup_to(tmp_path / "before.sqlite")
    chair.library.notes.add(Note(session_id, "One more point"))
    server = share(chair, session_id)
    _followed_then_closed(chair, tmp_path / "rapporteur.sqlite", session_id, server)
    server.stop()
    chair = replaced(tmp_path, chair, session_id)
    server = share(chair, session_id)
    again = Laptop(tmp_path / "rapporteur.sqlite")
    follower = follow(again, server)
    try:
        wait_until(lambda: _received(again) >= 20, "the whole meeting came again")
    finally:
        follower.stop()
        server.stop()
        again.close()
        chair.close()

