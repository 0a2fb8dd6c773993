"""A compact SDG picker: one button, a menu of all 17 goals by number and short name, the
meeting's focus SDGs first; several can be ticked without the menu closing."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ...domain.sdgs import SDG_NAMES, ordered_sdgs
from ..vocabulary import sdg_label


class _StayOpenMenu(QMenu):
    """Ticking a goal keeps the menu open, by mouse or by Space/Enter."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        action = self.activeAction()
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and action is not None and action.isCheckable():
            action.trigger()
            return
        super().keyPressEvent(event)


class SdgPicker(QToolButton):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setToolTip(self.tr("The SDGs this note speaks to (focus SDGs of the meeting first)"))
        self.menu_ = _StayOpenMenu(self)
        self.setMenu(self.menu_)
        self.actions_by_number: dict[int, QAction] = {}
        self.set_focus_sdgs(())

    def set_focus_sdgs(self, focus: tuple[int, ...]) -> None:
        chosen = self.sdgs()
        self.menu_.clear()
        self.actions_by_number.clear()
        order = ordered_sdgs(focus)
        focus_count = len([n for n in focus if n in SDG_NAMES])
        if focus_count:
            self.menu_.addSection(self.tr("Focus of this meeting"))
        for index, number in enumerate(order):
            if focus_count and index == focus_count:
                self.menu_.addSection(self.tr("Other goals"))
            action = self.menu_.addAction(sdg_label(number))
            action.setCheckable(True)
            action.setChecked(number in chosen)
            action.toggled.connect(self._toggled)
            self.actions_by_number[number] = action
        self.menu_.addSeparator()
        self.menu_.addAction(self.tr("Clear SDGs"), lambda: self.set_sdgs((), notify=True))
        self._caption()

    def sdgs(self) -> tuple[int, ...]:
        return tuple(sorted(n for n, a in getattr(self, "actions_by_number", {}).items()
                            if a.isChecked()))

    def set_sdgs(self, numbers: tuple[int, ...], notify: bool = False) -> None:
        for number, action in self.actions_by_number.items():
            action.blockSignals(True)
            action.setChecked(number in numbers)
            action.blockSignals(False)
        self._caption()
        if notify:
            self.changed.emit()

    def _toggled(self) -> None:
        self._caption()
        self.changed.emit()

    def _caption(self) -> None:
        numbers = self.sdgs()
        self.setText(self.tr("SDG %1").replace("%1", ", ".join(map(str, numbers)))
                     if numbers else self.tr("SDGs"))
