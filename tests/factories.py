"""Builders of test data: plain functions and values, no fixtures (those are in conftest).

Import them by name (`from tests.factories import request_row`); pytest finds the fixtures
in conftest.py by itself.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.core.requests import RequestRecord, draft_from_mapping
from desktop.services import register
from desktop.services.workspace import Workspace
from desktop.storage import keys as keymod

PASSPHRASE = "correct horse battery"
NOW = datetime(2026, 11, 25, 10, 0, 0)


class Clock:
    """A clock the test moves by hand, so deadlines are checked on known dates."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


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


def new_request(ws: Workspace, **overrides: object) -> RequestRecord:
    """A request registered through the service, from `request_row(**overrides)`."""
    return register.register(ws, draft_from_mapping(request_row(**overrides)))


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
    conn.execute(
        "INSERT INTO users(name, display_name, created_at) "
        "VALUES ('alice', 'Alice', '2026-01-01T00:00:00')"
    )
    conn.execute(
        "INSERT INTO requests(registry_no, court_reference, received_at, kind, channel, "
        "confidentiality, urgency, subject, status, owner, due_on, internal_due_on, "
        "ack_due_on, created_at, updated_at) VALUES ('CD-2026-0001', 'ICC-1', "
        "'2026-01-05T10:00:00', ?, 'diplomatic', 'confidential', 'routine', "
        "'Old request', 'received', 'alice', '2026-02-04', '2026-01-28', '2026-01-08', "
        "'2026-01-05T10:00:00', '2026-01-05T10:00:00')",
        (kind,),
    )
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema
    conn.close()
