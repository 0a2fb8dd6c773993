"""Meeting > Properties holds the Word summary's masthead: symbol, distribution, date of issue,
original language."""

import datetime as dt

from PySide6.QtCore import QDate

from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.ui.setup.meeting_form import MeetingForm


def test_the_masthead_is_edited_with_the_meeting_s_properties(qtbot):
    session = demo_meeting().session
    form = MeetingForm(session)
    qtbot.addWidget(form)
    assert form.symbol.text() == "" and form.distribution.placeholderText() == "General"
    form.symbol.setText("  E/CN.16/2021/CRP.1 ")
    form.distribution.setText("Limited")
    form.issue_date.setDate(QDate(2021, 5, 20))
    form.original_language.setText("English")
    form.apply(session)
    assert (session.document_symbol, session.distribution, session.issue_date, session.original_language) == (
        "E/CN.16/2021/CRP.1", "Limited", dt.date(2021, 5, 20), "English")
    again = MeetingForm(session)
    qtbot.addWidget(again)
    assert again.symbol.text() == "E/CN.16/2021/CRP.1" and again.issue_date.date() == QDate(2021, 5, 20)
