"""The summary in each of the six languages: every catalogue complete, dates in UN style, titles
that agree with a woman rapporteur, the command line's --language."""

import dataclasses
from datetime import date

import pytest

from roundtable_desktop.domain.enums import Gender
from roundtable_desktop.domain.model import Participant
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.exchange.report import ReportOptions, build_report, render_markdown
from roundtable_desktop.exchange.report.catalogues import CATALOGUES
from roundtable_desktop.exchange.report.texts import ENGLISH, texts_for

# the same word in English and the other language, on purpose
SAME_AS_ENGLISH = {
    "fr": {"date_label", "introduction", "participants", "total", "original", "rapporteur_label",
           "separator"},
    "es": {"total", "original", "separator"},
    "ru": {"distribution", "original", "separator", "feminine", "general", "original_language"},
    "zh": {"distribution", "original", "feminine", "general", "original_language"},
    "ar": {"distribution", "original", "general", "original_language"},
}
MEETING_DAY = {"en": "17\u00a0May 2021", "fr": "17 mai 2021", "es": "17 de mayo de 2021",
               "ru": "17 мая 2021 года", "zh": "2021年5月17日", "ar": "17 أيار/مايو 2021"}
HEADINGS = {"en": "Key messages", "fr": "Messages clés", "es": "Mensajes clave", "ru": "Основные тезисы",
            "zh": "关键信息", "ar": "الرسائل الرئيسية"}


@pytest.mark.parametrize("code", ["fr", "es", "ru", "zh", "ar"])
def test_every_field_of_a_catalogue_is_in_its_language(code):
    texts = CATALOGUES[code]
    left_in_english = [f.name for f in dataclasses.fields(texts)
                       if f.name not in SAME_AS_ENGLISH[code] and f.name not in ("common_nouns", "numbers")
                       and isinstance(getattr(ENGLISH, f.name), str | tuple | dict)
                       and getattr(texts, f.name) == getattr(ENGLISH, f.name)]
    assert left_in_english == []
    assert set(texts.kinds) == set(texts.kinds) and len(texts.kinds) == 9
    for key, value in texts.terms.items():
        if key not in ("General", "English"):
            assert value != key or code == "fr" and value == "Intervention", key


@pytest.mark.parametrize("code", sorted(MEETING_DAY))
def test_the_summary_reads_in_its_language_with_its_dates(code):
    meeting = demo_meeting()
    text = render_markdown(build_report(meeting, ReportOptions(language=code)))
    assert MEETING_DAY[code] in text
    assert HEADINGS[code] in text
    if code != "en":
        assert "Key messages" not in text and " May " not in text


def test_the_meeting_s_own_language_is_used_unless_an_export_chooses_another():
    meeting = demo_meeting()
    meeting.session.summary_language = "es"
    assert "Mensajes clave" in render_markdown(build_report(meeting))
    assert "Messages clés" in render_markdown(build_report(meeting, ReportOptions(language="fr")))
    assert texts_for("de") is ENGLISH


def test_a_woman_rapporteur_is_rapporteuse_and_relatora():
    meeting = demo_meeting()
    meeting.session.rapporteur_name = "Ms. Ana Pérez"
    meeting.participants.append(Participant(session_id=meeting.session.id, name="Ms. Ana Pérez",
                                            gender=Gender.WOMAN))
    french = render_markdown(build_report(meeting, ReportOptions(language="fr")))
    spanish = render_markdown(build_report(meeting, ReportOptions(language="es")))
    assert "Rapporteuse" in french and "Relatora" in spanish
    meeting.participants[-1].gender = Gender.MAN
    assert "Rapporteuse" not in render_markdown(build_report(meeting, ReportOptions(language="fr")))


def test_dates_never_come_from_strftime():
    assert CATALOGUES["ru"].long_date(date(2021, 5, 17)) == "понедельник, 17 мая 2021 года"
    assert CATALOGUES["ar"].day_month_year(date(2021, 7, 6)) == "6 تموز/يوليه 2021"


# UN practice: the French and Spanish versions write their masthead in their own language, the
# Russian, Chinese and Arabic versions in English ("Distr.: General", "20 May 2021"); every
# version but the English names its own language above "Original: …"
MASTHEADS = {
    "en": ["Distr.: General", "20\u00a0May 2021", "Original: English"],
    "fr": ["Distr. générale", "20 mai 2021", "Français", "Original\u00a0: anglais"],
    "es": ["Distr. general", "20 de mayo de 2021", "Español", "Original: inglés"],
    "ru": ["Distr.: General", "20\u00a0May 2021", "Russian", "Original: English"],
    "zh": ["Distr.: General", "20\u00a0May 2021", "Chinese", "Original: English"],
    "ar": ["Distr.: General", "20\u00a0May 2021", "Arabic", "Original: English"],
}


@pytest.mark.parametrize("code", sorted(MASTHEADS))
def test_the_masthead_follows_the_un_practice_of_each_language(code):
    meeting = demo_meeting()
    meeting.session.document_symbol, meeting.session.issue_date = "E/CN.16/2021/CRP.1", date(2021, 5, 20)
    masthead = [p.text for p in build_report(meeting, ReportOptions(language=code)).masthead]
    assert masthead == ["E/CN.16/2021/CRP.1", *MASTHEADS[code]]


@pytest.mark.parametrize(("code", "position"), [("fr", "Fonction"), ("es", "Cargo")])
def test_the_participants_position_is_headed_in_the_un_s_word(code, position):
    texts = CATALOGUES[code]
    assert texts.participants_header[1] == position and texts.speaking_header[2] == position
