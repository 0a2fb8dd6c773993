"""Adding or editing one participant: name, function, organisation or country (with the UN's
official names offered), role, gender, regional group (filled in from the country, editable),
the language spoken."""

import dataclasses

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...domain.enums import Gender, Region, Role
from ...domain.model import Participant
from ...domain.text import clean_line
from ..changes import ActionRunner
from ..saving_dialog import SavingDialog
from ..vocabulary import label
from .fields import add_country_completer, country_shown, country_stored
from .language_box import LanguageBox
from .region_from_country import RegionFromCountry


class ParticipantDialog(SavingDialog):
    """OK stores what was changed (``before`` None: a new participant)."""

    def __init__(self, participant: Participant, before: Participant | None, runner: ActionRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, participant.session_id, parent)
        self.participant, self.before = participant, before
        is_new = before is None
        self.setWindowTitle(self.tr("New participant") if is_new else self.tr("Participant"))
        self.name = QLineEdit(participant.name)
        self.name.setMinimumWidth(380)
        self.name.setPlaceholderText(self.tr("e.g. H.E. Ms. Paula Ingabire"))
        self.function = QLineEdit(participant.function)
        self.function.setPlaceholderText(self.tr("e.g. Minister of ICT and Innovation"))
        self.organisation = QLineEdit(country_shown(participant.organisation))
        self.organisation.setPlaceholderText(self.tr("Organisation, or a country: type part of its name"))
        add_country_completer(self.organisation)
        self.role = _combo(self, Role, participant.role)
        self.gender = _combo(self, Gender, participant.gender)
        self.region = _combo(self, Region, participant.region)
        self.region_note = QLabel()
        self.region_source = RegionFromCountry(self.organisation, self.region, self.region_note)
        self.language = LanguageBox(participant.language, self.tr("Not stated: type one if not listed"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Function:"), self.function)
        form.addRow(self.tr("&Organisation / country:"), self.organisation)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Gender:"), self.gender)
        form.addRow(self.tr("Re&gion:"), self.region)
        form.addRow("", self.region_note)
        form.addRow(self.tr("&Language spoken:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(self.not_saved)
        form.addRow(buttons)

    def accept(self) -> None:
        name = clean_line(self.name.text())
        if not name:
            self.name.setFocus()
            self.name.setPlaceholderText(self.tr("A participant needs a name"))
            return
        organisation = clean_line(self.organisation.text())
        after = dataclasses.replace(
            self.participant, name=name, function=clean_line(self.function.text()),
            organisation=country_stored(organisation),
            role=Role(self.role.currentData()), gender=Gender(self.gender.currentData()),
            region=Region(self.region.currentData()), language=self.language.language())
        what = self.tr("new participant") if self.before is None else self.tr("participant edit")
        self.store_record(self.before, after, what, typed=name)


def _combo(owner: QWidget, kind, current) -> QComboBox:
    box = QComboBox()
    for value in kind:
        box.addItem(label(value), value.value)
    box.setCurrentIndex(list(kind).index(current))
    return box
