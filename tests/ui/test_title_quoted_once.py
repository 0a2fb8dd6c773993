"""The Delete and "Run this meeting on this laptop" questions quote a meeting's title once, even
when the title has quote marks of its own."""

import dataclasses

from roundtable_desktop.domain.row_versions import Laptop
from roundtable_desktop.storage.meeting_rows import set_laptop_role
from roundtable_desktop.ui import main_window
from roundtable_desktop.ui.link import live_actions

QUOTED = "\u201cLeaving no one behind\u201d"


def _titled(window, title: str) -> None:
    session = window.library.sessions.get(window.session_id)
    window.library.sessions.update(dataclasses.replace(session, title=title))
    window.session_bar.reload(session.id)


def _asked(monkeypatch, module) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(module, "confirm", lambda parent, title, text, action: asked.append(text) or False)
    return asked


def test_delete_quotes_a_title_with_its_own_quotes_once(window, monkeypatch):
    _titled(window, QUOTED)
    asked = _asked(monkeypatch, main_window)
    window.delete_action.trigger()
    assert asked == ["Delete \u201cLeaving no one behind\u201d with its agenda, speakers and notes? "
                     "This cannot be undone."]


def test_run_here_quotes_a_title_with_its_own_quotes_once(window, monkeypatch):
    _titled(window, QUOTED)
    with window.library.database.transaction():
        set_laptop_role(window.library.database, window.session_id, Laptop.RAPPORTEUR)
    window.session_bar.reload(window.session_id)
    asked = _asked(monkeypatch, live_actions)
    assert not window.live_link.run_here()
    assert len(asked) == 1
    assert asked[0].startswith("Run \u201cLeaving no one behind\u201d on this laptop?")
