"""The installed program started as a process, on a real X display (Xvfb), as a user does.

In-process journeys cannot see what only a real start shows: the console script, the
bundle's frozen imports, the window manager's view of the window titles. Each case starts
the executable on an empty workspace (the wizard must appear) and on the demo (the unlock
dialog must appear), then ends it. Skipped where Xvfb or xdotool is missing; CI installs
both.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "CooperationDesk" / "coopdesk"
SEARCH_SECONDS = 90  # a ceiling for a cold start on a busy machine, not a measurement

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (CI installs them)",
)


def executables() -> list[Path]:
    found = [Path(sys.executable).with_name("coopdesk")]
    if BUNDLE.exists():
        found.append(BUNDLE)
    return found


@pytest.fixture
def display(tmp_path) -> Iterator[str]:
    """A virtual screen of its own, with -displayfd so no number is guessed."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


def user_env(tmp_path: Path, display: str) -> dict[str, str]:
    home = tmp_path / "home"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"QT_QPA_PLATFORM", "COOPDESK_WORKSPACE", "WAYLAND_DISPLAY"}
    }
    env.update(
        HOME=str(home),
        DISPLAY=display,
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="xcb",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def window_appears(title: str, env: dict[str, str], program: subprocess.Popen) -> bool:
    """Ask xdotool until a window with that title is mapped, or the program has ended."""
    try:
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", title],
            env=env,
            capture_output=True,
            text=True,
            timeout=SEARCH_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return False
    return found.returncode == 0 and program.poll() is None


@pytest.mark.parametrize("program", executables(), ids=lambda p: p.parent.name)
def test_empty_workspace_shows_the_wizard(program, tmp_path, display):
    env = user_env(tmp_path, display)
    started = subprocess.Popen(
        [str(program), "--workspace", str(tmp_path / "new office")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        assert window_appears("New workspace", env, started), _output(started)
    finally:
        _end(started)
    assert not (tmp_path / "new office" / "coopdesk.db").exists()


@pytest.mark.parametrize("program", executables(), ids=lambda p: p.parent.name)
def test_demo_shows_the_unlock_dialog(program, tmp_path, display):
    env = user_env(tmp_path, display)
    started = subprocess.Popen(
        [str(program), "--demo", "--workspace", str(tmp_path / "demo")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        assert window_appears("Unlock", env, started), _output(started)
    finally:
        _end(started)


def _end(program: subprocess.Popen) -> None:
    if program.poll() is None:
        program.terminate()
        try:
            program.wait(timeout=30)
        except subprocess.TimeoutExpired:
            program.kill()
            program.wait()


def _output(program: subprocess.Popen) -> str:
    _end(program)
    return program.stdout.read().decode(errors="replace") if program.stdout else ""
