"""The window's translations: ``make translations`` runs both steps.

    python packaging/translations.py            # lupdate (sources -> .ts), then lrelease (.ts -> .qm)
    python packaging/translations.py --release  # lrelease only: what the package build runs

``pyside6-lupdate`` reads every ``self.tr``, ``QCoreApplication.translate`` and
``QT_TRANSLATE_NOOP`` in ``roundtable_desktop/`` into ``resources/translations/roundtable_<lang>.ts``
(kept: the translators' work; new texts come in unfinished, texts gone are dropped);
``pyside6-lrelease`` compiles each to ``.qm`` beside it (built, never committed).
"""

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from roundtable_desktop.domain.languages import LANGUAGES, SOURCE_LANGUAGE  # noqa: E402

FOLDER = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent


def tool(name: str) -> str:
    for candidate in (TOOLS / f"pyside6-{name}", TOOLS / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    return f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "roundtable_desktop").rglob("*.py"))


def translation_files() -> list[tuple[str, Path]]:
    return [(language.translation, FOLDER / f"roundtable_{language.translation}.ts")
            for language in LANGUAGES if language.code != SOURCE_LANGUAGE]


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for code, ts in translation_files():
        subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", code, *sources(),
                        "-ts", str(ts.relative_to(ROOT))], check=True, cwd=ROOT)


def release() -> list[Path]:
    built = []
    for _, ts in translation_files():
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)
        built.append(qm)
    return built


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--release", action="store_true", help="compile only (.ts -> .qm)")
    if not options.parse_args().release:
        update()
    for qm in release():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
