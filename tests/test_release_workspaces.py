"""Workspaces written by released versions open in this one, upgraded, with nothing lost.

Each folder in tests/data/ was made by a release (tests/data/make_release_workspace.py, run
from that release) and is committed as it was written: the upgrade runs this version's
migrations on a real file, not on one rebuilt from today's scripts. The test works on a
copy, so the committed file stays what the release wrote.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop import __version__
from desktop.services import audit, casefile, checklists, register, workflow
from desktop.services.workspace import Workspace
from desktop.storage.connection import DB_FILE, open_encrypted
from desktop.storage.keys import KeyFile
from desktop.storage.schema import SCHEMA_VERSION
from tests.data import make_release_workspace as made

RELEASES = sorted((Path(made.__file__).parent).glob("workspace-*-schema-*"))


def _schema_of(folder: Path, key: bytes) -> int:
    conn = open_encrypted(folder / DB_FILE, key)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_a_workspace_of_this_release_is_committed():
    """One per version (not per schema): a release adds its own, migrations in between don't."""
    assert any(p.name.startswith(f"workspace-{__version__}-") for p in RELEASES), (
        "run: python -m tests.data.make_release_workspace"
    )


@pytest.mark.slow  # the production key derivation, twice
@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.name)
def test_a_released_workspace_opens_upgraded_with_its_data(release, tmp_path):
    folder = tmp_path / release.name
    shutil.copytree(release, folder)
    key = bytes(KeyFile.load(folder).unwrap(made.USER, made.PASSPHRASE))
    written_by = int(release.name.rsplit("-", 1)[1])
    assert _schema_of(folder, key) == written_by <= SCHEMA_VERSION

    with Workspace.unlock(folder, made.USER, made.PASSPHRASE) as ws:
        assert ws.store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        record = register.get(ws, "ICC-01/04-01/06-1234")
        assert record.subject == "Request for bank records"
        assert [n["text"] for n in casefile.notes(ws, record.id)] == [made.NOTE]
        letter, reply = casefile.attachments(ws, record.id)
        assert casefile.attachment_content(ws, letter["id"]) == made.ATTACHMENT
        assert reply["filename"] == "acknowledgement.docx"
        assert [c["amount_cents"] for c in casefile.costs(ws, record.id)] == [12050]
        assert [s["authority"] for s in workflow.routing_steps(ws, record.id)] == [
            "Ministry of Justice"
        ]
        assert checklists.view(ws, record).steps[0].state_on == made.STEP_DONE_ON
        assert audit.verify(ws).ok
    assert _schema_of(folder, key) == SCHEMA_VERSION
