"""Shared fixtures: real SQLCipher workspaces in temporary folders, a fixed clock."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import contextlib

from desktop.core.settings import OfficeSettings
from desktop.storage import keys as keymod

PASSPHRASE = "correct horse battery"
NOW = datetime(2026, 11, 25, 10, 0, 0)


class Clock:
    """A clock the test moves by hand, so deadlines are checked on known dates."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


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
            folder or tmp_path / "ws", "alice", PASSPHRASE, "Alice Martin",
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


def request_row(**overrides) -> dict:
    row = {
        "court_reference": "ICC-01/04-01/06-1234",
        "received_at": "2026-11-02T09:30:00",
        "kind": "judicial_assistance",
        "assistance_types": ["b", "i"],
        "requesting_organ": "OTP",
        "situation": "Situation in the Republic of Kordavia",
        "case": "The Prosecutor v. Ilyan Marsk",
        "channel": "diplomatic",
        "confidentiality": "confidential",
        "urgency": "routine",
        "court_deadline": "2026-12-15",
        "subject": "Request for bank records of Ilyan Marsk",
        "summary": "The Court asks for the records of accounts held at national banks.",
        "persons": ["Ilyan Marsk"],
    }
    row.update(overrides)
    return row


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
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def session(ws):
    """The GUI's Session holding an unlocked test workspace."""
    from desktop.gui.session import Session

    unlocked = Session()
    unlocked.open(ws)
    return unlocked


def old_schema_workspace(folder: Path, schema: int, kind: str = "other") -> None:
    """A workspace exactly as an earlier schema left it: user alice and one request."""
    from desktop.storage.connection import DB_FILE, open_encrypted
    from desktop.storage.schema import migrate

    folder.mkdir()
    data_key = keymod.new_data_key()
    keyfile = keymod.KeyFile.create(folder)
    keyfile.wrap("alice", PASSPHRASE, data_key)
    keyfile.save()
    conn = open_encrypted(folder / DB_FILE, data_key, create=True)
    migrate(conn, target=schema)
    conn.execute("INSERT INTO users(name, display_name, created_at) "
                 "VALUES ('alice', 'Alice', '2026-01-01T00:00:00')")
    conn.execute(
        "INSERT INTO requests(registry_no, court_reference, received_at, kind, channel, "
        "confidentiality, urgency, subject, status, owner, due_on, internal_due_on, "
        "ack_due_on, created_at, updated_at) VALUES ('CD-2026-0001', 'ICC-1', "
        "'2026-01-05T10:00:00', ?, 'diplomatic', 'confidential', 'routine', "
        "'Old request', 'received', 'alice', '2026-02-04', '2026-01-28', '2026-01-08', "
        "'2026-01-05T10:00:00', '2026-01-05T10:00:00')", (kind,))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema
    conn.close()
