"""Resources are found from a source checkout, an installed wheel and a PyInstaller bundle."""

import subprocess
import sys
from pathlib import Path

import pytest

from roundtable_desktop import resources

ROOT = Path(__file__).resolve().parents[2]


def test_from_the_source_checkout():
    assert resources.resource_path("demo", "cstd-2021-concept-note.txt").is_file()
    assert resources.resource_path("icons", "roundtable-desktop.svg").is_file()
    assert resources.resource_path("countries", "un_short_names.csv").is_file()


def test_from_a_pyinstaller_bundle(tmp_path, monkeypatch):
    (tmp_path / "resources" / "demo").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"


def test_a_missing_folder_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "pkg")
    with pytest.raises(FileNotFoundError, match="resources folder is missing"):
        resources.resources_dir()


def test_from_an_installed_wheel(tmp_path):
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                            "-q", "-w", str(wheels), str(ROOT)], capture_output=True, text=True)
    if build.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {build.stderr.strip()[-200:]}")
    wheel = next(wheels.glob("*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                    str(wheel)], check=True, capture_output=True)
    probe = ("import roundtable_desktop.resources as r; p = r.resource_path('demo'); "
             "print(p); assert p.is_dir(); "
             "assert r.resource_path('countries', 'un_short_names.csv').is_file()")
    result = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); "
                             + probe], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout
