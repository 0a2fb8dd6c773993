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
    "PySide6/translations/qtbase_fr.qm",
    "resources/translations/roundtable_ar.qm",
    "resources/translations/roundtable_zh_CN.qm",
    "docx/templates/default.docx",
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
    "PySide6/translations/qtbase_de.qm",
    "resources/translations/roundtable_fr.ts",
    "docx/templates/default-docx-template/word/styles.xml",
])
def test_what_the_app_never_loads_is_dropped(path):
    assert not bundle_policy.keep_file(path, USED)


def test_the_pdf_reader_is_pure_python():
    """The package carries no PDF engine of its own: pypdf is Python, its modules go in the
    archive like the app's."""
    import pypdf

    folder = Path(pypdf.__file__).parent
    assert not [path for path in folder.rglob("*") if path.suffix in (".so", ".pyd", ".dylib", ".dll")]


def test_zeroconf_goes_as_its_python_modules(tmp_path):
    """zeroconf's compiled modules are replaced by the Python ones beside them; other packages'
    compiled modules stay."""
    package = tmp_path / "zeroconf"
    (package / "_protocol").mkdir(parents=True)
    compiled = package / "_protocol" / "incoming.cpython-311-x86_64-linux-gnu.so"
    compiled.write_bytes(b"")
    (package / "_protocol" / "incoming.py").write_text("")
    binaries = [("zeroconf/_protocol/incoming.cpython-311-x86_64-linux-gnu.so", str(compiled), "EXTENSION"),
                ("lxml/etree.cpython-311-x86_64-linux-gnu.so", "/site/lxml/etree.so", "EXTENSION"),
                ("libQt6Core.so.6", "/site/libQt6Core.so.6", "BINARY")]
    services = package / "_services"
    services.mkdir()
    (services / "__init__.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")  # a package compiled
    (services / "__init__.py").write_text("")
    binaries.append(("zeroconf/_services/__init__.cpython-311-x86_64-linux-gnu.so",
                     str(services / "__init__.cpython-311-x86_64-linux-gnu.so"), "EXTENSION"))
    pure = [("zeroconf", str(package / "__init__.py"), "PYMODULE")]
    kept, python = bundle_policy.pure_python_instead(binaries, pure)
    assert [entry[0] for entry in kept] == ["lxml/etree.cpython-311-x86_64-linux-gnu.so", "libQt6Core.so.6"]
    assert ("zeroconf._protocol.incoming", str(package / "_protocol" / "incoming.py"), "PYMODULE") in python
    assert ("zeroconf._services", str(services / "__init__.py"), "PYMODULE") in python


def test_a_compiled_module_without_its_python_one_stops_the_build(tmp_path):
    compiled = tmp_path / "zeroconf" / "_dns.cpython-311-x86_64-linux-gnu.so"
    compiled.parent.mkdir()
    compiled.write_bytes(b"")
    with pytest.raises(SystemExit):
        bundle_policy.pure_python_instead([("zeroconf/_dns.cpython-311-x86_64-linux-gnu.so", str(compiled),
                                            "EXTENSION")], [])


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
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
