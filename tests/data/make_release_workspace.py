"""Make the workspace of a released version that tests/test_release_workspaces.py upgrades.

Electrum's practice: the upgrade test opens a file the released code wrote, not one rebuilt
from today's migration scripts. Run it once per release, from the release's own checkout,
and commit the folder it writes; never regenerate an existing one.

    .venv/bin/python -m tests.data.make_release_workspace

The workspace uses the production key derivation and holds one request with a note, an
attachment, a cost, a routing step, a checklist step done, and a reply exported.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path

from desktop import __version__
from desktop.core.requests import draft_from_mapping
from desktop.core.settings import OfficeSettings
from desktop.services import casefile, checklists, register, replies, workflow
from desktop.services.workspace import Workspace
from desktop.storage.schema import SCHEMA_VERSION

HERE = Path(__file__).resolve().parent
USER = "alice"
PASSPHRASE = "release workspace passphrase"
NOTE = "Called the Registry: the letter follows by diplomatic bag."
ATTACHMENT = b"%PDF-1.4\n% a letter of the Registry, kept as bytes\n"
CLOCK = datetime(2026, 11, 25, 9, 30, 0)
STEP_DONE_ON = date(2026, 11, 24)


def folder_for(version: str = __version__, schema: int = SCHEMA_VERSION) -> Path:
    return HERE / f"workspace-{version}-schema-{schema}"


def make(folder: Path) -> None:
    ws, _recovery = Workspace.create(
        folder,
        USER,
        PASSPHRASE,
        "Alice Martin",
        OfficeSettings(country="NL", office_name="Embassy"),
        clock=lambda: CLOCK,
    )
    with ws:
        record = register.register(
            ws,
            draft_from_mapping(
                {
                    "court_reference": "ICC-01/04-01/06-1234",
                    "received_at": "2026-11-02T09:30:00",
                    "kind": "judicial_assistance",
                    "assistance_types": ["b"],
                    "requesting_organ": "OTP",
                    "channel": "diplomatic",
                    "confidentiality": "confidential",
                    "urgency": "routine",
                    "court_deadline": "2026-12-15",
                    "subject": "Request for bank records",
                    "summary": "Records of accounts held at national banks.",
                    "persons": ["I. Marsk"],
                }
            ),
        )
        casefile.add_note(ws, record, NOTE)
        casefile.attach_bytes(ws, record, "registry-letter.pdf", ATTACHMENT)
        casefile.add_cost(
            ws,
            record,
            "extraordinary",
            "Translation of the request",
            "120.50",
            "EUR",
            date(2026, 11, 20),
        )
        workflow.route(ws, register.by_id(ws, record.id), "Ministry of Justice")
        step = checklists.view(ws, record).steps[0]
        checklists.mark_done(ws, register.by_id(ws, record.id), step.id, STEP_DONE_ON)
        out = Path(tempfile.mkdtemp())
        try:
            replies.export_reply(
                ws,
                register.by_id(ws, record.id),
                "acknowledgement",
                "en",
                out / "acknowledgement.docx",
            )
        finally:
            shutil.rmtree(out)


if __name__ == "__main__":
    target = folder_for()
    if target.exists():
        raise SystemExit(f"{target.name} exists: a released workspace is never regenerated.")
    make(target)
    print(f"wrote {target.relative_to(HERE.parents[1])}")
