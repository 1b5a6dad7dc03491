"""PyInstaller entry of the console program `coopdesk-cli` (see packaging/coopdesk.spec).

`coopdesk-cli --selftest` runs the same self-test as `coopdesk --selftest`, from a console:
on Windows the windowed `coopdesk.exe` has no console to print to.
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:] == ["--selftest"]:
        from desktop import selftest

        sys.exit(selftest.run())
    from desktop.cli.main import main

    sys.exit(main())
