"""A request's file on paper: every field, the routing, the notes and the timeline.

Written with python-docx directly (no template: the content is a record, not a letter an
office rewords). Used when a file is handed over, or a ministry asks where a request stands.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from desktop.core.statuses import STATUS_LABELS, Status
from desktop.core.vocabulary import (
    ASSISTANCE_TYPES,
    CHANNEL_LABELS,
    KIND_LABELS,
    ORGAN_LABELS,
    URGENCY_LABELS,
    Channel,
    Confidentiality,
    Kind,
    Organ,
    Urgency,
)
from desktop.services.replies.fields import clean
from desktop.services.replies.language import CONFIDENTIALITY, format_date, marking
from desktop.services.workflow import status_reason

GREY = RGBColor(0x60, 0x60, 0x60)


def _day(text: str | None, short: bool = False) -> str:
    """15 December 2026, or 15 Dec 2026 where a table column is narrow."""
    if not text:
        return ""
    day = date.fromisoformat(text[:10])
    written = format_date(day, "en")
    return f"{day.day} {written.split()[1][:3]} {day.year}" if short else written


def _moment(text: str | None, short: bool = False) -> str:
    if not text:
        return ""
    return f"{_day(text, short)} {datetime.fromisoformat(text):%H:%M}"


ACTIONS = {
    "request.registered": "Registered",
    "request.edited": "Edited",
    "request.owner": "Owner changed",
    "status.changed": "Status changed",
    "routing.sent": "Routed",
    "routing.answered": "Authority answered",
    "deadline.extended": "Deadline extended",
    "note.added": "Note",
    "attachment.added": "File attached",
    "attachment.saved": "Copy of a file saved",
    "cost.added": "Cost recorded",
    "reply.exported": "Reply exported",
    "case_summary.exported": "Case summary exported",
}


def _describe(action: str, detail: dict[str, Any]) -> str:
    """An event's detail as one readable line (hashes and ids are for machines)."""
    if action == "status.changed":
        line = f"{detail.get('before')} → {detail.get('after')}"
        extra = [text for text in (str(detail.get("ground") or ""), status_reason(detail)) if text]
        return "; ".join([line, *extra])
    parts = []
    for key, value in detail.items():
        if key in ("sha256", "attachment", "note", "step", "cost") or value in (None, "", []):
            continue
        if isinstance(value, dict):
            value = f"{value.get('before')} → {value.get('after')}"
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        parts.append(f"{key.replace('_', ' ')}: {value}")
    return "; ".join(parts)


def _field(paragraph: Paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "16")
    properties.append(size)
    run.append(properties)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _page_furniture(document: DocumentObject, stamp: str, registry_no: str, anchor: str) -> None:
    section = document.sections[0]
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    head.add_run(stamp).bold = True
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(stamp).bold = True
    line = section.footer.add_paragraph()
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = line.add_run(f"Case summary {clean(registry_no)} – page ")
    run.font.size, run.font.color.rgb = Pt(8), GREY
    _field(line, "PAGE")
    line.add_run(" / ").font.size = Pt(8)
    _field(line, "NUMPAGES")
    if anchor:
        run = line.add_run(f" – {anchor}")
        run.font.size, run.font.color.rgb = Pt(8), GREY


def _heading(document: DocumentObject, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(14)
    paragraph.paragraph_format.space_after = Pt(4)
    paragraph.paragraph_format.keep_with_next = True
    run = paragraph.add_run(text)
    run.bold, run.font.size = True, Pt(12)


def _text(document: DocumentObject, text: str, *, italic: bool = False) -> None:
    run = document.add_paragraph().add_run(clean(text))
    run.italic = italic


def _table(
    document: DocumentObject,
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
) -> None:
    table = document.add_table(rows=0, cols=len(widths))
    table.style = document.styles["Table Grid"]
    table.autofit = False
    for index, values in enumerate(([header] if header else []) + list(rows)):
        cells = table.add_row().cells
        for cell, value, width in zip(cells, values, widths, strict=True):
            cell.width = Cm(width)
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            run = paragraph.add_run(clean(str(value)))
            run.font.size = Pt(9)
            run.bold = bool(header) and index == 0
    # LibreOffice lays a table out from its grid, Word from the cells: set both.
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    if header:
        table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def _organ(value: str | None) -> str:
    return ORGAN_LABELS[Organ(value)] if value else ""


def build(data: dict[str, Any], user: str, when: datetime, anchor: str = "") -> bytes:
    """The summary of one request from `queries.details(...)`, as .docx bytes."""
    level = Confidentiality(data["confidentiality"])
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Cm(2))
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    _page_furniture(document, marking(level, "en"), data["registry_no"], anchor)

    title = document.add_paragraph()
    run = title.add_run(f"Case summary – {clean(data['registry_no'])}")
    run.bold, run.font.size = True, Pt(16)
    document.add_paragraph().add_run(clean(data["subject"])).bold = True
    note = document.add_paragraph().add_run(
        f"Exported by {clean(user)} on {format_date(when.date(), 'en')} at {when:%H:%M}."
    )
    note.font.size, note.font.color.rgb = Pt(9), GREY

    deadlines = data["deadlines"]
    letters = "; ".join(f"({k}) {ASSISTANCE_TYPES[k]}" for k in data["assistance_types"])
    fields = [
        ("Registry number", data["registry_no"]),
        ("Court's reference", data["court_reference"]),
        ("Received", _moment(data["received_at"])),
        ("Kind", KIND_LABELS[Kind(data["kind"])]),
        ("Assistance, art. 93(1)", letters),
        ("Requesting organ", _organ(data["requesting_organ"])),
        ("Situation", data["situation"]),
        ("Case", data["case"]),
        ("Channel", CHANNEL_LABELS[Channel(data["channel"])]),
        ("Classification", CONFIDENTIALITY["en"][level]),
        ("Urgency", URGENCY_LABELS[Urgency(data["urgency"])]),
        ("Court's deadline", _day(data["court_deadline"])),
        ("Extended to", _day(data["extended_to"])),
        ("Status", STATUS_LABELS[Status(data["status"])]),
        ("Owner", data["owner"] or ""),
        *(
            (f"Due ({name})", f"{_day(due['on'])}: {due['explanation']}")
            for name, due in deadlines.items()
        ),
        ("Days paused in consultation", str(data["paused_days"] or "")),
    ]
    _heading(document, "Request")
    _table(document, None, [(k, v) for k, v in fields if v], (4.5, 12.5))
    if data["summary"]:
        _heading(document, "Summary")
        _text(document, data["summary"])
    if data["persons"]:
        _heading(document, "Persons concerned")
        _text(document, "; ".join(data["persons"]))

    _heading(document, "Completeness (art. 96, 91, 92)")
    missing = data["completeness"]["missing"]
    if missing:
        for item in missing:
            _text(document, f"Missing: {item['element']} ({item['basis']})")
    else:
        _text(document, "Every element is present.", italic=True)

    _heading(document, "Routing to national authorities")
    if data["routing"]:
        _table(
            document,
            ("Authority", "Part", "Sent", "Due", "Answered", "Outcome", "Their reference"),
            [
                (
                    s["authority"],
                    s["part"],
                    _day(s["sent_on"], True),
                    _day(s["due_on"], True),
                    _day(s["answered_on"], True),
                    s["outcome"],
                    s["authority_reference"],
                )
                for s in data["routing"]
            ],
            (3.2, 2.4, 2.1, 2.1, 2.1, 3, 2.1),
        )
    else:
        _text(document, "Not routed.", italic=True)

    if data["notes"]:
        _heading(document, "Notes")
        _table(
            document,
            ("When", "Who", "Note"),
            [(_moment(n["created_at"], True), n["author"], n["text"]) for n in data["notes"]],
            (3.5, 2.5, 11),
        )
    if data["attachments"]:
        _heading(document, "Attachments (kept encrypted in the workspace)")
        _table(
            document,
            ("File", "Size", "Added", "By"),
            [
                (a["filename"], f"{a['size']:,} bytes", _moment(a["added_at"], True), a["added_by"])
                for a in data["attachments"]
            ],
            (8, 3, 3.5, 2.5),
        )
    if data["costs"]:
        _heading(document, "Costs (art. 100)")
        _table(
            document,
            ("Category", "Description", "Amount", "Incurred"),
            [
                (
                    c["category"],
                    c["description"],
                    f"{c['amount_cents'] / 100:,.2f} {c['currency']}",
                    _day(c["incurred_on"], True),
                )
                for c in data["costs"]
            ],
            (3, 8, 3, 3),
        )

    _heading(document, "Timeline")
    _table(
        document,
        ("When", "Who", "What", "Detail"),
        [
            (
                _moment(e["at"], True),
                e["user"],
                ACTIONS.get(e["action"], e["action"]),
                _describe(e["action"], e["detail"]),
            )
            for e in data["timeline"]
        ],
        (3, 2, 3.2, 8.8),
    )

    props = document.core_properties
    props.title = f"Case summary {data['registry_no']}"
    props.author = props.last_modified_by = clean(user)
    props.created = props.modified = when
    props.comments = props.keywords = props.subject = ""
    props.revision = 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
