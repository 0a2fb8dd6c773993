"""What the package build keeps and drops, and the files installed beside the program."""

import configparser
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_policy  # noqa: E402

USED = bundle_policy.used_qt_modules()


def test_every_qt_module_the_app_imports_is_packaged():
    excluded = set(bundle_policy.excluded_modules(USED))
    for module in ("QtCore", "QtGui", "QtWidgets", "QtSvg"):
        assert module in USED
        assert f"PySide6.{module}" not in excluded
    assert {"PySide6.QtQuick", "PySide6.QtWebEngineCore", "PySide6.QtPdf", "tkinter"} <= excluded


def test_a_qt_module_that_the_code_starts_to_import_is_packaged(tmp_path):
    (tmp_path / "printing.py").write_text("from PySide6.QtPrintSupport import QPrinter\n")
    used = bundle_policy.used_qt_modules(tmp_path)
    assert "PySide6.QtPrintSupport" not in bundle_policy.excluded_modules(used)
    assert bundle_policy.keep_file("PySide6/Qt6Network.dll", used | {"QtNetwork"})


@pytest.mark.parametrize("path", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/imageformats/qsvg.dll",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/Qt/translations/qtbase_ar.qm",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt6Gui.dll",
    "PySide6/Qt/lib/QtSvg.framework/Versions/A/QtSvg",
])
def test_what_a_desktop_window_needs_is_kept(path):
    assert bundle_policy.keep_file(path, USED)


@pytest.mark.parametrize("path", [
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/imageformats/qpdf.dll",
    "PySide6/Qt/plugins/sqldrivers/libqsqlpsql.so",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/translations/qt_help_de.qm",
    "PySide6/Qt/translations/qtbase_lv.qm",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt6Pdf.dll",
    "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
])
def test_what_the_app_never_loads_is_dropped(path):
    assert not bundle_policy.keep_file(path, USED)


def test_the_linux_menu_entry_starts_the_program_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "resources" / "linux" / "roundtable-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Roundtable Desktop"
    assert desktop["Exec"].split()[0] == "roundtable-desktop"
    assert desktop["Icon"] == "roundtable-desktop"
    assert desktop["Terminal"] == "false"
    assert desktop["Categories"].endswith(";")


def test_the_windows_installer_needs_no_administrator_rights():
    script = (ROOT / "packaging" / "windows" / "roundtable-desktop.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert "{autopf}" in script  # per-user Programs folder when run without elevation


def test_a_windowed_program_without_a_console_can_still_print(tmp_path):
    """Windows and macOS start the window program with no stdout/stderr; the runtime hook gives
    it the null device, so a command's output or a library's warning does not crash it."""
    import subprocess

    hook = ROOT / "packaging" / "hooks" / "rthook_roundtable.py"
    script = (f"import sys\nsys.stdout = sys.stderr = None\nexec(open({str(hook)!r}).read())\n"
              "print('a line nobody sees')\nsys.stderr.write('a warning')\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
