"""How a checklist reads on paper: the words shared by the Word export, the print-out and
the command line, and an HTML page the GUI can print without writing a file.

Printing goes through HTML (Qt's QTextDocument prints it) rather than a temporary Word
file, because a plaintext copy of a transfer plan must never land on disk unasked.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from desktop.core.checklist_progress import (
    TRANSIT_STATUS_LABELS,
    ChecklistView,
    Countdown,
    Step,
    StepState,
    TransitState,
)
from desktop.core.deadlines import fmt
from desktop.core.statuses import STATUS_LABELS, Status
from desktop.core.translation import translate
from desktop.core.vocabulary import CONFIDENTIALITY_LABELS, KIND_LABELS, Confidentiality

MANDATORY_MARK = "*"


def status_label(status: str) -> str:
    """A request's status in words, in the interface's language ("In progress (routed)")."""
    return translate("labels", STATUS_LABELS[Status(status)])


def document_title(view: ChecklistView) -> str:
    if view.is_transfer:
        return translate("ChecklistPrint", "Transfer checklist {0}").format(view.registry_no)
    return translate("ChecklistPrint", "Checklist {0}").format(view.registry_no)


def confidentiality_line(view: ChecklistView) -> str:
    """Printed at the top and bottom of every page: art. 87(3) binds every copy."""
    label = translate("labels", CONFIDENTIALITY_LABELS[view.confidentiality]).upper()
    if view.confidentiality is Confidentiality.PUBLIC:
        return f"{label} - {view.registry_no}"
    return translate(
        "ChecklistPrint", "{0} - {1} - art. 87(3) Rome Statute: do not disclose"
    ).format(label, view.registry_no)


def countdown_text(countdown: Countdown) -> str:
    days, hours, minutes = countdown.parts
    span = translate("Countdown", "{0} d {1} h {2} min").format(days, hours, minutes)
    if countdown.passed:
        return translate("Countdown", "passed {0} ago").format(span)
    return translate("Countdown", "in {0}").format(span)


def planned_text(view: ChecklistView) -> str:
    planned = view.key_dates.planned_transfer
    if planned is None:
        return translate("ChecklistPrint", "not set")
    text = f"{fmt(planned.date())} {planned:%H:%M}"
    return f"{text} ({countdown_text(view.countdown)})" if view.countdown else text


def due_text(step: Step) -> str:
    return fmt(step.due_on) if step.due_on else ""


def state_text(step: Step) -> str:
    when = fmt(step.state_on) if step.state_on else ""
    if step.state is StepState.DONE:
        return translate("ChecklistPrint", "Done {0}, {1}").format(when, step.state_by)
    if step.state is StepState.NOT_APPLICABLE:
        return translate("ChecklistPrint", "Not applicable ({0}), {1}").format(
            step.not_applicable_reason, step.state_by
        )
    return translate("ChecklistPrint", "Open")


def step_text(step: Step) -> str:
    mark = f" {MANDATORY_MARK}" if step.mandatory else ""
    basis = f" [{step.basis}]" if step.basis else ""
    return f"{step.title}{mark}{basis}"


def request_lines(view: ChecklistView) -> list[tuple[str, str]]:
    lines = [
        (translate("ChecklistPrint", "Our reference"), view.registry_no),
        (translate("ChecklistPrint", "Court reference"), view.court_reference),
        (translate("ChecklistPrint", "Subject"), view.subject),
        (translate("ChecklistPrint", "Kind"), translate("labels", KIND_LABELS[view.kind])),
        (translate("ChecklistPrint", "Persons"), ", ".join(view.persons)),
        (translate("ChecklistPrint", "Status"), status_label(view.status)),
    ]
    if view.is_transfer:
        lines.append((translate("ChecklistPrint", "Planned transfer"), planned_text(view)))
    return lines


def step_columns() -> tuple[str, ...]:
    return (
        translate("ChecklistPrint", "No."),
        translate("ChecklistPrint", "Step"),
        translate("ChecklistPrint", "Owner"),
        translate("ChecklistPrint", "Due"),
        translate("ChecklistPrint", "Done / not applicable"),
        translate("ChecklistPrint", "Note"),
    )


def step_cells(step: Step) -> tuple[str, ...]:
    note = step.note
    if step.evidence_attachment_id is not None:
        note = translate("ChecklistPrint", "{0} (evidence: attachment #{1})").format(
            note, step.evidence_attachment_id
        )
        note = note.strip()
    return (str(step.number), step_text(step), step.owner, due_text(step), state_text(step), note)


def transit_columns() -> tuple[str, ...]:
    return (
        translate("ChecklistPrint", "Transit State"),
        translate("ChecklistPrint", "Authorisation"),
        translate("ChecklistPrint", "Date"),
        translate("ChecklistPrint", "Reference"),
        translate("ChecklistPrint", "Note"),
    )


def transit_cells(transit: TransitState) -> tuple[str, ...]:
    return (
        transit.state,
        translate("labels", TRANSIT_STATUS_LABELS[transit.status]),
        fmt(transit.status_on),
        transit.reference,
        transit.note,
    )


def printable_html(view: ChecklistView, office: str, printed_at: datetime, user: str) -> str:
    """The checklist as one HTML page, for QTextDocument and a printer."""
    banner = escape(confidentiality_line(view))
    parts = [f"<html><body><p align='center'><b>{banner}</b></p>"]
    if office:
        parts.append(f"<p>{escape(office)}</p>")
    parts.append(f"<h1>{escape(document_title(view))}</h1><table>")
    parts += [
        f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in request_lines(view)
    ]
    parts.append("</table>")
    for checklist in view.checklists:
        parts.append(f"<h2>{escape(checklist.title)}</h2>")
        for phase, steps in checklist.by_phase():
            if phase:
                parts.append(f"<h3>{escape(phase)}</h3>")
            parts.append(
                "<table border='1' cellpadding='3' cellspacing='0' width='100%'><tr>"
                + "".join(f"<th>{escape(c)}</th>" for c in step_columns())
                + "</tr>"
            )
            parts += [
                "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in step_cells(s)) + "</tr>"
                for s in steps
            ]
            parts.append("</table>")
    if view.transit_states:
        heading = translate("ChecklistPrint", "Transit States (art. 89(3))")
        parts.append(
            f"<h2>{escape(heading)}</h2>"
            "<table border='1' cellpadding='3' cellspacing='0'><tr>"
            + "".join(f"<th>{escape(c)}</th>" for c in transit_columns())
            + "</tr>"
        )
        parts += [
            "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in transit_cells(t)) + "</tr>"
            for t in view.transit_states
        ]
        parts.append("</table>")
    printed = translate("ChecklistPrint", "{0} mandatory step. Printed {1} {2} by {3}.").format(
        MANDATORY_MARK, fmt(printed_at.date()), f"{printed_at:%H:%M}", user
    )
    parts.append(f"<p>{escape(printed)}</p>")
    parts.append(f"<p align='center'><b>{banner}</b></p></body></html>")
    return "".join(parts)
