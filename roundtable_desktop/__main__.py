"""``python -m roundtable_desktop`` and the ``roundtable-desktop`` launcher: a command runs
headless (``cli.py``); no command opens the window (``app.py``)."""

import sys


def is_command(argv: list[str]) -> bool:
    """True when ``argv`` asks for a headless command rather than the window."""
    if {"-h", "--help", "--version"} & set(argv):
        return True
    words = [a for a in argv if not a.startswith("-")]
    if "--db" in argv:  # the value after --db is a path, not a command
        index = argv.index("--db")
        if index + 1 < len(argv) and argv[index + 1] in words:
            words.remove(argv[index + 1])
    return bool(words)


def main() -> None:
    argv = sys.argv[1:]
    if "--self-test" in argv:
        from .selftest import run_self_test

        sys.exit(run_self_test())
    if is_command(argv):
        from .cli import run

        sys.exit(run(argv))
    import gc

    # Building the window allocates much and frees little: a hundred collections there cost
    # about 20 ms and find almost nothing. Collection resumes once the window is shown.
    gc.disable()
    from .app import main as run_window

    sys.exit(run_window(argv))


if __name__ == "__main__":
    main()
