"""The browser view: the presenter display's figures as a small JSON reading, and its page.

Like Ontime, the page gets a reading of the clock (spoken seconds, target, limit, running or not)
when something changes and every few seconds, and counts on from it by itself; it is never sent
ticks. Nothing of the notes is in it.
"""

import time
from typing import Any

from ..domain.ids import utc_now
from ..domain.speaker_list import SpeakerList
from ..storage.library import Library


def presenter_reading(library: Library, session_id: str) -> dict[str, Any]:
    """What the presenter display shows now: the speaker, the clock, the next speaker."""
    session = library.sessions.get(session_id)
    slots = library.slots.for_session(session_id)
    people = {p.id: p for p in library.participants.for_session(session_id)}
    speakers = SpeakerList(slots, library.agenda.for_session(session_id), time.monotonic, utc_now)
    current, upcoming = speakers.current, speakers.next_up
    reading = speakers.reading()
    speaker = people.get(current.participant_id) if current else None
    following = people.get(upcoming.participant_id) if upcoming else None
    return {
        "type": "presenter",
        "meeting": session.title,
        "speaker": speaker.name if speaker else "",
        "function": ", ".join(p for p in ((speaker.function, speaker.organisation) if speaker else ()) if p),
        "next": following.name if following else "",
        "state": reading.state.value if reading else "",
        "running": bool(reading and current and current.state.value == "speaking"),
        "spoken": round(reading.spoken, 3) if reading else 0,
        "target": reading.target if reading else 0,
        "limit": reading.limit if reading else 0,
    }


def page() -> bytes:
    """The browser view's page (HTML, CSS and script in one file)."""
    from .presenter_page import PAGE

    return PAGE.encode("utf-8")
