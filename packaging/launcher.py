"""Entry script of the frozen program: the same ``main`` as ``python -m roundtable_desktop``."""

from roundtable_desktop.__main__ import main

if __name__ == "__main__":
    main()
