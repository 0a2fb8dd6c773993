"""The chair's dialogs in a real room: the clock keys keep working while one is open, the entry
never covers the clock, the console says where a new speaker went, and times are typed plainly."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.enums import RequestType, SlotState
from roundtable_desktop.ui.console.dialogs import SlotTimesDialog, SpeakerRequestDialog
from roundtable_desktop.ui.console.time_entry import parse_duration
from tests.ui.console_support import FakeTimes, drive_with, when_modal


@pytest.fixture
def times():
    return FakeTimes()


def _global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def test_f6_and_f7_work_while_the_floor_request_dialog_is_open(window, library, qtbot, times):
    controller = drive_with(window, times)
    controller.toggle()
    first = controller.speakers.current
    seen = {}

    def press_keys(dialog) -> None:
        qtbot.keyClicks(dialog.who, "Amina")
        before = library.slots.get(first.id)
        qtbot.keyClick(dialog.who, Qt.Key.Key_F7)
        after = library.slots.get(first.id)
        seen["f7"] = (after.target_seconds - before.target_seconds,
                      after.limit_seconds - before.limit_seconds)
        qtbot.keyClick(dialog.who, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
        times.advance(30)
        qtbot.keyClick(dialog.who, Qt.Key.Key_F5)
        seen["f5"] = library.slots.get(first.id).state
        qtbot.keyClick(dialog.who, Qt.Key.Key_F6)
        seen["f6"] = library.slots.get(first.id).state
        seen["typed"] = dialog.who.text()
        dialog.reject()

    when_modal(qtbot, press_keys)
    window.console_actions.floor_request.trigger()
    assert seen == {"f7": (30, 30), "f5": SlotState.PAUSED, "f6": SlotState.DONE, "typed": "Amina"}
    assert controller.speakers.current is not None and controller.speakers.current is not first


def test_f5_and_f8_work_while_the_meeting_properties_are_open(window, library, qtbot, times):
    controller = drive_with(window, times)
    seen = {}

    def press_keys(dialog) -> None:
        focus = QApplication.focusWidget()
        qtbot.keyClick(focus, Qt.Key.Key_F5)
        seen["speaking"] = controller.speakers.current is not None
        qtbot.keyClick(focus, Qt.Key.Key_F8)
        seen["presenter"] = window.speakers_panel.presenter is not None \
            and window.speakers_panel.presenter.isVisible()
        dialog.reject()

    when_modal(qtbot, press_keys)
    window.setup_actions.properties_action.trigger()
    assert seen == {"speaking": True, "presenter": True}


@pytest.mark.parametrize("floor", [False, True])
def test_the_request_dialogs_open_clear_of_the_speakers_clock(window, qtbot, floor):
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.speakers_panel.clock.isVisible())
    clock = _global_rect(window.speakers_panel.clock)
    seen = {}

    def look(dialog) -> None:
        seen["overlap"] = dialog.frameGeometry().intersects(clock)
        dialog.reject()

    when_modal(qtbot, look)
    action = window.console_actions.floor_request if floor else window.console_actions.add_speaker
    action.trigger()
    assert seen == {"overlap": False}


def test_the_console_says_where_a_new_speaker_went(window, library, qtbot, times, demo):
    controller = drive_with(window, times)
    for _ in range(3):
        controller.end_and_next()  # the first discussant speaks

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.who, "H.E. Ms. Paula Ingabire, Minister of ICT and Innovation, Rwanda")
        qtbot.keyClick(dialog.who, Qt.Key.Key_Return)

    when_modal(qtbot, fill)
    window.console_actions.add_speaker.trigger()
    added = [s for s in controller.speakers.queued()
             if controller.participant(s).name == "H.E. Ms. Paula Ingabire"]
    assert len(added) == 1 and added[0].agenda_item_id == demo.agenda[2].id
    bar = window.speakers_panel.message_bar
    assert bar.isVisible()
    assert bar.text == "H.E. Ms. Paula Ingabire is number 4 in the queue, in \u201c" \
        + demo.agenda[2].title + "\u201d."


def test_enter_making_a_request_a_point_of_order_moves_it_to_the_head(window, library, qtbot, times, demo):
    controller = drive_with(window, times)
    controller.toggle()
    view = window.speakers_panel.view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    view.selectRow(len(view.slot_model.rows) - 1)
    last = view.selected_slot()

    def make_point_of_order(dialog) -> None:
        dialog.request.setCurrentIndex(dialog.request.findData(RequestType.POINT_OF_ORDER.value))
        qtbot.keyClick(dialog.target, Qt.Key.Key_Return)

    when_modal(qtbot, make_point_of_order)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert controller.speakers.next_up.id == last.id
    stored = library.slots.for_session(demo.session.id)
    assert stored[1].id == last.id and stored[1].request_type is RequestType.POINT_OF_ORDER


def test_a_time_typed_over_a_selection_and_tab_to_the_next_field(window, qtbot):
    controller = window.speakers_panel.controller
    slot = controller.speakers.slots[2]
    dialog = SlotTimesDialog(slot, "Discussant 1", controller.questions(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.target.setFocus()
    dialog.target.selectAll()
    qtbot.keyClicks(dialog.target, "1:00")
    qtbot.keyClick(dialog.target, Qt.Key.Key_Tab)
    assert dialog.limit.hasFocus()
    dialog.limit.selectAll()
    qtbot.keyClicks(dialog.limit, "2:30")
    assert dialog.chosen()[:2] == (60, 150)
    typed = ("1:00", "7", "0:45", "1:75", "abc", "")
    assert [parse_duration(t) for t in typed] == [60, 420, 45, None, None, None]


def test_q_in_the_list_ties_a_slot_to_the_next_guiding_question(window, library, qtbot, demo):
    view = window.speakers_panel.view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    view.selectRow(2)
    slot = view.selected_slot()
    qtbot.keyClick(view, Qt.Key.Key_Q)
    assert library.slots.get(slot.id).question_id == demo.questions[0].id
    qtbot.keyClick(view, Qt.Key.Key_Q)
    assert library.slots.get(slot.id).question_id == demo.questions[1].id
    assert view.selected_slot().id == slot.id


def test_the_slot_dialog_ties_a_slot_to_a_guiding_question(window, library, qtbot, demo):
    controller = window.speakers_panel.controller
    slot = controller.speakers.slots[3]
    dialog = SlotTimesDialog(slot, "Discussant 2", controller.questions(), window)
    qtbot.addWidget(dialog)
    dialog.question.setCurrentIndex(dialog.question.findData(demo.questions[2].id))
    assert controller.change_request(slot.id, *dialog.chosen())
    assert library.slots.get(slot.id).question_id == demo.questions[2].id


def test_a_request_refused_by_the_rules_keeps_what_was_typed(window, qtbot):
    dialog = SpeakerRequestDialog(window.speakers_panel.controller, False, window)
    qtbot.addWidget(dialog)
    dialog.who.setText(" , Minister")
    dialog.accept()
    assert dialog.result() == 0 and dialog.who.text() == " , Minister"
    assert "name" in dialog.status.text()
