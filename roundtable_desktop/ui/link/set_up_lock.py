"""A meeting the chair's laptop runs is set up there: on the rapporteur's laptop its agenda,
guiding questions, properties, participants, roll call, closed lists and the order of the floor
requests are shown and change nothing (a change made here would travel to the chair's laptop and
overwrite its set-up, or be overwritten by it). The notes, syntheses and key messages stay the
rapporteur's to write."""

from typing import Any

from .link_bars import ChairSetsUpLine


class ChairSetsUp:
    """Created by the live link's actions with the window; ``show`` turns the set-up's
    controls off or back on, and says why above the Agenda."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.line = ChairSetsUpLine()
        layout = window.agenda_panel.layout()
        layout.insertWidget(0, self.line)

    def show(self, read_only: bool) -> None:
        window = self.window
        self.line.setVisible(read_only)
        for panel in (window.agenda_panel, window.questions_panel):
            panel.set_read_only(read_only)
        window.setup_actions.set_read_only(read_only)
        for action in (window.list_closing.item_action, window.list_closing.floor_action,
                       window.balance_line.sort_action):
            action.setEnabled(not read_only)
