"""Statistics for a period: read what the workspace recorded, hand it to the core's arithmetic.

Used by the Statistics page, `coopdesk-cli stats` and the cooperation report, so the three
always show the same figures.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.deadlines import DEFAULT_DAYS_BY_KIND
from desktop.core.requests import RequestRecord
from desktop.core.statistics import (
    OPEN_STATUSES,
    CostFacts,
    Move,
    Period,
    RequestFacts,
    Statistics,
    StepFacts,
    compute,
)
from desktop.core.translation import translate
from desktop.core.vocabulary import Kind, Organ
from desktop.services.errors import Refused
from desktop.services.workspace import Workspace
from desktop.storage.stats_store import StatsStore


@dataclass(frozen=True)
class StatsFilter:
    """Which requests count; an empty tuple means all of them."""

    kinds: tuple[str, ...] = ()
    organs: tuple[str, ...] = ()
    situations: tuple[str, ...] = ()


def check_filter(flt: StatsFilter) -> None:
    """Refuse an unknown kind or organ by name, listing the known ones."""
    for values, known, name in ((flt.kinds, [k.value for k in Kind], "kind"),
                                (flt.organs, [o.value for o in Organ], "organ")):
        bad = [v for v in values if v not in known]
        if bad:
            raise Refused(translate(
                "StatisticsMessages", "Unknown {0} {1}; known: {2}.").format(
                name, ', '.join(bad), ', '.join(known)))


def period(start: date, end: date) -> Period:
    if start > end:
        raise Refused(translate(
            "StatisticsMessages", "The period starts ({0}) after it ends ({1}).").format(
            start.isoformat(), end.isoformat()))
    return Period(start, end)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def statistics(ws: Workspace, start: date, end: date,
               flt: StatsFilter = StatsFilter()) -> Statistics:
    """Every figure for requests matching `flt`, over the period from `start` to `end`."""
    span = period(start, end)
    check_filter(flt)
    reader = StatsStore(ws.store)
    default_days = ws.settings.deadline_policy().default_days
    moves: dict[int, list[Move]] = defaultdict(list)
    day = date.fromisoformat
    for request_id, on, before, after, ground in reader.status_moves():
        moves[request_id].append(Move(day(on), before or "", after or "", ground or ""))
    extended = reader.extended_requests()
    acknowledged = reader.acknowledgements()
    by_kind = {k.value: timedelta(days=default_days.get(k, DEFAULT_DAYS_BY_KIND[k]))
               for k in Kind}
    facts: list[RequestFacts] = []
    add = facts.append
    wanted: set[int] = set()
    first = start.isoformat()
    calendar = ws.calendar

    def working_day(raw: date) -> date:
        return calendar.next_working_day(raw)[0]

    # Positional, one tuple at a time: this loop runs once per request in the register.
    for (request_id, registry_no, received_at, kind, organ, channel, situation, urgency,
         status, court_deadline, extended_to, paused_days, due_on, ack_due_on) in (
            reader.requests(end.isoformat(), flt.kinds, flt.organs, flt.situations)):
        wanted.add(request_id)
        if received_at < first and status not in OPEN_STATUSES and request_id in moves and (
                moves[request_id][-1].on < start):
            continue  # answered and settled before the period: no figure of it counts it
        received_on = day(received_at[:10])
        pause = timedelta(days=paused_days or 0)
        # Had no extension been agreed: the Court's date, or the default rolled to a
        # working day as the register computes it, plus the consultation pauses.
        unextended = (day(court_deadline) + pause if court_deadline else
                      working_day(received_on + by_kind[kind] + pause))
        acknowledged_on = acknowledged.get(request_id)
        add(RequestFacts(
            request_id, registry_no, received_on, kind, organ, channel, situation, urgency,
            status, day(due_on), unextended,
            request_id in extended or extended_to is not None, day(ack_due_on),
            day(acknowledged_on) if acknowledged_on else None,
            tuple(moves[request_id]) if request_id in moves else ()))
    steps = [StepFacts(request_id, authority, date.fromisoformat(sent_on),
                       date.fromisoformat(due_on), _day(answered_on))
             for request_id, authority, sent_on, due_on, answered_on in reader.routing_steps()
             if request_id in wanted]
    costs = [CostFacts(request_id, category, currency, amount, date.fromisoformat(incurred))
             for request_id, category, currency, amount, incurred in reader.costs()
             if request_id in wanted]
    return compute(facts, steps, costs, span, ws.today())


def requests_behind(ws: Workspace, stats: Statistics, dimension: str,
                    key: str) -> list[RequestRecord]:
    """The requests a bar of the chart counts (e.g. ("kind", "emergency_visa"))."""
    return ws.store.requests_by_ids(stats.behind(dimension, key))


def situations(ws: Workspace) -> list[str]:
    """The situations the register holds, for the filter's list."""
    return StatsStore(ws.store).situations()
