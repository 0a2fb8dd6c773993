"""The rapporteur's lines about the chair's laptop: above the speaker list, that the chair's laptop
runs a meeting received from it; across the window, that the chair's laptop shares this meeting
again at a new address, with a button to join it."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

if TYPE_CHECKING:
    from ...link.discovery import SharedMeeting


_STYLE = ("QFrame#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"
          "QLabel {{ background: transparent; border: none; }}")


class _Line(QFrame):
    def __init__(self, name: str, background: str, border: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(_STYLE.format(name=name, background=background, border=border))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(8, 4, 4, 4)
        self.row.addWidget(self.label, 1)
        self.hide()

    @property
    def text(self) -> str:
        return self.label.text()

    def retranslate(self) -> None:
        """The line's texts in the window's language."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


class ChairRunsLine(_Line):
    """Shown while the meeting shown was received from the chair's laptop: this console follows
    it, read-only; the button runs it here instead (asked first)."""

    def __init__(self, run_here: QAction, parent: QWidget | None = None) -> None:
        super().__init__("chair_runs_line", "#eceff1", "#90a4ae", parent)
        self.button = QToolButton()
        self.button.setDefaultAction(run_here)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("The chair's laptop runs this meeting: this console shows its "
                                   "speaker, clock and queue, and changes nothing."))


class ChairSetsUpLine(_Line):
    """Above the Agenda, for the same meetings: the set-up is the chair's laptop's to change;
    the notes, syntheses, key messages and the summary's own choices (its document type,
    language and introduction, in the Export dialog) are this laptop's (the console's line has
    the button that runs the meeting here)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("chair_sets_up_line", "#eceff1", "#90a4ae", parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("The chair's laptop runs this meeting: its agenda, guiding "
                                   "questions, participants and properties are set there and "
                                   "shown here; the notes, syntheses, key messages and the summary "
                                   "(its document, language and introduction) are written here."))


class NewShareBar(_Line):
    """The chair's laptop shares the followed meeting again (a new address, a new code)."""

    join_requested = Signal(object)  # the SharedMeeting found

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("new_share_bar", "#fff8e1", "#ffb300", parent)
        self.meeting: SharedMeeting | None = None
        self.join_button = QPushButton()
        self.join_button.clicked.connect(lambda: self.join_requested.emit(self.meeting))
        self.row.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate()

    def offer(self, meeting: "SharedMeeting") -> None:
        self.meeting = meeting
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        where = self.meeting.address if self.meeting else ""
        self.label.setText(self.tr("The chair's laptop shares this meeting again: join with the "
                                   "new code (at {address}).").format(address=where))
        self.join_button.setText(self.tr("&Join\u2026"))
