"""The timed speaker list: who has spoken (with their time), who speaks, who is next, who waits and
who withdrew. Reordered by drag and drop or Alt+Up / Alt+Down; Delete withdraws."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ...domain.balance import not_yet_spoken
from ...domain.durations import mmss
from ...domain.enums import RequestType, SlotState
from ...domain.model import SpeakerSlot
from ...domain.speaker_clock import Phase, phase_for
from ..bidi import read_in_own_order
from ..language import in_current_language
from ..setup.fields import country_shown, participant_shown
from ..vocabulary import label
from .controller import ConsoleController
from .frame import ConsoleFrame
from .marks import not_yet_spoken_icon

SLOT_MIME = "application/x-roundtable-slot"
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# the agenda item of a slot is in its row's tooltip and on the meeting clock's line
COL_STATUS, COL_SPEAKER, COL_COUNTRY, COL_TIME, COL_SPOKEN = range(5)

SPEAKING_BACKGROUND = QColor("#d7f0dc")
WRAP_UP_BACKGROUND = QColor("#ffe7a3")
OVER_BACKGROUND = QColor("#f8c9c9")
PAUSED_BACKGROUND = QColor("#dfe4f5")
FINISHED_FOREGROUND = QColor("#6b6b6b")


class SlotListModel(QAbstractTableModel):
    """The meeting's slots in speaking order; the current speaker's time is live."""

    def __init__(self, controller: ConsoleController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.rows: list[SpeakerSlot] = []
        self.not_yet_spoken: set[str] = set()  # waiting, and not spoken yet in this meeting
        self.live_spoken: float | None = None
        self.headers = [self.tr("Status"), self.tr("Speaker"), self.tr("Country / org."),
                        self.tr("Target/limit"), self.tr("Spoken")]
        controller.changed.connect(self.refresh)
        controller.ticked.connect(self.on_tick)

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = list(self.controller.speakers.slots)
        self.not_yet_spoken = not_yet_spoken(self.rows)
        self.endResetModel()

    def on_tick(self, frame: ConsoleFrame) -> None:
        if frame.current is None or frame.reading is None:
            self.live_spoken = None
            return
        self.live_spoken = frame.reading.spoken
        if frame.current in self.rows:
            row = self.rows.index(frame.current)
            self.dataChanged.emit(self.index(row, 0), self.index(row, COL_SPOKEN))

    def slot(self, row: int) -> SpeakerSlot:
        return self.rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return in_current_language(self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None  # a view asking about a row of the list being replaced
        slot = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(slot, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(slot)
            not_yet = self.tr("Has not spoken yet in this meeting")
            return f"{tip}\n{not_yet}" if slot.id in self.not_yet_spoken else tip
        if role == Qt.ItemDataRole.DecorationRole and index.column() == COL_SPEAKER \
                and slot.id in self.not_yet_spoken:
            return not_yet_spoken_icon()
        if role == Qt.ItemDataRole.FontRole:
            return self._font(slot)
        if role == Qt.ItemDataRole.ForegroundRole and slot.state in (SlotState.DONE, SlotState.WITHDRAWN):
            return QBrush(FINISHED_FOREGROUND)
        if role == Qt.ItemDataRole.BackgroundRole and self._is_current(slot):
            if slot.state is SlotState.PAUSED:
                return QBrush(PAUSED_BACKGROUND)
            phase = phase_for(self._spoken(slot), slot.target_seconds, slot.limit_seconds)
            return QBrush({Phase.NORMAL: SPEAKING_BACKGROUND, Phase.WRAP_UP: WRAP_UP_BACKGROUND,
                           Phase.OVER: OVER_BACKGROUND}[phase])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (COL_TIME, COL_SPOKEN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _is_current(self, slot: SpeakerSlot) -> bool:
        return slot is self.controller.speakers.current

    def _spoken(self, slot: SpeakerSlot) -> float:
        if self._is_current(slot) and self.live_spoken is not None:
            return self.live_spoken
        return slot.spoken_seconds

    def status(self, slot: SpeakerSlot) -> str:
        if slot.state is SlotState.SPEAKING:
            return self.tr("Speaking")
        if slot.state is SlotState.PAUSED:
            return self.tr("PAUSED")
        if slot.state is SlotState.DONE:
            return self.tr("Spoke")
        if slot.state is SlotState.WITHDRAWN:
            return self.tr("Withdrew")
        if slot is self.controller.speakers.next_up:
            return self.tr("Next")
        queue = self.controller.speakers.queued()
        if slot not in queue:  # a row of the meeting being replaced, painted before the reset
            return ""
        return self.tr("Waiting {n}").format(n=queue.index(slot) + 1)

    def _text(self, slot: SpeakerSlot, column: int) -> str:
        if column == COL_STATUS:
            return self.status(slot)
        if column == COL_SPEAKER:
            person = self.controller.participant(slot)
            name = person.name if person else self.tr("(unknown speaker)")
            if slot.request_type is RequestType.POINT_OF_ORDER:
                return self.tr("{name} (point of order)").format(name=name)
            if slot.request_type is RequestType.REPLY:
                return self.tr("{name} (reply)").format(name=name)
            return name
        if column == COL_COUNTRY:
            person = self.controller.participant(slot)
            return country_shown(person.organisation) if person else ""
        if column == COL_TIME:
            return f"{mmss(slot.target_seconds)}/{mmss(slot.limit_seconds)}"
        if slot.state is SlotState.QUEUED or slot.state is SlotState.WITHDRAWN:
            return ""
        return mmss(self._spoken(slot))

    def _tooltip(self, slot: SpeakerSlot) -> str:
        person = self.controller.participant(slot)
        item = self.controller.speakers.item(slot.agenda_item_id)
        lines = [participant_shown(person) if person else "", item.title if item else "",
                 self.tr("Request: {kind}").format(kind=label(slot.request_type))]
        if slot.id in self.not_yet_spoken:
            lines.append(self.tr("Has not spoken yet in this meeting"))
        return "\n".join(line for line in lines if line)

    def _font(self, slot: SpeakerSlot) -> QFont | None:
        if self._is_current(slot) or slot is self.controller.speakers.next_up:
            font = QFont()
            font.setBold(True)
            return font
        if slot.state is SlotState.WITHDRAWN:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    # drag and drop -------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.controller.read_only:
            return super().flags(index)
        flags = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid() and 0 <= index.row() < len(self.rows) \
                and self.rows[index.row()].state in (SlotState.QUEUED, SlotState.WITHDRAWN):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [SLOT_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(SLOT_MIME, QByteArray(self.rows[indexes[0].row()].id.encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Move the dragged slot to the drop place. Returns False so the view removes nothing:
        the controller has already reordered and stored the list."""
        if not data.hasFormat(SLOT_MIME) or self.controller.read_only:
            return False
        slot_id = bytes(data.data(SLOT_MIME).data()).decode()
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        source = next((i for i, s in enumerate(self.rows) if s.id == slot_id), None)
        if source is None:
            return False
        if source < target:
            target -= 1
        self.controller.move(slot_id, target)
        return False


class SpeakerListView(QTableView):
    """Keyboard: Alt+Up / Alt+Down move the selected speaker, Delete withdraws them."""

    def __init__(self, model: SlotListModel, parent=None) -> None:
        super().__init__(parent)
        self.slot_model = model
        self.setModel(model)
        read_in_own_order(self)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        # whole names, wrapped: a row is as high as its longest name or country needs
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Speaker list"))
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SPEAKER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_COUNTRY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_COUNTRY, 120)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip(self.tr("Drag a waiting speaker to reorder, or Alt+Up / Alt+Down; Delete "
                                "withdraws; Insert adds again; Enter edits the time; Shift+F5 "
                                "gives the floor now"))
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        self._selected_id: str | None = None

    def selected_slot(self) -> SpeakerSlot | None:
        indexes = self.selectionModel().selectedRows()
        return self.slot_model.slot(indexes[0].row()) if indexes else None

    def select_slot(self, slot_id: str | None) -> None:
        for row, slot in enumerate(self.slot_model.rows):
            if slot.id == slot_id:
                self.selectRow(row)
                return

    def _remember_selection(self) -> None:
        slot = self.selected_slot()
        self._selected_id = slot.id if slot else None

    def _restore_selection(self) -> None:
        self.select_slot(self._selected_id)

    def set_read_only(self, read_only: bool) -> None:
        """A follower's list: no dragging, no dropping; its keys only move the selection."""
        self.setDragEnabled(not read_only)
        self.setAcceptDrops(not read_only)
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if read_only
                             else QAbstractItemView.DragDropMode.DragDrop)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.slot_model.controller.read_only:
            super().keyPressEvent(event)
            return
        slot = self.selected_slot()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if slot is not None and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.slot_model.controller.move_by(slot.id, -1 if event.key() == Qt.Key.Key_Up else 1)
            self.select_slot(slot.id)
        elif slot is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.slot_model.controller.withdraw(slot.id)
        else:
            super().keyPressEvent(event)
