"""Meeting > Properties…: title, organiser, date, times and zone, venue, chair, rapporteur,
focus SDGs. Saved when OK is pressed: only the fields changed are written."""

import dataclasses

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...domain.model import Session
from ..changes import ActionRunner
from ..saving_dialog import SavingDialog
from .meeting_form import MeetingForm


class MeetingPropertiesDialog(SavingDialog):
    def __init__(self, runner: ActionRunner, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(runner, session.id, parent)
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
        layout.addWidget(self.not_saved)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problem = self.form.problem()
        if problem is not None:
            widget, text = problem
            self.message.setText(text)
            widget.setFocus()
            return
        self.message.clear()
        after = dataclasses.replace(self.session)
        self.form.apply(after)
        self.store_record(self.session, after, self.tr("meeting properties"), typed=after.title)
