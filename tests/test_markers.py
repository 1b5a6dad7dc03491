"""The markers: `gui` given by conftest to every Qt test, unknown markers refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _collect(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_every_test_using_qt_is_marked_gui_and_none_other():
    run = _collect("-m", "gui", "tests/test_gui_attachments.py", "tests/test_audit.py")
    collected = [line for line in run.stdout.splitlines() if "::" in line]
    assert collected and all("test_gui_attachments.py" in line for line in collected)


def test_an_unknown_marker_is_refused(tmp_path):
    (tmp_path / "test_typo.py").write_text(
        "import pytest\n\n@pytest.mark.slwo\ndef test_x():\n    pass\n", "utf-8"
    )
    run = _collect(
        "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(ROOT), str(tmp_path / "test_typo.py")
    )
    assert run.returncode != 0 and "'slwo' not found in `markers`" in run.stdout + run.stderr
