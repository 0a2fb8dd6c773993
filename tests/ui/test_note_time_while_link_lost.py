"""A note's meeting time when the meeting's first start falls while the link is lost: the
rapporteur's laptop does not know the start, so the time is counted from the planned start and
shown as not sure ("? 10:00"); once the chair's record arrives it is counted again from the
meeting's start as the chair recorded it, the mark goes, and the speaker is tied by that time."""

from datetime import UTC, datetime, timedelta

from tests.ui.linked_windows import WAIT, FakeClock, joined_over_a_cable, on_clock, speaking, write_note

PLANNED = datetime(2021, 5, 17, 13, 0, tzinfo=UTC)  # the demo meeting: 15.00 CEST


def _times_shown(window) -> list[str]:
    model = window.notes_panel.table.notes_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_note_timed_from_the_planned_start_is_timed_from_the_chairs_start_once_it_arrives(
        qtbot, window, tmp_path):
    chair = window
    sid = chair.session_id
    chair_clock = FakeClock(PLANNED - timedelta(minutes=5))
    rapporteur_clock = FakeClock(chair_clock.now - timedelta(minutes=7))  # its clock is 7 min late
    on_clock(chair, chair_clock)
    with joined_over_a_cable(qtbot, chair, tmp_path, rapporteur_clock) as (rapporteur, rapporteur_library,
                                                                         cable):
        cable.cut()  # the room's Wi-Fi goes before the meeting starts
        qtbot.waitUntil(lambda: "Link lost" in rapporteur.live_link.status.text(), timeout=WAIT)
        chair_clock.advance(9 * 60)  # 13:04: the chair starts four minutes late
        chair.console_actions.start_pause.trigger()  # F5
        first = speaking(chair.library, sid)
        chair_clock.advance(6 * 60)
        rapporteur_clock.advance(15 * 60)  # 13:10 by the chair's clock, 10:00 after the planned start
        panel = rapporteur.notes_panel
        panel.new_note_action.trigger()  # Ctrl+N
        qtbot.keyClicks(panel.composer.editor, "Said six minutes into the meeting")
        assert panel.composer.where_label.text().startswith("at 10:00 (time not sure)")
        panel.save()
        [early] = rapporteur_library.notes.for_session(sid)
        assert early.meeting_offset_seconds == 600  # from the planned start, all this laptop knows
        assert early.meeting_moment == PLANNED + timedelta(minutes=10)
        assert _times_shown(rapporteur) == ["? 10:00"]
        chair_clock.advance(2 * 60)
        chair.console_actions.end_and_next.trigger()  # F6 at 13:12: the second speaker
        second = speaking(chair.library, sid)
        chair_clock.advance(60)
        rapporteur_clock.advance(3 * 60)  # 13:13
        write_note(qtbot, rapporteur, "Said nine minutes into the meeting")
        [late] = [n for n in rapporteur_library.notes.for_session(sid) if n.id != early.id]
        assert (late.meeting_offset_seconds, late.participant_id) == (780, None)

        cable.mend()  # the chair's record arrives: the meeting started at 13:04
        qtbot.waitUntil(lambda: not any(n.meeting_moment for n in rapporteur_library.notes.for_session(sid)),
                        timeout=WAIT)
        timed = {n.id: n for n in rapporteur_library.notes.for_session(sid)}
        early, late = timed[early.id], timed[late.id]
        assert (early.meeting_offset_seconds, late.meeting_offset_seconds) == (360, 540)
        assert (early.participant_id, early.speaker_unsure) == (first.participant_id, False)
        assert (late.participant_id, late.speaker_unsure) == (second.participant_id, False)
        qtbot.waitUntil(lambda: _times_shown(rapporteur) == ["6:00", "9:00"], timeout=WAIT)
        qtbot.waitUntil(lambda: sorted((n.meeting_offset_seconds, n.meeting_moment, n.participant_id)
                                       for n in chair.library.notes.for_session(sid))
                        == [(360, None, first.participant_id), (540, None, second.participant_id)],
                        timeout=WAIT)
