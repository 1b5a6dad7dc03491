"""coopdesk-cli end to end: exit codes, one-line messages, JSON output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop.cli.main import main
from tests.factories import PASSPHRASE, request_row


@pytest.fixture
def cli(run_cli, tmp_path):
    run = run_cli

    assert run("init", "--country", "NL", "--office", "Embassy")[0] == 0
    return run


def test_init_prints_the_recovery_key_once(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COOPDESK_NEW_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--workspace", str(tmp_path / "w"), "--user", "alice", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["recovery_key"].replace("-", "")) == 64
    assert main(["init", "--workspace", str(tmp_path / "w"), "--user", "alice"]) == 1
    assert "already a workspace" in capsys.readouterr().err


def test_import_list_show_route_status_note(cli, tmp_path):
    path = tmp_path / "requests.json"
    path.write_text(
        json.dumps(
            [
                request_row(),
                request_row(
                    court_reference="ICC-2",
                    subject="Visa for witness",
                    kind="emergency_visa",
                    assistance_types=[],
                ),
            ]
        )
    )
    code, out, _ = cli("import", str(path), "--json")
    assert code == 0 and json.loads(out)["imported"] == 2

    code, out, _ = cli("list", "--search", "visa", "--json")
    assert [r["court_reference"] for r in json.loads(out)] == ["ICC-2"]

    assert (
        cli("route", "CD-2026-0001", "--authority", "ministry of justice", "--due", "2026-12-04")[0]
        == 0
    )
    assert cli("note", "ICC-01/04-01/06-1234", "Chased by phone")[0] == 0
    assert (
        cli(
            "status", "CD-2026-0001", "in_consultation", "--reason", "unclear", "--ground", "art97"
        )[0]
        == 0
    )
    code, out, _ = cli("show", "CD-2026-0001", "--json")
    data = json.loads(out)
    assert data["status"] == "in_consultation"
    assert data["routing"][0]["authority"] == "Ministry of Justice"
    assert data["notes"][0]["text"] == "Chased by phone"
    assert "Court deadline 15 Dec 2026" in data["deadlines"]["final"]["explanation"]

    code, out, _ = cli("list", "--status", "in_consultation", "--json")
    assert len(json.loads(out)) == 1


def test_refused_status_change_is_one_line_and_exit_1(cli, tmp_path):
    path = tmp_path / "r.json"
    path.write_text(json.dumps([request_row()]))
    cli("import", str(path))
    code, _out, err = cli("status", "CD-2026-0001", "closed")
    assert code == 1
    assert "cannot become “Closed” (closed)" in err and "Traceback" not in err


def test_bad_import_names_rows_and_leaves_the_workspace_untouched(cli, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([request_row(), request_row(court_deadline="2026-13-01")]))
    code, _, err = cli("import", str(path))
    assert code == 1
    assert "row 2: court_deadline" in err
    code, out, _ = cli("list", "--json")
    assert json.loads(out) == []


def test_wrong_passphrase_exit_code_and_message(cli, monkeypatch):
    monkeypatch.setenv("COOPDESK_PASSPHRASE", "not the passphrase")
    code, _, err = cli("list")
    assert code == 1
    assert "passphrase is not right" in err


def test_passphrase_file_and_change_passphrase(cli, tmp_path, monkeypatch):
    monkeypatch.delenv("COOPDESK_PASSPHRASE")
    old = tmp_path / "old"
    old.write_text(PASSPHRASE + "\n")
    new = tmp_path / "new"
    new.write_text("the new office passphrase\n")
    assert (
        cli("change-passphrase", "--passphrase-file", str(old), "--new-passphrase-file", str(new))[
            0
        ]
        == 0
    )
    assert cli("unlock-check", "--passphrase-file", str(new))[0] == 0
    assert cli("unlock-check", "--passphrase-file", str(old))[0] == 1


def test_users_and_export_register(cli, tmp_path):
    assert cli("user", "add", "bob", "--display-name", "Bob")[0] == 0
    _code, out, _ = cli("user", "list", "--json")
    assert {u["name"] for u in json.loads(out)} == {"alice", "bob"}
    assert cli("demo", "--count", "12")[0] == 0
    target = tmp_path / "register.csv"
    assert cli("export-register", "--csv", str(target))[0] == 0
    lines = target.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("registry_no,court_reference") and len(lines) == 13


def test_attach_a_missing_file(cli, tmp_path):
    path = tmp_path / "r.json"
    path.write_text(json.dumps([request_row()]))
    cli("import", str(path))
    code, _, err = cli("attach", "CD-2026-0001", str(tmp_path / "nope.pdf"))
    assert code == 1 and "Cannot read nope.pdf" in err


def test_the_installed_command_fails_cleanly_without_a_terminal(tmp_path):
    """The real entry point: no passphrase available, no traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "list", "--workspace", str(tmp_path)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()
