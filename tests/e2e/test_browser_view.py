"""The browser view in a real browser: headless Chromium opens the shared address and shows the
speaker and the console's countdown, also after the chair's F6; nothing of the notes reaches it;
the page in the meeting's language or the one the browser asks for (French, Arabic right to left).

The page counts on from the last reading the share sent, so what it shows lies between the
console's countdown when the reading could first have been taken and the console's countdown
once the page was read: bounds taken around the action, whatever the delay of a loaded machine."""

import math
import os
import time
from datetime import datetime

import pytest
from headless_browser import CHROMIUM, HeadlessBrowser

from roundtable_desktop.domain.ids import utc_now
from roundtable_desktop.domain.model import Note
from roundtable_desktop.domain.speaker_list import SpeakerList
from tests.link_support import Laptop, chair_library, share

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Debian's chromium")

REMAINING = "document.getElementById('countdown').dataset.remaining"
STARTS_IN_AND_DIGITS = ("(() => { const digits = document.getElementById('countdown');"
                        " return digits.dataset.startsIn"
                        " && [digits.dataset.startsIn, digits.textContent]; })()")
# The reading and the page round to the millisecond, the library stores the start to the
# millisecond: the page and the console agree to a few of them at one moment.
ROUNDING = 0.005


def _console_remaining(library, session_id, at: datetime | None = None) -> float:
    """What the chair's console shows at ``at`` (now by default): the same reading the presenter
    display paints, at one fixed moment."""
    moment = at or utc_now()
    speakers = SpeakerList(library.slots.for_session(session_id), library.agenda.for_session(session_id),
                           lambda: 0.0, lambda: moment)
    return speakers.reading().remaining


def _shown_between(shown: float, library, session_id, earliest: datetime) -> None:
    """The page counts from a reading taken after ``earliest`` and has counted on since: what it
    shows is at most the console's countdown then, and at least the console's countdown now."""
    latest = utc_now()
    assert (_console_remaining(library, session_id, latest) - ROUNDING <= shown
            <= _console_remaining(library, session_id, earliest) + ROUNDING), (shown, earliest, latest)


def _store(library, session_id, changes) -> None:
    for slot in changes.slots:
        library.slots.update(slot)
    for item in changes.items:
        library.agenda.update(item)


def _speakers(library, session_id) -> SpeakerList:
    return SpeakerList(library.slots.for_session(session_id), library.agenda.for_session(session_id),
                       time.monotonic, utc_now)


def test_the_browser_shows_the_speaker_and_the_console_s_countdown(tmp_path):
    session_id = chair_library(tmp_path / "chair.sqlite")
    chair = Laptop(tmp_path / "chair.sqlite")
    library = chair.library
    library.notes.add(Note(session_id, "A confidential note of the rapporteur."))
    speakers = _speakers(library, session_id)
    _store(library, session_id, speakers.toggle())  # F5: the first speaker has the floor
    first = library.participants.get(speakers.current.participant_id).name
    shared = utc_now()  # every reading the page gets is taken after this
    server = share(chair, session_id)
    browser = HeadlessBrowser()
    try:
        browser.open(server.browser_url)
        browser.wait_for(f"document.getElementById('speaker').textContent === {first!r}")
        _shown_between(float(browser.wait_for(REMAINING)), library, session_id, shared)
        browser.screenshot(tmp_path / "browser-view.png")
        assert "confidential" not in str(browser.value("document.body.innerText"))

        speakers = _speakers(library, session_id)
        pressed = utc_now()  # the second speaker's readings are taken after this
        _store(library, session_id, speakers.end_and_next())  # F6: the next speaker
        second = library.participants.get(speakers.current.participant_id).name
        assert second != first
        browser.wait_for(f"document.getElementById('speaker').textContent === {second!r}")
        _shown_between(float(browser.value(REMAINING)), library, session_id, pressed)
        assert (tmp_path / "browser-view.png").stat().st_size > 10_000
    finally:
        browser.close()
        server.stop()
        chair.close()


def test_the_page_fits_a_phone_held_upright(tmp_path):
    session_id = chair_library(tmp_path / "chair.sqlite")
    chair = Laptop(tmp_path / "chair.sqlite")
    speakers = _speakers(chair.library, session_id)
    _store(chair.library, session_id, speakers.toggle())  # F5: someone has the floor
    server = share(chair, session_id)
    browser = HeadlessBrowser()
    try:
        browser.call("Emulation.setDeviceMetricsOverride", width=390, height=844,
                     deviceScaleFactor=3, mobile=True)
        browser.open(server.browser_url)
        browser.wait_for(REMAINING)
        assert browser.value("document.documentElement.scrollWidth <= window.innerWidth")
        inside = ("(() => { const r = document.getElementById('countdown').getBoundingClientRect();"
                  " return r.left >= 0 && r.right <= window.innerWidth; })()")
        assert browser.value(inside)
        browser.screenshot(tmp_path / "browser-phone.png")
    finally:
        browser.close()
        server.stop()
        chair.close()


def _text(element: str) -> str:
    return f"document.getElementById('{element}').textContent"


def test_the_browser_shows_the_chairs_message_and_the_speakers_language(tmp_path):
    from roundtable_desktop.domain.speaker_message import UsualMessage

    session_id = chair_library(tmp_path / "chair.sqlite")
    chair = Laptop(tmp_path / "chair.sqlite")
    library = chair.library
    speakers = _speakers(library, session_id)
    _store(library, session_id, speakers.toggle())  # F5
    person = library.participants.get(speakers.current.participant_id)
    person.language = "fr"
    library.participants.update(person)
    shared = utc_now()
    server = share(chair, session_id)
    browser = HeadlessBrowser()
    try:
        browser.open(server.browser_url)
        browser.wait_for(f"{_text('speaker')} === {person.name!r}")
        function = _text("function")
        line = str(browser.wait_for(f"{function}.startsWith('Speaks French') && {function}"))
        assert line.startswith("Speaks French")  # the presenter display's words
        sent = library.speaker_messages.send(session_id, "Please conclude", UsualMessage.CONCLUDE,
                                             speakers.current.id, utc_now())
        server.wake()
        browser.wait_for(f"{_text('message')} === 'Please conclude'")
        shown = float(browser.wait_for(REMAINING))  # the countdown is still there, and right
        _shown_between(shown, library, session_id, shared)
        assert browser.value("getComputedStyle(document.getElementById('message')).display") != "none"
        assert browser.value("getComputedStyle(document.getElementById('countdown')).display") != "none"
        browser.screenshot(tmp_path / "browser-message.png")
        assert (tmp_path / "browser-message.png").stat().st_size > 10_000

        library.speaker_messages.clear(sent, utc_now())  # Shift+F9
        server.wake()
        browser.wait_for(f"{_text('message')} === ''")
        assert browser.value("getComputedStyle(document.getElementById('message')).display") == "none"
        library.speaker_messages.send(session_id, "Time is up", UsualMessage.TIME_UP, speakers.current.id,
                                      utc_now())
        server.wake()
        browser.wait_for(f"{_text('message')} === 'Time is up'")
        _store(library, session_id, _speakers(library, session_id).end_and_next())  # F6
        server.wake()
        browser.wait_for(f"{_text('message')} === '' && {_text('speaker')} !== {person.name!r}")
    finally:
        browser.close()
        server.stop()
        chair.close()


def test_the_browser_counts_down_to_the_start_and_shows_the_end(tmp_path):
    from datetime import timedelta

    from roundtable_desktop.domain.enums import SlotState

    session_id = chair_library(tmp_path / "chair.sqlite")
    chair = Laptop(tmp_path / "chair.sqlite")
    library = chair.library
    session = library.sessions.get(session_id)
    start = (utc_now() + timedelta(minutes=10)).astimezone(session.zone()).replace(second=0, microsecond=0)
    session.date, session.start_time = start.date(), start.time()
    library.sessions.update(session)
    before = (start - utc_now()).total_seconds()  # every reading the page gets is taken after this
    server = share(chair, session_id)
    browser = HeadlessBrowser()
    try:
        browser.open(server.browser_url)
        browser.wait_for(f"{_text('function')} === 'Starts in'")
        assert browser.value(_text("speaker")) == session.title  # the title, as on the display
        # the seconds left and the digits painted from them, read together (the page repaints
        # ten times a second: read apart, a loaded machine could see two different seconds)
        left, shown = browser.wait_for(STARTS_IN_AND_DIGITS)
        left = int(left)
        after = (start - utc_now()).total_seconds()
        # the seconds left, rounded up as the display rounds them, at some moment in between
        # (50 ms for the two clocks' reading of a moment)
        assert math.ceil(after - 0.05) <= left <= math.ceil(before + 0.05)
        minutes, seconds = divmod(left, 60)
        assert shown == f"{minutes}:{seconds:02d}"
        assert browser.value(_text("phase")) == f"Planned start: {start:%H:%M}"
        assert str(browser.value(_text("next"))).startswith("First: ")

        ended = utc_now()
        for slot in library.slots.for_session(session_id):
            slot.state, slot.actual_start, slot.actual_end = (SlotState.DONE, ended - timedelta(minutes=5),
                                                              ended)
            library.slots.update(slot)
        server.wake()
        browser.wait_for(f"{_text('speaker')} === 'End of the meeting'")
        assert browser.value(_text("function")) == session.title
        assert browser.value(_text("phase")) == f"Ended at {ended.astimezone(session.zone()):%H:%M}"
        assert browser.value(_text("countdown")) == "" and browser.value(_text("next")) == ""
    finally:
        browser.close()
        server.stop()
        chair.close()


def _french_or_arabic_meeting(tmp_path, language: str):
    """The demo meeting with its document language ``language``, its first speaker on the floor
    speaking French, the share of it, and a moment before the share took any reading."""
    session_id = chair_library(tmp_path / "chair.sqlite")
    chair = Laptop(tmp_path / "chair.sqlite")
    library = chair.library
    session = library.sessions.get(session_id)
    session.summary_language = language
    library.sessions.update(session)
    speakers = _speakers(library, session_id)
    _store(library, session_id, speakers.toggle())  # F5
    person = library.participants.get(speakers.current.participant_id)
    person.language = "fr"
    library.participants.update(person)
    following = library.participants.get(_speakers(library, session_id).next_up.participant_id)
    shared = utc_now()
    return chair, share(chair, session_id), person, following, shared


def test_the_page_is_in_the_meeting_s_language_french(tmp_path):
    chair, server, person, following, shared = _french_or_arabic_meeting(tmp_path, "fr")
    browser = HeadlessBrowser()
    try:
        browser.ask_languages("de-DE,de;q=0.9")  # none of the six: the meeting's language
        browser.open(server.browser_url)
        browser.wait_for(f"{_text('speaker')} === {person.name!r}")
        assert browser.value("document.documentElement.lang") == "fr"
        assert browser.value("document.documentElement.dir") == "ltr"
        assert str(browser.wait_for(_text("function"))).startswith("Parle en français")
        assert browser.value(_text("next")) == f"Suivant : {following.name}"
        assert browser.value("document.title") == "Affichage pour les orateurs — Roundtable Desktop"
        _shown_between(float(browser.wait_for(REMAINING)), chair.library, server.session_id, shared)
        text = str(browser.value("document.body.innerText"))
        for english in ("Speaks", "Next", "Nobody", "Starts in", "Link lost", "Connecting"):
            assert english not in text
        browser.screenshot(tmp_path / "browser-view-fr.png")
        assert (tmp_path / "browser-view-fr.png").stat().st_size > 10_000
    finally:
        browser.close()
        server.stop()
        chair.close()


def test_the_page_asked_in_arabic_reads_right_to_left_with_its_digits_left_to_right(tmp_path):
    chair, server, person, following, shared = _french_or_arabic_meeting(tmp_path, "en")
    browser = HeadlessBrowser()
    try:
        browser.open(server.browser_url + "?lang=ar")
        browser.wait_for(f"{_text('speaker')} === {person.name!r}")
        assert browser.value("document.documentElement.dir") == "rtl"
        assert browser.value("getComputedStyle(document.body).direction") == "rtl"
        assert browser.value("getComputedStyle(document.getElementById('countdown')).direction") == "ltr"
        assert str(browser.wait_for(_text("function"))).startswith("يتكلم بـالفرنسية")
        assert browser.value(_text("next")) == f"التالي: \u2068{following.name}\u2069"  # isolated
        _shown_between(float(browser.wait_for(REMAINING)), chair.library, server.session_id, shared)
        browser.screenshot(tmp_path / "browser-view-ar.png")
        assert (tmp_path / "browser-view-ar.png").stat().st_size > 10_000
        browser.ask_languages("ar")  # the browser asks for Arabic; the address for Spanish
        browser.open(server.browser_url + "?lang=es")
        browser.wait_for("document.documentElement.lang === 'es'")
        browser.wait_for(f"{_text('next')} === {('Siguiente: ' + following.name)!r}")
        browser.ask_languages("ar")
        browser.open(server.browser_url)
        browser.wait_for("document.documentElement.lang === 'ar'")
    finally:
        browser.close()
        server.stop()
        chair.close()


def test_the_countdown_to_the_start_and_the_end_in_the_language_the_browser_asks_for(tmp_path):
    from datetime import timedelta

    from roundtable_desktop.domain.enums import SlotState

    session_id = chair_library(tmp_path / "chair.sqlite")
    chair = Laptop(tmp_path / "chair.sqlite")
    library = chair.library
    session = library.sessions.get(session_id)
    start = (utc_now() + timedelta(minutes=10)).astimezone(session.zone()).replace(second=0, microsecond=0)
    session.date, session.start_time = start.date(), start.time()
    library.sessions.update(session)
    server = share(chair, session_id)
    browser = HeadlessBrowser()
    try:
        browser.ask_languages("fr-CH, fr;q=0.9, en;q=0.8")
        browser.open(server.browser_url)
        browser.wait_for(f"{_text('function')} === 'Début dans'")
        assert browser.value(_text("phase")) == f"Début prévu : {start:%H:%M}"
        assert str(browser.value(_text("next"))).startswith("Premier orateur : ")
        ended = utc_now()
        for slot in library.slots.for_session(session_id):
            slot.state, slot.actual_start, slot.actual_end = (SlotState.DONE, ended - timedelta(minutes=5),
                                                              ended)
            library.slots.update(slot)
        server.wake()
        browser.wait_for(f"{_text('speaker')} === 'Fin de la réunion'")
        assert browser.value(_text("phase")) == f"Terminée à {ended.astimezone(session.zone()):%H:%M}"
        browser.screenshot(tmp_path / "browser-end-fr.png")
    finally:
        browser.close()
        server.stop()
        chair.close()
