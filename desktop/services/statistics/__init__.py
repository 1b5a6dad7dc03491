"""Statistics for a period: SQL counts what the workspace recorded, the core does the rest.

Used by the Statistics page, `coopdesk-cli stats` and the cooperation report, so the three
always show the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from desktop.core.deadlines import DEFAULT_DAYS_BY_KIND
from desktop.core.requests import RequestRecord
from desktop.core.statistics import (
    DIMENSIONS,
    TURNAROUND_BINS,
    Answered,
    CostRow,
    Decision,
    Period,
    Received,
    Statistics,
    StepFacts,
    band,
    compute,
)
from desktop.core.translation import translate
from desktop.core.vocabulary import Kind, Organ
from desktop.services import offices
from desktop.services.errors import Refused
from desktop.services.workspace import Workspace
from desktop.storage.stats_store import Scope, StatsStore


@dataclass(frozen=True)
class StatsFilter:
    """Which requests count; an empty tuple means all of them."""

    kinds: tuple[str, ...] = ()
    organs: tuple[str, ...] = ()
    situations: tuple[str, ...] = ()
    offices: tuple[str, ...] = ()  # names of offices that lead the requests counted here


def check_filter(flt: StatsFilter) -> None:
    """Refuse an unknown kind or organ by name, listing the known ones."""
    for values, known, name in (
        (flt.kinds, [k.value for k in Kind], "kind"),
        (flt.organs, [o.value for o in Organ], "organ"),
    ):
        bad = [v for v in values if v not in known]
        if bad:
            raise Refused(
                translate("StatisticsMessages", "Unknown {0} {1}; known: {2}.").format(
                    name, ", ".join(bad), ", ".join(known)
                )
            )


def period(start: date, end: date) -> Period:
    if start > end:
        raise Refused(
            translate("StatisticsMessages", "The period starts ({0}) after it ends ({1}).").format(
                start.isoformat(), end.isoformat()
            )
        )
    return Period(start, end)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def _scope(ws: Workspace, span: Period, flt: StatsFilter) -> Scope:
    """The store's scope; an office is named by the user and counted by its id (an
    unknown name is refused, listing the known ones)."""
    leads = tuple(offices.by_name(ws, name)["office_id"] for name in flt.offices)
    return Scope(span.start, span.end, flt.kinds, flt.organs, flt.situations, leads)


def statistics(
    ws: Workspace, start: date, end: date, flt: StatsFilter = StatsFilter()
) -> Statistics:
    """Every figure for requests matching `flt`, over the period from `start` to `end`."""
    span = period(start, end)
    check_filter(flt)
    scope = _scope(ws, span, flt)
    reader = StatsStore(ws.store)
    default_days = ws.settings.deadline_policy().default_days
    calendar = ws.calendar

    @cache  # a register's dates repeat: each is worked out once
    def working_day(day: str | None) -> str | None:
        """The first working day from `day`, as the register rolls a default due date."""
        return calendar.next_working_day(date.fromisoformat(day))[0].isoformat() if day else None

    received = [Received(*row) for row in reader.received(scope)]
    answered_rows, backlog_rows = reader.answered_and_backlog(
        scope,
        {k.value: default_days.get(k, DEFAULT_DAYS_BY_KIND[k]) for k in Kind},
        working_day,
    )
    answered = [
        Answered(kind, organ, status, int(net), bool(on_time), bool(strict), bool(extended), n)
        for kind, organ, status, net, on_time, strict, extended, n in answered_rows
    ]
    decisions = [Decision(status, ground, held) for status, ground, held in reader.decisions(scope)]
    backlog = [
        (registry_no, kind, date.fromisoformat(received_on))
        for _id, registry_no, kind, received_on in backlog_rows
    ]
    steps = [
        StepFacts(
            authority, date.fromisoformat(sent_on), date.fromisoformat(due_on), _day(answered_on)
        )
        for authority, sent_on, due_on, answered_on in reader.routing_steps(scope)
    ]
    costs = [
        CostRow(category, currency, count, int(amount))
        for category, currency, count, amount in reader.costs(scope)
    ]
    stats = compute(
        received,
        answered,
        decisions,
        backlog,
        reader.overdue(scope, ws.today()),
        steps,
        costs,
        span,
        ws.today(),
    )
    stats.scope = flt
    return stats


def requests_behind(
    ws: Workspace, stats: Statistics, dimension: str, key: str
) -> list[RequestRecord]:
    """The requests a bar of the chart counts: ("kind", "emergency_visa"), ("month",
    "2026-03"), ("turnaround", "8-14"), ("backlog", "31-90") ... Read on demand (a click),
    so computing the figures does not pay for every possible click."""
    flt = stats.scope if isinstance(stats.scope, StatsFilter) else StatsFilter()
    scope = _scope(ws, stats.period, flt)
    reader = StatsStore(ws.store)
    if dimension in DIMENSIONS:
        ids = reader.received_ids(scope, dimension, key)
    elif dimension == "turnaround":
        ids = [
            i for i, net in reader.turnaround_ids(scope) if band(int(net), TURNAROUND_BINS) == key
        ]
    elif dimension == "backlog":
        ids = [
            i
            for i, _no, _kind, received_on in reader.backlog(scope)
            if band((stats.period.end - date.fromisoformat(received_on)).days) == key
        ]
    else:
        ids = []
    return ws.store.requests_by_ids(ids)


def situations(ws: Workspace) -> list[str]:
    """The situations the register holds, for the filter's list."""
    return StatsStore(ws.store).situations()


def office_names(ws: Workspace) -> list[str]:
    """The offices known here, for the office filter's list (empty: no filter to offer)."""
    return [office["name"] for office in offices.offices(ws)]
