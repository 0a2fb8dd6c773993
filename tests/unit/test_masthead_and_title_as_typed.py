"""What a secretariat types in the meeting's properties reads right in every version: a
rapporteur written "Ms. Ana Pérez" (and no participant of that name) makes the title agree
(Rapporteuse, Relatora); a distribution and an original language typed in one language ("General",
"en", "anglais", "英文") are written in the language of each version's masthead."""

from datetime import date

import pytest

from roundtable_desktop.domain.enums import Gender
from roundtable_desktop.domain.honorifics import addressed_as_a_woman
from roundtable_desktop.domain.model import Participant
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.exchange.report import ReportOptions, build_report, render_markdown


@pytest.mark.parametrize("name", ["Ms. Ana Pérez", "H.E. Mrs. Amina Mohammed", "Mme Anna Schmidt",
                                  "Sra. Ortiz", "г-жа Петрова", "Dr. Ms. Kim", "Her Excellency Ms. Ito",
                                  "ms ana"])
def test_a_woman_s_title_of_address_is_known(name):
    assert addressed_as_a_woman(name)


@pytest.mark.parametrize("name", ["Mr. Jonas Berg", "H.E. Mr. Karim Haddad", "Dr. Mohammed", "Msgr. Rossi",
                                  "Mstislav Petrov", "Missy Elliott", "Chair of the Commission", ""])
def test_nothing_else_is_taken_for_a_woman_s_title(name):
    assert not addressed_as_a_woman(name)


def test_a_rapporteur_addressed_as_a_woman_is_rapporteuse_and_relatora_unless_stated_otherwise():
    meeting = demo_meeting()
    meeting.session.rapporteur_name = "Ms. Ana Pérez"
    def summary(code: str) -> str:
        return render_markdown(build_report(meeting, ReportOptions(language=code)))

    assert "Résumé établi par la Rapporteuse" in summary("fr")
    assert "Resumen de la Relatora" in summary("es")
    meeting.participants.append(Participant(session_id=meeting.session.id, name="Ms. Ana Pérez",
                                            gender=Gender.MAN))  # stated: that is what counts
    assert "Rapporteuse" not in render_markdown(build_report(meeting, ReportOptions(language="fr")))
    meeting.session.rapporteur_name = "Mr. Jonas Berg"
    assert "Relatora" not in render_markdown(build_report(meeting, ReportOptions(language="es")))


MASTHEADS = {  # typed "General" and "en": each version's masthead words
    "en": ("Distr.: General", "Original: English"),
    "fr": ("Distr. générale", "Original\u00a0: anglais"),
    "es": ("Distr. general", "Original: inglés"),
    "ru": ("Distr.: General", "Original: English"),
    "zh": ("Distr.: General", "Original: English"),
    "ar": ("Distr.: General", "Original: English"),
}


def _masthead(distribution: str, original: str, code: str) -> list[str]:
    meeting = demo_meeting()
    session = meeting.session
    session.document_symbol, session.issue_date = "E/CN.16/2021/CRP.1", date(2021, 5, 20)
    session.distribution, session.original_language = distribution, original
    return [p.text for p in build_report(meeting, ReportOptions(language=code)).masthead]


@pytest.mark.parametrize("code", sorted(MASTHEADS))
@pytest.mark.parametrize("original", ["en", "English", "anglais", "inglés", "английский", "英文",
                                      "الإنكليزية"])
def test_a_distribution_and_original_language_typed_in_any_language_read_in_the_masthead_s(code, original):
    masthead = _masthead("General", original, code)
    distribution, original_line = MASTHEADS[code]
    assert masthead[1] == distribution
    assert masthead[-1] == original_line


def test_other_languages_and_distributions_stay_as_typed():
    masthead = _masthead("Limited", "Swahili", "fr")
    assert masthead[1] == "Distr. limitée"
    assert masthead[-1] == "Original\u00a0: Swahili"
    assert _masthead("Restricted", "fr", "es")[-1] == "Original: francés"
    assert _masthead("", "", "fr")[1] == "Distr. générale"  # none typed: the version's own
