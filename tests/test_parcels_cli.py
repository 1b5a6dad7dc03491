"""The embassy–capital round trip through coopdesk-cli, two workspaces in one process."""

from __future__ import annotations

import json

import pytest

from desktop.cli.main import main


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COOPDESK_PASSPHRASE", "correct horse battery")
    monkeypatch.setenv("COOPDESK_USER", "alice")

    def run(office: str, *args: str) -> tuple[int, str, str]:
        code = main(["--workspace", str(tmp_path / office), *args])
        out, err = capsys.readouterr()
        return code, out, err

    for office, name in (
        ("embassy", "Embassy of Testland"),
        ("capital", "Ministry of Justice of Testland"),
    ):
        assert run(office, "init", "--office", name, "--country", "NL")[0] == 0
    return run


def test_the_round_trip_through_the_command_line(cli, tmp_path):
    # Cards exchanged and verified out of band.
    for me, other, name in (
        ("embassy", "capital", "Embassy of Testland"),
        ("capital", "embassy", "Ministry of Justice of Testland"),
    ):
        card = str(tmp_path / f"{me}.card")
        code, out, _ = cli(me, "office", "card", "--out", card)
        assert code == 0 and "Fingerprint: " in out
        fingerprint = out.split("Fingerprint: ")[1].split("\n")[0]
        assert cli(other, "office", "add", card)[0] == 0
        code, _, err = cli(other, "office", "verify", name)
        assert code == 1 and fingerprint in err  # shown, not yet recorded
        assert cli(other, "office", "verify", name, "--confirmed")[0] == 0
    code, out, _ = cli("capital", "office", "list")
    assert "Embassy of Testland" in out and "NOT VERIFIED" not in out

    request = tmp_path / "request.json"
    request.write_text(
        json.dumps(
            [
                {
                    "court_reference": "ICC-01/04-01/06-1234",
                    "received_at": "2026-11-02T09:30:00",
                    "kind": "judicial_assistance",
                    "subject": "Bank records of Ilyan Marsk",
                    "court_deadline": "2026-12-15",
                }
            ]
        )
    )
    assert cli("embassy", "import", str(request))[0] == 0
    parcel1 = str(tmp_path / "1.cdparcel")
    code, out, _ = cli(
        "embassy",
        "send",
        "CD-2026-0001",
        "--to",
        "Ministry of Justice of Testland",
        "--out",
        parcel1,
    )
    assert code == 0 and "Parcel 1 for Ministry of Justice of Testland" in out

    code, out, _ = cli("capital", "receive", parcel1, "--dry-run")
    assert code == 0 and "Dry run: nothing was applied." in out
    code, out, _ = cli("capital", "receive", parcel1)
    assert code == 0 and "New request CD-2026-0001 (Embassy of Testland's CD-2026-0001)" in out
    code, out, _ = cli("capital", "receive", parcel1)
    assert code == 0 and "already received on" in out
    code, out, err = cli("capital", "list", "--office", "Embassy of Testland")
    assert code == 0 and "ICC-01/04-01/06-1234" in out and err.startswith("1 request (")
    code, out, err = cli("embassy", "list", "--office", "Ministry of Justice of Testland")
    assert code == 0 and err.startswith("0 requests")
    code, out, _ = cli("capital", "office", "list")
    assert "Embassy of Testland\t\tverified " in out and "\t1 open, next due 2026-12-15" in out

    assert cli("capital", "route", "CD-2026-0001", "--authority", "Central Bank")[0] == 0
    assert cli("capital", "answer", "1", "--outcome", "Statements obtained")[0] == 0
    parcel2 = str(tmp_path / "2.cdparcel")
    assert (
        cli("capital", "send", "CD-2026-0001", "--to", "Embassy of Testland", "--out", parcel2)[0]
        == 0
    )
    code, out, _ = cli("embassy", "receive", parcel2)
    assert code == 0 and "Central Bank answered" in out and "proposes status" in out
    code, out, _ = cli("embassy", "proposal", "list")
    assert out.startswith(
        "#1 CD-2026-0001: Ministry of Justice of Testland proposes status in_progress"
    )
    assert cli("embassy", "proposal", "accept", "1")[0] == 0
    code, out, _ = cli("embassy", "show", "CD-2026-0001", "--json")
    shown = json.loads(out)
    assert shown["status"] == "in_progress"
    assert [s["outcome"] for s in shown["routing"]] == ["Statements obtained"]

    receipt = str(tmp_path / "3.cdparcel")
    code, out, _ = cli(
        "embassy", "send", "--to", "Ministry of Justice of Testland", "--out", receipt
    )
    assert code == 0 and "a receipt only" in out
    code, out, _ = cli("capital", "receive", receipt)
    assert "confirms it received parcels up to 1" in out

    # The embassy hands the lead over: the capital decides from now on.
    parcel4 = str(tmp_path / "4.cdparcel")
    code, out, _ = cli(
        "embassy",
        "send",
        "CD-2026-0001",
        "--to",
        "Ministry of Justice of Testland",
        "--out",
        parcel4,
        "--hand-over-lead",
    )
    assert code == 0
    code, out, _ = cli("capital", "receive", parcel4)
    assert code == 0 and "Embassy of Testland hands the lead over" in out
    code, out, err = cli("capital", "list", "--office", "Embassy of Testland")
    assert err.startswith("0 requests")  # no longer led there
    code, _, err = cli(
        "embassy",
        "send",
        "CD-2026-0001",
        "--to",
        "Ministry of Justice of Testland",
        "--out",
        str(tmp_path / "5.cdparcel"),
        "--hand-over-lead",
    )
    assert code == 1 and "only the lead office can hand the lead over" in err

    code, _, err = cli("capital", "receive", str(request))
    assert code == 1 and err.strip() == (
        "This file is not a Cooperation Desk parcel; nothing was applied."
    )
