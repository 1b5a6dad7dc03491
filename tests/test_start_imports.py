"""Start-up pays only for what the register needs.

The libraries that write Word files and calendars, and the public-holiday tables, take
about 170 ms to import together (`python -X importtime`: python-docx ~50, docxtpl and
Jinja ~25, icalendar ~35, holidays ~60): the window must not wait for them before it
shows the register. They are imported when a reply, an export or a due date first needs
them. The app is started in a fresh process, as a user starts it, because this process has long
imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.factories import PASSPHRASE, new_request

ROOT = Path(__file__).resolve().parent.parent
IMPORTED_WHEN_NEEDED = ("docx", "docxtpl", "jinja2", "icalendar", "holidays", "openpyxl")

START_AND_UNLOCK = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from desktop.gui.app import launch
    from desktop.services.workspace import Workspace

    folder, passphrase, watched = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
    application = launch(["--workspace", folder])
    app = QApplication.instance()
    app.processEvents()
    seen = {"unlock dialog": [m for m in watched if m in sys.modules]}
    application.session.open(Workspace.unlock(Path(folder), "alice", passphrase))
    model = application.window.register_page.model
    while not model.rowCount():
        app.processEvents()
    application.window.register_page.ui.registerView.viewport().repaint()
    seen["register shown"] = [m for m in watched if m in sys.modules]
    seen["rows"] = model.rowCount()
    application.session.lock()
    application.background.wait()
    print(json.dumps(seen))
    """
)


def test_the_window_and_the_register_show_before_word_calendar_and_holiday_code_loads(
    make_workspace, tmp_path
):
    ws, _ = make_workspace()
    new_request(ws)
    ws.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / ".config")
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            START_AND_UNLOCK,
            str(tmp_path / "ws"),
            PASSPHRASE,
            ",".join(IMPORTED_WHEN_NEEDED),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["rows"] == 1
    assert seen["unlock dialog"] == []
    assert seen["register shown"] == []
