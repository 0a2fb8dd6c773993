"""The set-up actions of the main window: File > Import… (Ctrl+I, or a file dropped on the
window), Meeting > Properties… (Ctrl+Shift+M), Meeting > Participants… (Ctrl+Shift+P) and Meeting >
Roll call… (Ctrl+Shift+R: the participants, Space marking each one present)."""

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from .file_drop import FileDropImporter

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .import_flow import MeetingImporter


class SetupActions:
    """Created by the main window with itself; uses its library, settings, meeting picker and
    menus, and refreshes the window after a change."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SetupActions", text)

    def __init__(self, window: "MainWindow") -> None:
        self.window = window
        self.import_action = self._make(self.tr("&Import\u2026"), "Ctrl+I", self.import_meeting,
                                        self.tr("Add a meeting from a concept note (.docx, .pdf, .md, .txt) "
                                                "or a session file (.json), reviewed before it is saved"))
        self.paste_action = self._make(self.tr("Import from clip&board"), "Ctrl+Shift+V", self.import_pasted,
                                       self.tr("Add a meeting from a concept note's text copied from an "
                                               "e-mail, a web page or a PDF, reviewed before it is saved"))
        self.properties_action = self._make(self.tr("P&roperties\u2026"), "Ctrl+Shift+M",
                                            self.edit_properties,
                                            self.tr("Title, organiser, date, times and time zone, venue, "
                                               "chair, rapporteur, focus SDGs"))
        self.participants_action = self._make(self.tr("Partici&pants\u2026"), "Ctrl+Shift+P",
                                              self.edit_participants,
                                              self.tr("Add, edit, remove or import (CSV) the participants"))
        self.roll_call_action = self._make(self.tr("R&oll call (Space marks present)\u2026"), "Ctrl+Shift+R",
                                           self.roll_call,
                                           self.tr("The participants, the first one selected: Space marks "
                                                   "the selected participant present and moves to the next"))
        window.file_menu.insertAction(window.duplicate_action, self.import_action)
        window.file_menu.insertAction(window.duplicate_action, self.paste_action)
        first = window.meeting_menu.actions()[0] if window.meeting_menu.actions() else None
        setup = [self.properties_action, self.participants_action, self.roll_call_action]
        if first is None:
            window.meeting_menu.addActions(setup)
        else:
            for action in setup:
                window.meeting_menu.insertAction(first, action)
            window.meeting_menu.insertSeparator(first)
        self.file_drop = FileDropImporter(self.import_meeting, window)
        window.setAcceptDrops(True)
        window.installEventFilter(self.file_drop)
        self.read_only = False  # the chair's laptop sets the meeting up
        window.session_bar.session_chosen.connect(self._enable)
        self._enable(window.session_id or "")

    @cached_property
    def importer(self) -> "MeetingImporter":
        """Made on first use: the concept-note reader is not needed to show the window."""
        from .import_flow import MeetingImporter

        return MeetingImporter(self.window.library, self.window.settings, self.window.runner, self.window)

    def _make(self, text: str, keys: str, slot, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shown})")
        action.setStatusTip(tip)
        action.triggered.connect(lambda *_: slot())
        self.window.addAction(action)
        return action

    def _enable(self, session_id: str) -> None:
        for action in (self.properties_action, self.participants_action, self.roll_call_action):
            action.setEnabled(bool(session_id) and not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        """A meeting the chair's laptop runs: its properties, participants and roll call are
        set there (a new meeting imported here is this laptop's own, as ever)."""
        self.read_only = read_only
        self._enable(self.window.session_id or "")

    def import_meeting(self, path: str | None = None) -> str | None:
        new_id = self.importer.run(path)
        if new_id:
            self.window.session_bar.reload(new_id)
        return new_id

    def import_pasted(self) -> str | None:
        new_id = self.importer.run_pasted()
        if new_id:
            self.window.session_bar.reload(new_id)
        return new_id

    def edit_properties(self) -> None:
        """The window refreshes from the announcement of what changed (the notes' undo history
        and the typing in progress stay as they are)."""
        session_id = self.window.session_id
        if not session_id or self.read_only:
            return
        from .properties_dialog import MeetingPropertiesDialog

        library = self.window.library
        MeetingPropertiesDialog(self.window.runner, library.sessions.get(session_id), self.window).exec()

    def edit_participants(self, roll_call: bool = False) -> None:
        session_id = self.window.session_id
        if not session_id or self.read_only:
            return
        from .participants_dialog import ParticipantsDialog

        library = self.window.library
        dialog = ParticipantsDialog(library.participants, library.slots, session_id, self.window.settings,
                                    self.window.runner, self.window.changes, self.window)
        if roll_call:
            dialog.start_roll_call()
        dialog.exec()

    def roll_call(self) -> None:
        self.edit_participants(roll_call=True)
