"""The printable checklist: Word export (reopened with python-docx) and the HTML print-out."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from docx import Document

from desktop.core.checklist_print import printable_html
from desktop.core.requests import draft_from_mapping
from desktop.services import checklists, register
from desktop.services.checklists import document as checklist_docx
from desktop.services.checklists import transfer as checklist_transfer
from desktop.services.errors import Refused
from tests.factories import request_row


@pytest.fixture
def transfer(ws):
    record = register.register(
        ws,
        draft_from_mapping(
            request_row(
                kind="transit_transfer",
                assistance_types=[],
                confidentiality="strictly_confidential",
                subject="Transfer of Ilyan Marsk to the seat of the Court",
            )
        ),
    )
    checklist_transfer.set_planned_transfer(ws, record, datetime(2026, 12, 4, 9, 30))
    checklists.mark_done(ws, record, "warrant_received", on=date(2026, 11, 3))
    checklists.mark_not_applicable(ws, record, "consular_notification", "A national")
    checklist_transfer.add_transit_state(
        ws, record, "Ruritania", "granted", reference="NV 112/2026"
    )
    checklist_transfer.add_transit_state(ws, record, "Freedonia")
    return record


def rows(document) -> list[list[str]]:
    return [[c.text for c in row.cells] for table in document.tables for row in table.rows]


def test_the_word_export_carries_the_checklist_and_its_confidentiality(ws, transfer, tmp_path):
    target = tmp_path / "checklist.docx"
    checklist_docx.export_docx(ws, transfer, target)
    document = Document(str(target))

    header = document.sections[0].header.paragraphs[0].text
    footer = document.sections[0].footer.paragraphs[0].text
    assert header == (
        "STRICTLY CONFIDENTIAL - CD-2026-0001 - art. 87(3) Rome Statute: do not disclose"
    )
    assert footer.startswith(header) and "printed 25 Nov 2026 10:00 by alice" in footer
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:3] == [
        "Transfer checklist CD-2026-0001",
        "Transfer of a person to the seat of the Court",
        "Legal",
    ]
    assert "Transit States (art. 89(3))" in headings

    table = rows(document)
    assert ["Planned transfer", "4 Dec 2026 09:30 (in 8 d 23 h 30 min)"] in table
    warrant = next(r for r in table if r[1].startswith("Arrest warrant"))
    assert warrant == [
        "2",
        "Arrest warrant and surrender request received * [art. 89(1), 91]",
        "Ministry of Justice",
        "2 Nov 2026",
        "Done 3 Nov 2026, alice",
        "",
    ]
    consular = next(r for r in table if r[1].startswith("Consular notification"))
    assert consular[4] == "Not applicable (A national), alice"
    escort = next(r for r in table if r[1].startswith("Escort designated"))
    assert escort[3:5] == ["27 Nov 2026", "Open"]
    assert ["Ruritania", "Granted", "25 Nov 2026", "NV 112/2026", ""] in table
    assert ["Freedonia", "Requested", "25 Nov 2026", "", ""] in table
    assert ws.store.events(transfer.id)[-1].action == "checklist.exported"
    assert ws.store.events(transfer.id)[-1].detail == {"file": "checklist.docx"}


def test_export_refuses_a_name_that_is_not_a_word_file(ws, transfer, tmp_path):
    with pytest.raises(Refused, match=r"ending in \.docx"):
        checklist_docx.export_docx(ws, transfer, tmp_path / "checklist.pdf")
    assert not (tmp_path / "checklist.pdf").exists()


def test_the_print_out_is_escaped_html_with_the_banner(ws, transfer):
    checklists.add_step(ws, transfer, "Check <script> & seals", phase="handover")
    page = printable_html(
        checklists.view(ws, transfer), "Embassy of Testland", datetime(2026, 11, 25, 10, 0), "alice"
    )
    assert page.count("STRICTLY CONFIDENTIAL - CD-2026-0001") == 2
    assert "Check &lt;script&gt; &amp; seals" in page and "<script>" not in page
    assert "<h3>Handover</h3>" in page
    assert "Printed 25 Nov 2026 10:00 by alice" in page
