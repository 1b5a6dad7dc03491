"""PyInstaller entry of the console program `coopdesk-cli` (see packaging/coopdesk.spec).

`coopdesk-cli --selftest` (handled by the CLI itself, as in a pip install) runs the same
self-test as `coopdesk --selftest`, from a console: on Windows the windowed `coopdesk.exe`
has no console to print to.
"""

import sys

if __name__ == "__main__":
    from desktop.cli.main import main

    sys.exit(main())
