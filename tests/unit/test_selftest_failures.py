"""``--self-test`` says what failed, in one line, and exits 1 (no Qt: it stops before the window)."""

import pytest

from roundtable_desktop import selftest


@pytest.fixture(autouse=True)
def _keep_environment(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


def test_missing_resources_are_reported_and_fail_the_self_test(monkeypatch, tmp_path, capsys):
    (tmp_path / "demo").mkdir()
    monkeypatch.setattr(selftest, "resources_dir", lambda: tmp_path)
    assert selftest.run_self_test() == 1
    captured = capsys.readouterr()
    assert "FAIL resources: demo/cstd-2021-concept-note.txt is missing" in captured.err
    assert "Self-test failed." in captured.out
    assert "ok   library" not in captured.out


def test_an_unexpected_error_names_the_check_and_the_error(monkeypatch, capsys):
    def full_disk(path):
        raise OSError("No space left on device")

    monkeypatch.setattr(selftest, "open_library_with_demo", full_disk)
    assert selftest.run_self_test() == 1
    captured = capsys.readouterr()
    assert "ok   resources" in captured.out
    assert "FAIL library: OSError: No space left on device (test_selftest_failures.py, line" in captured.err


def test_the_self_test_imports_qt_only_for_its_window_check():
    import ast
    from pathlib import Path

    tree = ast.parse(Path(selftest.__file__).read_text(encoding="utf-8"))
    top_level = {alias.name for node in tree.body if isinstance(node, ast.Import) for alias in node.names}
    top_level |= {node.module or "" for node in tree.body if isinstance(node, ast.ImportFrom)}
    assert not any(name.startswith("PySide6") or name.startswith("ui") for name in top_level)
