"""A database made by the first schema opens in this version, upgraded, data intact."""

import pytest

from desktop.core.filters import RequestFilter
from desktop.services.errors import UserFacingError
from desktop.services.workspace import Workspace
from desktop.storage import keys as keymod
from desktop.storage.connection import DB_FILE, open_encrypted
from desktop.storage.schema import SCHEMA_VERSION, migrate
from tests.conftest import PASSPHRASE


def _first_schema_workspace(folder):
    """Build a workspace exactly as version 1 of the schema left it."""
    folder.mkdir()
    data_key = keymod.new_data_key()
    keyfile = keymod.KeyFile.create(folder)
    keyfile.wrap("alice", PASSPHRASE, data_key)
    keyfile.save()
    conn = open_encrypted(folder / DB_FILE, data_key, create=True)
    migrate(conn, target=1)
    conn.execute("INSERT INTO users(name, display_name, created_at) "
                 "VALUES ('alice', 'Alice', '2026-01-01T00:00:00')")
    conn.execute(
        "INSERT INTO requests(registry_no, court_reference, received_at, kind, channel, "
        "confidentiality, urgency, subject, status, owner, due_on, internal_due_on, "
        "ack_due_on, created_at, updated_at) VALUES ('CD-2026-0001', 'ICC-1', "
        "'2026-01-05T10:00:00', 'other', 'diplomatic', 'confidential', 'routine', "
        "'Old request', 'received', 'alice', '2026-02-04', '2026-01-28', '2026-01-08', "
        "'2026-01-05T10:00:00', '2026-01-05T10:00:00')")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_first_schema_is_upgraded_on_open(tmp_path):
    _first_schema_workspace(tmp_path / "v1")
    ws = Workspace.unlock(tmp_path / "v1", "alice", PASSPHRASE)
    assert ws.store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert ws.store.count_requests(RequestFilter()) == 1
    assert ws.store.costs(1) == []  # the table schema 2 added exists
    ws.close()


def test_a_database_from_a_newer_version_is_refused_untouched(ws, tmp_path):
    ws.store.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    ws.close()
    with pytest.raises(UserFacingError, match="newer version"):
        Workspace.unlock(tmp_path / "ws", "alice", PASSPHRASE)
