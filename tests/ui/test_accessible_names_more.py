"""Every control of the dialogs reached from File and Meeting beyond the console's: the import
review (each of its tabs), restore from backup, and the share and join dialogs."""


from roundtable_desktop.exchange.concept_note.importer import import_bytes
from roundtable_desktop.storage.backups import take_backup
from roundtable_desktop.ui.changes import ActionRunner
from roundtable_desktop.ui.link.join_dialog import JoinDialog
from roundtable_desktop.ui.reliability.restore_dialog import RestoreDialog
from roundtable_desktop.ui.setup.review_dialog import ImportReviewDialog
from tests.ui.accessibility_walk import unnamed_controls

NOTE = b"""High-level roundtable on water cooperation
Tuesday, 22 March 2022, 13:15 - 14:30 (New York time)
Chair: Ms. Retno Marsudi, Minister for Foreign Affairs of Indonesia
Guiding questions
How can water cooperation prevent conflict?
"""


def _shown(qtbot, dialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)


def _gone(dialog) -> None:
    dialog.close()


def test_every_control_of_the_import_review_has_a_name(qtbot, library):
    dialog = ImportReviewDialog(import_bytes(NOTE, "note.txt", ".txt"), "note.txt",
                                ActionRunner(library.change_path))
    _shown(qtbot, dialog)
    tabs = dialog.findChildren(type(dialog.tabs)) if hasattr(dialog, "tabs") else []
    missing = unnamed_controls(dialog)
    for tab_widget in tabs:  # each tab in turn, since a hidden tab's controls are not walked
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            missing += unnamed_controls(dialog)
    _gone(dialog)
    assert sorted(set(missing)) == [], "\n".join(sorted(set(missing)))


def test_every_control_of_the_restore_dialog_has_a_name(qtbot, window, library, library_path):
    take_backup(library.database)
    dialog = RestoreDialog(library_path, window)
    _shown(qtbot, dialog)
    missing = unnamed_controls(dialog)
    _gone(dialog)
    assert missing == []


def test_every_control_of_the_share_dialog_has_a_name(qtbot, window):
    window.live_link.listen_host, window.live_link.announce = "127.0.0.1", False
    dialog = window.live_link.share()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    missing = unnamed_controls(dialog)
    dialog.reject()
    window.live_link.stop()
    assert missing == []


def test_every_control_of_the_join_dialog_has_a_name(qtbot, window):
    dialog = JoinDialog(window, browse=False)
    _shown(qtbot, dialog)
    missing = unnamed_controls(dialog)
    _gone(dialog)
    assert missing == []
