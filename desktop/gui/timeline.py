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

from desktop.gui import i18n, labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("timeline", text)


def _date(value: Any) -> str:
    return i18n.format_date(value, medium=True) if value else ""


def _status(value: Any) -> str:
    try:
        return labels.status(str(value))
    except (KeyError, ValueError):
        return str(value or "")


def _step(d: dict[str, Any]) -> str:
    return str(d.get("title") or d.get("step") or "")


SENTENCES: dict[str, Callable[[dict[str, Any]], str]] = {
    "request.registered": lambda d: _tr("Request registered as {0}").format(
        d.get("registry_no", "")),
    "request.edited": lambda d: _tr("Request details edited"),
    "request.owner": lambda d: _tr("Owner changed to {0}").format(
        d.get("after") or d.get("owner") or _tr("nobody")),
    "status.changed": lambda d: (
        _tr("Status changed from “{0}” to “{1}”").format(_status(d.get("before")),
                                                          _status(d.get("after")))
        + (_tr(": {0}").format(d["reason"]) if d.get("reason") else "")),
    "deadline.extended": lambda d: _tr("Deadline extended to {0}").format(
        _date(d.get("extended_to") or d.get("after")))
    + (_tr(": {0}").format(d["reason"]) if d.get("reason") else ""),
    "routing.sent": lambda d: _tr("Sent to {0}, due {1}").format(
        d.get("authority", ""), _date(d.get("due_on"))),
    "routing.answered": lambda d: _tr("{0} answered on {1}: {2}").format(
        d.get("authority", ""), _date(d.get("answered_on")), d.get("outcome", "")),
    "note.added": lambda d: _tr("Note added: {0}").format(d.get("text", "")),
    "attachment.added": lambda d: _tr("File attached: {0}").format(d.get("filename", "")),
    "cost.added": lambda d: _tr("Cost recorded: {0}").format(
        d.get("description") or d.get("category", "")),
    "reply.exported": lambda d: _tr("Reply saved as a Word document: {0}").format(
        d.get("title") or d.get("template", "")),
    "reply.docx": lambda d: _tr("Reply saved as a Word document: {0}").format(
        d.get("title") or d.get("template", "")),
    "case_summary.exported": lambda d: _tr("Case summary saved as a Word document"),
    "checklist.added": lambda d: _tr("Checklist “{0}” added").format(d.get("title", "")),
    "checklist.exported": lambda d: _tr("Checklist saved as a Word document"),
    "checklist.step_added": lambda d: _tr("Step “{0}” added").format(_step(d)),
    "checklist.step_done": lambda d: _tr("Step “{0}” marked done ({1})").format(
        _step(d), _date(d.get("on"))),
    "checklist.step_not_applicable": lambda d: _tr(
        "Step “{0}” marked not applicable: {1}").format(_step(d), d.get("reason", "")),
    "checklist.step_reopened": lambda d: _tr("Step “{0}” reopened").format(_step(d))
    + (_tr(": {0}").format(d["reason"]) if d.get("reason") else ""),
    "checklist.step_assigned": lambda d: _tr("Step “{0}” assigned to {1}").format(
        _step(d), d.get("after") or _tr("nobody")),
    "checklist.step_due": lambda d: _tr("Step “{0}” now due {1}").format(
        _step(d), _date(d.get("after")) or _tr("by its rule")),
    "checklist.step_note": lambda d: _tr("Note on step “{0}”: {1}").format(
        _step(d), d.get("after", "")),
    "checklist.step_evidence": lambda d: _tr("Evidence for step “{0}”: {1}").format(
        _step(d), d.get("filename") or _tr("none")),
    "transfer.planned": lambda d: _tr("Transfer planned for {0}").format(
        i18n.format_datetime(d.get("after")) if d.get("after") else _tr("no date")),
    "transit.added": lambda d: _tr("Transit State added: {0}").format(d.get("state", "")),
    "transit.changed": lambda d: _tr("Transit authorisation from {0} updated").format(
        d.get("state", "")),
    "transit.removed": lambda d: _tr("Transit State removed: {0}").format(d.get("state", "")),
}


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
