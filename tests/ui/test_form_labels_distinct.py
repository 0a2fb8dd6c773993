"""No form of the window has two labels that read alike, in any of the six languages: the role
and the function of a participant are "Rôle" and "Fonction", "Rol" and "Cargo", "الدور" and
"المنصب", never the same word twice."""

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from roundtable_desktop.domain.model import Participant
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.ui.agenda_panel import AgendaItemDialog
from roundtable_desktop.ui.console.dialogs import SlotTimesDialog, SpeakerRequestDialog
from roundtable_desktop.ui.export_dialog import ExportDialog
from roundtable_desktop.ui.questions_panel import QuestionDialog
from roundtable_desktop.ui.setup.participant_dialog import ParticipantDialog
from roundtable_desktop.ui.setup.participants_dialog import ParticipantsDialog
from roundtable_desktop.ui.setup.properties_dialog import MeetingPropertiesDialog

TRANSLATIONS = Path(__file__).parents[2] / "resources" / "translations"
CODES = ("en", "fr", "es", "ru", "ar", "zh")


def bare(text: str) -> str:
    """A label as read: no mnemonic ("(&R)", "&"), no colon."""
    return re.sub(r"\(&.\)|&(?=\S)", "", text).strip().rstrip(":：").strip().casefold()


def form_labels(dialog: QWidget) -> list[str]:
    """The labels of every form in ``dialog``, and of the fields set beside another on a row."""
    labels = []
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel) and item.widget().text():
                labels.append(item.widget())
    labels += [label for label in dialog.findChildren(QLabel) if label.buddy() is not None
               and label not in labels and label.text()]
    return [bare(label.text()) for label in labels]


def repeated(texts: list[str]) -> list[str]:
    return sorted({text for text in texts if texts.count(text) > 1})


def _forms(window, library) -> list[QWidget]:
    controller = window.speakers_panel.controller
    session_id = window.session_id
    participant = Participant(session_id=session_id, name="Ms. Anna Schmidt")
    item = library.agenda.for_session(session_id)[0]
    question = library.questions.for_session(session_id)[0]
    slot = library.slots.for_session(session_id)[0]
    return [
        ParticipantDialog(participant, None, window.runner, window),
        SpeakerRequestDialog(controller, True, window),
        SpeakerRequestDialog(controller, False, window),
        SlotTimesDialog(slot, "Ms. Anna Schmidt", controller.questions(), window),
        AgendaItemDialog(item, item, window.runner, parent=window),
        QuestionDialog(question, question, window.runner, window),
        MeetingPropertiesDialog(window.runner, library.sessions.get(session_id), window),
        ExportDialog(demo_meeting(), window.settings, window),
    ]


@pytest.mark.parametrize("code", CODES)
def test_no_form_has_two_labels_alike(window, library, qtbot, in_language, code):
    in_language(code)
    for dialog in _forms(window, library):
        qtbot.addWidget(dialog)
        labels = form_labels(dialog)
        assert len(labels) >= 2, type(dialog).__name__
        assert not repeated(labels), (type(dialog).__name__, repeated(labels))
    people = ParticipantsDialog(library.participants, library.slots, window.session_id, window.settings,
                                window.runner, window.changes, window)
    qtbot.addWidget(people)
    model = people.model
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert not repeated([bare(header) for header in headers]), headers


def test_the_participant_form_names_role_and_function_apart_in_french(window, library, qtbot, in_language):
    in_language("fr")
    dialog = ParticipantDialog(Participant(session_id=window.session_id, name="Ms. Anna Schmidt"), None,
                               window.runner, window)
    qtbot.addWidget(dialog)
    assert {"rôle", "fonction"} <= set(form_labels(dialog))


@pytest.mark.parametrize("code", ("fr", "es", "ru", "ar", "zh_CN"))
def test_no_two_form_labels_of_one_dialog_translate_alike(code):
    """Every form label of the code ("&Role:", "&Function:"), context by context, in the file."""
    root = ET.parse(TRANSLATIONS / f"roundtable_{code}.ts").getroot()
    clashes = []
    for context in root.iter("context"):
        sources_of: dict[str, set[str]] = defaultdict(set)
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source.endswith(":"):
                sources_of[bare(message.findtext("translation") or "")].add(source)
        clashes += [f"{context.findtext('name')}: {sorted(sources)} -> {shown}"
                    for shown, sources in sources_of.items() if len(sources) > 1]
    assert not clashes, clashes
