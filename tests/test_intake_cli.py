"""Intake from files and the command line: duplicates, searching, filters, CSV dialects."""

from __future__ import annotations

import csv
import json

import pytest

from desktop.core.filters import RequestFilter
from desktop.core.requests import draft_from_mapping
from desktop.services import queries, register
from desktop.services.importing import import_file
from tests.conftest import request_row


@pytest.fixture
def cli(run_cli):
    assert run_cli("init", "--country", "NL")[0] == 0
    return run_cli


def rows(count: int) -> list[dict]:
    return [
        request_row(court_reference=f"ICC-01/04-01/06-{n}", received_at="2026-11-20")
        for n in range(count)
    ]


# -- 7. duplicate Court references --------------------------------------------------------


def test_reimporting_a_file_registers_nothing_twice(ws, tmp_path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(rows(40)))
    assert len(import_file(ws, path).registered) == 40
    again = import_file(ws, path)
    assert again.registered == [] and len(again.already_registered) == 40
    assert "40 already registered" in again.summary()
    assert ws.store.count_requests(RequestFilter()) == 40
    forced = import_file(ws, path, allow_duplicates=True)
    assert len(forced.registered) == 40


def test_a_reference_repeated_in_one_file_is_registered_once(ws, tmp_path):
    path = tmp_path / "in.json"
    path.write_text(
        json.dumps([request_row(), request_row(court_reference="icc-01/04-01/06-1234")])
    )
    result = import_file(ws, path)
    assert len(result.registered) == 1 and len(result.already_registered) == 1


def test_the_cli_says_how_many_were_already_registered(cli, tmp_path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(rows(3)))
    assert cli("import", str(path))[0] == 0
    code, out, _ = cli("import", str(path))
    assert code == 0 and "Imported 0 requests; 3 already registered" in out
    code, out, _ = cli("import", str(path), "--allow-duplicates", "--json")
    assert code == 0 and json.loads(out)["imported"] == 3


# -- 11. situation and case are searchable; filters ----------------------------------------


def test_situation_and_case_are_found_by_search(ws):
    record = register.register(
        ws,
        draft_from_mapping(
            request_row(
                situation="Situation in Northern Estaria", case="The Prosecutor v. Orlan Vey"
            )
        ),
    )
    found = queries.list_requests(ws, RequestFilter(search="Estaria", today=ws.today()))
    assert [r.id for r in found] == [record.id]
    found = queries.list_requests(
        ws, RequestFilter(search="orlan", today=ws.today()), order_by="registry_no"
    )
    assert [r.id for r in found] == [record.id]
    # An edit of the situation is searchable at once.
    register.update(ws, record, {"situation": "Situation in Southern Pellia"})
    assert queries.list_requests(ws, RequestFilter(search="Estaria", today=ws.today())) == []
    assert len(queries.list_requests(ws, RequestFilter(search="Pellia", today=ws.today())))


def test_list_filters_by_situation_and_organ_and_refuses_unknown_kinds(cli, tmp_path):
    path = tmp_path / "in.json"
    path.write_text(
        json.dumps(
            [
                request_row(court_reference="A", situation="Situation in Northern Estaria"),
                request_row(court_reference="B", requesting_organ="Defence"),
            ]
        )
    )
    assert cli("import", str(path))[0] == 0
    _, out, _ = cli("list", "--search", "Estaria", "--json")
    assert [r["court_reference"] for r in json.loads(out)] == ["A"]
    _, out, _ = cli("list", "--situation", "northern estaria", "--json")
    assert [r["court_reference"] for r in json.loads(out)] == ["A"]
    _, out, _ = cli("list", "--organ", "Defence", "--json")
    assert [r["court_reference"] for r in json.loads(out)] == ["B"]
    with pytest.raises(SystemExit) as exit_info:
        cli("list", "--kind", "extradition")
    assert exit_info.value.code == 2


# -- CSV as Excel saves it in French and Dutch ---------------------------------------------


def test_a_semicolon_separated_csv_is_read(ws, tmp_path):
    path = tmp_path / "in.csv"
    row = request_row(
        persons="Amadou Sène", assistance_types="b", summary="Records, statements; and more"
    )
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(row), delimiter=";")
        writer.writeheader()
        writer.writerow(row)
    (number,) = import_file(ws, path).registered
    record = register.get(ws, number)
    assert record.summary == "Records, statements; and more"
    assert record.persons == ["Amadou Sène"]


# -- the command line as people type it ---------------------------------------------------


def test_global_options_work_before_the_command(cli, tmp_path, monkeypatch):
    folder = tmp_path / "cli-ws"
    monkeypatch.delenv("COOPDESK_WORKSPACE")
    code, out, _ = cli("--workspace", str(folder), "--json", "list")
    assert code == 0 and json.loads(out) == []
    code, out, _ = cli("list", "--workspace", str(folder), "--json")
    assert code == 0 and json.loads(out) == []


def test_init_takes_the_passphrase_from_coopdesk_passphrase(run_cli, monkeypatch, tmp_path):
    monkeypatch.delenv("COOPDESK_NEW_PASSPHRASE")
    assert run_cli("init", "--workspace", str(tmp_path / "w"))[0] == 0
    assert run_cli("unlock-check", "--workspace", str(tmp_path / "w"))[0] == 0


def test_a_command_line_mistake_is_one_line(cli, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli("list", "--kind", "extradition")
    err = capsys.readouterr().err
    assert exit_info.value.code == 2 and len(err.strip().splitlines()) == 1
    assert "invalid choice: 'extradition'" in err


def test_list_into_head_stops_quietly(cli, tmp_path):
    import os
    import subprocess
    import sys

    path = tmp_path / "many.json"
    path.write_text(json.dumps(rows(1500)))
    assert cli("import", str(path))[0] == 0
    env = {**os.environ, "COOPDESK_DEBUG": ""}
    reader = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli.main", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    assert reader.stdout.readline()  # what `head -1` reads, then it leaves
    reader.stdout.close()
    err = reader.stderr.read().decode()
    assert reader.wait(timeout=120) == 0
    assert "BrokenPipe" not in err and "Unexpected error" not in err
