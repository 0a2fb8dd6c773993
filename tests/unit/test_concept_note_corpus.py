"""The corpus of tests/data/concept_notes (23 notes in text, Markdown, Word and PDF, written the
ways real UN concept notes are) against its ground truth: at least 90 % of the stated date,
start, end, time zone and SDG fields right, and never a wrong value shown as found."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data" / "concept_notes"))

import corpus_score  # noqa: E402


@pytest.fixture(scope="module")
def scores():
    return corpus_score.score()


def test_the_corpus_has_at_least_20_notes_in_every_format():
    notes = corpus_score.truth()
    assert len(notes) >= 20
    assert {Path(name).suffix for name in notes} == {".txt", ".md", ".docx", ".pdf"}
    assert all((corpus_score.CORPUS / name).is_file() for name in notes)


@pytest.mark.parametrize("field", corpus_score.MAIN_FIELDS)
def test_nine_in_ten_of_the_stated_fields_are_right(scores, field):
    assert scores[field].right_share >= 0.9, "\n".join(corpus_score.report(scores))


def test_no_wrong_value_is_shown_as_found(scores):
    wrong = [line for tally in scores.values() for line in tally.wrong_as_found]
    assert not wrong, "\n".join(wrong)


def test_a_note_with_several_sessions_asks_which_one_is_the_meeting(scores):
    assert scores["several"].right == scores["several"].stated > 0
