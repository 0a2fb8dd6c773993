"""The console's actions with their window-wide shortcuts. They belong to the main window (and to
the presenter display), so F5-F8 and Ctrl+Shift+F work wherever the keyboard focus is, also while
the rapporteur types a note."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeyEvent, QKeySequence, QScreen
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from ...domain.speaker_clock import ADJUST_STEP_SECONDS
from .. import settings as prefs


def window_action(window: QWidget, text: str, keys: str, slot: Callable[..., object],
                  tip: str) -> QAction:
    """An action of the whole window with its keys, its tip naming them, and ``slot`` to run."""
    action = QAction(text, window)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda *_: slot())
    window.addAction(action)
    return with_shortcut_tip(action, tip)


def with_shortcut_tip(action: QAction, tip: str) -> QAction:
    keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    return action


def screen_caption(screen: QScreen, window_screen: QScreen, tr: Callable[[str], str]) -> str:
    """``HDMI-1 — 1920×1080, the window's screen``: which screen is which."""
    size = screen.geometry()
    name = screen.name() or QCoreApplication.translate("ConsoleActions", "Screen")
    text = f"{name} \u2014 {size.width()}\u00d7{size.height()}"
    if screen is window_screen:
        text += ", " + QCoreApplication.translate("ConsoleActions", "the window's screen")
    elif screen is QGuiApplication.primaryScreen():
        text += ", " + QCoreApplication.translate("ConsoleActions", "primary")
    return text


class ChairKeysInDialogs(QObject):
    """F5-F8, Shift+F6 and Shift+F7 also work while a dialog of the app is open (the add-speaker
    dialog, the participants, an export…): a window's shortcuts do not reach its dialogs, so the
    keys are caught on their way to any other window and trigger the window's action."""

    def __init__(self, window: QMainWindow, actions: list[QAction]) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        top = watched.window()
        if top is self.window or any(action in top.actions() for action in self.actions):
            return False  # the window's own shortcuts handle it
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat():
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self.actions:
            if action.isEnabled() and any(pressed.matches(keys) == QKeySequence.SequenceMatch.ExactMatch
                                          for keys in action.shortcuts()):
                action.trigger()
                return True
        return False


class ConsoleActions:
    """Creates the console's actions on ``window`` and puts them in its menus."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ConsoleActions", text)

    def __init__(self, window: QMainWindow, panel) -> None:
        self.window = window
        self.panel = panel
        self.start_pause = self._make(self.tr("&Start / pause speaker"), "F5", panel.toggle,
                                      self.tr("Give the floor to the next speaker, pause or resume"))
        self.end_and_next = self._make(self.tr("&End speaker and start next"), "F6", panel.end_and_next,
                                       self.tr("End the current speaker and give the floor to the next"))
        self.end_only = self._make(self.tr("End speaker, &nobody next"), "Shift+F6", panel.end_current,
                                   self.tr("End the current speaker without starting the next"))
        self.more_time = self._make(self.tr("&Add 30 seconds"), "F7",
                                    lambda: panel.adjust(ADJUST_STEP_SECONDS),
                                    self.tr("Give the current speaker 30 seconds more"))
        self.less_time = self._make(self.tr("&Take 30 seconds off"), "Shift+F7",
                                    lambda: panel.adjust(-ADJUST_STEP_SECONDS),
                                    self.tr("Take 30 seconds off the current speaker's limit"))
        self.floor_request = self._make(self.tr("&Floor request\u2026"), "Ctrl+Shift+F", panel.floor_request,
                                        self.tr("Add a request from the floor to the interactive discussion"))
        self.add_speaker = self._make(self.tr("Add spea&ker\u2026"), "Ctrl+Shift+A", panel.add_speaker,
                                      self.tr("Add a participant, or a new person, to the speaker list"))
        self.statistics = self._make(self.tr("Speaking-time stat&istics\u2026"), None, panel.show_statistics,
                                     self.tr("Time per speaker, agenda item, role, gender and region; CSV"))
        self.sound = self._make(self.tr("Sound &cue at target and limit"), None, panel.set_sound,
                                self.tr("Beep when the speaker reaches the target and the limit"))
        self.sound.setCheckable(True)
        self.sound.setChecked(prefs.SOUND_CUES.get(panel.settings))
        self.presenter = self._make(self.tr("&Presenter display"), "F8", panel.toggle_presenter,
                                    self.tr("Show or hide the big timer for the speakers"))
        self.presenter.setCheckable(True)
        self.flashing = self._make(self.tr("&Flash the clock past the limit"), None, panel.set_flashing,
                                   self.tr("Past the limit the clock's background flashes twice a second"))
        self.flashing.setCheckable(True)
        self.flashing.setChecked(prefs.FLASH_OVER.get(panel.settings))
        self.shortcuts = self._make(self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts,
                                    self.tr("Every keyboard shortcut of the window"))
        self.screen_menu = QMenu(self.tr("Presenter &screen"), window)
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self._screen_group = QActionGroup(window)
        panel.presenter_visibility_changed.connect(self.presenter.setChecked)
        self._add_to_menus()
        self.keys_in_dialogs = ChairKeysInDialogs(window, [
            self.start_pause, self.end_and_next, self.end_only, self.more_time, self.less_time,
            self.presenter])
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.keys_in_dialogs)

    def _make(self, text: str, keys: str | None, slot: Callable, tip: str) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda *_: slot(action.isChecked()) if action.isCheckable() else slot())
        self.window.addAction(action)
        return with_shortcut_tip(action, tip)

    @property
    def clock_actions(self) -> list[QAction]:
        """What also works from the presenter display's window."""
        return [self.start_pause, self.end_and_next, self.end_only, self.more_time, self.less_time,
                self.floor_request, self.presenter]

    def _add_to_menus(self) -> None:
        window = self.window
        menu = getattr(window, "meeting_menu", None) or window.menuBar().addMenu(self.tr("&Meeting"))
        for action in (self.start_pause, self.end_and_next, self.end_only, None, self.more_time,
                       self.less_time, None, self.add_speaker, self.floor_request, None,
                       self.statistics, self.sound):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        view = getattr(window, "view_menu", None) or window.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.presenter)
        view.addMenu(self.screen_menu)
        view.addAction(self.flashing)
        help_menu = getattr(window, "help_menu", None) or window.menuBar().addMenu(self.tr("&Help"))
        first = help_menu.actions()[0] if help_menu.actions() else None
        if first is None:
            help_menu.addAction(self.shortcuts)
        else:
            help_menu.insertAction(first, self.shortcuts)

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        chosen = self.panel.presenter_screen().name()
        for screen in QGuiApplication.screens():
            name = screen.name()
            action = self.screen_menu.addAction(screen_caption(screen, self.panel.window_screen(), self.tr))
            action.setCheckable(True)
            action.setChecked(screen.name() == chosen)
            action.setActionGroup(self._screen_group)
            action.triggered.connect(lambda _=False, name=name: self.panel.choose_screen(name))

    def show_shortcuts(self) -> None:
        from .shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.window).exec()
