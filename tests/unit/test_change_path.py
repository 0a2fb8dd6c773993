"""The one change path: only the fields an action changed are written, in one transaction; a
stale write is refused with a message; what changed is announced once, after the commit; a
refused write raises StorageWriteError and announces nothing."""

import dataclasses
import sqlite3
from datetime import UTC, datetime

import pytest

from roundtable_desktop.domain.changes import ChangeAction, OpChanges, RecordKind
from roundtable_desktop.domain.errors import NotFoundError, StaleWriteError, StorageWriteError
from roundtable_desktop.domain.model import AgendaItem, GuidingQuestion, Note, Participant, SpeakerSlot


@pytest.fixture
def heard(library):
    announcements: list[OpChanges] = []
    library.feed.subscribe(announcements.append)
    return announcements


def test_an_edit_writes_only_the_fields_it_changed_and_keeps_what_others_wrote_meanwhile(
        library, demo, heard):
    held = library.agenda.for_session(demo.session.id)[0]  # the copy an area holds
    started = datetime(2021, 5, 17, 13, 0, tzinfo=UTC)
    library.change_path.run("speaker started", demo.session.id,
                            lambda edit: edit.set_fields(AgendaItem, held.id, actual_start=started))
    renamed = dataclasses.replace(held, title="Opening of the roundtable")
    library.change_path.run("agenda item edit", demo.session.id,
                            lambda edit: edit.update(held, renamed))
    stored = library.agenda.get(held.id)
    assert stored.title == "Opening of the roundtable"
    assert stored.actual_start == started  # not wiped by the older copy
    assert heard[-1].what == "agenda item edit"
    assert heard[-1].fields(RecordKind.AGENDA_ITEM, held.id) == {"title"}


def test_an_edit_of_a_field_changed_meanwhile_is_refused_with_a_message(library, demo, heard):
    held = library.questions.for_session(demo.session.id)[0]
    elsewhere = dataclasses.replace(held, text="Changed on the rapporteur's laptop?")
    library.change_path.run("question edit", demo.session.id, lambda e: e.update(held, elsewhere))
    mine = dataclasses.replace(held, text="My wording?")
    with pytest.raises(StaleWriteError, match="changed meanwhile"):
        library.change_path.run("question edit", demo.session.id, lambda e: e.update(held, mine))
    assert library.questions.get(held.id).text == "Changed on the rapporteur's laptop?"
    assert len(heard) == 1  # the refused edit announced nothing


def test_an_edit_of_a_removed_record_says_so(library, demo):
    held = library.participants.for_session(demo.session.id)[0]
    library.change_path.run("removed", demo.session.id, lambda e: e.remove(Participant, held.id))
    with pytest.raises(NotFoundError, match="removed meanwhile"):
        library.change_path.run("edit", demo.session.id,
                                lambda e: e.update(held, dataclasses.replace(held, name="X")))


def test_an_unchanged_edit_writes_and_announces_nothing(library, demo, heard):
    held = library.agenda.for_session(demo.session.id)[0]
    applied = library.change_path.run("edit", demo.session.id,
                                      lambda e: e.update(held, dataclasses.replace(held)))
    assert applied.changes.empty and heard == []
    assert library.agenda.get(held.id).updated_at == held.updated_at


def test_one_operation_is_one_transaction_and_one_announcement(library, demo, heard):
    sid = demo.session.id
    person = Participant(session_id=sid, name="Ms. Amina Diallo")
    slot = SpeakerSlot(session_id=sid, participant_id=person.id)

    def write(edit):
        edit.add(person)
        edit.add(slot)

    library.change_path.run("floor request", sid, write)
    assert len(heard) == 1
    assert heard[0].ids(RecordKind.PARTICIPANT, ChangeAction.ADDED) == {person.id}
    assert heard[0].ids(RecordKind.SLOT, ChangeAction.ADDED) == {slot.id}


def test_a_failure_inside_an_operation_stores_nothing_of_it(library, demo, heard):
    sid = demo.session.id
    person = Participant(session_id=sid, name="Never stored")

    def write(edit):
        edit.add(person)
        edit.add(SpeakerSlot(session_id=sid, participant_id="no such participant"))

    with pytest.raises(Exception, match="could not be saved"):
        library.change_path.run("floor request", sid, write)
    assert all(p.name != "Never stored" for p in library.participants.for_session(sid))
    assert heard == []


def test_a_removal_announces_what_the_schema_removed_or_unlinked_with_it(library, demo, heard):
    sid = demo.session.id
    speaker = next(p for p in library.participants.for_session(sid)
                   if any(s.participant_id == p.id for s in library.slots.for_session(sid)))
    places = {s.id for s in library.slots.for_session(sid) if s.participant_id == speaker.id}
    note = library.notes.add(Note(session_id=sid, text="said", participant_id=speaker.id))
    library.change_path.run("participant removed", sid, lambda e: e.remove(Participant, speaker.id))
    assert heard[-1].ids(RecordKind.SLOT, ChangeAction.REMOVED) == places
    assert heard[-1].ids(RecordKind.NOTE, ChangeAction.UPDATED) == {note.id}
    assert library.notes.get(note.id).participant_id is None


def test_a_reorder_writes_only_the_positions_that_moved(library, demo, heard):
    items = library.agenda.for_session(demo.session.id)
    ids = [item.id for item in items]
    ids[0], ids[1] = ids[1], ids[0]
    library.change_path.run("move", demo.session.id, lambda e: e.reorder(AgendaItem, ids))
    assert heard[0].ids(RecordKind.AGENDA_ITEM) == set(ids[:2])
    assert [i.id for i in library.agenda.for_session(demo.session.id)] == ids


def test_operations_inside_an_operation_are_announced_once_after_the_commit(library, demo, heard):
    sid = demo.session.id
    seen_while_open = []

    def outer(edit):
        edit.add(Note(session_id=sid, text="first"))
        library.change_path.run("inner", sid, lambda e: e.add(Note(session_id=sid, text="second")))
        seen_while_open.append(len(heard))

    library.change_path.run("two notes", sid, outer)
    assert seen_while_open == [0]
    assert len(heard) == 1 and len(heard[0].ids(RecordKind.NOTE)) == 2


class _RefusingDisk:
    """A connection whose writes fail as on a full disk."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def execute(self, sql: str, *parameters):
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = sqlite3.SQLITE_FULL
            raise error
        return self._connection.execute(sql, *parameters)

    def __getattr__(self, name: str):
        return getattr(self._connection, name)


def test_a_refused_write_raises_the_one_error_type_and_announces_nothing(library, demo, heard):
    held = library.questions.for_session(demo.session.id)[0]
    real = library.database.connection
    library.database.connection = _RefusingDisk(real)
    try:
        with pytest.raises(StorageWriteError) as refused:
            library.change_path.run("question edit", demo.session.id,
                                    lambda e: e.update(held, dataclasses.replace(held, text="?")))
    finally:
        library.database.connection = real
    assert refused.value.reason == "disk_full"
    assert heard == [] and not real.in_transaction
    assert library.questions.get(held.id).text == held.text


def test_a_subscriber_that_fails_does_not_undo_or_hide_the_change(library, demo, heard):
    def broken(changes):
        raise RuntimeError("a broken listener")

    library.feed.subscribe(broken)
    library.feed.subscribe(heard.append)
    question = GuidingQuestion(session_id=demo.session.id, text="Q?")
    library.change_path.run("new question", demo.session.id, lambda e: e.add(question))
    assert library.questions.get(question.id).text == "Q?"
    assert len(heard) == 2  # the first subscriber (fixture) and the one after the broken one
