"""A note the rapporteur writes while the link to the chair's laptop is lost: tied to the last
speaker seen and marked as not sure; the list and the box say so; the rapporteur can confirm the
speaker (undo brings the mark back); and once the link is back with the chair's record, the note
is tied to the chair's speaker at its time and the mark cleared."""

from datetime import UTC, datetime, timedelta

from roundtable_desktop.domain.enums import SlotState
from tests.ui.linked_windows import WAIT, FakeClock, joined_over_a_cable, on_clock, speaking, write_note


def test_a_note_written_while_the_link_is_lost_is_tied_to_the_chairs_speaker_on_reconnect(
        qtbot, window, tmp_path):
    chair = window
    chair_clock = FakeClock(datetime(2026, 5, 17, 13, 0, tzinfo=UTC))
    rapporteur_clock = FakeClock(chair_clock.now - timedelta(minutes=7))  # its clock is 7 min late
    on_clock(chair, chair_clock)
    sid = chair.session_id
    with joined_over_a_cable(qtbot, chair, tmp_path, rapporteur_clock) as (rapporteur, rapporteur_library,
                                                                         cable):
        chair.console_actions.start_pause.trigger()  # F5: the first speaker has the floor
        first = speaking(chair.library, sid)
        qtbot.waitUntil(lambda: rapporteur_library.slots.get(first.id).state is SlotState.SPEAKING,
                        timeout=WAIT)

        cable.cut()  # the room's Wi-Fi goes
        qtbot.waitUntil(lambda: "Link lost" in rapporteur.live_link.status.text(), timeout=WAIT)
        chair_clock.advance(30)
        rapporteur_clock.advance(30)  # 0:30 into the meeting, by the chair's clock
        write_note(qtbot, rapporteur, "Said before the chair changed speaker")  # Ctrl+N
        [early] = rapporteur_library.notes.for_session(sid)
        assert (early.participant_id, early.speaker_unsure) == (first.participant_id, True)
        chair_clock.advance(90)
        chair.console_actions.end_and_next.trigger()  # F6 at 2:00: the second speaker
        second = speaking(chair.library, sid)
        assert second.participant_id != first.participant_id
        chair_clock.advance(30)
        rapporteur_clock.advance(120)  # 2:30 into the meeting
        write_note(qtbot, rapporteur, "Said while the Wi-Fi was down")
        [note] = [n for n in rapporteur_library.notes.for_session(sid) if n.id != early.id]
        assert (note.participant_id, note.speaker_unsure) == (first.participant_id, True)
        assert (early.meeting_offset_seconds, note.meeting_offset_seconds) == (30, 150)
        speaker_cell = rapporteur.notes_panel.table.notes_model.index(1, 1).data()
        assert speaker_cell.endswith("(not sure)")
        box = rapporteur.notes_panel.composer
        assert box.unsure_line.isVisibleTo(box)  # the next note too: the link is still lost

        said: list[str] = []  # the status bar's message goes after a while: kept as it is shown
        rapporteur.statusBar().messageChanged.connect(said.append)
        cable.mend()  # the Wi-Fi comes back: the chair's record arrives
        qtbot.waitUntil(lambda: not rapporteur_library.notes.get(note.id).speaker_unsure, timeout=WAIT)
        tied = rapporteur_library.notes.get(note.id)
        assert (tied.slot_id, tied.participant_id) == (second.id, second.participant_id)
        kept = rapporteur_library.notes.get(early.id)  # the first speaker had the floor at 0:30
        assert (kept.participant_id, kept.speaker_unsure) == (first.participant_id, False)
        qtbot.waitUntil(lambda: not box.unsure_line.isVisibleTo(box), timeout=WAIT)
        [tied_words] = [message for message in said if "is now tied to" in message]
        assert "not " in tied_words, tied_words
        assert "Said" not in tied_words and "0:30" not in tied_words  # only the note whose speaker differed
        qtbot.waitUntil(lambda: not any(rapporteur.notes_panel.table.notes_model.index(row, 1).data()
                                        .endswith("(not sure)") for row in range(2)), timeout=WAIT)
        qtbot.waitUntil(lambda: sorted((n.meeting_offset_seconds, n.participant_id, n.speaker_unsure)
                                       for n in chair.library.notes.for_session(sid))
                        == [(30, first.participant_id, False), (150, second.participant_id, False)],
                        timeout=WAIT)
