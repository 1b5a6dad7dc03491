"""A request's audit entries as sentences a diplomat reads, in the interface language.

The audit trail stores machine-readable actions (`checklist.step_done` with a detail dict);
the Timeline tab shows "Step “Arrest warrant received” marked done (13 Nov 2026)". The raw
detail stays available behind the tab's "Show details" switch, for whoever checks the
trail itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.gui import formats, labels
from desktop.services.workflow import status_reason

translate = QCoreApplication.translate  # with literal texts, which lupdate collects


def _date(value: Any) -> str:
    return formats.format_date(value, medium=True) if value else ""


def _status(value: Any) -> str:
    try:
        return labels.status(str(value))
    except (KeyError, ValueError):
        return str(value or "")


def _step(d: dict[str, Any]) -> str:
    return str(d.get("title") or d.get("step") or "")


SENTENCES: dict[str, Callable[[dict[str, Any]], str]] = {
    "request.registered": lambda d: translate("timeline", "Request registered as {0}").format(
        d.get("registry_no", "")
    ),
    "request.edited": lambda d: translate("timeline", "Request details edited"),
    "request.owner": lambda d: translate("timeline", "Owner changed to {0}").format(
        d.get("after") or d.get("owner") or translate("timeline", "nobody")
    ),
    "status.changed": lambda d: (
        translate("timeline", "Status changed from “{0}” to “{1}”").format(
            _status(d.get("before")), _status(d.get("after"))
        )
        + (translate("timeline", ": {0}").format(status_reason(d)) if status_reason(d) else "")
    ),
    "deadline.extended": lambda d: (
        translate("timeline", "Deadline extended to {0}").format(
            _date(d.get("extended_to") or d.get("after"))
        )
        + (translate("timeline", ": {0}").format(d["reason"]) if d.get("reason") else "")
    ),
    "routing.sent": lambda d: translate("timeline", "Sent to {0}, due {1}").format(
        d.get("authority", ""), _date(d.get("due_on"))
    ),
    "routing.answered": lambda d: translate("timeline", "{0} answered on {1}: {2}").format(
        d.get("authority", ""), _date(d.get("answered_on")), d.get("outcome", "")
    ),
    "note.added": lambda d: translate("timeline", "Note added: {0}").format(d.get("text", "")),
    "attachment.added": lambda d: translate("timeline", "File attached: {0}").format(
        d.get("filename", "")
    ),
    "cost.added": lambda d: translate("timeline", "Cost recorded: {0}").format(
        d.get("description") or d.get("category", "")
    ),
    "reply.exported": lambda d: translate("timeline", "Reply saved as a Word document: {0}").format(
        d.get("title") or d.get("template", "")
    ),
    "reply.docx": lambda d: translate("timeline", "Reply saved as a Word document: {0}").format(
        d.get("title") or d.get("template", "")
    ),
    "case_summary.exported": lambda d: translate(
        "timeline", "Case summary saved as a Word document"
    ),
    "checklist.added": lambda d: translate("timeline", "Checklist “{0}” added").format(
        d.get("title", "")
    ),
    "checklist.exported": lambda d: translate("timeline", "Checklist saved as a Word document"),
    "checklist.step_added": lambda d: translate("timeline", "Step “{0}” added").format(_step(d)),
    "checklist.step_done": lambda d: translate("timeline", "Step “{0}” marked done ({1})").format(
        _step(d), _date(d.get("on"))
    ),
    "checklist.step_not_applicable": lambda d: translate(
        "timeline", "Step “{0}” marked not applicable: {1}"
    ).format(_step(d), d.get("reason", "")),
    "checklist.step_reopened": lambda d: (
        translate("timeline", "Step “{0}” reopened").format(_step(d))
        + (translate("timeline", ": {0}").format(d["reason"]) if d.get("reason") else "")
    ),
    "checklist.step_assigned": lambda d: translate("timeline", "Step “{0}” assigned to {1}").format(
        _step(d), d.get("after") or translate("timeline", "nobody")
    ),
    "checklist.step_due": lambda d: translate("timeline", "Step “{0}” now due {1}").format(
        _step(d), _date(d.get("after")) or translate("timeline", "by its rule")
    ),
    "checklist.step_note": lambda d: translate("timeline", "Note on step “{0}”: {1}").format(
        _step(d), d.get("after", "")
    ),
    "checklist.step_evidence": lambda d: translate(
        "timeline", "Evidence for step “{0}”: {1}"
    ).format(_step(d), d.get("filename") or translate("timeline", "none")),
    "transfer.planned": lambda d: translate("timeline", "Transfer planned for {0}").format(
        formats.format_datetime(d.get("after"))
        if d.get("after")
        else translate("timeline", "no date")
    ),
    "transit.added": lambda d: translate("timeline", "Transit State added: {0}").format(
        d.get("state", "")
    ),
    "transit.changed": lambda d: translate(
        "timeline", "Transit authorisation from {0} updated"
    ).format(d.get("state", "")),
    "transit.removed": lambda d: translate("timeline", "Transit State removed: {0}").format(
        d.get("state", "")
    ),
    "deadline.shortened": lambda d: (
        translate("timeline", "Deadline shortened to {0}").format(
            _date(d.get("extended_to") or d.get("after"))
        )
        + (translate("timeline", ": {0}").format(d["reason"]) if d.get("reason") else "")
    ),
    "arrest.recorded": lambda d: translate(
        "timeline", "Provisional arrest recorded on {0}: Rule 188 runs"
    ).format(_date(d.get("on"))),
    "review.recorded": lambda d: (
        translate("timeline", "Standing request reviewed on {0}").format(_date(d.get("on")))
        + (translate("timeline", ": {0}").format(d["note"]) if d.get("note") else "")
    ),
    "request.linked": lambda d: translate("timeline", "Linked with {0}").format(d.get("with", "")),
    "request.unlinked": lambda d: translate("timeline", "Link with {0} removed").format(
        d.get("with", "")
    ),
    "routing.due_followed": lambda d: translate(
        "timeline", "Step sent to {0} now due {1}, following the request's dates"
    ).format(d.get("authority", ""), _date(d.get("after"))),
    "calendar.exported": lambda d: translate(
        "timeline", "Due dates written to the calendar file {0} (not encrypted)"
    ).format(d.get("file", "")),
    "attachment.saved": lambda d: translate(
        "timeline", "Copy of {0} saved outside the workspace (not encrypted)"
    ).format(d.get("filename", "")),
    "request.sent_to_office": lambda d: translate(
        "timeline", "Sent to {0} in sealed parcel {1}"
    ).format(d.get("office", ""), d.get("seq", "")),
    "request.received_from_office": lambda d: translate(
        "timeline", "Received from {0} (their number {1}) in parcel {2}"
    ).format(d.get("office", ""), d.get("origin_registry_no", ""), d.get("seq", "")),
    "request.updated_from_office": lambda d: translate(
        "timeline", "{0} changed by {1}, the lead office: {2} → {3}"
    ).format(_field(d), d.get("office", ""), _value(d, "before"), _value(d, "after")),
    "request.proposal_received": lambda d: translate("timeline", "{0} proposes {1}: {2}").format(
        d.get("office", ""), _field(d), _value(d, "value")
    ),
    "request.proposal_accepted": lambda d: translate(
        "timeline", "Proposal by {0} accepted: {1} {2}"
    ).format(d.get("office", ""), _field(d), _value(d, "value")),
    "request.proposal_declined": lambda d: translate(
        "timeline", "Proposal by {0} declined: {1} {2}"
    ).format(d.get("office", ""), _field(d), _value(d, "value")),
    "routing.received": lambda d: translate("timeline", "{0} sent it to {1}, due {2}").format(
        d.get("office", ""), d.get("authority", ""), _date(d.get("due_on"))
    ),
    "note.received": lambda d: translate("timeline", "Note from {0}: {1}").format(
        d.get("author", ""), d.get("text", "")
    ),
    "attachment.received": lambda d: translate("timeline", "File from {0}: {1}").format(
        d.get("office", ""), d.get("filename", "")
    ),
    "request.lead_handed_over": lambda d: translate(
        "timeline", "Lead handed over to {0} in parcel {1}: its status and deadline now apply"
    ).format(d.get("office", ""), d.get("seq", "")),
    "request.lead_received": lambda d: translate(
        "timeline", "{0} handed the lead over in parcel {1}: this office now decides"
    ).format(d.get("office", ""), d.get("seq", "")),
    "checklist.step_received": lambda d: translate(
        "timeline", "Step “{0}” closed at {1} ({2})"
    ).format(_step(d), d.get("office", ""), _date(d.get("on"))),
}


def _field(d: dict[str, Any]) -> str:
    if d.get("field") == "court_deadline":
        return translate("timeline", "Court deadline")
    return translate("timeline", "Status")


def _value(d: dict[str, Any], key: str) -> str:
    value = d.get(key)
    return _date(value) if d.get("field") == "court_deadline" else _status(value)


def sentence(action: str, detail: dict[str, Any]) -> str:
    """The entry in plain words; an action this version does not know reads as itself."""
    describe = SENTENCES.get(action)
    if describe is None:
        return action
    try:
        return describe(detail)
    except (AttributeError, TypeError, ValueError):  # an older entry with another shape
        return action


def technical(action: str, detail: dict[str, Any]) -> str:
    """The raw entry, for the "Show details" switch."""
    parts = [action]
    for key, value in detail.items():
        if isinstance(value, dict) and "before" in value:
            parts.append(f"{key}: {value['before']} → {value['after']}")
        else:
            parts.append(f"{key}: {value}")
    return "; ".join(parts)
