"""The layers hold: core, storage, services, then the GUI and the CLI (ARCHITECTURE.md).

`lint-imports` checks the import contracts in pyproject.toml. Imports are not the only way
through: a caller holding a `Workspace` could still reach `ws.store`, so the GUI and the CLI
are also read for that attribute.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_are_kept():
    tool = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([tool, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _store_uses(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")) if folder.is_dir() else [folder]:
        tree = ast.parse(path.read_text("utf-8"), str(path))
        found += [
            f"{path.relative_to(ROOT)}:{node.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr == "store"
        ]
    return found


def test_the_gui_the_cli_and_the_self_test_never_reach_into_the_store():
    uses = [
        use
        for part in ("gui", "cli", "selftest.py")
        for use in _store_uses(ROOT / "desktop" / part)
    ]
    assert uses == [], "add a service function instead of calling ws.store: " + str(uses)
