"""The Speakers area, the chair's console: the meeting clock and forecast, the current speaker's
countdown, the buttons of the clock and the timed speaker list. It also owns the presenter display."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import SlotState
from ..domain.meeting_stage import meeting_stage
from . import settings as prefs
from .console.clock_display import MeetingClockDisplay, SpeakerClockDisplay
from .console.controller import ConsoleController, ConsoleStores
from .console.dialogs import SlotTimesDialog, SpeakerRequestDialog
from .console.frame import ConsoleFrame
from .console.message_bar import MessageBar
from .console.placement import place_clear_of
from .console.presenter import PresenterDisplay, default_screen
from .console.slot_list import SlotListModel, SpeakerListView
from .reliability.time_trouble import TimeTroubleBar

if TYPE_CHECKING:
    from .console.actions import ConsoleActions


class SpeakersPanel(QWidget):
    current_changed = Signal(str)  # the slot now speaking (or paused), "" when nobody
    presenter_visibility_changed = Signal(bool)

    def __init__(self, stores: ConsoleStores, settings: QSettings,
                 controller: ConsoleController | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.controller = controller or ConsoleController(stores, parent=self)
        self.presenter: PresenterDisplay | None = None
        self.console_actions: ConsoleActions | None = None
        self._current_id = ""
        self._keyboard: tuple[QWidget | None, QWidget | None] = (None, None)
        self.restored_bar = MessageBar("info")
        self.time_trouble = TimeTroubleBar(self.controller)  # the computer slept, or its clock was set
        self.message_bar = MessageBar("warning")
        self.meeting_clock = MeetingClockDisplay()
        self.clock = SpeakerClockDisplay()
        self.clock.flashing = prefs.FLASH_OVER.get(settings)
        self.model = SlotListModel(self.controller, self)
        self.view = SpeakerListView(self.model)
        self.view.doubleClicked.connect(lambda _: self.edit_selected())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(2)
        self._build_list_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(QLabel(self.tr("<b>Speakers</b>")))
        layout.addWidget(self.meeting_clock)
        layout.addWidget(self.clock)
        layout.addLayout(self.buttons)
        # news goes below the buttons: the clock and the buttons never move when it comes and goes
        layout.addWidget(self.restored_bar)
        layout.addWidget(self.time_trouble)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.view, 1)
        self.controller.ticked.connect(self._render)
        self.controller.changed.connect(self._after_change)
        self.controller.failed.connect(lambda text: self.message_bar.show_message(text, 8000))
        self.controller.restored.connect(self.restored_bar.show_message)
        self.controller.phase_crossed.connect(self._cue)

    # wiring ------------------------------------------------------------------------------------

    def use_actions(self, actions: "ConsoleActions") -> None:
        """Buttons for the window's console actions (their tooltips show the shortcuts)."""
        self.console_actions = actions
        for action, text in ((actions.start_pause, self.tr("Start/pause")),
                             (actions.end_and_next, self.tr("Next")),
                             (actions.less_time, self.tr("\u201330 s")),
                             (actions.more_time, self.tr("+30 s")),
                             (actions.add_speaker, self.tr("Add\u2026")),
                             (actions.floor_request, self.tr("Floor\u2026")),
                             (actions.presenter, self.tr("Display"))):
            action.setIconText(text)  # the button's short label, kept when the action changes state
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.buttons.addWidget(button)
        self.buttons.addStretch()

    def _build_list_actions(self) -> None:
        """Keys of the speaker list itself (active while it has the focus)."""
        self.list_actions: list[QAction] = []
        for text, keys, slot in (
            (self.tr("Move speaker up"), "Alt+Up", lambda: self._move_selected(-1)),
            (self.tr("Move speaker down"), "Alt+Down", lambda: self._move_selected(1)),
            (self.tr("Withdraw speaker"), "Delete", self.withdraw_selected),
            (self.tr("Edit speaking time and language\u2026"), "Return", self.edit_selected),
            (self.tr("Give the floor now to the selected speaker"), "Shift+F5", self.start_selected),
            (self.tr("Add a speaker, or the selected one again"), "Insert", self.insert_pressed),
            (self.tr("Next guiding question for the selected speaker"), "Q", self.next_question_selected),
        ):
            action = QAction(text, self.view)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
            self.list_actions.append(action)
        self.readd_action = QAction(self.tr("Add again to the queue (Insert)"), self.view)
        self.readd_action.triggered.connect(self.readd_selected)

    def set_read_only(self, read_only: bool) -> None:
        """A follower's console: the list shows the chair's queue and changes nothing, by key,
        by mouse or by menu."""
        self.controller.read_only = read_only
        for action in (*self.list_actions, self.readd_action):
            action.setEnabled(not read_only)
        self.view.set_read_only(read_only)
        self.setToolTip(self.tr("Run from the chair's laptop") if read_only else "")

    def add_news_line(self, line: QWidget) -> None:
        """A line of news below the buttons, above the restored clock's."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.restored_bar), line)

    def set_session(self, session_id: str | None) -> None:
        if session_id != self.controller.session_id:
            self.restored_bar.hide()
        self.controller.set_session(session_id)

    # the clock ---------------------------------------------------------------------------------

    def toggle(self) -> None:
        self.controller.toggle()

    def end_and_next(self) -> None:
        self.controller.end_and_next()

    def end_current(self) -> None:
        self.controller.end_current()

    def adjust(self, seconds: int) -> None:
        self.controller.adjust(seconds)

    def someone_speaking(self) -> bool:
        current = self.controller.speakers.current
        return current is not None and current.state is SlotState.SPEAKING

    def speaking_name(self) -> str:
        current = self.controller.speakers.current
        person = self.controller.participant(current) if current else None
        return person.name if person else self.tr("A speaker")

    def _render(self, frame: ConsoleFrame) -> None:
        self.clock.render(frame)
        self.meeting_clock.render(frame)
        if self.presenter is not None and self.presenter.isVisible():
            self._render_presenter(self.presenter, frame)

    def _render_presenter(self, presenter: PresenterDisplay, frame: ConsoleFrame) -> None:
        """The speaker, or before the meeting the countdown to its start, after it the end."""
        speakers, session = self.controller.speakers, self.controller.session
        stage = meeting_stage(session, speakers.items, speakers.slots, frame.wall_now)
        presenter.render(frame, stage, session.title if session else "")

    def _after_change(self) -> None:
        current = self.controller.speakers.current
        current_id = current.id if current else ""
        if current_id != self._current_id:
            restored = self.controller.speakers.restored
            if restored is None or restored.slot.id != current_id:
                self.restored_bar.hide()  # the speaker it was about has finished: old news
            self._current_id = current_id
            self.current_changed.emit(current_id)

    def _cue(self, _phase) -> None:
        if prefs.SOUND_CUES.get(self.settings):
            QApplication.beep()

    def set_sound(self, on: bool) -> None:
        prefs.SOUND_CUES.set(self.settings, bool(on))

    # the list ----------------------------------------------------------------------------------

    def add_speaker(self) -> None:
        self._request(floor=False)

    def floor_request(self) -> None:
        self._request(floor=True)

    def _request(self, floor: bool) -> None:
        if not self.controller.session_id:
            self.message_bar.show_message(self.tr("Choose or create a meeting first."), 6000)
            return
        dialog = SpeakerRequestDialog(self.controller, floor, self.window(),
                                      only_present=prefs.ONLY_PRESENT.get(self.settings))
        place_clear_of(dialog, self.meeting_clock, self.clock)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.placed_message:
            self.message_bar.show_message(dialog.placed_message, 8000)

    def _selected_id(self) -> str | None:
        slot = self.view.selected_slot()
        return slot.id if slot else None

    def _move_selected(self, step: int) -> None:
        slot_id = self._selected_id()
        if slot_id and self.controller.move_by(slot_id, step):
            self.view.select_slot(slot_id)

    def withdraw_selected(self) -> None:
        slot_id = self._selected_id()
        if slot_id:
            self.controller.withdraw(slot_id)

    def insert_pressed(self) -> None:
        """Insert in the list: a speaker who spoke or withdrew goes back in the queue; otherwise
        a new speaker is added."""
        slot = self.view.selected_slot()
        if slot is not None and slot.state in (SlotState.DONE, SlotState.WITHDRAWN):
            self.controller.readd(slot.id)
        else:
            self.add_speaker()

    def readd_selected(self) -> None:
        slot_id = self._selected_id()
        if slot_id:
            self.controller.readd(slot_id)

    def start_selected(self) -> None:
        slot_id = self._selected_id()
        if slot_id:
            self.controller.start_now(slot_id)

    def edit_selected(self) -> None:
        slot = self.view.selected_slot()
        if slot is None or self.controller.read_only:
            return
        person = self.controller.participant(slot)
        dialog = SlotTimesDialog(slot, person.name if person else "", self.controller.questions(),
                                 self.window())
        place_clear_of(dialog, self.meeting_clock, self.clock)
        chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if chosen is not None and self.controller.change_request(slot.id, *chosen):
            language = dialog.language.language()
            if language != slot.language:
                self.controller.set_slot_language(slot.id, language)
            self.view.select_slot(slot.id)

    def next_question_selected(self) -> None:
        """Q in the list: tie the selected speaker's slot to the next guiding question (after the
        last one, to none)."""
        slot = self.view.selected_slot()
        if slot is None:
            return
        ids = [None, *(q.id for q in self.controller.questions())]
        following = ids[(ids.index(slot.question_id) + 1) % len(ids)] if slot.question_id in ids else ids[0]
        if len(ids) > 1 and self.controller.change_request(
                slot.id, slot.target_seconds, slot.limit_seconds, slot.request_type, following):
            self.view.select_slot(slot.id)

    def _context_menu(self, position) -> None:
        if self.view.selected_slot() is None or self.controller.read_only:
            return
        menu = QMenu(self)
        menu.addAction(self.list_actions[4])
        menu.addAction(self.list_actions[3])
        menu.addSeparator()
        menu.addActions(self.list_actions[:3])
        menu.addAction(self.list_actions[6])
        menu.addAction(self.readd_action)
        menu.exec(self.view.viewport().mapToGlobal(position))

    def show_statistics(self) -> None:
        from .console.statistics_view import StatisticsDialog

        StatisticsDialog(self.controller, self.window()).exec()

    # the presenter display ---------------------------------------------------------------------

    def window_screen(self) -> QScreen:
        return self.window().screen()

    def presenter_screen(self) -> QScreen:
        return default_screen(prefs.PRESENTER_SCREEN.get(self.settings), self.window_screen())

    def presenter_full_screen(self, screen: QScreen) -> bool:
        """Full screen on another screen than the window's; on the window's own screen only when
        the chair chose it (View > Presenter screen)."""
        if len(QGuiApplication.screens()) < 2:
            return False
        chosen = prefs.PRESENTER_SCREEN.get(self.settings)
        return screen is not self.window_screen() or chosen == screen.name()

    def set_flashing(self, on: bool) -> None:
        prefs.FLASH_OVER.set(self.settings, bool(on))
        self.clock.flashing = bool(on)
        if self.presenter is not None:
            self.presenter.flashing = bool(on)
        self.controller.tick()

    def choose_screen(self, name: str) -> None:
        prefs.PRESENTER_SCREEN.set(self.settings, name)
        if self.presenter is not None and self.presenter.isVisible():
            screen = self.presenter_screen()
            self.presenter.show_on(screen, self.presenter_full_screen(screen))

    def toggle_presenter(self, show: bool | None = None) -> None:
        visible = self.presenter is not None and self.presenter.isVisible()
        show = (not visible) if show is None else show
        if not show:
            if self.presenter is not None:
                self.presenter.hide()
            self.presenter_visibility_changed.emit(False)
            return
        if self.presenter is None:
            self.presenter = PresenterDisplay(self)
            self.presenter.flashing = self.clock.flashing
            self.presenter.closed.connect(lambda: self.presenter_visibility_changed.emit(False))
            self.presenter.activated.connect(self._keep_keyboard)
            if self.console_actions is not None:
                self.presenter.addActions(self.console_actions.clock_actions)
        screen = self.presenter_screen()
        self._keyboard = (QApplication.activeWindow(), QApplication.focusWidget())
        self.presenter.show_on(screen, self.presenter_full_screen(screen))
        self._keep_keyboard()
        self._render_presenter(self.presenter, self.controller.last_frame or self.controller.frame())
        self.presenter_visibility_changed.emit(True)

    def _keep_keyboard(self) -> None:
        """Where the platform activates the presenter display anyway, the keyboard goes back at
        once to where it was: what the rapporteur types next is never lost."""
        active, focused = self._keyboard
        if active is None or active is self.presenter:
            active, focused = self.window(), None
        if not active.isVisible():
            return
        if QApplication.activeWindow() is not active:
            active.activateWindow()
        if focused is not None and QApplication.focusWidget() is not focused:
            focused.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def close_presenter(self) -> None:
        if self.presenter is not None:
            self.presenter.close()
            self.presenter.deleteLater()
            self.presenter = None
