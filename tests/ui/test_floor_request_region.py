"""A new speaker's regional group in the floor-request dialog follows the country typed, as in
the participants editor, and is stored with the new participant."""

from PySide6.QtCore import Qt

from roundtable_desktop.domain.enums import Region
from tests.ui.console_support import FakeTimes, drive_with, when_modal


def test_a_new_speaker_from_a_country_is_added_with_its_group(window, library, qtbot):
    drive_with(window, FakeTimes())
    seen = {}

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.who, "Mr. Kwame Mensah")
        qtbot.keyClicks(dialog.organisation, "Ghana")
        seen["shown"] = Region(dialog.region.currentData())
        seen["note"] = dialog.region_note.text()
        qtbot.keyClick(dialog.who, Qt.Key.Key_Return)

    when_modal(qtbot, fill)
    window.console_actions.floor_request.trigger()
    assert seen == {"shown": Region.AFRICAN, "note": "From the country; choose another group if needed."}
    added = [p for p in library.participants.for_session(window.session_id) if p.name == "Mr. Kwame Mensah"]
    assert [p.region for p in added] == [Region.AFRICAN]
