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



def _retitled(library: Library, session_id: str, title: str) -> str:
    item = library.load_meeting(session_id).agenda[0]
    item.title = title
    library.agenda.update(item)
    return item.id


def test_a_chairs_library_restored_from_a_backup_and_edited_past_the_follower_sends_it_whole(tmp_path):
    """Restored from a backup (File > Restore from backup…), then edited until its change number
    is past the one the follower holds: the follower would resume there and miss the changes made
    since the restore. The restore gives the library a new laptop id, so the follower sees
    another library, receives the meeting whole and resends its own; and a record changed both
    before the restore (the follower has it) and after it is decided by the ownership rule,
    not taken for the version the follower already holds."""
    from roundtable_desktop.storage.backups import restore_backup, take_backup
    from roundtable_desktop.storage.laptop_identity import own_laptop_ids

    session_id = _meeting_of(tmp_path / "chair.sqlite", 20)
    chair = Laptop(tmp_path / "chair.sqlite")
    backup = take_backup(chair.library.database).path
    old_id = laptop_id(chair.library.database)
    item_id = _retitled(chair.library, session_id, "Opening (changed after the backup)")
    chair.library.notes.add(Note(session_id, "Typed after the backup"))
    server = share(chair, session_id)
    _followed_then_closed(chair, tmp_path / "rapporteur.sqlite", session_id, server)
    server.stop()
    chair.close()

    assert restore_backup(backup, tmp_path / "chair.sqlite") is not None
    chair = Laptop(tmp_path / "chair.sqlite")
    assert laptop_id(chair.library.database) != old_id
    assert own_laptop_ids(chair.library.database) == {laptop_id(chair.library.database), old_id}
    again = Laptop(tmp_path / "rapporteur.sqlite")
    held = again.library.laptop_links.reading(session_id).chair_seq
    _retitled(chair.library, session_id, "Opening (changed after the restore)")
    after = [chair.library.notes.add(Note(session_id, f"Typed after the restore {n}")).id
             for n in range(held + 5)]  # past the change number the follower holds
    from roundtable_desktop.storage.meeting_rows import change_seq

    assert change_seq(chair.library.database) > held
    mine = again.library.notes.add(Note(session_id, "The rapporteur's own, before the restore"))
    server = share(chair, session_id)
    follower = follow(again, server)
    try:
        wait_until(lambda: {n.id for n in again.library.notes.for_session(session_id)} >= set(after),
                   "every note typed after the restore reached the follower")
        wait_until(lambda: again.library.agenda.get(item_id).title == "Opening (changed after the restore)",
                   "the agenda item as the chair's laptop has it now")
        wait_until(lambda: mine.id in {n.id for n in chair.library.notes.for_session(session_id)},
                   "the rapporteur's own note went to the chair's laptop")
    finally:
        follower.stop()
        server.stop()
        again.close()
        chair.close()


def test_a_rapporteurs_library_restored_from_a_backup_still_sends_what_it_wrote_before(tmp_path):
    """The restore gives the rapporteur's library a new laptop id too; a note it wrote under
    the id it had before (not yet sent) is still its own, and goes to the chair's laptop."""
    from roundtable_desktop.storage.backups import restore_backup, take_backup

    session_id = _meeting_of(tmp_path / "chair.sqlite", 3)
    chair = Laptop(tmp_path / "chair.sqlite")
    server = share(chair, session_id)
    _followed_then_closed(chair, tmp_path / "rapporteur.sqlite", session_id, server)
    rapporteur = Laptop(tmp_path / "rapporteur.sqlite")
    written = rapporteur.library.notes.add(Note(session_id, "Written while not following"))
    backup = take_backup(rapporteur.library.database).path
    rapporteur.close()
    restore_backup(backup, tmp_path / "rapporteur.sqlite")
    again = Laptop(tmp_path / "rapporteur.sqlite")
    follower = follow(again, server)
    try:
        wait_until(lambda: written.id in {n.id for n in chair.library.notes.for_session(session_id)},
                   "the note written before the restore reached the chair's laptop")
    finally:
        follower.stop()
        server.stop()
        again.close()
        chair.close()


def test_a_restore_while_sharing_is_followed_by_the_follower_without_a_new_share(tmp_path):
    """File > Restore from backup… while the meeting is shared: the share reads the restored
    library from then on and the follower joins again by itself (same code), receiving it
    whole; before, the share went on reading the library as it was (kept aside under another
    name) and the follower saw none of the changes made after the restore."""
    from roundtable_desktop.storage.backups import restore_backup, take_backup

    session_id = _meeting_of(tmp_path / "chair.sqlite", 3)
    chair = Laptop(tmp_path / "chair.sqlite")
    backup = take_backup(chair.library.database).path
    chair.library.notes.add(Note(session_id, "Typed after the backup"))
    server = share(chair, session_id)
    rapporteur = Laptop(tmp_path / "rapporteur.sqlite")
    follower = follow(rapporteur, server)
    try:
        wait_until(lambda: read(chair.path, session_id) == read(rapporteur.path, session_id),
                   "the meeting reached the follower")
        chair.library.close()
        restore_backup(backup, chair.path)
        chair.library = Library.open(chair.path)
        server.library_replaced()  # the window does this when the restore is announced
        after = [chair.library.notes.add(Note(session_id, f"Typed after the restore {n}")).id
                 for n in range(10)]
        wait_until(lambda: {n.id for n in rapporteur.library.notes.for_session(session_id)} >= set(after),
                   "the notes typed after the restore reached the follower")
    finally:
        follower.stop()
        server.stop()
        rapporteur.close()
        chair.close()
