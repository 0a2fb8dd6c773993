"""The Notes area: the rapporteur's notes of the meeting, in meeting-time order."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.durations import mmss
from ..domain.model import Note
from ..storage.repositories import NoteRepository, ParticipantRepository
from .table_model import Column, RecordTableModel


class NotesPanel(QWidget):
    def __init__(self, notes: NoteRepository, participants: ParticipantRepository,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes, self.participants = notes, participants
        self.names: dict[str, str] = {}
        columns = [
            Column(self.tr("Time"), lambda n: mmss(n.meeting_offset_seconds), align_right=True),
            Column(self.tr("Speaker"), lambda n: self.names.get(n.participant_id or "", "")),
            Column(self.tr("Kind"), lambda n: self.tr(n.kind.label)),
            Column(self.tr("Note"), lambda n: n.text),
        ]
        self.model: RecordTableModel[Note] = RecordTableModel(columns, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr("No notes yet for this meeting."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(QLabel(self.tr("<b>Notes</b>")))
        layout.addWidget(self.view)
        layout.addWidget(self.empty)

    def set_session(self, session_id: str | None) -> None:
        rows = self.notes.for_session(session_id) if session_id else []
        if session_id:
            self.names = {p.id: p.name for p in self.participants.for_session(session_id)}
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
