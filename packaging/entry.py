"""The frozen app's one entry script, shared by its two executables.

One PyInstaller analysis feeds both programs of the bundle, so the Python code and Qt
are shipped once; which program runs is told by the executable's own name:

- ``OfficePlanner`` (``OfficePlanner.exe``, the macOS app): the desktop app, no console
  window on Windows; a file given to it (Explorer's "%1", ``open -a``) is opened.
- ``officeplanner-cli``: the ``officeplanner`` command line, with a console, for
  scripts and for the smoke test, which needs stdout/stderr (a windowed Windows
  program has none).
"""

from __future__ import annotations

import sys
from pathlib import Path

CLI_NAME = "officeplanner-cli"


def main() -> int:
    if Path(sys.executable).stem.lower() == CLI_NAME:
        from officeplanner.cli.main import main as cli_main

        return cli_main()
    from officeplanner.gui.app import main as gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
