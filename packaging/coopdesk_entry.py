"""PyInstaller entry of the windowed app `coopdesk` (see packaging/coopdesk.spec).

`coopdesk --selftest` runs desktop.selftest (offscreen, no window); anything else starts the
desktop application with the same arguments as the `coopdesk` script of a pip install.
"""

import sys

if __name__ == "__main__":
    if "--selftest" in sys.argv[1:]:
        from desktop import selftest

        sys.exit(selftest.run())
    from desktop.gui.app import main

    sys.exit(main())
