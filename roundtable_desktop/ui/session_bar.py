"""The meeting picker: the library's meetings, and New / Duplicate / Delete."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ..domain.calendar_words import day_month_year
from ..domain.model import Session
from ..storage.repositories import SessionRepository
from .bidi import as_typed
from .language import window_language


class SessionBar(QWidget):
    session_chosen = Signal(str)

    def __init__(self, sessions: SessionRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.picker = QComboBox()
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(40)
        self.picker.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.picker.setToolTip(self.tr("The meeting shown (Ctrl+O to choose another)"))
        self.picker.currentIndexChanged.connect(self._chosen)
        label = QLabel(self.tr("&Meeting:"))
        label.setBuddy(self.picker)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(label)
        layout.addWidget(self.picker, 1)

    def reload(self, select_id: str | None = None) -> None:
        """The meetings again, ``select_id`` (else the one shown) chosen and shown afresh."""
        self._fill(select_id or self.current_id())
        self._chosen()

    def _fill(self, current: str | None) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        received = self.sessions.received()
        for session in self.sessions.all():
            self.picker.addItem(self._caption(session, received), session.id)
        index = self.picker.findData(current) if current else -1
        self.picker.setCurrentIndex(index if index >= 0 else (0 if self.picker.count() else -1))
        self.picker.blockSignals(False)

    def refresh(self) -> None:
        """The meetings' captions again (one was renamed or moved), the same one chosen,
        without telling anyone a meeting was chosen."""
        current = self.current_id()
        self._fill(current)
        if self.current_id() != current:
            self._chosen()

    def recaption(self) -> None:
        """The meetings' captions again (their dates in the window's language)."""
        received = self.sessions.received()
        for index in range(self.picker.count()):
            session = self.sessions.get(self.picker.itemData(index))
            self.picker.setItemText(index, self._caption(session, received))

    def _caption(self, session: Session, received: set[str]) -> str:
        """A meeting received from the chair's laptop says so: a rapporteur's library may hold
        its own copy of a meeting with the same date and title (the demo)."""
        if session.id not in received:
            return session_caption(session)
        day = day_month_year(session.date, window_language()) if session.date else "\u2014"
        day = self.tr("{date}, from the chair's laptop").format(date=day)
        return f"{day} \u2014 {as_typed(session.title)}"

    def current_id(self) -> str | None:
        return self.picker.currentData()

    def _chosen(self) -> None:
        self.session_chosen.emit(self.current_id() or "")


def session_caption(session: Session) -> str:
    day = day_month_year(session.date, window_language()) if session.date else "—"
    return f"{day} \u2014 {as_typed(session.title)}"
