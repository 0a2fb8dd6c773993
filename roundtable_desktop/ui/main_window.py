"""The main window: meeting picker, and the four areas (Agenda, Guiding questions, Speakers,
Notes) visible together on a 1366×768 screen."""

import html
from datetime import date, time

from PySide6.QtCore import QEvent, QSettings, Qt, QTimeZone, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..domain.calendar_words import long_date
from ..domain.changes import ChangeAction, OpChanges, RecordKind
from ..domain.model import Session
from ..domain.text import clean_line, unquoted
from ..exchange.demo import demo_meeting
from ..storage.library import Library
from ..storage.notes import NotesServices
from ..storage.row_check import DamagedRecordError
from . import settings as prefs
from .agenda_panel import AgendaPanel
from .application import app_icon, confirm
from .bidi import in_reading_order, left_to_right
from .changes import ActionRunner, ChangeSignals
from .console.actions import ConsoleActions
from .console.balance_line import BalanceLine
from .console.controller import ConsoleStores
from .console.list_closing import ListClosingActions
from .console.message_actions import SpeakerMessageActions
from .console.speaker_messages import SpeakerMessages
from .language import LanguageSwitcher, listed, window_language
from .language_menu import LanguageMenu
from .link.file_actions import MeetingFileActions
from .link.live_actions import LiveLinkActions
from .notes.unsure_speaker import review_before_export
from .notes_panel import NotesPanel
from .questions_panel import QuestionsPanel
from .session_bar import SessionBar
from .setup.actions import SetupActions
from .speakers_panel import SpeakersPanel


class MainWindow(QMainWindow):
    damage_found = Signal(str)  # a meeting's rows do not fit: the library is damaged there

    def __init__(self, library: Library, settings: QSettings | None = None) -> None:
        super().__init__()
        self.damage: str | None = None
        self.language = LanguageSwitcher.of()  # before any text: it notes where each comes from
        self.closed = False
        self.library = library
        self.settings = settings or QSettings()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.changes = ChangeSignals(library.feed, self)  # what each committed change changed
        self.runner = ActionRunner(library.change_path, self)  # every action's writes
        self.session_bar = SessionBar(library.sessions)
        self.meeting_line = QLabel()
        self.meeting_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.agenda_panel = AgendaPanel(library.agenda, library.sessions, self.runner)
        self.questions_panel = QuestionsPanel(library.questions, self.runner)
        for panel in (self.agenda_panel, self.questions_panel):
            self.changes.changed.connect(panel.on_changes)
        self.speakers_panel = SpeakersPanel(
            ConsoleStores(library.sessions, library.agenda, library.participants, library.slots,
                          library.questions),
            self.settings)
        self.notes_panel = NotesPanel(NotesServices.of(library), self.runner)
        self._build_layout()
        self._build_menus()
        self.session_bar.session_chosen.connect(self.show_session)
        self.changes.changed.connect(self.speakers_panel.controller.on_changes)
        self._restore_state()
        self.session_bar.reload(prefs.LAST_SESSION.get(self.settings) or None)

    @property
    def session_id(self) -> str | None:
        return self.session_bar.current_id()

    def _build_layout(self) -> None:
        toolbar = QToolBar(self.tr("Meeting"))
        toolbar.setObjectName("meeting_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.session_bar)
        self.addToolBar(toolbar)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.addWidget(self.agenda_panel)
        self.left_splitter.addWidget(self.questions_panel)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self.speakers_panel)
        self.main_splitter.addWidget(self.notes_panel)
        self.main_splitter.setSizes([420, 500, 420])
        self.main_splitter.setChildrenCollapsible(False)
        self.left_splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 2, 6, 6)
        layout.addWidget(self.meeting_line)
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)
        self.resize(1340, 720)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(file_menu, self.tr("&New meeting…"), self.new_meeting,
                                       QKeySequence("Ctrl+Shift+N"))
        self.demo_action = self._action(file_menu, self.tr("New &demo meeting"), self.new_demo)
        self.duplicate_action = self._action(file_menu, self.tr("D&uplicate meeting"),
                                             self.duplicate_meeting)
        self.delete_action = self._action(file_menu, self.tr("Dele&te meeting…"),
                                          self.delete_meeting)
        self.choose_action = self._action(file_menu, self.tr("&Choose meeting"),
                                          self.session_bar.picker.setFocus,
                                          QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        self.export_action = self._action(file_menu, self.tr("&Export rapporteur’s summary…"),
                                          self.export_summary, QKeySequence("Ctrl+Shift+E"))
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, self.tr("&Quit"), self.quit_asking,
                                        QKeySequence.StandardKey.Quit)
        self.file_menu = file_menu
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.meeting_menu = self.menuBar().addMenu(self.tr("&Meeting"))
        self.notes_menu = self.menuBar().addMenu(self.tr("&Notes"))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.language_menu = LanguageMenu(self.language, self.settings, self)
        self.view_menu.addMenu(self.language_menu)
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(self.help_menu, self.tr("&About Roundtable Desktop"), self.show_about)
        self.console_actions = ConsoleActions(self, self.speakers_panel)
        self.speakers_panel.use_actions(self.console_actions)
        self.speaker_messages = SpeakerMessages(self.library.speaker_messages,
                                                self.speakers_panel.controller, self)
        self.changes.changed.connect(self.speaker_messages.on_changes)
        self.message_actions = SpeakerMessageActions(self, self.speakers_panel, self.speaker_messages)
        self.list_closing = ListClosingActions(self, self.speakers_panel, self.runner)
        self.balance_line = BalanceLine(self, self.speakers_panel)
        self.notes_panel.fill_menus(self.notes_menu, self.edit_menu)
        self.changes.changed.connect(self.notes_panel.on_changes)
        self.notes_panel.said.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.changes.changed.connect(self._on_changes)
        self.speakers_panel.current_changed.connect(lambda _: self.notes_panel.refresh_lists())
        # a speaker quick-added or a floor request is at once a choice in the Notes area
        self.speakers_panel.controller.changed.connect(self.notes_panel.refresh_lists)
        self.setup_actions = SetupActions(self)
        self.meeting_file_actions = MeetingFileActions(self)
        self.live_link = LiveLinkActions(self)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} "
                              f"({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # meetings --------------------------------------------------------------------------------

    def show_session(self, chosen: str | None) -> None:
        session_id = self._checked_meeting(chosen or None)
        for panel in (self.agenda_panel, self.questions_panel, self.speakers_panel,
                      self.notes_panel):
            panel.set_session(session_id)
        self.meeting_line.setText(self._meeting_caption(session_id))
        for action in (self.duplicate_action, self.delete_action, self.export_action):
            action.setEnabled(session_id is not None)
        if session_id:
            prefs.LAST_SESSION.set(self.settings, session_id)

    def _checked_meeting(self, session_id: str | None) -> str | None:
        """The meeting to show, read whole once first: a damaged row is said (the restore is
        offered) and no area shows half of the meeting."""
        self.damage = None
        if session_id is not None:
            try:
                self.library.load_meeting(session_id)
            except DamagedRecordError as damage:
                self.damage = str(damage)
                self.damage_found.emit(self.damage)
                return None
        return session_id

    def _meeting_caption(self, session_id: str | None) -> str:
        if not session_id:
            return self.tr("The library holds no meeting: File > New meeting or New demo meeting.")
        session = self.library.sessions.get(session_id)
        when = []
        if session.date:
            when.append(long_date(session.date, window_language()))  # UN style, the window's language
        if session.start_time and session.end_time:
            start = session.planned_start()
            zone = start.tzname() if start else session.timezone
            when.append(left_to_right(f"{session.start_time:%H.%M}\u2013{session.end_time:%H.%M} {zone}"))
        organiser = html.escape(session.organiser or "")
        caption = f"<b>{organiser}</b> \u2014 {listed(when)}" if organiser else listed(when)
        return in_reading_order(caption)

    def new_meeting(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New meeting"), self.tr("Title:"))
        title = clean_line(title)
        if not ok or not title:
            return
        zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
        session = Session(title=title, date=date.today(), start_time=time(10, 0),
                          end_time=time(11, 0), timezone=zone)
        self.library.sessions.add(session)
        self.session_bar.reload(session.id)

    def new_demo(self) -> None:
        meeting = self.library.add_meeting(demo_meeting())
        self.session_bar.reload(meeting.session.id)

    def duplicate_meeting(self) -> None:
        if self.session_id:
            copy = self.library.duplicate_meeting(self.session_id)
            self.session_bar.reload(copy.session.id)

    def delete_meeting(self) -> None:
        if not self.session_id:
            return
        session = self.library.sessions.get(self.session_id)
        if confirm(self, self.tr("Delete meeting"),
                   self.tr("Delete “{title}” with its agenda, speakers and notes? "
                           "This cannot be undone.").format(title=unquoted(session.title)),
                   self.tr("Delete")):
            self.library.delete_meeting(session.id)
            self.session_bar.reload()

    def export_summary(self) -> None:
        if self.session_id:
            self.notes_panel.flush()  # the last second of a synthesis or key message goes too
            from .export_dialog import open_export_dialog  # python-docx loads on first use only

            meeting = self.library.load_meeting(self.session_id)
            if review_before_export(self, meeting.notes, self.notes_panel.review_note):
                self.export_dialog = open_export_dialog(self, meeting, self.settings, self.runner)

    def quit_asking(self) -> None:
        """Ctrl+Q: while a speaker's clock runs, ask first (a slip of the keys mid-speech); not
        on a console that follows the chair's laptop, whose clock runs there."""
        running_here = not self.speakers_panel.controller.read_only
        if running_here and self.speakers_panel.someone_speaking() and not confirm(
                self, self.tr("Quit"),
                self.tr("{name} is speaking. Quit anyway? Their clock is stored and goes on from "
                        "where it is when Roundtable Desktop starts again.").format(
                    name=self.speakers_panel.speaking_name()),
                self.tr("Quit")):
            return
        self.close()

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Roundtable Desktop"),
            self.tr("<h3>Roundtable Desktop {version}</h3><p>The chair's and the rapporteur's "
                    "offline companion for a roundtable: agenda, guiding questions, a timed "
                    "speaker list and structured notes, all in one local library.</p>"
                    "<p>Library: {path}</p>").format(version=__version__, path=self.library.path))

    def _on_changes(self, changes: OpChanges) -> None:
        """A meeting added, renamed or removed: the picker and the caption show it."""
        if not changes.touches(RecordKind.MEETING) or changes.ids(RecordKind.MEETING, ChangeAction.ADDED):
            return  # a new meeting is chosen by whoever made it
        if self.session_id in changes.ids(RecordKind.MEETING, ChangeAction.REMOVED):
            return  # whoever removed it chooses the next one
        self.session_bar.refresh()
        self.meeting_line.setText(self._meeting_caption(self.session_id))

    # window state ----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = prefs.WINDOW_GEOMETRY.get(self.settings)
        if geometry:
            self.restoreGeometry(geometry)
        for setting, splitter in ((prefs.MAIN_SPLITTER, self.main_splitter),
                                  (prefs.LEFT_SPLITTER, self.left_splitter)):
            state = setting.get(self.settings)
            if state:
                splitter.restoreState(state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "notes_panel") \
                and not self.closed:
            self.retranslate_areas()

    def retranslate_areas(self) -> None:
        """Texts composed from the meeting's data, in the new language; what is typed stays."""
        self.session_bar.recaption()
        self.meeting_line.setText(self._meeting_caption(self.session_id))
        if self.session_id:
            self.agenda_panel.reload()
            self.questions_panel.reload()
            self.notes_panel.refresh_lists()
        self.speakers_panel.controller.reload()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.notes_panel.flush()
        self.speakers_panel.close_presenter()
        self.closed = True
        prefs.WINDOW_GEOMETRY.set(self.settings, self.saveGeometry())
        prefs.MAIN_SPLITTER.set(self.settings, self.main_splitter.saveState())
        prefs.LEFT_SPLITTER.set(self.settings, self.left_splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
