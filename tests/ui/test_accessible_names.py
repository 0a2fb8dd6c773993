"""Every control has a name a screen reader can say: a walk over the window's widget tree and
over each dialog lists any control without one."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.accessibility_walk import unnamed_controls
from tests.ui.console_support import when_modal


def test_every_control_of_the_window_has_a_name(window):
    assert unnamed_controls(window) == []


def _open(window, name: str):
    panel = window.speakers_panel
    return {
        "add speaker": window.console_actions.add_speaker.trigger,
        "floor request": window.console_actions.floor_request.trigger,
        "speaking time": lambda: (panel.view.selectRow(2), panel.edit_selected()),
        "statistics": window.console_actions.statistics.trigger,
        "keyboard shortcuts": window.console_actions.shortcuts.trigger,
        "meeting properties": window.setup_actions.properties_action.trigger,
        "participants": window.setup_actions.participants_action.trigger,
        "roll call": window.setup_actions.roll_call_action.trigger,
        "agenda item": window.agenda_panel.add,
        "guiding question": window.questions_panel.add,
    }[name]


@pytest.mark.parametrize("name", ["add speaker", "floor request", "speaking time", "statistics",
                                  "keyboard shortcuts", "meeting properties", "participants",
                                  "roll call", "agenda item", "guiding question"])
def test_every_control_of_each_dialog_has_a_name(window, qtbot, name):
    found = {}

    def walk(dialog) -> None:
        found["title"] = dialog.windowTitle()
        found["missing"] = unnamed_controls(dialog)
        dialog.reject()

    when_modal(qtbot, walk)
    _open(window, name)()
    assert found.get("title"), f"no dialog opened for {name}"
    assert found["missing"] == [], found["title"]


def test_every_control_of_the_export_dialog_has_a_name(window, qtbot):
    window.export_action.trigger()
    dialog = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert unnamed_controls(dialog) == []
    dialog.reject()


def test_every_control_of_the_presenter_display_has_a_name(window, qtbot):
    window.console_actions.presenter.trigger()
    presenter = window.speakers_panel.presenter
    qtbot.waitUntil(presenter.isVisible)
    assert unnamed_controls(presenter) == [] and presenter.accessibleName()
    assert QApplication.focusWidget() is None or QApplication.focusWidget().window() is window
    assert not presenter.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)


def test_every_control_of_the_participant_dialog_has_a_name(window, qtbot):
    found = {}

    def walk_participant(dialog) -> None:
        found["participant"] = (dialog.windowTitle(), unnamed_controls(dialog))
        dialog.reject()

    def open_participant(dialog) -> None:
        when_modal(qtbot, walk_participant)
        dialog.add()
        qtbot.waitUntil(lambda: "participant" in found)
        dialog.reject()

    when_modal(qtbot, open_participant)
    window.setup_actions.participants_action.trigger()
    title, missing = found["participant"]
    assert title and "articipant" in title and missing == [], title
    assert title != "Participants"
