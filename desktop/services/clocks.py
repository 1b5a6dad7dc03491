"""Facts that change what a request's clock is: an arrest, a periodic review.

Rule 188 gives the Court 60 days from a provisional arrest to send the full request; a
standing request (an arrest warrant without a Court deadline) is reviewed every so many
days instead of turning overdue.
"""

from __future__ import annotations

from datetime import date

from desktop.core.deadlines import Clock
from desktop.core.requests import RequestRecord
from desktop.core.translation import translate
from desktop.core.vocabulary import Kind
from desktop.services.effective_dates import past_date
from desktop.services.errors import Refused
from desktop.services.register import by_id, store_deadlines
from desktop.services.workspace import Workspace


def record_arrest(ws: Workspace, record: RequestRecord, arrested_on: date) -> RequestRecord:
    """The person was arrested on that day: for a provisional arrest, Rule 188's 60 days
    for the Court's full request run from it."""
    if record.kind not in (Kind.PROVISIONAL_ARREST, Kind.ARREST_SURRENDER):
        raise Refused(
            translate("ClocksMessages", "{0} is not a request for arrest.").format(
                record.registry_no
            )
        )
    past_date(ws, record, arrested_on, translate("ClocksMessages", "The arrest"))
    with ws.store.transaction():
        ws.store.update_request(
            record.id,
            {"arrested_on": arrested_on.isoformat(), "updated_at": ws.now()},
            expected_version=record.version,
        )
        store_deadlines(ws, by_id(ws, record.id))
        ws.store.append_event(
            ws.user,
            record.id,
            "arrest.recorded",
            {
                "on": arrested_on.isoformat(),
                "before": record.arrested_on.isoformat() if record.arrested_on else None,
            },
            ws.now(),
        )
    return by_id(ws, record.id)


def record_review(
    ws: Workspace, record: RequestRecord, on: date | None = None, note: str = ""
) -> RequestRecord:
    """A standing request was reviewed: the next review is counted from this one."""
    if record.clock != Clock.STANDING:
        raise Refused(
            translate(
                "ClocksMessages",
                "{0} is not a standing request: it has a due date, not periodic reviews.",
            ).format(record.registry_no)
        )
    day = on or ws.today()
    past_date(ws, record, day, translate("ClocksMessages", "The review"))
    with ws.store.transaction():
        ws.store.update_request(
            record.id,
            {"reviewed_on": day.isoformat(), "updated_at": ws.now()},
            expected_version=record.version,
        )
        store_deadlines(ws, by_id(ws, record.id))
        ws.store.append_event(
            ws.user,
            record.id,
            "review.recorded",
            {"on": day.isoformat(), "note": note.strip()},
            ws.now(),
        )
    return by_id(ws, record.id)
