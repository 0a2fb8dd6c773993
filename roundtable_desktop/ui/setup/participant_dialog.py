"""Adding or editing one participant: name, function, organisation or country (with the UN's
official names offered), role, gender, regional group (filled in from the country, editable)."""

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...domain.countries import official_country_name
from ...domain.enums import Gender, Region, Role
from ...domain.model import Participant
from ...domain.text import clean_line
from .fields import add_country_completer
from .region_from_country import RegionFromCountry


class ParticipantDialog(QDialog):
    def __init__(self, participant: Participant, is_new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participant = participant
        self.setWindowTitle(self.tr("New participant") if is_new else self.tr("Participant"))
        self.name = QLineEdit(participant.name)
        self.name.setMinimumWidth(380)
        self.name.setPlaceholderText(self.tr("e.g. H.E. Ms. Paula Ingabire"))
        self.function = QLineEdit(participant.function)
        self.function.setPlaceholderText(self.tr("e.g. Minister of ICT and Innovation"))
        self.organisation = QLineEdit(participant.organisation)
        self.organisation.setPlaceholderText(self.tr("Organisation, or a country: type part of its name"))
        add_country_completer(self.organisation)
        self.role = _combo(self, Role, participant.role)
        self.gender = _combo(self, Gender, participant.gender)
        self.region = _combo(self, Region, participant.region)
        self.region_note = QLabel()
        self.region_source = RegionFromCountry(self.organisation, self.region, self.region_note)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Function:"), self.function)
        form.addRow(self.tr("&Organisation / country:"), self.organisation)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Gender:"), self.gender)
        form.addRow(self.tr("Re&gion:"), self.region)
        form.addRow("", self.region_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        name = clean_line(self.name.text())
        if not name:
            self.name.setFocus()
            self.name.setPlaceholderText(self.tr("A participant needs a name"))
            return
        organisation = clean_line(self.organisation.text())
        self.participant.name = name
        self.participant.function = clean_line(self.function.text())
        self.participant.organisation = official_country_name(organisation) or organisation
        self.participant.role = Role(self.role.currentData())
        self.participant.gender = Gender(self.gender.currentData())
        self.participant.region = Region(self.region.currentData())
        super().accept()


def _combo(owner: QWidget, kind, current) -> QComboBox:
    box = QComboBox()
    for value in kind:
        box.addItem(owner.tr(value.label), value.value)
    box.setCurrentIndex(list(kind).index(current))
    return box
