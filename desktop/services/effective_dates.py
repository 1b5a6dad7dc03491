"""The day something happened, as the office dates it.

Offices record events after the fact ("sent to the Court on Monday"): an event carries its
effective date beside the moment it was typed, never a day still to come, nor a day before
the request's previous event (the order of the timeline is the order of the facts).
"""

from __future__ import annotations

from datetime import date

from desktop.core.requests import RequestRecord
from desktop.core.translation import translate
from desktop.services.errors import Refused
from desktop.services.workspace import Workspace

# Events that happened on a day of their own: a later one cannot be dated before them.
DATED_ACTIONS = frozenset(
    {
        "status.changed",
        "routing.sent",
        "routing.answered",
        "deadline.extended",
        "deadline.shortened",
        "arrest.recorded",
        "review.recorded",
    }
)


def last_event_on(ws: Workspace, record: RequestRecord) -> date:
    """The effective date of the latest dated event of the request (receipt if none)."""
    latest = record.received_at.date()
    for event in ws.store.events(record.id):
        if event.action in DATED_ACTIONS:
            day = date.fromisoformat(str(event.detail.get("effective_on") or event.at[:10]))
            latest = max(latest, day)
    return latest


def effective_on(ws: Workspace, record: RequestRecord, on: date | None, what: str) -> date:
    """The day something happened, as the user dates it (default today), checked."""
    if on is None:
        return ws.today()
    if on > ws.today():
        raise Refused(
            translate(
                "EffectiveDatesMessages", "{0} cannot be dated {1}, a day still to come."
            ).format(what, on.isoformat())
        )
    previous = last_event_on(ws, record)
    if on < previous:
        raise Refused(
            translate(
                "EffectiveDatesMessages",
                "{0} cannot be dated {1}, before the request's previous event on {2}.",
            ).format(what, on.isoformat(), previous.isoformat())
        )
    return on


def past_date(ws: Workspace, record: RequestRecord, day: date, what: str) -> None:
    """A fact of the case (an arrest, a review): between receipt and today."""
    if day > ws.today():
        raise Refused(
            translate(
                "EffectiveDatesMessages", "{0} cannot be on a day still to come ({1})."
            ).format(what, day.isoformat())
        )
    if day < record.received_at.date():
        raise Refused(
            translate(
                "EffectiveDatesMessages", "{0} cannot be before the request was received ({1})."
            ).format(what, record.received_at.date().isoformat())
        )
