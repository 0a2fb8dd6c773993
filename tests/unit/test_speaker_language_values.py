"""The speaker's language: stored as a UN language's code or as written, the turn's own before
the participant's, read from a CSV column and carried in the session file."""

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.model import Participant, SpeakerSlot
from roundtable_desktop.domain.speaker_language import (
    MAX_LANGUAGE,
    language_name,
    spoken_language,
    stored_language,
)
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.exchange.participants_csv import parse_participants_csv
from roundtable_desktop.exchange.session_json import meeting_from_dict, meeting_to_dict


def test_the_six_un_languages_are_stored_by_their_code_however_written():
    assert [stored_language(t) for t in ("French", "français", "fr", " FR ", "العربية", "Chinese")] == [
        "fr", "fr", "fr", "fr", "ar", "zh"]
    assert stored_language("Portuguese") == "Portuguese" and stored_language("  ") == ""
    assert language_name("es") == "Spanish" and language_name("Swahili") == "Swahili"


def test_the_turn_s_language_comes_before_the_participant_s():
    person = Participant(session_id="s", name="Ms. A", language="fr")
    slot = SpeakerSlot(session_id="s", participant_id=person.id)
    assert spoken_language(slot, person) == "fr"
    assert spoken_language(replace(slot, language="ar"), person) == "ar"
    assert spoken_language(None, None) == ""


@given(st.text(max_size=200))
def test_any_typed_language_is_stored_as_one_short_line(typed):
    stored = stored_language(typed)
    assert len(stored) <= MAX_LANGUAGE and "\n" not in stored


def test_a_csv_language_column_is_read():
    result = parse_participants_csv(b"Name,Language\nMs. A,French\nMr. B,Swahili\nMs. C,\n",
                                    "speakers.csv", "s")
    assert [p.language for p in result.participants] == ["fr", "Swahili", ""]


def test_the_session_file_carries_the_languages():
    meeting = demo_meeting()
    meeting.participants[0].language = "zh"
    meeting.slots[0].language = "es"
    back = meeting_from_dict(meeting_to_dict(meeting))
    assert back.participants[0].language == "zh" and back.slots[0].language == "es"
