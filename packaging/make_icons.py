"""Render resources/icons/roundtable-desktop.svg into the platform icons (QSvgRenderer):
PNG files for Linux (``roundtable-desktop-<size>.png``), ``roundtable-desktop.ico`` for Windows
and ``roundtable-desktop.icns`` for macOS.

    python packaging/make_icons.py [OUTPUT_FOLDER]     (default: build/icons)
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from icon_containers import ICNS_TYPES, ICO_SIZES, icns_bytes, ico_bytes  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "roundtable-desktop.svg"
NAME = "roundtable-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def make_icons(output: Path, source: Path = SOURCE) -> list[Path]:
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {source}")
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES.values()))
    pngs = {size: render_png(renderer, size) for size in sizes}
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        written.append(output / f"{NAME}-{size}.png")
        written[-1].write_bytes(pngs[size])
    written.append(output / f"{NAME}.ico")
    written[-1].write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    written.append(output / f"{NAME}.icns")
    written[-1].write_bytes(icns_bytes(pngs))
    return written


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in make_icons(output):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
