"""Check a built package the way a user gets it: unpack it in a temporary folder and run the
frozen program from there. Used by ``python packaging/build.py --test`` (``make package-test``).

1. ``--self-test`` passes (resources, library, demo meeting, note, window; see selftest.py);
2. Linux: with no ``--db``, the frozen program keeps its library where the source build does;
3. ``--db PATH`` works for a command and for the window (shown offscreen, then closed);
4. the app's own translations are in the package, and a PDF concept note imports;
5. the live link: the frozen ``share`` and ``join`` on loopback pair with the code, encrypt, and
   the follower's library receives the meeting.
"""

import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
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
PDF_NOTE = ROOT / "tests" / "data" / "concept_notes" / "mop31-2019-side-event.pdf"
PDF_TITLE = "Tackling illegal trade in HFCs and ODS"
TRANSLATIONS = ("ar", "es", "fr", "ru", "zh_CN")
RESTRICTED_PDF = """import sys
from pypdf import PdfWriter
writer = PdfWriter(clone_from=sys.argv[1])
writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
writer.write(sys.argv[2])
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


def check_translations_and_pdf(program: Path, environment: dict[str, str], where: Path) -> list[str]:
    """The window's translations (compiled) are packaged, and a PDF concept note imports."""
    failures = []
    found = {path.name for path in (where / "unpacked").rglob("roundtable_*.qm")}
    missing = [language for language in TRANSLATIONS if f"roundtable_{language}.qm" not in found]
    if missing:
        failures.append(f"the window's translations are missing: {', '.join(missing)}")
    library = where / "pdf" / "meetings.sqlite"
    library.parent.mkdir()
    result = run([program, "import", PDF_NOTE, "--db", library], environment, where)
    shown = run([program, "sessions", "--db", library], environment, where)
    if result.returncode != 0 or PDF_TITLE not in shown.stdout:
        failures.append(f"a PDF concept note did not import: {result.stderr.strip()[-300:]}")
    restricted = where / "pdf" / "restricted.pdf"  # AES, empty password: read through pycryptodome
    run([sys.executable, "-c", RESTRICTED_PDF, PDF_NOTE, restricted], environment, ROOT)
    library = where / "pdf" / "restricted.sqlite"
    result = run([program, "import", restricted, "--db", library], environment, where)
    shown = run([program, "sessions", "--db", library], environment, where)
    if result.returncode != 0 or PDF_TITLE not in shown.stdout:
        failures.append(f"a restricted (AES) PDF did not import: {result.stderr.strip()[-300:]}")
    return failures


def _wait_for_line(out: Path, pattern: str, seconds: float = 120.0) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = re.search(pattern, out.read_text(encoding="utf-8", errors="replace"), re.MULTILINE)
        if found:
            return found.group(1)
        time.sleep(0.2)
    return ""


def check_link(program: Path, environment: dict[str, str], where: Path, chair: Path) -> list[str]:
    """The frozen ``share`` on 127.0.0.1 and the frozen ``join`` with its code: the follower's new
    library receives the meeting (pairing, encryption and websockets all load frozen)."""
    folder = where / "link"
    folder.mkdir()
    follower = folder / "rapporteur.sqlite"
    processes: list[subprocess.Popen] = []
    try:
        share_out = folder / "share.out"
        with share_out.open("w") as stream:
            processes.append(subprocess.Popen([str(program), "share", "latest", "--db", str(chair),
                                               "--host", "127.0.0.1"], env=environment, cwd=where,
                                              stdout=stream, stderr=subprocess.STDOUT))
        address = _wait_for_line(share_out, r"^Address: (\S+)$")
        code = _wait_for_line(share_out, r"^Code: (\d+)$")
        if not address or not code:
            return [f"`share` printed no address and code: {share_out.read_text()[-300:]}"]
        join_out = folder / "join.out"
        with join_out.open("w") as stream:
            processes.append(subprocess.Popen([str(program), "join", address, "--code", code, "--db",
                                               str(follower)], env=environment, cwd=where,
                                              stdout=stream, stderr=subprocess.STDOUT))
        if not _wait_for_line(join_out, r"^(Received \d+ changes)$"):
            return [f"`join` received nothing: {join_out.read_text()[-300:]}"]
    finally:
        for process in processes:
            process.terminate()
            process.wait(60)
    shown = run([program, "sessions", "--db", follower], environment, where)
    if DEMO not in shown.stdout:
        return [f"the follower's library does not hold the shared meeting: {shown.stdout[-300:]}"]
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

        failures += check_translations_and_pdf(program, environment, where)
        failures += check_link(program, environment, where, other)

        window = run([program, "--db", other], environment | {
            "QT_QPA_PLATFORM": "offscreen", "ROUNDTABLE_EXIT_WHEN_SHOWN": "1"}, where)
        if window.returncode != 0 or "window shown" not in window.stdout:
            failures.append(f"the window did not show with --db PATH: {window.stderr.strip()[-300:]}")
    return failures
