"""Export edge cases: a rapporteur's line longer than Word's properties, a device or a pipe as
target, a 300-character name, a full disk: one line each, never a traceback, nothing replaced."""

import os
import subprocess
import sys

import docx
import pytest

from roundtable_desktop.domain.errors import ExportError
from roundtable_desktop.exchange.atomic import write_text_atomically
from roundtable_desktop.exchange.report.formats import ExportFormat, export_meeting
from roundtable_desktop.storage.library import Library
from tests.rehearsed_meeting import rehearsed_meeting


def test_a_rapporteurs_line_over_255_characters_exports_to_word(tmp_path):
    meeting = rehearsed_meeting()
    meeting.session.rapporteur_name = "Ms. Amina Diallo, Rapporteur, " * 20
    meeting.session.title = "A very long title " * 30
    written = export_meeting(meeting, ExportFormat.DOCX, tmp_path / "summary.docx")
    properties = docx.Document(str(written)).core_properties
    assert 200 < len(properties.author) <= 255 and properties.author.startswith("Ms. Amina Diallo")
    assert len(properties.title) <= 255


def test_a_pipe_as_target_is_refused_and_stays_a_pipe(tmp_path):
    pipe = tmp_path / "summary.md"
    os.mkfifo(pipe)
    with pytest.raises(ExportError, match="not an ordinary file"):
        write_text_atomically(pipe, "text")
    assert pipe.is_fifo()


def test_a_device_as_target_is_refused_and_stays_a_device(tmp_path):
    import stat

    device = tmp_path / "summary.docx"
    try:  # a node of its own, like /dev/null (never the system's: a failure would replace it)
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except (PermissionError, AttributeError, OSError):
        pytest.skip("making a device node needs root on Linux")
    with pytest.raises(ExportError, match="not an ordinary file"):
        write_text_atomically(device, "text")
    assert stat.S_ISCHR(device.stat().st_mode)


def test_a_300_character_name_is_one_line(tmp_path):
    with pytest.raises(ExportError, match="too long for a file name"):
        write_text_atomically(tmp_path / ("s" * 300 + ".docx"), "text")
    deep = tmp_path.joinpath(*["folder" * 40] * 30) / "summary.docx"  # a path too long
    with pytest.raises(ExportError):
        write_text_atomically(deep, "text")


@pytest.fixture
def full_disk(tmp_path):
    folder = tmp_path / "full"
    folder.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        filler = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(filler, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(filler)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.parametrize("export_format", ["docx", "md", "csv", "json"])
def test_an_export_on_a_full_disk_is_one_line_without_traceback_noise(full_disk, tmp_path,
                                                                       export_format):
    library = Library.open(tmp_path / "library.sqlite")
    library.add_meeting(rehearsed_meeting())
    library.close()
    result = subprocess.run(
        [sys.executable, "-m", "roundtable_desktop", "export", "latest", "--format", export_format,
         "-o", str(full_disk / f"summary.{export_format}"), "--db", str(tmp_path / "library.sqlite")],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"roundtable-desktop: The disk holding {full_disk} is full. Free some space or choose "
        "another place."]
    assert sorted(os.listdir(full_disk)) == ["filler"]
