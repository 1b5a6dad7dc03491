"""Where the files that ship beside the code (Word templates, icons, checklists) are found.

They live in the repository's top-level `resources/` folder rather than inside the
package, so that an office can find, copy and edit them; a PyInstaller build unpacks the
same folder under `sys._MEIPASS`.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"
