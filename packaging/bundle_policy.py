"""What goes into a frozen Roundtable Desktop folder, shared by the app's spec and the
start-up benchmark's bare window (the same exclusions, so the comparison is fair).

Qt modules: only those the code imports (found by reading ``roundtable_desktop/``) plus QtSvg,
which draws the SVG icon. Qt plugins: the platform, input-method, theme, icon and image plugins a
desktop window needs; the ones for embedded screens, Wayland compositors, QML tooling, databases
and PDF are dropped. Qt's own translations: only ``qtbase`` in the UN languages. The app's own
translations go as compiled ``.qm`` (their ``.ts`` sources stay out), python-docx's unpacked copy
of its default template stays out (it opens ``default.docx``), and zeroconf goes as its pure
Python modules rather than its optional compiled ones.
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Qt modules every build keeps: the window, and QtSvg for the SVG icon (iconengines/qsvgicon).
BASE_QT_MODULES = frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg"})

# Every PySide6 module a desktop app like this one would never need unless it imports it.
ALL_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit",
    "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc",
    "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtPrintSupport",
    "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech",
    "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
    "QtWebSockets", "QtWebView", "QtXml",
)

# No TLS: ssl and OpenSSL's hashlib backend go (hashlib falls back to its built-in hashes); the
# live link on the room's network uses asyncio (websockets, zeroconf) with ws://, its messages
# encrypted and authenticated by SPAKE2 and NaCl secretbox (link/pairing.py). No console,
# debugger or worker processes either.
EXCLUDED_PYTHON_MODULES = (
    "tkinter", "_tkinter", "unittest", "pydoc_data", "test", "lib2to3", "idlelib", "ssl", "_ssl",
    "_hashlib", "readline", "pdb", "doctest", "pydoc", "multiprocessing",
    "pytest", "hypothesis", "docx2python", "PyInstaller", "setuptools", "pip",
    "lxml.sax", "lxml.builder", "lxml.objectify", "lxml.html", "lxml.isoschematron",
    "lxml.cssselect", "lxml.ElementInclude", "lxml.doctestcompare", "lxml.usedoctest",
    # pycryptodome for pypdf's AES only (no hashes, key derivation or big numbers from it), and
    # through ctypes: cffi's compiler and C parser stay out (PyNaCl needs only _cffi_backend)
    "Crypto.Hash", "Crypto.Protocol", "Crypto.PublicKey", "Crypto.Signature", "Crypto.Math",
    "Crypto.IO", "Crypto.SelfTest", "Crypto.Util.number", "cffi", "pycparser",
)

# Native libraries that Python code opens with ctypes or cffi, which nothing links to: kept as
# roots. pycryptodome ships one per cipher and mode; pypdf's decryption (RC4, AES in ECB and CBC)
# opens these, the others stay out.
LOADED_BY_CTYPES = ("_ARC4.", "_raw_aes.", "_raw_aesni.", "_raw_cbc.", "_raw_ecb.", "_cpuid_c.")
_CTYPES_PACKAGE = re.compile(r"(?:^|/)Crypto/[^/]+/([^/]+)$")

# Packages whose compiled modules are an optional speed-up of the same Python modules, which
# they ship beside them: the package takes the Python ones (zeroconf: 2.9 MB compiled, about
# 0.2 MB as Python; it announces one share and lists a few, where its speed does not matter).
PURE_PYTHON_PACKAGES = ("zeroconf",)

# Qt's own strings (standard buttons, dialogs) in the six UN languages; the others go.
QT_TRANSLATIONS = ("ar", "en", "es", "fr", "ru", "zh_CN", "zh_TW")

# Qt plugin folders (or single plugins) that a desktop window does not load.
_DROPPED_PLUGINS = (
    "egldeviceintegrations", "generic", "qmltooling", "sqldrivers", "designer",
    "wayland-graphics-integration-server", "wayland-graphics-integration-client",
    "wayland-shell-integration/libivi-shell", "wayland-shell-integration/libqt-shell",
    "wayland-shell-integration/libfullscreen-shell", "wayland-shell-integration/libwl-shell",
    "vectorimageformats", "networkinformation", "tls",
    "xcbglintegrations",  # OpenGL on X11: a widgets window paints without it
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqvnc",
    "platforms/libqvkkhrdisplay", "platforms/libqminimalegl", "platforms/qdirect2d",
    "platformthemes/libqgtk3",  # would drag in half of GTK's stack; the portal theme stays
    "platforminputcontexts/libqtvirtualkeyboardplugin",
    "imageformats/libqpdf", "imageformats/qpdf", "imageformats/libqtiff", "imageformats/qtiff",
    "imageformats/libqwebp", "imageformats/qwebp", "imageformats/libqtga", "imageformats/qtga",
    "imageformats/libqwbmp", "imageformats/qwbmp",
    "imageformats/libqjpeg", "imageformats/qjpeg",  # the window shows no photographs
)
# Linux: libraries of the desktop session itself, which every desktop distribution has and which
# must match the system's own configuration and services (fonts, X server, D-Bus, GLib) and C++
# runtime (PySide6's manylinux wheels need no newer one). They are taken from the system, as
# AppImage's exclude list does; Python's own dependencies (libffi, libz, liblzma...) stay inside.
LINUX_SYSTEM_LIBRARIES = (
    "libfontconfig.so", "libfreetype.so", "libpng16.so", "libbrotlicommon.so", "libbrotlidec.so",
    "libX11.so", "libX11-xcb.so", "libXau.so", "libXdmcp.so", "libbsd.so", "libmd.so",
    "libdbus-1.so", "libsystemd.so", "libgcrypt.so", "libgpg-error.so", "liblz4.so", "libzstd.so",
    "libcap.so", "libglib-2.0.so", "libgthread-2.0.so", "libpcre2-8.so", "libstdc++.so",
    "libgcc_s.so",
)
_PLUGINS = re.compile(r"[\\/]plugins[\\/](.+)$")
# Qt's own translations (PySide6/Qt/translations, PySide6/translations on Windows); the app's
# own are in resources/translations.
_TRANSLATIONS = re.compile(r"^PySide6/(?:Qt/)?translations/([^/]+\.qm)$")
# Data files the frozen app never opens: the translations' sources (it loads the .qm beside them)
# and python-docx's unpacked default template (it opens templates/default.docx).
_UNUSED_DATA = re.compile(r"(?:^|/)resources/translations/[^/]+\.ts$"
                          r"|(?:^|/)docx/templates/default-docx-template/")
# Qt libraries by the module that needs them (``libQt6Sql`` -> QtSql): one whose module is not
# used goes, unless QtGui itself links to it (DBus). Plus those only dropped plugins load.
_QT_LIBRARIES = {name[2:]: name for name in ALL_QT_MODULES if name != "QtDBus"} | {
    "VirtualKeyboard": "QtVirtualKeyboard", "EglFS": "QtEglFS", "EglFs": "QtEglFS",
    "WlShell": "QtWlShell", "ShaderTools": "QtQuick", "LabsStyleKit": "QtLabsStyleKit",
}


def used_qt_modules(source: Path = ROOT / "roundtable_desktop") -> set[str]:
    """The PySide6 modules the code imports, plus the base set."""
    pattern = re.compile(r"PySide6\.(Qt\w+)")
    found = set(BASE_QT_MODULES)
    for path in source.rglob("*.py"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def excluded_modules(used: set[str]) -> list[str]:
    qt = [f"PySide6.{name}" for name in ALL_QT_MODULES if name not in used]
    return qt + list(EXCLUDED_PYTHON_MODULES)


def keep_file(destination: str, used: set[str]) -> bool:
    """False for a collected binary or data file the frozen app does not need."""
    path = destination.replace("\\", "/")
    if _UNUSED_DATA.search(path):
        return False
    native = _CTYPES_PACKAGE.search(path)
    if native and native.group(1).endswith((".so", ".pyd", ".dylib")):
        return native.group(1).startswith(LOADED_BY_CTYPES)
    plugin = _PLUGINS.search(path)
    if plugin:
        return not any(plugin.group(1).startswith(dropped) for dropped in _DROPPED_PLUGINS)
    if path.rsplit("/", 1)[-1].lower() == "opengl32sw.dll":  # Windows software OpenGL, 20 MB
        return "QtOpenGL" in used
    translation = _TRANSLATIONS.match(path)
    if translation:
        name = translation.group(1)
        return name.startswith("qtbase_") and name[len("qtbase_"):-len(".qm")] in QT_TRANSLATIONS
    library = re.search(r"(?:^|/)(?:lib)?Qt6([A-Za-z]+)[^/]*$", path) or re.search(
        r"(?:^|/)Qt([A-Za-z]+)\.framework/", path)
    if library:
        family = library.group(1)
        prefixes = [prefix for prefix in _QT_LIBRARIES if family.startswith(prefix)]
        return not prefixes or _QT_LIBRARIES[max(prefixes, key=len)] in used
    return True


def filter_toc(toc, used: set[str]):
    """A PyInstaller TOC (destination, source, kind) without what ``keep_file`` drops."""
    return [entry for entry in toc if keep_file(entry[0], used)]


def prune_unneeded_libraries(binaries):
    """Linux: leave out the desktop session's libraries (``LINUX_SYSTEM_LIBRARIES``), and those
    that no kept extension module or Qt plugin links to (they came in with a dropped plugin;
    ``ldd`` lists each root's whole dependency closure)."""
    if not sys.platform.startswith("linux"):
        return binaries
    binaries = [entry for entry in binaries
                if not Path(entry[0]).name.startswith(LINUX_SYSTEM_LIBRARIES)]
    from PyInstaller.depend.bindepend import get_imports

    def is_root(entry) -> bool:
        destination, _, kind = entry
        return (kind != "BINARY" or _PLUGINS.search(destination) is not None
                or Path(destination).name.startswith(("libpython", *LOADED_BY_CTYPES)))

    needed: set[str] = set()
    for entry in filter(is_root, binaries):
        for name, path in get_imports(entry[1]):
            needed.add(Path(name).name)
            if path:
                needed.add(Path(path).name)
    return [entry for entry in binaries if is_root(entry) or Path(entry[0]).name in needed]


def pure_python_instead(binaries, pure):
    """``(binaries, pure)`` with the compiled modules of ``PURE_PYTHON_PACKAGES`` replaced by the
    Python modules of the same name that the package ships beside them."""
    kept, python = [], list(pure)
    for entry in binaries:
        destination = entry[0].replace("\\", "/")
        package = destination.split("/", 1)[0]
        if package not in PURE_PYTHON_PACKAGES or entry[2] != "EXTENSION":
            kept.append(entry)
            continue
        module = destination.split(".", 1)[0].replace("/", ".").removesuffix(".__init__")
        source = Path(entry[1]).with_name(Path(entry[1]).name.split(".", 1)[0] + ".py")
        if not source.is_file():
            raise SystemExit(f"{module}: no Python module beside the compiled one ({source})")
        python = [item for item in python if item[0] != module] + [(module, str(source), "PYMODULE")]
    return kept, python
