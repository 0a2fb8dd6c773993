"""The browser view: the presenter display's figures as a small JSON reading, and its page.

Like Ontime, the page gets a reading of the clock (spoken seconds, target, limit, running or not)
when something changes and every few seconds, and counts on from it by itself; it is never sent
ticks. The reading says what the presenter display shows, in its words: before the meeting the
title and the time to the start, under way the speaker (with the language of the turn), the
countdown, the next speaker and the chair's message, after the last speaker the end. Nothing of
the notes is in it.
"""

import html
import json
import time
from datetime import datetime
from typing import Any

from ..domain.ids import utc_now
from ..domain.languages import language as language_of
from ..domain.meeting_stage import MeetingStage, Stage, counts_down, meeting_stage
from ..domain.model import Participant, Session
from ..domain.speaker_language import language_name, spoken_language
from ..domain.speaker_list import SpeakerList
from ..domain.speaker_message import shown_message
from ..storage.library import Library
from .presenter_words import WORDS, words


def presenter_reading(library: Library, session_id: str, now: datetime | None = None) -> dict[str, Any]:
    """What the presenter display shows now: the speaker, the clock, the next speaker, the message."""
    session = library.sessions.get(session_id)
    slots = library.slots.for_session(session_id)
    people = {p.id: p for p in library.participants.for_session(session_id)}
    wall_now = now or utc_now()
    speakers = SpeakerList(slots, library.agenda.for_session(session_id), time.monotonic, lambda: wall_now)
    current, upcoming = speakers.current, speakers.next_up
    reading = speakers.reading()
    speaker = people.get(current.participant_id) if current else None
    following = people.get(upcoming.participant_id) if upcoming else None
    language = spoken_language(current, speaker) if current else ""
    message = shown_message(library.speaker_messages.for_session(session_id), current.id if current else None)
    return {
        "type": "presenter",
        "meeting": session.title,
        "speaker": speaker.name if speaker else "",
        "function": speaker_line(speaker, language) if speaker else "",
        "language": language_name(language),
        "language_code": language,  # the page says "Speaks …" in its own language
        "described": described(speaker) if speaker else "",
        "next": following.name if following else "",
        "message": message.text if message else "",
        "state": reading.state.value if reading else "",
        "running": bool(reading and current and current.state.value == "speaking"),
        "spoken": round(reading.spoken, 3) if reading else 0,
        "target": reading.target if reading else 0,
        "limit": reading.limit if reading else 0,
        **_stage(meeting_stage(session, speakers.items, speakers.slots, wall_now), session, wall_now),
    }


def speaks_words(stored: str) -> str:
    """``Speaks French``, as the presenter display says it; ``""`` when not stated."""
    return f"Speaks {language_name(stored)}" if stored else ""


def described(speaker: Participant) -> str:
    """``Minister of ICT, Rwanda``: the speaker's function and organisation."""
    return ", ".join(part for part in (speaker.function, speaker.organisation) if part)


def speaker_line(speaker: Participant, language: str) -> str:
    """The presenter display's line under the name: ``Speaks French · Minister of ICT, Rwanda``."""
    return " \u00b7 ".join(part for part in (speaks_words(language), described(speaker)) if part)


def _stage(stage: MeetingStage, session: Session, now: datetime) -> dict[str, Any]:
    """Before the meeting: seconds to the planned start, to the millisecond (None: no
    countdown), and when it is; after it: when it ended, in the meeting's own time zone. The
    page rounds the seconds up as it counts, so sending whole seconds would show it one
    second behind the presenter display for most of each second."""
    zone = session.zone()
    planned = stage.planned_start.astimezone(zone) if stage.planned_start else None
    ended = stage.ended_at.astimezone(zone) if stage.ended_at else None
    counting = counts_down(stage)
    return {
        "stage": stage.stage.value,
        "starts_in": _seconds_to(stage.planned_start, now) if counting and stage.planned_start else None,
        "planned_start": (planned.strftime("%H:%M") if counting else planned.strftime("%Y-%m-%d %H:%M"))
        if planned and stage.stage is Stage.BEFORE else "",
        "ended_at": ended.strftime("%H:%M") if ended else "",
    }


def _seconds_to(moment: datetime, now: datetime) -> float:
    return round(max(0.0, (moment - now).total_seconds()), 3)


def page(language: str = "en") -> bytes:
    """The browser view's page (HTML, CSS and script in one file) in ``language``, one of the
    six (English for any other): right to left in Arabic."""
    from .presenter_page import PAGE

    table = words(language)
    code = language if language in WORDS else "en"
    script_words = json.dumps(table, ensure_ascii=False).replace("</", "<\\/")
    return (PAGE.replace("__LANG__", code)
            .replace("__DIR__", "rtl" if language_of(code).right_to_left else "ltr")
            .replace("__TITLE__", html.escape(table["title"]))
            .replace("__CONNECTING__", html.escape(table["connecting"]))
            .replace("__WORDS__", script_words)).encode("utf-8")
