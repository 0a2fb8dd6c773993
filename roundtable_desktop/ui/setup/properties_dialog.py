"""Meeting > Properties…: title, organiser, date, times and zone, venue, chair, rapporteur,
focus SDGs. Saved when OK is pressed."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...domain.model import Session
from ...storage.repositories import SessionRepository
from .meeting_form import MeetingForm


class MeetingPropertiesDialog(QDialog):
    def __init__(self, sessions: SessionRepository, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.session = session
        self.setWindowTitle(self.tr("Meeting properties"))
        self.form = MeetingForm(session)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problem = self.form.problem()
        if problem is not None:
            widget, text = problem
            self.message.setText(text)
            widget.setFocus()
            return
        self.form.apply(self.session)
        self.sessions.update(self.session)
        super().accept()
