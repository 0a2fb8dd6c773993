"""The wheel, as a user gets it: built from a copy of the source tree without warnings, holding
every module and resource, installed into a new virtual environment outside the checkout and run
from another folder (self-test, import into a new library, Word export, the window offscreen).

``ROUNDTABLE_WHEEL_PYTHON`` names the Python that makes the new environment (``make test-pythons``
runs this file on each version); by default it is the Python running the tests."""

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "roundtable_desktop"
WHEEL_RESOURCES = f"{PACKAGE}/bundled_resources"
DEMO_NOTE = "demo/cstd-2021-concept-note.txt"
DEMO_TITLE_WORDS = "The role of science, technology, and innovation"
NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__",
                                    ".pytest_cache", ".ruff_cache", ".mypy_cache", ".hypothesis")
BACKEND_WARNING = re.compile(r"warning", re.IGNORECASE)


def _clean_environment(home: Path) -> dict[str, str]:
    """No checkout on the path, no library of the developer's, a private home."""
    environment = {key: value for key, value in os.environ.items()
                   if key not in {"PYTHONPATH", "ROUNDTABLE_DB", "PYTHONDONTWRITEBYTECODE", "VIRTUAL_ENV"}}
    environment.update(QT_QPA_PLATFORM="offscreen", PIP_DISABLE_PIP_VERSION_CHECK="1", HOME=str(home),
                       XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                       XDG_CACHE_HOME=os.environ.get("XDG_CACHE_HOME", str(Path.home() / ".cache")))
    return environment


def _run(command: list[str], cwd: Path, environment: dict[str, str], timeout: int = 600):
    done = subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done


def _bin(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if sys.platform == "win32" else "bin") / name


class Installed:
    def __init__(self, wheel: Path, build_output: str, venv: Path, elsewhere: Path,
                 environment: dict[str, str]) -> None:
        self.wheel, self.build_output, self.venv = wheel, build_output, venv
        self.elsewhere, self.environment = elsewhere, environment

    def app(self, *arguments: str, **extra: str) -> subprocess.CompletedProcess:
        return _run([str(_bin(self.venv, "roundtable-desktop")), *arguments], self.elsewhere,
                    {**self.environment, **extra})

    def python(self, code: str) -> subprocess.CompletedProcess:
        return _run([str(_bin(self.venv, "python")), "-c", code], self.elsewhere, self.environment)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    environment = _clean_environment(base / "home")
    source = base / "source"
    shutil.copytree(ROOT, source, symlinks=True, ignore=NOT_COPIED)
    built = _run([sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "-w", str(base / "dist"),
                  str(source)], base, environment)
    wheel = next((base / "dist").glob(f"{PACKAGE}-*.whl"))
    python = os.environ.get("ROUNDTABLE_WHEEL_PYTHON", sys.executable)
    venv = base / "venv"
    _run([python, "-m", "venv", str(venv)], base, environment)
    _run([str(_bin(venv, "python")), "-m", "pip", "install", "--quiet", str(wheel)], base, environment)
    elsewhere = base / "elsewhere"
    elsewhere.mkdir()
    return Installed(wheel, built.stdout + built.stderr, venv, elsewhere, environment)


def _backend_warnings(output: str) -> list[str]:
    """The build backend's warnings; pip's own notes about its index (``WARNING: ...``) are not
    the project's."""
    return [line for line in output.splitlines()
            if BACKEND_WARNING.search(line) and not line.strip().startswith("WARNING:")]


def _source_files() -> set[str]:
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / PACKAGE).rglob("*.py")
               if "bundled_resources" not in path.parts and "__pycache__" not in path.parts}
    resources = {f"{WHEEL_RESOURCES}/{path.relative_to(ROOT / 'resources').as_posix()}"
                 for path in (ROOT / "resources").rglob("*") if path.is_file()}
    return modules | resources


def test_the_new_environment_runs_the_python_asked_for(installed):
    asked = os.environ.get("ROUNDTABLE_WHEEL_PYTHON", sys.executable)
    code = "import sys; print(sys.version)"
    expected = subprocess.run([asked, "-c", code], capture_output=True, text=True, check=True).stdout
    assert installed.python(code).stdout == expected


def test_the_build_warns_of_nothing(installed):
    assert "Successfully built" in installed.build_output
    assert _backend_warnings(installed.build_output) == []


def test_the_wheel_holds_every_module_and_resource_of_the_source_tree(installed):
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    assert f"{PACKAGE}/ui/console/__init__.py" in names  # the ones a hand-written list once missed
    assert f"{PACKAGE}/ui/reliability/__init__.py" in names
    assert sorted(_source_files() - names) == []


def test_every_module_imports_from_the_installed_package(installed):
    done = installed.python(
        "import importlib, pkgutil, roundtable_desktop as p\n"
        "names = [m.name for m in pkgutil.walk_packages(p.__path__, 'roundtable_desktop.')]\n"
        "[importlib.import_module(n) for n in names]\n"
        "print(p.__file__); print(len(names))")
    location, count = done.stdout.split()
    assert Path(location).is_relative_to(installed.venv)
    assert int(count) >= len([name for name in _source_files() if name.endswith(".py")]) - 1


def test_the_installed_app_passes_its_self_test_from_another_folder(installed):
    done = installed.app("--self-test")
    assert "Self-test passed." in done.stdout
    assert done.stdout.startswith("Roundtable Desktop ") and "self-test (installed, Python" in done.stdout
    resources_line = next(line for line in done.stdout.splitlines() if "resources:" in line)
    assert str(installed.venv) in resources_line


def test_the_installed_command_line_imports_the_demo_note_into_a_new_library_and_exports_word(installed):
    library = installed.elsewhere / "meetings.sqlite"
    note = next(installed.venv.rglob(f"bundled_resources/{DEMO_NOTE}"))
    imported = installed.app("import", str(note), "--db", str(library))
    assert imported.stderr.strip() == f"Created the library {library}"
    meeting_id = imported.stdout.splitlines()[0]
    summary = installed.elsewhere / "summary.docx"
    installed.app("export", meeting_id, "--format", "docx", "-o", str(summary), "--db", str(library))
    text = "\n".join(paragraph.text for paragraph in Document(str(summary)).paragraphs)
    assert DEMO_TITLE_WORDS in text


def test_the_installed_app_opens_its_window_offscreen(installed):
    library = installed.elsewhere / "window.sqlite"
    done = installed.app("--db", str(library), ROUNDTABLE_EXIT_WHEN_SHOWN="1")
    assert "window shown" in done.stdout
    assert library.exists()
