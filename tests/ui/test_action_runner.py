"""The window's side of the change path: announcements as a signal, and the one handling of a
refused write (input kept, not said saved, kept and retried by the disk-trouble bar)."""

import sqlite3

import pytest

from roundtable_desktop.domain.changes import RecordKind
from roundtable_desktop.domain.model import GuidingQuestion
from roundtable_desktop.storage.lock import LibraryLock
from roundtable_desktop.ui.changes import ActionRunner, ChangeSignals
from roundtable_desktop.ui.reliability import write_guard
from roundtable_desktop.ui.reliability.guardian import Reliability
from roundtable_desktop.ui.reliability.single_instance import Claim


@pytest.fixture
def guarded(window, library_path, monkeypatch):
    monkeypatch.setattr(write_guard, "RETRY_MS", 100)
    claim = Claim(library_path, LibraryLock(library_path).acquire())
    reliability = Reliability(window, window.library, claim)
    reliability.guard.timer.setInterval(100)
    yield reliability
    reliability.close()
    claim.release()


@pytest.fixture
def locked(library_path, guarded):
    """Another program holds the library locked until the test lets it go."""
    guarded.library.database.connection.execute("PRAGMA busy_timeout = 20")
    other = sqlite3.connect(library_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def _new_question(demo, text="Which partnerships work?"):
    question = GuidingQuestion(session_id=demo.session.id, text=text, position=9)
    return question, (lambda edit: edit.add(question))


def test_each_committed_change_is_a_signal_once(qtbot, library, demo):
    signals = ChangeSignals(library.feed)
    question, write = _new_question(demo)
    with qtbot.waitSignal(signals.changed) as heard:
        library.change_path.run("new question", demo.session.id, write)
    assert heard.args[0].ids(RecordKind.QUESTION) == {question.id}
    signals.close()


def test_an_action_stored_at_once_says_so(qtbot, library, demo):
    runner = ActionRunner(library.change_path)
    stored = []
    question, write = _new_question(demo)
    attempt = runner.run("new question", demo.session.id, write, on_stored=stored.append)
    assert attempt.stored and not attempt.problem and len(stored) == 1
    assert library.questions.get(question.id).text == question.text


def test_a_refused_action_is_kept_retried_by_the_bar_and_only_then_said_stored(
        qtbot, guarded, demo, locked):
    runner = guarded.window.runner
    assert runner.keeper is guarded.guard
    stored = []
    question, write = _new_question(demo)
    attempt = runner.run("new question", demo.session.id, write, typed=question.text,
                         key="question:new", on_stored=stored.append)
    assert not attempt.stored and attempt.kept and "Not saved" in attempt.problem
    assert stored == []
    qtbot.waitUntil(guarded.bar.isVisible)
    assert guarded.guard.failures == 1  # heard once, though both the library and the action knew
    locked.execute("ROLLBACK")
    qtbot.waitUntil(lambda: bool(stored))
    assert guarded.library.questions.get(question.id).text == question.text
    assert "every change kept for a retry is stored" in guarded.bar.message.text()


def test_saving_the_same_edit_again_replaces_the_kept_one_and_cancel_drops_it(
        qtbot, guarded, demo, locked):
    runner = guarded.window.runner
    first, write_first = _new_question(demo, "First wording?")
    second, write_second = _new_question(demo, "Second wording?")
    runner.run("new question", demo.session.id, write_first, key="question:new")
    runner.run("new question", demo.session.id, write_second, key="question:new")
    assert len(guarded.guard.pending) == 1
    runner.forget("question:new")
    locked.execute("ROLLBACK")
    qtbot.waitUntil(lambda: not guarded.guard.in_trouble)
    texts = [q.text for q in guarded.library.questions.for_session(demo.session.id)]
    assert "First wording?" not in texts and "Second wording?" not in texts


def test_without_a_bar_a_refused_action_says_not_saved_and_keeps_nothing(qtbot, window, demo,
                                                                        library_path):
    window.library.database.connection.execute("PRAGMA busy_timeout = 20")
    other = sqlite3.connect(library_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        question, write = _new_question(demo)
        attempt = window.runner.run("new question", demo.session.id, write)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not attempt.stored and not attempt.kept and "another program" in attempt.problem
