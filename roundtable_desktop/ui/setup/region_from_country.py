"""The regional group box follows the country typed beside it: "Kenya" sets the African States,
"Turkey" the Western European and other States, with the special case said under the box. A group
the user picks by hand stays; so does one that does not come from the country field."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from ...domain.enums import Region
from ...domain.regional_groups import regional_group, special_case_note
from ...exchange.country_names import state_names
from ..wording import shown


class RegionFromCountry(QObject):
    """Binds a country field to a regional-group combo box (items carry ``Region`` values) and
    a note label; ``note`` says where the group came from."""

    def __init__(self, country: QLineEdit, region: QComboBox, note: QLabel) -> None:
        super().__init__(region)
        self.country, self.region, self.note = country, region, note
        self.note.setWordWrap(True)
        self._from_country = _group(country.text())
        self._picked_by_hand = self._current() not in (Region.UNSPECIFIED, self._from_country)
        region.activated.connect(self._picked)
        country.textChanged.connect(self._country_changed)
        self._show_note()
        note.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.note and event.type() == QEvent.Type.LanguageChange:
            self._show_note()  # the note in the new language
        return super().eventFilter(watched, event)

    def _current(self) -> Region:
        return Region(self.region.currentData())

    def _picked(self, _index: int) -> None:
        self._picked_by_hand = self._current() is not self._from_country
        self._show_note()

    def _country_changed(self, text: str) -> None:
        follows = not self._picked_by_hand and self._current() in (Region.UNSPECIFIED, self._from_country)
        self._from_country = _group(text)
        if follows:
            self.region.setCurrentIndex(self.region.findData(self._from_country.value))
        self._show_note()

    def _show_note(self) -> None:
        filled = self._from_country is not Region.UNSPECIFIED and self._current() is self._from_country
        note = shown(special_case_note(state_names().stored(self.country.text()))) or (
            self.tr("From the country; choose another group if needed.") if filled else "")
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._make_room()

    def _make_room(self) -> None:
        """Grow the dialog (never shrink it) so a note of two or three lines is read whole."""
        window = self.note.window()
        layout = window.layout()
        if layout is None or not window.isVisible():
            return
        layout.activate()
        needed = (layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if needed > window.height():
            window.resize(window.width(), needed)


def _group(country: str) -> Region:
    """The group of the State named in any of the six languages ("Allemagne", "ألمانيا")."""
    return regional_group(state_names().stored(country))
