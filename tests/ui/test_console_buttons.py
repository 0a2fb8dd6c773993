"""The console's buttons keep their short labels whatever the chair does."""

from PySide6.QtWidgets import QToolButton


def _labels(window) -> list[str]:
    panel = window.speakers_panel
    return [w.text() for w in panel.findChildren(QToolButton) if w.defaultAction() is not None]


def test_the_display_button_keeps_its_label_after_the_presenter_display_opens(window, qtbot):
    before = _labels(window)
    assert "Display" in before
    window.console_actions.presenter.trigger()
    window.console_actions.start_pause.trigger()
    window.console_actions.presenter.trigger()
    assert _labels(window) == before
    assert window.console_actions.presenter.text().replace("&", "") != "Display"  # the menu's words
