"""``python -m roundtable_desktop`` and the ``roundtable-desktop`` launcher."""

import sys


def main() -> None:
    from .cli import is_command, run

    argv = sys.argv[1:]
    if "--self-test" in argv:
        from .selftest import run_self_test

        sys.exit(run_self_test())
    if is_command(argv):
        sys.exit(run(argv))
    from .app import main as run_window

    sys.exit(run_window(argv))


if __name__ == "__main__":
    main()
