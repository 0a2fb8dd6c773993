"""Every hostile input of the corpus is refused with one line naming what is wrong, or imports
and then exports: never a traceback."""

import pytest

from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.exchange.concept_note.importer import import_bytes
from roundtable_desktop.exchange.report.formats import ExportFormat, export_meeting
from tests.hostile_inputs import corpus

CASES = list(corpus())


@pytest.mark.parametrize("hostile", CASES, ids=[case.name for case in CASES])
def test_a_hostile_input_is_one_line_or_a_meeting_that_exports(hostile, tmp_path):
    raw = hostile.make()
    suffix = "." + hostile.name.rsplit(".", 1)[-1]
    if hostile.expect is not None:
        with pytest.raises(InputError) as refused:
            import_bytes(raw, hostile.name, suffix)
        assert hostile.expect in str(refused.value)
        assert "\n" not in str(refused.value) and len(str(refused.value)) < 300
        return
    meeting = import_bytes(raw, hostile.name, suffix).meeting
    for export_format in ExportFormat:
        export_meeting(meeting, export_format, tmp_path / f"out{export_format.suffix}")
