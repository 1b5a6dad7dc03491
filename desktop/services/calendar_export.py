"""Deadlines in the user's calendar: an .ics file of all-day events, one per due date.

Calendars sync to phones and servers the office does not control, so an event carries
the registry number, the kind of request and which clock it is — never a subject, a
person's name, the Court's reference or an explanation (an extension's reason is free
text). Each event's UID is built from the workspace and the clock, so importing a newer
file updates the events instead of adding copies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, timedelta
from pathlib import Path

from desktop.core.calendars import calendar_title, clock_name
from desktop.core.deadlines import Clock
from desktop.core.filters import RequestFilter
from desktop.core.requests import RequestRecord
from desktop.core.statuses import OPEN_STATUSES
from desktop.core.translation import translate
from desktop.core.vocabulary import KIND_LABELS
from desktop.services.errors import Refused
from desktop.services.workspace import Workspace
from desktop.storage.checklist_store import ChecklistStore
from desktop.storage.files import write_atomically


@dataclass(frozen=True)
class DueEvent:
    """One all-day event: `what` names the clock, `key` makes the UID."""

    key: str
    on: date
    registry_no: str
    kind: str
    what: str


def _clocks(record: RequestRecord) -> list[tuple[str, date, str]]:
    """(key, date, words) of a request's own clocks."""
    if record.clock == Clock.STANDING:
        return [("review", record.due_on, clock_name("review"))]
    if record.clock != Clock.RUNNING:
        return []
    clocks = [
        ("final", record.due_on, clock_name("final")),
        ("internal", record.internal_due_on, clock_name("internal")),
        ("acknowledgement", record.ack_due_on, clock_name("acknowledgement")),
    ]
    if record.deliver_on and record.deliver_on != record.due_on:
        clocks.append(("deliver", record.deliver_on, clock_name("deliver")))
    return clocks


def due_events(ws: Workspace, record: RequestRecord | None = None) -> list[DueEvent]:
    """The events of every open request, or of `record` alone."""
    if record is None:
        ids = ws.store.request_ids(
            RequestFilter(statuses=[s.value for s in OPEN_STATUSES]), "due_on", False
        )
        records = {r.id: r for r in ws.store.requests_by_ids(ids)}
    else:
        records = {record.id: record}
    request_id = record.id if record else None
    events = []
    for r in records.values():
        kind = translate("labels", KIND_LABELS[r.kind])
        events += [
            DueEvent(f"{r.id}-{key}", on, r.registry_no, kind, what) for key, on, what in _clocks(r)
        ]
    for prefix, rows, what in (
        ("routing", ws.store.open_routing_dues(request_id), clock_name("routing")),
        ("step", ChecklistStore(ws.store).open_step_dues(request_id), clock_name("step")),
    ):
        for step_id, owner_id, due_on in rows:
            owner = records.get(owner_id)
            if owner is not None:
                events.append(
                    DueEvent(
                        f"{owner.id}-{prefix}-{step_id}",
                        date.fromisoformat(due_on),
                        owner.registry_no,
                        translate("labels", KIND_LABELS[owner.kind]),
                        what,
                    )
                )
    return sorted(events, key=lambda e: (e.on, e.registry_no, e.key))


def ics(ws: Workspace, events: list[DueEvent]) -> bytes:
    # Imported here, not with the module: the window imports this module at start, and
    # icalendar takes about 35 ms to import, for an export made now and then.
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Cooperation Desk//Deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", calendar_title())
    stamp = ws.clock().astimezone(UTC)
    for e in events:
        event = Event()
        event.add("uid", f"{ws.workspace_id}-{e.key}@coopdesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", e.on)
        event.add("dtend", e.on + timedelta(days=1))
        event.add("summary", f"{e.registry_no} · {e.kind} · {e.what}")
        event.add("transp", "TRANSPARENT")  # a due date does not make the user busy
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def export(ws: Workspace, path: Path, record: RequestRecord | None = None) -> int:
    """Write the due dates of the open requests (or of `record`) to `path`; returns how
    many events. Plaintext on purpose, the user asked for it; recorded in the audit."""
    events = due_events(ws, record)
    if not events:  # RFC 5545 wants one event at least; and an empty file helps nobody
        raise Refused(
            translate("CalendarExport", "This request has no due date to put in a calendar.")
            if record
            else translate(
                "CalendarExport", "No open request has a due date: there is nothing to export."
            )
        )
    write_atomically(path, ics(ws, events))
    with ws.store.transaction():
        ws.store.append_event(
            ws.user,
            record.id if record else None,
            "calendar.exported",
            {"events": len(events), "file": path.name},
            ws.now(),
        )
    return len(events)
