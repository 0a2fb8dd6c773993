"""Meeting > Close the list of speakers: Ctrl+Shift+L closes (or reopens) the list of the agenda
item under way, Ctrl+Shift+O that of the floor (the interactive discussion). A closed list is
shown in the console; adding to it asks first (points of order are still added)."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout

from ...domain.model import AgendaItem
from ...domain.speaker_request import default_item
from ...storage.change_path import Edit
from ..changes import ActionRunner
from ..speakers_panel import SpeakersPanel
from .actions import window_action

ITEM_KEY = "Ctrl+Shift+L"
FLOOR_KEY = "Ctrl+Shift+O"


class ListClosingActions:
    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ListClosingActions", text)

    def __init__(self, window: QMainWindow, panel: SpeakersPanel, runner: ActionRunner) -> None:
        self.window = window
        self.panel = panel
        self.runner = runner
        self.item_action = self._make(self.tr("Close or reopen the &list of speakers"), ITEM_KEY,
                                      lambda: self.toggle(floor=False),
                                      self.tr("Close the list of the agenda item under way: only "
                                              "points of order are added; again to reopen it"))
        self.floor_action = self._make(self.tr("Close or reopen floor re&quests"), FLOOR_KEY,
                                       lambda: self.toggle(floor=True),
                                       self.tr("Close the list of floor requests of the "
                                               "interactive discussion; again to reopen it"))
        menu = window.meeting_menu  # type: ignore[attr-defined]
        menu.addSeparator()
        menu.addActions([self.item_action, self.floor_action])
        self.line = QLabel()
        self.line.setObjectName("closed_list_line")
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.line.setWordWrap(True)
        self.line.setStyleSheet("QLabel#closed_list_line { background: #fff8e1; color: #4e342e; "
                                "border: 1px solid #8d6e63; border-radius: 4px; padding: 2px 8px; }")
        self.line.hide()
        layout = panel.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.indexOf(panel.view), self.line)
        panel.controller.changed.connect(self.show_closed)

    def _make(self, text: str, keys: str, slot: Callable[..., object], tip: str) -> QAction:
        return window_action(self.window, text, keys, slot, tip)

    def target(self, floor: bool) -> AgendaItem | None:
        return default_item(self.panel.controller.speakers, floor)

    def toggle(self, floor: bool) -> bool:
        """Close the item's list now, or reopen it when it is closed; stored at once."""
        controller = self.panel.controller
        if controller.read_only:  # the chair's laptop closes its lists
            return False
        item = self.target(floor)
        if item is None or not controller.session_id:
            self.panel.message_bar.show_message(self.tr("This meeting has no agenda item to close."), 6000)
            return False
        closed_at = None if item.list_closed_at is not None else controller.wall_now

        def write(edit: Edit) -> None:
            edit.set_fields(AgendaItem, item.id, list_closed_at=closed_at)

        what = "list of speakers closed" if closed_at else "list of speakers reopened"
        attempt = self.runner.run(what, controller.session_id, write)
        if not attempt.stored:
            self.panel.message_bar.show_message(attempt.problem, 8000)
            return False
        return True

    def show_closed(self) -> None:
        """The console's line naming the closed lists of the meeting."""
        closed = [item.title for item in self.panel.controller.speakers.items
                  if item.list_closed_at is not None]
        self.line.setText(self.tr("List of speakers closed (points of order only): {items}")
                          .format(items="; ".join(closed)) if closed else "")
        self.line.setVisible(bool(closed))
