"""coopdesk-cli checklist and checklist-template, end to end."""

from __future__ import annotations

import json

import pytest
from docx import Document

from tests.factories import request_row


@pytest.fixture
def cli(run_cli, tmp_path):
    run = run_cli

    assert run("init", "--country", "NL", "--office", "Embassy")[0] == 0
    path = tmp_path / "requests.json"
    path.write_text(
        json.dumps(
            [
                request_row(
                    kind="transit_transfer",
                    assistance_types=[],
                    confidentiality="under_seal",
                    subject="Transfer of Ilyan Marsk",
                ),
                request_row(court_reference="ICC-2", subject="Bank records"),
            ]
        )
    )
    assert run("import", str(path))[0] == 0
    return run


def steps_of(cli, ref: str = "CD-2026-0001") -> dict[str, dict]:
    code, out, _ = cli("checklist", ref, "--json")
    assert code == 0
    return {s["code"]: s for c in json.loads(out)["checklists"] for s in c["steps"]}


def test_show_the_checklist_as_text_and_json(cli):
    code, out, _ = cli("checklist", "CD-2026-0001")
    assert code == 0
    assert "Transfer of a person to the seat of the Court" in out
    assert "  Travel and escort" in out
    assert "[ ]  9. Escort designated *  (National Police)" in out
    assert "Planned transfer: not set" in out
    assert "0 of 14 steps closed; open mandatory: 1, 2, 3" in out

    code, out, _ = cli("checklist", "CD-2026-0001", "--json")
    data = json.loads(out)
    assert data["is_transfer"] and data["confidentiality"] == "under_seal"
    assert data["progress"] == {"closed": 0, "total": 14}
    assert data["checklists"][0]["phases"][0] == {"code": "legal", "title": "Legal"}


def test_done_by_number_or_code_and_not_applicable_with_a_reason(cli):
    code, out, _ = cli(
        "checklist",
        "CD-2026-0001",
        "--done",
        "1",
        "--on",
        "2026-11-20",
        "--note",
        "Fingerprints match",
    )
    assert code == 0 and "Step 1 (Identity of the person confirmed) done on 2026-11-20" in out
    code, out, _ = cli("checklist", "CD-2026-0001", "--done", "escort_designated", "--json")
    assert code == 0 and json.loads(out)["state_by"] == "alice"

    code, _, err = cli("checklist", "CD-2026-0001", "--na", "consular_notification")
    assert code == 1 and "--reason" in err
    assert cli("checklist", "CD-2026-0001", "--na", "5", "--reason", "A national")[0] == 0

    steps = steps_of(cli)
    assert steps["identity_confirmed"]["state_on"] == "2026-11-20"
    assert steps["identity_confirmed"]["note"] == "Fingerprints match"
    assert steps["escort_designated"]["state"] == "done"
    assert steps["consular_notification"]["not_applicable_reason"] == "A national"

    code, _, err = cli("checklist", "CD-2026-0001", "--done", "1")
    assert code == 1 and "already done on 2026-11-20 by alice" in err
    code, _, err = cli("checklist", "CD-2026-0001", "--done", "teleport")
    assert code == 1 and "no checklist step 'teleport'" in err and "Traceback" not in err
    assert cli("checklist", "CD-2026-0001", "--reopen", "1")[0] == 0
    assert steps_of(cli)["identity_confirmed"]["state"] == "open"


def test_status_executed_is_refused_while_mandatory_steps_are_open(cli):
    code, _, err = cli("status", "CD-2026-0001", "executed")
    assert code == 1
    assert "cannot be marked executed while mandatory checklist steps are open" in err
    assert "13. Handover at arrival signed" in err
    assert cli("status", "CD-2026-0002", "executed")[0] == 0  # not a transfer


def test_planned_transfer_and_transit_states(cli):
    code, out, _ = cli(
        "checklist", "CD-2026-0001", "--planned-transfer", "2026-12-04T09:30", "--json"
    )
    assert code == 0 and json.loads(out)["planned_transfer"] == "2026-12-04T09:30:00"
    assert steps_of(cli)["escort_designated"]["due_on"] == "2026-11-27"
    assert cli("checklist", "CD-2026-0001", "--transit", "Ruritania", "requested")[0] == 0
    code, out, _ = cli(
        "checklist", "CD-2026-0001", "--transit", "ruritania", "granted", "--on", "2026-11-24"
    )
    assert code == 0 and "Ruritania: granted 2026-11-24" in out
    code, out, _ = cli("checklist", "CD-2026-0001", "--json")
    assert [(t["state"], t["status"]) for t in json.loads(out)["transit_states"]] == [
        ("Ruritania", "granted")
    ]
    code, _, err = cli("checklist", "CD-2026-0002", "--planned-transfer", "2026-12-04")
    assert code == 1 and "Only transfer requests" in err


def test_export_to_word(cli, tmp_path):
    target = tmp_path / "transfer.docx"
    cli("checklist", "CD-2026-0001", "--done", "2")
    code, out, _ = cli("checklist", "CD-2026-0001", "--export", str(target))
    assert code == 0 and "plaintext" in out
    document = Document(str(target))
    assert "UNDER SEAL" in document.sections[0].header.paragraphs[0].text
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert any(c.startswith("Arrest warrant and surrender request received *") for c in cells)
    code, _, err = cli("checklist", "CD-2026-0001", "--export", str(tmp_path / "x.pdf"))
    assert code == 1 and "ending in .docx" in err


def test_templates_listed_shown_imported_and_reset(cli, tmp_path):
    code, out, _ = cli("checklist-template", "--json")
    rows = {r["key"]: r for r in json.loads(out)}
    assert rows["judicial_assistance"]["uses"] == "generic"
    assert rows["transit_transfer"]["source"] == "shipped"

    code, out, err = cli("checklist-template", "judicial_assistance")
    assert code == 0 and "uses the generic one" in err
    template = json.loads(out)
    template["kind"] = "judicial_assistance"
    template["steps"].insert(
        0,
        {
            "code": "letters_checked",
            "title": "Art. 93(1) letters checked",
            "mandatory": True,
            "due": {"from": "received", "working_days": 1},
        },
    )
    path = tmp_path / "ja.json"
    path.write_text(json.dumps(template), "utf-8")
    assert cli("checklist-template", "judicial_assistance", "--import", str(path))[0] == 0
    code, out, _ = cli("checklist-template", "--json")
    assert {r["key"]: r["source"] for r in json.loads(out)}["judicial_assistance"] == "office"

    request = tmp_path / "more.json"
    request.write_text(json.dumps([request_row(court_reference="ICC-3")]))
    cli("import", str(request))
    assert steps_of(cli, "CD-2026-0003")["letters_checked"]["due_on"] == "2026-11-03"

    template["steps"][0]["due"] = {"from": "planned_transfer", "working_days": -1}
    path.write_text(json.dumps(template), "utf-8")
    code, _, err = cli("checklist-template", "--import", str(path))
    assert code == 1 and "only transfer requests have a planned transfer date" in err
    assert cli("checklist-template", "judicial_assistance", "--reset")[0] == 0
    code, _, err = cli("checklist-template", "--reset")
    assert code == 1 and "Say which checklist" in err
