"""The console's writes go through the one change path: only what the chair's action changed is
written, and it is announced."""

import pytest

from roundtable_desktop.domain.changes import RecordKind
from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.model import AgendaItem, Participant
from tests.ui.console_support import FakeTimes, drive_with


@pytest.fixture
def times():
    return FakeTimes()


def test_f5_announces_the_fields_of_the_slot_it_wrote(window, library, times):
    controller = drive_with(window, times)
    heard = []
    library.feed.subscribe(heard.append)
    controller.toggle()
    slot = controller.speakers.current
    assert len(heard) == 1 and heard[0].initiator is controller
    assert {"state", "last_started_at", "actual_start"} <= heard[0].fields(RecordKind.SLOT, slot.id)
    assert "participant_id" not in heard[0].fields(RecordKind.SLOT, slot.id)


def test_an_item_renamed_elsewhere_keeps_its_title_when_the_console_ends_it(window, library, times, demo):
    controller = drive_with(window, times)
    controller.toggle()
    item = demo.agenda[0]
    library.change_path.run("agenda item edit", demo.session.id,
                            lambda edit: edit.set_fields(AgendaItem, item.id, title="Opening by UNCTAD"))
    times.advance(60)
    assert controller.end_and_next()
    stored = library.agenda.get(item.id)
    assert stored.title == "Opening by UNCTAD" and stored.actual_end == times.wall
    assert controller.speakers.item(item.id).title == "Opening by UNCTAD"  # the console heard it


def test_a_participant_renamed_elsewhere_is_shown_by_the_console(window, library, times, demo):
    controller = drive_with(window, times)
    person = demo.participants[2]
    library.change_path.run("participant edit", demo.session.id,
                            lambda edit: edit.set_fields(Participant, person.id, name="H.E. Ms. A. Long"))
    assert controller.participant(controller.speakers.slots[2]).name == "H.E. Ms. A. Long"
    assert controller.speakers.slots[2].state is SlotState.QUEUED
