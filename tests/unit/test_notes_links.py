"""Which speaker, question, item and time a note is tied to; filters; question coverage."""

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.enums import NoteKind, SlotState
from roundtable_desktop.domain.model import GuidingQuestion, Note, SpeakerSlot
from roundtable_desktop.domain.note_links import (
    NO_QUESTION,
    NoteFilter,
    NoteLinks,
    filter_notes,
    group_by_speaker,
    links_for_participant,
    links_for_slot,
    question_coverage,
)

NOW = datetime(2021, 5, 17, 13, 30, tzinfo=UTC)


def slot(participant: str, state: SlotState, position: int = 0, **kwargs) -> SpeakerSlot:
    return SpeakerSlot("s", participant, position=position, state=state, **kwargs)


def test_a_note_about_the_current_speaker_takes_their_item_question_and_the_time():
    running = slot("p1", SlotState.SPEAKING, agenda_item_id="item", question_id="q2")
    links = links_for_slot(running, 754)
    assert links == NoteLinks(running.id, "p1", "item", "q2", 754)
    assert links_for_slot(None, 12) == NoteLinks(meeting_offset_seconds=12)


def test_picking_another_speaker_by_hand_follows_their_slot_and_keeps_question_and_time():
    earlier = slot("p2", SlotState.DONE, 1, agenda_item_id="item2", actual_end=NOW)
    later = slot("p2", SlotState.DONE, 4, agenda_item_id="item4", actual_end=NOW + timedelta(minutes=5))
    links = NoteLinks("x", "p1", "item1", "q1", 300)
    moved = links_for_participant(links, "p2", [earlier, later])
    assert (moved.participant_id, moved.slot_id, moved.agenda_item_id) == ("p2", later.id, "item4")
    assert (moved.question_id, moved.meeting_offset_seconds) == ("q1", 300)
    nobody = links_for_participant(links, "p9", [earlier])
    assert (nobody.participant_id, nobody.slot_id, nobody.agenda_item_id) == ("p9", None, "item1")
    assert links_for_participant(links, None, []).participant_id is None


def test_links_survive_a_round_trip_through_a_draft():
    links = NoteLinks("slot", "p", "item", "q", 61)
    assert NoteLinks.from_dict(links.to_dict()) == links
    assert NoteLinks.from_dict({}) == NoteLinks()


def note(**kwargs) -> Note:
    return Note("s", kwargs.pop("text", "x"), **kwargs)


notes_strategy = st.lists(st.builds(
    note,
    kind=st.sampled_from(list(NoteKind)),
    participant_id=st.sampled_from(["p1", "p2", None]),
    question_id=st.sampled_from(["q1", "q2", None]),
    sdgs=st.sets(st.integers(1, 17), max_size=3).map(lambda s: tuple(sorted(s))),
    key_message=st.booleans(),
), max_size=25)

filters_strategy = st.builds(
    NoteFilter,
    participant_id=st.sampled_from([None, "p1", "p2"]),
    kind=st.sampled_from([None, *NoteKind]),
    question_id=st.sampled_from([None, "q1", NO_QUESTION]),
    sdg=st.sampled_from([None, 5, 9]),
    key_messages_only=st.booleans(),
)


@given(notes_strategy, filters_strategy)
def test_combined_filters_show_exactly_the_notes_every_single_filter_shows(notes, chosen):
    combined = filter_notes(notes, chosen)
    singles = [
        NoteFilter(participant_id=chosen.participant_id), NoteFilter(kind=chosen.kind),
        NoteFilter(question_id=chosen.question_id), NoteFilter(sdg=chosen.sdg),
        NoteFilter(key_messages_only=chosen.key_messages_only),
    ]
    expected = [n for n in notes if all(n in filter_notes(notes, single) for single in singles)]
    assert combined == expected


def test_the_no_question_filter_shows_the_notes_tied_to_no_question():
    tied, loose = note(question_id="q1"), note()
    assert filter_notes([tied, loose], NoteFilter(question_id=NO_QUESTION)) == [loose]


def test_search_matches_narrow_the_other_filters():
    a, b = note(kind=NoteKind.QUOTE), note(kind=NoteKind.QUOTE)
    assert filter_notes([a, b], NoteFilter(kind=NoteKind.QUOTE), {b.id}) == [b]
    assert filter_notes([a, b], NoteFilter(), set()) == []


def test_coverage_counts_notes_and_speaking_time_per_question_the_running_speaker_included():
    questions = [GuidingQuestion("s", "first?", 0, "Q1", id="q1"),
                 GuidingQuestion("s", "second?", 1, "Q2", id="q2")]
    slots = [slot("p1", SlotState.DONE, spoken_seconds=300, question_id="q1"),
             slot("p2", SlotState.SPEAKING, spoken_seconds=60, question_id="q1",
                  last_started_at=NOW - timedelta(seconds=30)),
             slot("p3", SlotState.QUEUED, question_id="q2"),
             slot("p4", SlotState.DONE, spoken_seconds=90)]
    notes = [note(question_id="q1"), note(question_id="q1"), note(question_id="gone"), note()]
    rows = question_coverage(questions, notes, slots, NOW)
    assert [(r.label, r.notes, r.speaking_seconds, r.speakers) for r in rows] == [
        ("Q1", 2, 390, 2), ("Q2", 0, 0, 0), ("", 2, 90, 1)]


def test_notes_by_question_are_grouped_by_speaker_in_the_order_they_first_spoke():
    first, second, third = note(participant_id="b"), note(participant_id="a"), note(participant_id="b")
    assert group_by_speaker([first, second, third]) == [("b", [first, third]), ("a", [second])]
