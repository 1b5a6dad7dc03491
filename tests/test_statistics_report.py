"""The cooperation report (Word, Excel) and `coopdesk-cli stats` / `report`, reopened and read.

The workspace is tests/test_statistics.py's March, whose figures are known by construction.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from desktop.services import statistics
from desktop.services.errors import Refused
from desktop.services.statistics import report as statistics_report
from tests.test_statistics import MARCH, build_march, office_workspace


@pytest.fixture
def march(make_workspace, clock, tmp_path):
    ws = office_workspace(make_workspace)
    build_march(ws, clock, tmp_path)
    return ws


def secrets_of(ws) -> list[str]:
    """Everything the shareable report must never show: references, names, subjects."""
    found = {"Alice Martin"}
    for record in ws.store.all_requests():
        found |= {
            record.registry_no,
            record.court_reference,
            record.subject,
            record.case,
            *record.persons,
        }
    for record in ws.store.all_requests():
        found |= {step["authority"] for step in ws.store.routing_steps(record.id)}
    return sorted(s for s in found if s)


def file_text(path: Path) -> str:
    """Every XML part of a .docx or .xlsx, plus the Word text joined across runs."""
    with zipfile.ZipFile(path) as archive:
        raw = "\n".join(
            archive.read(n).decode("utf-8", "replace")
            for n in archive.namelist()
            if n.endswith((".xml", ".rels"))
        )
    if path.suffix == ".docx":
        document = Document(str(path))
        raw += "\n".join(p.text for p in document.paragraphs)
        raw += "\n".join(
            cell.text for table in document.tables for row in table.rows for cell in row.cells
        )
    return raw


def docx_table(path: Path, title: str) -> list[list[str]]:
    document = Document(str(path))
    titles = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    table = document.tables[titles.index(title)]
    return [[cell.text for cell in row.cells] for row in table.rows]


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_shareable_report_holds_no_reference_name_or_subject(march, tmp_path, suffix, lang):
    stats = statistics.statistics(march, *MARCH)
    path = statistics_report.export_report(march, stats, tmp_path / f"r{suffix}", lang=lang)
    content = file_text(path)
    secrets = secrets_of(march)
    assert len(secrets) > 30
    assert [s for s in secrets if s in content] == []


def test_the_internal_report_names_authorities_and_registry_numbers(march, tmp_path):
    """The scan above would see them: the internal version shows what it may."""
    stats = statistics.statistics(march, *MARCH)
    path = statistics_report.export_report(march, stats, tmp_path / "r.docx", "internal")
    content = file_text(path)
    assert "National Police" in content and "Ministry of Justice" in content
    open_rows = docx_table(path, "Requests open at the end of the period")
    assert len(open_rows) == 1 + 3
    assert all(row[0].startswith("CD-2026-") for row in open_rows[1:])


def test_the_word_report_shows_the_computed_figures(march, tmp_path):
    stats = statistics.statistics(march, *MARCH)
    internal = statistics_report.export_report(march, stats, tmp_path / "i.docx", "internal")
    summary = dict(docx_table(internal, "Summary")[1:])
    assert summary["Requests received"] == "12"
    assert summary["Requests withdrawn by the Court"] == "1"
    assert summary["Median turnaround (days)"] == "3.5"
    assert summary["90th percentile (days)"] == "15"
    assert summary["Answered by the due date (agreed extensions included)"] == "70%"
    assert summary["Answered by the original due date (without extensions)"] == "70%"
    assert summary["Emergency visas: median days to issue"] == "2"
    shareable = statistics_report.export_report(march, stats, tmp_path / "s.docx")
    summary = dict(docx_table(shareable, "Summary")[1:])
    assert summary["Requests withdrawn by the Court"] == "< 3"
    kinds = dict(docx_table(shareable, "Requests received by kind")[1:])
    assert kinds["Emergency visa for a witness"] == "7"
    assert kinds["Defence team request"] == "< 3"
    equality = docx_table(shareable, "Equality of arms: Defence and Prosecutor requests answered")
    assert equality[1][:3] == ["Defence", "< 3", "—"]  # one request: no median to show
    document = Document(str(shareable))
    assert len(document.inline_shapes) == 4  # kind, month, turnaround, on time
    assert "SHAREABLE" in document.sections[0].header.paragraphs[0].text


def test_the_french_report_writes_numbers_and_dates_in_french(march, tmp_path):
    stats = statistics.statistics(march, *MARCH)
    path = statistics_report.export_report(march, stats, tmp_path / "f.docx", "internal", "fr")
    document = Document(str(path))
    assert "Statistiques du 1er mars 2026 au 31 mars 2026" in [p.text for p in document.paragraphs]
    summary = dict(docx_table(path, "Synthèse")[1:])
    assert summary["Délai médian (jours)"] == "3,5"
    assert summary["Réponses dans le délai (prorogations convenues comprises)"] == "70\u00a0%"
    costs = docx_table(path, "Frais engagés pendant la période (art. 100)")
    assert costs[1][3] == "1\u202f250,50"


def test_the_workbook_has_one_sheet_per_table_with_numbers_as_numbers(march, tmp_path):
    stats = statistics.statistics(march, *MARCH)
    path = statistics_report.export_report(march, stats, tmp_path / "s.xlsx")
    book = load_workbook(path)
    names = book.sheetnames
    assert names[:4] == ["About", "Summary", "By kind", "By organ"]
    assert len(names) == 1 + len(statistics_report.tables(stats, "en", shareable=True))
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=3, values_only=True)}
    assert summary["Requests received"] == 12
    assert summary["Requests withdrawn by the Court"] == "< 3"
    assert summary["Answered by the due date (agreed extensions included)"] == 0.7
    assert book["Summary"]["B10"].number_format == "0%"
    costs = list(book["Costs"].iter_rows(min_row=3, values_only=True))
    assert costs[0][3] == "—" and costs[1][2] == "< 3"  # both drawn from 1 or 2 costs


def test_an_authority_named_like_a_formula_stays_text(march, tmp_path):
    from desktop.services import directory, register, workflow

    directory.add_authority(march, '=HYPERLINK("http://x")')
    record = register.get(march, "ICC-01/12-01/15-6006")
    workflow.route(march, record, '=HYPERLINK("http://x")')
    stats = statistics.statistics(march, march.today(), march.today())
    path = statistics_report.export_report(march, stats, tmp_path / "i.xlsx", "internal")
    cell = load_workbook(path)["Authorities"]["A3"]
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"


def test_a_report_leaves_a_record_and_refuses_other_formats(march, tmp_path):
    stats = statistics.statistics(march, *MARCH)
    with pytest.raises(Refused, match="docx"):
        statistics_report.export_report(march, stats, tmp_path / "r.pdf")
    with pytest.raises(Refused, match="version"):
        statistics_report.export_report(march, stats, tmp_path / "r.docx", "public")
    assert not (tmp_path / "r.docx").exists()
    statistics_report.export_report(march, stats, tmp_path / "r.docx")
    event = march.store.events()[-1]
    assert event.action == "statistics.report_exported"
    assert event.detail["version"] == "shareable" and event.detail["from"] == "2026-03-01"


# -- the command line ------------------------------------------------------------------


@pytest.fixture
def cli_march(make_workspace, clock, tmp_path, run_cli):
    ws, _ = make_workspace(folder=tmp_path / "cli-ws")
    build_march(ws, clock, tmp_path)
    ws.close()
    return run_cli


def test_cli_stats_prints_the_figures(cli_march):
    code, out, err = cli_march("stats", "--from", "2026-03-01", "--to", "2026-03-31")
    assert code == 0, err
    assert "Requests received                                          12" in out
    assert "Median turnaround (days)                                  3.5" in out
    assert "Emergency visa for a witness          7" in out


def test_cli_stats_json_with_filters_and_dimensions(cli_march):
    code, out, err = cli_march(
        "stats",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "--kind",
        "emergency_visa",
        "--by",
        "kind,month",
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["received"] == 7
    assert data["emergency_visas"]["median_days"] == 2
    assert data["emergency_visas"]["p90_days"] == 10
    assert set(data["volumes"]) == {"kind", "month"}
    assert "CD-2026" not in out  # no registry numbers in the figures


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-04-01", "--to", "2026-03-01"), "starts"),
        (("--from", "2026-13-01", "--to", "2026-03-01"), "--from"),
        (("--from", "2026-03-01", "--to", "2026-03-31", "--by", "colour"), "--by: colour"),
        (("--from", "2026-03-01", "--to", "2026-03-31", "--organ", "Police"), "Unknown organ"),
    ],
)
def test_cli_stats_refuses_bad_input_in_one_line(cli_march, args, message):
    code, _out, err = cli_march("stats", *args)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1


def test_cli_report_writes_shareable_by_default(cli_march, tmp_path):
    target = tmp_path / "report.xlsx"
    code, out, err = cli_march(
        "report", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(target), "--lang", "fr"
    )
    assert code == 0, err
    assert "shareable" in out
    book = load_workbook(target)
    assert book.sheetnames[0] == "À propos"
    assert "VERSION COMMUNICABLE" in " ".join(
        str(row[0]) for row in book["À propos"].iter_rows(values_only=True)
    )
