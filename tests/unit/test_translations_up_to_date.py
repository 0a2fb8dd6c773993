"""The committed translations follow the code: ``pyside6-lupdate`` run again over the sources (on a
copy of the .ts files) finds no text that is not already in them, drops none, and leaves nothing
unfinished; every context is one the window translates in at run time.

A failure here means a text was added or changed in the window without ``make translations`` and
its translation into the five languages."""

import ast
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "roundtable_desktop"


def _build_script():
    script = ROOT / "packaging" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations_build", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def texts_by_context(path: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        found.setdefault(context.findtext("name") or "", set()).update(
            message.findtext("source") or "" for message in context.iter("message"))
    return found


def unfinished(path: Path) -> list[tuple[str, str]]:
    return [(context.findtext("name") or "", message.findtext("source") or "")
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message")
            if message.find("translation").get("type") is not None]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, Path]:
    """lupdate's reading of today's sources, into a copy of each committed .ts file."""
    build = _build_script()
    folder = tmp_path_factory.mktemp("translations")
    copies = {}
    for path in sorted(FOLDER.glob("*.ts")):
        copies[path.name] = folder / path.name
        shutil.copy(path, copies[path.name])
    result = subprocess.run([build.tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                             "-source-language", "en", *build.sources(), "-ts", *map(str, copies.values())],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return copies


def difference(committed: dict[str, set[str]], current: dict[str, set[str]]) -> list[str]:
    lines = []
    for context in sorted(set(committed) | set(current)):
        lines += [f"new in the code: [{context}] {text!r}"
                  for text in sorted(current.get(context, set()) - committed.get(context, set()))]
        lines += [f"gone from the code: [{context}] {text!r}"
                  for text in sorted(committed.get(context, set()) - current.get(context, set()))]
    return lines


def test_every_text_of_the_code_is_in_the_committed_translations(extracted):
    for name, copy in extracted.items():
        lines = difference(texts_by_context(FOLDER / name), texts_by_context(copy))
        assert not lines, f"{name} is behind the code (run `make translations`):\n" + "\n".join(lines)


def test_no_committed_translation_is_unfinished():
    for path in sorted(FOLDER.glob("*.ts")):
        left = unfinished(path)
        assert not left, f"{path.name}: unfinished\n" + "\n".join(f"[{c}] {t!r}" for c, t in left)


def _run_time_contexts() -> set[str]:
    """The classes of the code (``self.tr`` translates in its class's name) and the fixed contexts
    given to ``QCoreApplication.translate`` and ``QT_TRANSLATE_NOOP``."""
    code = "\n".join(path.read_text(encoding="utf-8") for path in SOURCES.rglob("*.py"))
    classes = set(re.findall(r"^\s*class (\w+)", code, re.MULTILINE))
    fixed = set(re.findall(r"(?:translate|QT_TRANSLATE_NOOP)\(\s*[\"'](\w+)[\"']", code))
    return classes | fixed


def test_every_context_is_one_the_window_translates_in():
    """``parent.tr(…)`` or a ``tr`` of another object is read by lupdate in a context ("parent",
    "self.window") that nothing translates in at run time: the text would stay in English."""
    known = _run_time_contexts()
    for path in sorted(FOLDER.glob("*.ts")):
        strays = sorted(set(texts_by_context(path)) - known)
        assert not strays, f"{path.name}: texts in contexts the window never uses: {strays}"


# Where the text to translate is a value by design: the translator itself, the vocabularies and
# the wordings whose texts are marked with QT_TRANSLATE_NOOP where they are made.
DYNAMIC = {"ui/language.py", "ui/vocabulary.py", "ui/wording.py"}


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _calls_lupdate_misses(tree: ast.AST) -> tuple[list[str], set[str]]:
    """``parent.tr("…")`` (read by lupdate in a context "parent") and ``translate(context, …)``
    with a context that is not written out; and the helpers (other than a ``tr`` method) that
    pass their own argument on as the text to translate."""
    found, helpers = [], set()
    for function in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]:
        names = {argument.arg for argument in function.args.args}
        for node in ast.walk(function):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = node.func.value
            if node.func.attr == "tr" and not (isinstance(owner, ast.Name) and owner.id == "self"):
                found.append(f"line {node.lineno}: {ast.unparse(node.func)}")
            if node.func.attr == "translate" and isinstance(owner, ast.Name) \
                    and owner.id == "QCoreApplication" and node.args:
                if not _is_text(node.args[0]):
                    found.append(f"line {node.lineno}: a context that is not written out")
                elif not _is_tr_method(function) and len(node.args) > 1 \
                        and isinstance(node.args[1], ast.Name) and node.args[1].id in names:
                    helpers.add(function.name)
    return found, helpers


def _is_tr_method(function: ast.FunctionDef) -> bool:
    """A class's own ``tr(self, text)``: lupdate reads ``self.tr("…")`` in the class's name."""
    return function.name == "tr" and bool(function.args.args) and function.args.args[0].arg == "self"


def _texts_made_at_run_time(tree: ast.AST) -> list[str]:
    """``self.tr(f"…")``, ``tr("a" + b)``, ``QT_TRANSLATE_NOOP(context, name)``: the text looked up
    is not the one lupdate read (or none was read)."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        texts = node.args[:1] if name == "tr" else node.args[1:2] if name == "translate" else []
        if any(isinstance(text, ast.JoinedStr | ast.BinOp) for text in texts):
            found.append(f"line {node.lineno}: {ast.unparse(node)[:60]} (a text made at run time)")
        if name == "QT_TRANSLATE_NOOP" and not all(_is_text(a) for a in node.args[:2]):
            found.append(f"line {node.lineno}: {ast.unparse(node)[:60]} (not written out)")
    return found


def _inside_formatted_strings(tree: ast.AST) -> list[str]:
    """``f"… {self.tr('Check:')} …"``: lupdate does not read inside an f-string's fields."""
    found = []
    for joined in [n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)]:
        for node in ast.walk(joined):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("tr", "translate"):
                found.append(f"line {node.lineno}: {ast.unparse(node)[:60]} inside an f-string")
    return found


def _called_with_text(tree: ast.AST, helpers: set[str]) -> list[str]:
    """Calls such as ``_tr("Undone")``: lupdate never sees those texts."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and _is_text(node.args[0]):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "tr")
            if name in helpers and (isinstance(node.func, ast.Name) or name != "tr"):
                found.append(f"line {node.lineno}: {name}({node.args[0].value!r})")
    return found


def test_every_translated_text_is_one_lupdate_can_read():
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(SOURCES.rglob("*.py"))
             if path.relative_to(SOURCES).as_posix() not in DYNAMIC}
    problems, helpers = [], set()
    for path, tree in trees.items():
        found, named = _calls_lupdate_misses(tree)
        found += _inside_formatted_strings(tree) + _texts_made_at_run_time(tree)
        problems += [f"{path.relative_to(ROOT)} {problem}" for problem in found]
        helpers |= named
    for path, tree in trees.items():
        problems += [f"{path.relative_to(ROOT)} {problem}" for problem in _called_with_text(tree, helpers)]
    assert not problems, "\n".join(problems)
