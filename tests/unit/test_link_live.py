"""The live link on loopback: the rapporteur's laptop receives the meeting with its ids and
follows it; its notes go back; after a lost link both sides catch up, nothing lost, nothing twice."""

import pytest

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.model import Note
from tests.link_support import Cable, Laptop, chair_library, follow, read, share, wait_until


@pytest.fixture
def laptops(tmp_path):
    session_id = chair_library(tmp_path / "chair.sqlite")
    chair, rapporteur = Laptop(tmp_path / "chair.sqlite"), Laptop(tmp_path / "new" / "rapporteur.sqlite")
    yield chair, rapporteur, session_id
    chair.close()
    rapporteur.close()


def _same(chair, rapporteur, session_id):
    return read(chair.path, session_id) == read(rapporteur.path, session_id)


def test_the_follower_gets_the_meeting_and_its_notes_go_back(laptops):
    chair, rapporteur, session_id = laptops
    server = share(chair, session_id)
    follower = follow(rapporteur, server)
    try:
        wait_until(lambda: _same(chair, rapporteur, session_id), "the meeting reached the follower")
        assert "joined" in rapporteur.kinds()
        slot = chair.library.load_meeting(session_id).slots[0]
        slot.state, slot.spoken_seconds = SlotState.SPEAKING, 12.0
        chair.library.slots.update(slot)  # the chair gives the floor
        wait_until(lambda: rapporteur.library.slots.get(slot.id).state is SlotState.SPEAKING,
                   "the chair's speaker reached the follower")
        rapporteur.library.notes.add(Note(session_id, "Tied to the chair's speaker.", slot_id=slot.id,
                                          participant_id=slot.participant_id))
        wait_until(lambda: [n.text for n in chair.library.notes.for_session(session_id)]
                   == ["Tied to the chair's speaker."], "the note reached the chair")
        wait_until(lambda: _same(chair, rapporteur, session_id), "both hold the same meeting")
    finally:
        follower.stop()
        server.stop()
    assert "stopped" in chair.kinds()


def test_after_a_lost_link_both_sides_catch_up_in_order(laptops):
    chair, rapporteur, session_id = laptops
    server = share(chair, session_id)
    cable = Cable(server.port)
    follower = follow(rapporteur, server, address=f"127.0.0.1:{cable.port}")
    try:
        wait_until(lambda: _same(chair, rapporteur, session_id), "the first snapshot")
        cable.cut()  # the Wi-Fi goes
        wait_until(lambda: "lost" in rapporteur.kinds(), "the follower saw the link go")
        meeting = chair.library.load_meeting(session_id)
        for number in range(5):
            item = meeting.agenda[number % len(meeting.agenda)]
            item.title = f"{item.title} (revised {number})"
            chair.library.agenda.update(item)
        chair.library.participants.delete(meeting.participants[-1].id)
        for number in range(20):
            rapporteur.library.notes.add(Note(session_id, f"Offline note {number}"))
        cable.mend()  # the Wi-Fi is back
        wait_until(lambda: _same(chair, rapporteur, session_id), "both caught up")
        notes = chair.library.notes.for_session(session_id)
        assert sorted(n.text for n in notes) == sorted(f"Offline note {n}" for n in range(20))
        assert rapporteur.kinds().count("joined") == 2
    finally:
        follower.stop()
        server.stop()
        cable.cut()


def test_several_rapporteurs_follow_and_see_each_others_notes(laptops, tmp_path):
    chair, first, session_id = laptops
    second = Laptop(tmp_path / "second.sqlite")
    server = share(chair, session_id)
    followers = [follow(first, server), follow(second, server)]
    try:
        wait_until(lambda: server.followers and len(server.followers) == 2, "two following")
        wait_until(lambda: _same(chair, first, session_id) and _same(chair, second, session_id),
                   "both rapporteurs hold the meeting")
        first.library.notes.add(Note(session_id, "From the first rapporteur."))
        wait_until(lambda: second.library.sessions.count() and
                   [n.text for n in second.library.notes.for_session(session_id)]
                   == ["From the first rapporteur."], "the note went through the chair's laptop")
    finally:
        for follower in followers:
            follower.stop()
        server.stop()
        second.close()


def test_a_link_silent_for_30_seconds_recovers_and_nothing_is_lost(laptops):
    """The Wi-Fi drops every packet for 30 s without closing anything (a real outage), while
    both laptops keep working; afterwards the missed changes flow both ways."""
    import time

    chair, rapporteur, session_id = laptops
    server = share(chair, session_id)
    cable = Cable(server.port)
    follower = follow(rapporteur, server, address=f"127.0.0.1:{cable.port}")
    try:
        wait_until(lambda: _same(chair, rapporteur, session_id), "the first snapshot")
        cable.silent = True
        for number in range(6):
            rapporteur.library.notes.add(Note(session_id, f"Typed in the outage {number}"))
            chair.library.notes.add(Note(session_id, f"Chair's note in the outage {number}"))
            time.sleep(5)  # the outage lasts 30 s, as in the room
        cable.silent = False
        wait_until(lambda: _same(chair, rapporteur, session_id), "both caught up after the outage",
                   timeout=180)
        texts = sorted(n.text for n in chair.library.notes.for_session(session_id))
        assert texts == sorted([f"Typed in the outage {n}" for n in range(6)]
                               + [f"Chair's note in the outage {n}" for n in range(6)])
    finally:
        follower.stop()
        server.stop()
        cable.cut()


def test_the_chairs_message_to_the_speaker_reaches_the_follower_and_its_clearing_too(laptops):
    from roundtable_desktop.domain.ids import utc_now
    from roundtable_desktop.domain.speaker_message import UsualMessage, shown_message

    chair, rapporteur, session_id = laptops
    server = share(chair, session_id)
    follower = follow(rapporteur, server)
    try:
        wait_until(lambda: _same(chair, rapporteur, session_id), "the meeting reached the follower")
        slot = chair.library.load_meeting(session_id).slots[0]
        sent = chair.library.speaker_messages.send(session_id, "Please conclude", UsualMessage.CONCLUDE,
                                                   slot.id, utc_now())

        def shown_there():
            message = shown_message(rapporteur.library.speaker_messages.for_session(session_id), slot.id)
            return message.text if message else ""

        wait_until(lambda: shown_there() == "Please conclude", "the message reached the follower")
        assert [m.id for m in rapporteur.library.speaker_messages.for_session(session_id)] == [sent.id]
        chair.library.speaker_messages.clear(sent, utc_now())
        wait_until(lambda: shown_there() == "", "the clearing reached the follower")
        rapporteur.library.notes.add(Note(session_id, "A note while the message was shown."))
        wait_until(lambda: len(chair.library.notes.for_session(session_id)) == 1, "the note went back")
        assert len(chair.library.speaker_messages.for_session(session_id)) == 1  # nothing twice
    finally:
        follower.stop()
        server.stop()
