"""Meeting > Message to the speaker: the keys of the usual messages, the typed one and Clear,
and where the message is seen (the presenter display and a line in the console)."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout

from ...domain.speaker_message import USUAL_MESSAGES, UsualMessage
from ..speakers_panel import SpeakersPanel
from .actions import window_action
from .frame import ConsoleFrame
from .speaker_messages import CLEAR_KEY, TYPED_KEY, USUAL_KEYS, SpeakerMessages, usual_text


class SpeakerMessageActions:
    """The actions on ``window``, and the console's line saying what the speaker is shown."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SpeakerMessageActions", text)

    def __init__(self, window: QMainWindow, panel: SpeakersPanel, messages: SpeakerMessages) -> None:
        self.window = window
        self.panel = panel
        self.messages = messages
        self.read_only = False
        self.usual: dict[UsualMessage, QAction] = {}
        for usual in USUAL_MESSAGES:
            self.usual[usual] = self._make(
                usual_text(usual), USUAL_KEYS[usual],
                lambda usual=usual: messages.send_usual(usual),
                self.tr("Show this to the speaker on the presenter display"))
        self.typed = self._make(self.tr("&Type a message\u2026"), TYPED_KEY,
                                lambda: messages.ask_and_send(window),
                                self.tr("Type a short message to show the speaker"))
        self.clear = self._make(self.tr("&Clear the message"), CLEAR_KEY, messages.clear,
                                self.tr("Take the message off the presenter display"))
        menu = window.meeting_menu.addMenu(self.tr("&Message to the speaker"))  # type: ignore[attr-defined]
        menu.addActions(list(self.usual.values()))
        menu.addSeparator()
        menu.addActions([self.typed, self.clear])
        self.line = QLabel()
        self.line.setObjectName("speaker_message_line")
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        self.line.setWordWrap(True)
        self.line.setStyleSheet("QLabel#speaker_message_line { background: #263238; color: white; "
                                "border-radius: 4px; padding: 4px 8px; font-weight: bold; }")
        self.line.hide()
        layout = panel.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.indexOf(panel.view), self.line)
        messages.changed.connect(self.show_current)
        panel.controller.ticked.connect(self._on_tick)

    @property
    def all_actions(self) -> list[QAction]:
        return [*self.usual.values(), self.typed, self.clear]

    def _make(self, text: str, keys: str, slot: Callable[..., object], tip: str) -> QAction:
        return window_action(self.window, text, keys, slot, tip)

    def set_read_only(self, read_only: bool) -> None:
        """A follower's console shows the chair's message and sends none."""
        self.read_only = read_only
        for action in self.all_actions:
            action.setEnabled(not read_only)
        self.show_current()

    def show_current(self) -> None:
        text = self.messages.shown_text()
        self.clear.setEnabled(bool(text) and not self.read_only)
        self.line.setText(self.tr("Shown to the speaker: {message}").format(message=text) if text else "")
        self.line.setVisible(bool(text))
        presenter = self.panel.presenter
        if presenter is not None:
            presenter.show_message(text)

    def _on_tick(self, _frame: ConsoleFrame) -> None:
        presenter = self.panel.presenter
        if presenter is not None and presenter.message_text != self.messages.shown_text():
            presenter.show_message(self.messages.shown_text())
