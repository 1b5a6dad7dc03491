"""Shared fixtures: real SQLCipher workspaces in temporary folders, a fixed clock.

Fixtures live here; the plain builders they use (request rows, old-schema workspaces, the
test passphrase) live in tests/factories.py, which tests import by name.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import contextlib

from desktop.core.settings import OfficeSettings
from desktop.storage import keys as keymod
from tests.factories import PASSPHRASE, Clock

# Still importable from here for branches written before tests/factories.py existed.
from tests.factories import old_schema_workspace as old_schema_workspace
from tests.factories import request_row as request_row


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `gui` every test that needs a QApplication, so `-m "not gui"` runs without Qt."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def fast_kdf(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap scrypt for tests that are not about the KDF (marked real_kdf keep the real one)."""
    if "real_kdf" not in request.keywords:
        monkeypatch.setattr(keymod, "SCRYPT_N", 2**10)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_workspace(tmp_path: Path, clock: Clock):
    from desktop.services.workspace import Workspace

    opened: list[Workspace] = []

    def make(country: str = "NL", folder: Path | None = None, **settings):
        ws, recovery = Workspace.create(
            folder or tmp_path / "ws",
            "alice",
            PASSPHRASE,
            "Alice Martin",
            OfficeSettings(country=country, office_name="Embassy of Testland", **settings),
            clock=clock,
        )
        opened.append(ws)
        return ws, recovery

    yield make
    for ws in opened:
        with contextlib.suppress(Exception):
            ws.close()


@pytest.fixture
def ws(make_workspace):
    workspace, _ = make_workspace()
    return workspace


@pytest.fixture
def run_cli(tmp_path, monkeypatch, capsys):
    """coopdesk-cli in-process on a workspace in tmp_path; returns (exit code, out, err)."""
    from desktop.cli.main import main

    monkeypatch.setenv("COOPDESK_WORKSPACE", str(tmp_path / "cli-ws"))
    monkeypatch.setenv("COOPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COOPDESK_NEW_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COOPDESK_USER", "alice")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def isolated_qt(tmp_path, qapp):
    """QSettings in a temp folder and no OS keyring: GUI tests touch nothing of the user's."""
    import keyring
    import keyring.backends.fail
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("CoopDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def french(qapp, tmp_path, monkeypatch, isolated_qt):
    """The application in French for one test, then back to English and the old locale."""
    from PySide6.QtCore import QLocale

    from desktop.gui import i18n

    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "cache")
    locale = QLocale()
    assert i18n.install_translators(qapp, "fr") == "fr"
    yield
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(locale)


@pytest.fixture
def session(ws):
    """The GUI's Session holding an unlocked test workspace."""
    from desktop.gui.session import Session

    unlocked = Session()
    unlocked.open(ws)
    return unlocked
