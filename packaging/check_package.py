"""Check a built package the way a user gets it: unpack it in a temporary folder and run the
frozen program from there. Used by ``python packaging/build.py --test`` (``make package-test``).

1. ``--self-test`` passes (resources, library, demo meeting, note, window; see selftest.py);
2. Linux: with no ``--db``, the frozen program keeps its library where the source build does;
3. ``--db PATH`` works for a command and for the window (shown offscreen, then closed).
"""

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "roundtable-desktop"
DEMO = "High-level Roundtable"
MAKE_LIBRARY = """import sys
from pathlib import Path
from roundtable_desktop.startup import open_library_with_demo
open_library_with_demo(Path(sys.argv[1])).close()
"""


def unpack(archive: Path, where: Path, app_bundle: Path | None = None) -> Path:
    """Unpack the package into ``where``; return the program to run."""
    if archive.suffix == ".dmg":  # mounting needs a GUI session: check the .app it was made from
        shutil.copytree(app_bundle, where / app_bundle.name, symlinks=True)
        return where / app_bundle.name / "Contents" / "MacOS" / NAME
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as bundle:
            bundle.extractall(where)
    else:
        with tarfile.open(archive) as tar:
            tar.extractall(where, filter="tar")
    (folder,) = where.iterdir()  # the package holds one folder
    return folder / (f"{NAME}-cli.exe" if archive.suffix == ".zip" else NAME)


def run(command: list, environment: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    print("+", " ".join("<script>" if "\n" in str(part) else str(part) for part in command), flush=True)
    return subprocess.run([str(part) for part in command], env=environment, cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def check_default_library(program: Path, environment: dict[str, str], where: Path) -> list[str]:
    """With no --db, the frozen program creates its library where the source build keeps it."""
    source = run([sys.executable, "-c", "from roundtable_desktop.app import library_path; "
                  "print(library_path())"], environment | {"PYTHONPATH": str(ROOT)}, ROOT)
    expected = Path(source.stdout.strip())
    result = run([program, "sessions"], environment, where)
    if expected.parent == Path() or not expected.is_relative_to(where) or not expected.is_file():
        return [f"the frozen program did not create its library where the source keeps it ({expected})"]
    if DEMO not in result.stdout:
        return ["`sessions` on a new default library does not list the demo meeting"]
    return []


def check(archive: Path, app_bundle: Path | None = None) -> list[str]:
    """The failures found (empty when the package works)."""
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="roundtable-package-") as temporary:
        where = Path(temporary)
        program = unpack(archive, where / "unpacked", app_bundle)
        environment = {k: v for k, v in os.environ.items()
                       if not k.startswith(("PYTHON", "ROUNDTABLE_")) and k != "QT_QPA_PLATFORM"}
        environment.update(XDG_DATA_HOME=str(where / "data"), XDG_CONFIG_HOME=str(where / "config"))

        result = run([program, "--self-test"], environment, where)
        print(result.stdout + result.stderr, end="")
        if result.returncode != 0:
            failures.append(f"--self-test exited {result.returncode}")

        if sys.platform == "linux":  # QStandardPaths follows XDG_DATA_HOME here
            failures += check_default_library(program, environment, where)

        other = where / "elsewhere" / "meetings.sqlite"
        source = environment | {"PYTHONPATH": str(ROOT)}
        created = run([sys.executable, "-c", MAKE_LIBRARY, other], source, ROOT)
        result = run([program, "sessions", "--db", other], environment, where)
        if created.returncode != 0 or result.returncode != 0 or DEMO not in result.stdout:
            failures.append(f"`sessions --db PATH` failed: {result.stderr.strip()}")

        window = run([program, "--db", other], environment | {
            "QT_QPA_PLATFORM": "offscreen", "ROUNDTABLE_EXIT_WHEN_SHOWN": "1"}, where)
        if window.returncode != 0 or "window shown" not in window.stdout:
            failures.append(f"the window did not show with --db PATH: {window.stderr.strip()[-300:]}")
    return failures
