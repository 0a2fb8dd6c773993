"""Meeting > Participants…: the meeting's participants, added, edited and removed one by one or
imported from a spreadsheet saved as CSV, and the roll call (Space marks the selected participant
present, or not, and moves to the next). Every change is saved at once, through the change path;
the list refreshes from the announcement of what changed."""

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import OpChanges, RecordKind
from ...domain.errors import InputError
from ...domain.model import Participant
from ...exchange.participants_csv import ParticipantsFile, read_participants_csv
from ...storage.change_path import Edit
from ...storage.repositories import ParticipantRepository, SlotRepository
from ..application import confirm
from ..bidi import read_in_own_order
from ..changes import ActionRunner, ChangeSignals
from ..saving_dialog import NOT_SAVED_STYLE
from ..settings import ONLY_PRESENT, Setting
from ..table_model import Column, RecordTableModel
from ..vocabulary import label
from ..wording import error_text, shown
from .fields import country_shown
from .language_box import shown_language
from .participant_dialog import ParticipantDialog

LAST_CSV_FOLDER = Setting("setup/last_csv_folder", "")


class ParticipantsDialog(QDialog):
    changed = Signal()  # the list shows a change

    def __init__(self, participants: ParticipantRepository, slots: SlotRepository, session_id: str,
                 settings: QSettings, runner: ActionRunner, changes: ChangeSignals,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participants, self.slots = participants, slots
        self.session_id = session_id
        self.settings = settings
        self.runner = runner
        changes.changed.connect(self.on_changes)
        self.finished.connect(lambda *_: changes.changed.disconnect(self.on_changes))
        self.not_saved = QLabel()
        self.not_saved.setWordWrap(True)
        self.not_saved.setStyleSheet(NOT_SAVED_STYLE)
        self.not_saved.hide()
        self.setWindowTitle(self.tr("Participants"))
        columns: list[Column[Participant]] = [
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Function"), lambda p: p.function),
            Column(self.tr("Organisation / country"), lambda p: country_shown(p.organisation)),
            Column(self.tr("Role"), lambda p: label(p.role)),
            Column(self.tr("Gender"), lambda p: label(p.gender) if p.gender.value else ""),
            Column(self.tr("Region"), lambda p: label(p.region) if p.region.value else ""),
            Column(self.tr("Language"), lambda p: shown_language(p.language)),
            Column(self.tr("Present"), lambda p: self.tr("present") if p.present else ""),
        ]
        self.model: RecordTableModel[Participant] = RecordTableModel(columns, self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Participants"))
        self.view.setModel(self.model)
        read_in_own_order(self.view)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):  # function, organisation: the long ones share the width
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _: self.edit_selected())
        self.view.installEventFilter(self)
        self.count = QLabel()
        self.only_present = QCheckBox(self.tr("Adding a speaker offers only those &present"))
        self.only_present.setChecked(ONLY_PRESENT.get(settings))
        self.only_present.toggled.connect(lambda on: ONLY_PRESENT.set(settings, bool(on)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.only_present)
        layout.addWidget(self.not_saved)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._buttons())
        self.resize(940, 520)
        self.reload()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, tip, slot in (
            (self.tr("&Add\u2026"), self.tr("Add a participant (Insert)"), self.add),
            (self.tr("&Edit\u2026"), self.tr("Edit the selected participant (Enter)"), self.edit_selected),
            (self.tr("&Remove"), self.tr("Remove the selected participant (Delete)"), self.remove_selected),
            (self.tr("&Import CSV\u2026"), self.tr("Add participants from a spreadsheet saved as CSV"),
             self.import_csv),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        return row

    def reload(self, select_id: str | None = None) -> None:
        rows = self.participants.for_session(self.session_id)
        self.model.set_rows(rows)
        self.count.setText(self.tr("<b>{n} participants</b>, {k} present \u2014 the speaker list and "
                                   "floor requests offer them by name; Space marks the selected one "
                                   "present (the roll call).").format(
                                       n=len(rows), k=sum(1 for p in rows if p.present)))
        ids = [p.id for p in rows]
        if select_id in ids:
            self.view.selectRow(ids.index(select_id))

    def selected(self) -> Participant | None:
        indexes = self.view.selectionModel().selectedRows()
        return self.model.record(indexes[0].row()) if indexes else None

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Insert:
            self.add()
        elif event.key() == Qt.Key.Key_Delete:
            self.remove_selected()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        """Enter on the list edits the selected participant (it does not close the dialog)."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_selected()
            return True
        if watched is self.view and event.type() == QEvent.Type.KeyPress and \
                event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.mark_present_selected()
            return True
        return super().eventFilter(watched, event)

    def on_changes(self, changes: OpChanges) -> None:
        if changes.concerns(self.session_id) and changes.touches(RecordKind.PARTICIPANT):
            selected = self.selected()
            self.reload(selected.id if selected else None)
            self.changed.emit()

    def add(self) -> None:
        participant = Participant(session_id=self.session_id, name="")
        dialog = ParticipantDialog(participant, None, self.runner, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(participant.id)

    def edit_selected(self) -> None:
        before = self.selected()
        if before is None:
            return
        dialog = ParticipantDialog(dataclasses.replace(before), before, self.runner, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(before.id)

    def start_roll_call(self) -> None:
        """The list has the keyboard, its first participant selected, ready for Space."""
        self.setWindowTitle(self.tr("Roll call"))
        if self.model.rowCount():
            self.view.selectRow(0)
        self.view.setFocus()

    def mark_present_selected(self) -> None:
        """The roll call: the selected participant marked present (or no longer), then the next."""
        participant = self.selected()
        if participant is None:
            return
        row = self.view.selectionModel().selectedRows()[0].row()
        participant_id, present = participant.id, not participant.present
        if self._run(self.tr("attendance"),
                     lambda edit: edit.set_fields(Participant, participant_id, present=present)):
            self.reload()
            self.view.selectRow(min(row + 1, self.model.rowCount() - 1))

    def _run(self, what: str, write: Callable[[Edit], object]) -> bool:
        attempt = self.runner.run(what, self.session_id, write, initiator=self,
                                  on_stored=lambda _: self.not_saved.hide(),
                                  on_problem=self._show_not_saved)
        if not attempt.stored:
            self._show_not_saved(attempt.problem)
        return attempt.stored

    def _show_not_saved(self, text: str) -> None:
        self.not_saved.setText(text)
        self.not_saved.show()

    def remove_selected(self) -> None:
        participant = self.selected()
        if participant is None:
            return
        places = sum(1 for slot in self.slots.for_session(self.session_id)
                     if slot.participant_id == participant.id)
        if places and not confirm(
                self, self.tr("Remove participant"),
                self.tr("{name} is on the speaker list ({n} places). Removing them takes them off the "
                        "list too; notes about what they said are kept.").format(name=participant.name,
                                                                                 n=places),
                self.tr("Remove")):
            return
        participant_id = participant.id
        self._run(self.tr("participant removed"),
                  lambda edit: edit.remove(Participant, participant_id))

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import participants"), LAST_CSV_FOLDER.get(self.settings),
            self.tr("Spreadsheets saved as CSV (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            LAST_CSV_FOLDER.set(self.settings, str(Path(path).parent))
            self.import_csv_file(path)

    def import_csv_file(self, path: str) -> int:
        """Read ``path``, say what will be added and what was wrong, add on confirmation.
        Returns how many participants were added."""
        try:
            read = read_participants_csv(path, self.session_id)
        except InputError as error:
            QMessageBox.warning(self, self.tr("Import participants"),
                                self.tr("Nothing was imported.") + "\n\n" + error_text(error))
            return 0
        known = {p.name.casefold() for p in self.model.rows}
        new = [p for p in read.participants if p.name.casefold() not in known]
        if not self._confirm_import(Path(path).name, read, new):
            return 0

        def add_all(edit: Edit) -> None:  # all of them, or none
            for participant in new:
                edit.add(participant)

        return len(new) if self._run(self.tr("participants imported"), add_all) else 0

    def _confirm_import(self, name: str, read: ParticipantsFile, new: list[Participant]) -> bool:
        already = len(read.participants) - len(new)
        text = self.tr("Add {n} participants from {name}?").format(n=len(new), name=name)
        details = []
        if already:
            details.append(self.tr("{n} already in the list (same name), not added again.").format(n=already))
        if read.problems:
            details.append(self.tr("{n} problems in the file (see the details).").format(
                n=len(read.problems)))
        box = QMessageBox(QMessageBox.Icon.Question if new else QMessageBox.Icon.Information,
                          self.tr("Import participants"), text, parent=self)
        box.setInformativeText("\n".join(details))
        if read.problems:
            box.setDetailedText("\n".join(shown(problem) for problem in read.problems))
        if not new:
            box.setText(self.tr("{name} holds nobody who is not already in the list.").format(name=name))
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            box.exec()
            return False
        add = box.addButton(self.tr("Add"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(add)
        box.exec()
        return box.clickedButton() is add

