"""The Speakers area: the meeting's speaker list as stored."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.durations import mmss
from ..domain.model import SpeakerSlot
from ..storage.repositories import AgendaRepository, ParticipantRepository, SlotRepository
from .table_model import Column, RecordTableModel


class SpeakersPanel(QWidget):
    def __init__(self, slots: SlotRepository, participants: ParticipantRepository,
                 agenda: AgendaRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slots, self.participants, self.agenda = slots, participants, agenda
        self.names: dict[str, str] = {}
        self.items: dict[str, str] = {}
        columns = [
            Column("#", lambda s: str(s.position + 1), align_right=True),
            Column(self.tr("Speaker"), lambda s: self.names.get(s.participant_id, "")),
            Column(self.tr("Item"), lambda s: self.items.get(s.agenda_item_id or "", "")),
            Column(self.tr("Target/limit"),
                   lambda s: f"{mmss(s.target_seconds)}/{mmss(s.limit_seconds)}"),
            Column(self.tr("State"), lambda s: self.tr(s.state.value.capitalize())),
            Column(self.tr("Spoken"), lambda s: mmss(s.spoken_seconds), align_right=True),
        ]
        self.model: RecordTableModel[SpeakerSlot] = RecordTableModel(columns, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(QLabel(self.tr("<b>Speakers</b>")))
        layout.addWidget(self.view)

    def set_session(self, session_id: str | None) -> None:
        if not session_id:
            self.model.set_rows([])
            return
        self.names = {p.id: p.description for p in self.participants.for_session(session_id)}
        self.items = {i.id: i.title for i in self.agenda.for_session(session_id)}
        self.model.set_rows(self.slots.for_session(session_id))
