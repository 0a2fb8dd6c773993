"""A dialog whose OK stores its change as one operation of the change path, and closes only once
it is stored. When the library refuses the write the dialog stays open with what was typed, a
line says it is not saved, and the disk-trouble bar retries it: the dialog closes by itself
when the retry stores it. Cancel drops a change still waiting."""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ..storage.change_path import Applied, Edit, kind_of
from .changes import ActionRunner, Attempt

NOT_SAVED_STYLE = "color: #b00020; font-weight: bold;"


class SavingDialog(QDialog):
    def __init__(self, runner: ActionRunner, session_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session_id = session_id
        self.not_saved = QLabel()
        self.not_saved.setWordWrap(True)
        self.not_saved.setStyleSheet(NOT_SAVED_STYLE)
        self.not_saved.hide()
        self.waiting_key: str | None = None  # the kept change the bar retries
        self.last_attempt: Attempt | None = None

    def store(self, what: str, write: Callable[[Edit], Any], key: str, typed: str = "") -> Attempt:
        """Run ``write`` as one operation; the dialog closes when it is stored (now or later)."""
        attempt = self.runner.run(what, self.session_id, write, typed=typed, key=key,
                                  on_stored=self._stored, on_problem=self._show_problem)
        self.last_attempt = attempt
        if not attempt.stored:
            self.waiting_key = key if attempt.kept else None
            self._show_problem(attempt.problem)
        return attempt

    def store_record(self, before: Any | None, after: Any, what: str, typed: str = "") -> Attempt:
        """A new record (``before`` None) added, or the fields the user changed written."""
        key = f"{kind_of(type(after)).value}:{after.id}"
        if before is None:
            return self.store(what, lambda edit: edit.add(after), key, typed)
        return self.store(what, lambda edit: edit.update(before, after), key, typed)

    def _stored(self, _applied: Applied[Any]) -> None:
        self.waiting_key = None
        self.not_saved.hide()
        QDialog.accept(self)

    def _show_problem(self, text: str) -> None:
        self.not_saved.setText(text)
        self.not_saved.show()
        self.adjustSize()  # the whole line, not cut at the dialog's old height

    def reject(self) -> None:
        if self.waiting_key is not None:
            self.runner.forget(self.waiting_key)
            self.waiting_key = None
        super().reject()
