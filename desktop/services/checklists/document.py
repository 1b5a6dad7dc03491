"""The checklist as a Word document: built in memory, written in one go.

Laid out for printing (A4 landscape so six columns stay legible, header row repeated on
each page, page numbers) with the request's confidentiality at the top and bottom of
every page, because a printed transfer plan travels further than the database does.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from desktop.core.checklist_print import (
    MANDATORY_MARK,
    confidentiality_line,
    document_title,
    request_lines,
    step_cells,
    step_columns,
    transit_cells,
    transit_columns,
)
from desktop.core.checklist_progress import ChecklistView
from desktop.core.deadlines import fmt
from desktop.core.requests import RequestRecord
from desktop.core.translation import translate
from desktop.services import audit
from desktop.services.checklists import view
from desktop.services.errors import Refused
from desktop.services.exports import record_and_write
from desktop.services.workspace import Workspace

_STEP_WIDTHS_MM = (12, 92, 45, 28, 50, 34)


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A Word field (page number, page count) that Word fills in when it lays out pages."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _table(
    document: DocxDocument,
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    widths_mm: Sequence[int] = (),
) -> Table:
    table: Table = document.add_table(rows=0, cols=len(header or rows[0]))
    table.style = "Table Grid"
    if header:
        cells = table.add_row().cells
        # Repeat the header row on every printed page.
        table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for cell, text in zip(cells, header, strict=True):
            cell.paragraphs[0].add_run(text).bold = True
    for values in rows:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    if widths_mm:
        table.autofit = False
        for column, width in zip(table.columns, widths_mm, strict=True):
            column.width = Mm(width)  # the grid LibreOffice reads
            for cell in column.cells:
                cell.width = Mm(width)  # the cell widths Word reads
    return table


def render_docx(
    checklist_view: ChecklistView, office: str, printed_at: datetime, user: str, anchor: str = ""
) -> bytes:
    document = Document()
    document.core_properties.title = document_title(checklist_view)
    document.core_properties.author = office
    document.core_properties.last_modified_by = user
    document.core_properties.comments = ""
    style = document.styles["Normal"]
    style.font.size = Pt(9.5)

    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    banner = confidentiality_line(checklist_view)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    header.add_run(banner).bold = True
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(
        translate("ChecklistPrint", "{0} - printed {1} {2} by {3} - page ").format(
            banner, fmt(printed_at.date()), f"{printed_at:%H:%M}", user
        )
    )
    _field(footer, "PAGE")
    footer.add_run(translate("ChecklistPrint", " of "))
    _field(footer, "NUMPAGES")
    if anchor:
        footer.add_run(f" - {anchor}")

    if office:
        document.add_paragraph(office)
    document.add_heading(document_title(checklist_view), level=1)
    _table(document, None, request_lines(checklist_view), (45, 220))
    for checklist in checklist_view.checklists:
        document.add_heading(checklist.title, level=2)
        if checklist.basis:
            document.add_paragraph().add_run(checklist.basis).italic = True
        for phase, steps in checklist.by_phase():
            if phase:
                document.add_heading(phase, level=3)
            _table(document, step_columns(), [step_cells(s) for s in steps], _STEP_WIDTHS_MM)
    if checklist_view.transit_states:
        document.add_heading(translate("ChecklistPrint", "Transit States (art. 89(3))"), level=2)
        _table(
            document, transit_columns(), [transit_cells(t) for t in checklist_view.transit_states]
        )
    document.add_paragraph(translate("ChecklistPrint", "{0} mandatory step").format(MANDATORY_MARK))
    document.add_paragraph(
        "\n"
        + translate(
            "ChecklistPrint",
            "Checked by: ______________________________    "
            "Date: ________________    Signature: ______________________",
        )
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def export_docx(ws: Workspace, record: RequestRecord, path: Path) -> None:
    """Plaintext on purpose: the user asked for this file; the trail says who and when."""
    if path.suffix.lower() != ".docx":
        raise Refused(
            translate(
                "ChecklistDocxMessages",
                "The checklist is exported as a Word file: give a name ending in .docx.",
            )
        )
    current = view(ws, record)
    if not current.checklists:
        raise Refused(
            translate("ChecklistDocxMessages", "{0} has no checklist to export.").format(
                record.registry_no
            )
        )
    data = render_docx(
        current,
        ws.settings.office_name,
        ws.clock().replace(microsecond=0),
        ws.user,
        audit.audit_footer(ws),
    )
    record_and_write(ws, record.id, "checklist.exported", {"file": path.name}, path, data)
