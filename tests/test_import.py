import csv
import json

import pytest

from desktop.core.filters import RequestFilter
from desktop.services.importing import ImportRefused, import_file
from tests.factories import request_row


def test_json_import_registers_every_row(ws, tmp_path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps([request_row(), request_row(court_reference="ICC-2")]))
    assert import_file(ws, path).registered == ["CD-2026-0001", "CD-2026-0002"]


def test_csv_import_with_list_fields_separated_by_semicolons(ws, tmp_path):
    path = tmp_path / "in.csv"
    row = request_row(persons="Amadou Sène;حسن الرشيدي", assistance_types="b;i")
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)
    (number,) = import_file(ws, path).registered
    record = ws.store.find_request(number)[0]
    assert record.persons == ["Amadou Sène", "حسن الرشيدي"]


def test_one_bad_row_refuses_the_whole_file_and_names_it(ws, tmp_path):
    path = tmp_path / "in.json"
    rows = [
        request_row(),
        request_row(received_at="2026-02-30"),
        request_row(),
        request_row(kind="extradition", subject=""),
    ]
    path.write_text(json.dumps(rows))
    with pytest.raises(ImportRefused) as info:
        import_file(ws, path)
    problems = info.value.problems
    assert (
        "row 2: received_at: '2026-02-30' is not a valid ISO 8601 date (e.g. 2026-03-14)"
        in problems
    )
    assert "row 4: subject: is required" in problems
    assert any(p.startswith("row 4: kind: 'extradition' is not one of") for p in problems)
    assert len(problems) == 3
    assert "problems in 2 rows of 4" in str(info.value)
    assert ws.store.count_requests(RequestFilter()) == 0
    assert ws.store.events() and all(e.action == "workspace.created" for e in ws.store.events())


@pytest.mark.parametrize("content", ["{not json", '{"a": 1}', "[1, 2]"])
def test_malformed_json_is_a_clear_refusal(ws, tmp_path, content):
    path = tmp_path / "in.json"
    path.write_text(content)
    with pytest.raises(ImportRefused):
        import_file(ws, path)


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ('[{"subject": "a"},\n {"subject": "b"}\n {"subject": "c"}]', "line 3, column 2"),
        ('[\n {"subject": "a"},\n]', "line 3, column 1"),
        ('[{"subject": "a"}] trailing', "line 1, column 20"),
        ("[", "line 1, column 2"),
    ],
)
def test_a_json_file_is_read_an_item_at_a_time_yet_says_where_it_breaks(
    ws, tmp_path, content, where
):
    path = tmp_path / "in.json"
    path.write_text(content)
    with pytest.raises(ImportRefused, match=f"not valid JSON \\({where}\\)"):
        import_file(ws, path)


def test_a_json_array_with_spaces_everywhere_imports(ws, tmp_path):
    rows = [request_row(court_reference=f"ICC-01/04-01/06-{n}") for n in range(3)]
    path = tmp_path / "in.json"
    path.write_text(" \n[ " + " ,\n\t".join(json.dumps(r) for r in rows) + " ]\r\n")
    result = import_file(ws, path)
    assert len(result.registered) == 3
    assert {r.court_reference for r in ws.store.all_requests()} == {
        r["court_reference"] for r in rows
    }


def test_csv_without_required_columns(ws, tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("reference,date\nX,2026-01-01\n")
    with pytest.raises(ImportRefused, match="no column court_reference"):
        import_file(ws, path)


def test_non_utf8_file(ws, tmp_path):
    path = tmp_path / "in.csv"
    path.write_bytes(
        "court_reference,received_at,kind,subject\nX,2026-01-01,other,Sène\n".encode("latin-1")
    )
    with pytest.raises(ImportRefused, match="not UTF-8"):
        import_file(ws, path)


def test_a_csv_file_with_stray_line_breaks_is_refused_in_words(ws, tmp_path):
    path = tmp_path / "in.csv"
    path.write_bytes(b"court_reference,received_at,kind,subject\r\nX,2026-01-01,other,a\r\x00b\n")
    with pytest.raises(ImportRefused, match="cannot be read near line"):
        import_file(ws, path)
