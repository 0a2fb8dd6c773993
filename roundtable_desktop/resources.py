"""Find ``resources/`` from a source checkout, an installed wheel and a PyInstaller bundle."""

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")  # source checkout, editable install
    candidates.append(_PACKAGE_DIR / "bundled_resources")  # installed wheel
    for candidate in candidates:
        if (candidate / "demo").is_dir():
            return candidate
    raise FileNotFoundError("Roundtable Desktop's resources folder is missing from this installation.")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
