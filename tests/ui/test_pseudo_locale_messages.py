"""The pseudo-locale on the texts made below the window: what the importer found in a real
concept note (its checks, its notes, the days it offers), the disk-trouble bar after a real
refused write, the merge report. Each is marked where it is made and translated in the window, so
none shows an English word but the meeting's own data."""

import sqlite3

import pytest
from PySide6.QtWidgets import QTabWidget

from roundtable_desktop.domain.merge_report import Choice, MergeReport
from roundtable_desktop.exchange.concept_note import import_file
from roundtable_desktop.storage import merge
from roundtable_desktop.storage.lock import LibraryLock
from roundtable_desktop.ui.link.merge_dialog import MergeReportDialog
from roundtable_desktop.ui.reliability import write_guard
from roundtable_desktop.ui.reliability.guardian import Reliability
from roundtable_desktop.ui.reliability.single_instance import Claim
from roundtable_desktop.ui.setup.review_dialog import ImportReviewDialog
from tests.conftest import ROOT
from tests.ui.pseudo import PAD
from tests.ui.test_pseudo_locale import (
    library_words,
    meeting_texts,
    pseudo_window,
    untranslated,
    widget_texts,
)

__all__ = ["pseudo_window"]  # the fixture, shared with the pseudo-locale test of the window

NOTE = ROOT / "tests" / "data" / "concept_notes" / "csocd61-2023-two-sessions.md"


def test_the_import_review_of_a_note_with_findings_shows_only_translated_text(qtbot, pseudo_window, library):
    result = import_file(NOTE)
    assert result.checks and result.notes and len(result.time_choices) > 1  # findings of every kind
    dialog = ImportReviewDialog(result, NOTE.name, pseudo_window.runner, pseudo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    # the meeting's data, the file's name and the zone's abbreviation (EST) are not language
    data = library_words(library) | meeting_texts(result.meeting) | {"csocd", "two", "sessions", "md", "EST"}
    problems = []
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            problems += untranslated(widget_texts(dialog), data)
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))
    summary = dialog.summary.text()
    assert summary.count(PAD) >= 4  # the checks and the notes went through translation too
    assert all(PAD in dialog.choice_box.itemText(i) for i in range(dialog.choice_box.count()))


@pytest.fixture
def guarded_pseudo(pseudo_window, library_path, monkeypatch):
    monkeypatch.setattr(write_guard, "RETRY_MS", 100)
    claim = Claim(library_path, LibraryLock(library_path).acquire())
    reliability = Reliability(pseudo_window, pseudo_window.library, claim)
    yield reliability
    reliability.close()
    claim.release()


def test_the_disk_trouble_bar_after_a_refused_write_shows_only_translated_text(
        qtbot, pseudo_window, guarded_pseudo, library_path, library):
    guarded_pseudo.library.database.connection.execute("PRAGMA busy_timeout = 20")
    other = sqlite3.connect(library_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert pseudo_window.speakers_panel.controller.toggle()  # F5: refused, the clock runs on
        bar = guarded_pseudo.bar
        qtbot.waitUntil(bar.isVisible)
        assert PAD in bar.message.text()
        problems = untranslated(widget_texts(bar), library_words(library))
        assert not problems, "\n".join(problems)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_the_merge_report_shows_only_translated_text(qtbot, pseudo_window, library, demo):
    report = MergeReport(session_id=demo.session.id, title=demo.session.title)
    report.added = {"note": 2, "agenda_item": 1}
    report.updated = {"participant": 1}
    report.deleted = {"speaker_slot": 3}
    report.kept_deleted = {"note": 1}
    person = demo.participants[0]
    report.by_rule.append(merge._KEPT_AS_ON_CHAIR.format(what=merge.kind_name("participant"),
                                                         label=person.name, fields="role"))
    report.choices.append(Choice("participant", person.id, person.name, ["function"],
                                 {"function": person.function}, {"function": "Minister"}))
    dialog = MergeReportDialog(report, pseudo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    lines = dialog.text.toPlainText().splitlines()
    assert len(lines) == 6 and all(PAD in line for line in lines)
    # the fields' names and values are data; "et" joins a list in the window's locale (French here)
    data = library_words(library) | {"role", "function", "Minister", "et"}
    problems = untranslated(widget_texts(dialog) + [("report", line) for line in lines], data)
    assert not problems, "\n".join(problems)
