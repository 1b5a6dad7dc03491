"""Reading the register: lists, one request in full, what is due, and exports of rows."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core import completeness
from desktop.core.deadlines import Clock, days_left
from desktop.core.filters import RequestFilter
from desktop.core.requests import RequestLine, RequestRecord
from desktop.core.statuses import OPEN_STATUSES, Status, allowed_next
from desktop.core.translation import fmt_date, translate
from desktop.services import links
from desktop.services.checklists import due_steps
from desktop.services.register import deadlines_for
from desktop.services.workspace import Workspace
from desktop.storage.files import write_atomically

REGISTER_COLUMNS = (
    "registry_no",
    "court_reference",
    "received_at",
    "kind",
    "subject",
    "status",
    "urgency",
    "confidentiality",
    "due_on",
    "days_left",
    "owner",
)


def remaining_days(record: RequestRecord | RequestLine, today: date) -> int | None:
    """Days left on the final clock, to the last day the answer can reach the Court; None
    once the State has answered, or when no answer is due by a date (a standing request
    is reviewed, never overdue)."""
    if Status(record.status) not in OPEN_STATUSES or record.clock != Clock.RUNNING:
        return None
    return days_left(record.deliver_on or record.due_on, today, record.paused_since)


def register_row(record: RequestRecord, today: date) -> dict[str, Any]:
    return {
        "registry_no": record.registry_no,
        "court_reference": record.court_reference,
        "received_at": record.received_at.isoformat(),
        "kind": record.kind.value,
        "subject": record.subject,
        "status": record.status,
        "urgency": record.urgency.value,
        "confidentiality": record.confidentiality.value,
        "due_on": record.due_on.isoformat(),
        "days_left": remaining_days(record, today),
        "owner": record.owner or "",
    }


def list_requests(
    ws: Workspace,
    flt: RequestFilter,
    order_by: str = "received_at",
    descending: bool = True,
    limit: int | None = None,
) -> list[RequestRecord]:
    ids = ws.store.request_ids(flt, order_by, descending)
    if limit is not None:
        ids = ids[:limit]
    return ws.store.requests_by_ids(ids)


def count_requests(ws: Workspace, flt: RequestFilter) -> int:
    return ws.store.count_requests(flt)


def details(ws: Workspace, record: RequestRecord) -> dict[str, Any]:
    """Everything about one request, as `show --json` prints it and the GUI reads it."""
    check = completeness.check(record.kind, record.content_fields(), record.elements_confirmed)
    deadlines = deadlines_for(ws, record)
    return {
        **register_row(record, ws.today()),
        "assistance_types": record.assistance_types,
        "requesting_organ": record.requesting_organ.value if record.requesting_organ else None,
        "situation": record.situation,
        "case": record.case,
        "channel": record.channel.value,
        "court_deadline": record.court_deadline.isoformat() if record.court_deadline else None,
        "summary": record.summary,
        "persons": record.persons,
        "paused_since": record.paused_since.isoformat() if record.paused_since else None,
        "paused_days": record.paused_days,
        "extended_to": record.extended_to.isoformat() if record.extended_to else None,
        "past_on_arrival": record.past_on_arrival,
        "clock": record.clock,
        "arrested_on": record.arrested_on.isoformat() if record.arrested_on else None,
        "reviewed_on": record.reviewed_on.isoformat() if record.reviewed_on else None,
        "links": links.shown(ws, record),
        "deadlines": deadlines.as_dict,
        "allowed_next": [s.value for s in allowed_next(Status(record.status))],
        "completeness": {
            "complete": check.complete,
            "present": [e.code for e in check.present],
            "missing": [
                {"code": e.code, "element": e.label, "basis": e.basis} for e in check.missing
            ],
        },
        "routing": [_routing_row(step, record) for step in ws.store.routing_steps(record.id)],
        "notes": [
            {k: n[k] for k in ("created_at", "author", "text")} for n in ws.store.notes(record.id)
        ],
        "attachments": [
            {k: a[k] for k in ("id", "filename", "media_type", "size", "added_at", "added_by")}
            for a in ws.store.attachments(record.id)
        ],
        "costs": [
            {
                k: c[k]
                for k in ("category", "description", "amount_cents", "currency", "incurred_on")
            }
            for c in ws.store.costs(record.id)
        ],
        "timeline": (
            timeline := [
                {"at": e.at, "user": e.user, "action": e.action, "detail": e.detail}
                for e in ws.store.events(record.id)
            ]
        ),
        "acknowledged_at": _acknowledged_at(timeline),
    }


def _acknowledged_at(timeline: list[dict[str, Any]]) -> str | None:
    """When the acknowledgement of receipt left the office (its Word file was saved)."""
    return next(
        (
            e["at"]
            for e in timeline
            if e["action"] == "reply.exported" and e["detail"].get("template") == "acknowledgement"
        ),
        None,
    )


def _routing_row(step: dict[str, Any], record: RequestRecord) -> dict[str, Any]:
    """A routing step, saying whether its date follows the request or was typed, and
    flagging a typed date the request's clock has since overtaken."""
    row = {
        k: step[k]
        for k in (
            "id",
            "authority",
            "part",
            "sent_on",
            "due_on",
            "authority_reference",
            "answered_on",
            "outcome",
        )
    }
    by_hand = bool(step["due_set_by_hand"])
    row["due_set_by_hand"] = by_hand
    row["after_internal_due"] = (
        by_hand and not step["answered_on"] and step["due_on"] > record.internal_due_on.isoformat()
    )
    if not by_hand:
        explanation = translate(
            "QueriesMessages", "follows the request: final due date minus the margin"
        )
    elif row["after_internal_due"]:
        explanation = translate(
            "QueriesMessages", "set by hand; after the request's internal due date {0}"
        ).format(fmt_date(record.internal_due_on))
    else:
        explanation = translate("QueriesMessages", "set by hand")
    row["due_explanation"] = explanation
    return row


@dataclass
class Dashboard:
    overdue: list[RequestRecord]
    due_today: list[RequestRecord]
    due_this_week: list[RequestRecord]
    in_consultation: list[RequestRecord]
    late_routing: list[dict[str, Any]]
    # Open checklist steps overdue, due today or this week (`bucket` says which).
    checklist_steps: list[dict[str, Any]] = field(default_factory=list)
    # Lists stop at SHOWN rows (a years-old backlog must not fill memory); totals count all.
    overdue_total: int = 0
    # Standing requests (outstanding warrants) whose periodic review has come.
    reviews_due: list[RequestRecord] = field(default_factory=list)


SHOWN = 300


def dashboard(ws: Workspace, owner: str | None = None, authority: str | None = None) -> Dashboard:
    today = ws.today()

    def pick(**criteria: Any) -> list[RequestRecord]:
        flt = RequestFilter(owner=owner, today=today, **criteria)
        return list_requests(ws, flt, order_by="due_on", descending=False, limit=SHOWN)

    week = pick(due_within_days=7)
    late = ws.store.late_routing_steps(today, owner, authority, limit=SHOWN)
    return Dashboard(
        overdue=pick(overdue=True),
        due_today=[r for r in week if (r.deliver_on or r.due_on) == today],
        due_this_week=[r for r in week if (r.deliver_on or r.due_on) > today],
        in_consultation=pick(in_consultation=True),
        late_routing=late,
        checklist_steps=due_steps(ws, owner, authority, limit=SHOWN),
        overdue_total=ws.store.count_requests(
            RequestFilter(owner=owner, today=today, overdue=True)
        ),
        reviews_due=pick(review_due=True),
    )


def due_today_or_overdue(ws: Workspace) -> int:
    """How many requests need the user today: a count, cheap at any size (for reminders)."""
    today = ws.today()
    return ws.store.count_requests(
        RequestFilter(overdue=True, today=today)
    ) + ws.store.count_requests(RequestFilter(due_within_days=0, today=today))


def register_csv(records: list[RequestRecord], today: date) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=REGISTER_COLUMNS)
    writer.writeheader()
    for record in records:
        row = register_row(record, today)
        # A cell starting with = + - @ would run as a formula in a spreadsheet.
        writer.writerow(
            {k: (f"'{v}" if isinstance(v, str) and v[:1] in "=+-@" else v) for k, v in row.items()}
        )
    return buffer.getvalue().encode("utf-8-sig")


def export_register(ws: Workspace, records: list[RequestRecord], path: Path) -> None:
    """Plaintext on purpose: the user asked for this file."""
    write_atomically(path, register_csv(records, ws.today()))
    with ws.store.transaction():
        ws.store.append_event(
            ws.user, None, "register.exported", {"rows": len(records), "file": path.name}, ws.now()
        )
